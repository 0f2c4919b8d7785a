"""`intake evidence`: everything one request needs as proof, written to a directory a regulator can read.

    message.eml          the raw bytes exactly as fetched (their SHA-256 is in manifest.json and in every event)
    decisions.json       every decision, bot and staff, with rule hits, scores and the model version
    actions.json         the opt-out requests with due dates and effective_at, and the suppression entries
    outbox.json          acknowledgements and replies as written, with their status and the Message-ID sent
    audit.jsonl          the audit events about this message, oldest first
    manifest.json        what was written, with SHA-256 of each file
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intake.db import AuditEvent, InboundMessage, OutboxMessage, RequestAction, Suppression, sha256_hex
from intake.mail.store import MessageStore


class EvidenceNotFound(LookupError):
    pass


def find_message(session: Session, ident: str) -> InboundMessage:
    ident = ident.strip()
    bracketed = ident if ident.startswith("<") else f"<{ident}>"
    query = select(InboundMessage).where(or_(InboundMessage.reference == ident,
                                             InboundMessage.message_id.in_((ident, bracketed))))
    if ident.isdigit():
        query = select(InboundMessage).where(or_(InboundMessage.id == int(ident),
                                                 InboundMessage.reference == ident))
    found = session.scalars(query.order_by(InboundMessage.id)).first()
    if found is None:
        raise EvidenceNotFound(f"no recorded message with Message-ID or reference {ident!r}")
    return found


def write_evidence(session: Session, ident: str, out_dir: Path, store: MessageStore) -> list[Path]:
    message = find_message(session, ident)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Purged after the retention period: the file is empty, and the manifest still carries the recorded SHA-256.
    files: dict[str, bytes] = {"message.eml": store.bytes_of(session, message) or b""}
    files["decisions.json"] = _json([_row(d) for d in message.decisions])
    actions = session.scalars(select(RequestAction).where(RequestAction.message_id == message.id)).all()
    suppression_ids = {i for a in actions for i in a.suppression_ids}
    suppressions = session.scalars(select(Suppression).where(Suppression.id.in_(suppression_ids))).all()
    files["actions.json"] = _json({"requests": [_row(a) for a in actions],
                                   "suppressions": [_row(s) for s in suppressions]})
    outbox = session.scalars(select(OutboxMessage).where(OutboxMessage.message_id == message.id)).all()
    files["outbox.json"] = _json([_row(o) for o in outbox])
    events = session.scalars(select(AuditEvent).where(AuditEvent.message_id == message.id)
                             .order_by(AuditEvent.id)).all()
    files["audit.jsonl"] = "".join(json.dumps(_row(e), default=str) + "\n" for e in events).encode()
    manifest = {"message": _row(message), "raw_sha256_recorded": message.sha256,
                "raw_sha256_now": sha256_hex(files["message.eml"]) if files["message.eml"] else None,
                "files": {name: sha256_hex(data) for name, data in files.items()}}
    files["manifest.json"] = _json(manifest)
    written = []
    for name, data in files.items():
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


def _row(obj: Any) -> dict:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key != "data"}


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=2, default=str, ensure_ascii=False).encode()
