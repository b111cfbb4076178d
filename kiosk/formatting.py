"""Service facts as short phrases: ages, days, opening hours, cost, districts, take-away lines.

Qt-free, so every rule can be tested exactly, and used alike by the screens, the QR
take-away text and the command line. The words themselves come in a `Words` object:
ENGLISH here, and a translated copy from kiosk.ui.wording.words() for the screens (this
module decides how to say a thing; the translation decides in which language).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kiosk.store.days import DAY_CODES, ENGLISH_DAY_NAMES
from kiosk.store.models import Cost, OpeningTime

CURRENCY_SIGNS = {"GBP": "£", "EUR": "€", "USD": "$"}


@dataclass(frozen=True)
class Words:
    """Every phrase this module builds sentences from; {0} and {1} are filled in."""

    day_names: tuple[str, str, str, str, str, str, str]
    short_day_names: tuple[str, str, str, str, str, str, str]
    all_ages: str
    ages_between: str  # "Ages {0} to {1}"
    age_exactly: str  # "Age {0}"
    ages_from: str  # "Ages {0} and over"
    ages_up_to: str  # "Ages up to {0}"
    every_day: str
    weekdays: str  # "Monday to Friday"
    weekends: str
    day_range: str  # "{0} to {1}"
    and_join: str  # "{0} and {1}"
    list_join: str  # ", "
    times_join: str  # "; "  (between opening times that each have commas)
    time_am: str  # "{0}am"
    time_pm: str  # "{0}pm"
    noon: str
    midnight: str
    hours: str  # "{0} to {1}"
    days_and_hours: str  # "{0}, {1}"
    free: str
    costs_money: str
    cost_unknown: str
    amount_with_note: str  # "{0} {1}"  (£2 per session)
    all_districts: str
    districts_and_more: str  # "{0} and {1} more"
    phone_line: str  # "Phone: {0}"  (the take-away text)
    email_line: str  # "Email: {0}"
    web_line: str  # "Web: {0}"
    address_line: str  # "Address: {0}"
    open_line: str  # "Open: {0}"
    more_on_kiosk: str  # "(+{0} more on the kiosk)"
    miles: str  # "{0} miles"  (how far away)
    one_mile: str  # "1 mile"
    away: str  # "{0} away"  (2.4 miles away)
    # Clock times as 13:30, for languages that do not use am and pm (set from the locale)
    clock_24h: bool = False


ENGLISH = Words(
    day_names=tuple(ENGLISH_DAY_NAMES.values()),  # type: ignore[arg-type]
    short_day_names=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    all_ages="All ages",
    ages_between="Ages {0} to {1}",
    age_exactly="Age {0}",
    ages_from="Ages {0} and over",
    ages_up_to="Ages up to {0}",
    every_day="Every day",
    weekdays="Monday to Friday",
    weekends="Weekends",
    day_range="{0} to {1}",
    and_join="{0} and {1}",
    list_join=", ",
    times_join="; ",
    time_am="{0}am",
    time_pm="{0}pm",
    noon="12 noon",
    midnight="midnight",
    hours="{0} to {1}",
    days_and_hours="{0}, {1}",
    free="Free",
    costs_money="There is a cost",
    cost_unknown="Ask about the cost",
    amount_with_note="{0} {1}",
    all_districts="All of Staffordshire",
    districts_and_more="{0} and {1} more",
    phone_line="Phone: {0}",
    email_line="Email: {0}",
    web_line="Web: {0}",
    address_line="Address: {0}",
    open_line="Open: {0}",
    more_on_kiosk="(+{0} more on the kiosk)",
    miles="{0} miles",
    one_mile="1 mile",
    away="{0} away",
)


def join_words(items: Sequence[str], words: Words = ENGLISH) -> str:
    """'a' / 'a and b' / 'a, b and c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return words.and_join.format(words.list_join.join(items[:-1]), items[-1])


def age_range(min_age: int | None, max_age: int | None, words: Words = ENGLISH) -> str:
    """'Ages 5 to 18', 'Age 4', 'Ages 16 and over', 'Ages up to 5' or 'All ages'."""
    low = min_age if min_age is not None and min_age > 0 else None
    if low is None and max_age is None:
        return words.all_ages
    if max_age is None:
        return words.ages_from.format(low)
    if low is None:
        return words.ages_up_to.format(max_age) if min_age is None else _between(0, max_age, words)
    return _between(low, max_age, words)


def _between(low: int, high: int, words: Words) -> str:
    if low == high:
        return words.age_exactly.format(low)
    low, high = min(low, high), max(low, high)
    return words.ages_between.format(low, high)


def _day_index(code: str) -> int | None:
    key = code.strip().upper()[:2]
    return DAY_CODES.index(key) if key in DAY_CODES else None


def days_text(codes: Iterable[str], words: Words = ENGLISH) -> str:
    """Day codes as words: 'Monday to Friday', 'Weekends', 'Tuesday and Thursday', ...

    Runs of three or more days in a row are written 'Monday to Wednesday'; unknown codes are
    ignored; an empty list gives ''.
    """
    found = {i for i in (_day_index(c) for c in codes) if i is not None}
    days = sorted(found)
    if not days:
        return ""
    if len(days) == 7:
        return words.every_day
    if tuple(days) == (0, 1, 2, 3, 4):
        return words.weekdays
    if tuple(days) == (5, 6):
        return words.weekends
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(words.day_range.format(words.day_names[run[0]], words.day_names[run[-1]]))
        else:
            parts.extend(words.day_names[d] for d in run)
    return join_words(parts, words)


def short_days_text(codes: Iterable[str], words: Words = ENGLISH) -> str:
    """Days for a card, where room is short: 'Mon to Fri', 'Tue and Thu', 'Every day'."""
    return days_text(codes, replace(words, day_names=words.short_day_names))


def time_text(value: str, words: Words = ENGLISH) -> str:
    """'09:00:00' -> '9am', '13:30' -> '1:30pm', '12:00' -> '12 noon' (or '09:00', '13:30'
    with words.clock_24h); odd input as it is."""
    parts = value.strip().split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return value.strip()
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return value.strip()
    if words.clock_24h:
        return f"{hour % 24:02d}:{minute:02d}"
    if minute == 0 and hour in (0, 24):
        return words.midnight
    if minute == 0 and hour == 12:
        return words.noon
    clock = (hour % 12) or 12
    shown = f"{clock}" if minute == 0 else f"{clock}:{minute:02d}"
    return (words.time_pm if 12 <= hour < 24 else words.time_am).format(shown)


def opening_text(slot: OpeningTime, words: Words = ENGLISH) -> str:
    """One opening time: 'Monday to Friday, 9am to 5pm' (days or hours alone if that is all)."""
    days = days_text(slot.days, words)
    hours = ""
    if slot.opens_at.strip() and slot.closes_at.strip():
        hours = words.hours.format(
            time_text(slot.opens_at, words), time_text(slot.closes_at, words)
        )
    if days and hours:
        return words.days_and_hours.format(days, hours)
    return days or hours


def money(amount: float, currency: str = "GBP") -> str:
    """2.0 -> '£2', 7.1 -> '£7.10', 3.5 EUR -> '€3.50', other currencies '3.50 XYZ'."""
    number = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    sign = CURRENCY_SIGNS.get(currency.strip().upper())
    if sign:
        return f"{sign}{number}"
    return f"{number} {currency.strip()}".strip()


def cost_label(is_free: bool | None, words: Words = ENGLISH) -> str:
    """The one-word answer for a card: 'Free', 'There is a cost' or 'Ask about the cost'."""
    if is_free is None:
        return words.cost_unknown
    return words.free if is_free else words.costs_money


def cost_text(is_free: bool | None, costs: Iterable[Cost], words: Words = ENGLISH) -> list[str]:
    """What it costs, one line each: ['£2 per session', '£55 for a one-hour session'].

    Free services, and services without any priced option, get the one-line cost_label.
    """
    lines: list[str] = []
    for cost in costs:
        if cost.amount is None or cost.amount <= 0:
            continue
        price = money(cost.amount, cost.currency or "GBP")
        note = cost.description.strip() or cost.option.strip()
        line = words.amount_with_note.format(price, note) if note else price
        if line not in lines:
            lines.append(line)
    if is_free or not lines:
        return [cost_label(is_free, words)]
    return lines


def districts_text(
    districts: Sequence[str],
    all_districts: Sequence[str] = (),
    words: Words = ENGLISH,
    most: int = 2,
) -> str:
    """'Tamworth', 'Lichfield and Tamworth', 'Stafford, Lichfield and 3 more' (after `most`),
    or 'All of Staffordshire' when the service covers every district there is."""
    if not districts:
        return ""
    if all_districts and set(all_districts) <= set(districts):
        return words.all_districts
    if len(districts) <= most + 1:
        return join_words(list(districts), words)
    shown = words.list_join.join(districts[:most])
    return words.districts_and_more.format(shown, len(districts) - most)


def breakable(address: str) -> str:
    """An email or web address that may wrap after '@', '.' and '/' (zero-width spaces)."""
    return re.sub(r"([@./])", "\\1\u200b", address)


def display_url(url: str) -> str:
    """A web address as people read it: no 'https://', no 'www.', no trailing '/'."""
    text = re.sub(r"(?i)^https?://", "", url.strip())
    text = re.sub(r"(?i)^www\.", "", text)
    return text.rstrip("/")


def months_since(iso_day: str, today: datetime.date) -> int | None:
    """Whole months from ISO_DAY ('2021-03-04') to TODAY; None if it is not a date."""
    try:
        day = datetime.date.fromisoformat(iso_day[:10])
    except ValueError:
        return None
    months = (today.year - day.year) * 12 + today.month - day.month
    return months - (today.day < day.day)


def miles_text(miles: float, words: Words = ENGLISH) -> str:
    """'0.3 miles', '1 mile', '2.4 miles', '12 miles': tenths when near, whole miles further."""
    shown = f"{miles:.1f}".rstrip("0").rstrip(".") if miles < 10 else f"{miles:.0f}"
    return words.one_mile if shown == "1" else words.miles.format(shown)
