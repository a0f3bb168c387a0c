"""Editors' side: registrations per event, exports, door check-in, dashboard, RGPD tools."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.models import Locale

from events.dates import today
from events.registration import services
from events.registration.models import QUESTIONS, Registration, column_max, event_model
from portal import inputs
from portal.exports import SafeExportIndexView
from portal.personal_data import PersonalData

ANSWER_FIELDS = [question.field for question in QUESTIONS]
EXPORT_FIELDS = [
    "event.title",
    "status",
    "first_name",
    "last_name",
    "email",
    "phone",
    "seats",
    "guest_names",
    *ANSWER_FIELDS,
    "language",
    "created_at",
    "checked_in_at",
]
EXPORT_HEADINGS = {
    "event.title": capfirst(Registration._meta.get_field("event").verbose_name),
    "guest_names": _("Guests"),
} | {question.field: question.label for question in QUESTIONS}
CSV = IndexView.FORMAT_CSV
XLSX = IndexView.FORMAT_XLSX


def status_label(value):
    return str(Registration.Status(value).label)


def language_name(value):
    return dict(settings.LANGUAGES).get(value, value)


def _can(user, action):
    return user.has_perm(f"events.{action}_registration")


# The event filter offers the events around today, not every event ever held: the next
# ones first, then the most recent past ones (and the one chosen, whenever it took place).
UPCOMING_CHOICES = 60
PAST_CHOICES = 40
CHOICE_FIELDS = ("id", "title", "start_date")


class NearbyEventsIterator(forms.models.ModelChoiceIterator):
    """A bounded list of choices: the field's queryset still validates any event."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        events = self.field.queryset.only(*CHOICE_FIELDS)
        now = today()
        upcoming = events.filter(start_date__gte=now).order_by("start_date", "pk")
        past = events.filter(start_date__lt=now).order_by("-start_date", "-pk")
        chosen = list(upcoming[:UPCOMING_CHOICES]) + list(past[:PAST_CHOICES])
        selected = inputs.object_id(str(getattr(self.field, "selected", "") or ""))
        if selected is not None and selected not in {event.pk for event in chosen}:
            chosen += list(events.filter(pk=selected))
        chosen.sort(key=lambda event: (event.start_date, event.pk), reverse=True)
        for event in chosen:
            yield self.choice(event)

    def __len__(self):
        return UPCOMING_CHOICES + PAST_CHOICES + 2


class EventChoiceField(forms.ModelChoiceField):
    """An event from the URL: anything but a plausible id is an invalid choice (ignored),
    never a number too big for the database."""

    iterator = NearbyEventsIterator

    def to_python(self, value):
        if value not in self.empty_values and inputs.object_id(str(value)) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class EventFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


def events_with_registrations(request):
    # Registrations point at the source-language page of their event.
    return event_model().objects.filter(locale=Locale.get_default()).order_by("-start_date")


class RegistrationFilterSet(WagtailFilterSet):
    event = EventFilter(
        queryset=events_with_registrations,
        label=capfirst(Registration._meta.get_field("event").verbose_name),
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "language"]

    @property
    def form(self):
        form = super().form
        # The event chosen is offered even when it is not around today.
        form.fields["event"].selected = form.data.get("event") if form.is_bound else None
        return form


class RegistrationIndexView(SafeExportIndexView):
    # Wagtail's CSV and XLSX exports, with readable values (formulas neutralised, in the
    # editor's language, Paris time to the minute: portal/exports.py).
    custom_field_preprocess = {
        "status": {CSV: status_label, XLSX: status_label},
        "language": {CSV: language_name, XLSX: language_name},
    }

    def get_base_queryset(self):
        # The event column: in the same query as the rows, not one query per event.
        return super().get_base_queryset().select_related("event")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if _can(self.request.user, "change"):
            buttons.append(
                MenuItem(
                    _("Check in"),
                    url=reverse("registration:check_in", args=[instance.pk]),
                    icon_name="tick",
                    priority=5,
                )
            )
        return buttons

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        event = self._filtered_event()
        if event is not None and _can(self.request.user, "change"):
            buttons.append(
                Button(
                    _("At the door"),
                    url=reverse("registration:door", args=[event.pk]),
                    icon_name="tick",
                )
            )
        buttons.append(
            Button(
                _("Personal data of one email"),
                url=reverse("registration:personal_data"),
                icon_name="user",
            )
        )
        return buttons

    def _filtered_event(self):
        """The event the list is filtered on, if one is (its door list is a click away)."""
        filters = getattr(self, "filters", None)
        if filters is None or not filters.is_valid():
            return None
        return filters.form.cleaned_data.get("event")


# Changes go through the services, like the public form's -------------------------------


class RegistrationAdminForm(WagtailAdminModelForm):
    """The fields an editor fills in; the optional questions keep their one label."""

    seats = Registration._meta.get_field("seats").formfield(min_value=1)
    # Text columns have no limit of their own: the public form's applies.
    postal_address = Registration._meta.get_field("postal_address").formfield(
        max_length=column_max("postal_address"), required=False
    )
    needs = Registration._meta.get_field("needs").formfield(
        max_length=column_max("needs"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[question.field].label = question.label

    def values(self):
        """The Registration fields the editor set, for the services."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name != "event"}


class AddRegistrationForm(RegistrationAdminForm):
    language = forms.ChoiceField(
        label=capfirst(Registration._meta.get_field("language").verbose_name),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_("The emails are written in it."),
    )
    consent = forms.BooleanField(
        label=_("The person agreed to the privacy notice"),
        help_text=_("Registering someone keeps their data to organise this event."),
    )

    class Meta:
        model = Registration
        fields = ["event", "language", "first_name", "last_name", "email", "phone", "seats"]
        fields += ANSWER_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Seats belong to the source-language page of events that take registrations.
        self.fields["event"].queryset = (
            event_model()
            .objects.filter(registration_open=True, locale=Locale.get_default())
            .order_by("-start_date")
        )


class ChangeRegistrationForm(RegistrationAdminForm):
    class Meta:
        model = Registration
        fields = ["status", "first_name", "last_name", "email", "phone", "seats"]
        fields += ANSWER_FIELDS


def rule_error(error):
    """What an editor reads when a change breaks a registration rule."""
    if isinstance(error, services.RegistrationClosed):
        return _("This event does not take registrations now (see its Registration tab).")
    if isinstance(error, services.AlreadyRegistered):
        return _("This email address already holds a registration for this event.")
    if isinstance(error, services.NoWaitingList):
        return _("This event keeps no waiting list.")
    return ngettext(
        "Not enough seats: %(count)s seat is left.",
        "Not enough seats: %(count)s seats are left.",
        error.seats_left,
    ) % {"count": error.seats_left}


class RuleCheckedFormMixin:
    """A change refused by the rules shows its reason on the form; nothing is saved."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except services.RegistrationError as error:
            form.add_error(None, rule_error(error))
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class AddRegistrationView(RuleCheckedFormMixin, CreateView):
    def save_instance(self):
        registration = services.register(self.form.cleaned_data["event"], self.form.values())
        log(registration, "wagtail.create", user=self.request.user, content_changed=True)
        return registration


class ChangeRegistrationView(RuleCheckedFormMixin, EditView):
    def save_instance(self):
        registration, _promoted = services.change(self.object, self.form.values())
        log(registration, "wagtail.edit", user=self.request.user, content_changed=True)
        return registration


class DeleteRegistrationView(DeleteView):
    def delete_action(self):
        log(self.object, "wagtail.delete", user=self.request.user)
        services.delete(self.object)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    name = "registration"
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    filterset_class = RegistrationFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["last_name", "first_name", "email", "event", "status", "seats", "created_at"]
    search_fields = ["first_name", "last_name", "email", "organisation"]
    list_export = EXPORT_FIELDS
    export_headings = EXPORT_HEADINGS
    export_filename = "registrations"
    add_view_class = AddRegistrationView
    edit_view_class = ChangeRegistrationView
    delete_view_class = DeleteRegistrationView

    def get_form_class(self, for_update=False):
        return ChangeRegistrationForm if for_update else AddRegistrationForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("check-in/<int:pk>/", check_in_view, name="check_in"),
            path("door/<int:event_id>/", door_view, name="door"),
            path("door/<int:event_id>/print/", door_print_view, name="door_print"),
            path(
                "door/<int:event_id>/check-in/<int:pk>/", door_check_in_view, name="door_check_in"
            ),
            path("door/<int:event_id>/undo/<int:pk>/", door_undo_view, name="door_undo"),
            path("personal-data/", personal_data_view, name="personal_data"),
        ]


def check_in_view(request, pk):
    """At the door, on a phone: GET shows the person, POST checks them in (idempotent)."""
    if not _can(request.user, "change"):
        raise PermissionDenied
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
    first_time = None
    if request.method == "POST":
        first_time = services.check_in(registration)
        registration.refresh_from_db()
    return render(
        request,
        "events/registration/admin/check_in.html",
        {
            "registration": registration,
            "first_time": first_time,
            "index_url": reverse("registration:index") + f"?event={registration.event_id}",
            "door_url": reverse("registration:door", args=[registration.event_id]),
        },
    )


# At the door: one phone, one list, one tap per person ------------------------------------


def _door_event(request, event_id):
    if not _can(request.user, "change"):
        raise PermissionDenied
    if inputs.object_id(str(event_id)) is None:
        raise Http404
    event = get_object_or_404(event_model(), pk=event_id)
    return event.registration_event


def _door_query(data):
    return inputs.text(data.get("q", ""), 100)


def _back_to_door(event, query, pk=None):
    url = reverse("registration:door", args=[event.pk])
    if query:
        url += "?" + urlencode({"q": query})
    return url + (f"#registration-{pk}" if pk else "")


@require_GET
def door_view(request, event_id):
    """The door's list on a phone: search by name (a GET form), one button per person,
    the waiting list and the counts. Works without JavaScript."""
    event = _door_event(request, event_id)
    query = _door_query(request.GET)
    door = services.door(event, query)
    return render(
        request,
        "events/registration/admin/door.html",
        {
            "door": door,
            "event": event,
            "query": door.query,
            "print_url": reverse("registration:door_print", args=[event.pk]),
            "index_url": reverse("registration:index") + f"?event={event.pk}",
        },
    )


@require_GET
def door_print_view(request, event_id):
    """Everyone expected and the waiting list, on A4, for when the network fails."""
    event = _door_event(request, event_id)
    return render(
        request,
        "events/registration/admin/door_print.html",
        {"door": services.door(event), "event": event, "printed_at": timezone.now()},
    )


def _door_registration(request, event_id, pk):
    event = _door_event(request, event_id)
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
    if registration.event_id != event.pk:
        raise Http404
    return event, registration


@require_POST
def door_check_in_view(request, event_id, pk):
    event, registration = _door_registration(request, event_id, pk)
    query = _door_query(request.POST)
    if services.check_in(registration):
        log(registration, "events.check_in", user=request.user)
        messages.success(
            request,
            ngettext(
                "%(name)s is checked in (%(count)s person).",
                "%(name)s is checked in (%(count)s people).",
                registration.seats,
            )
            % {"name": registration.name, "count": registration.seats},
        )
    elif registration.status == Registration.Status.ATTENDED:
        messages.warning(
            request, _("%(name)s was already checked in.") % {"name": registration.name}
        )
    else:
        messages.error(
            request,
            _("%(name)s holds no confirmed seat: not checked in.") % {"name": registration.name},
        )
    return redirect(_back_to_door(event, query, registration.pk))


@require_POST
def door_undo_view(request, event_id, pk):
    event, registration = _door_registration(request, event_id, pk)
    query = _door_query(request.POST)
    if services.undo_check_in(registration):
        log(registration, "events.undo_check_in", user=request.user)
        messages.success(request, _("Check-in of %(name)s undone.") % {"name": registration.name})
    return redirect(_back_to_door(event, query, registration.pk))


PERSONAL_DATA = PersonalData(
    allowed=lambda user: _can(user, "delete"),
    find=lambda email: Registration.objects.filter(email__iexact=email).select_related("event"),
    describe=lambda registration: (
        f"{registration.event.title}: {registration.first_name} {registration.last_name} "
        f"({registration.get_status_display()})"
    ),
    export=services.personal_records,
    erase=services.erase,
    export_key="registrations",
    explanation=_(
        "Export (JSON) or erase everything the registrations hold about one email address. "
        "Erasing anonymises the registrations, so seat counts stay right, and deletes the "
        "emails sent to that address."
    ),
    found=lambda count: (
        ngettext("%(counter)s registration found.", "%(counter)s registrations found.", count)
        % {"counter": count}
    ),
    erased=lambda count: _("%(count)s registration(s) erased.") % {"count": count},
    url_name="registration:personal_data",
)
personal_data_view = PERSONAL_DATA.view


class UpcomingRegistrationsPanel(Component):
    """Dashboard: the next events taking registrations and how full they are."""

    name = "upcoming_registrations"
    template_name = "events/registration/admin/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        events = (
            event_model()
            .objects.live()
            .filter(registration_open=True, end_date__gte=today(), locale=Locale.get_default())
            .annotate(
                taken=Sum(
                    "registrations__seats",
                    filter=Q(registrations__status__in=Registration.HOLDING_SEATS),
                )
            )
            .order_by("start_date")[:5]
        )
        rows = []
        for event in events:
            taken = event.taken or 0
            rate = round(100 * taken / event.seat_limit) if event.seat_limit else None
            rows.append(
                {
                    "event": event,
                    "taken": taken,
                    "rate": rate,
                    "url": reverse("registration:index") + f"?event={event.pk}",
                    "door_url": reverse("registration:door", args=[event.pk]),
                }
            )
        return {"rows": rows}
