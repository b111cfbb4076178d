"""'Was this helpful?' and 'Report a problem with this service': feedback inline on a page.

API:
    host = FeedbackHost(context, "service" | "topic", page_widget, parent=None)
        A stack of the page and, in its place while a visitor types, the comment page (the
        on-screen keyboard, with a reminder not to type names or personal details). Put
        host.panel somewhere on the page, and the host where the page was.
    host.set_subject(id)   the service's id or the topic's slug; feedback not yet sent on
                           the last one is sent first (a face tapped is an answer)
    host.reset()           the same, then forget everything (the idle reset)
    host.panel.faces, host.panel.reason_chips, host.panel.send_button ...  (for tests)

The three faces are named "Yes", "Partly" and "No". The reasons offered and their ids come
from kiosk.staff.feedback (resources/vocabulary/feedback_reasons.csv); their words on screen
are reason_words() here, in the visitor's language (a test keeps the English the same as the
list's). What is stored is masked of personal data by kiosk.staff.feedback; only the day is kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff.feedback import (
    MAX_COMMENT,
    FeedbackKind,
    FeedbackRefused,
    give_feedback,
    ratings,
    reasons,
)
from kiosk.staff.usagedb import UsageFileError
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icons import icon
from kiosk.ui.widgets.keyboard import OnScreenKeyboard

log = logging.getLogger(__name__)

FACE_ICON_PX = 72
FACE_ICONS = {"helpful": "face-yes", "partly": "face-partly", "not_helpful": "face-no"}
ASKING, TELLING, THANKED = "asking", "telling", "thanked"


class FaceButton(BigButton):
    """A big face and its word ("Yes", "Partly", "No")."""

    def __init__(self, label: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(label, icon_name, parent=parent)
        self.setMinimumHeight(104)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # the face and its word, never cut

    def _refresh_icon(self) -> None:
        if self._icon_name:
            px = theme.icon_px(FACE_ICON_PX)
            self.setIcon(icon(self._icon_name))
            self.setIconSize(QSize(px, px))


class FeedbackPanel(QFrame):
    """The faces, then reasons and a comment, then "Thank you"; never a dialog.

    Signals:
        comment_wanted(str): the visitor wants to type a comment (the text so far).
        sent(): feedback was given (stored, or lost to a usage file that cannot be written).
    """

    comment_wanted = Signal(str)
    sent = Signal()

    def __init__(
        self, context: AppContext, subject_kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        self.context = context
        self.subject_kind = subject_kind
        self.subject = ""
        self.kind = FeedbackKind.RATING
        self.rating = ""
        self.comment = ""
        self.state = ASKING
        words = self.reason_words()

        self.question = QLabel(self.tr("Was this helpful?"), self)
        theme.set_role(self.question, "subheading")
        accessibility.mark_heading(self.question)
        self.question.setWordWrap(True)
        names = {
            "helpful": self.tr("Yes"),
            "partly": self.tr("Partly"),
            "not_helpful": self.tr("No"),
        }
        said = self.rating_words()
        self.faces: dict[str, BigButton] = {}
        face_row = QHBoxLayout()
        face_row.setSpacing(16)
        for rating in ratings():
            face = FaceButton(names[rating.id], FACE_ICONS[rating.id])
            face.setAccessibleDescription(said[rating.id])
            face.clicked.connect(lambda _=False, r=rating.id: self.rate(r))
            face_row.addWidget(face)
            self.faces[rating.id] = face
        face_row.addStretch(1)
        self.problem_button = BigButton(self.tr("Report a problem with this service"), "info")
        self.problem_button.setAccessibleDescription(
            self.tr("Tell the council something here is wrong")
        )
        self.problem_button.clicked.connect(self.report_problem)
        self.problem_button.setVisible(subject_kind == "service")
        self.ask_box = QWidget(self)
        ask = QVBoxLayout(self.ask_box)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.setSpacing(12)
        ask.addLayout(face_row)
        ask.addWidget(self.problem_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tell_label = QLabel("", self)
        self.tell_label.setWordWrap(True)
        self.reason_chips: dict[str, ChipButton] = {}
        self._reason_row = FlowLayout(spacing=12)
        for kind in FeedbackKind:
            for reason in reasons(kind):
                if reason.id not in self.reason_chips:
                    chip = ChipButton(words.get(reason.id, reason.wording), reason.id, self)
                    chip.toggled.connect(lambda _on: self._update_send())
                    self.reason_chips[reason.id] = chip
                    self._reason_row.addWidget(chip)
        self.comment_label = QLabel("", self)
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.comment_label, "muted")
        self.comment_button = BigButton(self.tr("Add a comment"), "keyboard")
        self.comment_button.setAccessibleDescription(
            self.tr("Type a few words with the keyboard on the screen")
        )
        self.comment_button.clicked.connect(lambda: self.comment_wanted.emit(self.comment))
        self.send_button = BigButton(self.tr("Send"), "check", primary=True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = BigButton(self.tr("Cancel"), "close")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = FlowLayout(spacing=16)
        for button in (self.send_button, self.comment_button, self.cancel_button):
            buttons.addWidget(button)
        self.tell_box = QWidget(self)
        tell = QVBoxLayout(self.tell_box)
        tell.setContentsMargins(0, 0, 0, 0)
        tell.setSpacing(12)
        tell.addWidget(self.tell_label)
        tell.addLayout(self._reason_row)
        tell.addWidget(self.comment_label)
        tell.addLayout(buttons)

        self.thanks_label = QLabel(
            self.tr("Thank you. What you told us helps the council put things right."), self
        )
        self.thanks_label.setWordWrap(True)
        theme.set_role(self.thanks_label, "subheading")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        layout.addWidget(self.ask_box)
        layout.addWidget(self.tell_box)
        layout.addWidget(self.thanks_label)
        self._show(ASKING)

    # -- words -------------------------------------------------------------------------------
    def reason_words(self) -> dict[str, str]:
        """Each reason's words in the visitor's language, by its id (English: the list's)."""
        return {
            "out_of_date": self.tr("The information is out of date"),
            "wrong_phone": self.tr("The phone number is wrong"),
            "hard_to_understand": self.tr("It was hard to understand"),
            "not_what_i_needed": self.tr("It was not what I needed"),
            "wrong_address": self.tr("The address or place is wrong"),
            "service_closed": self.tr("The service has closed or moved"),
            "something_else": self.tr("Something else"),
        }

    def rating_words(self) -> dict[str, str]:
        """What each face means, by its rating's id (English: the list's)."""
        return {
            "helpful": self.tr("Yes, it helped"),
            "partly": self.tr("It helped a bit"),
            "not_helpful": self.tr("No, it did not help"),
        }

    # -- the visitor's steps ------------------------------------------------------------------
    def rate(self, rating: str) -> None:
        """A face was tapped: the answer is given; reasons and a comment may follow."""
        self._start(FeedbackKind.RATING, rating)
        self.tell_label.setText(self.tr("Thank you. You can tell us more if you like."))
        self._show(TELLING)

    def report_problem(self) -> None:
        self._start(FeedbackKind.PROBLEM, "")
        self.tell_label.setText(self.tr("What is wrong? Choose one or more, or add a comment."))
        self._show(TELLING)

    def set_comment(self, text: str) -> None:
        self.comment = " ".join(text.split())
        self.comment_label.setText(
            self.tr("Your comment: {0}").format(self.comment) if self.comment else ""
        )
        self.comment_label.setVisible(bool(self.comment))
        self.comment_button.setText(
            self.tr("Change your comment") if self.comment else self.tr("Add a comment")
        )
        self._update_send()

    def chosen_reasons(self) -> list[str]:
        offered = {reason.id for reason in reasons(self.kind)}
        return [
            rid for rid, chip in self.reason_chips.items() if rid in offered and chip.isChecked()
        ]

    def send(self) -> None:
        """Store what the visitor gave, then say thank you."""
        if self.state != TELLING:
            return
        self._store()
        self._show(THANKED)
        self.sent.emit()

    def cancel(self) -> None:
        """Back to the question without reporting a problem."""
        self._clear()
        self._show(ASKING)

    def flush(self) -> None:
        """Store a face tapped but not yet sent (the visitor moved on)."""
        if self.state == TELLING and self.kind is FeedbackKind.RATING and self.rating:
            self._store()
        self._clear()
        self._show(ASKING)

    # -- inside ------------------------------------------------------------------------------
    def _start(self, kind: FeedbackKind, rating: str) -> None:
        self._clear()
        self.kind, self.rating = kind, rating
        offered = {reason.id for reason in reasons(kind)}
        for rid, chip in self.reason_chips.items():
            chip.setVisible(rid in offered)
        # A face tapped is an answer already: only a problem report can be taken back.
        self.cancel_button.setVisible(kind is FeedbackKind.PROBLEM)
        self._update_send()

    def _clear(self) -> None:
        self.kind, self.rating = FeedbackKind.RATING, ""
        for chip in self.reason_chips.values():
            chip.setChecked(False)
        self.set_comment("")

    def _update_send(self) -> None:
        # A problem report says what is wrong; a rating is enough on its own.
        self.send_button.setEnabled(
            self.kind is FeedbackKind.RATING or bool(self.chosen_reasons() or self.comment)
        )

    def _store(self) -> None:
        if not self.subject:
            return
        try:
            give_feedback(
                self.subject_kind,
                self.subject,
                kind=self.kind,
                rating=self.rating,
                reasons_given=self.chosen_reasons(),
                comment=self.comment,
                path=self.context.usage.path,
            )
        except (UsageFileError, FeedbackRefused) as exc:
            log.warning("feedback not kept: %s", exc)

    def _show(self, state: str) -> None:
        self.state = state
        self.question.setVisible(state != THANKED)
        self.ask_box.setVisible(state == ASKING)
        self.tell_box.setVisible(state == TELLING)
        self.thanks_label.setVisible(state == THANKED)


class CommentPage(QFrame):
    """Where a visitor types a short comment: a reminder, the box and the kiosk's keyboard.

    Signals:
        done(str): keep this comment.
        cancelled(): keep the comment as it was.
    """

    done = Signal(str)
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(self.tr("Your comment"), self)
        theme.set_role(heading, "heading")
        accessibility.mark_heading(heading)
        self.reminder = QLabel(
            self.tr(
                "Please do not type names, phone numbers, addresses or other personal details. "
                "Comments are kept without your name."
            ),
            self,
        )
        self.reminder.setWordWrap(True)
        theme.set_role(self.reminder, "subheading")
        self.box = QLineEdit(self)
        self.box.setMaxLength(MAX_COMMENT)
        self.box.setAccessibleName(self.tr("Comment"))
        self.box.setAccessibleDescription(self.reminder.text())
        self.box.setMinimumHeight(88)
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.box.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.attach(self.box)
        self.done_button = BigButton(self.tr("Done"), "check", primary=True)
        self.done_button.clicked.connect(lambda: self.done.emit(self.box.text()))
        self.cancel_button = BigButton(self.tr("Cancel"), "close")
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 24, 56, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(self.reminder)
        layout.addWidget(self.box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

    def start(self, text: str) -> None:
        session = self.context.session
        self.keyboard.set_repeat(session.key_repeat_delay_ms)
        self.keyboard.set_debounce(session.key_debounce_ms)
        self.box.setText(text)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)


class FeedbackHost(QStackedWidget):
    """A page with a feedback panel on it, and the comment page shown in its place."""

    def __init__(
        self,
        context: AppContext,
        subject_kind: str,
        page: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.panel = FeedbackPanel(context, subject_kind)
        self.comment_page = CommentPage(context)
        self.addWidget(page)
        self.addWidget(self.comment_page)
        self.panel.comment_wanted.connect(self._write_comment)
        self.comment_page.done.connect(self._comment_done)
        self.comment_page.cancelled.connect(self._back_to_page)

    def set_subject(self, subject: str) -> None:
        if subject != self.panel.subject:
            self.reset()
            self.panel.subject = subject

    def reset(self) -> None:
        self.panel.flush()
        self.comment_page.box.clear()
        self.setCurrentWidget(self.page)

    def _write_comment(self, text: str) -> None:
        self.setCurrentWidget(self.comment_page)
        self.comment_page.start(text)

    def _comment_done(self, text: str) -> None:
        self.panel.set_comment(text)
        self._back_to_page()

    def _back_to_page(self) -> None:
        self.setCurrentWidget(self.page)
        self.panel.comment_button.setFocus(Qt.FocusReason.OtherFocusReason)
