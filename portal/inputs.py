"""Values from a URL (path or query string), read once, the same way for every view.

- A number is ASCII digits only, bounded: "²", "①", "١٢", "1e3", "-1" or a thousand digits
  are not numbers (`int()` accepts some of them, `str.isdigit()` others), and no number
  that reaches the database overflows its integer column.
- Text never carries a NUL or another control character (PostgreSQL refuses NUL: a 500)
  and is cut at a length the view chose.

A value that is not what the view expects is treated as absent: the view answers with its
normal page (or a 404 when the value names the thing to show).
"""

import re

from django.urls.converters import IntConverter

# The largest id of a BigAutoField (PostgreSQL bigint); 19 digits at most.
MAX_ID = 2**63 - 1
ID_REGEX = "[0-9]{1,19}"
# Far past the last page of any list; a bigger page number means the first page.
MAX_PAGE = 1_000_000
# C0 controls but tab, line feed and carriage return, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NUMBER = re.compile(ID_REGEX)
_INTEGER = re.compile("-?[0-9]+")


def whole_number(value, minimum=0, maximum=MAX_ID):
    """`value` (a string from a URL) as an int between `minimum` and `maximum`, or None."""
    if not isinstance(value, str) or not _NUMBER.fullmatch(value):
        return None
    number = int(value)
    return number if minimum <= number <= maximum else None


def object_id(value):
    """An id from the URL (`?need=12`), or None when it cannot be one."""
    return whole_number(value, minimum=1)


def page_number(value):
    """`?page=`: a page number from 1 (further than the last page is the caller's to clamp)."""
    return whole_number(value, minimum=1, maximum=MAX_PAGE)


def text(value, max_length):
    """A text parameter without control characters, at most `max_length` characters.

    NUL and its kind are dropped rather than refused: the rest of what was typed (a search,
    a slug) is still used and shown back."""
    if not isinstance(value, str):
        return ""
    return _CONTROL.sub("", value[: max_length * 2])[:max_length]


def is_integer(value):
    """ASCII digits, perhaps after a minus sign, of any length: a number, if out of range."""
    return isinstance(value, str) and bool(_INTEGER.fullmatch(value))


class IdConverter(IntConverter):
    """`<id:...>` in URL patterns: an id that fits the database (a longer one is a 404)."""

    regex = ID_REGEX

    def to_python(self, value):
        number = whole_number(value, minimum=1)
        if number is None:
            raise ValueError("not an id")  # Django's resolver: this pattern does not match
        return number
