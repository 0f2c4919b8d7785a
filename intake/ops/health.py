"""What operators look at: /metrics (Prometheus), /healthz, and the `intake status` summary.

Counters of this process (messages by outcome, errors by stage) live in a registry of their own; the gauges that
describe the shared state (backlogs, seconds since the last good poll) are read from the database at scrape time,
so every instance reports the same truth. The relay breaker is this process's own (intake/send/breaker.py): its
state and the send errors it counted by kind are read from it at scrape time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from intake.db import InboundMessage, MailboxState, OutboxKind, OutboxMessage, ReviewItem, utcnow
from intake.send.breaker import RelayBreaker
from intake.settings import Settings

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
STALE_AFTER_POLLS, STALE_GRACE_SECONDS = 3, 300


class Metrics:
    """One registry per process (tests build several)."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings, relay: RelayBreaker | None = None):
        self.relay = relay
        self.registry = CollectorRegistry()
        self.messages = Counter("intake_messages", "Messages handled, by mailbox and outcome",
                                ("mailbox", "outcome"), registry=self.registry)
        self.errors = Counter("intake_errors", "Errors, by stage", ("stage",), registry=self.registry)
        self.registry.register(_StateCollector(sessions, settings))
        if relay is not None:
            self.registry.register(_RelayCollector(relay))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _StateCollector:
    def __init__(self, sessions: sessionmaker[Session], settings: Settings):
        self.sessions, self.settings = sessions, settings

    def collect(self):
        up = GaugeMetricFamily("intake_database_up", "1 when the database answered this scrape, else 0")
        try:
            snapshot = read_status(self.sessions, self.settings)
        except Exception:  # noqa: BLE001 - a scrape must answer (and say so) while the database is down
            up.add_metric((), 0)
            yield up
            return
        up.add_metric((), 1)
        yield up
        review = GaugeMetricFamily("intake_review_backlog", "Open review items", labels=("kind",))
        for kind, count in snapshot.review_open.items():
            review.add_metric((kind,), count)
        outbox = GaugeMetricFamily("intake_outbox", "Outbox messages by status", labels=("status",))
        for status, count in snapshot.outbox.items():
            outbox.add_metric((status,), count)
        since = GaugeMetricFamily("intake_seconds_since_last_good_poll",
                                  "Seconds since the mailbox was last polled without error", labels=("mailbox",))
        for box in snapshot.mailboxes:
            if box.seconds_since_ok is not None:
                since.add_metric((box.name,), box.seconds_since_ok)
        shunted = GaugeMetricFamily("intake_shunted_messages", "Messages shunted (stored with a traceback)")
        shunted.add_metric((), snapshot.shunted)
        oldest = GaugeMetricFamily("intake_outbox_oldest_pending_ack_seconds",
                                   "Age of the oldest acknowledgement not yet sent (pending or sending); 0 when none")
        oldest.add_metric((), snapshot.oldest_pending_ack_seconds or 0.0)
        yield from (review, outbox, since, shunted, oldest)


class _RelayCollector:
    def __init__(self, relay: RelayBreaker):
        self.relay = relay

    def collect(self):
        state = self.relay.state()
        breaker = GaugeMetricFamily("intake_relay_breaker_open",
                                    "1 while the SMTP relay breaker is open (the relay cannot take mail), else 0")
        breaker.add_metric((), 1 if state.open else 0)
        errors = CounterMetricFamily("intake_relay_errors", "Outbox send errors of this process, by kind",
                                     labels=("kind",))
        for kind, count in sorted(state.errors.items()):
            errors.add_metric((kind,), count)
        yield from (breaker, errors)


@dataclass
class MailboxStatus:
    name: str
    last_uid: int
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    seconds_since_ok: float | None
    stale: bool = False
    """No good poll for longer than STALE_AFTER_POLLS poll intervals plus a grace: a silent stall."""


@dataclass
class Status:
    mailboxes: list[MailboxStatus]
    review_open: dict[str, int]
    outbox: dict[str, int]
    shunted: int
    failed_acks: list[tuple[int, str, str]]
    oldest_pending_ack_seconds: float | None = None

    @property
    def healthy(self) -> bool:
        return all(b.last_error is None and not b.stale for b in self.mailboxes)


def read_status(sessions: sessionmaker[Session], settings: Settings) -> Status:
    now = utcnow()
    with sessions() as session:
        states = {s.name: s for s in session.scalars(select(MailboxState))}
        boxes = []
        intervals = {m.name: m.poll_seconds for m in settings.mailboxes}
        for name in [m.name for m in settings.mailboxes] or sorted(states):
            st = states.get(name)
            since = (now - st.last_ok_at).total_seconds() if st and st.last_ok_at else None
            limit = STALE_AFTER_POLLS * intervals.get(name, 60) + STALE_GRACE_SECONDS
            boxes.append(MailboxStatus(
                name=name, last_uid=st.last_uid if st else 0, last_poll_at=st.last_poll_at if st else None,
                last_ok_at=st.last_ok_at if st else None, last_error=st.last_error if st else "never polled",
                seconds_since_ok=since, stale=since is not None and since > limit))
        review = dict(session.execute(select(ReviewItem.kind, func.count()).where(ReviewItem.status == "open")
                                      .group_by(ReviewItem.kind)).all())
        outbox = dict(session.execute(select(OutboxMessage.status, func.count())
                                      .group_by(OutboxMessage.status)).all())
        shunted = session.scalar(select(func.count()).select_from(InboundMessage)
                                 .where(InboundMessage.status == "shunted")) or 0
        failed = session.execute(select(OutboxMessage.id, OutboxMessage.recipient, OutboxMessage.last_error)
                                 .where(OutboxMessage.status == "failed").order_by(OutboxMessage.id.desc())
                                 .limit(5)).all()
        oldest = session.scalar(select(func.min(OutboxMessage.created_at))
                                .where(OutboxMessage.kind == OutboxKind.ACK,
                                       OutboxMessage.status.in_(("pending", "sending"))))
    return Status(boxes, {k: review.get(k, 0) for k in ("decision", "question")},
                  {k: outbox.get(k, 0) for k in ("pending", "sending", "sent", "failed", "withheld")},
                  shunted, [tuple(r) for r in failed], _age(oldest, now))


def _age(then: datetime | None, now: datetime) -> float | None:
    if then is None:
        return None
    if then.tzinfo is None:  # SQLite gives naive datetimes back; they were written as UTC
        then = then.replace(tzinfo=now.tzinfo)
    return max((now - then).total_seconds(), 0.0)


def format_status(status: Status) -> str:
    lines = ["mailboxes:"]
    for b in status.mailboxes:
        ok = f"last good poll {int(b.seconds_since_ok)} s ago" if b.seconds_since_ok is not None else "no good poll yet"
        trouble = (f"  ERROR: {b.last_error}" if b.last_error else "") + ("  STALE: no good poll lately" if b.stale else "")
        lines.append(f"  {b.name:<20} last uid {b.last_uid:<8} {ok}{trouble}")
    lines.append(f"review backlog: {status.review_open['decision']} decisions, {status.review_open['question']} questions")
    o = status.outbox
    lines.append(f"outbox: {o['pending']} pending, {o['sending']} sending, {o['sent']} sent, {o['failed']} failed, "
                 f"{o['withheld']} withheld")
    if status.oldest_pending_ack_seconds is not None:
        lines.append(f"oldest acknowledgement not yet sent: {int(status.oldest_pending_ack_seconds)} s old")
    lines.append(f"shunted messages: {status.shunted}")
    for oid, recipient, error in status.failed_acks:
        lines.append(f"  failed outbox #{oid} to {recipient}: {error}")
    return "\n".join(lines)
