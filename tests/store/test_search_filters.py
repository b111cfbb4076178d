"""Every filter, alone and combined, against a plain Python reading of the same database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.days import DAY_CODES
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from tests.expected import DISTRICTS


@dataclass
class Facts:
    """What the database says about one service, read without the query layer."""

    min_age: int | None
    max_age: int | None
    free: bool
    districts: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)


def read_facts(path: Path) -> tuple[dict[str, Facts], dict[str, str | None]]:
    conn = sqlite3.connect(path)
    facts = {
        sid: Facts(low, high, free == 1)
        for sid, low, high, free in conn.execute(
            "SELECT id, min_age, max_age, is_free FROM services"
        )
    }
    for table, column, attribute in [
        ("service_districts", "district", "districts"),
        ("service_days", "day", "days"),
        ("languages", "lower(name)", "languages"),
        ("service_taxonomy", "term_id", "terms"),
    ]:
        for sid, value in conn.execute(f"SELECT service_id, {column} FROM {table}"):
            getattr(facts[sid], attribute).add(value)
    parents = dict(conn.execute("SELECT id, parent_id FROM taxonomy_terms"))
    conn.close()
    return facts, parents


def under(term: str, wanted: str, parents: dict[str, str | None]) -> bool:
    while term is not None:
        if term == wanted:
            return True
        term = parents.get(term)  # type: ignore[assignment]
    return False


def expected(facts: dict[str, Facts], parents: dict[str, str | None], f: Filters) -> set[str]:
    found = set()
    for sid, fact in facts.items():
        if f.age is not None and (
            (fact.min_age is not None and fact.min_age > f.age)
            or (fact.max_age is not None and fact.max_age < f.age)
        ):
            continue
        if f.district is not None and f.district not in fact.districts:
            continue
        if f.free_only and not fact.free:
            continue
        if f.day is not None and f.day not in fact.days:
            continue
        if f.language is not None and f.language.lower() not in fact.languages:
            continue
        if f.category_id is not None and not any(
            under(t, f.category_id, parents) for t in fact.terms
        ):
            continue
        found.add(sid)
    return found


def check(directory: Directory, facts_parents: tuple, filters: Filters, query: str) -> None:
    want = expected(*facts_parents, filters)
    assert directory.count(filters) == len(want)
    listed = directory.services(filters, limit=500)
    assert {s.id for s in listed} == want and len(listed) == len(want)
    assert [s.name.casefold() for s in listed] == sorted(s.name.casefold() for s in listed)
    everything = {s.id for s in directory.search(query, limit=500).services}
    result = directory.search(query, filters, limit=500)
    if result.some_words_only:  # fell back to any word: compare with the any-word search
        return
    assert {s.id for s in result.services} == everything & want
    assert result.total == len(everything & want)


@pytest.fixture(scope="module")
def facts(packaged_db: Path) -> tuple[dict[str, Facts], dict[str, str | None]]:
    return read_facts(packaged_db)


AGES = list(range(26))
DAYS = list(DAY_CODES)


@pytest.mark.parametrize("age", AGES)
def test_age(directory: Directory, facts: tuple, age: int) -> None:
    check(directory, facts, Filters(age=age), "support")


def test_each_district_day_language_category_and_free(directory: Directory, facts: tuple):
    singles = [Filters(free_only=True)]
    singles += [Filters(district=d) for d in directory.districts()]
    singles += [Filters(day=d) for d in DAYS]
    singles += [Filters(language=lang) for lang in directory.languages()]
    singles += [Filters(category_id=c.id) for c in directory.categories()]
    singles += [Filters(category_id=c.id) for c in directory.needs()]
    for filters in singles:
        check(directory, facts, filters, "children")


@given(data=st.data())
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_combinations(directory: Directory, facts: tuple, data: st.DataObject) -> None:
    categories = [c.id for c in (*directory.categories(), *directory.needs())]
    filters = Filters(
        age=data.draw(st.none() | st.sampled_from(AGES)),
        district=data.draw(st.none() | st.sampled_from(directory.districts())),
        free_only=data.draw(st.booleans()),
        day=data.draw(st.none() | st.sampled_from(DAYS)),
        language=data.draw(st.none() | st.sampled_from(directory.languages())),
        category_id=data.draw(st.none() | st.sampled_from(categories)),
    )
    query = data.draw(st.sampled_from(["support", "autism", "club", "s", "advice for parents"]))
    check(directory, facts, filters, query)


def test_ages_with_one_bound_or_none_match_openly(tiny: Directory) -> None:
    ids = {s.id for s in tiny.services(Filters(age=25), limit=100)}
    assert "s3" in ids  # 8 and over
    assert "s6" in ids  # no ages: every age
    assert "s5" not in ids  # up to 5
    assert "s5" in {s.id for s in tiny.services(Filters(age=0))}


def test_district_day_and_language_accept_any_case(tiny: Directory) -> None:
    assert tiny.count(Filters(district="tamworth")) == tiny.count(Filters(district="Tamworth")) > 0
    assert tiny.count(Filters(day="monday")) == tiny.count(Filters(day="MO")) == 3
    assert tiny.count(Filters(day="Sat")) == 2
    assert tiny.count(Filters(language="polish")) == 1
    assert tiny.count(Filters(district="Atlantis")) == 0


def test_county_wide_services_are_in_every_district(tiny: Directory) -> None:
    for district in tiny.districts():
        assert "s4" in {s.id for s in tiny.services(Filters(district=district))}


def test_a_category_includes_its_subcategories(tiny: Directory) -> None:
    ids = {s.id for s in tiny.services(Filters(category_id="cat-health"))}
    assert ids == {"s1", "s2", "s6", "s7"}
    assert {s.id for s in tiny.search("therapy", Filters(category_id="cat-health")).services} == {
        "s2",
        "s7",
    }


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    words=st.lists(
        st.sampled_from(
            ["holiday", "club", "swim", "autism", "speech", "xqzt", "support", "sensory", "play"]
        ),
        min_size=1,
        max_size=3,
    ),
    age=st.none() | st.integers(0, 25),
    district=st.none() | st.sampled_from(DISTRICTS),
    free=st.booleans(),
    day=st.none() | st.sampled_from(DAYS),
)
def test_every_relaxation_count_is_what_its_search_finds(
    directory: Directory, words, age, district, free, day
) -> None:
    query = " ".join(words)
    result = directory.search(query, Filters(age, district, free, day))
    for relaxation in result.help.relaxations if result.help else ():
        assert directory.search(query, relaxation.filters).total == relaxation.count, relaxation


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    query=st.text(max_size=30)
    | st.lists(
        st.sampled_from(
            [
                "holiday club",
                "child care",
                "after school",
                "aspergers",
                "ehcp",
                "zz",
                "b",
                "speech",
                "swimming",
                "respite",
                "Tamworth",
                "the",
                "and",
                "wheelchair",
            ]
        ),
        min_size=1,
        max_size=4,
    ).map(" ".join),
    age=st.none() | st.integers(-1, 30),
    district=st.none() | st.sampled_from([*DISTRICTS, "tamworth", "Atlantis"]),
    free=st.booleans(),
    day=st.none() | st.sampled_from([*DAYS, "sunday", "Funday"]),
    language=st.none() | st.sampled_from(["Polish", "urdu", "Klingon"]),
    category=st.none() | st.sampled_from(["lo-places-to-go", "lo-health", "send-asd", "nothing"]),
)
def test_every_relaxation_of_any_query_and_filters_counts_what_tapping_it_finds(
    directory: Directory, query, age, district, free, day, language, category
) -> None:
    """The "Try without ..." buttons, for wild text and every kind of filter."""
    filters = Filters(age, district, free, day, language, category)
    result = directory.search(query, filters)
    for relaxation in result.help.relaxations if result.help else ():
        again = directory.search(query, relaxation.filters)
        assert again.total == relaxation.count > 0, (query, relaxation)
