"""Places a service the feed left without a category into the Local Offer's groups and needs,
from its own words.

Real council feeds often send summary records with no taxonomy at all; without groups a
visitor could reach them only by typing. The words that point to each group are data
(resources/vocabulary/group_words.csv, with weights), read together with the synonym list,
so the council can tune them without a programmer. A guess is only a guess: the database
keeps inferred groups apart from the publisher's (kiosk.store.writer), and a service that
matches nothing clearly is left in "All services, A to Z" only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.store.vocabulary import categories, needs, read_rows

NAME_WEIGHT = 2  # a word in the service's own name says more than one in its description
MIN_SCORE = 3  # below this, no group is given
SHARE_OF_BEST = 0.5  # a second or third group must score at least half the best one
MAX_CATEGORIES = 3
MAX_NEEDS = 2
MIN_PREFIX = 3

_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    """Lower-case words, with apostrophes dropped ("carer's" -> "carers")."""
    return _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))


@dataclass(frozen=True)
class Phrase:
    group: str
    words: tuple[str, ...]
    prefix: bool  # the last word is a prefix ("therap*": therapy, therapies, therapist)
    weight: int


@dataclass(frozen=True)
class Inferred:
    categories: tuple[str, ...]
    needs: tuple[str, ...]


class GroupGuesser:
    """Scores a service's words against each group's phrases."""

    def __init__(self, phrases: list[Phrase], synonyms: dict[tuple[str, ...], tuple[str, ...]]):
        self._exact: dict[str, list[Phrase]] = defaultdict(list)
        self._prefix: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in phrases:
            first = phrase.words[0]
            if phrase.prefix and len(phrase.words) == 1:
                self._prefix[first].append(phrase)
            else:
                self._exact[first].append(phrase)
        self._synonyms = synonyms
        self._longest_synonym = max((len(k) for k in synonyms), default=0)
        self._category_ids = frozenset(c.id for c in categories())
        self._need_ids = frozenset(n.id for n in needs())

    def _expanded(self, words: list[str]) -> list[str]:
        """WORDS with each known abbreviation or older term also written out ("asd" -> autism)."""
        if not self._synonyms:
            return words
        out: list[str] = []
        for i, word in enumerate(words):
            out.append(word)
            for size in range(self._longest_synonym, 0, -1):
                key = tuple(words[i : i + size])
                means = self._synonyms.get(key)
                if means and len(key) == size:
                    out.extend(means)
                    break
        return out

    def _found(self, words: list[str]) -> set[Phrase]:
        found: set[Phrase] = set()
        for i, word in enumerate(words):
            for phrase in self._exact.get(word, ()):
                if _matches(phrase, words, i):
                    found.add(phrase)
            for length in range(MIN_PREFIX, len(word) + 1):
                for phrase in self._prefix.get(word[:length], ()):
                    found.add(phrase)
        return found

    def guess(self, name: str, other_text: str) -> Inferred:
        scores: dict[str, int] = defaultdict(int)
        in_name = self._found(self._expanded(words_of(name)))
        for phrase in in_name:
            scores[phrase.group] += phrase.weight * NAME_WEIGHT
        for phrase in self._found(self._expanded(words_of(other_text))) - in_name:
            scores[phrase.group] += phrase.weight
        return Inferred(
            categories=_best(scores, self._category_ids, MAX_CATEGORIES),
            needs=_best(scores, self._need_ids, MAX_NEEDS),
        )


def _matches(phrase: Phrase, words: list[str], start: int) -> bool:
    wanted = phrase.words
    if start + len(wanted) > len(words):
        return False
    for offset, word in enumerate(wanted):
        actual = words[start + offset]
        last = offset == len(wanted) - 1
        if actual != word and not (last and phrase.prefix and actual.startswith(word)):
            return False
    return True


def _best(scores: dict[str, int], allowed: frozenset[str], most: int) -> tuple[str, ...]:
    ranked = sorted(((s, g) for g, s in scores.items() if g in allowed), reverse=True)
    if not ranked or ranked[0][0] < MIN_SCORE:
        return ()
    floor = max(MIN_SCORE, ranked[0][0] * SHARE_OF_BEST)
    return tuple(g for s, g in ranked[:most] if s >= floor)


@cache
def group_guesser(folder: Path | None = None) -> GroupGuesser:
    """The guesser built from group_words.csv and synonyms.csv in FOLDER (by default
    resources/vocabulary, where the council can edit them)."""
    phrases = []
    for row in read_rows("group_words.csv", folder):
        text = row["phrase"].strip().lower()
        prefix = text.endswith("*")
        phrase_words = tuple(words_of(text.rstrip("*")))
        if phrase_words:
            phrases.append(Phrase(row["group"], phrase_words, prefix, int(row["weight"] or 1)))
    synonyms = {}
    for row in read_rows("synonyms.csv", folder):
        term, means = tuple(words_of(row["term"])), tuple(words_of(row["means"]))
        if term and means and term != means:
            synonyms[term] = means
    return GroupGuesser(phrases, synonyms)
