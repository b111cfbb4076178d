"""The staff reports page (figures, and saving them to a USB stick) and the settings page."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.config import read_settings
from kiosk.staff.feedback import FeedbackKind, give_feedback
from kiosk.staff.statistics import Event, UsageRecorder
from kiosk.ui.screens import base
from kiosk.ui.staff.reports import PAGE_H, PAGE_W, ReportsPage
from kiosk.ui.staff.settings_page import SettingsPage

TODAY = datetime.date(2026, 3, 20)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def usage_file(tmp_path):
    """Two weeks of a quiet kiosk: sessions, a topic, searches, and some feedback."""
    path = tmp_path / "usage.sqlite3"
    now = datetime.datetime(2026, 3, 20, 10, 0)
    recorder = UsageRecorder(path, keep_unfound=True, clock=lambda: now)
    for days_ago, sessions in ((0, 3), (1, 2), (12, 4)):
        now = datetime.datetime(2026, 3, 20, 10, 0) - datetime.timedelta(days=days_ago)
        for _ in range(sessions):
            recorder.record(Event.SESSION)
        recorder.record(Event.TOPIC, "ehcp")
        recorder.record(Event.SEARCH)
        recorder.search_found_nothing("trampoline")
    recorder.close()
    give_feedback("service", "svc-1", rating="helpful", path=path, today=TODAY)
    give_feedback(
        "service",
        "svc-1",
        kind=FeedbackKind.PROBLEM,
        reasons_given=["wrong_phone"],
        comment="now it is 01632 960999",
        path=path,
        today=TODAY,
    )
    return path


@pytest.fixture
def page(qtbot, context, usage_file) -> ReportsPage:
    context.usage = UsageRecorder(usage_file)
    context.settings = replace(context.settings, kiosk_name="hub 1/library")
    reports = ReportsPage(context)
    reports.today = lambda: TODAY
    qtbot.addWidget(reports)
    reports.resize(1920, 1000)
    reports.show()
    qtbot.waitExposed(reports)
    return reports


def test_the_last_7_and_30_days(page) -> None:
    week, month = page.period_labels[7].text(), page.period_labels[30].text()
    assert "Visitors (sessions): 5" in week and "Visitors (sessions): 9" in month
    assert "Searches that found nothing: 3" in month
    assert "trampoline: 3" in month
    assert "Yes 1, partly 0, no 0" in week and "Problems reported: 1" in week


def test_no_usb_stick_says_so(qtbot, page) -> None:
    page.find_drives = lambda: []
    click(qtbot, page.save_button)
    assert "No USB stick found" in page.status_label.text()
    assert page.saved_to is None


def test_saved_to_the_stick_and_read_back(qtbot, page, tmp_path) -> None:
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    page.find_drives = lambda: [stick]
    click(qtbot, page.save_button)
    assert page.saved_to is not None and page.saved_to.parent == stick
    assert page.saved_to.name.startswith("send-kiosk-reports-hub-1-library-")
    assert sorted(p.name for p in stick.iterdir()) == [page.saved_to.name]  # no leftovers
    files = {p.name: p for p in page.saved_to.iterdir()}
    assert set(files) == {"usage.csv", "feedback.csv", "summary.png"}
    usage = list(csv.DictReader(io.StringIO(files["usage.csv"].read_text("utf-8"))))
    assert sum(int(r["count"]) for r in usage if r["event"] == "session") == 9
    feedback = list(csv.DictReader(io.StringIO(files["feedback.csv"].read_text("utf-8"))))
    assert [r["kind"] for r in feedback] == ["rating", "problem"]
    assert feedback[1]["comment"] == "now it is [phone]"
    assert feedback[1]["reasons"] == "The phone number is wrong"
    picture = QImage(str(files["summary.png"]))
    assert (picture.width(), picture.height()) == (PAGE_W, PAGE_H)
    assert "You can take the stick out" in page.status_label.text()


def test_several_sticks_ask_which(qtbot, page, tmp_path) -> None:
    sticks = [tmp_path / "A", tmp_path / "B"]
    for stick in sticks:
        stick.mkdir()
    page.find_drives = lambda: sticks
    click(qtbot, page.save_button)
    assert page.saved_to is None and page.drive_row.isVisibleTo(page)
    chips = page.drive_group.buttons()
    click(qtbot, chips[1])
    click(qtbot, page.save_button)
    assert page.saved_to is not None and page.saved_to.parent == sticks[1]
    assert list(sticks[0].iterdir()) == []


def test_a_stick_that_cannot_be_written_leaves_nothing_half_written(qtbot, page, tmp_path):
    stick = tmp_path / "STICK"
    stick.mkdir()
    files = page.report_files()
    files["feedback.csv/oops"] = b"a name no file system takes"  # fails after the first files
    page.report_files = lambda: files  # type: ignore[method-assign]
    page.find_drives = lambda: [stick]
    click(qtbot, page.save_button)
    assert page.saved_to is None
    assert "could not be saved" in page.status_label.text()
    assert list(stick.iterdir()) == []


def test_back_closes(qtbot, page) -> None:
    with qtbot.waitSignal(page.closed):
        click(qtbot, page.back_button)


# -- settings -----------------------------------------------------------------------------


@pytest.fixture
def settings_page(qtbot, context, tmp_path) -> SettingsPage:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\n# the hub\nsite_name = "Test hub"\n', encoding="utf-8")
    page = SettingsPage(context)
    page.config_path = config
    page.load()
    qtbot.addWidget(page)
    page.resize(1920, 1000)
    page.show()
    qtbot.waitExposed(page)
    return page


def chip(page: SettingsPage, key: str, value: object):
    return next(c for c in page.groups[key].buttons() if c.value == value)


def test_settings_are_saved_and_read_back(qtbot, settings_page, context) -> None:
    with qtbot.waitSignal(settings_page.saved):
        click(qtbot, chip(settings_page, "idle_timeout_s", 120))
    click(qtbot, chip(settings_page, "text_size", 150))
    click(qtbot, chip(settings_page, "read_aloud", True))
    click(qtbot, chip(settings_page, "statistics", False))
    click(qtbot, chip(settings_page, "enabled_languages", "pl"))
    saved, problems = read_settings(settings_page.config_path)
    assert problems == []
    assert (saved.idle_timeout_s, saved.text_size, saved.read_aloud, saved.statistics) == (
        120,
        150,
        True,
        False,
    )
    others = [c.value for c in settings_page.groups["enabled_languages"].buttons()]
    assert saved.enabled_languages == tuple(code for code in others if code != "pl")
    text = settings_page.config_path.read_text("utf-8")
    assert '# the hub\nsite_name = "Test hub"\n' in text  # the rest of the file is kept
    assert "Saved" in settings_page.status_label.text()
    english = chip(settings_page, "enabled_languages", "en")
    assert english.isChecked() and not english.isEnabled()  # always offered
    click(qtbot, chip(settings_page, "enabled_languages", "pl"))
    assert read_settings(settings_page.config_path)[0].enabled_languages == ()  # every one
    # The visitor now using the kiosk keeps what they have; the next one gets the new settings.
    session = context.session
    assert session.defaults.text_size == 100
    session.reset()
    assert session.text_scale == 1.5 and session.read_aloud is True
    assert session.defaults.speech_engine == "mock"  # the rest as the kiosk runs


def test_a_settings_file_that_cannot_be_written_says_so(qtbot, settings_page) -> None:
    settings_page.config_path.write_text("this is = = not toml", encoding="utf-8")
    settings_page.load()
    click(qtbot, chip(settings_page, "idle_timeout_s", 300))
    assert "Not saved" in settings_page.status_label.text()
    assert settings_page.config_path.read_text("utf-8") == "this is = = not toml"
    assert not chip(settings_page, "idle_timeout_s", 300).isChecked()


def test_the_window_follows_new_settings_from_the_next_visitor(qtbot, window, tmp_path) -> None:
    page = SettingsPage(window.context)
    page.config_path = tmp_path / "kiosk.toml"
    page.load()
    qtbot.addWidget(page)
    page.show()
    click(qtbot, chip(page, "idle_timeout_s", 180))
    click(qtbot, chip(page, "statistics", False))
    window.show_screen(base.HOME)
    assert window.idle.timeout_s == 90 and window.context.usage.enabled
    window.reset_all()
    assert window.idle.timeout_s == 180 and not window.context.usage.enabled
    assert window.context.settings.idle_timeout_s == 180
