"""Loading the demo again on a site editors use (issue 18): what exists is never changed,
re-translated, re-published or deleted, whoever changed it; what is missing is added; what
was deleted stays deleted; facts that moved on are reported, one line per item."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContactFormField, ContactPage, FeaturedProject, HomePage
from portal.models import DemoRecord, SiteSettings
from stories.models import ProjectPage, TestimonialPage

# Minutes of reloading and crawling: on a worker of its own (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.demo(group="reload")]


def load_again(*options):
    output = io.StringIO()
    call_command("load_demo_content", "--no-renditions", *options, stdout=output)
    return output.getvalue()


def page(slug, language="fr"):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


def retranslate(source, strings):
    """What an editor does in wagtail-localize after changing the French page: update the
    translation from the source, translate the new strings, publish the translation."""
    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    translation = Translation.objects.get(
        source=translation_source, target_locale=Locale.objects.get(language_code="en")
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po, tool_name="editor")
    translation.save_target(publish=True)


def publish(instance):
    instance.save_revision().publish()


def test_what_editors_changed_survives_a_new_load(demo, client):
    # The contact form: a field added, one removed, the English translation brought in line.
    contact = page("contact")
    contact.form_fields.add(
        ContactFormField(field_type="singleline", label="Téléphone (facultatif)", required=False)
    )
    contact.form_fields.remove(contact.form_fields.get(label="Organisation"))
    publish(contact)
    retranslate(contact, {"Téléphone (facultatif)": "Phone (optional)"})
    # A project edited and re-translated.
    project = page("passe-decisive")
    project.title = "Passe décisive, saison 2"
    project.summary = "Un parcours revu par l'équipe."
    publish(project)
    retranslate(
        project,
        {
            "Passe décisive, saison 2": "Passe décisive, season 2",
            "Un parcours revu par l'équipe.": "A course the team reviewed.",
        },
    )
    # A testimonial unpublished; other featured projects; settings and menus changed.
    page("yacine").unpublish()
    home = HomePage.objects.get(locale__language_code="fr")
    chosen = page("culture-sur-mesure")
    home.featured_projects = [FeaturedProject(page=chosen)]
    publish(home)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "equipe@hautslesjeunes.org"
    settings.footer_text_en = "Footer written by the team."
    settings.save()
    about, legal = page("a-propos"), page("mentions-legales")
    about.show_in_menus, legal.show_in_menus = False, True
    publish(about)
    publish(legal)

    output = load_again()

    assert "0 created, 0 left alone" in output
    assert "Left alone" not in output
    labels = {
        language: list(page("contact", language).form_fields.values_list("label", flat=True))
        for language in ("fr", "en")
    }
    assert "Téléphone (facultatif)" in labels["fr"] and "Organisation" not in labels["fr"]
    assert "Phone (optional)" in labels["en"] and "Organisation" not in labels["en"]
    assert page("passe-decisive").title == "Passe décisive, saison 2"
    english = ProjectPage.objects.get(
        locale__language_code="en", translation_key=project.translation_key
    )
    assert (english.title, english.summary) == (
        "Passe décisive, season 2",
        "A course the team reviewed.",
    )
    assert not TestimonialPage.objects.get(slug="yacine", locale__language_code="fr").live
    assert [f.page_id for f in HomePage.objects.get(pk=home.pk).featured_projects.all()] == [
        chosen.pk
    ]
    settings.refresh_from_db()
    assert settings.contact_email == "equipe@hautslesjeunes.org"
    assert settings.footer_text_en == "Footer written by the team."
    assert not page("a-propos").show_in_menus and page("mentions-legales").show_in_menus
    for live in Page.objects.live().filter(depth__gt=1).specific():
        assert client.get(live.get_url()).status_code == 200, live.get_url()
    # The French project and the English contact page, as a visitor sees them.
    assert "Passe décisive, saison 2" in client.get(page("passe-decisive").get_url()).text
    assert "Phone (optional)" in client.get("/en/contact/").text


def test_a_page_an_editor_deleted_is_not_created_again(demo):
    page("axelle").delete()  # the French page; its English translation stays
    output = load_again()
    assert not TestimonialPage.objects.filter(slug="axelle", locale__language_code="fr").exists()
    lines = [line for line in output.splitlines() if line.startswith("Left alone")]
    assert lines == [
        "Left alone: [stories/demo/testimonials.yaml#axelle (fr)] was deleted since the demo "
        "created it (`manage.py load_demo_content --reset` rebuilds the demo from scratch).",
    ]


def test_facts_changed_since_creation_are_said_once_per_item_and_left_alone(demo):
    project = page("passe-decisive")
    changed = DemoRecord.objects.filter(key__startswith="stories/demo/projects.yaml#passe-decisive")
    assert changed.count() == 2  # French and English
    changed.update(facts_hash="facts of an older checkout")
    output = load_again()
    lines = [line for line in output.splitlines() if line.startswith("Left alone")]
    assert len(lines) == 2
    assert (
        "Left alone: Passe décisive  [stories/demo/projects.yaml#passe-decisive (fr)]" in lines[0]
    )
    assert "its facts changed since it was created" in lines[0]
    assert "(en)" in lines[1]
    assert page("passe-decisive").latest_revision_id == project.latest_revision_id


def test_new_facts_are_added_without_touching_the_rest(demo, django_capture_on_commit_callbacks):
    # As if the entry arrived with a `git pull`: no page and no record for it yet.
    page("celia", "en").delete()
    page("celia").delete()
    DemoRecord.objects.filter(key__startswith="stories/demo/testimonials.yaml#celia").delete()
    untouched = page("yacine").latest_revision_id
    # wagtail-localize publishes a new translation once its transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        output = load_again()
    assert "2 created, 0 left alone" in output
    celia = page("celia")
    assert celia.live and celia.get_translation(Locale.objects.get(language_code="en")).live
    assert page("yacine").latest_revision_id == untouched


def test_reset_is_refused_under_production_settings(demo, settings):
    settings.DEMO_RESET_ALLOWED = False
    title = page("passe-decisive").title
    with pytest.raises(CommandError, match="refused under production settings"):
        load_again("--reset", "--yes")
    assert page("passe-decisive").title == title


def test_reset_asks_first_and_nothing_is_deleted_without_a_yes(demo, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="Reset cancelled: nothing was deleted"):
        load_again("--reset")
    assert Page.objects.count() == pages


def test_reset_rebuilds_the_demo_from_scratch(demo, client):
    contact = page("contact")
    contact.title = "Écrivez-nous"
    publish(contact)
    ContactPage.objects.get(pk=contact.pk).form_fields.all().delete()
    output = load_again("--reset", "--yes")
    assert "demo objects (and what was under them)" in output
    assert page("contact").title == "Contact"
    assert page("contact").form_fields.count() == 6
    assert client.get("/fr/contact/").status_code == 200
