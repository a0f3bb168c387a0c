"""Event dates written the way French and English readers expect.

    time   jeudi 21 mars 2024, 9 h 00 - 12 h 00   Thursday 21 March 2024, 9:00-12:00
    day    jeudi 21 mars 2024 / du 23 au 27 juin 2025   Thursday 21 March 2024 / 23-27 June 2025
    month  novembre 2024 / d'avril à juin 2024       November 2024 / April to June 2024

Day and month names come from Django's date formatting in the requested language;
only the joining words differ between the two languages.
"""

from zoneinfo import ZoneInfo

from django.utils import timezone, translation
from django.utils.dateformat import format as django_format

# Events happen in Hauts-de-France: their dates and times are Paris time.
PARIS = ZoneInfo("Europe/Paris")
TIME = "time"
DAY = "day"
MONTH = "month"


def today():
    """Today in Paris (the calendar's "upcoming" and "past" turn at Paris midnight)."""
    return timezone.localdate(timezone=PARIS)


def _fmt(value, pattern):
    return django_format(value, pattern)


def _day(value, language, weekday=False, month=True, year=True):
    """'jeudi 21 mars 2024' / 'Thursday 21 March 2024', or shorter pieces of it."""
    number = _fmt(value, "j")
    if language == "fr" and number == "1":
        number = "1er"
    parts = [_fmt(value, "l")] if weekday else []
    parts.append(number)
    if month:
        parts.append(_fmt(value, "F"))
    if year:
        parts.append(_fmt(value, "Y"))
    return " ".join(parts)


def _time(value, language):
    return _fmt(value, r"G \h i" if language == "fr" else "G:i")


def _month(value, language, year=True):
    name = _fmt(value, "F")
    return f"{name} {_fmt(value, 'Y')}" if year else name


def _from_month(name):
    """French 'de'/'d'' before a month name: d'avril, de mai."""
    return f"d'{name}" if name[:1] in "aeiouyâéè" else f"de {name}"


def _to_month(name):
    return f"à {name}"


def format_time_range(start_date, start_time, end_date, end_time, language):
    same_day = end_date in (None, start_date)
    text = f"{_day(start_date, language, weekday=True)}, {_time(start_time, language)}"
    if end_time is None:
        return text
    if same_day:
        separator = " - " if language == "fr" else "-"
        return f"{text}{separator}{_time(end_time, language)}"
    end = f"{_day(end_date, language, weekday=True)}, {_time(end_time, language)}"
    return f"{text} - {end}"


def format_day_range(start_date, end_date, language):
    if end_date in (None, start_date):
        return _day(start_date, language, weekday=True)
    same_year = start_date.year == end_date.year
    same_month = same_year and start_date.month == end_date.month
    start = _day(start_date, language, month=not same_month, year=not same_year)
    end = _day(end_date, language)
    if language == "fr":
        return f"du {start} au {end}"
    return f"{start}-{end}" if same_month else f"{start} - {end}"


def format_month_range(start_date, end_date, language):
    if end_date is None or (start_date.year, start_date.month) == (end_date.year, end_date.month):
        return _month(start_date, language)
    same_year = start_date.year == end_date.year
    start = _month(start_date, language, year=not same_year)
    end = _month(end_date, language)
    if language == "fr":
        return f"{_from_month(start)} {_to_month(end)}"
    return f"{start} to {end}"


def format_time(value, language=None):
    """'9 h 00' / '9:00'."""
    language = (language or translation.get_language() or "fr")[:2]
    return _time(value, language)


def format_when(
    start_date, start_time=None, end_date=None, end_time=None, precision=TIME, language=None
):
    """The date (and time) of an event as a reader would write it, in `language`."""
    language = (language or translation.get_language() or "fr")[:2]
    with translation.override(language):
        if precision == MONTH:
            return format_month_range(start_date, end_date, language)
        if precision == TIME and start_time is not None:
            return format_time_range(start_date, start_time, end_date, end_time, language)
        return format_day_range(start_date, end_date, language)
