"""The rules of pledges, called alike by the public form, the admin and commands: those of
every contact record (portal/records.py: stored first with both emails owed, personal data
exported, erased, anonymised after the retention period)."""

from giving.pledges.models import Pledge
from portal import records

RETENTION_DAYS = records.RETENTION_DAYS
anonymise = records.anonymise


def record(values):
    """Store a pledge from the form's values and owe its two emails."""
    return records.record(Pledge, values)


def personal_records(email):
    """Everything the pledges hold about one address (GDPR access), as plain data."""
    return records.personal_records(Pledge.objects.select_related("project", "challenge"), email)


def erase(email):
    """Anonymise the pledges of one address: the team keeps what was offered, never who."""
    return records.erase(Pledge, email)


def anonymise_older_than(days=RETENTION_DAYS, now=None):
    return records.anonymise_older_than(Pledge, days, now)
