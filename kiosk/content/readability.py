"""How hard a page is to read: the Flesch-Kincaid grade of its plain text, stdlib only.

The kiosk's pages aim at a reading age of about 9 to 11. A US school grade plus five is
roughly a reading age, so the suite fails a page above MAX_GRADE (docs/content.md).
Syllables are counted by vowel groups, as most readability tools do: good enough to
compare pages and catch long sentences and long words, not an exact science.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_GRADE = 7.0  # no page above reading age 12 (grade + 5); docs/content.md
GRADE_TO_READING_AGE = 5

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# "- **EHCP** — ...": the word being explained is not one the reader must already know
_DEFINED = re.compile(r"^\s*[-*]\s+\*\*[^*\n]+\*\*\s*[—–-]\s*", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`>#|]")
_LIST = re.compile(r"^\s*(?:[-+]|\d+[.)])\s+", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)|\n")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWELS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade level (0 for no words)."""
        if not self.words:
            return 0.0
        return round(
            0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59, 1
        )

    @property
    def reading_age(self) -> float:
        return self.grade + GRADE_TO_READING_AGE


def plain_text(markdown: str) -> str:
    """The words a visitor reads: no comments, link targets, list marks or emphasis, and
    not the words a glossary entry explains."""
    text = _COMMENT.sub(" ", markdown)
    text = _DEFINED.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _LIST.sub("", text)
    return _MARKUP.sub(" ", text)


def syllables(word: str) -> int:
    """About how many syllables WORD has: vowel groups, less a silent final 'e'."""
    word = word.lower()
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def measure(markdown: str) -> Readability:
    """Words, sentences (a heading or list item counts as one) and syllables of a page."""
    sentences = [s for s in _SENTENCE_END.split(plain_text(markdown)) if _WORD.search(s)]
    words = [w for s in sentences for w in _WORD.findall(s)]
    return Readability(len(words), len(sentences), sum(syllables(w) for w in words))
