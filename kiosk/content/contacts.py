"""Someone to talk to: local contacts from resources/contacts.toml, checked; stdlib only.

The council edits one file; every page that names a contact links to it by id, so a
number is written once. Details without a public source ship as placeholders (Ofcom's
drama numbers, example.org addresses), which `placeholders()` finds for `kiosk check`.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.formatting import ENGLISH, Words, opening_text
from kiosk.store.days import DAY_CODES
from kiosk.store.models import OpeningTime

log = logging.getLogger(__name__)

CONTACTS_FILE = "contacts.toml"
TEXT_FIELDS = ("name", "helps_with", "phone", "text_relay", "email", "website", "address")
REQUIRED = ("id", "name", "helps_with")
PLACEHOLDER_WORD = "PLACEHOLDER"
# Ofcom keeps 01632 960000 to 960999 for drama: never a real line
_DRAMA_NUMBER = re.compile(r"^(?:\+44\s*|0)1632\s*960\s*\d{3}$")
_EXAMPLE_DOMAIN = re.compile(r"(?:^|[@./])example\.(?:org|com)(?:$|[/:])", re.IGNORECASE)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_PHONE = re.compile(r"^[0-9+][0-9 ]{6,20}$")


class ContactsError(ValueError):
    """The contacts file cannot be used; the message says where and what to fix."""


@dataclass(frozen=True)
class Contact:
    """One person or team to talk to, as the talk page and topic pages show it."""

    id: str
    name: str
    helps_with: str
    phone: str = ""
    text_relay: str = ""  # the number to dial through Relay UK, for people who type
    email: str = ""
    website: str = ""
    address: str = ""
    hours: tuple[OpeningTime, ...] = ()
    source: str = ""  # where the real details were published; empty for placeholders

    def hours_text(self, words: Words = ENGLISH) -> list[str]:
        """Opening hours in the kiosk's one wording: ['Monday to Friday, 9am to 5pm']."""
        return [opening_text(slot, words) for slot in self.hours]

    def placeholders(self) -> list[str]:
        """The fields still holding made-up details, for `kiosk check` to warn about."""
        found = []
        for name in ("phone", "text_relay"):
            value = " ".join(getattr(self, name).split())
            if value and _DRAMA_NUMBER.match(value.removeprefix("18001 ")):
                found.append(name)
        for name in ("email", "website"):
            if _EXAMPLE_DOMAIN.search(getattr(self, name)):
                found.append(name)
        found += [n for n in TEXT_FIELDS if PLACEHOLDER_WORD in getattr(self, n).upper()]
        return list(dict.fromkeys(found))


def load_contacts(path: Path | None = None) -> tuple[Contact, ...]:
    """The contacts in PATH (resources/contacts.toml by default), in file order."""
    if path is None:
        from kiosk import paths

        path = paths.resources_dir() / CONTACTS_FILE
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ContactsError(f"{name}: cannot read file ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContactsError(f"{name}: not valid TOML ({exc})") from exc
    entries = data.get("contact", [])
    if not isinstance(entries, list) or not entries:
        raise ContactsError(f"{name}: no [[contact]] entries")
    contacts: list[Contact] = []
    for number, entry in enumerate(entries, start=1):
        contact = _contact(f"{name}: contact {number}", entry)
        if any(c.id == contact.id for c in contacts):
            raise ContactsError(f"{name}: contact {number}: id {contact.id!r} is used twice")
        contacts.append(contact)
    return tuple(contacts)


def load_contacts_for(language: str, root: Path) -> tuple[Contact, ...]:
    """The contacts in root/contacts.toml, with `helps_with` in LANGUAGE where
    root/content/<code>/contacts.toml translates it (id and helps_with only, nothing else:
    names, numbers and hours are the same in every language). A bad translation file is
    logged and English is used."""
    contacts = load_contacts(root / CONTACTS_FILE)
    code = language.split("-")[0].split("_")[0]
    path = root / "content" / code / CONTACTS_FILE
    if code == "en" or not path.is_file():
        return contacts
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        words = {
            entry["id"]: entry["helps_with"].strip()
            for entry in data.get("contact", [])
            if isinstance(entry.get("id"), str) and isinstance(entry.get("helps_with"), str)
        }
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, AttributeError) as exc:
        log.warning("%s/%s cannot be used (%s); English instead", code, path.name, exc)
        return contacts
    return tuple(replace(c, helps_with=words[c.id]) if words.get(c.id) else c for c in contacts)


def _contact(where: str, entry: Any) -> Contact:
    if not isinstance(entry, dict):
        raise ContactsError(f"{where}: must be a table of fields")
    known = {"id", "source", "hours", *TEXT_FIELDS}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ContactsError(
            f"{where}: unknown field {unknown[0]!r} (use {', '.join(sorted(known))})"
        )
    for key in ("id", "source", *TEXT_FIELDS):
        if not isinstance(entry.get(key, ""), str):
            raise ContactsError(f"{where}: {key!r} must be text in quotes")
    fields = {key: entry.get(key, "").strip() for key in ("id", "source", *TEXT_FIELDS)}
    for key in REQUIRED:
        if not fields[key]:
            raise ContactsError(f"{where}: {key!r} is missing")
    if not _ID.fullmatch(fields["id"]):
        raise ContactsError(f"{where}: id {fields['id']!r} must be lower-case words joined by '-'")
    for key in ("phone", "text_relay"):
        if fields[key] and not _PHONE.match(fields[key]):
            raise ContactsError(f"{where}: {key} {fields[key]!r} is not a phone number")
    if fields["email"] and "@" not in fields["email"]:
        raise ContactsError(f"{where}: email {fields['email']!r} has no '@'")
    if fields["website"] and not fields["website"].startswith("https://"):
        raise ContactsError(f"{where}: website must start with https://")
    hours = tuple(
        _hours(f"{where}: hours {i}", slot) for i, slot in enumerate(entry.get("hours", []), 1)
    )
    return Contact(hours=hours, **fields)


def _hours(where: str, slot: Any) -> OpeningTime:
    if not isinstance(slot, dict):
        raise ContactsError(f'{where}: write {{ days = [...], opens = "09:00", closes = "17:00" }}')
    days = slot.get("days")
    if not isinstance(days, list) or not days or any(d not in DAY_CODES for d in days):
        raise ContactsError(f"{where}: days must be a list of {', '.join(DAY_CODES)}")
    opens, closes = slot.get("opens"), slot.get("closes")
    for value in (opens, closes):
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            raise ContactsError(f'{where}: times must be 24-hour HH:MM, such as "09:30"')
    assert isinstance(opens, str) and isinstance(closes, str)
    if closes <= opens:
        raise ContactsError(f"{where}: closes {closes} is not after opens {opens}")
    ordered = tuple(sorted(days, key=DAY_CODES.index))
    return OpeningTime(ordered, opens, closes, "")
