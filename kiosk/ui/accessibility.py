"""What screen readers are told beyond Qt's defaults: headings, one-of-many choices, open and
closed pickers, the still-there dialog, and live announcements.

Qt gives every widget an accessible role from its class (a QLabel is static text, a
QPushButton a button). The kiosk marks what the class cannot say, and one accessibility
factory (installed once, by install()) turns the marks into roles and states:

    mark_heading(label)            a heading (AT-SPI "heading"), not plain text (labels styled
                                   "heading" or "display" are headings without it)
    mark_choice(button)            one of a group's choices (a radio button, checked or not)
    mark_group(widget, name)       a named grouping (the question the choices answer)
    set_expanded(button, bool)     a button that opens a row of choices: expanded or collapsed
    mark_dialog(widget)            a modal dialog drawn inside the window
    announce(widget, text, assertive=False)   a live announcement ("12 services", "Saved")

Each mark is a dynamic property, so it costs nothing until a screen reader (or touch-to-hear)
asks, and survives a widget's text changing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

HEADING = "a11y_heading"
CHOICE = "a11y_choice"
GROUP = "a11y_group"
EXPANDED = "a11y_expanded"  # True, False, or absent (not expandable)
DIALOG = "a11y_dialog"

# Labels styled as these theme roles (kiosk.ui.theme.set_role) are headings without a mark:
# a page's title is a heading however it came to be drawn.
HEADING_ROLES = frozenset({"display", "heading"})

_installed = False


def mark_heading(widget: QWidget) -> None:
    widget.setProperty(HEADING, True)


def mark_choice(button: QAbstractButton) -> None:
    button.setProperty(CHOICE, True)


def mark_group(widget: QWidget, name: str) -> None:
    widget.setProperty(GROUP, True)
    widget.setAccessibleName(name)


def mark_dialog(widget: QWidget) -> None:
    widget.setProperty(DIALOG, True)


def set_expanded(button: QAbstractButton, expanded: bool) -> None:
    """Say whether the choices this button opens are showing, and tell screen readers."""
    if button.property(EXPANDED) == expanded:
        return
    button.setProperty(EXPANDED, expanded)
    if QAccessible.isActive():
        state = QAccessible.State()
        state.expanded = True
        state.collapsed = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, state))


def is_expanded(widget: QWidget) -> bool | None:
    value = widget.property(EXPANDED)
    return value if isinstance(value, bool) else None


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """A live announcement: screen readers say text without focus moving."""
    if not text.strip() or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


class MarkedWidget(QAccessibleWidget):
    """A widget whose role comes from its marks; the rest is Qt's own QAccessibleWidget."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and not widget.accessibleName():
            label_text = getattr(widget, "text", None)
            if callable(label_text):
                return str(label_text())
        return str(super().text(kind))

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        if widget.property(DIALOG):
            state.modal = True
        return state


class MarkedButton(MarkedWidget):
    """A button reported as a radio button (a choice) or as expandable; pressing it works."""

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self.widget()
        if isinstance(button, QAbstractButton):
            state.pressed = button.isDown()
            if button.isCheckable():
                state.checkable = True
                state.checked = button.isChecked()
        expanded = is_expanded(button)
        if expanded is not None:
            state.expandable = True
            state.expanded = expanded
            state.collapsed = not expanded
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        button = self.widget()
        if name == QAccessibleWidget.pressAction() and isinstance(button, QAbstractButton):
            button.click()
        else:
            super().doAction(name)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    if obj.property(HEADING) or (isinstance(obj, QLabel) and obj.property("role") in HEADING_ROLES):
        return MarkedWidget(obj, QAccessible.Role.Heading)
    if obj.property(DIALOG):
        return MarkedWidget(obj, QAccessible.Role.Dialog)
    if obj.property(GROUP):
        return MarkedWidget(obj, QAccessible.Role.Grouping)
    if isinstance(obj, QAbstractButton):
        if obj.property(CHOICE):
            return MarkedButton(obj, QAccessible.Role.RadioButton)
        if is_expanded(obj) is not None:
            return MarkedButton(obj, QAccessible.Role.Button)
    return None


def install() -> None:
    """Install the factory (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
