"""A web page saved whole ("Save page as…", .html): read as a reader sees it, numbered lists
with their numbers, tables a row a line, scripts and styles left out. A fictional council's
page, written in the shapes such pages have."""

from __future__ import annotations

from clerk.agenda import read_agenda
from tests.agenda.agenda_makers import header_of, numbered_titles

PAGE = """<!DOCTYPE html>
<html><head><title>Ashcombe Parish Council – Agenda</title>
<style>p { margin: 0 } li::before { content: "1. Style" }</style>
<script>var items = ["1. Not an item", "2. Nor this"];</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li></ul></nav>
<h1>Ashcombe Parish Council</h1>
<p>You are hereby summoned to attend the meeting of the Parish Council on
Thursday 14&nbsp;November 2024 at 7.30pm in the Village Hall.</p>
<h2>AGENDA</h2>
<ol>
 <li>Apologies for absence</li>
 <li>Declarations of interest</li>
 <li>Finance
  <ol type="a"><li>Payments</li><li>Bank reconciliation</li></ol></li>
 <li>Planning &amp; highways</li>
</ol>
<table><tr><td>Clerk</td><td>J Bloggs</td><td>01234 567890</td></tr></table>
</body></html>"""


def test_a_saved_web_page_reads_as_its_reader_sees_it(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(PAGE, encoding="utf-8")
    r = read_agenda(path).record
    assert header_of(r) == ("Ashcombe Parish Council", "2024-11-14", "19:30", "Village Hall")
    assert numbered_titles(r) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Finance"),
        ("4", "Planning & highways"),
    ]
    assert "Payments" in r["items"][2]["description"]
    assert "Not an item" not in str(r)  # the page's script is no part of it


def test_a_text_file_that_only_mentions_tags_is_read_as_text(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Ashcombe Parish Council\nMeeting on Thursday 14 November 2024 at 7.30pm in the "
        "Village Hall\nAGENDA\n1. Apologies\n2. Website: to agree the <html> template\n"
        "3. Planning\n",
        encoding="utf-8",
    )
    titles = [it["title"] for it in read_agenda(path).record["items"]]
    assert titles[0] == "Apologies" and len(titles) == 3
