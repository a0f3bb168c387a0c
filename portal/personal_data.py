"""One person's data, by email address (GDPR: access and erasure), in the admin.

Registrations, pledges and applications each keep contact details; each offers the same
page to the team: find what an address left, export it as JSON, or erase it (the records
are anonymised, so counts stay right). The page is one view and one template; each kind of
record says what differs (`PersonalData`), and its app's services do the export and the
erasure, as the management commands do.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _


class EmailForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=254)


@dataclass(frozen=True)
class PersonalData:
    """What one kind of record needs for its personal-data page."""

    allowed: Callable  # (user) -> bool: who may export and erase
    find: Callable  # (email) -> the records of that address
    describe: Callable  # (record) -> one line for the team
    export: Callable  # (email) -> JSON-ready records (the app's services)
    erase: Callable  # (email) -> how many records were erased
    export_key: str  # "pledges": the key of the records in the JSON file
    explanation: str  # what erasing does to this kind of record
    found: Callable  # (count) -> "3 pledges found."
    erased: Callable  # (count) -> "3 pledge(s) erased."
    url_name: str  # the page's own URL name, to come back to after erasing

    def view(self, request):
        if not self.allowed(request.user):
            raise PermissionDenied
        form = EmailForm(request.POST or request.GET or None)
        found = None
        if form.is_valid():
            email = form.cleaned_data["email"].lower()
            found = list(self.find(email))
            action = request.POST.get("action")
            if action == "export":
                return JsonResponse(
                    {"email": email, self.export_key: self.export(email)},
                    json_dumps_params={"ensure_ascii": False, "indent": 2},
                    headers={
                        "Content-Disposition": f'attachment; filename="personal-data-{email}.json"'
                    },
                )
            if action == "erase":
                messages.success(request, self.erased(self.erase(email)))
                return redirect(self.url_name)
        context = {
            "form": form,
            "explanation": self.explanation,
            "found": None if found is None else [self.describe(record) for record in found],
            "found_label": None if found is None else self.found(len(found)),
        }
        return render(request, "portal/admin/personal_data.html", context)


def short_date(value):
    """A record's date as the team reads it (Paris time, the admin's language)."""
    return formats.date_format(timezone.localtime(value), "SHORT_DATE_FORMAT")
