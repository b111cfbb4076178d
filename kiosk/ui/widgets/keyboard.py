"""The built-in on-screen keyboard (QWERTY, digits, space, delete, clear); never the OS one.

API:
    keyboard = OnScreenKeyboard(parent=None)
    keyboard.attach(line_edit)   # keys now edit that QLineEdit directly (at its cursor);
                                 # attach(None) detaches. Listen to line_edit.textChanged.
    keyboard.set_repeat(delay_ms)     # hold Delete this long before it repeats; None: never
    keyboard.set_debounce(ms)         # a second press of the same key this soon is ignored
    Signals: key_pressed(str) (the character typed, lower-case letters), backspace(), clear().
    keyboard.key_button(char) -> the QPushButton for "q", "1", " ", "-", "'"  (for tests)
    keyboard.backspace_button, keyboard.clear_button, keyboard.space_button

Keys take focus from Tab only, never from a touch, so the line edit keeps its cursor while a
finger types; a keyboard or switch user tabs to the keys, moves between them with the arrow
keys and types with Space or Enter. Keys are at least 88 x 88 px.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.spoken import SPOKEN_ROLE
from kiosk.ui.widgets.icons import icon

KEY_PX = theme.KEY_BOX_PX  # 88
KEY_GAP_PX = 10
ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-")
REPEAT_INTERVAL_MS = 250
ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class OnScreenKeyboard(QWidget):
    """QWERTY keyboard for the search box.

    Signals:
        key_pressed(str): a character key was touched (lower-case letter, digit, space, - or ').
        backspace(): "Delete last letter" was touched.
        clear(): "Clear all" was touched.
    """

    key_pressed = Signal(str)
    backspace = Signal()
    clear = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._target: QLineEdit | None = None
        self._keys: dict[str, QPushButton] = {}
        self._grid: list[list[QPushButton]] = []  # the keys row by row, for the arrow keys
        self._debounce_ms = 0
        self._pressed_at: dict[QPushButton, float] = {}
        self._ignored: QPushButton | None = None  # a press too soon after the last
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(KEY_GAP_PX)
        for row in ROWS:
            line = QHBoxLayout()
            line.setSpacing(KEY_GAP_PX)
            line.addStretch(1)
            keys = []
            for char in row:
                key = self._make_key(char.upper(), self._key_name(char))
                key.clicked.connect(lambda _=False, c=char, k=key: self._type(c, k))
                self._keys[char] = key
                keys.append(key)
                line.addWidget(key)
            line.addStretch(1)
            layout.addLayout(line)
            self._grid.append(keys)
        bottom = QHBoxLayout()
        bottom.setSpacing(KEY_GAP_PX)
        bottom.addStretch(1)
        self.clear_button = self._make_key(self.tr("Clear all"), self.tr("Clear all"), width=3)
        self.clear_button.clicked.connect(self._clear)
        # With bigger text the words on the wide keys need more room: Space gives some up.
        space_width = 5 if theme.current_text_scale() <= 1.0 else 3
        self.space_button = self._make_key(self.tr("Space"), self.tr("Space"), width=space_width)
        self.space_button.clicked.connect(lambda: self._type(" ", self.space_button))
        self._keys[" "] = self.space_button
        self.backspace_button = self._make_key(
            self.tr("Delete"), self.tr("Delete last letter"), width=3
        )
        self._refresh_icons()
        self.backspace_button.clicked.connect(self._backspace)
        self._grid.append([self.clear_button, self.space_button, self.backspace_button])
        for key in self._grid[-1]:
            bottom.addWidget(key)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.set_repeat(1000)

    def _refresh_icons(self) -> None:
        """The Delete key's icon in the current scheme's colours (and again when it changes)."""
        px = theme.icon_px(40)
        self.backspace_button.setIcon(icon("backspace", colour=theme.current_palette().text))
        self.backspace_button.setIconSize(QSize(px, px))
        self.backspace_button.setFixedWidth(self._key_width(self.backspace_button, 3))

    def changeEvent(self, event: QEvent) -> None:
        # and for a new direction: in a right-to-left language Delete's arrow points right
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange):
            self._refresh_icons()
        super().changeEvent(event)

    def _key_width(self, key: QPushButton, width: int) -> int:
        """width keys wide, or as wide as its words (and icon) need at this text size."""
        wide = width * KEY_PX + (width - 1) * KEY_GAP_PX
        if width == 1:
            return wide
        words = QFontMetrics(theme.key_font()).horizontalAdvance(key.text())
        icon_w = key.iconSize().width() + 12 if not key.icon().isNull() else 0
        chrome = 2 * (theme.BORDER_PX + theme.FOCUS_GAP_PX) + 32
        return max(wide, words + icon_w + chrome)

    def _key_name(self, char: str) -> str:
        if char.isdigit():
            return self.tr("Number {0}").format(char)
        if char == "-":
            return self.tr("Hyphen")
        if char == "'":
            return self.tr("Apostrophe")
        return self.tr("Letter {0}").format(char.upper())

    def _make_key(self, label: str, name: str, width: int = 1) -> QPushButton:
        key = QPushButton(label, self)
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        key.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        key.setAccessibleName(name)
        key.setProperty(SPOKEN_ROLE, self.tr("key"))
        theme.set_role(key, "key")
        key.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        key.setFixedSize(self._key_width(key, width), KEY_PX)
        key.pressed.connect(lambda k=key: self._pressed(k))
        key.installEventFilter(self)
        return key

    def key_button(self, char: str) -> QPushButton:
        """The key that types char (lower-case letters, digits, space, - and ')."""
        return self._keys[char.lower()]

    def attach(self, line_edit: QLineEdit | None) -> None:
        """Send keys to line_edit (or to nobody with None)."""
        self._target = line_edit

    def target(self) -> QLineEdit | None:
        return self._target

    # -- timing: repeat and double strikes (EN 301 549 5.7 and 5.8) ----------------------------

    def set_repeat(self, delay_ms: int | None) -> None:
        """Holding Delete deletes again after delay_ms, then every REPEAT_INTERVAL_MS; None:
        one letter per touch, however long it is held."""
        key = self.backspace_button
        key.setAutoRepeat(delay_ms is not None)
        if delay_ms is not None:
            key.setAutoRepeatDelay(delay_ms)
            key.setAutoRepeatInterval(REPEAT_INTERVAL_MS)

    def set_debounce(self, ms: int) -> None:
        """Ignore a press of the same key within ms of the last one (0: never)."""
        self._debounce_ms = max(0, ms)

    def _pressed(self, key: QPushButton) -> None:
        now = time.monotonic()
        last = self._pressed_at.get(key)
        too_soon = last is not None and (now - last) * 1000 < self._debounce_ms
        self._ignored = key if too_soon else None
        if not too_soon:
            self._pressed_at[key] = now

    def _accepts(self, key: QPushButton) -> bool:
        return self._ignored is not key

    # -- typing ------------------------------------------------------------------------------

    def _type(self, char: str, key: QPushButton) -> None:
        if not self._accepts(key):
            return
        if self._target is not None:
            self._target.insert(char)
        self.key_pressed.emit(char)

    def _backspace(self) -> None:
        if not self._accepts(self.backspace_button):
            return
        if self._target is not None:
            self._target.backspace()
        self.backspace.emit()

    def _clear(self) -> None:
        if not self._accepts(self.clear_button):
            return
        if self._target is not None:
            self._target.clear()
        self.clear.emit()

    # -- arrow keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = ARROWS.get(Qt.Key(event.key()))
            if step is not None and isinstance(watched, QPushButton):
                self._move(watched, *step)
                return True
        return False

    def _move(self, key: QPushButton, rows: int, columns: int) -> None:
        """Focus the next key left, right, up or down (across row ends, round the edges)."""
        if columns:
            flat = [k for line in self._grid for k in line]
            target = flat[(flat.index(key) + columns) % len(flat)]
        else:
            row = next(i for i, line in enumerate(self._grid) if key in line)
            line = self._grid[(row + rows) % len(self._grid)]
            centre = key.geometry().center().x()
            target = min(line, key=lambda k: abs(k.geometry().center().x() - centre))
        target.setFocus(Qt.FocusReason.TabFocusReason)
