"""The review page in a real browser: Debian's Chromium driven by Playwright, against uvicorn on loopback.

A reviewer logs in, opens every hostile message, and no payload runs: each one would set `window.__pwned` or open a
dialog, and a Content-Security-Policy violation (something got into the DOM as markup) fails the test too. Then the
reviewer decides one item, and the suppression rows, the acknowledgement in the outbox and the audit event naming
the reviewer are in the database. Screenshots go to test-output/ at the repository root.

Never downloads a browser: skipped without /usr/bin/chromium, failed instead when INTAKE_TEST_REQUIRE_SERVERS=1.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.db import AuditEvent, OutboxMessage, ReviewItem, Suppression, transaction
from intake.settings import DatabaseSettings, Settings, WebSettings
from intake.web.app import create_app
from tests import web_seed
from tests.fixtures.database import require_servers

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
OUTPUT = Path(__file__).resolve().parent.parent / "test-output"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if require_servers():
            pytest.fail(f"{CHROMIUM} is missing but INTAKE_TEST_REQUIRE_SERVERS=1")
        pytest.skip(f"browser tests need {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture
def seeded(sessions):
    with transaction(sessions) as session:
        web_seed.add_user(session, "rita", "reviewer")
        return web_seed.seed_hostile(session)


@pytest.fixture
def server(db_url, sessions, seeded):
    """uvicorn serving the app in a thread, on a free loopback port."""
    import uvicorn

    settings = Settings(source="test", database=DatabaseSettings(url=db_url), web=WebSettings(secret_key="k" * 40))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, sessions), log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


class Watch:
    """Everything a page could do if a payload ran: dialogs, console messages, uncaught errors."""

    def __init__(self, page):
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def csp_violations(self) -> list[str]:
        return [m for m in self.console if "Content Security Policy" in m or "Refused to" in m]


def _assert_clean(page, watch: Watch, where: str) -> None:
    assert page.evaluate("window.__pwned") is None, where
    assert watch.dialogs == [], where
    assert watch.errors == [], where
    assert watch.csp_violations() == [], where


def test_hostile_messages_do_not_run_and_a_decision_lands(browser, server, sessions, seeded, db_url):
    OUTPUT.mkdir(exist_ok=True)
    db_kind = "pg" if db_url.startswith("postgresql") else "sqlite"
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    watch = Watch(page)

    page.goto(f"{server}/queue")
    assert "/login" in page.url
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", web_seed.PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{server}/queue")
    assert page.locator("#counts").is_visible()
    assert page.locator("table.queue tbody tr").count() == len(seeded)
    _assert_clean(page, watch, "queue")
    page.screenshot(path=str(OUTPUT / f"web-queue-{db_kind}.png"), full_page=True)

    for key, item in seeded.items():
        page.goto(f"{server}/messages/{item.message_id}")
        for summary in page.locator("details summary").all():
            summary.click()  # unfold quoted text and the sanitised HTML: they must be inert too
        page.wait_for_timeout(150)  # time for an onerror/onload handler to fire if one had slipped through
        _assert_clean(page, watch, key)
        if key == "script_text":
            assert page.locator("#new-text mark").count() >= 2
            page.screenshot(path=str(OUTPUT / f"web-message-{db_kind}.png"), full_page=True)

    breakout = seeded["breakout"]
    page.goto(f"{server}/messages/{breakout.message_id}")
    with page.expect_download() as download_info:
        page.click(".attachments a")
    download = download_info.value
    assert "<" not in download.suggested_filename and "/" not in download.suggested_filename
    _assert_clean(page, watch, "attachment download")

    decided = seeded["script_text"]
    page.goto(f"{server}/messages/{decided.message_id}")
    page.check("input[name=labels][value=marketing_opt_out]")
    page.fill("textarea[name=note]", "opt-out, decided in the browser")
    page.click("button[name=verdict][value=labels]")
    page.wait_for_url(f"{server}/queue?flash=decided")
    assert "Decision recorded" in page.locator(".flash").inner_text()
    _assert_clean(page, watch, "after deciding")
    page.goto(f"{server}/lookup?q=pat%40example.com")
    assert page.locator(".person").count() == 1
    page.screenshot(path=str(OUTPUT / f"web-lookup-{db_kind}.png"), full_page=True)
    context.close()

    with transaction(sessions) as session:
        item = session.get(ReviewItem, decided.item_id)
        assert (item.status, item.closed_by) == ("closed", "rita")
        entries = session.scalars(select(Suppression).where(Suppression.source_message_id == decided.message_id)).all()
        assert {e.channel for e in entries} == {"marketing_email", "marketing_postal"}
        assert all(e.created_by == "rita" for e in entries)
        acks = session.scalars(select(OutboxMessage).where(OutboxMessage.message_id == decided.message_id)).all()
        assert [(a.kind, a.recipient) for a in acks] == [("ack", "pat@example.com")]
        events = session.scalars(select(AuditEvent).where(AuditEvent.message_id == decided.message_id,
                                                          AuditEvent.actor == "rita")).all()
        assert {"decided", "suppressed", "review_closed"} <= {e.action for e in events}


RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"

# Each character of each matching element's text with where Chromium drew it; sorted into reading order (line by
# line, left to right) it spells the element's text as written only if nothing reversed it.
VISUAL_ORDER = """(selector) => [...document.querySelectorAll(selector)].map(el => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const drawn = [];
  let logical = "";
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (let i = 0; i < node.data.length; i++) {
      if (!node.data[i].trim()) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      logical += node.data[i];
      drawn.push([Math.round(box.top / 4), box.left, node.data[i]]);
    }
  }
  drawn.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {logical: logical, visual: drawn.map(d => d[2]).join("")};
})"""


def test_bidi_controls_cannot_reverse_the_page(browser, server, sessions):
    with transaction(sessions) as session:
        seeded = web_seed.seed_message(session, web_seed.plain_mail(
            f"Unsubscribe invoice{RLO}fdp.exe now",
            f"Please stop the catalog {RLO}mail to me{LRI} and my wife{PDI} today.\nSecond line stays put.\n",
            sender=f'"Dana {RLO}Whitfield" <dana@example.com>', message_id="<bidi@example.com>",
            attachment=(f"photo{RLO}gnp.exe", "application/octet-stream", b"MZ not really"),
        ), uid=30)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/login")
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", web_seed.PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{server}/queue")
    row = f"tr:has(a[href='/messages/{seeded.message_id}'])"
    cells = page.evaluate(VISUAL_ORDER, f"{row} td")
    assert any("invoice" in c["logical"] for c in cells)
    assert all(c["visual"] == c["logical"] for c in cells), cells
    page.goto(f"{server}/messages/{seeded.message_id}")
    for selector in ("h1.subject-line", "table.headers td", "#new-text", ".attachments li"):
        found = page.evaluate(VISUAL_ORDER, selector)
        assert found and all(f["visual"] == f["logical"] for f in found), (selector, found)
    # Headers and attachment names lose their controls in the parser; the body shows them by name.
    assert "photo gnp.exe" in page.locator(".attachments li").inner_text()
    assert "catalog [U+202E]mail to me[U+2066] and my wife[U+2069] today" in page.locator("#new-text").inner_text()
    assert RLO not in page.content()
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "web-bidi.png"), full_page=True)
    context.close()


def _log_in(browser, server, **options):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, **options)
    page = context.new_page()
    page.goto(f"{server}/login")
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", web_seed.PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{server}/queue")
    return context, page


def test_a_5_mb_message_shows_its_head_and_the_rest_downloads(browser, server, sessions):
    body = web_seed.big_body(5 * 1024 * 1024)
    with transaction(sessions) as session:
        seeded = web_seed.seed_message(session, web_seed.plain_mail("Please unsubscribe me", body), uid=60,
                                       hits=web_seed.big_hits(649))
    context, page = _log_in(browser, server, accept_downloads=True)
    watch = Watch(page)
    response = page.goto(f"{server}/messages/{seeded.message_id}")
    assert response.status == 200 and len(response.body()) < 400_000  # 5 MB of text; the cap is 200,000 chars
    assert page.locator("#new-text").inner_text().startswith(web_seed.BIG_HEAD)
    assert web_seed.BIG_TAIL not in page.content()
    assert page.locator("#new-text mark").count() == 300
    assert "not marked" in page.locator("#unmarked").inner_text()
    assert "numbered_line ×" in page.locator("#hits-left-out").inner_text()
    _assert_clean(page, watch, "huge message")
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "web-huge-message.png"))
    with page.expect_download() as download_info:
        page.click("#text-cut a")
    download = download_info.value
    assert download.suggested_filename.endswith("-text.txt")
    assert Path(download.path()).read_text(encoding="utf-8") == body.rstrip("\n")
    context.close()
