"""The facts a house style prints from the record (revision 0010): the meeting's type in the
title, members by ward, attendance in part, apologies grouped by reason and accepted, a
unanimous vote without counts, letters after a name, and arrivals in the style's words."""

from __future__ import annotations

from dataclasses import replace

from clerk.domain.formal import wording
from clerk.domain.model import Attendance, MotionResult, PresenceEvent, PresenceKind, Vote
from clerk.minutes import compose, plain_text
from clerk.minutes.style import parse_style, presets_folder
from clerk.store.record import meeting_from_record, read_record_file


def sample():
    path = presets_folder() / "samples" / "english-parish.json"
    return meeting_from_record(read_record_file(path))


def parish(extra: str):
    return parse_style('[style]\nname = "Test"\nbased_on = "english-parish"\n' + extra)


def people(meeting, **changes):
    """The sample's people with ``changes`` ({id: {field: value}}) made."""
    return replace(
        meeting,
        people=tuple(replace(p, **changes.get(p.id, {})) for p in meeting.people),
    )


def minutes(meeting, style) -> list[str]:
    return plain_text(compose(meeting, style=style)).splitlines()


def test_the_meeting_type_is_a_title_placeholder_and_empty_when_not_recorded():
    style = parish(
        '[document]\ntitle = ["Minutes of the {{ meeting_type }} Meeting of {{ body }}"]\n'
    )
    meeting = replace(sample(), meeting_type="Extraordinary")
    body = meeting.committee
    assert f"Minutes of the Extraordinary Meeting of {body}" in minutes(meeting, style)
    assert f"Minutes of the Meeting of {body}" in minutes(sample(), style)


def test_members_grouped_by_ward_each_ward_a_paragraph():
    style = parish(
        '[attendance]\nlayout = "paragraphs"\ngroups = ["present", "officers"]\n'
        'one_paragraph = false\nend = "."\nward = "{{ ward | upper }} {{ names }}"\n'
    )
    meeting = people(
        sample(),
        ashdown={"ward": "North"},
        blake={"ward": "South"},
        carter={"ward": "North"},
        dunn={"ward": "South"},
    )
    lines = minutes(meeting, style)
    assert "NORTH Cllr H Ashdown (Chair), Cllr S Carter." in lines
    assert "SOUTH Cllr R Blake (Vice-Chair), Cllr M Dunn." in lines


def test_attendance_in_part_in_place_or_after_the_rest():
    meeting = people(sample(), carter={"in_part": True}, hartley={"in_part": True})
    in_place = minutes(meeting, parish('[attendance]\nin_part = "{{ name }} (in part)"\n'))
    present = next(line for line in in_place if line.startswith("Present:"))
    assert "Cllr S Carter (in part), Cllr M Dunn" in present
    assert "Mrs J A Hartley (Clerk) (in part)" in present
    after = minutes(
        meeting,
        parish(
            '[attendance]\nlayout = "paragraphs"\none_paragraph = false\n'
            'in_part_after = " and (in part) "\n'
        ),
    )
    present = next(line for line in after if line.startswith("Present:"))
    assert present.endswith("Cllr M Dunn and (in part) Cllr S Carter")


def test_apologies_grouped_by_reason_and_accepted():
    style = parish(
        "[sentences]\n"
        'apologies_one = "Apologies from {{ names }}."\n'
        'apologies_many = "Apologies from {{ names }}{% if accepted %}, accepted{% endif %}."\n'
        'apologies_accepted = "The meeting accepted {% if count == 1 %}this as a proper reason'
        '{% else %}these as proper reasons{% endif %} for non-attendance."\n'
    )
    meeting = people(
        replace(sample(), apologies_accepted=None),  # the sample's meeting accepted them
        ellis={"apology_reason": "family commitment"},
        carter={"attendance": Attendance.APOLOGIES, "apology_reason": "work commitment"},
        dunn={"attendance": Attendance.APOLOGIES, "apology_reason": "family commitment"},
    )
    said = [line for line in minutes(meeting, style) if line.startswith("Apologies from")]
    # Grouped by reason, in the order first given; nothing said of acceptance until recorded.
    assert said == [
        "Apologies from Cllr S Carter (work commitment) and Cllr M Dunn and Cllr T Ellis "
        "(family commitment)."
    ]
    accepted = replace(meeting, apologies_accepted=True)
    said = [line for line in minutes(accepted, style) if line.startswith("Apologies from")]
    assert said[0].endswith(
        "(family commitment), accepted. The meeting accepted these as proper reasons for "
        "non-attendance."
    )


def test_a_reason_is_printed_only_for_those_who_sent_apologies():
    style = parish("")
    meeting = people(sample(), carter={"apology_reason": "work commitment"})
    text = "\n".join(minutes(meeting, style))
    assert "work commitment" not in text
    assert "Apologies were received and accepted from Cllr T Ellis." in text


def _unanimous(meeting):
    items = []
    for it in meeting.items:
        motions = tuple(
            replace(m, vote=Vote(unanimous=True), result=MotionResult.CARRIED) for m in it.motions
        )
        items.append(replace(it, motions=motions))
    return replace(meeting, items=tuple(items))


def test_a_unanimous_vote_without_counts_has_its_own_result_word():
    style = parish('[motions]\nunanimous = "Unanimously agreed"\n')
    text = "\n".join(minutes(_unanimous(sample()), style))
    assert "Proposed by Cllr Blake; seconded by Cllr Carter; Unanimously agreed." in text
    motion = _unanimous(sample()).items[2].motions[0]
    assert wording.result_sentence(motion).endswith("was carried unanimously.")


def test_post_nominals_where_the_style_names_them():
    style = parish(
        '[names]\nlisted = "Cllr {{ initial }} {{ surname }}'
        '{% if post_nominals %} {{ post_nominals }}{% endif %}"\n'
    )
    meeting = people(sample(), blake={"post_nominals": "MBE"})
    present = next(line for line in minutes(meeting, style) if line.startswith("Present:"))
    assert "Cllr R Blake MBE (Vice-Chair)" in present


def test_an_arrival_in_the_style_words_first_in_its_minute():
    meeting = sample()
    item = meeting.items[4]
    at = item.started_at.replace(minute=item.started_at.minute + 3)
    meeting = replace(meeting, presence=(PresenceEvent("carter", PresenceKind.ARRIVED, at),))
    style = parish(
        "[sentences]\n"
        'arrival = "{{ title }} {{ initial }} {{ surname }} arrived during consideration of '
        'this item of business ({{ time }})."\nmoves_position = "first"\n'
    )
    lines = minutes(meeting, style)
    # The parish heading runs into the minute's first paragraph: the arrival, then the notes.
    heading = next(i for i, line in enumerate(lines) if line.startswith("416."))
    assert lines[heading] == (
        "416. Finance: Councillor S Carter arrived during consideration of this item of "
        "business (7.18pm)."
    )
    assert lines[heading + 1] == "The Clerk presented the payments for approval:"
    plain = minutes(meeting, parish(""))
    assert any("Cllr Carter joined the meeting at" in line for line in plain)


def test_a_note_on_attendance_follows_the_name():
    meeting = people(sample(), dunn={"attendance_note": "joined the meeting after item 5"})
    present = next(line for line in minutes(meeting, parish("")) if line.startswith("Present:"))
    assert "Cllr M Dunn (joined the meeting after item 5)," in present


def test_the_parish_preset_says_accepted_only_when_the_meeting_accepted():
    style = parish("")
    accepted = "\n".join(minutes(sample(), style))
    assert "Apologies were received and accepted from Cllr T Ellis." in accepted
    not_yet = "\n".join(minutes(replace(sample(), apologies_accepted=None), style))
    assert "Apologies were received from Cllr T Ellis." in not_yet


def _unseconded(meeting):
    """The payments motion with its seconder not recorded (the clerk missed who it was)."""
    items = []
    for item in meeting.items:
        motions = tuple(
            replace(m, seconder=None) if m.text.startswith("That the payments") else m
            for m in item.motions
        )
        items.append(replace(item, motions=motions))
    return replace(meeting, items=tuple(items))


def test_a_one_line_motion_leaves_out_whoever_was_not_recorded():
    style = parish("")
    text = "\n".join(minutes(_unseconded(sample()), style))
    assert "seconded by ;" not in text and "seconded by  " not in text
    assert "Proposed by Cllr Carter; carried (5 for, 0 against)." in text
    # A style that asks itself whether there was a seconder is answered the same way.
    asking = parse_style(
        '[style]\nbased_on = "english-parish"\n[motions]\none_line = "Proposed by {{ mover }}'
        '{% if seconder %}, seconded by {{ seconder }}{% else %} (not seconded){% endif %}."\n',
        "test",
    )
    assert "Proposed by Cllr Carter (not seconded)." in minutes(_unseconded(sample()), asking)
