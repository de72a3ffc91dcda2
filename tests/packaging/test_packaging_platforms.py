"""Per-platform files: the Linux desktop entry, AppStream metadata and per-user installer,
the Windows Inno Setup recipe, and the build workflow."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def desktop_entry(plan) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{plan.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_clerk_with_its_icon(plan):
    entry = desktop_entry(plan)
    assert entry["Type"] == "Application" and entry["Name"] == "Clerk"
    assert entry["Exec"] == "clerk" and entry["Terminal"] == "false"
    assert entry["Icon"] == plan.APP_ID
    assert "Office" in entry["Categories"].split(";")


def test_appstream_metadata_is_well_formed_and_in_step(plan):
    root = ET.parse(LINUX / f"{plan.APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == plan.APP_ID
    assert root.findtext("launchable") == f"{plan.APP_ID}.desktop"
    assert root.findtext("project_license") == project()["license"]["text"]
    assert root.find("provides/binary").text == "clerk"
    # A new version in pyproject.toml needs its release note here.
    versions = [r.get("version") for r in root.iter("release")]
    assert project()["version"] in versions


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], "{id}.desktop"),
        ("appstreamcli", ["validate", "--no-net"], "{id}.metainfo.xml"),
    ],
)
def test_linux_metadata_passes_its_validator(plan, tool, args, name):
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    path = LINUX / name.format(id=plan.APP_ID)
    done = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script for Linux")
def test_install_sh_installs_for_one_user_and_uninstalls(plan, tmp_path):
    # The release archive's layout, with a stand-in program that answers --version.
    release = tmp_path / "clerk-release"
    (release / "clerk" / "_internal").mkdir(parents=True)
    program = release / "clerk" / "clerk"
    program.write_text("#!/bin/sh\necho 'clerk 9.9.9'\n", encoding="utf-8")
    program.chmod(0o755)
    for path in (
        LINUX / "install.sh",
        LINUX / f"{plan.APP_ID}.desktop",
        LINUX / f"{plan.APP_ID}.metainfo.xml",
        ROOT / "resources/icons/clerk.png",
        ROOT / "resources/icons/clerk.svg",
    ):
        shutil.copy2(path, release / path.name)
    prefix = tmp_path / "home" / ".local"
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        ["sh", str(release / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Clerk 9.9.9 installed" in done.stdout
    installed = prefix / "bin" / "clerk"
    assert (
        subprocess.run([str(installed), "--version"], capture_output=True, text=True).stdout.strip()
        == "clerk 9.9.9"
    )
    desktop = (prefix / "share/applications" / f"{plan.APP_ID}.desktop").read_text()
    assert f"Exec={installed}\n" in desktop
    assert (prefix / f"share/icons/hicolor/256x256/apps/{plan.APP_ID}.png").is_file()
    assert (prefix / f"share/icons/hicolor/scalable/apps/{plan.APP_ID}.svg").is_file()
    assert (prefix / f"share/metainfo/{plan.APP_ID}.metainfo.xml").is_file()

    done = subprocess.run(
        ["sh", str(release / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []


def test_install_sh_without_a_build_says_so(tmp_path):
    if sys.platform == "win32":
        pytest.skip("a shell script for Linux")
    shutil.copy2(LINUX / "install.sh", tmp_path / "install.sh")
    env = {**os.environ, "PREFIX": str(tmp_path / "prefix")}
    done = subprocess.run(
        ["sh", str(tmp_path / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "no built Clerk" in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "prefix" / "bin").exists()


def inno_setup() -> dict[str, dict[str, str] | list[str]]:
    """The recipe's [Setup] keys and each other section's lines."""
    sections: dict = {}
    current = None
    for raw in (ROOT / "packaging/windows/clerk.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = {} if current == "Setup" else []
        elif current == "Setup":
            key, _, value = line.partition("=")
            sections[current][key.strip()] = value.strip()
        elif current:
            sections[current].append(line)
    return sections


def test_inno_setup_installs_per_user_without_an_administrator(plan):
    iss = inno_setup()
    setup = iss["Setup"]
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # the user's Programs folder
    assert setup["AppId"]
    files = iss["Files"]
    assert any('Source: "dist\\clerk\\*"' in line and "recursesubdirs" in line for line in files)
    # Paths are from the repository's root; the icon it names exists.
    assert setup["SourceDir"] == "..\\.."
    assert (ROOT / setup["SetupIconFile"].replace("\\", "/")).is_file()
    # The shortcut starts the program the spec builds on Windows.
    text = (ROOT / "packaging/windows/clerk.iss").read_text(encoding="utf-8")
    assert f'#define AppExe "{plan.BUNDLE_NAME}.exe"' in text


def test_the_workflow_names_only_files_that_exist():
    text = (ROOT / ".github/workflows/build.yml").read_text(encoding="utf-8")
    named = set(re.findall(r"packaging[/\\][\w./\\-]+\.(?:py|iss|xml|desktop|sh)", text))
    named |= {m.rstrip("/") for m in re.findall(r"tests/packaging\b", text)}
    assert named, "the workflow runs nothing from packaging/"
    for name in named:
        pattern = name.replace("\\", "/")
        assert list(ROOT.glob(pattern)), f"{name} is named in the workflow but not there"


def test_the_workflow_builds_checks_and_uploads_on_three_systems():
    yaml = pytest.importorskip("yaml", reason="PyYAML reads the workflow")
    workflow = yaml.safe_load((ROOT / ".github/workflows/build.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["bundle"]
    systems = job["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "packaging/build.py" in runs and "packaging/check_bundle.py" in runs
    assert "clerk.iss" in runs
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in job["steps"])
