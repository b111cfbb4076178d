"""One search for everything: topic pages, SEND words and services in one ranked list.

Services come from the directory's own search (kiosk.store); pages and glossary words
from a small index built in memory from the topic files (a few milliseconds at start-up).
Both read the same synonym and stop-word lists, so "aspergers" finds autism everywhere.
Guidance comes first when the words name a page's subject (its title or its keywords:
"ehcp", "annual review", "tribunal"); otherwise services do, with the SEND words that
explain the query after the first few.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kiosk.content.glossary import GlossaryTerm, glossary_terms
from kiosk.content.topics import Topic, load_topics_for
from kiosk.store.directory import Directory
from kiosk.store.models import Filters, NoResultsHelp, SearchResult, ServiceSummary
from kiosk.store.search import (
    Phrase,
    Synonyms,
    TermGroup,
    load_stopwords,
    load_synonyms,
    parse_query,
    plain_letters,
    words,
)

# What a page earns for each thing asked for, by where the words are found.
KEYWORD_EXACT = 12.0  # the whole of a page keyword or glossary name ("ehcp")
TITLE = 10.0
KEYWORD_PART = 8.0  # inside a keyword ("review" in "annual review")
SUMMARY = 3.0
BODY = 1.0
STRONG = KEYWORD_PART  # a group found this well names the page's subject
WORDS_AFTER_SERVICES = 3  # when services lead, SEND words explaining the query follow these
PREFIX_FROM = 4  # a typed word this long also matches longer words ("review" -> "reviews")


class AnswerKind(Enum):
    """What a result is, so the screen can say so and open the right thing."""

    GUIDANCE = "guidance"  # a topic page: open it by topic id
    WORD = "word"  # a SEND word explained: show the meaning, or open the glossary page
    SERVICE = "service"  # a directory service: open it by service id


@dataclass(frozen=True)
class Answer:
    """One result of the search for everything."""

    kind: AnswerKind
    id: str  # the topic id, the glossary term's id or the service id
    title: str
    summary: str  # the page's summary, the word's meaning or the service's description
    score: float = 0.0
    topic_id: str | None = None  # the page to open (GUIDANCE, WORD)
    service: ServiceSummary | None = None  # the card to show (SERVICE)


@dataclass(frozen=True)
class Answers:
    """Every result in the order to show them, and the service search behind them."""

    query: str
    answers: tuple[Answer, ...]
    services: SearchResult  # corrections, totals and notes of the service search
    guidance_first: bool = False

    @property
    def help(self) -> NoResultsHelp | None:
        """What to offer when nothing at all is found (the service search's help)."""
        return None if self.answers else self.services.help


@dataclass(frozen=True)
class _Entry:
    answer: Answer
    keywords: tuple[Phrase, ...]
    title: Phrase
    summary: Phrase
    body: Phrase


def _phrase(text: str) -> Phrase:
    """The words of a page's text as search compares them (the whole text, folded)."""
    return tuple(words(plain_letters(text)))


def _contains(haystack: Phrase, phrase: Phrase) -> bool:
    """Whether PHRASE appears in HAYSTACK, its last word also as the start of a word."""
    size = len(phrase)
    head, last = phrase[:-1], phrase[-1]
    prefix = len(last) >= PREFIX_FROM
    for start in range(len(haystack) - size + 1):
        window = haystack[start : start + size]
        if window[:-1] == head and (window[-1] == last or (prefix and window[-1].startswith(last))):
            return True
    return False


class GuidanceIndex:
    """Topic pages and glossary words, searchable by the words a visitor types."""

    def __init__(
        self,
        topics: Iterable[Topic],
        synonyms: Synonyms,
        stopwords: frozenset[str] = frozenset(),
    ) -> None:
        self.synonyms = synonyms
        self.stopwords = stopwords
        topics = list(topics)
        self.topics = {topic.id: topic for topic in topics}
        self.terms = glossary_terms(topics)
        self._entries = [self._topic_entry(t) for t in topics]
        self._entries += [self._word_entry(t) for t in self.terms]

    @classmethod
    def load(cls, language: str = "en", root: Path | None = None) -> GuidanceIndex:
        """The index over resources/content/<language> and resources/vocabulary."""
        from kiosk import paths

        topics = load_topics_for(language, root or paths.resources_dir())
        return cls(topics, load_synonyms(), load_stopwords())

    @staticmethod
    def _topic_entry(topic: Topic) -> _Entry:
        answer = Answer(AnswerKind.GUIDANCE, topic.id, topic.title, topic.summary, 0.0, topic.id)
        return _Entry(
            answer,
            tuple(_phrase(k) for k in topic.keywords),
            _phrase(topic.title),
            _phrase(topic.summary),
            _phrase(topic.body),
        )

    @staticmethod
    def _word_entry(term: GlossaryTerm) -> _Entry:
        answer = Answer(AnswerKind.WORD, term.id, term.term, term.meaning, 0.0, term.topic_id)
        names = tuple(_phrase(name) for name in term.names)
        return _Entry(answer, names, (), (), _phrase(term.meaning))

    def search(self, query: str) -> list[tuple[Answer, bool]]:
        """Pages and words matching QUERY, best first, each with whether it is a strong
        match (every word found in its title or keywords). Pages in any language and
        script: case, accents ("lodz" finds "łódź") and Arabic vowel marks do not count."""
        parsed = parse_query(plain_letters(query), self.synonyms, self.stopwords)
        groups = parsed.groups
        found: list[tuple[float, bool, Answer]] = []
        for entry in self._entries:
            scores = [self._group_score(entry, g) for g in groups]
            matched = sum(1 for s in scores if s > 0)
            if not matched or matched * 2 < len(groups):
                continue  # at least half of what was asked for, as questions have extra words
            score = sum(scores) * matched / len(groups)
            strong = all(s >= STRONG for s in scores)
            found.append((score, strong, entry.answer))
        found.sort(key=lambda f: (-f[1], -f[0], f[2].kind.value, f[2].title))
        return [(_scored(answer, score), strong) for score, strong, answer in found]

    @staticmethod
    def _group_score(entry: _Entry, group: TermGroup) -> float:
        best = 0.0
        for phrase in (group.words, *group.alternatives):
            if phrase in entry.keywords:
                return KEYWORD_EXACT
            if any(_contains(keyword, phrase) for keyword in entry.keywords):
                best = max(best, KEYWORD_PART)
            if _contains(entry.title, phrase):
                best = max(best, TITLE)
            elif _contains(entry.summary, phrase):
                best = max(best, SUMMARY)
            elif _contains(entry.body, phrase):
                best = max(best, BODY)
        return best


def _scored(answer: Answer, score: float) -> Answer:
    return Answer(
        answer.kind, answer.id, answer.title, answer.summary, round(score, 2), answer.topic_id
    )


def _service_answer(service: ServiceSummary) -> Answer:
    return Answer(
        AnswerKind.SERVICE,
        service.id,
        service.name,
        service.description,
        service.score,
        service=service,
    )


def search_everything(
    directory: Directory,
    guidance: GuidanceIndex,
    query: str,
    filters: Filters = Filters(),  # noqa: B008 - frozen, so one shared default is safe
    limit: int = 20,
) -> Answers:
    """Pages, SEND words and services for QUERY in one list; services under FILTERS, at
    most LIMIT of them. Never raises on odd input (both searches take any text)."""
    services = directory.search(query, filters, limit=limit)
    pages = guidance.search(query) if query.strip() else []
    service_answers = [_service_answer(s) for s in services.services]
    strong_pages = [a for a, strong in pages if strong and a.kind is AnswerKind.GUIDANCE]
    strong_words = [a for a, strong in pages if strong and a.kind is AnswerKind.WORD]
    weak = [a for a, strong in pages if not strong]
    ordered: Sequence[Answer]
    if strong_pages:
        ordered = [*strong_pages, *strong_words, *service_answers, *weak]
    else:
        lead = service_answers[:WORDS_AFTER_SERVICES]
        ordered = [*lead, *strong_words, *service_answers[len(lead) :], *weak]
    return Answers(query, tuple(ordered), services, guidance_first=bool(strong_pages))


def timed_start_up(language: str = "en") -> tuple[GuidanceIndex, float]:
    """The index and the seconds it took to build (for kiosk bench and the docs)."""
    started = time.perf_counter()
    index = GuidanceIndex.load(language)
    return index, time.perf_counter() - started
