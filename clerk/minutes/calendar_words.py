"""How the style writes times and days: times of day in ``format.time``'s forms ("5.30 pm"),
the English day forms of ``format.date`` ("8th April 2015"), and the weekday and month in the
second language of bilingual minutes (Welsh, Irish) for the title's ``weekday2`` and ``month2``
placeholders ("ddydd Mawrth, Tachwedd 17, 2020")."""

from __future__ import annotations

from datetime import date, datetime, time

from clerk.domain.wording import long_date

WEEKDAYS = {  # Monday first, as date.weekday() counts
    "cy": ("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"),
    "ga": ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn",
           "Dé Domhnaigh"),
}  # fmt: skip
MONTHS = {
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    "ga": ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
           "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"),
}  # fmt: skip


def second_language(day: date, language: str) -> dict[str, str]:
    """{"weekday2", "month2"} of ``day`` in ``language`` ("cy", "ga"); empty texts for none."""
    if language not in WEEKDAYS:
        return {"weekday2": "", "month2": ""}
    return {
        "weekday2": WEEKDAYS[language][day.weekday()],
        "month2": MONTHS[language][day.month - 1],
    }


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def day_text(day: date, fmt: str) -> str:
    if fmt == "dth MMMM yyyy":
        return f"{ordinal(day.day)} {day:%B %Y}"
    if fmt == "dd/mm/yyyy":
        return f"{day:%d/%m/%Y}"
    if fmt == "MMMM d, yyyy":
        return f"{day:%B} {day.day}, {day.year}"
    return long_date(day)


def clock(moment: datetime | time | None, fmt: str) -> str:
    """A time of day in one of the style's formats ("h.mm am" → "5.30 pm", "HH:MM" → "17:30")."""
    if moment is None:
        return ""
    if fmt.startswith("HH"):
        return f"{moment.hour:02d}{fmt[2]}{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    if fmt.endswith("a.m."):
        suffix = "a.m." if moment.hour < 12 else "p.m."
    if fmt.endswith("AM"):
        suffix = suffix.upper()
    gap = " " if " " in fmt else ""
    if fmt.startswith("h[.mm]"):  # "2pm", "2.30pm"
        minutes = f".{moment.minute:02d}" if moment.minute else ""
        return f"{hour}{minutes}{gap}{suffix}"
    return f"{hour}{fmt[1]}{moment.minute:02d}{gap}{suffix}"
