"""The command line's after-the-meeting commands (docs/after-the-meeting.md).

    clerk search WORDS…

Registered by ``clerk.cli``; errors are its ``BadInput`` (exit 3) and ``Failure`` (exit 1),
one line each.
"""

from __future__ import annotations

import sys


def add_parsers(command) -> None:
    """The commands; ``command`` is the CLI's maker of commands."""
    p = command("search", "find words in every meeting (one line per hit: id, date, body, item)")
    p.add_argument("words", nargs="+")
    p.add_argument("--limit", type=int, default=200, help="at most this many hits (200)")


def cmd_search(args) -> int:
    from clerk.cli import BadInput, _open
    from clerk.services.search import hit_line, search

    words = " ".join(args.words)
    if not any(ch.isalnum() for ch in words):
        raise BadInput("give a word to search for")
    db = _open(args, lock=False)
    try:
        hits = search(db, words, limit=max(1, args.limit))
    finally:
        db.close()
    for hit in hits:
        print(hit_line(hit))
    if not hits:
        print(f"nothing found for: {words}", file=sys.stderr)
    return 0


COMMANDS = {"search": cmd_search}
