"""Run the store's Alembic migrations up or down on a test database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from clerk.store import repository

MIGRATIONS = Path(repository.__file__).with_name("migrations")


def migrate(db, to: str) -> None:
    """Upgrade to ``"head"``, or downgrade to the revision ``to``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        if to == "head":
            command.upgrade(config, to)
        else:
            command.downgrade(config, to)
