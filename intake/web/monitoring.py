"""/metrics and /healthz over HTTP: served alone by `intake run`, or in front of the staff page when it runs.

Monitoring has no staff session: the staff app puts these routes first and exempts them from log-in.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from intake.ops.health import CONTENT_TYPE, Metrics, read_status
from intake.ops.logs import error_summary
from intake.send.breaker import RelayBreaker
from intake.settings import Settings


def ops_routes(sessions: sessionmaker[Session], settings: Settings, metrics: Metrics) -> list:
    """/metrics and /healthz."""
    def metrics_view(_request):
        return Response(metrics.render(), media_type=CONTENT_TYPE)

    def healthz(_request):
        try:
            status = read_status(sessions, settings)
        except Exception as exc:  # noqa: BLE001 - unhealthy, and why, rather than a 500 with a traceback
            return JSONResponse({"ok": False, "database": error_summary(exc), "mailboxes": {}}, status_code=503)
        relay = _relay(metrics.relay)
        verdict = "failing" if not status.healthy else "degraded" if relay["state"] == "open" else "ok"
        body = {"ok": verdict == "ok", "status": verdict, "database": "ok",
                "mailboxes": {b.name: b.last_error or ("stale" if b.stale else "ok") for b in status.mailboxes},
                "seconds_since_last_good_poll": {b.name: b.seconds_since_ok for b in status.mailboxes},
                "relay": relay, "oldest_pending_ack_seconds": status.oldest_pending_ack_seconds,
                "review_backlog": status.review_open, "outbox": status.outbox}
        return JSONResponse(body, status_code=200 if verdict == "ok" else 503)

    return [Route("/metrics", metrics_view), Route("/healthz", healthz)]


def _relay(breaker: RelayBreaker | None) -> dict:
    """The relay breaker as /healthz shows it. "open": acknowledgements wait (mail is still read and recorded)."""
    if breaker is None:
        return {"state": "unknown"}
    state = breaker.state()
    if not state.open:
        return {"state": "closed"}
    return {"state": "open", "since": state.since.isoformat() if state.since else None, "kind": state.kind,
            "reason": state.reason}


def ops_app(sessions: sessionmaker[Session], settings: Settings, metrics: Metrics) -> Starlette:
    return Starlette(routes=ops_routes(sessions, settings, metrics))
