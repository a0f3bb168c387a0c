"""The community's news in a real browser, on the demo: the latest article one click from
the home page, the news index one more, in French and English, and axe-core on the new
page types."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

LATEST = {
    "fr": ("Le FIJeM fait le bilan de sa première année", "/fr/actualites/"),
    "en": ("The FIJeM reviews its first year", "/en/news/"),
}
NEW_PAGES = [
    "/fr/actualites/",
    "/en/news/?topic=programmes&territory=metropole-lilloise",
    "/fr/actualites/bilan-de-la-premiere-annee-du-fijem/",
    "/en/news/the-fijem-first-year-in-review/",
    "/fr/programmes/",
    "/fr/programmes/call-and-care/",
    "/en/programmes/fijem/?territory=metropole-lilloise",
]


@pytest.mark.parametrize("language", LATEST)
def test_the_latest_article_is_one_click_from_home_and_its_index_one_more(page, site_url, language):
    title, index = LATEST[language]
    page.goto(f"{site_url}/{language}/")
    section = page.locator("section.latest-news")
    section.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.locator("article header").get_by_role("link").click()
    expect(page).to_have_url(f"{site_url}{index}")


@pytest.mark.parametrize("path", NEW_PAGES)
def test_axe_finds_no_violation_on_the_news_pages(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
