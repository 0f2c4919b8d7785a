"""Serving HTTP inside `intake run`: the staff page when [web] is enabled, else only /metrics and /healthz."""

from __future__ import annotations

import logging
import threading

import uvicorn
from sqlalchemy.orm import Session, sessionmaker

from intake.ops.health import Metrics, ops_app, ops_routes
from intake.settings import Settings

log = logging.getLogger("intake.web")


class ServerThread:
    def __init__(self, server: uvicorn.Server):
        self.server = server
        self.thread = threading.Thread(target=server.run, name="http", daemon=True)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def build_app(settings: Settings, sessions: sessionmaker[Session], metrics: Metrics):
    if not settings.web.enabled:
        return ops_app(sessions, settings, metrics)
    from intake.web.app import create_app

    app = create_app(settings, sessions)
    # Monitoring has no staff session: these routes go first and the staff app exempts them from login.
    app.router.routes[0:0] = ops_routes(sessions, settings, metrics)
    return app


def serve_in_thread(settings: Settings, sessions: sessionmaker[Session], metrics: Metrics) -> ServerThread:
    config = uvicorn.Config(build_app(settings, sessions, metrics), host=settings.web.host, port=settings.web.port,
                            log_level="warning", access_log=False)
    server = ServerThread(uvicorn.Server(config))
    server.server.install_signal_handlers = lambda: None  # the daemon owns SIGTERM/SIGINT
    server.thread.start()
    log.info("http listening", extra={"event": "http", "host": settings.web.host, "port": settings.web.port,
                                      "staff_page": settings.web.enabled})
    return server
