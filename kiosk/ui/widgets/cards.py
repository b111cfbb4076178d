"""Service cards: one painter, used by the ServiceCard button and by ServiceListView's delegate.

API:
    ServiceCard(summary, all_districts=(), parent=None)
        A big tappable card (a QPushButton: connect .clicked); .summary holds the service.
        accessibleName summarises the whole card ("Name, Organisation. Ages 5 to 18. ...").
    ServiceListView(columns=2, parent=None, grow=False) + ServiceListModel (kiosk.ui.list_models)
        A touch-scrolling grid of cards painted by a delegate (smooth with hundreds of rows).
        grow=True: no scrolling of its own, as tall as its cards (a page that scrolls as one).
        set_all_districts(names); signal service_chosen(str) with the service id.
    card_texts(summary, all_districts) -> CardTexts; describe_service(summary, all_districts)
    category_tile(category) -> TileButton with the category's icon, name and service count
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
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
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
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
from kiosk.ui.bidi import isolate
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
KIND_PX = 20
KIND_ICON_PX = 28


@dataclass(frozen=True)
class CardTexts:
    """What a card shows: name, organisation and up to four facts as (icon name, text); and,
    in a list of mixed results, what it is as (icon name, label) above the name."""

    name: str
    organisation: str
    facts: tuple[tuple[str, str], ...]
    kind: tuple[str, str] | None = None


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
        parts.append(
            QCoreApplication.translate("ServiceCard", "run by {0}").format(texts.organisation)
        )
    ages = formatting.age_range(summary.min_age, summary.max_age, w)
    parts.append(ages)
    where = formatting.districts_text(summary.districts, all_districts, w)
    if summary.distance_miles is not None:
        parts.append(w.away.format(formatting.miles_text(summary.distance_miles, w)))
    elif where:
        parts.append(QCoreApplication.translate("ServiceCard", "in {0}").format(where))
    parts.append(formatting.cost_label(summary.is_free, w))
    days = formatting.days_text(summary.days, w)
    if days:
        parts.append(QCoreApplication.translate("ServiceCard", "open {0}").format(days))
    return ". ".join(parts)


def _font(px: int, bold: bool = False) -> QFont:
    return theme.font(px, bold)


def _wrapped(text: str, font: QFont, width: int) -> QRect:
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)


def _fact_columns(
    width: int, facts: tuple[tuple[str, str], ...], metrics: QFontMetrics, icon_px: int
) -> tuple[int, int]:
    """Widths of the two fact columns: the left one as wide as its facts need, within limits."""
    needed = max((metrics.horizontalAdvance(t) for _, t in facts[0:4:2]), default=0)
    first = needed + icon_px + 10 + 24
    first = max(int(width * 0.3), min(first, int(width * 0.5)))
    return first, width - first


@dataclass(frozen=True)
class FactCell:
    """Where one fact goes: its icon and its (wrapped) text, relative to the facts' top."""

    icon_name: str
    text: str
    icon: QRect
    box: QRect


def _fact_cells(texts: CardTexts, width: int) -> tuple[list[FactCell], int]:
    """The facts in two columns when each fits its column on one line, else one under another
    (wrapping, never cut short); and the height they take."""
    font = _font(FACT_PX)
    metrics = QFontMetrics(font)
    icon_px = theme.icon_px(FACT_ICON_PX)
    facts = texts.facts[:4]
    first, second = _fact_columns(width, facts, metrics, icon_px)
    room = [first - 16 - icon_px - 10, second - 16 - icon_px - 10]
    two = all(metrics.horizontalAdvance(t) <= room[n % 2] for n, (_, t) in enumerate(facts))
    cells: list[FactCell] = []
    y = 0
    line = metrics.lineSpacing()
    if two:
        row_h = max(line, icon_px) + 8
        for number, (name, text) in enumerate(facts):
            left = first if number % 2 else 0
            top = (number // 2) * row_h
            icon = QRect(left, top + (row_h - icon_px) // 2, icon_px, icon_px)
            box = QRect(left + icon_px + 10, top, room[number % 2], row_h)
            cells.append(FactCell(name, text, icon, box))
        return cells, ((len(facts) + 1) // 2) * row_h
    text_w = width - icon_px - 10
    for name, text in facts:
        text_h = _wrapped(text, font, text_w).height()
        row_h = max(text_h, icon_px) + 8
        icon = QRect(0, y + (row_h - icon_px) // 2, icon_px, icon_px)
        cells.append(FactCell(name, text, icon, QRect(icon_px + 10, y, text_w, row_h)))
        y += row_h
    return cells, y


def _inner(rect: QRect) -> QRect:
    """The part of a card the words use (the arrow sits to its right, before mirroring)."""
    arrow = theme.icon_px(ARROW_PX)
    return rect.adjusted(PAD_PX, PAD_PX - 4, -(PAD_PX + arrow + 12), -PAD_PX + 8)


def _kind_height(texts: CardTexts) -> int:
    if texts.kind is None:
        return 0
    return max(QFontMetrics(_font(KIND_PX, True)).lineSpacing(), theme.icon_px(KIND_ICON_PX)) + 6


def card_height(texts: CardTexts, width: int) -> int:
    """The height this card needs at this width, every word of it shown."""
    inner_w = _inner(QRect(0, 0, width, 1000)).width()
    kind = _kind_height(texts)
    name = _wrapped(texts.name, _font(NAME_PX, True), inner_w).height()
    org = _wrapped(texts.organisation, _font(ORG_PX), inner_w).height() if texts.organisation else 0
    _cells, facts = _fact_cells(texts, inner_w)
    return (PAD_PX - 4) + kind + name + 4 + org + 14 + facts + (PAD_PX - 8)


def paint_card(painter: QPainter, rect: QRect, texts: CardTexts, state: str = "normal") -> None:
    """Draw a card in rect; state is normal, pressed or focus (all from the theme's palette).
    Mirrored when the painter is right to left (Urdu): the arrow then on the left."""
    name_colour, muted_colour, icon_colour, background = card_colours(state)
    p = theme.current_palette()
    border, border_px = p.border, 2
    if state == "pressed":
        border = p.primary
    elif state == "focus":
        border, border_px = p.focus_ring, theme.FOCUS_BORDER_PX
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    box = rect.adjusted(border_px // 2, border_px // 2, -(border_px // 2), -(border_px // 2))
    painter.setPen(QPen(QColor(border), border_px))
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(box, theme.RADIUS_PX, theme.RADIUS_PX)

    # Laid out left to right, then mirrored in a right-to-left language (Urdu): the arrow on
    # the left (pointing left), icons right of their words. The painter takes the direction
    # of what it paints on, so AlignLeft below means the leading edge, right in Urdu.
    direction = painter.layoutDirection()

    def at(box: QRect) -> QRect:
        return QStyle.visualRect(direction, rect, box)

    arrow = theme.icon_px(ARROW_PX)
    inner = _inner(rect)
    painter.drawPixmap(
        at(QRect(rect.right() - PAD_PX - arrow, rect.center().y() - arrow // 2, arrow, arrow)),
        pixmap("forward", arrow * 2, icon_colour),
    )
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    y = inner.top()
    if texts.kind is not None:
        # what the result is: a small coloured icon and label, so no one mistakes a page
        # of guidance for a service
        kind_h = _kind_height(texts)
        kind_icon = theme.icon_px(KIND_ICON_PX)
        icon_name, label = texts.kind
        painter.drawPixmap(
            at(QRect(inner.left(), y + (kind_h - 6 - kind_icon) // 2, kind_icon, kind_icon)),
            pixmap(icon_name, kind_icon * 2, icon_colour),
        )
        painter.setFont(_font(KIND_PX, True))
        painter.setPen(QColor(icon_colour))
        left = inner.left() + kind_icon + 10
        middle_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            at(QRect(left, y, inner.width() - kind_icon - 10, kind_h - 6)), middle_left, label
        )
        y += kind_h
    name_font = _font(NAME_PX, True)
    name_h = _wrapped(texts.name, name_font, inner.width()).height()
    painter.setFont(name_font)
    painter.setPen(QColor(name_colour))
    painter.drawText(at(QRect(inner.left(), y, inner.width(), name_h)), wrap, isolate(texts.name))
    y += name_h + 4
    if texts.organisation:
        org_font = _font(ORG_PX)
        org_h = _wrapped(texts.organisation, org_font, inner.width()).height()
        painter.setFont(org_font)
        painter.setPen(QColor(muted_colour))
        painter.drawText(
            at(QRect(inner.left(), y, inner.width(), org_h)), wrap, isolate(texts.organisation)
        )
    cells, facts_h = _fact_cells(texts, inner.width())
    top = inner.bottom() + 1 - facts_h  # the facts sit at the foot of every card alike
    painter.setFont(_font(FACT_PX))
    painter.setPen(QColor(name_colour))
    middle = int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    )
    for cell in cells:
        icon_px = cell.icon.width()
        painter.drawPixmap(
            at(cell.icon.translated(inner.left(), top)),
            pixmap(cell.icon_name, icon_px * 2, icon_colour),
        )
        painter.drawText(at(cell.box.translated(inner.left(), top)), middle, cell.text)
    painter.restore()


def card_colours(state: str = "normal") -> tuple[str, str, str, str]:
    """(name and facts, organisation, icons, background) of a card in state, from the palette."""
    p = theme.current_palette()
    if state == "focus":
        return p.focus_text, p.focus_text, p.focus_text, p.focus_bg
    if state == "pressed":
        return p.text, p.text_muted, p.primary, p.primary_soft
    return p.text, p.text_muted, p.primary, p.surface


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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(describe_service(summary, all_districts))
        self.setAccessibleDescription(
            QCoreApplication.translate("ServiceCard", "Opens the full details")
        )

    def texts(self) -> CardTexts:
        return self._texts

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return card_height(self._texts, width)

    def sizeHint(self) -> QSize:
        return QSize(800, card_height(self._texts, 800))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, card_height(self._texts, 480))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self.updateGeometry()
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
        texts = self.texts_at(index)
        if texts is None:
            return
        rect = option.rect.adjusted(GAP_PX // 2, GAP_PX // 2, -(GAP_PX // 2), -(GAP_PX // 2))
        state = "normal"
        if option.state & QStyle.StateFlag.State_HasFocus:
            state = "focus"
        elif index.row() == self.pressed_row:
            state = "pressed"
        paint_card(painter, rect, texts, state)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(option.rect.width(), 480)
        texts = self.texts_at(index)
        if texts is None:
            return QSize(width, GAP_PX)
        return QSize(width, card_height(texts, width - GAP_PX) + GAP_PX)

    def texts_at(self, index: QModelIndex | QPersistentModelIndex) -> CardTexts | None:
        """What the card of the row at index shows (None for no row)."""
        summary = index.data(ServiceRole.SUMMARY)
        return self.texts_for(summary) if isinstance(summary, ServiceSummary) else None

    def tallest(self, cards: Sequence[CardTexts], width: int) -> int:
        """The height of the tallest of these cards at width (every card in a grid gets it)."""
        heights = [card_height(texts, width) for texts in cards]
        return max(heights, default=card_height(CardTexts("", "", ()), width))


class ServiceListView(QListView):
    """Cards in a grid of `columns`, scrolled by finger; tapping a card emits service_chosen.

    Signals:
        service_chosen(str): the id of the service whose card was touched (or Enter pressed).
    """

    service_chosen = Signal(str)

    def __init__(
        self,
        columns: int = 2,
        parent: QWidget | None = None,
        grow: bool = False,
        delegate: ServiceCardDelegate | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._grow = grow
        self.card_delegate = delegate or ServiceCardDelegate(self)
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
        self.setAccessibleName(QCoreApplication.translate("ServiceCard", "Services"))
        if grow:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setFrameShape(QFrame.Shape.NoFrame)
        else:
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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._update_grid)
            model.dataChanged.connect(self._update_grid)

    def _update_grid(self) -> None:
        """One cell size for every card: as tall as the tallest card shown needs."""
        width = self.viewport().width()
        model = self.model()
        if width <= 0 or model is None:
            return
        column = (width - 2) // self._columns  # Qt wraps a row that fills the width exactly
        cards = []
        for row in range(model.rowCount()):
            texts = self.card_delegate.texts_at(model.index(row, 0))
            if texts is not None:
                cards.append(texts)
        height = self.card_delegate.tallest(cards, column - GAP_PX)
        self.setGridSize(QSize(column, height + GAP_PX))
        if self._grow:
            rows = (len(cards) + self._columns - 1) // self._columns
            frame = 2 * self.frameWidth()
            self.setFixedHeight(max(rows, 1) * (height + GAP_PX) + frame)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._update_grid()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.card_delegate.forget()
            self._update_grid()
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
    tile = TileButton(isolate(category.name), count, category_icon(category.id), parent=parent)
    tile.value = category.id
    return tile
