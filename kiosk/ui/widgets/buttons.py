"""Touch buttons: BigButton (icon + label), TileButton (home and category tiles), ChipButton.

API (all are QPushButtons: connect to .clicked; pass already-translated text):

    BigButton(label, icon_name=None, primary=False, parent=None)
        Icon + one-line label, at least 80 px tall. accessibleName follows setText().
        primary=True draws it filled (the main action on a screen).
    TileButton(title, subtitle="", icon_name=None, vertical=False, parent=None)
        A big card-like button: icon, title (wraps), subtitle (e.g. "12 services"); it asks for
        the height its words need at its width (heightForWidth) and never shrinks them.
        vertical=True puts the icon above the text (home screen); default is icon on the left
        (on the right, the words aligned right, in a right-to-left language).
        set_title(text), set_subtitle(text), set_icon_name(name). accessibleName = title,
        accessibleDescription = subtitle. `value` is free for the caller (e.g. a category id).
        text_colours() and text_fits() tell the accessibility audit what it paints.
    ChipButton(label, value=None, parent=None)
        Checkable filter chip, at least 64 px tall, shows a tick when checked (not colour alone).
        Use a QButtonGroup for one-of-many chips; read .value in your slot.

Icons are names from kiosk.ui.widgets.icons; they re-colour themselves when the theme changes.
Focus: these buttons take focus from the Tab key only (Qt.TabFocus), so a touch never moves
focus away from a text box and the yellow focus outline is seen only by keyboard users.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from kiosk.ui import theme
from kiosk.ui.bidi import strip_marks
from kiosk.ui.widgets.icons import icon, pixmap

BIG_BUTTON_MIN_PX = 80
BIG_ICON_PX = 44
TILE_ICON_PX = 64
TILE_ICON_VERTICAL_PX = 88
TILE_TITLE_PX = 30
TILE_SUBTITLE_PX = 22
TILE_PADDING_PX = 24
# A button's icon is drawn again for a new theme, and for a new direction (arrows mirror).
ICON_CHANGES = (QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange)


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
            px = theme.icon_px(BIG_ICON_PX)
            self.setIcon(icon(self._icon_name, filled=self._primary))
            self.setIconSize(QSize(px, px))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 16, max(hint.height(), BIG_BUTTON_MIN_PX))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in ICON_CHANGES:
            self._refresh_icon()
        super().changeEvent(event)


@dataclass(frozen=True)
class TileLayout:
    """Where a tile draws its icon, title and subtitle, and the height it needs for them."""

    icon: QRect
    title: QRect
    subtitle: QRect
    needed_height: int


class TileButton(QPushButton):
    """A large tile: icon, a title that may wrap, and a smaller subtitle such as a count.

    The words are never made smaller or cut to fit: the tile asks for the height they need
    (heightForWidth), and in a tall tile the icon gives way first.
    """

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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(240 if vertical else 320, 200 if vertical else 120)
        self.set_title(title)
        self.set_subtitle(subtitle)

    def title(self) -> str:
        return self._title

    def subtitle(self) -> str:
        return self._subtitle

    def set_title(self, text: str) -> None:
        self._title = text
        self.setAccessibleName(strip_marks(text))
        self.updateGeometry()
        self.update()

    def set_subtitle(self, text: str) -> None:
        self._subtitle = text
        self.setAccessibleDescription(strip_marks(text))
        self.updateGeometry()
        self.update()

    def set_icon_name(self, name: str | None) -> None:
        self._icon_name = name
        self.update()

    def sizeHint(self) -> QSize:
        width = 360 if self._vertical else 520
        return QSize(width, max(self.heightForWidth(width), 260 if self._vertical else 150))

    def minimumSizeHint(self) -> QSize:
        width = self.minimumWidth()
        return QSize(width, max(self.minimumHeight(), self.heightForWidth(width)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.tile_layout(QRect(0, 0, width, 10_000)).needed_height

    def text_colours(self) -> tuple[str, str, str, str]:
        """(title, subtitle, icon, background) for the current state, as painted."""
        p = theme.current_palette()
        state = theme.button_state(
            self.isChecked(), self.isDown(), self.isEnabled(), self.hasFocus()
        )
        _text, background, _border = theme.button_colours(p, "", state)
        if state == "focus":
            return p.focus_text, p.focus_text, p.focus_text, background
        if state == "checked":
            return p.on_primary, p.on_primary, p.on_primary, background
        if state == "pressed":
            return p.on_primary_soft, p.on_primary_soft, p.primary, background
        if state == "disabled":
            return p.text_muted, p.text_muted, p.text_muted, background
        return p.text, p.text_muted, p.primary, background

    def text_fits(self) -> bool:
        """Whether the title and subtitle fit the tile as it is now, every word whole (for the
        accessibility audit)."""
        parts = self.tile_layout(self.rect())
        return (
            parts.needed_height <= self.height()
            and _text_width(self.title_font(), self._title, parts.title.width())
            <= parts.title.width()
            and _text_width(self.subtitle_font(), self._subtitle, parts.subtitle.width())
            <= parts.subtitle.width()
        )

    @staticmethod
    def title_font() -> QFont:
        return theme.font(TILE_TITLE_PX, bold=True)

    @staticmethod
    def subtitle_font() -> QFont:
        return theme.font(TILE_SUBTITLE_PX, bold=False)

    def tile_layout(self, rect: QRect) -> TileLayout:
        """Where everything goes in rect; needed_height is the height the words need."""
        pad = TILE_PADDING_PX
        area = rect.adjusted(pad + theme.FOCUS_GAP_PX, pad // 2 + theme.FOCUS_GAP_PX, 0, 0)
        area.setRight(rect.right() - pad - theme.FOCUS_GAP_PX)
        area.setBottom(rect.bottom() - pad // 2 - theme.FOCUS_GAP_PX)
        chrome = rect.height() - area.height()
        title_font, sub_font = self.title_font(), self.subtitle_font()
        if self._vertical:
            size = theme.icon_px(TILE_ICON_VERTICAL_PX) if self._icon_name else 0
            gap = 16
            title_h = _text_height(title_font, self._title, area.width())
            sub_h = _text_height(sub_font, self._subtitle, area.width()) if self._subtitle else 0
            text_h = title_h + (8 + sub_h if sub_h else 0)
            smallest = min(size, theme.icon_px(40))
            needed = chrome + text_h + (smallest + gap if size else 0)
            if size and size + gap + text_h > area.height():
                size = max(smallest, area.height() - gap - text_h)  # the icon gives way
            total = size + (gap if size else 0) + text_h
            top = area.top() + max(0, (area.height() - total) // 2)
            icon = QRect(area.center().x() - size // 2, top, size, size)
            top += size + gap if size else 0
            title = QRect(area.left(), top, area.width(), title_h)
            subtitle = QRect(area.left(), top + title_h + 8, area.width(), sub_h)
            return TileLayout(icon, title, subtitle, needed)
        size = theme.icon_px(TILE_ICON_PX) if self._icon_name else 0
        left = area.left() + (size + pad if size else 0)
        text_w = area.right() - left
        title_h = _text_height(title_font, self._title, text_w)
        sub_h = _text_height(sub_font, self._subtitle, text_w) if self._subtitle else 0
        text_h = title_h + (6 + sub_h if sub_h else 0)
        needed = chrome + max(text_h, size)
        top = area.top() + max(0, (area.height() - text_h) // 2)
        icon = QRect(area.left(), area.center().y() - size // 2, size, size)
        title = QRect(left, top, text_w, title_h)
        subtitle = QRect(left, top + title_h + 6, text_w, sub_h)
        # Right to left (Urdu): the icon on the right, the words to its left.
        direction = self.layoutDirection()
        return TileLayout(
            QStyle.visualRect(direction, rect, icon),
            QStyle.visualRect(direction, rect, title),
            QStyle.visualRect(direction, rect, subtitle),
            needed,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        title_colour, subtitle_colour, icon_colour, _background = self.text_colours()
        parts = self.tile_layout(self.rect())
        painter.setClipRect(self.rect())
        if self._icon_name and parts.icon.width() > 0:
            image = pixmap(self._icon_name, parts.icon.width() * 2, icon_colour)
            painter.drawPixmap(parts.icon, image)
        if self._vertical:
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        else:
            # AlignLeft is the leading edge: the painter takes the tile's direction, so in a
            # right-to-left language the words sit against the right edge, by the icon.
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        flags = int(align | Qt.TextFlag.TextWordWrap)
        painter.setFont(self.title_font())
        painter.setPen(QColor(title_colour))
        painter.drawText(parts.title, flags, self._title)
        if self._subtitle:
            painter.setFont(self.subtitle_font())
            painter.setPen(QColor(subtitle_colour))
            painter.drawText(parts.subtitle, flags, self._subtitle)
        painter.end()


def _wrapped(font: QFont, text: str, width: int) -> QRect:
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)


def _text_height(font: QFont, text: str, width: int) -> int:
    """The height text needs, wrapped at words, in width."""
    return _wrapped(font, text, width).height()


def _text_width(font: QFont, text: str, width: int) -> int:
    """The width text takes wrapped in width: more than width when one word is too long."""
    return _wrapped(font, text, width).width() if text else 0


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
        px = theme.icon_px(32)
        self.setIconSize(QSize(px, px))
        self.setIcon(icon("check") if self.isChecked() else QIcon())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # room for the tick, so the chip does not grow when checked
        extra = 0 if self.isChecked() else self.iconSize().width() + 8
        return QSize(hint.width() + extra, max(hint.height(), self.minimumHeight()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in ICON_CHANGES:
            self._refresh_icon()
        super().changeEvent(event)
