"""Requests per second of the search results page through gunicorn (2 sync workers,
production settings, PostgreSQL, Redis), this tree against another checkout of the site
(e.g. the commit before the search work) on the same database, in the same run.

    git worktree add --detach /tmp/wt-search-base 2abf6fb
    ln -s "$PWD/.venv" /tmp/wt-search-base/.venv
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_search \\
        .venv/bin/python benchmarks/search_latency.py          # 5,000 generated pages
    (cd /tmp/wt-search-base && DATABASE_URL=... .venv/bin/python manage.py update_index)
    .venv/bin/python benchmarks/search_throughput.py --baseline /tmp/wt-search-base \\
        --database postgres://postgres@127.0.0.1:5432/wt_search --write

The two servers take turns (baseline, this tree, baseline, this tree...), each with an empty
Redis database, so that both see the same machine load; wrk (2 threads, 16 connections)
cycles through the same search queries in both languages. Ports 8103 and 8113.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORTS = {"this tree": 8103, "baseline": 8113}
REDIS_URL = "redis://127.0.0.1:6379/3"
PATHS = [
    "/fr/search/?q=jeunes",
    "/fr/search/?q=insertion+professionnelle",
    "/fr/search/?q=decrochage",
    "/en/search/?q=young",
    "/en/search/?q=training+jobs",
    "/en/search/?q=workshops",
]
WRK_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def environment(database, work):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        # A fixed, local-only key: the benchmark database holds nothing secret.
        SECRET_KEY="search-benchmark-key-" + "k7Qz3vXw9mPa2rLs8tYu4nBc6dEf1gHj0iKo5" * 2,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database,
        REDIS_URL=REDIS_URL,
        STATIC_ROOT=str(work / "static"),
        LOG_LEVEL="WARNING",
    )
    return env


def flush_redis():
    subprocess.run(["redis-cli", "-n", "3", "FLUSHDB"], check=True, capture_output=True)


def serve(tree, port, env):
    process = subprocess.Popen(
        [
            str(tree / ".venv" / "bin" / "gunicorn"),
            "portal.wsgi",
            "--workers=2",
            "--threads=1",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=tree,
        env=env,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{PATHS[0]}", timeout=30)
            return process
        except OSError:
            time.sleep(1)
    process.terminate()
    raise RuntimeError(f"gunicorn did not answer on {port}")


def wrk(port, duration, script):
    result = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "-s", script, f"http://127.0.0.1:{port}"],
        check=True,
        text=True,
        capture_output=True,
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return rate, int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    trees = {"baseline": args.baseline.resolve(), "this tree": ROOT}
    work = Path(tempfile.mkdtemp(prefix="search-throughput-"))
    script = work / "paths.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{path}"' for path in PATHS))
    envs = {}
    for name, tree in trees.items():
        envs[name] = environment(args.database, work / name.replace(" ", "-"))
        subprocess.run(
            [
                str(tree / ".venv" / "bin" / "python"),
                "manage.py",
                "collectstatic",
                "--noinput",
                "-v0",
            ],
            cwd=tree,
            env=envs[name],
            check=True,
        )
    rates = {name: [] for name in trees}
    errors = dict.fromkeys(trees, 0)
    load = os.getloadavg()
    for _round in range(args.rounds):
        for name, tree in trees.items():
            flush_redis()
            server = serve(tree, PORTS[name], envs[name])
            try:
                wrk(PORTS[name], 3, str(script))  # warm-up: both workers, caches
                rate, failed = wrk(PORTS[name], args.duration, str(script))
            finally:
                server.terminate()
                server.wait()
            rates[name].append(rate)
            errors[name] += failed
            print(f"{name}: {rate:.1f} requests/s, {failed} errors", flush=True)
    mean = {name: sum(values) / len(values) for name, values in rates.items()}
    ratio = mean["this tree"] / mean["baseline"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=args.baseline, text=True, capture_output=True
    ).stdout.strip()
    lines = [
        "| server | requests/s (each round) | mean | non-2xx |",
        "|---|---|---|---|",
        *(
            f"| {name}{f' ({commit})' if name == 'baseline' else ''} | "
            f"{', '.join(f'{r:.1f}' for r in rates[name])} | {mean[name]:.1f} | {errors[name]} |"
            for name in trees
        ),
    ]
    summary = f"Ratio (this tree / baseline): **{ratio:.2f}x**."
    print("\n".join(lines) + "\n" + summary)
    if args.write:
        heading = "## Search throughput"
        section = (
            f"{heading}\n\nRun {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load "
            f"average when it started: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min).\n\n"
            "`benchmarks/search_throughput.py` (see its docstring): the search results page "
            "through gunicorn (2 sync workers, production settings, PostgreSQL with the demo and "
            "5,000 generated pages, Redis), wrk 2 threads x 16 connections cycling through "
            f"{len(PATHS)} queries in French and English, {args.duration} s per run, the two "
            "servers taking turns.\n\n" + "\n".join(lines) + "\n\n" + summary + "\n"
        )
        path = ROOT / "benchmarks" / "RESULTS.md"
        text = path.read_text()
        if heading in text:
            before, after = text.split(heading, 1)
            _old, _, rest = after.partition("\n## ")
            text = before + section + (("\n## " + rest) if rest else "")
        else:
            text = text.rstrip() + "\n\n" + section
        path.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
