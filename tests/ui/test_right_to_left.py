"""Urdu mirrors the kiosk: painted tiles and cards, arrows, chips and the header; QR codes and
phone numbers stay left to right; English names keep their order inside Urdu sentences."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTextLayout, QTextLine
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.store.models import Filters
from kiosk.ui import bidi
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.translation import install_translator
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.cards import CardTexts, paint_card
from kiosk.ui.widgets.filter_bar import FilterBar
from kiosk.ui.widgets.header_row import HeaderRow
from kiosk.ui.widgets.icons import pixmap
from kiosk.ui.widgets.qr import QrCode

REPO = Path(__file__).resolve().parents[2]
LRELEASE = REPO / ".venv" / "bin" / "pyside6-lrelease"

# A few of the kiosk's strings in Urdu, until the real translation lands.
URDU_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context><name>FilterBar</name>
<message><source>Age</source><translation>عمر</translation></message>
<message><source>District</source><translation>ضلع</translation></message>
<message><source>Free only</source><translation>صرف مفت</translation></message>
<message><source>Day</source><translation>دن</translation></message>
<message><source>Filter:</source><translation>فلٹر:</translation></message>
</context>
<context><name>ServiceScreen</name>
<message><source>Phone</source><translation>فون</translation></message>
<message><source>Run by {0}</source><translation>{0} کے زیر انتظام</translation></message>
</context>
</TS>
"""


@pytest.fixture
def urdu(tmp_path: Path):
    """The kiosk in Urdu, from a small translation compiled here, with the kiosk's own
    languages.toml (right to left, its fonts)."""
    resources = tmp_path / "resources"
    folder = resources / "translations"
    folder.mkdir(parents=True)
    shutil.copy(REPO / "resources" / "translations" / "languages.toml", folder)
    (tmp_path / "kiosk_ur.ts").write_text(URDU_TS, encoding="utf-8")
    qm = folder / "kiosk_ur.qm"
    subprocess.run(
        [str(LRELEASE), str(tmp_path / "kiosk_ur.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert install_translator("ur", resources)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    yield resources
    install_translator("en", REPO / "resources")


def alike(one: QImage, other: QImage) -> bool:
    """The same picture but for antialiasing: under 1 % of pixels clearly different."""
    one = one.convertToFormat(QImage.Format.Format_ARGB32)
    other = other.convertToFormat(QImage.Format.Format_ARGB32)
    if one.size() != other.size():
        return False
    differ = sum(
        abs(one.pixelColor(x, y).alpha() - other.pixelColor(x, y).alpha()) > 96
        or abs(one.pixelColor(x, y).lightness() - other.pixelColor(x, y).lightness()) > 96
        for x in range(one.width())
        for y in range(one.height())
    )
    return differ < one.width() * one.height() // 100


def laid_out(qtbot, widget: QWidget, size: QSize | None = None) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(size or QSize(1600, 400))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_tiles_icon_is_right_of_its_words_in_urdu(qtbot, urdu) -> None:
    tile = laid_out(qtbot, TileButton("مقامی خدمات", "301 خدمات", "directory"), QSize(600, 200))
    parts = tile.tile_layout(tile.rect())
    assert parts.icon.left() > parts.title.right()
    assert parts.icon.left() > parts.subtitle.right()
    assert tile.text_fits()


def test_a_tiles_icon_is_left_of_its_words_in_english(qtbot) -> None:
    tile = TileButton("Local services", "301 services", "directory")
    laid_out(qtbot, tile, QSize(600, 200))
    parts = tile.tile_layout(tile.rect())
    assert parts.icon.right() < parts.title.left()


def test_the_back_arrow_points_right_in_urdu(qtbot, urdu) -> None:
    english = pixmap("back", 64, "#000000").toImage()
    install_translator("en", REPO / "resources")
    left_pointing = pixmap("back", 64, "#000000").toImage()
    assert alike(english, left_pointing.flipped(Qt.Orientation.Horizontal))
    assert not alike(english, left_pointing)  # not symmetric: the test can tell them apart
    # A button made in English turns its arrow round when the language changes.
    button = laid_out(qtbot, BigButton("Back", "back"), QSize(300, 100))
    before = button.icon().pixmap(64).toImage()
    install_translator("ur", urdu)
    after = button.icon().pixmap(64).toImage()
    assert alike(after, before.flipped(Qt.Orientation.Horizontal))
    assert not alike(after, before)


def test_a_card_is_mirrored_in_urdu(urdu) -> None:
    """The card's arrow sits on the left and points left; everything else mirrors too."""
    texts = CardTexts("", "", ())

    def paint(direction: Qt.LayoutDirection) -> QImage:
        image = QImage(600, 200, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setLayoutDirection(direction)
        paint_card(painter, QRect(0, 0, 600, 200), texts)
        painter.end()
        return image

    right_to_left = paint(Qt.LayoutDirection.RightToLeft)
    install_translator("en", REPO / "resources")
    left_to_right = paint(Qt.LayoutDirection.LeftToRight)
    assert alike(right_to_left, left_to_right.flipped(Qt.Orientation.Horizontal))

    def inked(image: QImage, left: int) -> int:
        """Pixels drawn in the middle of the card between left and left + 90."""
        return sum(
            image.pixelColor(x, y).lightness() < 200
            for x in range(left, left + 90)
            for y in range(60, 140)
        )

    assert inked(right_to_left, 10) > 50 and inked(right_to_left, 500) == 0  # arrow on the left
    assert inked(left_to_right, 10) == 0 and inked(left_to_right, 500) > 50


def test_chips_and_the_header_run_right_to_left(qtbot, urdu) -> None:
    bar = laid_out(qtbot, FilterBar(["Stafford", "Tamworth"]))
    assert bar.age_chip.text() == "عمر"  # the translation from the fixture's .ts
    chips = [bar.age_chip, bar.district_chip, bar.free_chip, bar.day_chip]
    lefts = [chip.geometry().left() for chip in chips]
    assert lefts == sorted(lefts, reverse=True)  # the first chip is the rightmost
    assert all(chip.geometry().right() <= bar.width() for chip in chips)

    header = QWidget()
    row = HeaderRow(header)
    back, title, access = QPushButton("واپس"), QLabel("تلاش"), QPushButton("رسائی")
    row.addWidget(back)
    row.set_title(title)
    row.addWidget(access)
    laid_out(qtbot, header, QSize(1600, 100))
    assert back.geometry().left() > title.geometry().left() > access.geometry().left()
    assert back.geometry().right() == header.width() - 1 - row.contentsMargins().right()


def test_chips_run_left_to_right_in_english(qtbot) -> None:
    bar = laid_out(qtbot, FilterBar(["Stafford", "Tamworth"]))
    lefts = [chip.geometry().left() for chip in (bar.age_chip, bar.district_chip, bar.day_chip)]
    assert lefts == sorted(lefts)


def visual_x(text: str, part: str, direction: Qt.LayoutDirection) -> float:
    """Where the second letter of part (or a one-letter part) is on screen, text laid out as
    a paragraph in direction (the first letter of a run sits on its boundary, which has two
    places)."""
    layout = QTextLayout(text, QApplication.font())
    option = layout.textOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    x, _ = line.cursorToX(text.index(part) + min(1, len(part) - 1), QTextLine.Edge.Leading)
    return x


def test_a_phone_number_reads_left_to_right_in_an_urdu_sentence(urdu) -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    number = "01632 960000"
    plain = f"فون: {number}"
    kept = f"فون: {bidi.left_to_right(number)}"
    # Unmarked, the Urdu letters before it turn the digits into Arabic numbers and the two
    # groups change places; marked, 01632 comes first, on the left.
    assert visual_x(plain, "01632", rtl) > visual_x(plain, "960000", rtl)
    assert visual_x(kept, "01632", rtl) < visual_x(kept, "960000", rtl)


def test_an_english_name_keeps_its_full_stop_in_an_urdu_sentence(urdu) -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    name = "Stafford Autism Hub Ltd."
    plain = f"منتظم: {name}"
    kept = f"منتظم: {bidi.isolate(name)}"
    # Unmarked, the full stop at the end of the Urdu sentence is taken for Urdu and jumps
    # to the far left, before "Stafford"; isolated, it stays after "Ltd".
    assert visual_x(plain, ".", rtl) < visual_x(plain, "Stafford", rtl)
    assert visual_x(kept, ".", rtl) > visual_x(kept, "Ltd", rtl)
    # The Urdu still comes first, on the right.
    assert visual_x(kept, "منتظم", rtl) > visual_x(kept, "Ltd", rtl)


def test_the_marks_are_added_only_right_to_left(urdu) -> None:
    assert bidi.isolate("Autism Hub") == "\u2068Autism Hub\u2069"
    assert bidi.isolate("اردو SEND") == "اردو SEND"  # Urdu runs with the sentence around it
    assert bidi.left_to_right("01632 960000") == "\u206601632 960000\u2069"
    assert bidi.strip_marks(bidi.left_to_right("01632 960000")) == "01632 960000"
    install_translator("en", REPO / "resources")
    assert bidi.isolate("Autism Hub") == "Autism Hub"
    assert bidi.left_to_right("01632 960000") == "01632 960000"


def test_the_service_page_keeps_phone_numbers_and_qr_codes_left_to_right(
    qtbot, urdu, context
) -> None:
    screen = ServiceScreen(context)
    qtbot.addWidget(screen)
    detail = next(
        d
        for s in context.directory.services(Filters(), limit=500)
        if (d := context.directory.service(s.id)) is not None
        and d.phones
        and d.organisation != d.name
    )
    screen.show_with(detail.id)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    number = next(
        label
        for row in screen._contact_rows
        for label in row.findChildren(QLabel)
        if label.text() == detail.phones[0].number
    )
    assert number.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert number.alignment() & Qt.AlignmentFlag.AlignRight  # still beside its icon
    assert number.accessibleName() == f"فون: {detail.phones[0].number}"
    organisation = screen.organisation_label.text()
    assert organisation == f"\u2068{detail.organisation}\u2069 کے زیر انتظام"
    for code in screen.qr_panel.codes():
        image = code.findChild(QWidget)
        assert image is not None
        assert image.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert "\u2066" not in code.payload and "\u2068" not in code.payload


def test_a_qr_code_is_never_mirrored(qtbot, urdu) -> None:
    code = laid_out(qtbot, QrCode("tel:+441632960000", "فون"), QSize(400, 400))
    right_to_left = code._image.grab().toImage()
    install_translator("en", REPO / "resources")
    assert code._image.grab().toImage() == right_to_left
