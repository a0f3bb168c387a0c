"""Giving: the donate call of every page, the giving page, the pledge form (stored first,
both emails, spam kept out, errors that keep what was typed), the team's admin and the
personal-data rules of pledges."""

import csv
import io
import json
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from giving.factories import PledgeFactory
from giving.models import GivingPage
from giving.pledges import emails, services
from giving.pledges.models import Pledge
from portal.models import OutboundEmail, SiteSettings
from stories.factories import create_projects
from stories.models import ProjectIndexPage, ProjectPage
from tests.giving_site import build_giving
from tests.helpers import elements, text_of, token_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and the donate link live in the cache, which outlives each test."""
    cache.clear()


@pytest.fixture(scope="module")
def _giving(_stories, django_db_blocker):
    with django_db_blocker.unblock():
        return build_giving(_stories)


@pytest.fixture
def giving(_giving, db):
    return _giving


@pytest.fixture
def giving_fr(giving):
    return giving.giving_fr


@pytest.fixture
def giving_en(giving):
    return giving.giving_en


def pledge_url(page):
    return page.url + page.reverse_subpage("pledge")


def filled(client, **overrides):
    """A complete, human-looking pledge (the form was shown 10 seconds ago)."""
    values = {
        "giver": "company",
        "organisation": "Entreprise Exemple",
        "kind": "skills",
        "amount": "",
        "description": "Deux salariés pour du mentorat, un jour par mois.",
        "first_name": "Camille",
        "last_name": "Martin",
        "role": "Responsable RSE",
        "email": "Camille@Example.org",
        "phone": "",
        "consent": "on",
        "form_started": token_for(client, "pledge"),
    }
    values.update(overrides)
    return values


# The donate call -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "language", "label"), [("/fr/", "fr", "Faire un don"), ("/en/", "en", "Donate")]
)
def test_every_page_header_calls_to_donate_in_the_visitors_language(
    client, giving, url, language, label
):
    page = GivingPage.objects.get(locale__language_code=language)
    for address in (url, getattr(giving, f"passe_{language}").url):
        html = text_of(client.get(address))
        header = html[html.index("<header") : html.index("</header>")]
        links = elements(header, "a", class_="button button--donate")
        assert [link["href"] for link in links] == [page.url]
        assert f">{label}</a>" in header


def test_without_a_giving_page_the_call_leads_to_the_payment_provider(client, giving_fr):
    settings = SiteSettings.for_site(giving_fr.get_site())
    settings.donation_url = "https://www.helloasso.com/associations/exemple"
    settings.save()
    giving_fr.unpublish()
    html = text_of(client.get("/fr/"))
    assert elements(html, "a", class_="button button--donate")[0]["href"] == (
        "https://www.helloasso.com/associations/exemple"
    )


# The giving page -----------------------------------------------------------------------


def test_giving_page_tells_what_gifts_pay_for_and_the_tax_reduction(client, giving_fr, giving_en):
    html = text_of(client.get(giving_fr.url))
    assert "Coûte 17 € après la réduction d’impôt de 66 %." in html  # 50 € example
    assert "article 200 du Code général des impôts" in html
    assert "article 238 bis" in html
    assert "Entreprises (mécénat) : 60 % de votre don" in html
    project = ProjectPage.objects.get(slug="passe-decisive", locale=giving_fr.locale)
    assert elements(html, "a", href=project.url)
    assert elements(html, "a", href=pledge_url(giving_fr))
    english = text_of(client.get(giving_en.url))
    assert "Costs you 17 € after the 66 % tax reduction." in english
    # The example's project is shown in the visitor's language.
    assert elements(english, "a", href=project.get_translation(giving_en.locale).url)


def test_the_provider_is_linked_never_loaded(client, giving_fr):
    settings = SiteSettings.for_site(giving_fr.get_site())
    settings.donation_url = "https://www.helloasso.com/associations/exemple/formulaires/1"
    settings.save()
    response = client.get(giving_fr.url)
    assert elements(text_of(response), "a", href=settings.donation_url)
    assert "helloasso" not in response["Content-Security-Policy"]
    for tag, attribute in (("script", "src"), ("img", "src"), ("iframe", "src")):
        for element in elements(text_of(response), tag):
            assert "helloasso" not in element.get(attribute, "")


# The pledge form -----------------------------------------------------------------------


def test_pledge_is_stored_then_both_emails_are_sent(
    client, giving_fr, django_capture_on_commit_callbacks
):
    project = ProjectPage.objects.get(slug="passe-decisive", locale=giving_fr.locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(pledge_url(giving_fr), filled(client, project=project.pk))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    pledge = Pledge.objects.get()
    assert (pledge.email, pledge.status, pledge.language) == ("camille@example.org", "new", "fr")
    assert pledge.project == project and pledge.consented_at is not None
    acknowledgement, notification = sorted(mail.outbox, key=lambda m: m.to != [pledge.email])
    assert acknowledgement.to == ["camille@example.org"]
    assert "Merci" in acknowledgement.subject
    assert "Deux salariés pour du mentorat" in acknowledgement.body
    assert notification.to == ["contact@hautslesjeunes.org"]
    assert "Entreprise Exemple" in notification.subject
    assert f"/admin/pledge/edit/{pledge.pk}/" in notification.body
    assert "Passe décisive" in notification.body
    thanks = client.get(response["Location"])
    assert "Merci" in text_of(thanks)


def test_english_visitors_get_their_acknowledgement_in_english(
    client, giving_en, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            pledge_url(giving_en), filled(client, kind="money", amount="5000", description="")
        )
    pledge = Pledge.objects.get()
    assert (pledge.language, pledge.amount) == ("en", 5000)
    acknowledgement = next(m for m in mail.outbox if m.to == ["camille@example.org"])
    assert acknowledgement.subject == "Thank you for your pledge to Hauts les jeunes"
    team = next(m for m in mail.outbox if m.to != ["camille@example.org"])
    assert "Nouvelle promesse" in team.subject  # the team reads French


def test_a_mail_server_that_is_down_loses_nothing(
    client, giving_fr, django_capture_on_commit_callbacks
):
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(pledge_url(giving_fr), filled(client))
    assert response.status_code == 302
    assert Pledge.objects.count() == 1
    assert OutboundEmail.objects.filter(status="pending").count() == 2


def test_errors_are_clear_translated_and_keep_what_was_typed(client, giving_en, giving_fr):
    response = client.post(pledge_url(giving_en), filled(client, kind="money", description=""))
    html = text_of(response)
    assert response.status_code == 200
    assert "Give the amount you consider, even approximate." in html
    assert 'value="Entreprise Exemple"' in html and 'value="Responsable RSE"' in html
    french = text_of(client.post(pledge_url(giving_fr), filled(client, description="", consent="")))
    assert "Dites-nous en quelques mots ce que vous offrez." in french
    assert "Merci d’accepter que nous gardions vos coordonnées pour l’envoyer." in french
    assert not Pledge.objects.exists()


def test_nonsense_never_fails(client, giving_fr):
    response = client.post(
        pledge_url(giving_fr),
        filled(
            client, kind="cash", giver="x", amount="-3", project="999999999999999999999", email="x"
        ),
    )
    assert response.status_code == 200 and not Pledge.objects.exists()
    response = client.get(pledge_url(giving_fr), {"project": "<script>" * 100})
    assert response.status_code == 200 and "<script><script>" not in text_of(response)


def test_a_link_from_a_project_chooses_it(client, giving_fr):
    project = ProjectPage.objects.get(slug="passe-decisive", locale=giving_fr.locale)
    html = text_of(client.get(pledge_url(giving_fr), {"project": project.slug}))
    assert "selected" in elements(html, "option", value=str(project.pk))[0]


def test_honeypot_pretends_success_and_stores_nothing(
    client, giving_fr, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(pledge_url(giving_fr), filled(client, website="http://spam"))
    assert response.status_code == 302
    assert not Pledge.objects.exists() and not mail.outbox


def test_pledges_are_rate_limited_per_ip(client, giving_fr):
    for _number in range(5):
        client.post(pledge_url(giving_fr), filled(client))
    response = client.post(pledge_url(giving_fr), filled(client))
    assert "Trop de formulaires" in text_of(response)
    assert Pledge.objects.count() == 5


def test_the_form_is_never_cached_nor_indexed(client, giving_fr):
    response = client.get(pledge_url(giving_fr))
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


# The team's admin ----------------------------------------------------------------------


@pytest.fixture
def pledge(giving_fr, django_capture_on_commit_callbacks, client):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(pledge_url(giving_fr), filled(client, organisation="=HYPERLINK(1)"))
    return Pledge.objects.get()


def test_admin_lists_filters_searches_and_follows_up(admin_client, pledge):
    assert "camille@example.org" in admin_client.get("/admin/pledge/?status=new&q=camille").text
    assert "camille@example.org" not in admin_client.get("/admin/pledge/?status=declined").text
    response = admin_client.post(
        f"/admin/pledge/edit/{pledge.pk}/", {"status": "contacted", "notes": "Rappel le 12."}
    )
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert (pledge.status, pledge.notes) == ("contacted", "Rappel le 12.")
    assert pledge.organisation == "=HYPERLINK(1)"  # what the person sent is kept as sent


def test_admin_export_is_readable_and_safe(admin_client, pledge):
    text = admin_client.get("/admin/pledge/?export=csv").getvalue().decode("utf-8")
    heading, row = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    cells = dict(zip(heading, row, strict=True))
    assert cells["Nom de l’organisation"] == "'=HYPERLINK(1)"
    assert cells["Statut"] == "nouvelle"
    assert cells["Type d’aide"] == "Des compétences (mécénat de compétences)"
    assert cells["E-mail"] == "camille@example.org"


def test_personal_data_export_and_erase(admin_client, pledge):
    response = admin_client.post(
        "/admin/pledge/personal-data/", {"email": "camille@example.org", "action": "export"}
    )
    data = json.loads(response.content)
    assert data["pledges"][0]["last_name"] == "Martin"
    assert OutboundEmail.objects.count() == 2
    admin_client.post(
        "/admin/pledge/personal-data/", {"email": "camille@example.org", "action": "erase"}
    )
    pledge.refresh_from_db()
    assert pledge.anonymised_at and pledge.last_name == "—" and "camille" not in pledge.email
    assert pledge.kind == "skills"  # what was offered stays, not who offered it
    assert not OutboundEmail.objects.exists()  # the emails about it named the person


def test_personal_data_needs_the_right_to_delete(client, django_user_model, pledge):
    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(*Permission.objects.filter(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/pledge/personal-data/").status_code in (302, 403)


def test_retention_command_anonymises_only_old_pledges(pledge):
    call_command("anonymise_pledges", stdout=io.StringIO())
    pledge.refresh_from_db()
    assert pledge.anonymised_at is None
    Pledge.objects.filter(pk=pledge.pk).update(updated_at=timezone.now() - timedelta(days=1100))
    call_command("anonymise_pledges", stdout=io.StringIO())
    pledge.refresh_from_db()
    assert pledge.anonymised_at is not None and pledge.first_name == "—"


def test_an_email_owed_about_an_erased_pledge_is_never_sent(client, giving_fr):
    # Without capturing on-commit callbacks the emails stay owed, not written yet.
    client.post(pledge_url(giving_fr), filled(client))
    pledge = Pledge.objects.get()
    services.anonymise(pledge)
    assert emails.compose(pledge.pk, "acknowledgement") is None


# Budgets -------------------------------------------------------------------------------


def test_giving_page_and_pledge_form_budgets_do_not_grow(client, giving_fr):
    """The form reads the page's route, its view restrictions, the session and the
    settings; the choices of projects and challenges are one query each."""
    urls = (giving_fr.url, pledge_url(giving_fr))
    client.get(urls[1])  # the form opens a session, which every later page reads

    def cost(url):
        client.get(url)  # per-process caches (site root paths, settings)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = [cost(url) for url in urls]
    assert before[0] <= 14 and before[1] <= 16
    PledgeFactory.create_batch(200)
    create_projects(ProjectIndexPage.objects.get(locale=giving_fr.locale), 30)
    assert [cost(url) for url in urls] == before


def test_without_a_payment_provider_the_giving_page_and_footer_still_lead_somewhere(
    client, giving_fr
):
    # The demo's case: the sources give no provider's address, the setting is empty.
    assert not SiteSettings.for_site(giving_fr.get_site()).donation_url
    html = text_of(client.get(giving_fr.url))
    assert "Le don en ligne n’est pas encore ouvert" in html
    assert elements(html, "a", href="mailto:contact@hautslesjeunes.org")
    footer = text_of(client.get("/fr/"))
    footer = footer[footer.index("<footer") :]
    assert elements(footer, "a", href=giving_fr.url, class_="button button--light")
