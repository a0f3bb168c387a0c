"""Facts that are not text are one value in every language (issue 17, item 1)."""

import pytest
from wagtail.models import Locale

from stories.models import Territory, TestimonialPage
from tests.conftest import page_by_slug
from tests.helpers import text_of

# End-to-end on the full demo: its pages, translated by wagtail-localize.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_withdrawn_consent_hides_the_portrait_in_every_language(
    client, demo, django_capture_on_commit_callbacks
):
    yacine = page_by_slug("yacine", "fr")
    english = yacine.get_translation(Locale.objects.get(language_code="en")).specific
    pages = [yacine.url, english.url, "/fr/temoignages/", "/en/testimonials/", "/fr/", "/en/"]
    shown = [url for url in pages if "portrait-yacine" in text_of(client.get(url))]
    assert english.url in shown and "/en/testimonials/" in shown

    yacine.portrait_consent = False
    publish(yacine, django_capture_on_commit_callbacks)

    for url in pages:
        assert "portrait-yacine" not in text_of(client.get(url)), url
    english.refresh_from_db()
    assert not english.portrait_consent and english.live
    assert not english.get_latest_revision_as_object().portrait_consent


def test_facts_follow_even_when_the_text_waits_for_its_translator(
    client, demo, django_capture_on_commit_callbacks
):
    yacine = page_by_slug("yacine", "fr")
    english = yacine.get_translation(Locale.objects.get(language_code="en")).specific
    english_quote = english.quote
    yacine.quote = "Une nouvelle phrase que personne n’a encore traduite."
    yacine.age = 20
    publish(yacine, django_capture_on_commit_callbacks)

    english = TestimonialPage.objects.get(pk=english.pk)
    assert english.age == 20, "the age is a fact: shared at once"
    assert english.quote == english_quote, "the text stays as translated, not French"
    html = text_of(client.get(english.url))
    assert "personne n’a encore traduite" not in html


def test_a_draft_translation_stays_a_draft(demo, django_capture_on_commit_callbacks):
    yacine = page_by_slug("yacine", "fr")
    english = yacine.get_translation(Locale.objects.get(language_code="en")).specific
    english.unpublish()
    yacine.age = 21
    publish(yacine, django_capture_on_commit_callbacks)
    english = TestimonialPage.objects.get(pk=english.pk)
    assert not english.live
    assert english.get_latest_revision_as_object().age == 21


def test_a_territory_edited_in_french_shares_its_facts(client, django_user_model, demo):
    editor = django_user_model.objects.create_superuser("e", "e@example.org", "pw")
    client.force_login(editor)
    littoral = Territory.objects.get(slug="littoral", locale__language_code="fr")
    english = littoral.get_translation(Locale.objects.get(language_code="en"))
    assert english.name == "Littoral (coast)"
    response = client.post(
        f"/admin/snippets/stories/territory/edit/{littoral.pk}/",
        {
            "name": littoral.name,
            "slug": "cote-d-opale",
            "description": littoral.description,
            "founding": "" if littoral.founding else "on",
        },
    )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.slug == "cote-d-opale" and english.founding != littoral.founding
    assert english.name == "Littoral (coast)", "the name is text: it stays translated"
