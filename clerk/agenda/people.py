"""Reading the membership ("To: Councillors Baker, Daubeney (Chair), … and Webb (Vice-Chair)")
and the democracy officer's contact block.

Names are split the way the minutes print them: a councillor keeps the title "Councillor" and
a surname, with initials ("S.") or a forename when the agenda gives them; anyone else keeps
the full name as printed. Roles come from "(Chair)", "(Vice-Chair)", "(Chairman)" and the
like; other brackets ("(Co-opted Member)") become the capacity.
"""

from __future__ import annotations

import re

from clerk.agenda.lines import EMAIL_RE, PHONE_RE, fold_spaces

_COUNCILLOR = re.compile(r"^(?:councillors?|cllrs?)\b\.?\s*:?\s*", re.IGNORECASE)
_HONORIFIC = re.compile(
    r"^(?P<h>mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|revd|reverend|canon|father)\b\.?\s+",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\(\s*(?P<r>(?:vice|deputy)[\s-]*chair(?:man|woman|person)?|chair(?:man|woman|person)?)\s*\)",
    re.IGNORECASE,
)
_POSTNOMINAL = re.compile(r"\b(?:MBE|OBE|CBE|JP|DL|MP|KC|QC|BEM|FRSA|PhD)\b\.?")
_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+(?=(?:councillors?|cllrs?\.?\s+)?[A-Z])")
_PARTICLES = {"de", "van", "von", "der", "den", "le", "la", "du", "di", "da", "st", "st."}
_NOT_NAME = re.compile(
    r"\b(?:council|committee|officer|services|street|road|lane|house|hall|floor|room|"
    r"telephone|tel|phone|email|e-mail|contact|details|agenda|meeting|members|room|offices?|"
    r"director|manager|head|chief|executive|democrac\w*|governance|please|www|http|item|items|"
    r"subject|pages?|report|minutes|apologies|declarations?|business|date|time|venue)\b",
    re.IGNORECASE,
)


def role_of(text: str) -> str | None:
    """ "chair" or "vice_chair" from a bracket: "(Chair)", "(Vice-Chairman)", "(Mayor, Chair)"."""
    for bracket in re.findall(r"\(([^)]*)\)", text):
        # "(Town Mayor, Chair)" chairs this body; "(Chair, Independent Care Group)" another.
        parts = [p for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", bracket.strip()) if p]
        if parts:
            m = _ROLE.fullmatch(f"({parts[-1]})")
            if m:
                word = m.group("r").lower()
                return "vice_chair" if word.startswith(("vice", "deputy")) else "chair"
    return None


def parse_member_list(text: str, *, councillors: bool | None = None) -> list[dict]:
    """People in "Councillors Baker, Daubeney (Chair) … and Webb (Vice-Chair)"."""
    text = fold_spaces(text).strip(" .;:")
    if not text:
        return []
    # "Councillors A, B (Chair) and C; Jane Doe (Director of Public Health), …": the word
    # "Councillors" covers its own group, up to a semicolon.
    protected = _inside_brackets(
        text, lambda s: s.replace(",", "\x00").replace(" and ", "\x01").replace(";", "\x02")
    )
    people = []
    for k, group in enumerate(protected.split(";")):
        group = group.strip(" .")
        if not group:
            continue
        if k == 0 and councillors is not None:
            in_group = councillors
        else:
            in_group = bool(_COUNCILLOR.match(group))
        group = _COUNCILLOR.sub("", group, count=1)
        entries = [
            e.replace("\x00", ",").replace("\x01", " and ").replace("\x02", ";").strip(" .")
            for e in _SPLIT.split(group)
        ]
        entries = [re.sub(r"^(?:and|&)\s+", "", e) for e in entries if e]  # ", and Brown"
        entries = [e for e in entries if e]
        # York-style lists name councillors by surname alone; a full name among them that
        # follows the surnames is someone else (an officer or co-opted member).
        bare = [e for e in entries if len(re.sub(r"\([^)]*\)", "", e).split()) == 1]
        for entry in entries:
            words = re.sub(r"\([^)]*\)", "", entry).split()
            councillor = in_group and not (
                len(bare) >= 2
                and len(words) >= 2
                and not _COUNCILLOR.match(entry)
                and not re.fullmatch(r"[A-Z]\.?", words[0])
                and entries.index(entry) > entries.index(bare[0])
            )
            person = parse_person(entry, councillor=councillor)
            if person is not None:
                people.append(person)
    return people


def _inside_brackets(text: str, change) -> str:
    """``text`` with ``change`` applied to what stands inside (nested) brackets."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                out.append(text[start:k])
                start = k
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append(change(text[start : k + 1]))
                start = k + 1
    out.append(change(text[start:]) if depth else text[start:])
    return "".join(out)


def _brackets(text: str) -> tuple[list[str], str]:
    """The top-level bracketed parts of ``text`` (nesting kept inside) and the text without
    them: "Ayre (Executive Leader (Policy))" gives ["Executive Leader (Policy)"], "Ayre"."""
    groups: list[str] = []
    outside: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                outside.append(text[start:k])
                start = k + 1
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start:k].strip())
                start = k + 1
    if depth == 0:
        outside.append(text[start:])
    elif text[start:].strip():  # an unclosed bracket from a cut line
        groups.append(text[start:].strip())
    return groups, " ".join(outside)


def parse_person(raw: str, *, councillor: bool = False) -> dict | None:
    """One entry of a membership list: "Daubeney (Chair)", "Cllr Jane Smith", "Mr A Patel"."""
    text = fold_spaces(raw)
    role = role_of(text) or "member"
    capacity_parts = []
    # "Cllr J Smith – Chairman", "Councillor Ayre - Executive Leader": a role after a dash.
    dash = re.search(r"\s[-–—]\s*(?P<after>[A-Z(].*)$", text)
    if dash:
        after = dash.group("after").strip()
        text = text[: dash.start()]
        if role_of(f"({after})"):
            role = role_of(f"({after})") or role
        elif after:
            capacity_parts.append(after)
    groups, text = _brackets(text)
    for group in groups:
        kept = [
            part
            for part in re.split(r"\s*(?:,|;)\s*", group)
            if part and not _ROLE.fullmatch(f"({part})")
        ]
        if kept and role_of(f"({group})") and len(kept) < len(re.split(r"\s*[,;]\s*", group)):
            capacity_parts.append(", ".join(kept))
        elif not role_of(f"({group})"):
            capacity_parts.append(group)
    if _COUNCILLOR.match(text):
        councillor = True
        text = _COUNCILLOR.sub("", text, count=1)
    honorific = None
    m = _HONORIFIC.match(text)
    if m:
        honorific = m.group("h").capitalize().rstrip(".")
        text = text[m.end() :]
    text = _POSTNOMINAL.sub(" ", text)
    text = fold_spaces(text).strip(" ,.-–")
    words = text.split()
    if not words or len(words) > 6 or len(text) > 80:
        return None
    if any(not re.match(r"[A-Za-zÀ-ÿ'’]", w) for w in words) or _NOT_NAME.search(text):
        return None
    if not words[-1][:1].isupper():
        return None
    # The surname: the last word, with any particle before it ("de Silva", "van der Berg").
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in _PARTICLES:
        k -= 1
    surname = " ".join(words[k:])
    first = words[:k]
    person: dict = {"role": role}
    if councillor:
        person["title"] = "Councillor"
    elif honorific:
        person["title"] = honorific
    if first:
        if all(re.fullmatch(r"[A-Z]\.?|[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,3}", w) for w in first):
            letters = "".join(first).replace(".", "")
            person["initials"] = " ".join(f"{c}." for c in letters)
        else:
            person["forename"] = " ".join(first)
    person["surname"] = surname
    if not councillor and (first or honorific):
        person["name"] = " ".join([*([honorific] if honorific else []), *first, surname])
    if capacity_parts:
        person["capacity"] = "; ".join(capacity_parts)[:2000]
    return person


def looks_like_name(text: str) -> bool:
    """ "Jane Meller", "J. Smith", "Mrs Ann Other": a person's name and nothing else."""
    text = fold_spaces(text).strip(" ,.:")
    if not text or len(text) > 60 or re.search(r"\d|@", text) or _NOT_NAME.search(text):
        return False
    text = _HONORIFIC.sub("", text)
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    return (
        all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) and words[-1][:1].isupper()
    )


# -- the democracy officer ------------------------------------------------------------------

_OFFICER_LABEL = re.compile(
    r"^(?P<label>(?:democracy|democratic services?|committee|governance|scrutiny|member services?)"
    r"(?:\s+and\s+\w+)?\s+(?:officer|adviser|advisor|manager|support officer|services officer|"
    r"clerk|administrator|assistant|co-?ordinator)"
    r"|contact(?:\s+officer)?(?:\s+for\s+(?:this|the)\s+(?:agenda|meeting))?"
    r"|(?:for\s+)?enquir(?:ies|y)(?:\s+(?:to|about|on|regarding)(?:\s+(?:this\s+|the\s+)?(?:agenda|meeting|reports?))?)?"
    r"|(?:the\s+)?(?:town\s+|parish\s+|deputy\s+)?clerk(?:\s+to\s+the\s+(?:\w+\s+)?council)?"
    r"|(?:for\s+further\s+information\s+)?please\s+contact|officer\s+contact"
    r"|(?:for\s+)?(?:further|more)\s+information(?:\s+(?:about|on)\s+this\s+(?:agenda|meeting))?"
    r"(?:\s+(?:please\s+)?contact)?)"
    r"\s*(?:[:\-–—]|\bis\b)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def find_officer(lines: list[str]) -> tuple[dict | None, int | None]:
    """The democracy officer's name, telephone and e-mail, and the line it was found on."""
    for i, line in enumerate(lines):
        m = _OFFICER_LABEL.match(line)
        if not m:
            continue
        rest = re.sub(r"^(?:please\s+)?contact\s+", "", m.group("rest").strip(), flags=re.I)
        name = None
        name_line = i
        if rest:
            head = re.split(r"\s*[,;\t(]|\s+[-–—]\s+|\s+(?:on|tel|telephone|email|e-mail)\b", rest)[
                0
            ]
            if looks_like_name(head):
                name = fold_spaces(head)
        if name is None and not rest or (rest and name is None and len(rest) < 3):
            for j in range(i + 1, min(i + 7, len(lines))):
                if not lines[j]:
                    continue
                line = re.sub(r"^(?:name|officer)\s*:\s*", "", lines[j], flags=re.IGNORECASE)
                head = re.split(r"\s*[,;\t(]|\s+[-–—]\s+", line)[0]
                if looks_like_name(head):
                    name, name_line = fold_spaces(head), j
                break
        if name is None and i > 0:  # "Jane Meller" above "Democracy Officer"
            for j in range(i - 1, max(i - 3, -1), -1):
                if lines[j]:
                    if looks_like_name(lines[j]) and not rest:
                        name, name_line = fold_spaces(lines[j]), j
                    break
        if name is None:
            continue
        return _officer_at(lines, name, name_line), i
    # A parish clerk's sign-off: "Rob Martin, Parish Clerk", "Signed: J Bloggs (Clerk)", or
    # the name above "Locum Clerk to Ashcombe Parish Council", "Clerk and RFO", "Proper Officer".
    for i, line in enumerate(lines):
        m = _NAME_THEN_CLERK.match(line)
        if m and looks_like_name(m.group("name")):
            return _officer_at(lines, fold_spaces(m.group("name")), i), i
        if _CLERK_LINE.match(line) and i > 0:
            above = next((lines[j] for j in range(i - 1, max(i - 3, -1), -1) if lines[j]), "")
            if looks_like_name(above):
                return _officer_at(lines, fold_spaces(above), i - 1), i
    return None, None


def _officer_at(lines: list[str], name: str, name_line: int) -> dict:
    """The officer named on ``name_line``, with the telephone and e-mail near it."""
    name = _HONORIFIC.sub("", name) if len(name.split()) > 2 else name
    officer = {"name": name}
    # The telephone and e-mail follow within a few filled lines (blank lines vary).
    near = [x for x in lines[max(name_line - 1, 0) : name_line + 24] if x][:10]
    window = " ".join(near)
    phone = PHONE_RE.search(window)
    email = EMAIL_RE.search(window)
    if phone:
        officer["phone"] = fold_spaces(phone.group(0))
    if email:
        officer["email"] = email.group(0).rstrip(".")
    return officer


_CLERK_TITLE = (
    r"(?:(?:town|parish|community|locum|interim|acting|deputy|assistant)\s+)*clerk"
    r"(?:\s+(?:and|&)\s+(?:rfo|responsible\s+financial\s+officer|proper\s+officer))?"
    r"(?:\s+to\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}(?:council|meeting))?"
    r"|proper\s+officer(?:\s+of\s+the\s+council)?"
)
_CLERK_LINE = re.compile(rf"^\s*(?:{_CLERK_TITLE})\s*\.?$", re.IGNORECASE)
_NAME_THEN_CLERK = re.compile(
    rf"^\s*(?:signed:?\s*)?(?P<name>[^,()\d]{{3,60}}?)\s*(?:,|\(|\s[-–—])\s*(?:{_CLERK_TITLE})"
    r"\s*\)?\s*(?:,?\s*date[d:]?.*)?$",
    re.IGNORECASE,
)
