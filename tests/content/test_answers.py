"""The search for everything: pages, SEND words and services in one list, in a sensible order."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

from kiosk.content.answers import AnswerKind, GuidanceIndex, search_everything, timed_start_up
from kiosk.content.glossary import glossary_terms
from kiosk.content.topics import Topic, load_topics
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.search import Synonyms, load_stopwords, load_synonyms

QUERIES = tomllib.loads((Path(__file__).parent / "everyday_queries.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def guidance() -> GuidanceIndex:
    return GuidanceIndex.load()


def describe(answer) -> str:
    if answer.kind is AnswerKind.SERVICE:
        return f"service:{answer.title}"
    return f"{answer.kind.value}:{answer.id}"


@pytest.mark.parametrize("case", QUERIES["query"], ids=lambda c: c["text"])
def test_everyday_queries_find_what_a_parent_expects(
    directory: Directory, guidance: GuidanceIndex, case: dict
) -> None:
    found = search_everything(directory, guidance, case["text"])
    shown = [describe(a) for a in found.answers[: case.get("within", 5)]]
    first = shown[0] if shown else ""
    assert first.startswith(case["first"]), (case["text"], shown)
    for wanted in case.get("also", []):
        assert any(s.startswith(wanted) for s in shown), (case["text"], wanted, shown)
    for unwanted in case.get("not_first", []):
        assert unwanted.lower() not in first.lower(), (case["text"], shown)
    assert found.services.help is None or found.services.help.did_you_mean != "speakers"


def test_the_list_has_at_least_60_queries() -> None:
    assert len(QUERIES["query"]) >= 60


def test_nothing_found_offers_the_service_search_help(
    directory: Directory, guidance: GuidanceIndex
) -> None:
    found = search_everything(directory, guidance, "zzqx vvqq", Filters(age=7))
    assert found.answers == () and found.help is found.services.help is not None
    assert search_everything(directory, guidance, "  ").help is None  # browsing: no help


def test_the_index_is_fast_to_build_and_to_search(
    directory: Directory, guidance: GuidanceIndex
) -> None:
    index, seconds = timed_start_up()
    assert index.topics and seconds < 0.5
    started = time.perf_counter()
    for _ in range(20):
        guidance.search("how do I ask for an annual review")
    assert (time.perf_counter() - started) / 20 < 0.05


def test_words_are_matched_in_keywords_title_summary_and_body() -> None:
    topic = Topic(
        "x",
        "Sleep help",
        "Rest for tired families.",
        "info",
        1,
        (),
        (),
        "Bedtime tips.",
        ("night waking",),
    )
    index = GuidanceIndex([topic], Synonyms({}))
    for query, strong in [
        ("night waking", True),
        ("waking", True),
        ("sleep", True),
        ("tired", False),
        ("bedtime", False),
        ("bed", False),
    ]:
        found = index.search(query)
        assert bool(found) == (query != "bed"), query
        if found:
            assert found[0][1] is strong, query
    assert index.search("sleep zebra giraffe") == []  # fewer than half the words
    assert index.search("") == []


def test_glossary_terms_come_from_the_glossary_page_only() -> None:
    body = "- **ASD / ASC** — Autism.\n- not a term\n- **OT** - Occupational therapy."
    pages = [
        Topic("glossary", "Words", "", "info", 1, (), (), body),
        Topic("other", "Other", "", "info", 2, (), (), "- **No** — not here"),
    ]
    terms = glossary_terms(pages)
    assert [(t.names, t.meaning, t.id) for t in terms] == [
        (("ASD", "ASC"), "Autism.", "asd-asc"),
        (("OT",), "Occupational therapy.", "ot"),
    ]


def _pages(folder: Path, *pages: tuple[str, str, str, str, str]) -> list[Topic]:
    """Topic files written in FOLDER: (id, title, summary, keywords, body) each."""
    folder.mkdir(parents=True)
    for order, (page_id, title, summary, keywords, body) in enumerate(pages, start=1):
        head = f"id: {page_id}\ntitle: {title}\nsummary: {summary}\nicon: info\norder: {order}"
        text = f"---\n{head}\nkeywords: {keywords}\n---\n# {title}\n\n{body}\n"
        (folder / f"{page_id}.md").write_text(text, encoding="utf-8")
    return load_topics(folder)


def _found(index: GuidanceIndex, query: str) -> list[str]:
    return [answer.id for answer, _strong in index.search(query)]


def test_polish_pages_are_found_by_polish_words_with_or_without_their_marks(
    tmp_path: Path,
) -> None:
    topics = _pages(
        tmp_path / "pl",
        ("wozki", "Wózki inwalidzkie", "Pomoc z wózkiem.", "wózek; wózek inwalidzki", "Tekst."),
        ("szkola", "Szkoła", "Nauka w szkole.", "szkoła", "Spotkania w Łodzi i Żorach."),
    )
    index = GuidanceIndex(topics, load_synonyms(), load_stopwords())
    for query in ("wózek", "wozek", "WÓZEK", "Wozek inwalidzki", "wózk"):
        assert _found(index, query)[:1] == ["wozki"], query
    for query in ("szkoła", "szkola", "SZKOLA"):
        assert _found(index, query) == ["szkola"], query
    # in the body too, and ł (which has no accent to drop) typed as l
    for query in ("łódź", "lodzi", "Łodzi", "zorach", "żorach"):
        assert _found(index, query) == ["szkola"], query
    assert _found(index, "wazek") == [] and _found(index, "szkolny autobus") == []


def test_urdu_pages_are_found_whatever_the_keyboard_and_the_vowel_marks(tmp_path: Path) -> None:
    topics = _pages(
        tmp_path / "ur",
        ("autism", "آٹزم", "آٹزم کے بارے میں۔", "آٹزم; بچوں کی مدد", "سکول میں مدد۔"),
        ("school", "سکول", "تعلیم۔", "سکول", "بچّوں کے لیے کلاس۔"),
    )
    index = GuidanceIndex(topics, load_synonyms(), load_stopwords())
    assert _found(index, "آٹزم")[:1] == ["autism"]
    assert _found(index, "بچوں کی مدد")[:1] == ["autism"]
    # ي and ك, as an Arabic keyboard types them, for Urdu's ی and ک
    assert _found(index, "بچوں كي مدد")[:1] == ["autism"]
    # the shadda on the page is optional in the search, and the other way round
    assert "school" in _found(index, "بچوں")
    assert _found(index, "سکُول")[:1] == ["school"]


def test_gurmukhi_words_are_whole_words(tmp_path: Path) -> None:
    topics = _pages(
        tmp_path / "pa",
        ("autism", "ਔਟਿਜ਼ਮ", "ਔਟਿਜ਼ਮ ਬਾਰੇ।", "ਔਟਿਜ਼ਮ; ਬੱਚਿਆਂ ਦੀ ਮਦਦ", "ਸਕੂਲ ਵਿੱਚ ਮਦਦ।"),
        ("school", "ਸਕੂਲ", "ਪੜ੍ਹਾਈ।", "ਸਕੂਲ", "ਕਲਾਸਾਂ।"),
    )
    index = GuidanceIndex(topics, load_synonyms(), load_stopwords())
    assert _found(index, "ਔਟਿਜ਼ਮ")[:1] == ["autism"]
    assert _found(index, "ਔਟਿਜਮ")[:1] == ["autism"]  # the nukta is optional, as accents are
    assert _found(index, "ਸਕੂਲ")[:1] == ["school"]
    # a vowel sign is part of its word: ਸ alone, or ਕਲ, finds nothing
    assert _found(index, "ਸ") == [] and _found(index, "ਕਲ") == []
    assert _found(index, "ਕਲਾਸਾਂ") == ["school"]
