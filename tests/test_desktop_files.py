"""Desktop integration: the Linux .desktop entry and AppStream metadata pass their validators,
and every platform's files use the same application id, name, icon and version."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest

import neuron_gui

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load_build_bundle():
    spec = importlib.util.spec_from_file_location("build_bundle", PACKAGING / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


APP_ID = _load_build_bundle().APP_ID
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
INNO = PACKAGING / "neuron-gui.iss"
SPEC = PACKAGING / "neuron-gui.spec"


def run_validator(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        package = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}
        pytest.skip(f"{command[0]} is not installed "
                    f"(Debian: apt-get install {package[command[0]]})")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    # hints are fine (Education and Science are both main categories, as wanted); errors are not
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


def test_metainfo_validates():
    result = run_validator("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_says_what_the_issue_asks():
    entry = desktop_entry()
    assert entry["Name"] == "Neuron GUI"
    assert entry["Exec"] == "neuron-gui"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].startswith("Education;Science;")


def test_metainfo_matches_the_desktop_entry_and_the_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("provides/binary") == desktop_entry()["Exec"]
    releases = [release.get("version") for release in root.iter("release")]
    assert releases[0] == neuron_gui.__version__, "add a <release> for the new version"


def test_metainfo_screenshot_is_the_committed_one():
    image = ET.parse(METAINFO).getroot().findtext("screenshots/screenshot/image")
    assert urlparse(image).scheme == "https"
    assert image.endswith("/packaging/screenshots/main-window.png")
    assert (ROOT / "packaging" / "screenshots" / "main-window.png").is_file()


def test_windows_installer_is_per_user_and_lets_it_choose_all_users():
    script = INNO.read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.M))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["PrivilegesRequiredOverridesAllowed"] == "dialog commandline"
    assert settings["AppId"] == APP_ID
    assert settings["DefaultDirName"].startswith("{autopf}")
    assert f'#define AppVersion "{neuron_gui.__version__}"' in script
    assert (ROOT / settings["SetupIconFile"].replace("\\", "/")).is_file()


def test_macos_app_uses_the_same_identifier():
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec and "BUNDLE(" in spec
