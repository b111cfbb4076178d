"""The Qt list models over the store's dataclasses, checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.store.models import Filters
from kiosk.ui.list_models import (
    CategoryModel,
    CategoryRole,
    ServiceListModel,
    ServiceRole,
    summary_of,
)


def test_service_model_passes_the_model_tester(qtmodeltester, context) -> None:
    services = context.directory.services(Filters(), limit=20)
    model = ServiceListModel()
    model.set_services(services)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 20
    index = model.index(3, 0)
    assert index.data() == services[3].name
    assert index.data(ServiceRole.SUMMARY) == services[3]
    assert index.data(ServiceRole.ID) == services[3].id
    assert services[3].organisation in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_service_model_pages_and_removes(qtmodeltester, context, qtbot) -> None:
    directory = context.directory
    model = ServiceListModel(describe=lambda s: f"spoken {s.name}")
    qtmodeltester.check(model, force_py=True)  # stays connected: checks every change below
    first = directory.services(Filters(), limit=10, offset=0)
    second = directory.services(Filters(), limit=10, offset=10)
    model.set_services(first)
    with qtbot.waitSignal(model.rowsInserted):
        model.append_services([*second, first[0]])  # a repeat is not listed twice
    assert model.rowCount() == 20
    assert model.row_of(second[0].id) == 10
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == f"spoken {first[0].name}"
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove_service(first[1].id)
    assert not model.remove_service("no-such-id")
    assert model.rowCount() == 19
    model.clear()
    assert model.rowCount() == 0


def test_category_model_passes_the_model_tester(qtmodeltester, context) -> None:
    categories = context.directory.categories(Filters())
    model = CategoryModel()
    model.set_categories(categories)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(categories) == 11
    index = model.index(0, 0)
    assert index.data() == categories[0].name
    assert index.data(CategoryRole.ID) == categories[0].id
    assert index.data(CategoryRole.COUNT) == categories[0].count
    assert index.data(CategoryRole.CATEGORY) == categories[0]


def test_summary_of_a_service_page(context) -> None:
    summary = context.directory.services(Filters(), limit=1)[0]
    detail = context.directory.service(summary.id)
    made = summary_of(detail)
    for field in ("id", "name", "organisation", "min_age", "max_age", "is_free", "days"):
        assert getattr(made, field) == getattr(summary, field), field
    assert made.districts == summary.districts
