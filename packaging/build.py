"""Build Clerk's one-folder bundle with PyInstaller, on the platform it runs on.

    python packaging/build.py [--check] [--icons]

Run it from a Python environment where Clerk's dependencies and PyInstaller are installed
(``pip install -e . pyinstaller``). It writes ``dist/clerk/`` (and on macOS ``dist/Clerk.app``)
at the repository root, with PyInstaller's work files in ``build/pyinstaller/``, and prints
how long the build took and how large the bundle is.

``--icons`` redraws ``resources/icons/`` first (needs Pillow); ``--check`` then runs
``check_bundle.py`` on the result. The exit status is PyInstaller's, or the check's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_plan as plan  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, *, clean: bool = True) -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(HERE / "clerk.spec"),
    ]
    if clean:
        command.insert(4, "--clean")
    print(f"building Clerk {plan.version()} for {sys.platform} …", flush=True)
    started = time.monotonic()
    done = subprocess.run(command, cwd=plan.ROOT)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        print(f"build failed after {seconds:.0f} s (exit {done.returncode})", file=sys.stderr)
        return done.returncode
    bundle = dist / plan.BUNDLE_NAME
    size = folder_size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"built {bundle} in {seconds:.0f} s: {size / 2**20:.1f} MiB in {files} files")
    if sys.platform == "darwin":
        print(f"and {dist / (plan.APP_NAME + '.app')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=plan.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=plan.ROOT / "build" / "pyinstaller")
    parser.add_argument("--icons", action="store_true", help="redraw the icons first")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument("--check", action="store_true", help="check the bundle afterwards")
    args = parser.parse_args(argv)
    if args.icons:
        import make_icons

        make_icons.write_all()
    missing = [k for k in ("ico", "icns") if not Path(plan.icon(k)).is_file()]
    if missing:
        print(f"the icons are missing ({', '.join(missing)}): run with --icons", file=sys.stderr)
        return 1
    status = build(args.dist.resolve(), args.work.resolve(), clean=not args.no_clean)
    if status or not args.check:
        return status
    check = [sys.executable, str(HERE / "check_bundle.py"), "--dist", str(args.dist.resolve())]
    return subprocess.run(check, env=os.environ.copy()).returncode


if __name__ == "__main__":
    sys.exit(main())
