"""The database schema as numbered migrations (sqlite-utils), applied by the writer only.

Reading which steps a file has needs no sqlite-utils (a plain query of the table it keeps),
so the kiosk's start and every reader stay free of its import cost; only the writer,
which applies steps, loads it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.store.search_index import create_search_tables

if TYPE_CHECKING:
    import sqlite_utils


class Queryable(Protocol):
    """What reading needs of a database: a sqlite3 connection or a sqlite-utils Database."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


MIGRATION_SET = "send-kiosk"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils records the steps applied

Migration = Callable[["sqlite_utils.Database"], None]
# The steps this build knows, in order.
STEPS: list[tuple[str, Migration]] = []


def migration(func: Migration) -> Migration:
    """Register FUNC as the next schema step; each runs once, in a transaction."""
    STEPS.append((func.__name__, func))
    return func


@migration
def m001_local_offer(db: sqlite_utils.Database) -> None:
    """Open Referral UK 3.0 / HSDS 3.0 entities, flattened for a read-mostly kiosk."""
    db.executescript(
        """
        CREATE TABLE dataset (
            id INTEGER PRIMARY KEY,
            source_name TEXT NOT NULL,
            source_format TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            publisher TEXT,
            published TEXT,
            version TEXT,
            title TEXT,
            notice TEXT,
            sample INTEGER NOT NULL DEFAULT 0,
            packaged INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            services INTEGER NOT NULL,
            organisations INTEGER NOT NULL,
            locations INTEGER NOT NULL,
            categories INTEGER NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            skipped INTEGER NOT NULL
        );
        CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE services (
            sid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            organisation_id TEXT REFERENCES organisations(id),
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            fees_description TEXT NOT NULL DEFAULT '',
            eligibility_description TEXT NOT NULL DEFAULT '',
            application_process TEXT NOT NULL DEFAULT '',
            alert TEXT NOT NULL DEFAULT '',
            min_age INTEGER,
            max_age INTEGER,
            is_free INTEGER,
            last_modified TEXT NOT NULL DEFAULT '',
            assured_date TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL
        );
        CREATE INDEX services_organisation ON services(organisation_id);
        CREATE INDEX services_name ON services(name COLLATE NOCASE);
        CREATE TABLE locations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            address_1 TEXT NOT NULL DEFAULT '',
            address_2 TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            state_province TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            latitude REAL,
            longitude REAL,
            district TEXT
        );
        CREATE TABLE service_at_locations (
            service_id TEXT NOT NULL REFERENCES services(id),
            location_id TEXT NOT NULL REFERENCES locations(id),
            PRIMARY KEY (service_id, location_id)
        );
        CREATE INDEX sal_location ON service_at_locations(location_id);
        CREATE TABLE accessibility (
            id INTEGER PRIMARY KEY,
            location_id TEXT NOT NULL REFERENCES locations(id),
            description TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX accessibility_location ON accessibility(location_id);
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contacts_service ON contacts(service_id);
        CREATE TABLE phones (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            number TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX phones_service ON phones(service_id);
        CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            freq TEXT NOT NULL DEFAULT '',
            byday TEXT NOT NULL DEFAULT '',
            opens_at TEXT NOT NULL DEFAULT '',
            closes_at TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX schedules_service ON schedules(service_id);
        CREATE TABLE cost_options (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            option TEXT NOT NULL DEFAULT '',
            amount REAL,
            currency TEXT NOT NULL DEFAULT '',
            amount_description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX cost_options_service ON cost_options(service_id);
        CREATE TABLE service_areas (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX service_areas_service ON service_areas(service_id);
        CREATE TABLE languages (
            id INTEGER PRIMARY KEY,
            service_id TEXT NOT NULL REFERENCES services(id),
            name TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX languages_service ON languages(service_id);
        CREATE INDEX languages_name ON languages(name COLLATE NOCASE);
        CREATE TABLE taxonomy_terms (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            parent_id TEXT,
            taxonomy TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'category'
        );
        CREATE TABLE service_taxonomy (
            service_id TEXT NOT NULL REFERENCES services(id),
            term_id TEXT NOT NULL REFERENCES taxonomy_terms(id),
            PRIMARY KEY (service_id, term_id)
        );
        CREATE INDEX service_taxonomy_term ON service_taxonomy(term_id);
        CREATE TABLE service_districts (
            service_id TEXT NOT NULL REFERENCES services(id),
            district TEXT NOT NULL,
            PRIMARY KEY (service_id, district)
        );
        CREATE INDEX service_districts_district ON service_districts(district);
        CREATE TABLE service_days (
            service_id TEXT NOT NULL REFERENCES services(id),
            day TEXT NOT NULL,
            PRIMARY KEY (service_id, day)
        );
        CREATE INDEX service_days_day ON service_days(day);
        """
    )


@migration
def m002_search_index(db: sqlite_utils.Database) -> None:
    """The full-text index and its term list (filled by the writer at every import).

    Databases made by version 0.1 already have both tables, built outside the migrations.
    """
    create_search_tables(db, if_missing=True)


@migration
def m003_real_feeds(db: sqlite_utils.Database) -> None:
    """What real council feeds need: groups the kiosk guessed, kept apart from the publisher's;
    the date each record was last checked; the data's licence, newest record and repairs."""
    # One statement at a time: executescript() would commit the migration's transaction
    # half-way, and a crash then could apply the change without recording it.
    for statement in (
        "ALTER TABLE taxonomy_terms ADD COLUMN origin TEXT NOT NULL DEFAULT 'publisher'",
        """CREATE TABLE service_inferred_taxonomy (
            service_id TEXT NOT NULL REFERENCES services(id),
            term_id TEXT NOT NULL REFERENCES taxonomy_terms(id),
            PRIMARY KEY (service_id, term_id)
        )""",
        "CREATE INDEX service_inferred_taxonomy_term ON service_inferred_taxonomy(term_id)",
        # What visitors browse by: the publisher's groups and the kiosk's guesses together.
        # Exports read service_taxonomy alone, so a guess never passes for the publisher's.
        """CREATE VIEW service_groups AS
            SELECT service_id, term_id, 0 AS inferred FROM service_taxonomy
            UNION ALL
            SELECT service_id, term_id, 1 AS inferred FROM service_inferred_taxonomy""",
        "ALTER TABLE services ADD COLUMN checked_on TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dataset ADD COLUMN licence TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dataset ADD COLUMN newest_record TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dataset ADD COLUMN repairs TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE dataset ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(statement)


def schema_version() -> int:
    """The number of migrations this build of the app knows."""
    return len(STEPS)


def applied_steps(conn: Queryable, migration_set: str = MIGRATION_SET) -> list[str]:
    """The names of the schema steps of migration_set recorded in the database, in order."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if found is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [migration_set],
    )
    return [row[0] for row in rows]


def unknown_migrations(conn: Queryable) -> list[str]:
    """Schema steps recorded in DB that this build does not know (a newer kiosk made it)."""
    known = {name for name, _ in STEPS}
    return [name for name in applied_steps(conn) if name not in known]


def applied_migrations(conn: Queryable) -> int:
    return len(applied_steps(conn))


def pending_migrations(conn: Queryable) -> int:
    done = set(applied_steps(conn))
    return sum(1 for name, _ in STEPS if name not in done)


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the pending migrations (each in its own transaction) and record the version."""
    from sqlite_utils.migrations import Migrations

    if pending_migrations(db):
        migrations = Migrations(MIGRATION_SET)
        for name, func in STEPS:
            migrations(name=name)(func)
        migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != schema_version():
        db.execute(f"PRAGMA user_version = {schema_version()}")
