"""The days of the week as the data writes them (RRULE codes, Monday first), defined once.

Screens say the names in the visitor's language (kiosk.ui.wording); the English names here
are for the command line, which speaks to staff in English.
"""

from __future__ import annotations

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ENGLISH_DAY_NAMES = dict(
    zip(
        DAY_CODES,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)


def day_code(text: str) -> str | None:
    """'MO', 'mon', 'Monday' (any case) -> 'MO'; anything else -> None."""
    key = text.strip().lower()
    for code, name in ENGLISH_DAY_NAMES.items():
        if key and key in (code.lower(), name.lower(), name.lower()[:3]):
            return code
    return None
