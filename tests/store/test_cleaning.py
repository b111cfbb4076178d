"""HTML and value cleaning: what a messy feed sends, what the kiosk keeps."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.store.cleaning import (
    clean_line,
    clean_text,
    safe_email,
    safe_phone,
    safe_web_url,
    to_float,
    to_int,
)


def test_paragraphs_and_line_breaks_survive_as_plain_text():
    html = "<p>First&nbsp;part.</p><p>Second<br>line &amp; more.</p>"
    assert clean_text(html) == "First part.\n\nSecond\nline & more."


def test_scripts_styles_images_and_link_targets_are_removed():
    html = (
        '<style>p{color:red}</style><p>Hello <a href="javascript:alert(1)">there</a></p>'
        '<script>alert("x")</script><img src="https://example.org/i.png" onerror="x()">'
    )
    assert clean_text(html) == "Hello there"


def test_self_closing_line_breaks_break_lines_and_other_empty_tags_vanish():
    assert clean_text("Main Street<br/>Leek<hr/> ST13 5AA") == "Main Street\nLeek ST13 5AA"


def test_a_huge_value_is_cut_to_the_limit_without_being_read_whole():
    cut = clean_text("<p>" + "word " * 1_000_000 + "</p>", limit=100)
    assert len(cut) <= 100 and cut.endswith("…") and cut.startswith("word word")


def test_escaped_markup_does_not_come_back_as_markup():
    assert clean_text("Bring &lt;b&gt;a friend&lt;/b&gt; &lt;img src=x&gt;") == "Bring a friend"


def test_lists_become_bullets():
    assert clean_text("<ul><li>One</li><li>Two</li></ul>") == "• One\n\n• Two"


def test_empty_and_non_text_values():
    assert clean_text(None) == ""
    assert clean_text("   ") == ""
    assert clean_text(True) == ""
    assert clean_text(42) == "42"


def test_clean_line_joins_lines():
    assert clean_line("<p>Main\nStreet</p>") == "Main Street"


@given(st.text())
def test_cleaned_text_never_holds_markup_or_control_characters(text):
    cleaned = clean_text(text)
    assert not re.search(r"</?[A-Za-z!?][^<>]*>", cleaned)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", cleaned)
    assert cleaned == cleaned.strip()


def test_only_web_addresses_with_http_or_https_survive():
    assert safe_web_url("https://example.org/a") == "https://example.org/a"
    assert safe_web_url("www.example.org") == "https://www.example.org"
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "http://",
        "data:text/html,hi",
        "https://exa mple.org",
        "https://[2001:db8::1",  # an unclosed IPv6 address: urlsplit refuses it
        "",
        None,
        12,
    ):
        assert safe_web_url(bad) is None, bad


def test_emails_and_phones():
    assert safe_email("mailto:team@example.org") == "team@example.org"
    assert safe_email("not an email") is None
    assert safe_phone('"+44 1632 960123"') == "+44 1632 960123"
    assert safe_phone("tel:01632960123") == "01632960123"
    assert safe_phone("call us!") is None
    assert safe_phone("123") is None


def test_numbers():
    assert to_int("12") == 12
    assert to_int(12.0) == 12
    assert to_int(12.5) is None
    assert to_int("twelve") is None
    assert to_int(True) is None
    assert to_int([12]) is None
    assert to_float("52.5") == 52.5
    assert to_float("nan") is None
    assert to_float("inf") is None
    assert to_float(10**400) is None  # too big for a float
    assert to_float([52.5]) is None
