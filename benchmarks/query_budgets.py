"""SQL queries per page type, with the demo content alone and with 2,000 projects and
1,000 events more (create_bulk_content), on the benchmark database (PostgreSQL, Redis).

"cold": the first request after the shared cache was emptied (as after a deploy that
flushes Redis: menus, fragments, renditions, site root paths); "warm": the next one, what
nearly every request costs. Budget: 12 queries warm, and both counts the same at both sizes.
The bulk content stays afterwards (`manage.py create_bulk_content --delete` removes it).

    .venv/bin/python benchmarks/query_budgets.py
    .venv/bin/python benchmarks/query_budgets.py --projects 20 --events 10   # smoke test
"""

import argparse
import os
import sys

from common import ROOT, django_env, manage, record, table

BUDGET = 12


def setup_django():
    os.environ.update(django_env())
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def measured_urls():
    from django.utils import translation
    from wagtail.models import Page

    from events.models import EventIndexPage
    from stories.models import ProjectIndexPage, Territory

    urls = {}
    translation.activate("en")  # page type names in English
    live = Page.objects.live().filter(locale__language_code="fr", depth__gt=1)
    for page in live.exclude(slug__startswith="bulk-").order_by("path").specific():
        urls.setdefault(page.specific_class._meta.verbose_name.capitalize(), page.url)
    projects = ProjectIndexPage.objects.get(locale__language_code="fr").url
    territory = Territory.objects.filter(locale__language_code="fr").order_by("pk").first()
    events = EventIndexPage.objects.get(locale__language_code="fr").url
    urls.update(
        {
            "Projects, filtered, page 2": f"{projects}?territory={territory.slug}&page=2",
            "Events calendar, past": f"{events}past/",
            "Events calendar, month": f"{events}month/",
            "Search results": "/fr/search/?q=jeunes",
            "Home (English)": "/en/",
        }
    )
    return urls


def counts(urls):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    found = {}
    for name, url in urls.items():
        client.get(url)  # per-process caches (site root paths, renditions)
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(url)
        with CaptureQueriesContext(connection) as warm:
            client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        found[name] = (len(cold), len(warm))
        print(name, url, found[name], flush=True)
    return found


def content_size():
    from events.models import EventPage
    from stories.models import ProjectPage

    fr = {"locale__language_code": "fr"}
    return ProjectPage.objects.live().filter(**fr).count(), EventPage.objects.live().filter(
        **fr
    ).count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    setup_django()
    manage("create_bulk_content", "--delete")
    urls = measured_urls()
    small_size, small = content_size(), counts(urls)
    manage("create_bulk_content", f"--projects={args.projects}", f"--events={args.events}")
    large_size, large = content_size(), counts(urls)

    def label(size):
        return f"{size[0]:,} projects, {size[1]:,} events: cold / warm"

    rows = []
    for name, url in urls.items():
        ok = max(small[name][1], large[name][1]) <= BUDGET and small[name] == large[name]
        rows.append(
            [
                name,
                f"`{url}`",
                " / ".join(map(str, small[name])),
                " / ".join(map(str, large[name])),
                "yes" if ok else "**no**",
            ]
        )
    record(
        "Query budgets",
        f"`.venv/bin/python benchmarks/query_budgets.py --projects {args.projects} "
        f"--events {args.events}` (PostgreSQL, Redis cache; French "
        "pages, the first live page of each type; cold = first request after the cache was "
        "emptied, warm = the next). Budget: at most 12 queries warm, both counts the same "
        f"with the demo content and with {args.projects:,} bulk projects and "
        f"{args.events:,} bulk events (`manage.py create_bulk_content`). "
        "`tests/test_perf_budgets.py` asserts the same on every test run (30 more projects "
        "and events).\n\n"
        + table(["Page type", "URL", label(small_size), label(large_size), "Met"], rows),
    )


if __name__ == "__main__":
    main()
