"""The bundle's entry point: the same ``clerk`` command as the installed package.

A file of its own (not ``clerk/__main__.py``) so PyInstaller runs it as ``__main__`` while
``clerk`` stays an ordinary package inside the bundle.

``--bundle-probe`` as the first argument is for ``check_bundle.py`` only: it tries recording
with the bundle's own modules and libraries (see ``bundle_probe.py``).
"""

import sys

from clerk.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--bundle-probe"]:
        from bundle_probe import main as probe

        sys.exit(probe(sys.argv[2:]))
    sys.exit(main())
