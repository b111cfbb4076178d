"""Visitors' feedback on a service or a topic page, for the council's "You said, we did".

A rating (helpful, partly, not helpful) or a reported problem, with reasons chosen from a
list kept as data (resources/vocabulary/feedback_reasons.csv, wording and all) and an
optional short comment, masked of personal data before it is stored. Only the day is kept.
"""

from __future__ import annotations

import csv
import datetime
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from kiosk.staff.masking import mask_personal
from kiosk.staff.usagedb import UsageFileError, open_usage, open_usage_readonly
from kiosk.store.vocabulary import read_rows

MAX_COMMENT = 300  # characters kept of a comment, after masking
MAX_SUBJECT = 200
SUBJECT_KINDS = ("service", "topic")


class FeedbackKind(StrEnum):
    RATING = "rating"  # "Was this helpful?"
    PROBLEM = "problem"  # "Report a problem with this service"


class FeedbackRefused(ValueError):
    """The feedback cannot be stored as given (a mistake in the caller); says why."""


@dataclass(frozen=True)
class Choice:
    """One rating or reason a visitor can tap, with the words shown for it."""

    id: str
    wording: str
    kinds: tuple[str, ...] = ()  # which kinds of feedback offer it (reasons only)


@cache
def ratings() -> tuple[Choice, ...]:
    """The three faces, best first."""
    return tuple(Choice(row["id"], row["wording"]) for row in read_rows("feedback_ratings.csv"))


@cache
def _reasons() -> tuple[Choice, ...]:
    rows = read_rows("feedback_reasons.csv")
    return tuple(Choice(row["id"], row["wording"], tuple(row["kinds"].split())) for row in rows)


def reasons(kind: FeedbackKind = FeedbackKind.RATING) -> tuple[Choice, ...]:
    """The reasons offered with a feedback of KIND, in the order to show them."""
    return tuple(reason for reason in _reasons() if kind.value in reason.kinds)


@dataclass(frozen=True)
class Feedback:
    day: str  # ISO date
    subject_kind: str  # "service" or "topic"
    subject: str  # the service's id or the topic's slug
    kind: str  # a FeedbackKind's value
    rating: str  # a rating's id, or "" for a problem report
    reasons: tuple[str, ...]  # reasons' ids
    comment: str  # masked

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"reasons": list(self.reasons)}


def give_feedback(
    subject_kind: str,
    subject: str,
    *,
    kind: FeedbackKind = FeedbackKind.RATING,
    rating: str = "",
    reasons_given: Iterable[str] = (),
    comment: str = "",
    path: Path | None = None,
    today: datetime.date | None = None,
) -> Feedback:
    """Store one feedback and return it as stored (the comment masked and cut short).

    A RATING needs a rating; a PROBLEM has none. Raises FeedbackRefused for a mistake in
    what is given, UsageFileError when the usage file cannot be written.
    """
    chosen = tuple(dict.fromkeys(reasons_given))
    _check(subject_kind, subject, kind, rating, chosen)
    entry = Feedback(
        day=(today or datetime.date.today()).isoformat(),
        subject_kind=subject_kind,
        subject=subject.strip(),
        kind=kind.value,
        rating=rating,
        reasons=chosen,
        comment=clean_comment(comment),
    )
    conn = open_usage(path)
    try:
        conn.execute(
            "INSERT INTO feedback (day, subject_kind, subject, kind, rating, reasons, comment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            _row(entry),
        )
    except sqlite3.Error as exc:
        raise UsageFileError(f"feedback not kept: {exc}") from None
    finally:
        conn.close()
    return entry


def _row(entry: Feedback) -> tuple[str, ...]:
    return (
        entry.day,
        entry.subject_kind,
        entry.subject,
        entry.kind,
        entry.rating,
        " ".join(entry.reasons),
        entry.comment,
    )


def _check(
    subject_kind: str, subject: str, kind: FeedbackKind, rating: str, chosen: tuple[str, ...]
) -> None:
    if subject_kind not in SUBJECT_KINDS:
        raise FeedbackRefused(f"feedback is on a service or a topic, not {subject_kind!r}")
    if not subject.strip() or len(subject) > MAX_SUBJECT:
        raise FeedbackRefused("feedback needs the service's id or the topic's slug")
    if kind is FeedbackKind.RATING and rating not in {r.id for r in ratings()}:
        raise FeedbackRefused(f"{rating!r} is not a rating")
    if kind is FeedbackKind.PROBLEM and rating:
        raise FeedbackRefused("a problem report has no rating")
    offered = {reason.id for reason in reasons(kind)}
    unknown = [reason for reason in chosen if reason not in offered]
    if unknown:
        raise FeedbackRefused(f"not reasons for a {kind.value}: {', '.join(unknown)}")


def clean_comment(comment: str) -> str:
    """COMMENT as it is kept: one line, personal data masked, at most MAX_COMMENT characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in comment).split())
    return mask_personal(text)[:MAX_COMMENT].strip()


def read_feedback(
    path: Path | None = None,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> list[Feedback]:
    """The feedback given from START to END (inclusive), oldest first. Raises UsageFileError."""
    conn = open_usage_readonly(path)
    if conn is None:
        return []
    values = [(start or datetime.date.min).isoformat(), (end or datetime.date.max).isoformat()]
    try:
        rows = conn.execute(
            "SELECT day, subject_kind, subject, kind, rating, reasons, comment FROM feedback "
            "WHERE day BETWEEN ? AND ? ORDER BY day, id",
            values,
        ).fetchall()
    finally:
        conn.close()
    return [
        Feedback(day, subject_kind, subject, kind, rating, tuple(reasons.split()), comment)
        for day, subject_kind, subject, kind, rating, reasons, comment in rows
    ]


def write_feedback_csv(entries: list[Feedback], out: TextIO) -> None:
    """day,subject_kind,subject,kind,rating,reasons,comment; reasons in their own words."""
    wording = {reason.id: reason.wording for reason in _reasons()}
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["day", "subject_kind", "subject", "kind", "rating", "reasons", "comment"])
    for entry in entries:
        said = "; ".join(wording.get(reason, reason) for reason in entry.reasons)
        writer.writerow([*_row(entry)[:5], said, _safe_cell(entry.comment)])


def _safe_cell(text: str) -> str:
    """TEXT, never read as a formula when the CSV is opened in a spreadsheet."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text
