"""One way to cut a listing into pages, for every list of the site (projects,
testimonials, events, search results).

The page number comes from `?page=` and is read by Django's `Paginator.get_page()`: the
first page when it is not a whole number (letters, "²", a thousand digits), the last page
when it is past the end or below 1. The number that reaches the database is always one
of the existing pages, so no `?page=` gives a server error.
"""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page, count=None):
    """The page of `object_list` that the request asks for (a Django `Page`).

    `count`, when the caller already knows it (search counts its results by type),
    saves the COUNT query."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached property: set, it is not computed
    return paginator.get_page(request.GET.get("page"))
