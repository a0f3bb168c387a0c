"""One command runs every periodic job (issue 17, item 8)."""

import datetime

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from home.models import StandardPage
from portal import outbox, periodic
from tests.helpers import text_of


def run_periodic():
    call_command("run_periodic", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_a_scheduled_page_goes_live_when_the_periodic_command_runs(client, home_fr):
    cache.clear()
    page = home_fr.add_child(
        instance=StandardPage(title="Appel à projets 2027", slug="appel-2027", live=False)
    )
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    assert client.get("/fr/appel-2027/").status_code == 404, "scheduled, not live yet"

    run_periodic()
    assert client.get("/fr/appel-2027/").status_code == 404, "not before its time"

    # An hour later: the time the editor chose has come (moved back instead of waiting).
    revision.refresh_from_db()
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    cache.clear()
    run_periodic()
    assert "Appel à projets 2027" in text_of(client.get("/fr/appel-2027/"))


def test_the_outbox_is_sent_and_daily_jobs_wait_a_day(db):
    cache.clear()
    outbox.queue_email(["lea@example.org"], "Bonjour", "Texte")
    mail.outbox.clear()
    now = timezone.now()
    assert set(periodic.run(now=now)) == {
        "publish_scheduled",
        "send_queued_emails",
        "anonymise_registrations",
    }
    assert [message.to for message in mail.outbox] == [["lea@example.org"]]

    a_minute_later = set(periodic.run(now=now + datetime.timedelta(minutes=1)))
    assert a_minute_later == {"publish_scheduled", "send_queued_emails"}
    a_day_later = set(periodic.run(now=now + datetime.timedelta(days=1)))
    assert "anonymise_registrations" in a_day_later


def test_a_failing_job_does_not_stop_the_others(db):
    cache.clear()
    jobs = [
        periodic.Job("no_such_command", periodic.MINUTE),
        periodic.Job("send_queued_emails", periodic.MINUTE),
    ]
    results = periodic.run(jobs=jobs)
    assert results["no_such_command"].startswith("failed")
    assert results["send_queued_emails"].startswith("sent")
    assert periodic.run(jobs=jobs[1:]) == {}, "ran a moment ago: not due yet"
