"""The read-only questions the kiosk asks of its database: browse, filter, search, one service.

One Directory per database file; the UI builds it at start-up, so opening only checks
the file. Vocabulary, taxonomy and filter masks load on first use and stay for the life
of the Directory (the file never changes under it: an import swaps in a new file, and
the UI opens a new Directory on it). Every public method takes a lock, so one Directory
may be shared between the GUI thread and a worker.
"""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kiosk.store import details, matching
from kiosk.store.database import (
    DatabaseError,
    Trouble,
    as_database_error,
    describe,
    made_by_older_kiosk,
    open_readonly,
)
from kiosk.store.days import DAY_CODES, day_code
from kiosk.store.facets import FilterMasks, and_masks, relaxations
from kiosk.store.geo import miles_between
from kiosk.store.models import (
    Category,
    DatasetInfo,
    Filters,
    NoResultsHelp,
    Relaxation,
    SearchResult,
    ServiceDetail,
    ServiceSummary,
)
from kiosk.store.search import (
    ParsedQuery,
    Synonyms,
    TermList,
    closeness,
    load_stopwords,
    load_synonyms,
    parse_query,
    suggestion,
)
from kiosk.store.search_index import FTS_TABLE, TERMS_TABLE

MAX_LIMIT = 500
CLOSE_CATEGORY = 75  # closeness() from which a category is offered when nothing is found

NO_FILTERS = Filters()
Hit = matching.Hit
IN_MASK = "substr(?, sid + 1, 1) = x'01'"  # see matching: a filter mask as a blob


def initial(name: str) -> str:
    """The letter a name is listed under, A to Z (accents dropped); "#" for anything else."""
    letter = unicodedata.normalize("NFKD", name.strip()[:1]).upper()[:1]
    return letter if "A" <= letter <= "Z" else "#"


def _nearest_first(sid: int, miles: float | None) -> tuple[bool, float, int]:
    """Sort key: services with a distance first, nearest first; then the rest by name (sid)."""
    return miles is None, miles or 0.0, sid


def _identity(path: Path) -> tuple[int, int, int]:
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, status.st_size


class Directory:
    """Answers browse and search questions from one kiosk database, read-only."""

    def __init__(self, source: Path | str | sqlite3.Connection) -> None:
        self._owns_connection = not isinstance(source, sqlite3.Connection)
        self.path: Path | None = None
        self._file_identity: tuple[int, int, int] | None = None
        if isinstance(source, sqlite3.Connection):
            self._conn = source
        else:
            path = Path(source)
            if not path.is_file():
                raise DatabaseError(f"no database at {path}", Trouble.MISSING)
            self.path = path
            self._file_identity = _identity(path)
            self._conn = open_readonly(path)
            if made_by_older_kiosk(self._conn):
                self.close()
                raise DatabaseError(f"{path} {describe(Trouble.OLDER)}", Trouble.OLDER)
        try:
            self._conn.execute(f"SELECT 1 FROM services, {FTS_TABLE} LIMIT 0").fetchall()
        except sqlite3.DatabaseError as exc:
            self.close()
            error = as_database_error(Path(str(source)), exc)
            if error.trouble is Trouble.UNREADABLE:  # e.g. "no such table": not ours
                error = DatabaseError(f"{source} is not a searchable kiosk database ({exc})")
            raise error from exc
        self._lock = threading.RLock()
        self._masks: FilterMasks | None = None
        self._taxonomy: dict[str, details.TermNode] | None = None
        self._term_list: TermList | None = None
        self._synonyms: Synonyms | None = None
        self._stopwords: frozenset[str] = frozenset()
        self._districts: list[str] | None = None
        self._counts = matching.Counts()
        # The last few "nearest first" orders: "Show more" asks again for the same one.
        self._nearest: dict[tuple[Filters, tuple[float, float]], list[tuple[int, float | None]]]
        self._nearest = {}

    def is_replaced(self) -> bool:
        """True when an import or rollback has swapped a new file in since this opened.

        Imports replace the file (os.replace), so this connection still reads the old one;
        the kiosk opens a new Directory when the visitor has gone.
        """
        if self.path is None:
            return False
        try:
            return _identity(self.path) != self._file_identity
        except OSError:
            return False

    def close(self) -> None:
        if self._owns_connection:
            self._conn.close()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm_up(self) -> None:
        """Load what searching and browsing need, and the masks of the filters a visitor
        taps first. A few milliseconds for the Local Offer, about a second at 100,000
        services: call it from a worker at start-up so no visitor waits for it."""
        with self._lock:
            self._parse("warm up")
            self.categories()
            self.needs()
            choices = [Filters(free_only=True)]
            choices += [Filters(district=d) for d in self._district_list()]
            choices += [Filters(day=d) for d in DAY_CODES]
            for filters in choices:
                self._mask(filters)

    # ---- lazily loaded, then kept ------------------------------------------------
    def _filter_masks(self) -> FilterMasks:
        if self._masks is None:
            self._masks = FilterMasks(self._conn)
        return self._masks

    def _terms(self) -> dict[str, details.TermNode]:
        if self._taxonomy is None:
            self._taxonomy = details.load_taxonomy(self._conn)
        return self._taxonomy

    def _vocabulary(self) -> TermList:
        if self._term_list is None:
            rows = self._conn.execute(f"SELECT term, docs FROM {TERMS_TABLE}").fetchall()
            self._term_list = TermList(dict(rows))
        return self._term_list

    def _parse(self, text: str) -> ParsedQuery:
        if self._synonyms is None:
            self._synonyms = load_synonyms()
            self._stopwords = load_stopwords()
        return parse_query(text, self._synonyms, self._stopwords, self._vocabulary())

    def _mask(self, filters: Filters) -> bytes | None:
        term_ids: tuple[str, ...] = ()
        if filters.category_id is not None:
            term_ids = details.with_descendants(self._terms(), filters.category_id)
        return self._filter_masks().mask(filters, term_ids)

    def _canonical(self, filters: Filters) -> Filters:
        """District spelt as in the data (any case accepted) and day as a day code."""
        district, day = filters.district, filters.day
        if district is not None:
            wanted = district.strip().casefold()
            district = next((d for d in self._district_list() if d.casefold() == wanted), district)
        if day is not None:
            day = day_code(day) or day
        if (district, day) == (filters.district, filters.day):
            return filters
        return Filters(
            filters.age, district, filters.free_only, day, filters.language, filters.category_id
        )

    # ---- browse --------------------------------------------------------------------
    def _count_in(self, term_id: str, mask: bytes | None) -> int:
        masks = self._filter_masks()
        in_term = masks.terms(details.with_descendants(self._terms(), term_id))
        if mask is None:
            return in_term.count(1)
        return and_masks([in_term, mask], masks.size).count(1)

    def _categories_where(
        self, wanted: Callable[[details.TermNode], bool], filters: Filters
    ) -> list[Category]:
        mask = self._mask(self._canonical(filters))
        terms = sorted(
            (t for t in self._terms().values() if wanted(t)), key=lambda t: t.name.casefold()
        )
        return [
            Category(t.id, t.name, self._count_in(t.id, mask), t.kind, t.parent_id) for t in terms
        ]

    def categories(self, filters: Filters = NO_FILTERS) -> list[Category]:
        """Top-level categories by name, each with its services (and sub-categories')."""
        with self._lock:
            taxonomy = self._terms()
            return self._categories_where(
                lambda t: t.kind == "category" and t.parent_id not in taxonomy, filters
            )

    def subcategories(self, category_id: str, filters: Filters = NO_FILTERS) -> list[Category]:
        with self._lock:
            return self._categories_where(
                lambda t: t.parent_id == category_id and t.kind != "need", filters
            )

    def needs(self, filters: Filters = NO_FILTERS) -> list[Category]:
        """The SEND needs (autism, hearing...) services say they support."""
        with self._lock:
            return self._categories_where(lambda t: t.kind == "need", filters)

    def count(self, filters: Filters = NO_FILTERS) -> int:
        with self._lock:
            mask = self._mask(self._canonical(filters))
            if mask is None:
                return int(self._conn.execute("SELECT count(*) FROM services").fetchone()[0])
            return mask.count(1)

    def services(
        self,
        filters: Filters = NO_FILTERS,
        limit: int = 50,
        offset: int = 0,
        near: tuple[float, float] | None = None,
    ) -> list[ServiceSummary]:
        """Services passing FILTERS, ordered by name; with NEAR (latitude, longitude), nearest
        first (services with no place on a map after them, by name), each with its distance."""
        with self._lock:
            filters = self._canonical(filters)
            if near is None:
                return list(self._summaries(self._browse(filters, limit, offset)))
            ranked = self._nearest_order(filters, near)
            limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
            page = ranked[offset : offset + limit]
            hits = [(sid, 0.0) for sid, _ in page]
            return [
                replace(summary, distance_miles=miles)
                for (_, miles), summary in zip(page, self._summaries(hits), strict=True)
            ]

    def _nearest_order(
        self, filters: Filters, near: tuple[float, float]
    ) -> list[tuple[int, float | None]]:
        key = (filters, near)
        if key not in self._nearest:
            if len(self._nearest) >= 4:
                self._nearest.clear()
            distances = self._distances(filters, near)
            order = sorted(distances, key=lambda sid: _nearest_first(sid, distances[sid]))
            self._nearest[key] = [(sid, distances[sid]) for sid in order]
        return self._nearest[key]

    def _distances(self, filters: Filters, near: tuple[float, float]) -> dict[int, float | None]:
        """sid -> miles from NEAR to the service's nearest place (None: no place on a map)."""
        mask = self._mask(filters)
        passes = "" if mask is None else f"AND {IN_MASK}"
        params = [] if mask is None else [mask]
        found: dict[int, float | None] = {
            sid: None
            for (sid,) in self._conn.execute(f"SELECT sid FROM services WHERE 1 {passes}", params)
        }
        rows = self._conn.execute(
            f"""SELECT s.sid, l.latitude, l.longitude FROM services s
            JOIN service_at_locations sal ON sal.service_id = s.id
            JOIN locations l ON l.id = sal.location_id
            WHERE l.latitude IS NOT NULL {passes}""",
            params,
        )
        for sid, latitude, longitude in rows:
            miles = miles_between(near, (latitude, longitude))
            known = found.get(sid)
            found[sid] = miles if known is None else min(known, miles)
        return found

    def has_map_places(self) -> bool:
        """Whether any service has a place with a latitude and longitude (to sort by)."""
        with self._lock:
            row = self._conn.execute(
                """SELECT 1 FROM service_at_locations sal JOIN locations l
                ON l.id = sal.location_id WHERE l.latitude IS NOT NULL LIMIT 1"""
            ).fetchone()
            return row is not None

    def letters(self, filters: Filters = NO_FILTERS) -> tuple[tuple[str, int], ...]:
        """(letter, offset) of the first service under each initial in the A to Z list of
        services passing FILTERS: where "jump to M" starts. Other initials are "#"."""
        with self._lock:
            mask = self._mask(self._canonical(filters))
            where, params = ("", []) if mask is None else (f"WHERE {IN_MASK}", [mask])
            first: dict[str, int] = {}
            rows = self._conn.execute(
                f"SELECT name FROM services {where} ORDER BY name COLLATE NOCASE, sid", params
            )
            for offset, (name,) in enumerate(rows):
                first.setdefault(initial(name), offset)
            return tuple(first.items())

    def _browse(self, filters: Filters, limit: int, offset: int) -> list[Hit]:
        limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
        mask = self._mask(filters)
        where, params = ("", []) if mask is None else (f"WHERE {IN_MASK}", [mask])
        rows = self._conn.execute(
            f"SELECT sid FROM services {where} ORDER BY name COLLATE NOCASE, sid LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [(sid, 0.0) for (sid,) in rows]

    # ---- search --------------------------------------------------------------------
    def search(
        self, query: str, filters: Filters = NO_FILTERS, limit: int = 50, offset: int = 0
    ) -> SearchResult:
        """Services matching QUERY under FILTERS, best first; never raises on odd input."""
        limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
        with self._lock:
            filters = self._canonical(filters)
            parsed = self._parse(query)
            if not parsed.groups:
                if query.strip():
                    words = NoResultsHelp(categories=self._top_categories(filters))
                    return SearchResult(query, filters, (), 0, help=words, no_words=True)
                hits = self._browse(filters, limit, offset)
                total = self.count(filters)
                return SearchResult(query, filters, self._summaries(hits), total)
            mask = self._mask(filters)
            terms = self._vocabulary()
            counts = self._counts
            hits, total = matching.match(self._conn, parsed, terms, counts, mask, offset + limit)
            some_words_only = False
            if total == 0 and len(parsed.groups) > 1 and not self._any_match(parsed):
                # no service has every word: offer those with some (filters still apply)
                hits, total = matching.match(
                    self._conn, parsed, terms, counts, mask, offset + limit, any_word=True
                )
                some_words_only = total > 0
            help_ = self._help(parsed, filters) if total == 0 else None
            return SearchResult(
                query,
                filters,
                self._summaries(hits[offset:]),
                total,
                corrected_terms=parsed.corrections,
                help=help_,
                some_words_only=some_words_only,
            )

    # ---- when nothing is found -------------------------------------------------------
    def _any_match(self, parsed: ParsedQuery) -> bool:
        """Whether any service, filters aside, has every word of PARSED."""
        return self._counts.get(self._conn, parsed.expression()) > 0

    def _help(self, parsed: ParsedQuery, filters: Filters) -> NoResultsHelp:
        did_you_mean = suggestion(parsed, self._vocabulary())
        if did_you_mean is not None:
            respelt = self._parse(did_you_mean)
            if not respelt.groups or not self._any_match(respelt):
                did_you_mean = None
        relaxed: list[Relaxation] = []
        if not filters.is_empty():
            # Count as search() would find: all the words; any of them only when no service
            # anywhere has them all (search's own fallback), so each count tells the truth.
            any_word = len(parsed.groups) > 1 and not self._any_match(parsed)
            found_ids = matching.rowids(self._conn, parsed.expression(any_word=any_word))
            for label, fewer in relaxations(filters):
                found = matching.count_in(found_ids, self._mask(fewer))
                if found:
                    relaxed.append(Relaxation(label, found, fewer))
        return NoResultsHelp(
            did_you_mean, tuple(relaxed), self._closest_categories(parsed, filters)
        )

    def _closest_categories(self, parsed: ParsedQuery, filters: Filters) -> tuple[Category, ...]:
        """Up to three categories named like what was typed, that have services to show."""
        mask = self._mask(filters)
        close = []
        for term in self._terms().values():
            score = closeness(parsed, term.name, self._stopwords)
            if score >= CLOSE_CATEGORY:
                close.append((-score, details.KIND_ORDER.get(term.kind, 3), term.name, term))
        found = []
        for *_, term in sorted(close):
            count = self._count_in(term.id, mask)
            if count:
                found.append(Category(term.id, term.name, count, term.kind, term.parent_id))
        return tuple(found[:3]) or self._top_categories(filters)

    def _top_categories(self, filters: Filters) -> tuple[Category, ...]:
        ranked = sorted(self.categories(filters), key=lambda c: -c.count)
        return tuple(c for c in ranked[:3] if c.count)

    # ---- rows to dataclasses -----------------------------------------------------------
    def _summaries(self, hits: list[Hit]) -> tuple[ServiceSummary, ...]:
        return details.summaries(self._conn, hits, self._terms(), self._district_order())

    def _district_order(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self._district_list())}

    def _district_list(self) -> list[str]:
        if self._districts is None:
            self._districts = details.load_districts(self._conn)
        return self._districts

    def service(self, service_id: str) -> ServiceDetail | None:
        """Everything the service page shows, or None if there is no such service."""
        with self._lock:
            return details.service_detail(
                self._conn, service_id, self._terms(), self._district_order(), self._count_all
            )

    def _count_all(self, term_id: str) -> int:
        return self._count_in(term_id, None)

    def districts(self) -> list[str]:
        """The districts services are in, in the vocabulary's order."""
        with self._lock:
            return list(self._district_list())

    def languages(self) -> list[str]:
        with self._lock:
            return details.load_languages(self._conn)

    def dataset(self) -> DatasetInfo | None:
        """Where the data came from, or None before the first import."""
        with self._lock:
            return details.load_dataset(self._conn)
