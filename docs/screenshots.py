"""The illustrations of docs/editors.md: screenshots of the French admin on the demo.

    make run                       # the demo on http://127.0.0.1:8000 (or any server)
    .venv/bin/python docs/screenshots.py --url http://127.0.0.1:8000 \
        --user redaction --password ...

Chromium (/usr/bin/chromium, or CHROMIUM_PATH) is driven by Playwright at 1,000 px wide;
each PNG is reduced to a palette of colours and optimised, into docs/img/. The script
reads the demo's database (same settings as the server) to find the pages to show.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "img"
WIDTH, HEIGHT = 1000, 720


def targets():
    """(file name, admin path, what to do before the shot) for each illustration."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from wagtail.models import Page

    from events.models import EventPage
    from portal.models import Menu
    from stories.models import ProjectPage

    project = ProjectPage.objects.filter(locale__language_code="fr").order_by("pk").first()
    english = project.get_translation_or_none(
        Page.objects.get(locale__language_code="en", depth=2).locale
    )
    menu = Menu.objects.filter(slot="main", locale__language_code="fr").first()
    evening = EventPage.objects.filter(locale__language_code="fr", registration_open=True).first()
    shots = [
        ("dashboard.png", "/admin/", None),
        ("story-edit.png", f"/admin/pages/{project.pk}/edit/", None),
        ("schedule.png", f"/admin/pages/{project.pk}/edit/", "status"),
        ("translations.png", "/admin/reports/stale-translations/", None),
        ("menus.png", f"/admin/snippets/portal/menu/edit/{menu.pk}/", None),
        ("messages.png", "/admin/contact_messages/", None),
        ("pledges.png", "/admin/pledge/", None),
        ("newsletter.png", "/admin/newsletter/", None),
    ]
    if english is not None:
        shots.insert(2, ("translate.png", f"/admin/pages/{english.pk}/edit/", None))
    if evening is not None:
        shots.append(("registrations.png", f"/admin/registration/?event={evening.pk}", None))
    return shots


def optimise(path):
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
        small.save(path, optimize=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--user", default="redaction")
    parser.add_argument("--password", default=os.environ.get("SCREENSHOTS_PASSWORD", ""))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    shots = targets()  # sets Django up: portal is importable from here
    from portal.browser import launch as browser_launch

    with sync_playwright() as playwright:
        browser = browser_launch(playwright)
        page = browser.new_page(
            viewport={"width": WIDTH, "height": HEIGHT}, locale="fr-FR", color_scheme="light"
        )
        page.goto(f"{args.url}/admin/login/")
        page.fill("input[name=username]", args.user)
        page.fill("input[name=password]", args.password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{args.url}/admin/")
        for name, path, action in shots:
            page.goto(args.url + path)
            page.wait_for_load_state("networkidle")
            if action == "status":
                page.click("[data-side-panel-toggle='status']")
                page.wait_for_timeout(400)
            target = OUT / name
            page.screenshot(path=str(target))
            optimise(target)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
        browser.close()


if __name__ == "__main__":
    main()
