"""Screenshots of every public page type, on a phone and a desktop, in French and English.

    make screenshots                                  # starts the demo site itself
    make screenshots URL=http://127.0.0.1:8000        # or uses a running one

Full-page PNGs at 390 and 1,280 px wide, taken with Debian's Chromium (portal/browser.py)
into var/screenshots/ (not committed): `<width>/<language>-<page type>.png`, and an
index.html beside them to look at them side by side. Without --url, the script loads the
demo into the project's database (`make run` does the same: only what is missing is
added) and serves it on a free port while it works. It reads that database to find one
page of each type, so a server given by --url must use the same database.
"""

import argparse
import html
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "var" / "screenshots"
WIDTHS = {390: 844, 1280: 800}
LANGUAGES = ("fr", "en")
SEARCH = {"fr": "décrochage", "en": "drop-out"}

# Page types in the order a visitor meets them: (name, app label, model).
PAGE_TYPES = [
    ("home", "home", "HomePage"),
    ("challenges", "stories", "ChallengeIndexPage"),
    ("challenge", "stories", "ChallengePage"),
    ("projects", "stories", "ProjectIndexPage"),
    ("project", "stories", "ProjectPage"),
    ("testimonials", "stories", "TestimonialIndexPage"),
    ("testimonial", "stories", "TestimonialPage"),
    ("events", "events", "EventIndexPage"),
    ("event", "events", "EventPage"),
    ("news", "community", "NewsIndexPage"),
    ("article", "community", "ArticlePage"),
    ("territories", "community", "TerritoryIndexPage"),
    ("territory", "community", "TerritoryPage"),
    ("programmes", "community", "ProgrammeIndexPage"),
    ("programme", "community", "ProgrammePage"),
    ("report", "community", "ReportPage"),
    ("call", "community", "CallForProjectsPage"),
    ("impact", "community", "ImpactPage"),
    ("giving", "giving", "GivingPage"),
    ("partners", "giving", "PartnersPage"),
    ("help", "giving", "HelpPage"),
    ("contact", "home", "ContactPage"),
    ("standard", "home", "StandardPage"),
]


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()


def targets():
    """[(file name, path)]: the first live page of each type, in each language, and search."""
    from django.apps import apps
    from django.urls import reverse
    from django.utils import translation

    shots = []
    for language in LANGUAGES:
        for name, app, model in PAGE_TYPES:
            pages = apps.get_model(app, model).objects.live().public()
            page = pages.filter(locale__language_code=language).order_by("path").first()
            if page is None:
                print(f"No {language} {model} in the database: skipped", file=sys.stderr)
                continue
            shots.append((f"{language}-{name}", page.url))
        with translation.override(language):
            query = urllib.parse.urlencode({"q": SEARCH[language]})
            shots.append((f"{language}-search", f"{reverse('search')}?{query}"))
    return shots


def manage(*arguments, **options):
    command = [sys.executable, "manage.py", *arguments]
    return subprocess.run(command, cwd=ROOT, **options)  # noqa: S603 - our own manage.py


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_demo():
    """The demo site on a free port: (url, server process)."""
    for command in (["migrate", "--noinput"], ["createcachetable"], ["load_demo_content"]):
        manage(*command, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PORTAL_BASE_URL": url}
    server = subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=2)  # noqa: S310 - our own server
            return url, server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise SystemExit("The demo server did not start") from None
            time.sleep(0.3)


def shoot(browser, url, shots):
    written = []
    for width, height in WIDTHS.items():
        folder = OUT / str(width)
        folder.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            context = browser.new_context(
                viewport={"width": width, "height": height},
                locale={"fr": "fr-FR", "en": "en-GB"}[language],
                color_scheme="light",
                reduced_motion="reduce",
            )
            page = context.new_page()
            page.set_default_timeout(30000)
            for name, path in shots:
                if not name.startswith(f"{language}-"):
                    continue
                response = page.goto(url + path, wait_until="networkidle")
                if response is None or response.status != 200:
                    status = response.status if response else "no answer"
                    print(f"{path}: {status}", file=sys.stderr)
                # Lazy images below the fold load once scrolled to.
                page.mouse.wheel(0, 100_000)
                page.wait_for_load_state("networkidle")
                page.mouse.wheel(0, -100_000)
                target = folder / f"{name}.png"
                page.screenshot(path=str(target), full_page=True)
                written.append((width, name, path))
                print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
            context.close()
    return written


def write_index(written):
    rows = []
    for width in WIDTHS:
        cells = "".join(
            f'<figure><a href="{w}/{n}.png"><img src="{w}/{n}.png" alt="" width="{w // 4}">'
            f"</a><figcaption>{html.escape(n)}<br>{html.escape(p)}</figcaption></figure>"
            for w, n, p in written
            if w == width
        )
        rows.append(f"<h2>{width} px</h2><div>{cells}</div>")
    (OUT / "index.html").write_text(
        "<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Screenshots</title>"
        "<style>div{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}"
        "figure{margin:0;font:12px sans-serif;max-width:20rem}</style>" + "".join(rows)
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running demo site (default: start one)")
    args = parser.parse_args()
    server = None
    url = args.url.rstrip("/") if args.url else None
    if url is None:
        url, server = start_demo()
    try:
        django_setup()
        shots = targets()  # before Playwright: Django refuses queries in its event loop
        from playwright.sync_api import sync_playwright

        from portal.browser import launch

        with sync_playwright() as playwright:
            browser = launch(playwright)
            written = shoot(browser, url, shots)
            browser.close()
        write_index(written)
        print(f"{len(written)} screenshots in {OUT.relative_to(ROOT)}/ (index.html)")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
