"""The signed tokens of the newsletter's links (Django's signing): the confirmation link
expires after CONFIRM_DAYS, the unsubscribe link never does."""

from datetime import timedelta

from django.core import signing

SALT = "giving.newsletter"
CONFIRM_DAYS = 7


class InvalidLink(Exception):
    pass


class ExpiredLink(InvalidLink):
    pass


def make(email, purpose):
    return signing.dumps({"e": email, "p": purpose}, salt=SALT, compress=True)


def read(value, purpose):
    """The email address a token names for this purpose; raises InvalidLink, ExpiredLink."""
    max_age = timedelta(days=CONFIRM_DAYS) if purpose == "confirm" else None
    try:
        data = signing.loads(str(value)[:500], salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(data, dict) or data.get("p") != purpose or not data.get("e"):
        raise InvalidLink
    return data["e"]
