"""The PySide6 face of Clerk. Nothing below this package imports Qt."""
