"""The staff PIN pad: big digit keys, dots for the digits, wrong tries counted, a lock-out."""

from __future__ import annotations

import math

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff.pin import PIN_DIGITS, PinAttempt
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.staff.mode import StaffScreen
from kiosk.ui.widgets.buttons import BigButton

KEY_SIZE = (208, 100)  # width, height: big for a finger, and all of it fits at 1920x1080


class PinScreen(StaffScreen):
    """Asks for the staff PIN; the right one opens staff mode and shows the staff home."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.checking = False
        card = QFrame(self)
        theme.set_role(card, "card")
        self.prompt = QLabel(self.tr("Enter the staff PIN"), card)
        theme.set_role(self.prompt, "subheading")
        self.prompt.setWordWrap(True)
        accessibility.mark_heading(self.prompt)
        # Dots, never digits; typed digits go here too (a keyboard is optional).
        self.entry = QLineEdit(card)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(PIN_DIGITS[1])
        self.entry.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self))
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumSize(KEY_SIZE[0] * 3, 80)
        self.entry.setAccessibleName(self.tr("Staff PIN"))
        self.entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.entry.textEdited.connect(self._typed)
        self.entry.returnPressed.connect(self.submit)
        self.message = QLabel("", card)
        theme.set_role(self.message, "error")
        self.message.setWordWrap(True)

        self.keys: dict[str, BigButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.delete_button = BigButton(self.tr("Delete"), "backspace")
        self.delete_button.setAccessibleDescription(self.tr("Remove the last digit"))
        self.delete_button.clicked.connect(self.delete_digit)
        self.enter_button = BigButton(self.tr("Enter"), "check", primary=True)
        self.enter_button.clicked.connect(self.submit)
        for button in (self.delete_button, self.enter_button):
            button.setFixedSize(*KEY_SIZE)
        grid.addWidget(self.delete_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.enter_button, 3, 2)
        self.cancel_button = BigButton(self.tr("Cancel"), "close")
        self.cancel_button.clicked.connect(self.go_back.emit)

        column = QVBoxLayout(card)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(16)
        column.addWidget(self.prompt)
        column.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.message)
        self.keypad = QWidget(card)
        self.keypad.setLayout(grid)
        column.addWidget(self.keypad)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)

        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self.refresh_lock)

    def _typed(self, _text: str) -> None:
        self.message.setText("")

    @property
    def digits(self) -> str:
        return self.entry.text()

    def _key(self, digit: str) -> BigButton:
        key = BigButton(digit)
        theme.set_role(key, "key")
        key.setFixedSize(*KEY_SIZE)
        key.clicked.connect(lambda: self.add_digit(digit))
        self.keys[digit] = key
        return key

    def title(self) -> str:
        return self.tr("Staff sign-in")

    def read_aloud_text(self) -> str:
        return self.prompt.text()

    def show_with(self, arg: object) -> None:
        self.entry.clear()
        self.message.setText("")
        if not self.context.settings.pin_hash:
            self.prompt.setText(
                self.tr(
                    "Staff mode needs a PIN. Set one on this computer with the command "
                    "“kiosk set-pin”, then restart the kiosk."
                )
            )
            self._enable(False)
            self.entry.hide()
            self.keypad.hide()
            return
        self.entry.show()
        self.keypad.show()
        self.prompt.setText(self.tr("Enter the staff PIN"))
        self.refresh_lock()

    def reset(self) -> None:
        self.entry.clear()
        self.message.setText("")
        self.lock_timer.stop()

    # -- entering digits ---------------------------------------------------------------------

    def add_digit(self, digit: str) -> None:
        if self.checking or len(self.digits) >= PIN_DIGITS[1]:
            return
        self.entry.setText(self.digits + digit)
        self.message.setText("")

    def delete_digit(self) -> None:
        self.entry.backspace()

    def submit(self) -> None:
        """Check the digits on a worker thread (scrypt takes a moment)."""
        if self.checking or not self.digits or self.staff is None:
            return
        stored = self.context.settings.pin_hash
        if not stored:
            return
        pin, guard = self.digits, self.staff.guard
        self.entry.clear()
        self.checking = True
        self._enable(False)
        self.staff.jobs.run(lambda: guard.attempt(pin, stored), self._checked)

    def _checked(self, attempt: PinAttempt) -> None:
        self.checking = False
        if attempt.accepted:
            self.message.setText("")
            if self.staff is not None:
                self.staff.open()
            self.navigate.emit(base.STAFF_HOME, None)
            return
        self._enable(True)
        if attempt.locked_for_s:
            self.refresh_lock()
            return
        text = self.tr("Wrong PIN. Tries left before the pad locks: {0}.").format(
            attempt.tries_left
        )
        self.message.setText(text)
        self.announce.emit(text)

    def refresh_lock(self) -> None:
        """Say how long the pad stays locked, every second, until it opens."""
        if self.staff is None or not self.context.settings.pin_hash:
            return
        seconds = self.staff.guard.locked_for()
        if seconds <= 0:
            if self.lock_timer.isActive():
                self.lock_timer.stop()
                self.message.setText("")
            self._enable(not self.checking)
            return
        if seconds >= 60:
            left = self.tr("%n minute(s)", "", math.ceil(seconds / 60))
        else:
            left = self.tr("%n second(s)", "", seconds)
        self.message.setText(
            self.tr("Too many wrong tries. The pad is locked: try again in {0}.").format(left)
        )
        self._enable(False)
        if not self.lock_timer.isActive():
            self.lock_timer.start()

    def _enable(self, enabled: bool) -> None:
        for key in (*self.keys.values(), self.delete_button, self.enter_button, self.entry):
            key.setEnabled(enabled)
        if enabled:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.go_back.emit()
        else:
            super().keyPressEvent(event)
