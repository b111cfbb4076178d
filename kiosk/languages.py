"""The languages the kiosk offers, from resources/translations/languages.toml; Qt-free.

One entry per language holds every fact about it the kiosk needs: its name in its own
script, its direction, fonts, on-screen keyboard, speech locale and plural forms. Adding a
language is an entry there plus its translations (resources/translations/README.md).
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES_FILE = Path("translations") / "languages.toml"
DEFAULT = "en"
DIRECTIONS = ("ltr", "rtl")
_CODE = re.compile(r"[a-z]{2,3}")


class LanguageError(ValueError):
    """languages.toml cannot be used; the message says which entry and what to fix."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own script
    english: str
    direction: str = "ltr"
    script: str = "Latn"
    fonts: tuple[str, ...] = ()
    keyboard: str = "en"
    speech: str = "en_GB"
    plurals: int = 2

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"


ENGLISH = Language(code="en", name="English", english="English")


def load_languages(resources: Path) -> tuple[Language, ...]:
    """Every language in resources/translations/languages.toml, English first.

    A missing file means English only; a malformed one raises LanguageError.
    """
    path = resources / LANGUAGES_FILE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return (ENGLISH,)
    return _read_languages(path, stamp)


@functools.lru_cache(maxsize=8)
def _read_languages(path: Path, stamp: int) -> tuple[Language, ...]:
    """languages.toml read once per version of the file (STAMP: its modification time);
    the window asks for it on every language change and speech for every voice."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LanguageError(f"{path.name}: cannot be read: {exc}") from exc
    found: dict[str, Language] = {}
    for number, entry in enumerate(data.get("language", []), start=1):
        language = _language(number, entry)
        if language.code in found:
            raise LanguageError(f"{path.name}: language {number}: {language.code!r} twice")
        found[language.code] = language
    found.setdefault(DEFAULT, ENGLISH)
    english = found.pop(DEFAULT)
    return (english, *found.values())


def _language(number: int, entry: object) -> Language:
    where = f"languages.toml: language {number}"
    if not isinstance(entry, dict):
        raise LanguageError(f"{where}: not a table")
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise LanguageError(f"{where}: code must be a two- or three-letter code like 'pl'")
    texts = {key: entry.get(key) for key in ("name", "english", "script", "keyboard", "speech")}
    for key, value in texts.items():
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise LanguageError(f"{where} ({code}): {key} must be text")
    direction = entry.get("direction", "ltr")
    if direction not in DIRECTIONS:
        raise LanguageError(f"{where} ({code}): direction must be 'ltr' or 'rtl'")
    fonts = entry.get("fonts", [])
    if not isinstance(fonts, list) or not all(isinstance(f, str) for f in fonts):
        raise LanguageError(f"{where} ({code}): fonts must be a list of font names")
    plurals = entry.get("plurals", 2)
    if not isinstance(plurals, int) or not 1 <= plurals <= 6:
        raise LanguageError(f"{where} ({code}): plurals must be a number from 1 to 6")
    return Language(
        code=code,
        name=texts["name"] or code,
        english=texts["english"] or code,
        direction=direction,
        script=texts["script"] or "Latn",
        fonts=tuple(fonts),
        keyboard=texts["keyboard"] or code,
        speech=texts["speech"] or code,
        plurals=plurals,
    )


def language(code: str, resources: Path) -> Language:
    """The entry for CODE ("pl-PL" finds "pl"); English when the kiosk does not offer it."""
    offered = {entry.code: entry for entry in load_languages(resources)}
    base = re.split(r"[-_]", code)[0].lower()
    return offered.get(code, offered.get(base, offered[DEFAULT]))


@dataclass(frozen=True)
class TranslationStatus:
    code: str
    messages: int
    checked: int  # finished: a fluent speaker has ticked it in Qt Linguist
    unchecked: int  # translated, not yet checked
    missing: int  # no translation at all

    @property
    def complete(self) -> bool:
        return self.missing == 0


def ts_status(ts: Path) -> TranslationStatus:
    """How far a Qt .ts file is translated, and how much of it a fluent speaker checked."""
    root = ET.parse(ts).getroot()
    code = ts.stem.split("_", 1)[-1]
    checked = unchecked = missing = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            missing += 1
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if not all(text.strip() for text in texts):
            missing += 1
        elif translation.get("type") == "unfinished":
            unchecked += 1
        else:
            checked += 1
    return TranslationStatus(code, checked + unchecked + missing, checked, unchecked, missing)
