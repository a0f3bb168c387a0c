"""Build the benchmark site as a deploy would: PostgreSQL database "perf", demo content,
collected and compressed static files, renditions generated ahead of time.

    .venv/bin/python benchmarks/prepare.py            # once (keeps an existing database)
    .venv/bin/python benchmarks/prepare.py --fresh    # drop and rebuild the database
    .venv/bin/python benchmarks/prepare.py --bulk     # add 2,000 projects and 1,000 events
"""

import argparse
import subprocess

from common import DATABASE_URL, WORK, manage, shell


def database_exists(name):
    server = DATABASE_URL.rsplit("/", 1)[0]
    query = "SELECT datname FROM pg_database"
    found = subprocess.run(
        ["psql", server + "/postgres", "-tAc", query], capture_output=True, text=True, check=True
    )
    return name in found.stdout.split()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--bulk", action="store_true")
    args = parser.parse_args()

    server, name = DATABASE_URL.rsplit("/", 1)
    if args.fresh and database_exists(name):
        subprocess.run(
            ["dropdb", "--force", f"--maintenance-db={server}/postgres", name], check=True
        )
        subprocess.run(["rm", "-rf", str(WORK / "media")], check=True)
    if not database_exists(name):
        subprocess.run(["createdb", f"--maintenance-db={server}/postgres", name], check=True)
    manage("migrate", "--noinput", "-v0")
    manage("createcachetable")
    manage("load_demo_content")
    if args.bulk:
        manage("create_bulk_content", "--projects=2000", "--events=1000")
    manage("collectstatic", "--noinput", "-v0")
    manage("generate_renditions")
    # The shared cache may hold menus of a previous database: start clean.
    shell("from django.core.cache import cache; cache.clear()")
    print(f"Ready: {DATABASE_URL}, static and media under {WORK}")


if __name__ == "__main__":
    main()
