"""The SEND topic pages load, follow the writing rules, and bad files fail clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content.links import parse_target
from kiosk.content.topics import ContentError, Topic, TopicLink, content_folder, load_topics
from tests.expected import CATEGORY_IDS

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"

EXPECTED_IDS = {
    "disagreements",
    "annual-reviews",
    "personal-budgets",
    "preparing-for-adulthood",
    "what-is-send",
    "who-does-what",
    "graduated-approach",
    "ehc-needs-assessment",
    "ehc-plans",
    "local-offer",
    "send-strategy",
    "co-production-promise",
    "stay-up-to-date",
    "glossary",
    "talk-to-someone",
}
LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")
GOOD_HEAD = "---\nid: {id}\ntitle: A title\nsummary: A summary.\nicon: info\norder: 1\n---\n"
BODY = "# A title\n\nFirst paragraph.\n\nSecond paragraph.\n"


@pytest.fixture(scope="module")
def topics() -> list[Topic]:
    return load_topics(content_folder("en", RESOURCES))


def blocks(body: str) -> list[str]:
    """Headings, list items and paragraphs (paragraph lines joined), in order."""
    out: list[str] = []
    paragraph: list[str] = []
    for line in [*body.splitlines(), ""]:
        if line.strip() and not line.lstrip().startswith("#") and not LIST_ITEM.match(line):
            paragraph.append(line.strip())
            continue
        if paragraph:
            out.append(" ".join(paragraph))
            paragraph = []
        if line.strip():
            out.append(line.strip())
    return out


def paragraphs(body: str) -> list[str]:
    return [b for b in blocks(body) if not b.startswith("#") and not LIST_ITEM.match(b)]


def variant(old: str, new: str, topic_id: str = "x") -> str:
    """A good file with one front-matter line changed."""
    return GOOD_HEAD.format(id=topic_id).replace(old, new) + BODY


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_real_content_loads_in_order(topics: list[Topic]) -> None:
    assert [t.order for t in topics] == sorted(t.order for t in topics)
    assert {t.id for t in topics} >= EXPECTED_IDS


@pytest.mark.parametrize("topic_id", sorted(EXPECTED_IDS))
def test_each_topic_exists_and_has_text(topics: list[Topic], topic_id: str) -> None:
    topic = next((t for t in topics if t.id == topic_id), None)
    assert topic is not None, f"missing topic {topic_id}"
    assert topic.title.strip() and topic.summary.strip()
    assert len(topic.summary) <= 70, "summary must fit on a topic button"
    assert len(paragraphs(topic.body)) >= 2, f"{topic_id}: needs at least two paragraphs"


def test_categories_are_directory_ids(topics: list[Topic]) -> None:
    for topic in topics:
        assert set(topic.categories) <= set(CATEGORY_IDS), topic.id


def test_links_are_https(topics: list[Topic]) -> None:
    for topic in topics:
        for link in topic.links:
            assert link.url.startswith("https://"), f"{topic.id}: {link.url}"
            assert link.label.strip()


def test_bodies_have_no_html_links_or_images(topics: list[Topic]) -> None:
    for topic in topics:
        body = topic.body
        assert not re.search(r"<[A-Za-z/!?][^>]*>", body), f"{topic.id}: raw HTML"
        for target in re.findall(r"\[[^\]]*\]\(([^)]*)\)", body):
            assert parse_target(target), f"{topic.id}: {target} is not a kiosk link"
        assert "![" not in body, f"{topic.id}: image"
        assert not re.search(r"https?://|www\.", body), f"{topic.id}: address in body"
        assert not re.search(r"^\s*\|.*\|\s*$", body, re.M), f"{topic.id}: table"


def test_sentences_are_short(topics: list[Topic]) -> None:
    for topic in topics:
        for block in blocks(topic.body):
            for sentence in re.split(r"[.!?]", LIST_ITEM.sub("", block, count=1)):
                words = sentence.split()
                assert len(words) < 30, f"{topic.id}: long sentence: {' '.join(words)}"


def test_parses_every_field(tmp_path: Path) -> None:
    write(
        tmp_path,
        "b.md",
        "---\nid: b\ntitle: Bee\nsummary: S\nicon: plan\norder: 2\n"
        "categories: lo-money;  lo-health ;\n"
        "links: Site | https://example.org/a ; Other | http://example.org/b\n---\n" + BODY,
    )
    write(tmp_path, "a.md", GOOD_HEAD.format(id="a").replace("order: 1", "order: 2") + BODY)
    write(tmp_path, "c.md", GOOD_HEAD.format(id="c") + BODY)
    write(tmp_path, "notes.txt", "not a topic")
    c, a, b = load_topics(tmp_path)
    assert (c.id, a.id, b.id) == ("c", "a", "b")
    assert b.categories == ("lo-money", "lo-health")
    assert b.links == (
        TopicLink("Site", "https://example.org/a"),
        TopicLink("Other", "http://example.org/b"),
    )
    assert b.body == BODY and b.icon == "plan" and b.title == "Bee"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (BODY, "front-matter"),
        ("---\nid: x\ntitle: T\n" + BODY, "not closed"),
        ("---\ntitle: T\n---\n" + BODY, "'id'"),
        ("---\nid: x\n---\n" + BODY, "'title'"),
        ("---\nid: x\ntitle:\n---\n" + BODY, "'title'"),
        (variant("order: 1", "order: first"), "order"),
        (variant("order: 1", "order: 2.5"), "order"),
        (variant("icon: info", "links: Mail | mailto:a@b.uk"), "http"),
        (variant("icon: info", "links: Site | ftp://x.uk/a"), "http"),
        (variant("icon: info", "links: https://x.uk/a"), "label | url"),
        (variant("icon: info", "icon: rocket"), "icon"),
        (variant("icon: info", "catagories: lo-money"), "line"),
        (variant("icon: info", "title: Again"), "twice"),
        (GOOD_HEAD.format(id="Bad Id") + BODY, "lower-case"),
    ],
)
def test_malformed_file_names_file(tmp_path: Path, text: str, problem: str) -> None:
    write(tmp_path, "good.md", GOOD_HEAD.format(id="good") + BODY)
    write(tmp_path, "broken-page.md", text)
    with pytest.raises(ContentError, match=r"broken-page\.md") as caught:
        load_topics(tmp_path)
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    write(tmp_path, "one.md", GOOD_HEAD.format(id="same") + BODY)
    write(tmp_path, "two.md", GOOD_HEAD.format(id="same") + BODY)
    with pytest.raises(ContentError, match=r"two\.md.*duplicate.*one\.md"):
        load_topics(tmp_path)


def test_undecodable_file_is_a_content_error(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes(b"---\nid: x\ntitle: Caf\xe9\n---\n")
    with pytest.raises(ContentError, match=r"latin\.md"):
        load_topics(tmp_path)


def test_missing_folder_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_topics(tmp_path / "nowhere")


def test_bom_and_windows_line_endings(tmp_path: Path) -> None:
    text = (GOOD_HEAD.format(id="win") + BODY).replace("\n", "\r\n")
    (tmp_path / "win.md").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (topic,) = load_topics(tmp_path)
    assert topic.id == "win" and topic.body == BODY


def test_blank_lines_and_comments_in_the_front_matter_are_ignored(tmp_path: Path) -> None:
    head = GOOD_HEAD.format(id="notes").replace("title:", "\n# staff note: keep short\ntitle:")
    write(tmp_path, "notes.md", head + BODY)
    (topic,) = load_topics(tmp_path)
    assert (topic.id, topic.title, topic.summary) == ("notes", "A title", "A summary.")


def test_language_folder_and_fallback(tmp_path: Path) -> None:
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "pl").mkdir()
    assert content_folder("pl", tmp_path) == tmp_path / "content" / "pl"
    assert content_folder("pl-PL", tmp_path) == tmp_path / "content" / "pl"
    assert content_folder("cy", tmp_path) == tmp_path / "content" / "en"
    assert content_folder("../secret", tmp_path) == tmp_path / "content" / "en"
    assert content_folder("", tmp_path) == tmp_path / "content" / "en"


def test_real_fallback_loads_english() -> None:
    assert content_folder("xx", RESOURCES) == RESOURCES / "content" / "en"
    assert load_topics(content_folder("xx", RESOURCES))
