"""Runs a parsed query against the FTS5 index under a filter mask: count, rank or list.

Filter masks go into SQL as one blob parameter, tested per row with
``substr(mask, rowid + 1, 1)``: SQLite checks a row in well under a microsecond,
several times faster than handing every row id to Python to look up.
"""

from __future__ import annotations

import heapq
import sqlite3

from kiosk.store.search import COLUMN_WEIGHTS, ParsedQuery, TermList
from kiosk.store.search_index import FTS_TABLE

# bm25 first reads the whole match list of every phrase (to weigh rare words above
# common ones), then scores each match. Beyond these sizes that costs more than a
# keystroke allows, and matches are listed by name instead, name matches first
# (services.sid follows name order, so the listing streams). With a Local Offer of a
# few thousand services every search is ranked; the limits matter at 100,000.
RANK_LIMIT = 3_000  # matches to score
READ_LIMIT = 40_000  # phrase matches bm25 may read to weigh the words

Hit = tuple[int, float]  # (services.sid, score: higher is better, 0 when listed by name)
_IN_MASK = "substr(?, rowid + 1, 1) = x'01'"
_WEIGHTS = ", ".join(str(w) for w in COLUMN_WEIGHTS)


def _where(expression: str, mask: bytes | None) -> tuple[str, list[object]]:
    if mask is None:
        return f"{FTS_TABLE} MATCH ?", [expression]
    return f"{FTS_TABLE} MATCH ? AND {_IN_MASK}", [expression, mask]


class Counts:
    """Unfiltered match counts by expression, kept for the life of a Directory: typing,
    then changing filters, asks for the same ones again and again."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._known: dict[str, int] = {}

    def get(self, conn: sqlite3.Connection, expression: str) -> int:
        found = self._known.get(expression)
        if found is None:
            found = count(conn, expression)
            if len(self._known) >= self.size:
                self._known.pop(next(iter(self._known)))
            self._known[expression] = found
        return found


def count(conn: sqlite3.Connection, expression: str, mask: bytes | None = None) -> int:
    """How many services match EXPRESSION and pass MASK."""
    where, params = _where(expression, mask)
    sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def rowids(conn: sqlite3.Connection, expression: str) -> list[int]:
    """Every service matching EXPRESSION."""
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    return [sid for (sid,) in conn.execute(sql, [expression])]


def count_in(sids: list[int], mask: bytes | None) -> int:
    """How many of SIDS pass MASK."""
    return len(sids) if mask is None else sum(map(mask.__getitem__, sids))


def scored(conn: sqlite3.Connection, expression: str, mask: bytes | None) -> list[Hit]:
    """(sid, bm25) of every service matching EXPRESSION and passing MASK."""
    where, params = _where(expression, mask)
    sql = f"SELECT rowid, bm25({FTS_TABLE}, {_WEIGHTS}) FROM {FTS_TABLE} WHERE {where}"
    return conn.execute(sql, params).fetchall()


def first_by_name(
    conn: sqlite3.Connection, expression: str, mask: bytes | None, limit: int
) -> list[int]:
    """The first LIMIT matches in sid (name) order; FTS5 streams them without sorting."""
    where, params = _where(expression, mask)
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {where} ORDER BY rowid LIMIT ?"
    return [sid for (sid,) in conn.execute(sql, [*params, limit])]


def best(rows: list[Hit], want: int) -> list[Hit]:
    """The WANT best rows by bm25 (lower is better), ties in name order; score flipped."""
    if want <= 0:
        return []
    top = heapq.nsmallest(want, rows, key=lambda row: (row[1], row[0]))
    return [(sid, round(-score, 4)) for sid, score in top]


def match(
    conn: sqlite3.Connection,
    parsed: ParsedQuery,
    terms: TermList,
    counts: Counts,
    mask: bytes | None,
    want: int,
    any_word: bool = False,
) -> tuple[list[Hit], int]:
    """The first WANT hits of PARSED under MASK, and how many there are in all.

    The words as typed in the service name come first, then all of them in the name,
    then the rest; each part by bm25, or by
    name when the query is a letter or two or matches more than RANK_LIMIT services.
    """
    expression = parsed.expression(any_word=any_word)
    # bm25 first reads every match of every phrase, so the choice is made unfiltered
    unfiltered: int | None = None
    if parsed.estimate(terms, any_word=any_word) > RANK_LIMIT:
        unfiltered = counts.get(conn, expression)
        if unfiltered == 0:
            return [], 0

    def total() -> int:
        if mask is None and unfiltered is not None:
            return unfiltered
        return count(conn, expression, mask)

    names = parsed.expression(any_word=any_word, names_only=True)
    too_costly = sum(parsed.phrase_docs(terms)) > READ_LIMIT
    if parsed.short_only or too_costly or (unfiltered is not None and unfiltered > RANK_LIMIT):
        stages = [expression] if parsed.short_only else [names, expression]
        return _listed(conn, stages, mask, want), total()
    picked: list[Hit] = []
    seen: set[int] = set()
    # the words as typed in the name, then every word in the name, then the rest
    for stage in (parsed.typed_in_name(), names):
        if stage is None:
            continue
        rows = [row for row in scored(conn, stage, mask) if row[0] not in seen]
        picked += best(rows, want - len(picked))
        seen.update(sid for sid, _ in rows)
        if want and len(seen) >= want:
            # the page is all name matches: ranking the rest would be wasted work
            return picked, total()
    rows = scored(conn, expression, mask)
    rest = [row for row in rows if row[0] not in seen]
    return picked + best(rest, want - len(picked)), len(rows)


def _listed(
    conn: sqlite3.Connection, stages: list[str], mask: bytes | None, want: int
) -> list[Hit]:
    picked: list[Hit] = []
    seen: set[int] = set()
    for stage in stages:
        if len(picked) >= want:
            break
        for sid in first_by_name(conn, stage, mask, want + len(seen)):
            if sid not in seen:
                seen.add(sid)
                picked.append((sid, 0.0))
                if len(picked) >= want:
                    break
    return picked
