"""packaging/linux/send-kiosk-speech-setup: speech-dispatcher set to speak with no sound server."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "linux" / "send-kiosk-speech-setup"

pytestmark = pytest.mark.skipif(
    not Path("/etc/speech-dispatcher/speechd.conf").exists(), reason="speech-dispatcher missing"
)


def run_setup(config_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_home)}
    return subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, check=True)


def test_writes_the_system_settings_with_alsa_after_pulse(tmp_path: Path) -> None:
    run_setup(tmp_path)
    conf = (tmp_path / "speech-dispatcher" / "speechd.conf").read_text(encoding="utf-8")
    system = Path("/etc/speech-dispatcher/speechd.conf").read_text(encoding="utf-8")
    assert system in conf
    assert conf.rstrip().splitlines()[-2] == 'AudioOutputMethod "pulse,alsa"'
    assert conf.rstrip().splitlines()[-1] in ('AudioALSADevice "default"', 'AudioALSADevice "null"')


def test_running_again_writes_the_same_file(tmp_path: Path) -> None:
    run_setup(tmp_path)
    first = (tmp_path / "speech-dispatcher" / "speechd.conf").read_text(encoding="utf-8")
    run_setup(tmp_path)
    assert (tmp_path / "speech-dispatcher" / "speechd.conf").read_text(encoding="utf-8") == first


def test_leaves_a_users_own_settings_alone(tmp_path: Path) -> None:
    conf = tmp_path / "speech-dispatcher" / "speechd.conf"
    conf.parent.mkdir()
    conf.write_text('AudioOutputMethod "oss"\n', encoding="utf-8")
    done = run_setup(tmp_path)
    assert conf.read_text(encoding="utf-8") == 'AudioOutputMethod "oss"\n'
    assert "left as it is" in done.stderr
