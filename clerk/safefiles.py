"""Reading a file someone handed the clerk, safely: one place for every input file's checks.

Agendas, meeting records and Word templates come from outside (email, shared drives, the
web). Before any parser sees one:

- only a regular file is read: a FIFO, socket or device is refused at once (it is opened
  non-blocking and checked with ``fstat``, so opening it never waits);
- its size is held to a documented limit (``LIMITS``), refused before reading with the limit
  in the message and never the content;
- a zip (.docx) is judged by the sizes its members declare, before anything is unpacked: a
  total or a ratio past the limits is a zip bomb and is refused;
- text that is not UTF-8 is read as Windows-1252 with a note saying so.

Every refusal is an ``UnsafeFile`` whose ``str()`` is one line. The limits are in
``docs/durability.md``.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    """How large one kind of input may be."""

    what: str  # "an agenda", "a meeting record", "a Word template"
    file_bytes: int  # the file on disk
    unpacked_bytes: int = 0  # a zip: all members together, as declared
    text_chars: int = 0  # text taken out of it


LIMITS = {
    "agenda-text": Limit("an agenda text", 8 * MB, text_chars=8 * MB),
    "agenda": Limit("an agenda", 200 * MB, unpacked_bytes=256 * MB, text_chars=8 * MB),
    "record": Limit("a meeting record", 32 * MB),
    "template": Limit("a Word template", 50 * MB, unpacked_bytes=256 * MB),
}
# A zip member that unpacks to more than this many times its packed size is a bomb (real Word
# XML packs about 5-15 times; a megabyte of zeros packs about 1000 times).
MAX_RATIO = 200
RATIO_FROM = 1 * MB  # small members may pack as tightly as they like
MAX_MEMBERS = 5000


class UnsafeFile(ValueError):
    """A file refused before reading; ``str()`` is one line saying why and the limit."""


class NotAZip(UnsafeFile):
    """Claims to be a zip (.docx) but its directory cannot be read."""


def _size(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def read_head(path: Path | str, size: int = 1024) -> bytes:
    """The first ``size`` bytes of a regular file (to tell its kind before choosing a limit)."""
    return read_regular(path, Limit("a file", 1 << 62), head=size)


def read_regular(path: Path | str, limit: Limit, *, head: int = 0) -> bytes:
    """The bytes of ``path``: a regular file no larger than ``limit.file_bytes`` (only the
    first ``head`` bytes when ``head`` is given)."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise UnsafeFile(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise UnsafeFile(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        _refuse_unless_regular(path, info, limit)
        if head:
            return os.read(fd, head)
        chunks, total = [], 0
        while chunk := os.read(fd, MB):
            total += len(chunk)
            if total > limit.file_bytes:  # grew while being read
                raise UnsafeFile(
                    f"{path.name} is more than the {_size(limit.file_bytes)} limit for {limit.what}"
                )
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise UnsafeFile(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def check_regular(path: Path | str, limit: Limit) -> None:
    """Refuse ``path`` unless it is a regular file within ``limit`` (without reading it)."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UnsafeFile(f"cannot read {path}: {exc.strerror or exc}") from None
    _refuse_unless_regular(path, info, limit)


def _refuse_unless_regular(path: Path, info: os.stat_result, limit: Limit) -> None:
    """A folder, a FIFO, a socket or a device is refused, and so is a file past ``limit``."""
    if stat.S_ISDIR(info.st_mode):
        raise UnsafeFile(f"{path} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"{path} is not a regular file ({_kind(info.st_mode)}); give a file")
    if info.st_size > limit.file_bytes:
        raise UnsafeFile(
            f"{path.name} is {_size(info.st_size)}, more than the {_size(limit.file_bytes)} "
            f"limit for {limit.what}"
        )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def check_zip(source, name: str, limit: Limit) -> None:
    """Refuse a zip whose members, by their declared sizes, would unpack past ``limit`` or
    pack implausibly tightly (a zip bomb). ``source`` is a path or a binary file object;
    only the central directory is read."""
    try:
        with zipfile.ZipFile(source) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise NotAZip(f"{name} is not a readable Word (.docx) file ({exc})"[:200]) from None
    if len(members) > MAX_MEMBERS:
        raise UnsafeFile(f"{name} holds more than {MAX_MEMBERS} parts; refused")
    total = 0
    for info in members:
        total += info.file_size
        if total > limit.unpacked_bytes:
            raise UnsafeFile(
                f"{name} would unpack to more than {_size(limit.unpacked_bytes)}, the limit for "
                f"{limit.what}; refused (a zip bomb?)"
            )
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FROM and info.file_size / packed > MAX_RATIO:
            raise UnsafeFile(
                f"{name}: the part {info.filename[:80]} unpacks {info.file_size // packed} times "
                f"its packed size (at most {MAX_RATIO}); refused (a zip bomb?)"
            )


def check_text(text: str, name: str, limit: Limit) -> None:
    if limit.text_chars and len(text) > limit.text_chars:
        raise UnsafeFile(
            f"{name} holds more than {limit.text_chars // MB} million characters of text, the "
            f"limit for {limit.what}"
        )


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 (with or without a byte-order mark), else Windows-1252 with a
    note, since such text is usually right but an accented letter may be wrong."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        note = (
            f"{name} is not UTF-8 text (first at byte {exc.start}); it was read as "
            "Windows-1252: check accented letters and symbols"
        )
        return data.decode("cp1252", errors="replace"), [note]


_NAME_FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)} | {"\x7f"}


def name_part_problem(text: str) -> str | None:
    """Why ``text`` cannot be part of a file name on every system Clerk runs on (Windows is
    the strictest), or None when it can: no folder separators or reserved characters, no
    ``..``, not ending in a dot or space, at most 100 characters."""
    if len(text) > 100:
        return "at most 100 characters"
    bad = sorted(set(text) & _NAME_FORBIDDEN)
    if bad:
        shown = ", ".join(repr(c) for c in bad[:3])
        return f"a file name cannot hold {shown}"
    if ".." in text:
        return "a file name cannot hold '..'"
    if text != text.rstrip(". "):
        return "a file name cannot end with a dot or a space"
    return None
