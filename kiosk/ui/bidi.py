"""Right-to-left languages (Urdu): English names and phone numbers inside their sentences.

API:
    right_to_left() -> bool          whether the kiosk is in a right-to-left language now
    isolate(text) -> str             a name (a service's, an organisation's: they stay in
                                     English) to put into a translated sentence, or to show on
                                     its own: it keeps its own direction, so "Autism (5+)" is
                                     not turned into "(+5) Autism" by the Urdu around it (text
                                     with Urdu letters in it is left as it is)
    left_to_right(text) -> str       a phone number, email or web address: always read left
                                     to right ("01632 960000" never becomes "960000 01632")
    keep_left_to_right(widget)       a widget whose content is left to right whatever the
                                     language (a QR code)
    strip_marks(text) -> str         text without the marks above (for speech and tests)

Both wrappers add Unicode's isolates (FSI U+2068 or LRI U+2066 ... PDI U+2069) only while the
kiosk is right to left: in English, Polish, ... they return the text as it is. Never put
them into what a QR code carries or what the store keeps.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # speech imports this module, and needs no widgets
    from PySide6.QtWidgets import QWidget

LRI = "\u2066"  # left-to-right isolate
FSI = "\u2068"  # first-strong isolate: the direction of its first letter
PDI = "\u2069"  # pop directional isolate: the end of either
MARKS = str.maketrans("", "", LRI + FSI + PDI + "\u2067\u200e\u200f")


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """text in its own direction inside a right-to-left sentence (see the module docstring).

    Text with any right-to-left letter in it (an Urdu title that starts "SEND ...") is left to
    run with the sentence: isolated, its first letter would have made it all left to right.
    """
    if not text or not right_to_left() or has_right_to_left_letters(text):
        return text
    return f"{FSI}{text}{PDI}"


def has_right_to_left_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def left_to_right(text: str) -> str:
    """text read left to right inside a right-to-left sentence (see the module docstring)."""
    return f"{LRI}{text}{PDI}" if text and right_to_left() else text


def keep_left_to_right(widget: QWidget) -> None:
    """widget is laid out and drawn left to right in every language."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def strip_marks(text: str) -> str:
    return text.translate(MARKS)
