"""The latest articles about a project, on its page (a section stories offers as a hook)."""

from wagtail import hooks

from community.models import articles_about
from portal import listing
from stories.models import PROJECT_SECTIONS_HOOK

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
