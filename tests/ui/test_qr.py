"""QR codes carry exactly the payload they were given, are big enough and say what they are."""

from __future__ import annotations

from typing import Any

import segno
from PySide6.QtGui import QImage

from kiosk.ui.widgets import qr
from kiosk.ui.widgets.qr import MIN_QR_PX, QrCode, QrPanel, make_matrix


def test_payload_goes_to_segno_unchanged(qtbot, monkeypatch) -> None:
    calls: list[tuple[str, dict[str, Any]]] = []
    real_make = segno.make

    def spy(payload: str, **options: Any) -> Any:
        calls.append((payload, options))
        return real_make(payload, **options)

    monkeypatch.setattr(qr.segno, "make", spy)
    code = QrCode("tel:+441632960123", "Phone 01632 960123")
    qtbot.addWidget(code)
    assert calls == [("tel:+441632960123", {"error": "m", "micro": False})]
    assert code.payload == "tel:+441632960123"
    assert code.accessibleName() == "QR code: Phone 01632 960123"


def test_matrix_is_segnos_matrix() -> None:
    matrix = make_matrix("https://example.org")
    expected = segno.make("https://example.org", error="m", micro=False).matrix
    assert matrix == [[bool(cell) for cell in row] for row in expected]


def test_drawn_code_is_dark_on_white_with_a_quiet_zone(qtbot) -> None:
    code = QrCode("https://example.org", "Website", size=300)
    qtbot.addWidget(code)
    code.show()
    qtbot.waitExposed(code)
    image: QImage = code._image.grab().toImage()
    assert image.width() >= MIN_QR_PX
    assert image.pixelColor(2, 2).name() == "#ffffff"  # quiet zone
    matrix = make_matrix("https://example.org")
    assert matrix is not None
    module = image.width() / (len(matrix) + 2 * qr.QUIET_ZONE)
    centre = round((qr.QUIET_ZONE + 0.5) * module)  # top-left finder pattern is dark
    assert image.pixelColor(centre, centre).name() == "#000000"


def test_small_sizes_are_raised_to_the_minimum(qtbot) -> None:
    code = QrCode("x", "X", size=100)
    qtbot.addWidget(code)
    assert code.qr_size().width() >= MIN_QR_PX


def test_too_long_payload_shows_a_note(qtbot) -> None:
    code = QrCode("x" * 5000, "Everything")
    qtbot.addWidget(code)
    assert not code.is_encoded()


def test_panel_lays_out_codes(qtbot) -> None:
    panel = QrPanel(columns=2)
    qtbot.addWidget(panel)
    panel.add("tel:+441632960123", "Phone")
    panel.add("mailto:a@example.org", "Email")
    panel.add("https://example.org", "Website")
    assert panel.payloads() == ["tel:+441632960123", "mailto:a@example.org", "https://example.org"]
    assert [c.caption for c in panel.codes()] == ["Phone", "Email", "Website"]
    panel.clear()
    assert panel.codes() == []
