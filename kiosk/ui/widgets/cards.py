"""Service cards: one painter, used by the ServiceCard button and by ServiceListView's delegate.

API:
    ServiceCard(summary, all_districts=(), parent=None)
        A big tappable card (a QPushButton: connect .clicked); .summary holds the service.
        accessibleName summarises the whole card ("Name, Organisation. Ages 5 to 18. ...").
    ServiceListView(columns=2, parent=None) + ServiceListModel (kiosk.ui.list_models)
        A touch-scrolling grid of cards painted by a delegate (smooth with hundreds of rows).
        set_all_districts(names); signal service_chosen(str) with the service id.
    card_texts(summary, all_districts) -> CardTexts; describe_service(summary, all_districts)
    category_tile(category) -> TileButton with the category's icon, name and service count
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk import formatting
from kiosk.store.models import Category, ServiceSummary
from kiosk.ui import theme
from kiosk.ui.list_models import ServiceRole
from kiosk.ui.widgets.buttons import TileButton
from kiosk.ui.widgets.icons import category_icon, pixmap
from kiosk.ui.widgets.scroll import make_touch_scrollable
from kiosk.ui.wording import service_count, words

NAME_PX = 28
ORG_PX = 22
FACT_PX = 22
FACT_ICON_PX = 28
PAD_PX = 24
GAP_PX = 24  # between cards in a list
ARROW_PX = 40
NAME_LINES = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServiceCard", text)


@dataclass(frozen=True)
class CardTexts:
    """What a card shows: name, organisation and up to four facts as (icon name, text)."""

    name: str
    organisation: str
    facts: tuple[tuple[str, str], ...]


def card_texts(summary: ServiceSummary, all_districts: Sequence[str] = ()) -> CardTexts:
    w = words()
    where = formatting.districts_text(summary.districts, all_districts, w)
    if summary.distance_miles is not None:
        where = w.away.format(formatting.miles_text(summary.distance_miles, w))
    facts = [
        ("people", formatting.age_range(summary.min_age, summary.max_age, w)),
        ("map", where),
        ("pound", formatting.cost_label(summary.is_free, w)),
        ("clock", formatting.days_text(summary.days, w)),
    ]
    organisation = summary.organisation if summary.organisation != summary.name else ""
    return CardTexts(summary.name, organisation, tuple((i, t) for i, t in facts if t))


def describe_service(summary: ServiceSummary, all_districts: Sequence[str] = ()) -> str:
    """The card as one sentence for a screen reader."""
    texts = card_texts(summary, all_districts)
    w = words()
    parts = [texts.name]
    if texts.organisation:
        parts.append(_tr("run by {0}").format(texts.organisation))
    ages = formatting.age_range(summary.min_age, summary.max_age, w)
    parts.append(ages)
    where = formatting.districts_text(summary.districts, all_districts, w)
    if summary.distance_miles is not None:
        parts.append(w.away.format(formatting.miles_text(summary.distance_miles, w)))
    elif where:
        parts.append(_tr("in {0}").format(where))
    parts.append(formatting.cost_label(summary.is_free, w))
    days = formatting.days_text(summary.days, w)
    if days:
        parts.append(_tr("open {0}").format(days))
    return ". ".join(parts)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(theme.scaled_px(px))
    font.setBold(bold)
    return font


def _lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """text wrapped to width, at most `most` lines, the last one elided with '…'."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        starts.append(line.textStart())
    layout.endLayout()
    starts.append(len(text))
    lines = [text[a:b].strip() for a, b in pairwise(starts)]
    if len(lines) > most:
        tail = text[starts[most - 1] :].strip()
        elided = QFontMetrics(font).elidedText(tail, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: most - 1], elided]
    return lines


def _fact_columns(
    width: int, facts: tuple[tuple[str, str], ...], metrics: QFontMetrics, icon_px: int
) -> tuple[int, int]:
    """Widths of the two fact columns: the left one as wide as its facts need, within limits."""
    needed = max((metrics.horizontalAdvance(t) for _, t in facts[0:4:2]), default=0)
    first = needed + icon_px + 10 + 24
    first = max(int(width * 0.3), min(first, int(width * 0.5)))
    return first, width - first


def card_height(width: int) -> int:
    """The height a card needs at this width: fixed, so every card in a list lines up."""
    name = QFontMetrics(_font(NAME_PX, True)).lineSpacing() * NAME_LINES
    org = QFontMetrics(_font(ORG_PX)).lineSpacing()
    fact = max(QFontMetrics(_font(FACT_PX)).lineSpacing(), theme.scaled_px(FACT_ICON_PX)) + 8
    return PAD_PX + name + 4 + org + 14 + 2 * fact + PAD_PX - 8


def paint_card(painter: QPainter, rect: QRect, texts: CardTexts, state: str = "normal") -> None:
    """Draw a card in rect; state is normal, pressed or focus (all from the theme's palette)."""
    p = theme.current_palette()
    background, border, border_px = p.surface, p.border, 2
    name_colour, muted_colour, icon_colour = p.text, p.text_muted, p.primary
    if state == "pressed":
        background, border = p.primary_soft, p.primary
    elif state == "focus":
        background, border, border_px = p.focus_bg, p.focus_ring, theme.FOCUS_BORDER_PX
        name_colour = muted_colour = icon_colour = p.focus_text
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    box = rect.adjusted(border_px // 2, border_px // 2, -(border_px // 2), -(border_px // 2))
    painter.setPen(QPen(QColor(border), border_px))
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(box, theme.RADIUS_PX, theme.RADIUS_PX)

    arrow = theme.scaled_px(ARROW_PX)
    inner = rect.adjusted(PAD_PX, PAD_PX - 4, -(PAD_PX + arrow + 12), -PAD_PX + 8)
    painter.drawPixmap(
        QRect(rect.right() - PAD_PX - arrow, rect.center().y() - arrow // 2, arrow, arrow),
        pixmap("forward", arrow * 2, icon_colour),
    )
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    y = inner.top()
    name_font = _font(NAME_PX, True)
    name_line = QFontMetrics(name_font).lineSpacing()
    painter.setFont(name_font)
    painter.setPen(QColor(name_colour))
    for line in _lines(texts.name, name_font, inner.width(), NAME_LINES):
        painter.drawText(QRect(inner.left(), y, inner.width(), name_line), flags, line)
        y += name_line
    y += 4
    org_font = _font(ORG_PX)
    org_line = QFontMetrics(org_font).lineSpacing()
    if texts.organisation:
        painter.setFont(org_font)
        painter.setPen(QColor(muted_colour))
        org = QFontMetrics(org_font).elidedText(
            texts.organisation, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), y, inner.width(), org_line), flags, org)
    fact_font = _font(FACT_PX)
    metrics = QFontMetrics(fact_font)
    icon_px = theme.scaled_px(FACT_ICON_PX)
    row_h = max(metrics.lineSpacing(), icon_px) + 8
    y = inner.bottom() + 1 - 2 * row_h  # the facts sit at the foot of every card alike
    first, second = _fact_columns(inner.width(), texts.facts, metrics, icon_px)
    painter.setFont(fact_font)
    for number, (icon_name, text) in enumerate(texts.facts[:4]):
        left = inner.left() + (first if number % 2 else 0)
        width = (second if number % 2 else first) - 16
        top = y + (number // 2) * row_h
        painter.drawPixmap(
            QRect(left, top + (row_h - icon_px) // 2, icon_px, icon_px),
            pixmap(icon_name, icon_px * 2, icon_colour),
        )
        text_left = left + icon_px + 10
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - icon_px - 10)
        painter.setPen(QColor(name_colour))
        painter.drawText(QRect(text_left, top, width - icon_px - 10, row_h), flags, shown)
    painter.restore()


class ServiceCard(QPushButton):
    """One service as a single big button (used where the list is short, e.g. My list)."""

    def __init__(
        self,
        summary: ServiceSummary,
        all_districts: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary = summary
        self._texts = card_texts(summary, all_districts)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(describe_service(summary, all_districts))
        self.setAccessibleDescription(_tr("Opens the full details"))
        self._fit_height()

    def texts(self) -> CardTexts:
        return self._texts

    def _fit_height(self) -> None:
        self.setFixedHeight(card_height(max(self.width(), 600)))

    def sizeHint(self) -> QSize:
        return QSize(800, card_height(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, card_height(480))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._fit_height()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        state = "normal"
        if self.hasFocus():
            state = "focus"
        elif self.isDown():
            state = "pressed"
        painter = QPainter(self)
        paint_card(painter, self.rect(), self._texts, state)
        painter.end()


class ServiceCardDelegate(QStyledItemDelegate):
    """Paints ServiceListModel rows as cards; the view tells it which row a finger is on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_districts: tuple[str, ...] = ()
        self.pressed_row: int | None = None
        self._cache: dict[str, CardTexts] = {}

    def texts_for(self, summary: ServiceSummary) -> CardTexts:
        texts = self._cache.get(summary.id)
        if texts is None:
            texts = card_texts(summary, self.all_districts)
            self._cache[summary.id] = texts
        return texts

    def forget(self) -> None:
        """Drop cached words (after a language or district change)."""
        self._cache.clear()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(ServiceRole.SUMMARY)
        if not isinstance(summary, ServiceSummary):
            return
        rect = option.rect.adjusted(GAP_PX // 2, GAP_PX // 2, -(GAP_PX // 2), -(GAP_PX // 2))
        state = "normal"
        if option.state & QStyle.StateFlag.State_HasFocus:
            state = "focus"
        elif index.row() == self.pressed_row:
            state = "pressed"
        paint_card(painter, rect, self.texts_for(summary), state)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(option.rect.width(), 480)
        return QSize(width, card_height(width - GAP_PX) + GAP_PX)


class ServiceListView(QListView):
    """Cards in a grid of `columns`, scrolled by finger; tapping a card emits service_chosen.

    Signals:
        service_chosen(str): the id of the service whose card was touched (or Enter pressed).
    """

    service_chosen = Signal(str)

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self.card_delegate = ServiceCardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setDragEnabled(False)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(_tr("Services"))
        make_touch_scrollable(self)
        self.verticalScrollBar().setSingleStep(40)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def set_all_districts(self, names: Sequence[str]) -> None:
        self.card_delegate.all_districts = tuple(names)
        self.card_delegate.forget()
        self.viewport().update()

    def card_rect(self, row: int) -> QRect:
        """Where row's card is drawn, in viewport coordinates (for tests and the self-test)."""
        model = self.model()
        if model is None:
            return QRect()
        return self.visualRect(model.index(row, 0))

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def _chosen(self, index: QModelIndex) -> None:
        service_id = index.data(ServiceRole.ID)
        if isinstance(service_id, str):
            self.service_chosen.emit(service_id)

    def _update_grid(self) -> None:
        width = self.viewport().width()
        if width <= 0:
            return
        column = (width - 2) // self._columns  # Qt wraps a row that fills the width exactly
        self.setGridSize(QSize(column, card_height(column - GAP_PX) + GAP_PX))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._update_grid()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._update_grid()
            self.card_delegate.forget()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self.card_delegate.pressed_row = index.row() if index.isValid() else None
        self.viewport().update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.card_delegate.pressed_row = None
        self.viewport().update()
        super().mouseReleaseEvent(event)


def category_tile(category: Category, parent: QWidget | None = None) -> TileButton:
    """A tile for a directory category: its icon, its name and how many services it has."""
    count = service_count(category.count)
    tile = TileButton(category.name, count, category_icon(category.id), parent=parent)
    tile.value = category.id
    return tile
