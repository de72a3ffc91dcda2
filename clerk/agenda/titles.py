"""An item's heading line as a title: what follows the title on the same line goes to the
description, and what a web page or document store left behind is taken away.

- link and file residue: "(Word)", "(Excel)", "(PDF)", "Enclosure", "Verbal" after the title;
- a planned time in brackets after the title: "Planning (19:05)", or a time slot and the
  presenter's initials: "AOB and close - 16:55 to 17:00 - MI";
- sub-items run into the heading line of a re-flowed PDF: "Requests for Deputation 8.1. …",
  "DECLARATION OF MEMBERS' INTERESTS; (i) Conflict of interest …";
- a bilingual group heading run on after the title ("… Gnó Reachtúil / Statutory Business");
- an UPPER-CASE heading followed by a sentence: "APOLOGIES FOR ABSENCE – To receive …",
  "ADOPTION OF MINUTES OF COMMITTEES Governance and Audit Committee 10 May 2016".
"""

from __future__ import annotations

import re

_TRAILING = re.compile(
    r"(?:\s*(?:\((?:Word|Excel|PDF|Powerpoint|PPT|docx?|xlsx?)\)|\(?\b(?:Enclosures?|Encl\.?|Verbal"
    r"|Presentation)\b(?:\s*(?:report|update|item))?\)?|\(\d{1,2}[:.]\d{2}\)|\[\d{1,2}[:.]\d{2}\]))+\s*$",
    re.IGNORECASE,
)
_INLINE_SUB = re.compile(
    r"\s*[;:,]?\s+(?=(?:\((?:i|a|1)\)|(?:a|i)\)|\d{1,3}\.\d{1,2}\.?(?:\d{1,2}\.?)*)\s+\S)"
)
_TIME_SLOT = re.compile(
    r"\s*[-–]?\s*\b\d{1,2}[:.]\d{2}\s*(?:to|-|–)\s*\d{1,2}[:.]\d{2}\b(?:\s*[-–]\s*[A-Z]{1,4})?\s*$"
)
# "… Issues Paper. Gnó Reachtúil / Statutory Business": a bilingual group heading (Irish or
# Welsh, then English) run on after a title; its first word carries an accent.
_BILINGUAL_HEADING = re.compile(
    r"[.\s]\s*(?=[^\s/]*[áéíóúâêîôûŵŷ])[A-ZÁÉÍÓÚÂÊÎÔÛŴŶ][^/]{2,90}?\s/\s[A-Z][^/]{2,90}$"
)
_ENDS_OPEN = re.compile(r"\b(?:of|for|to|the|and|on|in|with|by)$", re.IGNORECASE)
# "DECLARATIONS OF INTEREST – To receive …", "APOLOGIES FOR ABSENCE:- To receive …"
_UPPER_DASH = re.compile(
    r"^(?P<head>[^a-z]{3,}?)(?:\s+[-–—:]|\s*:[-–—]?)\s+(?P<rest>[A-Z(\"'‘“].*[a-z].*)$"
)
_UPPER_RUN = re.compile(
    r"^(?P<head>(?:[A-Z0-9&'’/,()-]+\s+)*[A-Z0-9&'’/,()-]*[A-Z][A-Z0-9&'’/,()-]*)"
    r"\s+(?P<rest>[A-Z][a-z].*)$"
)


# A contents page's page number after the title: "Confirmation of Minutes. 5", "Grants  11".
_CONTENTS_PAGE = re.compile(r"(?<=[A-Za-z)\]])(?:\.\s+|\s{2,}|\t)\d{1,3}$")
# "1.<tab>10:00<tab>Welcome": the planned time in front of the title.
_LEADING_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?=[A-Z])", re.IGNORECASE)
_SENTENCE = re.compile(r"(?:To|The|That|This|Members|Any)\s+[a-z]")


# Welsh words of agenda headings; a heading with one of these and none of English's small
# words is the Welsh half of a bilingual pair.
_WELSH = re.compile(
    r"\b(?:croeso|ymddiheuriadau|cofnodion|datgan(?:iad(?:au)?)?|diddordeb(?:au)?|buddiant"
    r"|materion|codi|cyngor|cymuned|tref|adroddiad(?:au)?|gohebiaeth|cynllunio|cyllid"
    r"|ariannol|unrhyw|arall|busnes|eitem(?:au)?|cyfarfod|blaenorol|cadeirydd|maer|cyhoeddiadau"
    r"|taliadau|ceisiadau|brys|cyhoedd|cwestiynau|derbyn|cadarnhau|nodi|ystyried|dyddiad"
    r"|nesaf|personol|swyddog(?:ion)?|aelodau|clerc|cyfrifon|cynghorwyr|presennol|gwahardd"
    r"|wasg|llythyr(?:au)?|cyllideb|praesept|grantiau|ac|yr|o['’]r|i['’]r|gan|ynghylch)\b",
    re.IGNORECASE,
)
_ENGLISH_SMALL = re.compile(r"\b(?:the|and|of|to|for|from|with|any|on)\b", re.IGNORECASE)
_ENGLISH = re.compile(
    r"\b(?:the|and|of|to|for|welcome|apologies|minutes|declarations?|interests?|matters"
    r"|arising|council|report|correspondence|planning|finance|business|meeting|date|next"
    r"|chair\w*|mayor\w*|announcements|questions|public|payments|accounts|items?)\b",
    re.IGNORECASE,
)
# "Croeso ac Ymddiheuriadau 1. Welcome and Apologies", "Cofnodion / Minutes",
# "Croeso’r Cadeirydd. The Chair’s Welcome": Welsh, then English.
_PAIR = re.compile(
    r"^(?P<w>[^/]{3,120}?)(?:\s+\d{1,3}[.)]?\s+|\s*/\s*|\.\s+)(?P<e>[A-Z][^/]{2,160})$"
)


_PAIR_SEP = re.compile(r"/|\.\s|\s\d{1,3}[.)]?\s")


def english_half(text: str) -> tuple[str, str] | None:
    """(English half, Welsh half) of a Welsh/English heading pair, or None when the text is
    not one."""
    if len(text) > 300 or not _PAIR_SEP.search(text):
        return None
    m = _PAIR.match(text)
    if not m:
        return None
    welsh, english = m.group("w"), m.group("e")
    if not _WELSH.search(welsh) or _ENGLISH_SMALL.search(welsh) or not _ENGLISH.search(english):
        return None
    if _WELSH.search(re.sub(r"\b(?:ac|yr|gan)\b", "", english)):
        return None
    return english.strip(), welsh.strip(" .")


# "Declarations of Interest Members of the Town Council are requested to …": a heading in
# title case run into the sentence that explains it.
_TITLE_THEN_SENTENCE = re.compile(
    r"^(?P<head>[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|of|and|for|the|to|in|on|from|with|&))*?"
    r"\s+[A-Z][\w'’&/-]*)\s+(?P<rest>(?:Members|The|To|That|This|Councillors|Any|It|All)"
    r"\s+[a-z].{30,})$"
)


# "Apologies -  To receive and record apologies …", "Exclusion of press and public: To resolve
# …": a heading, a dash or colon, and the sentence that explains it.
_HEAD_THEN_SENTENCE = re.compile(
    r"^(?P<head>[A-Z][^:–—]{1,80}?)(?:\s+[-–—]|:)\s+(?P<rest>(?:To|The|That|This|Members"
    r"|Councillors|There|Any|All|It|No|A|An)\s+[a-z][^ ]*(?:\s+\S+){2,}.*)$"
    # "Minutes: to consider the adoption of the minutes of …", "Declarations of Interest: with
    # reference to items on the agenda …": a long lower-case sentence after the colon
    r"|^(?P<head2>[A-Z][^:–—.]{1,60}?):\s+(?P<rest2>(?:to|with|the|for|please|members|any|all"
    r"|in|on|that)\s+[a-z][^ ]*(?:\s+\S+){6,}.*)$"  # a sentence, not "Finance: to approve payments"
)
# "To receive reports from County, District Cllrs. and Police. The meeting will be adjourned
# …": the item's words end with its first sentence; the next sentence is a note.
_FIRST_SENTENCE = re.compile(
    r"^(?P<head>.{8,160}?[a-z)])\.\s+(?P<rest>(?:The|This|It|Members|Please|Note|NB|Councillors"
    r"|All|Any|There|We|You|Papers|Report)\s+[a-z]\S*(?:\s+\S+){2,}.*)$"
)


_ABBREVIATION = re.compile(r"\b(?:St|No|Co|Rd|Cllrs?|Mr|Mrs|Ms|Dr|etc|approx|inc|ref)$", re.I)
_LINK_RESIDUE = re.compile(r"^(?:pdf|docx?|xlsx?)\s+(?=[A-Z])|\s*\(\d+(?:\.\d+)?\s*[KkMm][Bb]\)$")
# The next group's heading, copied on after a title that closed with a bracket or a quote.
_GLUED_HEADING = re.compile(
    r"(?P<q>[)’”\"])\s+(?:(?:Matters|Items|Reports?|Business|Part|Notices?|Standard|Open"
    r"|Confidential|Closed|Exempt|Finance|Financial|Planning|Governance|Motions?|Correspondence"
    r"|Decisions?|Information|Other|General|Statutory|Staffing)"
    r"(?:\s+(?:[A-Z][a-z]+|for|of|and|&)){0,3})$"
)
_OPENER = {")": "(", "’": "‘", "”": "“", '"': '"'}
# "Standing Orders - Report by Director (herewith)", "Budget – Paper from the Treasurer
# (attached)": who brings the paper, after a dash, is a note for the description.
_PAPER_NOTE = re.compile(
    r"\s+[-–—]\s+(?P<note>(?:(?:joint\s+)?reports?|papers?|notes?|presentation|update)\s+(?:by|from)"
    r"\s+(?:the\s+)?[A-Z][^-–—()]{1,60}?(?:\s*\((?:herewith|attached|enclosed|to\s+follow"
    r"|to\s+be\s+tabled|tabled|circulated)\))?)\s*$",
    re.IGNORECASE,
)
_BRACKET_NOTE = re.compile(
    r"\s*\((?P<note>(?:(?:the\s+)?(?:report|copy|papers?|documents?|minutes)\s+)?(?:herewith|attached"
    r"|enclosed|to\s+follow|to\s+be\s+tabled|tabled|(?:to\s+be\s+)?circulated)"
    r"|encl(?:osure|\.)?(?:\s*(?:no\.?\s*)?\w{1,4})?)\)\s*$",
    re.IGNORECASE,
)
_NOTE_HINTS = (" by ", " from ", " By ", " BY ", " FROM ", " From ")
# What a re-flowed PDF runs on after the last title: a page's number and label ("- 1 - DATA
# LABEL: Public"), a rule of dashes and the note under it ("------ NOTE For further …").
_PAGE_RUN_ON = re.compile(r"\s+(?:-\s*\d{1,3}\s*-(?=\s|$)|[-_=–]{6,}).*$")


def split_title(text: str) -> tuple[str, str]:
    """(title, the rest of the line for the description)."""
    rest = ""
    text = _LEADING_TIME.sub("", text)
    m = _PAGE_RUN_ON.search(text) if ("- " in text or "---" in text or "___" in text) else None
    if m and m.start() > 2:
        text, rest = text[: m.start()], m.group(0).strip(" -_=–")
    whole = text
    pair = english_half(text)
    if pair:  # the English half is the title; the Welsh half stays with the description
        text, rest = pair
    cut = _repeated_start(text)
    if cut:  # "Minutes Minutes of Monthly Meeting held on …": the heading, then its text
        text, rest = text[:cut].rstrip(), text[cut:].strip()
    m = _TIME_SLOT.search(text)
    if m and m.start() > 2:  # "AOB and close - 16:55 to 17:00 - MI": the slot and presenter
        text, rest = text[: m.start()], m.group(0).strip(" -–")
    m = _BILINGUAL_HEADING.search(text)
    if m and m.start() > 2:  # the next group's heading, run on in re-flowed text
        text, rest = text[: m.start()], m.group(0).strip()
    m = _INLINE_SUB.search(text)
    if m and m.start() > 2 and not _ENDS_OPEN.search(text[: m.start()]):
        # "Election of a) Chairman": the sub-item finishes the title's sentence; kept.
        text, rest = text[: m.start()], text[m.end() :].strip()
    m = _UPPER_DASH.match(text)
    if m and _upper_words(m.group("head")) >= 1:
        text, rest = m.group("head"), _join(m.group("rest"), rest)
    else:
        m = _UPPER_RUN.match(text)
        if m and (
            _upper_words(m.group("head")) >= 2
            or (_upper_words(m.group("head")) == 1 and _SENTENCE.match(m.group("rest")))
        ):
            text, rest = m.group("head"), _join(m.group("rest"), rest)
        else:
            m = _TITLE_THEN_SENTENCE.match(text) or _HEAD_THEN_SENTENCE.match(text)
            parts = m.groupdict() if m else {}
            head = parts.get("head") or parts.get("head2")
            if head and len(head.split()) <= 10:
                text, rest = head, _join(parts.get("rest") or parts.get("rest2") or "", rest)
            else:
                m = _FIRST_SENTENCE.match(text)
                if m and not _ABBREVIATION.search(m.group("head")):
                    text, rest = m.group("head"), _join(m.group("rest"), rest)
    text = _TRAILING.sub("", text)
    m = _PAPER_NOTE.search(text) if any(w in text for w in _NOTE_HINTS) else None
    if m and m.start() > 2:
        text, rest = text[: m.start()], _join(m.group("note"), rest)
    m = _BRACKET_NOTE.search(text) if text.endswith(")") else None
    if m and m.start() > 2:  # "Minutes … (attached)": where the paper is, not the title
        text, rest = text[: m.start()].rstrip(" -–—"), _join(f"({m.group('note')})", rest)
    pair = english_half(text) if text != whole and not pair else None
    if pair:  # "Cofnodion 2. Minutes 2.1 …": a pair that only shows once the sub-item is cut
        text, rest = pair[0], _join(pair[1], rest)
    text = _LINK_RESIDUE.sub("", text)  # "pdf Petition Responses (257Kb)"
    m = _GLUED_HEADING.search(text)
    if m and m.start() > 8 and _OPENER[m.group("q")] in text[: m.start()]:
        # "… (Report Embargoed) Matters for Decision", "… ‘Our Place’ Finance"
        text = text[: m.start() + 1]
    text = _CONTENTS_PAGE.sub("", text).rstrip(" :;,-–—")
    return text.strip(), rest


def _repeated_start(text: str) -> int:
    """Where a re-flowed row's text begins by repeating its heading's first words ("Minutes
    Minutes of Monthly Meeting …", "Report from EMRA Meetings Report from Cllrs …"); 0 if not."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return 0
    n = len(words)
    for k in range(1, min(8, n // 2) + 1):  # the heading repeated whole at once
        if words[:k] == words[k : 2 * k] and (k > 1 or n > 3):
            return _offset(text, k)
    if len(text) > 60:  # its first two words again, after a heading of a few words
        for p in range(2, min(10, n - 2)):
            if words[p : p + 2] == words[:2]:
                return _offset(text, p)
    return 0


def _offset(text: str, k: int) -> int:
    """The character offset of word ``k`` of ``text``."""
    return [m.start() for m in re.finditer(r"\S+", text)][k]


def _upper_words(text: str) -> int:
    words = text.split()
    if any(sum(ch.isdigit() for ch in w) > 1 for w in words):
        return 0  # "22/01234/FUL - Land at …": a reference, not a heading
    return sum(1 for w in words if sum(ch.isalpha() for ch in w) >= 2 and w.isupper())


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if b else a


def drop_column_value(items: list) -> None:
    """A table's column run into each title of a re-flowed PDF ("1 Apologies Leader of Council
    To note …", "2 Minutes Leader of Council To confirm …": the portfolio or presenter): the
    same words after the title in most items are that column, not the title."""
    if len(items) < 3:
        return
    counts: dict[tuple[str, ...], int] = {}
    for item in items:
        words = item.title.split()
        seen = set()
        for k in range(1, len(words) - 1):
            if not words[k][:1].isupper():
                continue
            for n in (2, 3, 4):
                gram = tuple(words[k : k + n])
                if len(gram) == n and gram not in seen:
                    seen.add(gram)
                    counts[gram] = counts.get(gram, 0) + 1
    if not counts:
        return
    gram, n = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))
    if n < 3 or n * 5 < len(items) * 3:
        return
    # The column sits between the title and the item's sentence: in most rows a sentence runs
    # on after it ("… Leader of Council To note any apologies"); "Report of the Director of
    # Finance", "… Director of Place" share words but end there.
    after = [_words_after(item.title.split(), gram) for item in items]
    if sum(1 for a in after if a is not None and a >= 4) * 2 < n:
        return
    for item in items:
        words = item.title.split()
        for k in range(1, len(words) - len(gram) + 1):
            if tuple(words[k : k + len(gram)]) == gram:
                rest = " ".join(words[k + len(gram) :])
                item.title = " ".join(words[:k]).rstrip(" ,;:-–")
                if rest:
                    item.description.insert(0, rest)
                break


def _words_after(words: list[str], gram: tuple[str, ...]) -> int | None:
    for k in range(1, len(words) - len(gram) + 1):
        if tuple(words[k : k + len(gram)]) == gram:
            return len(words) - k - len(gram)
    return None


# Two items of a list whose numbers were lost, run together on one line: "Apologies for absence
# and reasons given Declaration of interests …", "Correspondence To exclude the public & press …".
_STANDARD_START = re.compile(
    r"(?:Declarations?\s+of\s+(?:[\w'’]+\s+)?interests?|Apologies\s+for\b|Minutes\s+of\s+the"
    r"\s+(?:previous|last)\b|Public\s+(?:forum|participation|questions?|session)\b|To\s+exclude"
    r"\s+the\s+(?:public|press)\b|Exclusion\s+of\s+(?:the\s+)?(?:public|press)\b|Matters\s+arising"
    r"\b|Correspondence\b|Date\s+of\s+(?:the\s+)?next\s+meeting\b|Any\s+other\s+business\b)"
)
_RUN_CUT = re.compile(r"(?<=[a-z)])\s+(?=[A-Z])")
_OPEN_END = re.compile(
    r"\b(?:to|of|for|the|and|on|in|with|by|from|a|an|receive|approve|note|consider|confirm|adopt"
    r"|agree|sign|re|regarding|including|any|under|about|its|their|our)$",
    re.IGNORECASE,
)


def run_together(title: str) -> list[str]:
    """The items in ``title`` when a standard item's heading starts inside it after a finished
    heading ("… reasons given Declaration of interests …"); one part when none does."""
    from clerk.agenda.kinds import kind_of

    if len(title) < 12 or not _STANDARD_START.search(title, 3):
        return [title]
    parts: list[str] = []
    last = 0
    for m in _RUN_CUT.finditer(title):
        head = title[last : m.start()].strip()
        if len(head) < 3 or _OPEN_END.search(head) or not _STANDARD_START.match(title, m.end()):
            continue
        tail = title[m.end() :]
        kind, sure = kind_of(head, None, None)
        if sure and kind == kind_of(tail, None, None)[0]:
            continue  # "To exclude the public & press Exclusion of Public and Press – …": one
        parts.append(head)
        last = m.end()
    parts.append(title[last:].strip())
    return parts


def split_run_together(items: list, make) -> list:
    """``items`` with each title that holds two items of a list printed without numbers made
    into two (``make(item, title)`` builds the second); numbers are put in again in order."""
    if not items or not all(it.number_unsure for it in items):
        return items
    out = []
    for item in items:
        parts = run_together(item.title)
        item.title = parts[0]
        out.append(item)
        if len(parts) > 1:
            more = [make(item, part) for part in parts[1:]]
            # the lines under the row explain its last item
            more[-1].description, item.description = item.description, []
            out.extend(more)
    if len(out) > len(items):
        for k, item in enumerate(out):
            item.number = str(k + 1)
    return out


_SENTENCE_TITLE = re.compile(r"^(?:The|To|A|An)\s.*\b(?:will|shall|to|be|is|are)\b")
_TO_VERB = re.compile(r"To [a-z]+\b")
_OPENS_NOTE = re.compile(r"(?:To|The|That|This|Members|Any|Please|Note|NB|Councillors)\b|\(")


def sentence_goes_on(title: str, nxt: str) -> bool:
    """Whether a title written as a sentence, with no stop at its line's end, wraps onto
    ``nxt``, which finishes it with a full stop ("… the Office of Mayor of Elmford" / "Town
    Council for the Municipal Year 2008/2009.")."""
    return (
        len(title.split()) >= 8
        and title[-1:].isalnum()
        # "The … will be", or a long "To receive …" cut at the page's width
        and bool(_SENTENCE_TITLE.match(title) or (len(title) >= 60 and _TO_VERB.match(title)))
        and nxt.rstrip().endswith(".")
        and len(nxt.split()) <= 12
        and not _OPENS_NOTE.match(nxt)
    )
