"""After school, weekends and school holidays: the rules, a hand-made dataset, and the
packaged data checked against each service's own schedules."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import times, writer
from kiosk.store.database import open_for_writing
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.records import Organisation, ParsedDataset, Schedule, Service, Term


@pytest.mark.parametrize(
    ("byday", "opens_at", "description", "expected"),
    [
        ("MO", "15:00:00", "", True),
        ("TU,TH", "17:30", "", True),
        ("2WE", "19:00:00", "The second Wednesday of each month.", True),
        ("FR", "14:59:00", "", False),
        ("MO,TU,WE,TH,FR", "09:00:00", "", False),
        ("SA", "16:00:00", "", False),  # not a school day
        ("SU,SA", "", "", False),
        ("MO", "", "", False),
        ("MO", "noon", "", False),
        ("MO,TU,WE,TH,FR,SA,SU", "", "Overnight stays from after school until morning.", True),
        ("WE", "25:00", "", False),
    ],
)
def test_after_school(byday: str, opens_at: str, description: str, expected: bool) -> None:
    assert times.is_after_school(byday, opens_at, description) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every week, including school holidays.", True),
        ("School holidays only: Easter, summer and October half term.", True),
        ("Summer holidays only, for four weeks.", True),
        ("A holiday club for children with additional needs.", True),
        ("A play scheme in the school holidays.", True),
        ("Half-term fun days.", True),
        ("Closed on bank holidays.", False),
        ("Open all year, except bank holidays.", False),
        ("Not on bank holiday weekends.", False),
        ("Term time only.", False),
        ("", False),
    ],
)
def test_school_holidays(text: str, expected: bool) -> None:
    assert times.says_school_holidays(text) is expected


def activities() -> ParsedDataset:
    terms = {
        "cat-play": Term("cat-play", "Places to go"),
        "cat-health": Term("cat-health", "Health"),
        "need-autism": Term("need-autism", "Autism", taxonomy="dfe-family-hubs-send"),
        "need-hearing": Term("need-hearing", "Hearing", taxonomy="dfe-family-hubs-send"),
    }

    def service(sid: str, name: str, description: str, schedules: list[Schedule], *term_ids):
        return Service(sid, name, "org", description, schedules=schedules, term_ids=list(term_ids))

    return ParsedDataset(
        source_format="oruk-3.0",
        services=[
            service(
                "a",
                "Youth club",
                "Games.",
                [Schedule("WEEKLY", "TU", "18:00")],
                "cat-play",
                "need-autism",
            ),
            service(
                "b",
                "Saturday swim",
                "Swimming.",
                [Schedule("WEEKLY", "SA", "10:00")],
                "cat-play",
                "need-hearing",
            ),
            service(
                "c",
                "SEND holiday club",
                "Fun in the holidays.",
                [Schedule("WEEKLY", "MO,TU", "09:00", description="School holidays only.")],
                "cat-play",
                "need-autism",
            ),
            service(
                "d",
                "Day centre",
                "Closed on bank holidays.",
                [Schedule("WEEKLY", "MO,TU,WE,TH,FR", "09:00")],
                "cat-play",
            ),
            service(
                "e",
                "Evening clinic",
                "Appointments.",
                [Schedule("WEEKLY", "WE", "16:00")],
                "cat-health",
                "need-autism",
            ),
            service(
                "f",
                "Family fun",
                "Trips out in the summer holidays.",
                [Schedule("WEEKLY", "SU", "13:00", description="Term time only.")],
                "cat-play",
            ),
        ],
        organisations={"org": Organisation("org", "Trust")},
        locations={},
        terms=terms,
    )


@pytest.fixture
def play(tmp_path: Path):
    path = tmp_path / "activities.sqlite3"
    db = open_for_writing(path)
    writer.write_dataset(db, activities())
    db.close()
    with Directory(path) as opened:
        yield opened


def ids(directory: Directory, filters: Filters) -> set[str]:
    found = {s.id for s in directory.services(filters, limit=100)}
    assert directory.count(filters) == len(found)
    return found


def test_each_time_within_a_category(play: Directory) -> None:
    assert ids(play, Filters(category_id="cat-play", when=times.AFTER_SCHOOL)) == {"a"}
    assert ids(play, Filters(when=times.AFTER_SCHOOL)) == {"a", "e"}
    assert ids(play, Filters(category_id="cat-play", when=times.WEEKENDS)) == {"b", "f"}
    assert ids(play, Filters(category_id="cat-play", when=times.SCHOOL_HOLIDAYS)) == {"c", "f"}
    assert ids(play, Filters(when="full moon")) == set()


def test_a_need_within_a_category(play: Directory) -> None:
    assert ids(play, Filters(category_id="cat-play", need_id="need-autism")) == {"a", "c"}
    assert ids(play, Filters(need_id="need-autism")) == {"a", "c", "e"}
    both = Filters(category_id="cat-play", need_id="need-autism", when=times.SCHOOL_HOLIDAYS)
    assert ids(play, both) == {"c"}
    counts = {n.id: n.count for n in play.needs(Filters(category_id="cat-play"))}
    assert counts == {"need-autism": 2, "need-hearing": 1}


def test_the_packaged_data_agrees_with_each_services_own_schedules(directory: Directory) -> None:
    every = directory.services(Filters(), limit=500)
    details = {s.id: directory.service(s.id) for s in every}
    for choice in times.TIMES:
        found = ids(directory, Filters(when=choice))
        assert found, f"no {choice} services in the sample data"
        for service_id, detail in details.items():
            slots = detail.opening_times
            if choice == times.WEEKENDS:
                want = any({"SA", "SU"} & set(slot.days) for slot in slots)
            elif choice == times.AFTER_SCHOOL:
                want = any(
                    times.is_after_school(",".join(s.days), s.opens_at, s.description)
                    for s in slots
                )
            else:
                texts = [s.description for s in slots] + [detail.name, detail.description]
                want = any(times.says_school_holidays(text) for text in texts)
            assert (service_id in found) is want, (choice, detail.name)
