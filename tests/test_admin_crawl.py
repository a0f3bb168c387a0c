"""The admin crawl: signed in as a superuser, and as an editor of the "Editors" group, on
the small site with giving, news and programmes, every admin listing, report and setting,
every snippet and model add and edit form and every page type's add and edit form is
shown, and each form is posted back with the values it was rendered with: no response
is a server error (500). Forms are read as a browser would send them (BeautifulSoup), and
StreamFields, which the browser builds with JavaScript, from the form's own values."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail import blocks
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.blocks.base import BlockWidget
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page, Site, get_page_models

from tests.community_site import build_news, build_programmes
from tests.giving_site import build_giving

pytestmark = pytest.mark.django_db

# GET only what shows something: signing out, resetting a password or previewing without
# a posted form are no listings or forms.
SKIPPED = re.compile(
    r"logout|password_reset|preview|autosave|chooser|_api|jsi18n|"
    r"workflow.*(?:disable|enable)|dismissibles|sprite|icons|task_chooser|"
    r"wagtailsearch|choose|wagtaillocalize|dashboard_panel|failwhale"
)


@pytest.fixture(scope="module")
def _everything(_stories, _calendar, django_db_blocker):
    with django_db_blocker.unblock():
        build_giving(_stories)
        build_news(_stories)
        build_programmes(_stories)
        return _stories


@pytest.fixture
def everything(_everything, db):
    cache.clear()
    return _everything


def admin_urls_without_arguments():
    """Every named admin URL that takes no argument (listings, reports, settings, add)."""
    found = set()

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = pattern.namespace
                inner = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                route = prefix + str(pattern.pattern)
                if "<" in route or "(?P" in route or not route.startswith("admin/"):
                    continue
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                if SKIPPED.search(name) or SKIPPED.search(route):
                    continue
                try:
                    found.add(reverse(name))
                except Exception:  # noqa: BLE001, S112 - a route reversed another way
                    continue

    walk(get_resolver().url_patterns, "", None)
    return sorted(found)


def object_urls():
    """Edit (and inspect) forms of the first object of every model and snippet viewset,
    the settings of the default site, every page's edit form (one per type) and every
    page type's add form under a parent that allows it."""
    urls = []
    for viewset in viewsets.viewsets:
        if not isinstance(viewset, ModelViewSet):
            continue
        instance = viewset.model._default_manager.order_by("pk").first()
        if instance is None:
            continue
        for view in ("edit", "inspect", "history", "usage", "delete"):
            try:
                urls.append(reverse(viewset.get_url_name(view), args=[instance.pk]))
            except Exception:  # noqa: BLE001, S112 - the viewset has no such view
                continue
    site = Site.objects.get(is_default_site=True)
    for model in settings_registry:
        meta = model._meta
        urls.append(
            reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name, site.pk])
        )
    parents = list(Page.objects.filter(depth__gt=1).specific())
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.order_by("pk").first()
        if page is not None:
            urls.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        parent = next((p for p in parents if model.can_create_at(p)), None)
        if parent is not None:
            meta = model._meta
            urls.append(
                reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
            )
    return urls


def stream_data(block, value, prefix):
    """What the admin's JavaScript posts for a StreamField value."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = len(children)
        for index, child in enumerate(children):
            at = f"{prefix}-{index}"
            data |= {f"{at}-type": child.block_type, f"{at}-deleted": "", f"{at}-order": index}
            data[f"{at}-id"] = child.id or ""
            data |= stream_data(child.block, child.value, f"{at}-value")
    elif isinstance(block, blocks.ListBlock):
        items = list(getattr(value, "bound_blocks", None) or [])
        data[f"{prefix}-count"] = len(items)
        for index, item in enumerate(items):
            at = f"{prefix}-{index}"
            data |= {f"{at}-deleted": "", f"{at}-order": index, f"{at}-id": item.id or ""}
            data |= stream_data(block.child_block, item.value, f"{at}-value")
    elif isinstance(block, ImageBlock):
        data[f"{prefix}-image"] = value.pk if value else ""
        data[f"{prefix}-alt_text"] = getattr(value, "contextual_alt_text", "") or ""
        if getattr(value, "decorative", False):
            data[f"{prefix}-decorative"] = "on"
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            child_value = value.get(name) if value is not None else child.get_default()
            data |= stream_data(child, child_value, f"{prefix}-{name}")
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = getattr(value, "pk", value) or ""
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    elif isinstance(block, blocks.FieldBlock):
        state = block.get_form_state(value)
        data[prefix] = "" if state is None else state
    return data


def rendered_values(response):
    """The main form of an admin page as the browser would post it, unchanged."""
    soup = BeautifulSoup(response.content, "html.parser")
    forms = [f for f in soup.find_all("form") if (f.get("method") or "").lower() == "post"]
    if not forms:
        return None, None
    form = max(forms, key=lambda f: len(f.find_all(["input", "select", "textarea"])))
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            add(name, field.text)
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            if not chosen and not field.has_attr("multiple"):
                chosen = field.find_all("option")[:1]
            for option in chosen:
                add(name, option.get("value", option.text))
        else:
            kind = (field.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            add(name, field.get("value", "on" if kind in ("checkbox", "radio") else ""))
    context_form = response.context and response.context.get("form")
    if context_form is not None:
        for bound in context_form:
            widget = bound.field.widget
            if isinstance(widget, BlockWidget):
                data.pop(bound.html_name, None)
                for key, value in stream_data(
                    widget.block_def, bound.value(), bound.html_name
                ).items():
                    data[key] = [value]
    return form.get("action") or response.request["PATH_INFO"], data


def crawl(client, urls, post):
    """GET each URL (and POST its form back): the URLs answering 500, with the error."""
    errors = []
    for url in urls:
        try:
            response = client.get(url)
        except Exception as error:  # noqa: BLE001 - reported with the URL
            errors.append((url, "GET", repr(error)))
            continue
        if response.status_code >= 500:
            errors.append((url, "GET", response.status_code))
            continue
        if not post or response.status_code != 200 or "/delete/" in url:
            continue
        if not re.search(r"/(add|new|edit)/|/settings/", url):
            continue
        action, data = rendered_values(response)
        if data is None:
            continue
        try:
            posted = client.post(action, data)
        except Exception as error:  # noqa: BLE001 - reported with the URL
            errors.append((url, "POST", repr(error)))
            continue
        if posted.status_code >= 500:
            errors.append((url, "POST", posted.status_code))
    return errors


def test_superuser_and_editor_crawl_the_admin_without_a_server_error(
    client, django_user_model, everything
):
    # Its cost is printed, not asserted: timings belong to the benchmarks (CPU time too
    # moves with the machine's load: 61 s against a 60 s limit in one PostgreSQL run).
    started, cpu_started = time.monotonic(), time.process_time()
    listings = admin_urls_without_arguments()
    objects = object_urls()
    assert len(listings) > 40 and len(objects) > 40

    admin = django_user_model.objects.create_superuser("admin-crawl", "a@example.org", "x")
    client.force_login(admin)
    errors = crawl(client, listings + objects, post=True)

    editor = django_user_model.objects.create_user("editor-crawl", "e@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    errors += crawl(client, listings + object_urls(), post=True)

    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu_started
    count = len(listings) + len(objects)
    print(f"admin crawl: {count} URLs, twice: {elapsed:.1f} s wall clock, {cpu:.1f} s CPU")
    assert errors == [], "\n".join(map(str, errors))
