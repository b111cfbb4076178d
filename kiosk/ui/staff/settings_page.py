"""Staff change the everyday settings on the screen: idle times, languages, text size, read
aloud, statistics. Each touch is checked and saved in kiosk.toml (kiosk.config.write_setting)
and applies from the next visitor on (VisitorSession.use_settings_from_next_visitor)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk import looks
from kiosk.config import ConfigError, Settings, read_settings, settings_path, write_setting
from kiosk.languages import DEFAULT
from kiosk.ui import accessibility, theme
from kiosk.ui.context import KioskSetup
from kiosk.ui.translation import available_languages, native_name
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea

# The choices offered on screen (the file may hold any value its check allows).
IDLE_TIMEOUTS_S = (60, 90, 120, 180, 300)
IDLE_COUNTDOWNS_S = (20, 30, 45, 60)
# The settings on this page, in the order shown; enabled_languages is many-of, the rest one-of.
KEYS = (
    "idle_timeout_s",
    "idle_countdown_s",
    "enabled_languages",
    "text_size",
    "read_aloud",
    "statistics",
)


class SettingsPage(QWidget):
    """Big chips for each everyday setting, saved at each touch.

    `config_path` is the settings file written (kiosk.toml in the config folder).

    Signals:
        closed(): staff are done here (Back).
        saved(str): KEY was saved.
    """

    closed = Signal()
    saved = Signal(str)

    def __init__(self, context: KioskSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.config_path: Path = settings_path()
        self.settings = Settings()
        self.groups: dict[str, QButtonGroup] = {}

        heading = QLabel(self.tr("Settings"), self)
        theme.set_role(heading, "heading")
        accessibility.mark_heading(heading)
        intro = QLabel(self.tr("Changes are saved at once and apply from the next visitor."), self)
        intro.setWordWrap(True)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        theme.set_role(self.status_label, "subheading")
        self.status_label.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(56, 24, 56, 24)
        layout.setSpacing(20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        languages = available_languages(context.resources)
        for key, title, hint, chips in (
            (
                "idle_timeout_s",
                self.tr("Quiet time before “Are you still there?”"),
                self.tr("How long without a touch before the kiosk asks."),
                [ChipButton(self.tr("%n second(s)", "", s), s) for s in IDLE_TIMEOUTS_S],
            ),
            (
                "idle_countdown_s",
                self.tr("Countdown before clearing everything"),
                self.tr("How long the kiosk waits for an answer, then starts again."),
                [ChipButton(self.tr("%n second(s)", "", s), s) for s in IDLE_COUNTDOWNS_S],
            ),
            (
                "enabled_languages",
                self.tr("Languages visitors can choose"),
                self.tr("English and the kiosk's own language are always offered."),
                [ChipButton(native_name(code, context.resources), code) for code in languages],
            ),
            (
                "text_size",
                self.tr("Text size for a new visitor"),
                self.tr("Each visitor can still change it."),
                [ChipButton(self.tr("{0} %").format(size), size) for size in looks.TEXT_SIZES],
            ),
            (
                "read_aloud",
                self.tr("Read aloud when a visit starts"),
                self.tr("Each screen is read out, and a first touch says what a control is."),
                [ChipButton(self.tr("Off"), False), ChipButton(self.tr("On"), True)],
            ),
            (
                "statistics",
                self.tr("Usage statistics"),
                self.tr("Anonymous counts per day and hour, for the reports."),
                [ChipButton(self.tr("Off"), False), ChipButton(self.tr("On"), True)],
            ),
        ):
            layout.addWidget(self._section(key, title, hint, chips))
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.clicked.connect(self.closed)
        layout.addWidget(self.status_label)
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.load()

    def _section(self, key: str, title: str, hint: str, chips: list[ChipButton]) -> QWidget:
        group = QButtonGroup(self)
        group.setExclusive(key != "enabled_languages")
        box = QFrame(self)
        theme.set_role(box, "card")
        accessibility.mark_group(box, title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 16, 32, 20)
        inner.setSpacing(8)
        heading = QLabel(title, box)
        theme.set_role(heading, "subheading")
        accessibility.mark_heading(heading)
        heading.setWordWrap(True)
        text = QLabel(hint, box)
        text.setWordWrap(True)
        row = FlowLayout(spacing=16)
        for chip in chips:
            chip.setParent(box)
            if group.exclusive():
                accessibility.mark_choice(chip)
            group.addButton(chip)
            row.addWidget(chip)
        group.buttonClicked.connect(lambda _chip, k=key: self.save(k))
        self.groups[key] = group
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addLayout(row)
        return box

    # -- showing -----------------------------------------------------------------------------
    def load(self) -> None:
        """Tick the chips that match the settings file."""
        self.settings, _problems = read_settings(self.config_path)
        for key, group in self.groups.items():
            value = getattr(self.settings, key)
            for chip in group.buttons():
                if not isinstance(chip, ChipButton):
                    continue
                if key == "enabled_languages":
                    # none named: every language; the kiosk's own are always offered
                    locked = chip.value in (DEFAULT, self.settings.default_language)
                    chip.setChecked(locked or not value or chip.value in value)
                    chip.setEnabled(not locked)
                else:
                    chip.setChecked(chip.value == value)

    def value(self, key: str) -> object:
        """What the chips of KEY say now."""
        chips = [c for c in self.groups[key].buttons() if isinstance(c, ChipButton)]
        if key == "enabled_languages":
            chosen = tuple(str(c.value) for c in chips if c.isChecked())
            return () if len(chosen) == len(chips) else chosen  # (): every language
        checked = next((c for c in chips if c.isChecked()), None)
        return checked.value if checked is not None else getattr(self.settings, key)

    # -- saving ------------------------------------------------------------------------------
    def save(self, key: str) -> None:
        """Write KEY as the chips say; the next visitor finds the kiosk so."""
        value = self.value(key)
        if value == getattr(self.settings, key):
            return
        try:
            write_setting(self.config_path, key, value)  # type: ignore[arg-type]
        except ConfigError as exc:
            self.load()  # the chips go back to what the file says
            self._say(self.tr("Not saved: {0}").format(str(exc)))
            return
        self.load()
        # Only what this page sets: the rest stays as the running kiosk has it.
        session = self.context.session
        changes = {name: getattr(self.settings, name) for name in KEYS}
        session.use_settings_from_next_visitor(replace(session.next_settings(), **changes))
        self._say(self.tr("Saved. It applies from the next visitor."))
        self.saved.emit(key)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        accessibility.announce(self, text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()
