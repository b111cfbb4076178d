"""Usage counts and feedback in their own file: counted, masked, exported, never with text."""

from __future__ import annotations

import datetime
import io
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.config import Settings
from kiosk.staff import usagedb
from kiosk.staff.feedback import (
    MAX_COMMENT,
    FeedbackKind,
    FeedbackRefused,
    give_feedback,
    ratings,
    read_feedback,
    reasons,
    write_feedback_csv,
)
from kiosk.staff.masking import mask_personal
from kiosk.staff.statistics import (
    Event,
    UsageRecorder,
    read_counts,
    read_unfound,
    summarise_usage,
    write_counts_csv,
)
from kiosk.staff.usagedb import UsageFileError, open_usage, open_usage_readonly, usage_path

DAY = datetime.date(2026, 3, 2)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.datetime(2026, 3, 2, 9, 15)

    def __call__(self) -> datetime.datetime:
        return self.now


def test_events_are_counted_per_day_hour_and_key(tmp_path):
    clock = Clock()
    path = tmp_path / "usage.sqlite3"
    recorder = UsageRecorder(path, clock=clock)
    for event in Event:
        recorder.record(event)
    recorder.record("screen", "home")
    recorder.record(Event.SCREEN, "home")
    clock.now += datetime.timedelta(hours=1)
    recorder.record(Event.SESSION)
    clock.now += datetime.timedelta(days=1)
    recorder.record(Event.SESSION)
    with pytest.raises(ValueError):
        recorder.record("typed words")
    recorder.close()
    recorder.close()
    counts = read_counts(path)
    assert [(c.day, c.hour, c.event, c.key, c.count) for c in counts if c.key] == [
        ("2026-03-02", 9, "screen", "home", 2)
    ]
    assert len(read_counts(path, start=DAY, end=DAY)) == len(Event) + 2
    assert [c.day for c in read_counts(path, start=DAY + datetime.timedelta(days=1))] == [
        "2026-03-03"
    ]
    summary = summarise_usage(counts, [])
    assert summary.totals["session"] == 3 and summary.by_hour[10] == 2
    assert summary.top == {"screen": [("home", 2)]}
    text = "\n".join(summary.text())
    assert "Usage from 2026-03-02 to 2026-03-03" in text and "09:00 #" in text
    assert summary.to_json()["by_hour"]["9"] == 1
    out = io.StringIO()
    write_counts_csv(counts, out)
    assert out.getvalue().splitlines()[0] == "day,hour,event,key,count"


def test_no_statistics_when_they_are_turned_off(tmp_path):
    path = tmp_path / "usage.sqlite3"
    recorder = UsageRecorder.from_settings(Settings(statistics=False), path)
    recorder.record(Event.SESSION)
    recorder.search_found_nothing("speech therapy")
    assert not path.exists()
    assert read_counts(path) == [] and read_unfound(path) == []
    assert summarise_usage([], []).text() == ["No usage recorded yet."]


def test_search_words_are_kept_only_when_asked_masked_and_by_day(tmp_path):
    path = tmp_path / "usage.sqlite3"
    clock = Clock()
    UsageRecorder(path, clock=clock).search_found_nothing("Autism  Dad 07700 900123")
    assert read_unfound(path) == []
    keeping = UsageRecorder(path, keep_unfound=True, clock=clock)
    keeping.search_found_nothing("Autism  Dad 07700 900123")
    keeping.search_found_nothing("autism dad 07700900123")
    keeping.search_found_nothing("   ")
    keeping.search_found_nothing("x" * 100)
    found = read_unfound(path)
    assert [(u.day, u.words, u.count) for u in found] == [
        ("2026-03-02", "autism dad [phone]", 2),
        ("2026-03-02", "x" * 40, 1),
    ]
    counts = read_counts(path)
    assert sum(c.count for c in counts if c.event == "search_no_results") == 5
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(unfound_searches)")]
    assert columns == ["day", "words", "n"]  # no time finer than the day
    summary = summarise_usage(counts, found)
    assert summary.unfound[0] == ("autism dad [phone]", 2)
    assert "Searches that found nothing:" in summary.text()


def test_many_counts_in_a_row_are_all_kept(tmp_path):
    recorder = UsageRecorder(tmp_path / "usage.sqlite3")
    recorder.record(Event.SESSION)  # opens and makes the file
    for n in range(500):
        recorder.record(Event.SCREEN, f"screen-{n % 20}")
    counts = read_counts(tmp_path / "usage.sqlite3")
    screens = [c for c in counts if c.event == "screen"]
    assert sum(c.count for c in screens) == 500
    assert {c.key for c in screens} == {f"screen-{n}" for n in range(20)}


def test_a_file_it_cannot_open_costs_the_counts_not_the_kiosk(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    recorder = UsageRecorder(blocked / "usage.sqlite3")
    recorder.record(Event.SESSION)
    recorder.record(Event.SESSION)
    assert caplog.text.count("usage statistics not kept") == 1


def test_a_usage_file_from_a_newer_kiosk_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "usage.sqlite3"
    open_usage(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, 'm099_future', '')",
            [usagedb.MIGRATION_SET],
        )
    before = path.read_bytes()
    with pytest.raises(UsageFileError, match="newer kiosk"):
        open_usage(path)
    with pytest.raises(UsageFileError, match="newer kiosk"):
        read_counts(path)
    assert path.read_bytes() == before


def test_a_damaged_usage_file_is_reported(tmp_path):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UsageFileError, match="cannot use"):
        open_usage(path)
    with pytest.raises(UsageFileError, match="cannot read"):
        read_counts(path)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert open_usage_readonly(empty) is None
    assert usage_path().name == "usage.sqlite3"


def test_an_unopenable_usage_file_is_reported(tmp_path):
    with pytest.raises(UsageFileError, match="cannot open"):
        open_usage(tmp_path)  # a folder


def test_feedback_is_stored_masked_by_day_and_exported(tmp_path):
    path = tmp_path / "usage.sqlite3"
    assert [r.id for r in ratings()] == ["helpful", "partly", "not_helpful"]
    assert "wrong_phone" in {r.id for r in reasons()}
    assert "service_closed" in {r.id for r in reasons(FeedbackKind.PROBLEM)}
    stored = give_feedback(
        "service",
        "svc-1",
        rating="not_helpful",
        reasons_given=["wrong_phone", "out_of_date", "wrong_phone"],
        comment="Rang 01632 960123,\nno answer. Email me: mum@example.org " + "x" * 400,
        path=path,
        today=DAY,
    )
    assert stored.reasons == ("wrong_phone", "out_of_date")
    assert stored.comment.startswith("Rang [phone], no answer. Email me: [email] x")
    assert len(stored.comment) == MAX_COMMENT
    give_feedback(
        "service",
        "svc-1",
        kind=FeedbackKind.PROBLEM,
        reasons_given=["service_closed"],
        comment="=HYPERLINK()",
        path=path,
        today=DAY + datetime.timedelta(days=3),
    )
    give_feedback("topic", "ehcp", rating="helpful", path=path, today=DAY)
    entries = read_feedback(path)
    assert [(e.day, e.subject, e.kind) for e in entries] == [
        ("2026-03-02", "svc-1", "rating"),
        ("2026-03-02", "ehcp", "rating"),
        ("2026-03-05", "svc-1", "problem"),
    ]
    assert read_feedback(path, start=DAY + datetime.timedelta(days=1)) == entries[2:]
    assert read_feedback(path, end=DAY) == entries[:2]
    assert entries[0].to_json()["reasons"] == ["wrong_phone", "out_of_date"]
    out = io.StringIO()
    write_feedback_csv(entries, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "day,subject_kind,subject,kind,rating,reasons,comment"
    assert "The phone number is wrong; The information is out of date" in lines[1]
    assert lines[3].endswith(",'=HYPERLINK()")
    assert read_feedback(tmp_path / "none.sqlite3") == []


@pytest.mark.parametrize(
    ("subject_kind", "subject", "kind", "rating", "chosen", "message"),
    [
        ("page", "x", FeedbackKind.RATING, "helpful", [], "not 'page'"),
        ("topic", "  ", FeedbackKind.RATING, "helpful", [], "needs the service's id"),
        ("topic", "x" * 201, FeedbackKind.RATING, "helpful", [], "needs the service's id"),
        ("topic", "ehcp", FeedbackKind.RATING, "", [], "is not a rating"),
        ("topic", "ehcp", FeedbackKind.PROBLEM, "helpful", [], "has no rating"),
        ("topic", "ehcp", FeedbackKind.RATING, "partly", ["service_closed"], "not reasons"),
    ],
)
def test_feedback_given_wrongly_is_refused(
    tmp_path, subject_kind, subject, kind, rating, chosen, message
):
    path = tmp_path / "usage.sqlite3"
    with pytest.raises(FeedbackRefused, match=message):
        give_feedback(
            subject_kind, subject, kind=kind, rating=rating, reasons_given=chosen, path=path
        )
    assert read_feedback(path) == []


def test_feedback_on_a_file_that_cannot_take_it(tmp_path):
    path = tmp_path / "usage.sqlite3"
    open_usage(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE feedback")
    with pytest.raises(UsageFileError, match="feedback not kept"):
        give_feedback("topic", "ehcp", rating="helpful", path=path)


PHONES = [
    "07700 900123",
    "07700900123",
    "+44 7700 900123",
    "+447700900123",
    "+44 (0)7700 900123",
    "0044 7700 900 123",
    "(01632) 960001",
    "01632 960 001",
    "01632-960-001",
    "020 7946 0000",
    "0121 496 0000",
    "0800 123 4567",
    "01785 223344",
    "+44 1785 223344",
    "07700.900.123",
]


@pytest.mark.parametrize("phone", PHONES)
def test_uk_phone_numbers_in_every_usual_form_are_masked(phone):
    masked = mask_personal(f"please ring {phone} after 3pm")
    assert masked == "please ring [phone] after 3pm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jo.bloggs+kiosk@example.co.uk ok", "mail [email] ok"),
        ("JO_B@Example.ORG", "[email]"),
        ("jo at example dot co dot uk", "[email]"),
        ("we live at ST16 2LD", "we live at [postcode]"),
        ("st162ld and W1A 1AA and B1 1AA", "[postcode] and [postcode] and [postcode]"),
        ("NHS number 943 476 5919", "NHS number [number]"),
        ("my son is 12, born 2014, year 7", "my son is 12, born 2014, year 7"),
        ("the 3 to 5 pm group on 12/03/2026", "the 3 to 5 pm group on 12/03/2026"),
    ],
)
def test_emails_postcodes_and_long_numbers_are_masked(text, expected):
    assert mask_personal(text) == expected


@settings(max_examples=200)
@given(
    st.sampled_from(["07", "+44 7", "+447", "0044 7", "01", "(01", "+44 (0)1", "02"]),
    st.lists(st.sampled_from(["", " ", "-", "  "]), min_size=9, max_size=9),
    st.lists(st.integers(0, 9), min_size=9, max_size=9),
    st.text(alphabet="abc ,.!", max_size=10),
)
def test_no_digit_of_a_phone_number_survives(start, gaps, digits, around):
    number = start + "".join(g + str(d) for g, d in zip(gaps, digits, strict=True))
    number = number.replace("(01", "(01)") if "(01" in number and ")" not in number else number
    masked = mask_personal(f"{around} {number} {around}")
    assert not any(c.isdigit() for c in masked), masked


@settings(max_examples=200)
@given(
    st.from_regex(r"[a-z][a-z0-9._+-]{0,15}", fullmatch=True),
    st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z]{2,6}){1,2}", fullmatch=True),
)
def test_no_email_address_survives(user, domain):
    assert "@" not in mask_personal(f"write to {user}@{domain} please")


@settings(max_examples=200)
@given(
    st.from_regex(r"[A-Z]{1,2}[0-9][A-Z0-9]?", fullmatch=True),
    st.sampled_from(["", " ", "  "]),
    st.from_regex(r"[0-9][A-Z]{2}", fullmatch=True),
    st.booleans(),
)
def test_no_postcode_survives(outward, gap, inward, lower):
    postcode = f"{outward}{gap}{inward}"
    postcode = postcode.lower() if lower else postcode
    assert mask_personal(f"near {postcode}, thanks") == "near [postcode], thanks"


def test_every_event_the_issue_asks_for_has_a_name():
    named = (
        Event.FILTER,
        Event.QR_SHOWN,
        Event.PAGE_PRINTED,
        Event.LANGUAGE,
        Event.ACCESSIBILITY,
        Event.IDLE_RESET,
    )
    assert {e.value for e in named} == {
        "filter",
        "qr_shown",
        "page_printed",
        "language",
        "accessibility",
        "idle_reset",
    }
