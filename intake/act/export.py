"""Rows for `intake export`: requests (one per recorded message) and suppression feeds, as JSONL or CSV."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from typing import IO, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.catalogue import Catalogue
from intake.db import InboundMessage, OutboxKind, OutboxMessage, RequestAction, Suppression
from intake.settings import Settings

def request_fields(catalogue: Catalogue) -> tuple[str, ...]:
    """The columns of `intake export requests`: one due-date column per opt-out kind, named by the catalogue."""
    return (
        "reference", "mailbox", "uidvalidity", "uid", "message_id", "sha256", "received_at", "from", "subject",
        "automated", "kind", "labels", "review", "status", "decided_by", "classifier_version", "confidence",
        "ack_to", "ack_status", "ack_message_id", *_due_columns(catalogue).values(), "effective_at", "actions",
    )


def _due_columns(catalogue: Catalogue) -> dict[str, str]:
    return {k.name: f"due_{k.export}" for k in catalogue.kinds if k.opt_out}

SUPPRESSION_FIELDS = (
    "id", "channel", "email", "name", "street", "postal_code", "account", "effective_at", "source",
    "source_reference", "created_by",
)


def request_rows(session: Session, since: datetime | None, settings: Settings) -> Iterator[dict]:
    query = select(InboundMessage).order_by(InboundMessage.id)
    if since is not None:
        query = query.where(InboundMessage.received_at >= since)
    for message in session.scalars(query).yield_per(500):
        yield _request_row(session, message, settings.catalogue)


def _request_row(session: Session, message: InboundMessage, catalogue: Catalogue) -> dict:
    decision = message.decisions[-1] if message.decisions else None
    actions = session.scalars(select(RequestAction).where(RequestAction.message_id == message.id)).all()
    acks = session.scalars(select(OutboxMessage).where(
        OutboxMessage.message_id == message.id, OutboxMessage.kind == OutboxKind.ACK).order_by(OutboxMessage.id)).all()
    due = {a.kind: a.due_date.isoformat() for a in actions}
    effective = [a.effective_at for a in actions if a.effective_at]
    ack = acks[-1] if acks else None
    return {
        "reference": message.reference, "mailbox": message.mailbox, "uidvalidity": message.uidvalidity,
        "uid": message.uid, "message_id": message.message_id, "sha256": message.sha256,
        "received_at": message.received_at.isoformat(), "from": message.sender, "subject": message.subject,
        "automated": decision.automated if decision else None,
        "kind": str(decision.mail_kind) if decision else None,
        "labels": list(decision.labels) if decision else [],
        "review": message.status in ("review", "shunted"),
        "status": message.status,
        "decided_by": decision.decided_by if decision else None,
        "classifier_version": decision.classifier_version if decision else None,
        "confidence": decision.confidence if decision else None,
        "ack_to": decision.ack_to if decision else None,
        "ack_status": (ack.status if ack.status != "withheld" else f"withheld:{ack.withheld_reason}") if ack else "none",
        "ack_message_id": ack.mail_message_id if ack and ack.status == "sent" else None,
        **{column: due.get(kind) for kind, column in _due_columns(catalogue).items()},
        "effective_at": max(effective).isoformat() if effective else None,
        "actions": [f"{a.kind}:{a.status}" for a in actions],
    }


def suppression_rows(session: Session, channel: str, since: datetime | None) -> Iterator[dict]:
    query = (select(Suppression, InboundMessage.reference)
             .outerjoin(InboundMessage, InboundMessage.id == Suppression.source_message_id)
             .where(Suppression.channel == channel, Suppression.active.is_(True)).order_by(Suppression.id))
    if since is not None:
        query = query.where(Suppression.effective_at >= since)
    for entry, reference in session.execute(query):
        yield {
            "id": entry.id, "channel": entry.channel, "email": entry.email, "name": entry.name,
            "street": entry.street, "postal_code": entry.postal_code, "account": entry.account,
            "effective_at": entry.effective_at.isoformat() if entry.effective_at else None,
            "source": entry.source, "source_reference": reference, "created_by": entry.created_by,
        }


def write_rows(rows: Iterable[dict], fmt: str, out: IO[str], fields: tuple[str, ...]) -> int:
    """Write rows as JSON lines or CSV (with a header even when there are no rows). Returns the row count."""
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    count = 0
    for count, row in enumerate(rows, 1):
        if writer is None:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
    return count


def _csv_value(value):
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    # Spreadsheet formula injection: a sender-controlled value starting with = + - @ must not run as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
