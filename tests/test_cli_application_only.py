"""Opening the application reads ``--db`` without building the command line's parser; every
form it takes is read the same by the parser, and anything else goes to the parser."""

from __future__ import annotations

import pytest

from clerk.cli import application_only, build_parser


@pytest.mark.parametrize(
    ("argv", "db"),
    [
        ([], None),
        (["--db", "meetings.sqlite3"], "meetings.sqlite3"),
        (["--db=x.sqlite3"], "x.sqlite3"),
    ],
)
def test_the_application_alone_is_read_as_the_parser_reads_it(argv, db):
    assert application_only(argv) == (True, db)
    args = build_parser().parse_args(argv)
    assert args.command is None and args.db == db


@pytest.mark.parametrize(
    "argv",
    [
        ["meetings"],
        ["--db", "x.sqlite3", "meetings"],
        ["--version"],
        ["--help"],
        ["--db", "--help"],
        ["--d", "x.sqlite3"],
        ["check", "--db", "x.sqlite3"],
    ],
)
def test_anything_else_goes_to_the_parser(argv):
    assert application_only(argv) == (False, None)
