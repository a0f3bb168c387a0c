"""Lighthouse 12 (mobile preset, Debian's Chromium) on the six measured pages.

The site is served as in production (gunicorn behind nginx, compressed static files, media
from disk). Each page is measured `--runs` times and the run with the median Performance
score is kept (Lighthouse's own advice for noisy machines); reports go to /tmp/perf/lighthouse.

    bash benchmarks/setup.sh                       # once: Lighthouse into benchmarks/node_modules
    .venv/bin/python benchmarks/lighthouse.py      # 3 runs per page
"""

import argparse
import json
import os
import subprocess

from common import (
    CHROME_FLAGS,
    CHROME_PATH,
    CHROME_PORT,
    HERE,
    NGINX_SITE_PORT,
    WORK,
    gunicorn,
    nginx,
    pages,
    record,
    table,
    wait_for_quiet,
)

SITE = f"http://127.0.0.1:{NGINX_SITE_PORT}"
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
LABELS = {
    "home": "Home",
    "projects": "Projects index (filtered)",
    "project": "A project",
    "events": "Events index",
    "event": "An event",
    "search": "Search results",
}


def lighthouse(url, report):
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--port={CHROME_PORT}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--quiet",
    ]
    env = dict(os.environ, CHROME_PATH=CHROME_PATH)
    for attempt in range(3):  # a trace is sometimes lost (NO_NAVSTART): try again
        if subprocess.run(command, env=env).returncode == 0:
            return json.loads(report.read_text())
        print(f"   Lighthouse failed on {url} (attempt {attempt + 1})", flush=True)
    raise SystemExit(f"Lighthouse failed three times on {url}")


def scores(result):
    return {key: round(result["categories"][key]["score"] * 100) for key in CATEGORIES}


def misses(result):
    """What costs points: failed audits of the categories below their target."""
    found = []
    for key, target in CATEGORIES.items():
        category = result["categories"][key]
        if round(category["score"] * 100) >= target:
            continue
        for ref in category["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                value = audit.get("displayValue", "")
                found.append(f"{key}: {audit['title']}" + (f" ({value})" if value else ""))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", nargs="*", choices=LABELS, help="Only these pages.")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `bash benchmarks/setup.sh` first.")
    version = subprocess.run([LIGHTHOUSE, "--version"], capture_output=True, text=True).stdout
    reports = WORK / "lighthouse"
    reports.mkdir(parents=True, exist_ok=True)
    rows, notes = [], []
    paths = {role: path for role, path in pages().items() if role in (args.pages or LABELS)}
    wait_for_quiet()
    with gunicorn(), nginx():
        for role, path in paths.items():
            runs = [lighthouse(SITE + path, reports / f"{role}-{n}.json") for n in range(args.runs)]
            runs.sort(key=lambda result: scores(result)["performance"])
            kept = runs[len(runs) // 2]
            kept_scores = scores(kept)
            performance = [scores(result)["performance"] for result in runs]
            row = [LABELS[role], f"`{path}`", *kept_scores.values(), performance]
            rows.append(row)
            print(" | ".join(map(str, row)), flush=True)
            notes += [f"- {LABELS[role]}: {miss}" for miss in misses(kept)]
            metrics = kept["audits"]
            print(
                "   FCP",
                metrics["first-contentful-paint"]["displayValue"],
                "LCP",
                metrics["largest-contentful-paint"]["displayValue"],
                "TBT",
                metrics["total-blocking-time"]["displayValue"],
                "CLS",
                metrics["cumulative-layout-shift"]["displayValue"],
            )
    if args.pages:
        return  # a partial run (trying a change) is not recorded
    all_met = all(
        score >= target
        for row in rows
        for score, target in zip(row[2:6], CATEGORIES.values(), strict=True)
    )
    record(
        "Lighthouse",
        f"`.venv/bin/python benchmarks/lighthouse.py --runs {args.runs}`: Lighthouse "
        f"{version.strip()}, mobile preset (simulated slow 4G and 4× CPU slowdown), Debian's "
        "Chromium headless, site served by gunicorn (2 workers, PostgreSQL) behind nginx; "
        f"median run of {args.runs} by Performance (all runs' Performance in the last "
        "column). Targets: Performance ≥ 98, the others 100.\n\n"
        + table(
            ["Page", "URL", "Performance", "Accessibility", "Best Practices", "SEO", "Runs"],
            rows,
        )
        + "\n\n"
        + ("Every target met." if all_met else "What costs points:\n\n" + "\n".join(notes)),
    )


if __name__ == "__main__":
    main()
