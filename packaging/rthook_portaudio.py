"""PyInstaller runtime hook: on Linux, sounddevice finds the PortAudio bundled beside it.

The sounddevice wheel carries PortAudio on Windows and macOS (``_sounddevice_data``) but not
on Linux, where PyInstaller's hook collects the build machine's ``libportaudio.so.2`` into the
bundle instead. sounddevice looks for it with ``ctypes.util.find_library("portaudio")``, which
searches the system only: this hook makes that lookup fall back to the bundled copy. The
system's own PortAudio, when there is one, is still preferred (it matches the system's sound
set-up); without either, recording and playing say so in one line.
"""

import ctypes.util
import os
import sys


def _bundled_portaudio():
    folder = getattr(sys, "_MEIPASS", None)
    if not folder or not sys.platform.startswith("linux"):
        return None
    names = sorted(n for n in os.listdir(folder) if n.startswith("libportaudio.so"))
    return os.path.join(folder, names[0]) if names else None


def _install():
    bundled = _bundled_portaudio()
    if bundled is None:
        return
    system_find = ctypes.util.find_library

    def find_library(name):
        found = system_find(name)
        if found is None and name == "portaudio":
            return bundled
        return found

    ctypes.util.find_library = find_library


_install()
