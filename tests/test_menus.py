"""Translatable menus: editors build the main and footer menus (pages, other sites,
labels) in French and translate them with wagtail-localize; the header and footer render
them from the chrome cache, bounded, invalidated when a menu is saved; a language without
its menu falls back to the pages ticked "show in menus"."""

import json
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.factories import StandardPageFactory
from portal import chrome
from portal.demo import block_id, translate
from portal.models import Menu
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def items(*links):
    """A menu's stream: pages (objects) and (url, label) pairs, with stable block ids."""
    blocks = []
    for number, link in enumerate(links):
        if isinstance(link, tuple) and isinstance(link[0], str):
            value = {"url": link[0], "label": link[1]}
            blocks.append({"type": "external", "id": block_id("t", number), "value": value})
        else:
            page, label = link if isinstance(link, tuple) else (link, "")
            value = {"page": page.pk, "label": label}
            blocks.append({"type": "page", "id": block_id("t", number), "value": value})
    return json.dumps(blocks)


def nav(html, css_class="main-nav"):
    start = html.index(css_class)
    return html[start : html.index("</nav>", start)]


def footer(html):
    return html[html.index('id="footer-pages"') :]


@pytest.fixture
def about_fr(home_fr):
    return Page.objects.get(slug="a-propos", locale=home_fr.locale)


@pytest.fixture
def contact_fr(home_fr):
    return Page.objects.get(slug="contact", locale=home_fr.locale)


def test_without_a_menu_the_show_in_menus_pages(client, home_fr, contact_fr):
    html = text_of(client.get(home_fr.url))
    assert elements(nav(html), "a", href=contact_fr.url)


def test_main_menu_in_both_languages(client, home_fr, home_en, about_fr, contact_fr):
    menu = Menu.objects.create(
        slot="main",
        locale=home_fr.locale,
        items=items((about_fr, "Qui sommes-nous"), contact_fr, ("https://example.org/", "Réseau")),
    )
    fr = nav(text_of(client.get(home_fr.url)))
    assert "Qui sommes-nous" in fr and "Réseau" in fr
    assert elements(fr, "a", href=contact_fr.url) and elements(fr, "a", href="https://example.org/")
    assert fr.index("Qui sommes-nous") < fr.index(">Contact<") < fr.index("Réseau")
    # Without its English menu, English falls back to the "show in menus" pages.
    en = nav(text_of(client.get(home_en.url)))
    assert "Qui sommes-nous" not in en

    translate(
        menu,
        {"items": items((about_fr, "Who we are"), contact_fr, ("https://example.org/", "Network"))},
    )
    en = nav(text_of(client.get(home_en.url)))
    about_en = about_fr.get_translation(home_en.locale)
    assert "Who we are" in en and "Network" in en and "Qui sommes" not in en
    # A page link follows the page into the menu's language.
    assert elements(en, "a", href=about_en.url)
    assert not elements(en, "a", href=about_fr.url)


def test_footer_menu_and_its_fallback(client, home_fr, about_fr, contact_fr):
    # Fallback: the top-level pages that are not in the main menu (none here).
    before = footer(text_of(client.get(home_fr.url)))
    assert not elements(before, "a", href=about_fr.url)
    Menu.objects.create(
        slot="footer",
        locale=home_fr.locale,
        items=items(about_fr, ("https://example.org/presse", "Presse")),
    )
    after = footer(text_of(client.get(home_fr.url)))
    assert elements(after, "a", href=about_fr.url) and "Presse" in after
    assert elements(after, "a", href="/sitemap.xml")  # the site map stays


def test_cached_with_the_chrome_and_invalidated_on_save(client, home_fr, about_fr):
    menu = Menu.objects.create(slot="main", locale=home_fr.locale, items=items((about_fr, "Un")))
    client.get(home_fr.url)
    with CaptureQueriesContext(connection) as cached:
        html = text_of(client.get(home_fr.url))
    assert "Un" in nav(html)
    assert not [q for q in cached.captured_queries if "portal_menu" in q["sql"]]
    menu.items = items((about_fr, "Deux"))
    menu.save()
    assert "Deux" in nav(text_of(client.get(home_fr.url)))
    menu.delete()
    assert "Deux" not in nav(text_of(client.get(home_fr.url)))


def test_unpublished_pages_are_left_out(client, home_fr, about_fr, contact_fr):
    Menu.objects.create(slot="main", locale=home_fr.locale, items=items(about_fr, contact_fr))
    about_fr.unpublish()
    html = nav(text_of(client.get(home_fr.url)))
    assert not elements(html, "a", href="/fr/a-propos/") and elements(
        html, "a", href=contact_fr.url
    )


def test_bounded_one_menu_per_language(home_fr, about_fr):
    too_many = Menu(slot="main", locale=home_fr.locale, items=items(*[about_fr] * 13))
    with pytest.raises(ValidationError):
        too_many.full_clean()
    Menu.objects.create(slot="main", locale=home_fr.locale, items=items(about_fr))
    with pytest.raises(ValidationError):
        Menu(slot="main", locale=home_fr.locale, items=items(about_fr)).full_clean()


def test_queries_do_not_grow_with_links(client, home_fr, about_fr, contact_fr):
    def cold_queries(links):
        Menu.objects.filter(slot="main").delete()
        Menu.objects.create(slot="main", locale=home_fr.locale, items=items(*links))
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(home_fr.url).status_code == 200
        return len(queries.captured_queries)

    few = cold_queries([about_fr, contact_fr])
    many = cold_queries([about_fr, contact_fr] * 6)
    assert many <= few


def test_editors_edit_menus_in_the_admin(client, django_user_model, home_fr, about_fr):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editrice", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/snippets/portal/menu/").status_code == 200
    assert client.get("/admin/snippets/portal/menu/add/").status_code == 200


def test_the_fallback_menus_are_bounded_whatever_the_number_of_pages(client, home_fr):
    for number in range(chrome.FALLBACK_LINKS + 5):
        StandardPageFactory(parent=home_fr, title=f"Page {number}", slug=f"page-{number}")
        StandardPageFactory(
            parent=home_fr,
            title=f"Rubrique {number}",
            slug=f"rubrique-{number}",
            show_in_menus=True,
        )
    html = text_of(client.get(home_fr.url))
    # The first pages in the page order, and no more (the footer also links the site map).
    assert len(re.findall(r"<a href=", nav(html))) == chrome.FALLBACK_LINKS
    assert len(re.findall(r'<a href="/fr/', footer(html))) == chrome.FALLBACK_LINKS
    assert 'href="/fr/rubrique-0/"' in nav(html) and 'href="/fr/page-0/"' in footer(html)
