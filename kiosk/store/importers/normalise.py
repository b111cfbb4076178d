"""Turns one nested service record (ORUK 3.0, HSDS 3.0 or ORUK v1 field names) into records.

Field names differ between versions; each reader below tries the 3.0 name first and
the v1 name second, so a feed that mixes them still imports. Every value is checked for
type and range: a list where text belongs, an age of 400 or an impossible coordinate is
dropped from its record with a reason, never passed on and never fatal.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from kiosk.store.cleaning import (
    clean_line,
    clean_text,
    cut_text,
    is_text_value,
    safe_phone,
    to_float,
    to_int,
)
from kiosk.store.limits import (
    MAX_PROBLEMS_KEPT,
    OLDEST_AGE_IN_DATA,
    RAW_TEXT_FACTOR,
    TEXT_LIMITS,
)
from kiosk.store.records import (
    Contact,
    CostOption,
    DatasetSink,
    Language,
    Location,
    Organisation,
    Phone,
    Problem,
    Schedule,
    Service,
    ServiceArea,
    Term,
)
from kiosk.store.repairs import repair_email, repair_phone, repair_web_url

# Only services that say they are running are shown (ORUK: active, inactive, defunct,
# temporarily closed); a record with no status at all is taken to be active.
SHOWN_STATUSES = frozenset({"", "active"})
# Kinds of text (kiosk.store.limits.TEXT_LIMITS) kept on one line; the others keep paragraphs.
ONE_LINE_KINDS = frozenset({"id", "name", "line", "email", "url", "phone", "code", "date"})
# A record with none of these is something else (an organisation, a taxonomy term).
SERVICE_KEYS = frozenset(
    {
        "organization",
        "organization_id",
        "service_at_locations",
        "status",
        "minimum_age",
        "maximum_age",
        "eligibilitys",
        "schedules",
        "regular_schedules",
        "cost_options",
        "attributes",
        "service_taxonomys",
        "deliverable_type",
        "fees",
        "fees_description",
        "service_areas",
    }
)


def dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list field; anything else counts as empty."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def first(raw: dict[str, Any], *names: str) -> Any:
    for name in names:
        value = raw.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def shown(value: object) -> str:
    """A value as it may appear in a message: short, one line."""
    text = value if isinstance(value, str) else type(value).__name__
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(value) if abs(value) < 1e15 else "a huge number"
    text = " ".join(clean_line(text).split())
    return repr(text[:40] + ("…" if len(text) > 40 else ""))


def _kind(value: object) -> str:
    return (
        "a list"
        if isinstance(value, list)
        else "an object"
        if isinstance(value, dict)
        else "a yes/no value"
    )


class ServiceReader:
    """Reads raw records one at a time into a DatasetSink, reporting every problem.

    Keeps only the ids it has seen (to drop duplicates and send each organisation, place
    and term once), so memory does not grow with the size of the records.
    """

    def __init__(self, sink: DatasetSink) -> None:
        self.sink = sink
        self.problems: list[Problem] = []
        self.problem_count = 0
        self.skipped = 0
        self.services = 0
        self.service_like = 0  # records that had at least one field a service has
        self.records = 0
        self.repairs: Counter[str] = Counter()  # repair made -> how many times
        self._services: set[str] = set()
        self._organisations: set[str] = set()
        self._locations: set[str] = set()
        self._terms: set[str] = set()

    @property
    def organisations(self) -> int:
        return len(self._organisations)

    @property
    def locations(self) -> int:
        return len(self._locations)

    def problem(self, record_id: str, field: str, reason: str, action: str = "dropped") -> None:
        self.problem_count += 1
        if action == "skipped":
            self.skipped += 1
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(Problem(record_id, field, reason, action))

    # ---- values --------------------------------------------------------------------
    def text(self, label: str, raw: dict[str, Any], field: str, *names: str, kind: str) -> str:
        """Plain text from the first of NAMES that is set, checked and cut to its limit."""
        value = first(raw, *(names or (field,)))
        if value is None:
            return ""
        if not is_text_value(value):
            self.problem(label, field, f"is {_kind(value)}, not text")
            return ""
        limit = TEXT_LIMITS[kind]
        one_line = kind in ONE_LINE_KINDS
        cut = False
        if isinstance(value, str) and len(value) > limit * RAW_TEXT_FACTOR:
            value, cut = value[: limit * RAW_TEXT_FACTOR], True  # never parse megabytes of it
        text = clean_line(value) if one_line else clean_text(value)
        if len(text) > limit:
            text, cut = cut_text(text, limit), True
        if cut:
            self.problem(label, field, f"is longer than {limit:,} characters; shortened", "fixed")
        return text

    def _quiet_text(self, value: object, kind: str) -> str:
        """Text for minor fields (labels, addresses): cut silently, never a problem."""
        if not is_text_value(value):
            return ""
        limit = TEXT_LIMITS[kind]
        if kind in ONE_LINE_KINDS:
            return clean_line(value, limit=limit)
        return clean_text(value, limit=limit)

    def _line(self, value: object) -> str:
        return self._quiet_text(value, "line")

    # ---- one record ------------------------------------------------------------------
    def add(self, raw: object, position: int) -> None:
        self.records += 1
        if not isinstance(raw, dict):
            self.problem(f"record {position}", "record", "is not an object", "skipped")
            return
        if SERVICE_KEYS.isdisjoint(raw):
            label = self._line(raw.get("id"))[:60] or f"record {position}"
            self.problem(label, "record", "has none of the fields of a service", "skipped")
            return
        self.service_like += 1
        raw_id = raw.get("id")
        if isinstance(raw_id, (list, dict, bool)):
            self.problem(f"record {position}", "id", f"is {_kind(raw_id)}, not an id", "skipped")
            return
        service_id = clean_line(raw_id)
        label = service_id[:60] or f"record {position}"
        if not service_id:
            self.problem(label, "id", "has no id", "skipped")
            return
        if len(service_id) > TEXT_LIMITS["id"]:
            self.problem(
                label, "id", f"id is longer than {TEXT_LIMITS['id']} characters", "skipped"
            )
            return
        if service_id in self._services:
            self.problem(label, "id", "the same id appears earlier in the file", "skipped")
            return
        if not is_text_value(raw.get("name")):
            self.problem(label, "name", f"is {_kind(raw.get('name'))}, not text", "skipped")
            return
        name = self.text(label, raw, "name", kind="name")
        if not name:
            self.problem(label, "name", "has no name", "skipped")
            return
        status = self._quiet_text(raw.get("status"), "code").lower()
        if status not in SHOWN_STATUSES:
            self.problem(
                label,
                "status",
                f"status is {shown(status)}; only active services are shown",
                "skipped",
            )
            return
        self._services.add(service_id)
        service = Service(id=service_id, name=name, status=status or "active")
        service.description = self.text(
            label, raw, "description", "description", "short_description", kind="description"
        )
        service.fees_description = self.text(
            label, raw, "fees_description", "fees_description", "fees", kind="long"
        )
        service.eligibility_description = self.text(
            label, raw, "eligibility_description", kind="long"
        )
        service.application_process = self.text(label, raw, "application_process", kind="long")
        service.alert = self.text(label, raw, "alert", kind="alert")
        service.last_modified = self.text(label, raw, "last_modified", kind="date")
        service.assured_date = self.text(label, raw, "assured_date", kind="date")
        service.url = self._web(label, "url", first(raw, "url", "website")) or ""
        service.email = self._email(label, "email", raw.get("email")) or ""
        self._ages(service, raw)
        service.organisation_id = self._organisation(label, raw.get("organization"))
        if service.organisation_id is None:
            org_id = self._quiet_text(raw.get("organization_id"), "id")
            service.organisation_id = org_id or None
        self._locations_of(service, raw)
        self._contacts(service, raw)
        self._schedules(service, raw)
        self._costs(service, raw)
        self._areas(service, raw)
        self._languages(service, raw)
        self._terms_of(service, raw)
        self.services += 1
        self.sink.add_service(service)

    # ---- simple fields -------------------------------------------------------------
    def _web(self, label: str, field: str, value: object) -> str | None:
        if value in (None, ""):
            return None
        url, repair = repair_web_url(value) if is_text_value(value) else (None, "")
        if url is not None and repair:
            self.repairs[repair] += 1
        if url is None or len(url) > TEXT_LIMITS["url"]:
            self.problem(label, field, "is not a web address starting http:// or https://")
            return None
        return url

    def _email(self, label: str, field: str, value: object) -> str | None:
        if value in (None, ""):
            return None
        email, repair = repair_email(value) if is_text_value(value) else (None, "")
        if email is not None and repair:
            self.repairs[repair] += 1
        if email is None:
            self.problem(label, field, "is not an email address")
        return email

    def _ages(self, service: Service, raw: dict[str, Any]) -> None:
        low_raw = raw.get("minimum_age")
        high_raw = raw.get("maximum_age")
        for elig in dicts(raw.get("eligibilitys")):  # ORUK v1
            low_raw = low_raw if low_raw not in (None, "") else elig.get("minimum_age")
            high_raw = high_raw if high_raw not in (None, "") else elig.get("maximum_age")
        ages: list[int | None] = []
        for field, value in (("minimum_age", low_raw), ("maximum_age", high_raw)):
            age = to_int(value)
            if value not in (None, "") and (age is None or not 0 <= age <= OLDEST_AGE_IN_DATA):
                self.problem(
                    service.id,
                    field,
                    f"{shown(value)} is not an age from 0 to {OLDEST_AGE_IN_DATA}",
                )
                age = None
            ages.append(age)
        low, high = ages
        if low is not None and high is not None and low > high:
            self.problem(
                service.id, "minimum_age", f"{low} is above maximum_age {high}; swapped", "fixed"
            )
            low, high = high, low
        service.min_age, service.max_age = low, high

    # ---- nested records ------------------------------------------------------------
    def _organisation(self, label: str, raw: object) -> str | None:
        if not isinstance(raw, dict):
            return None
        org_id = self._quiet_text(raw.get("id"), "id")
        name = self._quiet_text(raw.get("name"), "name")
        if not org_id or not name:
            self.problem(label, "organization", "has no id or no name")
            return None
        if org_id not in self._organisations:
            self._organisations.add(org_id)
            self.sink.add_organisation(
                Organisation(
                    id=org_id,
                    name=name,
                    description=self._quiet_text(raw.get("description"), "description"),
                    email=self._email(label, "organization.email", raw.get("email")) or "",
                    url=self._web(label, "organization.website", first(raw, "website", "url"))
                    or "",
                )
            )
        return org_id

    def _locations_of(self, service: Service, raw: dict[str, Any]) -> None:
        for position, link in enumerate(dicts(raw.get("service_at_locations"))):
            nested = link.get("location")
            self._location(service, nested if isinstance(nested, dict) else link, position)
        for position, loc in enumerate(dicts(raw.get("locations"))):
            self._location(service, loc, position)

    def _location(self, service: Service, raw: dict[str, Any], position: int) -> None:
        loc_id = self._quiet_text(raw.get("id"), "id") or f"{service.id}/location/{position}"
        if loc_id not in self._locations:
            self._locations.add(loc_id)
            self.sink.add_location(self._new_location(service, loc_id, raw))
        service.location_ids.append(loc_id)

    def _new_location(self, service: Service, loc_id: str, raw: dict[str, Any]) -> Location:
        line = self._line
        location = Location(
            id=loc_id,
            name=line(raw.get("name")),
            description=self._quiet_text(raw.get("description"), "long"),
        )
        addresses = dicts(raw.get("addresses")) or dicts(raw.get("physical_addresses"))
        if addresses:
            address = addresses[0]
            location.address_1 = line(address.get("address_1"))
            location.address_2 = line(address.get("address_2"))
            location.city = line(address.get("city"))
            location.region = line(address.get("region"))
            location.state_province = line(address.get("state_province"))
            location.postcode = self._quiet_text(address.get("postal_code"), "code").upper()
            location.country = self._quiet_text(address.get("country"), "code")
        lat, lon = to_float(raw.get("latitude")), to_float(raw.get("longitude"))
        if (lat is None) != (lon is None) or (
            lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)
        ):
            self.problem(
                service.id,
                f"location {loc_id}: latitude/longitude",
                f"({shown(raw.get('latitude'))}, {shown(raw.get('longitude'))}) "
                "is not a place on Earth",
            )
            lat = lon = None
        location.latitude, location.longitude = lat, lon
        notes = dicts(raw.get("accessibility")) + dicts(raw.get("accessibility_for_disabilities"))
        for note in notes:
            text = self._quiet_text(first(note, "description", "accessibility"), "long")
            details = self._quiet_text(note.get("details"), "long")
            if text:
                location.accessibility.append(f"{text}\n\n{details}" if details else text)
        return location

    def _contacts(self, service: Service, raw: dict[str, Any]) -> None:
        line = self._line
        phones = list(dicts(raw.get("phones")))
        for contact in dicts(raw.get("contacts")):
            name, title = line(contact.get("name")), line(contact.get("title"))
            email = self._email(service.id, "contacts.email", contact.get("email")) or ""
            if name or title or email:
                service.contacts.append(Contact(name=name, title=title, email=email))
            phones += dicts(contact.get("phones"))
        seen: set[str] = set()
        for phone in phones:
            value = phone.get("number")
            number = safe_phone(value) if is_text_value(value) else None
            if number is None:
                if value not in (None, ""):
                    self.problem(
                        service.id, "phones.number", f"{shown(value)} is not a phone number"
                    )
                continue
            number, repair = repair_phone(number)
            if repair:
                self.repairs[repair] += 1
            if number in seen:
                continue
            seen.add(number)
            service.phones.append(
                Phone(
                    number=number,
                    type=line(phone.get("type")),
                    description=self._quiet_text(phone.get("description"), "long"),
                )
            )

    def _schedules(self, service: Service, raw: dict[str, Any]) -> None:
        code = self._quiet_text
        for item in dicts(raw.get("schedules")) + dicts(raw.get("regular_schedules")):
            schedule = Schedule(
                freq=code(item.get("freq"), "code").upper(),
                byday=code(first(item, "byday", "weekday"), "line").upper(),
                opens_at=code(item.get("opens_at"), "code")[:8],
                closes_at=code(item.get("closes_at"), "code")[:8],
                description=code(item.get("description"), "long"),
            )
            if schedule.byday or schedule.opens_at or schedule.description:
                service.schedules.append(schedule)

    def _costs(self, service: Service, raw: dict[str, Any]) -> None:
        for item in dicts(raw.get("cost_options")):
            value = item.get("amount")
            amount = to_float(value)
            if value not in (None, "") and (amount is None or amount < 0 or amount > 1e9):
                self.problem(service.id, "cost_options.amount", f"{shown(value)} is not a price")
                amount = None
            service.cost_options.append(
                CostOption(
                    option=self._line(item.get("option")),
                    amount=amount,
                    currency=self._quiet_text(item.get("currency"), "code").upper(),
                    amount_description=self._quiet_text(item.get("amount_description"), "long"),
                )
            )

    def _areas(self, service: Service, raw: dict[str, Any]) -> None:
        for item in dicts(raw.get("service_areas")):
            name = self._line(first(item, "name", "service_area"))
            if name:
                service.service_areas.append(
                    ServiceArea(
                        name=name, description=self._quiet_text(item.get("description"), "long")
                    )
                )

    def _languages(self, service: Service, raw: dict[str, Any]) -> None:
        seen: set[str] = set()
        for item in dicts(raw.get("languages")):
            name = self._quiet_text(first(item, "name", "language"), "code")
            if name and name.lower() not in seen:
                seen.add(name.lower())
                service.languages.append(
                    Language(name=name, code=self._quiet_text(item.get("code"), "code"))
                )

    def _terms_of(self, service: Service, raw: dict[str, Any]) -> None:
        found: list[dict[str, Any]] = []
        for item in dicts(raw.get("attributes")):
            found += dicts(item.get("taxonomy_term"))
        for item in dicts(raw.get("service_taxonomys")):  # ORUK v1
            found += dicts(item.get("taxonomy"))
        found += dicts(raw.get("taxonomy_terms"))
        for term_raw in found:
            term_id = self._quiet_text(term_raw.get("id"), "id")
            name = self._line(first(term_raw, "name", "term"))
            if not term_id or not name:
                self.problem(service.id, "taxonomy_term", "has no id or no name")
                continue
            if term_id not in self._terms:
                self._terms.add(term_id)
                parent = first(term_raw, "parent_id", "parent")
                parent_id = self._quiet_text(
                    parent.get("id") if isinstance(parent, dict) else parent, "id"
                )
                taxonomy = term_raw.get("taxonomy") or term_raw.get("vocabulary")
                if isinstance(taxonomy, dict):
                    taxonomy = taxonomy.get("name")
                self.sink.add_term(
                    Term(
                        id=term_id,
                        name=name,
                        description=self._quiet_text(term_raw.get("description"), "long"),
                        parent_id=parent_id or None,
                        taxonomy=self._line(taxonomy),
                    )
                )
            service.term_ids.append(term_id)
