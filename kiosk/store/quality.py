"""How good the data is, for staff: what services lack, how old their checks are, what was
repaired, which look like duplicates, and the records most worth asking the council to fix.

The checks follow the content rules of the Open Referral UK validator (a way to get in
touch, where the service is, who it is for, what it costs, when it runs), plus the age
range and how long ago each record was last checked.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.store.schema import Queryable

WORST_SHOWN = 20

# What a service may lack -> the SQL condition that is true when it lacks it (alias s).
MISSING: dict[str, str] = {
    "way to get in touch": """s.url = '' AND s.email = ''
        AND NOT EXISTS (SELECT 1 FROM phones p WHERE p.service_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.service_id = s.id AND c.email != '')
        AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = s.organisation_id
                        AND (o.url != '' OR o.email != ''))""",
    "age range": "s.min_age IS NULL AND s.max_age IS NULL",
    "place or area": """
        NOT EXISTS (SELECT 1 FROM service_at_locations l WHERE l.service_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id)""",
    "category from the publisher": """NOT EXISTS (SELECT 1 FROM service_taxonomy st
        JOIN taxonomy_terms t ON t.id = st.term_id
        WHERE st.service_id = s.id AND t.kind != 'need')""",
    "description": "s.description = ''",
    "cost information": """s.fees_description = ''
        AND NOT EXISTS (SELECT 1 FROM cost_options c WHERE c.service_id = s.id)""",
    "opening times": "NOT EXISTS (SELECT 1 FROM schedules x WHERE x.service_id = s.id)",
}

# How long ago a record was last checked, in days: (label, from, up to)
AGE_BANDS = (
    ("checked in the last 6 months", 0, 183),
    ("6 to 12 months ago", 183, 366),
    ("1 to 2 years ago", 366, 731),
    ("over 2 years ago", 731, None),
)
NO_DATE = "no date given"


@dataclass(frozen=True)
class Lack:
    what: str
    count: int
    percent: float


@dataclass(frozen=True)
class WeakRecord:
    id: str
    name: str
    lacks: tuple[str, ...]
    checked_on: str  # '' when the record gives no date


@dataclass
class QualityReport:
    services: int
    missing: list[Lack] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # age band -> services
    repairs: dict[str, int] = field(default_factory=dict)  # repair made -> times
    inferred: int = 0  # services the kiosk placed in groups from their own words
    duplicates: int = 0  # services whose name and organisation another service shares
    worst: list[WeakRecord] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def quality_of(db: Queryable, today: datetime.date | None = None) -> QualityReport:
    """The quality report of the (readable) kiosk database DB."""
    today = today or datetime.date.today()
    total = int(db.execute("SELECT count(*) FROM services").fetchone()[0])
    report = QualityReport(services=total)
    lacking: dict[str, list[str]] = {}
    for what, condition in MISSING.items():
        ids = [row[0] for row in db.execute(f"SELECT s.id FROM services s WHERE {condition}")]
        report.missing.append(Lack(what, len(ids), _percent(len(ids), total)))
        for service_id in ids:
            lacking.setdefault(service_id, []).append(what)
    report.checked = {label: 0 for label, *_ in AGE_BANDS} | {NO_DATE: 0}
    ages: dict[str, int | None] = {}
    for service_id, checked in db.execute("SELECT id, checked_on FROM services"):
        days = _days_since(checked, today)
        ages[service_id] = days
        report.checked[_band(days)] += 1
    latest = db.execute("SELECT repairs, inferred FROM dataset ORDER BY id DESC LIMIT 1").fetchone()
    if latest is not None:
        report.repairs = json.loads(latest[0] or "{}")
        report.inferred = int(latest[1] or 0)
    report.duplicates = int(
        db.execute(
            """SELECT COALESCE(sum(n), 0) FROM (SELECT count(*) AS n FROM services
            GROUP BY lower(name), COALESCE(organisation_id, '') HAVING count(*) > 1)"""
        ).fetchone()[0]
    )
    report.worst = _worst(db, lacking, ages)
    return report


def _worst(
    db: Queryable, lacking: dict[str, list[str]], ages: dict[str, int | None]
) -> list[WeakRecord]:
    """The records lacking most, oldest check first among equals, by name after that."""

    def weight(service_id: str) -> tuple[int, int]:
        days = ages.get(service_id)
        return len(lacking.get(service_id, ())), 100_000 if days is None else days

    candidates = [sid for sid in ages if lacking.get(sid) or (ages[sid] or 0) > 366]
    names = {}
    for service_id, name, checked in db.execute("SELECT id, name, checked_on FROM services"):
        names[service_id] = (name, checked)
    ranked = sorted(
        candidates,
        key=lambda sid: (-weight(sid)[0], -weight(sid)[1], names[sid][0].casefold()),
    )
    return [
        WeakRecord(sid, names[sid][0], tuple(lacking.get(sid, ())), names[sid][1])
        for sid in ranked[:WORST_SHOWN]
    ]


def _days_since(checked: str, today: datetime.date) -> int | None:
    try:
        return (today - datetime.date.fromisoformat(checked)).days
    except ValueError:
        return None


def _band(days: int | None) -> str:
    if days is None or days < 0:  # the writer stores no date ahead of today; never trust one
        return NO_DATE
    for label, _low, high in AGE_BANDS[:-1]:
        if high is not None and days < high:
            return label
    return AGE_BANDS[-1][0]


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
