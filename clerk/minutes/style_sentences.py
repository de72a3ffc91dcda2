"""The ``[sentences]`` section of a house style: the standard sentences Clerk writes at items
of a given kind (apologies, declarations, public participation, the previous minutes,
deferral, exclusion) and its own sentences of arrival and departure."""

from __future__ import annotations

from dataclasses import dataclass

from clerk.minutes.style_fields import PERSON_VARS, _f


@dataclass(frozen=True)
class Sentences:
    apologies_none: str = _f("There were no apologies for absence.", "No apologies.", vars=())
    apologies_one: str = _f(
        "An apology for absence was submitted by {{ names }}.",
        "One apology.",
        vars=("names", "members", "others", "count", "count_words", "accepted"),
    )
    apologies_many: str = _f(
        "Apologies for absence were received from {{ names }}.",
        "Several apologies.",
        vars=("names", "members", "others", "count", "count_words", "accepted"),
    )
    apology_reason: str = _f(
        " ({{ reason }})",
        "After the names of those who gave the same reason for their apologies; the names are "
        "grouped by reason ('Cllr L Watson and Cllr J Foster (family commitment), Cllr A Hart "
        "(work commitment)').",
        vars=("reason",),
    )
    apologies_accepted: str = _f(
        "",
        "After the apologies, when the meeting accepted them, e.g. 'The meeting accepted "
        "{% if count == 1 %}this as a proper reason{% else %}these as proper reasons{% endif %} "
        "for non-attendance.' ('' for nothing; the apologies sentences also have 'accepted').",
        vars=("count", "reasons"),
    )
    arrival: str = _f(
        "",
        "A member arriving after the start ('' for 'Cllr Gill joined the meeting at 6.07 pm.'), "
        "e.g. '{{ title }} {{ initials }} {{ surname }} arrived to the meeting during "
        "consideration of this item of business ({{ time }}).'",
        vars=("name", "time", "note", *PERSON_VARS),
    )
    moves_position: str = _f(
        "in_time",
        "Where an arrival or departure during an item goes in its minute: in time order among "
        "the debate and motions, or first, before the notes.",
        choices=("in_time", "first"),
    )
    departure: str = _f(
        "",
        "A member leaving before the end ('' for 'Cllr Gill left the meeting at 7.05 pm.').",
        vars=("name", "time", "note", *PERSON_VARS),
    )
    substitute: str = _f(
        "{{ name }} attended as a substitute for {{ absent }}.",
        "In the apologies item, each substitute.",
        vars=("name", "absent"),
    )
    absent: str = _f(
        "", "Members absent without apology ('' to say nothing).", vars=("names", "count")
    )
    declarations_intro: str = _f(
        "Members were asked to declare, at this point in the meeting, any personal interests, "
        "not included on the Register of Interests, or any prejudicial or disclosable "
        "pecuniary interests they may have in respect of business on the agenda.",
        "Opens the declarations item ('' for none); not repeated if the notes hold it.",
        vars=(),
    )
    declaration: str = _f(
        "{{ name }} declared {{ a_kind }} interest in {{ items }}"
        "{% if nature %}, {{ nature }}{% endif %}"
        "{% if left_room %}, and left the room during consideration of {{ that_item }}"
        "{% endif %}.",
        "One declaration.",
        vars=(
            "name",
            "kind",
            "a_kind",
            "items",
            "item_numbers",
            "nature",
            "nature_typed",
            "left_room",
            "that_item",
        ),
    )
    declaration_many: str = _f(
        "",
        "Members declaring the same interest (same kind, items and nature as typed) in one "
        "sentence ('' for a sentence each).",
        vars=(
            "names",
            "group",
            "count",
            "kind",
            "a_kind",
            "items",
            "item_numbers",
            "nature",
            "nature_typed",
            "left_room",
            "that_item",
        ),
    )
    no_declarations: str = _f("None were declared.", "Nobody declared an interest.", vars=())
    declarations_end: str = _f(
        "",
        "After the declarations made, e.g. 'No other declarations received.' ('' for none).",
        vars=("count",),
    )
    public_end: str = _f(
        "",
        "After the public's speakers, e.g. 'The Chair … convened the meeting at {{ started }}.' "
        "('' for none).",
        vars=("started", "count"),
    )
    public_none: str = _f(
        "It was reported that there had been no registrations to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "Public participation, nobody spoke.",
        vars=(),
    )
    urgent_none: str = _f(
        "",
        "An urgent business item with nothing minuted in it ('' for nothing), e.g. 'None.'.",
        vars=(),
    )
    public_one: str = _f(
        "It was reported that there had been one registration to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "Public participation, one speaker.",
        vars=("count", "count_words"),
    )
    public_many: str = _f(
        "It was reported that there had been {{ count_words }} registrations to speak at the "
        "meeting under the Council's Public Participation Scheme.",
        "Public participation, several speakers.",
        vars=("count", "count_words"),
    )
    speaker: str = _f(
        "",
        "Each speaker as a line of its own, the summary below it, e.g. '{{ name }}:' or "
        "'{{ roman }}. {{ name }}:' ('' for a sentence: 'Name spoke. Summary').",
        vars=("name", "capacity", "n", "roman"),
    )
    previous_minutes: str = _f(
        "", "The minutes item's decision when none was recorded ('' for none).", vars=()
    )
    deferral: str = _f(
        "That the item be deferred.",
        "The decision of an item deferred without a recorded resolution.",
        vars=("title",),
    )
    withdrawn: str = _f("This item was withdrawn.", "An item withdrawn.", vars=("title",))
    exclusion_none: str = _f(
        "",
        "An exclusion item with no exempt business after it and no decision recorded ('' to "
        "word the exclusion resolution all the same).",
        vars=(),
    )
    exclusion: str = _f(
        "",
        "The resolution to exclude press and public ('' for the Schedule 12A wording).",
        vars=("items", "paragraphs"),
    )
    recording_paused: str = _f(
        "The recording of the meeting was paused while the press and public were excluded.",
        "When the meeting was recorded: after the resolution to exclude the press and public "
        "(or opening the exempt minute), the recording's pause ('' for nothing).",
        vars=(),
    )
