"""A council's Word template, made safe before its looks are used for the minutes.

The minutes go to other people; opening them must not fetch anything or run anything. A
template may carry both, from whoever made it: an ``attachedTemplate`` on a web address, header
pictures linked from a server, ``file://`` links, a linked sub-document, fields that include a
remote picture, and macros (``vbaProject.bin``). Before the template is used:

- the file must be a regular file within its size limit, and its zip must not declare more
  than it may unpack (``clerk.safefiles``);
- every relationship whose target is outside the package (``TargetMode="External"``) is
  removed, except a plain web or e-mail hyperlink (which fetches nothing until clicked), and
  each reference to a removed one is dropped from the XML parts;
- macro parts and their content types are removed, and a macro-enabled document or template
  becomes an ordinary one;
- field instructions that fetch (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE) are blanked.

What was removed is said in one line, as a ``TemplateNote`` warning (the command line prints it
as a ``note:``), never silently.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

from clerk.safefiles import LIMITS, NotAZip, UnsafeFile, check_zip, read_regular

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HYPERLINK = R_NS + "/hyperlink"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Elements that cannot stand without the relationship they point to: removed with it.
_DROP_WITH_LINK = {"attachedTemplate", "subDoc", "altChunk", "OLEObject"}
_FETCHING_FIELD = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO)\b", re.I)
_SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.I)


class TemplateNote(UserWarning):
    """What was removed from a template, in one line."""


class TemplateRefused(ValueError):
    """A template that cannot be used; ``str()`` is one line."""


def read_template(path: Path) -> bytes:
    """The template's bytes, checked and cleaned (see the module's docstring)."""
    limit = LIMITS["template"]
    try:
        data = read_regular(path, limit)
        if data.startswith(b"PK\x03\x04"):
            check_zip(io.BytesIO(data), path.name, limit)
    except NotAZip:
        return data  # python-docx says it is not a Word document, in its words
    except UnsafeFile as exc:
        text = str(exc)
        if "No such file" in text:
            text = f"{path}: no such file"
        raise TemplateRefused(text) from None
    if not data.startswith(b"PK\x03\x04"):
        return data  # not a zip: python-docx says why in its own words
    try:
        cleaned, removed = clean(data)
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, EOFError):
        return data  # a broken package: python-docx says why
    if removed:
        warnings.warn(
            TemplateNote(f"removed from the template {path.name}: {'; '.join(removed)}"),
            stacklevel=2,
        )
    return cleaned


def clean(data: bytes) -> tuple[bytes, list[str]]:
    """The package without external links and macros, and what was removed (short phrases)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        parts = {info.filename: zin.read(info) for info in zin.infolist()}
        infos = {info.filename: info for info in zin.infolist()}
    removed_links: list[str] = []
    dropped_ids: dict[str, set[str]] = {}  # part name -> relationship ids removed from it
    macro_parts = {
        name
        for name in parts
        if posixpath.basename(name).lower().startswith("vba")
        or name.lower().endswith(".bin")
        and "vba" in name.lower()
    }
    for name in list(parts):
        if not name.endswith(".rels") or name in macro_parts:
            continue
        root = etree.fromstring(parts[name])
        changed = False
        for rel in list(root):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            to_macro = _resolve(name, target) in macro_parts if not external else False
            if external and rel.get("Type") == HYPERLINK and _SAFE_LINK.match(target):
                continue
            if external or to_macro:
                root.remove(rel)
                changed = True
                owner = _owner(name)
                dropped_ids.setdefault(owner, set()).add(rel.get("Id", ""))
                if external:
                    kind = rel.get("Type", "").rsplit("/", 1)[-1]
                    removed_links.append(f"{kind} → {target[:60]}")
        if changed:
            parts[name] = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
    for name in macro_parts:
        parts.pop(name, None)
        parts.pop(
            posixpath.join(posixpath.dirname(name), "_rels", posixpath.basename(name) + ".rels"),
            None,
        )
    fields = 0
    for name, ids in dropped_ids.items():
        if name in parts and ids:
            parts[name] = _drop_references(parts[name], ids)
    for name in list(parts):
        if name.startswith("word/") and name.endswith(".xml") and b"instrText" in parts[name]:
            parts[name], n = _blank_fetching_fields(parts[name])
            fields += n
    macros = bool(macro_parts) or any(
        t.encode() in parts.get("[Content_Types].xml", b"") for t in MACRO_MAIN
    )
    if macros:
        parts["[Content_Types].xml"] = _plain_content_types(
            parts["[Content_Types].xml"], macro_parts
        )
    removed: list[str] = []
    if macros:
        removed.append("macros")
    if removed_links:
        removed.append(f"{len(removed_links)} external link(s) ({', '.join(removed_links[:3])})")
    if fields:
        removed.append(f"{fields} field(s) that fetch content")
    if not removed:
        return data, []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in parts.items():
            zout.writestr(infos[name], content)
    return out.getvalue(), removed


def _owner(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word/document.xml``."""
    folder, base = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])


def _resolve(rels_name: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    base = posixpath.dirname(_owner(rels_name))
    return posixpath.normpath(posixpath.join(base, target))


def _drop_references(xml: bytes, ids: set[str]) -> bytes:
    root = etree.fromstring(xml)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attr in [a for a in element.attrib if a.startswith("{" + R_NS + "}")]:
            if element.get(attr) in ids:
                if etree.QName(element).localname in _DROP_WITH_LINK:
                    parent = element.getparent()
                    if parent is not None:
                        parent.remove(element)
                    break
                del element.attrib[attr]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _blank_fetching_fields(xml: bytes) -> tuple[bytes, int]:
    root = etree.fromstring(xml)
    count = 0
    for instr in root.iter(f"{{{W_NS}}}instrText"):
        if instr.text and _FETCHING_FIELD.match(instr.text):
            instr.text = ""
            count += 1
    if not count:
        return xml, 0
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), count


def _plain_content_types(xml: bytes, macro_parts: set[str]) -> bytes:
    root = etree.fromstring(xml)
    for element in list(root):
        name = (element.get("PartName") or "").lstrip("/")
        ctype = element.get("ContentType", "")
        if name in macro_parts or "vbaProject" in ctype or "vbaData" in ctype:
            root.remove(element)
        elif ctype in MACRO_MAIN:
            element.set("ContentType", DOCX_MAIN)
        elif element.get("Extension") == "bin" and "vba" in ctype.lower():
            root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
