"""Clerk: live clerking of formal meetings, and their draft minutes."""

__version__ = "0.1.0"
APP_NAME = "Clerk"
