"""House styles kept in the database: one for the organisation (no body) and one per body.

A style is stored as the TOML text it was imported from, so what a council shares is exactly
what it wrote; the text is checked before it is stored (``clerk.services.styles``), never here.
In a team database every Clerk reads the same rows, so a body's style is shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from clerk.store.schema import BODIES, HOUSE_STYLES

STYLES = HOUSE_STYLES


@dataclass(frozen=True)
class StoredStyle:
    body_id: int | None  # None: the organisation's style, for bodies without their own
    body: str | None  # the body's name, for lists
    name: str
    source: str


def stored_styles(engine: Engine) -> list[StoredStyle]:
    query = (
        select(STYLES.c.body_id, BODIES.c.name, STYLES.c.name, STYLES.c.source)
        .select_from(STYLES.outerjoin(BODIES, BODIES.c.id == STYLES.c.body_id))
        .order_by(STYLES.c.body_id.is_not(None), BODIES.c.name)
    )
    with engine.connect() as conn:
        return [StoredStyle(r[0], r[1], r[2], r[3]) for r in conn.execute(query)]


def stored_style(engine: Engine, body_id: int | None) -> StoredStyle | None:
    """The style stored for exactly this body (or, with None, the organisation's)."""
    where = STYLES.c.body_id.is_(None) if body_id is None else STYLES.c.body_id == body_id
    with engine.connect() as conn:
        row = conn.execute(select(STYLES).where(where)).mappings().first()
    if row is None:
        return None
    return StoredStyle(row["body_id"], None, row["name"], row["source"])


def save_style(engine: Engine, body_id: int | None, name: str, source: str) -> None:
    """Store (or replace) the style of a body, or the organisation's, in one transaction."""
    where = STYLES.c.body_id.is_(None) if body_id is None else STYLES.c.body_id == body_id
    values = {"name": name, "source": source, "updated_at": datetime.now()}
    with engine.begin() as conn:
        found = conn.execute(select(STYLES.c.id).where(where)).first()
        if found is None:
            conn.execute(insert(STYLES).values(body_id=body_id, **values))
        else:
            conn.execute(update(STYLES).where(STYLES.c.id == found.id).values(**values))


def remove_style(engine: Engine, body_id: int | None) -> bool:
    where = STYLES.c.body_id.is_(None) if body_id is None else STYLES.c.body_id == body_id
    with engine.begin() as conn:
        return conn.execute(delete(STYLES).where(where)).rowcount > 0
