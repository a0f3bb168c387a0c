"""The contact page: editors' fields in both languages, "I can help" context, submission
stored before any email, emails queued and retried, spam kept out, errors that keep
what was typed. Runs on SQLite and PostgreSQL."""

from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page

from home.models import ContactPage, ContactSubmission
from portal.models import OutboundEmail
from tests.helpers import aged_token, elements, text_of, token_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the cache, which outlives each test's database."""
    cache.clear()


@pytest.fixture
def contact_fr(site):
    return ContactPage.objects.get(locale__language_code="fr")


@pytest.fixture
def contact_en(site):
    return ContactPage.objects.get(locale__language_code="en")


@pytest.fixture
def project(home_fr):
    """A live project with two needs."""
    from stories.models import ProjectIndexPage, ProjectNeed, ProjectPage

    index = ProjectIndexPage.objects.filter(locale=home_fr.locale).first()
    if index is None:
        index = ProjectIndexPage(title="Projets", slug="projets")
        home_fr.add_child(instance=index)
        index.save_revision().publish()
    page = ProjectPage(
        title="Passe décisive test",
        slug="passe-decisive-test",
        organisation="Sport dans la Ville",
        summary="Le sport pour raccrocher.",
    )
    page.needs = [
        ProjectNeed(kind="internship-hosts", description="Des stages de découverte."),
        ProjectNeed(kind="job-offers", description="Des offres d’emploi."),
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return ProjectPage.objects.get(pk=page.pk)


def filled(client, page, **overrides):
    """A complete, human-looking submission (the form was shown 10 seconds ago)."""
    names = [f.clean_name for f in page.form_fields.all()]
    values = dict(
        zip(
            names,
            ["Camille Martin", "camille@example.org", "Entreprise X", None, "Bonjour !", "on"],
            strict=True,
        )
    )
    topic = page.form_fields.get(field_type="dropdown")
    values[topic.clean_name] = topic.choices.splitlines()[0]
    values["form_started"] = token_for(client, "contact")
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def test_contact_page_in_both_languages_with_translated_fields(client, contact_fr, contact_en):
    fr_html = text_of(client.get(contact_fr.url))
    en_html = text_of(client.get(contact_en.url))
    assert "Adresse e-mail" in fr_html and "Je peux aider un projet" in fr_html
    assert "Email address" in en_html and "I can help a project" in en_html
    # Same field names in both languages: submissions line up in the admin.
    assert [f.clean_name for f in contact_fr.form_fields.all()] == [
        f.clean_name for f in contact_en.form_fields.all()
    ]
    for html in (fr_html, en_html):
        assert len(elements(html, "h1")) == 1
        assert "required" in elements(html, "input", type="checkbox")[0]


def test_one_recipient_the_site_settings_contact_email():
    field_names = {field.name for field in ContactPage._meta.get_fields()}
    assert "to_address" not in field_names and "from_address" not in field_names


def test_contact_page_is_never_cached(client, contact_fr):
    assert client.get(contact_fr.url)["Cache-Control"] == "private, no-store"
    response = client.post(contact_fr.url, {})
    assert "no-store" in response["Cache-Control"]


def test_i_can_help_link_shows_project_and_need_in_plain_words(client, contact_fr, project):
    need = project.needs.get(kind="internship-hosts")
    html = text_of(client.get(contact_fr.url, {"project": project.slug, "need": need.pk}))
    assert "Passe décisive test" in html
    assert "Des stages de découverte." in html
    assert elements(html, "input", name="project", value=project.slug)
    assert elements(html, "input", name="need", value=str(need.pk))
    option = elements(html, "option", value="Je peux aider un projet")[0]
    assert "selected" in option, "the help topic is pre-selected"


@pytest.mark.parametrize(
    "params",
    [
        {"project": "does-not-exist", "need": "1"},
        {"project": "<script>x</script>", "need": "'; DROP"},
        {"need": "1"},
    ],
)
def test_unknown_project_or_need_is_ignored(client, contact_fr, params):
    response = client.get(contact_fr.url, params)
    assert response.status_code == 200
    assert "<script>x" not in text_of(response)
    assert not [i for i in elements(text_of(response), "input", name="project") if i.get("value")]


def test_need_of_another_project_is_not_accepted(client, contact_fr, project):
    other_need = project.needs.first().pk + 1000
    html = text_of(client.get(contact_fr.url, {"project": project.slug, "need": other_need}))
    assert "Passe décisive test" in html  # the project is real
    assert not elements(html, "input", name="need", value=str(other_need))


def test_submission_is_stored_then_both_emails_are_sent(
    client, contact_fr, project, django_capture_on_commit_callbacks
):
    need = project.needs.get(kind="job-offers")
    data = filled(client, contact_fr, project=project.slug, need=str(need.pk))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_fr.url, data)
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    submission = ContactSubmission.objects.get(page=contact_fr)
    stored = submission.get_data()
    assert stored["project"] == "Passe décisive test"
    assert "Des offres d’emploi." in stored["need"]
    assert "website" not in stored and "form_started" not in stored
    team, acknowledgement = sorted(
        mail.outbox, key=lambda m: m.to[0] != "contact@hautslesjeunes.org"
    )
    assert team.to == ["contact@hautslesjeunes.org"]
    assert "Passe décisive test" in team.subject and "Des offres d’emploi." in team.body
    assert team.reply_to == ["camille@example.org"]
    assert acknowledgement.to == ["camille@example.org"]
    # The address is not verified: nothing the visitor typed goes back to it.
    assert "Bonjour !" in team.body
    for typed in ("Bonjour !", "Camille Martin", "Entreprise X", "Passe décisive test"):
        assert typed not in acknowledgement.body and typed not in acknowledgement.subject
    landing = text_of(client.get(response["Location"]))
    assert "Merci" in landing


def test_a_mail_server_that_is_down_loses_nothing(
    client, contact_fr, django_capture_on_commit_callbacks
):
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(contact_fr.url, filled(client, contact_fr))
    assert response.status_code == 302
    assert ContactSubmission.objects.filter(page=contact_fr).count() == 1
    queued = OutboundEmail.objects.filter(to__contains="contact@hautslesjeunes.org")
    assert queued.count() == 1 and queued.get().status != "sent"
    assert OutboundEmail.objects.filter(to__contains="camille@example.org").exists()


def test_errors_are_clear_translated_and_keep_what_was_typed(client, contact_en):
    data = filled(client, contact_en)
    email = contact_en.form_fields.get(field_type="email").clean_name
    data[email] = "not-an-email"
    data.pop(contact_en.form_fields.get(field_type="checkbox").clean_name)
    response = client.post(contact_en.url, data)
    html = text_of(response)
    assert response.status_code == 200
    assert "Enter a valid email address." in html
    assert "This field is required." in html
    assert elements(html, "input", name=email, value="not-an-email")
    assert "Camille Martin" in html and "Bonjour !" in html
    assert not ContactSubmission.objects.exists()


def test_errors_in_french_for_french_visitors(client, contact_fr):
    data = filled(client, contact_fr)
    data[contact_fr.form_fields.get(field_type="email").clean_name] = "pas-une-adresse"
    html = text_of(client.post(contact_fr.url, data))
    assert "Saisissez une adresse de courriel valide." in html


def test_honeypot_pretends_success_and_stores_nothing(
    client, contact_fr, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_fr.url, filled(client, contact_fr, website="http://spam"))
    assert response.status_code == 302
    assert not ContactSubmission.objects.exists() and not mail.outbox


def test_too_fast_is_refused_with_a_message(client, contact_fr):
    data = filled(client, contact_fr, form_started=token_for(client, "contact", 0))
    html = text_of(client.post(contact_fr.url, data))
    assert "robot" in html and "Camille Martin" in html
    assert not ContactSubmission.objects.exists()


@override_settings(PORTAL_FORM_RATE_LIMITS={"contact": (5, 3600)})
def test_rate_limited_per_ip(client, contact_fr, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            assert client.post(contact_fr.url, filled(client, contact_fr)).status_code == 302
        response = client.post(contact_fr.url, filled(client, contact_fr))
    assert response.status_code == 200
    assert "Trop de formulaires" in text_of(response)
    assert ContactSubmission.objects.count() == 5
    other_ip = client.post(contact_fr.url, filled(client, contact_fr), REMOTE_ADDR="10.1.2.3")
    assert other_ip.status_code == 302


def test_editors_read_and_export_submissions_with_project_and_need(
    client, admin_user, contact_fr, project, django_capture_on_commit_callbacks
):
    need = project.needs.first()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_fr.url, filled(client, contact_fr, project=project.slug, need=need.pk))
    client.force_login(admin_user)
    listing = text_of(client.get(f"/admin/forms/submissions/{contact_fr.pk}/"))
    assert "Passe décisive test" in listing
    export = client.get(f"/admin/forms/submissions/{contact_fr.pk}/?export=csv")
    content = b"".join(export.streaming_content).decode() if export.streaming else text_of(export)
    assert "Passe décisive test" in content and "Camille Martin" in content


def test_contact_page_is_in_the_menu(client, home_fr):
    html = text_of(client.get(home_fr.url))
    contact = Page.objects.get(slug="contact", locale__language_code="fr")
    assert elements(html, "a", href=contact.url)


def test_page_budget(client, contact_fr, project, django_assert_max_num_queries):
    need = project.needs.first()
    params = {"project": project.slug, "need": need.pk}
    client.get(contact_fr.url, params)  # fills the site-wide caches (menus, site root paths)
    with django_assert_max_num_queries(12):
        client.get(contact_fr.url, params)


def test_the_form_as_shown_is_sent_once_a_second_send_saves_nothing(
    client, contact_fr, django_capture_on_commit_callbacks
):
    """One token, one post: a double click (or a replaying robot) lands on the "sent"
    page and nothing is stored or emailed twice."""
    html = text_of(client.get(contact_fr.url))
    data = filled(client, contact_fr, form_started=aged_token(html))
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(contact_fr.url, data)
        again = client.post(contact_fr.url, data, REMOTE_ADDR="10.9.8.7")
    assert first.status_code == again.status_code == 302
    assert again["Location"].endswith("?sent=1")
    assert ContactSubmission.objects.filter(page=contact_fr).count() == 1
    assert len(mail.outbox) == 2  # the team's notification and the acknowledgement, once


def test_a_form_from_another_session_asks_to_send_again_and_keeps_the_text(client, contact_fr):
    html = text_of(client.get(contact_fr.url))
    data = filled(client, contact_fr, form_started=aged_token(html))
    client.cookies.clear()  # the session ended (or the form was copied elsewhere)
    response = client.post(contact_fr.url, data)
    page = text_of(response)
    assert response.status_code == 200
    assert "autre session de navigation" in page
    assert "Camille Martin" in page and "Bonjour !" in page
    assert not ContactSubmission.objects.exists()
