"""The staff page's message view for a 5 MB message, against reading and HTML-escaping the same bytes.

Not a test. From the repo root:

    .venv/bin/python bench/bench_page.py [--mb 5] [--repeat 5] [--db sqlite|URL]

Three 5 MB messages (plain text, HTML only, plain text in base64), each with 649 rule hits in its decision's
evidence (tests/web_seed.big_hits), are stored as the pipeline stores them. The staff page is served by uvicorn on
loopback, logged in as a reviewer, and each message page is fetched: the median of `--repeat` fetches one at a
time, then four viewers at once (the slowest of the four). The limit beside it, measured in the same run on the
same message: read its raw bytes from the database (MessageStore.read) and HTML-escape them whole, the least any
page that showed the whole message would do. The target (issue 15) is a page in at most 1 s.
"""

from __future__ import annotations

import argparse
import base64
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import scratch_database, table  # noqa: E402

import httpx  # noqa: E402
from markupsafe import escape  # noqa: E402

from intake.db import InboundMessage, make_engine, session_factory, transaction, upgrade  # noqa: E402
from intake.mail.store import MessageStore  # noqa: E402
from intake.settings import DatabaseSettings, Settings, WebSettings  # noqa: E402
from intake.web.app import create_app  # noqa: E402
from tests import web_seed  # noqa: E402

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def messages(size: int) -> dict[str, bytes]:
    body = web_seed.big_body(size)
    html = "<html><body>" + "".join(f"<p>{line}</p>\n" for line in body.splitlines()) + "</body></html>"
    b64 = EmailMessage()
    b64["From"], b64["To"], b64["Subject"] = "pat@example.com", "privacy@alliant-energy.com", "Please unsubscribe me"
    b64["Message-ID"] = "<b64@example.com>"
    b64.set_content(body, cte="base64")
    return {
        "plain text": web_seed.plain_mail("Please unsubscribe me", body, message_id="<plain@example.com>"),
        "HTML only": web_seed.html_mail("Please unsubscribe me", html, message_id="<html@example.com>"),
        "plain, base64": b64.as_bytes(),
    }


def serve(app) -> tuple[str, object, threading.Thread]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


def logged_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    token = CSRF.search(client.get("/login").text).group(1)
    client.post("/login", data={"csrf_token": token, "username": "rita", "password": web_seed.PASSWORD,
                                "next": "/queue"})
    return client


def fetch(client: httpx.Client, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get(path)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, response.status_code
    return elapsed, len(response.content)


def limit(settings: Settings, sessions, message_id: int) -> float:
    """Read the raw bytes and HTML-escape them: what showing the whole message would cost at the very least."""
    start = time.perf_counter()
    with transaction(sessions) as session:
        raw = MessageStore.of(settings).bytes_of(session, session.get(InboundMessage, message_id))
    str(escape(raw.decode("utf-8", "replace")))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", default="sqlite", help='"sqlite" or a PostgreSQL URL (a throw-away schema)')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/dev/shm") as work, scratch_database(args.db, Path(work), "page") as url:
        engine = make_engine(url)
        upgrade(engine)
        sessions = session_factory(engine)
        settings = Settings(source="bench", database=DatabaseSettings(url=url), web=WebSettings(secret_key="b" * 40))
        ids = {}
        with transaction(sessions) as session:
            web_seed.add_user(session, "rita", "reviewer")
            for uid, (kind, raw) in enumerate(messages(int(args.mb * 1024 * 1024)).items(), 1):
                ids[kind] = (web_seed.seed_message(session, raw, uid=uid, hits=web_seed.big_hits(649)).message_id,
                             len(raw))
        base, server, thread = serve(create_app(settings, sessions))
        clients = [logged_in(base) for _ in range(4)]
        rows = []
        for kind, (message_id, size) in ids.items():
            path = f"/messages/{message_id}"
            fetch(clients[0], path)  # warm: templates compiled, connections open
            page = statistics.median(fetch(clients[0], path)[0] for _ in range(args.repeat))
            html_bytes = fetch(clients[0], path)[1]
            with ThreadPoolExecutor(4) as pool:
                four = max(t for t, _ in pool.map(lambda c: fetch(c, path), clients))
            floor = statistics.median(limit(settings, sessions, message_id) for _ in range(args.repeat))
            rows.append((kind, f"{size / 1e6:.1f} MB", f"{html_bytes / 1e3:.0f} KB", f"{page:.2f}",
                         f"{floor:.2f}", f"{page / floor:.1f}", f"{four:.2f}",
                         "yes" if page <= 1.0 else "NO"))
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()
    print(f"Staff page for one message ({args.db.split('+')[0].split(':')[0]}), median of {args.repeat}; "
          "limit = read the raw bytes from the database and HTML-escape them whole, same run")
    print(table(("message", "size", "page HTML", "page s", "limit s", "page / limit", "4 viewers s (slowest)",
                 "≤ 1 s"), rows))


if __name__ == "__main__":
    main()
