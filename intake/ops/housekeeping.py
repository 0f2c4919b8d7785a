"""Retention: raw messages older than `retention_days` are purged; the records about them stay.

CCPA asks that requests and how they were answered be kept for at least 24 months (the settings refuse less).
After the retention period the raw bytes, the most personal part, are dropped; the request rows, decisions and the
append-only audit trail (which holds the SHA-256 of the bytes) remain as the record.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from sqlalchemy.orm import Session, sessionmaker

from intake.db import transaction, utcnow
from intake.mail.store import MessageStore
from intake.settings import Settings

log = logging.getLogger("intake.ops.housekeeping")


def run(sessions: sessionmaker[Session], settings: Settings, now: datetime | None = None) -> int:
    """Purge the raw bytes of messages past retention. Returns how many blobs were purged."""
    cutoff = (now or utcnow()) - timedelta(days=settings.retention_days)
    with transaction(sessions) as session:
        purged = MessageStore.of(settings).purge_older_than(session, cutoff)
    if purged:
        log.info("retention purge", extra={"event": "raw_purged", "count": purged})
    return purged
