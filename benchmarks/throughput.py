"""Requests per second, p50/p99 latency and errors, with wrk, for four pages served by
gunicorn (2 workers, PostgreSQL) uncached and through Varnish, and for nginx serving a
saved copy of the home page (the physical limit of this machine). Same wrk settings
everywhere: 2 threads, 16 connections, `Accept-Encoding: gzip` (as browsers send).
Then a soak run: 60 s at 64 connections, which must end without a single error.

    .venv/bin/python benchmarks/throughput.py                  # 30 s per run
    .venv/bin/python benchmarks/throughput.py --duration 3 --soak 3   # smoke test
"""

import argparse
import gzip
import re
import subprocess
import urllib.request

from common import (
    GUNICORN_PORT,
    NGINX_STATIC_PORT,
    VARNISH_PORT,
    WORK,
    gunicorn,
    nginx,
    pages,
    record,
    require,
    table,
    varnish,
    wait_for_quiet,
)

GUNICORN = f"http://127.0.0.1:{GUNICORN_PORT}"
VARNISH = f"http://127.0.0.1:{VARNISH_PORT}"
NGINX = f"http://127.0.0.1:{NGINX_STATIC_PORT}"
MEASURED = {
    "home": "Home",
    "project": "A project",
    "projects": "Projects index, filtered",
    "search": "Search results",
}
rows = []
commands = []


def milliseconds(output, percentile):
    """A latency percentile from wrk's output, or "n/a" when no request completed."""
    found = re.search(rf"{percentile}%\s+([\d.]+)(us|ms|s|m)\b", output)
    if not found:
        return "n/a"
    value, unit = found.groups()
    return f"{float(value) * {'us': 1e-3, 'ms': 1, 's': 1e3, 'm': 6e4}[unit]:.1f} ms"


def wrk(label, server, url, duration, connections=16, keep_alive=True):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["-H", "Accept-Encoding: gzip"]
    if not keep_alive:
        command += ["-H", "Connection: close"]
    command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = sum(map(int, socket.groups())) if socket else 0
    errors += int(non_2xx.group(1)) if non_2xx else 0
    total = int(re.search(r"(\d+) requests in", output).group(1))
    row = [
        label,
        server,
        "on" if keep_alive else "off",
        connections,
        f"{rate:,.0f}",
        milliseconds(output, 50),
        milliseconds(output, 99),
        f"{errors} / {total:,}",
    ]
    rows.append(row)
    commands.append(" ".join(c if " " not in c else repr(c) for c in command))
    print(" | ".join(map(str, row)), flush=True)
    return rate, errors


def save_home_copy(home_url):
    """The home page as gunicorn renders it, saved for nginx (and gzipped as Varnish keeps it)."""
    saved = WORK / "saved"
    saved.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(GUNICORN + home_url) as response:
        html = response.read()
    (saved / "home.html").write_bytes(html)
    (saved / "home.html.gz").write_bytes(gzip.compress(html, 6))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--soak", type=int, default=60)
    args = parser.parse_args()
    require("wrk", "varnishd", "nginx")
    paths = pages()
    wait_for_quiet()
    d = args.duration
    results = {}
    with gunicorn():
        save_home_copy(paths["home"])
        with varnish(), nginx():
            for role, label in MEASURED.items():
                results[role, "gunicorn"] = wrk(label, "gunicorn", GUNICORN + paths[role], d)
            for role, label in MEASURED.items():
                urllib.request.urlopen(VARNISH + paths[role]).read()  # into the cache
                results[role, "varnish"] = wrk(label, "Varnish", VARNISH + paths[role], d)
            results["home", "varnish-close"] = wrk(
                "Home", "Varnish", VARNISH + paths["home"], d, keep_alive=False
            )
            results["nginx"] = wrk("Home, saved copy", "nginx", NGINX + "/", d)
            results["nginx-close"] = wrk(
                "Home, saved copy", "nginx", NGINX + "/", d, keep_alive=False
            )
            soak = [
                wrk("Home (soak)", "gunicorn", GUNICORN + paths["home"], args.soak, 64),
                wrk("Home (soak)", "Varnish", VARNISH + paths["home"], args.soak, 64),
            ]

    uncached = results["home", "gunicorn"][0]
    cached, limit = results["home", "varnish-close"][0], results["nginx-close"][0]
    targets = table(
        ["Target", "Measured", "Met"],
        [
            ["Uncached home ≥ 110 req/s", f"{uncached:,.0f} req/s", yes(uncached >= 110)],
            [
                "Home through Varnish ≥ ½ nginx (keep-alive off)",
                f"{cached:,.0f} vs {limit:,.0f} / 2 = {limit / 2:,.0f} req/s",
                yes(cached >= limit / 2),
            ],
            [
                f"No error in {args.soak} s at 64 connections",
                ", ".join(f"{e} errors" for _, e in soak),
                yes(not any(e for _, e in soak)),
            ],
        ],
    )
    urls = "\n".join(f"- {MEASURED[role]}: `{paths[role]}`" for role in MEASURED)
    record(
        "Throughput",
        "`.venv/bin/python benchmarks/throughput.py "
        f"--duration {d} --soak {args.soak}` (gunicorn 2 sync workers on PostgreSQL and "
        "Redis, Varnish 7.1 with benchmarks/varnish.vcl, nginx 1.22 with 2 workers; wrk on "
        "the same 2 cores).\n\n"
        + urls
        + "\n\n"
        + table(["Page", "Server", "Keep-alive", "Conn.", "Req/s", "p50", "p99", "Errors"], rows)
        + "\n\n"
        + targets
        + "\n\nCommands:\n\n```\n"
        + "\n".join(commands)
        + "\n```",
    )


def yes(met):
    return "yes" if met else "**no**"


if __name__ == "__main__":
    main()
