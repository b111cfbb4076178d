"""Links in topic pages: topic:, contact: and search: links open by touch; web links never."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from kiosk.ui.screens import base
from kiosk.ui.widgets.markdown import LINK_REACH_PX, MarkdownView


def link_point(view: MarkdownView, label: str) -> QPoint:
    """The middle of LABEL's words in the view, in viewport pixels."""
    found = view.document().find(label)
    assert not found.isNull(), label
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + len(label) // 2)
    return view.cursorRect(cursor).center()


def touch(qtbot, view: MarkdownView, pos: QPoint) -> None:
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(40)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_finger_near_a_link_opens_it(qtbot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_markdown(
        "First line of words.\n\nSee [EHC plans](topic:ehc-plans) for more.\n\n"
        "Ask [SENDIASS](contact:sendiass).\n\nFind [the form](search:request form).\n\n"
        "Read [the law](https://www.legislation.gov.uk/) too."
    )
    view.show()
    qtbot.waitExposed(view)
    centre = link_point(view, "EHC plans")
    # a fingertip a little above or below the words still hits: a 64 px tall target
    for dy in (0, LINK_REACH_PX - 4, -(LINK_REACH_PX - 4)):
        with qtbot.waitSignal(view.link_tapped) as tapped:
            touch(qtbot, view, centre + QPoint(0, dy))
        assert tapped.args in (["topic", "ehc-plans"], ["contact", "sendiass"])
    with qtbot.waitSignal(view.link_tapped) as tapped:
        touch(qtbot, view, centre)
    assert tapped.args == ["topic", "ehc-plans"]
    with qtbot.waitSignal(view.link_tapped) as tapped:
        touch(qtbot, view, link_point(view, "SENDIASS"))
    assert tapped.args == ["contact", "sendiass"]
    with qtbot.waitSignal(view.link_tapped) as tapped:
        touch(qtbot, view, link_point(view, "the form"))
    assert tapped.args == ["search", "request form"]  # words with spaces survive Markdown
    with qtbot.assertNotEmitted(view.link_tapped):
        touch(qtbot, view, link_point(view, "the law"))  # no browser on a kiosk
        touch(qtbot, view, link_point(view, "First line"))
    assert [link.url for link in view.links()] == [
        "topic:ehc-plans",
        "contact:sendiass",
        "search:request form",
    ]


def test_page_links_open_topic_talk_and_search(qtbot, window, tap) -> None:
    window.show_screen(base.TOPIC, "ehc-needs-assessment")
    page = window.current_screen().page
    labels = [b.text() for b in page.link_buttons]
    assert "EHC plans" in labels and "SENDIASS" in labels and "The request form" in labels
    for button in page.link_buttons:
        assert button.height() >= 64 and button.accessibleName() == button.text()

    def button(label: str):
        return next(b for b in page.link_buttons if b.text() == label)

    tap(button("EHC plans"))
    assert window.current.name == base.TOPIC and window.current.arg == "ehc-plans"
    assert window.current_screen().page.topic.id == "ehc-plans"
    window.go_back()
    tap(button("SENDIASS"))
    assert (window.current.name, window.current.arg) == (base.TALK, "sendiass")
    window.go_back()
    tap(button("The request form"))
    assert window.current.name == base.SEARCH
    assert window.current_screen().box.text() == "request for an EHC needs assessment parent form"


def test_tapping_a_link_in_the_text_opens_it(qtbot, window) -> None:
    window.show_screen(base.TOPIC, "ehc-needs-assessment")
    body = window.current_screen().page.body
    qtbot.waitUntil(lambda: body.viewport().height() > 0)
    body.verticalScrollBar().setValue(0)
    pos = link_point(body, "EHC plans")
    body.verticalScrollBar().setValue(max(0, pos.y() - 200))
    pos = link_point(body, "EHC plans")
    touch(qtbot, body, pos + QPoint(0, 20))
    qtbot.waitUntil(lambda: window.current.arg == "ehc-plans")
    assert window.current.name == base.TOPIC
