"""What the window counts (kiosk.staff.statistics): screens, what they open, and the choices made.

Only names and ids the kiosk itself made are counted (a screen's name, a topic's slug, a
category's or service's id, an option's value), never anything a visitor typed.
"""

from __future__ import annotations

from typing import Any

from kiosk.staff.statistics import Event, UsageRecorder
from kiosk.store.models import Filters
from kiosk.ui.context import VisitorSession
from kiosk.ui.screens import base

# The session's fields counted when a visitor changes them from the kiosk's default.
ACCESSIBILITY_CHOICES = (
    "text_scale",
    "colour_scheme",
    "font",
    "calm",
    "read_aloud",
    "key_repeat_delay_ms",
    "key_debounce_ms",
)


# Screens whose names start so are staff mode's: staff are not visitors, and are not counted.
STAFF_SCREENS = "staff"


def visit_events(name: str, arg: object) -> list[tuple[Event, str]]:
    """The counts for showing screen NAME with ARG: the screen, and what it opened."""
    if name.startswith(STAFF_SCREENS):
        return []
    events = [(Event.SCREEN, name)]
    if name == base.TOPIC and isinstance(arg, str):
        events.append((Event.TOPIC, arg))
    elif name == base.SERVICE and isinstance(arg, str):
        events.append((Event.SERVICE, arg))
    elif name == base.SERVICES:
        category = arg.category_id if isinstance(arg, Filters) else arg
        if isinstance(category, str) and category:
            events.append((Event.CATEGORY, category))
    return events


def session_choices(session: VisitorSession) -> dict[str, Any]:
    """The visitor's language and accessibility choices, as counted."""
    return {"language": session.language} | {
        field: getattr(session, field) for field in ACCESSIBILITY_CHOICES
    }


def choice_key(field: str, value: object) -> str:
    """How an option is counted: 'text_scale:1.5', 'read_aloud:True', 'font:dyslexic'."""
    return f"{field}:{value}"


def choice_events(
    before: dict[str, Any], after: dict[str, Any], defaults: dict[str, Any]
) -> list[tuple[Event, str]]:
    """The choices a visitor made between BEFORE and AFTER: each one changed to something
    other than how the kiosk starts (going back to the default, or the reset, is not counted)."""
    events: list[tuple[Event, str]] = []
    for field, value in after.items():
        if value == before.get(field) or value == defaults.get(field):
            continue
        if field == "language":
            events.append((Event.LANGUAGE, str(value)))
        else:
            events.append((Event.ACCESSIBILITY, choice_key(field, value)))
    return events


def qr_kind(payload: str) -> str:
    """What a QR code is for, as counted: web, phone, email, or text (details to take away)."""
    scheme = payload.split(":", 1)[0].lower() if ":" in payload[:8] else ""
    return {"http": "web", "https": "web", "tel": "phone", "mailto": "email"}.get(scheme, "text")


def count_codes(usage: UsageRecorder, payloads: list[str]) -> None:
    """Count the QR codes a page shows, one by one, by what they are for."""
    for payload in payloads:
        usage.record(Event.QR_SHOWN, qr_kind(payload))


def count_printed(usage: UsageRecorder, pages: int) -> None:
    """Count PAGES printed (the printing code calls this once the printer took them)."""
    for _ in range(pages):
        usage.record(Event.PAGE_PRINTED)
