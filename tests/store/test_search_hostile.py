"""Whatever a visitor types, search answers: results or none, never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.directory import Directory
from kiosk.store.models import Filters, SearchResult

NASTY = [
    '"',
    '""',
    '"autism',
    "autism*",
    "*",
    "**autism**",
    "NEAR(autism speech",
    "NEAR(",
    "autism AND",
    "OR",
    "NOT autism",
    "autism NOT speech",
    "(((autism",
    "autism)))",
    "name:autism",
    "{name}: autism",
    "description : speech",
    "^autism",
    "autism^",
    "-autism",
    "+autism",
    "'; DROP TABLE services; --",
    "1' OR '1'='1",
    "services_fts MATCH 'x'",
    "🙂🙂🙂",
    "autism 🙂 speech",
    "\x00\x01\x02\x1b[2J",
    "autism\u200bspeech",
    "ＡＵＴＩＳＭ",
    "Ünïcödé çàfé",
    "日本語 テスト",
    "العربية",
    "\t\n\r ",
    "x" * 10_000,
    "autism " * 2_000,
    "a" * 100 + " " + "b" * 100,
]


@pytest.mark.parametrize("text", NASTY)
def test_hostile_queries_answer(directory: Directory, text: str) -> None:
    result = directory.search(text)
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.services)
    if result.total == 0:
        assert result.help is not None


def test_hostile_queries_with_filters(directory: Directory) -> None:
    filters = Filters(age=4, district="tamworth", free_only=True, day="sunday", language="urdu")
    for text in NASTY:
        assert isinstance(directory.search(text, filters), SearchResult)


@given(text=st.text(max_size=400))
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_is_safe(directory: Directory, text: str) -> None:
    result = directory.search(text, limit=5)
    assert isinstance(result, SearchResult)
    assert len(result.services) <= 5


@given(
    text=st.text(alphabet=st.sampled_from('aeiou"*^():{}-+ ANDORNEAR'), max_size=60),
    age=st.none() | st.integers(min_value=-5, max_value=200),
)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_fts_syntax_soup_is_safe(directory: Directory, text: str, age: int | None) -> None:
    assert isinstance(directory.search(text, Filters(age=age)), SearchResult)


def test_odd_limits_and_offsets(directory: Directory) -> None:
    assert directory.search("autism", limit=0).services == ()
    assert directory.search("autism", limit=-3).services == ()
    assert len(directory.search("autism", limit=10**9).services) <= 500
    assert directory.search("autism", offset=10**6).services == ()
    first_two = directory.search("autism", limit=2).services
    assert directory.search("autism", limit=1, offset=1).services == first_two[1:]
