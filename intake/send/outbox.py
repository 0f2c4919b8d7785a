"""The outbox sender: claim due rows, send them over SMTP (or into a pickup directory), record what happened.

The only module that imports smtplib. `send_due` is one round of the outbox job:

1. Recover: rows left in "sending" by a process that died (their lease, kept in next_attempt_at, has run out).
2. Claim: due "pending" rows become "sending", attempts + 1, lease = now + stale_after; committed before any SMTP
   traffic. PostgreSQL claims with SELECT ... FOR UPDATE SKIP LOCKED, so concurrent senders take disjoint rows;
   SQLite has one writer, and a write transaction on a stale snapshot fails instead of claiming twice.
3. Send each claimed row over one reused SMTP connection, or write it atomically to the pickup directory.
4. Record: "sent" (+ audit "<kind>_sent"), committed with the round's next write (usually the next row's marker,
   see _Records); 4xx, connection trouble and timeouts: back to "pending" with exponential
   backoff until smtp.max_attempts, then "failed"; 5xx to RCPT TO or DATA: "failed" at once. last_error tells
   staff why; every "failed" gets an audit event "<kind>_failed".

Trouble shared by every row (connect, TLS, login, a refused MAIL FROM, 421) is no row's fault: the row that met it
and every row claimed after it go back to "pending", due at once, their attempt given back, and the relay breaker
(intake/send/breaker.py) opens. While it is open nothing is claimed; a probe every smtp.probe_seconds closes it,
and the round that closed it sends what is due. A connection lost in the middle of a conversation is shared only
if an immediate reconnect fails too; otherwise it is that row's (it may be what made the server hang up).

Exactly once, or rather at most once, then staff. Our Message-ID is fixed when the row is written, and just before
the DATA command (after MAIL FROM and RCPT TO were accepted) a marker "handed_to_smtp at <time>" is committed to
last_error. From then on the mail may have reached the server, so intake never sends that row again by itself:

* crash (or SIGKILL) after claiming but before the marker: the server never saw DATA for it. When the lease runs out
  the row goes back to "pending" and is sent once, later;
* crash after the marker (during DATA, or after the server's 250 but before "sent" was committed with the next
  row's marker), or the
  connection is lost after the final dot before the server's answer arrived: the row becomes "failed" with
  last_error "unknown: ..." and an audit event. Staff look the Message-ID up in the relay's log and resend by hand
  if it never went out.

The remaining window is therefore one of *loss*, not duplication: a row marked handed_to_smtp whose DATA never
completed is reported as unknown rather than resent. Duplicates can only come from beyond the first relay.
Every write after the claim is fenced by (id, attempts): a process whose lease was taken over can neither mark nor
record a row that another process has claimed again.

`send_due` never raises on SMTP or pickup-directory trouble: it returns counts and logs. Database errors and
programming errors propagate; the rows they leave in "sending" are recovered as above.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Update, bindparam, or_, select, tuple_, update
from sqlalchemy.orm import Session, lazyload, sessionmaker

from intake.send import sentlog
from intake.send.breaker import RelayBreaker
from intake.send.outgoing import email_bytes
from intake.db import InboundMessage, OutboxMessage, audit, transaction, utcnow
from intake.settings import Settings, SmtpSettings
from intake.tls import client_context

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=15)
"""How long a claimed row may stay in "sending" before another run treats its sender as dead."""
BACKOFF_CAP = timedelta(hours=6)
HANDED_MARKER = "handed_to_smtp"
ACTOR = "outbox"

_stage_hook: Callable[[str], None] | None = None
"""Test seam, called at three points: "claimed" (rows claimed, nothing sent), "handed" (marker committed, DATA
not yet sent) and "accepted" (the server said 250, nothing recorded yet). The crash tests SIGKILL the process
there."""


@dataclass(frozen=True)
class SendResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    held: int = 0
    """Claimed, then given back without an attempt: the relay was unavailable (the breaker opened)."""


@dataclass(frozen=True)
class _Claim:
    """A claimed row's fields, detached from any session: the SMTP conversation holds no transaction open."""

    id: int
    attempts: int
    kind: str
    message_id: int | None
    recipient: str
    mail_message_id: str
    subject: str
    body: str
    html: str | None
    headers: dict[str, Any] = field(default_factory=dict)
    attachments: list[Any] = field(default_factory=list)
    message_sha256: str | None = None
    """The inbound message's, read at claim time: the audit event of the outcome names it without a lookup."""
    message_reference: str | None = None
    """The inbound message's reference number, for the sent log."""

    @classmethod
    def of(cls, row: OutboxMessage) -> "_Claim":
        return cls(row.id, row.attempts, row.kind, row.message_id, row.recipient, row.mail_message_id, row.subject,
                   row.body, row.html, dict(row.headers or {}), list(row.attachments or []))


class _Trouble(Exception):
    """A send that did not succeed; `kind` names it for the metrics (breaker.SHARED_KINDS and the row's own)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class _Retry(_Trouble):
    """Not delivered, worth trying again later: 4xx, a lost connection, timeouts before the final dot."""


class _Fail(_Trouble):
    """Not delivered and never will be as it is: 5xx, or a row that cannot be made into a message."""


class _Unknown(_Trouble):
    """Maybe delivered: the server may have the mail. Never resent automatically."""


class _Shared(_Trouble):
    """The relay cannot take any mail now (connect, TLS, login, MAIL FROM, 421): no row's fault."""


class _Lost(Exception):
    """Another sender took the row over (our lease ran out); we must not touch it."""


def send_due(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    limit: int = 100,
    stale_after: timedelta = STALE_AFTER,
    breaker: RelayBreaker | None = None,
) -> SendResult:
    """Send what is due. `now` fixes the clock (tests); by default the real time is read at each step. `breaker`
    is the process's relay breaker, kept across rounds (the daemon's); without one, the round starts closed."""
    clock: Callable[[], datetime] = (lambda: now) if now is not None else utcnow
    if not (settings.smtp.host or settings.smtp.pickup_dir):
        log.warning("outbox: neither smtp.host nor smtp.pickup_dir is set; nothing is sent")
        return SendResult()
    breaker = breaker if breaker is not None else RelayBreaker(settings.smtp.probe_seconds)
    failed = _recover_stale(sessions, settings, clock())
    records = _Records(sessions)
    transport = _PickupTransport(settings.smtp.pickup_dir) if settings.smtp.pickup_dir else _SmtpTransport(settings)
    try:
        if not _relay_ready(breaker, transport, settings.smtp.from_address, clock()):
            return SendResult(failed=failed)
        claims = _claim(sessions, clock(), limit, stale_after)
        if claims:
            _hook("claimed")
        retried = held = 0
        for index, claim in enumerate(claims):
            try:
                outcome = _send_one(records, settings, transport, claim, clock, breaker)
            except _Shared as exc:
                held = _hold(records, claims[index:], exc, clock())
                breaker.trip(exc.kind, str(exc), clock())
                log.error("outbox: relay unavailable (%s), %d rows held without an attempt: %s", exc.kind, held, exc)
                break
            retried += outcome == "retried"
            failed += outcome == "failed"
    finally:
        transport.close()
        try:
            records.flush()
        finally:
            records.close()
    return SendResult(sent=records.sent, retried=retried, failed=failed, held=held)


def _relay_ready(breaker: RelayBreaker, transport: "_Transport", sender: str, now: datetime) -> bool:
    """Whether this round may claim rows: the breaker is closed, or a probe due now has just closed it."""
    step = breaker.next_step(now)
    if step != "probe":
        return step == "send"
    try:
        transport.probe(sender)
    except _Shared as exc:
        breaker.trip(exc.kind, str(exc), now)
        log.warning("outbox: relay still unavailable (%s): %s", exc.kind, exc)
        return False
    breaker.close()
    log.info("outbox: relay available again; sending what is due")
    return True


class _Records:
    """The round's writes after the claim, with the "sent" of each row the server accepted carried into the next
    transaction the round opens anyway: usually the next row's "handed" marker, else the retry or failure of the
    next row, else one last commit when the round ends. That is one commit per acknowledgement instead of two.

    It changes nothing in what a crash can do. Until its "sent" is committed, an accepted row is "sending" with the
    handed marker, exactly as it was between the server's 250 and its own commit before: a sender killed in that
    window leaves it to be reported as unknown, never sent again. The window is longer by the next row's MAIL FROM
    and RCPT TO, not by its DATA.

    The round's transactions run on one database connection, held from the first to `close`: a transaction per
    acknowledgement taken from the pool would pay a checkout, PostgreSQL's pre-ping round trip and a rollback on
    return each time. Held idle between transactions, it holds no lock."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._connection: Connection | None = None
        self._accepted: list[tuple[_Claim, datetime]] = []
        self.sent = 0

    def accepted(self, claim: _Claim, at: datetime) -> None:
        self._accepted.append((claim, at))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction that also records every accepted row as sent. If it rolls back they stay to be recorded
        by the next one."""
        if self._connection is None:
            self._connection = self._sessions.kw["bind"].connect()
        # A session on a connection outside any transaction begins and commits its own, as one from the pool does.
        with transaction(self._sessions, bind=self._connection) as session:
            written = sum(_record_sent(session, claim, at) for claim, at in self._accepted)
            yield session
        self._accepted.clear()
        self.sent += written

    def flush(self) -> None:
        if self._accepted:
            with self.transaction():
                pass

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


# --- claiming --------------------------------------------------------------------------------------------------


def _recover_stale(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> int:
    """Rows whose sender died: "pending" again if DATA never started, else "failed" as unknown. Returns failures."""
    failed = 0
    with transaction(sessions) as session:
        rows = session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == "sending", OutboxMessage.next_attempt_at <= now)
            .order_by(OutboxMessage.id)
            .with_for_update(skip_locked=True)
        ).all()
        for row in rows:
            if (row.last_error or "").startswith(HANDED_MARKER):
                _mark_failed(session, row, f"unknown: crashed during send ({row.last_error})", now)
                failed += 1
            elif row.attempts >= settings.smtp.max_attempts:
                _mark_failed(session, row, "crashed before sending, too many attempts", now)
                failed += 1
            else:
                log.warning("outbox %s: sender died before DATA; sending it again", row.id)
                row.status, row.next_attempt_at = "pending", now
    return failed


def _claim(sessions: sessionmaker[Session], now: datetime, limit: int, lease: timedelta) -> list[_Claim]:
    with transaction(sessions) as session:
        rows = session.scalars(
            select(OutboxMessage)
            .where(
                OutboxMessage.status == "pending",
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
            )
            .order_by(OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        won = _claim_rows(session, rows, now + lease)
        known = _messages(session, {row.message_id for row in rows if row.id in won})
        claims = []
        for row in rows:
            if row.id in won:
                sha256, reference = known.get(row.message_id, (None, None))
                claims.append(replace(_Claim.of(row), attempts=row.attempts + 1, message_sha256=sha256,
                                      message_reference=reference))
        return claims


def _claim_rows(session: Session, rows: list[OutboxMessage], lease_until: datetime) -> set[int]:
    """The ids claimed. One UPDATE for the batch, conditional per row on (id, attempts) being as we read them and
    the row still pending, so that two claimers can never both win, even without row locks (PostgreSQL
    re-checks the WHERE after waiting for the other writer)."""
    if not rows:
        return set()
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "pending",
               tuple_(OutboxMessage.id, OutboxMessage.attempts).in_([(row.id, row.attempts) for row in rows]))
        .values(status="sending", attempts=OutboxMessage.attempts + 1, next_attempt_at=lease_until)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    )
    return set(result.scalars())


def _messages(session: Session, message_ids: set[int | None]) -> dict[int, tuple[str, str | None]]:
    """(SHA-256, reference) of the inbound messages the claimed rows answer."""
    ids = [i for i in message_ids if i is not None]
    if not ids:
        return {}
    rows = session.execute(select(InboundMessage.id, InboundMessage.sha256, InboundMessage.reference)
                           .where(InboundMessage.id.in_(ids)))
    return {message_id: (sha256, reference) for message_id, sha256, reference in rows}


def _fenced(session: Session, claim: _Claim, statuses: tuple[str, ...]) -> OutboxMessage | None:
    """The row, locked, if it is still ours: same claim (attempts) and in one of `statuses`."""
    return session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.id == claim.id, OutboxMessage.attempts == claim.attempts,
               OutboxMessage.status.in_(statuses))
        .with_for_update()
    )


def _fenced_update(session: Session, claim: _Claim, statuses: tuple[str, ...], **values: Any) -> bool:
    """Set `values` if, and only if, the row is still ours (same claim, one of `statuses`): _fenced and the
    assignment in one statement. PostgreSQL locks the row and re-checks the WHERE after any concurrent writer."""
    statement = _fenced_statement(statuses, tuple(sorted(values)))
    result = session.execute(statement, {"fence_id": claim.id, "fence_attempts": claim.attempts, **values})
    return result.rowcount == 1


@lru_cache(maxsize=None)
def _fenced_statement(statuses: tuple[str, ...], columns: tuple[str, ...]) -> Update:
    """Built once per shape, with bound parameters: building and hashing the statement anew for every row cost more
    than running it. Core, not the ORM's bulk UPDATE: there is no session state to keep in step."""
    table = OutboxMessage.__table__
    return (update(table)
            .where(table.c.id == bindparam("fence_id"), table.c.attempts == bindparam("fence_attempts"),
                   table.c.status.in_(statuses))
            .values({column: bindparam(column) for column in columns}))


def _hold(records: _Records, claims: list[_Claim], exc: _Shared, now: datetime) -> int:
    """Give the claims back: "pending", due now, the attempt not counted. Fenced like every write after a claim; a
    released claim is never written again by this round (the next claim of the row counts the same attempt)."""
    table = OutboxMessage.__table__
    with records.transaction() as session:
        result = session.execute(
            update(table)
            .where(table.c.status == "sending",
                   tuple_(table.c.id, table.c.attempts).in_([(claim.id, claim.attempts) for claim in claims]))
            .values(status="pending", attempts=table.c.attempts - 1, next_attempt_at=now,
                    last_error=f"relay unavailable ({exc.kind}), not counted as an attempt: {exc}"))
    return result.rowcount


# --- sending one row -------------------------------------------------------------------------------------------


def _send_one(
    records: _Records, settings: Settings, transport: "_Transport", claim: _Claim, clock: Callable[[], datetime],
    breaker: RelayBreaker,
) -> str:
    """Send one claimed row and record the outcome: "accepted" (recorded as sent with a later write), "retried",
    "failed" or "lost". Raises _Shared, recording nothing: the caller holds the round's remaining rows."""
    try:
        raw = _render(settings, claim, clock())
        transport.send(settings.smtp.from_address, claim, raw,
                       lambda: _mark_handed(records, claim, clock(), settings.smtp.sent_log))
    except _Retry as exc:
        breaker.count(exc.kind)
        _log_refused(settings.smtp.sent_log, exc, claim, clock())
        return _record_retry(records, settings, claim, str(exc), clock())
    except _Fail as exc:
        breaker.count(exc.kind)
        _log_refused(settings.smtp.sent_log, exc, claim, clock())
        return _record_failed(records, claim, str(exc), clock())
    except _Unknown as exc:
        breaker.count(exc.kind)
        return _record_failed(records, claim, f"unknown: {exc}", clock())
    except _Lost:
        log.warning("outbox %s: taken over by another sender; left alone", claim.id)
        return "lost"
    _hook("accepted")
    _log_sent(settings.smtp.sent_log, "sent", claim, clock())
    records.accepted(claim, clock())
    return "accepted"


def _render(settings: Settings, claim: _Claim, now: datetime) -> bytes:
    try:
        return email_bytes(
            settings=settings, recipient=claim.recipient, subject=claim.subject, body=claim.body,
            headers=claim.headers, mail_message_id=claim.mail_message_id, date=now, html=claim.html,
            attachments=claim.attachments,
        )
    except ValueError as exc:  # includes UnsafeMessage: a bad row fails alone instead of stopping every run
        raise _Fail(f"cannot build the message: {exc}", "build") from exc


def _mark_handed(records: _Records, claim: _Claim, now: datetime, sent_log: Path | None = None) -> None:
    # The sent log first: a mail that may reach its recipient is in it before DATA, or is not sent at all.
    try:
        _log_sent(sent_log, "handed", claim, now, strict=True)
    except sentlog.SentLogError as exc:
        raise _Retry(str(exc), "sent_log") from exc
    marker = f"{HANDED_MARKER} at {now.isoformat()} (attempt {claim.attempts})"
    with records.transaction() as session:
        ours = _fenced_update(session, claim, ("sending",), last_error=marker)
    if not ours:  # raised after the commit, which still records the rows accepted before this one
        raise _Lost()
    _hook("handed")


def _log_sent(path: Path | None, event: str, claim: _Claim, now: datetime, *, strict: bool = False) -> None:
    """One line of the sent log (intake/send/sentlog.py), when one is configured. Only the "handed" line is
    strict: a "sent" line that cannot be written leaves the mail "handed", which reconcile treats as maybe sent."""
    if path is None:
        return
    record = sentlog.entry(event, outbox_id=claim.id, kind=str(claim.kind), mail_message_id=claim.mail_message_id,
                           recipient=claim.recipient, at=now, message_row_id=claim.message_id,
                           message_sha256=claim.message_sha256, reference=claim.message_reference,
                           in_reply_to=claim.headers.get("In-Reply-To"))
    try:
        sentlog.append(path, record)
    except sentlog.SentLogError:
        if strict:
            raise
        log.error("outbox %s: sent, but the sent log could not say so", claim.id, exc_info=True)


def _log_refused(path: Path | None, exc: _Trouble, claim: _Claim, now: datetime) -> None:
    """A retry or a failure is never a delivery (maybe-delivered is _Unknown): say so after a "handed" line, so
    that reconcile queues the acknowledgement again rather than leave it to staff. A "refused" line for a row that
    was never handed over means nothing."""
    if exc.kind != "sent_log":
        _log_sent(path, "refused", claim, now)


def _hook(stage: str) -> None:
    if _stage_hook is not None:
        _stage_hook(stage)


# --- recording -------------------------------------------------------------------------------------------------


def _record_sent(session: Session, claim: _Claim, now: datetime) -> int:
    """1 if recorded, 0 if another sender took the row over."""
    # "failed" too: a slow sender whose row was recovered as unknown still knows best that it went out.
    if not _fenced_update(session, claim, ("sending", "failed"),
                          status="sent", sent_at=now, last_error=None, next_attempt_at=None):
        log.warning("outbox %s: sent, but the row was taken over; not recorded", claim.id)
        return 0
    # The claim holds what the event names (mail_message_id never changes; attempts is the fence): no reads.
    audit(session, ACTOR, f"{claim.kind}_sent", "outbox", claim.id, message_id=claim.message_id,
          sha256=claim.message_sha256, after={"mail_message_id": claim.mail_message_id, "attempts": claim.attempts})
    return 1


def _record_retry(records: _Records, settings: Settings, claim: _Claim, error: str, now: datetime) -> str:
    if claim.attempts >= settings.smtp.max_attempts:
        return _record_failed(records, claim, f"gave up after {claim.attempts} attempts: {error}", now)
    with records.transaction() as session:
        row = _fenced(session, claim, ("sending", "failed"))
        if row is None:
            return "lost"
        delay = backoff(settings.smtp.retry_base_seconds, claim.attempts)
        row.status, row.next_attempt_at, row.last_error = "pending", now + delay, error
    log.warning("outbox %s: attempt %d failed, retry in %s: %s", claim.id, claim.attempts, delay, error)
    return "retried"


def _record_failed(records: _Records, claim: _Claim, error: str, now: datetime) -> str:
    with records.transaction() as session:
        row = _fenced(session, claim, ("sending", "failed"))
        if row is None:
            return "lost"
        _mark_failed(session, row, error, now)
    return "failed"


def _mark_failed(session: Session, row: OutboxMessage, error: str, now: datetime) -> None:
    log.error("outbox %s: failed: %s", row.id, error)
    row.status, row.last_error, row.next_attempt_at = "failed", error, None
    _audit(session, row, "failed", {"error": error, "attempts": row.attempts, "at": now.isoformat()})


def _audit(session: Session, row: OutboxMessage, what: str, after: dict[str, Any]) -> None:
    message = None
    if row.message_id is not None:
        message = session.get(InboundMessage, row.message_id, options=[lazyload(InboundMessage.decisions)])
    audit(session, ACTOR, f"{row.kind}_{what}", "outbox", row.id, message=message, after=after)


def backoff(base_seconds: int, attempts: int) -> timedelta:
    """retry_base_seconds * 2**(attempts-1), at most BACKOFF_CAP."""
    seconds = base_seconds * 2 ** max(attempts - 1, 0)
    return min(timedelta(seconds=seconds), BACKOFF_CAP)


# --- transports ------------------------------------------------------------------------------------------------


class _Transport(Protocol):
    def send(self, sender: str, claim: _Claim, raw: bytes, mark_handed: Callable[[], None]) -> None:
        """Deliver or raise _Retry/_Fail/_Unknown/_Shared/_Lost. Calls mark_handed() just before the point of no
        return."""

    def probe(self, sender: str) -> None:
        """Raise _Shared unless the relay would take mail now."""

    def close(self) -> None: ...


class _SmtpTransport:
    """One SMTP connection, opened on first use and reused for the whole round."""

    def __init__(self, settings: Settings) -> None:
        self._smtp: SmtpSettings = settings.smtp
        self._helo = settings.ack.message_id_domain  # smtplib's default, socket.getfqdn(), can hang on DNS
        self._conn: smtplib.SMTP | None = None

    def probe(self, sender: str) -> None:
        """Connect (TLS, login), NOOP, MAIL FROM, RSET: everything a row needs that is not the row's own. The
        connection stays open for the round that follows."""
        conn = self._connection()
        try:
            self._expect(conn.noop(), (250,), "unavailable", shared=True)
            self._expect(conn.mail(sender), (250,), "sender", shared=True)
            self._expect(conn.rset(), (250,), "unavailable", shared=True)
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise _Shared(f"connection lost during the probe: {exc}", "connect") from exc

    def send(self, sender: str, claim: _Claim, raw: bytes, mark_handed: Callable[[], None]) -> None:
        conn = self._connection()
        try:
            # A refused sender (530 "STARTTLS first", 550 "not allowed to send as") is a setup problem shared by
            # every row: the breaker opens until staff fix it, rather than fail the whole queue for good.
            self._expect(conn.mail(sender), (250,), "sender", shared=True)
            self._expect(conn.rcpt(claim.recipient), (250, 251), "recipient")
        except (OSError, smtplib.SMTPException) as exc:
            self._lost(f"connection lost before DATA: {exc}", exc)
        try:
            mark_handed()
        except (_Lost, _Retry):  # taken over, or the sent log could not be written: no DATA for this row
            self._reset(conn)
            raise
        self._data(conn, raw)

    def _data(self, conn: smtplib.SMTP, raw: bytes) -> None:
        # smtplib's data() in three steps, to tell "never got the final dot" from "may have the mail".
        try:
            self._expect(conn.docmd("DATA"), (354,), "message")
            conn.send(_dot_stuffed(raw))
        except (OSError, smtplib.SMTPException) as exc:
            self._lost(f"connection lost during DATA, before the final dot: {exc}", exc)
        try:
            reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise _Unknown(f"no answer after the final dot (may have been delivered): {exc}", "unknown") from exc
        self._expect(reply, (250,), "message", after_dot=True)

    def _lost(self, message: str, exc: BaseException) -> None:
        """The server hung up before the final dot. Shared if it cannot be reached again right away (the relay
        went down: _Shared from the reconnect); else the row's, which may be what made it hang up."""
        self._drop()
        self._connection()
        raise _Retry(message, "lost") from exc

    def _expect(self, reply: tuple[int, bytes], ok: tuple[int, ...], kind: str, *, shared: bool = False,
                after_dot: bool = False) -> None:
        """Raise unless the reply is one of `ok`: with `shared`, _Shared; a 421 before the final dot (the server
        is closing the channel, for every row) also _Shared; else 5xx is _Fail and anything else _Retry."""
        code, text = reply
        if code in ok:
            return
        message = f"{code} {text.decode('utf-8', 'replace')}"
        if self._conn is not None:
            if code == 421:
                self._drop()
            else:
                self._reset(self._conn)
        if shared or (code == 421 and not after_dot):
            raise _Shared(message, "unavailable" if code == 421 else kind)
        raise _Fail(message, kind) if 500 <= code < 600 else _Retry(message, kind)

    def _connection(self) -> smtplib.SMTP:
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> smtplib.SMTP:
        """A ready connection, or _Shared naming the step that failed: connect, tls or auth."""
        s = self._smtp
        where = f"{s.host}:{s.port}"
        try:
            # Only when TLS is used: loading the trust store costs ~20 ms, once per round.
            context = _tls_context(s) if s.security != "none" else None
            if s.security == "tls":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, local_hostname=self._helo,
                                                      timeout=s.timeout, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, local_hostname=self._helo, timeout=s.timeout)
        except ssl.SSLError as exc:
            raise _Shared(f"cannot connect to {where}: TLS: {exc}", "tls") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise _Shared(f"cannot connect to {where}: {exc}", "connect") from exc
        step = "connect"
        try:
            conn.ehlo()
            if s.security == "starttls":
                step = "tls"
                conn.starttls(context=context)
                conn.ehlo()
            if s.username:
                step = "auth"
                conn.login(s.username, s.password or "")
        except (OSError, smtplib.SMTPException) as exc:
            conn.close()
            kind = "tls" if isinstance(exc, ssl.SSLError) else step
            raise _Shared(f"cannot connect to {where}: {kind}: {exc}", kind) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _reset(self, conn: smtplib.SMTP) -> None:
        try:
            conn.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.quit()
        except (OSError, smtplib.SMTPException):
            pass  # the round is over; a failed QUIT changes nothing that was recorded
        finally:
            self._drop()


def _tls_context(s: SmtpSettings) -> ssl.SSLContext | None:
    return client_context(s.ca_file, s.verify_tls)


def _dot_stuffed(raw: bytes) -> bytes:
    """The DATA payload: CRLF line ends, leading dots doubled, the terminating CRLF.CRLF (RFC 5321 4.5.2)."""
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", raw)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class _PickupTransport:
    """Writes <pickup_dir>/<id>-<token>.eml atomically; a relay watching the directory sends it on."""

    def __init__(self, directory: Path) -> None:
        self._dir = Path(directory)

    def send(self, sender: str, claim: _Claim, raw: bytes, mark_handed: Callable[[], None]) -> None:
        token = hashlib.sha256(claim.mail_message_id.encode()).hexdigest()[:16]
        final = self._dir / f"{claim.id}-{token}.eml"
        temp = self._dir / f".{claim.id}-{token}.tmp"  # not *.eml: the relay must never see a half-written file
        mark_handed()
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            with open(temp, "wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, final)  # atomic: the file is there whole, or not at all
        except OSError as exc:
            _remove_quietly(temp)
            raise _Retry(f"cannot write to the pickup directory: {exc}", "pickup") from exc
        _fsync_dir(self._dir)

    def probe(self, sender: str) -> None:
        pass  # a directory has no outage of its own to wait out: an unwritable one is each row's retry

    def close(self) -> None:
        pass


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # a leftover ".tmp" file is never picked up, and the next attempt overwrites it


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.warning("outbox: cannot fsync %s; the rename may not survive a power loss", directory)
    finally:
        os.close(fd)
