"""Relevance of the search page on the judged set (search/judged_queries.yaml): MRR and
the share of queries with an expected page in the first three results, per language, on
the database of DATABASE_URL (the demo content, loaded when missing; generated pages from
benchmarks/search_latency.py may be there too: they only make it harder).

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 \\
        .venv/bin/python benchmarks/search_relevance.py --write
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_search \\
        .venv/bin/python benchmarks/search_relevance.py --write

With ELASTICSEARCH_URL set, the same queries go to Elasticsearch (run `manage.py
update_index` first). `--write` records the table in benchmarks/RESULTS.md.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
HEADING = "## Search relevance"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    from search import elasticsearch, judgement

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    if not Page.objects.filter(slug="prevent-drop-out").exists():  # the whole demo
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    outcomes = judgement.evaluate(lambda path, params: client.get(path, params).content.decode())
    backend = "elasticsearch" if elasticsearch.in_use() else connection.vendor
    pages = Page.objects.live().count()
    rows = []
    for language, (count, mrr, top3) in judgement.summary(outcomes).items():
        rows.append(f"| {backend} | {pages} | {language} | {count} | {mrr:.3f} | {top3:.1%} |")
    misses = [
        f"- {backend}, {o.language}: `{o.query}` (rank {o.rank or '>10'}; first: "
        f"{', '.join(o.first) or 'nothing'})"
        for o in outcomes
        if not o.top3
    ]
    print("\n".join(rows))
    print("\n".join(misses) or "no query misses the top three")
    if args.write:
        write(backend, rows, misses)


def write(backend, rows, misses):
    path = ROOT / "benchmarks" / "RESULTS.md"
    text = path.read_text()
    intro = (
        f"{HEADING}\n\n`benchmarks/search_relevance.py`: the judged set "
        "(search/judged_queries.yaml, 115 queries typed as people type: no accents, plurals, "
        "typos, phrases, organisations, places) asked of the search page; MRR of the first "
        "expected page, share of queries with one in the top three. Pages: live pages in the "
        "database (the demo, plus the generated pages of the latency benchmark).\n\n"
        "| backend | live pages | language | queries | MRR | top 3 |\n|---|---|---|---|---|---|\n"
    )
    old_rows, old_misses = [], []
    if HEADING in text:
        before, after = text.split(HEADING, 1)
        section, _, rest = after.partition("\n## ")
        old_rows = [r for r in section.splitlines() if r.startswith("| ") and "backend" not in r]
        old_misses = [r for r in section.splitlines() if r.startswith("- ")]
    else:
        before, rest = text.rstrip() + "\n\n", ""
    keep = [r for r in old_rows if r.split("|")[1].strip() != backend] + rows
    missed = [m for m in old_misses if not m.startswith(f"- {backend},")] + misses
    section = intro + "\n".join(keep) + "\n\nQueries that miss the top three:\n\n"
    section += "\n".join(missed or ["- none"]) + "\n"
    path.write_text(before + section + (("\n## " + rest) if rest else ""))


if __name__ == "__main__":
    main()
