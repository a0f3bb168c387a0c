"""The demo publishes the same pages and snippets, in both languages, as before its facts
moved from Python modules to YAML files (tests/data/demo_pages.yaml)."""

import re
from pathlib import Path

import pytest
import yaml
from wagtail.models import Page

from stories.models import Territory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SNAPSHOT = yaml.safe_load((Path(__file__).parent / "data" / "demo_pages.yaml").read_text())


def title_pattern(title):
    # An upcoming event's year is computed from the day the demo is loaded.
    return re.compile(re.escape(title).replace(re.escape("{year}"), r"\d{4}"))


def test_the_demo_publishes_the_same_pages_in_both_languages(demo):
    published = {
        (page.locale.language_code, page.get_url()): page
        for page in Page.objects.filter(depth__gt=1).live().select_related("locale")
    }
    expected = {(item["locale"], item["url"]): item for item in SNAPSHOT["pages"]}
    assert sorted(published) == sorted(expected)
    for key, item in expected.items():
        page = published[key]
        assert title_pattern(item["title"]).fullmatch(page.title), (key, page.title)
        assert page.specific_class._meta.label == item["type"], key


def test_the_demo_has_the_same_territories_in_both_languages(demo):
    territories = [
        {"locale": t.locale.language_code, "name": t.name, "slug": t.slug}
        for t in Territory.objects.select_related("locale")
    ]
    key = lambda item: (item["locale"], item["slug"])  # noqa: E731
    assert sorted(territories, key=key) == sorted(SNAPSHOT["territories"], key=key)
