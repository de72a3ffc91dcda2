"""Wording of names, times and dates, as committee minutes print them."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from clerk.domain.model import Person, Role
from clerk.domain.text import clean_line, clean_text
from clerk.domain.wording import (
    clock_12,
    clock_24,
    councillor_list,
    elapsed,
    join_names,
    long_date,
    present_list,
    short_name,
    with_capacity,
)

DAUBENEY = Person("daubeney", Role.CHAIR, title="Councillor", initials="S.", surname="Daubeney")
WEBB = Person("webb", Role.VICE_CHAIR, title="Councillor", surname="Webb")
HEATON = Person("heaton", title="Councillor", surname="Heaton")
BAKER = Person("baker", title="Councillor", surname="Baker")
KELLY = Person(
    "kelly",
    Role.OFFICER,
    name="Martin Kelly",
    capacity="Corporate Director of Children and Education (DCS)",
)


def test_short_names():
    assert short_name(WEBB) == "Cllr Webb"
    assert short_name(DAUBENEY, with_initials=True) == "Cllr S. Daubeney"
    assert short_name(KELLY) == "Martin Kelly"
    assert short_name(Person("p", title="Mr", surname="Patel")) == "Mr Patel"


def test_present_list_puts_chair_and_vice_chair_first():
    assert present_list([HEATON, WEBB, DAUBENEY, BAKER]) == (
        "Councillors Daubeney (Chair), Webb (Vice-Chair), Heaton and Baker"
    )
    assert present_list([WEBB]) == "Councillor Webb (Vice-Chair)"


def test_present_list_names_substitutes():
    sub = Person(
        "lind", Role.SUBSTITUTE, title="Councillor", surname="Lindqvist", substitute_for="baker"
    )
    people = [DAUBENEY, HEATON, sub]
    assert present_list(people, {p.id: p for p in [*people, BAKER]}) == (
        "Councillors Daubeney (Chair) and Heaton, Cllr Lindqvist (Substitute for Cllr Baker)"
    )


def test_lists_of_names():
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert councillor_list([BAKER, HEATON]) == "Councillors Baker and Heaton"
    assert councillor_list([BAKER]) == "Councillor Baker"


def test_capacity_lines():
    assert (
        with_capacity(KELLY) == "Martin Kelly - Corporate Director of Children and Education (DCS)"
    )
    waller = Person(
        "waller",
        Role.IN_ATTENDANCE,
        title="Councillor",
        surname="Waller",
        capacity="Executive Member",
    )
    assert with_capacity(waller) == "Councillor Waller - Executive Member"


@pytest.mark.parametrize(
    ("moment", "twelve", "twentyfour"),
    [
        (time(17, 30), "5.30 pm", "17:30"),
        (time(19, 22), "7.22 pm", "19:22"),
        (time(9, 5), "9.05 am", "09:05"),
        (time(12, 0), "12.00 pm", "12:00"),
        (time(0, 15), "12.15 am", "00:15"),
    ],
)
def test_clock(moment, twelve, twentyfour):
    assert clock_12(moment) == twelve
    assert clock_24(datetime.combine(date(2022, 12, 20), moment)) == twentyfour


def test_dates_and_elapsed():
    assert long_date(date(2022, 12, 20)) == "20 December 2022"
    assert long_date(date(2023, 2, 1)) == "1 February 2023"
    assert elapsed(7) == "0:07"
    assert elapsed(3725) == "1:02:05"
    assert elapsed(-4) == "0:00"


def test_cleaning_keeps_text_and_removes_what_no_document_can_hold():
    assert clean_text("Résumé 😀 שלום\ttab\nline") == "Résumé 😀 שלום\ttab\nline"
    assert clean_text("a\x00b\x1bc\ufffe\ud83d") == "abc"
    assert clean_text("one\r\ntwo\rthree\x0bfour\x0cfive") == "one\ntwo\nthree\nfour\nfive"
    assert clean_line("  Cllr \n Webb  ") == "Cllr Webb"
    assert clean_text("") == ""
