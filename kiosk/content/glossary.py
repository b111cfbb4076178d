"""The SEND words explained: terms read from the glossary topic page's list, not kept twice."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.content.topics import Topic

GLOSSARY_TOPIC = "glossary"
# "- **ASD / ASC** — Autism spectrum disorder ...": the term in bold, a dash, the meaning
_ENTRY = re.compile(r"^\s*[-*]\s+\*\*(?P<term>[^*]+)\*\*\s*[—–-]\s*(?P<meaning>\S.*)$")


@dataclass(frozen=True)
class GlossaryTerm:
    """One word or short form: every way it is written ('ASD', 'ASC') and what it means."""

    term: str  # as the page writes it: "ASD / ASC"
    names: tuple[str, ...]  # ("ASD", "ASC")
    meaning: str
    topic_id: str = GLOSSARY_TOPIC  # the page that explains it

    @property
    def id(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


def glossary_terms(topics: Iterable[Topic]) -> tuple[GlossaryTerm, ...]:
    """The terms of the glossary page (none if there is no such page)."""
    found: list[GlossaryTerm] = []
    for topic in topics:
        if topic.id != GLOSSARY_TOPIC:
            continue
        for line in topic.body.splitlines():
            entry = _ENTRY.match(line)
            if entry:
                term = entry["term"].strip()
                names = tuple(name.strip() for name in term.split("/") if name.strip())
                found.append(GlossaryTerm(term, names, entry["meaning"].strip()))
    return tuple(found)
