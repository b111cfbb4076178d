"""Writing a pulled feed to disk: a disk that fails, a name it will not take, a USB stick
pulled out, each told in one line, with no partial file left and any earlier file kept."""

from __future__ import annotations

import pytest

from kiosk.store.feed import pull_feed
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed
from tests.store.feed_server import QUICK

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
