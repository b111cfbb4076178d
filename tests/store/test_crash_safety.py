"""A kill at any step of import, rollback or start-up repair loses nothing.

Each operation runs in a forked child that dies (os._exit: no clean-up, no finally blocks,
as with kill -9 or a power cut) at one of its steps; then the next writer (here, the next
start-up) finishes or undoes what was interrupted, and the files must hold exactly the
old state or exactly the new one, with rollback still working.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.store import dbfiles
from kiosk.store.database import check_readable
from kiosk.store.refresh import import_file, previous_path, rollback
from kiosk.store.startup import ensure_current
from tests.store.datasets import service_ids, sibling_names, write_dataset

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

KILLED = 137


def _prefix(db: Path) -> str:
    return service_ids(db)[0].rstrip("0123456789")


def steps_of(action: Callable[[], object]) -> list[str]:
    """The crash points ACTION passes, in order (found by running it once, in a child)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        seen: list[str] = []
        dbfiles.crash_point = seen.append
        try:
            action()
        finally:
            os.write(write, "\n".join(seen).encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        text = pipe.read()
    os.waitpid(pid, 0)
    return text.splitlines()


def killed_at(step: str | int, action: Callable[[], object]) -> int:
    """Run ACTION in a child that dies at STEP (a crash point, or after N services built)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            if isinstance(step, int):
                from kiosk.store import writer

                real_add = writer.DatasetBuilder.add_service
                count = [0]

                def add_then_die(self: writer.DatasetBuilder, service: object) -> None:
                    count[0] += 1
                    if count[0] > step:
                        os._exit(KILLED)
                    real_add(self, service)  # type: ignore[arg-type]

                writer.DatasetBuilder.add_service = add_then_die  # type: ignore[method-assign]
            else:

                def die_at(name: str) -> None:
                    if name == step:
                        os._exit(KILLED)

                dbfiles.crash_point = die_at
            action()
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def two_imports(folder: Path) -> tuple[Path, Path]:
    """Sample data "s" imported from the packaged file, then real data "t": live "t",
    previous "s"."""
    folder.mkdir(parents=True)
    db = folder / "data" / "kiosk.db"
    packaged = write_dataset(folder / "packaged.json", 5, prefix="s")
    import_file(packaged, db, packaged=True)
    import_file(write_dataset(folder / "t.json", 5, prefix="t", sample=False), db, force=True)
    assert (_prefix(db), _prefix(previous_path(db))) == ("t", "s")
    return db, packaged


def _assert_sound(db: Path, live: str, previous: str) -> None:
    check_readable(db, quick=False)
    check_readable(previous_path(db), quick=False)
    assert (_prefix(db), _prefix(previous_path(db))) == (live, previous)
    leftovers = [n for n in sibling_names(db) if not n.endswith((".lock", ".real-data"))]
    assert leftovers == [db.name, previous_path(db).name]
    assert dbfiles.has_real_data(db) == (live != "s")


def test_import_killed_at_every_step(tmp_path: Path) -> None:
    db, _ = two_imports(tmp_path / "probe")
    source = write_dataset(tmp_path / "u.json", 5, prefix="u", sample=False)
    steps: list[str | int] = [*steps_of(lambda: import_file(source, db, force=True)), 0, 3]
    assert "install: new file is live" in steps
    for number, step in enumerate(steps):
        db, packaged = two_imports(tmp_path / f"step{number}")
        run = functools.partial(import_file, source, db, force=True)
        assert killed_at(step, run) == KILLED, step
        outcome = ensure_current(db, packaged)  # the next start-up finishes or undoes it
        assert outcome.usable, (step, outcome)
        after = (_prefix(db), _prefix(previous_path(db)))
        assert after in (("t", "s"), ("u", "t")), (step, after)
        _assert_sound(db, *after)
        rollback(db)
        assert _prefix(db) == after[1]


def test_rollback_killed_at_every_step(tmp_path: Path) -> None:
    db, _ = two_imports(tmp_path / "probe")
    steps = steps_of(lambda: rollback(db))
    assert "rollback: earlier file is live" in steps
    for number, step in enumerate(steps):
        db, packaged = two_imports(tmp_path / f"step{number}")
        assert killed_at(step, functools.partial(rollback, db)) == KILLED, step
        outcome = ensure_current(db, packaged)
        assert outcome.usable, (step, outcome)
        after = (_prefix(db), _prefix(previous_path(db)))
        assert after in (("t", "s"), ("s", "t")), (step, after)
        _assert_sound(db, *after)


def test_startup_repair_killed_at_every_step(tmp_path: Path) -> None:
    for number, step in enumerate(["set aside: linked", "install: done"]):
        db, packaged = two_imports(tmp_path / f"step{number}")
        rollback(db)  # live: sample "s"; previous: real "t"
        db.write_bytes(b"this is not a database " * 400)
        assert killed_at(step, functools.partial(ensure_current, db, packaged)) in (KILLED, 0)
        outcome = ensure_current(db, packaged)
        assert outcome.usable and outcome.action in ("restored", "current"), outcome
        assert _prefix(db) == "t"
        assert dbfiles.set_aside_files(db)
        check_readable(db, quick=False)
