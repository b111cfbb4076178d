"""The selftest's tour of every screen, paused after each step for tools/check_atspi.py.

Run by check_atspi.py on its X display with the AT-SPI bus: prints "LOOKS <names>" (the
steps that show a screen again in another look end in "-<name>"), then "STEP <slug> <screen>"
once a step's screen is showing, then keeps the window answering AT-SPI until a line
arrives on standard input; "DONE" at the end. Usage: atspi_tour.py DATABASE
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def main(argv: list[str]) -> int:
    # The kiosk of this checkout, whatever checkout the environment was installed from.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QEventLoop, QSocketNotifier

    from kiosk.commands.app import prepare_database
    from kiosk.config import load_settings
    from kiosk.ui.app import build_app
    from kiosk.ui.selftest import LOOK_TOUR, SCREEN_SIZE, ErrorLog, SelfTest

    db_path = prepare_database(Path(argv[0]))
    if db_path is None:
        print("no data to show", file=sys.stderr)
        return 1
    app, window = build_app(load_settings(), db_path, windowed=True)
    window.start()
    window.resize(*SCREEN_SIZE)
    window.show()
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def wait_for_the_checker() -> None:
        loop = QEventLoop()
        stdin.activated.connect(loop.quit)
        loop.exec()
        stdin.activated.disconnect(loop.quit)
        sys.stdin.readline()

    class PausingTour(SelfTest):
        def step(self, slug: str, action: Callable[[], object], expect: str | None = None) -> bool:
            ok = super().step(slug, action, expect)
            current = self.window.current.name if self.window.current else "?"
            print(f"STEP {slug} {current}", flush=True)
            wait_for_the_checker()
            return ok

    print("LOOKS " + " ".join(look for look, _, _ in LOOK_TOUR), flush=True)
    tour = PausingTour(app, window, ErrorLog(), None, lambda line: print(line, file=sys.stderr))
    tour.settle()
    tour.run()
    print("DONE", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
