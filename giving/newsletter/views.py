"""The newsletter's own pages: sign up (a footer's address arrives as `?email=`), the
confirmation link, the one-click unsubscribe link. They carry a CSRF token or a personal
link: never stored by a cache, never indexed."""

from functools import wraps

from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods

from giving.newsletter import services, tokens
from giving.newsletter.forms import CONSENT, SignUpForm


def private(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


@private
@require_http_methods(["GET", "POST"])
def sign_up(request):
    if request.method == "POST":
        form = SignUpForm(request.POST, request=request)
        if form.is_valid():
            services.subscribe(form.cleaned_data["email"], get_language()[:2], str(CONSENT))
            return redirect(f"{request.path}?sent=1")
        if form.looks_like_bot:  # robots are told nothing
            return redirect(f"{request.path}?sent=1")
    else:
        email = str(request.GET.get("email", ""))[:254]
        form = SignUpForm(initial={"email": email}, request=request)
    sent = request.method == "GET" and bool(request.GET.get("sent"))
    return render(request, "giving/newsletter/sign_up.html", {"form": form, "sent": sent})


@private
@require_GET
def confirm(request, token):
    try:
        services.confirm(token)
        state = "confirmed"
    except tokens.ExpiredLink:
        state = "expired"
    except tokens.InvalidLink:
        state = "invalid"
    return render(request, "giving/newsletter/link.html", {"state": state}, status=200)


@private
@require_GET
def unsubscribe(request, token):
    try:
        services.unsubscribe(token)
        state = "unsubscribed"
    except tokens.InvalidLink:
        state = "invalid"
    return render(request, "giving/newsletter/link.html", {"state": state})
