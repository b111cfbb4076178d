"""Where removable media (USB sticks, memory cards) are mounted now; no Qt, no file browser.

Linux desktops mount them under /media/<user>/<label> or /run/media/<user>/<label> (udisks),
or a system mounts them straight under /media/<label>; Windows gives each one a drive letter
of the "removable" type. Staff screens list only data files found there and in the drop
folder (kiosk.staff.dropfolder), and save reports there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MAX_ENTRIES = 2000  # entries looked at under one folder, however full the stick
MEDIA_BASES = (Path("/media"), Path("/run/media"))


def removable_media_roots() -> list[Path]:
    """The folders where USB sticks and other removable media are mounted now."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_removable_drives()
    return media_mounts(MEDIA_BASES)


def media_mounts(bases: tuple[Path, ...]) -> list[Path]:
    """Mounted media under BASES: <base>/<user>/<label> (udisks) and <base>/<label>."""
    found: list[Path] = []
    for base in bases:
        for child in visible_entries(base):
            if not child.is_dir() or child.is_symlink():
                continue
            if os.path.ismount(child):
                found.append(child)
                continue
            found += [g for g in visible_entries(child) if g.is_dir() and not g.is_symlink()]
    return found


def writable_media_roots() -> list[Path]:
    """The removable media mounted now that this user may write to (to save a report on)."""
    return [root for root in removable_media_roots() if os.access(root, os.W_OK)]


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _windows_removable_drives() -> list[Path]:
        import ctypes
        import string

        drive_removable = 2
        kernel32 = ctypes.windll.kernel32
        mask = kernel32.GetLogicalDrives()
        return [
            Path(f"{letter}:\\")
            for index, letter in enumerate(string.ascii_uppercase)
            if mask >> index & 1 and kernel32.GetDriveTypeW(f"{letter}:\\") == drive_removable
        ]


def visible_entries(folder: Path) -> list[Path]:
    """FOLDER's visible entries (at most MAX_ENTRIES), or none when it cannot be read."""
    try:
        with os.scandir(folder) as scan:
            names: list[Path] = []
            for entry in scan:
                if len(names) >= MAX_ENTRIES:
                    break
                if not entry.name.startswith((".", "$")):
                    names.append(Path(entry.path))
            return names
    except OSError:
        return []
