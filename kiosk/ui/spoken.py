"""What read aloud says about a control: its name, what it is and its state, in plain words.

    describe(widget)            "Larger, choice, selected"; "Search words, text box, empty"
    state_words(widget)         "selected", "choices showing" ... ("" when it has no state)
    speakable(text)             text as a voice should read it: phone numbers digit by digit

Everything comes from the widget's accessibility interface (kiosk.ui.accessibility), so a
visitor hears what a screen reader would be told.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

SPOKEN_ROLE = "spoken_role"  # a widget property: the word for what it is, when Qt's is wrong
# A UK phone number: at least 9 digits, in groups split by spaces ("01632 960123").
PHONE = re.compile(r"(?<![\d,.])\+?\d[\d ]{7,}\d(?!\d|[.,]\d)")  # a full stop may end it
INVISIBLE = str.maketrans("", "", "\u200b\u00ad")


def role_word(role: QAccessible.Role) -> str:
    """A plain word for a kind of control ("" for plain text, which needs none)."""
    Role = QAccessible.Role
    if role in (Role.Button, Role.PushButton):
        return QCoreApplication.translate("Spoken", "button")
    if role == Role.RadioButton:
        return QCoreApplication.translate("Spoken", "choice")
    if role == Role.CheckBox:
        return QCoreApplication.translate("Spoken", "tick box")
    if role == Role.EditableText:
        return QCoreApplication.translate("Spoken", "text box")
    if role == Role.Heading:
        return QCoreApplication.translate("Spoken", "heading")
    if role == Role.Dialog:
        return QCoreApplication.translate("Spoken", "message")
    if role == Role.List:
        return QCoreApplication.translate("Spoken", "list")
    return ""


def _state_words(iface: QAccessibleInterface) -> list[str]:
    state = iface.state()
    words: list[str] = []
    if state.disabled:
        words.append(QCoreApplication.translate("Spoken", "not available now"))
    if state.expandable:
        words.append(
            QCoreApplication.translate("Spoken", "choices showing")
            if state.expanded
            else QCoreApplication.translate("Spoken", "opens choices")
        )
    if state.checkable:
        words.append(
            QCoreApplication.translate("Spoken", "selected")
            if state.checked
            else QCoreApplication.translate("Spoken", "not selected")
        )
    return words


def state_words(widget: QWidget) -> str:
    """The widget's state alone ("selected", "choices showing"), or ""."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return ", ".join(_state_words(iface))


def describe(widget: QWidget) -> str:
    """Name, kind and state, then the description: "Home, button. Go to the start page"."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return widget.accessibleName()
    name = " ".join(iface.text(QAccessible.Text.Name).split())
    role = iface.role()
    spoken_role = widget.property(SPOKEN_ROLE)
    parts = [name] if name else []
    kind = spoken_role if isinstance(spoken_role, str) else role_word(role)
    if kind:
        parts.append(kind)
    if role == QAccessible.Role.EditableText:
        value = iface.text(QAccessible.Text.Value)
        parts.append(value or QCoreApplication.translate("Spoken", "empty"))
    parts.extend(_state_words(iface))
    text = ", ".join(parts)
    description = " ".join(iface.text(QAccessible.Text.Description).split())
    if description and description != name:
        text = f"{text}. {description}" if text else description
    return text


def _digits(match: re.Match[str]) -> str:
    groups = match.group(0).split()
    return ", ".join(" ".join(group) for group in groups)


def speakable(text: str) -> str:
    """text for a voice: no invisible break hints, phone numbers read digit by digit."""
    return PHONE.sub(_digits, text.translate(INVISIBLE))
