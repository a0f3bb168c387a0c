"""Event dates read the way French and English readers write them."""

from datetime import date, time

import pytest

from events.dates import format_when

CASES = [
    # (start, start time, end, end time, precision, French, English)
    (
        date(2024, 3, 21),
        time(9),
        None,
        time(12),
        "time",
        "jeudi 21 mars 2024, 9 h 00 - 12 h 00",
        "Thursday 21 March 2024, 9:00-12:00",
    ),
    (
        date(2025, 6, 24),
        time(18, 30),
        None,
        None,
        "time",
        "mardi 24 juin 2025, 18 h 30",
        "Tuesday 24 June 2025, 18:30",
    ),
    (
        date(2024, 3, 21),
        time(18, 30),
        date(2024, 3, 22),
        time(1),
        "time",
        "jeudi 21 mars 2024, 18 h 30 - vendredi 22 mars 2024, 1 h 00",
        "Thursday 21 March 2024, 18:30 - Friday 22 March 2024, 1:00",
    ),
    (date(2024, 3, 21), None, None, None, "day", "jeudi 21 mars 2024", "Thursday 21 March 2024"),
    (
        date(2024, 3, 21),
        None,
        date(2024, 3, 21),
        None,
        "day",
        "jeudi 21 mars 2024",
        "Thursday 21 March 2024",
    ),
    (
        date(2024, 11, 1),
        None,
        None,
        None,
        "day",
        "vendredi 1er novembre 2024",
        "Friday 1 November 2024",
    ),
    (
        date(2025, 6, 23),
        None,
        date(2025, 6, 27),
        None,
        "day",
        "du 23 au 27 juin 2025",
        "23-27 June 2025",
    ),
    (
        date(2025, 6, 30),
        None,
        date(2025, 7, 4),
        None,
        "day",
        "du 30 juin au 4 juillet 2025",
        "30 June - 4 July 2025",
    ),
    (
        date(2025, 12, 30),
        None,
        date(2026, 1, 2),
        None,
        "day",
        "du 30 décembre 2025 au 2 janvier 2026",
        "30 December 2025 - 2 January 2026",
    ),
    (
        date(2024, 4, 1),
        None,
        date(2024, 6, 30),
        None,
        "month",
        "d'avril à juin 2024",
        "April to June 2024",
    ),
    (
        date(2024, 9, 1),
        None,
        date(2024, 11, 30),
        None,
        "month",
        "de septembre à novembre 2024",
        "September to November 2024",
    ),
    (
        date(2024, 12, 1),
        None,
        date(2025, 2, 28),
        None,
        "month",
        "de décembre 2024 à février 2025",
        "December 2024 to February 2025",
    ),
    (date(2024, 11, 1), None, date(2024, 11, 30), None, "month", "novembre 2024", "November 2024"),
    (
        date(2025, 8, 1),
        None,
        date(2025, 10, 31),
        None,
        "month",
        "d'août à octobre 2025",
        "August to October 2025",
    ),
    # A time given for an all-day event is ignored.
    (date(2024, 3, 21), time(9), None, None, "day", "jeudi 21 mars 2024", "Thursday 21 March 2024"),
]


@pytest.mark.parametrize("case", CASES, ids=[case[5] for case in CASES])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_shape_in_both_languages(case, language):
    start, start_time, end, end_time, precision, french, english = case
    expected = french if language == "fr" else english
    assert format_when(start, start_time, end, end_time, precision, language) == expected


def test_the_active_language_is_used_and_left_unchanged():
    from django.utils import translation

    with translation.override("en"):
        assert format_when(date(2024, 3, 21), precision="day") == "Thursday 21 March 2024"
        assert (
            format_when(date(2024, 3, 21), precision="day", language="fr") == "jeudi 21 mars 2024"
        )
        assert translation.get_language() == "en"
