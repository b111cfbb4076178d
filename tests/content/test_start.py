"""'Where do I start?': every path ends at a page with real filters and services to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.start import Question, StartError, StartPage, load_start
from kiosk.content.topics import content_folder, load_topics
from kiosk.store.directory import Directory

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TOPIC_IDS = [t.id for t in load_topics(content_folder("en", RESOURCES))]
TREE = load_start(topic_ids=TOPIC_IDS)


@pytest.mark.parametrize("taps", TREE.paths(), ids=str)
def test_every_path_ends_at_a_page_with_services(directory: Directory, taps) -> None:
    page = TREE.step(taps)
    assert isinstance(page, StartPage) and page.guidance and page.senco_questions
    filters = TREE.filters(taps)
    assert filters.age is not None and filters.category_id is not None
    assert directory.count(filters) > 0, (taps, filters)


def test_a_seven_year_old_with_communication_worries_finds_speech_therapy(
    directory: Directory,
) -> None:
    taps = (1, 1, 1)  # 5 to 10, talking and understanding, find a service
    assert isinstance(TREE.step(taps[:1]), Question)
    names = [s.name for s in directory.services(TREE.filters(taps))]
    assert any("speech and language" in name.lower() for name in names)
    with pytest.raises(IndexError):
        TREE.step((9,))
    with pytest.raises(IndexError):
        TREE.step((*taps, 0))


GOOD = """start = "q"
[[question]]
id = "q"
text = "Which?"
answers = [{ label = "A", next = "p", age = 3, need = "send-asd" }, { label = "B", next = "p" }]
[[page]]
id = "p"
title = "P"
guidance = "G."
category = "lo-health"
"""


def test_a_small_tree(tmp_path: Path) -> None:
    path = tmp_path / "q.toml"
    path.write_text(GOOD, encoding="utf-8")
    tree = load_start(path)
    assert tree.filters((0,)).category_id == "send-asd"
    assert tree.filters((1,)).category_id == "lo-health" and tree.paths() == [(0,), (1,)]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('start = "q"', 'start = "p"', "not a question"),
        ('next = "p" }]', 'next = "nowhere" }]', "unknown 'nowhere'"),
        ('need = "send-asd"', 'need = "x"', "not in needs.csv"),
        ('category = "lo-health"', 'category = "x"', "not in categories.csv"),
        ('category = "lo-health"', 'category = "lo-health"\nneed = "send-asd"', "not both"),
        ("age = 3", "age = 30", "whole number"),
        ('{ label = "B", next = "p" }', "1", "each answer"),
        (', { label = "B", next = "p" }', "", "at least two"),
        ('id = "q"', 'id = "Q q"', "every question needs"),
        ('id = "p"', 'id = "P p"', "every page needs"),
        ('guidance = "G."', "guidance = 1", "'guidance' must be"),
        ('guidance = "G."', 'guidance = "G."\ntopics = [1]', "topics must be"),
        ('guidance = "G."', 'guidance = "G."\ntopics = ["nope"]', "no topic page 'nope'"),
        ('id = "p"', 'id = "q"', "both a question and a page"),
        ('next = "p" }]', 'next = "q" }]', "loop"),
        ("[[page]]", "[[pages]]", "no \\[\\[page\\]\\]"),
        ('text = "Which?"', 'text = "Which?"\n[broken', "cannot read"),
    ],
)
def test_bad_trees_say_what_to_fix(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = tmp_path / "q.toml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(StartError, match=message):
        load_start(path, topic_ids=["x"])
