"""The accessibility audit: every screen, in every text size, colour scheme and the dyslexia font.

One real 1920x1080 window on the sample database walks the screens a visitor meets (welcome,
home, topics, a topic page, the directory, a group's services, a service, my list with a saved
service, search empty, with results and with none, talk, the access screen, and the "Are you
still there?" overlay), once per look, and measures each painted state:

- names: every visible control (buttons, chips, tiles, cards, keys, text boxes, lists and any
  scroll area that takes focus) has an accessible name, as Qt's accessibility bridge reports it;
- targets: every control's touch area (a QPushButton's bevel, inside its focus margin) is at
  least 64x64 px, with at least 8 px to its neighbours (in window coordinates);
- contrast: every text actually drawn, its colour from the widget's palette after styling (or
  what a custom painter or the stylesheet's button rules say) against the first opaque
  background behind it, at 4.5:1 (7:1 in both high-contrast schemes); focus rings, chosen chips
  and icons on tiles at 3:1. For a sample of widgets on every screen the resolved pair is
  confirmed in rendered pixels: the background is the most common colour of the widget's area
  in a grab of the window, and the text colour is among its pixels;
- clipping: no label whose words need more room (QFontMetrics, wrapped as the label wraps)
  than its contents rect, none ending in "…" when its full text does not, no button whose text
  needs more than its size, no tile or card whose words do not fit.

Looks are built once each (the walk is cached), so the four checks share one walk.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTextBrowser,
    QWidget,
)

from kiosk import looks
from kiosk.ui import theme
from kiosk.ui.palettes import (
    MIN_NON_TEXT,
    contrast_ratio,
    indicator_pairs,
    min_text_contrast,
    palette_for,
)

MIN_TARGET = theme.MIN_TOUCH_PX
MIN_GAP = theme.MIN_GAP_PX
PIXEL_SAMPLES = 4  # widgets per screen whose colours are confirmed in rendered pixels
ROUNDING_PX = 1
CHECKS = ("names", "targets", "contrast", "clipping")


@dataclass(frozen=True)
class AuditLook:
    scheme: str
    size: int
    font: str = looks.STANDARD_FONT

    @property
    def id(self) -> str:
        font = "-dyslexic" if self.font == looks.DYSLEXIC_FONT else ""
        return f"{self.scheme}-{self.size}{font}"


# Size-major, so each text size lays the screens out once and the colours only restyle them.
LOOKS = [
    *(AuditLook(scheme, size) for size in looks.TEXT_SIZES for scheme in looks.COLOUR_SCHEMES),
    AuditLook(looks.STANDARD, 100, looks.DYSLEXIC_FONT),
    AuditLook(looks.STANDARD, 200, looks.DYSLEXIC_FONT),
    AuditLook(looks.CONTRAST_DARK, 200, looks.DYSLEXIC_FONT),
]
SCREENS = (
    "welcome",
    "home",
    "topics",
    "topic",
    "directory",
    "services",
    "service",
    "my-list",
    "search",
    "search-results",
    "search-no-results",
    "talk",
    "start",
    "start-page",
    "search-guidance",
    "access",
    "still-there",
)


# -- what the audit knows about widgets -----------------------------------------------------


def describe(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
        text = w.text()
    if not text and hasattr(w, "title") and callable(w.title):
        text = str(w.title())
    text = " ".join(text.split())
    if len(text) > 40:
        text = text[:37] + "..."
    name = f"#{w.objectName()}" if w.objectName() else ""
    return f"{type(w).__name__}{name} {text!r}"


def accessible_name(w: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(w)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def is_control(w: QWidget) -> bool:
    """Something a finger or a keyboard operates (scroll bars aside: pages scroll by dragging)."""
    if isinstance(w, QScrollBar):
        return False
    if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider)):
        return True
    return isinstance(w, QAbstractScrollArea) and w.focusPolicy() != Qt.FocusPolicy.NoFocus


def touch_rect(w: QWidget) -> QRect:
    """The part of a control that takes a touch, in its own coordinates."""
    if isinstance(w, QPushButton):
        option = QStyleOptionButton()
        w.initStyleOption(option)
        return w.style().subElementRect(QStyle.SubElement.SE_PushButtonBevel, option, w)
    return w.rect()


def in_window(w: QWidget, rect: QRect, window: QWidget) -> QRect:
    return rect.translated(w.mapTo(window, QPoint(0, 0)))


def scroller_of(w: QWidget) -> QWidget | None:
    """The scroll area whose page w is on (targets are compared only within one)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def gap(a: QRect, b: QRect) -> int:
    """Pixels between two rectangles (negative when they overlap)."""
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1)
    if dx < 0 and dy < 0:
        return max(dx, dy)
    return max(dx, dy)


def button_role(w: QWidget) -> str:
    return str(w.property("role") or "")


def button_state(w: QAbstractButton) -> str:
    return theme.button_state(w.isChecked(), w.isDown(), w.isEnabled(), w.hasFocus())


def role_background(node: QWidget) -> str | None:
    """The background the stylesheet declares for a widget's role (None: it paints none)."""
    p = theme.current_palette()
    role = str(node.property("role") or "")
    if isinstance(node, QPushButton):
        _t, bg, _b = theme.button_colours(p, role, button_state(node))
        return None if bg == theme.TRANSPARENT else bg
    if isinstance(node, (QLineEdit, QTextBrowser)):
        return p.surface
    declared = {
        "card": p.surface,
        "panel": p.primary_soft,
        "header": p.header,
        "footer": p.surface,
        "overlay-panel": p.surface,
        "badge": p.badge_bg,
    }
    if role in declared:
        return declared[role]
    if node.objectName() == "KioskWindow" or node.isWindow():
        return p.window
    return None


def background_behind(w: QWidget, include_self: bool = False) -> str:
    """The first opaque background behind w, from the roles the stylesheet colours (every
    other widget is transparent: `QWidget { background-color: transparent }`)."""
    node = w if include_self else w.parentWidget()
    while node is not None:
        found = role_background(node)
        if found is not None:
            return found
        node = node.parentWidget()
    return theme.current_palette().window


def label_text(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


# -- one walk, per look ---------------------------------------------------------------------


@dataclass
class Findings:
    by_check: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {check: {} for check in CHECKS}
    )

    def add(self, check: str, screen: str, message: str) -> None:
        self.by_check[check].setdefault(screen, []).append(message)


class Auditor:
    """Measures the window as painted now, for one screen in one look."""

    def __init__(self, window: QWidget, look: AuditLook, screen: str, out: Findings) -> None:
        self.window = window
        self.look = look
        self.screen = screen
        self.out = out
        self.palette = palette_for(look.scheme)
        self.need = min_text_contrast(look.scheme)
        self.image: QImage | None = None
        self.samples = 0

    def fail(self, check: str, w: QWidget | None, problem: str) -> None:
        what = describe(w) if w is not None else "scheme"
        self.out.add(check, self.screen, f"{self.screen} [{self.look.id}] {what}: {problem}")

    def widgets(self, root: QWidget) -> list[QWidget]:
        found = [w for w in root.findChildren(QWidget) if w.isVisible()]
        viewports = {w.viewport() for w in found if isinstance(w, QAbstractScrollArea)}
        return [w for w in found if w not in viewports and self.shown(w)]

    def shown(self, w: QWidget) -> bool:
        """Whether any of w is inside the window (scrolled-out parts of a page still count)."""
        return w.width() > 0 and w.height() > 0

    def run(self, root: QWidget) -> None:
        self.image = self.window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        everything = self.widgets(root)
        controls = [w for w in everything if is_control(w) and not self.inside_view(w)]
        self.check_names(controls)
        self.check_targets(controls)
        self.check_contrast(everything)
        self.check_clipping(everything)

    @staticmethod
    def inside_view(w: QWidget) -> bool:
        """Editors and buttons a list view puts in its rows are covered by the view."""
        parent = w.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractItemView):
                return True
            parent = parent.parentWidget()
        return False

    # (a) names
    def check_names(self, controls: list[QWidget]) -> None:
        for w in controls:
            if not accessible_name(w):
                self.fail("names", w, "no accessible name")

    # (b) targets
    def check_targets(self, controls: list[QWidget]) -> None:
        rects: list[tuple[QWidget, QRect, QWidget | None]] = []
        for w in controls:
            if isinstance(w, (QAbstractItemView, QAbstractScrollArea)):
                continue  # their rows and pages are the targets, and are large
            r = in_window(w, touch_rect(w), self.window)
            if r.width() < MIN_TARGET or r.height() < MIN_TARGET:
                self.fail("targets", w, f"touch area {r.width()}x{r.height()} px < {MIN_TARGET}")
            rects.append((w, r, scroller_of(w)))
        for n, (a, ra, sa) in enumerate(rects):
            for b, rb, sb in rects[n + 1 :]:
                if sa is not sb or a.isAncestorOf(b) or b.isAncestorOf(a):
                    continue
                between = gap(ra, rb)
                if between < MIN_GAP:
                    self.fail("targets", a, f"{between} px from {describe(b)} (needs {MIN_GAP} px)")

    # (c) contrast
    def pair(self, w: QWidget, what: str, fg: str, bg: str, need: float) -> None:
        ratio = contrast_ratio(fg, bg)
        if ratio < need - 0.005:
            self.fail("contrast", w, f"{what} {fg} on {bg} is {ratio:.2f}:1 < {need}:1")

    def check_contrast(self, everything: list[QWidget]) -> None:
        from kiosk.ui.widgets.buttons import TileButton
        from kiosk.ui.widgets.cards import ServiceCard, ServiceListView, card_colours

        p = self.palette
        if self.screen == "home":  # once per look: the scheme's own indicator colours
            for what, colour, around in indicator_pairs(p):
                ratio = contrast_ratio(colour, around)
                if ratio < MIN_NON_TEXT:
                    self.fail("contrast", None, f"{what} {colour} on {around} {ratio:.2f}:1 < 3")
        for w in everything:
            if isinstance(w, TileButton):
                title, subtitle, icon, bg = w.text_colours()
                self.pair(w, "tile title", title, bg, self.need)
                if w.subtitle():
                    self.pair(w, "tile subtitle", subtitle, bg, self.need)
                self.pair(w, "tile icon", icon, bg, MIN_NON_TEXT)
                self.focus_ring(w)
            elif isinstance(w, (ServiceCard, ServiceListView)):
                for state in ("normal", "pressed", "focus"):
                    name, org, icon, bg = card_colours(state)
                    self.pair(w, f"card name ({state})", name, bg, self.need)
                    self.pair(w, f"card organisation ({state})", org, bg, self.need)
                    self.pair(w, f"card icon ({state})", icon, bg, MIN_NON_TEXT)
                if isinstance(w, ServiceCard):
                    self.focus_ring(w)
            elif isinstance(w, QPushButton) and (w.text() or not w.icon().isNull()):
                role, state = button_role(w), button_state(w)
                fg, bg, _border = theme.button_colours(p, role, state)
                if bg == theme.TRANSPARENT:
                    bg = background_behind(w)
                if w.text():
                    self.pair(w, f"{role or 'outlined'} button text ({state})", fg, bg, self.need)
                    self.confirm_pixels(w, fg, bg)
                else:
                    self.pair(w, f"{role or 'outlined'} button icon ({state})", fg, bg, 3.0)
                self.focus_ring(w)
                if w.isCheckable():
                    _t, on, _b = theme.button_colours(p, role, "checked")
                    _t, off, _b = theme.button_colours(p, role, "normal")
                    if off == theme.TRANSPARENT:
                        off = background_behind(w)
                    self.pair(w, "chosen against not chosen", on, off, MIN_NON_TEXT)
            elif isinstance(w, QLabel) and label_text(w).strip():
                fg = w.palette().color(w.foregroundRole()).name()
                bg = background_behind(w, include_self=True)
                self.pair(w, "text", fg, bg, self.need)
                self.confirm_pixels(w, fg, bg)
            elif isinstance(w, QLineEdit):
                bg = w.palette().color(w.backgroundRole()).name()
                self.pair(
                    w, "typed text", w.palette().color(w.foregroundRole()).name(), bg, self.need
                )
                if w.placeholderText():
                    placeholder = w.palette().color(w.palette().ColorRole.PlaceholderText).name()
                    self.pair(w, "placeholder", placeholder, bg, self.need)
                ring = background_behind(w)
                self.pair(w, "focus border", p.focus_ring, ring, MIN_NON_TEXT)
            elif isinstance(w, QTextBrowser):
                viewport = w.viewport()
                fg = viewport.palette().color(viewport.foregroundRole()).name()
                bg = w.palette().color(w.palette().ColorRole.Base).name()
                self.pair(w, "page text", fg, bg, self.need)
                link = w.palette().color(w.palette().ColorRole.Link).name()
                self.pair(w, "link text", link, bg, self.need)

    def focus_ring(self, w: QWidget) -> None:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return
        _t, _bg, ring = theme.button_colours(self.palette, button_role(w), "focus")
        self.pair(w, "focus ring against what is around it", ring, background_behind(w), 3.0)

    def confirm_pixels(self, w: QWidget, fg: str, bg: str) -> None:
        """The resolved colours, seen in the painted window (a sample per screen)."""
        if self.samples >= PIXEL_SAMPLES or self.image is None:
            return
        rect = in_window(w, w.contentsRect(), self.window)
        if not QRect(0, 0, self.image.width(), self.image.height()).contains(rect):
            return
        area = self.scroller_area(w)
        if area is not None and not area.contains(rect):
            return
        if rect.width() < 8 or rect.height() < 8 or self.covered(w):
            return
        self.samples += 1
        crop = self.image.copy(rect)
        counts = Counter(memoryview(crop.constBits()).cast("I"))
        (most, _n), *rest = counts.most_common()
        seen_bg = f"#{most & 0xFFFFFF:06x}"
        if not close(seen_bg, bg, 3):
            self.fail("contrast", w, f"painted background {seen_bg}, the audit resolved {bg}")
            return
        near = sum(n for colour, n in rest if close(f"#{colour & 0xFFFFFF:06x}", fg, 24))
        if near < 3:
            seconds = ", ".join(f"#{c & 0xFFFFFF:06x}" for c, _ in rest[:3])
            self.fail("contrast", w, f"text colour {fg} not painted (found {seconds})")

    def scroller_area(self, w: QWidget) -> QRect | None:
        area = scroller_of(w)
        if area is None:
            return None
        viewport = area.viewport()
        return in_window(viewport, viewport.rect(), self.window)

    def covered(self, w: QWidget) -> bool:
        overlay = getattr(self.window, "overlay", None)
        return bool(overlay is not None and overlay.isVisible() and not overlay.isAncestorOf(w))

    # (d) clipping
    def check_clipping(self, everything: list[QWidget]) -> None:
        from kiosk.ui.widgets.buttons import TileButton
        from kiosk.ui.widgets.cards import ServiceCard

        for w in everything:
            if isinstance(w, TileButton):
                if not w.text_fits():
                    self.fail(
                        "clipping", w, f"words do not fit the tile ({w.width()}x{w.height()})"
                    )
            elif isinstance(w, ServiceCard):
                needed = w.heightForWidth(w.width())
                if needed > w.height():
                    self.fail("clipping", w, f"card needs {needed} px tall, has {w.height()}")
            elif isinstance(w, QPushButton) and w.text():
                hint = QPushButton.sizeHint(w)
                if hint.width() > w.width() or hint.height() > w.height():
                    self.fail(
                        "clipping",
                        w,
                        f"needs {hint.width()}x{hint.height()} px, has {w.width()}x{w.height()}",
                    )
            elif isinstance(w, QLabel) and label_text(w).strip() and w.pixmap().isNull():
                self.label_clipped(w)
            elif isinstance(w, QLineEdit):
                self.line_edit_clipped(w)

    def line_edit_clipped(self, w: QLineEdit) -> None:
        """A text box's line of text (descenders too) inside the part of it that shows text."""
        from PySide6.QtWidgets import QStyleOptionFrame

        option = QStyleOptionFrame()
        w.initStyleOption(option)
        room = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w)
        needed = QFontMetrics(w.font()).height()
        if needed > room.height() + ROUNDING_PX:
            self.fail(
                "clipping", w, f"a line of text needs {needed} px, the box shows {room.height()}"
            )

    def label_clipped(self, w: QLabel) -> None:
        text = label_text(w)
        if text.rstrip().endswith("…") and not accessible_name(w).rstrip().endswith("…"):
            self.fail("clipping", w, "ends in '…' (elided)")
        room = w.contentsRect()
        margin = w.margin() * 2 + max(w.indent(), 0)
        width = room.width() - margin
        height = room.height() - w.margin() * 2
        metrics = QFontMetrics(w.font())
        if w.wordWrap():
            flags = int(w.alignment()) | int(Qt.TextFlag.TextWordWrap)
            needed = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
        else:
            needed = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(w.alignment()), text)
        # One pixel is rounding between QLabel's layout and QFontMetrics, not a cut-off word.
        if needed.width() > width + ROUNDING_PX or needed.height() > height + ROUNDING_PX:
            self.fail(
                "clipping",
                w,
                f"text needs {needed.width()}x{needed.height()} px, has {width}x{height}",
            )
        parent = w.parentWidget()
        page = parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)
        if parent is not None and not page and not parent.rect().contains(w.geometry()):
            self.fail("clipping", w, f"sticks out of its parent ({describe(parent)})")


def close(a: str, b: str, tolerance: int) -> bool:
    x, y = int(a[1:], 16), int(b[1:], 16)
    return all(abs(((x >> s) & 255) - ((y >> s) & 255)) <= tolerance for s in (0, 8, 16))


class Tour:
    """One window, walked through every screen in a look; the findings are kept per look."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        self.app = app
        self.window = window
        self.cache: dict[AuditLook, Findings] = {}
        self.broken: Exception | None = None

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(3):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def findings(self, look: AuditLook) -> Findings:
        if look not in self.cache:
            if self.broken is not None:
                pytest.fail(f"an earlier walk failed: {self.broken!r}")
            try:
                self.cache[look] = self.walk(look)
            except Exception as exc:
                self.broken = exc  # later looks would only fail again, slower
                raise
        return self.cache[look]

    def visits(self) -> Iterator[tuple[str, Callable[[], object]]]:
        from kiosk.store.models import Filters
        from kiosk.ui.screens import base
        from kiosk.ui.selftest import NO_RESULTS_QUERY, search_word

        w = self.window
        context = w.context
        groups = [c for c in context.directory.categories(Filters()) if c.count > 0]
        group = groups[0].id
        service = context.directory.services(Filters(category_id=group), limit=1)[0]
        if service.id not in context.session.saved:
            context.session.toggle_saved(service.id)
        show = w.show_screen
        yield "welcome", lambda: show(base.WELCOME)
        yield "home", lambda: show(base.HOME)
        yield "topics", lambda: show(base.TOPICS)
        yield "topic", lambda: show(base.TOPIC, context.topics[0].id)
        yield "directory", lambda: show(base.DIRECTORY)
        yield "services", lambda: show(base.SERVICES, group)
        yield "service", lambda: show(base.SERVICE, service.id)
        yield "my-list", lambda: show(base.MY_LIST)
        yield "search", lambda: show(base.SEARCH, "")
        yield "search-results", lambda: show(base.SEARCH, search_word(service.name))
        yield "search-no-results", lambda: show(base.SEARCH, NO_RESULTS_QUERY)
        yield "talk", lambda: show(base.TALK)

        def start_page() -> None:
            show(base.START)
            screen = w.current_screen()
            screen.start_again()
            for tap in screen.tree.paths()[0]:
                screen.choose(tap)

        yield "start", lambda: (show(base.START), w.current_screen().start_again())
        yield "start-page", start_page
        yield "search-guidance", lambda: show(base.SEARCH, "graduated approach")
        yield "access", lambda: show(base.ACCESS)
        yield "still-there", lambda: (show(base.HOME), w.overlay.start(30))

    def walk(self, look: AuditLook) -> Findings:
        session = self.window.context.session
        # A new size or font builds the screens afresh anyway. A new scheme restyles the
        # screens already built, as when a visitor changes colours, which costs more than
        # building the few the walk shows: that path is walked at 100 %, the others build.
        if not (look.size == 100 and look.font == looks.STANDARD_FONT):
            self.window._clear_screens()
            self.settle()
        session.text_scale = look.size / 100
        session.colour_scheme = look.scheme
        session.font = look.font
        session.changed.emit()
        self.window.show()
        self.settle()
        out = Findings()
        for screen, visit in self.visits():
            visit()
            self.settle()
            self.window.idle.stop()
            overlay = self.window.overlay
            root = overlay if overlay.isVisible() else self.window
            Auditor(self.window, look, screen, out).run(root)
            overlay.hide()
        # Hidden between walks, so the tests that read the findings repaint nothing.
        self.window.hide()
        return out


@pytest.fixture(scope="module")
def tour(qapp, db_path) -> Iterator[Tour]:
    from kiosk.config import Settings
    from kiosk.paths import resources_dir
    from kiosk.ui.app import build_context
    from kiosk.ui.window import MainWindow

    settings = Settings(site_name="Test family hub", speech_engine="mock")
    window = MainWindow(build_context(settings, db_path, resources_dir()), kiosk_mode=False)
    window.start()
    window.resize(1920, 1080)
    walker = Tour(qapp, window)
    walker.settle()
    yield walker
    window.idle.stop()
    window.idle.uninstall()
    window.close()
    window.deleteLater()
    theme.apply_theme(qapp)
    walker.settle()


# Problems only a screen can fix (kiosk/ui/screens/ is another engineer's): (check, screen) ->
# (the looks it fails in, why). strict: each must fail until the screen is fixed.
def _dyslexic(look: AuditLook) -> bool:
    return look.font == looks.DYSLEXIC_FONT


SCREEN_XFAILS: dict[tuple[str, str], tuple[Callable[[AuditLook], bool], str]] = {}


def cases(colour_only: bool = False) -> list[object]:
    """(look, screen) for every screen; names, targets and clipping do not change with the
    colours (a scheme only restyles), so they are measured in the standard scheme's looks."""
    chosen = LOOKS if colour_only else [look for look in LOOKS if look.scheme == looks.STANDARD]
    return [
        pytest.param(look, screen, id=f"{look.id}-{screen}")
        for look in chosen
        for screen in SCREENS
    ]


def audit(request: pytest.FixtureRequest, tour: Tour, check: str, look: AuditLook, screen: str):
    known = SCREEN_XFAILS.get((check, screen))
    if known is not None and known[0](look):
        request.applymarker(pytest.mark.xfail(strict=True, reason=known[1]))
    problems = tour.findings(look).by_check[check].get(screen, [])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("look", "screen"), cases())
def test_every_control_has_a_name(request, tour, look, screen):
    audit(request, tour, "names", look, screen)


@pytest.mark.parametrize(("look", "screen"), cases())
def test_every_control_is_big_enough_and_apart(request, tour, look, screen):
    audit(request, tour, "targets", look, screen)


@pytest.mark.parametrize(("look", "screen"), cases(colour_only=True))
def test_every_text_and_indicator_has_enough_contrast(request, tour, look, screen):
    audit(request, tour, "contrast", look, screen)


@pytest.mark.parametrize(("look", "screen"), cases())
def test_no_words_are_cut_off(request, tour, look, screen):
    audit(request, tour, "clipping", look, screen)
