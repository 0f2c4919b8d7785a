"""Log-in, the queue, the message page and the staff actions on a review item."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from intake.act import staff
from intake.business_days import business_days_between
from intake.catalogue import Catalogue
from intake.db import (DecisionRow, InboundMessage, OutboxMessage, RequestAction, ReviewItem, ReviewKind, ReviewStatus,
                       audit, utcnow)
from intake.mail.store import MessageStore
from intake.values import Mail
from intake.web import auth as authn
from intake.web import mailview
from intake.web.common import db, form_list, form_text, redirect, render, settings_of, today

log = logging.getLogger("intake.web")

STATUSES = ("review", "shunted", "question")
AGES = {"1": "older than 1 day", "3": "older than 3 days", "7": "older than 7 days", "14": "older than 14 days"}


# --- log-in and log-out ------------------------------------------------------------------------------------------


async def login(request: Request) -> Response:
    store: authn.SessionStore = request.app.state.session_store
    if request.method == "GET":
        if await run_in_threadpool(authn.current_auth, request) is not None:
            return RedirectResponse(authn.safe_next(request.query_params.get("next")), status_code=303)
        return await run_in_threadpool(_login_page, request, None, 200, "", request.query_params.get("next"))
    form = await request.form(max_files=0, max_fields=10)
    if not store.login_token_ok(request.cookies.get(authn.LOGIN_NONCE_COOKIE), form.get("csrf_token")):
        return PlainTextResponse("The log-in form has expired. Reload the page and try again.", status_code=403)
    name, password = str(form.get("username", ""))[:64], str(form.get("password", ""))[:1024]
    return await run_in_threadpool(_attempt_login, request, name, password, str(form.get("next", "")))


def _login_page(request: Request, error: str | None, status: int, name: str, next_path: str | None) -> Response:
    store: authn.SessionStore = request.app.state.session_store
    nonce = request.cookies.get(authn.LOGIN_NONCE_COOKIE) or secrets.token_urlsafe(24)
    response = render(request, "login.html", {
        "login_token": store.login_token(nonce), "error": error, "username": name,
        "next": authn.safe_next(next_path),
    }, status=status)
    store.set_login_nonce(response, nonce)
    return response


def _attempt_login(request: Request, name: str, password: str, next_path: str) -> Response:
    store: authn.SessionStore = request.app.state.session_store
    ip, now = authn.client_ip(request), utcnow()
    with db(request) as session:
        if authn.rate_limited(session, name, ip, now):
            log.warning("login rate limited", extra={"event": "login_limited", "client_ip": ip})
            return _login_page(request, "Too many failed log-ins. Wait 15 minutes and try again.", 429, name,
                               next_path)
        user = authn.find_user(session, name)
        if not authn.verify_password(user, password) or user is None or not user.active:
            authn.record_failure(session, name, ip, now)
            failed = True
        else:
            failed = False
            authn.purge_expired(session, now)
            authn.clear_failures(session, name)
            store.drop(session, request.cookies.get(store.cookie_name))  # never keep a pre-login session id
            token, _ = store.create(session, user, ip, now)
            audit(session, user.name, "login", "staff_user", user.id, after={"client_ip": ip})
    if failed:
        return _login_page(request, "Wrong user name or password.", 401, name, next_path)
    response = RedirectResponse(authn.safe_next(next_path), status_code=303)
    store.set_cookie(response, token)
    store.clear_login_nonce(response)
    return response


@authn.requires("reviewer")
def logout(request: Request) -> Response:
    store: authn.SessionStore = request.app.state.session_store
    with db(request) as session:
        store.drop(session, request.cookies.get(store.cookie_name))
        audit(session, request.state.auth.name, "logout", "staff_user", request.state.auth.user_id)
    response = redirect("/login", "logged_out")
    store.clear_cookie(response)
    return response


@authn.requires("reviewer")
def home(request: Request) -> Response:
    return RedirectResponse("/queue", status_code=303)


# --- the queue ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    item_id: int
    kind: str
    message_id: int
    reference: str | None
    mailbox: str
    sender: str | None
    subject: str | None
    received_at: datetime
    status: str
    labels: tuple[str, ...]
    due_date: date | None
    days_left: int | None
    age_days: int

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= 2


def row_labels(row: DecisionRow | None, catalogue: Catalogue) -> tuple[str, ...]:
    """What the bot said or proposed: the labels, or for a review the labels it was unsure about."""
    if row is None:
        return ()
    return catalogue.ordered({*(row.labels or ()), *(row.proposed or ())})


def queue_rows(session, day: date, now: datetime, catalogue: Catalogue) -> list[QueueRow]:
    """Every open item, oldest legal deadline first (no deadline last), then oldest first."""
    items = session.scalars(select(ReviewItem).where(ReviewItem.status == ReviewStatus.OPEN)).unique().all()
    rows = []
    for item in items:
        message = item.message
        rows.append(QueueRow(
            item_id=item.id, kind=item.kind, message_id=message.id, reference=message.reference,
            mailbox=message.mailbox, sender=message.sender, subject=message.subject,
            received_at=message.received_at, status=message.status,
            labels=row_labels(staff.bot_row(message), catalogue), due_date=item.due_date,
            days_left=business_days_between(day, item.due_date) if item.due_date else None,
            age_days=max(0, (now - message.received_at).days),
        ))
    rows.sort(key=lambda r: (r.due_date is None, r.due_date or date.max, r.received_at, r.item_id))
    return rows


def _filtered(rows: list[QueueRow], params) -> list[QueueRow]:
    mailbox, label, kind = params.get("mailbox"), params.get("label"), params.get("kind")
    status, age = params.get("status"), params.get("age")
    if mailbox:
        rows = [r for r in rows if r.mailbox == mailbox]
    if label:
        rows = [r for r in rows if (label in r.labels) or (label == "none" and not r.labels)]
    if kind:
        rows = [r for r in rows if r.kind == kind]
    if status:
        rows = [r for r in rows if r.status == status or (status == "other" and r.status not in STATUSES)]
    if age in AGES:
        rows = [r for r in rows if r.age_days >= int(age)]
    return rows


@authn.requires("reviewer")
def queue(request: Request) -> Response:
    settings, now = settings_of(request), utcnow()
    with db(request) as session:
        rows = queue_rows(session, today(settings, now), now, settings.catalogue)
    shown = _filtered(rows, request.query_params)
    filters = {k: request.query_params.get(k, "") for k in ("mailbox", "label", "kind", "status", "age")}
    return render(request, "queue.html", {
        "rows": shown, "total": len(rows), "filters": filters,
        "mailboxes": sorted({r.mailbox for r in rows} | {m.name for m in settings.mailboxes}),
        "catalogue": settings.catalogue, "kinds": tuple(ReviewKind), "statuses": (*STATUSES, "other"), "ages": AGES,
        "today": today(settings, now),
    })


# --- the message page --------------------------------------------------------------------------------------------


@authn.requires("reviewer")
def message_page(request: Request) -> Response:
    settings = settings_of(request)
    message_id = request.path_params["message_id"]
    with db(request) as session:
        message = session.get(InboundMessage, message_id)
        if message is None:
            return PlainTextResponse("No such message.", status_code=404)
        mail = MessageStore.of(settings).mail_of(session, message, keep_payloads=True,
                                                 text_limit=settings.web.page_text_chars)
        items = session.scalars(select(ReviewItem).where(ReviewItem.message_id == message.id)
                                .order_by(ReviewItem.id)).all()
        actions = session.scalars(select(RequestAction).where(RequestAction.message_id == message.id)
                                  .order_by(RequestAction.id)).all()
        outbox = session.scalars(select(OutboxMessage).where(OutboxMessage.message_id == message.id)
                                 .order_by(OutboxMessage.id)).all()
        decisions = list(message.decisions)
    bot = staff.bot_row(message)
    context = {
        "message": message, "items": items, "open_items": [i for i in items if i.status == "open"],
        "actions": actions, "outbox": outbox, "decisions": decisions, "bot": bot,
        "proposed": row_labels(bot, settings.catalogue), "catalogue": settings.catalogue,
        "today": today(settings), "days_left": _days_left(settings, items),
        **_mail_context(mail, bot, settings.web.page_text_chars),
    }
    return render(request, "message.html", context)


def _days_left(settings, items: list[ReviewItem]) -> dict[int, int | None]:
    day = today(settings)
    return {i.id: business_days_between(day, i.due_date) if i.due_date else None for i in items}


def _mail_context(mail: Mail | None, bot: DecisionRow | None, text_chars: int) -> dict:
    """The parsed message, with every text part escaped and the evidence marked; bounded whatever its size (the
    body was read up to `text_chars` by the parse; the HTML, headers, marks and lists are capped here)."""
    if mail is None:
        return {"mail": None, "parts": [], "html": None, "attachments": [], "hits": None, "subject_html": ""}
    hits = mailview.evidence_hits(bot.evidence if bot else {})
    new_text = mailview.highlighted(mail.new_text or "", hits)
    parts = [(title, mailview.highlighted(text, hits)) for title, text in (
        ("Quoted text", mail.quoted), ("Forwarded", mail.forwarded), ("Signature", mail.signature),
        ("Disclaimer", mail.disclaimer)) if text and text.strip()]
    html = mail.html or None
    attachments = mailview.attachments(mail)
    return {
        "mail": mail,
        "headers": [(name, mailview.clip(value)) for name, value in (
            ("From", mail.header("from")), ("To", mail.header("to")), ("Cc", mail.header("cc")),
            ("Subject", mail.subject), ("Date", mail.header("date")), ("Message-ID", mail.message_id))],
        "subject_html": mailview.highlight(mailview.clip(mail.subject) or "", hits),
        "new_text": new_text,
        "parts": parts,
        "unmarked": new_text.unmarked + sum(p.unmarked for _, p in parts),
        "text_chars": text_chars,
        "html": mailview.sanitize_html(html, text_chars) if html else None,
        "html_cut": bool(html) and len(html) > text_chars,
        "attachments": attachments[:mailview.MAX_LISTED_ATTACHMENTS],
        "attachments_left_out": max(0, len(attachments) - mailview.MAX_LISTED_ATTACHMENTS),
        "hits": mailview.evidence_list(hits),
        "max_marks": mailview.MAX_MARKS, "max_terms": mailview.MAX_HIGHLIGHT_TERMS,
    }


@authn.requires("reviewer")
def body_text(request: Request) -> Response:
    """The whole text of a message, as a download: what the page cut off when the body was longer than it shows.
    Read in full here (slower for a huge message, but only when asked)."""
    with db(request) as session:
        message = session.get(InboundMessage, request.path_params["message_id"])
        mail = MessageStore.of(settings_of(request)).mail_of(session, message) if message else None
    if mail is None:
        return PlainTextResponse("No such message.", status_code=404)
    return _download(mail.body.encode("utf-8"), f"{message.reference or message.id}-text.txt")


@authn.requires("reviewer")
def attachment(request: Request) -> Response:
    """One attachment's bytes, never rendered by the browser: octet-stream, attachment, nosniff."""
    with db(request) as session:
        message = session.get(InboundMessage, request.path_params["message_id"])
        mail = MessageStore.of(settings_of(request)).mail_of(session, message, keep_payloads=True) if message else None
    parts = mailview.attachments(mail) if mail else []
    index = request.path_params["index"]
    if not 0 <= index < len(parts):
        return PlainTextResponse("No such attachment.", status_code=404)
    return _download(parts[index].data, parts[index].filename)


@authn.requires("reviewer")
def raw_message(request: Request) -> Response:
    """The message exactly as received, as a download (evidence a regulator can re-read)."""
    with db(request) as session:
        message = session.get(InboundMessage, request.path_params["message_id"])
        raw = MessageStore.of(settings_of(request)).bytes_of(session, message) if message else None
    if raw is None:
        return PlainTextResponse("No such message.", status_code=404)
    return _download(raw, f"{message.reference or message.id}.eml")


def _download(data: bytes, filename: str) -> Response:
    return Response(data, media_type="application/octet-stream", headers={
        "Content-Disposition": mailview.content_disposition(filename),
        "X-Content-Type-Options": "nosniff",
        # A sandbox CSP on the download itself: even a browser that ignored the disposition runs nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
    })


# --- deciding, answering, closing --------------------------------------------------------------------------------


def _run_staff_action(request: Request, action) -> Response:
    with db(request) as session:
        item = session.get(ReviewItem, request.path_params["item_id"])
    if item is None:
        return PlainTextResponse("No such item.", status_code=404)
    back = f"/messages/{item.message_id}"
    try:
        with db(request) as session:
            action(session, item.id)
    except staff.AlreadyClosed:
        return redirect(back, "already_closed")
    except staff.StaffError as exc:
        return render(request, "error.html", {"error": str(exc), "back": back}, status=400)
    return None


@authn.requires("reviewer")
def decide(request: Request) -> Response:
    settings, user = settings_of(request), request.state.auth.name
    verdict = form_text(request, "verdict", 20) or "labels"
    labels, note = form_list(request, "labels"), form_text(request, "note")
    failed = _run_staff_action(request, lambda session, item_id: staff.decide_by_staff(
        session, item_id, labels=labels, verdict=verdict, note=note, user=user, settings=settings, now=utcnow()))
    return failed or redirect("/queue", "decided")


@authn.requires("reviewer")
def answer(request: Request) -> Response:
    settings, user = settings_of(request), request.state.auth.name
    body = form_text(request, "body", 20_001)
    failed = _run_staff_action(request, lambda session, item_id: staff.answer_question(
        session, item_id, body=body, user=user, settings=settings, now=utcnow()))
    return failed or redirect("/queue", "answered")


@authn.requires("reviewer")
def close(request: Request) -> Response:
    user, note = request.state.auth.name, form_text(request, "note")
    failed = _run_staff_action(request, lambda session, item_id: staff.close_without_reply(
        session, item_id, note=note, user=user, now=utcnow()))
    return failed or redirect("/queue", "closed")
