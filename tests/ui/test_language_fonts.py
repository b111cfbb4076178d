"""Every letter of every language renders: the fonts the kiosk draws with in a language cover
every character of its translations, topic pages and questions (no empty boxes)."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont

from kiosk.languages import Language, load_languages
from kiosk.looks import DYSLEXIC_FONT, STANDARD_FONT
from kiosk.ui import fonts, theme
from kiosk.ui.translation import install_translator

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
LANGUAGES = load_languages(RESOURCES)

# Real text in each script, so the test means something before the translations land.
SAMPLES = {
    "en": "Find support for your child’s needs – “Local Offer”…",
    "pl": "Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ. Usługi dla dzieci z SEN.",
    "ro": "Servicii și sprijin pentru copii. Ă Â Î Ș Ț ă â î ș ț ş ţ",
    "ur": (
        "اپنے بچے کے لیے مدد تلاش کریں۔ خدمات، ٹیلیفون، ڈاکٹر، بڑا، ہاں؟ "
        "یہ صفحہ ترجمہ ہوا ہے لیکن ابھی جانچا نہیں گیا۔ ۰۱۲۳۴۵۶۷۸۹ ٪ ؛ ء آ ۂ ۃ ے ۓ"
    ),
    "pa": "ਆਪਣੇ ਬੱਚੇ ਲਈ ਮਦਦ ਲੱਭੋ। ਸੇਵਾਵਾਂ, ਫ਼ੋਨ, ਜ਼ਿਲ੍ਹਾ ੦੧੨੩੪੫੬੭੮੯ ਖ਼ ਗ਼ ਲ਼ ਸ਼ ੳ ੲ ੴ",
}


def drawn(text: str) -> set[str]:
    """The characters of text that need a glyph (not spaces, controls or format marks such
    as the bidi isolates and the zero-width non-joiner)."""
    return {
        char
        for char in text
        if not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs")
    }


def ts_text(path: Path) -> str:
    """Every translation (and plural form) in a Qt Linguist file."""
    root = ET.parse(path).getroot()
    parts = [element.text or "" for element in root.iter("translation")]
    parts += [element.text or "" for element in root.iter("numerusform")]
    return "\n".join(parts)


def language_text(language: Language) -> str:
    """What a visitor in this language may see: its name, its translations, its topic pages
    and its 'Where do I start?' questions, whatever of these exists, and a sample."""
    parts = [language.name, SAMPLES.get(language.code, "")]
    ts = RESOURCES / "translations" / f"kiosk_{language.code}.ts"
    if ts.is_file():
        parts.append(ts_text(ts))
    content = RESOURCES / "content" / language.code
    # pages, and the words of contacts, groups and needs (.toml and .csv files)
    translated = [*content.glob("*.md"), *content.glob("*.toml"), *content.glob("*.csv")]
    parts += [path.read_text(encoding="utf-8") for path in sorted(translated)]
    questions = RESOURCES / "start" / language.code / "questions.toml"
    if questions.is_file():
        parts.append(questions.read_text(encoding="utf-8"))
    return "\n".join(parts)


def missing(families: Iterable[str], text: str, bold: bool = False) -> set[str]:
    """The characters of text that none of families (those installed) has a glyph for."""
    left = drawn(text)
    for family in families:
        font = QFont(family)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        if raw.familyName() != family:
            continue  # not on this machine: Qt gave some other font
        left = {char for char in left if not raw.supportsCharacter(ord(char))}
    return left


def names(chars: set[str]) -> list[str]:
    return sorted(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in chars)


@pytest.mark.parametrize("language", LANGUAGES, ids=[entry.code for entry in LANGUAGES])
@pytest.mark.parametrize("font_id", [STANDARD_FONT, DYSLEXIC_FONT])
def test_the_fonts_in_use_draw_every_letter_of_the_language(
    qapp, language: Language, font_id: str
) -> None:
    install_translator(language.code, RESOURCES)
    theme.apply_theme(qapp, theme.Look(font=font_id))
    try:
        families = theme.current_families()
        assert families[: len(language.fonts)] == language.fonts
        text = language_text(language)
        for bold in (False, True):
            assert not missing(families, text, bold), (
                f"{language.english} in {families}: no glyph for "
                f"{names(missing(families, text, bold))}"
            )
    finally:
        theme.apply_theme(qapp)


@pytest.mark.parametrize("code", ["ur", "pa"])
def test_without_the_languages_fonts_letters_would_be_boxes(code: str) -> None:
    """The check above can fail: the kiosk's own fonts alone lack Urdu and Gurmukhi."""
    language = next(entry for entry in LANGUAGES if entry.code == code)
    assert language.fonts
    for font_id in (STANDARD_FONT, DYSLEXIC_FONT):
        assert missing(fonts.families(font_id), language_text(language))
        assert not missing(fonts.families(font_id, language.fonts), language_text(language))


def test_every_languages_name_shows_in_its_own_script_in_english() -> None:
    """The language panel lists each language in its own script, whatever the language."""
    every_name = " ".join(entry.name for entry in LANGUAGES)
    assert not missing(theme.current_families(), every_name)


def test_bundled_copies_stand_in_for_fonts_the_machine_lacks() -> None:
    """Windows and the frozen bundle have no Noto: each language font listed in
    languages.toml has its files in resources/fonts, with their licence."""
    for language in LANGUAGES:
        if language.fonts:
            first = language.fonts[0]
            files = fonts.bundled_files(first)
            assert len(files) == 2, f"{first}: {files}"  # regular and bold
            for path in files:
                assert QRawFont(str(path), 20).familyName() == first
    assert (fonts.fonts_dir() / "LICENCE-Noto.txt").is_file()
