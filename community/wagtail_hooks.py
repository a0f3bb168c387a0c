"""Admin of community (applications to calls for projects), the programme filter of the
project index, the "report presented here" section of event pages and the latest articles
about a project on its page: lower layers offer hooks, so they import nothing of
community."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from community.calls.admin import ApplicationViewSet
from community.models import ProgrammePage, ProgrammeProject, articles_about, reports_of_event
from events.models import EVENT_SECTIONS_HOOK
from portal import listing
from stories.models import PROJECT_FILTERS_HOOK, PROJECT_SECTIONS_HOOK, ProjectFilter


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


def programme_options(locale_id):
    return list(
        listing.live(ProgrammePage, locale_id)
        .only("title", "slug", "translation_key")
        .order_by("path")
    )


def in_programme(projects, programme):
    keys = ProgrammeProject.objects.filter(page__translation_key=programme.translation_key).values(
        "project__translation_key"
    )
    return projects.filter(translation_key__in=keys)


PROGRAMME_FILTER = ProjectFilter(
    name="programme",
    label=_("Programme"),
    all_label=_("All programmes"),
    options=programme_options,
    apply=in_programme,
)


@hooks.register(PROJECT_FILTERS_HOOK)
def programme_filter():
    return PROGRAMME_FILTER


@hooks.register(EVENT_SECTIONS_HOOK)
def presented_reports(event, request):
    """The reports presented at an event, read only when the section is rendered."""
    return {
        "template": "community/includes/event_reports.html",
        "event_reports": listing.lazy(lambda: reports_of_event(event)),
    }


RELATED_ARTICLES = 3


@hooks.register(PROJECT_SECTIONS_HOOK)
def related_articles(project, request):
    """Articles that name the project among their related pages, newest first."""
    return {
        "template": "community/includes/related_articles.html",
        "related_articles": listing.lazy(
            lambda: list(
                articles_about(project.locale_id, page_keys=[project.translation_key])[
                    :RELATED_ARTICLES
                ]
            )
        ),
    }
