"""Writing a pulled feed to disk: a disk that fails, a name it will not take, a USB stick
pulled out, each told in one line, with no partial file left and any earlier file kept."""

from __future__ import annotations

import errno
import os
import shutil
import sys
from typing import Any

import pytest

from kiosk.store.feed import PullProgress, pull_feed
from kiosk.store.feed_file import FeedFile
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed
from tests.store.feed_server import QUICK, oruk3_services

TOO_LONG = "x" * 300  # no disk the kiosk may meet takes a name of more than 255 characters


def test_a_save_name_too_long_for_the_disk_fails_before_asking(api, tmp_path):
    out = tmp_path / f"{TOO_LONG}.json"
    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), out, settings=QUICK)
    assert str(failed.value).startswith(f"could not write the downloaded feed beside {out}: ")
    assert api.requests == [] and list(tmp_path.iterdir()) == []


def test_a_folder_name_too_long_for_the_disk_is_refused_before_asking(api, tmp_path):
    out = tmp_path / TOO_LONG / "feed.json"
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), out, settings=QUICK)
    assert str(refused.value) == f"cannot save to {out}: the folder {out.parent} does not exist"
    assert api.requests == []


def test_a_disk_that_fills_up_fails_the_pull_and_keeps_the_earlier_file(api, tmp_path):
    """The operating system's limit on the size of a file (RLIMIT_FSIZE) makes a real write
    fail, as a full disk would, without filling one; Python ignores the SIGXFSZ signal that
    would otherwise end the process. Only this test's own body runs under the limit."""
    resource = pytest.importorskip("resource")  # not on Windows
    api.services = oruk3_services(25)  # about 75 KB
    out = tmp_path / "feed.json"
    out.write_text("an earlier pull", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, hard))
    try:
        with pytest.raises(ImportFailed) as failed:
            pull_feed(api.url(), out, settings=QUICK)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert str(failed.value) == f"could not write the downloaded feed to {out}: File too large"
    assert out.read_text(encoding="utf-8") == "an earlier pull"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps a folder with an open file")
def test_a_usb_stick_pulled_out_during_the_pull_fails_it(api, tmp_path):
    api.services = oruk3_services(25)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "council.json"

    def stick_pulled_out(progress: PullProgress) -> None:
        if progress.pages_done == 3:  # every service is in, the file not yet in place
            shutil.rmtree(usb)

    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), out, settings=QUICK, progress=stick_pulled_out)
    assert str(failed.value) == (
        f"could not write the downloaded feed to {out}: No such file or directory"
    )
    assert list(tmp_path.iterdir()) == []


class _CannotTruncate:
    """A file whose truncate fails as a failing disk's would; all else is the real file."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def truncate(self, size: int | None = None) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))


def test_a_file_that_cannot_be_emptied_to_read_again_fails_in_one_line(tmp_path, monkeypatch):
    """When the directory changes during a pull, the partial file is emptied to read it
    again. No real disk can be made to refuse that on demand (shrinking a file needs no
    space, and root ignores permissions), so only the truncate call fails here."""
    out = tmp_path / "feed.json"
    feed = FeedFile(out, "the council's API", max_bytes=100_000)
    feed.add({"id": "svc-1"})
    monkeypatch.setattr(feed, "_handle", _CannotTruncate(feed._handle))
    with pytest.raises(ImportFailed) as failed:
        feed.reset()
    assert str(failed.value) == (
        f"could not write the downloaded feed to {out}: {os.strerror(errno.EIO)}"
    )
    feed.abandon()
    assert list(tmp_path.iterdir()) == []
