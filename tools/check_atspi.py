#!/usr/bin/env python3
"""Reads the kiosk's accessibility tree as a screen reader (Orca) does, on every screen.

Starts a virtual screen (Xvfb), a D-Bus session with the AT-SPI bus, and the real kiosk
(tools/atspi_tour.py: the selftest's tour, paused at each step). At each step it walks the
kiosk's AT-SPI tree from outside, as Orca would, and lists every control a visitor can reach
(showing, and focusable or with an action) that has no name, or a role that says nothing
("unknown", "filler", "panel"). A name may also come from a label (a "labelled by" relation).

Runs with the system's python3, which has gi; the kiosk runs with .venv/bin/python. Needs
Xvfb, dbus-daemon, at-spi2-core and gir1.2-atspi-2.0 (tools/system-packages.txt).

    python3 tools/check_atspi.py [--all] [--json]   (started with .venv/bin/python, it
                                                    runs itself again with python3)

--all: also the steps that show a screen again in another look (larger text, colours, font).
Exit codes: 0 every control named, 1 unnamed controls (listed per screen), 2 the check
itself failed, 77 skipped: something it needs is missing (the message says what).
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = 77
STEP_TIMEOUT_S = 60.0
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
# Roles that tell a screen reader's user nothing about what a control does.
VAGUE_ROLES = {"unknown", "invalid", "filler", "panel", "redundant object", "extended"}


def missing_requirements() -> list[str]:
    """What this machine lacks for the check, as the packages to install."""
    missing = []
    if shutil.which("Xvfb") is None:
        missing.append("xvfb")
    if shutil.which("dbus-daemon") is None:
        missing.append("dbus-daemon")
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    try:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError):
        missing.append("python3-gi and gir1.2-atspi-2.0 (run with the system's python3)")
    if not (ROOT / ".venv" / "bin" / "python").exists():
        missing.append(".venv (run tools/setup)")
    return missing


class Session:
    """Xvfb, a D-Bus session bus and the AT-SPI bus, ended together."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[str]] = []
        self.env = dict(os.environ)

    def start(self) -> None:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.processes.append(xvfb)
        os.close(write)
        display = read_line(read, 15).strip()
        os.close(read)
        if not display:
            raise RuntimeError("Xvfb did not start")
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(DISPLAY=f":{display}", XDG_RUNTIME_DIR=str(runtime))
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        address = read_line(bus.stdout.fileno(), 15).strip()
        if not address:
            raise RuntimeError("the D-Bus session bus did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen(
            [str(BUS_LAUNCHER), "--launch-immediately"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
        )
        self.processes.append(launcher)  # type: ignore[arg-type]
        # This process reads the tree: it must talk to the same buses.
        os.environ.update(
            DISPLAY=self.env["DISPLAY"],
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_RUNTIME_DIR=str(runtime),
        )

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)


def read_line(fd: int, timeout: float) -> str:
    """One line from a file descriptor, or "" if none comes within timeout seconds."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode()


def find_app(pid: int, timeout: float = 20.0) -> Any:
    from gi.repository import Atspi

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.2)
    raise RuntimeError("the kiosk did not appear on the AT-SPI bus")


def describe(node: Any, path: list[str]) -> dict[str, Any]:
    """Where an unnamed control is: its role, its place, its size, any text inside it."""
    from gi.repository import Atspi

    where = ""
    component = node.get_component_iface()
    if component is not None:
        box = component.get_extents(Atspi.CoordType.WINDOW)
        where = f"{box.x},{box.y} {box.width}x{box.height}"
    inner = []
    for index in range(min(node.get_child_count(), 6)):
        child = node.get_child_at_index(index)
        if child is not None and child.get_name():
            inner.append(child.get_name())
    text = ""
    text_iface = node.get_text_iface()
    if text_iface is not None:
        text = text_iface.get_text(0, min(text_iface.get_character_count(), 60))
    return {
        "role": node.get_role_name(),
        "id": node.get_accessible_id() or "",
        "inside": " > ".join(path[-3:]),
        "where": where,
        "children": inner,
        "text": text,
        "description": node.get_description() or "",
    }


def labelled(node: Any) -> bool:
    from gi.repository import Atspi

    return any(
        relation.get_relation_type() == Atspi.RelationType.LABELLED_BY
        for relation in node.get_relation_set() or []
    )


def walk(node: Any, path: list[str], found: list[dict[str, Any]], counts: dict[str, int]) -> None:
    from gi.repository import Atspi

    states = node.get_state_set()
    if not states.contains(Atspi.StateType.SHOWING):
        return  # a page of a stack not on screen, a closed overlay: not what a visitor meets
    counts["nodes"] += 1
    role = node.get_role_name()
    name = (node.get_name() or "").strip()
    action = node.get_action_iface()
    actions = action.get_n_actions() if action is not None else 0
    if states.contains(Atspi.StateType.FOCUSABLE) or actions > 0:
        counts["controls"] += 1
        counts[f"role {role}"] = counts.get(f"role {role}", 0) + 1
        problems = []
        if not name and not labelled(node):
            problems.append("no name")
        if role in VAGUE_ROLES:
            problems.append(f"role {role!r}")
        if problems:
            found.append({"problem": ", ".join(problems), **describe(node, path)})
    here = f"{role}:{name[:30]}" if name else role
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, [*path, here], found, counts)


def check_tree(app: Any) -> tuple[list[dict[str, Any]], dict[str, int]]:
    found: list[dict[str, Any]] = []
    counts = {"nodes": 0, "controls": 0}
    for index in range(app.get_child_count()):
        window = app.get_child_at_index(index)
        if window is not None:
            walk(window, [], found, counts)
    return found, counts


def run(check_all: bool) -> dict[str, Any]:
    from gi.repository import Atspi

    with tempfile.TemporaryDirectory(prefix="kiosk-atspi-") as tmp:
        folder = Path(tmp)
        session = Session(folder)
        kiosk: subprocess.Popen[str] | None = None
        try:
            session.start()
            Atspi.init()
            config = folder / "config"
            config.mkdir()
            (config / "kiosk.toml").write_text('[kiosk]\nspeech_engine = "none"\n')
            env = {
                **session.env,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1",
                "SEND_KIOSK_CONFIG_DIR": str(config),
                "SEND_KIOSK_DATA_DIR": str(folder / "data"),
                "SEND_KIOSK_LOG_DIR": str(folder / "log"),
                "SEND_KIOSK_RUNTIME_DIR": str(folder / "runtime"),
            }
            kiosk = subprocess.Popen(
                [
                    str(ROOT / ".venv" / "bin" / "python"),
                    str(ROOT / "tools" / "atspi_tour.py"),
                    str(folder / "data" / "k.sqlite3"),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
                cwd=ROOT,
            )
            return tour(kiosk, check_all)
        finally:
            if kiosk is not None and kiosk.poll() is None:
                kiosk.kill()
                kiosk.wait(5)
            session.stop()


def tour(kiosk: subprocess.Popen[str], check_all: bool) -> dict[str, Any]:
    assert kiosk.stdin is not None and kiosk.stdout is not None
    looks: list[str] = []
    app = None
    screens: dict[str, Any] = {}
    while True:
        line = read_line(kiosk.stdout.fileno(), STEP_TIMEOUT_S).strip()
        if not line:
            raise RuntimeError("the kiosk stopped answering (or exited) during the tour")
        if line == "DONE":
            break
        word, _, rest = line.partition(" ")
        if word == "LOOKS":
            looks = rest.split()
            continue
        if word != "STEP":
            continue
        slug, _, screen = rest.partition(" ")
        if check_all or not any(slug.endswith(f"-{look}") for look in looks):
            if app is None:
                app = find_app(kiosk.pid)
            started = time.monotonic()
            found, counts = check_tree(app)
            screens[slug] = {
                "screen": screen,
                "unnamed": found,
                **counts,
                "seconds": round(time.monotonic() - started, 2),
            }
            progress = f"{slug:<28} {counts['controls']:>4} controls, {len(found)} unnamed"
            print(progress, file=sys.stderr, flush=True)
        kiosk.stdin.write("\n")
        kiosk.stdin.flush()
    kiosk.wait(30)
    return screens


def print_report(screens: dict[str, Any]) -> None:
    for slug, result in screens.items():
        if not result["unnamed"]:
            continue
        print(f"\n{slug} ({result['screen']}):")
        for item in result["unnamed"]:
            hint = item["text"] or ", ".join(item["children"]) or item["description"]
            print(
                f"  {item['problem']}: {item['role']} at {item['where']}"
                f" in {item['inside'] or 'the window'}"
                + (f" [{hint}]" if hint else "")
                + (f" id={item['id']}" if item["id"] else "")
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every step, in every look")
    parser.add_argument("--json", action="store_true", help="the findings as JSON")
    args = parser.parse_args(argv)
    missing = missing_requirements()
    system_python = Path("/usr/bin/python3")
    no_gi = any("gi" in m for m in missing) and Path(sys.executable) != system_python
    if no_gi and system_python.exists():  # run from .venv, which has no gi: the system's has
        os.execv(system_python, [str(system_python), __file__, *sys.argv[1:]])
    if missing:
        print(f"check_atspi: skipped: missing {', '.join(missing)}", file=sys.stderr)
        return SKIPPED
    try:
        screens = run(args.all)
    except RuntimeError as error:
        print(f"check_atspi: {error}", file=sys.stderr)
        return 2
    unnamed = sum(len(result["unnamed"]) for result in screens.values())
    if args.json:
        print(json.dumps(screens, indent=2, ensure_ascii=False))
    else:
        print_report(screens)
        print(f"\n{len(screens)} screens, {unnamed} unnamed or vague controls")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
