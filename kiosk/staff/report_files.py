"""The reports staff take away: usage and feedback over a period, and writing them to a stick.

Everything is read from the usage file (kiosk.staff.usagedb). save_reports() writes all the
files into a new folder on the stick, or nothing at all: they are written under a hidden
name first, flushed to the stick, and the folder is renamed only when every file is there.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.staff.feedback import FeedbackKind, read_feedback, write_feedback_csv
from kiosk.staff.statistics import (
    Event,
    UsageSummary,
    read_counts,
    read_unfound,
    summarise_usage,
    write_counts_csv,
)

PERIODS_DAYS = (7, 30)  # the summaries staff see
TOP = 5  # the most opened topics, categories and services listed
USAGE_CSV = "usage.csv"
FEEDBACK_CSV = "feedback.csv"
SUMMARY_PNG = "summary.png"
FOLDER_PREFIX = "send-kiosk-reports"


class ReportWriteError(OSError):
    """The reports could not be written (the stick is full, read-only or was taken out)."""


@dataclass
class PeriodReport:
    """Usage and feedback over the last DAYS days, up to and including LAST."""

    days: int
    first: datetime.date
    last: datetime.date
    usage: UsageSummary
    sessions_by_day: list[tuple[datetime.date, int]]  # every day of the period, oldest first
    ratings: Counter[str] = field(default_factory=Counter)  # rating id -> count
    problems: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # reason id -> count
    comments: int = 0

    def total(self, event: Event) -> int:
        return self.usage.totals.get(event.value, 0)

    def most(self, event: Event) -> list[tuple[str, int]]:
        return self.usage.top.get(event.value, [])[:TOP]


def period_report(
    days: int, path: Path | None = None, today: datetime.date | None = None
) -> PeriodReport:
    """The last DAYS days' usage and feedback. Raises UsageFileError when it cannot be read."""
    last = today or datetime.date.today()
    first = last - datetime.timedelta(days=days - 1)
    counts = read_counts(path, start=first, end=last)
    unfound = read_unfound(path, start=first, end=last)
    per_day: Counter[str] = Counter()
    for count in counts:
        if count.event == Event.SESSION:
            per_day[count.day] += count.count
    report = PeriodReport(
        days=days,
        first=first,
        last=last,
        usage=summarise_usage(counts, unfound, top=TOP),
        sessions_by_day=[
            (day, per_day[day.isoformat()])
            for day in (first + datetime.timedelta(days=n) for n in range(days))
        ],
    )
    for entry in read_feedback(path, start=first, end=last):
        if entry.kind == FeedbackKind.PROBLEM:
            report.problems += 1
        else:
            report.ratings[entry.rating] += 1
        report.reasons.update(entry.reasons)
        report.comments += bool(entry.comment)
    return report


def usage_csv(path: Path | None = None) -> bytes:
    """Every count in the usage file, as `kiosk stats --csv` prints them."""
    out = io.StringIO()
    write_counts_csv(read_counts(path), out)
    return out.getvalue().encode("utf-8")


def feedback_csv(path: Path | None = None) -> bytes:
    """Every feedback given, as `kiosk feedback --csv` prints it."""
    out = io.StringIO()
    write_feedback_csv(read_feedback(path), out)
    return out.getvalue().encode("utf-8")


def folder_name(kiosk_name: str, now: datetime.datetime) -> str:
    """send-kiosk-reports-<kiosk>-<YYYY-MM-DD-HHMM>, safe on any stick's file system."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", kiosk_name).strip("-")[:40] or "kiosk"
    return f"{FOLDER_PREFIX}-{safe}-{now:%Y-%m-%d-%H%M}"


def save_reports(target: Path, name: str, files: dict[str, bytes]) -> Path:
    """Write FILES (name -> bytes) into a new folder NAME in TARGET; all of them or none.

    Returns the folder. Raises ReportWriteError, saying why, and leaves nothing behind.
    """
    final = target / name
    if final.exists():
        final = target / f"{name}-{os.getpid()}"
    partial = target / f".{final.name}.partial"
    try:
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir()
        for file_name, data in files.items():
            with open(partial / file_name, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        os.replace(partial, final)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise ReportWriteError(f"cannot write to {target}: {exc.strerror or exc}") from None
    return final
