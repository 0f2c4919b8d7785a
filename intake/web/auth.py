"""Staff accounts, passwords, server-side sessions, CSRF tokens and the login rate limit.

Sessions: the cookie holds 32 random bytes; the table keeps only HMAC(secret, token), with the user, a per-session
CSRF token and the expiry. A new token is issued at every login (no session fixation) and deleted at logout, when
the user is disabled, or when the password is reset. The cookie is HttpOnly, SameSite=Strict, and Secure (with the
`__Host-` prefix) when WebSettings.secure_cookies says we are behind TLS.

CSRF: every POST carries a hidden `csrf_token` bound to the session (compared in constant time). The login form,
which has no session yet, carries HMAC(secret, "login:" + nonce) where the nonce sits in its own short-lived
cookie; a cross-site page can neither read that cookie nor compute the HMAC.

Rate limit: failed logins are rows in login_failure; more than LIMIT_PER_NAME for a user name, or LIMIT_PER_IP for
a client address, within WINDOW answers 429 before the password is even checked.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Awaitable, Callable
from urllib.parse import quote

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from intake.db import StaffUser, audit, transaction, utcnow
from intake.web.models import LoginFailure, WebSession

log = logging.getLogger("intake.web.auth")

ROLES = ("reviewer", "admin")
MIN_PASSWORD_LENGTH = 12
SESSION_IDLE = timedelta(hours=8)
SESSION_ABSOLUTE = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=5)
"""last_seen_at is written at most this often, so reading a page is not a write every time."""
WINDOW = timedelta(minutes=15)
LIMIT_PER_NAME = 5
LIMIT_PER_IP = 20
"""Higher than per name: a whole office may sit behind one NAT address."""
LOGIN_NONCE_COOKIE = "intake_login"

_hasher = PasswordHasher(type=Type.ID)
# Verified when the user does not exist, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class UserError(ValueError):
    """A user-management request that cannot be carried out; the message is safe to show."""


# --- passwords and users ---------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(user: StaffUser | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def find_user(session: Session, name: str) -> StaffUser | None:
    return session.scalar(select(StaffUser).where(StaffUser.name == name.strip()))


def add_user(session: Session, name: str, role: str, password: str, *, actor: str) -> StaffUser:
    name = name.strip()
    if not name or len(name) > 64 or not name.isprintable() or " " in name:
        raise UserError("a user name is 1-64 printable characters without spaces")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if find_user(session, name) is not None:
        raise UserError(f"user {name!r} already exists")
    user = StaffUser(name=name, role=role, password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    audit(session, actor, "user_added", "staff_user", user.id, after={"name": name, "role": role})
    return user


def disable_user(session: Session, name: str, *, actor: str) -> StaffUser:
    user = _existing(session, name)
    user.active = False
    end_sessions(session, user)
    audit(session, actor, "user_disabled", "staff_user", user.id, before={"active": True},
          after={"name": user.name, "active": False})
    return user


def reset_password(session: Session, name: str, password: str, *, actor: str) -> StaffUser:
    user = _existing(session, name)
    user.password_hash = hash_password(password)
    user.active = True
    end_sessions(session, user)  # whoever held the old password is logged out with it
    audit(session, actor, "password_reset", "staff_user", user.id, after={"name": user.name})
    return user


def _existing(session: Session, name: str) -> StaffUser:
    user = find_user(session, name)
    if user is None:
        raise UserError(f"no user {name!r}")
    return user


# --- sessions ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Auth:
    """Who is asking, as the views see it: plain values, no ORM object tied to a closed session."""

    user_id: int
    name: str
    role: str
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class SessionStore:
    def __init__(self, secret: bytes, *, secure: bool):
        self._secret = secret
        self.secure = secure
        # The __Host- prefix makes the browser refuse the cookie unless Secure, Path=/ and without Domain.
        self.cookie_name = "__Host-intake_session" if secure else "intake_session"

    def _hash(self, token: str) -> str:
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def create(self, session: Session, user: StaffUser, client_ip: str, now: datetime) -> tuple[str, WebSession]:
        token = secrets.token_urlsafe(32)
        row = WebSession(token_hash=self._hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                         created_at=now, last_seen_at=now, expires_at=now + SESSION_IDLE,
                         client_ip=client_ip[:64])
        session.add(row)
        return token, row

    def load(self, session: Session, token: str | None, now: datetime) -> Auth | None:
        if not token or len(token) > 100:
            return None
        row = session.get(WebSession, self._hash(token))
        if row is None:
            return None
        user = session.get(StaffUser, row.user_id)
        if row.expires_at <= now or user is None or not user.active:
            session.delete(row)
            return None
        if now - row.last_seen_at > TOUCH_EVERY:
            row.last_seen_at = now
            row.expires_at = min(now + SESSION_IDLE, row.created_at + SESSION_ABSOLUTE)
        return Auth(user_id=user.id, name=user.name, role=user.role, csrf_token=row.csrf_token)

    def drop(self, session: Session, token: str | None) -> None:
        if token and len(token) <= 100:
            session.execute(delete(WebSession).where(WebSession.token_hash == self._hash(token)))

    def set_cookie(self, response: Response, token: str) -> None:
        response.set_cookie(self.cookie_name, token, max_age=int(SESSION_ABSOLUTE.total_seconds()), path="/",
                            secure=self.secure, httponly=True, samesite="strict")

    def clear_cookie(self, response: Response) -> None:
        response.delete_cookie(self.cookie_name, path="/", secure=self.secure, httponly=True, samesite="strict")

    # The login form's CSRF token: bound to a nonce cookie, since there is no session yet.
    def login_token(self, nonce: str) -> str:
        return hmac.new(self._secret, b"login:" + nonce.encode(), hashlib.sha256).hexdigest()

    def login_token_ok(self, nonce: str | None, token: str | None) -> bool:
        return bool(nonce and token) and hmac.compare_digest(self.login_token(nonce), str(token))

    def set_login_nonce(self, response: Response, nonce: str) -> None:
        response.set_cookie(LOGIN_NONCE_COOKIE, nonce, max_age=3600, path="/login", secure=self.secure,
                            httponly=True, samesite="strict")

    def clear_login_nonce(self, response: Response) -> None:
        response.delete_cookie(LOGIN_NONCE_COOKIE, path="/login", secure=self.secure, httponly=True,
                               samesite="strict")


def end_sessions(session: Session, user: StaffUser) -> None:
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))


def purge_expired(session: Session, now: datetime) -> None:
    """Old sessions and failures: called at login, so the tables stay small without a cron job."""
    session.execute(delete(WebSession).where(WebSession.expires_at <= now))
    session.execute(delete(LoginFailure).where(LoginFailure.at <= now - WINDOW))


# --- the login rate limit --------------------------------------------------------------------------------------


def rate_limited(session: Session, username: str, client_ip: str, now: datetime) -> bool:
    since = now - WINDOW
    by_name = session.scalar(select(func.count()).select_from(LoginFailure).where(
        LoginFailure.username == _name_key(username), LoginFailure.at > since))
    by_ip = session.scalar(select(func.count()).select_from(LoginFailure).where(
        LoginFailure.client_ip == client_ip[:64], LoginFailure.at > since))
    return (by_name or 0) >= LIMIT_PER_NAME or (by_ip or 0) >= LIMIT_PER_IP


def record_failure(session: Session, username: str, client_ip: str, now: datetime) -> None:
    session.add(LoginFailure(at=now, username=_name_key(username), client_ip=client_ip[:64]))


def clear_failures(session: Session, username: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.username == _name_key(username)))


def _name_key(username: str) -> str:
    # Case-folded so "Alice" and "alice" share one budget.
    return username.strip().casefold()[:64]


# --- request plumbing ------------------------------------------------------------------------------------------


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_auth(request: Request) -> Auth | None:
    """Load the session named by the cookie (blocking: call in a thread)."""
    store: SessionStore = request.app.state.session_store
    token = request.cookies.get(store.cookie_name)
    if not token:
        return None
    with transaction(request.app.state.sessions) as session:
        return store.load(session, token, utcnow())


View = Callable[[Request], Response]


def requires(role: str = "reviewer") -> Callable[[View], Callable[[Request], Awaitable[Response]]]:
    """Wrap a blocking view: log-in required, role checked, and the CSRF token checked on every POST.

    The view runs in a worker thread with `request.state.auth` set and, for a POST, `request.state.form` parsed."""

    def wrap(view: View) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(view)
        async def endpoint(request: Request) -> Response:
            auth = await run_in_threadpool(current_auth, request)
            if auth is None:
                if request.method == "GET":
                    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
                return PlainTextResponse("Log in first.", status_code=401)
            if role == "admin" and not auth.is_admin:
                return PlainTextResponse("This page is for administrators.", status_code=403)
            request.state.auth = auth
            if request.method == "POST":
                form = await request.form(max_files=0, max_fields=200)
                token = form.get("csrf_token")
                if not isinstance(token, str) or not hmac.compare_digest(token, auth.csrf_token):
                    return PlainTextResponse("The form has expired or did not come from this site. Reload the "
                                             "page and try again.", status_code=403)
                request.state.form = form
            return await run_in_threadpool(view, request)

        return endpoint

    return wrap


def safe_next(target: str | None) -> str:
    """Only a local path: a login link must not bounce the user to another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    return target
