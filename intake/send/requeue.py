"""`intake outbox requeue`: failed outbox rows back to "pending" for staff, audited.

A row that failed because the relay was gone for longer than its retries (before the breaker existed), or a 5xx
the relay no longer gives, can be sent again once staff know why it failed. Rows whose failure is "unknown: ..."
(the relay may already have the mail: the connection broke after the final dot, or a sender crashed after
handing it over) are left alone unless `include_unknown`: resending them could answer someone twice, and the
relay's log says whether they went out. Each requeued row gets an audit event "<kind>_requeued" (before/after),
and the run one "outbox_requeued" naming who, when (the event's time) and how many.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from intake.db import AuditEvent, OutboxMessage, audit, transaction, utcnow

UNKNOWN_PREFIX = "unknown:"


@dataclass(frozen=True)
class Requeued:
    ids: list[int]
    skipped_unknown: list[int]


def requeue_failed(sessions: sessionmaker[Session], *, actor: str, failed_since: datetime | None = None,
                   include_unknown: bool = False, now: datetime | None = None) -> Requeued:
    """Put failed rows (those that failed on or after `failed_since`, by their "<kind>_failed" audit event) back
    to pending, due now, with their attempts counted afresh."""
    now = now or utcnow()
    with transaction(sessions) as session:
        rows = _failed_rows(session, failed_since)
        skipped = [row.id for row in rows if _unknown(row) and not include_unknown]
        chosen = [row for row in rows if row.id not in skipped]
        for row in chosen:
            _requeue(session, row, actor, now)
        audit(session, actor, "outbox_requeued", "outbox", None,
              after={"count": len(chosen), "skipped_unknown": len(skipped),
                     "failed_since": failed_since.isoformat() if failed_since else None,
                     "include_unknown": include_unknown})
    return Requeued([row.id for row in chosen], skipped)


def _failed_rows(session: Session, since: datetime | None) -> list[OutboxMessage]:
    rows = list(session.scalars(select(OutboxMessage).where(OutboxMessage.status == "failed")
                                .order_by(OutboxMessage.id).with_for_update()))
    if since is None or not rows:
        return rows
    recent = set(session.scalars(
        select(AuditEvent.entity_id)
        .where(AuditEvent.entity == "outbox", AuditEvent.action.like("%\\_failed", escape="\\"),
               AuditEvent.at >= since, AuditEvent.entity_id.in_([str(row.id) for row in rows]))))
    return [row for row in rows if str(row.id) in recent]


def _unknown(row: OutboxMessage) -> bool:
    return (row.last_error or "").startswith(UNKNOWN_PREFIX)


def _requeue(session: Session, row: OutboxMessage, actor: str, now: datetime) -> None:
    before = {"status": "failed", "attempts": row.attempts, "last_error": row.last_error}
    # Fenced on the status: a row another process changed meanwhile is left as it is.
    session.execute(update(OutboxMessage)
                    .where(OutboxMessage.id == row.id, OutboxMessage.status == "failed")
                    .values(status="pending", attempts=0, next_attempt_at=now,
                            last_error=f"requeued by {actor}; was: {row.last_error}")
                    .execution_options(synchronize_session=False))
    audit(session, actor, f"{row.kind}_requeued", "outbox", row.id, message_id=row.message_id, before=before,
          after={"status": "pending", "attempts": 0})
