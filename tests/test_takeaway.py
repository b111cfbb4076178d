"""QR payloads: exact tel:, mailto: and web strings, and summaries short enough to scan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk import formatting
from kiosk.store.models import (
    Category,
    OpeningTime,
    PhoneNumber,
    Place,
    ServiceDetail,
)
from kiosk.takeaway import (
    MAX_LIST_CHARS,
    MAX_SUMMARY_CHARS,
    contact_lines,
    list_summary_text,
    mailto_uri,
    opening_entries,
    opening_lines,
    service_summary_text,
    tel_uri,
    web_url,
)


def detail(**changes: object) -> ServiceDetail:
    base: dict[str, object] = dict(
        id="s1",
        name="Little Steps Play Group",
        organisation="Tamworth Family Hub",
        description="Play sessions.",
        url="https://example.org/little-steps",
        email="hello@example.org",
        fees_description="",
        eligibility_description="",
        application_process="",
        alert="",
        min_age=0,
        max_age=5,
        is_free=True,
        categories=(Category("lo-early-years", "Early years", 1),),
        places=(Place("Hub", "1 High Street, Tamworth, B79 7AA", "Tamworth", None, None, ()),),
        phones=(PhoneNumber("01632 960123", ""),),
        opening_times=(OpeningTime(("MO", "WE"), "09:30", "11:30", ""),),
        costs=(),
        languages=(),
        service_areas=(),
        districts=("Tamworth",),
    )
    base.update(changes)
    return ServiceDetail(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("01632 960123", "tel:+441632960123"),
        ("(01632) 960-123", "tel:+441632960123"),
        ("07700 900 123", "tel:+447700900123"),
        ("+44 1632 960123", "tel:+441632960123"),
        ("0044 1632 960123", "tel:+441632960123"),
        ("01632 960123 ext 45", "tel:+441632960123"),
        ("111", "tel:111"),
        ("call us", None),
        ("", None),
    ],
)
def test_tel_uri(number: str, expected: str | None) -> None:
    assert tel_uri(number) == expected


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("hello@example.org", "mailto:hello@example.org"),
        (" hello@example.org ", "mailto:hello@example.org"),
        ("mailto:a.b+c@example.org", "mailto:a.b+c@example.org"),
        ("not an email", None),
        ("a@b", None),
        ("", None),
    ],
)
def test_mailto_uri(email: str, expected: str | None) -> None:
    assert mailto_uri(email) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("www.example.org", "https://www.example.org"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://example.org", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("", None),
    ],
)
def test_web_url(url: str, expected: str | None) -> None:
    assert web_url(url) == expected


def test_service_summary_has_the_contact_details() -> None:
    text = service_summary_text(detail())
    assert text.splitlines() == [
        "Little Steps Play Group",
        "Tamworth Family Hub",
        "Phone: 01632 960123",
        "Email: hello@example.org",
        "Web: https://example.org/little-steps",
        "Address: 1 High Street, Tamworth, B79 7AA",
        "Open: Monday and Wednesday, 9:30am to 11:30am",
    ]


def test_service_summary_leaves_out_bad_links_and_stays_short() -> None:
    text = service_summary_text(
        detail(url="javascript:x", email="nope", name="N" * 2000, phones=(), places=())
    )
    assert "Web:" not in text and "Email:" not in text
    assert len(text) <= MAX_SUMMARY_CHARS


def test_service_summary_leaves_out_what_the_service_does_not_have() -> None:
    text = service_summary_text(
        detail(
            organisation="Little Steps Play Group",  # the same as the name: said once
            places=(Place("Online", "", None, None, None, ()),),
            opening_times=(),
        )
    )
    assert text.splitlines() == [
        "Little Steps Play Group",
        "Phone: 01632 960123",
        "Email: hello@example.org",
        "Web: https://example.org/little-steps",
    ]


def test_list_summary_leaves_out_a_blank_phone_and_a_bad_email() -> None:
    text = list_summary_text([detail(phones=(PhoneNumber("  ", ""),), email="not an email")])
    assert text == "1. Little Steps Play Group\nWeb: https://example.org/little-steps"


def test_list_summary_numbers_each_service() -> None:
    text = list_summary_text([detail(), detail(id="s2", name="Speech Drop-in", url="")])
    assert text.startswith("1. Little Steps Play Group\nPhone: 01632 960123")
    assert "\n\n2. Speech Drop-in\n" in text
    assert "Web: https://example.org/little-steps" in text


def test_long_list_drops_whole_services_and_says_so() -> None:
    many = [detail(id=f"s{i}", name=f"Service number {i} " + "x" * 100) for i in range(20)]
    text = list_summary_text(many)
    assert len(text) <= MAX_LIST_CHARS
    assert text.rstrip().endswith("more on the kiosk)")
    assert "1. Service number 0" in text
    kept = text.count("Phone: ")
    assert 0 < kept < 20 and f"(+{20 - kept} more on the kiosk)" in text


def test_a_list_with_one_huge_service_still_says_where_to_look() -> None:
    text = list_summary_text([detail(name="N" * 300)], limit=100)
    assert text == "(+1 more on the kiosk)"


def test_the_take_away_text_says_opening_times_as_the_screen_does() -> None:
    slot = OpeningTime(("MO", "TU", "WE", "TH", "FR"), "09:00:00", "17:00:00", "")
    text = service_summary_text(detail(opening_times=(slot,)))
    assert f"Open: {formatting.opening_text(slot)}" in text
    assert "Open: Monday to Friday, 9am to 5pm" in text


def test_the_take_away_text_is_in_the_words_it_is_given() -> None:
    welsh_like = replace(formatting.ENGLISH, phone_line="Ffôn: {0}", open_line="Ar agor: {0}")
    text = service_summary_text(detail(), words=welsh_like)
    assert "Ffôn: 01632 960123" in text and "Ar agor: " in text and "Phone:" not in text


def test_opening_lines_put_words_without_times_last_and_notes_beside_their_times() -> None:
    slots = (
        OpeningTime((), "", "", "Ring to book."),
        OpeningTime(("SA",), "10:00", "12:00", "Term time only."),
        OpeningTime(("MO",), "18:00", "19:30", ""),
        OpeningTime((), "", "", ""),
    )
    service = detail(opening_times=slots)
    assert opening_lines(service) == [
        "Saturday, 10am to 12 noon",
        "Monday, 6pm to 7:30pm",
        "Ring to book.",
    ]
    assert opening_entries(service) == [
        ("Saturday, 10am to 12 noon", "Term time only."),
        ("Monday, 6pm to 7:30pm", ""),
        ("", "Ring to book."),
    ]


def test_contact_lines_give_every_way_in_or_the_first_few() -> None:
    service = detail(
        phones=(
            PhoneNumber("01632 960123", ""),
            PhoneNumber(" ", ""),
            PhoneNumber("01632 960124", ""),
            PhoneNumber("01632 960125", ""),
        ),
        url="https://www.example.org/little-steps/",
    )
    assert contact_lines(service, show_url=formatting.display_url) == [
        "Phone: 01632 960123",
        "Phone: 01632 960124",
        "Phone: 01632 960125",
        "Email: hello@example.org",
        "Web: example.org/little-steps",
        "Address: 1 High Street, Tamworth, B79 7AA",
    ]
    assert contact_lines(service, most=1)[:2] == ["Phone: 01632 960123", "Email: hello@example.org"]
