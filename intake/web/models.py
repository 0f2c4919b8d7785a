"""Tables only the web app uses: server-side sessions and failed login attempts.

They live here (not in intake/db.py) so the web app stays a layer on top of the core model; migration 0002_web
creates them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from intake.db import Base, utcnow


class WebSession(Base):
    """One logged-in browser. The cookie holds a random token; only its keyed hash is stored, so a copy of the
    database does not hand out live sessions."""

    __tablename__ = "web_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    client_ip: Mapped[str | None] = mapped_column(String(64))


class LoginFailure(Base):
    """One failed login, counted per user name and per client IP for the rate limit."""

    __tablename__ = "login_failure"
    __table_args__ = (
        Index("ix_login_failure_name_at", "username", "at"),
        Index("ix_login_failure_ip_at", "client_ip", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    username: Mapped[str] = mapped_column(String(64))
    client_ip: Mapped[str] = mapped_column(String(64))
