"""One poller per mailbox, across processes and machines.

Several `intake run` processes may watch the same mailboxes (so that one takes over when another dies; one
mailbox is read by one round at a time, so more instances add failover, not speed on a mailbox). Each round over
a mailbox holds a lock named for it: a PostgreSQL session advisory lock, which the server releases by itself when
the holder's connection dies (kill -9 included), or, on SQLite, an flock on a file beside the database, which the
kernel releases when the process dies. A round that cannot get the lock does nothing; the daemon tries it again
shortly (ops/daemon.py), and the holder looks for new mail once more before it lets go (pipeline.py).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine


_SESSION = text("SELECT current_schema(), set_config('tcp_keepalives_idle', '10', false),"
               " set_config('tcp_keepalives_interval', '5', false), set_config('tcp_keepalives_count', '3', false)")
"""The schema (for the key), and server-side TCP keepalives for the session that will hold the lock: when the
holder's host vanishes without closing its connection, the server ends the session, and the lock with it, after
about 25 s instead of the kernel's default two hours (ignored on a Unix socket, where no host can vanish)."""


def lock_key(name: str, schema: str = "public") -> int:
    """A stable signed 64-bit key for pg_advisory_lock, the same in every process. Advisory locks are
    database-wide, so the key names the schema too: two installations in one database do not block each other."""
    # The prefix is the module's old name: a key must not change under instances of different versions.
    digest = hashlib.sha256(f"intake.mailbox.{schema}.{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def mailbox_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Yields True while this process holds the mailbox's lock, False when another holder has it."""
    if engine.dialect.name == "postgresql":
        with _pg_lock(engine, name) as held:
            yield held
    else:
        with _file_lock(engine, name) as held:
            yield held


@contextmanager
def _pg_lock(engine: Engine, name: str) -> Iterator[bool]:
    with engine.connect() as conn:
        key = session_key(conn, name)
        held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield held
        finally:
            if held:
                _pg_unlock(conn, key)


def session_key(conn, name: str) -> int:
    """The mailbox's key in this connection's schema; the session is readied to hold the lock (_SESSION)."""
    return lock_key(name, conn.execute(_SESSION).scalar() or "public")


def _pg_unlock(conn, key: int) -> None:
    """Release the lock, or, when that fails, discard the connection: a session lock left on a pooled
    connection would lock this very process out of the mailbox (another pooled connection cannot take it)."""
    try:
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
        conn.commit()
    except Exception:
        conn.invalidate()  # closes the server session, which releases every lock it held
        raise


@contextmanager
def _file_lock(engine: Engine, name: str) -> Iterator[bool]:
    database = engine.url.database
    directory = Path(database).resolve().parent if database and database != ":memory:" else Path("/tmp")
    path = directory / f".intake-{name}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
