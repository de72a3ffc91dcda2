"""The bundle plan: the version, what goes in as data, what is imported lazily or left out,
and the spec's three platform branches, run against stand-ins for PyInstaller's classes."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

import clerk

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def test_the_version_is_pyproject_s_and_the_app_s(plan):
    # The bundle is named by pyproject's version; the About box shows clerk.__version__.
    assert plan.version() == pyproject_version() == clerk.__version__


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("1.2.3", (1, 2, 3, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("1.4.0rc2", (1, 4, 0, 0)),
        ("3.1.4.1", (3, 1, 4, 1)),
    ],
)
def test_windows_wants_four_numbers(plan, text, numbers):
    assert plan.version_tuple(text) == numbers


def _stand_ins(calls: list):
    """Callables named like the version resource's classes that record what they were given."""

    def maker(name):
        def make(*args, **kwargs):
            node = {"class": name, "args": args, **kwargs}
            calls.append(node)
            return node

        return make

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    return {name: maker(name) for name in names.split()}


def test_windows_version_resource_says_the_version(plan, tmp_path):
    path = plan.windows_version_file(tmp_path)
    calls: list = []
    eval(compile(path.read_text(encoding="utf-8"), str(path), "eval"), _stand_ins(calls))  # noqa: S307
    fixed = next(c for c in calls if c["class"] == "FixedFileInfo")
    assert fixed["filevers"] == fixed["prodvers"] == plan.version_tuple(pyproject_version())
    strings = {c["args"][0]: c["args"][1] for c in calls if c["class"] == "StringStruct"}
    assert strings["ProductVersion"] == pyproject_version()
    assert strings["ProductName"] == "Clerk"
    assert strings["OriginalFilename"] == "clerk.exe"


def _fake_tree(root: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "clerk"\nversion = "9.8.7"\n',
        "clerk/__init__.py": "",
        "clerk/gui/window.py": "from PySide6.QtSvgWidgets import QSvgWidget\n",
        "clerk/gui/printing.py": "from PySide6 import (\n    QtGui,\n    QtPrintSupport,\n)\n",
        "clerk/minutes/house.docx": "template",
        "clerk/store/meeting-record.schema.json": "{}",
        "clerk/store/migrations/env.py": "from alembic import context\n",
        "clerk/store/migrations/script.py.mako": "${message}",
        "clerk/store/migrations/versions/0001_first.py": "import sqlalchemy as sa\nfrom alembic import op\n",
        "clerk/store/migrations/__pycache__/env.cpython-311.pyc": "",
        "resources/demo/demo-meeting.json": "{}",
        "resources/icons/clerk.png": "png",
        "resources/readme/screenshot.png": "for the README only",
        "resources/templates/minutes.docx": "template",
        "resources/templates/make_template.py": "print('made it')",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_data_is_every_file_read_at_run_time_and_no_more(plan, tmp_path, monkeypatch):
    _fake_tree(tmp_path)
    monkeypatch.setattr(plan, "ROOT", tmp_path)
    pairs = {
        (Path(src).relative_to(tmp_path).as_posix(), Path(dest).as_posix())
        for src, dest in plan.datas()
    }
    assert pairs == {
        ("resources/demo/demo-meeting.json", "resources/demo"),
        ("resources/icons/clerk.png", "resources/icons"),
        ("resources/templates/minutes.docx", "resources/templates"),
        ("clerk/minutes/house.docx", "clerk/minutes"),
        ("clerk/store/meeting-record.schema.json", "clerk/store"),
        ("clerk/store/migrations/env.py", "clerk/store/migrations"),
        ("clerk/store/migrations/script.py.mako", "clerk/store/migrations"),
        ("clerk/store/migrations/versions/0001_first.py", "clerk/store/migrations/versions"),
    }
    assert plan.version() == "9.8.7"


def test_the_real_tree_s_data_holds_the_migrations_schema_and_demo(plan):
    dests = {str(Path(src).relative_to(ROOT)) for src, _ in plan.datas()}
    migrations = {str(p.relative_to(ROOT)) for p in (ROOT / "clerk/store/migrations").rglob("*.py")}
    assert migrations and migrations <= dests
    assert "clerk/store/meeting-record.schema.json" in dests
    assert "resources/demo/demo-meeting.json" in dests
    assert "resources/icons/clerk.png" in dests
    assert not any(d.startswith("resources/readme/") for d in dests)


def test_qt_modules_follow_the_source(plan, tmp_path, monkeypatch):
    _fake_tree(tmp_path)
    monkeypatch.setattr(plan, "ROOT", tmp_path)
    used = plan.qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvgWidgets", "QtSvg", "QtPrintSupport"} <= used
    excluded = plan.excludes()
    assert not any(name == f"PySide6.{m}" for m in used for name in excluded)
    if "QtNetwork" in plan.qt_modules_installed():
        assert "PySide6.QtNetwork" in excluded
    assert "tkinter" in excluded


def test_migration_scripts_imports_are_hidden_imports(plan, tmp_path, monkeypatch):
    _fake_tree(tmp_path)
    monkeypatch.setattr(plan, "ROOT", tmp_path)
    assert {"alembic", "alembic.context", "alembic.op", "sqlalchemy"} <= plan.migration_imports()


def test_hidden_imports_cover_what_is_loaded_lazily(plan):
    pytest.importorskip("PyInstaller", reason="PyInstaller is a build tool, not installed here")
    names = set(plan.hiddenimports())
    wanted = {
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "alembic.op",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql",
        "jsonschema",
        "docx",
        "pypdf",
        "platformdirs",
        "PySide6.QtWidgets",
        "clerk.gui.main_window",
        "clerk.store.db",
    }
    assert wanted <= names
    assert not any(n.startswith(("alembic.testing", "sqlalchemy.testing")) for n in names)


def test_qt_translations_stay_out_and_clerk_s_own_data_stays_in(plan):
    assert not plan.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not plan.keep_data("PySide6\\Qt\\translations\\qt_fr.qm")
    assert plan.keep_data("resources/translations/clerk_cy.qm")
    assert plan.keep_data("PySide6/Qt/plugins/platforms/libqoffscreen.so")


class _Recorder:
    """Stands in for one of PyInstaller's spec classes, keeping what the spec passed."""

    made: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.scripts, self.pure, self.binaries, self.zipped_data = [], [], [], []
        self.datas = list(kwargs.get("datas", []))
        _Recorder.made.append(self)


def run_spec(plan, monkeypatch, tmp_path, platform: str) -> dict[str, list]:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds packaging/ to it
    monkeypatch.setitem(sys.modules, "bundle_plan", plan)
    monkeypatch.setattr(plan, "hiddenimports", lambda: ["clerk.cli"])  # the slow part
    kinds = {}
    namespace = {"SPECPATH": str(ROOT / "packaging"), "workpath": str(tmp_path)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        kinds[kind] = type(kind, (_Recorder,), {})
        namespace[kind] = kinds[kind]
    _Recorder.made = []
    spec = ROOT / "packaging" / "clerk.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)  # noqa: S102
    return {k: [r for r in _Recorder.made if type(r) is cls] for k, cls in kinds.items()}


def test_spec_on_linux_makes_one_console_program(plan, monkeypatch, tmp_path):
    made = run_spec(plan, monkeypatch, tmp_path, "linux")
    (exe,) = made["EXE"]
    assert exe.kwargs["name"] == "clerk" and exe.kwargs["console"] is True
    assert exe.kwargs["strip"] is True
    (coll,) = made["COLLECT"]
    assert coll.kwargs["name"] == "clerk"
    assert made["BUNDLE"] == []
    (analysis,) = made["Analysis"]
    assert Path(analysis.args[0][0]).name == "launch.py"
    assert "tkinter" in analysis.kwargs["excludes"]
    (hook,) = analysis.kwargs["runtime_hooks"]
    assert Path(hook).name == "rthook_portaudio.py" and Path(hook).is_file()


def test_spec_on_windows_makes_the_program_its_console_twin_and_version_resource(
    plan, monkeypatch, tmp_path
):
    made = run_spec(plan, monkeypatch, tmp_path, "win32")
    by_name = {e.kwargs["name"]: e.kwargs for e in made["EXE"]}
    assert set(by_name) == {"clerk", "clerk-cli"}
    assert by_name["clerk"]["console"] is False and by_name["clerk-cli"]["console"] is True
    for kwargs in by_name.values():
        assert Path(kwargs["icon"]).name == "clerk.ico" and Path(kwargs["icon"]).is_file()
        version_file = Path(kwargs["version"])
        assert version_file.parent == tmp_path and pyproject_version() in version_file.read_text()
        assert kwargs["strip"] is False
    assert made["BUNDLE"] == []


def test_spec_on_macos_makes_an_app_with_its_info_plist(plan, monkeypatch, tmp_path):
    made = run_spec(plan, monkeypatch, tmp_path, "darwin")
    (bundle,) = made["BUNDLE"]
    assert bundle.kwargs["name"] == "Clerk.app"
    assert bundle.kwargs["bundle_identifier"] == plan.APP_ID
    assert (
        Path(bundle.kwargs["icon"]).name == "clerk.icns" and Path(bundle.kwargs["icon"]).is_file()
    )
    info = bundle.kwargs["info_plist"]
    assert info["CFBundleShortVersionString"] == pyproject_version()
    assert info["NSHighResolutionCapable"] is True
    assert "CFBundleDocumentTypes" not in info  # not until Clerk handles a file-open event
    import plistlib

    assert plistlib.loads(plistlib.dumps(info)) == info  # it can be written as a plist


def test_the_scripts_are_python_that_compiles():
    names = ("clerk.spec", "bundle_plan.py", "build.py", "check_bundle.py", "launch.py")
    for name in (*names, "bundle_probe.py", "rthook_portaudio.py"):
        path = ROOT / "packaging" / name
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_the_recording_s_libraries_go_in_and_the_transcript_stays_out(plan):
    """numpy, soundfile and sounddevice are core dependencies: imported lazily by the recording,
    so they must be hidden imports and never excluded; the transcribe extra is left out."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is a build tool, not installed here")
    names = set(plan.hiddenimports())
    assert {"numpy", "soundfile", "sounddevice", "clerk.recording.chunks"} <= names
    excluded = set(plan.excludes())
    assert not {"numpy", "soundfile", "sounddevice", "cffi", "_cffi_backend"} & excluded
    assert {"faster_whisper", "ctranslate2", "onnxruntime", "av"} <= excluded
    assert not any(n.startswith(plan.TRANSCRIBE_LEFT_OUT) for n in names)


def test_pyinstaller_has_hooks_that_bring_libsndfile_and_portaudio():
    """The shared libraries come through the hooks of pyinstaller-hooks-contrib (from the
    wheels' _soundfile_data / _sounddevice_data, or the system's); none is listed by hand."""
    contrib = pytest.importorskip("_pyinstaller_hooks_contrib", reason="a build tool")

    hooks = Path(contrib.__file__).parent / "stdhooks"
    for name in ("soundfile", "sounddevice"):
        text = (hooks / f"hook-{name}.py").read_text(encoding="utf-8")
        assert f"_{name}_data" in text and "binaries" in text


def test_libraries_vendored_by_a_wheel_are_copied_not_stripped(plan, monkeypatch):
    """strip over numpy's OpenBLAS (patched by auditwheel) left the bundle unable to import
    numpy, hence to record: what sits in <name>.libs/ goes in as it is."""
    site = "/venv/lib/python3.11/site-packages"
    binaries = [
        (
            "numpy.libs/libscipy_openblas64_-1a2b.so",
            f"{site}/numpy.libs/libscipy_openblas64_-1a2b.so",
            "BINARY",
        ),
        ("cffi.libs/libffi-3c4d.so.8", f"{site}/cffi.libs/libffi-3c4d.so.8", "BINARY"),
        (
            "numpy/_core/_multiarray_umath.so",
            f"{site}/numpy/_core/_multiarray_umath.so",
            "EXTENSION",
        ),
        ("libportaudio.so.2", "/usr/lib/x86_64-linux-gnu/libportaudio.so.2", "BINARY"),
    ]
    monkeypatch.setattr(sys, "platform", "linux")
    stripped, copied = plan.vendored_libraries(binaries)
    assert stripped == binaries[2:]
    assert copied == [(d, s, "DATA") for d, s, _ in binaries[:2]]
    monkeypatch.setattr(sys, "platform", "win32")
    assert plan.vendored_libraries(binaries) == (binaries, [])
