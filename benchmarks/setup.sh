#!/usr/bin/env bash
# Installs the benchmark tools: wrk (load), Varnish (frontend cache), nginx (the machine's
# physical limit), Chromium (page weight), Lighthouse 12 (Node 20; Lighthouse 13 needs 22) and
# the French and English word lists the search benchmarks draw their text from.
# Run once, as root, from anywhere: bash benchmarks/setup.sh
set -euo pipefail
cd "$(dirname "$0")"

export DEBIAN_FRONTEND=noninteractive
# Debian package for each command that is missing (Node may come from elsewhere, with its npm).
packages=()
for pair in wrk:wrk varnishd:varnish nginx:nginx chromium:chromium node:nodejs npm:npm; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || packages+=("${pair#*:}")
done
for pair in /usr/share/dict/french:wfrench /usr/share/dict/british-english:wbritish; do
    [ -e "${pair%%:*}" ] || packages+=("${pair#*:}")
done
if ((${#packages[@]})); then
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}" >/dev/null
fi
# The Debian packages start services; the benchmarks run their own instances on their own ports.
for service in varnish nginx; do
    systemctl disable --now "$service" >/dev/null 2>&1 || service "$service" stop >/dev/null 2>&1 || true
done

# Lighthouse, pinned by package-lock.json (npm ci) into benchmarks/node_modules (not committed).
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi

# The project's virtualenv (gunicorn, Playwright for the page weight).
(cd .. && make install >/dev/null)

echo "wrk:        $(wrk --version 2>&1 | head -1)"
echo "varnishd:   $(varnishd -V 2>&1 | head -1)"
echo "nginx:      $(nginx -v 2>&1)"
echo "chromium:   $(chromium --version)"
echo "lighthouse: $(npx --no-install lighthouse --version)"
