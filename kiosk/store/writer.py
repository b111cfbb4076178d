"""Writes records into a new, empty kiosk database as they are read, with the lookup tables.

DatasetBuilder is a DatasetSink: an importer hands it one record at a time and it writes
them in batches, so memory does not grow with the file. Services are numbered (sid) in
name order at the end, because search streams broad matches by rowid as a name listing.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from typing import Any

import sqlite_utils

from kiosk.store.cleaning import iso_date
from kiosk.store.days import DAY_CODES
from kiosk.store.inference import group_guesser
from kiosk.store.records import Location, Organisation, ParsedDataset, Service, Term
from kiosk.store.search_index import build_search_index
from kiosk.store.vocabulary import categories, districts, needs, taxonomy_kinds

BATCH_SERVICES = 2000

SERVICE_COLUMNS = (
    "id",
    "organisation_id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "fees_description",
    "eligibility_description",
    "application_process",
    "alert",
    "min_age",
    "max_age",
    "is_free",
    "last_modified",
    "assured_date",
    "content_hash",
    "checked_on",
)
LOCATION_COLUMNS = (
    "id",
    "name",
    "description",
    "address_1",
    "address_2",
    "city",
    "region",
    "state_province",
    "postcode",
    "country",
    "latitude",
    "longitude",
    "district",
)
CHILD_COLUMNS = {
    "service_at_locations": ("service_id", "location_id"),
    "contacts": ("service_id", "name", "title", "email"),
    "phones": ("service_id", "number", "type", "description"),
    "schedules": ("service_id", "freq", "byday", "opens_at", "closes_at", "description"),
    "cost_options": ("service_id", "option", "amount", "currency", "amount_description"),
    "service_areas": ("service_id", "name", "description"),
    "languages": ("service_id", "name", "code"),
    "service_taxonomy": ("service_id", "term_id"),
    "service_inferred_taxonomy": ("service_id", "term_id"),
    "service_districts": ("service_id", "district"),
    "service_days": ("service_id", "day"),
    "accessibility": ("location_id", "description"),
    "organisations": ("id", "name", "description", "email", "url"),
    "locations": LOCATION_COLUMNS,
}


def service_hash(service: Service) -> str:
    """A fingerprint of everything a visitor sees of a service, to count updates.

    The dataclass repr lists every field, nested records included, in a fixed order.
    """
    return hashlib.sha256(repr(service).encode("utf-8", "surrogatepass")).hexdigest()


def is_free(service: Service) -> int | None:
    """1 free, 0 paid, None unknown: from cost options first, then the fees text."""
    if service.cost_options:
        amounts = [c.amount for c in service.cost_options]
        words = " ".join(f"{c.option} {c.amount_description}" for c in service.cost_options)
        if any(a == 0 for a in amounts) or "free" in words.lower():
            return 1
        if any(a is not None and a > 0 for a in amounts):
            return 0
    fees = service.fees_description.lower()
    if "free" in fees or "no charge" in fees or "no cost" in fees:
        return 1
    if fees:
        return 0
    return None


def days_open(service: Service) -> set[str]:
    days: set[str] = set()
    for schedule in service.schedules:
        for code in schedule.byday.upper().replace(" ", "").split(","):
            # RRULE allows an ordinal prefix such as 1MO (the first Monday)
            code = code.lstrip("+-0123456789")
            if code in DAY_CODES:
                days.add(code)
    return days


def _insert(db: sqlite_utils.Database, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Bulk insert with executemany: several times faster than row dicts for 100k services."""
    if rows:
        columns = CHILD_COLUMNS[table]
        marks = ", ".join("?" for _ in columns)
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        rows.clear()


class DatasetBuilder:
    """Writes one dataset into DB (new, empty, migrated); call finish() at the end.

    ON_SERVICE, if given, hears (service id, content hash) of each service as it arrives,
    for counting what an import changes.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        on_service: Callable[[str, str], None] | None = None,
        *,
        today: datetime.date | None = None,
    ) -> None:
        self.db = db
        self.on_service = on_service
        self.inferred = 0  # services placed in a group by the kiosk's guess
        self.newest_record = ""  # the latest date any record says it was checked
        self._today = today or datetime.date.today()
        self._guesser = group_guesser()
        self._kinds = taxonomy_kinds()
        self._organisation_names: dict[str, str] = {}
        self._places = districts()
        self._location_district: dict[str, str | None] = {}
        self._terms: dict[str, Term] = {}
        self._rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in CHILD_COLUMNS}
        self._services: list[tuple[Any, ...]] = []
        self.db.execute("PRAGMA temp_store = FILE")  # the name-order staging stays on disk
        self.db.execute(
            f"CREATE TEMP TABLE services_load ({', '.join(SERVICE_COLUMNS)}, sort_key TEXT)"
        )
        self.db.execute("BEGIN")

    # ---- DatasetSink --------------------------------------------------------------
    def add_organisation(self, organisation: Organisation) -> None:
        o = organisation
        self._organisation_names[o.id] = o.name
        self._rows["organisations"].append((o.id, o.name, o.description, o.email, o.url))

    def add_location(self, location: Location) -> None:
        loc = location
        district = self._places.district_of(loc.region, loc.city, loc.address_2, loc.state_province)
        self._location_district[loc.id] = district
        self._rows["locations"].append(
            (
                loc.id,
                loc.name,
                loc.description,
                loc.address_1,
                loc.address_2,
                loc.city,
                loc.region,
                loc.state_province,
                loc.postcode,
                loc.country,
                loc.latitude,
                loc.longitude,
                district,
            )
        )
        self._rows["accessibility"] += [(loc.id, note) for note in loc.accessibility]

    def add_term(self, term: Term) -> None:
        self._terms[term.id] = term  # a few hundred at most; their kinds need them all

    def add_service(self, service: Service) -> None:
        s = service
        sid = s.id
        digest = service_hash(s)
        if self.on_service is not None:
            self.on_service(sid, digest)
        checked = checked_on(s, self._today)
        self.newest_record = max(self.newest_record, checked)
        self._services.append(
            (
                sid,
                s.organisation_id,
                s.name,
                s.description,
                s.url,
                s.email,
                s.status,
                s.fees_description,
                s.eligibility_description,
                s.application_process,
                s.alert,
                s.min_age,
                s.max_age,
                is_free(s),
                s.last_modified,
                s.assured_date,
                digest,
                checked,
                s.name.casefold(),
            )
        )
        self._guess_groups(s)
        rows = self._rows
        rows["service_at_locations"] += [(sid, lid) for lid in dict.fromkeys(s.location_ids)]
        rows["contacts"] += [(sid, c.name, c.title, c.email) for c in s.contacts]
        rows["phones"] += [(sid, p.number, p.type, p.description) for p in s.phones]
        rows["schedules"] += [
            (sid, x.freq, x.byday, x.opens_at, x.closes_at, x.description) for x in s.schedules
        ]
        rows["cost_options"] += [
            (sid, c.option, c.amount, c.currency, c.amount_description) for c in s.cost_options
        ]
        rows["service_areas"] += [(sid, a.name, a.description) for a in s.service_areas]
        rows["languages"] += [(sid, lang.name, lang.code) for lang in s.languages]
        rows["service_taxonomy"] += [(sid, tid) for tid in dict.fromkeys(s.term_ids)]
        covered: set[str] = set()
        for lid in s.location_ids:
            district = self._location_district.get(lid)
            if district:
                covered.add(district)
        for area in s.service_areas:
            covered.update(self._places.districts_named_by(area.name))
        rows["service_districts"] += [(sid, d) for d in sorted(covered)]
        rows["service_days"] += [(sid, d) for d in sorted(days_open(s))]
        if len(self._services) >= BATCH_SERVICES:
            self._flush()

    def _guess_groups(self, service: Service) -> None:
        """A service the publisher gave no category gets the groups its words point to."""
        kinds = [self._term_kind(t) for t in service.term_ids]
        if any(kind != "need" for kind in kinds if kind is not None):
            return
        text = " ".join(
            (
                service.description,
                self._organisation_names.get(service.organisation_id or "", ""),
                service.eligibility_description,
            )
        )
        guess = self._guesser.guess(service.name, text)
        groups = list(guess.categories)
        if "need" not in kinds:
            groups += guess.needs
        if guess.categories:
            self.inferred += 1
        self._rows["service_inferred_taxonomy"] += [(service.id, g) for g in groups]

    def _term_kind(self, term_id: str) -> str | None:
        term = self._terms.get(term_id)
        return None if term is None else self._kinds.get(term.taxonomy, "category")

    # ---- writing -------------------------------------------------------------------
    def _flush(self) -> None:
        for table, rows in self._rows.items():
            _insert(self.db, table, rows)
        if self._services:
            marks = ", ".join("?" for _ in range(len(SERVICE_COLUMNS) + 1))
            self.db.conn.executemany(f"INSERT INTO services_load VALUES ({marks})", self._services)
            self._services.clear()

    def finish(self) -> int:
        """Write what is left, number the services by name, build the search index.

        Returns the number of top-level categories. Commits.
        """
        self._flush()
        kinds = taxonomy_kinds()
        terms = self._terms
        self.db.conn.executemany(
            "INSERT INTO taxonomy_terms (id, name, description, parent_id, taxonomy, kind) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    t.id,
                    t.name,
                    t.description,
                    t.parent_id,
                    t.taxonomy,
                    "subcategory"
                    if t.parent_id and t.parent_id in terms
                    else kinds.get(t.taxonomy, "category"),
                )
                for t in terms.values()
            ],
        )
        self._place_guesses()
        columns = ", ".join(SERVICE_COLUMNS)
        self.db.execute(
            f"INSERT INTO services ({columns}) "
            f"SELECT {columns} FROM services_load ORDER BY sort_key, id"
        )
        self.db.execute("DROP TABLE services_load")
        build_search_index(self.db)
        self.db.execute("COMMIT")
        return int(
            self.db.execute(
                "SELECT count(*) FROM taxonomy_terms WHERE kind = 'category'"
            ).fetchone()[0]
        )

    def _place_guesses(self) -> None:
        """Point guessed groups at the publisher's own term of that id or name, or add the
        kiosk's term (origin 'kiosk'), so a guess never changes a publisher's term."""
        used = [
            r[0] for r in self.db.execute("SELECT DISTINCT term_id FROM service_inferred_taxonomy")
        ]
        if not used:
            return
        by_name = {
            name.casefold(): term_id
            for term_id, name in self.db.execute(
                "SELECT id, name FROM taxonomy_terms WHERE parent_id IS NULL"
            )
        }
        known = {c.id: (c.name, "") for c in categories()}
        need_taxonomy = next((t for t, k in self._kinds.items() if k == "need"), "")
        known |= {n.id: (n.name, need_taxonomy) for n in needs()}
        # Groups of the kiosk's own are added only to a feed that has none: beside a
        # publisher's own groups they would make two lists of groups on one screen.
        publisher_has_groups = bool(
            self.db.execute(
                "SELECT 1 FROM taxonomy_terms WHERE kind = 'category' AND parent_id IS NULL"
            ).fetchone()
        )
        for group in used:
            name, taxonomy = known[group]
            if group in self._terms:
                continue
            theirs = by_name.get(name.casefold())
            if theirs is None and publisher_has_groups and not taxonomy:
                self.db.execute("DELETE FROM service_inferred_taxonomy WHERE term_id = ?", [group])
                continue
            if theirs is not None:
                self.db.execute(
                    "UPDATE OR IGNORE service_inferred_taxonomy SET term_id = ? WHERE term_id = ?",
                    [theirs, group],
                )
                self.db.execute("DELETE FROM service_inferred_taxonomy WHERE term_id = ?", [group])
                continue
            self.db.execute(
                "INSERT INTO taxonomy_terms (id, name, taxonomy, kind, origin) "
                "VALUES (?, ?, ?, ?, 'kiosk')",
                [group, name, taxonomy, "need" if taxonomy else "category"],
            )
        # a service the publisher already put in the same group needs no guess for it
        self.db.execute(
            "DELETE FROM service_inferred_taxonomy WHERE EXISTS (SELECT 1 FROM "
            "service_taxonomy st WHERE st.service_id = service_inferred_taxonomy.service_id "
            "AND st.term_id = service_inferred_taxonomy.term_id)"
        )

    def abandon(self) -> None:
        """Roll back what was written (the file is about to be deleted anyway)."""
        if self.db.conn.in_transaction:
            self.db.execute("ROLLBACK")


def checked_on(service: Service, today: datetime.date) -> str:
    """When the record says it was last checked: its assured date, else its last change;
    '' when it gives neither, or only a date that is not a real one or lies ahead."""
    for text in (service.assured_date, service.last_modified):
        day = iso_date(text)
        if day and day <= today.isoformat():
            return day
    return ""


def write_dataset(db: sqlite_utils.Database, data: ParsedDataset) -> None:
    """Write an in-memory dataset into the (empty, migrated) database DB (tests, tools)."""
    builder = DatasetBuilder(db)
    data.feed(builder)
    builder.finish()
