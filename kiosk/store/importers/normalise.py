"""Turns one nested service record (ORUK 3.0, HSDS 3.0 or ORUK v1 field names) into records.

Field names differ between versions; each reader below tries the 3.0 name first and
the v1 name second, so a feed that mixes them still imports.
"""

from __future__ import annotations

from typing import Any

from kiosk.store.cleaning import (
    clean_line,
    clean_text,
    safe_email,
    safe_phone,
    safe_web_url,
    to_float,
    to_int,
)
from kiosk.store.records import (
    Contact,
    CostOption,
    Language,
    Location,
    Organisation,
    ParsedDataset,
    Phone,
    Problem,
    Schedule,
    Service,
    ServiceArea,
    Term,
)

MAX_AGE = 120
INACTIVE = {"inactive", "defunct", "temporarily closed", "closed"}
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


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list field; anything else counts as empty."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _first(raw: dict[str, Any], *names: str) -> Any:
    for name in names:
        value = raw.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _on_earth(lat: float | None, lon: float | None) -> bool:
    """Both missing, or both present and possible."""
    if lat is None or lon is None:
        return lat is None and lon is None
    return -90 <= lat <= 90 and -180 <= lon <= 180


class ServiceReader:
    """Adds services to a ParsedDataset one raw record at a time, reporting problems."""

    def __init__(self, data: ParsedDataset) -> None:
        self.data = data
        self._seen: set[str] = set()
        self._generated = 0

    def problem(self, record_id: str, field: str, reason: str, action: str = "dropped") -> None:
        self.data.problems.append(Problem(record_id, field, reason, action))

    def add(self, raw: object, position: int) -> None:
        if not isinstance(raw, dict):
            self.problem(f"record {position}", "record", "is not an object", "skipped")
            return
        if SERVICE_KEYS.isdisjoint(raw):
            label = clean_line(raw.get("id"))[:60] or f"record {position}"
            self.problem(label, "record", "has none of the fields of a service", "skipped")
            return
        service_id = clean_line(raw.get("id"))
        label = service_id or f"record {position}"
        if not service_id:
            self.problem(label, "id", "has no id", "skipped")
            return
        if len(service_id) > 200:
            self.problem(label[:60], "id", "id is longer than 200 characters", "skipped")
            return
        if service_id in self._seen:
            self.problem(label, "id", "the same id appears earlier in the file", "skipped")
            return
        name = clean_line(raw.get("name"))[:300]
        if not name:
            self.problem(label, "name", "has no name", "skipped")
            return
        status = clean_line(raw.get("status")).lower()
        if status in INACTIVE:
            self.problem(label, "status", f"status is {status!r}", "skipped")
            return
        self._seen.add(service_id)
        service = Service(id=service_id, name=name, status=status or "active")
        service.description = clean_text(_first(raw, "description", "short_description"))
        service.fees_description = clean_text(_first(raw, "fees_description", "fees"))
        service.eligibility_description = clean_text(raw.get("eligibility_description"))
        service.application_process = clean_text(raw.get("application_process"))
        service.alert = clean_text(raw.get("alert"))
        service.last_modified = clean_line(raw.get("last_modified"))
        service.assured_date = clean_line(raw.get("assured_date"))
        service.url = self._web(label, "url", _first(raw, "url", "website")) or ""
        service.email = self._email(label, "email", raw.get("email")) or ""
        self._ages(service, raw)
        service.organisation_id = self._organisation(label, raw.get("organization"))
        if service.organisation_id is None:
            org_id = clean_line(raw.get("organization_id"))
            service.organisation_id = org_id or None
        self._locations(service, raw)
        self._contacts(service, raw)
        self._schedules(service, raw)
        self._costs(service, raw)
        self._areas(service, raw)
        self._languages(service, raw)
        self._terms(service, raw)
        self.data.services.append(service)

    # ---- simple fields -------------------------------------------------
    def _web(self, label: str, field: str, value: object) -> str | None:
        if value in (None, ""):
            return None
        url = safe_web_url(value)
        if url is None:
            self.problem(label, field, "is not a web address starting http:// or https://")
        return url

    def _email(self, label: str, field: str, value: object) -> str | None:
        if value in (None, ""):
            return None
        email = safe_email(value)
        if email is None:
            self.problem(label, field, "is not an email address")
        return email

    def _ages(self, service: Service, raw: dict[str, Any]) -> None:
        low_raw = raw.get("minimum_age")
        high_raw = raw.get("maximum_age")
        for elig in _dicts(raw.get("eligibilitys")):  # ORUK v1
            low_raw = low_raw if low_raw not in (None, "") else elig.get("minimum_age")
            high_raw = high_raw if high_raw not in (None, "") else elig.get("maximum_age")
        ages: list[int | None] = []
        for field, value in (("minimum_age", low_raw), ("maximum_age", high_raw)):
            age = to_int(value)
            if value not in (None, "") and (age is None or not 0 <= age <= MAX_AGE):
                self.problem(service.id, field, f"{value!r} is not an age from 0 to {MAX_AGE}")
                age = None
            ages.append(age)
        low, high = ages
        if low is not None and high is not None and low > high:
            self.problem(
                service.id, "minimum_age", f"{low} is above maximum_age {high}; swapped", "fixed"
            )
            low, high = high, low
        service.min_age, service.max_age = low, high

    # ---- nested records ------------------------------------------------
    def _organisation(self, label: str, raw: object) -> str | None:
        if not isinstance(raw, dict):
            return None
        org_id = clean_line(raw.get("id"))
        name = clean_line(raw.get("name"))
        if not org_id or not name:
            self.problem(label, "organization", "has no id or no name")
            return None
        if org_id not in self.data.organisations:
            self.data.organisations[org_id] = Organisation(
                id=org_id,
                name=name[:300],
                description=clean_text(raw.get("description")),
                email=self._email(label, "organization.email", raw.get("email")) or "",
                url=self._web(label, "organization.website", _first(raw, "website", "url")) or "",
            )
        return org_id

    def _locations(self, service: Service, raw: dict[str, Any]) -> None:
        for position, link in enumerate(_dicts(raw.get("service_at_locations"))):
            nested = link.get("location")
            self._location(service, nested if isinstance(nested, dict) else link, position)
        for position, loc in enumerate(_dicts(raw.get("locations"))):
            self._location(service, loc, position)

    def _location(self, service: Service, raw: dict[str, Any], position: int) -> None:
        loc_id = clean_line(raw.get("id")) or f"{service.id}/location/{position}"
        if loc_id not in self.data.locations:
            location = Location(
                id=loc_id,
                name=clean_line(raw.get("name")),
                description=clean_text(raw.get("description")),
            )
            addresses = _dicts(raw.get("addresses")) or _dicts(raw.get("physical_addresses"))
            if addresses:
                address = addresses[0]
                location.address_1 = clean_line(address.get("address_1"))
                location.address_2 = clean_line(address.get("address_2"))
                location.city = clean_line(address.get("city"))
                location.region = clean_line(address.get("region"))
                location.state_province = clean_line(address.get("state_province"))
                location.postcode = clean_line(address.get("postal_code")).upper()
                location.country = clean_line(address.get("country"))
            lat, lon = to_float(raw.get("latitude")), to_float(raw.get("longitude"))
            if (lat is None) != (lon is None) or (
                lat is not None
                and lon is not None
                and not (-90 <= lat <= 90 and -180 <= lon <= 180)
            ):
                self.problem(
                    service.id,
                    f"location {loc_id}: latitude/longitude",
                    f"({raw.get('latitude')}, {raw.get('longitude')}) is not a place on Earth",
                )
                lat = lon = None
            location.latitude, location.longitude = lat, lon
            notes = _dicts(raw.get("accessibility")) + _dicts(
                raw.get("accessibility_for_disabilities")
            )
            for note in notes:
                text = clean_text(_first(note, "description", "accessibility"))
                details = clean_text(note.get("details"))
                if text:
                    location.accessibility.append(f"{text}\n\n{details}" if details else text)
            self.data.locations[loc_id] = location
        service.location_ids.append(loc_id)

    def _contacts(self, service: Service, raw: dict[str, Any]) -> None:
        phones = list(_dicts(raw.get("phones")))
        for contact in _dicts(raw.get("contacts")):
            name, title = clean_line(contact.get("name")), clean_line(contact.get("title"))
            email = self._email(service.id, "contacts.email", contact.get("email")) or ""
            if name or title or email:
                service.contacts.append(Contact(name=name, title=title, email=email))
            phones += _dicts(contact.get("phones"))
        seen: set[str] = set()
        for phone in phones:
            number = safe_phone(phone.get("number"))
            if number is None:
                if phone.get("number") not in (None, ""):
                    self.problem(
                        service.id,
                        "phones.number",
                        f"{clean_line(phone.get('number'))[:40]!r} is not a phone number",
                    )
                continue
            if number in seen:
                continue
            seen.add(number)
            service.phones.append(
                Phone(
                    number=number,
                    type=clean_line(phone.get("type")),
                    description=clean_text(phone.get("description")),
                )
            )

    def _schedules(self, service: Service, raw: dict[str, Any]) -> None:
        for item in _dicts(raw.get("schedules")) + _dicts(raw.get("regular_schedules")):
            byday = clean_line(_first(item, "byday", "weekday"))
            schedule = Schedule(
                freq=clean_line(item.get("freq")).upper(),
                byday=byday.upper(),
                opens_at=clean_line(item.get("opens_at"))[:8],
                closes_at=clean_line(item.get("closes_at"))[:8],
                description=clean_text(item.get("description")),
            )
            if schedule.byday or schedule.opens_at or schedule.description:
                service.schedules.append(schedule)

    def _costs(self, service: Service, raw: dict[str, Any]) -> None:
        for item in _dicts(raw.get("cost_options")):
            amount = to_float(item.get("amount"))
            if item.get("amount") not in (None, "") and (amount is None or amount < 0):
                self.problem(
                    service.id, "cost_options.amount", f"{item.get('amount')!r} is not a price"
                )
                amount = None
            service.cost_options.append(
                CostOption(
                    option=clean_line(item.get("option")),
                    amount=amount,
                    currency=clean_line(item.get("currency")).upper(),
                    amount_description=clean_text(item.get("amount_description")),
                )
            )

    def _areas(self, service: Service, raw: dict[str, Any]) -> None:
        for item in _dicts(raw.get("service_areas")):
            name = clean_line(_first(item, "name", "service_area"))
            if name:
                service.service_areas.append(
                    ServiceArea(name=name[:300], description=clean_text(item.get("description")))
                )

    def _languages(self, service: Service, raw: dict[str, Any]) -> None:
        seen: set[str] = set()
        for item in _dicts(raw.get("languages")):
            name = clean_line(_first(item, "name", "language"))
            if name and name.lower() not in seen:
                seen.add(name.lower())
                service.languages.append(
                    Language(name=name[:80], code=clean_line(item.get("code")))
                )

    def _terms(self, service: Service, raw: dict[str, Any]) -> None:
        found: list[dict[str, Any]] = []
        for item in _dicts(raw.get("attributes")):
            found += _dicts(item.get("taxonomy_term"))
        for item in _dicts(raw.get("service_taxonomys")):  # ORUK v1
            found += _dicts(item.get("taxonomy"))
        found += _dicts(raw.get("taxonomy_terms"))
        for term_raw in found:
            term_id = clean_line(term_raw.get("id"))
            name = clean_line(_first(term_raw, "name", "term"))
            if not term_id or not name:
                self.problem(service.id, "taxonomy_term", "has no id or no name")
                continue
            if term_id not in self.data.terms:
                parent = _first(term_raw, "parent_id", "parent")
                parent_id = clean_line(parent.get("id") if isinstance(parent, dict) else parent)
                taxonomy = term_raw.get("taxonomy") or term_raw.get("vocabulary")
                if isinstance(taxonomy, dict):
                    taxonomy = taxonomy.get("name")
                self.data.terms[term_id] = Term(
                    id=term_id,
                    name=name[:200],
                    description=clean_text(term_raw.get("description")),
                    parent_id=parent_id or None,
                    taxonomy=clean_line(taxonomy),
                )
            service.term_ids.append(term_id)
