"""The editors' week in the French admin, in Chromium (issue 17): preview in the panel, a
new translation that stays a draft, a withdrawn consent, a deletion, a scheduled page.

Pages are built by small fixtures that run Python against the test server's database
(`manage.py shell`), as an editor's earlier work would have left them.
"""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest

from tests.browser.conftest import ROOT

USERNAME = "redaction"
PASSWORD = "mot-de-passe-de-test"  # noqa: S105 - a throwaway account on a test database


@pytest.fixture(scope="module")
def site_env(site_url, site_dir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{site_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(site_dir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }


def manage(site_env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=site_env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def run_python(site_env, code):
    """Run `code` in the server's project and return what it printed last (JSON)."""
    output = manage(site_env, "shell", "--no-imports", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


NEW_FRENCH_PAGE = """
import json
from home.models import HomePage, StandardPage
home = HomePage.objects.get(locale__language_code="fr")
page = home.add_child(instance=StandardPage(title={title!r}, intro="Bonjour", show_in_menus=True))
page.save_revision().publish()
{extra}
print(json.dumps({{"id": page.pk, "slug": page.slug}}))
"""


def new_french_page(site_env, title, extra=""):
    return run_python(site_env, NEW_FRENCH_PAGE.format(title=title, extra=extra))


@pytest.fixture(scope="module")
def editor(site_env):
    manage(site_env, "ensure_admin", "--username", USERNAME, "--password", PASSWORD)
    return USERNAME


@pytest.fixture
def admin(page, site_url, editor):
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{site_url}/admin/login/")
    page.locator("input[name=username]").fill(USERNAME)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"{site_url}/admin/")
    return page


def page_id(site_database, slug, language):
    with sqlite3.connect(site_database) as db:
        (pk,) = db.execute(
            "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
            " WHERE p.slug = ? AND l.language_code = ?",
            (slug, language),
        ).fetchone()
    return pk


def test_the_preview_panel_shows_the_page(admin, site_url, site_database):
    pk = page_id(site_database, "celia", "fr")
    admin.goto(f"{site_url}/admin/pages/{pk}/edit/")
    admin.locator('[data-side-panel-toggle="preview"]').click()
    frame = admin.frame_locator("#w-preview-iframe")
    # Refused by the browser, the frame would stay an error page without the page's text.
    frame.locator("h1").first.wait_for()
    assert "Célia" in frame.locator("h1").first.inner_text()


def test_a_new_translation_is_a_draft_until_published(admin, site_url, site_env):
    created = new_french_page(site_env, "Atelier vélo solidaire")
    assert created["slug"] == "atelier-velo-solidaire", "French slugs are plain ASCII"
    admin.goto(f"{site_url}/admin/localize/submit/page/{created['id']}/")
    admin.get_by_label("anglais").check()
    with admin.expect_navigation():
        admin.get_by_role("button", name="Soumettre").click()

    public = admin.context.new_page()
    assert public.goto(f"{site_url}/en/atelier-velo-solidaire/").status == 404

    def site_map():  # every live page, whatever the menus hold
        return admin.context.request.get(f"{site_url}/sitemap-pages.xml").text()

    assert "/en/atelier-velo-solidaire/</loc>" not in site_map()
    assert "/fr/atelier-velo-solidaire/</loc>" in site_map()

    # The translation editor publishes it, in the editor's words ("Publier en anglais").
    with admin.expect_navigation():
        admin.get_by_role("button", name="Publier en anglais").click()
    assert public.goto(f"{site_url}/en/atelier-velo-solidaire/").status == 200
    assert "/en/atelier-velo-solidaire/</loc>" in site_map()


def test_withdrawing_consent_hides_the_portrait_in_both_languages(admin, site_url, site_database):
    public = admin.context.new_page()
    pages = ["/fr/temoignages/lyson/", "/en/testimonials/lyson/"]
    for path in pages:
        public.goto(f"{site_url}{path}")
        assert public.locator(".testimonial__portrait img").count() == 1, path

    admin.goto(f"{site_url}/admin/pages/{page_id(site_database, 'lyson', 'fr')}/edit/")
    admin.get_by_label("Consentement à la publication du portrait").uncheck()
    admin.locator("footer .w-dropdown__toggle").first.click()
    with admin.expect_navigation():
        admin.get_by_role("button", name="Publier", exact=True).click()

    for path in [*pages, "/fr/temoignages/", "/en/testimonials/"]:
        public.goto(f"{site_url}{path}")
        assert (
            public.locator("img[src*='portrait-lyson'], source[srcset*='portrait-lyson']").count()
            == 0
        ), path
        assert public.locator(".testimonial__portrait").count() == 0, path


def test_deleting_a_french_page_removes_its_english_copy(admin, site_url, site_env):
    created = new_french_page(
        site_env,
        "Journée portes ouvertes",
        extra=(
            "from portal import demo\n"
            "demo.translate(page, {'title': 'Open day', 'slug': 'open-day', 'intro': 'Hello'})"
        ),
    )
    public = admin.context.new_page()
    assert public.goto(f"{site_url}/en/open-day/").status == 200

    admin.goto(f"{site_url}/admin/pages/{created['id']}/delete/")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Oui, le supprimer").click()
    assert public.goto(f"{site_url}/fr/{created['slug']}/").status == 404
    assert public.goto(f"{site_url}/en/open-day/").status == 404


def test_a_scheduled_page_goes_live_when_the_periodic_command_runs(
    admin, site_url, site_env, site_database
):
    created = run_python(
        site_env,
        """
import datetime, json
from django.utils import timezone
from home.models import HomePage, StandardPage
home = HomePage.objects.get(locale__language_code="fr")
page = home.add_child(instance=StandardPage(title="Soirée de printemps", live=False))
page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
page.save_revision().publish()
print(json.dumps({"id": page.pk, "slug": page.slug}))
""",
    )
    public = admin.context.new_page()
    url = f"{site_url}/fr/{created['slug']}/"
    assert public.goto(url).status == 404
    admin.goto(f"{site_url}/admin/pages/{created['id']}/edit/")
    assert (
        admin.get_by_text("Publication planifiée").count()
        or admin.get_by_text("planifi", exact=False).count()
    )

    # The hour has come: what the timer's next run finds.
    with sqlite3.connect(site_database) as db:
        past = db.execute(
            "SELECT datetime('now', ?)", (f"-{timedelta(minutes=1).seconds} seconds",)
        ).fetchone()[0]
        db.execute(
            "UPDATE wagtailcore_revision SET approved_go_live_at = ?,"
            " content = json_set(content, '$.go_live_at', ?) WHERE object_id = ?",
            (past, past.replace(" ", "T") + "Z", str(created["id"])),
        )
    manage(site_env, "run_periodic")
    assert public.goto(url).status == 200
    assert "Soirée de printemps" in public.locator("h1").inner_text()
