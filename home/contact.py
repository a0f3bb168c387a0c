"""The contact form: spam kept out, the submission stored first, emails queued after.

A link may choose the topic (`?topic=<one of the choices>`, e.g. "Become a partner").
An "I can help" link from a project (`?project=<slug>&need=<id>`, built in stories/contact.py)
opens the form with the project and the need shown in plain words and the help topic
selected. Both travel in hidden fields that are checked against real, live objects on every
request: an unknown or foreign project or need is dropped, never trusted.
"""

from django import forms
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.models import PageViewRestriction

from portal import inputs, outbox
from portal.antispam import ProtectedFormMixin
from portal.models import SiteSettings

# Stored with each submission and shown as columns in the admin and its exports.
CONTEXT_FIELDS = {"project": gettext_lazy("Project"), "need": gettext_lazy("Need")}
ANTISPAM_FIELDS = ("website", "form_started")
SENT_PARAMETER = "sent"
# Limits of the fields editors add (a single line is 255 characters, as in Wagtail).
MESSAGE_MAX = 5000
EMAIL_MAX = 254  # the longest address SMTP carries (RFC 5321)
URL_MAX = 2000
NUMBER_MAX_DIGITS = 15


class ContactForm(ProtectedFormMixin, BaseForm):
    # Counted per contact form (both languages together), limits in
    # settings.PORTAL_FORM_RATE_LIMITS.
    rate_limit_scope = "contact"

    def rate_limit_key(self):
        page = getattr(self, "page", None)
        return f"contact:{page.translation_key}" if page is not None else "contact"

    project = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)
    need = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder, with a maximum for every field the editors may add: the
    submission is stored whole, so nothing unbounded reaches the database or the emails.
    A single line keeps Wagtail's 255 characters; NUL is refused by every text field
    (Django's validator), with a message in the visitor's language."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        return super().create_number_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = 255
        return super().create_hidden_field(field, options)

    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)


def help_context(page, project_slug, need_id):
    """(project, need) named by a link, if live, public and together; else Nones.

    One query: the need with its project, or the project alone when no need is named.
    """
    try:
        project_model = apps.get_model("stories", "ProjectPage")
    except LookupError:
        return None, None
    project_slug = inputs.text(project_slug, 255)
    if not project_slug:
        return None, None
    # Not under a private section: no view restriction on the project or an ancestor.
    restricted = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    projects = (
        project_model.objects.live()
        .filter(locale_id=page.locale_id, slug=project_slug)
        .exclude(Exists(restricted))
    )
    need_id = inputs.object_id(str(need_id))
    if need_id is not None:
        need_model = project_model.needs.rel.related_model
        need = need_model.objects.select_related("page").filter(pk=need_id, page__in=projects)
        need = need.first()
        if need is not None:
            return need.page, need
    return projects.first(), None


def describe_need(need):
    if need is None:
        return ""
    return f"{need.get_kind_display()}: {need.description}" if need.description else str(need)


def topic_initial(page, topic=None):
    """{field name: the topic} for the choice field that offers it: the "I can help" topic
    by default, or one a link names (`?topic=`, e.g. "Become a partner"), if it is a choice."""
    topic = page.help_topic if topic is None else inputs.text(topic, 255)
    if not topic:
        return {}
    for field in page.get_form_fields():
        choices = [c.strip() for c in field.choices.replace(",", "\n").splitlines()]
        if topic in choices:
            return {field.clean_name: topic}
    return {}


def _email_of(page, data):
    for field in page.get_form_fields():
        if field.field_type == "email" and data.get(field.clean_name):
            return data[field.clean_name]
    return ""


def _lines(page, data):
    lines = []
    for name, label in page.get_data_fields():
        value = data.get(name)
        if name == "submit_time" or value in (None, "", []):
            continue
        if isinstance(value, bool):
            value = _("yes") if value else _("no")
        elif isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"{label}: {value}")
    return "\n".join(lines)


def inbox_url(submission):
    """The message in the admin's inbox (home/wagtail_hooks.py)."""
    return reverse("contact_messages:edit", args=[submission.pk])


def store_and_notify(page, form):
    """Save the submission, then queue the team's notification and the acknowledgement.

    Both emails are rows of the outbox written in the same transaction as the submission
    and sent by a background task after it commits, retried if the mail server fails.
    """
    data = {k: v for k, v in form.cleaned_data.items() if k not in ANTISPAM_FIELDS}
    project, need = help_context(page, data.get("project"), data.get("need"))
    data["project"] = project.title if project else ""
    data["need"] = describe_need(need) if project else ""
    with transaction.atomic():
        sender = _email_of(page, data)
        with translation.override(settings.LANGUAGE_CODE):
            lines = _lines(page, data)
        submission = page.get_submission_class().objects.create(
            form_data=data, page=page, sender=sender, text=lines
        )
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}{inbox_url(submission)}"
        # The one recipient of every language's messages.
        team = SiteSettings.for_site(page.get_site()).contact_email
        with translation.override(settings.LANGUAGE_CODE):
            subject = page.subject or _("New message from the contact form")
            if project:
                subject = _("I can help: %(project)s") % {"project": project.title}
            outbox.queue_email(
                to=team,
                subject=subject,
                text=f"{lines}\n\n{_('Read it in the admin:')} {admin_url}\n",
                reply_to=sender or None,
                related_label=subject,
                related_url=admin_url,
            )
        if sender:
            outbox.queue_email(
                to=sender,
                subject=_("We received your message"),
                # Nothing the visitor typed: the address is not verified, and an echo
                # would let anyone send any text to anyone through the site.
                text=_(
                    "Hello,\n\nThank you for writing to Hauts les jeunes: your message reached "
                    "the team, who will answer you soon.\n\nIf you did not write to us, "
                    "someone gave your address by mistake: you can ignore this email.\n"
                ),
                related_label=_("Acknowledgement"),
                related_url=admin_url,
            )
    return submission


def serve(page, request, *args, **kwargs):
    """GET shows the form (or the thank-you page), POST validates and stores it."""
    if request.method == "POST":
        form = page.get_form(
            request.POST, request.FILES, page=page, user=request.user, request=request
        )
        if form.is_valid():
            page.process_form_submission(form)
            response = redirect(f"{page.get_url(request)}?{SENT_PARAMETER}=1")
        elif form.looks_like_bot:  # robots are told nothing
            response = redirect(f"{page.get_url(request)}?{SENT_PARAMETER}=1")
        else:
            project, need = help_context(page, form.data.get("project"), form.data.get("need"))
            response = _render(page, request, form, project, need)
    elif request.GET.get(SENT_PARAMETER):
        response = page.render_landing_page(request)
    else:
        project_slug, need_id = request.GET.get("project"), request.GET.get("need")
        project, need = help_context(page, project_slug, need_id)
        initial = topic_initial(page, request.GET["topic"]) if "topic" in request.GET else {}
        if project:
            initial = {
                "project": project.slug,
                "need": need.pk if need else "",
                **topic_initial(page),
            }
        form = page.get_form(page=page, user=request.user, request=request, initial=initial)
        response = _render(page, request, form, project, need)
    # Personal and CSRF-protected: never kept by any cache.
    patch_cache_control(response, private=True, no_store=True)
    return response


def _render(page, request, form, project, need):
    context = page.get_context(request)
    context.update(form=form, help_project=project, help_need=need)
    return TemplateResponse(request, page.get_template(request), context)
