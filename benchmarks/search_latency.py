"""Search latency on the default backends with 5,000 generated pages.

Usage (each database is created for the run and left for inspection):

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 .venv/bin/python benchmarks/search_latency.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench \\
        .venv/bin/python benchmarks/search_latency.py --write

Builds the home pages, then 5,000 standard pages (half French, half English) of generated
text, indexed by Wagtail as editors' pages are; then requests the search page in-process
(Django test client: view, search backend, template; no network) for a mix of queries
and reports p50 and p95. `--write` records the figures in benchmarks/RESULTS.md ("Search").
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

FR_WORDS = [
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
]
EN_WORDS = [
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
]
QUERIES = {
    "fr": ["decrochage", "jeune", "insertion professionnelle", "élève", "ateliers", "zzzz"],
    "en": ["dropout", "young", "training jobs", "pupil", "workshops", "zzzz"],
}


def setup_django():
    import django

    django.setup()


def build(pages):
    from django.core.management import call_command
    from wagtail.models import Page

    from home.models import HomePage, StandardPage

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    existing = StandardPage.objects.filter(slug__startswith="bench-").count()
    homes = {h.locale.language_code: h for h in HomePage.objects.select_related("locale")}
    rng = random.Random(42)
    started = time.perf_counter()
    for number in range(existing, pages):
        language = "fr" if number % 2 == 0 else "en"
        words = FR_WORDS if language == "fr" else EN_WORDS
        text = " ".join(rng.choice(words) for _ in range(120))
        title = " ".join(rng.choice(words) for _ in range(4)).capitalize()
        homes[language].add_child(
            instance=StandardPage(
                title=title, slug=f"bench-{number}", intro=text[:300], summary=text[:160], live=True
            )
        )
    total = Page.objects.filter(slug__startswith="bench-").count()
    return total, time.perf_counter() - started


def measure(rounds):
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # gives response.context
    client = Client()
    timings, counts = [], {}
    for language, queries in QUERIES.items():
        for query in queries:
            client.get(f"/{language}/search/", {"q": query})  # warm-up
            for _ in range(rounds):
                started = time.perf_counter()
                response = client.get(f"/{language}/search/", {"q": query})
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
            counts[f"{language}:{query}"] = response.context["total"] or 0
    return timings, counts


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def write_results(line, rounds):
    path = ROOT / "benchmarks" / "RESULTS.md"
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    heading = "## Search"
    intro = (
        f"{heading}\n\n`benchmarks/search_latency.py`: 5,000 generated standard pages (half "
        "French, half English, 120 words each) on the default database backends; the search "
        "page requested in-process (view + search + template, no network), 6 queries x 2 "
        f"languages, {rounds} rounds each.\n\n"
        "| database | pages | p50 (ms) | p95 (ms) | requests |\n"
        "|---|---|---|---|---|\n"
    )
    if heading not in text:
        text = text.rstrip() + "\n\n" + intro
    before, after = text.split(heading, 1)
    section, _, rest = after.partition("\n## ")
    rows = [row for row in section.splitlines() if row.startswith("| ") and "database" not in row]
    database = line.split("|")[1].strip()
    rows = [row for row in rows if row.split("|")[1].strip() != database] + [line]
    section = intro + "\n".join(rows) + "\n"
    path.write_text(before + section + (("\n## " + rest) if rest else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--write", action="store_true", help="record in benchmarks/RESULTS.md")
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    total, seconds = build(args.pages)
    print(f"{connection.vendor}: {total} generated pages ({seconds:.0f} s to add the missing ones)")
    timings, counts = measure(args.rounds)
    p50, p95 = statistics.median(timings), percentile(timings, 0.95)
    print(f"results per query: {counts}")
    line = f"| {connection.vendor} | {total} | {p50:.1f} | {p95:.1f} | {len(timings)} |"
    print(line)
    if args.write:
        write_results(line, args.rounds)


if __name__ == "__main__":
    main()
