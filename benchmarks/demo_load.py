"""How long `load_demo_content` takes on a fresh database, and again on the loaded one
(`make run` runs it at every start, so the second figure is what a restart costs).

    DATABASE_URL=sqlite:////tmp/demo-bench.sqlite3 .venv/bin/python benchmarks/demo_load.py

Each step runs `manage.py` as `make run` does (a fresh process); the database named by
DATABASE_URL is emptied first (SQLite: the file is deleted; otherwise it must be a scratch
database). The figures go into benchmarks/RESULTS.md ("Demo load").
"""

import os
import re
import subprocess
import time
from pathlib import Path

from common import PYTHON, ROOT, record, table


def manage(*args):
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - started, done.stdout


def main():
    url = os.environ["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite://")).unlink(missing_ok=True)
    else:
        manage("flush", "--noinput")
    manage("migrate", "--noinput")
    manage("createcachetable")
    rows = []
    for run in ("first (fresh database)", "second (nothing missing)"):
        seconds, output = manage("load_demo_content")
        summary = re.search(r"Demo content is ready: (.*)", output).group(1)
        rows.append((run, f"{seconds:.1f}", summary))
    body = (
        "`DATABASE_URL=sqlite:////tmp/demo-bench.sqlite3 .venv/bin/python benchmarks/"
        "demo_load.py`: `manage.py load_demo_content` on a fresh database, then again (what "
        "every `make run` costs once the demo is there), wall time of the whole command "
        "(including `generate_renditions`).\n\n" + table(("run", "seconds", "what it said"), rows)
    )
    record("Demo load", body)


if __name__ == "__main__":
    main()
