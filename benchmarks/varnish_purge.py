"""Publishing changes what Varnish serves at once.

Starts gunicorn (FRONTEND_CACHE_PURGE_URL pointing at Varnish) and varnishd in front of it,
reads a project and the projects index through Varnish until they are cached, publishes a
new title through `manage.py shell`, and reads them again: the next GET carries the new title.
Then publishes the old title back. Also shows that a page with a form is never stored.

    .venv/bin/python benchmarks/varnish_purge.py
"""

import re
import time
import urllib.request

from common import VARNISH_PORT, django_env, gunicorn, record, require, shell, varnish

VARNISH = f"http://127.0.0.1:{VARNISH_PORT}"
PURGE_ENV = django_env(FRONTEND_CACHE_PURGE_URL=VARNISH)
lines = []


def get(path, wanted=None):
    with urllib.request.urlopen(VARNISH + path) as response:
        html = response.read().decode()
        headers = response.headers
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    line = (
        f"{time.strftime('%H:%M:%S')} GET {path} -> {response.status}, "
        f"X-Cache: {headers['X-Cache']}, Age: {headers['Age']}, "
        f"Cache-Control: {headers['Cache-Control']}"
    )
    if h1:
        heading = " ".join(re.sub(r"<[^>]+>", " ", h1.group(1)).split())
        line += f", h1: {heading!r}"
    if wanted is not None:
        line += f", lists the new title: {wanted in html}"
    lines.append(line)
    print(line)
    return html


def publish_title(page_id, title):
    code = f"""
from wagtail.models import Page
page = Page.objects.get(pk={page_id}).specific
page.title = {title!r}
page.save_revision().publish()
print("published", page.url)
"""
    output = shell(code, env=PURGE_ENV)
    line = f"{time.strftime('%H:%M:%S')} manage.py shell: title set to {title!r} ({output})"
    lines.append(line)
    print(line)


def main():
    require("varnishd")
    found = shell(
        "from stories.models import ProjectPage\n"
        "p = ProjectPage.objects.live().filter(locale__language_code='fr')"
        ".exclude(slug__startswith='bulk-').order_by('title').first()\n"
        "print(p.pk, p.url, p.get_parent().url, p.title, sep='\\n')"
    )
    page_id, url, index_url, title = found.splitlines()
    personal = shell(
        "from wagtail.contrib.forms.models import FormMixin\n"
        "from wagtail.models import Page\n"
        "pages = Page.objects.live().filter(locale__language_code='fr').specific()\n"
        "print(next((p.url for p in pages if isinstance(p, FormMixin)), ''))"
    )
    # The project first by title: listed on the index's first page, with or without ?page=1.
    listing = index_url + "?page=1"
    with gunicorn(env=PURGE_ENV), varnish():
        for path in (url, url, index_url, index_url, listing, listing):
            get(path)
        new_title = f"{title} (modifié à {time.strftime('%H:%M:%S')})"
        publish_title(page_id, new_title)
        get(url)
        get(index_url, wanted=new_title)
        get(listing, wanted=new_title)
        get(url)
        publish_title(page_id, title)
        get(url)
        if personal:
            get(personal)
            get(personal)
    record(
        "Frontend cache purge (Varnish)",
        "`.venv/bin/python benchmarks/varnish_purge.py`: Varnish (benchmarks/varnish.vcl) in "
        "front of gunicorn, `FRONTEND_CACHE_PURGE_URL` pointing at it; a title published "
        "through `manage.py shell` is what the very next GET through Varnish returns, on the "
        "page and on its index (an ancestor, purged in the same batch), query strings included "
        "(Varnish bans every variant of a purged path). A page with a form is never stored.\n\n"
        "```\n" + "\n".join(lines) + "\n```",
    )


if __name__ == "__main__":
    main()
