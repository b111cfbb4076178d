"""On-screen keyboard layouts, from resources/keyboards/<name>.toml; Qt-free.

Each language in languages.toml names its layout (`keyboard = "pl"`), so a new language's
keyboard is a file and no code: rows of keys, each key the text it types, and, for a
language not written in Latin letters, the Latin layout one touch away (service data is in
English). resources/keyboards/README.md describes the file. A layout that cannot be used is
logged, and the visitor gets the English one: a wrong keyboard beats none.
"""

from __future__ import annotations

import logging
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kiosk.languages import LanguageError, language

log = logging.getLogger(__name__)

KEYBOARDS_FOLDER = Path("keyboards")
ENGLISH = "en"
MAX_ROWS = 6  # with Clear, Space and Delete below, as many as the search screen has room for
MAX_KEYS_PER_ROW = 12  # as many as fit the keyboard's width with keys at least 64 px wide
MAX_KEY_CHARS = 4  # a key types one letter, or a letter and its marks
KNOWN_KEYS = frozenset({"rows", "extends", "latin", "label"})
# The last resort when en.toml itself cannot be used; a test keeps the two the same.
FALLBACK_ROWS = (
    tuple("1234567890"),
    tuple("qwertyuiop"),
    tuple("asdfghjkl'"),
    tuple("zxcvbnm-"),
)


class KeyboardError(ValueError):
    """A layout file cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True)
class KeyboardLayout:
    """The keys of one layout, row by row, and the Latin layout a touch away, if any."""

    name: str  # the file's name without .toml
    rows: tuple[tuple[str, ...], ...]
    label: str = ""  # the switch key that brings these keys back shows this ("اردو")
    latin: KeyboardLayout | None = None

    def keys(self) -> tuple[str, ...]:
        return tuple(key for row in self.rows for key in row)


FALLBACK = KeyboardLayout(ENGLISH, FALLBACK_ROWS)


def is_mark(text: str) -> bool:
    """Whether TEXT starts with a combining mark (a vowel sign, a nukta): it is typed after
    a letter, so its key shows it on a dotted circle."""
    return bool(text) and unicodedata.category(text[0]).startswith("M")


def load_keyboard(name: str, resources: Path) -> KeyboardLayout:
    """The layout in resources/keyboards/NAME.toml; KeyboardError if it cannot be used."""
    return _load(name, resources, ())


def _load(name: str, resources: Path, seen: tuple[str, ...]) -> KeyboardLayout:
    where = f"keyboards/{name}.toml"
    if name in seen:
        raise KeyboardError(f"{where}: it includes itself ({' -> '.join((*seen, name))})")
    if not name or not name.replace("-", "").replace("_", "").isalnum() or not name.isascii():
        raise KeyboardError(f"{where}: a layout's name is letters, digits, - or _")
    path = resources / KEYBOARDS_FOLDER / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyboardError(f"{where}: no such file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KeyboardError(f"{where}: cannot be read: {exc}") from exc
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise KeyboardError(f"{where}: unknown setting {', '.join(unknown)}")
    rows = _rows(where, data.get("rows", []))
    extends = data.get("extends")
    if extends is not None:
        if not isinstance(extends, str):
            raise KeyboardError(f"{where}: extends must name another layout, like 'en'")
        rows += _included(where, extends, resources, (*seen, name)).rows
    if not rows:
        raise KeyboardError(f"{where}: no rows of keys")
    if len(rows) > MAX_ROWS:
        raise KeyboardError(f"{where}: {len(rows)} rows of keys; at most {MAX_ROWS} fit")
    keys = [key for row in rows for key in row]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise KeyboardError(f"{where}: keys twice: {' '.join(twice)}")
    latin, label = data.get("latin"), data.get("label", "")
    if not isinstance(label, str):
        raise KeyboardError(f"{where}: label must be text")
    other = None
    if latin is not None:
        if not isinstance(latin, str) or not label.strip():
            raise KeyboardError(
                f"{where}: latin names a layout (like 'en') and needs a label for the key "
                "that comes back to these keys"
            )
        other = _included(where, latin, resources, (*seen, name))
        if other.latin is not None:
            raise KeyboardError(f"{where}: the latin layout {latin!r} has a latin layout itself")
    return KeyboardLayout(name, rows, label.strip(), other)


def _included(where: str, name: str, resources: Path, seen: tuple[str, ...]) -> KeyboardLayout:
    """A layout another one names, its troubles said as the naming file's."""
    try:
        return _load(name, resources, seen)
    except KeyboardError as exc:
        raise KeyboardError(f"{where}: {exc}") from exc


def _rows(where: str, rows: object) -> tuple[tuple[str, ...], ...]:
    if not isinstance(rows, list) or not all(isinstance(row, str) for row in rows):
        raise KeyboardError(f"{where}: rows must be a list of text, keys apart by spaces")
    found = []
    for number, row in enumerate(rows, start=1):
        keys = tuple(unicodedata.normalize("NFC", key) for key in row.split())
        if not keys:
            raise KeyboardError(f"{where}: row {number} is empty")
        if len(keys) > MAX_KEYS_PER_ROW:
            raise KeyboardError(
                f"{where}: row {number} has {len(keys)} keys; at most {MAX_KEYS_PER_ROW} fit"
            )
        for key in keys:
            odd = len(key) > MAX_KEY_CHARS or any(unicodedata.category(c)[0] in "CZ" for c in key)
            if odd:
                raise KeyboardError(
                    f"{where}: row {number}: {key!r} is not a key (one letter, with its marks)"
                )
        found.append(keys)
    return tuple(found)


def keyboard_layout(name: str, resources: Path) -> KeyboardLayout:
    """The layout called NAME; the English one, with the reason logged, if it cannot be used."""
    try:
        return load_keyboard(name, resources)
    except KeyboardError as exc:
        if name == ENGLISH:
            log.error("the on-screen keyboard uses its built-in keys: %s", exc)
            return FALLBACK
        log.error("the on-screen keyboard %r is shown in English instead: %s", name, exc)
        return keyboard_layout(ENGLISH, resources)


def keyboard_for(language_code: str, resources: Path) -> KeyboardLayout:
    """The layout of the language with this code (languages.toml's keyboard)."""
    try:
        name = language(language_code, resources).keyboard
    except LanguageError as exc:
        log.error("the on-screen keyboard is shown in English: %s", exc)
        name = ENGLISH
    return keyboard_layout(name, resources)
