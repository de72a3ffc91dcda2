"""Weekday and month names in the second language of bilingual minutes (Welsh, Irish), for the
title's ``weekday2`` and ``month2`` placeholders: "ddydd Mawrth, Tachwedd 17, 2020"; and the
English day forms of ``format.date`` ("8th April 2015")."""

from __future__ import annotations

from datetime import date

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
