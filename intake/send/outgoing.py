"""Every mail intake sends, up to its bytes: the acknowledgements, staff answers and the weekly report.

One module owns the headers, the outbox rows and the serialisation of outgoing mail; the wording of an
acknowledgement is intake/send/ack.py's, the sending is intake/send/outbox.py's.

`plan_ack` turns a Decision into an AckDraft: the wording from ack.py, the subject "Re: ... [REF]", the RFC 3834
headers and our Message-ID. `enqueue` writes the draft as an outbox row in the caller's transaction, withheld when
shadow mode, backfill or the per-recipient cap says so. `enqueue_mail` does the same for staff replies and weekly
reports. Every row says what it is: its `kind` (ack, reply, report), and for a report its `topic` (the week).
`email_bytes` turns a row's fields into the bytes the outbox sends; it is the one place where outgoing headers
are made.

Header safety. Nothing from an incoming mail reaches an outgoing header unchecked. The stdlib parser decodes RFC
2047 encoded words in any header value it is given (so "=?UTF-8?Q?=0A?=" would become a raw newline on the wire
with Python < 3.11.10, CVE-2024-6923, which is older than some interpreters intake runs on), so text from a mail is
decoded once here, stripped of control and line-separator characters, and left with no "=?" sequence for the parser
to decode again. Message-IDs are accepted only in strict msg-id syntax. Recipients are a single bare addr-spec.
`email_bytes` finally serialises the message and checks that the header block holds only the headers we set, one
To, and no bare CR or LF.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import policy, quoprimime
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from intake.db import InboundMessage, OutboxKind, OutboxMessage, OutboxStatus, audit
from intake.send import ack
from intake.settings import Settings
from intake.values import Decision

SUBJECT_MAX = 200
"""Characters of the original subject kept in ours; the rest is cut with an ellipsis."""
REFERENCES_MAX_IDS = 20
REFERENCES_MAX_CHARS = 900
MSG_ID_MAX = 250

EXTRA_HEADERS = ("Auto-Submitted", "X-Auto-Response-Suppress", "In-Reply-To", "References")
"""The only headers a row may carry besides the ones build_email sets itself."""
_BUILT_HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "Content-Transfer-Encoding", "Content-Disposition")

# RFC 5322 msg-id, dot-atom form only (no quoted strings, no literals, no comments): "<left@right>".
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_MSG_ID = re.compile(rf"<{_DOT_ATOM}@{_DOT_ATOM}>")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_DOT_ATOM}@{_LABEL}(?:\.{_LABEL})+")
_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}")
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|rv|ref)\s*(?:\[\d+\])?\s*:\s*", re.IGNORECASE)

class UnsafeMessage(ValueError):
    """An outgoing message failed the final header check. Never expected; the outbox fails the row, not the run."""


@dataclass(frozen=True)
class AckDraft:
    """One acknowledgement, ready to be written to the outbox. `headers` are the extra headers (EXTRA_HEADERS)."""

    recipient: str
    outcome: str
    language: str
    subject: str
    body: str
    headers: Mapping[str, str]
    mail_message_id: str
    """Our Message-ID, fixed now so that a resend is recognisably the same mail."""
    received_at: datetime
    due_dates: Mapping[str, date] = field(default_factory=dict)
    """The clocks quoted in the body: label -> due date."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))
        object.__setattr__(self, "due_dates", MappingProxyType(dict(self.due_dates)))


# --- planning --------------------------------------------------------------------------------------------------


def plan_ack(
    *,
    decision: Decision,
    mail_subject: str,
    mail_message_id: str | None,
    mail_references: tuple[str, ...],
    reference: str,
    received_at: datetime,
    settings: Settings,
    language: str,
) -> AckDraft | None:
    """The acknowledgement for this decision, or None when none may be sent (automated mail, no usable address) or
    none is sent yet: mail in review is answered when staff decide, unless ack.receipt_for_review asks for a
    neutral receipt at once."""
    if decision.automated or decision.ack_to is None:
        return None
    if decision.review and not settings.ack.receipt_for_review:
        return None
    recipient = clean_recipient(decision.ack_to)
    if recipient is None:
        return None
    if not _REFERENCE.fullmatch(reference):
        raise ValueError(f"reference {reference!r} is not a reference number")
    lang = language if language in ack.LANGUAGES else "en"
    catalogue = settings.catalogue
    outcome = ack.outcome_of(decision, catalogue)
    dues = ack.due_dates(outcome, catalogue, received_at, settings.timezone)
    body = ack.render_body(outcome, lang, catalogue, reference=reference, due=dues, signature=settings.smtp.from_name,
                           rules_dir=settings.classifier.rules_dir)
    return AckDraft(
        recipient=recipient,
        outcome=outcome.name,
        language=lang,
        subject=reply_subject(mail_subject, reference, lang),
        body=body,
        headers=reply_headers(mail_message_id, mail_references, auto="auto-replied"),
        mail_message_id=new_message_id("ack", reference, settings.ack.message_id_domain),
        received_at=received_at,
        due_dates=dues,
    )


# --- header values ---------------------------------------------------------------------------------------------


def clean_header_text(value: str, limit: int) -> str:
    """Text from a mail made safe for a header: decoded once, no control or line-separator characters, no "=?"
    left for the header parser to decode again, whitespace collapsed, at most `limit` characters."""
    text = _without_controls(value)
    if "=?" in text:  # without one there is no encoded word, and the header parser gives the text back as it was
        text = str(policy.default.header_factory("subject", text))  # decodes RFC 2047 words, as the parser would
        text = _without_controls(text)
    text = text.replace("=?", "= ?")
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _without_controls(value: str) -> str:
    # Cc covers CR, LF, NUL, NEL; Cf the invisible and bidi-override characters; Zl/Zp are U+2028/U+2029.
    if value.isprintable():  # none of those four categories is printable: the common case, without the loop
        return value
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in value)


def reply_subject(original: str, reference: str, language: str) -> str:
    """"Re: <original> [REF]": the original cleaned and capped, its reply prefixes and our token not doubled."""
    text = clean_header_text(original or "", SUBJECT_MAX)
    text = text.replace(f"[{reference}]", " ")
    while _REPLY_PREFIX.match(text):
        text = _REPLY_PREFIX.sub("", text, count=1)
    text = " ".join(text.split())
    if not text:
        return f"{ack.DEFAULT_SUBJECT[language]} [{reference}]"
    return f"Re: {text} [{reference}]"


def valid_msg_id(value: str | None) -> str | None:
    """The msg-id if it is a strict "<left@right>" with nothing a header parser would decode, else None."""
    if not value:
        return None
    value = value.strip()
    if len(value) > MSG_ID_MAX or "=?" in value or not _MSG_ID.fullmatch(value):
        return None
    return value


def reply_headers(message_id: str | None, references: Sequence[str], *, auto: str | None) -> dict[str, str]:
    """RFC 3834 headers for an answer: Auto-Submitted, X-Auto-Response-Suppress, In-Reply-To, References."""
    headers: dict[str, str] = {}
    if auto:
        headers["Auto-Submitted"] = auto
        headers["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office or read receipts back to us
    original = valid_msg_id(message_id)
    if original:
        headers["In-Reply-To"] = original
    chain = _capped_references([*references, *([original] if original else [])])
    if chain:
        headers["References"] = " ".join(chain)
    return headers


def _capped_references(ids: Sequence[str]) -> list[str]:
    """Valid, unique ids; when too many, the first (the thread's root) and the newest that fit (RFC 5322 3.6.4)."""
    unique: list[str] = []
    for raw in ids:
        for token in str(raw).split():
            good = valid_msg_id(token)
            if good and good not in unique:
                unique.append(good)
    if len(unique) <= 1:
        return unique
    root, kept, size = unique[0], [], len(unique[0])
    for msg_id in reversed(unique[1:]):
        if len(kept) + 2 > REFERENCES_MAX_IDS or size + 1 + len(msg_id) > REFERENCES_MAX_CHARS:
            break
        kept.append(msg_id)
        size += 1 + len(msg_id)
    return [root, *reversed(kept)]


def clean_recipient(value: str | None) -> str | None:
    """A single bare ASCII addr-spec, or None: display names, lists and anything odd are refused."""
    if not value:
        return None
    value = value.strip()
    if len(value) > 254 or "=?" in value or not _ADDR_SPEC.fullmatch(value):
        return None
    return value


def new_message_id(kind: str, reference: str | None, domain: str) -> str:
    token = secrets.token_hex(8)
    left = f"{kind}.{reference}.{token}" if reference else f"{kind}.{token}"
    return f"<{left}@{domain}>"


# --- the outbox rows -------------------------------------------------------------------------------------------


def enqueue(
    session: Session,
    draft: AckDraft,
    *,
    message: InboundMessage | None,
    settings: Settings,
    now: datetime,
    actor: str = "bot",
    flush: bool = True,
    recent: "RecentAcks | None" = None,
) -> OutboxMessage:
    """Write the acknowledgement to the outbox in the caller's transaction: pending, or withheld with a reason.
    The row comes back with its id (flushed), unless `flush` is False: the pipeline needs no id, and its savepoint
    writes the message's rows together.

    Withheld, in this order: "shadow" (shadow mode sends nothing), "backfill" (received more than
    ack.max_age_days before `now`), "capped" (an acknowledgement of the same outcome went to the same address,
    case-insensitively, within ack.per_recipient_hours, from either mailbox). Backfill is about the bot's first
    run over old mail: a staff decision on a message that waited in review is answered however old it is.
    """
    reason = _withheld_reason(session, draft, settings, now, backfill=actor == "bot", recent=recent)
    row = _ack_row(draft, message, now, status=OutboxStatus.WITHHELD if reason else OutboxStatus.PENDING)
    row.withheld_reason = reason
    if recent is not None and reason is None:
        recent.add(draft.recipient, draft.outcome, now)
    return _add_row(session, row, message=message, actor=actor, flush=flush)


def record_ack(session: Session, draft: AckDraft, *, message: InboundMessage, now: datetime, actor: str,
               status: OutboxStatus, action: str, **fields: Any) -> OutboxMessage:
    """Write an acknowledgement whose fate is already known (reconcile, after a restore: sent, maybe sent, or
    withheld for want of evidence) rather than decided here; `fields` are the row's (mail_message_id, sent_at,
    last_error, withheld_reason). Audited as `action`."""
    row = _ack_row(draft, message, now, status=status)
    for name, value in fields.items():
        setattr(row, name, value)
    return _add_row(session, row, message=message, actor=actor, action=action)


def _ack_row(draft: AckDraft, message: InboundMessage | None, now: datetime, *, status: OutboxStatus) -> OutboxMessage:
    return OutboxMessage(
        message_id=message.id if message is not None else None,
        kind=OutboxKind.ACK,
        outcome=draft.outcome,
        recipient=draft.recipient,
        mail_message_id=draft.mail_message_id,
        headers=dict(draft.headers),
        subject=draft.subject,
        body=draft.body,
        attachments=[],
        status=status,
        attempts=0,
        created_at=now,
    )


def _withheld_reason(session: Session, draft: AckDraft, settings: Settings, now: datetime, *,
                     backfill: bool = True, recent: "RecentAcks | None" = None) -> str | None:
    if settings.shadow:
        return "shadow"
    if backfill and now - draft.received_at > timedelta(days=settings.ack.max_age_days):
        return "backfill"
    since = now - timedelta(hours=settings.ack.per_recipient_hours)
    if recent is not None and recent.covers(draft.recipient, draft.outcome):
        return "capped" if recent.since(draft.recipient, draft.outcome, since) else None
    if _recently_acknowledged(session, draft.recipient, draft.outcome, since):
        return "capped"
    return None


def cap_key(decision: Decision, settings: Settings) -> tuple[str, str] | None:
    """(recipient, outcome) of the acknowledgement plan_ack may make for this decision, or None when it makes
    none the cap could hold back: what RecentAcks reads for a batch before any of it is written."""
    if settings.shadow or decision.automated or (decision.review and not settings.ack.receipt_for_review):
        return None
    recipient = clean_recipient(decision.ack_to)
    return (recipient, ack.outcome_of(decision, settings.catalogue).name) if recipient else None


class RecentAcks:
    """The per-recipient cap for a whole batch (the pipeline's group commit): for every (recipient, outcome) the
    batch may answer, the newest acknowledgement that counts, read in one query up front (on PostgreSQL after
    taking every pair's advisory lock, in one statement, in a fixed order, so that no other transaction can add
    one until the batch commits), then kept up to date with the rows the batch writes. A row written in a
    message's savepoint counts for later messages only once the savepoint is released (`settle`). A pair not
    read up front is checked in the database, as without a batch."""

    def __init__(self, session: Session, pairs: set[tuple[str, str]]) -> None:
        self._newest: dict[tuple[str, str], datetime | None] = {(r.lower(), o): None for r, o in pairs}
        self._pending: list[tuple[tuple[str, str], datetime]] = []
        if not pairs:
            return
        if session.get_bind().dialect.name == "postgresql":
            keys = sorted(_cap_lock_key(r, o) for r, o in self._newest)
            with session.no_autoflush:
                session.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS t(k)"),
                                {"keys": keys})  # unnest yields the array's order: the locks are taken sorted
        recipient = func.lower(OutboxMessage.recipient)
        with session.no_autoflush:
            rows = session.execute(select(recipient, OutboxMessage.outcome, func.max(OutboxMessage.created_at)).where(
                OutboxMessage.kind == OutboxKind.ACK, recipient.in_(sorted({r for r, _ in self._newest})),
                OutboxMessage.status != OutboxStatus.WITHHELD).group_by(recipient, OutboxMessage.outcome))
            for who, outcome, newest in rows:
                if (who, outcome) in self._newest:
                    self._newest[(who, outcome)] = _aware(newest)

    def covers(self, recipient: str, outcome: str) -> bool:
        return (recipient.lower(), outcome) in self._newest

    def since(self, recipient: str, outcome: str, since: datetime) -> bool:
        """An acknowledgement of this outcome went to this address after `since`."""
        key = (recipient.lower(), outcome)
        newest = [self._newest[key], *(at for k, at in self._pending if k == key)]
        return any(at is not None and at > since for at in newest)

    def add(self, recipient: str, outcome: str, at: datetime) -> None:
        self._pending.append(((recipient.lower(), outcome), at))

    def settle(self, kept: bool) -> None:
        """After a message's savepoint: its rows count (released) or are gone (rolled back)."""
        for key, at in self._pending if kept else ():
            if key in self._newest and (self._newest[key] is None or at > self._newest[key]):
                self._newest[key] = at
        self._pending = []


def _aware(value: datetime | None) -> datetime | None:
    # max() over the column comes back without the column's type on some dialects: naive UTC on SQLite.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value is not None and value.tzinfo is None else value


def _cap_lock_key(recipient: str, outcome: str) -> int:
    digest = hashlib.sha256(f"ack-cap\0{recipient.lower()}\0{outcome}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _recently_acknowledged(session: Session, recipient: str, outcome: str, since: datetime) -> bool:
    # Two mailboxes' pipelines may ack the same person at the same moment: on PostgreSQL a transaction-scoped
    # advisory lock on (recipient, outcome) makes the check-then-insert atomic. SQLite has one writer anyway.
    if session.get_bind().dialect.name == "postgresql":
        with session.no_autoflush:  # taking a lock reads no rows: nothing needs flushing for it
            session.execute(select(func.pg_advisory_xact_lock(_cap_lock_key(recipient, outcome))))
    query = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.kind == OutboxKind.ACK,
            func.lower(OutboxMessage.recipient) == recipient.lower(),  # uses ix_outbox_recipient_cap
            OutboxMessage.outcome == outcome,
            OutboxMessage.created_at > since,
            OutboxMessage.status != OutboxStatus.WITHHELD,
        )
        .limit(1)
    )
    if _outbox_changes_pending(session):
        return session.scalar(query) is not None
    # Only outbox rows can change the answer and none is waiting to be written: don't flush the rest of the
    # transaction (the decision's audit events, the status) just for this read; _add_row's flush takes them.
    with session.no_autoflush:
        return session.scalar(query) is not None


def _outbox_changes_pending(session: Session) -> bool:
    return any(isinstance(obj, OutboxMessage) for pending in (session.new, session.dirty, session.deleted)
               for obj in pending)


def enqueue_mail(
    session: Session,
    *,
    kind: str,
    recipient: str,
    subject: str,
    body: str,
    html: str | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    inline: Sequence[tuple[str, str, str, bytes]] = (),
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    message: InboundMessage | None = None,
    topic: str | None = None,
    settings: Settings,
    now: datetime,
    actor: str = "bot",
) -> OutboxMessage:
    """Write any other mail (kind "reply": a staff answer; "report": the weekly report) to the outbox.

    `topic` says what the row is about where something must find it again ("week:2026-W47" for a report).

    `attachments` are (filename, content type, bytes); `inline` items are (content id, filename, content type,
    bytes), images the HTML shows as `cid:<content id>` (the weekly report's chart). A staff reply is written by a person, so it carries no
    Auto-Submitted header; a report is "auto-generated". Shadow mode withholds it ("shadow"); no cap, no backfill.
    Raises ValueError for an unusable recipient or kind: these come from staff or config, not from mail.
    """
    if kind not in (OutboxKind.REPLY, OutboxKind.REPORT):
        raise ValueError(f"enqueue_mail is for replies and reports, not {kind!r}")
    clean = clean_recipient(recipient)
    if clean is None:
        raise ValueError(f"not a single e-mail address: {recipient!r}")
    reference = message.reference if message is not None and message.reference else None
    row = OutboxMessage(
        message_id=message.id if message is not None else None,
        kind=OutboxKind(kind),
        topic=topic,
        recipient=clean,
        mail_message_id=new_message_id(kind, reference, settings.ack.message_id_domain),
        headers=reply_headers(in_reply_to, references, auto="auto-generated" if kind == "report" else None),
        subject=clean_header_text(subject, 400),
        body=body,
        html=html,
        attachments=[_attachment_json(*a) for a in attachments]
        + [{**_attachment_json(name, ctype, data), "content_id": _content_id(cid)} for cid, name, ctype, data in inline],
        status=OutboxStatus.WITHHELD if settings.shadow else OutboxStatus.PENDING,
        withheld_reason="shadow" if settings.shadow else None,
        attempts=0,
        created_at=now,
    )
    return _add_row(session, row, message=message, actor=actor)


def _content_id(value: str) -> str:
    if valid_msg_id(f"<{value}>") is None:
        raise ValueError(f"bad Content-ID {value!r}")
    return value


def _attachment_json(filename: str, content_type: str, data: bytes) -> dict[str, str]:
    if not re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", content_type.lower()):
        raise ValueError(f"bad content type {content_type!r}")
    return {"filename": clean_header_text(filename, 100) or "attachment", "content_type": content_type.lower(),
            "data": base64.b64encode(data).decode("ascii")}


def _add_row(session: Session, row: OutboxMessage, *, message: InboundMessage | None, actor: str,
             flush: bool = True, action: str | None = None) -> OutboxMessage:
    session.add(row)
    if flush:
        session.flush()  # callers (staff answers, reports, tests) read the id
    if action is None:
        action = f"{row.kind}_withheld" if row.status == OutboxStatus.WITHHELD else f"{row.kind}_planned"
    audit(session, actor, action, "outbox", row, message=message, after={  # the row's id is read when written
        "recipient": row.recipient, "outcome": row.outcome, "status": row.status,
        "withheld_reason": row.withheld_reason, "mail_message_id": row.mail_message_id,
        **({"last_error": row.last_error} if row.last_error else {}),
    })
    return row


# --- the e-mail itself -----------------------------------------------------------------------------------------


class _KeptHeaderClasses(HeaderRegistry):
    """The stdlib's registry builds a new header class, with type(), at every lookup: two dozen per message. The
    class depends on the header name only, so each is built once and kept."""

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = super().__getitem__(name)
        return built


_SMTP = policy.SMTP.clone(header_factory=_KeptHeaderClasses())
"""policy.SMTP (CRLF line ends, RFC 2047 headers), with the kept header classes."""


def build_email(**fields: Any) -> EmailMessage:
    """The message to send, built with EmailMessage(policy=SMTP): the stdlib encodes and folds every header.
    Takes _build's keyword arguments.

    Raises ValueError for values no planner should have produced, and UnsafeMessage if the serialised header block
    is not exactly what was meant (the last line of defence against header injection).
    """
    return _build(**fields)[0]


def email_bytes(**fields: Any) -> bytes:
    """build_email's message, serialised: exactly the bytes the header check passed. The sender uses this, so the
    message is serialised once, not once for the check and again for the wire.

    A plain-text message (every acknowledgement) whose header lines need no folding or encoding is written
    directly: the very bytes EmailMessage would make (the tests compare the two on generated input), in a fifth of
    the time, which the outbox pays once per acknowledgement. Anything else takes the EmailMessage path."""
    if fields.get("html") is None and not fields.get("attachments"):
        raw = _plain_text_bytes(**fields)
        if raw is not None:
            return raw
    return _build(**fields)[1]


_SIMPLE_VALUE = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
"""Printable ASCII words separated by single spaces: a value EmailMessage writes exactly as given when it fits."""
_PLAIN_TEXT_TAIL = ('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
                    "MIME-Version: 1.0\r\n\r\n")
_LINE_ENDS = re.compile(r"\r\n|\r|\n")


def _plain_text_bytes(
    *, settings: Settings, recipient: str, subject: str, body: str, headers: Mapping[str, str],
    mail_message_id: str, date: datetime, **_: Any,
) -> bytes | None:
    """_build's bytes for a plain-text message, or None when a header would need the stdlib's folding."""
    to, extra = _checked_fields(recipient, mail_message_id, headers)
    lines = [_line("To", to), _line("Subject", clean_header_text(subject, 400)),
             _line("Date", format_datetime(date)), _line("Message-ID", mail_message_id),
             *(_line(name, value) for name, value in extra)]
    if None in lines:
        return None
    head = _from_line(settings.smtp.from_name, settings.smtp.from_address) + "".join(lines)
    # What set_content(cte="quoted-printable") and the generator do with the text, without the message objects.
    text = b"\n".join(body.encode("utf-8").splitlines()) + b"\n"
    payload = _LINE_ENDS.sub("\r\n", quoprimime.body_encode(text.decode("latin-1"), _SMTP.max_line_length))
    raw = (head + _PLAIN_TEXT_TAIL + payload).encode("ascii")
    check_header_block(raw, {*_BUILT_HEADERS, *(name for name, _ in extra)})
    return raw


def _line(name: str, value: str) -> str | None:
    line = f"{name}: {value}"
    if len(line) > _SMTP.max_line_length or "=?" in value or not _SIMPLE_VALUE.fullmatch(value):
        return None
    return line + "\r\n"


def _build(
    *,
    settings: Settings,
    recipient: str,
    subject: str,
    body: str,
    headers: Mapping[str, str],
    mail_message_id: str,
    date: datetime,
    html: str | None = None,
    attachments: Sequence[Mapping[str, str]] = (),
) -> tuple[EmailMessage, bytes]:
    to, extra = _checked_fields(recipient, mail_message_id, headers)
    msg = EmailMessage(policy=_SMTP)
    msg["From"] = _from_header(settings.smtp.from_name, settings.smtp.from_address)
    msg["To"] = Address(addr_spec=to)
    msg["Subject"] = clean_header_text(subject, 400)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mail_message_id
    for name, value in extra:
        msg[name] = value
    msg.set_content(body, cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for item in attachments:
        maintype, subtype = item["content_type"].split("/", 1)
        if item.get("content_id") and html is not None:
            # An inline image lives beside the HTML in a multipart/related part, addressed as cid:<id>.
            html_part = msg.get_body(preferencelist=("html",))
            html_part.add_related(base64.b64decode(item["data"]), maintype=maintype, subtype=subtype,
                                  cid=f"<{item['content_id']}>", disposition="inline",
                                  filename=clean_header_text(item["filename"], 100))
            continue
        msg.add_attachment(base64.b64decode(item["data"]), maintype=maintype, subtype=subtype,
                           filename=clean_header_text(item["filename"], 100))
    allowed = {*_BUILT_HEADERS, *(name for name, _ in extra)}
    raw = msg.as_bytes(policy=_SMTP)  # fixes any multipart boundary: later serialisations are the same
    check_header_block(raw, allowed)
    return msg, raw


@lru_cache(maxsize=8)
def _from_header(name: str, address: str):
    """The From header, parsed once: the same config values for every mail, and a parsed header object is stored
    as it is (EmailMessage parses every string it is given)."""
    return _SMTP.header_factory("From", Address(display_name=clean_header_text(name, 100), addr_spec=address))


@lru_cache(maxsize=8)
def _from_line(name: str, address: str) -> str:
    """The From header as EmailMessage writes it: the same for every mail of one config, so folded once."""
    return _from_header(name, address).fold(policy=_SMTP)


def _checked_fields(recipient: str, mail_message_id: str,
                    headers: Mapping[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The recipient and the extra headers, checked; ValueError for anything no planner should have produced."""
    to = clean_recipient(recipient)
    if to is None:
        raise ValueError(f"not a single e-mail address: {recipient!r}")
    if valid_msg_id(mail_message_id) is None:
        raise ValueError(f"bad Message-ID {mail_message_id!r}")
    return to, _extra_headers(headers)


def _extra_headers(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, value in headers.items():
        if name not in EXTRA_HEADERS:
            raise ValueError(f"header {name!r} may not be set on an outgoing mail")
        if name in ("In-Reply-To", "References"):
            ids = [valid_msg_id(v) for v in str(value).split()]
            if not ids or None in ids:
                raise ValueError(f"{name} holds something other than msg-ids: {value!r}")
            value = " ".join(i for i in ids if i)
        elif not re.fullmatch(r"[A-Za-z0-9-]+", str(value)):
            raise ValueError(f"{name} value {value!r} is not a token")
        out.append((name, str(value)))
    return out


def check_header_block(raw: bytes, allowed: set[str]) -> None:
    """Every header line of the top-level header block is an allowed header or a folded continuation, To appears
    once, and no CR or LF stands alone. Raises UnsafeMessage otherwise."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    allowed_lower = {name.lower().encode() for name in allowed}
    to_count = 0
    for line in head.split(b"\r\n"):
        if b"\r" in line or b"\n" in line:
            raise UnsafeMessage("bare CR or LF in a header")
        if line[:1] in (b" ", b"\t"):
            continue
        name = line.split(b":", 1)[0].strip().lower()
        if name not in allowed_lower:
            raise UnsafeMessage(f"unexpected header {name.decode('ascii', 'replace')!r}")
        to_count += name == b"to"
    if to_count != 1:
        raise UnsafeMessage(f"{to_count} To headers")
