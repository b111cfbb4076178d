"""Keyboard layouts are data: every language's file loads, and a bad one costs only itself."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.keyboards import (
    FALLBACK_ROWS,
    MAX_KEYS_PER_ROW,
    KeyboardError,
    is_mark,
    keyboard_for,
    keyboard_layout,
    load_keyboard,
)
from kiosk.languages import load_languages

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the real layouts and languages, to spoil."""
    shutil.copytree(RESOURCES / "keyboards", tmp_path / "keyboards")
    shutil.copytree(RESOURCES / "translations", tmp_path / "translations")
    return tmp_path


def test_every_language_has_a_layout_that_loads() -> None:
    for language in load_languages(RESOURCES):
        layout = load_keyboard(language.keyboard, RESOURCES)
        assert layout.name == language.keyboard
        assert all(0 < len(row) <= MAX_KEYS_PER_ROW for row in layout.rows)


def test_the_built_in_keys_are_the_english_file() -> None:
    assert load_keyboard("en", RESOURCES).rows == FALLBACK_ROWS


def test_polish_and_romanian_letters_are_keys_beside_the_english_ones() -> None:
    english = set(load_keyboard("en", RESOURCES).keys())
    polish = keyboard_for("pl", RESOURCES)
    assert set("ąćęłńóśźż") | english == set(polish.keys())
    romanian = keyboard_for("ro-RO", RESOURCES)
    # ș and ț with the comma below, not the cedilla
    assert {"ă", "â", "î", "\u0219", "\u021b"} | english == set(romanian.keys())
    assert polish.latin is None and romanian.latin is None


def test_urdu_and_punjabi_have_their_letters_and_the_latin_keys_a_touch_away() -> None:
    urdu = keyboard_for("ur", RESOURCES)
    assert urdu.rows[0][:3] == ("ق", "و", "ع")  # phonetic: on Q, W, E
    assert {"ا", "ب", "پ", "ت", "ٹ", "ں", "ے", "ی", "ہ", "ھ", "ک", "گ"} <= set(urdu.keys())
    punjabi = keyboard_for("pa", RESOURCES)
    assert {"ਕ", "ਖ", "ਗ", "ਅ", "ਆ", "ਾ", "ਿ", "ੰ", "ੱ", "੍"} <= set(punjabi.keys())
    for layout in (urdu, punjabi):
        assert layout.latin is not None and layout.latin.rows == FALLBACK_ROWS
        assert layout.label


def test_marks_are_told_from_letters() -> None:
    assert is_mark("\u0a3e") and is_mark("\u0301")
    assert not is_mark("ਕ") and not is_mark("a") and not is_mark("")


def test_a_language_the_kiosk_does_not_offer_gets_english() -> None:
    assert keyboard_for("xx", RESOURCES).rows == FALLBACK_ROWS


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('rows = ["a b', "cannot be read"),
        ('rows = "a b c"', "rows must be a list"),
        ("rows = []", "no rows of keys"),
        ('rows = ["a b", "   "]', "row 2 is empty"),
        (f'rows = ["{" ".join("abcdefghijklm")}"]', "at most 12 fit"),
        ('rows = ["a b a"]', "keys twice: a"),
        ('rows = ["ab\u200bc"]', "is not a key"),
        ('rows = ["a"]\nshift = true', "unknown setting shift"),
        ('rows = ["a"]\nlatin = "en"', "needs a label"),
        ('rows = ["a"]\nextends = "zz"', "zz.toml: no such file"),
        ('rows = ["a"]\nextends = 3', "extends must name another layout"),
        ('rows = ["a"]\nlabel = 3', "label must be text"),
        ('rows = ["a"]\nextends = "pl"', "it includes itself"),
        ('rows = ["a"]\nextends = "../en"', "letters, digits"),
        ('label = "x"\nlatin = "ur"\nrows = ["a"]', "has a latin layout itself"),
        ('rows = ["1", "2", "3"]\nextends = "en"', "7 rows of keys; at most 6"),
    ],
)
def test_a_bad_layout_is_refused_with_the_reason(resources: Path, text: str, reason: str) -> None:
    (resources / "keyboards" / "pl.toml").write_text(text, encoding="utf-8")
    with pytest.raises(KeyboardError, match=reason.replace("(", r"\(")) as caught:
        load_keyboard("pl", resources)
    assert "pl.toml" in str(caught.value)


def test_a_bad_or_missing_layout_logs_why_and_gives_english(
    resources: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (resources / "keyboards" / "pl.toml").write_text('rows = ["a a"]', encoding="utf-8")
    (resources / "keyboards" / "ur.toml").unlink()
    with caplog.at_level(logging.ERROR, logger="kiosk.keyboards"):
        polish = keyboard_for("pl", resources)
        urdu = keyboard_for("ur", resources)
    assert polish.rows == urdu.rows == FALLBACK_ROWS and urdu.latin is None
    assert "'pl' is shown in English instead: keyboards/pl.toml: keys twice: a" in caplog.text
    assert "'ur' is shown in English instead: keyboards/ur.toml: no such file" in caplog.text


def test_without_a_usable_english_file_the_built_in_keys_are_used(
    resources: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (resources / "keyboards" / "en.toml").write_text("rows = 1", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="kiosk.keyboards"):
        assert keyboard_layout("pa", resources).rows == FALLBACK_ROWS  # pa's Latin keys are en
    assert "uses its built-in keys" in caplog.text


def test_a_broken_languages_file_still_gives_a_keyboard(
    resources: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (resources / "translations" / "languages.toml").write_text("[[language]]\ncode = 5")
    with caplog.at_level(logging.ERROR, logger="kiosk.keyboards"):
        assert keyboard_for("pl", resources).rows == FALLBACK_ROWS
    assert "shown in English" in caplog.text
