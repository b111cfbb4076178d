"""Turns messy feed values into clean plain text, safe addresses and sane numbers."""

from __future__ import annotations

import datetime
import math
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from kiosk.store.limits import RAW_TEXT_FACTOR

_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
}
_DROP_CONTENT = {"script", "style", "head", "title", "template", "noscript", "iframe", "object"}
# Control characters; lone surrogates (which cannot be stored as UTF-8); bidirectional
# embeddings, overrides, isolates and marks (which can make a name display reversed); and
# invisible zero-width characters. ZWJ and ZWNJ (U+200C, U+200D) stay: scripts such as
# Urdu and Punjabi need them.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f"
    "\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff]"
)
_TAG_LIKE = re.compile(r"</?[A-Za-z!?][^<>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_EMAIL_PATTERN = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_EMAIL = re.compile(f"^{_EMAIL_PATTERN}$")
# Email addresses written inside a text (a topic page): the same rule, found anywhere.
EMAIL_IN_TEXT = re.compile(_EMAIL_PATTERN)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n\n• ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS or tag == "li":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def is_text_value(value: object) -> bool:
    """Whether a feed value can stand for text: a string or a number, not a list or object."""
    return value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool))


def clean_text(value: object, *, multiline: bool = True, limit: int | None = None) -> str:
    """Plain text from a feed value that may hold HTML: paragraphs kept, markup gone.

    The result holds no tags, entities or control characters, so a Qt widget that
    guesses at rich text still shows it as plain text. Lists, objects and booleans give ''
    (the importer reports them). With LIMIT, input far beyond it is not even parsed and
    the result is cut to LIMIT characters (see cut_text).
    """
    if not is_text_value(value) or value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if limit is not None and len(text) > limit * RAW_TEXT_FACTOR:
        text = text[: limit * RAW_TEXT_FACTOR]
    if not text.strip():
        return ""
    if "<" not in text and "&" not in text and "\n" not in text and "\r" not in text:
        text = _SPACES.sub(" ", _CONTROL.sub("", text)).strip()
        return text if limit is None else cut_text(text, limit)
    if "<" in text or "&" in text:
        parser = _TextExtractor()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        # Escaped markup (&lt;b&gt;) becomes real markup when unescaped: remove that too.
        text = _TAG_LIKE.sub("", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if not multiline:
        return " ".join(line for line in lines if line)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    text = "\n\n".join(paragraphs)
    return text if limit is None else cut_text(text, limit)


def clean_line(value: object, limit: int | None = None) -> str:
    """One line of plain text (names, addresses, labels)."""
    return clean_text(value, multiline=False, limit=limit)


def cut_text(text: str, limit: int) -> str:
    """TEXT, or its first LIMIT characters ending at a word, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", limit // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def safe_web_url(value: object) -> str | None:
    """An http(s) address with a host, or None."""
    text = clean_line(value)
    if not text:
        return None
    if text.lower().startswith("www."):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in text:
        return None
    return text


def safe_email(value: object) -> str | None:
    text = clean_line(value)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text if len(text) <= 254 and _EMAIL.match(text) else None


def safe_phone(value: object) -> str | None:
    """A phone number a visitor can dial: digits with spaces, +, brackets or dashes."""
    text = clean_line(value).strip("\"' ")
    if text.lower().startswith("tel:"):
        text = text[4:]
    digits = sum(ch.isdigit() for ch in text)
    if digits < 6 or digits > 15 or re.search(r"[^0-9 +()\-.extEXT]", text):
        return None
    return text


def to_int(value: object) -> int | None:
    """A whole number from an int, a float with no fraction or a numeric string."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d{1,6}(\.0+)?", text):
            return int(float(text))
    return None


def to_float(value: object) -> float | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int of 400 digits
        return None
    return number if math.isfinite(number) else None


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_UK_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def iso_date(text: str) -> str:
    """'2021-03-04', '2021-03-04T10:00:00Z' or '4/3/2021' (day first, as in the UK) ->
    '2021-03-04'; '' for anything that is not a real date."""
    text = text.strip()
    iso = _ISO_DAY.match(text)
    uk = _UK_DAY.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif uk:
        day, month, year = (int(part) for part in uk.groups())
    else:
        return ""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""
