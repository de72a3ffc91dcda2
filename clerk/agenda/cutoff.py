"""Whether a copy of an agenda stops inside a word of its last title.

Web pages and document stores keep a fixed length of a document, and the cut falls where it
falls: "To consider and approve the following planning applicati", "Reports from Elected
Repres", "Editorial Pol". A last word is cut off when it is no word of the agenda's own text or
of the words agendas are written in, but begins one of them: "applicati" begins
"application", "Repres" "representatives". Acronyms ("AOCB"), numbers, words that end there
("Planning", "Close", "Plan") and fragments of fewer than four letters ("Pol") are left alone.
"""

from __future__ import annotations

import re

# Words of agenda titles, and the longer words a cut leaves a beginning of.
_AGENDA_TEXT = """
    absence accept accounts action actions address adjourn adjournment adopt adoption agenda
    agree agreement allotment allotments amendment amendments announcement announcements
    annual any apologies appeal appeals application applications appoint appointment
    appointments approval approve arising arrangement arrangements assembly association
    audit authority balance bank biodiversity board budget budgets building buildings
    business cabinet cemetery chair chairman chairperson chairs charity churchyard clerk
    clerks close closed closure code committee committees communication communications
    community complaint complaints confidential confirm confirmation consider consideration
    constitution consultation consultations contract contracts correspondence council
    councillor councillors county date deadline decision decisions declaration declarations
    defibrillator delegated deputation deputations development director discuss discussion
    district donation donations draft editorial election elections electoral emergency
    environment environmental equipment estimate estimates exclusion executive expenditure
    external finance financial footpath footpaths forum funding general governance governor
    governors grant grants group groups health highway highways housing income information
    insurance interest interests internal invoice invoices item items licence licensing
    local maintenance management matters mayor meeting meetings member members membership
    minute minutes motion motions neighbourhood newsletter next nomination nominations note
    notice notification officer officers order orders organisation organisations other
    parish parking partnership payment payments performance petition petitions planning play
    playground police policies policy political precept presentation procedure procedures
    programme project projects proposal proposals public purchase quarterly question
    questions quotation quotations receipts receive recommendation recommendations
    recreation regulation regulations report reports representation representations
    representative representatives request requests resolution resolutions resolve review
    risk road roads safety schedule school scrutiny section security session sessions
    signing standing statement statements strategy sub-committee summary sustainability
    tender tenders town traffic training transport treasurer trust trustees update updates
    urgent village volunteers website welcome working
"""
_AGENDA_WORDS = frozenset(_AGENDA_TEXT.split())
# Whole words that begin longer ones above ("Plan", "planning"): a title may end with them.
_WHOLE_TEXT = """
    access account develop elect equip exclude fund govern house inform manage nominate notify
    organise park part perform plan post present program propose quote recommend represent
    safe secure sign stand state train treasure work
"""
_WHOLE_WORDS = frozenset(_WHOLE_TEXT.split())
_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+")


def cut_inside_word(title: str, text: str) -> bool:
    """Whether ``title``, the last words of ``text``, stops inside its last word."""
    words = title.split()
    if not words:
        return False
    last = words[-1]
    if not last.isalpha() or len(last) < 4 or last.isupper():
        return False
    low = last.lower()
    if low in _AGENDA_WORDS or low in _WHOLE_WORDS:
        return False
    text = text.rstrip()
    own = {w.lower() for w in _WORD.findall(text[: max(0, len(text) - len(last))])}
    if low in own:
        return False
    vocabulary = own | _AGENDA_WORDS
    return any(len(w) >= len(low) + 2 and w.startswith(low) for w in vocabulary)
