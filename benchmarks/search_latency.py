"""Search latency with generated pages of realistic text, on the default backends.

Usage (each database is kept between runs: missing pages are added, nothing is redone):

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 .venv/bin/python benchmarks/search_latency.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench \\
        .venv/bin/python benchmarks/search_latency.py --write
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench_100k \\
        .venv/bin/python benchmarks/search_latency.py --pages 100000 --write

Builds the demo site, then `--pages` standard pages (half French, half English). Their text
is drawn from a real vocabulary: the words of Debian's `wfrench` and `wbritish` lists
(`apt-get install wfrench wbritish`), 60,000 per language with Zipf frequencies, plus a few
words of the site's topics per page, so that a topic word matches a few percent of the site
and most words match a handful of pages, as on a real site. Pages are inserted in bulk
(treebeard paths computed here) and indexed by the site's own indexing code
(`search.index.index_pages`), as a publish would.

Then it requests the search page in-process (Django test client: view, search, template; no
network) for topic words, rare words, two-word queries, a phrase, a typo and a query that
finds nothing, in both languages, and reports p50 and p95; hostile queries (operators,
quotes, 200+ characters, markup, emoji) are timed apart. `--write` records the figures in
benchmarks/RESULTS.md ("Search latency").

Each query is asked once before it is timed, so by default the timed requests find what a
search caches until the index changes (counts, ranked ids, corrections, cards), as the
same search asked again does. `--cold` gives the index a new version before every timed
request (as a publish does): nothing of the search comes from a cache, the site's chrome
still does. After adding pages the index's tables are analysed (ANALYZE on PostgreSQL), as
autovacuum keeps them on a live database.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

DICTIONARIES = {"fr": "/usr/share/dict/french", "en": "/usr/share/dict/british-english"}
VOCABULARY = 60_000
ZIPF = 1.07
WORDS_PER_PAGE = 150
# Words of the site's topics (split from text, which is shorter to read than a list).
TOPICS = {  # noqa: SIM905
    "fr": [
        "jeunes",
        "décrochage",
        "scolaire",
        "insertion",
        "professionnelle",
        "logement",
        "mobilité",
        "santé",
        "parents",
        "quartier",
        "association",
        "entreprise",
        "stage",
        "apprentissage",
        "mentorat",
        "emploi",
        "formation",
        "orientation",
        "confiance",
        "sport",
        "culture",
        "théâtre",
        "numérique",
        "atelier",
        "territoire",
        "élèves",
        "collège",
        "lycée",
        "université",
        "solidarité",
        "épicerie",
        "harcèlement",
        "médiation",
    ],
    "en": [
        "young",
        "people",
        "dropout",
        "school",
        "training",
        "employment",
        "housing",
        "mobility",
        "health",
        "parents",
        "neighbourhood",
        "association",
        "company",
        "internship",
        "apprenticeship",
        "mentoring",
        "jobs",
        "guidance",
        "confidence",
        "sport",
        "culture",
        "theatre",
        "digital",
        "workshop",
        "territory",
        "pupils",
        "college",
        "university",
        "solidarity",
        "grocery",
        "bullying",
        "mediation",
    ],
}
TOPICS_PER_PAGE = 4
QUERIES = {
    "fr": [
        "decrochage",
        "jeune",
        "insertion professionnelle",
        "élève",
        "ateliers",
        '"décrochage scolaire"',
        "harcelemant",
        "zzzz",
    ],
    "en": [
        "dropout",
        "young",
        "training jobs",
        "pupil",
        "workshops",
        '"young people"',
        "bulying",
        "zzzz",
    ],
}
RARE_QUERIES = 3  # per language: words of the vocabulary's middle ranks
HOSTILE = [
    'jeune* OR NOT (x) NEAR "',
    "title:jeunes body:-x AND",
    "x" * 250,
    "jeunes " * 40,
    "<script>alert('x')</script> <b>",
    "😀🎉 % _ \\ ' \" ` ~ ^ | & ! : *",
]


def setup_django():
    import django

    django.setup()


def vocabulary(language, rng):
    words = [
        line.strip()
        for line in Path(DICTIONARIES[language]).read_text(encoding="utf-8").splitlines()
        if line.strip().isalpha() and line.strip().islower()
    ]
    rng.shuffle(words)
    words = words[:VOCABULARY]
    weights = list(accumulate(1 / (rank**ZIPF) for rank in range(1, len(words) + 1)))
    return words, weights


def page_text(rng, words, weights, topics):
    text = rng.choices(words, cum_weights=weights, k=WORDS_PER_PAGE)
    for topic in rng.sample(topics, TOPICS_PER_PAGE):
        text.insert(rng.randrange(len(text)), topic)
    return text


def insert_pages(home, rows):
    """Standard pages under `home` (a section) in two bulk inserts (Wagtail page rows, then
    their own table); `rows` is a list of (slug, title, summary, body text)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    from home.models import StandardPage

    content_type = ContentType.objects.get_for_model(StandardPage)
    home.refresh_from_db()
    now = timezone.now()
    pages = []
    for offset, (slug, title, _summary, _body) in enumerate(rows, start=home.numchild + 1):
        pages.append(
            Page(
                path=Page._get_path(home.path, home.depth + 1, offset),
                depth=home.depth + 1,
                numchild=0,
                translation_key=uuid.uuid4(),
                locale_id=home.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                url_path=f"{home.url_path}{slug}/",
            )
        )
    created = Page.objects.bulk_create(pages)
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO home_standardpage (page_ptr_id, summary, social_image_id, intro, body) "
            "VALUES (%s, %s, NULL, %s, %s)",
            [
                (
                    page.pk,
                    summary,
                    body[:300],
                    json.dumps(
                        [{"type": "paragraph", "value": f"<p>{body}</p>", "id": str(page.pk)}]
                    ),
                )
                for page, (_slug, _title, summary, body) in zip(created, rows, strict=True)
            ],
        )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + len(rows))
    return [page.pk for page in created]


def build(pages, batch=1000):
    from django.core.management import call_command
    from django.db import transaction

    from home.models import HomePage, StandardPage
    from search import index

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    # The whole demo (the judged set's pages too); loading again creates what is missing.
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    homes = {}
    for home in HomePage.objects.select_related("locale"):
        # Under a section, not the home page: the footer lists every child of the home page.
        section = StandardPage.objects.child_of(home).filter(slug="bench-section").first()
        if section is None:
            section = home.add_child(instance=StandardPage(title="Bench", slug="bench-section"))
        homes[home.locale.language_code] = section
    existing = StandardPage.objects.filter(slug__startswith="bench-").count()
    started = time.perf_counter()
    rng = random.Random(42 + existing)
    vocabularies = {language: vocabulary(language, random.Random(7)) for language in homes}
    for start in range(existing, pages, batch):
        numbers = range(start, min(start + batch, pages))
        with transaction.atomic():
            for language in ("fr", "en"):
                words, weights = vocabularies[language]
                rows = []
                for number in numbers:
                    if (number % 2 == 0) != (language == "fr"):
                        continue
                    text = page_text(rng, words, weights, TOPICS[language])
                    title = " ".join(text[:5]).capitalize()
                    body = " ".join(text)
                    rows.append((f"bench-{number}", title, " ".join(text[5:30]), body))
                ids = insert_pages(homes[language], rows)
                index.index_pages(StandardPage.objects.filter(pk__in=ids))
        print(f"  {min(start + batch, pages)} pages", end="\r", flush=True)
    # Planner statistics, as autovacuum keeps them on a live database (a fresh copy or a
    # bulk load has none, and PostgreSQL then prefers scans to the GIN indexes).
    index.analyse()
    total = StandardPage.objects.filter(slug__startswith="bench-").count()
    return total, time.perf_counter() - started


def rare_queries(language):
    words, _weights = vocabulary(language, random.Random(7))
    rng = random.Random(3)
    return [words[rng.randrange(2_000, 20_000)] for _ in range(RARE_QUERIES)]


def timed(client, language, query, rounds, cold=False):
    from search import index

    client.get(f"/{language}/search/", {"q": query})  # warm-up
    timings = []
    for _ in range(rounds):
        if cold:
            # A new index version, as after a publish: nothing of this search is cached
            # (counts, ranked ids, corrections, cards); the site's chrome stays cached.
            index._changed()
        started = time.perf_counter()
        response = client.get(f"/{language}/search/", {"q": query})
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (query, response.status_code)
    return timings, response.context.get("total") or 0


def measure(rounds, cold=False):
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # gives response.context
    client = Client()
    timings, counts, hostile = [], {}, []
    for language, queries in QUERIES.items():
        for query in queries + rare_queries(language):
            found, total = timed(client, language, query, rounds, cold)
            timings.extend(found)
            counts[f"{language}:{query}"] = total
        for query in HOSTILE:
            hostile.extend(timed(client, language, query, rounds, cold)[0])
    return timings, counts, hostile


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def write_results(line, rounds):
    path = ROOT / "benchmarks" / "RESULTS.md"
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    heading = "## Search latency"
    intro = (
        f"{heading}\n\n`benchmarks/search_latency.py` (see its docstring for the commands): "
        "generated standard pages, half French, half English, of 150 words drawn from "
        "Debian's word lists with Zipf frequencies plus 4 topic words each; the search page "
        "requested in-process (view + search + template, no network); 13 queries per "
        f"language (topic words, rare words, two words, a phrase, a typo, nothing found), "
        f"{rounds} rounds each; hostile queries (operators, quotes, 250 characters, markup, "
        "emoji) timed apart. Before this work (commit 2abf6fb, 5,000 pages of 30 words): "
        "p95 105 ms on SQLite, 259 ms on PostgreSQL.\n\n"
        "| database | pages | p50 (ms) | p95 (ms) | hostile p95 (ms) | requests |\n"
        "|---|---|---|---|---|---|\n"
    )
    if heading not in text:
        text = text.rstrip() + "\n\n" + intro
    before, after = text.split(heading, 1)
    section, _, rest = after.partition("\n## ")
    rows = [row for row in section.splitlines() if row.startswith("| ") and "database" not in row]
    key = "|".join(line.split("|")[1:3])
    rows = [row for row in rows if "|".join(row.split("|")[1:3]) != key] + [line]
    section = intro + "\n".join(rows) + "\n"
    path.write_text(before + section + (("\n## " + rest) if rest else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--cold",
        action="store_true",
        help="a new index version before each request: no search result comes from a cache",
    )
    parser.add_argument("--write", action="store_true", help="record in benchmarks/RESULTS.md")
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    total, seconds = build(args.pages)
    print(f"{connection.vendor}: {total} generated pages ({seconds:.0f} s to add the missing ones)")
    timings, counts, hostile = measure(args.rounds, args.cold)
    p50, p95 = statistics.median(timings), percentile(timings, 0.95)
    print(f"results per query: {counts}")
    line = (
        f"| {connection.vendor}{' (cold)' if args.cold else ''} | {total} | {p50:.1f} | "
        f"{p95:.1f} | "
        f"{percentile(hostile, 0.95):.1f} | {len(timings) + len(hostile)} |"
    )
    print(line)
    if args.write:
        write_results(line, args.rounds)


if __name__ == "__main__":
    main()
