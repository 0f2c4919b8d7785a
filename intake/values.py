"""The values that travel along the pipeline.

Third-party objects (imapclient's, mail-parser's, spaCy's) are converted into these at the edge, once, so the rest
of intake depends on nothing but this module. Every value is frozen: a stage can read what an earlier stage found,
never change it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Mapping


class MailKind(StrEnum):
    """Who or what wrote a message, as far as what intake does about it."""

    REQUEST = "request"
    """A person writing to us: decided, acted on, answered."""
    MACHINE = "machine"
    """Software: bounces, auto-replies, bulk and list mail, receipts. Never answered."""
    NOT_A_REQUEST = "not_a_request"
    """A person or company wrote it, but it asks nothing of the privacy team (vendor and partner mail, calendar
    traffic, sales outreach, phishing, list posts). Never answered, nothing recorded against anyone."""


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class RawMessage:
    """One message as the server handed it over: the bytes and where they live."""

    mailbox: str
    uidvalidity: int
    uid: int
    data: bytes
    internal_date: datetime | None = None

    @cached_property
    def sha256(self) -> str:
        """The SHA-256 of the bytes, computed once: it names the stored copy and recognises a re-delivery."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Address:
    """A parsed mailbox address. `email` is the addr-spec as written; compare with `email.lower()`."""

    name: str
    email: str

    @property
    def local(self) -> str:
        return self.email.rpartition("@")[0] if "@" in self.email else self.email

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower() if "@" in self.email else ""


def without_tag(address: str) -> str:
    """customercare+u-8812@alliant-energy.com -> customercare@alliant-energy.com (lower case): the mailbox a
    sub-address (a List-Unsubscribe token after "+") delivers to."""
    local, at, domain = address.lower().partition("@")
    return local.split("+", 1)[0] + at + domain


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    text: str | None = None
    """The decoded text of a text/* attachment, else None."""
    data: bytes | None = None
    """The decoded bytes, only when the message was parsed to be shown (`keep_payloads`)."""


@dataclass(frozen=True)
class Mail:
    """One parsed message. Built only by `intake.mail.parse.parse`, which never raises.

    `headers` maps lower-case header names to every value of that header, decoded, in order.
    `body` is the best text of the message (HTML converted to text). It is split into what the sender wrote now
    (`new_text`) and what the message carries: quoted replies, signature, forwarded parts and disclaimers.
    Words that are not the sender's never move into `new_text`; their own earlier message, forwarded or quoted,
    does (after any covering note), and then `forwarded_as_own` is True.
    """

    headers: Mapping[str, tuple[str, ...]]
    from_: Address | None
    reply_to: tuple[Address, ...]
    sender: Address | None
    return_path: str | None
    """The Return-Path addr-spec; "" for the null path `<>`; None when the header is absent."""
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    date: datetime | None
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    content_type: str
    """The top-level MIME type, lower case, e.g. "multipart/report"."""
    part_types: tuple[str, ...]
    """The MIME type of every part, in walk order, lower case."""
    language: str
    """"en", "es" or "und"."""
    body: str
    body_is_html: bool
    new_text: str
    quoted: str
    signature: str
    forwarded: str
    disclaimer: str
    forwarded_as_own: bool
    attachments: tuple[Attachment, ...]
    size: int
    defects: tuple[str, ...]
    """Problems met while parsing: broken boundaries, undecodable parts, truncation, size cap, parser errors."""
    html: str = ""
    """The sender's HTML as written (the first inline text/html part), only when the message was parsed to be
    shown (`keep_payloads`); the pipeline reads `body`."""
    text_cut: bool = False
    """Parsed to be shown with a text limit, and the body was longer: `body` and its parts are its head only."""

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> tuple[str, ...]:
        return self.headers.get(name.lower(), ())


@dataclass(frozen=True)
class RuleHit:
    """One rule that matched, with what it matched: the evidence a person can read."""

    rule: str
    label: str
    text: str
    source: str = "new_text"
    """Where it matched: new_text, subject, attachment, header, ..."""


@dataclass(frozen=True)
class GateVerdict:
    """The automated-mail gate's answer, with the hits and the misses of every rule it ran."""

    automated: bool
    hits: tuple[RuleHit, ...]
    misses: tuple[str, ...]
    """Names of the rules that ran and did not match."""
    loop: bool = False
    """True when the message is a reply to one of intake's own acknowledgements (the loop trap)."""
    suppress_ack: bool = False
    """True when a person wrote the mail, but an automated header forbids answering it (RFC 3834)."""
    not_a_request: bool = False
    """Automated, because a person or company wrote something that is not a request to us (not a machine)."""
    human_rule: str | None = None
    """The `verdict: human` rule that decided a person asked for this message (a mail program's unsubscribe)."""


@dataclass(frozen=True)
class Entities:
    name: str | None = None
    postal_code: str | None = None
    account: str | None = None
    street: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "postal_code": self.postal_code, "account": self.account}


@dataclass(frozen=True)
class Decision:
    """What intake decided about one message, and why. Deciding is separate from acting: nothing here acts.

    The fields are what the acting side acts on; `evidence` is for people (the staff page, the evidence export)
    and is never read back to decide or act."""

    automated: bool
    """Never answered and never acted on: machine mail or mail that is not a request (`kind` says which)."""
    labels: tuple[str, ...]
    review: bool
    ack_to: str | None
    """Where an acknowledgement goes, once one is due (for mail in review: after staff decided)."""
    entities: Entities
    confidence: float
    reasons: tuple[str, ...]
    language: str
    model_version: str
    evidence: Mapping[str, Any] = field(default_factory=dict)
    """JSON-able: rule hits with matched text, rule misses, model scores, gate hits, recipient reasons."""
    kind: MailKind = MailKind.REQUEST
    proposed: tuple[str, ...] = ()
    """For mail left to staff: the labels it may carry. The earliest of their clocks is the review item's due
    date (the review clock when none is an opt-out)."""
    loop: bool = False
    """A reply to one of our own acknowledgements."""
    keep_channels: tuple[str, ...] = ()
    """Channels of a decided opt-out that the sender asked to keep ("stop the e-mails, keep the catalog"): the
    acting side suppresses the label's other channels only, and the acknowledgement says so."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _frozen_mapping(self.evidence))
        if self.automated and self.kind == MailKind.REQUEST:
            object.__setattr__(self, "kind", MailKind.MACHINE)

    def contract(self, file: str) -> dict[str, Any]:
        """The stable `intake classify --json` object for one file."""
        return {
            "file": file,
            "automated": self.automated,
            "kind": str(self.kind),
            "labels": list(self.labels),
            "review": self.review,
            "ack_to": self.ack_to,
            "entities": self.entities.as_dict(),
            "confidence": round(self.confidence, 4),
            "reasons": list(self.reasons),
            "keep_channels": list(self.keep_channels),
        }
