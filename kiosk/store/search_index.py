"""The full-text index (SQLite FTS5) over services and its term list, filled at every import."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

FTS_TABLE = "services_fts"
# Every indexed word with the number of services using it, for typo correction; copied
# from fts5vocab at import because scanning fts5vocab itself reads the whole index.
TERMS_TABLE = "search_terms"
# keywords: languages, then the towns and districts of the service's places.
# Column order matters: search.COLUMN_WEIGHTS gives one bm25 weight per column.
FTS_COLUMNS = ("name", "organisation", "description", "categories", "keywords")


def create_search_tables(db: sqlite_utils.Database, *, if_missing: bool = False) -> None:
    """Create the (empty) FTS5 index and term list; a schema migration calls this.

    Prefix indexes of 1, 2 and 3 characters make the first letters a visitor types as
    cheap to look up as a whole word. The index is contentless (content=''): search
    needs only row ids and bm25, and the text is in services already, so storing it
    twice would add a seventh to the file for nothing.
    """
    guard = "IF NOT EXISTS " if if_missing else ""
    db.execute(
        f"""CREATE VIRTUAL TABLE {guard}{FTS_TABLE} USING fts5(
            {", ".join(FTS_COLUMNS)},
            content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        )"""
    )
    db.execute(
        f"""CREATE TABLE {guard}{TERMS_TABLE} (term TEXT PRIMARY KEY, docs INTEGER NOT NULL)
        WITHOUT ROWID"""
    )


def build_search_index(db: sqlite_utils.Database) -> None:
    """Fill the FTS5 index and the term list from the services; FTS row ids are services.sid."""
    db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
    db.execute(f"DELETE FROM {TERMS_TABLE}")
    db.execute(
        f"""INSERT INTO {FTS_TABLE} (rowid, {", ".join(FTS_COLUMNS)})
        SELECT s.sid, s.name, COALESCE(o.name, ''), s.description,
            COALESCE((SELECT group_concat(t.name, ' ; ') FROM service_groups st
                      JOIN taxonomy_terms t ON t.id = st.term_id WHERE st.service_id = s.id), ''),
            COALESCE((SELECT group_concat(l.name, ' ') FROM languages l
                      WHERE l.service_id = s.id), '') || ' ; ' ||
            COALESCE((SELECT group_concat(p.city || ' ' || COALESCE(p.district, ''), ' ; ')
                      FROM service_at_locations sal JOIN locations p ON p.id = sal.location_id
                      WHERE sal.service_id = s.id), '')
        FROM services s LEFT JOIN organisations o ON o.id = s.organisation_id
        ORDER BY s.sid"""
    )
    db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    vocab = f"temp.{FTS_TABLE}_vocab"
    db.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab(main, {FTS_TABLE}, row)")
    try:
        db.execute(f"INSERT INTO {TERMS_TABLE} SELECT term, doc FROM {vocab}")
    finally:
        db.execute(f"DROP TABLE {vocab}")
