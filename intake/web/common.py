"""What every view shares: rendering with the header counts, the database session, today's date, flash notes."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.business_days import business_days_between
from intake.db import ReviewItem, transaction, utcnow
from intake.settings import Settings

# Flash notes are fixed texts chosen by code: nothing from the query string is ever shown as a message.
FLASH = {
    "decided": "Decision recorded. The item is closed.",
    "answered": "Answer queued in the outbox. The question is closed.",
    "closed": "The item is closed without a reply.",
    "already_closed": "That item was already closed, so nothing was changed.",
    "manual": "The request is recorded.",
    "reopened": "The message is back in the queue: decide it below.",
    "user_added": "User added.",
    "user_disabled": "User disabled and logged out.",
    "password_reset": "Password reset; the user's sessions were ended.",
    "logged_out": "You are logged out.",
}


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


@contextmanager
def db(request: Request) -> Iterator[Session]:
    with transaction(request.app.state.sessions) as session:
        yield session


def today(settings: Settings, now: datetime | None = None) -> date:
    """The date at the utility's office: legal clocks count local business days."""
    return (now or utcnow()).astimezone(ZoneInfo(settings.timezone)).date()


@dataclass(frozen=True)
class Counts:
    open: int
    decisions: int
    questions: int
    overdue: int
    due_soon: int
    """Due within two business days, not yet overdue."""


def queue_counts(session: Session, day: date) -> Counts:
    rows = session.execute(select(ReviewItem.kind, ReviewItem.due_date).where(ReviewItem.status == "open")).all()
    left = [business_days_between(day, due) for _, due in rows if due is not None]
    return Counts(
        open=len(rows),
        decisions=sum(1 for kind, _ in rows if kind == "decision"),
        questions=sum(1 for kind, _ in rows if kind == "question"),
        overdue=sum(1 for n in left if n < 0),
        due_soon=sum(1 for n in left if 0 <= n <= 2),
    )


def render(request: Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200) -> Response:
    """A page with the sticky header: who is logged in, their CSRF token and the queue counts."""
    auth = getattr(request.state, "auth", None)
    ctx: dict[str, Any] = {"auth": auth, "csrf": auth.csrf_token if auth else "", "counts": None,
                           "flash": FLASH.get(request.query_params.get("flash", "")), "path": request.url.path,
                           "tz": settings_of(request).timezone}
    if auth is not None:
        with db(request) as session:
            ctx["counts"] = queue_counts(session, today(settings_of(request)))
    ctx.update(context or {})
    return request.app.state.templates.TemplateResponse(request, template, ctx, status_code=status)


def redirect(path: str, flash: str | None = None) -> RedirectResponse:
    sep = "&" if "?" in path else "?"
    return RedirectResponse(f"{path}{sep}flash={flash}" if flash else path, status_code=303)


def form_text(request: Request, name: str, limit: int = 4000) -> str:
    value = request.state.form.get(name, "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def form_list(request: Request, name: str) -> list[str]:
    return [v for v in request.state.form.getlist(name) if isinstance(v, str)]
