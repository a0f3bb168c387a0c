"""News: the article pages, their index (filters by topic and territory, pagination), the
Atom feed and the latest articles on the home page, in French and English; query budgets
that do not grow from 10 to 100 articles (more than eight pages of the index)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.factories import create_articles
from community.models import ArticlePage, NewsIndexPage
from portal import chrome
from stories.models import Territory
from tests.community_site import build_news
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _news(_stories, _calendar, django_db_blocker):
    with django_db_blocker.unblock():
        return build_news(_stories)


@pytest.fixture
def news(_news, db):
    return _news


def card_titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_news_index_lists_articles_newest_first_in_each_language(client, news):
    response = client.get(news.news_fr.url)
    assert response.status_code == 200
    assert card_titles(response) == [
        "Le FIJeM fait le bilan de sa première année",
        "Appel à projets FSE+",
        "Hauts les jeunes est lancé",
    ]
    assert "3 articles" in text_of(response)
    english = client.get(news.news_en.url)
    assert card_titles(english) == [
        "The FIJeM reviews its first year",
        "FSE+ call for projects",
        "Hauts les jeunes is launched",
    ]
    assert "24 juin 2025" in text_of(response) and "June 24, 2025" in text_of(english)


def test_filters_by_topic_and_territory_and_survive_nonsense(client, news):
    url = news.news_fr.url
    assert card_titles(client.get(url + "?topic=calls")) == ["Appel à projets FSE+"]
    littoral = card_titles(client.get(url + "?territory=littoral"))
    assert littoral == ["Hauts les jeunes est lancé"]
    both = client.get(url + "?territory=littoral&topic=programmes")
    assert card_titles(both) == [] and "Aucun article" in text_of(both)
    for query in ("?topic=%00", "?territory=nowhere&page=9999", "?page=abc", "?page=-1"):
        response = client.get(url + query)
        assert response.status_code == 200, query
        assert len(card_titles(response)) == 3, query


def test_article_shows_its_date_topic_territories_and_related_pages_in_the_visitors_language(
    client, news
):
    page = client.get(news.fijem_en.url)
    assert page.status_code == 200
    text = text_of(page)
    assert "June 24, 2025" in text and "Programmes and results" in text
    links = [a.get("href") for a in elements(page.content.decode(), "a")]
    assert news.review_en.url in links and news.passe_en.url in links
    assert news.review_fr.url not in links
    # In the editor's order (the French article's rows), not the tree's.
    assert links.index(news.review_en.url) < links.index(news.passe_en.url)
    french = text_of(client.get(news.launch_fr.url))
    assert "21 mars 2024" in french and "Vie de la communauté" in french
    assert "Métropole lilloise" in french and "Littoral" in french
    assert client.get(news.news_fr.url + "no-such-article/").status_code == 404


def test_home_page_shows_the_three_latest_articles(client, news):
    home = client.get("/en/")
    section = home.content.decode().split('id="latest-news-heading"')[1].split("</section>")[0]
    assert "The FIJeM reviews its first year" in section
    assert section.index("The FIJeM reviews") < section.index("FSE+ call")
    assert news.news_en.url in section


def test_atom_feed_lists_articles_in_the_visitors_language(client, news):
    response = client.get("/en/feeds/news/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<title>The FIJeM reviews its first year</title>" in body
    assert "Le FIJeM" not in body
    assert f'href="http://testserver{news.fijem_en.url}"' in body
    assert 'href="/en/feeds/news/"' in client.get(news.news_en.url).content.decode()


def counts(client, url):
    client.get(url)  # per-process caches (site root paths)
    chrome.invalidate()  # as a publish does: listing fragments are stale
    client.get("/fr/a-propos/")  # the chrome is cached again
    with CaptureQueriesContext(connection) as cold:
        response = client.get(url)
    assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def test_news_pages_budgets_do_not_grow_from_10_to_100_articles(client, news):
    index = NewsIndexPage.objects.get(locale__language_code="fr")
    mel = Territory.objects.get(slug="metropole-lilloise", locale__language_code="fr")
    urls = [
        "/fr/",
        index.url,
        index.url + "?territory=metropole-lilloise&topic=community&page=2",
        news.launch_fr.url,
        "/fr/feeds/news/",
    ]

    def bring_to(total):
        live = ArticlePage.objects.live().filter(locale=index.locale)
        create_articles(index, total - live.count(), territories=[mel])
        assert live.count() == total

    bring_to(10)
    with_10 = {url: counts(client, url) for url in urls}
    bring_to(100)
    for url in urls:
        with_100 = counts(client, url)
        print(f"QUERIES {url}: cold/warm with 10 articles {with_10[url]}, with 100 {with_100}")
        assert with_100 == with_10[url], url
    assert max(cold for cold, _warm in with_10.values()) <= 30
