"""Repairs that are safe to make to what a feed sends: a web address without https://, an
email written as a link or with stray spaces, a UK phone number written any which way.

Each repair returns the repaired value and what it did, so the importer can count every
repair in its report; anything that is not plainly safe to repair is left for the caller
to drop with a reason.
"""

from __future__ import annotations

import re
from functools import cache

from kiosk.store.cleaning import clean_line, safe_email, safe_web_url
from kiosk.store.vocabulary import read_rows

ADDED_HTTPS = "web address: added https://"
EMAIL_TIDIED = "email: removed mailto: or spaces"
PHONE_WRITTEN_UK_WAY = "phone: written the usual UK way"

_HOST = re.compile(r"(?i)^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|extension|x)\s*(\d{1,6})\s*$")


@cache
def web_endings() -> frozenset[str]:
    """The last parts of a host name taken as a web address (resources/vocabulary)."""
    return frozenset(row["ending"].strip().lower() for row in read_rows("web_domains.csv"))


def repair_web_url(value: object) -> tuple[str | None, str]:
    """(a safe http(s) address or None, the repair made or '')."""
    text = clean_line(value)
    url = safe_web_url(text)
    if url is not None:
        return url, ADDED_HTTPS if url != text else ""
    if not text or " " in text or "://" in text or "@" in text:
        return None, ""
    host = text.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if not _HOST.match(host) or host.rsplit(".", 1)[-1].lower() not in web_endings():
        return None, ""
    repaired = safe_web_url("https://" + text)
    return repaired, ADDED_HTTPS if repaired else ""


def repair_email(value: object) -> tuple[str | None, str]:
    """(an email address or None, the repair made or '')."""
    text = clean_line(value)
    email = safe_email(text)
    if email is not None:
        return email, EMAIL_TIDIED if email != text else ""
    tidied = safe_email(re.sub(r"\s+", "", text))
    return tidied, EMAIL_TIDIED if tidied else ""


def uk_phone(number: str) -> str:
    """A UK number the way it is usually written ('01632 960123', '020 7946 0123',
    '0300 123 4567', '07700 900123'), an extension kept as ' ext 12'; other numbers (short,
    international, odd) as they are."""
    text = number.strip()
    extension = _EXTENSION.search(text)
    main = text[: extension.start()] if extension else text
    digits = re.sub(r"\D", "", main)
    if main.lstrip().startswith("+44") or main.lstrip().startswith("0044"):
        digits = "0" + digits[digits.index("44") + 2 :].removeprefix("0")
    elif not main.lstrip().startswith("0"):
        return text
    grouped = _grouped(digits)
    if grouped is None:
        return text
    return grouped + (f" ext {extension.group(1)}" if extension else "")


def _grouped(digits: str) -> str | None:
    if len(digits) == 11 and digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if len(digits) == 11 and (digits.startswith(("011", "03", "08", "09")) or digits[3] == "1"):
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if len(digits) == 11 and digits.startswith(("01", "07")):
        return f"{digits[:5]} {digits[5:]}"
    if len(digits) == 10 and digits.startswith(("01", "08")):
        return (
            f"{digits[:5]} {digits[5:]}"
            if digits.startswith("01")
            else f"{digits[:4]} {digits[4:]}"
        )
    return None


def repair_phone(number: str) -> tuple[str, str]:
    """(the number as shown to visitors, the repair made or '')."""
    shown = uk_phone(number)
    changed = " ".join(shown.split()) != " ".join(number.split())
    return shown, PHONE_WRITTEN_UK_WAY if changed else ""
