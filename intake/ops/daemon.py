"""`intake run`: the APScheduler wiring, IMAP IDLE watchers, and a clean stop. Nothing here decides anything.

Jobs (APScheduler 3.x, in-memory: the database is the only shared state, so jobs need no persistent store):

    id                 trigger                          what
    poll:<mailbox>     every mailbox.poll_seconds        pipeline.poll_mailbox, then (in a thread) the outbox
    outbox             every 15 s                        outbox.send_due (while the relay breaker is open: a probe)
    weekly-report      report.cron (Mon 07:00 local)     report.run_weekly_job
    housekeeping       daily 03:30 local                 housekeeping.run (retention)

Every job has max_instances=1 and coalesce: a slow round is never run twice at once, and missed runs collapse
into one. A mailbox with `idle = true` also has a watcher thread that sits in IMAP IDLE (re-issued every 9
minutes, under RFC 2177's 29-minute limit and the 10 minutes many servers use) and starts a round as soon as mail
arrives. Several instances share a mailbox through its lock (intake/ops/locks.py): a round that finds another
instance holding it tries again every LOCK_RETRY_SECONDS for up to an interval, so the news is not dropped and a
holder that dies (its database session, and so its lock, ends with it) is replaced at once; the holder itself
looks for new mail once more before letting go (pipeline.poll_mailbox). SIGTERM and SIGINT set the stop flag: the message in hand is finished and committed (also by a round an
IDLE watcher started), then jobs end and the process exits 0.

A database that is down or a full disk does not crash the daemon: the job logs one clear line (event
"storage_unavailable", with the job and `retry_s`) and is retried with exponential backoff (5 s doubling to
5 min); the first good round after that logs "storage_recovered". Any other failure of a round is logged with its
traceback (event "round_failed") and backed off the same way, so nothing loops hot and nothing stalls silently.
At start-up, `run_forever(engine=...)` brings the schema to head the same way: it waits for the database instead
of exiting.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from datetime import datetime
from functools import partial

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from intake.send import outbox
from intake.send.breaker import RelayBreaker
from intake.ops.logs import error_summary
from intake.mail.connection import MailboxUnavailable
from intake.ops.health import Metrics
from intake.pipeline import poll_mailbox
from intake.runtime import Runtime
from intake.settings import MailboxSettings

log = logging.getLogger("intake.ops.daemon")

IDLE_REISSUE_SECONDS = 540
LOCK_RETRY_SECONDS = 0.25
"""How often a round that found its mailbox held by another instance tries the lock again (see poll_box)."""
BACKOFF_MIN, BACKOFF_MAX = 5.0, 300.0
SHUTDOWN_GRACE_SECONDS = 120.0
"""How long a stop waits for rounds started outside the scheduler (IDLE) to finish their current message."""
STORAGE_ERRORS = (DBAPIError, PoolTimeout, OSError)
"""A database that cannot be reached or written (OperationalError, InterfaceError, a missing schema's
ProgrammingError, SQLite's "database or disk is full"), a pool that has no connection to give, a file system
that refuses a write."""


class Daemon:
    def __init__(self, runtime: Runtime):
        settings, sessions = runtime.settings, runtime.sessions
        self.settings, self.sessions = settings, sessions
        self.stop = threading.Event()
        self.relay = RelayBreaker(settings.smtp.probe_seconds)
        """The relay breaker, kept across outbox rounds: while it is open, rounds only probe."""
        self.metrics = Metrics(sessions, settings, relay=self.relay)
        self.ctx = runtime.context(stop=self.stop, observe=self._observe)
        self.scheduler = BackgroundScheduler(
            timezone=settings.timezone, job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 60})
        self._box_locks = {m.name: threading.Lock() for m in settings.mailboxes}
        self._outbox_lock = threading.Lock()
        self._backoff: dict[str, tuple[float, float]] = {}
        self._backoff_guard = threading.Lock()
        self._threads: list[threading.Thread] = []

    # --- lifecycle ---------------------------------------------------------------------------------------------

    def run_forever(self, engine: Engine | None = None) -> int:
        """Run until SIGTERM/SIGINT. With `engine`, first bring the schema to head, waiting (with backoff and a
        log line per attempt) while the database is unavailable instead of exiting."""
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.request_stop())
        if engine is not None and not self.wait_for_database(engine):
            log.info("stopped", extra={"event": "stopped"})
            return 0
        self.start()
        while not self.stop.wait(1.0):
            pass
        self.shutdown()
        return 0

    def wait_for_database(self, engine: Engine) -> bool:
        """Run the migrations until they succeed; False when a stop was requested first."""
        from intake.db import upgrade

        while not self.stop.is_set():
            try:
                upgrade(engine)
            except STORAGE_ERRORS as exc:
                self._storage_trouble("upgrade", exc)
                self.stop.wait(self._backoff["upgrade"][1])
                continue
            self._recovered("upgrade")
            return True
        return False

    def start(self) -> None:
        now = datetime.now(self.scheduler.timezone)
        for box in self.settings.mailboxes:
            self.scheduler.add_job(self.poll_box, IntervalTrigger(seconds=box.poll_seconds), args=[box],
                                   id=f"poll:{box.name}", next_run_time=now)
        self.scheduler.add_job(self.send_outbox, IntervalTrigger(seconds=15), id="outbox", next_run_time=now)
        self.scheduler.add_job(self.weekly_report, CronTrigger.from_crontab(self.settings.report.cron,
                                                                            timezone=self.settings.timezone),
                               id="weekly-report")
        self.scheduler.add_job(self.housekeeping, CronTrigger(hour=3, minute=30, timezone=self.settings.timezone),
                               id="housekeeping")
        self.scheduler.start()
        for box in self.settings.mailboxes:
            if box.idle:
                self._spawn(self._idle_loop, box, name=f"idle:{box.name}")
        log.info("started", extra={"event": "started", "mailboxes": [m.name for m in self.settings.mailboxes],
                                   "mode": self.settings.mode})

    def request_stop(self) -> None:
        log.info("stop requested", extra={"event": "stopping"})
        self.stop.set()

    def shutdown(self) -> None:
        self.stop.set()
        self.scheduler.shutdown(wait=True)  # waits for the round in hand: it stops after its current message
        # A round an IDLE watcher started runs outside the scheduler, in a daemon thread that would simply be
        # frozen at exit: wait for it to finish its current message too.
        deadline = time.monotonic() + SHUTDOWN_GRACE_SECONDS
        for name, lock in [*self._box_locks.items(), ("outbox", self._outbox_lock)]:
            if lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
                lock.release()
            else:
                log.error("a round did not finish in time", extra={"event": "stop_timeout", "job": name})
        log.info("stopped", extra={"event": "stopped"})

    def _spawn(self, target, *args, name: str) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    # --- jobs --------------------------------------------------------------------------------------------------

    def poll_box(self, box: MailboxSettings, wait: bool = False) -> None:
        """One round over one mailbox; the IDLE watcher and the interval job share it through a lock. With
        `wait` (IDLE news), a round already running here is waited for and then a new one runs (the news may
        be of mail that arrived after that round's last search)."""
        if self.stop.is_set() or self._backing_off(box.name):
            return
        lock = self._box_locks[box.name]
        if not self._acquire(lock, wait):
            return
        try:
            result = None if self.stop.is_set() else self._round(box, self._patience(box, wait))
        finally:
            lock.release()
        if result is not None and result.recorded and not self.stop.is_set():
            # In a thread of its own: the watcher that ran this round goes back to IDLE at once, instead of
            # sending up to 100 acknowledgements first while news of more mail waits.
            threading.Thread(target=self.send_outbox, name=f"outbox:{box.name}", daemon=True).start()

    def _round(self, box: MailboxSettings, patience: float):
        """poll_mailbox, tried again every LOCK_RETRY_SECONDS for up to `patience` seconds while another
        instance holds the mailbox. The holder looks for new mail before it lets go, so a wait is for the
        holder that dies: the server ends its session and its lock with it, and this round takes over at once
        instead of at the next interval."""
        deadline = time.monotonic() + patience
        while True:
            result = self._guarded(box.name, poll_mailbox, box, self.ctx)
            if (result is None or not result.locked_elsewhere or self.stop.is_set()
                    or time.monotonic() + LOCK_RETRY_SECONDS > deadline):
                return result
            self.stop.wait(LOCK_RETRY_SECONDS)

    @staticmethod
    def _patience(box: MailboxSettings, news: bool) -> float:
        """How long a round waits for another instance's lock: one interval for IDLE news (mail the holder
        outlives that long with is the scheduled rounds' to find), a second less for a scheduled round (its wait
        alone never runs into its next run, which APScheduler would skip with a warning)."""
        return float(box.poll_seconds) if news else max(0.0, box.poll_seconds - 1.0)

    def _acquire(self, lock: threading.Lock, wait: bool) -> bool:
        if not wait:
            return lock.acquire(blocking=False)
        while not self.stop.is_set():
            if lock.acquire(timeout=0.5):
                return True
        return False

    def send_outbox(self) -> None:
        if self.settings.shadow or self._backing_off("outbox") or not self._outbox_lock.acquire(blocking=False):
            return
        try:
            if self.stop.is_set():
                return  # a stop has begun: it waits only for a round that held this lock when it looked
            self._guarded("outbox", partial(outbox.send_due, breaker=self.relay), self.sessions, self.settings)
        finally:
            self._outbox_lock.release()

    def weekly_report(self) -> None:
        from intake.report.weekly import run_weekly_job

        self._guarded("weekly-report", run_weekly_job, self.sessions, self.settings)

    def housekeeping(self) -> None:
        from intake.ops.housekeeping import run as run_housekeeping

        self._guarded("housekeeping", run_housekeeping, self.sessions, self.settings)

    def _guarded(self, name: str, job, *args):
        """Run one job: storage trouble backs it off with a clear log line, any other failure is logged with its
        traceback and backed off too. A job never dies silently and never loops hot."""
        try:
            value = job(*args)
            self._recovered(name)
            return value
        except STORAGE_ERRORS as exc:
            self._storage_trouble(name, exc)
        except Exception as exc:  # noqa: BLE001
            self._round_failed(name, exc)
        return None

    # --- IDLE --------------------------------------------------------------------------------------------------

    def _idle_loop(self, box: MailboxSettings) -> None:
        delay = BACKOFF_MIN
        while not self.stop.is_set():
            try:
                with self.ctx.open_mailbox(box) as conn:
                    if not conn.supports_idle():
                        log.info("no IDLE; polling only", extra={"event": "idle_unsupported", "mailbox": box.name})
                        return
                    delay = BACKOFF_MIN
                    # Mail that arrived while no watcher was connected was announced to nobody: look now.
                    self.poll_box(box, wait=True)
                    self._watch(conn, box)
            except MailboxUnavailable as exc:
                log.warning("idle connection lost", extra={"event": "idle_lost", "mailbox": box.name,
                                                            "error": str(exc), "retry_s": delay})
                self.stop.wait(delay)
                delay = min(delay * 2, BACKOFF_MAX)
            except Exception:  # noqa: BLE001 - the watcher must not die silently; polling goes on meanwhile
                log.exception("idle watcher failed", extra={"event": "idle_failed", "mailbox": box.name,
                                                             "retry_s": delay})
                self.stop.wait(delay)
                delay = min(delay * 2, BACKOFF_MAX)

    def _watch(self, conn, box: MailboxSettings) -> None:
        while not self.stop.is_set():
            if conn.idle_wait(timeout=IDLE_REISSUE_SECONDS):
                self.poll_box(box, wait=True)

    # --- trouble -----------------------------------------------------------------------------------------------

    def _backing_off(self, name: str) -> bool:
        entry = self._backoff.get(name)
        return entry is not None and time.monotonic() < entry[0]

    def _next_delay(self, name: str) -> float:
        with self._backoff_guard:
            _until, delay = self._backoff.get(name, (0.0, BACKOFF_MIN / 2))
            delay = min(delay * 2, BACKOFF_MAX)
            self._backoff[name] = (time.monotonic() + delay, delay)
            return delay

    def _recovered(self, name: str) -> None:
        with self._backoff_guard:
            entry = self._backoff.pop(name, None)
        if entry is not None:
            log.info("working again", extra={"event": "storage_recovered", "job": name})

    def _storage_trouble(self, name: str, exc: BaseException) -> None:
        delay = self._next_delay(name)
        self.metrics.errors.labels("storage").inc()
        log.error("database or disk unavailable; will retry",
                  extra={"event": "storage_unavailable", "job": name, "retry_s": delay, "error": error_summary(exc)})

    def _round_failed(self, name: str, exc: BaseException) -> None:
        delay = self._next_delay(name)
        self.metrics.errors.labels("round").inc()
        log.error("round failed; will retry", exc_info=exc,
                  extra={"event": "round_failed", "job": name, "retry_s": delay, "error": error_summary(exc)})

    def _observe(self, kind: str, mailbox: str, value: str) -> None:
        if kind == "message":
            self.metrics.messages.labels(mailbox, value).inc()
        elif kind == "error":
            self.metrics.errors.labels(value).inc()
