"""Retention: raw messages older than `retention_days` are purged; the records about them stay.

CCPA asks that requests and how they were answered be kept for at least 24 months (the settings refuse less).
After the retention period the raw bytes, the most personal part, are dropped; the request rows, decisions and the
append-only audit trail (which holds the SHA-256 of the bytes) remain as the record.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from intake.db import InboundMessage, RawBlob, audit, transaction, utcnow
from intake.settings import Settings

log = logging.getLogger("intake.ops.housekeeping")


def run(sessions: sessionmaker[Session], settings: Settings, now: datetime | None = None) -> int:
    """Purge the raw bytes of messages past retention. Returns how many blobs were purged."""
    cutoff = (now or utcnow()) - timedelta(days=settings.retention_days)
    newer = select(InboundMessage.id).where(InboundMessage.sha256 == RawBlob.sha256,
                                            InboundMessage.received_at >= cutoff)
    with transaction(sessions) as session:
        blobs = session.scalars(select(RawBlob).where(
            (RawBlob.data.is_not(None)) | (RawBlob.path.is_not(None)), ~exists(newer))).all()
        for blob in blobs:
            if blob.path:
                Path(blob.path).unlink(missing_ok=True)
            blob.data, blob.path = None, None
            audit(session, "bot", "raw_purged", "raw_blob", blob.sha256, after={"cutoff": cutoff.isoformat()})
    if blobs:
        log.info("retention purge", extra={"event": "raw_purged", "count": len(blobs)})
    return len(blobs)
