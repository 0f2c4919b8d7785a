"""The message's path, and the only place that knows the order of the steps.

    fetch (mailbox)  ->  record receipt  ->  parse  ->  classify  ->  act  ->  plan acknowledgement (outbox)
      ->  commit  ->  move on the server (processed or review folder)

Parsing and classifying touch no database, so they run first, for a whole fetched batch (the classifier batches
through nlp.pipe); the receipts, decisions, actions and outbox rows of the batch are then written in ONE transaction
(group commit: one commit, not one per message), all together in one flush at the commit; only when something in it
fails is the batch rolled back and written again with each message in a savepoint of its own. Only after that
commits is the batch moved on the server (one command per folder), and only after the move does the mailbox's
`last_uid` advance. A crash anywhere therefore leaves either nothing of the batch recorded (it is fetched again) or
recorded messages still in the inbox (recognised by mailbox + UIDVALIDITY + UID, or by their bytes after a
UIDVALIDITY change, and just moved). A message whose parse, classification or actions raise is *shunted* (in the
batch written again apart): rolled back to its savepoint, recorded with its traceback and sent to the review folder;
the rest of the batch commits.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Protocol

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from intake.send import outgoing
from intake.act.actions import KnownSuppressions, apply_decision, identity_of_decision, open_review, record_decision
from intake.db import (Ids, InboundMessage, MailboxState, MessageStatus, Suppression, audit, batch_transaction,
                       savepoint, transaction, utcnow)
from intake.ops.locks import mailbox_lock
from intake.mail.boxes import open_mailbox
from intake.mail.connection import MailboxConnection, MailboxUnavailable
from intake.mail.parse import parse
from intake.mail.store import MessageStore
from intake.settings import MailboxSettings, Settings
from intake.values import Decision, Mail, RawMessage

log = logging.getLogger("intake.pipeline")

STORAGE_ERRORS = (OperationalError, InterfaceError, OSError)
"""The database is unreachable or the disk is full: no message's fault, so none is shunted for it."""


class Classifies(Protocol):
    def classify(self, mail: Mail) -> Decision: ...


class Reconciling(Protocol):
    """`intake reconcile` (intake/ops/reconcile.py) records mail found in the processed and review folders after a
    restore: the same steps as a poll, except the row's id (the one the sender's reference number was made from),
    the record of where the message already is, and the acknowledgement, which the sent log may show has gone."""

    def row_id(self, raw: RawMessage) -> int | None: ...

    def received(self, session: Session, message: InboundMessage) -> None: ...

    def answer(self, session: Session, draft: outgoing.AckDraft, message: InboundMessage, now: datetime) -> None: ...


@dataclass(frozen=True)
class Context:
    """Everything the pipeline needs, built once by the CLI and passed in."""

    settings: Settings
    sessions: sessionmaker[Session]
    classifier: Classifies
    clock: Callable[[], datetime] = utcnow
    stop: threading.Event = field(default_factory=threading.Event)
    """Set by SIGTERM/SIGINT: the current message is finished and committed, then the round ends."""
    observe: Callable[[str, str, str], None] = lambda kind, mailbox, value: None
    """Called with ("message", mailbox, status), ("error", mailbox, stage) and ("stage", mailbox, name) at the
    stage boundaries "fetched", "committed" and "moved": the daemon counts them, crash tests stop there."""
    store: MessageStore = None  # type: ignore[assignment]
    """Where raw mail is kept; by default as the settings say."""
    open_mailbox: Callable[[MailboxSettings], MailboxConnection] = open_mailbox
    """How a mailbox is opened (the runtime's, with its IMAP client factory)."""
    reconciling: Reconciling | None = None
    """Set by `intake reconcile` only."""

    def __post_init__(self) -> None:
        if self.store is None:
            object.__setattr__(self, "store", MessageStore.of(self.settings))


@dataclass(frozen=True)
class Outcome:
    """What happened to one message: `status` for the summary, `folder` to move it to (None: leave it)."""

    status: str
    folder: str | None
    reference: str | None = None
    message_row_id: int | None = None
    new: bool = True


@dataclass
class Lookups:
    """What a batch reads once for all its messages, kept up to date as it writes: the ids it hands out, the
    suppression entries and the acknowledgements the per-recipient cap counts. What a message's savepoint wrote
    counts for later messages only once it is released (`settle`)."""

    ids: Ids
    suppressions: KnownSuppressions
    acks: outgoing.RecentAcks

    def settle(self, kept: bool) -> None:
        self.suppressions.settle(kept)
        self.acks.settle(kept)


@dataclass
class PollResult:
    mailbox: str
    fetched: int = 0
    recorded: int = 0
    skipped: int = 0
    moved: int = 0
    locked_elsewhere: bool = False
    statuses: dict[str, int] = field(default_factory=dict)
    error: str | None = None


# --- one mailbox round -----------------------------------------------------------------------------------------


def poll_mailbox(box: MailboxSettings, ctx: Context) -> PollResult:
    """Fetch and handle every new message of one mailbox. A mailbox that cannot be reached is reported, not
    raised, so that the other mailboxes still run."""
    result = PollResult(mailbox=box.name)
    with mailbox_lock(ctx.sessions.kw["bind"], box.name) as held:
        if not held:
            result.locked_elsewhere = True
            return result
        return _poll_locked(box, ctx, result)


def _poll_locked(box: MailboxSettings, ctx: Context, result: PollResult) -> PollResult:
    try:
        with ctx.open_mailbox(box) as conn:
            last_uid = _start_round(ctx, box.name, conn.uidvalidity)
            # Look again after every pass that found mail, and let go of the lock only after a look that found
            # none: mail delivered while this round worked would otherwise wait for the next round, since
            # another instance that heard of it could not take the lock meanwhile.
            while (top := _fetch_pass(conn, last_uid, box, ctx, result)) is not None:
                last_uid = top
                if ctx.stop.is_set():
                    return result
        _finish_round(ctx, box.name, None)
    except MailboxUnavailable as exc:
        result.error = str(exc)
        log.warning("mailbox unavailable", extra={"event": "mailbox_unavailable", "mailbox": box.name,
                                                  "error": str(exc)})
        _finish_round(ctx, box.name, str(exc))
    return result


def _fetch_pass(conn: MailboxConnection, last_uid: int, box: MailboxSettings, ctx: Context,
                result: PollResult) -> int | None:
    """Handle every message after `last_uid`; the highest UID fetched, or None when there was nothing."""
    top = None
    for batch in conn.fetch_new(last_uid, box.batch_size):
        if batch:
            top = max(top or 0, batch[-1].uid)
        _handle_batch(conn, batch, box, ctx, result)
        # Let go of this batch's bytes before the next is fetched: batches are bounded in bytes, and the loop
        # variable would otherwise hold two of them at once.
        del batch
        if ctx.stop.is_set():
            break
    return top


def _handle_batch(conn: MailboxConnection, batch: list[RawMessage], box: MailboxSettings, ctx: Context,
                  result: PollResult) -> None:
    """The new messages of a fetched batch are written in ONE transaction (group commit; see _write_batch); then
    the committed batch is moved with one command per folder, and only then does last_uid advance
    past it. A storage error rolls the whole batch back and moves nothing: it is fetched again."""
    known = _recorded_outcomes(ctx, batch, box)
    judged = _judge_batch([raw for raw in batch if raw.uid not in known], ctx)
    done: list[tuple[RawMessage, Outcome]] = []
    try:
        for raw, outcome in _write_batch(batch, known, judged, box, ctx):
            ctx.observe("stage", raw.mailbox, "committed")
            _count(result, raw, outcome, ctx)
            done.append((raw, outcome))
    finally:
        _move_and_advance(conn, done, box, ctx, result)


def process(raw: RawMessage, ctx: Context, box: MailboxSettings) -> Outcome:
    """One message on its own (intake reconcile): recorded, decided and acted on in a transaction of its own, as a
    batch of one; a message already recorded under this mailbox, UIDVALIDITY and UID is left as it is."""
    known = _recorded_outcomes(ctx, [raw], box)
    if raw.uid in known:
        return known[raw.uid]
    handled = _write_batch([raw], known, _judge_batch([raw], ctx), box, ctx)
    return handled[0][1]


def _write_batch(batch: list[RawMessage], known: dict[int, Outcome], judged: dict[int, "Judged | None"],
                 box: MailboxSettings, ctx: Context) -> list[tuple[RawMessage, Outcome]]:
    """Record, decide and act on every message of the batch not recorded yet, in one transaction: the raw bytes
    in one statement, the cross-mailbox duplicates in one read, then each message. A stop request ends the batch
    after the message in hand; what was written commits.

    First all together: no savepoint, every row of the batch written in one flush at the commit (one executemany
    per table). That is the common case and costs a third of a savepoint per message. If anything in it fails
    (a message's actions raise, a row the database refuses, another instance recorded one of the UIDs), the whole
    transaction rolls back, nothing of it having been visible, and the batch is written again *apart*: each
    message in a savepoint of its own, so that the one that fails is shunted (or found recorded elsewhere) and the
    others commit. A batch holding a message whose parse or classification already failed goes apart at once.

    Each message is logged when its work is written (so a log shows the batch's progress); the commit, or the
    rollback that undoes those lines, is logged for the batch."""
    fresh = [raw for raw in batch if raw.uid not in known]
    if ctx.reconciling is None and all(_judged_well(judged.get(raw.uid)) for raw in fresh):
        try:
            return _write_batch_as(batch, known, judged, fresh, box, ctx, together=True)
        except _WriteApart as exc:
            log.info("batch written again message by message", extra={
                "event": "batch_apart", "mailbox": box.name, "error": type(exc.__cause__).__name__})
    return _write_batch_as(batch, known, judged, fresh, box, ctx, together=False)


class _WriteApart(Exception):
    """Writing the batch together failed for a reason that may be one message's: write it again apart."""


def _judged_well(judged: "Judged | None") -> bool:
    return judged is not None and judged[1] is not None and judged[2] is None


def _write_batch_as(batch: list[RawMessage], known: dict[int, Outcome], judged: dict[int, "Judged | None"],
                    fresh: list[RawMessage], box: MailboxSettings, ctx: Context, *,
                    together: bool) -> list[tuple[RawMessage, Outcome]]:
    handled: list[tuple[RawMessage, Outcome]] = []
    try:
        try:
            with batch_transaction(ctx.sessions) as session:
                _write_messages(session, batch, known, judged, fresh, box, ctx, handled, together)
        except (_WriteApart, *STORAGE_ERRORS):
            raise
        except Exception as exc:
            if not together:
                raise
            # The commit's flush: a row refused (a unique UID another instance recorded, a value the database
            # will not store). Which message's, only writing them apart can tell.
            raise _WriteApart() from exc
    except BaseException as exc:
        log.warning("batch rolled back", extra={"event": "batch_rolled_back", "mailbox": box.name,
                                                "messages": len(handled), "error": type(exc).__name__})
        raise
    log.info("batch committed", extra={"event": "batch_committed", "mailbox": box.name, "messages": len(handled)})
    return handled


def _write_messages(session: Session, batch: list[RawMessage], known: dict[int, Outcome],
                    judged: dict[int, "Judged | None"], fresh: list[RawMessage], box: MailboxSettings, ctx: Context,
                    handled: list[tuple[RawMessage, Outcome]], together: bool = False) -> None:
    ctx.store.put_many(session, fresh)  # a shunted message keeps its bytes too
    hashes = {raw.uid: body_hash(_mail_of(judged.get(raw.uid))) for raw in fresh}
    originals = _cross_mailbox_originals(session, box.name, [
        (_mail_of(judged.get(raw.uid)), hashes[raw.uid]) for raw in fresh])
    lookups = _lookups(session, [judged.get(raw.uid) for raw in fresh], ctx)
    write = _write_together if together else _write_one
    for raw in batch:
        if ctx.stop.is_set():
            break
        started = time.perf_counter()
        ctx.observe("stage", raw.mailbox, "fetched")
        outcome = known.get(raw.uid) or write(session, raw, judged.get(raw.uid), hashes.get(raw.uid),
                                              originals, lookups, box, ctx)
        handled.append((raw, outcome))
        log.info("message", extra={"event": "message", "mailbox": raw.mailbox, "uid": raw.uid,
                                   "status": outcome.status, "reference": outcome.reference, "new": outcome.new,
                                   "folder": outcome.folder, "ms": round((time.perf_counter() - started) * 1000, 1)})


def _lookups(session: Session, judged: list["Judged | None"], ctx: Context) -> Lookups:
    """The batch's look-ups, for every sender and acknowledgement its decisions may need: one query each (and on
    PostgreSQL one statement for the cap's locks, one per table for ids) instead of one per message."""
    needs = [_needs(mail, decision, ctx.settings) for mail, decision, _ in filter(None, judged) if decision is not None]
    # As many ids as the batch will use, so that reference numbers run on without gaps on PostgreSQL too.
    ids = Ids(session, {InboundMessage: len(judged), Suppression: sum(n for _, _, n in needs)})
    return Lookups(ids, KnownSuppressions(session, ids, [identity for identity, _, _ in needs if identity]),
                   outgoing.RecentAcks(session, {pair for _, pair, _ in needs if pair}))


def _needs(mail: Mail, decision: Decision, settings: Settings) -> tuple[dict | None, tuple[str, str] | None, int]:
    """What one message may look up: the identity its opt-outs name, the (recipient, outcome) its acknowledgement
    would be capped by, how many suppression entries it may write. A decision this cannot read is left to the
    per-message queries (and its message, if its actions raise too, to the shunt), never fails the batch."""
    try:
        catalogue = settings.catalogue
        opt_outs = [] if decision.automated or decision.review else [
            label for label in decision.labels if catalogue.kind(label).opt_out]
        identity = identity_of_decision(decision, mail.from_.email if mail.from_ else None) if opt_outs else None
        entries = sum(len(catalogue.channels_of(label)) for label in opt_outs)
        return identity, outgoing.cap_key(decision, settings), entries
    except Exception:  # noqa: BLE001 - see above: only the look-up up front is skipped
        return None, None, 0


def _mail_of(judged: "Judged | None") -> Mail | None:
    return judged[0] if judged is not None else None


def _count(result: PollResult, raw: RawMessage, outcome: Outcome, ctx: Context) -> None:
    """After the commit: the poll's figures and the daemon's counters."""
    result.fetched += 1
    if outcome.new:
        ctx.observe("message", raw.mailbox, outcome.status)
        result.recorded += 1
        result.statuses[outcome.status] = result.statuses.get(outcome.status, 0) + 1
    else:
        result.skipped += 1


def _move_and_advance(conn: MailboxConnection, done: list[tuple[RawMessage, Outcome]], box: MailboxSettings,
                      ctx: Context, result: PollResult) -> None:
    if not done:
        return
    by_folder: dict[str, list[int]] = {}
    for raw, outcome in done:
        if outcome.folder:
            by_folder.setdefault(outcome.folder, []).append(raw.uid)
    for folder, uids in by_folder.items():
        conn.move_many(uids, folder)
        result.moved += len(uids)
    ctx.observe("stage", box.name, "moved")
    _bookkeep(ctx, box.name, done)


# --- one message ------------------------------------------------------------------------------------------------


def _write_one(session: Session, raw: RawMessage, judged: "Judged | None", body_hash: str | None,
               originals: dict[tuple[str, str], tuple[int, str]], lookups: Lookups, box: MailboxSettings,
               ctx: Context) -> Outcome:
    """Record, decide and act on one message inside the batch's transaction, in a savepoint; shunt it when a
    stage raises. `judged` carries the parse and classification already done for the whole batch; without it,
    this message is parsed and classified here."""
    stage, mail = "parse", None
    try:
        if judged is None:
            judged = _judge_one(raw, ctx)
        mail, decision, failure = judged
        if failure is not None:
            stage = "classify"
            raise failure
        stage = "act"
        try:
            with savepoint(session):
                message = _receive(session, raw, mail, body_hash, lookups.ids, ctx)
                outcome = _act(session, message, mail, decision, originals, lookups, box, ctx)
        except BaseException:
            lookups.settle(kept=False)
            raise
        lookups.settle(kept=True)
        return outcome
    except IntegrityError:
        # Another instance recorded the same UID between our check and our insert: it owns the message.
        done = _already_recorded(ctx, raw, box)
        if done is not None:
            return done
        return _shunt(session, raw, mail, stage, traceback.format_exc(), lookups.ids, box, ctx)
    except STORAGE_ERRORS:
        raise  # the database or the disk, not this message: the batch rolls back and is fetched again
    except Exception:  # noqa: BLE001 - any failure of parse/classify/act shunts the message; none is lost
        return _shunt(session, raw, mail, stage, traceback.format_exc(), lookups.ids, box, ctx)


def _write_together(session: Session, raw: RawMessage, judged: "Judged | None", body_hash: str | None,
                    originals: dict[tuple[str, str], tuple[int, str]], lookups: Lookups, box: MailboxSettings,
                    ctx: Context) -> Outcome:
    """_write_one without a savepoint, for a batch written together: its rows are flushed with the whole batch's
    at the commit. Any failure but the storage's is _WriteApart: the batch rolls back and is written again apart,
    where this message is shunted alone."""
    mail, decision, _ = judged  # type: ignore[misc] - _judged_well, checked for the whole batch
    try:
        message = _receive(session, raw, mail, body_hash, lookups.ids, ctx)
        outcome = _act(session, message, mail, decision, originals, lookups, box, ctx)
    except STORAGE_ERRORS:
        raise
    except Exception as exc:
        raise _WriteApart() from exc
    lookups.settle(kept=True)
    return outcome


Judged = tuple[Mail, "Decision | None", "Exception | None"]
"""A parsed message and its decision, or the exception its classification raised (re-raised to shunt it)."""


def _judge_one(raw: RawMessage, ctx: Context) -> Judged:
    return _judge_parsed(_parse(raw, ctx), ctx)


def _parse(raw: RawMessage, ctx: Context) -> Mail:
    return parse(raw.data, max_bytes=ctx.settings.classifier.max_message_bytes)


def _judge_batch(batch: list[RawMessage], ctx: Context) -> dict[int, Judged]:
    """Parse and classify the new messages of a batch, the classifier batching through nlp.pipe. If the batch
    call fails, each message is classified alone, so that only the one that fails is shunted."""
    parsed = {raw.uid: _parse_or_none(raw, ctx) for raw in batch}
    batch = [raw for raw in batch if parsed[raw.uid] is not None]  # the others are parsed again, and shunted
    if not batch:
        return {}
    classify_many = getattr(ctx.classifier, "classify_many", None)
    mails = [parsed[raw.uid] for raw in batch]
    if classify_many is not None:
        try:
            decisions = classify_many(mails)
            return {raw.uid: (mail, d, None) for raw, mail, d in zip(batch, mails, decisions)}
        except STORAGE_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - retried one by one below, where the culprit is found and shunted
            log.warning("batch classification failed; classifying one by one",
                        extra={"event": "batch_classify_failed", "mailbox": batch[0].mailbox})
    return {raw.uid: _judge_parsed(mail, ctx) for raw, mail in zip(batch, mails)}


def _parse_or_none(raw: RawMessage, ctx: Context) -> Mail | None:
    try:
        return _parse(raw, ctx)
    except Exception:  # noqa: BLE001 - parsed again in _write_one, where the failure shunts this message alone
        return None


def _judge_parsed(mail: Mail, ctx: Context) -> Judged:
    try:
        return mail, ctx.classifier.classify(mail), None
    except STORAGE_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - kept, and raised again in _write_one() so that this message is shunted
        return mail, None, exc


def _act(session: Session, message: InboundMessage, mail: Mail, decision: Decision,
         originals: dict[tuple[str, str], tuple[int, str]], lookups: Lookups, box: MailboxSettings,
         ctx: Context) -> Outcome:
    now = ctx.clock()
    row = record_decision(session, message, decision)
    original = originals.get((message.message_id, message.body_hash)) if message.message_id else None
    if original is not None:
        original_id, original_mailbox = original
        message.duplicate_of_id = original_id
        message.status = "duplicate"
        audit(session, "bot", "duplicate", "inbound_message", message.id, message=message,
              after={"duplicate_of": original_id, "mailbox": original_mailbox})
        return Outcome("duplicate", box.processed_folder, message.reference, message.id)
    applied = apply_decision(session, message, row, settings=ctx.settings, now=now, new_message=True,
                             known=lookups.suppressions)
    draft = outgoing.plan_ack(decision=decision, mail_subject=mail.subject, mail_message_id=mail.message_id,
                         mail_references=mail.references, reference=message.reference,
                         received_at=message.received_at, settings=ctx.settings, language=mail.language)
    if draft is not None and ctx.reconciling is not None:
        ctx.reconciling.answer(session, draft, message, now)
    elif draft is not None:
        outgoing.enqueue(session, draft, message=message, settings=ctx.settings, now=now, flush=False,
                         recent=lookups.acks)
    elif decision.review and not ctx.settings.ack.receipt_for_review and outgoing.clean_recipient(decision.ack_to):
        # Said in the trail, so that nobody wonders why a person who wrote got no answer yet.
        audit(session, "bot", "ack_deferred", "inbound_message", message.id, message=message,
              after={"reason": "in review: answered when staff decide"})
    folder = box.review_folder if decision.review else box.processed_folder
    return Outcome(applied.status, folder, message.reference, message.id)


def _shunt(session: Session, raw: RawMessage, mail: Mail | None, stage: str, trace: str, ids: Ids,
           box: MailboxSettings, ctx: Context) -> Outcome:
    ctx.observe("error", raw.mailbox, stage)
    log.error("message shunted", extra={"event": "shunted", "mailbox": raw.mailbox, "uid": raw.uid,
                                        "stage": stage, "error": trace.strip().splitlines()[-1]})
    try:
        with savepoint(session):
            return _record_shunt(session, raw, mail, stage, trace, ids, box, ctx)
    except STORAGE_ERRORS:
        raise
    except Exception:  # noqa: BLE001 - what we read from the mail may be what broke the store: keep the bytes only
        with savepoint(session):
            return _record_shunt(session, raw, None, stage, trace, ids, box, ctx)


def _record_shunt(session: Session, raw: RawMessage, mail: Mail | None, stage: str, trace: str, ids: Ids,
                  box: MailboxSettings, ctx: Context) -> Outcome:
    message = _receive(session, raw, mail, body_hash(mail), ids, ctx)
    message.status, message.error = "shunted", f"stage: {stage}\n{trace}"
    audit(session, "bot", "shunted", "inbound_message", message.id, message=message,
          after={"stage": stage, "error": trace.strip().splitlines()[-1][:500]})
    open_review(session, message, "decision", settings=ctx.settings, labels=[], new_message=True)
    return Outcome("shunted", box.review_folder, message.reference, message.id)


# --- receipt ----------------------------------------------------------------------------------------------------


def _receive(session: Session, raw: RawMessage, mail: Mail | None, body_hash: str | None, ids: Ids,
             ctx: Context) -> InboundMessage:
    """The inbound row with its thread headers (its raw bytes are stored already, for the whole batch), and its
    reference number, made from its id: an id handed out before the INSERT, so that the row is written once, with
    its reference and final status, at the savepoint's release."""
    received_at = raw.internal_date or ctx.clock()
    message = InboundMessage(
        id=ctx.reconciling.row_id(raw) if ctx.reconciling is not None else ids.next(InboundMessage),
        mailbox=raw.mailbox, uidvalidity=raw.uidvalidity, uid=raw.uid, sha256=raw.sha256, size=len(raw.data),
        received_at=received_at, internal_date=raw.internal_date,
        message_id=mail.message_id if mail else None,
        sender=(mail.from_.email if mail and mail.from_ else None),
        subject=mail.subject[:2000] if mail else None,
        date_header=mail.date if mail else None,
        body_hash=body_hash,
        language=mail.language if mail else None,
        in_reply_to=_ids(mail.in_reply_to if mail else (), 2000),
        thread_references=_ids(mail.references if mail else (), 8000),
        status=MessageStatus.RECEIVED,
    )
    session.add(message)
    local = received_at.astimezone(_tz(ctx.settings.timezone))
    message.reference = f"{ctx.settings.ack.reference_prefix}-{local:%Y-%m}-{message.id:05d}"
    audit(session, "bot", "received", "inbound_message", message.id, message=message,
          after={"mailbox": raw.mailbox, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
                 "reference": message.reference})
    if ctx.reconciling is not None:
        ctx.reconciling.received(session, message)
    return message


def _ids(ids: tuple[str, ...], limit: int) -> str | None:
    """Message-IDs as one header-like value; ids that do not fit are left out whole (never cut in half)."""
    kept, size = [], 0
    for msg_id in ids:
        size += len(msg_id) + 1
        if size > limit:
            break
        kept.append(msg_id)
    return " ".join(kept) or None


def body_hash(mail: Mail | None) -> str | None:
    """With the Message-ID, what recognises one mail in two places (two mailboxes, or a folder after a restore)."""
    if mail is None or not mail.body.strip():
        return None
    return hashlib.sha256(" ".join(mail.body.split()).encode("utf-8")).hexdigest()


def _already_recorded(ctx: Context, raw: RawMessage, box: MailboxSettings) -> Outcome | None:
    return _recorded_outcomes(ctx, [raw], box).get(raw.uid)


def _recorded_outcomes(ctx: Context, batch: list[RawMessage], box: MailboxSettings) -> dict[int, Outcome]:
    """The messages of a batch that are recorded already, by UID: the same mailbox + UIDVALIDITY + UID, or,
    after a UIDVALIDITY change, the same bytes in the same mailbox. Two queries for the whole batch."""
    if not batch:
        return {}
    mailbox, uidvalidity = batch[0].mailbox, batch[0].uidvalidity
    with ctx.sessions() as session:
        rows = {m.uid: m for m in session.scalars(select(InboundMessage).where(
            InboundMessage.mailbox == mailbox, InboundMessage.uidvalidity == uidvalidity,
            InboundMessage.uid.in_([raw.uid for raw in batch])))}
        digests = {raw.sha256: raw.uid for raw in batch if raw.uid not in rows}
        if digests:
            for m in session.scalars(select(InboundMessage).where(
                    InboundMessage.mailbox == mailbox, InboundMessage.sha256.in_(list(digests)),
                    InboundMessage.uidvalidity != uidvalidity).order_by(InboundMessage.id)):
                rows.setdefault(digests[m.sha256], m)
    return {uid: _known(m, box) for uid, m in rows.items()}


def _known(row: InboundMessage, box: MailboxSettings) -> Outcome:
    folder = box.review_folder if row.status in ("review", "shunted") else box.processed_folder
    return Outcome(row.status, folder, row.reference, row.id, new=False)


def _cross_mailbox_originals(session: Session, mailbox: str, mails: list[tuple[Mail | None, str | None]]
                             ) -> dict[tuple[str, str], tuple[int, str]]:
    """The same mail (Message-ID and body) already received in another mailbox is one request, not two: for a
    whole batch, one read, giving (Message-ID, body hash) -> (the original's id, its mailbox). The batch's own
    messages are all of this mailbox, so none of them can be another's original."""
    wanted = {(mail.message_id, body_hash) for mail, body_hash in mails if mail and mail.message_id and body_hash}
    if not wanted:
        return {}
    rows = session.execute(select(InboundMessage.id, InboundMessage.message_id, InboundMessage.body_hash,
                                  InboundMessage.mailbox).where(
        InboundMessage.message_id.in_(sorted({message_id for message_id, _ in wanted})),
        InboundMessage.mailbox != mailbox,
        InboundMessage.status.not_in(("shunted", "duplicate"))).order_by(InboundMessage.id))
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for row_id, message_id, body_hash, other in rows:
        if (message_id, body_hash) in wanted:
            found.setdefault((message_id, body_hash), (row_id, other))
    return found


# --- mailbox state ----------------------------------------------------------------------------------------------


def _start_round(ctx: Context, name: str, uidvalidity: int) -> int:
    """The UID to fetch after. A new UIDVALIDITY means the UIDs restarted: fetch from the beginning and let
    the content check in _already_recorded recognise the mail already handled."""
    with transaction(ctx.sessions) as session:
        state = session.get(MailboxState, name)
        if state is None:
            state = MailboxState(name=name, uidvalidity=uidvalidity, last_uid=0)
            session.add(state)
        elif state.uidvalidity != uidvalidity:
            audit(session, "bot", "uidvalidity_changed", "mailbox_state", name,
                  before={"uidvalidity": state.uidvalidity, "last_uid": state.last_uid},
                  after={"uidvalidity": uidvalidity, "last_uid": 0})
            state.uidvalidity, state.last_uid = uidvalidity, 0
        state.last_poll_at = ctx.clock()
        return state.last_uid


_INBOUND = InboundMessage.__table__
_MOVED = (update(_INBOUND)
          .where(_INBOUND.c.id == bindparam("row_id"), _INBOUND.c.uid == bindparam("row_uid"),
                 _INBOUND.c.uidvalidity == bindparam("row_uidvalidity"))
          .values(moved_to=bindparam("folder"), moved_at=bindparam("at", type_=_INBOUND.c.moved_at.type)))
"""Where a recorded message went. The UID and UIDVALIDITY must match: after the mailbox was recreated, an outcome
can name the row recorded from the earlier copy, which keeps its own record of where that copy went."""


def _bookkeep(ctx: Context, name: str, done: list[tuple[RawMessage, Outcome]]) -> None:
    """After the move: where each recorded message went, and the highest UID now fully handled."""
    now = ctx.clock()
    moved = [{"row_id": outcome.message_row_id, "row_uid": raw.uid, "row_uidvalidity": raw.uidvalidity,
              "folder": outcome.folder, "at": now}
             for raw, outcome in done if outcome.message_row_id is not None and outcome.folder]
    with transaction(ctx.sessions) as session:
        if moved:
            session.execute(_MOVED, moved)  # one executemany for the batch
        state = session.get(MailboxState, name)
        uidvalidity, top = done[-1][0].uidvalidity, max(raw.uid for raw, _ in done)
        if state is not None and state.uidvalidity == uidvalidity and top > state.last_uid:
            state.last_uid = top


def _finish_round(ctx: Context, name: str, error: str | None) -> None:
    with transaction(ctx.sessions) as session:
        state = session.get(MailboxState, name) or MailboxState(name=name, last_uid=0)
        session.add(state)
        state.last_poll_at = ctx.clock()
        state.last_error = error
        if error is None:
            state.last_ok_at = state.last_poll_at


def _tz(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)

