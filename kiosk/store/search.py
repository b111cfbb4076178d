"""Turns what a visitor types into a safe FTS5 query: words, SEND synonyms and typo fixes.

Everything here is pure: the vocabulary (synonyms, stop words, indexed terms) comes in
as plain objects, so the rules can be tested without a database. FTS5 query text is
only ever built from this module's own tokens, each one double-quoted, so nothing a
visitor types can reach FTS5's query syntax (NEAR, column filters, ^, AND/OR/NOT).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from kiosk.store.limits import MAX_QUERY_CHARS
from kiosk.store.vocabulary import read_rows

MAX_TOKENS = 8
MAX_TOKEN_CHARS = 40
SHORT_TOKEN = 2  # words this short match the start of words in service names only
SHORT_ABBREVIATION = 3  # a synonym this short ("add", "asd") is a whole word, not a prefix
RARE_TERM_DOCS = 3  # a word found in fewer services than this is checked for a typo
# bm25 weight per FTS column: name, organisation, description, categories, keywords
COLUMN_WEIGHTS = (10.0, 3.0, 1.0, 4.0, 2.0)


# The blocks that hold combining marks of the scripts people write words in: Latin, Greek,
# Cyrillic, Hebrew, Arabic, the Indic scripts, Thai to Myanmar (a few ms to read at start).
_MARK_BLOCKS = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x07FF),
    (0x0900, 0x10FF),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


def _mark_ranges() -> str:
    """The combining marks (accents, vowel signs) as a regex class body: Python's \\w leaves
    them out, which cut a Gurmukhi word at each vowel sign ("ਪੰਜਾਬੀ" became three)."""
    ranges: list[tuple[int, int]] = []
    for start, end in _MARK_BLOCKS:
        for point in range(start, end + 1):
            if unicodedata.category(chr(point)).startswith("M"):
                if ranges and ranges[-1][1] == point - 1:
                    ranges[-1] = (ranges[-1][0], point)
                else:
                    ranges.append((point, point))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_WORD = re.compile(rf"(?:[^\W_]|[{_mark_ranges()}])+")
VIRAMA = 9  # the combining class of the Indic virama, which joins two letters into one
# One spelling for what different keyboards type differently: digits of other scripts,
# and the Arabic letters an Arabic keyboard types for Urdu's own (ي ى for ی, ك for ک,
# ه for ہ, ة for ۃ); the joining stroke (tatweel) and invisible joiners and direction
# marks go.
_SAME = str.maketrans(
    {
        **{chr(zero + n): str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x0A66) for n in range(10)},
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0647": "\u06c1",
        "\u0629": "\u06c3",
        **dict.fromkeys(("\u0640", "\u200c", "\u200d", "\u200e", "\u200f")),
    }
)
# Latin letters with a stroke that no Unicode decomposition takes off (ł is no l with a
# mark to drop, as ó is o with one): visitors type them plain too. SQLite's unicode61
# keeps them in the service index, so only searches of the kiosk's own pages use this.
_PLAIN = str.maketrans("łŁđĐøØħĦŧŦı", "lLdDoOhHtTi")


def fold(text: str) -> str:
    """Lower case without the marks that are optional in writing, as the index's unicode61
    tokenizer sees Latin text: accents (ó, ș), Arabic vowel marks and hamza, the Gurmukhi
    nukta. Marks that make another letter stay: Indic vowel signs and the virama."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = (ch for ch in decomposed if unicodedata.combining(ch) in (0, VIRAMA))
    return "".join(kept).translate(_SAME)


def plain_letters(text: str) -> str:
    """TEXT with ł, đ, ø... as l, d, o: for matching the kiosk's own pages, where "lodz"
    should find "łódź" as it finds "łodz"."""
    return text.translate(_PLAIN)


def words(text: str) -> list[str]:
    """Every word of TEXT, folded (a page's text: no caps, as the kiosk ships it)."""
    return _WORD.findall(fold(text))


def tokenize(text: str) -> list[str]:
    """The words of TEXT, folded; capped in length and number so any input stays cheap."""
    found = words(text[:MAX_QUERY_CHARS])
    return [word[:MAX_TOKEN_CHARS] for word in found[:MAX_TOKENS]]


def quote(words: str) -> str:
    """One FTS5 string (a word or phrase); tokens never hold quotes, but escape anyway."""
    return '"' + words.replace('"', '""') + '"'


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Synonyms:
    """Phrases that mean the same: every phrase sharing a `means` is one group."""

    alternatives: Mapping[Phrase, frozenset[Phrase]]
    longest: int = 1

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> Synonyms:
        groups: dict[Phrase, set[Phrase]] = {}
        for row in rows:
            term, means = (
                tuple(tokenize(row.get("term", ""))),
                tuple(tokenize(row.get("means", ""))),
            )
            if term and means and term != means:
                groups.setdefault(means, {means}).add(term)
        alternatives: dict[Phrase, set[Phrase]] = {}
        for members in groups.values():
            for phrase in members:
                alternatives.setdefault(phrase, set()).update(members - {phrase})
        longest = max((len(p) for p in alternatives), default=1)
        return cls({p: frozenset(a) for p, a in alternatives.items()}, longest)

    def match(self, tokens: Sequence[str], start: int) -> tuple[int, frozenset[Phrase]] | None:
        """The longest phrase at tokens[start:] with synonyms: (its length, the synonyms)."""
        for length in range(min(self.longest, len(tokens) - start), 0, -1):
            found = self.alternatives.get(tuple(tokens[start : start + length]))
            if found:
                return length, found
        return None

    def of(self, phrase: Phrase) -> frozenset[Phrase]:
        return self.alternatives.get(phrase, frozenset())


class TermList:
    """The index's words with how many services use each: prefix counts and typo fixes."""

    def __init__(self, docs: Mapping[str, int]) -> None:
        self.terms = sorted(docs)
        self.docs = docs
        self._cumulative = [0, *accumulate(docs[t] for t in self.terms)]
        self._closest: dict[tuple[str, int], str | None] = {}
        self._by_length: dict[int, list[str]] = {}
        for term in self.terms:
            if len(term) >= 3 and term.isalpha():
                self._by_length.setdefault(len(term), []).append(term)

    def prefix_docs(self, prefix: str) -> int:
        """Services using a word that starts with PREFIX (an upper bound: words overlap)."""
        low = bisect.bisect_left(self.terms, prefix)
        high = bisect.bisect_left(self.terms, prefix + "\U0010ffff")
        return self._cumulative[high] - self._cumulative[low]

    def closest(self, word: str, max_edits: int) -> str | None:
        """The most used indexed word within MAX_EDITS typing slips of WORD, if any."""
        if max_edits <= 0:
            return None
        key = (word, max_edits)
        if key not in self._closest:
            if len(self._closest) >= 1024:
                self._closest.clear()
            self._closest[key] = self._find_closest(word, max_edits)
        return self._closest[key]

    def _find_closest(self, word: str, max_edits: int) -> str | None:
        # rapidfuzz loads here, not at start-up: most searches need no respelling
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        choices: list[str] = []
        for length in range(len(word) - max_edits, len(word) + max_edits + 1):
            choices += self._by_length.get(length, ())
        found = process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        if not found:
            return None
        # fewest slips, then the same first letter (rarely the slip), then the most used
        best = min(found, key=lambda f: (f[1], f[0][0] != word[0], -self.docs[f[0]], f[0]))
        return best[0] if best[0] != word else None


def allowed_edits(word: str) -> int:
    """How many slips to forgive: none in short words, where every edit is another word."""
    if len(word) < 4 or not word.isalpha():
        return 0
    return 1 if len(word) < 6 else 2


@dataclass(frozen=True)
class TermGroup:
    """One thing the visitor asked for: the words typed and what else may stand for them."""

    words: Phrase
    alternatives: tuple[Phrase, ...] = ()
    corrected: str | None = None  # the word a misspelt word was understood as

    @property
    def short(self) -> bool:
        return len(self.words) == 1 and len(self.words[0]) <= SHORT_TOKEN

    @property
    def typed_prefix(self) -> bool:
        """Whether what was typed also matches longer words: not a short abbreviation with
        synonyms ("add" is attention deficit disorder, never "additional")."""
        abbreviation = len(" ".join(self.words)) <= SHORT_ABBREVIATION and bool(self.alternatives)
        return not self.short and not abbreviation

    def typed(self) -> str:
        """What was typed, as an FTS5 phrase."""
        return quote(" ".join(self.words)) + ("*" if self.typed_prefix else "")

    def expression(self) -> str:
        """This group as an FTS5 expression; prefix matching on what was typed."""
        typed = " ".join(self.words)
        parts = [quote(typed), f"{{name}} : {quote(typed)}*"] if self.short else [self.typed()]
        for phrase in self._needed_alternatives():
            parts.append(quote(" ".join(phrase)) + ("*" if _is_prefix(phrase) else ""))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def phrase_docs(self, terms: TermList) -> list[int]:
        """For each phrase of the expression, at most how many services it matches."""
        typed = _phrase_docs(self.words, self.typed_prefix or self.short, terms)
        alternatives = self._needed_alternatives()
        return [typed, *(_phrase_docs(p, _is_prefix(p), terms) for p in alternatives)]

    def estimate(self, terms: TermList) -> int:
        """At most how many services this group matches (words can share a service)."""
        return sum(self.phrase_docs(terms))

    def _needed_alternatives(self) -> list[Phrase]:
        """Alternatives minus those another part already finds ("autism spectrum
        condition" when "autism" is a prefix part): every phrase costs bm25 time."""
        parts = [(self.words, self.typed_prefix), *((p, _is_prefix(p)) for p in self.alternatives)]
        return [
            p
            for p in self.alternatives
            if not any(q != p and _covers(q, prefix, p) for q, prefix in parts)
        ]


def _phrase_docs(phrase: Phrase, prefix: bool, terms: TermList) -> int:
    counts = [terms.docs.get(word, 0) for word in phrase[:-1]]
    last = phrase[-1]
    counts.append(terms.prefix_docs(last) if prefix else terms.docs.get(last, 0))
    return min(counts)


def _is_prefix(phrase: Phrase) -> bool:
    return len(phrase[-1]) >= 4


def _covers(part: Phrase, prefix: bool, phrase: Phrase) -> bool:
    """Whether every service matching PHRASE also matches PART."""
    size = len(part)
    for start in range(len(phrase) - size + 1):
        window = phrase[start : start + size]
        if window[:-1] == part[:-1] and (
            window[-1].startswith(part[-1]) if prefix else window[-1] == part[-1]
        ):
            return True
    return False


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    groups: tuple[TermGroup, ...]

    @property
    def corrections(self) -> tuple[tuple[str, str], ...]:
        return tuple((" ".join(g.words), g.corrected) for g in self.groups if g.corrected)

    @property
    def short_only(self) -> bool:
        """Only a letter or two per word and nothing else: the name-prefix strategy."""
        return bool(self.groups) and all(g.short and not g.alternatives for g in self.groups)

    def estimate(self, terms: TermList, *, any_word: bool = False) -> int:
        """An upper bound on the services matching, from the term list alone."""
        sizes = [g.estimate(terms) for g in self.groups]
        return sum(sizes) if any_word else min(sizes, default=0)

    def phrase_docs(self, terms: TermList) -> list[int]:
        """Services each phrase matches at most: bm25 reads all of them to weigh words."""
        return [docs for group in self.groups for docs in group.phrase_docs(terms)]

    def typed_in_name(self) -> str | None:
        """The words as typed, in order, in a service's name ("holiday club" in "SEND
        holiday club"): the best match there is. None when that is just the names stage."""
        if self.short_only or (len(self.groups) == 1 and not self.groups[0].alternatives):
            return None
        words = [word for group in self.groups for word in group.words]
        last = self.groups[-1]
        phrase = quote(" ".join(words)) + ("*" if last.typed_prefix else "")
        return f"{{name}} : {phrase}"

    def expression(self, *, any_word: bool = False, names_only: bool = False) -> str:
        """The FTS5 MATCH text: every group (or any group) and, optionally, names only."""
        if self.short_only:
            expr = " AND ".join(f"{quote(g.words[0])}*" for g in self.groups)
            return f"{{name}} : ({expr})"
        expr = (" OR " if any_word else " AND ").join(g.expression() for g in self.groups)
        return f"{{name}} : ({expr})" if names_only else expr


def parse_query(
    text: str,
    synonyms: Synonyms,
    stopwords: frozenset[str] = frozenset(),
    terms: TermList | None = None,
) -> ParsedQuery:
    """What TEXT asks for, group by group; TERMS (the index's words) enables typo fixes."""
    tokens = tokenize(text)
    content = [t for t in tokens if t not in stopwords]
    if not content:
        stopwords = frozenset()  # "the" alone is still a search
    groups: list[TermGroup] = []
    position = 0
    while position < len(tokens):
        found = synonyms.match(tokens, position)
        if found:
            length, alternatives = found
            words = tuple(tokens[position : position + length])
            groups.append(TermGroup(words, tuple(sorted(alternatives))))
            position += length
            continue
        word = tokens[position]
        position += 1
        last = position == len(tokens)
        if word in stopwords and not last:
            continue
        corrected = None
        if terms is not None and terms.prefix_docs(word) < RARE_TERM_DOCS:
            candidate = terms.closest(word, allowed_edits(word))
            # a word in no service, or in one or two where a likelier word is in many
            common = candidate and terms.docs[candidate] > 5 * terms.prefix_docs(word)
            if common and candidate not in stopwords:
                corrected = candidate
        if corrected:
            also = tuple(sorted(synonyms.of((corrected,))))
            groups.append(TermGroup((word,), ((corrected,), *also), corrected))
        elif word in stopwords and groups:
            continue  # a trailing "and" adds nothing to what came before
        else:
            groups.append(TermGroup((word,)))
    return ParsedQuery(" ".join(tokens), tuple(dict.fromkeys(groups)))


def suggestion(parsed: ParsedQuery, terms: TermList) -> str | None:
    """A respelling of the whole query with looser typo rules, for 'did you mean';
    None when it would only repeat the corrections the search already made."""
    words: list[str] = []
    changed = False
    for group in parsed.groups:
        typed = " ".join(group.words)
        if group.corrected:
            words.append(group.corrected)
            continue
        fixed = None
        if len(group.words) == 1 and terms.docs.get(typed, 0) == 0:
            fixed = terms.closest(typed, allowed_edits(typed) + 1)
        words.append(fixed or typed)
        changed = changed or bool(fixed)
    return " ".join(words) if changed else None


def likeness(a: str, b: str) -> float:
    """0-100: how alike two folded words are; a word and its start count as close."""
    if a == b:
        return 100.0
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return 90.0
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


def closeness(parsed: ParsedQuery, name: str, stopwords: frozenset[str]) -> float:
    """0-100: how close a category NAME is to any word (or synonym) the visitor typed."""
    wanted = {
        word
        for group in parsed.groups
        for phrase in (group.words, *group.alternatives)
        for word in phrase
        if len(word) >= 3 and word not in stopwords
    }
    offered = [w for w in tokenize(name) if len(w) >= 3 and w not in stopwords]
    return max((likeness(a, b) for a in wanted for b in offered), default=0.0)


def load_synonyms() -> Synonyms:
    """resources/vocabulary/synonyms.csv (term,means): the council's SEND word list."""
    return Synonyms.from_rows(read_rows("synonyms.csv"))


def load_stopwords() -> frozenset[str]:
    """resources/vocabulary/stopwords.csv: words too common to narrow a search."""
    return frozenset(fold(row["word"]) for row in read_rows("stopwords.csv") if row.get("word"))
