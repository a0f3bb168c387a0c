"""Debian's Chromium as every script and test drives it (Playwright): one place for its
path and flags (tests/browser, docs/screenshots.py, docs/page_screenshots.py).

Headless, without a sandbox (containers), without a GPU, and without the requests Chromium
makes by itself (component updates, sync, background networking), so that a screenshot or
a measurement sees only the portal."""

import os

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright):
    """Chromium, started by a `sync_playwright()` (or async) Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
