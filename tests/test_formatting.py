"""Service facts as plain-English phrases (kiosk.ui.formatting, Qt-free)."""

from __future__ import annotations

import pytest

from kiosk import formatting as f
from kiosk.store.models import Cost, OpeningTime


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (5, 18, "Ages 5 to 18"),
        (0, 5, "Ages 0 to 5"),
        (None, 5, "Ages up to 5"),
        (16, None, "Ages 16 and over"),
        (None, None, "All ages"),
        (0, None, "All ages"),
        (4, 4, "Age 4"),
        (18, 5, "Ages 5 to 18"),
    ],
)
def test_age_range(low: int | None, high: int | None, text: str) -> None:
    assert f.age_range(low, high) == text


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        (("MO", "TU", "WE", "TH", "FR"), "Monday to Friday"),
        (("SA", "SU"), "Weekends"),
        (("MO", "TU", "WE", "TH", "FR", "SA", "SU"), "Every day"),
        (("TU",), "Tuesday"),
        (("MO", "TH"), "Monday and Thursday"),
        (("MO", "TU", "WE", "TH"), "Monday to Thursday"),
        (("MO", "TU", "WE", "FR"), "Monday to Wednesday and Friday"),
        (("MO", "WE", "FR"), "Monday, Wednesday and Friday"),
        (("FR", "MO", "mo"), "Monday and Friday"),
        (("XX",), ""),
        ((), ""),
    ],
)
def test_days_text(codes: tuple[str, ...], text: str) -> None:
    assert f.days_text(codes) == text


def test_short_days_text() -> None:
    assert f.short_days_text(("MO", "TU", "WE", "TH", "FR")) == "Monday to Friday"
    assert f.short_days_text(("TU", "TH")) == "Tue and Thu"
    assert f.short_days_text(("MO", "TU", "WE", "TH")) == "Mon to Thu"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("09:00:00", "9am"),
        ("08:45", "8:45am"),
        ("13:30:00", "1:30pm"),
        ("12:00", "12 noon"),
        ("12:15", "12:15pm"),
        ("00:00", "midnight"),
        ("00:30", "12:30am"),
        ("17:00:00", "5pm"),
        ("soon", "soon"),
        ("25:00", "25:00"),
    ],
)
def test_time_text(value: str, text: str) -> None:
    assert f.time_text(value) == text


def test_opening_text() -> None:
    weekdays = OpeningTime(("MO", "TU", "WE", "TH", "FR"), "09:00:00", "17:00:00", "")
    assert f.opening_text(weekdays) == "Monday to Friday, 9am to 5pm"
    assert f.opening_text(OpeningTime(("SA",), "", "", "Term time")) == "Saturday"
    assert f.opening_text(OpeningTime((), "10:00", "12:30", "")) == "10am to 12:30pm"
    assert f.opening_text(OpeningTime((), "", "", "By appointment")) == ""


def test_money() -> None:
    assert f.money(2.0) == "£2"
    assert f.money(7.1) == "£7.10"
    assert f.money(1250) == "£1,250"
    assert f.money(3.5, "EUR") == "€3.50"
    assert f.money(3, "CHF") == "3 CHF"


def test_cost_text_and_label() -> None:
    priced = (Cost("Per family", 2.0, "GBP", "per session"), Cost("Free", 0.0, "GBP", "No charge"))
    assert f.cost_text(False, priced) == ["£2 per session"]
    assert f.cost_text(True, (Cost("Free", 0.0, "GBP", "No charge"),)) == ["Free"]
    assert f.cost_text(False, ()) == ["There is a cost"]
    assert f.cost_text(None, ()) == ["Ask about the cost"]
    assert f.cost_text(False, (Cost("Hourly rate", 6.75, "GBP", ""),)) == ["£6.75 Hourly rate"]
    assert f.cost_label(True) == "Free"


def test_cost_text_says_a_repeated_price_once() -> None:
    twice = (Cost("Session", 3.0, "GBP", "per child"), Cost("Session", 3.0, "GBP", "per child"))
    assert f.cost_text(False, twice) == ["£3 per child"]


def test_districts_text() -> None:
    everywhere = ["A", "B", "C", "D"]
    assert f.districts_text(["B"], everywhere) == "B"
    assert f.districts_text(["A", "B"], everywhere) == "A and B"
    assert f.districts_text(["A", "B", "C"], everywhere) == "A, B and C"
    assert f.districts_text(everywhere, everywhere) == "All of Staffordshire"
    assert f.districts_text(["A", "B", "C", "D", "E"], ["X"] * 0 + ["Z"]) == "A, B and 3 more"
    assert f.districts_text([], everywhere) == ""


def test_join_words() -> None:
    assert f.join_words([]) == ""
    assert f.join_words(["a", "b", "c"]) == "a, b and c"


def test_translated_words_match_english(qapp) -> None:
    """The UI's translatable copy of the words says exactly what ENGLISH says."""
    from kiosk.ui.wording import words

    assert words() == f.ENGLISH


def test_breakable() -> None:
    assert f.breakable("a@b.org") == "a@\u200bb.\u200borg"
    assert f.breakable("a@b.org").replace("\u200b", "") == "a@b.org"


def test_display_url() -> None:
    assert f.display_url("https://www.example.org/a/b/") == "example.org/a/b"
    assert f.display_url("http://example.org") == "example.org"


def test_months_since_and_miles() -> None:
    import datetime

    today = datetime.date(2026, 11, 29)
    assert f.months_since("2025-11-29", today) == 12
    assert f.months_since("2025-11-30", today) == 11
    assert f.months_since("not a date", today) is None
    assert [f.miles_text(m) for m in (0.34, 1.02, 2.45, 12.6)] == [
        "0.3 miles",
        "1 mile",
        "2.5 miles",
        "13 miles",
    ]


def test_a_language_with_a_24_hour_clock_gets_one():
    from dataclasses import replace

    from kiosk.formatting import ENGLISH, time_text

    clock = replace(ENGLISH, clock_24h=True)
    assert [time_text(t, clock) for t in ("09:00:00", "13:30", "12:00", "00:00", "24:00")] == [
        "09:00",
        "13:30",
        "12:00",
        "00:00",
        "00:00",
    ]
    assert time_text("13:30") == "1:30pm"  # English keeps am and pm
