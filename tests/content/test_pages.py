"""Every page reads plainly, every link resolves, and the Local Offer page names the buttons."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.contacts import load_contacts
from kiosk.content.links import LinkKind, PageLink, page_links, parse_target
from kiosk.content.readability import MAX_GRADE, Readability, measure, plain_text, syllables
from kiosk.content.topics import Topic, content_folder, load_topics
from kiosk.store import vocabulary
from kiosk.store.directory import Directory

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TOPICS = load_topics(content_folder("en", RESOURCES))
MAX_AVERAGE_GRADE = 5.0  # docs/content.md: the pages together, reading age about 10


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_every_page_is_plain_english(topic: Topic) -> None:
    assert measure(topic.body).grade <= MAX_GRADE, topic.id


def test_the_pages_together_read_at_about_age_ten() -> None:
    grades = [measure(t.body).grade for t in TOPICS]
    assert sum(grades) / len(grades) <= MAX_AVERAGE_GRADE


def test_readability_measures() -> None:
    assert measure("") == Readability(0, 0, 0) and Readability(0, 0, 0).grade == 0
    easy = measure("The cat sat on the mat. It was a big cat.")
    hard = measure(
        "Comprehensive multidisciplinary assessments necessitate extraordinary coordination."
    )
    assert easy.grade < 2 < MAX_GRADE < hard.grade and easy.reading_age == easy.grade + 5
    assert [syllables(w) for w in ("cake", "table", "free", "the", "rhythm")] == [1, 2, 1, 1, 1]
    text = plain_text("# Hi\n<!-- CFA 2014 -->\n- **EHCP** — a [plan](topic:x)")
    assert "CFA" not in text and "EHCP" not in text and "plan" in text and "topic" not in text


def test_links_are_parsed() -> None:
    body = "[A](topic:ehc-plans) [B](https://x.org) [C](contact: sendiass ) [D](search:)"
    assert page_links(body) == (
        PageLink("A", LinkKind.TOPIC, "ehc-plans"),
        PageLink("C", LinkKind.CONTACT, "sendiass"),
    )
    assert page_links(body)[0].url == "topic:ehc-plans"
    assert parse_target("mailto:x@y") is None and parse_target("topic") is None


def test_every_link_resolves(directory: Directory) -> None:
    topic_ids = {t.id for t in TOPICS}
    contact_ids = {c.id for c in load_contacts()}
    seen = set()
    for topic in TOPICS:
        for link in page_links(topic.body):
            seen.add(link.kind)
            if link.kind is LinkKind.TOPIC:
                assert link.target in topic_ids, (topic.id, link)
            elif link.kind is LinkKind.CONTACT:
                assert link.target in contact_ids, (topic.id, link)
            else:
                assert directory.search(link.target).total > 0, (topic.id, link)
    assert seen == set(LinkKind)


def test_the_request_form_link_opens_on_the_form(directory: Directory) -> None:
    page = next(t for t in TOPICS if t.id == "ehc-needs-assessment")
    link = next(link for link in page_links(page.body) if link.kind is LinkKind.SEARCH)
    assert directory.search(link.target).services[0].name.startswith("Request for an EHC")


def test_every_fact_page_cites_its_source() -> None:
    for topic_id in ("ehc-needs-assessment", "disagreements", "annual-reviews", "personal-budgets"):
        sources = next(t.sources for t in TOPICS if t.id == topic_id)
        assert len(sources) >= 5 and all("2014" in s or "2015" in s for s in sources), topic_id
    assert all("<!--" not in t.body for t in TOPICS)  # the sources are not shown


def test_the_local_offer_page_names_the_category_buttons() -> None:
    body = next(t.body for t in TOPICS if t.id == "local-offer")
    listed = body.split("## What you can find")[1].split("##")[0]
    items = [line[2:].strip() for line in listed.splitlines() if line.startswith("- ")]
    assert items == [c.name for c in vocabulary.categories()]


def test_the_nhs_is_not_run_by_the_icb() -> None:
    assert all("run by" not in t.body or "ICB" not in t.body for t in TOPICS)
