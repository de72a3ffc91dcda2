"""Build Clerk's one-folder bundle with PyInstaller, on the platform it runs on.

    python packaging/build.py [--icons] [--check] [--archive]

Run it from a Python environment where Clerk's dependencies and PyInstaller are installed
(``pip install -e . pyinstaller``). It writes ``dist/clerk/`` (and on macOS ``dist/Clerk.app``)
at the repository root, with PyInstaller's work files in ``build/pyinstaller/``, and prints
how long the build took and how large the bundle is.

``--icons`` redraws ``resources/icons/`` first (needs Pillow); ``--check`` then runs
``check_bundle.py`` on the result; ``--archive`` packs it for handing on (see ``archive``).
The exit status is PyInstaller's, or the check's.
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


def platform_tag() -> str:
    import platform

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def archive(dist: Path) -> Path:
    """Pack the build for handing on, keeping what a plain zip of the folder would lose.

    Linux: ``clerk-VERSION-linux-ARCH.tar.gz`` (permissions kept) holding the bundle, the
    per-user ``install.sh``, the desktop entry, the AppStream file and the icons. macOS: the
    .app zipped by ``ditto`` (keeps the framework symlinks). Windows: the folder as a .zip
    (the installer is made from the folder by Inno Setup, see windows/clerk.iss).
    """
    import shutil
    import tarfile

    stem = f"clerk-{plan.version()}-{platform_tag()}"
    bundle = dist / plan.BUNDLE_NAME
    if sys.platform == "darwin":
        out = dist / f"{stem}.zip"
        app = dist / f"{plan.APP_NAME}.app"
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(out)], check=True)
        return out
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(dist / stem), "zip", dist, plan.BUNDLE_NAME))
    out = dist / f"{stem}.tar.gz"
    linux = HERE / "linux"
    icons = plan.ROOT / "resources" / "icons"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"{stem}/{plan.BUNDLE_NAME}")
        for path in (
            linux / "install.sh",
            linux / f"{plan.APP_ID}.desktop",
            linux / f"{plan.APP_ID}.metainfo.xml",
            icons / "clerk.png",
            icons / "clerk.svg",
        ):
            tar.add(path, arcname=f"{stem}/{path.name}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=plan.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=plan.ROOT / "build" / "pyinstaller")
    parser.add_argument("--icons", action="store_true", help="redraw the icons first")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument("--check", action="store_true", help="check the bundle afterwards")
    parser.add_argument("--archive", action="store_true", help="pack the build for handing on")
    args = parser.parse_args(argv)
    if args.icons:
        import make_icons

        make_icons.write_all()
    missing = [k for k in ("ico", "icns") if not Path(plan.icon(k)).is_file()]
    if missing:
        print(f"the icons are missing ({', '.join(missing)}): run with --icons", file=sys.stderr)
        return 1
    dist = args.dist.resolve()
    status = build(dist, args.work.resolve(), clean=not args.no_clean)
    if status:
        return status
    if args.check:
        check = [sys.executable, str(HERE / "check_bundle.py"), "--dist", str(dist)]
        status = subprocess.run(check, env=os.environ.copy()).returncode
    if args.archive and not status:
        out = archive(dist)
        print(f"packed {out} ({out.stat().st_size / 2**20:.1f} MiB)")
    return status


if __name__ == "__main__":
    sys.exit(main())
