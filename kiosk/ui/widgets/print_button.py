"""A print button and what became of the printout, shown only while the kiosk has a printer.

API:
    PrintButton(label, printing, make_printout, parent=None)
        label: "Print my list"; printing: a kiosk.ui.printing.Printing; make_printout() -> the
        Printout to send (None: nothing to print). refresh() shows or hides it as the printer
        comes and goes; clear() forgets the last message (a new visitor).
        .button (BigButton), .status (QLabel: "Printing...", then printed or a failure).
    Signals: announce(str): each change of status, for read aloud.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.printing import Printing, Printout, status_words
from kiosk.ui.widgets.buttons import BigButton


class PrintButton(QWidget):
    """ "Print ..." with a line under it saying "Printing...", then how it went.

    Signals:
        announce(str): the new status, to be spoken to a visitor who cannot see it.
    """

    announce = Signal(str)

    def __init__(
        self,
        label: str,
        printing: Printing,
        make_printout: Callable[[], Printout | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self._make_printout = make_printout
        self._job = 0  # printouts started; a result for an older visitor is not shown
        self._shown_job = 0
        self.button = BigButton(label, "print")
        self.button.setAccessibleDescription(
            self.tr("Prints large pages on the printer here, with phone numbers and QR codes")
        )
        self.button.clicked.connect(self.start)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.status, "subheading")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        printing.started.connect(self._started)
        printing.finished.connect(self._finished)

    def refresh(self) -> None:
        """Shown while a printer is set and there (asked again each time a screen opens)."""
        self.setVisible(self.printing.available())

    def start(self) -> None:
        printout = self._make_printout()
        if printout is None or self.printing.busy:
            return
        self._job += 1
        self._shown_job = self._job
        if not self.printing.print_out(printout):
            self._say(status_words(False))

    def clear(self) -> None:
        """Forget the last printout's message (the visitor has gone)."""
        self._shown_job = -1
        self.status.clear()
        self.status.hide()
        self.button.setEnabled(not self.printing.busy)

    def _started(self) -> None:
        self.button.setEnabled(False)
        if self._shown_job == self._job:
            self._say(self.tr("Printing..."))

    def _finished(self, ok: bool, pages: int) -> None:
        self.button.setEnabled(True)
        if self._shown_job == self._job:
            self._say(status_words(ok))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        self.announce.emit(text)
