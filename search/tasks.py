"""Background work of the search app."""

from django.db.models import F
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


@task()
def record_searches(counts):
    """Add these hits ({query: number}) to Wagtail's "most searched terms" report: one
    row per query and day, as Wagtail's `Query.add_hit()` keeps them."""
    today = timezone.now().date()
    for query_string, number in counts.items():
        daily, _created = QueryDailyHits.objects.get_or_create(
            query=Query.get(query_string), date=today
        )
        QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + number)
