#!/usr/bin/env bash
# Every measurement of benchmarks/RESULTS.md, in one run, on a quiet machine (~35 minutes).
# The site is built fresh from the demo content; the query budgets come last because they
# add the bulk content (2,000 projects, 1,000 events) to the benchmark database.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

bash benchmarks/setup.sh
# Databases of their own for the registration and search runs (created once, kept).
for database in registration_bench search_bench; do
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$database'" \
        | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $database"
done
$PY benchmarks/prepare.py --fresh
$PY benchmarks/lighthouse.py --runs 3
$PY benchmarks/page_weight.py
$PY benchmarks/throughput.py --duration 30 --soak 60
$PY benchmarks/varnish_purge.py
$PY benchmarks/registration_load.py
DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 $PY benchmarks/search_latency.py --write
DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench $PY benchmarks/search_latency.py --write
$PY benchmarks/query_budgets.py
