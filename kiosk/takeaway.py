"""What a visitor can take away by QR code: tel:, mailto:, web links and plain-text summaries.

Qt-free, so the payloads can be tested exactly. A summary is kept short (MAX_SUMMARY_CHARS)
so its QR code stays easy for a phone camera to read. Its words (and its opening times)
are the screen's own, in the visitor's language: kiosk.formatting with the Words passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from kiosk.formatting import ENGLISH, Words, opening_text
from kiosk.store.cleaning import safe_email, safe_web_url
from kiosk.store.models import ServiceDetail

MAX_SUMMARY_CHARS = 900
MAX_LIST_CHARS = 1200


def tel_uri(number: str) -> str | None:
    """'01632 960123' -> 'tel:+441632960123'; None when there are no digits to dial.

    UK numbers starting 0 become +44; numbers already in +NN form keep their code; an
    extension ("ext 12") is dropped, since phones cannot dial it from a link.
    """
    main = re.split(r"(?i)\s*(?:ext\.?|extension|x)\s*\d+\s*$", number.strip())[0]
    plus = main.strip().startswith("+") or main.strip().startswith("00")
    digits = re.sub(r"\D", "", main)
    if main.strip().startswith("00"):
        digits = digits[2:]
    if len(digits) < 3:
        return None
    if plus:
        return f"tel:+{digits}"
    if digits.startswith("0") and len(digits) >= 10:
        return f"tel:+44{digits[1:]}"
    return f"tel:{digits}"  # short numbers such as 999 or 111


def mailto_uri(email: str) -> str | None:
    """'info@example.org' -> 'mailto:info@example.org'; None if it is not an address."""
    address = safe_email(email)
    if address is None:
        return None
    return "mailto:" + quote(address, safe="@.+-_~!$&'*=")


def web_url(url: str) -> str | None:
    """The address if it is an http or https web address with a host, else None.

    'www.example.org' (no scheme) is taken as https.
    """
    return safe_web_url(url)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def service_summary_text(
    detail: ServiceDetail, limit: int = MAX_SUMMARY_CHARS, words: Words = ENGLISH
) -> str:
    """The service's name and how to reach it, as plain text for one QR code."""
    lines = [detail.name]
    if detail.organisation and detail.organisation != detail.name:
        lines.append(detail.organisation)
    lines.extend(words.phone_line.format(p.number) for p in detail.phones[:2] if p.number.strip())
    if mailto_uri(detail.email):
        lines.append(words.email_line.format(detail.email.strip()))
    url = web_url(detail.url)
    if url:
        lines.append(words.web_line.format(url))
    for place in detail.places[:2]:
        if place.address:
            lines.append(words.address_line.format(place.address))
    opening = [text for text in (opening_text(t, words) for t in detail.opening_times) if text]
    opening += [t.description for t in detail.opening_times if not opening_text(t, words)]
    if opening:
        lines.append(words.open_line.format(words.times_join.join(opening[:4])))
    text = "\n".join(_clip(line, 240) for line in lines)
    return _clip(text, limit)


def list_summary_text(
    details: Iterable[ServiceDetail], limit: int = MAX_LIST_CHARS, words: Words = ENGLISH
) -> str:
    """A visitor's whole list as plain text: name, then phone or web, for each service."""
    blocks = []
    for number, detail in enumerate(details, start=1):
        lines = [f"{number}. {detail.name}"]
        if detail.phones and detail.phones[0].number.strip():
            lines.append(words.phone_line.format(detail.phones[0].number))
        if mailto_uri(detail.email):
            lines.append(words.email_line.format(detail.email.strip()))
        url = web_url(detail.url)
        if url:
            lines.append(words.web_line.format(url))
        blocks.append("\n".join(_clip(line, 160) for line in lines))
    text = "\n\n".join(blocks)
    if len(text) <= limit:
        return text
    # Drop whole services from the end rather than cutting one in half.
    kept = list(blocks)
    while kept and len("\n\n".join(kept)) + 40 > limit:
        kept.pop()
    missing = len(blocks) - len(kept)
    return "\n\n".join([*kept, words.more_on_kiosk.format(missing)])
