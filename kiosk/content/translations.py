"""How complete and how checked each language's translations are; Qt-free.

`kiosk check` prints this, so the council sees what still needs a fluent reader
(resources/translations/README.md says how to get translations checked).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.contacts import CONTACTS_FILE
from kiosk.content.start import StartError, load_start_for
from kiosk.content.topics import DEFAULT_LANGUAGE, ContentError, load_topics, load_topics_for
from kiosk.content.vocabulary import (
    VOCABULARY_FILES,
    VocabularyError,
    Words,
    english_words,
    read_translation,
    translation_marker,
)
from kiosk.languages import LANGUAGES_FILE, load_languages, ts_status
from kiosk.store.vocabulary import read_rows


@dataclass(frozen=True)
class LanguageReport:
    code: str
    name: str
    problems: tuple[str, ...]  # something is missing or broken: visitors see English
    unchecked: tuple[str, ...]  # translated, waiting for a fluent reader

    def lines(self) -> list[str]:
        return [f"{self.code}: {text}" for text in (*self.problems, *self.unchecked)]


def language_reports(resources: Path) -> list[LanguageReport]:
    """One report per language in languages.toml other than English."""
    reports = []
    for entry in load_languages(resources)[1:]:
        problems: list[str] = []
        unchecked: list[str] = []
        _interface(resources, entry.code, problems, unchecked)
        _pages(resources, entry.code, problems, unchecked)
        _questions(resources, entry.code, problems, unchecked)
        _contacts(resources, entry.code, problems, unchecked)
        _vocabulary(resources, entry.code, problems, unchecked)
        reports.append(LanguageReport(entry.code, entry.english, tuple(problems), tuple(unchecked)))
    return reports


def _interface(resources: Path, code: str, problems: list[str], unchecked: list[str]) -> None:
    ts = resources / LANGUAGES_FILE.parent / f"kiosk_{code}.ts"
    if not ts.is_file():
        problems.append(f"no {ts.name}: the buttons and messages are in English")
        return
    status = ts_status(ts)
    if status.missing:
        problems.append(f"{status.missing} of {status.messages} interface words not translated")
    if status.unchecked:
        unchecked.append(f"{status.unchecked} interface words not yet checked")


def _pages(resources: Path, code: str, problems: list[str], unchecked: list[str]) -> None:
    try:
        english = load_topics(resources / "content" / DEFAULT_LANGUAGE)
        pages = load_topics_for(code, resources)
    except ContentError as exc:
        problems.append(f"topic pages cannot be used, so they are in English: {exc}")
        return
    missing = [p.id for p, e in zip(pages, english, strict=True) if p.language != code]
    if missing:
        problems.append(f"{len(missing)} topic pages not translated: {', '.join(missing)}")
    waiting = [p.id for p in pages if p.language == code and p.unchecked]
    if waiting:
        unchecked.append(f"{len(waiting)} topic pages not yet checked")


def _questions(resources: Path, code: str, problems: list[str], unchecked: list[str]) -> None:
    if not (resources / "start" / code).is_dir():
        problems.append("'Where do I start?' not translated")
        return
    try:
        tree = load_start_for(code, resources)
    except StartError as exc:
        problems.append(f"'Where do I start?' cannot be used, so it is in English: {exc}")
        return
    if tree.translation == "unchecked":
        unchecked.append("'Where do I start?' not yet checked")


def _contacts(resources: Path, code: str, problems: list[str], unchecked: list[str]) -> None:
    path = resources / "content" / code / CONTACTS_FILE
    if not path.is_file():
        problems.append("what each contact helps with is not translated")
        return
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{code}/{CONTACTS_FILE} cannot be used: {exc}")
        return
    if data.get("translation") == "unchecked":
        unchecked.append("what each contact helps with not yet checked")


def _vocabulary(resources: Path, code: str, problems: list[str], unchecked: list[str]) -> None:
    english = english_words(resources)
    translated = False
    for name in VOCABULARY_FILES:
        path = resources / "content" / code / name
        if not (resources / "vocabulary" / name).is_file():
            continue  # nothing of the kind to translate
        if not path.is_file():
            problems.append(f"no {code}/{name}: its words are in English")
            continue
        try:
            words = read_translation(path, english)
        except VocabularyError as exc:
            problems.append(f"{exc}: its words are in English")
            continue
        translated = True
        ids = [row["id"] for row in read_rows(name, resources / "vocabulary")]
        missing = [term_id for term_id in ids if not words.get(term_id, Words("")).name]
        if missing:
            problems.append(f"{code}/{name}: {len(missing)} not translated: {', '.join(missing)}")
    if translated and translation_marker(code, resources) == "unchecked":
        unchecked.append("the names of the groups of services and of needs not yet checked")
