"""`intake reconcile`: after a database restore, record the mail the restored database no longer knows.

A backup is older than the mail it misses: messages processed after it were recorded, acted on, answered and
moved to the processed or review folder, and the restore forgot all of it. They will never come back through the
inbox. Reconcile reads both folders of every mailbox (IMAP or Maildir) and, for each message the database does not
know (the same mailbox and the same raw bytes, or the same Message-ID and body), runs it through the pipeline as a
poll would: decided, acted on (suppressions, legal clocks from the time it was received, review items), audited
`reconciled`. It is not moved: it already is where it belongs.

Nobody is answered twice. First, the outbox rows the backup holds as pending, sending or failed that the sent log
shows went after the backup was taken are recorded `sent` (or `failed` as unknown when the log has no answer
from the relay): otherwise the outbox would send them again. Then the acknowledgement each reconciled decision
calls for is matched against the sent log
(`[smtp] sent_log`, intake/send/sentlog.py), a file outside the database that the outbox writes before every
DATA:

* the log shows it was accepted by the relay: the row is recorded `sent` with the Message-ID and time that went
  out, audited `ack_sent_before_restore`;
* the log shows it was handed over without the relay's answer: `failed` as `unknown: ...`, as the outbox itself
  records such a row (staff check the relay's log, then `intake outbox requeue --include-unknown`);
* the log has no line for it: it never went out, and is queued as a poll would queue it (shadow, backfill and
  the per-recipient cap still apply);
* no sent log is configured: `withheld` with reason `reconciled` (nothing to go by, so nothing is risked) and
  listed for staff.

A message keeps the id, hence the reference number, its acknowledgement quoted, when the sent log names it and the
id is free. New ids are taken above every id the log names, so a later message never gets a reference already
sent to someone else.

Safe while the daemon runs: reconcile holds every mailbox's poll lock (intake/ops/locks.py) for its whole run, so
no poll records or moves mail meanwhile (rounds are skipped, then resume); the outbox goes on and sends what
reconcile queued. Running it twice records nothing the second time: every message is then known.
"""

from __future__ import annotations

import logging
import time
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from intake.db import InboundMessage, OutboxMessage, OutboxStatus, audit, transaction
from intake.mail.connection import MailboxUnavailable
from intake.mail.parse import parse
from intake.ops.locks import mailbox_lock
from intake.pipeline import Context, body_hash, process
from intake.send import outgoing, sentlog
from intake.settings import MailboxSettings
from intake.values import RawMessage

log = logging.getLogger("intake.reconcile")

ACTOR = "reconcile"
FOLDER_SPACE = 2 ** 32
"""A reconciled row's UIDVALIDITY is the folder's own plus this times the folder's place (1 processed, 2 review):
outside IMAP's 32-bit range, so it can never be taken for the inbox's and hide a new inbox message with that UID,
and the processed and review folders' UIDs never collide with each other."""


class Busy(Exception):
    """A poll held a mailbox's lock for longer than reconcile would wait."""


@dataclass
class FolderResult:
    mailbox: str
    folder: str
    seen: int = 0
    known: int = 0
    recorded: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass
class ReconcileResult:
    folders: list[FolderResult] = field(default_factory=list)
    acks: dict[str, int] = field(default_factory=dict)
    """What became of the acknowledgements the reconciled decisions call for: queued, sent_before_restore,
    unknown, withheld_no_sent_log (and shadow/backfill/capped as a poll would withhold them)."""
    outbox: dict[str, int] = field(default_factory=dict)
    """Rows the backup holds as not sent that the sent log shows went (sent) or may have gone (unknown)."""
    for_staff: list[str] = field(default_factory=list)
    """One line per thing a person should look at."""
    sent_log_lines: int | None = None

    @property
    def recorded(self) -> int:
        return sum(f.recorded for f in self.folders)

    @property
    def errors(self) -> list[str]:
        return [f"{f.mailbox}/{f.folder}: {f.error}" for f in self.folders if f.error]


def reconcile(ctx: Context, *, sent_log: Path | None, other_logs: tuple[Path, ...] = (), dry_run: bool = False,
              wait_seconds: float = 120.0, now: datetime | None = None) -> ReconcileResult:
    """Record what the processed and review folders hold and the database does not. `sent_log` (and the other
    hosts' `other_logs`) are read whole first. Without a sent log, or when the configured one is missing (lost
    with a disk, perhaps), acknowledgements are withheld: going on without it could answer its senders twice.
    Another host's log that is not there raises FileNotFoundError (a wrong path). `dry_run` counts without
    writing."""
    result = ReconcileResult()
    for path in other_logs:
        if not path.exists():
            raise FileNotFoundError(f"sent log {path} does not exist")
    index = None
    if sent_log is not None and not sent_log.exists():
        result.for_staff.append(f"sent log {sent_log} does not exist: acknowledgements withheld, not queued")
    elif sent_log is not None:
        index = sentlog.read(sent_log, *other_logs)
    if index is not None:
        result.sent_log_lines = index.lines
        if index.damaged:
            result.for_staff.append(f"sent log: {index.damaged} unreadable line(s) skipped")
    engine = ctx.sessions.kw["bind"]
    with _AllLocks(engine, [box.name for box in ctx.settings.mailboxes], wait_seconds):
        if index is not None:
            _settle_outbox(ctx, index, result, now or ctx.clock(), dry_run=dry_run)
        recorder = _Recorder(ctx, index, result, now)
        work = replace(ctx, reconciling=recorder, clock=(lambda: now) if now else ctx.clock)
        for box in ctx.settings.mailboxes:
            for place, folder in enumerate((box.processed_folder, box.review_folder), 1):
                if place == 2 and folder == box.processed_folder:
                    continue
                result.folders.append(_folder(work, box, folder, place, recorder, dry_run))
        if not dry_run:
            _advance_ids(ctx, recorder.floor)
    return result


# --- locks ------------------------------------------------------------------------------------------------------


class _AllLocks:
    """Every mailbox's poll lock, or Busy after `wait` seconds. Taken all or none, retried every half second: a
    poll holds its lock for one round."""

    def __init__(self, engine, names: list[str], wait: float) -> None:
        self._engine, self._names, self._wait = engine, names, wait
        self._stack = ExitStack()

    def __enter__(self) -> None:
        deadline = time.monotonic() + self._wait
        while True:
            busy = self._try()
            if busy is None:
                return
            if time.monotonic() >= deadline:
                raise Busy(f"mailbox {busy} stayed locked by a poll for {self._wait:.0f} s; try again")
            time.sleep(0.5)

    def _try(self) -> str | None:
        stack = ExitStack()
        for name in self._names:
            if not stack.enter_context(mailbox_lock(self._engine, name)):
                stack.close()
                return name
        self._stack = stack
        return None

    def __exit__(self, *exc) -> None:
        self._stack.close()


# --- one folder -------------------------------------------------------------------------------------------------


def _folder(ctx: Context, box: MailboxSettings, folder: str, place: int, recorder: "_Recorder",
            dry_run: bool) -> FolderResult:
    found = FolderResult(box.name, folder)
    try:
        with ctx.open_mailbox(replace(box, folder=folder)) as conn:
            for batch in conn.fetch_new(0, box.batch_size):
                for raw in batch:
                    _one(ctx, box, folder, place, raw, recorder, found, dry_run)
                del batch  # bounded in bytes, like a poll's
    except MailboxUnavailable as exc:
        if "cannot select" in str(exc) or "no maildir" in str(exc):
            log.info("folder not there: nothing to reconcile", extra={"event": "reconcile_no_folder",
                                                                      "mailbox": box.name, "folder": folder})
        else:
            found.error = str(exc)
    return found


def _one(ctx: Context, box: MailboxSettings, folder: str, place: int, raw: RawMessage, recorder: "_Recorder",
         found: FolderResult, dry_run: bool) -> None:
    found.seen += 1
    if _known(ctx, raw):
        found.known += 1
        return
    found.recorded += 1
    if dry_run:
        return
    local = replace(raw, uidvalidity=place * FOLDER_SPACE + raw.uidvalidity)
    recorder.folder = folder
    outcome = process(local, ctx, box)
    found.statuses[outcome.status] = found.statuses.get(outcome.status, 0) + 1
    log.info("reconciled", extra={"event": "reconciled", "mailbox": box.name, "folder": folder, "uid": raw.uid,
                                  "status": outcome.status, "reference": outcome.reference})


def _known(ctx: Context, raw: RawMessage) -> bool:
    """The database has this message of this mailbox: the same bytes, or the same Message-ID and body."""
    with ctx.sessions() as session:
        if session.scalar(select(InboundMessage.id).where(
                InboundMessage.mailbox == raw.mailbox, InboundMessage.sha256 == raw.sha256).limit(1)):
            return True
        mail = parse(raw.data, max_bytes=ctx.settings.classifier.max_message_bytes)
        digest = body_hash(mail)
        if not mail.message_id or digest is None:
            return False
        return session.scalar(select(InboundMessage.id).where(
            InboundMessage.mailbox == raw.mailbox, InboundMessage.message_id == mail.message_id,
            InboundMessage.body_hash == digest).limit(1)) is not None


# --- what a reconciled message gets instead of what a poll gives ------------------------------------------------


class _Recorder:
    """The pipeline's Reconciling hook: ids, the record of where the message is, and the acknowledgement."""

    def __init__(self, ctx: Context, index: sentlog.SentIndex | None, result: ReconcileResult,
                 now: datetime | None) -> None:
        self._ctx, self._index, self._result, self._now = ctx, index, result, now
        self.folder = ""
        with ctx.sessions() as session:
            top = session.scalar(select(func.max(InboundMessage.id))) or 0
        self.floor = max(top, index.highest_row_id() if index else 0)
        """New rows take ids above every id in use or named by the sent log."""

    def row_id(self, raw: RawMessage) -> int:
        for sent in self._answers(raw.sha256, None):
            wanted = sent.record.get("message_row_id")
            if wanted and self._free(wanted):
                return wanted
        self.floor += 1
        return self.floor

    def _free(self, row_id: int) -> bool:
        with self._ctx.sessions() as session:
            return session.get(InboundMessage, row_id) is None

    def received(self, session: Session, message: InboundMessage) -> None:
        message.moved_to, message.moved_at = self.folder, self._ctx.clock()
        audit(session, ACTOR, "reconciled", "inbound_message", message.id, message=message,
              after={"folder": self.folder, "reference": message.reference})
        for sent in self._answers(message.sha256, message.message_id):
            if sent.record.get("reference") and sent.record["reference"] != message.reference:
                self._result.for_staff.append(
                    f"{message.reference}: was {sent.record['reference']} in the acknowledgement sent "
                    f"({sent.record['mail_message_id']}); that id is taken")
        for reply in self._answers(message.sha256, message.message_id, kinds=("reply",)):
            self._result.for_staff.append(
                f"{message.reference}: staff answered it before the restore ({reply.record['mail_message_id']}, "
                f"to {reply.record['recipient']}); their decision was lost with the restore: decide it again, "
                "without answering")
            audit(session, ACTOR, "reply_sent_before_restore", "inbound_message", message.id, message=message,
                  after={"mail_message_id": reply.record["mail_message_id"], "confirmed": reply.confirmed})

    def answer(self, session: Session, draft: outgoing.AckDraft, message: InboundMessage, now: datetime) -> None:
        settings = self._ctx.settings
        if self._index is None:
            self._count("withheld_no_sent_log")
            self._result.for_staff.append(f"{message.reference}: acknowledgement withheld (no sent log to tell "
                                          f"whether {draft.recipient} was answered)")
            outgoing.record_ack(session, draft, message=message, now=now, actor=ACTOR,
                                status=OutboxStatus.WITHHELD, action="ack_withheld", withheld_reason="reconciled")
            return
        sent = self._answers(message.sha256, message.message_id)
        confirmed = next((s for s in sent if s.confirmed), None)
        if confirmed is not None:
            self._count("sent_before_restore")
            outgoing.record_ack(session, draft, message=message, now=now, actor=ACTOR, status=OutboxStatus.SENT,
                                action="ack_sent_before_restore",
                                mail_message_id=confirmed.record["mail_message_id"],
                                sent_at=_when(confirmed.sent_at) or now)
        elif sent:
            handed = sent[0].record
            self._count("unknown")
            self._result.for_staff.append(f"{message.reference}: acknowledgement {handed['mail_message_id']} was "
                                          "handed to the relay before the restore, its answer unknown")
            outgoing.record_ack(session, draft, message=message, now=now, actor=ACTOR, status=OutboxStatus.FAILED,
                                action="ack_failed", mail_message_id=handed["mail_message_id"],
                                last_error="unknown: handed to the relay before the restore (sent log), "
                                           "no confirmation: check the relay's log")
        else:
            row = outgoing.enqueue(session, draft, message=message, settings=settings, now=now)
            self._count(row.withheld_reason or "queued")

    def _answers(self, sha256: str | None, message_id: str | None,
                 kinds: tuple[str, ...] = ("ack",)) -> list[sentlog.Sent]:
        return self._index.answering(sha256, message_id, kinds) if self._index is not None else []

    def _count(self, what: str) -> None:
        self._result.acks[what] = self._result.acks.get(what, 0) + 1


def _settle_outbox(ctx: Context, index: sentlog.SentIndex, result: ReconcileResult, now: datetime, *,
                   dry_run: bool) -> None:
    """Rows the restored database would send (again): the sent log knows better. A dry run counts them in a
    session that is never committed."""
    unsent = (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED)
    with (ctx.sessions() if dry_run else transaction(ctx.sessions)) as session:
        # The unsent rows are few, the log's lines many: look each row up in the log rather than the other way.
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.status.in_(unsent)).with_for_update()).all()
        for row in rows:
            sent = index.by_mail_id.get(row.mail_message_id)
            if sent is None or sent.state == "refused" or (not sent.confirmed and _is_unknown(row)):
                continue  # not delivered, or already waiting for staff as maybe delivered: as the row says
            before = {"status": row.status, "last_error": row.last_error}
            if sent.confirmed:
                row.status, row.sent_at, row.last_error = OutboxStatus.SENT, _when(sent.sent_at) or now, None
                what = "sent"
            else:
                row.status, row.last_error = OutboxStatus.FAILED, (
                    "unknown: handed to the relay before the restore (sent log), no confirmation: check the "
                    "relay's log")
                what = "unknown"
                result.for_staff.append(f"outbox {row.id} ({row.recipient}): handed to the relay before the restore, "
                                        "its answer unknown")
            row.next_attempt_at = None
            audit(session, ACTOR, f"{row.kind}_{what}_before_restore", "outbox", row.id, message_id=row.message_id,
                  before=before, after={"status": row.status, "mail_message_id": row.mail_message_id})
            result.outbox[what] = result.outbox.get(what, 0) + 1


def _is_unknown(row: OutboxMessage) -> bool:
    return row.status == OutboxStatus.FAILED and (row.last_error or "").startswith("unknown:")


def _when(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _advance_ids(ctx: Context, floor: int) -> None:
    """PostgreSQL hands out ids from a sequence that the restore set back and that explicit ids do not move: put
    it past every id now used or named by the sent log, before the locks are released."""
    with transaction(ctx.sessions) as session:
        if session.get_bind().dialect.name != "postgresql":
            return  # SQLite takes max(id) + 1, past the reconciled rows
        top = max(floor, session.scalar(select(func.max(InboundMessage.id))) or 0)
        if top:
            session.execute(text("SELECT setval(pg_get_serial_sequence('inbound_message', 'id'), :top)"),
                            {"top": top})
