"""The search results page: searches only the visitor's language."""

from functools import partial

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from portal.pagination import paginate
from search import elasticsearch, index
from search import results as lookup
from search.analysis import parse
from search.documents import KINDS
from search.forms import SearchForm, page_options

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    locale, territories = page_options()
    form = SearchForm(request.GET, locale, territories)
    typed = form.query_text
    query = parse(typed, locale.language_code)
    filters = form.filters()
    context = {
        "form": form,
        "search_query": typed,
        "search_kind": filters.kind,
        "section": filters.section,
        "query": query,
        "kinds": [],
        "hits": [],
        "result_ids": "",
        "index_version": "",
        "results": None,
        "promotions": [],
        "browse_pages": [],
        "corrected": None,
    }
    if query:
        # The cards (and counts) of a search are cached under the index's version.
        context["index_version"] = version = index.version()
        if elasticsearch.in_use():
            chosen, counts = lookup.elasticsearch_search(query, locale, filters)
            count = counts.get(filters.kind, 0) if filters.kind else sum(counts.values())
            results = paginate(request, chosen, RESULTS_PER_PAGE, count=count)
            ids, searched, every_word = [page.pk for page in results], query, True
        else:
            found = lookup.search(query, filters, version)
            results = paginate(request, found, RESULTS_PER_PAGE)
            ids, searched, counts = list(results), found.query, found.found.counts
            every_word = found.found.every_word
        first_page = results.number == 1 and not filters.kind
        context.update(
            results=results,
            total=sum(counts.values()),
            every_word=every_word,
            corrected=searched.text if searched is not query else None,
            kinds=[
                {"key": key, "label": plural, "count": counts[key]}
                for key, (_singular, plural, _models) in KINDS.items()
                if counts.get(key)
            ],
            # Read by the template only when its cache of these cards is empty: the cards
            # of the same pages at the same index version are the same HTML.
            hits=partial(lookup.hits, ids),
            result_ids=",".join(str(pk) for pk in ids),
            promotions=lookup.promotions(typed, locale) if first_page else [],
        )
        if first_page:
            lookup.statistics.add(typed)
    if typed and not context["result_ids"]:
        context["browse_pages"] = lookup.browse_pages(locale)
    response = TemplateResponse(request, "search/search.html", context)
    # Results change with every publish and each search is counted: no shared cache.
    patch_cache_control(response, private=True, max_age=0)
    return response
