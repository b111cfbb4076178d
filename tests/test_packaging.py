"""The installer recipes agree with each other and with the code, without building anything.

build_installer.spec, the Debian control file and scripts (packaging/linux), the Inno Setup
script (installer/windows/send-kiosk.iss) and the CI workflow (.github/workflows/build.yml)
must name the same app and version as pyproject.toml, bundle the same data, and the .deb must
depend on the system libraries the app needs. The real build is ./build, not part of ./test.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.config import Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME, VERSION = PYPROJECT["name"], PYPROJECT["version"]
SPEC_PATH = REPO / "build_installer.spec"
SPEC_SOURCE = SPEC_PATH.read_text(encoding="utf-8")
LINUX = REPO / "packaging" / "linux"
CONTROL = (LINUX / "control.in").read_text(encoding="utf-8")
ISS = (REPO / "installer" / "windows" / "send-kiosk.iss").read_text(encoding="utf-8")
WORKFLOW = (REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
BUILD_DEB = (REPO / "tools" / "build_deb.sh").read_text(encoding="utf-8")
DEPLOYMENT = (REPO / "docs" / "deployment.md").read_text(encoding="utf-8")

# tools/system-packages.txt lists what the kiosk needs on a developer's machine; these are
# only for running the tests and ./run there, not for an installed kiosk.
DEVELOPMENT_ONLY_PACKAGES = {
    "xvfb",
    "x11-utils",
    "at-spi2-core",
    "dbus-daemon",
    "python3-gi",
    "gir1.2-atspi-2.0",
}
# The Debian package behind each library the spec leaves to the system (LINUX_SYSTEM_LIBRARIES).
SYSTEM_LIBRARY_PACKAGES = {
    "libstdc++.so": "libstdc++6",
    "libgcc_s.so": "libgcc-s1",
    "libX": "libx11-6",
    "libxcb": "libxcb1",
    "libxkbcommon": "libxkbcommon0",
    "libwayland-": "libwayland-client0",
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libglib-2.0.so": "libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0",
    "libgobject-2.0.so": "libglib2.0-0",
    "libgio-2.0.so": "libglib2.0-0",
    "libgmodule-2.0.so": "libglib2.0-0",
    "libdbus-1.so": "libdbus-1-3",
    "libpulse": "libpulse0",
    "libspeechd.so": "libspeechd2",
}


def spec_settings() -> dict[str, object]:
    """The spec's UPPER_CASE settings that are plain literals (the spec itself is not run)."""
    values: dict[str, object] = {}
    for node in ast.parse(SPEC_SOURCE).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    values[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return values


SPEC = spec_settings()


def control_field(name: str) -> list[str]:
    """A control.in relation field (Depends, Recommends...) as bare package names."""
    match = re.search(rf"^{name}:(.*?)(?=^\S)", CONTROL, re.S | re.M)
    assert match, f"control.in has no {name} field"
    return [re.sub(r"\(.*?\)", "", item).split("|")[0].strip() for item in match[1].split(",")]


def kiosk_pyside_modules() -> set[str]:
    """The PySide6 modules (e.g. "QtWidgets") that any module of the kiosk package imports."""
    found: set[str] = set()
    for path in (REPO / "kiosk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found


# -- the spec ---------------------------------------------------------------------------------


def test_spec_names_the_app_as_pyproject_does_and_reads_its_version_from_there():
    assert SPEC["APP_NAME"] == NAME
    assert re.search(r'^VERSION = tomllib\.loads\(.*"pyproject.toml"', SPEC_SOURCE, re.M)


def test_spec_bundles_the_resources_and_the_packaged_dataset():
    bundled = dict(SPEC["BUNDLED_DATA"])  # type: ignore[arg-type]
    assert bundled == {"resources": "resources", "data/local_offer.json": "data"}
    for source in bundled:
        assert (REPO / source).exists(), source
    # Where kiosk.paths looks for them, under the checkout or sys._MEIPASS alike.
    root = paths.bundle_root()
    assert paths.resources_dir().relative_to(root) == Path(bundled["resources"])
    assert paths.packaged_data_file().relative_to(root) == Path(
        bundled["data/local_offer.json"], "local_offer.json"
    )


def test_spec_keeps_the_qt_plugins_a_kiosk_needs():
    plugins = SPEC["QT_PLUGINS"]
    assert isinstance(plugins, dict)
    assert {"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"} <= set(
        plugins["platforms"]["keep"]
    )
    assert "qsvg" in plugins["imageformats"]["keep"]
    assert "qsvgicon" in plugins["iconengines"]["keep"]
    assert plugins["texttospeech"]["keep"] == "*"
    assert "multimedia" not in plugins  # the FFmpeg backend: read aloud does not use it


def test_no_kiosk_module_imports_a_pyside_module_the_spec_leaves_out():
    imported = kiosk_pyside_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    excluded = {m.split(".")[1] for m in SPEC["EXCLUDED_MODULES"] if m.startswith("PySide6.")}  # type: ignore[union-attr]
    assert not imported & excluded, "take these off EXCLUDED_MODULES in build_installer.spec"
    dropped = SPEC["DROPPED_QT_LIBRARIES"]
    for module in imported:
        hit = [part for part in dropped if part in module]  # type: ignore[union-attr]
        assert not hit, f"{module} is imported but the spec drops Qt libraries matching {hit}"


def test_spec_leaves_to_the_system_only_libraries_the_deb_depends_on():
    depends = set(control_field("Depends"))
    for prefix in SPEC["LINUX_SYSTEM_LIBRARIES"]:  # type: ignore[union-attr]
        assert prefix in SYSTEM_LIBRARY_PACKAGES, f"which Debian package provides {prefix}*?"
        assert SYSTEM_LIBRARY_PACKAGES[prefix] in depends, prefix


# -- the .deb ---------------------------------------------------------------------------------


def test_control_names_the_package_as_pyproject_does_and_takes_the_version_at_build_time():
    assert re.search(rf"^Package: {re.escape(NAME)}$", CONTROL, re.M)
    assert re.search(r"^Version: @VERSION@$", CONTROL, re.M)
    assert "@VERSION@" in BUILD_DEB and "pyproject.toml" in BUILD_DEB


def test_deb_depends_on_the_runtime_libraries_of_tools_system_packages():
    listed = (REPO / "tools" / "system-packages.txt").read_text(encoding="utf-8").splitlines()
    runtime = {p.strip() for p in listed if p.strip() and not p.startswith("#")}
    missing = runtime - DEVELOPMENT_ONLY_PACKAGES - set(control_field("Depends"))
    assert not missing, f"add to Depends in packaging/linux/control.in: {sorted(missing)}"


def test_deb_depends_on_speech_for_read_aloud():
    assert {"speech-dispatcher", "espeak-ng", "libspeechd2"} <= set(control_field("Depends"))


def test_build_deb_installs_every_packaging_file():
    for path in sorted(LINUX.iterdir()):
        if path.name != "control.in":
            assert f"packaging/linux/{path.name}" in BUILD_DEB, path.name
    assert "/opt/$name" in BUILD_DEB
    assert '"$stage/usr/bin/send-kiosk"' in BUILD_DEB


def test_linux_launchers_start_the_installed_app():
    wrapper = (LINUX / "send-kiosk").read_text(encoding="utf-8")
    assert f'exec /opt/{NAME}/{NAME} "$@"' in wrapper
    assert "SEND_KIOSK_CONFIG_DIR" in wrapper and "/etc/send-kiosk" in wrapper
    assert re.search(r"^Exec=send-kiosk$", (LINUX / "send-kiosk.desktop").read_text(), re.M)
    for unit in ("send-kiosk.service", "send-kiosk-cage@.service"):
        text = (LINUX / unit).read_text(encoding="utf-8")
        assert re.search(r"^ExecStart=.*/usr/bin/send-kiosk$", text, re.M), unit
        assert re.search(r"^Restart=always$", text, re.M), unit
        assert re.search(r"^RestartSec=2$", text, re.M), unit
        # kiosk.ui.watchdog: READY=1 when up, WATCHDOG=1 from the GUI thread; under cage the
        # kiosk is not the main process, so any process of the unit may notify.
        assert re.search(r"^Type=notify$", text, re.M), unit
        assert re.search(r"^NotifyAccess=all$", text, re.M), unit
        assert re.search(r"^WatchdogSec=\d+$", text, re.M), unit
    autostart = (LINUX / "send-kiosk-autostart.desktop").read_text(encoding="utf-8")
    assert "systemctl --user start send-kiosk.service" in autostart


@pytest.mark.parametrize(
    "script",
    ["postinst", "prerm", "postrm", "send-kiosk-enable-session", "send-kiosk-speech-setup"],
)
def test_linux_scripts_are_executable_and_stop_on_errors(script: str):
    path = LINUX / script
    assert path.stat().st_mode & 0o111, f"chmod +x {path}"
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh")
    assert re.search(r"^set -e", path.read_text(encoding="utf-8"), re.M)


def test_sample_settings_are_valid_and_show_every_setting():
    example = LINUX / "kiosk.toml.example"
    assert load_settings(example) == Settings()
    text = example.read_text(encoding="utf-8")
    for name, spec in Settings.__dataclass_fields__.items():
        # a setting with no default value (TOML has no "none"), or one that depends on the
        # machine, is shown commented out
        commented = spec.default is None or spec.default is dataclasses.MISSING
        shown = rf"^# {name} = " if commented else rf"^{name} = "
        assert re.search(shown, text, re.M), name


# -- Windows and CI ---------------------------------------------------------------------------


def test_inno_setup_script_names_the_app_version_and_bundle_as_the_spec_does():
    assert re.search(rf'^#define AppName "{re.escape(NAME)}"$', ISS, re.M)
    assert re.search(rf'^  #define AppVersion "{re.escape(VERSION)}"$', ISS, re.M)
    assert "dist\\send-kiosk" in ISS
    assert "{#AppName}.exe" in ISS
    # The console twin for IT commands, made by the spec on Windows, used by CI and the guide.
    assert 'name=f"{APP_NAME}-cli"' in SPEC_SOURCE
    assert f"{NAME}-cli.exe" in WORKFLOW and f"{NAME}-cli.exe" in DEPLOYMENT
    assert "packaging\\linux\\kiosk.toml.example" in ISS


def test_inno_setup_offers_start_at_sign_in_and_a_purge_switch_that_the_guide_documents():
    assert re.search(r'^Name: "startatsignin"', ISS, re.M)
    assert "/PURGE" in ISS
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/PURGE", "/TASKS", "/LOG"):
        assert switch in DEPLOYMENT, f"docs/deployment.md does not explain {switch}"


def test_workflow_builds_windows_and_macos_from_the_same_spec_and_runs_selftest():
    assert "build_installer.spec" in WORKFLOW
    assert "windows-" in WORKFLOW and "macos-" in WORKFLOW
    assert 'python-version: "3.11"' in WORKFLOW
    assert ".[build]" in WORKFLOW
    assert WORKFLOW.count("selftest") >= 2
    assert (
        "installer/windows/send-kiosk.iss" in WORKFLOW
        or "installer\\windows\\send-kiosk.iss" in WORKFLOW
    )


def test_build_stays_out_of_the_ci_test_run():
    build = REPO / "build"
    assert build.is_file() and build.stat().st_mode & 0o111
    for script in ("test", ".ci/run"):
        text = (REPO / script).read_text(encoding="utf-8")
        assert "./build" not in text and "pyinstaller" not in text.lower(), script


# -- the frozen entry point (kiosk/frozen.py) -------------------------------------------------


def test_spec_starts_the_frozen_app_through_kiosk_frozen():
    assert '[str(ROOT / "kiosk" / "frozen.py")]' in SPEC_SOURCE


def test_frozen_entry_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    from kiosk import frozen

    monkeypatch.setattr(sys, "argv", ["send-kiosk", "--version"])
    assert frozen.main() == 0
    first, data, qt = capsys.readouterr().out.splitlines()
    assert first.split() == ["kiosk", VERSION]
    assert data.startswith("data: none yet") and qt.startswith("Qt ")


def test_frozen_entry_logs_a_crash_and_exits_instead_of_raising(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    import kiosk.cli
    from kiosk import frozen

    def crash(argv: object = None) -> int:
        raise RuntimeError("the screen fell off")

    monkeypatch.setattr(kiosk.cli, "main", crash)
    assert frozen.main() == 1
    log = paths.log_dir() / frozen.CRASH_LOG
    assert "RuntimeError: the screen fell off" in log.read_text(encoding="utf-8")
    assert "the screen fell off" in capsys.readouterr().err
