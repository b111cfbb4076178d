"""What the query layer answers with: plain frozen dataclasses the UI can show as they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """A visitor's choices; every field is optional and they combine with AND."""

    age: int | None = None
    district: str | None = None
    free_only: bool = False
    day: str | None = None  # one of kiosk.store.days.DAY_CODES
    language: str | None = None
    category_id: str | None = None  # a category, sub-category or need term id

    def is_empty(self) -> bool:
        return self == Filters()


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    count: int
    kind: str = "category"  # category | subcategory | need
    parent_id: str | None = None


@dataclass(frozen=True)
class ServiceSummary:
    """One row of a service list or of search results."""

    id: str
    name: str
    organisation: str
    description: str  # plain text, possibly long: the UI elides it
    categories: tuple[str, ...]
    districts: tuple[str, ...]
    min_age: int | None
    max_age: int | None
    is_free: bool | None
    days: tuple[str, ...]  # day codes, Monday first
    score: float = 0.0
    distance_miles: float | None = None  # from the hub, when asked for nearest first


@dataclass(frozen=True)
class OpeningTime:
    days: tuple[str, ...]
    opens_at: str
    closes_at: str
    description: str


@dataclass(frozen=True)
class Place:
    name: str
    address: str  # one line: street, town, postcode
    district: str | None
    latitude: float | None
    longitude: float | None
    accessibility: tuple[str, ...]


@dataclass(frozen=True)
class Cost:
    option: str
    amount: float | None
    currency: str
    description: str


@dataclass(frozen=True)
class PhoneNumber:
    number: str
    description: str


@dataclass(frozen=True)
class ServiceDetail:
    """Everything the service page shows."""

    id: str
    name: str
    organisation: str
    description: str
    url: str
    email: str
    fees_description: str
    eligibility_description: str
    application_process: str
    alert: str
    min_age: int | None
    max_age: int | None
    is_free: bool | None
    categories: tuple[Category, ...]
    places: tuple[Place, ...]
    phones: tuple[PhoneNumber, ...]
    opening_times: tuple[OpeningTime, ...]
    costs: tuple[Cost, ...]
    languages: tuple[str, ...]
    service_areas: tuple[str, ...]
    districts: tuple[str, ...]
    checked_on: str = ""  # ISO date the record was last checked (assured, else changed), or ''


@dataclass(frozen=True)
class DatasetInfo:
    source_name: str
    publisher: str
    published: str
    version: str
    sample: bool
    imported_at: str
    services: int
    notice: str = ""
    licence: str = ""
    newest_record: str = ""  # the latest date a record says it was checked, or ''

    @property
    def dated(self) -> str:
        """The data's own date: when it was published, else its newest record; '' if none.
        Never the day it was imported, which would call years-old data new."""
        return self.published or self.newest_record


@dataclass(frozen=True)
class Relaxation:
    """The same search with fewer filters: which were dropped, and exactly what it finds."""

    label: str  # "age", "district", "free", "day", "language", "category" or "all filters"
    count: int  # what searching again with `filters` finds: never more, never less
    filters: Filters


@dataclass(frozen=True)
class NoResultsHelp:
    """What to offer when a search finds nothing."""

    did_you_mean: str | None = None
    relaxations: tuple[Relaxation, ...] = ()
    categories: tuple[Category, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    filters: Filters
    services: tuple[ServiceSummary, ...]
    total: int
    corrected_terms: tuple[tuple[str, str], ...] = ()  # (typed, understood as)
    help: NoResultsHelp | None = None
    # Facts for the UI to word (in the visitor's language), never sentences:
    no_words: bool = False  # something was typed, but no word to search for ("***")
    some_words_only: bool = False  # no service has every word: these have some of them
