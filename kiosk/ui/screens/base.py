"""The base class of every full-window screen and the names screens are known by."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.context import AppContext

# Screen names used with Screen.navigate / MainWindow.show_screen
WELCOME = "welcome"
HOME = "home"
TOPICS = "topics"  # list of SEND topics
TOPIC = "topic"  # arg: topic id, or TopicAt (opened at those words)
DIRECTORY = "directory"  # category tiles
SERVICES = "services"  # arg: category id or Filters -> service list with filter chips
SERVICE = "service"  # arg: service id -> service page with QR take-away
SEARCH = "search"
MY_LIST = "my-list"
TALK = "talk"  # talk to someone; arg: a contact id to show
START = "start"  # "Where do I start?": questions, then a page made for the answers
ACCESS = "access"  # languages and accessibility
LANGUAGE = "language"  # choose a language: from the header, on every screen
# Staff mode (kiosk.ui.staff): only the PIN pad is shown until the right PIN is given.
STAFF_PIN = "staff-pin"
STAFF_HOME = "staff"
STAFF_UPDATE = "staff-update"  # update the data from a USB stick or the drop folder
STAFF_UNDO = "staff-undo"  # undo the last update
STAFF_REPORTS = "staff-reports"  # usage and feedback, saved to a USB stick
STAFF_SETTINGS = "staff-settings"  # the everyday settings
STAFF_SCREENS = frozenset(
    {STAFF_PIN, STAFF_HOME, STAFF_UPDATE, STAFF_UNDO, STAFF_REPORTS, STAFF_SETTINGS}
)


@dataclass(frozen=True)
class TopicAt:
    """A topic page to open scrolled to a place: the paragraph or list item that begins with
    WORDS (a glossary word: "ASD / ASC")."""

    topic_id: str
    words: str


class Screen(QWidget):
    """A full-window page, built once and reused; shown through the window's stack.

    Signals:
        navigate(str, object): ask the window to show screen `name` with `arg`.
        go_back(): ask the window for the previous screen.
        announce(str): a change of status to tell a visitor who cannot see it ("12
            services", "Saved"): screen readers hear it, and read aloud says it when on.
        read_aloud_toggled(): the visitor touched a "Read to me" switch on the screen.
    """

    navigate = Signal(str, object)
    go_back = Signal()
    announce = Signal(str)
    read_aloud_toggled = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def title(self) -> str:
        """The heading shown in the window's header (translated)."""
        return ""

    def read_aloud_text(self) -> str:
        """The screen's main words, read after its title when it appears (translated)."""
        return ""

    def show_with(self, arg: object) -> None:
        """Called each time the screen is shown; `arg` is what navigate() passed."""

    def reset(self) -> None:
        """Forget everything the last visitor did here (text, filters, scroll positions)."""
