"""Who gets the acknowledgement, if anyone.

An acknowledgement is mail we send on our own, so every doubt resolves to "nobody": automated mail, role and list
mailboxes, our own addresses, anything that does not look like exactly one well-formed address. Every step of the
choice is given back as a reason for the audit record.
"""

from __future__ import annotations

import re
from typing import Iterable

from intake.decide.gate import THANKS_ONLY
from intake.values import Address, GateVerdict, Mail

# Local parts of mailboxes that are not a person: servers, list software, no-reply senders. Compared after the
# "+tag" is removed and in lower case.
_ROLE = re.compile(
    r"""(?x)
    (mailer[-_]?daemon|postmaster|post_master|abuse|hostmaster|listserv|majordomo|daemon|root|nobody
    |no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|bounce.*|list|lists
    |.+-request|owner-.+|.+-owner|.+-bounces?)
    """
)
# No-reply / bounce words anywhere in the local part: "efs-noreply", "bounce-45d8", "noreply.alerts".
_ROLE_INFIX = re.compile(r"(^|[-_.])(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounces?)($|[-_.])")
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_STRAY = re.compile(r'[ ,;<>"()\[\]\\]')
"""Characters no plain addr-spec we answer has: a second address, a display name, a quoted local part."""

Reasons = tuple[str, ...]


def ack_address(mail: Mail, verdict: GateVerdict, own_addresses: Iterable[str]) -> tuple[str | None, Reasons]:
    """The address to acknowledge, or None, and why."""
    if verdict.automated:
        return None, ("no ack: automated" + (" (reply to our acknowledgement)" if verdict.loop else ""),)
    if any(h.label == THANKS_ONLY for h in verdict.hits):
        return None, ("no ack: thanks-only reply to our acknowledgement",)
    if verdict.suppress_ack:
        return None, ("no ack: an automated header forbids an automatic answer (RFC 3834)",)
    own = {a.strip().lower() for a in own_addresses if a}
    reasons: list[str] = []
    if mail.reply_to:
        chosen = _from_reply_to(mail, own, reasons)
        if chosen is not None:
            return chosen, tuple(reasons)
    if mail.from_ is None:
        return None, (*reasons, "no ack: no From address")
    problem = _unusable(mail.from_, own)
    if problem:
        return None, (*reasons, f"no ack: {problem}")
    reasons.append("ack_to: from")
    return mail.from_.email, tuple(reasons)


def _from_reply_to(mail: Mail, own: set[str], reasons: list[str]) -> str | None:
    """The corpus convention, and what a mail client would do: Reply-To wins when it names one usable person."""
    if len(mail.reply_to) > 1:
        reasons.append("reply-to ignored: several addresses")
        return None
    reply = mail.reply_to[0]
    problem = _unusable(reply, own)
    if problem:
        reasons.append(f"reply-to ignored: {problem}")
        return None
    from_problem = _unusable(mail.from_, own) if mail.from_ else "missing"
    if from_problem and from_problem.startswith("no-reply"):
        reasons.append("ack_to: reply-to (from is a no-reply relay)")
    elif from_problem:
        reasons.append(f"ack_to: reply-to (from is unusable: {from_problem})")
    elif mail.from_ and mail.from_.email.lower() != reply.email.lower():
        reasons.append("ack_to: reply-to (differs from from)")
    else:
        reasons.append("ack_to: reply-to")
    return reply.email


def _unusable(address: Address, own: set[str]) -> str | None:
    """Why this address must not get an acknowledgement, or None when it may."""
    email = address.email or ""
    problem = _malformed(email)
    if problem:
        return problem
    if email.lower() in own:
        return f"own address {email.lower()}"
    local = email.rpartition("@")[0].lower().split("+", 1)[0]
    if _ROLE.fullmatch(local) or _ROLE_INFIX.search(local):
        return f"no-reply address {local}" if _is_no_reply(local) else f"role address {local}"
    return None


def _is_no_reply(local: str) -> bool:
    return bool(re.search(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|dont[-_.]?reply", local))


def _malformed(email: str) -> str | None:
    """Exactly one plain addr-spec, nothing that could smuggle a header or a second recipient."""
    if not email:
        return "malformed (empty)"
    if _CONTROL.search(email):
        return "malformed (control characters)"
    if "@" not in email:
        return "malformed (no @)"
    if _STRAY.search(email) or email.count("@") != 1:
        return "malformed (several addresses or stray characters)"
    if len(email) > 254:
        return "malformed (too long)"
    local, _, domain = email.rpartition("@")
    if not local or len(local) > 64 or not _LOCAL.fullmatch(local) or local.startswith(".") or local.endswith(".") \
            or ".." in local:
        return "malformed (local part)"
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels) or labels[-1].isdigit():
        return "malformed (domain)"
    return None
