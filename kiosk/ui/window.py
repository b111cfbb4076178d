"""The kiosk window: header (Back, Home, title, My list), lazily built screens, footer, idle reset.

Screens are named in SCREENS as "module:ClassName" under kiosk.ui.screens and imported the
first time they are shown, so start-up only pays for the welcome screen. Each screen's
navigate(name, arg) and go_back() signals drive show_screen() and go_back().
"""

from __future__ import annotations

import datetime
import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.topics import ContentError, content_folder, load_topics
from kiosk.store.database import DatabaseError
from kiosk.store.directory import Directory
from kiosk.ui import theme
from kiosk.ui.context import AppContext
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.screens import base
from kiosk.ui.screens.base import Screen
from kiosk.ui.translation import install_translator
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.overlay import StillThereOverlay

log = logging.getLogger(__name__)

SCREENS: dict[str, str] = {
    base.WELCOME: "welcome:WelcomeScreen",
    base.HOME: "home:HomeScreen",
    base.TOPICS: "topics:TopicsScreen",
    base.TOPIC: "topics:TopicScreen",
    base.DIRECTORY: "directory:DirectoryScreen",
    base.SERVICES: "directory:ServicesScreen",
    base.SERVICE: "service:ServiceScreen",
    base.SEARCH: "search:SearchScreen",
    base.MY_LIST: "my_list:MyListScreen",
    base.TALK: "talk:TalkScreen",
    base.ACCESS: "access:AccessScreen",
}

MAX_HISTORY = 50


@dataclass(frozen=True)
class Visit:
    name: str
    arg: object = None


ScreenSpec = str | type[Screen]


def screen_class(spec: ScreenSpec) -> type[Screen]:
    """Import "module:ClassName" from kiosk.ui.screens (a class is used as it is)."""
    if isinstance(spec, type):
        return spec
    module_name, _, class_name = spec.partition(":")
    module = importlib.import_module(f"kiosk.ui.screens.{module_name}")
    cls = getattr(module, class_name)
    if not (isinstance(cls, type) and issubclass(cls, Screen)):
        raise TypeError(f"{spec} is not a Screen")
    return cls


def checked_date(value: str) -> str:
    """'2025-03-04T10:00:00' -> '4 March 2025'; anything else is shown as it is."""
    try:
        day = datetime.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return value
    return f"{day.day} {day.strftime('%B')} {day.year}"


class MainWindow(QMainWindow):
    """The one window. kiosk_mode=True: full screen, frameless, no cursor, cannot be closed.

    `screens` adds to or replaces entries of SCREENS (tests pass Screen classes directly).
    """

    def __init__(
        self,
        context: AppContext,
        kiosk_mode: bool = False,
        screens: dict[str, ScreenSpec] | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.kiosk_mode = kiosk_mode
        self.registry: dict[str, ScreenSpec] = {**SCREENS, **(screens or {})}
        self.screens: dict[str, Screen] = {}
        self.history: list[Visit] = []
        self.current: Visit | None = None
        self._applied_look = (False, 1.0)
        self._language = context.session.language
        self.setWindowTitle(context.settings.site_name)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        root = QWidget(self)
        root.setObjectName("KioskWindow")
        root.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = self._build_header()
        self.stack = QStackedWidget(root)
        # Screens must fit 1920x1080 (scrolling inside if need be); never grow the window.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Holds focus when no text box wants it, so no button looks "selected" by accident.
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer = self._build_footer()
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self.setCentralWidget(root)

        self.overlay = StillThereOverlay(self)
        self.idle = IdleWatcher(
            context.settings.idle_timeout_s, context.settings.idle_countdown_s, self
        )
        self.idle.idle_warning.connect(self._on_idle_warning)
        self.idle.countdown.connect(self.overlay.set_seconds)
        self.idle.idle_timeout.connect(self.reset_all)
        self.overlay.keep_going.connect(self._on_keep_going)
        self.overlay.finish_now.connect(self.reset_all)

        session = context.session
        session.list_changed.connect(self._update_list_button)
        session.changed.connect(self._on_session_changed)
        self._update_list_button()
        self.update_footer()

        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    # -- building ----------------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        header = QFrame(self)
        theme.set_role(header, "header")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(24)
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.setAccessibleDescription(self.tr("Go to the previous page"))
        self.home_button = BigButton(self.tr("Home"), "home")
        self.home_button.setAccessibleDescription(self.tr("Go to the start page"))
        self.list_button = BigButton(self.tr("My list"), "star")
        self.list_button.setAccessibleDescription(self.tr("Services you have saved"))
        for button in (self.back_button, self.home_button, self.list_button):
            theme.set_role(button, "header")
            button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.go_back)
        self.home_button.clicked.connect(lambda: self.show_screen(base.HOME))
        self.list_button.clicked.connect(lambda: self.show_screen(base.MY_LIST))
        self.title_label = QLabel("", header)
        theme.set_role(self.title_label, "on-header")
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.addSpacing(16)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.list_button)
        return header

    def _build_footer(self) -> QFrame:
        footer = QFrame(self)
        theme.set_role(footer, "footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(32, 12, 32, 12)
        row.setSpacing(24)
        self.checked_label = QLabel("", footer)
        theme.set_role(self.checked_label, "muted")
        self.sample_badge = QLabel(self.tr("Sample data"), footer)
        theme.set_role(self.sample_badge, "badge")
        self.sample_badge.setAccessibleName(self.tr("Sample data: these services are examples"))
        self.sample_badge.setToolTip("")
        row.addWidget(self.checked_label, 1)
        row.addWidget(self.sample_badge, 0, Qt.AlignmentFlag.AlignRight)
        return footer

    def update_footer(self) -> None:
        """Show when the information was checked, and the badge while it is sample data."""
        info = self.context.directory.dataset()
        if info is None:
            self.checked_label.setText(self.tr("No service information has been loaded yet"))
            self.sample_badge.setVisible(False)
            return
        when = checked_date(info.published or info.imported_at)
        self.checked_label.setText(self.tr("Information checked on {0}").format(when))
        self.sample_badge.setVisible(bool(info.sample))

    def screen_named(self, name: str) -> Screen:
        """The screen called name, built (and wired) on first use."""
        if name not in self.screens:
            if name not in self.registry:
                raise KeyError(f"no screen called {name!r}")
            widget = screen_class(self.registry[name])(self.context)
            widget.setObjectName(f"screen-{name}")
            widget.navigate.connect(self.show_screen)
            widget.go_back.connect(self.go_back)
            self.stack.addWidget(widget)
            self.screens[name] = widget
        return self.screens[name]

    # -- navigation --------------------------------------------------------------------------

    def show_screen(self, name: str, arg: object = None, remember: bool = True) -> Screen:
        """Show screen `name` with `arg`. Home and Welcome start a fresh history."""
        if name != base.WELCOME and self.current is not None and self.current.name == base.WELCOME:
            # A new visitor starts: show them the data staff may have imported meanwhile.
            self.reload_data_if_replaced()
        widget = self.screen_named(name)
        if name in (base.HOME, base.WELCOME):
            self.history.clear()
        elif remember and self.current is not None and self.current != Visit(name, arg):
            self.history.append(self.current)
            del self.history[:-MAX_HISTORY]
        self.current = Visit(name, arg)
        widget.show_with(arg)
        self.stack.setCurrentWidget(widget)
        self._update_header(widget)
        self._settle_focus()
        if name == base.WELCOME:
            self.idle.stop()
        else:
            self.idle.start()
        return widget

    def go_back(self) -> None:
        """The previous screen, or Home when there is none."""
        if not self.history:
            self.show_screen(base.HOME)
            return
        visit = self.history.pop()
        self.show_screen(visit.name, visit.arg, remember=False)

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def _update_header(self, widget: Screen) -> None:
        name = self.current.name if self.current else ""
        on_welcome = name == base.WELCOME
        self.header.setVisible(not on_welcome)
        self.footer.setVisible(not on_welcome)
        # On Home there is nowhere to go back to: Back and Home are hidden.
        self.back_button.setVisible(name != base.HOME)
        self.home_button.setVisible(name != base.HOME)
        self.title_label.setText(widget.title())
        self.title_label.setAccessibleName(widget.title())

    def _settle_focus(self) -> None:
        """Keep focus in a text box a screen chose; otherwise on the page, not on a button.

        Qt gives focus to the first focusable child when a page appears, which would paint the
        first tile in the focus colour for a visitor who never used a keyboard.
        """
        focus = QApplication.focusWidget()
        current = self.stack.currentWidget()
        if (
            focus is None
            or current is None
            or isinstance(focus, QAbstractButton)
            or not current.isAncestorOf(focus)
        ):
            self.stack.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._settle_focus)

    def _update_list_button(self) -> None:
        count = len(self.context.session.saved)
        self.list_button.setText(self.tr("My list ({0})").format(count))
        self.list_button.set_icon_name("star-filled" if count else "star")

    # -- idle and reset ----------------------------------------------------------------------

    def _on_idle_warning(self) -> None:
        self.overlay.start(self.idle.seconds_left() or round(self.idle.countdown_s))

    def _on_keep_going(self) -> None:
        self.overlay.hide()
        self.idle.keep_alive()

    def reset_all(self) -> None:
        """Forget the visitor completely and go back to the welcome screen."""
        self.overlay.hide()
        self.idle.stop()
        self.context.session.reset()
        for widget in self.screens.values():
            widget.reset()
        self.history.clear()
        self.show_screen(base.WELCOME)
        self.reload_data_if_replaced()

    def reload_data_if_replaced(self) -> bool:
        """Between visitors, pick up data that staff imported (or rolled back) meanwhile."""
        old = self.context.directory
        if not old.is_replaced() or old.path is None:
            return False
        try:
            fresh = Directory(old.path)
        except DatabaseError as exc:
            log.warning("kept the data already shown: %s", exc)
            return False
        self.context.directory = fresh
        old.close()
        self.rebuild_screens()
        QTimer.singleShot(0, self._warm_up)
        return True

    def _warm_up(self) -> None:
        # Whatever directory is current when the timer fires (it may have been replaced).
        self.context.directory.warm_up()

    # -- language and look -------------------------------------------------------------------

    def _on_session_changed(self) -> None:
        session = self.context.session
        look = (bool(session.high_contrast), float(session.text_scale))
        if look != self._applied_look:
            self._applied_look = look
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, high_contrast=look[0], text_scale=look[1])
        if session.language != self._language:
            self._language = session.language
            # Later, not now: the screen whose button changed the language is still running.
            QTimer.singleShot(0, self._change_language)

    def _change_language(self) -> None:
        language = self.context.session.language
        install_translator(language, self.context.resources)
        try:
            self.context.topics = load_topics(content_folder(language, self.context.resources))
        except ContentError:
            self.context.topics = load_topics(content_folder("en", self.context.resources))
        self.rebuild_screens()

    def rebuild_screens(self) -> None:
        """Throw away every built screen (their words are in the old language) and re-show."""
        for widget in self.screens.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.screens.clear()
        self._retranslate_chrome()
        if self.current is not None:
            self.show_screen(self.current.name, self.current.arg, remember=False)

    def _retranslate_chrome(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.sample_badge.setText(self.tr("Sample data"))
        self._update_list_button()
        self.update_footer()

    # -- window ------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the welcome screen and the window (full screen in kiosk mode)."""
        self.show_screen(base.WELCOME)
        # Search indexes load on first use; do it once the first frame is up (a few ms).
        QTimer.singleShot(0, self._warm_up)
        if self.kiosk_mode:
            self.showFullScreen()
        else:
            self.resize(1920, 1080)
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode:
            event.ignore()  # a visitor cannot close the kiosk; staff exit comes later
            return
        self.idle.stop()
        self.idle.uninstall()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # In kiosk mode nothing may minimise or shrink the window.
        if (
            self.kiosk_mode
            and event.type() == QEvent.Type.WindowStateChange
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)
