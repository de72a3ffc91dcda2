"""Agendas written in LibreOffice Writer (.odt): the text, the list numbers Writer keeps out
of the text, tables one row a line and the page header are read as from a Word file. The
files are made here, as Writer writes them (a stored ``mimetype`` first, ``content.xml``,
``styles.xml``), for a fictional council."""

from __future__ import annotations

import zipfile

import pytest

from clerk.agenda import AgendaError, read_agenda
from tests.agenda.agenda_makers import header_of, numbered_titles

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3">
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-format="a"/>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:p>You are summoned to the meeting of the Parish Council on Thursday 14 November 2024
 at 7.30pm in the <text:span>Village Hall</text:span>.</text:p>
 <text:h text:outline-level="1">AGENDA</text:h>
 <text:list text:style-name="L1">
  <text:list-item><text:p>Apologies for absence</text:p></text:list-item>
  <text:list-item><text:p>Declarations of interest</text:p></text:list-item>
  <text:list-item><text:p>Finance</text:p>
   <text:list><text:list-item><text:p>Payments</text:p></text:list-item>
   <text:list-item><text:p>Bank reconciliation</text:p></text:list-item></text:list>
  </text:list-item>
 </text:list>
 <text:p>Planning applications received:</text:p>
 <text:list text:style-name="L2">
  <text:list-item><text:p>24/0123 Land at Mill Lane</text:p></text:list-item>
 </text:list>
 <text:list text:style-name="L1" text:continue-numbering="true">
  <text:list-item><text:p>Correspondence</text:p></text:list-item>
  <text:list-item><text:p>Date of<text:s/>next<text:tab/>meeting</text:p></text:list-item>
 </text:list>
 <table:table><table:table-row>
  <table:table-cell><text:p>Clerk</text:p></table:table-cell>
  <table:table-cell><text:p>J Bloggs, 01234 567890</text:p></table:table-cell>
 </table:table-row></table:table>
</office:text></office:body></office:document-content>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:master-styles>
 <style:master-page style:name="Standard"><style:header>
  <text:p>ASHCOMBE PARISH COUNCIL</text:p>
 </style:header></style:master-page>
</office:master-styles></office:document-styles>"""


def odt(path, content=CONTENT, kind="text"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            f"application/vnd.oasis.opendocument.{kind}",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("content.xml", content)
        z.writestr("styles.xml", STYLES)
    return path


def test_a_writer_agenda_reads_like_a_word_one(tmp_path):
    found = read_agenda(odt(tmp_path / "agenda.odt"))
    r = found.record
    assert header_of(r) == ("Ashcombe Parish Council", "2024-11-14", "19:30", "Village Hall")
    assert numbered_titles(r) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Finance"),
        ("4", "Correspondence"),
        ("5", "Date of next meeting"),
    ]
    assert "Payments" in r["items"][2]["description"]  # the sub-items stay in their item


def test_the_same_file_without_its_extension_is_told_by_its_content(tmp_path):
    found = read_agenda(odt(tmp_path / "agenda"))
    assert len(found.record["items"]) == 5


def test_other_opendocument_files_and_damaged_ones_are_one_clear_line(tmp_path):
    with pytest.raises(AgendaError, match="not a text document"):
        read_agenda(odt(tmp_path / "sheet.ods", kind="spreadsheet"))
    with pytest.raises(AgendaError, match="not a readable OpenDocument file"):
        read_agenda(odt(tmp_path / "broken.odt", content="<office:document-content"))
