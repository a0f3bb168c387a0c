"""Where "I can help" leads: the contact page of the visitor's language when there is one,
otherwise an email to the team, with the project and the need in it."""

from urllib.parse import quote, urlencode

from django.apps import apps
from django.utils.translation import gettext as _

from portal.models import SiteSettings


def contact_page(locale_id):
    try:
        model = apps.get_model("home", "ContactPage")
    except LookupError:
        return None
    return model.objects.live().filter(locale_id=locale_id).first()


def help_links(project, needs, request):
    """(need, address) pairs for a project's needs: one query, however many needs."""
    for need in needs:
        need.page = project
    return help_links_for(needs, project.locale_id, request)


def help_links_for(needs, locale_id, request):
    """(need, address) pairs for needs of any projects of one locale (`need.page` is read):
    one query, however many needs and projects."""
    if not needs:
        return []
    page = contact_page(locale_id)
    if page is not None:
        base = page.get_url(request)
        return [
            (need, f"{base}?{urlencode({'project': need.page.slug, 'need': need.pk})}")
            for need in needs
        ]
    email = SiteSettings.for_request(request).contact_email
    links = []
    for need in needs:
        subject = _("I can help: %(project)s (%(need)s)") % {
            "project": need.page.title,
            "need": need.get_kind_display(),
        }
        links.append((need, f"mailto:{email}?subject={quote(subject)}"))
    return links
