"""The autosave's bookkeeping around a save: what is marked unsaved after it comes back."""

from __future__ import annotations

from clerk.gui.live.autosave import Autosave


def test_a_failed_save_leaves_the_text_unsaved(qapp):
    calls: list[int] = []
    autosave = Autosave(lambda: calls.append(1) is not None)  # append returns None: False
    autosave.touch()
    assert autosave.flush() is False
    assert calls == [1] and autosave.dirty


def test_text_dropped_during_a_refused_save_is_not_unsaved_again(qapp):
    # Another Clerk changed the notes first: the refused text goes to a file and the editor
    # shows theirs. Dropped while the save is still on the stack, it must stay dropped, or the
    # next save would overwrite the other Clerk's words with the refused ones.
    autosave: Autosave

    def refused() -> bool:
        autosave.forget()
        return False

    autosave = Autosave(refused)
    autosave.touch()
    assert autosave.flush() is False
    assert not autosave.dirty
    # The next change is saved as usual, and a later failure marks it unsaved again.
    autosave.touch()
    assert autosave.dirty


def test_a_good_save_clears_the_mark_and_stops_the_timer(qapp):
    autosave = Autosave(lambda: True)
    autosave.touch()
    assert autosave._timer.isActive()
    assert autosave.flush() is True
    assert not autosave.dirty and not autosave._timer.isActive()
