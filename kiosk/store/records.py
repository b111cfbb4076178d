"""The normalised shape every importer produces, whatever format it read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass
class Organisation:
    id: str
    name: str
    description: str = ""
    email: str = ""
    url: str = ""


@dataclass
class Location:
    id: str
    name: str = ""
    description: str = ""
    address_1: str = ""
    address_2: str = ""
    city: str = ""
    region: str = ""
    state_province: str = ""
    postcode: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    accessibility: list[str] = field(default_factory=list)


@dataclass
class Phone:
    number: str
    type: str = ""
    description: str = ""


@dataclass
class Contact:
    name: str = ""
    title: str = ""
    email: str = ""


@dataclass
class Schedule:
    freq: str = ""
    byday: str = ""
    opens_at: str = ""
    closes_at: str = ""
    description: str = ""


@dataclass
class CostOption:
    option: str = ""
    amount: float | None = None
    currency: str = ""
    amount_description: str = ""


@dataclass
class ServiceArea:
    name: str = ""
    description: str = ""


@dataclass
class Language:
    name: str
    code: str = ""


@dataclass
class Term:
    id: str
    name: str
    description: str = ""
    parent_id: str | None = None
    taxonomy: str = ""


@dataclass
class Service:
    id: str
    name: str
    organisation_id: str | None = None
    description: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    fees_description: str = ""
    eligibility_description: str = ""
    application_process: str = ""
    alert: str = ""
    min_age: int | None = None
    max_age: int | None = None
    last_modified: str = ""
    assured_date: str = ""
    location_ids: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    cost_options: list[CostOption] = field(default_factory=list)
    service_areas: list[ServiceArea] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)
    term_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: what was done about it, and why."""

    record_id: str
    field: str
    reason: str
    action: str  # "skipped" (the record), "dropped" (the field), "fixed" or "note"

    def __str__(self) -> str:
        what = {"skipped": "record skipped", "dropped": "field dropped", "fixed": "fixed"}
        suffix = f" ({what[self.action]})" if self.action in what else ""
        return f"{self.record_id}: {self.field}: {self.reason}{suffix}"


@dataclass
class DatasetMeta:
    publisher: str = ""
    published: str = ""
    version: str = ""
    title: str = ""
    notice: str = ""
    sample: bool = False
    licence: str = ""


class DatasetSink(Protocol):
    """Where an importer puts records as it reads them, one at a time.

    Each organisation, place and term arrives once (the first time a service names it),
    and before the first service that names it.
    """

    def add_organisation(self, organisation: Organisation) -> None: ...

    def add_location(self, location: Location) -> None: ...

    def add_term(self, term: Term) -> None: ...

    def add_service(self, service: Service) -> None: ...


@dataclass
class ParsedDataset:
    """Everything one data file holds, validated and cleaned, kept in memory.

    For small files and tests; imports stream records into the database instead.
    """

    source_format: str
    meta: DatasetMeta = field(default_factory=DatasetMeta)
    services: list[Service] = field(default_factory=list)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.action == "skipped")

    def add_organisation(self, organisation: Organisation) -> None:
        self.organisations[organisation.id] = organisation

    def add_location(self, location: Location) -> None:
        self.locations[location.id] = location

    def add_term(self, term: Term) -> None:
        self.terms[term.id] = term

    def add_service(self, service: Service) -> None:
        self.services.append(service)

    def feed(self, sink: DatasetSink) -> None:
        """Send every record to SINK in an order a streaming sink accepts."""
        for organisation in self.organisations.values():
            sink.add_organisation(organisation)
        for location in self.locations.values():
            sink.add_location(location)
        for term in self.terms.values():
            sink.add_term(term)
        for service in self.services:
            sink.add_service(service)
