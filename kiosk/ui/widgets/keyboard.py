"""The built-in on-screen keyboard (the language's layout, space, delete, clear); never the OS one.

API:
    keyboard = OnScreenKeyboard(parent=None, keyset=None)   # keyset: a kiosk.keyboards layout
                                 # (keyboard_for(language, resources)); None: English
    keyboard.attach(line_edit)   # keys now edit that QLineEdit directly (at its cursor);
                                 # attach(None) detaches. Listen to line_edit.textChanged.
    keyboard.set_repeat(delay_ms)     # hold Delete this long before it repeats; None: never
    keyboard.set_debounce(ms)         # a second press of the same key this soon is ignored
    keyboard.show_latin(on)           # the Latin (ABC) keys, or the language's own again
    Signals: key_pressed(str) (the text typed, lower-case letters), backspace(), clear().
    keyboard.key_button(char) -> the QPushButton for "q", "1", " ", "-", "'" on the keys
                                 showing now (for tests)
    keyboard.backspace_button, keyboard.clear_button, keyboard.space_button,
    keyboard.switch_button (None when the layout has no Latin keys a touch away)

The keys come from resources/keyboards (kiosk.keyboards): a language written in other
letters (Urdu, Punjabi) has a switch key to the Latin keys and back, because services are
listed in English. The letter keys keep the standard layout's places in a right-to-left
language too (ق is where Q is on an Urdu phonetic keyboard); the row of Clear, Space and
Delete follows the language's direction.

Keys take focus from Tab only, never from a touch, so the line edit keeps its cursor while a
finger types; a keyboard or switch user tabs to the keys, moves between them with the arrow
keys and types with Space or Enter. Keys are 88 px high, and 88 px wide unless a row has
more keys than fit: then narrower, never below 64 px.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.keyboards import ENGLISH, KeyboardLayout, is_mark, keyboard_layout
from kiosk.ui import theme
from kiosk.ui.spoken import SPOKEN_ROLE
from kiosk.ui.widgets.icons import icon

KEY_PX = theme.KEY_BOX_PX  # 88
KEY_GAP_PX = 10
WIDTH_IN_KEYS = 11  # the keyboard is as wide as 11 keys: Clear (3), Space (5), Delete (3)
DOTTED_CIRCLE = "\u25cc"  # a vowel sign or other mark is shown on this, as in print
REPEAT_INTERVAL_MS = 250
ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def key_width(keys_in_row: int) -> int:
    """How wide a key is in a layer whose longest row has this many keys (64 to 88 px)."""
    room = WIDTH_IN_KEYS * KEY_PX + (WIDTH_IN_KEYS - 1) * KEY_GAP_PX
    fits = (room - (keys_in_row - 1) * KEY_GAP_PX) // max(1, keys_in_row)
    return max(theme.MIN_TOUCH_PX, min(KEY_PX, fits))


class _Layer(QWidget):
    """One set of letter keys: the language's own, or the Latin ones."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # The standard layout's places, whatever the reading direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.keys: dict[str, QPushButton] = {}
        self.rows: list[list[QPushButton]] = []
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(KEY_GAP_PX)


class OnScreenKeyboard(QWidget):
    """The search box's keyboard, in the visitor's language.

    Signals:
        key_pressed(str): a character key was touched (lower-case letter, digit, space, - or ').
        backspace(): "Delete last letter" was touched.
        clear(): "Clear all" was touched.
    """

    key_pressed = Signal(str)
    backspace = Signal()
    clear = Signal()

    def __init__(self, parent: QWidget | None = None, keyset: KeyboardLayout | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.keyset = keyset or keyboard_layout(ENGLISH, paths.resources_dir())
        self._target: QLineEdit | None = None
        self._debounce_ms = 0
        self._pressed_at: dict[QPushButton, float] = {}
        self._ignored: QPushButton | None = None  # a press too soon after the last
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(KEY_GAP_PX)
        self._stack = QStackedWidget(self)
        self._layers = [self._make_layer(self.keyset)]
        if self.keyset.latin is not None:
            self._layers.append(self._make_layer(self.keyset.latin))
        for layer in self._layers:
            self._stack.addWidget(layer)
        layout.addWidget(self._stack)
        bottom = QHBoxLayout()
        bottom.setSpacing(KEY_GAP_PX)
        bottom.addStretch(1)
        self.clear_button = self._make_key(self.tr("Clear all"), self.tr("Clear all"), width=3)
        self.clear_button.clicked.connect(self._clear)
        self.switch_button: QPushButton | None = None
        if len(self._layers) > 1:
            label, name = self._switch_words(latin=False)
            self.switch_button = key = self._make_key(label, name, width=2)
            # As wide as the longer of its two labels, so it never jumps when touched.
            key.setText(self._switch_words(latin=True)[0])
            key.setFixedWidth(max(key.width(), self._key_width(key, 2)))
            key.setText(label)
            key.clicked.connect(self._switch)
        # With bigger text the words on the wide keys need more room: Space gives some up,
        # and gives the switch key its room.
        space_width = 5 if theme.current_text_scale() <= 1.0 else 3
        if self.switch_button is not None:
            space_width = max(2, space_width - 2)  # a wide key: measured for its word
        self.space_button = self._make_key(self.tr("Space"), self.tr("Space"), width=space_width)
        self.space_button.clicked.connect(lambda: self._type(" ", self.space_button))
        self.backspace_button = self._make_key(
            self.tr("Delete"), self.tr("Delete last letter"), width=3
        )
        self._refresh_icons()
        self.backspace_button.clicked.connect(self._backspace)
        self._bottom = [self.clear_button, self.space_button, self.backspace_button]
        if self.switch_button is not None:
            self._bottom.insert(1, self.switch_button)
        for key in self._bottom:
            bottom.addWidget(key)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.set_repeat(1000)

    def _make_layer(self, keyset: KeyboardLayout) -> _Layer:
        layer = _Layer(self._stack)
        width = key_width(max(len(row) for row in keyset.rows))
        layer.lines.addStretch(1)  # a layer with fewer rows keeps them by Clear and Space
        for row in keyset.rows:
            line = QHBoxLayout()
            line.setSpacing(KEY_GAP_PX)
            line.addStretch(1)
            keys = []
            for char in row:
                key = self._make_key(self._key_label(char), self._key_name(char), parent=layer)
                key.setFixedWidth(width)
                key.clicked.connect(lambda _=False, c=char, k=key: self._type(c, k))
                layer.keys[char] = key
                keys.append(key)
                line.addWidget(key)
            line.addStretch(1)
            layer.lines.addLayout(line)
            layer.rows.append(keys)
        return layer

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

    @staticmethod
    def _key_label(char: str) -> str:
        """What a key shows: a capital where the script has them, a mark on a dotted circle."""
        if is_mark(char):
            return DOTTED_CIRCLE + char
        upper = char.upper()
        return upper if len(upper) == len(char) else char

    def _key_name(self, char: str) -> str:
        if char.isdigit():
            return self.tr("Number {0}").format(char)
        if char == "-":
            return self.tr("Hyphen")
        if char == "'":
            return self.tr("Apostrophe")
        if is_mark(char):
            return self.tr("Sign {0}").format(self._key_label(char))
        return self.tr("Letter {0}").format(self._key_label(char))

    def _make_key(
        self, label: str, name: str, width: int = 1, parent: QWidget | None = None
    ) -> QPushButton:
        key = QPushButton(label, parent or self)
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
        """The key showing now that types char (lower-case letters, digits, space, - and ')."""
        if char == " ":
            return self.space_button
        keys = self._layer().keys
        return keys[char] if char in keys else keys[char.lower()]

    # -- the language's keys and the Latin ones ----------------------------------------------

    def _layer(self) -> _Layer:
        return self._layers[self._stack.currentIndex()]

    def latin_showing(self) -> bool:
        """Whether the Latin keys of a language written in other letters are showing."""
        return self._stack.currentIndex() == 1

    def show_latin(self, on: bool) -> None:
        """Show the Latin (ABC) keys, or the language's own again (no-op without Latin keys)."""
        if self.switch_button is None:
            return
        self._stack.setCurrentIndex(1 if on else 0)
        label, name = self._switch_words(latin=on)
        self.switch_button.setText(label)
        self.switch_button.setAccessibleName(name)

    def _switch_words(self, latin: bool) -> tuple[str, str]:
        """The switch key's label and name: to the Latin keys, or (while they show) back."""
        if latin:
            label = self.keyset.label
            return label, self.tr("Back to the {0} letters").format(label)
        return self.tr("ABC"), self.tr("English letters, A B C")

    def _switch(self) -> None:
        if self.switch_button is not None and self._accepts(self.switch_button):
            self.show_latin(not self.latin_showing())

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

    def _grid(self) -> list[list[QPushButton]]:
        """The keys showing, row by row (Clear, Space and Delete last), for the arrow keys."""
        return [*self._layer().rows, self._bottom]

    def _move(self, key: QPushButton, rows: int, columns: int) -> None:
        """Focus the next key left, right, up or down (across row ends, round the edges)."""
        grid = self._grid()
        if columns:
            flat = [k for line in grid for k in line]
            target = flat[(flat.index(key) + columns) % len(flat)]
        else:
            row = next(i for i, line in enumerate(grid) if key in line)
            line = grid[(row + rows) % len(grid)]
            centre = key.mapTo(self, key.rect().center()).x()
            target = min(line, key=lambda k: abs(k.mapTo(self, k.rect().center()).x() - centre))
        target.setFocus(Qt.FocusReason.TabFocusReason)
