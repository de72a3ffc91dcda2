"""The sentences the minutes use for formal business, as pure functions (no document here).

The minutes' composer places each sentence at the item where the thing happened; these
functions only word it, in the house style of ``clerk.domain.wording`` ("Cllr Webb",
"6.40 pm", "Councillors Baker and Heaton").

Each function that writes a time takes ``clock``, how the time is written: "6.40 pm" unless
the minutes' house style passes its own form ("18:40", "6.40 p.m."), so that each time is
written once, in its final form. A sentence ending with a time that ends with a full stop
("… at 6.40 p.m.") takes no second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from clerk.domain.formal.exclusion import PARAGRAPHS
from clerk.domain.formal.quorum import InquorateSpell
from clerk.domain.model import (
    Continuation,
    Exclusion,
    InterestKind,
    Meeting,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    Role,
    TimeLimits,
)
from clerk.domain.wording import (
    INTEREST_WORDS,
    Clock,
    bracketed,
    clock_12,
    councillor_list,
    ended,
    join_names,
    short_name,
)

ACCESS_TO_INFORMATION = (
    "Schedule 12A to Section 100A of the Local Government Act 1972 (as revised by the Local "
    "Government (Access to Information) (Variation) Order 2006)"
)


def _a(label: str) -> str:
    return ("an " if label[:1] in "aeiou" else "a ") + label


def interest_label(kind: InterestKind) -> str:
    """ "disclosable pecuniary interest"."""
    return (INTEREST_WORDS.get(kind, kind.value.replace("_", " ")) + " interest").strip()


def _people(meeting: Meeting, ids: Sequence[str]) -> list[Person]:
    return [p for p in (meeting.person(i) for i in ids) if p is not None]


def _at(at: datetime | None, clock: Clock) -> str:
    return f" at {clock(at)}" if at is not None else ""


# -- presence ----------------------------------------------------------------------------------


def withdrawal_sentence(
    person: Person,
    kind: InterestKind | None = None,
    at: datetime | None = None,
    *,
    clock: Clock = clock_12,
) -> str:
    """ "Cllr Webb left the meeting for this item, having declared a disclosable pecuniary
    interest." """
    text = f"{short_name(person)} left the meeting for this item{_at(at, clock)}"
    if kind is not None:
        text += f", having declared {_a(interest_label(kind))}"
    return ended(text)


def return_sentence(person: Person, at: datetime | None = None, *, clock: Clock = clock_12) -> str:
    """ "Cllr Webb returned to the meeting." """
    return ended(f"{short_name(person)} returned to the meeting{_at(at, clock)}")


def _note(note: str | None) -> str:
    """The clerk's note, in brackets, as typed (a closing full stop aside)."""
    note = bracketed(note)
    return f" ({note})" if note else ""


def arrival_sentence(
    person: Person, at: datetime | None = None, note: str | None = None, *, clock: Clock = clock_12
) -> str:
    """ "Cllr Gill joined the meeting at 6.07 pm." (a note, if any, in brackets)."""
    return ended(f"{short_name(person)} joined the meeting{_at(at, clock)}{_note(note)}")


def departure_sentence(
    person: Person, at: datetime | None = None, note: str | None = None, *, clock: Clock = clock_12
) -> str:
    """ "Cllr Gill left the meeting at 7.05 pm (to attend another meeting)." """
    return ended(f"{short_name(person)} left the meeting{_at(at, clock)}{_note(note)}")


# -- quorum ------------------------------------------------------------------------------------


def inquorate_sentence(
    spell: InquorateSpell, started_at: datetime | None = None, *, clock: Clock = clock_12
) -> str:
    """ "The meeting was inquorate from 6.40 pm to 6.52 pm."; a spell from the meeting's start
    (``started_at``) is said so: "The meeting was inquorate from its start at 6.00 pm to …"."""
    start = started_at is not None and spell.lost_at == started_at
    if spell.regained_at is None:
        if start:
            return (
                f"The meeting was inquorate when it began at {clock(spell.lost_at)} "
                "and did not become quorate."
            )
        return (
            f"The meeting became inquorate at {clock(spell.lost_at)} and did not regain its quorum."
        )
    since = "from its start at " if start else "from "
    return ended(
        f"The meeting was inquorate {since}{clock(spell.lost_at)} to {clock(spell.regained_at)}"
    )


# -- motions and votes -------------------------------------------------------------------------


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def motion_sentence(meeting: Meeting, motion: Motion) -> str:
    """ "Cllr Hollyer moved, and Cllr Orrell seconded, that the report be noted." (an
    amendment: "… seconded, an amendment that …")."""
    amendment = motion.kind is MotionKind.AMENDMENT
    what = "an amendment" if amendment else "a motion"
    mover = meeting.person(motion.mover) if motion.mover else None
    seconder = meeting.person(motion.seconder) if motion.seconder else None
    text = motion.text.strip()
    that = None
    if text[:5].lower() == "that " or text.lower() == "that":
        that = ("an amendment that" if amendment else "that") + text[4:]
    if mover and seconder:
        head = f"{short_name(mover)} moved, and {short_name(seconder)} seconded,"
    elif mover:
        head = f"{short_name(mover)} moved"
    elif seconder:
        head = f"It was moved, and {short_name(seconder)} seconded,"
    else:
        head = "It was moved"
    if that is not None:
        return f"{head} {that}" + ("" if that.endswith(".") else ".")
    if not text:
        return f"{head} {what}."
    return f"{head} {what}: {text}" + ("" if text[-1] in ".!?" else ".")


def result_sentence(motion: Motion) -> str:
    """ "On being put to the vote, the motion was carried (5 for, 2 against and 1 abstention)." """
    what = "amendment" if motion.kind is MotionKind.AMENDMENT else "motion"
    if motion.result is MotionResult.WITHDRAWN:
        return f"The {what} was withdrawn."
    if motion.result is MotionResult.PENDING:
        return f"The {what} was not put to the vote."
    v = motion.vote
    if v is None:
        return f"The {what} was {motion.result.value}."
    if v.unanimous and not (v.for_ or v.against or v.abstain):
        return f"On being put to the vote, the {what} was {motion.result.value} unanimously."
    counts = f"{v.for_} for and {v.against} against"
    if v.abstain:
        counts = (
            f"{v.for_} for, {v.against} against and "
            f"{_count(v.abstain, 'abstention', 'abstentions')}"
        )
    if v.casting_vote is not None:
        return f"On being put to the vote, there were {counts}."
    return f"On being put to the vote, the {what} was {motion.result.value} ({counts})."


def _named(meeting: Meeting, ids: Sequence[str]) -> str:
    people = _people(meeting, ids)
    if not people:
        return "none (0)"
    return f"{councillor_list(people)} ({len(people)})"


def recorded_vote_sentence(meeting: Meeting, motion: Motion) -> str | None:
    """ "A recorded vote was taken: For: Councillors A and B (2); Against: Councillor C (1);
    Abstained: …; Did not vote: …." (None when the vote was not recorded). For and Against are
    always given; Abstained and Did not vote only when someone did."""
    v = motion.vote
    if v is None or v.recorded is None:
        return None
    r = v.recorded
    parts = [f"For: {_named(meeting, r.for_)}", f"Against: {_named(meeting, r.against)}"]
    if r.abstain:
        parts.append(f"Abstained: {_named(meeting, r.abstain)}")
    if r.did_not_vote:
        parts.append(f"Did not vote: {_named(meeting, r.did_not_vote)}")
    return "A recorded vote was taken: " + "; ".join(parts) + "."


def casting_vote_sentence(meeting: Meeting, motion: Motion) -> str | None:
    """ "There being an equality of votes, the Chair, Cllr Daubeney, gave a casting vote for
    the motion, which was therefore carried." (None without a casting vote)."""
    v = motion.vote
    if v is None or v.casting_vote is None:
        return None
    person = meeting.person(v.casting_vote)
    what = "amendment" if motion.kind is MotionKind.AMENDMENT else "motion"
    if person is None:
        who = "the Chair"
    elif person.role is Role.CHAIR:
        who = f"the Chair, {short_name(person)},"
    else:
        who = f"{short_name(person)}, in the Chair,"
    side = v.casting_side if v.casting_side in ("for", "against") else None
    if side is None:
        return (
            f"There being an equality of votes, {who} gave a casting vote, "
            f"and the {what} was {motion.result.value}."
        )
    outcome = "carried" if side == "for" else "lost"
    return (
        f"There being an equality of votes, {who} gave a casting vote {side} the {what}, "
        f"which was therefore {outcome}."
    )


# -- exclusion of press and public -------------------------------------------------------------


def items_reference(meeting: Meeting, item_keys: Sequence[str]) -> str:
    """ "agenda item 8 (Title)", "agenda items 8 (A) and 9 (B)"."""
    items = [it for it in (meeting.item(k) for k in item_keys) if it is not None]
    named = [f"{it.agenda_number} ({it.title})" for it in items]
    if not named:
        return "the following business"
    return ("agenda item " if len(named) == 1 else "agenda items ") + join_names(named)


def paragraphs_reference(paragraphs: Sequence[int]) -> str:
    """ "Paragraph 1", "Paragraphs 1 and 3"."""
    numbers = [str(p) for p in paragraphs]
    return ("Paragraph " if len(numbers) == 1 else "Paragraphs ") + join_names(numbers)


def exempt_information(paragraphs: Sequence[int]) -> str:
    """What the excluded business contains, from the Schedule 12A paragraphs."""
    return join_names([PARAGRAPHS[p] for p in paragraphs if p in PARAGRAPHS])


def exclusion_resolution(meeting: Meeting, exclusion: Exclusion) -> str:
    """The resolution's text (the composer puts "Resolved:" before it): "That the press and
    public be excluded from the meeting during consideration of agenda item 8 (Title), on the
    grounds that it contains information relating to any individual, which is classed as
    exempt under Paragraph 1 of Schedule 12A …"."""
    items = exclusion.item_keys
    it = "it contains" if len(items) <= 1 else "they contain"
    paragraphs = [p for p in exclusion.paragraphs if p in PARAGRAPHS]
    if not paragraphs:  # an older record may name none: say so without a paragraph
        return (
            "That the press and public be excluded from the meeting during consideration of "
            f"{items_reference(meeting, items)}, on the grounds that {it} exempt information "
            f"as defined in {ACCESS_TO_INFORMATION}."
        )
    return (
        "That the press and public be excluded from the meeting during consideration of "
        f"{items_reference(meeting, items)}, on the grounds that {it} "
        f"{exempt_information(paragraphs)}, which is classed as exempt under "
        f"{paragraphs_reference(paragraphs)} of {ACCESS_TO_INFORMATION}."
    )


def readmission_sentence(exclusion: Exclusion, *, clock: Clock = clock_12) -> str | None:
    """ "The press and public were readmitted to the meeting at 8.05 pm." """
    if exclusion.to is None:
        return None
    return ended(f"The press and public were readmitted to the meeting at {clock(exclusion.to)}")


# -- the meeting's time limit ------------------------------------------------------------------

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def duration_words(minutes: int) -> str:
    """ "three hours", "two and a half hours", "90 minutes"."""
    hours, rest = divmod(minutes, 60)
    if rest == 0 and hours in _WORDS:
        return f"{_WORDS[hours]} hour" + ("s" if hours != 1 else "")
    if rest == 30 and hours in _WORDS:
        return f"{_WORDS[hours]} and a half hours"
    return f"{minutes} minutes"


def continuation_resolution(
    continuation: Continuation, limits: TimeLimits | None = None, *, clock: Clock = clock_12
) -> str:
    """ "That the meeting continue beyond three hours, until 9.30 pm." (text of the
    resolution; the composer puts "Resolved:" before it)."""
    beyond = "its time limit"
    if limits is not None and limits.meeting_minutes is not None:
        beyond = duration_words(limits.meeting_minutes)
    if continuation.until is None:
        return f"That the meeting continue beyond {beyond}, to conclude the remaining business."
    return ended(f"That the meeting continue beyond {beyond}, until {clock(continuation.until)}")


def continuation_sentence(
    continuation: Continuation, limits: TimeLimits | None = None, *, clock: Clock = clock_12
) -> str:
    """ "At 8.25 pm it was Resolved: That the meeting continue beyond three hours, …" """
    return f"At {clock(continuation.at)} it was Resolved: " + continuation_resolution(
        continuation, limits, clock=clock
    )
