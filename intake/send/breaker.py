"""The relay circuit breaker: this process's view of whether the SMTP relay can take mail at all.

Trouble that every row would meet alike (the relay refuses or times out the connection, TLS fails, the login is
refused, MAIL FROM is refused, the server says 421) is not any one acknowledgement's fault. It opens the breaker
instead of costing rows attempts: while it is open the outbox claims nothing, and at most every `probe_seconds`
one probe (connect, TLS, login, NOOP, MAIL FROM, RSET) asks whether the relay is back. The first good probe closes
the breaker and the same round sends everything that is due: rows held back during the outage are due at once,
none waits out a backoff of its own.

The state is per process (each instance probes for itself); the pending rows and their age are in the database,
shared. Errors are counted here by kind, shared and per-row alike, for /metrics. Thread-safe: the outbox job
writes, a metrics scrape reads. Times are the caller's (the outbox's clock), so tests can run a 3-hour outage in
a moment.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

SHARED_KINDS = ("connect", "tls", "auth", "sender", "unavailable")
"""Error kinds that open the breaker. Every other kind (recipient, message, lost, unknown, build, pickup) is one
row's and counts against that row only."""


@dataclass(frozen=True)
class BreakerState:
    open: bool
    since: datetime | None
    """When it opened (None while closed)."""
    kind: str | None
    reason: str | None
    last_probe_at: datetime | None
    errors: dict[str, int]


class RelayBreaker:
    def __init__(self, probe_seconds: float = 10.0) -> None:
        self.probe_interval = timedelta(seconds=probe_seconds)
        self._lock = threading.Lock()
        self._since: datetime | None = None
        self._kind: str | None = None
        self._reason: str | None = None
        self._last_probe: datetime | None = None
        self._errors: Counter[str] = Counter()

    @property
    def is_open(self) -> bool:
        return self._since is not None

    def next_step(self, now: datetime) -> str:
        """"send" while closed; while open, "probe" when a probe is due, else "wait"."""
        with self._lock:
            if self._since is None:
                return "send"
            if self._last_probe is None or now - self._last_probe >= self.probe_interval:
                self._last_probe = now
                return "probe"
            return "wait"

    def trip(self, kind: str, reason: str, now: datetime) -> None:
        """Shared trouble seen (by a round or a probe): open, or stay open with the latest reason."""
        with self._lock:
            self._errors[kind] += 1
            if self._since is None:
                self._since, self._last_probe = now, now
            self._kind, self._reason = kind, reason

    def close(self) -> None:
        with self._lock:
            self._since = self._kind = self._reason = self._last_probe = None

    def count(self, kind: str) -> None:
        """One row's trouble: counted for /metrics, the breaker unchanged."""
        with self._lock:
            self._errors[kind] += 1

    def state(self) -> BreakerState:
        with self._lock:
            return BreakerState(self._since is not None, self._since, self._kind, self._reason, self._last_probe,
                                dict(self._errors))
