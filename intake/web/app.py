"""The Starlette application: routes, templates, the session store and the security headers."""

from __future__ import annotations

import logging
import secrets
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake.catalogue import Catalogue
from intake.templating import html_environment
from intake.settings import Settings
from intake.web import admin, people, settled, views
from intake.web.auth import SessionStore

log = logging.getLogger("intake.web")

HERE = Path(__file__).parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


class SecurityHeaders:
    """Adds the security headers to every response, including error pages and static files.

    A view may set a stricter CSP of its own (downloads add `sandbox`); the defaults never weaken it."""

    def __init__(self, app: ASGIApp, *, hsts: bool):
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if self.hsts:
                    headers["Strict-Transport-Security"] = "max-age=31536000"
                if not scope["path"].startswith("/static/"):
                    headers["Cache-Control"] = "no-store"  # pages hold personal data: keep them out of caches
            await send(message)

        await self.app(scope, receive, send_with_headers)


MAX_ID = 2**31 - 1
"""The largest row id: ids are 32-bit INTEGER columns on PostgreSQL."""


def at_most(limit: int) -> str:
    """A regex for the decimal numbers 0..limit (leading zeros allowed): one alternative per digit position."""
    digits = str(limit)
    options = [rf"[0-9]{{1,{len(digits) - 1}}}"] if len(digits) > 1 else []
    for i, digit in enumerate(digits):
        if digit != "0":
            options.append(rf"{digits[:i]}[0-{int(digit) - 1}][0-9]{{{len(digits) - i - 1}}}")
    options.append(digits)
    return rf"0*(?:{'|'.join(options)})"


class IdConvertor(Convertor[int]):
    """`{name:id}`: a row id the database can hold. A larger number matches no route, so it is a plain 404 before
    any view runs, instead of an integer overflow in the database driver (a 500)."""

    regex = at_most(MAX_ID)

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(int(value))


register_url_convertor("id", IdConvertor())


class IntakeWeb(Starlette):
    def build_middleware_stack(self) -> ASGIApp:
        # Outside Starlette's ServerErrorMiddleware, so that even a 500 page carries the headers.
        return SecurityHeaders(super().build_middleware_stack(), hsts=self.state.settings.web.secure_cookies)


def routes() -> list:
    return [
        Route("/", views.home),
        Route("/login", views.login, methods=["GET", "POST"]),
        Route("/logout", views.logout, methods=["POST"]),
        Route("/queue", views.queue),
        Route("/messages/{message_id:id}", views.message_page),
        Route("/messages/{message_id:id}/raw", views.raw_message),
        Route("/messages/{message_id:id}/text", views.body_text),
        Route("/messages/{message_id:id}/attachments/{index:id}", views.attachment),
        Route("/items/{item_id:id}/decide", views.decide, methods=["POST"]),
        Route("/items/{item_id:id}/answer", views.answer, methods=["POST"]),
        Route("/items/{item_id:id}/close", views.close, methods=["POST"]),
        Route("/settled", settled.settled),
        Route("/messages/{message_id:id}/reopen", settled.reopen, methods=["POST"]),
        Route("/lookup", people.lookup),
        Route("/manual", people.manual, methods=["GET", "POST"]),
        Route("/admin/users", admin.users, methods=["GET", "POST"]),
        Route("/admin/users/{user_id:id}/disable", admin.disable, methods=["POST"]),
        Route("/admin/users/{user_id:id}/reset", admin.reset, methods=["POST"]),
        Route("/admin/audit", admin.audit_page),
        Route("/admin/exports", admin.exports),
        Route("/admin/exports/{channel:str}.csv", admin.export_csv),
        Route("/kinds.css", kinds_css),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def kinds_css(request: Request) -> Response:
    """Each kind's badge in the catalogue's colour, so that a kind added to rules/catalogue.yml is told apart on
    the page without an edit to app.css (the catalogue checks badge names and colours, so both are safe here)."""
    catalogue = request.app.state.settings.catalogue
    css = "".join(f".tag-{k.badge} {{ border-left: 3px solid {k.colour}; }}\n" for k in catalogue.kinds)
    return Response(css, media_type="text/css", headers={"Cache-Control": "no-cache"})


def create_app(settings: Settings, sessions: sessionmaker[Session]) -> Starlette:
    app = IntakeWeb(routes=routes(), max_body_size=2 * 1024 * 1024)
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.session_store = SessionStore(_secret(settings), secure=settings.web.secure_cookies)
    app.state.templates = Jinja2Templates(env=_environment(settings.catalogue))
    return app


def _secret(settings: Settings) -> bytes:
    if settings.web.secret_key:
        return settings.web.secret_key.encode()
    log.warning("web.secret_key is not set: using a random key for this process; everyone is logged out when "
                "it restarts, and several processes cannot share sessions",
                extra={"event": "web_secret_generated"})
    return secrets.token_bytes(32)


def _environment(catalogue: Catalogue):
    env = html_environment([HERE / "templates"], strict=False)
    env.filters["when"] = _when
    # Labels as the catalogue names them; a label an older catalogue wrote still reads as words.
    titles = {k.name: k.title for k in catalogue.kinds}
    badges = {k.name: k.badge for k in catalogue.kinds}
    env.filters["label"] = lambda value: titles.get(str(value), str(value).replace("_", " "))
    env.filters["badge"] = lambda value: badges.get(str(value), "other")
    env.filters["kib"] = lambda size: f"{size / 1024:.1f} KiB" if size >= 1024 else f"{size} B"
    return env


def _when(value: datetime | date | None, tz: str | None = None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        if tz:
            from zoneinfo import ZoneInfo

            value = value.astimezone(ZoneInfo(tz))
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    return value.isoformat()
