"""Every periodic job of the portal, in one place, run by `manage.py run_periodic`.

Production runs that one command every minute (docs/deployment.md: one systemd timer
or one cron line). Each job is a management command with how often it is due; the
time of its last run is kept in the shared cache (the database or Redis), and every
job is safe to run again, so a cache that forgets only makes a job run early.
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from io import StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

logger = logging.getLogger(__name__)

LOCK_KEY = "periodic:lock"
LOCK_SECONDS = 15 * 60  # a run that crashed without releasing it blocks no longer


def always():
    return True


def tasks_in_database():
    """Task results are stored (and pruned) only with django-tasks' database backend."""
    return settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


@dataclass(frozen=True)
class Job:
    command: str
    every: datetime.timedelta
    args: tuple = field(default=())
    applies: Callable[[], bool] = always

    @property
    def key(self):
        return f"periodic:last-run:{self.command}"


MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)

JOBS = [
    # Wagtail: pages and revisions whose "go live" or "expire" time has come.
    Job("publish_scheduled", MINUTE),
    # The email outbox (portal/outbox.py): what is due, including retries.
    Job("send_queued_emails", MINUTE),
    # Registrations are anonymised 12 months after their event (privacy notice).
    Job("anonymise_registrations", DAY),
    # Pledges unchanged for three years are anonymised (the pledge form's consent).
    Job("anonymise_pledges", DAY),
    # Applications to calls for projects too (the application form's consent).
    Job("anonymise_applications", DAY),
    # Newsletter sign-ups left unconfirmed for seven days are deleted (double opt-in).
    Job("purge_newsletter", DAY),
    # Finished background tasks (emails sent, caches purged) are kept a week for inspection.
    Job("prune_db_task_results", DAY, ("--min-age-days", "7"), applies=tasks_in_database),
]


def due_jobs(now, jobs=JOBS):
    last_runs = cache.get_many([job.key for job in jobs])
    # A little slack: a timer that fires at 12:00:00.3 then 12:00:59.9 still runs jobs.
    slack = datetime.timedelta(seconds=5)
    return [
        job
        for job in jobs
        if job.applies()
        and (job.key not in last_runs or now - last_runs[job.key] >= job.every - slack)
    ]


def run(jobs=JOBS, now=None):
    """Run the jobs that are due; return {command: output or error}. One run at a time."""
    now = now or timezone.now()
    if not cache.add(LOCK_KEY, now, LOCK_SECONDS):
        logger.warning("run_periodic: a previous run is still going, skipped")
        return {}
    results = {}
    try:
        for job in due_jobs(now, jobs):
            output = StringIO()
            try:
                call_command(job.command, *job.args, stdout=output)
            except Exception as error:  # one failing job must not stop the others
                logger.exception("run_periodic: %s failed", job.command)
                results[job.command] = f"failed: {error}"
                continue
            cache.set(job.key, now, None)
            results[job.command] = output.getvalue().strip()
    finally:
        cache.delete(LOCK_KEY)
    return results
