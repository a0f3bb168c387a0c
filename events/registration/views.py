"""Public registration pages: the form, the confirmation, the private link (view or cancel).

They sit outside the event page on purpose: the event page is shared by caches, while
these pages carry a CSRF token, a timestamp or personal data and are never stored
(`Cache-Control: private, no-store`).
"""

from functools import wraps

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from events.registration import services
from events.registration.forms import RegistrationForm, ResendLinkForm
from events.registration.models import Registration, event_model
from portal.antispam import rate_limit


def private(view):
    """Pages with a form, a token or personal data: never stored, never indexed."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


def _event(event_id):
    return get_object_or_404(event_model().objects.live().select_related("locale"), pk=event_id)


def privacy_url(request):
    page = (
        Page.objects.live()
        .filter(
            slug__in=["confidentialite", "privacy"], locale__language_code=request.LANGUAGE_CODE
        )
        .first()
    )
    return page.get_url(request) if page else None


@private
@require_http_methods(["GET", "POST"])
def register_view(request, event_id):
    event = _event(event_id)
    translated = event.in_language(request.LANGUAGE_CODE)
    if translated.pk != event.pk and request.method == "GET":  # after the language switch
        return redirect("registration_form", event_id=translated.pk)
    state = event.registration_state()
    if state is None:
        raise Http404
    context = {"page": event, "event": event, "state": state, "privacy_url": privacy_url(request)}
    form = RegistrationForm(request.POST or None, event=event, request=request)
    if request.method == "POST" and state == "open":
        if form.is_valid():
            # A new registration and an address already registered get the same answer
            # (the page saying an email is on its way): the form never tells who registered.
            try:
                services.register(event, form.registration_values())
            except services.AlreadyRegistered as duplicate:
                services.remind(duplicate.registration)
            except services.RegistrationClosed:
                context["state"] = "closed"
            except services.EventFull:
                form.add_error(None, _("Sorry, there are not enough seats left for this request."))
            if context["state"] == "open" and not form.errors:
                return redirect("registration_received", event_id=event.pk)
        elif form.looks_like_bot:
            # Pretend it worked: nothing is saved and nothing tells the robot why.
            return redirect("registration_received", event_id=event.pk)
    context["form"] = form
    context["seats_left"] = event.seats_left()
    status = 400 if request.method == "POST" else 200
    return render(request, "events/registration/form.html", context, status=status)


@private
@require_GET
def received_view(request, event_id):
    """After the form: the email is on its way (whatever happened, see register_view)."""
    event = _event(event_id)
    context = {"page": event, "event": event, "resend_form": ResendLinkForm()}
    return render(request, "events/registration/received.html", context)


@private
@require_POST
def resend_link_view(request, event_id):
    """Email the private link of an existing registration again (to its own address only)."""
    event = _event(event_id)
    form = ResendLinkForm(request.POST)
    context = {"page": event, "event": event}
    if form.is_valid() and not rate_limit(request, "registration-link", 5, 3600):
        services.send_link(event, form.cleaned_data["email"])
    # The same answer whatever happened: the page never reveals who registered.
    return render(request, "events/registration/link_sent.html", context)


@private
@require_http_methods(["GET", "POST"])
def manage_view(request, token):
    registration = get_object_or_404(
        Registration.objects.select_related("event"), token=token, anonymised_at__isnull=True
    )
    event = registration.event.in_language(request.LANGUAGE_CODE)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        services.cancel(registration)
        return redirect("registration_manage", token=token)
    context = {
        "page": event,
        "event": event,
        "registration": registration,
        "waiting_position": registration.waiting_position(),
        "can_cancel": registration.status
        in (Registration.Status.CONFIRMED, Registration.Status.WAITING)
        and not event.is_past,
    }
    return render(request, "events/registration/manage.html", context)


@private
@require_GET
def check_in_link_view(request, token):
    """The link in the QR code of a registration's emails.

    A signed-in staff member who may change registrations lands on the one-tap check-in
    page of the admin; anyone else (the person, someone who found the code) is sent to
    the private page of that registration, which shows nothing more than the link does."""
    registration = get_object_or_404(
        Registration.objects.only("pk", "token"), token=token, anonymised_at__isnull=True
    )
    if request.user.is_authenticated and request.user.has_perm("events.change_registration"):
        return redirect("registration:check_in", registration.pk)
    return redirect("registration_manage", token=token)
