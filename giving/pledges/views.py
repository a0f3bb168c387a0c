"""The pledge form, served by the giving page at `pledge/` (GivingPage.pledge).

GET shows the form (a project named by `?project=<slug>` is chosen), POST validates and
stores it, then redirects to `?sent=1`. The page carries a CSRF token and personal data:
never stored by a cache, never indexed.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from giving.pledges import services
from giving.pledges.forms import PledgeForm, projects

SENT_PARAMETER = "sent"


def serve(page, request):
    pledge_url = page.url + page.reverse_subpage("pledge")
    sent = False
    if request.method == "POST":
        form = PledgeForm(request.POST, locale_id=page.locale_id, request=request)
        if form.is_valid():
            services.record(form.record_values())
            response = redirect(f"{pledge_url}?{SENT_PARAMETER}=1")
        elif form.looks_like_bot:  # robots are told nothing
            response = redirect(f"{pledge_url}?{SENT_PARAMETER}=1")
        else:
            response = None
    else:
        sent = bool(request.GET.get(SENT_PARAMETER))
        form = PledgeForm(
            initial=_initial(request, page.locale_id), locale_id=page.locale_id, request=request
        )
        response = None
    if response is None:
        context = page.get_context(request)
        context.update(form=form, sent=sent, pledge_url=pledge_url)
        response = TemplateResponse(request, "giving/pledge_form.html", context)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _initial(request, locale_id):
    """A project chosen by a link (`?project=<slug>`), only if it is one of the choices."""
    slug = str(request.GET.get("project", ""))[:255]
    if not slug:
        return {}
    project = projects(locale_id).filter(slug=slug).only("pk").first()
    return {"project": project.pk} if project else {}
