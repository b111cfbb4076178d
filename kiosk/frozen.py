"""Entry point of the frozen app (build_installer.spec): the command line, made crash-safe.

A kiosk must exit when it fails, so that systemd or Windows' Shell Launcher starts it again.
PyInstaller's windowed builds (Windows, macOS) instead show a dialog with the traceback of an
unhandled exception, and wait for a visitor to close it. Here the traceback goes to
crash.log in the log folder (and to standard error, when there is one) and the app exits 1.

crash.log holds everything that ended a kiosk; the running kiosk (kiosk.ui.logs) also points
faulthandler at it for hard crashes, and logs the errors it recovers from to kiosk.log.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import sys
import traceback
from pathlib import Path

CRASH_LOG = "crash.log"
KEEP_BYTES = 256 * 1024  # the log is cut back to its latest part beyond this


def trim_crash_log(path: Path) -> None:
    """Cut crash.log back to its latest part once it is over KEEP_BYTES."""
    if path.exists() and path.stat().st_size > KEEP_BYTES:
        path.write_bytes(path.read_bytes()[-KEEP_BYTES // 2 :])


def write_crash_log(text: str) -> None:
    """Append one crash to crash.log in kiosk.paths.log_dir(); never raises."""
    with contextlib.suppress(Exception):
        from kiosk.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CRASH_LOG
        trim_crash_log(path)
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} {' '.join(sys.argv)}\n{text}\n")


def main() -> int:
    try:
        from kiosk.cli import main as cli_main

        return cli_main()
    except SystemExit:
        raise
    except BaseException:
        text = traceback.format_exc()
        write_crash_log(text)
        if logging.getLogger().handlers:  # the running kiosk's log says where to look
            with contextlib.suppress(Exception):
                logging.getLogger("kiosk").critical("stopped by an error: see %s", CRASH_LOG)
        if sys.stderr is not None:
            sys.stderr.write(text)
        return 1


if __name__ == "__main__":
    sys.exit(main())
