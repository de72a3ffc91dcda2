"""The meeting's recording: audio sources, chunked FLAC writing, the meeting-time timeline and
the offline transcript. Below the services, no Qt; numpy and soundfile are imported by the
modules that write or read audio, and sounddevice and faster-whisper only when used."""


class RecordingError(Exception):
    """Recording or transcribing cannot go on; ``str()`` is one line saying why and what to do."""
