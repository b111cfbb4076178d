"""Which services pass a visitor's filters, as cached byte masks indexed by services.sid.

A mask is ``bytes`` with one byte per sid, 1 when the service passes. Each filter value
is read from its indexed table once per Directory; combining filters is a bitwise AND
of whole masks, so a new combination costs microseconds, not a query per keystroke.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kiosk.store import times
from kiosk.store.models import Filters

MAX_COMBINATIONS = 64


def relaxations(filters: Filters) -> list[tuple[str, Filters]]:
    """The filters with one choice taken away, each labelled; then with all taken away."""
    options = [
        ("age", filters.age is not None, replace(filters, age=None)),
        ("district", filters.district is not None, replace(filters, district=None)),
        ("free", filters.free_only, replace(filters, free_only=False)),
        ("day", filters.day is not None, replace(filters, day=None)),
        ("language", filters.language is not None, replace(filters, language=None)),
        ("category", filters.category_id is not None, replace(filters, category_id=None)),
    ]
    found = [(label, relaxed) for label, active, relaxed in options if active]
    if len(found) > 1:
        found.append(("all filters", Filters()))
    return found


def and_masks(masks: Sequence[bytes], size: int) -> bytes:
    """The bytes that are 1 in every mask (each byte is 0 or 1, so an integer AND works)."""
    combined = int.from_bytes(masks[0], "little")
    for mask in masks[1:]:
        combined &= int.from_bytes(mask, "little")
    return combined.to_bytes(size, "little")


class FilterMasks:
    """Masks over one database; not thread-safe on its own (the Directory locks)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        row = conn.execute("SELECT max(sid) FROM services").fetchone()
        self.size = int(row[0] or 0) + 1
        self._facets: dict[tuple[str, object], bytes] = {}
        self._combined: dict[Filters, bytes] = {}

    def _from_rows(self, rows: Iterable[tuple[int]]) -> bytes:
        mask = bytearray(self.size)
        for (sid,) in rows:
            mask[sid] = 1
        return bytes(mask)

    def _facet(self, key: tuple[str, object], sql: str, params: Sequence[object]) -> bytes:
        mask = self._facets.get(key)
        if mask is None:
            mask = self._from_rows(self.conn.execute(sql, params))
            self._facets[key] = mask
        return mask

    def terms(self, term_ids: Sequence[str]) -> bytes:
        """Services with any of TERM_IDS (a category and its sub-categories)."""
        marks = ",".join("?" * len(term_ids))
        return self._facet(
            ("terms", tuple(sorted(term_ids))),
            f"""SELECT DISTINCT s.sid FROM service_groups st JOIN services s
            ON s.id = st.service_id WHERE st.term_id IN ({marks})""",
            list(term_ids),
        )

    def when(self, choice: str) -> bytes:
        """Services on at that time of the week or year (kiosk.store.times says how)."""
        mask = self._facets.get(("when", choice))
        if mask is not None:
            return mask
        if choice == times.WEEKENDS:
            marks = ",".join("?" * len(times.WEEKEND_DAYS))
            rows = self.conn.execute(
                f"""SELECT DISTINCT s.sid FROM service_days d JOIN services s
                ON s.id = d.service_id WHERE d.day IN ({marks})""",
                times.WEEKEND_DAYS,
            ).fetchall()
        elif choice == times.AFTER_SCHOOL:
            schedules = self.conn.execute(
                """SELECT s.sid, c.byday, c.opens_at, c.description FROM schedules c
                JOIN services s ON s.id = c.service_id"""
            )
            rows = [(sid,) for sid, *slot in schedules if times.is_after_school(*slot)]
        elif choice == times.SCHOOL_HOLIDAYS:
            texts = self.conn.execute(
                """SELECT s.sid, c.description FROM schedules c
                JOIN services s ON s.id = c.service_id
                UNION ALL SELECT sid, name || ' ' || description FROM services"""
            )
            rows = [(sid,) for sid, text in texts if times.says_school_holidays(text)]
        else:
            rows = []  # a choice this kiosk does not know: nothing is on then
        mask = self._from_rows(rows)
        self._facets[("when", choice)] = mask
        return mask

    def mask(self, filters: Filters, category_terms: Sequence[str] = ()) -> bytes | None:
        """Services passing FILTERS (None when there are none).

        CATEGORY_TERMS expands filters.category_id to its sub-categories; the district
        must be spelt as in the data (the Directory matches it case-insensitively).
        """
        if filters.is_empty():
            return None
        cached = self._combined.get(filters)
        if cached is not None:
            return cached
        parts: list[bytes] = []
        if filters.age is not None:
            parts.append(
                self._facet(
                    ("age", filters.age),
                    """SELECT sid FROM services WHERE (min_age IS NULL OR min_age <= ?)
                    AND (max_age IS NULL OR max_age >= ?)""",
                    [filters.age, filters.age],
                )
            )
        if filters.district is not None:
            parts.append(
                self._facet(
                    ("district", filters.district),
                    """SELECT s.sid FROM service_districts d JOIN services s
                    ON s.id = d.service_id WHERE d.district = ?""",
                    [filters.district],
                )
            )
        if filters.free_only:
            parts.append(self._facet(("free", 1), "SELECT sid FROM services WHERE is_free = 1", []))
        if filters.day is not None:
            parts.append(
                self._facet(
                    ("day", filters.day.upper()),
                    """SELECT s.sid FROM service_days d JOIN services s
                    ON s.id = d.service_id WHERE d.day = ?""",
                    [filters.day.upper()],
                )
            )
        if filters.language is not None:
            parts.append(
                self._facet(
                    ("language", filters.language.casefold()),
                    """SELECT DISTINCT s.sid FROM languages l JOIN services s
                    ON s.id = l.service_id WHERE l.name = ? COLLATE NOCASE""",
                    [filters.language.strip()],
                )
            )
        if filters.category_id is not None:
            parts.append(self.terms(category_terms or (filters.category_id,)))
        if filters.need_id is not None:
            parts.append(self.terms((filters.need_id,)))
        if filters.when is not None:
            parts.append(self.when(filters.when))
        combined = parts[0] if len(parts) == 1 else and_masks(parts, self.size)
        if len(self._combined) >= MAX_COMBINATIONS:
            self._combined.pop(next(iter(self._combined)))
        self._combined[filters] = combined
        return combined
