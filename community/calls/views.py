"""The application form, served by a call's page at `apply/` (CallForProjectsPage.apply).

GET shows the form, POST validates and stores it, then redirects to `?sent=1`. A closed or
not yet open call says so instead of a form. The page carries a CSRF token and personal
data: never stored by a cache, never indexed.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from community.calls import services
from community.calls.forms import ApplicationForm

SENT_PARAMETER = "sent"


def serve(page, request):
    apply_url = page.apply_url
    sent = False
    response = None
    form = None
    if request.method == "POST" and page.is_open:
        form = ApplicationForm(request.POST, request.FILES, request=request)
        if form.is_valid():
            services.record(page, form.record_values(), form.cleaned_data["attachment"])
            response = redirect(f"{apply_url}?{SENT_PARAMETER}=1")
        elif form.looks_like_bot:  # robots are told nothing
            response = redirect(f"{apply_url}?{SENT_PARAMETER}=1")
    else:
        sent = bool(request.GET.get(SENT_PARAMETER))
        if page.is_open:
            form = ApplicationForm(request=request)
    if response is None:
        context = page.get_context(request)
        context.update(form=form, sent=sent, apply_url=apply_url)
        response = TemplateResponse(request, "community/call_apply.html", context)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
