"""Seeding the review queue with hostile messages, the way the pipeline would have stored them.

Every payload sets `window.__pwned` (or opens a dialog) if it ever runs, so a browser test can tell.
Rows are made as the pipeline makes them: RawBlob + InboundMessage with fields from intake.mail.parse.parse, a bot
DecisionRow (review=True for decisions, labels ["question"] for questions) with rule-hit evidence, and a ReviewItem.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy.orm import Session

from intake.settings import Settings

due_date = Settings(source="test").catalogue.due_date
from intake.db import DecisionRow, InboundMessage, RawBlob, ReviewItem, StaffUser, sha256_hex
from intake.mail.parse import parse
from intake.web.auth import hash_password

PWN = "window.__pwned=1"
SCRIPT = f"<script>{PWN}</script>"
IMG = f'<img src=x onerror="{PWN}">'
SVG = f'<svg onload="{PWN}">'
JS_LINK = f'<a href="javascript:{PWN}">click me</a>'
BREAKOUT = f'"><script>{PWN}</script>'
PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Seeded:
    message_id: int
    item_id: int
    subject: str


def plain_mail(subject: str, body: str, *, sender: str = "Pat Doe <pat@example.com>",
               message_id: str = "<m1@example.com>", attachment: tuple[str, str, bytes] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@alliant-energy.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id
    msg.set_content(body)
    if attachment:
        name, ctype, data = attachment
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def html_mail(subject: str, html: str, *, sender: str = "html@example.com",
              message_id: str = "<h1@example.com>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@alliant-energy.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def add_user(session: Session, name: str, role: str, password: str = PASSWORD) -> StaffUser:
    user = StaffUser(name=name, role=role, password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    return user


def seed_message(
    session: Session, raw: bytes, *, uid: int, kind: str = "decision", mailbox: str = "privacy",
    proposed: tuple[str, ...] = ("marketing_opt_out",), hits: tuple[dict, ...] = (),
    received_at: datetime | None = None, entities: dict | None = None, tz: str = "America/Chicago",
) -> Seeded:
    """One message waiting for staff, stored as the pipeline stores it."""
    mail = parse(raw)
    received_at = received_at or datetime.now(timezone.utc) - timedelta(days=uid)
    digest = sha256_hex(raw)
    if session.get(RawBlob, digest) is None:
        session.add(RawBlob(sha256=digest, size=len(raw), data=raw))
    message = InboundMessage(
        mailbox=mailbox, uidvalidity=1, uid=uid, message_id=mail.message_id,
        sender=mail.from_.email if mail.from_ else None, subject=mail.subject, date_header=mail.date,
        received_at=received_at, sha256=digest, size=len(raw), language=mail.language,
        status="question" if kind == "question" else "review",
    )
    session.add(message)
    session.flush()
    message.reference = f"PR-{received_at:%Y-%m}-{message.id:05d}"
    question = kind == "question"
    session.add(DecisionRow(
        message_id=message.id, decided_by="bot", automated=False,
        labels=["question"] if question else [], review=not question, confidence=0.42,
        ack_to=mail.from_.email if mail.from_ else None, entities=entities or {},
        reasons=["unsure: low confidence"], classifier_version="test",
        evidence={"rule_hits": list(hits)}, proposed=[] if question else list(proposed),
    ))
    labels = ["question"] if question else list(proposed) or ["review"]
    item = ReviewItem(message_id=message.id, kind=kind,
                      due_date=min(due_date(received_at, lb, tz) for lb in labels))
    session.add(item)
    session.flush()
    return Seeded(message.id, item.id, mail.subject)


def seed_hostile(session: Session) -> dict[str, Seeded]:
    """The hostile set: script in text, HTML-only mail with script, a breakout subject and attachment name."""
    seeded = {}
    seeded["script_text"] = seed_message(session, plain_mail(
        "Please unsubscribe me " + SCRIPT,
        f"Hello,\n\nplease unsubscribe me {SCRIPT} from marketing. {IMG} {SVG} {JS_LINK}\n\n"
        f"> earlier quoted text {SCRIPT}\n> more quoted {IMG}\n",
        sender=f'"{IMG}" <pat@example.com>', message_id="<m1@example.com>",
    ), uid=1, hits=(
        {"rule": "unsubscribe_me", "tag": "marketing_opt_out", "text": "unsubscribe me", "source": "new_text"},
        {"rule": "hostile_rule", "label": "marketing_opt_out", "text": SCRIPT, "source": "new_text"},
    ), entities={"name": "Pat Doe", "postal_code": "53703"})
    seeded["html_only"] = seed_message(session, html_mail(
        "Stop the catalogs",
        f"<html><head><style>body{{display:none}}</style>{SCRIPT}</head><body>"
        f"<p>Please stop sharing my data with catalogs.</p>{IMG}{SVG}{JS_LINK}"
        f'<iframe src="javascript:{PWN}"></iframe><form action="https://evil.example/"><button>go</button></form>'
        f'<a href="https://example.com/ok" onclick="{PWN}">a normal link</a>'
        f'<img src="https://tracker.example/pixel.gif"></body></html>',
        message_id="<h1@example.com>",
    ), uid=2, proposed=("catalog_share_opt_out",), hits=(
        {"rule": "stop_sharing", "tag": "catalog_share_opt_out", "text": "stop sharing my data",
         "source": "new_text"},))
    seeded["breakout"] = seed_message(session, plain_mail(
        BREAKOUT, f"Attached is my request. {BREAKOUT}\n",
        sender="breakout@example.com", message_id="<b1@example.com>",
        attachment=(f'{BREAKOUT}.html', "text/html", f"<html>{SCRIPT}{IMG}</html>".encode()),
    ), uid=3, hits=({"rule": "breakout", "label": "marketing_opt_out", "text": BREAKOUT, "source": "subject"},))
    seeded["question"] = seed_message(session, plain_mail(
        "How do you use my data? " + SVG,
        f"What do you do with my data? {SCRIPT} {IMG}\n", sender="asker@example.com",
        message_id="<q1@example.com>",
    ), uid=4, kind="question")
    return seeded


# --- a huge message -------------------------------------------------------------------------------------------------

BIG_HEAD = "Please unsubscribe me from all marketing. This is the first line of a very long message."
BIG_TAIL = "THE-LAST-LINE-OF-THE-BODY"
_BIG_LINES = ("please unsubscribe me and stop sending catalog mail to {n} Elm Street",
              "remove me from your lists, line {n}; do not share my name with partners",
              "I said stop sending me offers ({n}) and opt me out of the promotions")


def big_body(size: int) -> str:
    """About `size` characters: a first line, many lines full of opt-out phrases, and a last line to look for."""
    lines, total, n = [BIG_HEAD], len(BIG_HEAD), 0
    while total < size - len(BIG_TAIL):
        line = _BIG_LINES[n % 3].format(n=n)
        lines.append(line)
        total += len(line) + 1
        n += 1
    return "\n".join([*lines, BIG_TAIL]) + "\n"


def big_hits(n: int = 649) -> tuple[dict, ...]:
    """`n` rule hits as a chain would record them for such a body: a few texts matched again and again, and
    many distinct ones (more than the page searches for)."""
    common = [("unsubscribe_me", "unsubscribe me"), ("stop_sending", "stop sending"),
              ("remove_me", "remove me from your lists"), ("opt_me_out", "opt me out")]
    hits = []
    for i in range(n):
        if i % 4 == 3:
            rule, text = "numbered_line", f"line {i}"
        else:
            rule, text = common[i % len(common)]
        hits.append({"rule": rule, "label": "marketing_opt_out", "text": text, "source": "new_text"})
    return tuple(hits)
