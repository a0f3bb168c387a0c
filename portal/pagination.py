"""One way to cut a listing into pages, for every list of the site (projects,
testimonials, events, search results).

The page number comes from `?page=`, read by `portal.inputs.page_number` like every
number in a URL: the first page when it is not a whole number (letters, "²", "١", "1e3"), the
last page when it is past the end or below 1 (Django's
`Paginator.get_page()`). The number that reaches the database is always one of the
existing pages, so no `?page=` gives a server error.
"""

from django.core.paginator import Paginator

from portal import inputs


def paginate(request, object_list, per_page, count=None):
    """The page of `object_list` that the request asks for (a Django `Page`).

    `count`, when the caller already knows it (search counts its results by type),
    saves the COUNT query."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached property: set, it is not computed
    value = request.GET.get("page")
    number = inputs.page_number(value)
    if number is None and inputs.is_integer(value):
        number = paginator.num_pages  # zero, negative or huge: the last page
    return paginator.get_page(number)
