"""A visitor who cannot see the screen finds a service and hears its phone number, by touch alone.

Read aloud on Qt's mock engine: it speaks nothing, but every text handed to it is recorded,
in order, through SpeechService.said. Each control is touched twice: once to hear it, once to
use it (touch-to-hear).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens import base
from kiosk.ui.touch_to_hear import TOUCH_TEXT


def test_find_a_service_and_hear_its_phone_number_by_touch_alone(qtbot, window, tap) -> None:
    heard: list[str] = []
    window.read_aloud.speech.said.connect(heard.append)
    welcome = window.current_screen()

    def hear_then_use(widget: QWidget, expected: str) -> None:
        heard.clear()
        tap(widget)  # first touch: words only
        qtbot.waitUntil(lambda: any(expected in text for text in heard))
        tap(widget)  # second touch: it acts

    def on(name: str) -> None:
        qtbot.waitUntil(lambda: window.current is not None and window.current.name == name)

    tap(welcome.read_preset)  # off, a touch acts at once: read aloud on
    qtbot.waitUntil(window.read_aloud.is_on)
    qtbot.waitUntil(lambda: any("Read to me is on" in text for text in heard))

    hear_then_use(welcome.start_button, "Touch to start, button")
    on(base.HOME)
    qtbot.waitUntil(lambda: any("Touch one of these" in text for text in heard))

    home = window.current_screen()
    hear_then_use(home.directory_tile, "Find local services")
    on(base.DIRECTORY)

    directory = window.current_screen()
    tile = next(t for key, t in directory.tiles.items() if key != "all-services")
    hear_then_use(tile, tile.accessibleName().split(",")[0])
    on(base.SERVICES)

    services = window.current_screen()
    view = services.list_view
    model = view.model()
    directory_data = window.context.directory
    row = next(  # the first card on the screen whose service has a phone number
        n
        for n, summary in enumerate(model.services())
        if directory_data.service(summary.id).phones
        and view.viewport().rect().contains(view.visualRect(model.index(n, 0)))
    )
    first = view.visualRect(model.index(row, 0)).center()
    name = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    heard.clear()
    for _ in range(2):  # hear the card's summary, then open it
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.wait(40)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.wait(10)
        if window.current.name == base.SERVICES:
            qtbot.waitUntil(lambda: any(name.split(",")[0] in text for text in heard))
    on(base.SERVICE)

    service = window.current_screen()
    detail = service.detail
    assert detail.id == model.summary(row).id
    phone_row = next(
        r for r in service._contact_rows if str(r.property(TOUCH_TEXT)).startswith("Phone")
    )
    heard.clear()
    tap(phone_row.childAt(QPoint(phone_row.width() // 2, 10)) or phone_row)
    digits = " ".join(detail.phones[0].number.replace(" ", ""))
    qtbot.waitUntil(lambda: any(text.startswith("Phone:") for text in heard))
    spoken = next(text for text in heard if text.startswith("Phone:"))
    assert digits.split(" ")[:5] == spoken.replace(",", "").split()[1:6]  # digit by digit
    assert window.current.name == base.SERVICE  # hearing it changed nothing
