"""When an activity happens, as families ask: after school, at weekends, in the school holidays.

Decided from what ORUK feeds carry (schedules: byday, opens_at and a description; and the
service's own name and description), since no feed says "after school" in a field:

- AFTER_SCHOOL: a schedule on a weekday (MO to FR, "1MO" counts) that opens at 15:00 or
  later, or whose words say "after school".
- WEEKENDS: a schedule on a Saturday or a Sunday (the service_days the import keeps).
- SCHOOL_HOLIDAYS: a schedule's words, or the service's name or description, speak of the
  school holidays ("school holidays", "summer holidays", "half term", "holiday club",
  "play scheme", "including school holidays"). "Bank holidays" alone never counts: "closed
  on bank holidays" says nothing about the school holidays, nor does "term time only".
"""

from __future__ import annotations

import re

from kiosk.store.days import DAY_CODES

AFTER_SCHOOL = "after_school"
WEEKENDS = "weekends"
SCHOOL_HOLIDAYS = "school_holidays"
TIMES = (AFTER_SCHOOL, WEEKENDS, SCHOOL_HOLIDAYS)  # the Filters.when choices, in this order

SCHOOL_ENDS = (15, 0)  # a weekday session from this hour and minute on is after school
WEEKDAYS = DAY_CODES[:5]
WEEKEND_DAYS = DAY_CODES[5:]
SAYS_AFTER_SCHOOL = re.compile(r"\bafter[- ]school\b", re.I)
BANK_HOLIDAY = re.compile(r"\bbank[- ]holidays?\b", re.I)
SAYS_SCHOOL_HOLIDAYS = re.compile(
    r"\b(?:school|summer|easter|christmas|october|february|half[- ]term)\s+holidays?\b"
    r"|\bhalf[- ]term\b|\bholiday\s+(?:club|scheme|activit\w*|play\w*)\b|\bplay\s?schemes?\b",
    re.I,
)


def _clock(text: str) -> tuple[int, int] | None:
    """'15:30:00' or '15.30' -> (15, 30); anything else -> None."""
    found = re.match(r"\s*(\d{1,2})(?:[:.](\d{2}))?", text)
    if not found:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _days(byday: str) -> set[str]:
    return {code.strip().lstrip("+-0123456789").upper() for code in byday.split(",")}


def is_after_school(byday: str, opens_at: str, description: str) -> bool:
    """One schedule: a weekday session that starts once school is out."""
    if SAYS_AFTER_SCHOOL.search(description):
        return True
    opens = _clock(opens_at)
    return opens is not None and opens >= SCHOOL_ENDS and bool(_days(byday) & set(WEEKDAYS))


def says_school_holidays(text: str) -> bool:
    """Words that speak of the school holidays (bank holidays are left out first)."""
    return bool(SAYS_SCHOOL_HOLIDAYS.search(BANK_HOLIDAY.sub(" ", text)))
