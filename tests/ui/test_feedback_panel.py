"""Feedback on service and topic pages: faces, reasons, a comment typed on the kiosk's own
keyboard and masked before it is kept, "Thank you"; a problem reported; no dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kiosk.staff.feedback import FeedbackKind, ratings, read_feedback, reasons
from kiosk.store.models import Filters
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.screens.topics import TopicScreen
from kiosk.ui.widgets.feedback import FeedbackPanel


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on_keys(qtbot, keyboard, text: str) -> None:
    for char in text:
        click(qtbot, keyboard.key_button(char))


@pytest.fixture
def service_ids(context) -> list[str]:
    return [s.id for s in context.directory.services(Filters(), limit=2)]


@pytest.fixture
def service_screen(qtbot, context, service_ids) -> ServiceScreen:
    screen = ServiceScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 960)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_with(service_ids[0])
    return screen


def test_the_faces_are_named_yes_partly_no(service_screen) -> None:
    panel = service_screen.feedback.panel
    assert [face.accessibleName() for face in panel.faces.values()] == ["Yes", "Partly", "No"]
    assert all(face.minimumHeight() >= 64 for face in panel.faces.values())
    assert panel.problem_button.isVisibleTo(service_screen)


def test_the_words_on_screen_are_the_lists_words_in_english(qtbot, context) -> None:
    panel = FeedbackPanel(context, "topic")
    qtbot.addWidget(panel)
    every_reason = {r.id: r.wording for kind in FeedbackKind for r in reasons(kind)}
    assert panel.reason_words() == every_reason
    assert panel.rating_words() == {r.id: r.wording for r in ratings()}
    assert not panel.problem_button.isVisibleTo(panel)  # only services have problems to report


def test_a_rating_with_reasons_and_a_masked_comment(qtbot, service_screen, service_ids) -> None:
    host = service_screen.feedback
    panel = host.panel
    click(qtbot, panel.faces["partly"])
    assert panel.tell_box.isVisibleTo(panel) and not panel.cancel_button.isVisibleTo(panel)
    assert not panel.reason_chips["service_closed"].isVisibleTo(panel)  # a problem's reason
    click(qtbot, panel.reason_chips["wrong_phone"])
    click(qtbot, panel.comment_button)
    page = host.comment_page
    assert host.currentWidget() is page
    assert "personal details" in page.reminder.text()
    type_on_keys(qtbot, page.keyboard, "ring me on 01632 960123")
    click(qtbot, page.done_button)
    assert host.currentWidget() is host.page
    click(qtbot, panel.send_button)
    assert panel.thanks_label.isVisibleTo(panel) and not panel.ask_box.isVisibleTo(panel)
    [kept] = read_feedback()
    assert (kept.subject_kind, kept.subject, kept.kind, kept.rating) == (
        "service",
        service_ids[0],
        "rating",
        "partly",
    )
    assert kept.reasons == ("wrong_phone",)
    assert kept.comment == "ring me on [phone]"
    assert service_screen.findChildren(QDialog) == []


def test_a_face_tapped_is_kept_when_the_visitor_moves_on(qtbot, service_screen, service_ids):
    click(qtbot, service_screen.feedback.panel.faces["not_helpful"])
    service_screen.show_with(service_ids[1])  # another service, without touching Send
    assert [(f.subject, f.rating) for f in read_feedback()] == [(service_ids[0], "not_helpful")]
    assert service_screen.feedback.panel.ask_box.isVisibleTo(service_screen)
    service_screen.reset()
    assert len(read_feedback()) == 1  # nothing more was given


def test_reporting_a_problem_needs_a_reason_or_a_comment(qtbot, service_screen, service_ids):
    panel = service_screen.feedback.panel
    click(qtbot, panel.problem_button)
    assert not panel.send_button.isEnabled()
    assert panel.reason_chips["service_closed"].isVisibleTo(panel)
    assert not panel.reason_chips["hard_to_understand"].isVisibleTo(panel)
    click(qtbot, panel.reason_chips["service_closed"])
    assert panel.send_button.isEnabled()
    click(qtbot, panel.send_button)
    [kept] = read_feedback()
    assert (kept.kind, kept.rating, kept.reasons) == ("problem", "", ("service_closed",))


def test_a_problem_report_can_be_taken_back(qtbot, service_screen) -> None:
    panel = service_screen.feedback.panel
    click(qtbot, panel.problem_button)
    click(qtbot, panel.reason_chips["out_of_date"])
    click(qtbot, panel.cancel_button)
    service_screen.reset()
    assert read_feedback() == []


def test_feedback_on_a_topic_page(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 960)
    screen.show()
    topic = context.topics[0].id
    screen.show_with(topic)
    click(qtbot, screen.feedback.panel.faces["helpful"])
    click(qtbot, screen.feedback.panel.send_button)
    assert [(f.subject_kind, f.subject, f.rating) for f in read_feedback()] == [
        ("topic", topic, "helpful")
    ]
