"""The minutes open in LibreOffice: converting the York example to PDF succeeds and keeps the
text (read back with pdftotext, which .ci/run installs)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from clerk.minutes import write_minutes

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_example_minutes_convert_to_pdf(york_meeting, tmp_path):
    out = write_minutes(york_meeting, tmp_path / "minutes.docx")[0]
    profile = (tmp_path / "lo-profile").as_uri()
    run = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    pdf = tmp_path / "minutes.pdf"
    assert run.returncode == 0 and pdf.exists(), run.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    assert 2 <= pages <= 8
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, timeout=60
        ).stdout
        assert "17. Declarations of Interest (17:30)" in text
        assert "Cllr S. Daubeney, Chair" in text
