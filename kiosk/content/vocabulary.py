"""The kiosk's own words for Local Offer groups and SEND needs in a visitor's language; Qt-free.

resources/vocabulary/categories.csv and needs.csv hold them in English (the one place for
the English). resources/content/<code>/categories.csv and needs.csv hold the same ids with
the words in another language (id, name and, for groups, description), and
resources/content/<code>/vocabulary.toml says whether a fluent speaker has checked them. Any
id without words in the language keeps its English; a group named by a data feed that is
not in the vocabulary keeps the feed's name.
"""

from __future__ import annotations

import csv
import logging
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.store.models import Category
from kiosk.store.vocabulary import read_rows

log = logging.getLogger(__name__)

VOCABULARY_FILES = ("categories.csv", "needs.csv")
MARKER_FILE = "vocabulary.toml"  # translation = "unchecked" until a fluent speaker checks
DEFAULT_LANGUAGE = "en"


class VocabularyError(ValueError):
    """A translated vocabulary file cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Words:
    """What a group or need is called, and what it holds ("" when it has no description)."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """The groups' and needs' words in one language, English beneath them."""

    language: str = DEFAULT_LANGUAGE
    translated: dict[str, Words] = field(default_factory=dict)
    english: dict[str, Words] = field(default_factory=dict)
    translation: str = ""  # "unchecked" until a fluent speaker has checked the words

    def name(self, term_id: str, fallback: str = "") -> str:
        """The name of TERM_ID in the language; else FALLBACK (the name the data gives);
        else the English name; else the id."""
        own = self.translated.get(term_id)
        if own and own.name:
            return own.name
        english = self.english.get(term_id)
        return fallback or (english.name if english else "") or term_id

    def description(self, term_id: str, fallback: str = "") -> str:
        """The description of TERM_ID in the language; else FALLBACK; else the English."""
        own = self.translated.get(term_id)
        if own and own.description:
            return own.description
        english = self.english.get(term_id)
        return fallback or (english.description if english else "")

    def named(self, category: Category) -> Category:
        """CATEGORY (a group, sub-group or need from the store) with its name in the language."""
        name = self.name(category.id, category.name)
        return category if name == category.name else replace(category, name=name)

    def all_named(self, categories: Iterable[Category]) -> list[Category]:
        return [self.named(category) for category in categories]


def load_vocabulary_for(language: str, resources: Path) -> Vocabulary:
    """The vocabulary's words in LANGUAGE (English where a word is not translated). A
    translation file that cannot be used is logged and English is used for its words."""
    english = english_words(resources)
    code = language.split("-")[0].split("_")[0]
    if code == DEFAULT_LANGUAGE:
        return Vocabulary(code, {}, english)
    translated: dict[str, Words] = {}
    for name in VOCABULARY_FILES:
        path = resources / "content" / code / name
        if not path.is_file():
            continue
        try:
            words = read_translation(path, english)
        except VocabularyError as exc:
            log.warning("%s; English instead", exc)
            continue
        translated |= {term_id: w for term_id, w in words.items() if term_id in english}
    return Vocabulary(code, translated, english, translation_marker(code, resources))


def read_translation(path: Path, english: dict[str, Words]) -> dict[str, Words]:
    """The rows of one translated file by id; VocabularyError if it cannot be read, has no
    id and name columns, or names an id the English vocabulary does not have."""
    where = f"{path.parent.name}/{path.name}"
    try:
        rows = read_rows(path.name, path.parent)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise VocabularyError(f"{where}: cannot be read ({exc})") from exc
    if rows and not {"id", "name"} <= rows[0].keys():
        raise VocabularyError(f"{where}: needs the columns id and name")
    unknown = [row["id"] for row in rows if row["id"] not in english]
    if unknown:
        raise VocabularyError(f"{where}: ids not in resources/vocabulary: {', '.join(unknown)}")
    return {row["id"]: Words(row["name"], row.get("description") or "") for row in rows}


def translation_marker(code: str, resources: Path) -> str:
    """The `translation` of resources/content/<code>/vocabulary.toml ("" without one)."""
    path = resources / "content" / code / MARKER_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ""
    value = data.get("translation", "")
    return value if isinstance(value, str) else ""


def english_words(resources: Path) -> dict[str, Words]:
    """Every group's and need's English words by id, from resources/vocabulary (none from
    a file that is not there)."""
    words: dict[str, Words] = {}
    for name in VOCABULARY_FILES:
        if not (resources / "vocabulary" / name).is_file():
            continue
        for row in read_rows(name, resources / "vocabulary"):
            words[row["id"]] = Words(row["name"], row.get("description") or "")
    return words
