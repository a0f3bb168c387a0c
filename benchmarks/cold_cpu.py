"""Cold CPU time per request of one Django site, run by bakery_compare.py with that site's
own Python, in its own folder, with its own settings (DJANGO_SETTINGS_MODULE).

    python cold_cpu.py REQUESTS URL...   ->  one JSON line: {url: {"cpu": [...], "queries": n}}

For each URL: one request first (per-process state: URL resolvers, templates, content
types), then REQUESTS times: every cache emptied (Django's caches.clear()), then one
request through Django's test Client, timed with time.process_time() (the CPU of this
process only: the database server's work is not counted on either side). The SQL queries
of one more cold request are counted.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


class Counter:
    count = 0

    def __call__(self, execute, *args):
        self.count += 1
        return execute(*args)


def clear():
    for alias in settings.CACHES:
        caches[alias].clear()


def main():
    requests = int(sys.argv[1])
    client = Client(HTTP_HOST="localhost")
    result = {}
    for url in sys.argv[2:]:
        response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url}: {response.status_code}")
        cpu = []
        for _ in range(requests):
            clear()
            start = time.process_time()
            response = client.get(url)
            cpu.append(time.process_time() - start)
            assert response.status_code == 200, url
        clear()
        counter = Counter()
        with connection.execute_wrapper(counter):
            client.get(url)
        result[url] = {"cpu": cpu, "queries": counter.count}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
