"""Playing the recording from a moment of the meeting ("play from here").

A computer with no sound output (this test machine, a server, a container) must say so in one
line and go on: no traceback, the recording untouched. PortAudio's own answer is used where
PortAudio is installed; a stand-in for the sound library gives the two answers a test machine
may not be able to give for real (no output device at all; a device that plays).
"""

from __future__ import annotations

import sys

import numpy as np
import pytest
import soundfile

from clerk.recording import RecordingError
from clerk.recording.playback import NO_OUTPUT, Player
from clerk.services import recording


class SoundLibrary:
    """What ``sounddevice`` answers: with no output device (PortAudio's "Error querying device
    -1"), or with one, in which case what it is asked to play is kept."""

    class PortAudioError(Exception):
        pass

    def __init__(self, device: dict | None):
        self.device = device
        self.played: list[tuple[np.ndarray, int]] = []

    def query_devices(self, device=None, kind=None):
        if self.device is None:
            raise self.PortAudioError("Error querying device -1")
        return self.device

    def play(self, data, rate):
        self.played.append((data, rate))

    def stop(self):
        pass


@pytest.fixture
def sound(monkeypatch):
    def install(device: dict | None) -> SoundLibrary:
        library = SoundLibrary(device)
        monkeypatch.setitem(sys.modules, "sounddevice", library)
        monkeypatch.setattr(recording, "_player", None)
        return library

    return install


def _item_start(session, number):
    return session.meeting.item(session.meeting.item_by_number(number).key).started_at


def test_play_from_here_plays_or_says_why_not_in_one_line(clerked, monkeypatch):
    """The real sound library of this machine: it plays, or it says in one line why not."""
    session, _ = clerked
    monkeypatch.setattr(recording, "_player", None)
    at = _item_start(session, "2")
    try:
        said = recording.play_from(session.db, session.meeting.id, at)
    except RecordingError as exc:
        message = str(exc)
        assert message.startswith("cannot play sound here: ")
        assert "\n" not in message and "Traceback" not in message
    else:
        assert said.startswith("playing from 18:00:00")
    recording.stop_playing()


def test_no_output_device_says_so_in_one_line_and_keeps_the_recording(clerked, sound):
    session, _ = clerked
    library = sound(None)
    folder = recording.meeting_folder(session.db, session.meeting.id)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(RecordingError) as info:
        recording.play_from(session.db, session.meeting.id, _item_start(session, "2"))
    assert str(info.value) == NO_OUTPUT and "\n" not in NO_OUTPUT
    assert library.played == []
    recording.stop_playing()  # the Stop button with nothing playing: no error either
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_with_an_output_device_it_plays_the_recording_from_the_moment(clerked, sound):
    session, speech = clerked
    library = sound({"name": "speakers", "max_output_channels": 2})
    at = _item_start(session, "5")
    said = recording.play_from(session.db, session.meeting.id, at)
    assert said.startswith(f"playing from {at:%H:%M:%S} (segment-0002.flac at 0 s)")
    ((data, rate),) = library.played
    start, seconds = speech.piece("plan")
    whole, _ = soundfile.read(str(speech.path), dtype="int16")
    assert rate == 16000 and len(data) == int(seconds * rate)
    assert np.array_equal(data[:, 0], whole[int(start * rate) : int((start + seconds) * rate)])


def test_a_device_that_lists_no_output_channels_is_no_output(sound, tmp_path):
    sound({"name": "microphone only", "max_output_channels": 0})
    with pytest.raises(RecordingError, match="no sound output device"):
        Player().play(tmp_path / "absent.flac", 0)


def test_a_missing_file_says_so_in_one_line(sound, tmp_path):
    sound({"name": "speakers", "max_output_channels": 2})
    with pytest.raises(RecordingError) as info:
        Player().play(tmp_path / "segment-0009.flac", 3)
    assert str(info.value).startswith("segment-0009.flac cannot be read: ")
    assert "\n" not in str(info.value)


def test_no_input_device_says_so_in_one_line_when_recording_is_turned_on(session, sound):
    """The same computer, asked to record: the switch says why not, and no segment is made."""
    from clerk.store import recordings

    sound(None)
    rec = recording.MeetingRecording(session, recording.microphone_source)
    with pytest.raises(RecordingError) as info:
        rec.start()
    assert str(info.value) == (
        "the microphone cannot be opened: this computer has no sound input device"
    )
    assert recordings.segments(session.db.engine, session.meeting.id) == []
    assert rec.state == "off"  # not "paused for exempt business"
    rec.close()
