"""The fault log: made at the first fault, rotated at its size, closed by ``uninstall``."""

from __future__ import annotations

import sys

from clerk import faultlog


def fault(message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_the_file_is_made_by_the_first_fault_and_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(faultlog, "MAX_BYTES", 2000)
    folder = faultlog.install(folder=tmp_path)
    log_file = folder / faultlog.LOG_NAME
    try:
        assert not log_file.exists()  # a start that logs nothing writes nothing
        fault("first")
        assert "builtins.RuntimeError" in log_file.read_text(encoding="utf-8")
        for n in range(120):
            fault(f"again {n}")
    finally:
        faultlog.uninstall()
    kept = sorted(p.name for p in folder.glob(faultlog.LOG_NAME + "*"))
    assert kept == [faultlog.LOG_NAME] + [f"{faultlog.LOG_NAME}.{n}" for n in range(1, 4)]
    assert all(p.stat().st_size <= 2000 for p in folder.glob(faultlog.LOG_NAME + "*"))
