"""The sent log: what the outbox handed to the relay, kept in a file outside the database.

A database restored from a backup forgets the acknowledgements sent after the backup was taken; the relay does
not. `intake reconcile` must know them so that nobody is answered twice, and the relay's own log is not something
intake can read. So the outbox appends one JSON line per step to `[smtp] sent_log`, fsync'd, before the step's
effect can happen:

    {"event": "handed", ...}   before DATA (or the pickup file): from here on the mail may reach its recipient
    {"event": "sent", ...}     after the relay's 250 (or the pickup file's rename)
    {"event": "refused", ...}  the relay answered DATA with 4xx/5xx, or the connection broke before the final
                               dot: it was not delivered (the row is retried or failed as the outbox says)

A row whose "handed" line cannot be written is not sent (a retry, like any local trouble): every mail that may
have gone out is in the log. Each line names the outbox row, our Message-ID, the recipient, the kind, and the
inbound message it answers (row id, reference, SHA-256 of its raw bytes), which is what reconcile matches on.

The file is append-only and never restored from a backup: it must stay newer than any database it is used with.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


class SentLogError(OSError):
    """The sent log could not be written: the mail must not be sent."""


def append(path: Path, record: dict[str, Any]) -> None:
    """One line, written and fsync'd before this returns. O_APPEND keeps concurrent senders' lines whole (each
    line is written by one write() call, well under the size a local file system writes atomically)."""
    line = (json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise SentLogError(f"cannot write the sent log {path}: {exc}") from exc


def entry(event: str, *, outbox_id: int, kind: str, mail_message_id: str, recipient: str, at: datetime,
          message_row_id: int | None, message_sha256: str | None, reference: str | None,
          in_reply_to: str | None) -> dict[str, Any]:
    return {"event": event, "at": at.isoformat(), "outbox_id": outbox_id, "kind": kind,
            "mail_message_id": mail_message_id, "recipient": recipient, "message_row_id": message_row_id,
            "message_sha256": message_sha256, "reference": reference, "in_reply_to": in_reply_to}


@dataclass
class Sent:
    """What the log says about one mail of ours: its first line, and where it stands."""

    record: dict[str, Any]
    state: str = "handed"
    """handed (may have been delivered), sent (the relay took it) or refused (it was not delivered)."""
    sent_at: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.state == "sent"


@dataclass
class SentIndex:
    """The log read back, looked up by the inbound message an acknowledgement answered."""

    by_mail_id: dict[str, Sent] = field(default_factory=dict)
    lines: int = 0
    damaged: int = 0
    _by_answered: dict[tuple[str, str | None], list[Sent]] | None = field(default=None, repr=False)
    """By what each mail answered, built at the first look-up (the log is read whole first): one dict look-up per
    reconciled message instead of a pass over the log."""

    def answering(self, sha256: str | None, message_id: str | None, kinds: tuple[str, ...] = ("ack",)) -> list[Sent]:
        """Every mail of these kinds that answered the inbound message with these raw bytes (or, when the bytes
        were not known at send time, this Message-ID), except those the relay refused."""
        if self._by_answered is None:
            self._by_answered = {}
            for sent in self.by_mail_id.values():
                rec = sent.record
                key = ("sha256", rec["message_sha256"]) if rec.get("message_sha256") else (
                    "message_id", rec.get("in_reply_to"))
                if key[1]:
                    self._by_answered.setdefault(key, []).append(sent)
        candidates = [*(self._by_answered.get(("sha256", sha256), []) if sha256 else []),
                      *(self._by_answered.get(("message_id", message_id), []) if message_id else [])]
        return [s for s in candidates if s.record.get("kind") in kinds and s.state != "refused"]

    def highest_row_id(self) -> int:
        return max((s.record.get("message_row_id") or 0 for s in self.by_mail_id.values()), default=0)


def read(*paths: Path) -> SentIndex:
    """The whole log, or the logs of several hosts taken together (each host's lines are in order; one mail is
    sent by one host at a time). A line cut short by a crash (the last one) or otherwise unreadable is counted,
    not fatal."""
    index = SentIndex()
    for path in paths:
        _read_into(index, path)
    return index


def _read_into(index: SentIndex, path: Path) -> None:
    with open(path, "rb") as handle:
        for raw in handle:
            index.lines += 1
            try:
                rec = json.loads(raw)
                mail_id = rec["mail_message_id"]
            except (ValueError, KeyError, TypeError):
                index.damaged += 1
                continue
            sent = index.by_mail_id.setdefault(mail_id, Sent(rec))  # a resent row's lines name the same mail
            if sent.state == "sent":
                continue  # once the relay took it, nothing later changes that
            sent.state = rec.get("event") if rec.get("event") in ("handed", "sent", "refused") else "handed"
            sent.sent_at = rec.get("at") if sent.state == "sent" else None
