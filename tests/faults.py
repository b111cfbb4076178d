"""Real faults for tests: a read-only or full disk, made in a private mount namespace.

`unshare --map-root-user --mount` gives the command its own mount table, so a read-only
bind mount or a tiny tmpfs exists only for it and vanishes when it ends, whether the test
passes, fails or is killed. Nothing on the machine is changed.
"""

from __future__ import annotations

import functools
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@functools.cache
def namespaces_work() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs none /mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not namespaces_work(), reason="needs Linux mount namespaces (unshare --map-root-user --mount)"
)


def run_python(
    code: str, *, setup: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run CODE with this interpreter inside a private mount namespace, after SETUP (sh)."""
    command = f"{setup}\nexec {shlex.quote(sys.executable)} -c {shlex.quote(code)}"
    return subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-ec", command],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
    )


def read_only(folder: Path) -> str:
    """Shell lines that make FOLDER read-only for the namespace."""
    quoted = shlex.quote(str(folder))
    return f"mount --bind {quoted} {quoted}\nmount -o remount,bind,ro {quoted}"


def full_disk(folder: Path, size_kb: int) -> str:
    """Shell lines that mount a SIZE_KB tmpfs on FOLDER holding FOLDER's files, then fill it.

    A file of zeros takes every free block, so the next write gets ENOSPC ("disk full").
    """
    f = shlex.quote(str(folder))
    return (
        f'keep=$(mktemp -d)\ncp -a {f}/. "$keep"/\n'
        f"mount -t tmpfs -o size={size_kb}k none {f}\n"
        f'cp -a "$keep"/. {f}/\n'
        f"dd if=/dev/zero of={f}/filler bs=4k 2>/dev/null || true"
    )
