"""QR codes a visitor scans with a phone to take details away (made with segno).

API:
    QrCode(payload, caption, size=280, parent=None)
        Draws the QR code (dark on white, with its quiet zone, in every theme) and the caption
        under it. .payload and .caption hold what was given; accessibleName is
        "QR code: <caption>". set_payload(payload, caption) changes both. Build payloads with
        kiosk.takeaway (tel_uri, mailto_uri, web_url, service_summary_text, list_summary_text).
    QrPanel(columns=4, size=280, parent=None)
        A row (wrapping after `columns`) of QrCodes: add(payload, caption) -> QrCode,
        clear(), codes() -> list[QrCode], payloads() -> list[str].

segno is called as segno.make(payload, error="m", micro=False); tests may patch `segno.make`
in this module to see the payload. A payload too long for any QR code shows a short note.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.bidi import keep_left_to_right
from kiosk.ui.touch_to_hear import TOUCH_TEXT

MIN_QR_PX = 220
DEFAULT_QR_PX = 280
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
DARK = QColor("#000000")
LIGHT = QColor("#FFFFFF")


def make_matrix(payload: str) -> list[list[bool]] | None:
    """The QR module matrix for payload (True = dark), or None if it cannot be encoded."""
    try:
        code = segno.make(payload, error="m", micro=False)
    except segno.DataOverflowError:
        try:
            code = segno.make(payload, error="l", micro=False, boost_error=False)
        except segno.DataOverflowError:
            return None
    return [[bool(cell) for cell in row] for row in code.matrix]


class _QrImage(QWidget):
    """Paints the modules; the QR code itself never changes colour with the theme."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] | None = None
        self.setFixedSize(size, size)
        keep_left_to_right(self)  # a mirrored code would not scan (Urdu mirrors the rest)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(QRect(0, 0, side, side), LIGHT)
        if self.matrix:
            count = len(self.matrix) + 2 * QUIET_ZONE
            module = side / count
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DARK)
            for y, row in enumerate(self.matrix):
                top = round((y + QUIET_ZONE) * module)
                bottom = round((y + 1 + QUIET_ZONE) * module)
                for x, dark in enumerate(row):
                    if dark:
                        left = round((x + QUIET_ZONE) * module)
                        right = round((x + 1 + QUIET_ZONE) * module)
                        painter.drawRect(QRect(left, top, right - left, bottom - top))
        else:
            painter.setPen(DARK)
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Too much to fit in a QR code"),
            )
        painter.end()


class QrCode(QWidget):
    """One QR code with its caption underneath."""

    def __init__(
        self,
        payload: str,
        caption: str,
        size: int = DEFAULT_QR_PX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        size = max(size, MIN_QR_PX)
        self.payload = ""
        self.caption = ""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._image = _QrImage(size, self)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._size = size
        theme.set_role(self._label, "caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.set_payload(payload, caption)

    def set_payload(self, payload: str, caption: str) -> None:
        self.payload = payload
        self.caption = caption
        self._image.matrix = make_matrix(payload)
        self._image.update()
        self._label.setText(caption)
        # As wide as the code, or as its longest word: a label wraps only between words, so
        # "Staffordshire" in OpenDyslexic at 200 % (304 px) was cut in a 260 px caption.
        metrics = QFontMetrics(theme.font(theme.MUTED_PX))
        widest = max((metrics.horizontalAdvance(word) for word in caption.split()), default=0)
        self._label.setFixedWidth(max(self._size + 40, widest + 8))
        name = self.tr("QR code: {0}").format(caption)
        self.setAccessibleName(name)
        self._image.setAccessibleName(name)
        hint = self.tr("Point your phone's camera at it")
        self._image.setAccessibleDescription(hint)
        self.setProperty(TOUCH_TEXT, f"{name}. {hint}")

    def qr_size(self) -> QSize:
        return self._image.size()

    def is_encoded(self) -> bool:
        return self._image.matrix is not None


class QrPanel(QWidget):
    """Several QR codes side by side, wrapping after `columns`."""

    def __init__(
        self, columns: int = 4, size: int = DEFAULT_QR_PX, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._size = size
        self._codes: list[QrCode] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(40)
        self._grid.setVerticalSpacing(24)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def add(self, payload: str, caption: str) -> QrCode:
        code = QrCode(payload, caption, self._size, self)
        index = len(self._codes)
        self._grid.addWidget(code, index // self._columns, index % self._columns)
        self._codes.append(code)
        return code

    def clear(self) -> None:
        for code in self._codes:
            self._grid.removeWidget(code)
            code.deleteLater()
        self._codes = []

    def codes(self) -> list[QrCode]:
        return list(self._codes)

    def payloads(self) -> list[str]:
        return [code.payload for code in self._codes]
