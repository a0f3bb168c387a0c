#!/usr/bin/env bash
# Every measurement of benchmarks/RESULTS.md, in one run, on a quiet machine (~25 minutes).
# The site is built fresh from the demo content; the query budgets come last because they
# add the bulk content (2,000 projects, 1,000 events) to the benchmark database.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

bash benchmarks/setup.sh
$PY benchmarks/prepare.py --fresh
$PY benchmarks/lighthouse.py --runs 3
$PY benchmarks/page_weight.py
$PY benchmarks/throughput.py --duration 30 --soak 60
$PY benchmarks/varnish_purge.py
$PY benchmarks/query_budgets.py
