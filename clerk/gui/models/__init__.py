"""Qt models over the set-up lists: meetings, people, agenda items, imported records.

One model per list, column constants at the top; each is tested without a widget.
"""
