"""The bundle's entry point: the same ``clerk`` command as the installed package.

A file of its own (not ``clerk/__main__.py``) so PyInstaller runs it as ``__main__`` while
``clerk`` stays an ordinary package inside the bundle.
"""

import sys

from clerk.cli import main

if __name__ == "__main__":
    sys.exit(main())
