"""Background work of the search app."""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


@task()
def record_search(query_string):
    """One more hit for this query in Wagtail's "most searched terms" report."""
    Query.get(query_string).add_hit()
