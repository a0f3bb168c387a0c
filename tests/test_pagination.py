"""One paginator for every list (portal/pagination.py): any `?page=` gives a page.

Not a number: the first page. Past the end, zero or negative: the last page. Never a
server error, whatever the digits (issue 11: a huge number used to overflow the
database's integer on the calendar).
"""

import pytest
from django.test import RequestFactory

from portal.pagination import paginate
from tests.helpers import elements, text_of

NONSENSE = ["abc", "²", "①", "1.5", "1e3", "", " ", "\u0661\u0662" * 3000, "\u0661", "1\x00"]
PAST_THE_END = ["4", "0", "-1", "99999999999999999999999999999999", "9" * 5000]


def page_for(value, count=None):
    request = RequestFactory().get("/", {"page": value} if value is not None else {})
    return paginate(request, list(range(25)), 10, count=count)


def test_the_page_asked_for():
    assert page_for(None).number == 1
    assert page_for("2").number == 2
    assert list(page_for("3")) == [20, 21, 22, 23, 24]


@pytest.mark.parametrize("value", NONSENSE)
def test_nonsense_gives_the_first_page(value):
    assert page_for(value).number == 1


@pytest.mark.parametrize("value", PAST_THE_END)
def test_past_the_end_gives_the_last_page(value):
    assert page_for(value).number == 3


def test_a_known_count_is_used_as_it_is():
    page = page_for("9", count=12)
    assert (page.paginator.count, page.paginator.num_pages, page.number) == (12, 2, 2)


@pytest.mark.django_db
@pytest.mark.demo
@pytest.mark.parametrize(
    "url",
    [
        "/fr/projets/",
        "/fr/projets/?territory=metropole-lilloise",
        "/en/testimonials/",
        "/fr/agenda/",
        "/fr/agenda/past/",
        "/fr/search/?q=jeunes",
    ],
)
def test_every_list_answers_any_page_number(client, demo, url):
    joiner = "&" if "?" in url else "?"
    first = text_of(client.get(url))
    for value in [*NONSENSE[:7], *PAST_THE_END, "2"]:
        response = client.get(f"{url}{joiner}page={value}")
        assert response.status_code == 200, (url, value)
    if elements(first, "nav", class_="pagination"):
        last = text_of(client.get(f"{url}{joiner}page=99999999999999999999999"))
        numbers = [a for a in elements(last, "a") if "page=" in (a.get("href") or "")]
        assert numbers and elements(last, "a", rel="prev"), "past the end: the last page"
