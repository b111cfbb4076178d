"""The kiosk window: header (Back, Home, title, My list), lazily built screens, footer, idle reset.

Screens are named in SCREENS as "module:ClassName" under kiosk.ui.screens and imported the
first time they are shown, so start-up only pays for the welcome screen. Each screen's
navigate(name, arg) and go_back() signals drive show_screen() and go_back().

Screens exist only while there is data that can be read (an AppContext). Without it, the
window shows only the out-of-order page and watches for the data to come back; after an
error it rebuilds its screens on the data it can read, or goes out of order.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.topics import ContentError, load_topics_for
from kiosk.staff.statistics import Event
from kiosk.store.database import DatabaseError
from kiosk.store.directory import Directory
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext, KioskSetup
from kiosk.ui.data_watch import DATABASE_PROBLEMS, DataWatch, open_directory
from kiosk.ui.dates import long_date
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.keys import EnterActivates
from kiosk.ui.lockdown import WindowKeeper
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.screens import base
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.out_of_order import OutOfOrderPage
from kiosk.ui.staff.background import DropFolderWatch
from kiosk.ui.staff.mode import STAFF_SHORTCUT, StaffGesture, StaffMode, StaffScreen
from kiosk.ui.translation import available_languages, install_translator, native_name
from kiosk.ui.usage import choice_events, session_choices, visit_events
from kiosk.ui.warm_up import BackgroundWarmUp
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header_row import HeaderRow
from kiosk.ui.widgets.notice import NoticeBar
from kiosk.ui.widgets.overlay import StillThereOverlay
from kiosk.ui.widgets.read_aloud_bar import ReadAloudBar, ReadToMeButton

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
    base.START: "start:StartScreen",
    base.ACCESS: "access:AccessScreen",
    base.LANGUAGE: "language:LanguageScreen",
    base.STAFF_PIN: "kiosk.ui.staff.pin_pad:PinScreen",
    base.STAFF_HOME: "kiosk.ui.staff.home:StaffHomeScreen",
    base.STAFF_UPDATE: "kiosk.ui.staff.update:UpdateScreen",
    base.STAFF_UNDO: "kiosk.ui.staff.update:UndoScreen",
    base.STAFF_REPORTS: "kiosk.ui.staff.hosted:ReportsScreen",
    base.STAFF_SETTINGS: "kiosk.ui.staff.hosted:SettingsScreen",
}
# The exit code that asks run_app to start the kiosk again ("Restart the kiosk").
RESTART_EXIT_CODE = 75

MAX_HISTORY = 50
# The idle countdown is said at these numbers of seconds left (every second would be a
# stream of numbers over anything else being said).
SPOKEN_COUNTDOWN = frozenset({30, 20, 10, 5, 4, 3, 2, 1})


@dataclass(frozen=True)
class Visit:
    name: str
    arg: object = None


ScreenSpec = str | type[Screen]


def screen_class(spec: ScreenSpec) -> type[Screen]:
    """Import "module:ClassName" from kiosk.ui.screens, or "package.module:ClassName" from
    anywhere (a class is used as it is)."""
    if isinstance(spec, type):
        return spec
    module_name, _, class_name = spec.partition(":")
    if "." not in module_name:
        module_name = f"kiosk.ui.screens.{module_name}"
    module = importlib.import_module(module_name)
    cls = getattr(module, class_name)
    if not (isinstance(cls, type) and issubclass(cls, Screen)):
        raise TypeError(f"{spec} is not a Screen")
    return cls


def file_identity(path: Path) -> tuple[int, int, int]:
    """Inode, modification time and size: changes when the file is replaced or rewritten."""
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, status.st_size


class MainWindow(QMainWindow):
    """The one window. kiosk_mode=True: full screen, frameless, on top, no cursor, cannot be
    closed, and restored at once if anything minimises, hides or shrinks it.

    `context` is an AppContext when there is data, or only a KioskSetup when the data cannot be
    read (then the window starts out of order, watching db_path). `screens` adds to or replaces
    entries of SCREENS (tests pass Screen classes directly).

    Signals:
        out_of_order_changed(bool): the window went out of order (True) or back (False).
    """

    out_of_order_changed = Signal(bool)

    def __init__(
        self,
        context: KioskSetup,
        kiosk_mode: bool = False,
        screens: dict[str, ScreenSpec] | None = None,
        db_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setup = context
        self.context: AppContext | None = context if isinstance(context, AppContext) else None
        self.db_path = db_path or (self.context.directory.path if self.context else None)
        self.kiosk_mode = kiosk_mode
        self.registry: dict[str, ScreenSpec] = {**SCREENS, **(screens or {})}
        self.screens: dict[str, Screen] = {}
        self.history: list[Visit] = []
        self.current: Visit | None = None
        self.warm_ups = BackgroundWarmUp()
        self._opened: tuple[int, int, int] | None = None  # file_identity() when opened
        self._applied_look = theme.DEFAULT_LOOK
        self._language = context.session.language
        self.setWindowTitle(context.settings.site_name)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        accessibility.install()
        self.read_aloud = ReadAloud(
            self,
            context.session,
            context.settings.speech_engine,
            tuple(available_languages(context.resources)),
        )
        self._enter_activates = EnterActivates(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._enter_activates)

        root = QWidget(self)
        root.setObjectName("KioskWindow")
        root.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        self.surface = QStackedWidget(root)  # the screens with header and footer, or out of order
        self.surface.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        outer.addWidget(self.surface)
        self.kiosk_page = QWidget(self.surface)
        layout = QVBoxLayout(self.kiosk_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = self._build_header()
        self.read_aloud_bar = ReadAloudBar(self.kiosk_page)
        self.notice = NoticeBar(self.kiosk_page)
        self.stack = QStackedWidget(self.kiosk_page)
        # Screens must fit 1920x1080 (scrolling inside if need be); never grow the window.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Holds focus when no text box wants it, so no button looks "selected" by accident.
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer = self._build_footer()
        self._describe_chrome()
        layout.addWidget(self.header)
        layout.addWidget(self.read_aloud_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self.out_of_order = OutOfOrderPage(self.surface)
        self.surface.addWidget(self.kiosk_page)
        self.surface.addWidget(self.out_of_order)
        self.setCentralWidget(root)

        self.data_watch = DataWatch(self.db_path or Path(), self)
        self.data_watch.found.connect(self._data_back)
        self.overlay = StillThereOverlay(self)
        self.idle = IdleWatcher(
            context.settings.idle_timeout_s, context.settings.idle_countdown_s, self
        )
        self.idle.idle_warning.connect(self._on_idle_warning)
        self.idle.countdown.connect(self.overlay.set_seconds)
        self.idle.countdown.connect(self._say_countdown)
        self.idle.idle_timeout.connect(self._idle_reset)
        self.overlay.keep_going.connect(self._on_keep_going)
        self.overlay.finish_now.connect(self.reset_all)
        self.read_aloud.attach_bar(self.read_aloud_bar)
        self.read_aloud.changed.connect(self._show_read_aloud)
        self.read_aloud.problem.connect(self.notice.show_message)
        self.read_aloud.speech.speaking_changed.connect(
            lambda speaking: self.idle.hold(speaking and self.read_aloud.is_on())
        )

        session = context.session
        session.list_changed.connect(self._update_list_button)
        session.changed.connect(self._on_session_changed)
        session.reset_done.connect(self._follow_settings)
        # The visitor's choices as last counted, and as a new visitor finds them.
        self._choices = session_choices(session)
        self._choice_defaults = dict(self._choices)
        self._update_list_button()
        self.update_footer()

        data_file = self.db_path or context.settings.database_path()
        self.staff = StaffMode(context.settings, data_file, parent=self)
        self.staff.opened.connect(self._forget_visitor_for_staff)
        self.staff.closed.connect(self._forget_staff_pages)
        self.staff.timed_out.connect(self.reset_all)
        self.staff.quit_requested.connect(self.quit_kiosk)
        self.staff_gesture = StaffGesture(self)
        self.staff_gesture.triggered.connect(self.open_staff)
        self.staff_gesture.install()
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), self)
        self.staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_shortcut.activated.connect(self.open_staff)
        self.drop_watch = DropFolderWatch(context.settings, data_file, self)
        self.drop_watch.checked.connect(self._drop_folder_checked)

        self.keeper: WindowKeeper | None = None
        if kiosk_mode:
            self.keeper = WindowKeeper(self)
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    # -- building ----------------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        header = QFrame(self)
        theme.set_role(header, "header")
        row = HeaderRow(header, spacing=24)
        row.setContentsMargins(24, 12, 24, 12)
        self.back_button = BigButton(self.tr("Back"), "back")
        self.home_button = BigButton(self.tr("Home"), "home")
        self.read_button = ReadToMeButton()
        self.list_button = BigButton(self.tr("My list"), "star")
        # The language's own name ("Polski"), so a visitor who reads no English finds it.
        self.language_button = BigButton(
            native_name(self.setup.session.language, self.setup.resources), "language"
        )
        self.access_button = BigButton(self.tr("Accessibility"), "access")
        for button in (
            self.back_button,
            self.home_button,
            self.language_button,
            self.access_button,
            self.read_button,
            self.list_button,
        ):
            theme.set_role(button, "header")
            button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.go_back)
        self.home_button.clicked.connect(lambda: self.show_screen(base.HOME))
        self.read_button.clicked.connect(self._toggle_read_aloud)
        self.list_button.clicked.connect(lambda: self.show_screen(base.MY_LIST))
        self.access_button.clicked.connect(lambda: self.show_screen(base.ACCESS))
        self.language_button.clicked.connect(lambda: self.show_screen(base.LANGUAGE))
        self.title_label = QLabel("", header)
        theme.set_role(self.title_label, "on-header")
        accessibility.mark_heading(self.title_label)
        # Created in this order, so that Tab goes Back, Home, then the rest, then the page.
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.set_title(self.title_label)
        row.addWidget(self.language_button)
        row.addWidget(self.access_button)
        row.addWidget(self.read_button)
        row.addWidget(self.list_button)
        return header

    def _build_footer(self) -> QFrame:
        footer = QFrame(self)
        theme.set_role(footer, "footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(32, 4, 32, 4)
        row.setSpacing(24)
        self.checked_label = QLabel("", footer)
        theme.set_role(self.checked_label, "muted")
        self.checked_label.setWordWrap(True)
        # A button: one touch says what sample data means (a notice under the header).
        self.sample_badge = QPushButton(self.tr("Sample data"), footer)
        theme.set_role(self.sample_badge, "badge")
        self.sample_badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sample_badge.setMinimumHeight(theme.MIN_TOUCH_PX + 2 * theme.FOCUS_GAP_PX)
        self.sample_badge.clicked.connect(self.explain_sample_data)
        row.addWidget(self.checked_label, 1)
        row.addWidget(self.sample_badge, 0, Qt.AlignmentFlag.AlignRight)
        return footer

    def sample_data_words(self) -> str:
        return self.tr(
            "Sample data: these services are made-up examples that show how the kiosk works. "
            "Their phone numbers and addresses are not real. Staff will load the council's "
            "real information."
        )

    def explain_sample_data(self) -> None:
        words = self.sample_data_words()
        self.notice.show_message(words)
        self.read_aloud.announce(words, assertive=True)

    def update_footer(self) -> None:
        """Show when the information was checked, and the badge while it is sample data."""
        if self.context is None:
            return
        info = self.context.directory.dataset()
        if info is None:
            self.checked_label.setText(self.tr("No service information has been loaded yet"))
            self.sample_badge.setVisible(False)
            return
        language = self.context.session.language
        if info.published:
            text = self.tr("Information published on {0}").format(
                long_date(info.published, language)
            )
        elif info.newest_record:
            text = self.tr("Information last checked on {0}").format(
                long_date(info.newest_record, language)
            )
        else:  # never the import date alone: that would call years-old data new
            text = self.tr("Information loaded on {0}; it gives no date of its own").format(
                long_date(info.imported_at, language)
            )
        self.checked_label.setText(text)
        self.sample_badge.setVisible(bool(info.sample))

    def screen_named(self, name: str) -> Screen:
        """The screen called name, built (and wired) on first use."""
        if name not in self.screens:
            if name not in self.registry:
                raise KeyError(f"no screen called {name!r}")
            if self.context is None:
                raise DatabaseError("no data can be read: the kiosk is out of order")
            widget = screen_class(self.registry[name])(self.context)
            widget.setObjectName(f"screen-{name}")
            widget.navigate.connect(self.show_screen)
            widget.go_back.connect(self.go_back)
            widget.announce.connect(self.read_aloud.announce)
            widget.read_aloud_toggled.connect(self._toggle_read_aloud)
            if isinstance(widget, StaffScreen):
                widget.attach(self.staff)
            self.stack.addWidget(widget)
            self.screens[name] = widget
        return self.screens[name]

    # -- navigation --------------------------------------------------------------------------

    def show_screen(self, name: str, arg: object = None, remember: bool = True) -> Screen:
        """Show screen `name` with `arg`. Home and Welcome start a fresh history."""
        starting = (
            name != base.WELCOME and self.current is not None and self.current.name == base.WELCOME
        )
        if starting:
            # A new visitor starts: show them the data staff may have imported meanwhile.
            self.reload_data_if_replaced()
        if self._changed_in_place():
            self._reopen_changed_file()
        if name in base.STAFF_SCREENS:
            if name != base.STAFF_PIN and not self.staff.is_open():
                name, arg = base.STAFF_PIN, None  # nobody passes the PIN pad without the PIN
        elif self.staff.is_open():
            self.staff.close()  # a visitor's screen: staff mode is over
        widget = self.screen_named(name)
        self.notice.hide()  # a notice is about the screen it was shown on
        if name in (base.HOME, base.WELCOME, base.STAFF_HOME):
            self.history.clear()
        elif remember and self.current is not None and self.current != Visit(name, arg):
            self.history.append(self.current)
            del self.history[:-MAX_HISTORY]
        if Visit(name, arg) != self.current:  # not the same page shown again (a rebuild)
            self._count_visit(name, arg, starting)
        self.current = Visit(name, arg)
        widget.show_with(arg)
        self.stack.setCurrentWidget(widget)
        self._update_header(widget)
        self._settle_focus()
        if name == base.WELCOME:
            self.idle.stop()
        else:
            self.idle.start()
        self.read_aloud.screen_shown(widget.title(), widget.read_aloud_text())
        return widget

    def _count_visit(self, name: str, arg: object, starting: bool) -> None:
        usage = self.setup.usage
        events = visit_events(name, arg)
        if starting and events:  # a visitor, not staff opening staff mode
            usage.record(Event.SESSION)
        for event, key in events:
            usage.record(event, key)

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
        staff = name in base.STAFF_SCREENS  # staff pages have their own ways back
        self.header.setVisible(not on_welcome)
        self.footer.setVisible(not on_welcome)
        # On Home there is nowhere to go back to: Back and Home are hidden.
        self.back_button.setVisible(name != base.HOME and not staff)
        self.home_button.setVisible(name != base.HOME and not staff)
        self.access_button.setVisible(name != base.ACCESS and not staff)
        for button in (self.language_button, self.read_button, self.list_button):
            button.setVisible(not staff)
        self.title_label.setText(widget.title())
        self.title_label.setAccessibleName(widget.title())

    def _settle_focus(self) -> None:
        """Keep focus in a text box a screen chose; otherwise on the header, not on a control.

        Qt gives focus to the first focusable child when a page appears, which would paint the
        first tile (or a scroll area) in the focus colour for a visitor who never used a
        keyboard. From the header, the first Tab goes to Back, then Home.
        """
        if self.overlay.isVisible():
            return
        focus = QApplication.focusWidget()
        current = self.stack.currentWidget()
        if (
            focus is None
            or current is None
            or not isinstance(focus, QLineEdit)
            or not current.isAncestorOf(focus)
        ):
            target = self.header if self.header.isVisible() else self.stack
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._settle_focus)

    def _update_list_button(self) -> None:
        count = len(self.setup.session.saved)
        self.list_button.setText(self.tr("My list ({0})").format(count))
        self.list_button.set_icon_name("star-filled" if count else "star")

    # -- read aloud --------------------------------------------------------------------------

    def _toggle_read_aloud(self) -> None:
        self.read_aloud.toggle()
        self._show_read_aloud()

    def _show_read_aloud(self) -> None:
        """The switch and the controls follow the session (and its reset)."""
        on = self.read_aloud.is_on()
        self.read_button.set_on(on)
        self.read_aloud_bar.setVisible(on)

    # -- staff mode --------------------------------------------------------------------------

    def open_staff(self) -> None:
        """The hidden gesture or Ctrl+Alt+A: show the PIN pad (nothing more without the PIN)."""
        if self.context is None or (self.current and self.current.name in base.STAFF_SCREENS):
            return
        self._close_overlay()
        self.show_screen(base.STAFF_PIN)

    def _forget_visitor_for_staff(self) -> None:
        """Staff took over the kiosk: the visitor before them is forgotten."""
        self.setup.session.reset()
        for name, widget in self.screens.items():
            if name not in base.STAFF_SCREENS:
                widget.reset()

    def _forget_staff_pages(self) -> None:
        """Staff mode closed: no way back into it through the history."""
        self.history = [visit for visit in self.history if visit.name not in base.STAFF_SCREENS]
        for name, widget in self.screens.items():
            if name in base.STAFF_SCREENS:
                widget.reset()

    def _drop_folder_checked(self, outcome: object) -> None:
        if outcome is not None:  # logged by the check; the staff home shows it
            self.staff.data_changed.emit()

    def quit_kiosk(self, restart: bool) -> None:
        """Staff leave the kiosk for the desktop, or start it again."""
        log.warning("staff asked the kiosk to %s", "restart" if restart else "close")
        if self.keeper is not None:
            self.keeper.stop()
        QApplication.exit(RESTART_EXIT_CODE if restart else 0)

    # -- idle and reset ----------------------------------------------------------------------

    def _on_idle_warning(self) -> None:
        """The still-there question, as a modal: the page behind cannot be reached, by touch,
        keyboard or screen reader, until it is answered."""
        self.kiosk_page.setEnabled(False)
        self.overlay.start(self.idle.seconds_left() or round(self.idle.countdown_s))
        self.read_aloud.announce(self.overlay.spoken_text(), assertive=True)

    def _say_countdown(self, seconds: int) -> None:
        if self.overlay.isVisible() and seconds in SPOKEN_COUNTDOWN:
            self.read_aloud.say_now(self.overlay.seconds_label.accessibleName())

    def _close_overlay(self) -> None:
        self.overlay.hide()
        self.kiosk_page.setEnabled(True)

    def _on_keep_going(self) -> None:
        self._close_overlay()
        self.idle.keep_alive()
        self._settle_focus()

    def _idle_reset(self) -> None:
        if self.context is not None:
            self.setup.usage.record(Event.IDLE_RESET)
        self.reset_all()

    def _follow_settings(self) -> None:
        """After a reset: the settings staff changed meanwhile apply from this visitor on."""
        settings = self.setup.session.defaults
        if settings is self.setup.settings:
            return
        self.setup.settings = settings
        if self.context is not None:
            self.context.settings = settings
        self.idle.timeout_s = settings.idle_timeout_s
        self.idle.countdown_s = settings.idle_countdown_s
        self.setup.usage.enabled = settings.statistics
        self.setup.usage.keep_unfound = settings.keep_unfound_searches
        self._clear_screens()  # built with the old settings

    def reset_all(self) -> None:
        """Forget the visitor completely and go back to the welcome screen."""
        self._close_overlay()
        self.idle.stop()
        self.staff.close()
        self.setup.session.reset()
        if self.keeper is not None:
            self.keeper.restore()
        if self.context is None:
            return  # out of order: nothing to reset, and the data watch carries on
        for widget in self.screens.values():
            widget.reset()
        self.history.clear()
        self.show_screen(base.WELCOME)
        self.reload_data_if_replaced()

    def reload_data_if_replaced(self) -> bool:
        """Between visitors, pick up data that staff imported (or rolled back) meanwhile."""
        if self.context is None:
            return False
        old = self.context.directory
        if not old.is_replaced() or old.path is None:
            return False
        try:
            fresh = open_directory(old.path)
        except DatabaseError as exc:
            log.warning("kept the data already shown: %s", exc)
            return False
        self._use_directory(fresh)
        self.rebuild_screens()
        return True

    def _use_directory(self, directory: Directory) -> None:
        """Show directory from now on; the old one is closed once nothing uses it."""
        try:
            self._opened = file_identity(directory.path) if directory.path else None
        except OSError:
            self._opened = None
        if self.context is None:
            self.context = self.setup.with_directory(directory)
        else:
            old, self.context.directory = self.context.directory, directory
            if old is not directory:
                self.warm_ups.retire(old)
        # Search indexes load in a worker, once the first frame is up.
        QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        # Whatever directory is current when the timer fires (it may have been replaced).
        if self.context is not None:
            self.warm_ups.start(self.context.directory)

    # -- errors, out of order, and back ------------------------------------------------------

    def is_out_of_order(self) -> bool:
        return self.context is None

    def recover_after_error(self, database: bool) -> None:
        """After an error escaped a screen: fresh screens, on data that can be read, at Home.

        database: the error came from the database (or the file changed under it), so it is
        opened again first; if it cannot be read, the kiosk goes out of order.
        """
        self._close_overlay()
        if self.context is None:
            self.data_watch.check()
            return
        if database or self.context.directory.is_replaced():
            try:
                directory = open_directory(self.db_path) if self.db_path else None
            except DatabaseError as exc:
                self.go_out_of_order(f"the database cannot be read: {exc}")
                return
            if directory is None:
                self.go_out_of_order("the database cannot be opened again (it has no file)")
                return
            log.warning("opened the database again after an error")
            self._use_directory(directory)
        self._clear_screens()
        self.history.clear()
        self.current = None
        try:
            self.show_screen(base.HOME)
            self.update_footer()
        except DATABASE_PROBLEMS as exc:
            self.go_out_of_order(f"the database cannot be read: {exc}")
            return
        message = self.tr("Sorry, something went wrong. Please try again.")
        self.notice.show_message(message)
        self.read_aloud.announce(message, assertive=True)

    def go_out_of_order(self, reason: str) -> None:
        """Show only the out-of-order page, forget the visitor, and watch for the data."""
        log.error("out of order: %s", reason)
        listening = self.read_aloud.is_on()
        self.idle.stop()
        self.staff.close()
        self._close_overlay()
        self.notice.hide()
        self.setup.session.reset()
        self._clear_screens()
        self.history.clear()
        self.current = None
        if self.context is not None:
            self.warm_ups.retire(self.context.directory)
            self.context = None
        self.out_of_order.retranslate()
        self.surface.setCurrentWidget(self.out_of_order)
        words = self.out_of_order.accessibleName()
        self.read_aloud.announce(words, assertive=True)
        if listening:  # the visitor's read aloud was just forgotten with the rest
            self.read_aloud.speech.say(words)
        if self.db_path is not None:
            self.data_watch.start()
        self.out_of_order_changed.emit(True)

    def _data_back(self, directory: Directory) -> None:
        log.warning("the database can be read again: back in order")
        self._use_directory(directory)
        self.surface.setCurrentWidget(self.kiosk_page)
        self._retranslate_chrome()
        self.show_screen(base.WELCOME)
        self.out_of_order_changed.emit(False)

    def _clear_screens(self) -> None:
        """Throw away every built screen; each is built afresh when next shown."""
        for widget in self.screens.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.screens.clear()

    def _changed_in_place(self) -> bool:
        """Whether the database file was written in place since it was opened (say, `cp` over
        it). An import replaces the file instead: the old one still reads as it was, so that
        waits for the next visitor (reload_data_if_replaced)."""
        if self.context is None or self.db_path is None or self._opened is None:
            return False
        try:
            now = file_identity(self.db_path)
        except OSError:
            return False
        return now[0] == self._opened[0] and now != self._opened

    def _reopen_changed_file(self) -> None:
        """Open the database again and build fresh screens, keeping the visitor's place.

        SQLite reads the new bytes, but what the Directory and the screens loaded from the old
        ones would no longer match them. DatabaseError if it cannot be read (the error guard
        then takes the kiosk out of order).
        """
        log.warning("the database was changed in place (not by an import): opening it again")
        if self.db_path is None:
            return
        self._use_directory(open_directory(self.db_path))
        self._clear_screens()

    # -- language and look -------------------------------------------------------------------

    def _on_session_changed(self) -> None:
        session = self.setup.session
        choices = session_choices(session)
        if session.resetting:
            self._choice_defaults = dict(choices)
        else:
            for event, key in choice_events(self._choices, choices, self._choice_defaults):
                self.setup.usage.record(event, key)
        self._choices = choices
        look = theme.Look(session.colour_scheme, float(session.text_scale), session.font)
        if look != self._applied_look:
            old, self._applied_look = self._applied_look, look
            # A new text size or font lays every screen out afresh (columns, wrapping): they
            # are built again as they are shown, the current one at once. Colours alone
            # restyle the screens already built.
            reflow = (old.text_scale, old.font) != (look.text_scale, look.font)
            if reflow:
                self._clear_screens()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, look)
            if reflow and self.current is not None and self.context is not None:
                self.show_screen(self.current.name, self.current.arg, remember=False)
        if session.language != self._language:
            self._language = session.language
            # Later, not now: the screen whose button changed the language is still running.
            QTimer.singleShot(0, self._change_language)

    def _change_language(self) -> None:
        setup = self.setup
        install_translator(setup.session.language, setup.resources)
        try:
            topics = load_topics_for(setup.session.language, setup.resources)
        except ContentError as exc:
            log.warning(
                "topic pages in %s cannot be used (%s); English instead",
                setup.session.language,
                exc,
            )
            topics = load_topics_for("en", setup.resources)
        setup.use_topics(topics)
        if self.context is not None and self.context is not setup:
            self.context.use_topics(topics)
        self.out_of_order.retranslate()
        self.rebuild_screens()

    def rebuild_screens(self) -> None:
        """Throw away every built screen (their words are in the old language) and re-show."""
        self._clear_screens()
        self._retranslate_chrome()
        if self.current is not None and self.context is not None:
            self.show_screen(self.current.name, self.current.arg, remember=False)

    def _describe_chrome(self) -> None:
        """What the header and footer controls do, for screen readers and touch to hear."""
        self.back_button.setAccessibleDescription(self.tr("Go to the previous page"))
        self.home_button.setAccessibleDescription(self.tr("Go to the start page"))
        self.list_button.setAccessibleDescription(self.tr("Services you have saved"))
        self.language_button.setAccessibleDescription(self.tr("Choose another language"))
        self.access_button.setAccessibleDescription(
            self.tr("Text size, colours, an easier font and languages")
        )
        self.sample_badge.setAccessibleName(self.tr("Sample data: these services are examples"))
        self.sample_badge.setAccessibleDescription(self.tr("Says what sample data means"))

    def _retranslate_chrome(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.access_button.setText(self.tr("Accessibility"))
        self.language_button.setText(native_name(self.setup.session.language, self.setup.resources))
        self._describe_chrome()
        self.read_button.set_on(self.read_aloud.is_on())
        self.read_aloud_bar.retranslate()
        self.sample_badge.setText(self.tr("Sample data"))
        self._update_list_button()
        self.update_footer()

    # -- window ------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the welcome screen (or out of order) and the window (full screen in kiosk mode)."""
        if self.context is not None:
            self._use_directory(self.context.directory)
            self.show_screen(base.WELCOME)
        else:
            self.go_out_of_order(f"no data can be read from {self.db_path}")
        self.drop_watch.start()
        if self.keeper is not None:
            self.keeper.start()
        else:
            self.resize(1920, 1080)
            self.show()

    def bring_forward(self) -> None:
        """To the front (a second start of the kiosk asked for it)."""
        if self.keeper is not None:
            self.keeper.restore()
            return
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def shut_down(self) -> None:
        """Stop every timer and watcher, and wait briefly for the warm-up (the app is ending)."""
        self.read_aloud.speech.shut_down()
        self.idle.stop()
        self.idle.uninstall()
        self.data_watch.stop()
        self._stop_staff()
        if self.keeper is not None:
            self.keeper.stop()
        self.warm_ups.wait(2.0)
        self.staff.jobs.wait(2000)
        self.drop_watch.jobs.wait(2000)

    def _stop_staff(self) -> None:
        self.staff.close()
        self.staff_gesture.uninstall()
        self.drop_watch.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode:
            event.ignore()  # a visitor cannot close the kiosk (staff stop its session)
            return
        self.read_aloud.speech.shut_down()
        self.idle.stop()
        self.idle.uninstall()
        self.data_watch.stop()
        self._stop_staff()
        if self.keeper is not None:
            self.keeper.stop()  # closed on purpose (a test, or kiosk mode switched off)
        super().closeEvent(event)
