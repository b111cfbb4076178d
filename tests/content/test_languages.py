"""Languages as data: languages.toml, and pages, questions and contacts in each language
with English wherever a translation is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content.contacts import load_contacts_for
from kiosk.content.start import StartError, load_start_for
from kiosk.content.topics import ContentError, load_topics_for
from kiosk.languages import LanguageError, language, load_languages
from kiosk.paths import resources_dir

RESOURCES = resources_dir()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A resources folder with the real English pages, questions and contacts only."""
    shutil.copytree(RESOURCES / "content" / "en", tmp_path / "content" / "en")
    shutil.copy(RESOURCES / "contacts.toml", tmp_path / "contacts.toml")
    (tmp_path / "start").mkdir()
    shutil.copy(RESOURCES / "start" / "questions.toml", tmp_path / "start" / "questions.toml")
    return tmp_path


def write_page(root: Path, code: str, source: str, **changes: str) -> Path:
    """A translation of resources/content/en/SOURCE: its title and body replaced."""
    text = (RESOURCES / "content" / "en" / source).read_text(encoding="utf-8")
    head, _, _ = text.partition("\n---\n")
    lines = [line for line in head.splitlines() if not line.startswith("title:")]
    for key, value in changes.items():
        lines = [line for line in lines if not line.startswith(f"{key}:")]
        lines.append(f"{key}: {value}")
    lines.insert(1, "title: Strona przetłumaczona")
    path = root / "content" / code / source
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n---\n# Strona\n\nTreść po polsku.\n", encoding="utf-8")
    return path


def test_the_shipped_languages_file_lists_five_languages_english_first():
    languages = load_languages(RESOURCES)
    assert [entry.code for entry in languages] == ["en", "pl", "ro", "ur", "pa"]
    urdu = language("ur", RESOURCES)
    assert urdu.right_to_left and urdu.name == "اردو" and urdu.fonts
    assert language("pl-PL", RESOURCES).code == "pl"
    assert language("xx", RESOURCES).code == "en"  # not offered: English


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('code = "Polish"', "two- or three-letter code"),
        ('code = "pl"\ndirection = "down"', "direction must be"),
        ('code = "pl"\nfonts = "Noto"', "fonts must be a list"),
        ('code = "pl"\nplurals = 9', "plurals must be a number"),
        ('code = "pl"\nname = ""', "name must be text"),
    ],
)
def test_a_bad_language_entry_is_named(tmp_path: Path, entry: str, message: str):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "languages.toml").write_text(f"[[language]]\n{entry}\n")
    with pytest.raises(LanguageError, match=message):
        load_languages(tmp_path)


def test_no_languages_file_means_english_only(tmp_path: Path):
    assert [entry.code for entry in load_languages(tmp_path)] == ["en"]


def test_a_missing_translation_shows_the_english_page(root: Path):
    write_page(root, "pl", "ehc-plans.md", translation="unchecked")
    english = {t.id: t for t in load_topics_for("en", root)}
    polish = {t.id: t for t in load_topics_for("pl", root)}
    assert polish.keys() == english.keys()
    assert polish["ehc-plans"].title == "Strona przetłumaczona"
    assert polish["ehc-plans"].language == "pl" and polish["ehc-plans"].unchecked
    assert polish["glossary"] == english["glossary"]  # not translated: English, and says so
    assert polish["glossary"].language == "en"


def test_a_checked_translation_is_not_flagged(root: Path):
    write_page(root, "pl", "ehc-plans.md", translation="checked")
    page = {t.id: t for t in load_topics_for("pl", root)}["ehc-plans"]
    assert page.translation == "checked" and not page.unchecked


def test_a_translation_cannot_move_a_page(root: Path):
    write_page(root, "pl", "ehc-plans.md", order="99")
    with pytest.raises(ContentError, match="must be the English page's"):
        load_topics_for("pl", root)


def test_an_unknown_translation_state_is_refused(root: Path):
    write_page(root, "pl", "ehc-plans.md", translation="maybe")
    with pytest.raises(ContentError, match="translation must be"):
        load_topics_for("pl", root)


def polish_questions(root: Path, change=lambda text: text) -> None:
    english = (root / "start" / "questions.toml").read_text(encoding="utf-8")
    text = english.replace(
        'text = "How old is the child or young person?"', 'text = "Ile lat ma dziecko?"'
    )
    folder = root / "start" / "pl"
    folder.mkdir()
    (folder / "questions.toml").write_text(
        'translation = "unchecked"\n' + change(text), encoding="utf-8"
    )


def test_questions_in_a_language_keep_the_english_shape(root: Path):
    polish_questions(root)
    tree = load_start_for("pl", root)
    assert tree.questions[tree.start].text == "Ile lat ma dziecko?"
    assert tree.translation == "unchecked"
    assert load_start_for("ro", root).questions[tree.start].text.startswith("How old")


def test_questions_that_change_more_than_words_are_refused(root: Path):
    polish_questions(root, lambda text: text.replace("age = 7", "age = 9", 1))
    with pytest.raises(StartError, match="only their words translated"):
        load_start_for("pl", root)


def test_contacts_take_their_description_from_the_language(root: Path):
    folder = root / "content" / "pl"
    folder.mkdir(parents=True)
    (folder / "contacts.toml").write_text(
        'translation = "unchecked"\n[[contact]]\nid = "sendiass"\n'
        'helps_with = "Bezpłatna porada."\n',
        encoding="utf-8",
    )
    english = {c.id: c for c in load_contacts_for("en", root)}
    polish = {c.id: c for c in load_contacts_for("pl", root)}
    assert polish["sendiass"].helps_with == "Bezpłatna porada."
    assert polish["sendiass"].phone == english["sendiass"].phone
    assert polish["send-team"] == english["send-team"]


def test_a_broken_contacts_translation_falls_back_to_english(root: Path):
    folder = root / "content" / "pl"
    folder.mkdir(parents=True)
    (folder / "contacts.toml").write_text("[[contact]\n", encoding="utf-8")
    assert load_contacts_for("pl", root) == load_contacts_for("en", root)


def test_the_report_names_what_is_missing_and_what_is_unchecked(root: Path):
    from kiosk.content.translations import language_reports

    (root / "translations").mkdir()
    (root / "translations" / "languages.toml").write_text(
        '[[language]]\ncode = "en"\n[[language]]\ncode = "pl"\nenglish = "Polish"\n'
    )
    (root / "translations" / "kiosk_pl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl"><context>'
        "<name>X</name><message><source>Home</source>"
        '<translation type="unfinished">Start</translation></message>'
        "<message><source>Back</source>"
        '<translation type="unfinished"></translation></message></context></TS>'
    )
    write_page(root, "pl", "ehc-plans.md", translation="unchecked")
    [report] = language_reports(root)
    assert report.code == "pl"
    assert "1 of 2 interface words not translated" in report.problems
    assert any(line.startswith("14 topic pages not translated") for line in report.problems)
    assert "'Where do I start?' not translated" in report.problems
    assert report.unchecked == (
        "1 interface words not yet checked",
        "1 topic pages not yet checked",
    )


def test_every_language_is_complete():
    """Nothing is left in English for a visitor who chose another language (service data
    aside): every interface string, page, question and contact description is translated."""
    from kiosk.content.translations import language_reports

    reports = language_reports(RESOURCES)
    assert [report.code for report in reports] == ["pl", "ro", "ur", "pa"]
    problems = [line for report in reports for line in report.lines() if report.problems]
    assert not [r for r in reports if r.problems], "\n".join(problems)


def copy_language(root: Path, code: str) -> None:
    """The shipped translations of CODE (pages, questions, contacts, words, .ts)."""
    (root / "translations").mkdir(exist_ok=True)
    shutil.copy(RESOURCES / "translations" / "languages.toml", root / "translations")
    shutil.copy(RESOURCES / "translations" / f"kiosk_{code}.ts", root / "translations")
    shutil.copytree(RESOURCES / "content" / code, root / "content" / code)
    shutil.copytree(RESOURCES / "start" / code, root / "start" / code)
    shutil.copytree(RESOURCES / "vocabulary", root / "vocabulary", dirs_exist_ok=True)


def polish_report(root: Path):
    from kiosk.content.translations import language_reports

    return next(report for report in language_reports(root) if report.code == "pl")


def test_a_complete_translation_reports_only_what_waits_for_checking(root: Path):
    copy_language(root, "pl")
    report = polish_report(root)
    assert report.problems == ()
    assert len(report.unchecked) >= 4


def test_checked_translations_are_not_listed_as_waiting(root: Path):
    copy_language(root, "pl")
    for path in [*(root / "content" / "pl").glob("*.md")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("translation: unchecked", "translation: checked"))
    for path in (
        root / "start" / "pl" / "questions.toml",
        root / "content" / "pl" / "contacts.toml",
    ):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('translation = "unchecked"', 'translation = "checked"'))
    ts = root / "translations" / "kiosk_pl.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(' type="unfinished"', ""), encoding="utf-8"
    )
    waiting = polish_report(root).unchecked
    assert not any("interface words" in line for line in waiting)
    assert not any("topic pages" in line or "Where do I start" in line for line in waiting)
    assert not any("contact" in line for line in waiting)


def test_broken_translations_are_problems_not_crashes(root: Path):
    copy_language(root, "pl")
    write_page(root, "pl", "ehc-plans.md", order="99")
    (root / "start" / "pl" / "questions.toml").write_text("start = 'nowhere'\n")
    (root / "content" / "pl" / "contacts.toml").write_text("[[contact]\n")
    (root / "translations" / "kiosk_pl.ts").unlink()
    problems = " | ".join(polish_report(root).problems)
    assert "topic pages cannot be used" in problems
    assert "'Where do I start?' cannot be used" in problems
    assert "contacts.toml cannot be used" in problems
    assert "no kiosk_pl.ts" in problems


def test_a_start_file_with_a_bad_translation_state_is_refused(root: Path):
    polish_questions(root, lambda text: text.replace("", "", 1))
    path = root / "start" / "pl" / "questions.toml"
    path.write_text(path.read_text().replace('"unchecked"', '"maybe"', 1), encoding="utf-8")
    with pytest.raises(StartError, match="translation must be"):
        load_start_for("pl", root)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[language]\n", "cannot be read"),
        ("language = [1]\n", "not a table"),
        ('[[language]]\ncode = "pl"\n[[language]]\ncode = "pl"\n', "twice"),
    ],
)
def test_an_unreadable_languages_file_is_named(tmp_path: Path, text: str, message: str):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "languages.toml").write_text(text)
    with pytest.raises(LanguageError, match=message):
        load_languages(tmp_path)


def test_a_ts_message_without_a_translation_counts_as_missing(tmp_path: Path):
    from kiosk.languages import ts_status

    ts = tmp_path / "kiosk_xx.ts"
    ts.write_text(
        '<TS version="2.1"><context><name>X</name>'
        "<message><source>A</source></message>"
        "<message><source>B</source><translation>Be</translation></message>"
        '<message numerus="yes"><source>%n C</source><translation type="unfinished">'
        "<numerusform>%n Ce</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>"
    )
    status = ts_status(ts)
    assert (status.messages, status.checked, status.unchecked, status.missing) == (3, 1, 0, 2)
    assert not status.complete
