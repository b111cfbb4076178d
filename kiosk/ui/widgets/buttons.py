"""Touch buttons: BigButton (icon + label), TileButton (home and category tiles), ChipButton.

API (all are QPushButtons: connect to .clicked; pass already-translated text):

    BigButton(label, icon_name=None, primary=False, parent=None)
        Icon + one-line label, at least 80 px tall. accessibleName follows setText().
        primary=True draws it filled (the main action on a screen).
    TileButton(title, subtitle="", icon_name=None, vertical=False, parent=None)
        A big card-like button: icon, title (wraps to two lines), subtitle (e.g. "12 services").
        vertical=True puts the icon above the text (home screen); default is icon on the left.
        set_title(text), set_subtitle(text), set_icon_name(name). accessibleName = title,
        accessibleDescription = subtitle. `value` is free for the caller (e.g. a category id).
    ChipButton(label, value=None, parent=None)
        Checkable filter chip, at least 64 px tall, shows a tick when checked (not colour alone).
        Use a QButtonGroup for one-of-many chips; read .value in your slot.

Icons are names from kiosk.ui.widgets.icons; they re-colour themselves when the theme changes.
Focus: these buttons take focus from the Tab key only (Qt.TabFocus), so a touch never moves
focus away from a text box and the yellow focus outline is seen only by keyboard users.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.icons import icon, pixmap

BIG_BUTTON_MIN_PX = 80
BIG_ICON_PX = 44
TILE_ICON_PX = 64
TILE_ICON_VERTICAL_PX = 88
TILE_TITLE_PX = 30
TILE_TITLE_MIN_PX = 24
TILE_SUBTITLE_PX = 22
TILE_PADDING_PX = 24


class BigButton(QPushButton):
    """An icon and a short label; the everyday kiosk button."""

    def __init__(
        self,
        label: str,
        icon_name: str | None = None,
        primary: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self._primary = primary
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumHeight(BIG_BUTTON_MIN_PX)
        self.setMinimumWidth(BIG_BUTTON_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if primary:
            theme.set_role(self, "primary")
        self.setText(label)
        self._refresh_icon()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)

    def set_icon_name(self, name: str | None) -> None:
        self._icon_name = name
        self._refresh_icon()

    def _refresh_icon(self) -> None:
        if self._icon_name:
            px = theme.scaled_px(BIG_ICON_PX)
            self.setIcon(icon(self._icon_name, filled=self._primary))
            self.setIconSize(QSize(px, px))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 16, max(hint.height(), BIG_BUTTON_MIN_PX))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._refresh_icon()
        super().changeEvent(event)


class TileButton(QPushButton):
    """A large tile: icon, a title that may wrap, and a smaller subtitle such as a count."""

    def __init__(
        self,
        title: str,
        subtitle: str = "",
        icon_name: str | None = None,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = ""
        self._subtitle = ""
        self._icon_name = icon_name
        self._vertical = vertical
        self.value: object = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240 if vertical else 320, 200 if vertical else 120)
        self.set_title(title)
        self.set_subtitle(subtitle)

    def title(self) -> str:
        return self._title

    def subtitle(self) -> str:
        return self._subtitle

    def set_title(self, text: str) -> None:
        self._title = text
        self.setAccessibleName(text)
        self.update()

    def set_subtitle(self, text: str) -> None:
        self._subtitle = text
        self.setAccessibleDescription(text)
        self.update()

    def set_icon_name(self, name: str | None) -> None:
        self._icon_name = name
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 260) if self._vertical else QSize(520, 150)

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def _colours(self) -> tuple[str, str, str]:
        """(title, subtitle, icon) colours for the current state, matching the stylesheet."""
        p = theme.current_palette()
        if self.hasFocus():
            return p.focus_text, p.focus_text, p.focus_text
        if self.isChecked():
            return p.on_primary, p.on_primary, p.on_primary
        if self.isDown():
            return p.on_primary_soft, p.on_primary_soft, p.primary
        if not self.isEnabled():
            return p.text_muted, p.text_muted, p.text_muted
        return p.text, p.text_muted, p.primary

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        title_colour, subtitle_colour, icon_colour = self._colours()
        sub_font = QFont(theme.FONT_FAMILY)
        sub_font.setPixelSize(theme.scaled_px(TILE_SUBTITLE_PX))
        area = self.rect().adjusted(
            TILE_PADDING_PX, TILE_PADDING_PX // 2, -TILE_PADDING_PX, -TILE_PADDING_PX // 2
        )
        painter.setClipRect(self.rect())
        flags = Qt.TextFlag.TextWordWrap
        if self._vertical:
            size = theme.scaled_px(TILE_ICON_VERTICAL_PX) if self._icon_name else 0
            text_w = area.width()
            gap = 16
            sub_h = self._text_height(sub_font, self._subtitle, text_w) if self._subtitle else 0
            room = area.height() - (32 + gap if size else 0) - (8 + sub_h if sub_h else 0)
            title_font, title_h = self._fitted_title(text_w, room)
            text_h = title_h + (8 + sub_h if sub_h else 0)
            if size and size + gap + text_h > area.height():
                # Large text in a small tile: the icon gives way, never the words.
                size = max(32, area.height() - gap - text_h)
            total = size + (gap if size else 0) + text_h
            top = area.top() + max(0, (area.height() - total) // 2)
            if size:
                image = pixmap(self._icon_name or "", size * 2, icon_colour)
                painter.drawPixmap(QRect(area.center().x() - size // 2, top, size, size), image)
                top += size + gap
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            title_rect = QRect(area.left(), top, text_w, title_h)
            sub_rect = QRect(area.left(), top + title_h + 8, text_w, sub_h)
        else:
            size = theme.scaled_px(TILE_ICON_PX) if self._icon_name else 0
            if size:
                image = pixmap(self._icon_name or "", size * 2, icon_colour)
                y = area.center().y() - size // 2
                painter.drawPixmap(QRect(area.left(), y, size, size), image)
            left = area.left() + (size + TILE_PADDING_PX if size else 0)
            text_w = area.right() - left
            sub_h = self._text_height(sub_font, self._subtitle, text_w) if self._subtitle else 0
            title_font, title_h = self._fitted_title(text_w, area.height() - 6 - sub_h)
            total = title_h + (6 + sub_h if sub_h else 0)
            top = area.top() + max(0, (area.height() - total) // 2)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            title_rect = QRect(left, top, text_w, title_h)
            sub_rect = QRect(left, top + title_h + 6, text_w, sub_h)
        painter.setFont(title_font)
        painter.setPen(QColor(title_colour))
        painter.drawText(title_rect, int(align | flags), self._title)
        if self._subtitle:
            painter.setFont(sub_font)
            painter.setPen(QColor(subtitle_colour))
            painter.drawText(sub_rect, int(align | flags), self._subtitle)
        painter.end()

    def _fitted_title(self, width: int, room: int) -> tuple[QFont, int]:
        """The title font, made smaller (not below the 24 px button minimum) until it fits."""
        font = QFont(theme.FONT_FAMILY)
        font.setBold(True)
        px = theme.scaled_px(TILE_TITLE_PX)
        while True:
            font.setPixelSize(px)
            height = self._text_height(font, self._title, width)
            if height <= room or px <= TILE_TITLE_MIN_PX:
                return font, height
            px -= 2

    @staticmethod
    def _text_height(font: QFont, text: str, width: int) -> int:
        metrics = QFontMetrics(font)
        rect = metrics.boundingRect(
            QRect(0, 0, max(width, 1), 10_000), Qt.TextFlag.TextWordWrap, text
        )
        return rect.height()


class ChipButton(QPushButton):
    """A checkable filter chip (age, district, free, day); a tick shows when it is on."""

    def __init__(self, label: str, value: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumHeight(theme.MIN_TOUCH_PX + 8)
        self.setMinimumWidth(theme.MIN_TOUCH_PX + 32)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        theme.set_role(self, "chip")
        self.setText(label)
        self.toggled.connect(self._refresh_icon)
        self._refresh_icon()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)

    def _refresh_icon(self) -> None:
        px = theme.scaled_px(32)
        self.setIconSize(QSize(px, px))
        self.setIcon(icon("check") if self.isChecked() else QIcon())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # room for the tick, so the chip does not grow when checked
        extra = 0 if self.isChecked() else self.iconSize().width() + 8
        return QSize(hint.width() + extra, max(hint.height(), self.minimumHeight()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._refresh_icon()
        super().changeEvent(event)
