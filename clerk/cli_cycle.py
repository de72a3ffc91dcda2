"""The command line's minutes lifecycle and actions commands (docs/minutes-cycle.md).

    clerk next-meeting ID --date D [--time HH:MM] [--venue V] [--no-actions]
    clerk minutes-version ID -o OUT.docx [--final]
    clerk minutes-status ID [--file F.docx]
    clerk minutes-sent ID [--version N]
    clerk approve-minutes ID [--amend TEXT]…
    clerk sign-minutes ID
    clerk actions (--meeting ID | --body B [--from D] [--to D]) [-o FILE.csv|FILE.docx]
    clerk mark-action ID N done|carried|dropped|open [--note TEXT]

Every change goes through the services' catalogue on the meeting (one transaction, as in the
application). Errors are the CLI's ``BadInput`` (exit 3) and ``Failure`` (exit 1), one line.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path


def add_parsers(command) -> None:
    p = command("next-meeting", "make the next meeting of a body from its last; prints its id")
    p.add_argument("id", type=int, help="the last meeting")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM", help="default: the last meeting's")
    p.add_argument("--venue", help="default: the last meeting's")
    p.add_argument("--no-actions", action="store_true", help="do not bring outstanding actions")

    p = command("minutes-version", "export the minutes as the next numbered version (kept, hashed)")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    p.add_argument("--final", action="store_true", help="the approved minutes, to be signed")
    p.add_argument("--sent", action="store_true", help="and mark it sent to the chair")

    p = command("minutes-status", "where a meeting's minutes stand; which version a file is")
    p.add_argument("id", type=int)
    p.add_argument("--file", type=Path, help="a .docx: say which version it is")

    p = command("minutes-sent", "mark a version of the minutes sent to the chair")
    p.add_argument("id", type=int)
    p.add_argument("--version", type=int, help="default: the latest")

    p = command(
        "approve-minutes",
        "at meeting ID, approve the minutes its minutes item points at",
    )
    p.add_argument("id", type=int, help="the approving meeting")
    p.add_argument(
        "--amend", action="append", default=[], metavar="TEXT", help="an amendment (repeat)"
    )

    p = command("sign-minutes", "record that the chair signed the approved minutes")
    p.add_argument("id", type=int)

    p = command("actions", "actions of a meeting, or of a body across meetings (.csv or .docx)")
    p.add_argument("--meeting", type=int, help="list this meeting's actions, numbered")
    p.add_argument("--body", help="the body's name, as in: clerk meetings")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", type=Path, help=".csv or .docx (default: .csv on stdout)")

    p = command("mark-action", "mark action N of a meeting done, carried forward or dropped")
    p.add_argument("id", type=int)
    p.add_argument("number", type=int, help="as numbered by: clerk actions --meeting ID")
    p.add_argument("status", choices=("done", "carried", "dropped", "open"))
    p.add_argument("--note")


def _session(db, meeting_id: int):
    from clerk.cli import BadInput
    from clerk.errors import NotFound
    from clerk.services.session import MeetingSession

    try:
        return MeetingSession.open(db, meeting_id)
    except NotFound:
        raise BadInput(f"there is no meeting {meeting_id} (see: clerk meetings)") from None


def _run(db, work):
    """Run ``work()``: a refused change is bad input, a failed save a failure; closes ``db``."""
    from clerk.cli import BadInput, Failure
    from clerk.errors import Conflict, NotFound, RuleError, SaveError, SetupError
    from clerk.minutes import MinutesError

    try:
        return work()
    except (NotFound, RuleError, SetupError) as exc:
        raise BadInput(str(exc)) from None
    except (SaveError, Conflict) as exc:
        raise Failure(str(exc)) from None
    except MinutesError as exc:
        raise (BadInput if exc.bad_input else Failure)(str(exc)) from None
    finally:
        db.close()


def _day(value: str | None, what: str):
    from clerk.cli_after import _day as day

    return day(value, what) if value is not None else None


def cmd_next_meeting(args) -> int:
    from clerk.cli import BadInput, _open
    from clerk.services.bodies import duplicate_as_next

    day = _day(args.date, "--date")
    at = None
    if args.time:
        try:
            at = datetime.strptime(args.time.strip(), "%H:%M").time()
        except ValueError:
            raise BadInput(f"--time {args.time!r} is not a time like 19:00") from None
    db = _open(args)

    def work():
        from clerk.services.minutes_cycle import minutes_state  # noqa: F401 - loads early

        made = duplicate_as_next(
            db,
            args.id,
            day,
            scheduled_time=at,
            venue=args.venue,
            carry_actions=not args.no_actions,
        )
        carried = sum(1 for a in made.actions if a.origin)
        print(made.id)
        print(
            f"{made.committee}, {made.date}: {len(made.people)} people, {len(made.items)} "
            f"items, {carried} outstanding action{'s' if carried != 1 else ''} brought forward",
            file=sys.stderr,
        )
        return 0

    return _run(db, work)


def cmd_minutes_version(args) -> int:
    from clerk.cli import _open
    from clerk.services import actions as act
    from clerk.services.minutes_cycle import export_minutes

    db = _open(args)

    def work():
        session = _session(db, args.id)
        version = export_minutes(db, session, args.output, final=args.final)
        if args.sent:
            act.mark_minutes_sent(session, datetime.now(), version.number)
        kind = "final" if version.final else "draft"
        print(f"version {version.number} ({kind})\t{version.sha256}\t{args.output}")
        return 0

    return _run(db, work)


def cmd_minutes_status(args) -> int:
    from clerk.cli import _open
    from clerk.services.minutes_cycle import minutes_state, version_of_file

    db = _open(args, lock=False)

    def work():
        session = _session(db, args.id)
        state = minutes_state(db, session.meeting)
        print(state.line())
        for v in state.versions:
            sent = f"\tsent {v.sent_at:%Y-%m-%d %H:%M}" if v.sent_at else ""
            kind = "final" if v.final else "draft"
            print(f"version {v.number}\t{kind}\t{v.made_at:%Y-%m-%d %H:%M}\t{v.sha256}{sent}")
        if args.file is not None:
            if not args.file.is_file():
                from clerk.cli import BadInput

                raise BadInput(f"{args.file}: no such file")
            found = version_of_file(session.meeting, args.file)
            print(
                f"{args.file}: version {found.number}"
                if found
                else f"{args.file}: none of these versions (changed since it was exported?)"
            )
        return 0

    return _run(db, work)


def cmd_minutes_sent(args) -> int:
    from clerk.cli import _open
    from clerk.services import actions as act

    db = _open(args)

    def work():
        session = _session(db, args.id)
        act.mark_minutes_sent(session, datetime.now(), args.version)
        from clerk.domain.minutes_cycle import chair_version

        sent = chair_version(session.meeting)
        print(f"the chair has version {sent.number}" if sent else "not sent")
        return 0

    return _run(db, work)


def cmd_approve_minutes(args) -> int:
    from clerk.cli import _open
    from clerk.domain.minutes_cycle import minutes_item
    from clerk.services.minutes_cycle import approve_minutes

    db = _open(args)

    def work():
        session = _session(db, args.id)
        approve_minutes(db, session, args.amend)
        item = minutes_item(session.meeting)
        res = item.resolution if item else None
        print(res.parts[0] if res and res.parts else "approved")
        return 0

    return _run(db, work)


def cmd_sign_minutes(args) -> int:
    from clerk.cli import _open
    from clerk.services.minutes_cycle import sign_minutes

    db = _open(args)

    def work():
        session = _session(db, args.id)
        sign_minutes(db, session, datetime.now())
        print(f"signed {session.meeting.minutes_signed_at:%Y-%m-%d %H:%M}")
        return 0

    return _run(db, work)


def cmd_actions(args) -> int:
    from clerk.cli import BadInput, _open, write_atomic
    from clerk.services import registers

    if (args.meeting is None) == (args.body is None):
        raise BadInput("give --meeting ID or --body NAME")
    db = _open(args, lock=False)
    if args.meeting is not None:

        def listing():
            m = _session(db, args.meeting).meeting
            for i, a in enumerate(m.actions, 1):
                owner = a.owner or ""
                person = m.person(a.owner) if a.owner else None
                if person is not None:
                    from clerk.domain.wording import short_name

                    owner = short_name(person)
                due = a.due.isoformat() if a.due else ""
                note = a.note or ""
                print(f"{i}\t{a.status.value}\t{owner}\t{due}\t{a.text}\t{note}".rstrip("\t"))
            return 0

        return _run(db, listing)
    start, end = _day(args.start, "--from"), _day(args.end, "--to")

    def register():
        ids = registers.body_meeting_ids(db, args.body, start, end)
        if not ids:
            raise BadInput(f"no meetings of {args.body!r} in that period (see: clerk meetings)")
        lines = registers.action_list(db, ids)
        if args.output is not None and args.output.suffix.lower() == ".docx":
            period = f"{len(ids)} meetings" + (
                f", {start or 'the first'} to {end or 'the last'}" if start or end else ""
            )
            registers.write_actions_docx(db, lines, args.output, body=args.body, period=period)
            print(f"{len(lines)} actions, {len(ids)} meetings: {args.output}")
            return 0
        out = registers.actions_csv(lines)
        if args.output is None:
            sys.stdout.write(out)
        else:
            write_atomic(args.output, out.encode("utf-8"))
            print(f"{len(lines)} actions, {len(ids)} meetings: {args.output}")
        return 0

    return _run(db, register)


def cmd_mark_action(args) -> int:
    from clerk.cli import BadInput, _open
    from clerk.services.minutes_cycle import mark

    db = _open(args)

    def work():
        session = _session(db, args.id)
        actions = session.meeting.actions
        if not 1 <= args.number <= len(actions):
            raise BadInput(
                f"meeting {args.id} has {len(actions)} actions (see: clerk actions --meeting "
                f"{args.id})"
            )
        mark(session, actions[args.number - 1].key, args.status, args.note)
        a = session.meeting.actions[args.number - 1]
        print(f"{args.number}\t{a.status.value}\t{a.text}")
        return 0

    return _run(db, work)


COMMANDS = {
    "next-meeting": cmd_next_meeting,
    "minutes-version": cmd_minutes_version,
    "minutes-status": cmd_minutes_status,
    "minutes-sent": cmd_minutes_sent,
    "approve-minutes": cmd_approve_minutes,
    "sign-minutes": cmd_sign_minutes,
    "actions": cmd_actions,
    "mark-action": cmd_mark_action,
}
