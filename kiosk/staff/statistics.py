"""Anonymous usage counts per day and hour, kept in the usage file, and their reports.

Nothing a visitor types is kept, unless the settings ask for the words of searches that
found nothing (keep_unfound_searches): then those words only, masked, lower-cased, cut to
UNFOUND_CHARS and counted per day, never with a time finer than the day.
"""

from __future__ import annotations

import csv
import datetime
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk.staff.masking import mask_personal
from kiosk.staff.usagedb import UsageFileError, open_usage, open_usage_readonly

if TYPE_CHECKING:
    from kiosk.config import Settings

log = logging.getLogger(__name__)

KEY_CHARS = 80  # a screen's name, a service id, a filter's kind: never longer
UNFOUND_CHARS = 40


class Event(StrEnum):
    """What is counted. The key says which one, where it matters (the names in brackets)."""

    SESSION = "session"  # a visitor's first touch after the welcome screen
    SCREEN = "screen"  # (the screen's name)
    TOPIC = "topic"  # (the topic's slug)
    CATEGORY = "category"  # (the category's id)
    SERVICE = "service"  # (the service's id)
    SEARCH = "search"
    SEARCH_NO_RESULTS = "search_no_results"
    FILTER = "filter"  # (the filter's kind: age, district, free, day, language, category)
    QR_SHOWN = "qr_shown"  # (what the code is for: web, phone, email, map)
    PAGE_PRINTED = "page_printed"
    LANGUAGE = "language"  # (the language's code)
    ACCESSIBILITY = "accessibility"  # (the option: text_size, colour_scheme, read_aloud)
    IDLE_RESET = "idle_reset"


def _now() -> datetime.datetime:
    return datetime.datetime.now()


class UsageRecorder:
    """Counts events in the usage file: one committed write each, a few tens of µs.

    Safe to call from any thread. Never raises for the file: a problem is logged (once) and
    the count is lost, so that statistics never stop the kiosk. The file is opened at the
    first count. With ENABLED false (statistics = false) nothing is written at all.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        enabled: bool = True,
        keep_unfound: bool = False,
        clock: Callable[[], datetime.datetime] = _now,
    ) -> None:
        self.path = path
        self.enabled = enabled
        self.keep_unfound = keep_unfound
        self.clock = clock
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._complained = False

    @classmethod
    def from_settings(cls, settings: Settings, path: Path | None = None) -> UsageRecorder:
        return cls(path, enabled=settings.statistics, keep_unfound=settings.keep_unfound_searches)

    def record(self, event: Event | str, key: str = "") -> None:
        """Count one EVENT (an Event or its value) this hour; KEY says which, where it matters.

        Raises ValueError for an event that is not an Event: a mistake in the caller.
        """
        event = Event(event)
        if not self.enabled:
            return
        now = self.clock()
        self._write(
            "INSERT INTO counts (day, hour, event, key, n) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT (day, hour, event, key) DO UPDATE SET n = n + 1",
            (now.date().isoformat(), now.hour, event.value, key.strip()[:KEY_CHARS]),
        )

    def search_found_nothing(self, text: str) -> None:
        """Count a search with no results; keep its words only when the settings allow."""
        self.record(Event.SEARCH_NO_RESULTS)
        words = unfound_words(text)
        if not (self.enabled and self.keep_unfound and words):
            return
        self._write(
            "INSERT INTO unfound_searches (day, words, n) VALUES (?, ?, 1) "
            "ON CONFLICT (day, words) DO UPDATE SET n = n + 1",
            (self.clock().date().isoformat(), words),
        )

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _write(self, sql: str, values: tuple[Any, ...]) -> None:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = open_usage(self.path)
                self._conn.execute(sql, values)
            except (UsageFileError, sqlite3.Error) as exc:
                if not self._complained:
                    log.warning("usage statistics not kept: %s", exc)
                    self._complained = True


def unfound_words(text: str) -> str:
    """What is kept of a search that found nothing: masked, lower case, at most UNFOUND_CHARS."""
    words = " ".join(mask_personal(text).lower().split())
    return words[:UNFOUND_CHARS].strip()


@dataclass(frozen=True)
class Count:
    day: str  # ISO date, the kiosk's local time
    hour: int  # 0 to 23
    event: str
    key: str
    count: int


@dataclass(frozen=True)
class UnfoundSearch:
    day: str
    words: str
    count: int


def _between(start: datetime.date | None, end: datetime.date | None) -> tuple[str, list[str]]:
    """An SQL condition on `day` from START to END (both included), and its values."""
    clauses, values = ["1"], []
    if start is not None:
        clauses.append("day >= ?")
        values.append(start.isoformat())
    if end is not None:
        clauses.append("day <= ?")
        values.append(end.isoformat())
    return " AND ".join(clauses), values


def read_counts(
    path: Path | None = None,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> list[Count]:
    """The counts from START to END (inclusive), oldest first. Raises UsageFileError."""
    conn = open_usage_readonly(path)
    if conn is None:
        return []
    where, values = _between(start, end)
    try:
        rows = conn.execute(
            f"SELECT day, hour, event, key, n FROM counts WHERE {where} "
            "ORDER BY day, hour, event, key",
            values,
        ).fetchall()
    finally:
        conn.close()
    return [Count(*row) for row in rows]


def read_unfound(
    path: Path | None = None,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> list[UnfoundSearch]:
    """The words of searches that found nothing, per day, most often first within a day."""
    conn = open_usage_readonly(path)
    if conn is None:
        return []
    where, values = _between(start, end)
    try:
        rows = conn.execute(
            f"SELECT day, words, n FROM unfound_searches WHERE {where} ORDER BY day, n DESC, words",
            values,
        ).fetchall()
    finally:
        conn.close()
    return [UnfoundSearch(*row) for row in rows]


def write_counts_csv(counts: list[Count], out: TextIO) -> None:
    """One row per day, hour, event and key: day,hour,event,key,count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["day", "hour", "event", "key", "count"])
    for count in counts:
        writer.writerow([count.day, count.hour, count.event, count.key, count.count])


@dataclass
class UsageSummary:
    """The one-page summary: totals, the busiest hours, the most looked-at things."""

    first_day: str
    last_day: str
    totals: dict[str, int]  # event -> count, for every Event
    by_hour: dict[int, int]  # hour -> sessions (0 to 23, all present)
    top: dict[str, list[tuple[str, int]]]  # event -> its most counted keys, most first
    unfound: list[tuple[str, int]]  # the words of searches that found nothing, most first

    def to_json(self) -> dict[str, Any]:
        return {
            "first_day": self.first_day,
            "last_day": self.last_day,
            "totals": self.totals,
            "by_hour": {str(hour): n for hour, n in self.by_hour.items()},
            "top": {event: [list(pair) for pair in pairs] for event, pairs in self.top.items()},
            "unfound_searches": [list(pair) for pair in self.unfound],
        }

    def text(self, width: int = 40) -> list[str]:
        """The summary as lines of text, with a bar chart of sessions by hour."""
        if not self.first_day:
            return ["No usage recorded yet."]
        lines = [f"Usage from {self.first_day} to {self.last_day}"]
        lines += [f"  {event.replace('_', ' ')}: {n}" for event, n in self.totals.items()]
        lines.append("Sessions by hour of the day:")
        busiest = max(self.by_hour.values()) or 1
        for hour, n in self.by_hour.items():
            if n:
                lines.append(f"  {hour:02d}:00 {'#' * max(1, n * width // busiest)} {n}")
        for event, pairs in self.top.items():
            lines.append(f"Most {event.replace('_', ' ')}:")
            lines += [f"  {n:>6}  {key}" for key, n in pairs]
        if self.unfound:
            lines.append("Searches that found nothing:")
            lines += [f"  {n:>6}  {words}" for words, n in self.unfound]
        return lines


def summarise_usage(
    counts: list[Count], unfound: list[UnfoundSearch], top: int = 10
) -> UsageSummary:
    totals = dict.fromkeys((event.value for event in Event), 0)
    by_hour = dict.fromkeys(range(24), 0)
    keyed: dict[str, dict[str, int]] = {}
    for count in counts:
        totals[count.event] = totals.get(count.event, 0) + count.count
        if count.event == Event.SESSION:
            by_hour[count.hour] += count.count
        if count.key:
            per_key = keyed.setdefault(count.event, {})
            per_key[count.key] = per_key.get(count.key, 0) + count.count
    words: dict[str, int] = {}
    for search in unfound:
        words[search.words] = words.get(search.words, 0) + search.count
    days = sorted({c.day for c in counts} | {u.day for u in unfound})
    return UsageSummary(
        first_day=days[0] if days else "",
        last_day=days[-1] if days else "",
        totals=totals,
        by_hour=by_hour,
        top={event: _most(per_key, top) for event, per_key in keyed.items()},
        unfound=_most(words, top),
    )


def _most(counted: dict[str, int], top: int) -> list[tuple[str, int]]:
    return sorted(counted.items(), key=lambda pair: (-pair[1], pair[0]))[:top]
