"""'Where do I start?': the question tree in resources/start/questions.toml, checked; no Qt.

Questions lead, answer by answer, to a page made for those answers: a few sentences of
guidance, topic pages to open, the services filtered by the choices on the way, and
questions worth asking the school's SENCO. Nothing a visitor taps is stored.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.store import vocabulary
from kiosk.store.models import Filters

START_FILE = Path("start") / "questions.toml"
MAX_AGE = 25
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class StartError(ValueError):
    """The question file cannot be used; the message says where and what to fix."""


@dataclass(frozen=True)
class Choice:
    """One big button: its words, where it leads, and what it adds to the service filters."""

    label: str
    next: str
    age: int | None = None
    need: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class StartPage:
    """The page at the end of a path."""

    id: str
    title: str
    guidance: str
    topics: tuple[str, ...]
    senco_questions: tuple[str, ...]
    need: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class StartTree:
    start: str
    questions: dict[str, Question]
    pages: dict[str, StartPage]
    # "" in English; "unchecked" or "checked" in a translation (resources/start/<code>/)
    translation: str = ""

    def step(self, taps: Sequence[int]) -> Question | StartPage:
        """Where the visitor is after tapping the TAPS-th choice of each question in turn."""
        here: Question | StartPage = self.questions[self.start]
        for tap in taps:
            if not isinstance(here, Question) or not 0 <= tap < len(here.choices):
                raise IndexError(f"no choice {tap} here")
            here = self._node(here.choices[tap].next)
        return here

    def filters(self, taps: Sequence[int]) -> Filters:
        """The service filters the choices on the way, then the page, ask for."""
        filters = Filters()
        here: Question | StartPage = self.questions[self.start]
        for tap in taps:
            assert isinstance(here, Question)
            choice = here.choices[tap]
            filters = _with(filters, choice.age, choice.need or choice.category)
            here = self._node(choice.next)
        if isinstance(here, StartPage) and filters.category_id is None:
            filters = _with(filters, None, here.need or here.category)
        return filters

    def paths(self) -> list[tuple[int, ...]]:
        """Every sequence of taps from the first question to a page."""
        found: list[tuple[int, ...]] = []

        def walk(node: Question | StartPage, taps: tuple[int, ...]) -> None:
            if isinstance(node, StartPage):
                found.append(taps)
                return
            for index, choice in enumerate(node.choices):
                walk(self._node(choice.next), (*taps, index))

        walk(self.questions[self.start], ())
        return found

    def _node(self, node_id: str) -> Question | StartPage:
        return self.questions.get(node_id) or self.pages[node_id]


def _with(filters: Filters, age: int | None, term: str | None) -> Filters:
    if age is not None:
        filters = replace(filters, age=age)
    if term is not None:
        filters = replace(filters, category_id=term)
    return filters


def load_start(path: Path | None = None, topic_ids: Iterable[str] | None = None) -> StartTree:
    """The tree in PATH (resources/start/questions.toml by default), checked: every id
    is known, every filter names real vocabulary, every path ends at a page."""
    if path is None:
        from kiosk import paths

        path = paths.resources_dir() / START_FILE
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StartError(f"{name}: cannot read ({exc})") from exc
    needs = {need.id for need in vocabulary.needs()}
    categories = {category.id for category in vocabulary.categories()}
    questions = {
        q.id: q for q in (_question(name, e, needs, categories) for e in _list(data, "question"))
    }
    pages = {p.id: p for p in (_page(name, e, needs, categories) for e in _list(data, "page"))}
    for both in sorted(set(questions) & set(pages)):
        raise StartError(f"{name}: {both!r} is both a question and a page")
    start = data.get("start")
    if start not in questions:
        raise StartError(f"{name}: start {start!r} is not a question")
    for question in questions.values():
        for choice in question.choices:
            if choice.next not in questions and choice.next not in pages:
                raise StartError(
                    f"{name}: {question.id}: {choice.label!r} leads to unknown {choice.next!r}"
                )
    if topic_ids is not None:
        known = set(topic_ids)
        for page in pages.values():
            for topic in page.topics:
                if topic not in known:
                    raise StartError(f"{name}: page {page.id}: no topic page {topic!r}")
    translation = data.get("translation", "")
    if translation not in ("", "unchecked", "checked"):
        raise StartError(f"{name}: translation must be 'unchecked' or 'checked'")
    tree = StartTree(str(start), questions, pages, translation)
    _check_no_loops(name, tree)
    return tree


def load_start_for(language: str, root: Path, topic_ids: Iterable[str] | None = None) -> StartTree:
    """The tree in LANGUAGE (root/start/<code>/questions.toml), else the English one.

    A translation changes words only: it must have the English tree's questions, answers,
    pages and filters, in the same order; StartError says where it differs.
    """
    english = load_start(root / START_FILE, topic_ids)
    code = language.split("-")[0].split("_")[0]
    path = root / "start" / code / START_FILE.name
    if code == "en" or not path.is_file():
        return english
    translated = load_start(path, topic_ids)
    if _shape(translated) != _shape(english):
        raise StartError(
            f"{code}/{path.name}: must have the English file's questions, answers and pages, "
            "in the same order, with only their words translated"
        )
    return translated


def _shape(tree: StartTree) -> tuple[object, ...]:
    """Everything in a tree but its words."""
    questions = tuple(
        (q.id, tuple((c.next, c.age, c.need, c.category) for c in q.choices))
        for q in tree.questions.values()
    )
    pages = tuple(
        (p.id, p.topics, p.need, p.category, len(p.senco_questions)) for p in tree.pages.values()
    )
    return (tree.start, questions, pages)


def _check_no_loops(name: str, tree: StartTree) -> None:
    def walk(node_id: str, seen: tuple[str, ...]) -> None:
        if node_id in seen:
            raise StartError(f"{name}: the questions go round in a loop at {node_id!r}")
        question = tree.questions.get(node_id)
        for choice in question.choices if question else ():
            walk(choice.next, (*seen, node_id))

    walk(tree.start, ())


def _list(data: dict[str, Any], key: str) -> list[Any]:
    entries = data.get(key)
    if not isinstance(entries, list) or not entries:
        raise StartError(f"questions.toml: no [[{key}]] entries")
    return entries


def _text(where: str, entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise StartError(f"{where}: {key!r} must be some text")
    return value.strip()


def _term(
    where: str, entry: dict[str, Any], needs: set[str], categories: set[str]
) -> dict[str, str | None]:
    need, category = entry.get("need"), entry.get("category")
    if need is not None and need not in needs:
        raise StartError(f"{where}: need {need!r} is not in needs.csv")
    if category is not None and category not in categories:
        raise StartError(f"{where}: category {category!r} is not in categories.csv")
    if need is not None and category is not None:
        raise StartError(f"{where}: give a need or a category, not both")
    return {"need": need, "category": category}


def _question(name: str, entry: Any, needs: set[str], categories: set[str]) -> Question:
    question_id = _text(f"{name}: question", entry, "id") if isinstance(entry, dict) else ""
    if not question_id or not _ID.fullmatch(question_id):
        raise StartError(f"{name}: every question needs an id of lower-case words joined by '-'")
    where = f"{name}: question {question_id}"
    text = _text(where, entry, "text")
    choices = []
    for raw in entry.get("answers", []):
        if not isinstance(raw, dict):
            raise StartError(f"{where}: each answer is {{ label = ..., next = ... }}")
        age = raw.get("age")
        if age is not None and (not isinstance(age, int) or not 0 <= age <= MAX_AGE):
            raise StartError(f"{where}: age {age!r} must be a whole number from 0 to {MAX_AGE}")
        choices.append(
            Choice(
                _text(where, raw, "label"),
                _text(where, raw, "next"),
                age,
                **_term(where, raw, needs, categories),
            )
        )
    if len(choices) < 2:
        raise StartError(f"{where}: give at least two answers")
    return Question(question_id, text, tuple(choices))


def _page(name: str, entry: Any, needs: set[str], categories: set[str]) -> StartPage:
    page_id = _text(f"{name}: page", entry, "id") if isinstance(entry, dict) else ""
    if not page_id or not _ID.fullmatch(page_id):
        raise StartError(f"{name}: every page needs an id of lower-case words joined by '-'")
    where = f"{name}: page {page_id}"
    lists = {}
    for key in ("topics", "senco_questions"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise StartError(f"{where}: {key} must be a list of text")
        lists[key] = tuple(v.strip() for v in value)
    return StartPage(
        page_id,
        _text(where, entry, "title"),
        _text(where, entry, "guidance"),
        lists["topics"],
        lists["senco_questions"],
        **_term(where, entry, needs, categories),
    )
