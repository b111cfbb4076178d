"""The groups' and needs' words in each language: resources/content/<code>/categories.csv and
needs.csv, with English beneath them and a feed's own names left alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content.translations import language_reports
from kiosk.content.vocabulary import (
    VOCABULARY_FILES,
    load_vocabulary_for,
    read_translation,
    translation_marker,
)
from kiosk.languages import load_languages
from kiosk.paths import resources_dir
from kiosk.store import vocabulary
from kiosk.store.models import Category
from kiosk.store.vocabulary import read_rows

RESOURCES = resources_dir()
TRANSLATED = [entry.code for entry in load_languages(RESOURCES)[1:]]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A resources folder with the real English vocabulary and one language listed."""
    shutil.copytree(RESOURCES / "vocabulary", tmp_path / "vocabulary")
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "languages.toml").write_text(
        '[[language]]\ncode = "en"\n[[language]]\ncode = "pl"\nenglish = "Polish"\n'
    )
    (tmp_path / "content" / "pl").mkdir(parents=True)
    return tmp_path


def write(root: Path, name: str, text: str) -> None:
    (root / "content" / "pl" / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", VOCABULARY_FILES)
def test_every_translated_row_is_an_english_id_and_every_id_is_translated(code, name):
    english = read_rows(name, RESOURCES / "vocabulary")
    translated = read_rows(name, RESOURCES / "content" / code)
    assert [row["id"] for row in translated] == [row["id"] for row in english]
    pairs = zip(translated, english, strict=True)
    assert all(row["name"] and row["name"] != e["name"] for row, e in pairs)
    columns = set(english[0]) & {"id", "name", "description"}
    assert set(translated[0]) == columns  # words only: the icon is one fact, kept in English
    if "description" in columns:
        assert all(row["description"] for row in translated)
    assert translation_marker(code, RESOURCES) in ("unchecked", "checked")


def test_the_shipped_polish_words_replace_the_english_ones():
    words = load_vocabulary_for("pl-PL", RESOURCES)
    assert words.name("lo-education") == "Edukacja"
    assert words.name("send-hearing") == "Problemy ze słuchem"
    assert words.description("lo-money").startswith("Zasiłki")
    assert words.translation == "unchecked"


def test_english_comes_from_the_vocabulary_and_the_feed_name_is_kept(root: Path):
    english = load_vocabulary_for("en", root)
    education = next(c for c in vocabulary.categories() if c.id == "lo-education")
    assert english.name("lo-education") == education.name
    assert english.description("lo-education") == education.description
    # in English the store's name (a feed may name the group its own way) is shown as it is
    assert english.name("lo-education", "Schools") == "Schools"


def test_a_word_missing_in_a_language_falls_back_to_english(root: Path):
    write(root, "categories.csv", "id,name,description\nlo-education,Edukacja,\n")
    words = load_vocabulary_for("pl", root)
    assert words.name("lo-education", "Education") == "Edukacja"
    assert words.description("lo-education") == "Schools, colleges, support in school and " + (
        "Education, Health and Care plans."
    )
    assert words.name("lo-money") == "Money matters"  # not in the file
    assert words.name("send-hearing") == "Hearing impairment"  # no needs.csv at all
    # a group the feed names that the vocabulary does not know keeps the feed's name
    feed = Category("feed-sport", "Sport clubs", 3)
    assert words.named(feed) is feed
    assert words.named(Category("lo-education", "Education", 5)).name == "Edukacja"
    assert words.name("no-such-id") == "no-such-id"


def test_a_broken_or_unknown_file_is_english_and_reported(root: Path):
    write(root, "categories.csv", "id,name\nlo-educaton,Edukacja\n")
    write(root, "needs.csv", "id,name\nsend-hearing,Problemy ze słuchem\n")
    words = load_vocabulary_for("pl", root)
    assert words.name("lo-education") == "Education"
    assert words.name("send-hearing") == "Problemy ze słuchem"
    with pytest.raises(ValueError, match="lo-educaton"):
        read_translation(root / "content" / "pl" / "categories.csv", words.english)
    [report] = language_reports(root)
    problems = "\n".join(report.problems)
    assert "pl/categories.csv: ids not in resources/vocabulary: lo-educaton" in problems
    assert "pl/needs.csv: 11 not translated" in problems
    assert not any("groups of services" in line for line in report.unchecked)


def test_the_report_says_the_words_are_unchecked_until_marked_checked(root: Path):
    for name in VOCABULARY_FILES:
        shutil.copy(RESOURCES / "content" / "pl" / name, root / "content" / "pl" / name)
    write(root, "vocabulary.toml", 'translation = "unchecked"\n')
    [report] = language_reports(root)
    assert not [line for line in report.problems if ".csv" in line]
    assert "the names of the groups of services and of needs not yet checked" in report.unchecked
    write(root, "vocabulary.toml", 'translation = "checked"\n')
    [report] = language_reports(root)
    assert not [line for line in report.unchecked if "groups of services" in line]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,name\nlo-money,\xff\xfe\n", "cannot be read"),
        (b"code,words\nlo-money,Pieniadze\n", "needs the columns id and name"),
    ],
)
def test_a_file_that_cannot_be_used_is_named_and_english_shown(root: Path, content, message):
    (root / "content" / "pl" / "categories.csv").write_bytes(content)
    assert load_vocabulary_for("pl", root).name("lo-money") == "Money matters"
    [report] = language_reports(root)
    assert any(message in line and "categories.csv" in line for line in report.problems)
    assert "no pl/needs.csv: its words are in English" in report.problems


def test_a_list_of_groups_is_named_in_order(root: Path):
    write(root, "needs.csv", "id,name\nsend-visual,Problemy ze wzrokiem\n")
    words = load_vocabulary_for("pl", root)
    groups = [Category("send-visual", "Visual impairment", 2), Category("x", "Feed group", 1)]
    assert [c.name for c in words.all_named(groups)] == ["Problemy ze wzrokiem", "Feed group"]
