"""Serving HTTP: inside `intake run` (the staff page when [web] is enabled, else only /metrics and /healthz), or
the staff page alone for `intake web`. The only module that imports uvicorn."""

from __future__ import annotations

import logging
import threading

import uvicorn
from intake.ops.health import Metrics
from intake.web.monitoring import ops_app, ops_routes
from intake.runtime import Runtime
from intake.settings import Settings

log = logging.getLogger("intake.web")


class ServerThread:
    def __init__(self, server: uvicorn.Server):
        self.server = server
        self.thread = threading.Thread(target=server.run, name="http", daemon=True)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def build_app(runtime: Runtime, metrics: Metrics):
    settings, sessions = runtime.settings, runtime.sessions
    if not settings.web.enabled:
        return ops_app(sessions, settings, metrics)
    from intake.web.app import create_app

    app = create_app(settings, sessions)
    # Monitoring has no staff session: these routes go first and the staff app exempts them from login.
    app.router.routes[0:0] = ops_routes(sessions, settings, metrics)
    return app


def serve_in_thread(runtime: Runtime, metrics: Metrics) -> ServerThread:
    settings = runtime.settings
    config = uvicorn.Config(build_app(runtime, metrics), host=settings.web.host, port=settings.web.port,
                            log_level="warning", access_log=False, **http_options(settings))
    server = ServerThread(uvicorn.Server(config))
    server.server.install_signal_handlers = lambda: None  # the daemon owns SIGTERM/SIGINT
    server.thread.start()
    log.info("http listening", extra={"event": "http", "host": settings.web.host, "port": settings.web.port,
                                      "staff_page": settings.web.enabled})
    return server


def serve_staff_page(runtime: Runtime, host: str | None = None, port: int | None = None) -> None:
    """`intake web`: the staff page in the foreground until interrupted."""
    from intake.web.app import create_app

    settings = runtime.settings
    uvicorn.run(create_app(settings, runtime.sessions), host=host or settings.web.host, port=port or settings.web.port,
                log_level=settings.log_level.lower(), **http_options(settings))


def http_options(settings: Settings) -> dict:
    """How uvicorn treats forwarded headers: X-Forwarded-For/-Proto only from the proxies named in
    `[web] trusted_proxies`. With none named, proxy headers are off entirely (uvicorn would otherwise trust
    loopback, or $FORWARDED_ALLOW_IPS), so a local client cannot pick the address the login limit and the audit
    see."""
    proxies = list(settings.web.trusted_proxies)
    return {"proxy_headers": bool(proxies), "forwarded_allow_ips": proxies or None, "server_header": False}
