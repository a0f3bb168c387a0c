"""Reports and calls for projects: a report shows its actions linked to their projects and
its PDF; a call shows its criteria, calendar, documents and FAQ, and its application form
stores the application first, owes two emails, refuses unsafe files clearly and keeps what
was typed; the team's admin and the personal-data rules; projects filtered by programme;
budgets that do not grow with content."""

import csv
import datetime
import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model

from community.calls import emails, files, services
from community.calls.models import Application
from community.factories import CallForProjectsPageFactory, ReportPageFactory
from community.models import CallStep, ReportAction
from portal import chrome
from portal.models import OutboundEmail
from stories.models import ProjectIndexPage
from tests.community_site import build_programmes, build_reports_calls
from tests.helpers import elements, text_of, token_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and cached fragments live in the cache, which outlives each test."""
    cache.clear()


@pytest.fixture(scope="module")
def _reports(_stories, _calendar, django_db_blocker):
    with django_db_blocker.unblock():
        return build_reports_calls(build_programmes(_stories))


@pytest.fixture
def reports(_reports, db):
    return _reports


def apply_url(page):
    return page.url + page.reverse_subpage("apply")


def pdf_upload(name="projet.pdf", data=None):
    data = data or b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", files.ODT_MIMETYPE.decode())
        archive.writestr("content.xml", "<office/>")
    return buffer.getvalue()


def filled(client, **overrides):
    """A complete, human-looking application (the form was shown 10 seconds ago)."""
    values = {
        "carrier": "association",
        "organisation": "Association Exemple",
        "project_title": "Ateliers du mercredi",
        "description": "Des ateliers pour des jeunes de 16 à 25 ans sortis de l'école.",
        "places": "Roubaix, Tourcoing",
        "first_name": "Camille",
        "last_name": "Martin",
        "role": "Coordinatrice",
        "email": "Camille@Example.org",
        "phone": "",
        "consent": "on",
        "form_started": token_for(client, "call-application"),
    }
    values.update(overrides)
    return values


# Reports -------------------------------------------------------------------------------


def test_report_shows_its_actions_linked_to_their_projects_and_its_pdf(client, reports):
    french = text_of(client.get(reports.report_fr.url))
    assert "Bilan de la première année" in french
    assert elements(french, "a", href=reports.passe_fr.url)
    assert elements(french, "a", href=reports.mobile_fr.url)
    assert "30 jeunes accompagnés" in french and "12 en formation" in french
    assert "Les élèves ambassadeurs ont porté le projet." in french
    assert "134" in french and "ateliers ludiques" in french
    (download,) = elements(french, "a", href=reports.report_pdf.url)
    assert "Télécharger le bilan" in french or "Télécharger le rapport" in french
    assert "download" in download
    # In English, the same actions lead to the English project pages.
    english = text_of(client.get(reports.report_en.url))
    assert elements(english, "a", href=reports.passe_en.url)
    assert elements(english, "a", href=reports.mobile_en.url)
    assert "Download the report" in english


def test_the_pdf_is_served_and_is_a_pdf(client, reports):
    response = client.get(reports.report_pdf.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")


def test_the_event_links_to_the_report_and_the_programme_lists_it(client, reports):
    for language in ("fr", "en"):
        event = text_of(client.get(getattr(reports, f"review_{language}").url))
        assert elements(event, "a", href=getattr(reports, f"report_{language}").url), language
        programme = text_of(client.get(getattr(reports, f"fijem_programme_{language}").url))
        assert elements(programme, "a", href=getattr(reports, f"report_{language}").url)
    call_and_care = text_of(client.get(reports.call_and_care_en.url))
    assert elements(call_and_care, "a", href=reports.call_en.url)


def test_home_leads_to_the_open_call_and_the_latest_report(client, reports):
    for language in ("fr", "en"):
        home = text_of(client.get(f"/{language}/"))
        assert elements(home, "a", href=getattr(reports, f"call_{language}").url), language
        assert elements(home, "a", href=getattr(reports, f"report_{language}").url), language


# Calls for projects ----------------------------------------------------------------------


def test_call_page_shows_who_criteria_calendar_documents_and_faq(client, reports):
    html = text_of(client.get(reports.call_fr.url))
    assert "Les associations, entreprises sociales et universités." in html
    assert "Des réponses nouvelles au décrochage des jeunes." in html
    assert "Qui peut candidater ?" in html and "<details" in html
    # The calendar in date order, the results linked to their event.
    assert html.index("Ouverture des candidatures") < html.index("Annonce des lauréats")
    assert elements(html, "a", href=reports.evening_fr.url)
    assert elements(html, "a", href=reports.rules_pdf.url)
    assert elements(html, "a", href=apply_url(reports.call_fr))
    english = text_of(client.get(reports.call_en.url))
    assert elements(english, "a", href=reports.evening_en.url)
    assert "Who can apply" in english and "Applications are open from" in english


def test_an_application_is_stored_with_its_file_then_two_emails_are_owed(
    client, reports, django_capture_on_commit_callbacks
):
    url = apply_url(reports.call_fr)
    client.get(url)
    response = client.post(url, filled(client, attachment=pdf_upload()))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    application = Application.objects.get()
    assert (application.email, application.status, application.language) == (
        "camille@example.org",
        "new",
        "fr",
    )
    assert application.call.pk == reports.call_fr.pk
    assert application.call_title == "Appel à projets 2027"
    # Stored first, both emails owed in the same transaction.
    assert OutboundEmail.objects.count() == 2
    document = application.document
    assert document.file.read().startswith(b"%PDF-")
    assert document.collection.name == files.COLLECTION_NAME
    # The file is never public: a visitor is sent to sign in.
    assert client.get(document.url).status_code in (302, 403)
    assert "Merci" in text_of(client.get(response["Location"]))


def test_both_emails_reach_the_applicant_and_the_team(
    client, reports, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(reports.call_en), filled(client))
    application = Application.objects.get()
    assert application.language == "en" and application.document is None
    acknowledgement = next(m for m in mail.outbox if m.to == ["camille@example.org"])
    assert "Your application" in acknowledgement.subject
    assert "Ateliers du mercredi" in acknowledgement.body
    team = next(m for m in mail.outbox if m.to == ["contact@hautslesjeunes.org"])
    assert "Nouvelle candidature" in team.subject  # the team reads French
    assert f"/admin/call_application/edit/{application.pk}/" in team.body


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Ce fichier n’est pas un document PDF, ODT ou DOCX"),
        ("en", "This file is not a PDF, ODT or DOCX document"),
    ],
)
def test_an_exe_renamed_pdf_is_refused_clearly_and_what_was_typed_is_kept(
    client, reports, language, message
):
    program = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
    upload = SimpleUploadedFile("dossier.pdf", program, content_type="application/pdf")
    page = getattr(reports, f"call_{language}")
    response = client.post(apply_url(page), filled(client, attachment=upload))
    html = text_of(response)
    assert response.status_code == 200
    assert message in html
    assert 'value="Association Exemple"' in html and 'value="Coordinatrice"' in html
    assert "Des ateliers pour des jeunes de 16 à 25 ans" in html
    assert (
        not Application.objects.exists()
        and not get_document_model().objects.filter(title__contains="Ateliers").exists()
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Ce fichier est trop volumineux"), ("en", "This file is too large")],
)
def test_an_oversized_file_is_refused_clearly(client, reports, language, message):
    big = pdf_upload(data=b"%PDF-1.4\n" + b"0" * files.MAX_SIZE)
    page = getattr(reports, f"call_{language}")
    html = text_of(client.post(apply_url(page), filled(client, attachment=big)))
    assert message in html and "5 MB" in html.replace("Mo", "MB")
    assert 'value="Ateliers du mercredi"' in html
    assert not Application.objects.exists()


def test_odt_and_docx_are_recognised_by_their_content():
    assert files.kind_of(SimpleUploadedFile("a.docx", docx_bytes())) == "docx"
    assert files.kind_of(SimpleUploadedFile("a.odt", odt_bytes())) == "odt"
    files.validate(SimpleUploadedFile("a.docx", docx_bytes()))
    files.validate(SimpleUploadedFile("a.odt", odt_bytes()))
    for name, data in (
        ("a.docx", odt_bytes()),  # an ODT named .docx
        ("a.odt", b"PK\x03\x04not a zip"),
        ("a.pdf", docx_bytes()),
        ("a.txt", b"%PDF-1.4"),
        ("a.pdf", b""),
    ):
        with pytest.raises(Exception) as error:
            files.validate(SimpleUploadedFile(name, data))
        assert error.type.__name__ == "ValidationError", name


def test_errors_are_translated_and_keep_what_was_typed(client, reports):
    french = text_of(client.post(apply_url(reports.call_fr), filled(client, consent="", email="x")))
    assert "Merci d’accepter que nous gardions vos coordonnées" in french
    assert 'value="Ateliers du mercredi"' in french and 'value="x"' in french
    assert not Application.objects.exists()


def test_nonsense_never_fails(client, reports):
    response = client.post(
        apply_url(reports.call_fr),
        filled(client, carrier="x" * 300, description="\x00" * 10, attachment="not a file"),
    )
    assert response.status_code == 200 and not Application.objects.exists()
    assert client.get(apply_url(reports.call_fr), {"sent": "<script>"}).status_code == 200


def test_honeypot_pretends_success_and_stores_nothing(client, reports):
    response = client.post(apply_url(reports.call_fr), filled(client, website="http://spam"))
    assert response.status_code == 302
    assert not Application.objects.exists() and not OutboundEmail.objects.exists()


def test_applications_are_rate_limited_per_ip(client, reports):
    for _number in range(5):
        client.post(apply_url(reports.call_fr), filled(client))
    response = client.post(apply_url(reports.call_fr), filled(client))
    assert "Trop de formulaires" in text_of(response)
    assert Application.objects.count() == 5


def test_a_closed_call_takes_no_application(client, reports):
    call = reports.call_fr
    call.opens_on = datetime.date(2020, 1, 1)
    call.closes_on = datetime.date(2020, 3, 1)
    call.save_revision().publish()
    html = text_of(client.get(reports.call_fr.url))
    assert "Cet appel s’est clos le" in html or "clos" in html
    assert not elements(html, "a", href=apply_url(call))
    response = client.post(apply_url(call), filled(client))
    assert response.status_code == 200 and "clos" in text_of(response)
    assert not Application.objects.exists()


def test_the_form_is_never_cached_nor_indexed(client, reports):
    response = client.get(apply_url(reports.call_fr))
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


# The team's admin and personal data -----------------------------------------------------


@pytest.fixture
def application(reports, client):
    client.post(
        apply_url(reports.call_fr),
        filled(client, organisation="=HYPERLINK(1)", attachment=pdf_upload()),
    )
    return Application.objects.get()


def test_admin_lists_filters_exports_and_follows_up(admin_client, application):
    assert (
        "Ateliers du mercredi"
        in admin_client.get("/admin/call_application/?status=new&q=camille").content.decode()
    )
    assert (
        "Ateliers du mercredi"
        not in admin_client.get("/admin/call_application/?status=declined").content.decode()
    )
    response = admin_client.post(
        f"/admin/call_application/edit/{application.pk}/",
        {"status": "reviewing", "notes": "Comité du 12."},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.notes) == ("reviewing", "Comité du 12.")
    text = admin_client.get("/admin/call_application/?export=csv").getvalue().decode("utf-8")
    heading, row = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    cells = dict(zip(heading, row, strict=True))
    assert cells["Nom de l’organisation"] == "'=HYPERLINK(1)"
    # The team reads the file when signed in.
    assert admin_client.get(application.document.url).status_code == 200


def test_personal_data_export_and_erase(admin_client, application):
    response = admin_client.post(
        "/admin/call_application/personal-data/",
        {"email": "camille@example.org", "action": "export"},
    )
    data = json.loads(response.content)
    assert data["applications"][0]["last_name"] == "Martin"
    document_pk = application.document_id
    admin_client.post(
        "/admin/call_application/personal-data/",
        {"email": "camille@example.org", "action": "erase"},
    )
    application.refresh_from_db()
    assert application.anonymised_at and application.last_name == "—"
    assert "camille" not in application.email
    assert application.project_title == "Ateliers du mercredi"  # which project, not who
    assert not get_document_model().objects.filter(pk=document_pk).exists()
    assert not OutboundEmail.objects.exists()


def test_retention_command_anonymises_only_old_applications(application):
    call_command("anonymise_applications", stdout=io.StringIO())
    application.refresh_from_db()
    assert application.anonymised_at is None
    Application.objects.filter(pk=application.pk).update(
        updated_at=timezone.now() - timedelta(days=1100)
    )
    call_command("anonymise_applications", stdout=io.StringIO())
    application.refresh_from_db()
    assert application.anonymised_at is not None and application.first_name == "—"


def test_an_email_owed_about_an_erased_application_is_never_sent(application):
    services.anonymise(application)
    assert emails.compose(application.pk, "acknowledgement") is None


# Projects by programme -------------------------------------------------------------------


def test_projects_filter_by_programme(client, reports):
    index = ProjectIndexPage.objects.get(locale=reports.passe_fr.locale)
    html = text_of(client.get(index.url + "?programme=call-and-care"))
    assert elements(html, "option", value="call-and-care")
    assert "selected" in elements(html, "option", value="call-and-care")[0]
    assert "2 projets" in html
    assert "0 projet" in text_of(client.get(index.url + "?programme=fijem"))
    for query in ("?programme=%00", "?programme=nowhere&page=x"):
        response = client.get(index.url + query)
        assert response.status_code == 200 and "2 projets" in text_of(response), query


# Budgets ---------------------------------------------------------------------------------


def counts(client, url):
    client.get(url)
    chrome.invalidate()  # as a publish does: listing fragments are stale
    client.get("/fr/a-propos/")
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def grow(reports, total):
    """`total` actions on the report, dates on the call, reports and calls on programmes."""
    report, call = reports.report_fr, reports.call_fr
    for number in range(report.actions.count(), total):
        ReportAction.objects.create(
            page=report,
            locale=report.locale,
            title=f"Action {number}",
            project=reports.passe_fr if number % 2 else reports.mobile_fr,
            results="Un résultat\nUn autre",
        )
    for number in range(call.steps.count(), total):
        CallStep.objects.create(
            page=call,
            locale=call.locale,
            date=datetime.date(2026, 1, 1) + timedelta(days=number),
            label=f"Étape {number}",
            event=reports.evening_fr if number % 2 else None,
        )
    fijem, call_and_care = reports.fijem_programme_fr, reports.call_and_care_fr
    for number in range(len(fijem.get_children()), total):
        ReportPageFactory(parent=fijem, slug=f"bilan-{number}", year=2000 + number, publish=False)
    for number in range(len(call_and_care.get_children()), total):
        CallForProjectsPageFactory(parent=call_and_care, slug=f"appel-{number}", publish=False)


def test_report_call_and_programme_budgets_do_not_grow_from_3_to_30(client, reports):
    urls = [
        reports.report_fr.url,
        reports.call_fr.url,
        apply_url(reports.call_fr),
        reports.fijem_programme_fr.url,
        reports.call_and_care_fr.url,
        reports.review_fr.url,
        "/fr/",
    ]
    client.get(urls[2])  # the form opens a session, which every later page reads
    grow(reports, 3)
    with_3 = {url: counts(client, url) for url in urls}
    grow(reports, 30)
    for url in urls:
        with_30 = counts(client, url)
        print(f"QUERIES {url}: cold/warm with 3 {with_3[url]}, with 30 {with_30}")
        assert with_30[0] <= with_3[url][0] and with_30[1] <= with_3[url][1], url
    assert max(cold for cold, _warm in with_3.values()) <= 30


def test_editors_add_reports_and_calls_under_a_programme(admin_client, reports):
    fijem, call_and_care = reports.fijem_programme_fr, reports.call_and_care_fr
    for model, parent in (("reportpage", fijem), ("callforprojectspage", call_and_care)):
        response = admin_client.get(f"/admin/pages/add/community/{model}/{parent.pk}/")
        assert response.status_code == 200, model
    for page in (reports.report_fr, reports.call_fr):
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    # A call cannot close before it opens.
    call = reports.call_fr
    call.closes_on = call.opens_on - timedelta(days=1)
    with pytest.raises(ValidationError):
        call.full_clean()
