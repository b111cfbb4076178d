"""Reads services, taxonomy and dataset rows into the result dataclasses the UI shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.store.days import DAY_CODES
from kiosk.store.limits import TEXT_LIMITS
from kiosk.store.models import (
    Category,
    Cost,
    DatasetInfo,
    OpeningTime,
    PhoneNumber,
    Place,
    ServiceDetail,
    ServiceSummary,
)
from kiosk.store.vocabulary import districts as district_vocabulary

# The import caps text; these also bound what a database made by an older kiosk can send to
# a screen. A card shows the start of the description only.
SUMMARY_CHARS = 1000
DETAIL_CHARS = TEXT_LIMITS["description"]
LONG_CHARS = TEXT_LIMITS["long"]
ALERT_CHARS = TEXT_LIMITS["alert"]

KIND_ORDER = {"category": 0, "subcategory": 1, "need": 2}


@dataclass(frozen=True)
class TermNode:
    """A taxonomy term as browsing needs it: where it sits in the tree, and its kind."""

    id: str
    name: str
    kind: str
    parent_id: str | None


def load_taxonomy(conn: sqlite3.Connection) -> dict[str, TermNode]:
    rows = conn.execute("SELECT id, name, kind, parent_id FROM taxonomy_terms")
    return {row[0]: TermNode(*row) for row in rows}


def with_descendants(taxonomy: dict[str, TermNode], term_id: str) -> tuple[str, ...]:
    """TERM_ID and every term below it (a category and its sub-categories)."""
    children: dict[str, list[str]] = {}
    for term in taxonomy.values():
        if term.parent_id:
            children.setdefault(term.parent_id, []).append(term.id)
    found, todo = [term_id], [term_id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.append(child)
                todo.append(child)
    return tuple(found)


def load_districts(conn: sqlite3.Connection) -> list[str]:
    """Districts named in the data, in the order of resources/vocabulary/districts.csv."""
    rows = conn.execute(
        """SELECT district FROM service_districts UNION
        SELECT district FROM locations WHERE district IS NOT NULL AND district != ''"""
    )
    known = {name: i for i, name in enumerate(district_vocabulary().names)}
    return sorted((r[0] for r in rows), key=lambda d: (known.get(d, len(known)), d.casefold()))


def load_languages(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT min(name) FROM languages GROUP BY name COLLATE NOCASE ORDER BY name COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def load_dataset(conn: sqlite3.Connection) -> DatasetInfo | None:
    row = conn.execute(
        """SELECT source_name, COALESCE(publisher, ''), COALESCE(published, ''),
        COALESCE(version, ''), sample, imported_at, services, COALESCE(notice, ''),
        licence, newest_record FROM dataset ORDER BY id DESC LIMIT 1"""
    ).fetchone()
    if row is None:
        return None
    name, publisher, published, version, sample, imported_at, services, notice, *rest = row
    licence, newest = rest
    return DatasetInfo(
        name,
        publisher,
        published,
        version,
        bool(sample),
        imported_at,
        services,
        notice,
        licence,
        newest,
    )


def _in(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _grouped(conn: sqlite3.Connection, sql: str, ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for service_id, value in conn.execute(sql.format(marks=_in(ids)), list(ids)):
        found.setdefault(service_id, []).append(value)
    return found


def _free(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def summaries(
    conn: sqlite3.Connection,
    hits: Sequence[tuple[int, float]],
    taxonomy: dict[str, TermNode],
    district_order: dict[str, int],
) -> tuple[ServiceSummary, ...]:
    """One summary per hit, in the hits' order."""
    if not hits:
        return ()
    sids = [sid for sid, _ in hits]
    rows = conn.execute(
        f"""SELECT s.sid, s.id, s.name, COALESCE(o.name, ''),
        substr(s.description, 1, {SUMMARY_CHARS}), s.min_age,
        s.max_age, s.is_free FROM services s LEFT JOIN organisations o
        ON o.id = s.organisation_id WHERE s.sid IN ({_in(sids)})""",
        sids,
    ).fetchall()
    by_sid = {row[0]: row for row in rows}
    ids = [row[1] for row in rows]
    terms = _grouped(
        conn, "SELECT service_id, term_id FROM service_groups WHERE service_id IN ({marks})", ids
    )
    places = _grouped(
        conn,
        "SELECT service_id, district FROM service_districts WHERE service_id IN ({marks})",
        ids,
    )
    days = _grouped(
        conn, "SELECT service_id, day FROM service_days WHERE service_id IN ({marks})", ids
    )
    out = []
    for sid, score in hits:
        row = by_sid.get(sid)
        if row is None:
            continue
        _, service_id, name, organisation, description, low, high, free = row
        out.append(
            ServiceSummary(
                id=service_id,
                name=name,
                organisation=organisation,
                description=description,
                categories=tuple(t.name for t in _ordered_terms(terms.get(service_id), taxonomy)),
                districts=_ordered_districts(places.get(service_id), district_order),
                min_age=low,
                max_age=high,
                is_free=_free(free),
                days=tuple(d for d in DAY_CODES if d in days.get(service_id, ())),
                score=score,
            )
        )
    return tuple(out)


def _ordered_terms(term_ids: list[str] | None, taxonomy: dict[str, TermNode]) -> list[TermNode]:
    found = [taxonomy[t] for t in term_ids or () if t in taxonomy]
    return sorted(found, key=lambda t: (KIND_ORDER.get(t.kind, 3), t.name.casefold()))


def _ordered_districts(names: list[str] | None, order: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted(names or (), key=lambda d: (order.get(d, len(order)), d)))


def _days(byday: str) -> tuple[str, ...]:
    codes = {code.strip().lstrip("+-0123456789") for code in byday.upper().split(",")}
    return tuple(d for d in DAY_CODES if d in codes)


def service_detail(
    conn: sqlite3.Connection,
    service_id: str,
    taxonomy: dict[str, TermNode],
    district_order: dict[str, int],
    count_in: Callable[[str], int],
) -> ServiceDetail | None:
    row = conn.execute(
        f"""SELECT s.id, s.name, COALESCE(o.name, ''),
        substr(s.description, 1, {DETAIL_CHARS}), s.url, s.email,
        substr(s.fees_description, 1, {LONG_CHARS}),
        substr(s.eligibility_description, 1, {LONG_CHARS}),
        substr(s.application_process, 1, {LONG_CHARS}), substr(s.alert, 1, {ALERT_CHARS}),
        s.checked_on,
        s.min_age, s.max_age, s.is_free FROM services s LEFT JOIN organisations o
        ON o.id = s.organisation_id WHERE s.id = ?""",
        [service_id],
    ).fetchone()
    if row is None:
        return None
    one = [service_id]
    term_ids = [
        r[0] for r in conn.execute("SELECT term_id FROM service_groups WHERE service_id = ?", one)
    ]
    categories = tuple(
        Category(t.id, t.name, count_in(t.id), t.kind, t.parent_id)
        for t in _ordered_terms(term_ids, taxonomy)
    )
    places = []
    for loc in conn.execute(
        """SELECT l.id, l.name, l.address_1, l.address_2, l.city, l.postcode, l.district,
        l.latitude, l.longitude FROM service_at_locations sal JOIN locations l
        ON l.id = sal.location_id WHERE sal.service_id = ? ORDER BY l.name, l.id""",
        one,
    ):
        notes = conn.execute(
            "SELECT description FROM accessibility WHERE location_id = ? ORDER BY id", [loc[0]]
        )
        address = ", ".join(part for part in loc[2:6] if part)
        places.append(Place(loc[1], address, loc[6], loc[7], loc[8], tuple(n[0] for n in notes)))
    phones = conn.execute(
        "SELECT number, description FROM phones WHERE service_id = ? ORDER BY id", one
    )
    times = conn.execute(
        """SELECT byday, opens_at, closes_at, description FROM schedules
        WHERE service_id = ? ORDER BY id""",
        one,
    )
    costs = conn.execute(
        """SELECT option, amount, currency, amount_description FROM cost_options
        WHERE service_id = ? ORDER BY id""",
        one,
    )
    languages = conn.execute("SELECT name FROM languages WHERE service_id = ? ORDER BY id", one)
    areas = conn.execute("SELECT name FROM service_areas WHERE service_id = ? ORDER BY id", one)
    districts = conn.execute("SELECT district FROM service_districts WHERE service_id = ?", one)
    (
        _,
        name,
        organisation,
        description,
        url,
        email,
        fees,
        eligibility,
        apply,
        alert,
        checked,
        low,
        high,
        free,
    ) = row
    return ServiceDetail(
        id=service_id,
        name=name,
        organisation=organisation,
        description=description,
        url=url,
        email=email,
        fees_description=fees,
        eligibility_description=eligibility,
        application_process=apply,
        alert=alert,
        min_age=low,
        max_age=high,
        is_free=_free(free),
        categories=categories,
        places=tuple(places),
        phones=tuple(PhoneNumber(n, d) for n, d in phones),
        opening_times=tuple(OpeningTime(_days(b), o, c, d) for b, o, c, d in times),
        costs=tuple(Cost(*c) for c in costs),
        languages=tuple(r[0] for r in languages),
        service_areas=tuple(r[0] for r in areas),
        districts=_ordered_districts([r[0] for r in districts], district_order),
        checked_on=checked,
    )
