"""The data model (SQLAlchemy 2.0 typed mappings) and the engine/session factory.

The schema is owned by the Alembic migrations in intake/migrations; `upgrade()` brings a database to head.
Timestamps are stored in UTC and always come back timezone-aware, on SQLite as on PostgreSQL.
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from datetime import date, datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    insert,
    text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, attributes, mapped_column, relationship, sessionmaker

from intake.values import MailKind

MIGRATIONS = Path(__file__).parent / "migrations"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out: SQLite would otherwise hand back naive values."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use an aware UTC datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# --- the states a row can be in ------------------------------------------------------------------------------------
# StrEnums: a member equals its text, so rows, JSON, logs and templates read the same words as before.


class MessageStatus(StrEnum):
    RECEIVED = "received"
    AUTOMATED = "automated"
    """Machine mail: nothing to do, nobody to answer."""
    NOT_A_REQUEST = "not_a_request"
    """A person or company wrote it, but it is not a request to us: nothing to do, nobody to answer."""
    REVIEW = "review"
    """Waiting for a staff decision."""
    DONE = "done"
    """Every opt-out carried out."""
    QUESTION = "question"
    """Opt-outs (if any) carried out; a person must answer the rest."""
    NO_ACTION = "no_action"
    """A person wrote, and nothing is asked (a thank-you)."""
    SHUNTED = "shunted"
    DUPLICATE = "duplicate"


class ActionStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    ALREADY_SUPPRESSED = "already_suppressed"
    SHADOW = "shadow"
    CANCELLED = "cancelled"


class ReviewKind(StrEnum):
    QUESTION = "question"
    DECISION = "decision"


class ReviewStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OutboxKind(StrEnum):
    ACK = "ack"
    """An acknowledgement the bot writes (RFC 3834 auto-replied)."""
    REPLY = "reply"
    """A staff member's answer."""
    REPORT = "report"
    """The weekly report to the privacy team."""


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    WITHHELD = "withheld"


def _states(enum: type[StrEnum], length: int = 20) -> Enum:
    """A VARCHAR column read back as the enum (no CHECK constraint: a new state needs no table rebuild)."""
    return Enum(enum, native_enum=False, create_constraint=False, length=length,
                values_callable=lambda members: [m.value for m in members], validate_strings=True)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class MailboxState(Base):
    """Where polling stands for one mailbox: the UIDVALIDITY seen and the highest UID fully handled."""

    __tablename__ = "mailbox_state"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_poll_at: Mapped[datetime | None]
    last_ok_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class RawBlob(Base):
    """The raw message as fetched, stored once per SHA-256: evidence a regulator can re-read byte for byte."""

    __tablename__ = "raw_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    path: Mapped[str | None] = mapped_column(Text)
    """Set instead of `data` when raw messages live in a content-addressed directory."""


class InboundMessage(Base):
    """One message as received: unique per mailbox + UIDVALIDITY + UID, so a re-fetch is recognised."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_mailbox_uid"),
        Index("ix_inbound_message_id", "message_id"),
        Index("ix_inbound_received_at", "received_at"),
        Index("ix_inbound_sha256", "sha256"),
        Index("ix_inbound_body_hash", "body_hash"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(40), unique=True)
    """The human reference number quoted in acknowledgements, e.g. PR-2026-11-00042."""
    mailbox: Mapped[str] = mapped_column(String(64))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    date_header: Mapped[datetime | None]
    internal_date: Mapped[datetime | None]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    sha256: Mapped[str] = mapped_column(ForeignKey("raw_blob.sha256"))
    size: Mapped[int] = mapped_column(Integer)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of the decoded body: with the Message-ID it recognises one mail delivered to both mailboxes."""
    language: Mapped[str | None] = mapped_column(String(8))
    in_reply_to: Mapped[str | None] = mapped_column(Text)
    thread_references: Mapped[str | None] = mapped_column(Text)
    """In-Reply-To and References as received: what the message answers, for deciding and re-deciding."""
    status: Mapped[MessageStatus] = mapped_column(_states(MessageStatus), default=MessageStatus.RECEIVED)
    error: Mapped[str | None] = mapped_column(Text)
    """The traceback of a shunted message."""
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))
    moved_to: Mapped[str | None] = mapped_column(String(255))
    moved_at: Mapped[datetime | None]

    raw: Mapped[RawBlob] = relationship(lazy="raise")
    decisions: Mapped[list["DecisionRow"]] = relationship(
        back_populates="message", order_by="DecisionRow.id", lazy="selectin"
    )


class DecisionRow(Base):
    """A decision about one message, by the bot or by a staff user. The newest one is in force."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    decided_by: Mapped[str] = mapped_column(String(64), default="bot")
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    automated: Mapped[bool] = mapped_column(Boolean)
    mail_kind: Mapped[MailKind] = mapped_column(_states(MailKind), default=MailKind.REQUEST)
    labels: Mapped[list[Any]] = mapped_column(JSON, default=list)
    review: Mapped[bool] = mapped_column(Boolean)
    proposed: Mapped[list[Any] | None] = mapped_column(JSON, default=list)
    """For a decision left to staff: the labels it may turn out to carry; their clocks run while it waits."""
    loop: Mapped[bool] = mapped_column(Boolean, default=False)
    """A reply to one of our own acknowledgements (never answered: a mail loop)."""
    keep_channels: Mapped[list[Any] | None] = mapped_column(JSON, default=list)
    """Channels of its opt-outs the sender asked to keep ("stop the e-mails, keep the catalog"): not suppressed."""
    confidence: Mapped[float] = mapped_column(default=0.0)
    ack_to: Mapped[str | None] = mapped_column(Text)
    entities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    classifier_version: Mapped[str] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
    overrides_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    """A staff decision that differs from the bot's: kept as training data for `intake train --from-db`."""

    message: Mapped[InboundMessage] = relationship(back_populates="decisions")


class Suppression(Base):
    """One channel-scoped suppression entry: this person gets no more of this kind of contact."""

    __tablename__ = "suppression"
    __table_args__ = (
        Index("ix_suppression_channel_email", "channel", "email"),
        # actions.find_suppression matches lower(email): without this it reads every entry of the channel.
        Index("ix_suppression_channel_lower_email", "channel", text("lower(email)")),
        # ... and the same name at the same ZIP: SQLite would otherwise pick a channel index and read the channel.
        Index("ix_suppression_channel_name_zip", "channel", "name_key", "postal_code"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    """A channel of the label catalogue."""
    email: Mapped[str | None] = mapped_column(String(320))
    """Lower case."""
    name: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str | None] = mapped_column(String(200), index=True)
    """The name normalised for matching: lower case, no punctuation, single spaces."""
    street: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(10))
    """The five-digit ZIP, normalised for matching."""
    account: Mapped[str | None] = mapped_column(String(64))
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))
    source: Mapped[str] = mapped_column(String(32), default="email")
    """email | phone | letter | web: manual entries record how the request came in."""
    created_by: Mapped[str] = mapped_column(String(64), default="bot")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    effective_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RequestAction(Base):
    """What one request asked for and what was done about it, with its legal clock."""

    __tablename__ = "request_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    """An opt-out kind of the label catalogue."""
    received_at: Mapped[datetime]
    due_date: Mapped[date] = mapped_column(Date)
    suppression_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[ActionStatus] = mapped_column(_states(ActionStatus), default=ActionStatus.PENDING)
    effective_at: Mapped[datetime | None]
    created_by: Mapped[str] = mapped_column(String(64), default="bot")


class ReviewItem(Base):
    """Work for staff: a question to answer, or a decision the bot could not make."""

    __tablename__ = "review_item"
    __table_args__ = (
        Index("ix_review_status", "status"),
        Index("ix_review_message_kind", "message_id", "kind"),  # "an open item for this message and kind?"
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_message.id"))
    kind: Mapped[ReviewKind] = mapped_column(_states(ReviewKind))
    status: Mapped[ReviewStatus] = mapped_column(_states(ReviewStatus), default=ReviewStatus.OPEN)
    due_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[str | None] = mapped_column(Text)

    message: Mapped[InboundMessage] = relationship(lazy="joined")


class OutboxMessage(Base):
    """A mail to send. Written in the same transaction as the decision that causes it; sent by the outbox job."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        # The per-recipient cap (ack._recently_acknowledged) compares lower(recipient): recipients keep the case
        # they were written in, so the index is on the expression.
        Index("ix_outbox_recipient_cap", text("lower(recipient)"), "outcome", "created_at"),
        Index("ix_outbox_kind_topic", "kind", "topic"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    kind: Mapped[OutboxKind] = mapped_column(_states(OutboxKind))
    topic: Mapped[str | None] = mapped_column(String(80))
    """What the row is about beyond its kind, where something looks it up: "week:2026-W47" for a weekly report."""
    outcome: Mapped[str | None] = mapped_column(String(80))
    """The acknowledgement's outcome (the opt-out kinds joined by "+", "question" or "review"); the
    per-recipient cap counts per outcome."""
    recipient: Mapped[str] = mapped_column(String(320))
    mail_message_id: Mapped[str] = mapped_column(String(255), unique=True)
    """Fixed before sending, so a resend after a crash is recognisably the same mail."""
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[OutboxStatus] = mapped_column(_states(OutboxStatus), default=OutboxStatus.PENDING)
    withheld_reason: Mapped[str | None] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Append-only: who did what, when, before and after. Rows are never updated or deleted (enforced below)."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class StaffUser(Base):
    __tablename__ = "staff_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    """reviewer | admin"""
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WeeklyReport(Base):
    __tablename__ = "weekly_report"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(String(10), unique=True)
    """ISO week, e.g. 2026-W47."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    html: Mapped[str] = mapped_column(Text)


@event.listens_for(InboundMessage, "init")
def _new_message_has_no_decisions(target, args, kwargs) -> None:
    # A message constructed here is not in the database yet, so it has no decisions: saying so up front spares
    # the SELECT that reading `message.decisions` would otherwise cost after its INSERT.
    attributes.set_committed_value(target, "decisions", [])


@event.listens_for(AuditEvent, "before_update")
def _audit_is_append_only(mapper, connection, target) -> None:
    raise ValueError("audit events are append-only")


@event.listens_for(AuditEvent, "before_delete")
def _audit_is_never_deleted(mapper, connection, target) -> None:
    raise ValueError("audit events are append-only")


# --- engine and sessions ---------------------------------------------------------------------------------------


class DatabaseUnsupported(Exception):
    """The URL names a database this installation cannot open: an unknown dialect, a driver that is not
    installed, a URL that does not parse. A config error, raised before any connection is tried."""


class SchemaNotReady(Exception):
    """A read-only look found no intake schema at head. Read-only commands say so and stop: creating the schema
    is `intake db upgrade`'s job (and `poll`'s and `run`'s), never a side effect of looking."""


UNAVAILABLE = (OperationalError, InterfaceError, PoolTimeout)
"""The database could not be reached or refused the connection (closed port, unknown host, bad password,
an unopenable SQLite file): the command names it and fails, a daemon waits."""


def display_url(url: str) -> str:
    """The URL as messages show it: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def unavailable_reason(exc: BaseException) -> str:
    """The driver's own words for a connection failure, on one line."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]


def make_engine(url: str, **kwargs: Any) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True, **kwargs)
    except ImportError as exc:  # create_engine imports the driver: mysql:// without mysqlclient
        raise DatabaseUnsupported(f"its driver is not installed ({exc})") from None
    except ArgumentError as exc:  # includes NoSuchModuleError: an unknown dialect
        raise DatabaseUnsupported(str(exc)) from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the web page read while the poller writes; NORMAL is durable across process crashes in WAL mode.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session], **options: Any) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception (which propagates). `options` go to the
    factory (`bind=` a connection the caller holds)."""
    with factory(**options) as session, session.begin():
        yield session


@contextmanager
def batch_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction for many units of work, each in its own `savepoint`: commit on success, roll back on any
    exception (which propagates).

    On SQLite the transaction is begun explicitly, IMMEDIATE: pysqlite's legacy transaction control begins only
    before a DML statement, so a SAVEPOINT as the first statement would start the transaction itself and its
    RELEASE would commit it. IMMEDIATE also takes the write lock up front, where the busy timeout waits for it,
    rather than failing on a snapshot that another writer made stale between a read and the first write."""
    with factory() as session, session.begin():
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("BEGIN IMMEDIATE"))
        yield session


@contextmanager
def savepoint(session: Session) -> Iterator[Session]:
    """One unit of work inside a larger transaction: on an exception, everything it wrote is rolled back (its
    pending audit events too) and the exception propagates; the rest of the transaction stands."""
    pending = session.info.setdefault(_AUDIT_PENDING, [])
    mark = len(pending)
    try:
        with session.begin_nested():
            yield session
    except BaseException:
        # This unit's events go; those recorded before it are still to be written (also when a release wrote
        # them and then failed: the rollback to the savepoint took them out again).
        session.info[_AUDIT_PENDING] = pending[:mark]
        raise


class Ids:
    """Primary keys handed out before the INSERT, inside a batch transaction (pipeline: group commit).

    A row whose id is known need not be flushed to learn it: its reference number, the suppression ids an action
    names and the audit events are all written at the savepoint's release, in one flush, and rows of one table go
    in one executemany (the ORM must insert rows with server-made ids one by one on SQLite, for RETURNING).
    SQLite: max(id) + 1 onwards, what SQLite itself would give; safe because batch_transaction holds the write
    lock (BEGIN IMMEDIATE) from its start, so no other connection inserts meanwhile, and every row of these
    tables that this transaction writes takes its id from here. PostgreSQL: the column's own sequence (nextval
    is atomic across sessions), as many values in one statement as the batch expects to need (`expected`), then
    one at a time; a value left unused is a gap, as a rolled-back INSERT leaves."""

    def __init__(self, session: Session, expected: dict[type[Base], int]) -> None:
        self._session = session
        self._expected = {model.__table__.name: n for model, n in expected.items()}
        self._free: dict[str, list[int]] = {table: [] for table in self._expected}
        self._top: dict[str, int] = {}
        if session.get_bind().dialect.name != "postgresql":
            # Read before the batch writes anything: every later row of these tables takes its id from here.
            for table in self._free:
                self._top[table] = session.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}"))

    def next(self, model: type[Base]) -> int:
        table = model.__table__.name
        free = self._free[table]
        if not free:
            free.extend(self._fetch(table, max(self._expected[table], 1)))
            self._expected[table] = 1
        return free.pop()

    def _fetch(self, table: str, n: int) -> list[int]:
        if table not in self._top:
            with self._session.no_autoflush:  # a sequence reads no rows: nothing pending need be written for it
                return sorted(self._session.scalars(text(
                    f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)"),
                    {"n": n}), reverse=True)
        top = self._top[table]
        self._top[table] = top + n
        return list(range(top + n, top, -1))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any = None,
    *,
    message: InboundMessage | None = None,
    message_id: int | None = None,
    sha256: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Record an event in the caller's transaction; it is written when the transaction commits and dropped if it
    rolls back. `message_id` and `sha256` name the message when the caller has them without the row (the outbox
    sender), instead of `message`.

    Events are kept aside and written in one multi-row INSERT at commit: the ORM's per-object bookkeeping was the
    largest cost of a message's transaction, and nothing reads an event back before its transaction commits.
    `entity_id` may be the row itself, not yet flushed: its id is read when the event is written, so that the
    caller need not flush just to learn it."""
    session.info.setdefault(_AUDIT_PENDING, []).append({
        "at": utcnow(),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id if _is_row(entity_id) else None if entity_id is None else str(entity_id),
        "message_id": message.id if message is not None else message_id,
        "sha256": message.sha256 if message is not None else sha256,
        "before": before,
        "after": after,
    })


_AUDIT_PENDING = "intake.audit_pending"


def _is_row(value: Any) -> bool:
    return hasattr(value, "_sa_instance_state")


@event.listens_for(Session, "before_commit")
def _write_pending_audit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the events wait for the real commit, one INSERT for the whole batch
    pending = session.info.pop(_AUDIT_PENDING, None)
    if pending:
        session.flush()  # the rows the events name exist first; a Core statement does not autoflush
        for row in pending:
            if _is_row(row["entity_id"]):
                row["entity_id"] = str(row["entity_id"].id)
        # Core on the table, not the ORM's bulk insert: the same executemany at half the cost.
        session.execute(insert(AuditEvent.__table__), pending)


@event.listens_for(Session, "after_rollback")
def _drop_pending_audit(session: Session) -> None:
    session.info.pop(_AUDIT_PENDING, None)


def require_schema(engine: Engine) -> None:
    """Raise SchemaNotReady unless the database holds intake's schema at head. Reads only: no table, not even
    Alembic's version table, is created, and a SQLite file that does not exist is not created either."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    where = engine.url.render_as_string(hide_password=True)
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:" and not Path(database).exists():
        raise SchemaNotReady(f"no database at {where}: create it with `intake db upgrade`")
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        raise SchemaNotReady(f"the database at {where} has no intake schema: create it with `intake db upgrade`")
    if current != head:
        known = current in {rev.revision for rev in script.walk_revisions()}
        hint = "run `intake db upgrade`" if known else "it was migrated by a newer intake; upgrade intake"
        raise SchemaNotReady(f"the database at {where} is at schema revision {current}, this intake needs "
                             f"{head}: {hint}")


def upgrade(engine: Engine) -> None:
    """Run the Alembic migrations to head on this engine's database."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Instances starting together on an empty database would race to create the schema: one at a time.
            from intake.ops.locks import lock_key

            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_key("alembic-upgrade")})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
