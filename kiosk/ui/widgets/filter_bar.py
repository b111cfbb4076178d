"""FilterBar: large chips for age, district, free only and day, with in-window pickers.

API:
    bar = FilterBar(districts)                 # district names from directory.districts()
    bar.filters_changed.connect(slot)          # slot(Filters); category/language stay None
    bar.filters() -> Filters; bar.set_filters(Filters) (no signal); bar.reset() (no signal)
    bar.age_chip, bar.district_chip, bar.free_chip, bar.day_chip, bar.clear_button
    bar.age_picker / district_picker / day_picker: FilterPicker rows; picker.chip(value)

Age, district and day open a row of chips under the bar (never a menu or dialog); choosing
one sets the filter and closes the row. A tick on a chip shows the filter is on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.days import DAY_CODES
from kiosk.store.limits import LOCAL_OFFER_AGES
from kiosk.store.models import Filters
from kiosk.ui import accessibility, theme
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.wording import words


class FilterPicker(QFrame):
    """A tinted row of one-of-many chips under the filter bar, with its question above.

    Signals:
        chosen(object): a chip was touched; its value (None = "any").
    """

    chosen = Signal(object)

    def __init__(
        self, question: str, options: Sequence[tuple[str, object, str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        theme.set_role(self, "panel")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._chips: dict[object, ChipButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(12)
        accessibility.mark_group(self, question)  # screen readers: the question, then choices
        label = QLabel(question, self)
        theme.set_role(label, "subheading")
        label.setWordWrap(True)
        layout.addWidget(label)
        flow = FlowLayout(spacing=12)
        for text, value, accessible in options:
            chip = ChipButton(text, value, self)
            chip.setAccessibleName(text)  # what a visitor sees is what a screen reader says
            if accessible != text:
                chip.setAccessibleDescription(accessible)
            accessibility.mark_choice(chip)
            self.group.addButton(chip)
            self._chips[value] = chip
            flow.addWidget(chip)
        layout.addLayout(flow)
        self.group.buttonClicked.connect(self._clicked)
        self.hide()

    def chip(self, value: object) -> ChipButton:
        return self._chips[value]

    def select(self, value: object) -> None:
        """Tick the chip for value without telling anyone."""
        chip = self._chips.get(value)
        if chip is not None:
            chip.setChecked(True)

    def _clicked(self, chip: ChipButton) -> None:
        self.chosen.emit(chip.value)


class FilterBar(QWidget):
    """The visitor's filters as chips.

    Signals:
        filters_changed(object): the new Filters after any change.
        picker_changed(object): the name of the picker now open ("age", "district", "day"),
            or None when all are closed.
        filter_used(str): the visitor chose a filter (its field: age, district, free_only, day).
    """

    filters_changed = Signal(object)
    picker_changed = Signal(object)
    filter_used = Signal(str)

    def __init__(self, districts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = Filters()
        w = words()
        self.age_chip = ChipButton(self.tr("Age"), "age", self)
        self.age_chip.setAccessibleDescription(self.tr("Show services for one age"))
        self.district_chip = ChipButton(self.tr("District"), "district", self)
        self.district_chip.setAccessibleDescription(self.tr("Show services in one district"))
        self.free_chip = ChipButton(self.tr("Free only"), "free", self)
        self.free_chip.setAccessibleDescription(self.tr("Show only services that are free"))
        self.day_chip = ChipButton(self.tr("Day"), "day", self)
        self.day_chip.setAccessibleDescription(self.tr("Show services open on one day"))
        self.clear_button = BigButton(self.tr("Clear filters"), "close")
        self.clear_button.setAccessibleDescription(self.tr("Show everything again"))
        self.clear_button.setParent(self)

        any_age = (self.tr("Any age"), None, self.tr("Any age"))
        ages = [(str(n), n, w.age_exactly.format(n)) for n in LOCAL_OFFER_AGES]
        self.age_picker = FilterPicker(
            self.tr("How old is your child or young person?"), [any_age, *ages], self
        )
        any_district = (self.tr("Anywhere"), None, self.tr("Any district"))
        self.district_picker = FilterPicker(
            self.tr("Which district?"),
            [any_district, *[(d, d, d) for d in districts]],
            self,
        )
        any_day = (self.tr("Any day"), None, self.tr("Any day"))
        days = [(w.day_names[i], code, w.day_names[i]) for i, code in enumerate(DAY_CODES)]
        self.day_picker = FilterPicker(self.tr("Which day?"), [any_day, *days], self)
        self._pickers = {
            "age": self.age_picker,
            "district": self.district_picker,
            "day": self.day_picker,
        }
        self._opens = {"age": self.age_chip, "district": self.district_chip, "day": self.day_chip}

        # Wraps onto more lines with bigger text (a district's name can be long).
        row = FlowLayout(spacing=16)
        label = QLabel(self.tr("Filter:"), self)
        theme.set_role(label, "subheading")
        row.addWidget(label)
        for chip in (self.age_chip, self.district_chip, self.free_chip, self.day_chip):
            row.addWidget(chip)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(row)
        for picker in self._pickers.values():
            layout.addWidget(picker)

        self.age_chip.clicked.connect(lambda: self._toggle_picker("age"))
        self.district_chip.clicked.connect(lambda: self._toggle_picker("district"))
        self.day_chip.clicked.connect(lambda: self._toggle_picker("day"))
        self.free_chip.clicked.connect(self._free_clicked)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.age_picker.chosen.connect(lambda v: self._change(age=v))
        self.district_picker.chosen.connect(lambda v: self._change(district=v))
        self.day_picker.chosen.connect(lambda v: self._change(day=v))
        self._show_filters()

    # -- API ---------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        """Show these filters (only age, district, free and day are used); no signal."""
        self._filters = Filters(
            age=filters.age,
            district=filters.district,
            free_only=filters.free_only,
            day=filters.day,
        )
        self._show_filters()

    def reset(self) -> None:
        self.close_pickers()
        self.set_filters(Filters())

    def open_picker(self) -> str | None:
        return next((name for name, p in self._pickers.items() if not p.isHidden()), None)

    def close_pickers(self) -> None:
        was_open = self.open_picker()
        for picker in self._pickers.values():
            picker.hide()
        self._show_expanded()
        if was_open is not None:
            self.picker_changed.emit(None)

    # -- behaviour ---------------------------------------------------------------------------
    def _toggle_picker(self, name: str) -> None:
        wanted = self._pickers[name]
        opening = wanted.isHidden()
        self.blockSignals(True)  # one picker_changed for the switch, not a close then an open
        self.close_pickers()
        self.blockSignals(False)
        if opening:
            wanted.show()
        self.picker_changed.emit(name if opening else None)
        self._show_filters()  # a touch toggles a chip; its tick must follow the filter

    def _free_clicked(self) -> None:
        self.close_pickers()
        self._change(free_only=not self._filters.free_only)

    def _clear_clicked(self) -> None:
        self.close_pickers()
        if not self._filters.is_empty():
            self._filters = Filters()
            self._show_filters()
            self.filters_changed.emit(self._filters)

    def _change(self, **changes: object) -> None:
        self.close_pickers()
        updated = replace(self._filters, **changes)  # type: ignore[arg-type]
        if updated != self._filters:
            self._filters = updated
            self._show_filters()
            self.filters_changed.emit(updated)
            for kind, value in changes.items():
                if value is not None and value is not False:
                    self.filter_used.emit(kind)
        else:
            self._show_filters()

    def _show_filters(self) -> None:
        f, w = self._filters, words()
        self.age_chip.setText(w.age_exactly.format(f.age) if f.age is not None else self.tr("Age"))
        self.age_chip.setChecked(f.age is not None)
        self.district_chip.setText(f.district or self.tr("District"))
        self.district_chip.setChecked(f.district is not None)
        self.free_chip.setChecked(f.free_only)
        day_index = DAY_CODES.index(f.day) if f.day in DAY_CODES else None
        self.day_chip.setText(w.day_names[day_index] if day_index is not None else self.tr("Day"))
        self.day_chip.setChecked(f.day is not None)
        self.age_picker.select(f.age)
        self.district_picker.select(f.district)
        self.day_picker.select(f.day)
        self.clear_button.setVisible(not f.is_empty())
        for chip in (self.age_chip, self.district_chip, self.free_chip, self.day_chip):
            chip.updateGeometry()
        self._show_expanded()

    def _show_expanded(self) -> None:
        """Each chip that opens a picker says whether its choices are showing."""
        for name, picker in self._pickers.items():
            accessibility.set_expanded(self._opens[name], not picker.isHidden())
