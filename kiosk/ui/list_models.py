"""Qt list models over the store's dataclasses: services (ServiceSummary), categories, and
the search-for-everything answers (kiosk.content.answers.Answer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kiosk.content.answers import Answer, AnswerKind
from kiosk.store.days import DAY_CODES
from kiosk.store.models import Category, ServiceDetail, ServiceSummary

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
Row = TypeVar("Row")


def summary_of(detail: ServiceDetail) -> ServiceSummary:
    """The list-row view of a service page's details (for cards of saved services)."""
    open_days = {day for slot in detail.opening_times for day in slot.days}
    return ServiceSummary(
        id=detail.id,
        name=detail.name,
        organisation=detail.organisation,
        description=detail.description,
        categories=tuple(c.name for c in detail.categories),
        districts=detail.districts,
        min_age=detail.min_age,
        max_age=detail.max_age,
        is_free=detail.is_free,
        days=tuple(code for code in DAY_CODES if code in open_days),
    )


class ServiceRole(IntEnum):
    """Custom roles of ServiceListModel."""

    SUMMARY = Qt.ItemDataRole.UserRole + 1  # the ServiceSummary itself
    ID = Qt.ItemDataRole.UserRole + 2  # its id (str)


class AnswerRole(IntEnum):
    """Custom roles of AnswerListModel (a service row also answers ServiceRole.SUMMARY/ID)."""

    ANSWER = Qt.ItemDataRole.UserRole + 11  # the Answer itself
    KIND = Qt.ItemDataRole.UserRole + 12  # its AnswerKind


class CategoryRole(IntEnum):
    """Custom roles of CategoryModel."""

    CATEGORY = Qt.ItemDataRole.UserRole + 1  # the Category itself
    ID = Qt.ItemDataRole.UserRole + 2
    COUNT = Qt.ItemDataRole.UserRole + 3


class _RowsModel(QAbstractListModel, Generic[Row]):
    """A flat, read-only list of dataclass rows: subclasses map roles to row values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def _row_at(self, index: Index) -> Row | None:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        return self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def _replace_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _append_new_rows(self, rows: Sequence[Row], key: Callable[[Row], object]) -> None:
        """Add rows at the end, leaving out any whose key is listed already."""
        known = {key(row) for row in self._rows}
        fresh = [row for row in rows if key(row) not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(NO_PARENT, first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()


class ServiceListModel(_RowsModel[ServiceSummary]):
    """Rows of ServiceSummary; Display = name, AccessibleText = a spoken summary.

    `describe(summary) -> str` gives the accessible text (the card's words); by default the
    name and organisation.
    """

    def __init__(
        self,
        describe: Callable[[ServiceSummary], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe or (lambda s: f"{s.name}, {s.organisation}")

    # -- changing the rows -----------------------------------------------------------------
    def set_services(self, services: Sequence[ServiceSummary]) -> None:
        self._replace_rows(services)

    def append_services(self, services: Sequence[ServiceSummary]) -> None:
        """Add a further page at the end (ids already listed are skipped)."""
        self._append_new_rows(services, key=lambda s: s.id)

    def remove_service(self, service_id: str) -> bool:
        row = self.row_of(service_id)
        if row is None:
            return False
        self.beginRemoveRows(NO_PARENT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def clear(self) -> None:
        self.set_services([])

    # -- reading ---------------------------------------------------------------------------
    def services(self) -> list[ServiceSummary]:
        return list(self._rows)

    def summary(self, row: int) -> ServiceSummary:
        return self._rows[row]

    def row_of(self, service_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == service_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_at(index)
        if summary is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return summary.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(summary)
        if role == ServiceRole.SUMMARY:
            return summary
        if role == ServiceRole.ID:
            return summary.id
        return None


class CategoryModel(_RowsModel[Category]):
    """Rows of Category; Display = name, AccessibleText = 'name, N services'.

    `describe(category) -> str` gives the accessible text (translated by the screen).
    """

    def __init__(
        self,
        describe: Callable[[Category], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe or (lambda c: f"{c.name}, {c.count}")

    def set_categories(self, categories: Sequence[Category]) -> None:
        self._replace_rows(categories)

    def categories(self) -> list[Category]:
        return list(self._rows)

    def category(self, row: int) -> Category:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        category = self._row_at(index)
        if category is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return category.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(category)
        if role == CategoryRole.CATEGORY:
            return category
        if role == CategoryRole.ID:
            return category.id
        if role == CategoryRole.COUNT:
            return category.count
        return None


class AnswerListModel(_RowsModel[Answer]):
    """Rows of Answer (guidance pages, SEND words, services) in the order to show them;
    Display = title, AccessibleText = what it is and its words, from `describe(answer)`."""

    def __init__(self, describe: Callable[[Answer], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._describe = describe

    def set_answers(self, answers: Sequence[Answer]) -> None:
        self._replace_rows(answers)

    def append_answers(self, answers: Sequence[Answer]) -> None:
        """Add more at the end (a further page of services; rows already listed are skipped)."""
        self._append_new_rows(answers, key=lambda a: (a.kind, a.id))

    def clear(self) -> None:
        self.set_answers([])

    def answers(self) -> list[Answer]:
        return list(self._rows)

    def answer(self, row: int) -> Answer:
        return self._rows[row]

    def services(self) -> list[ServiceSummary]:
        """The services among the answers, in order."""
        return [a.service for a in self._rows if a.service is not None]

    def service_count(self) -> int:
        return sum(1 for a in self._rows if a.kind is AnswerKind.SERVICE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        answer = self._row_at(index)
        if answer is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return answer.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(answer)
        if role == AnswerRole.ANSWER:
            return answer
        if role == AnswerRole.KIND:
            return answer.kind
        if role == ServiceRole.SUMMARY:
            return answer.service
        if role == ServiceRole.ID:
            return answer.id if answer.kind is AnswerKind.SERVICE else None
        return None
