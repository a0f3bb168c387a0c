"""The search results page: searches only the visitor's language."""

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from portal import inputs
from portal.pagination import paginate
from search import results as lookup

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    # No NUL (PostgreSQL refuses it) nor other control character reaches the backend.
    query = inputs.text(request.GET.get("q", ""), lookup.MAX_QUERY_LENGTH).strip()
    kind = request.GET.get("type", "")
    if kind not in lookup.KINDS:
        kind = ""
    query_words = lookup.words(query)
    locale = Locale.get_active()
    context = {
        "search_query": query,
        "search_kind": kind,
        "query_words": query_words,
        "kinds": [],
        "hits": [],
        "results": None,
        "promotions": [],
        "browse_pages": [],
    }
    if query_words:
        language = locale.language_code
        pages = lookup.searchable_pages(locale)
        everything = lookup.build_search(query_words, pages, language, ranked=False)
        counts = lookup.count_by_kind(everything)
        total = sum(counts.values())
        chosen = lookup.build_search(query_words, lookup.with_cards(pages), language, kind)
        count = counts.get(kind, 0) if kind else total
        results = paginate(request, chosen, RESULTS_PER_PAGE, count=count)
        first_page = results.number == 1 and not kind
        context.update(
            results=results,
            total=total,
            kinds=[
                {"key": key, "label": plural, "count": counts[key]}
                for key, (_singular, plural, _models) in lookup.KINDS.items()
                if counts.get(key)
            ],
            hits=lookup.hits(list(results)),
            promotions=lookup.promotions(query_words, locale) if first_page else [],
        )
        if first_page:
            lookup.record_hit(query_words)
    if query and not context["hits"]:
        context["browse_pages"] = lookup.browse_pages(locale)
    response = TemplateResponse(request, "search/search.html", context)
    # Results change with every publish and each search is counted: no shared cache.
    patch_cache_control(response, private=True, max_age=0)
    return response
