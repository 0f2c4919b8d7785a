"""Mail settled without action or answer (by the bot, or by a staff verdict): not a request (vendor mail, calendar traffic, sales outreach,
phishing, list posts) and machine mail. Staff filter it, read it, and put a wrong call back in the queue, where
the usual decision form corrects it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import noload
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from intake.act import staff
from intake.db import DecisionRow, InboundMessage, MessageStatus, utcnow
from intake.web import auth as authn
from intake.web.common import db, form_text, redirect, render, settings_of

KINDS = {MessageStatus.NOT_A_REQUEST: "not a request", MessageStatus.AUTOMATED: "machine"}
DAYS = {"7": "last 7 days", "30": "last 30 days", "90": "last 90 days"}
MAX_ROWS = 500


@dataclass(frozen=True)
class SettledRow:
    message_id: int
    status: str
    mailbox: str
    sender: str | None
    subject: str | None
    received_at: datetime
    why: str


def settled_rows(session, *, status: str, mailbox: str, since: datetime) -> list[SettledRow]:
    """The newest settled mail first, with the first reason of the decision that settled it."""
    query = (select(InboundMessage).options(noload(InboundMessage.decisions))
             .where(InboundMessage.status == status, InboundMessage.received_at >= since)
             .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc()).limit(MAX_ROWS))
    if mailbox:
        query = query.where(InboundMessage.mailbox == mailbox)
    messages = session.scalars(query).all()
    reasons = _first_reasons(session, [m.id for m in messages])
    return [SettledRow(m.id, str(m.status), m.mailbox, m.sender, m.subject, m.received_at, reasons.get(m.id, ""))
            for m in messages]


def _first_reasons(session, ids: list[int]) -> dict[int, str]:
    """The first reason of each message's latest decision: the bot's, or the staff verdict that settled it."""
    found: dict[int, str] = {}
    if ids:
        rows = session.execute(select(DecisionRow.message_id, DecisionRow.reasons)
                               .where(DecisionRow.message_id.in_(ids)).order_by(DecisionRow.id))
        for message_id, reasons in rows:
            found[message_id] = (reasons or [""])[0]
    return found


@authn.requires("reviewer")
def settled(request: Request) -> Response:
    settings, params = settings_of(request), request.query_params
    status = params.get("kind") if params.get("kind") in KINDS else MessageStatus.NOT_A_REQUEST
    days = params.get("days") if params.get("days") in DAYS else "30"
    mailbox = params.get("mailbox", "")
    with db(request) as session:
        rows = settled_rows(session, status=status, mailbox=mailbox, since=utcnow() - timedelta(days=int(days)))
    return render(request, "settled.html", {
        "rows": rows, "kinds": KINDS, "days_options": DAYS, "limit": MAX_ROWS,
        "filters": {"kind": str(status), "days": days, "mailbox": mailbox},
        "mailboxes": [m.name for m in settings.mailboxes],
    })


@authn.requires("reviewer")
def reopen(request: Request) -> Response:
    settings, user = settings_of(request), request.state.auth.name
    message_id = request.path_params["message_id"]
    with db(request) as session:
        if session.get(InboundMessage, message_id) is None:
            return PlainTextResponse("No such message.", status_code=404)
    try:
        with db(request) as session:
            staff.reopen(session, message_id, note=form_text(request, "note"), user=user, settings=settings)
    except staff.StaffError as exc:
        return render(request, "error.html", {"error": str(exc), "back": f"/messages/{message_id}"}, status=400)
    return redirect(f"/messages/{message_id}", "reopened")
