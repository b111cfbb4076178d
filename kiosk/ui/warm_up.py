"""Directory.warm_up() in a background thread, so the first screen never waits for it."""

from __future__ import annotations

import logging
import threading
import time

from kiosk.store.directory import Directory
from kiosk.ui.data_watch import DATABASE_PROBLEMS

log = logging.getLogger(__name__)


class BackgroundWarmUp:
    """Loads a Directory's search indexes in a daemon thread (about 1 s at 100,000 services).

    Nothing comes back: the Directory keeps what it loaded, and every Directory method takes
    its lock, so the GUI thread at worst waits for the part being loaded. A Directory the window
    has finished with goes to retire(): closed at once, or by the warm-up thread when it is done
    with it, so a reset or a reload while it runs never closes the connection under it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: dict[int, Directory] = {}
        self._retired: set[int] = set()
        self._threads: list[threading.Thread] = []

    def start(self, directory: Directory) -> None:
        with self._lock:
            if id(directory) in self._busy:
                return
            self._busy[id(directory)] = directory
            self._threads = [t for t in self._threads if t.is_alive()]
            thread = threading.Thread(
                target=self._run, args=(directory,), name="warm-up", daemon=True
            )
            self._threads.append(thread)
        thread.start()

    def retire(self, directory: Directory) -> None:
        """Close directory now, or as soon as its warm-up ends."""
        with self._lock:
            if id(directory) in self._busy:
                self._retired.add(id(directory))
                return
        directory.close()

    def busy(self) -> bool:
        with self._lock:
            return bool(self._busy)

    def wait(self, timeout_s: float) -> bool:
        """Wait for every warm-up to end (at exit); False if one was still running."""
        deadline = time.monotonic() + timeout_s
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not self.busy()

    def _run(self, directory: Directory) -> None:
        started = time.perf_counter()
        try:
            directory.warm_up()
        except DATABASE_PROBLEMS as exc:
            # The next visitor's tap meets the same problem and the window recovers from it.
            log.warning("could not load the search indexes: %s", exc)
        except Exception:
            log.exception("loading the search indexes failed")
        else:
            log.info("search indexes loaded in %.0f ms", (time.perf_counter() - started) * 1000)
        finally:
            with self._lock:
                del self._busy[id(directory)]
                close = id(directory) in self._retired
                self._retired.discard(id(directory))
            if close:
                directory.close()
