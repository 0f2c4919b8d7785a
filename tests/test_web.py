"""The staff review page through Starlette's TestClient, on SQLite and PostgreSQL.

What matters most here is safety: login everywhere, roles, CSRF, security headers, the login rate limit, session
renewal, attachments that download instead of render, hostile text escaped; then that a staff decision acts once.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from intake.act import staff
from intake.db import AuditEvent, OutboxMessage, RequestAction, ReviewItem, StaffUser, Suppression, transaction
from intake.settings import DatabaseSettings, Settings, WebSettings
from intake.web import auth as authn
from intake.web import mailview
from intake.web.app import CSP, create_app
from intake.web.models import WebSession
from tests import web_seed
from tests.web_seed import BREAKOUT, IMG, PASSWORD, SCRIPT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    """argon2id with small costs: the production costs would make this file take minutes on two cores."""
    from argon2 import PasswordHasher, Type

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
    monkeypatch.setattr(authn, "_hasher", hasher)
    monkeypatch.setattr(authn, "_DUMMY_HASH", hasher.hash("dummy"))


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings(source="test", database=DatabaseSettings(url=db_url), web=WebSettings(secret_key="s" * 40))


@pytest.fixture
def seeded(sessions):
    with transaction(sessions) as session:
        web_seed.add_user(session, "rita", "reviewer")
        web_seed.add_user(session, "adam", "admin")
        return web_seed.seed_hostile(session)


@pytest.fixture
def app(settings, sessions, seeded):
    return create_app(settings, sessions)


def client(app) -> TestClient:
    return TestClient(app, follow_redirects=False)


def login(c: TestClient, name: str, password: str = PASSWORD, next_path: str = "/queue"):
    page = c.get("/login")
    token = CSRF_RE.search(page.text).group(1)
    return c.post("/login", data={"csrf_token": token, "username": name, "password": password,
                                  "next": next_path})


def logged_in(app, name: str) -> TestClient:
    c = client(app)
    assert login(c, name).status_code == 303
    return c


def csrf_of(c: TestClient, path: str = "/queue") -> str:
    return CSRF_RE.search(c.get(path).text).group(1)


GET_PAGES = ["/", "/queue", "/messages/1", "/messages/1/raw", "/messages/1/text", "/messages/1/attachments/0",
             "/lookup?q=x", "/manual", "/admin/users", "/admin/audit", "/admin/exports",
             "/admin/exports/marketing_email.csv"]
POST_PAGES = ["/logout", "/items/1/decide", "/items/1/answer", "/items/1/close", "/manual", "/admin/users",
              "/admin/users/1/disable", "/admin/users/1/reset"]
ADMIN_PAGES = ["/admin/users", "/admin/audit", "/admin/exports", "/admin/exports/marketing_email.csv"]


# --- access ------------------------------------------------------------------------------------------------------


def test_login_required_everywhere(app):
    c = client(app)
    for path in GET_PAGES:
        response = c.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next="), path
    for path in POST_PAGES:
        assert c.post(path, data={"csrf_token": "x"}).status_code == 401, path


def test_reviewer_gets_403_on_admin_pages(app):
    c = logged_in(app, "rita")
    for path in ADMIN_PAGES:
        assert c.get(path).status_code == 403, path
    token = csrf_of(c)
    response = c.post("/admin/users", data={"csrf_token": token, "name": "eve", "role": "admin",
                                            "password": "x" * 20})
    assert response.status_code == 403


def test_admin_sees_admin_pages_and_csv_downloads_as_attachment(app, sessions):
    c = logged_in(app, "adam")
    for path in ADMIN_PAGES:
        assert c.get(path).status_code == 200, path
    csv_response = c.get("/admin/exports/catalog_share.csv")
    assert csv_response.headers["content-disposition"].startswith("attachment;")
    assert csv_response.text.splitlines()[0].startswith("id,channel,email")
    with transaction(sessions) as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "exported")).actor == "adam"


def test_login_next_is_only_a_local_path(app):
    c = client(app)
    assert login(c, "rita", next_path="//evil.example/x").headers["location"] == "/queue"
    c = client(app)
    assert login(c, "rita", next_path="/messages/2").headers["location"] == "/messages/2"


# --- CSRF --------------------------------------------------------------------------------------------------------


def test_post_without_valid_csrf_token_is_403_and_changes_nothing(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["script_text"].item_id
    form = {"verdict": "labels", "labels": "marketing_opt_out"}
    assert c.post(f"/items/{item}/decide", data=form).status_code == 403
    assert c.post(f"/items/{item}/decide", data={**form, "csrf_token": "forged"}).status_code == 403
    other = logged_in(app, "adam")  # a valid token, but another session's
    assert c.post(f"/items/{item}/decide", data={**form, "csrf_token": csrf_of(other)}).status_code == 403
    assert c.post("/logout", data={}).status_code == 403
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item).status == "open"


def test_login_form_needs_its_csrf_token(app):
    c = client(app)
    c.get("/login")
    response = c.post("/login", data={"username": "rita", "password": PASSWORD})
    assert response.status_code == 403
    assert "intake_session" not in response.headers.get("set-cookie", "")


# --- headers -----------------------------------------------------------------------------------------------------


def _assert_security_headers(response) -> None:
    assert response.headers["content-security-policy"] in (CSP, "default-src 'none'; sandbox")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


def test_security_headers_on_every_response(app):
    c = client(app)
    for path in ["/login", "/queue", "/nope", "/static/app.css", "/static/app.js", "/static/missing.css"]:
        _assert_security_headers(c.get(path))
    _assert_security_headers(c.post("/items/1/decide"))
    c = logged_in(app, "rita")
    for path in GET_PAGES:
        _assert_security_headers(c.get(path))
    assert c.get("/queue").headers["content-security-policy"] == CSP
    assert c.get("/queue").headers["cache-control"] == "no-store"


def test_csp_is_strict():
    for part in ("default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
                 "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert part in CSP
    assert "unsafe" not in CSP


def test_error_pages_carry_the_headers_too(settings, sessions, seeded):
    app = create_app(settings, sessions)

    async def boom(request):
        raise RuntimeError("boom")

    app.add_route("/boom", boom)
    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    _assert_security_headers(response)


# --- sessions and the login limit --------------------------------------------------------------------------------


def test_session_cookie_flags(app):
    response = login(client(app), "rita")
    cookie = response.headers["set-cookie"]
    assert "intake_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie


def test_secure_cookies_behind_tls(settings, sessions, seeded):
    from dataclasses import replace

    app = create_app(replace(settings, web=WebSettings(secret_key="s" * 40, secure_cookies=True)), sessions)
    c = TestClient(app, base_url="https://testserver", follow_redirects=False)
    response = login(c, "rita")
    cookie = [v for k, v in response.headers.multi_items() if k == "set-cookie" and "session" in v][0]
    assert cookie.startswith("__Host-intake_session=")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert response.headers["strict-transport-security"].startswith("max-age=")
    assert c.get("/queue").status_code == 200


def test_session_id_changes_at_login(app):
    c = client(app)
    c.cookies.set("intake_session", "attacker-chosen-value", domain="testserver.local")  # session fixation attempt
    login(c, "rita")
    first = c.cookies.get("intake_session")
    assert first and first != "attacker-chosen-value"
    # Logging in again from a logged-in browser (GET /login would just redirect): the form's nonce and token.
    c.cookies.set(authn.LOGIN_NONCE_COOKIE, "nonce", domain="testserver.local", path="/login")
    token = app.state.session_store.login_token("nonce")
    c.post("/login", data={"csrf_token": token, "username": "rita", "password": PASSWORD})
    second = c.cookies.get("intake_session")
    assert second != first
    old = client(app)
    old.cookies.set("intake_session", first, domain="testserver.local")
    assert old.get("/queue").status_code == 303  # the old session is gone
    assert c.get("/queue").status_code == 200


def test_logout_ends_the_session(app):
    c = logged_in(app, "rita")
    token = c.cookies.get("intake_session")
    assert c.post("/logout", data={"csrf_token": csrf_of(c)}).status_code == 303
    again = client(app)
    again.cookies.set("intake_session", token, domain="testserver.local")
    assert again.get("/queue").status_code == 303


def test_session_store_keeps_only_a_hash(app, sessions):
    c = logged_in(app, "rita")
    token = c.cookies.get("intake_session")
    with transaction(sessions) as session:
        hashes = session.scalars(select(WebSession.token_hash)).all()
    assert hashes and token not in hashes


def test_login_rate_limited_per_user_name(app):
    c = client(app)
    for _ in range(authn.LIMIT_PER_NAME):
        assert login(c, "rita", "wrong password!").status_code == 401
    assert login(c, "rita").status_code == 429  # even the right password waits
    assert login(client(app), "adam").status_code == 303  # another name is not locked out


def test_login_rate_limited_per_client_ip(app, monkeypatch):
    monkeypatch.setattr(authn, "LIMIT_PER_IP", 3)
    c = client(app)
    for i in range(3):
        assert login(c, f"nobody{i}", "wrong password!").status_code == 401
    assert login(c, "adam").status_code == 429


def test_rate_limit_window_expires(app, sessions):
    c = client(app)
    for _ in range(authn.LIMIT_PER_NAME):
        login(c, "rita", "wrong password!")
    from intake.web.models import LoginFailure

    with transaction(sessions) as session:
        for row in session.scalars(select(LoginFailure)):
            row.at = row.at - authn.WINDOW - timedelta(seconds=1)
    assert login(c, "rita").status_code == 303


def test_disabled_user_is_logged_out(app, sessions):
    c = logged_in(app, "rita")
    admin = logged_in(app, "adam")
    with transaction(sessions) as session:
        rita = session.scalar(select(StaffUser).where(StaffUser.name == "rita"))
    response = admin.post(f"/admin/users/{rita.id}/disable", data={"csrf_token": csrf_of(admin)})
    assert response.status_code == 303
    assert c.get("/queue").status_code == 303
    assert login(client(app), "rita").status_code == 401


# --- hostile content ------------------------------------------------------------------------------------------------


def test_hostile_text_is_escaped_and_evidence_marked(app, seeded):
    c = logged_in(app, "rita")
    for key, item in seeded.items():
        html = c.get(f"/messages/{item.message_id}").text
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html, key
        assert 'href="javascript:' not in html, key
    page = c.get(f"/messages/{seeded['script_text'].message_id}").text
    assert '<mark title="unsubscribe_me">unsubscribe me</mark>' in page
    assert '<mark title="hostile_rule">&lt;script&gt;window.__pwned=1&lt;/script&gt;</mark>' in page
    assert "<details" in page and "earlier quoted text" in page  # the quote is folded away
    queue = c.get("/queue").text
    assert "<script>window" not in queue and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in queue


def test_html_mail_is_sanitised(app, seeded):
    c = logged_in(app, "rita")
    page = c.get(f"/messages/{seeded['html_only'].message_id}").text
    body = page.split('class="mail-html">')[1].split("</div>")[0]
    assert "<p>Please stop sharing my data with catalogs.</p>" in body
    for bad in ("<script", "<img", "<svg", "<iframe", "<form", "<style", "onerror", "onclick", "javascript:",
                "tracker.example"):
        assert bad not in body


def test_attachments_are_served_as_attachments(app, seeded):
    c = logged_in(app, "rita")
    message_id = seeded["breakout"].message_id
    page = c.get(f"/messages/{message_id}").text
    assert "&#34;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;.html" in page
    response = c.get(f"/messages/{message_id}/attachments/0")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["x-content-type-options"] == "nosniff"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment; filename=\"")
    assert "<" not in disposition and "\n" not in disposition and disposition.count('"') == 2
    assert response.content.startswith(b"<html><script>")
    assert c.get(f"/messages/{message_id}/attachments/7").status_code == 404
    raw = c.get(f"/messages/{message_id}/raw")
    assert raw.headers["content-type"] == "application/octet-stream"
    assert raw.headers["content-disposition"].startswith("attachment;")


# --- the queue ---------------------------------------------------------------------------------------------------


def test_queue_lists_open_items_oldest_deadline_first_with_filters(app, seeded):
    c = logged_in(app, "rita")
    page = c.get("/queue").text
    ids = [int(x) for x in re.findall(r'href="/messages/(\d+)"', page)]
    # message N was received N days ago; 2 is a catalog opt-out, on the longer 15-day clock.
    assert ids == [4, 3, 1, 2]
    assert 'id="counts"' in page and "<b>4</b> open" in page
    questions = c.get("/queue?kind=question").text
    assert re.findall(r'href="/messages/(\d+)"', questions) == [str(seeded["question"].message_id)]
    catalogs = c.get("/queue?label=catalog_share_opt_out").text
    assert re.findall(r'href="/messages/(\d+)"', catalogs) == [str(seeded["html_only"].message_id)]
    assert len(re.findall(r'href="/messages/(\d+)"', c.get("/queue?age=3").text)) == 2
    assert "with these filters" in c.get("/queue?mailbox=nowhere").text


def test_overdue_items_are_flagged(app, sessions):
    with transaction(sessions) as session:
        old = datetime.now(timezone.utc) - timedelta(days=40)
        web_seed.seed_message(session, web_seed.plain_mail("old", "stop mail", message_id="<old@x.com>"),
                              uid=99, received_at=old)
    page = logged_in(app, "rita").get("/queue").text
    assert 'class="badge overdue"' in page and "row-overdue" in page
    assert 'class="count bad"><b>1</b> overdue' in page


# --- staff actions -------------------------------------------------------------------------------------------------


def test_reviewer_decides_once(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["script_text"].item_id
    form = {"csrf_token": csrf_of(c), "verdict": "labels", "labels": "marketing_opt_out", "note": "clear opt-out"}
    response = c.post(f"/items/{item}/decide", data=form)
    assert response.status_code == 303 and response.headers["location"] == "/queue?flash=decided"
    again = c.post(f"/items/{item}/decide", data=form)  # the double submit
    assert again.headers["location"].endswith("flash=already_closed")
    with transaction(sessions) as session:
        closed = session.get(ReviewItem, item)
        assert (closed.status, closed.closed_by, closed.resolution) == ("closed", "rita", "marketing_opt_out")
        entries = session.scalars(select(Suppression)).all()
        assert {e.channel for e in entries} == {"marketing_email", "marketing_postal"}
        assert all(e.created_by == "rita" and e.email == "pat@example.com" for e in entries)
        acks = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "ack")).all()
        assert len(acks) == 1 and acks[0].recipient == "pat@example.com"
        assert acks[0].headers["In-Reply-To"] == "<m1@example.com>"
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "review_closed"))
        assert event.actor == "rita" and event.after["outbox_id"] == acks[0].id
        decision = closed.message.decisions[-1]
        assert decision.decided_by == "rita" and decision.overrides_bot and decision.note == "clear opt-out"
        assert decision.classifier_version == "staff"


def test_decide_spam_sends_no_ack(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["breakout"].item_id
    c.post(f"/items/{item}/decide", data={"csrf_token": csrf_of(c), "verdict": "spam"})
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item).resolution == "spam"
        assert session.get(ReviewItem, item).message.status == "automated"
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_decide_without_labels_is_refused(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["html_only"].item_id
    response = c.post(f"/items/{item}/decide", data={"csrf_token": csrf_of(c), "verdict": "labels"})
    assert response.status_code == 400
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item).status == "open"


def test_decide_by_staff_is_exactly_once(sessions, settings, seeded):
    now = datetime.now(timezone.utc)
    item = seeded["html_only"].item_id
    with transaction(sessions) as session:
        outcome = staff.decide_by_staff(session, item, labels=["catalog_share_opt_out"], verdict="labels",
                                        note=None, user="rita", settings=settings, now=now)
    assert outcome.outbox_id is not None and outcome.suppressions
    with pytest.raises(staff.AlreadyClosed), transaction(sessions) as session:
        staff.decide_by_staff(session, item, labels=["catalog_share_opt_out"], verdict="labels", note=None,
                              user="rita", settings=settings, now=now)
    with transaction(sessions) as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 1


def test_concurrent_decisions_act_once(sessions, settings, seeded):
    """Two reviewers (or a double click) deciding the same item at the same moment: one wins, one is told."""
    import threading

    item, now = seeded["script_text"].item_id, datetime.now(timezone.utc)
    barrier, results = threading.Barrier(2), []

    def decide(user: str) -> None:
        barrier.wait()
        try:
            with transaction(sessions) as session:
                staff.decide_by_staff(session, item, labels=["marketing_opt_out"], verdict="labels", note=None,
                                      user=user, settings=settings, now=now)
            results.append("decided")
        except staff.AlreadyClosed:
            results.append("already_closed")

    threads = [threading.Thread(target=decide, args=(name,)) for name in ("rita", "adam")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == ["already_closed", "decided"]
    with transaction(sessions) as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 1
        assert session.scalar(select(func.count()).select_from(Suppression)) == 2


def test_answer_question_goes_out_in_the_thread(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["question"].item_id
    response = c.post(f"/items/{item}/answer", data={"csrf_token": csrf_of(c), "body": "We never sell it."})
    assert response.headers["location"] == "/queue?flash=answered"
    with transaction(sessions) as session:
        reply = session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "reply"))
        assert reply.recipient == "asker@example.com" and reply.body == "We never sell it."
        assert reply.headers["In-Reply-To"] == "<q1@example.com>"
        assert "<q1@example.com>" in reply.headers["References"]
        assert reply.subject.startswith("Re: How do you use my data?")
        assert session.get(ReviewItem, item).closed_by == "rita"
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "question_answered"))
        assert event.actor == "rita"


def test_close_question_without_reply(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["question"].item_id
    c.post(f"/items/{item}/close", data={"csrf_token": csrf_of(c), "note": "called back"})
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item).resolution == "closed_without_reply"
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


# --- people --------------------------------------------------------------------------------------------------------


def test_manual_entry_and_lookup(app, sessions, settings):
    c = logged_in(app, "rita")
    form = {"csrf_token": csrf_of(c, "/manual"), "name": "Lee Park", "email": "Lee@Example.com",
            "street": "1 Main St", "postal_code": "53703-1234", "account": "A-1",
            "opt_outs": ["marketing_opt_out", "catalog_share_opt_out"],
            "received_on": (date.today() - timedelta(days=1)).isoformat(), "source": "letter"}
    response = c.post("/manual", data=form)
    assert response.status_code == 303 and "flash=manual" in response.headers["location"]
    with transaction(sessions) as session:
        actions = session.scalars(select(RequestAction)).all()
        assert {a.kind for a in actions} == {"marketing_opt_out", "catalog_share_opt_out"}
        assert all(a.message_id is None and a.created_by == "rita" and a.status == "done" for a in actions)
        entries = session.scalars(select(Suppression)).all()
        assert len(entries) == 3
        assert all(e.source == "letter" and e.postal_code == "53703" and e.email == "lee@example.com"
                   for e in entries)
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "manual_request", AuditEvent.actor == "rita")) == 2
    for query in ("lee@example.com", "Lee Park", "53703", "park"):
        page = c.get("/lookup", params={"q": query}).text
        assert "Lee Park" in page and page.count("opted out</span>") == 3, query
    assert "No active opt-out" in c.get("/lookup", params={"q": "nobody@example.com"}).text
    again = c.post("/manual", data=form)  # the same person again: already suppressed, no new rows
    assert again.status_code == 303
    with transaction(sessions) as session:
        assert session.scalar(select(func.count()).select_from(Suppression)) == 3


def test_manual_entry_validation(app):
    c = logged_in(app, "rita")
    base = {"csrf_token": csrf_of(c, "/manual"), "name": "X", "opt_outs": "marketing_opt_out",
            "received_on": date.today().isoformat(), "source": "phone"}
    assert c.post("/manual", data=base).status_code == 400  # neither e-mail nor name + ZIP
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    assert c.post("/manual", data={**base, "email": "x@example.com", "received_on": tomorrow}).status_code == 400
    assert c.post("/manual", data={**base, "email": "x@example.com", "source": "web"}).status_code == 400


def test_lookup_shows_the_source_message(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["script_text"]
    c.post(f"/items/{item.item_id}/decide", data={"csrf_token": csrf_of(c), "verdict": "labels",
                                                  "labels": "marketing_opt_out"})
    page = c.get("/lookup", params={"q": "pat@example.com"}).text
    assert f'href="/messages/{item.message_id}"' in page and "PR-" in page


# --- users ---------------------------------------------------------------------------------------------------------


def test_admin_manages_users(app, sessions):
    c = logged_in(app, "adam")
    token = csrf_of(c, "/admin/users")
    assert c.post("/admin/users", data={"csrf_token": token, "name": "nina", "role": "reviewer",
                                        "password": "short"}).status_code == 400
    assert c.post("/admin/users", data={"csrf_token": token, "name": "nina", "role": "reviewer",
                                        "password": "long enough password"}).status_code == 303
    assert login(client(app), "nina", "long enough password").status_code == 303
    with transaction(sessions) as session:
        nina = session.scalar(select(StaffUser).where(StaffUser.name == "nina"))
        assert nina.password_hash.startswith("$argon2id$")
    c.post(f"/admin/users/{nina.id}/reset", data={"csrf_token": token, "password": "another long password"})
    assert login(client(app), "nina", "another long password").status_code == 303


def test_users_cli(tmp_path, db_url, monkeypatch, engine):
    from intake.cli.web import users_group

    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n')
    monkeypatch.setenv("INTAKE_CONFIG", str(config))
    runner = CliRunner()
    result = runner.invoke(users_group, ["add", "carl", "--role", "admin", "--password-stdin"],
                           input="a long cli password\n")
    assert result.exit_code == 0, result.output
    assert "carl\tadmin\tactive" in runner.invoke(users_group, ["list"]).output
    assert runner.invoke(users_group, ["disable", "carl"]).exit_code == 0
    assert "carl\tadmin\tdisabled" in runner.invoke(users_group, ["list"]).output
    result = runner.invoke(users_group, ["reset", "carl", "--password-stdin"], input="brand new password\n")
    assert result.exit_code == 0 and "carl\tadmin\tactive" in runner.invoke(users_group, ["list"]).output
    duplicate = runner.invoke(users_group, ["add", "carl", "--password-stdin"], input="a long cli password\n")
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output


# --- the pure helpers ----------------------------------------------------------------------------------------------


def test_highlight_escapes_before_marking():
    hits = [mailview.Hit("r1", "x", "opt out", "new_text"), mailview.Hit("r2", "x", SCRIPT, "new_text"),
            mailview.Hit("r3", "x", '" onmouseover="x', "new_text")]
    text = f'<b>Please opt\nout</b> {SCRIPT} {IMG}'
    out = str(mailview.highlight(text, hits))
    assert out.startswith('&lt;b&gt;Please <mark title="r1">opt\nout</mark>&lt;/b&gt; ')
    assert '<mark title="r2">&lt;script&gt;window.__pwned=1&lt;/script&gt;</mark>' in out
    assert "<img" not in out and "<script" not in out
    hostile_rule = mailview.highlight("stop now", [mailview.Hit('"><script>', "x", "stop", "new_text")])
    assert str(hostile_rule) == '<mark title="&#34;&gt;&lt;script&gt;">stop</mark> now'


def test_evidence_hits_found_wherever_they_are():
    evidence = {"rule_hits": [{"rule": "a", "tag": "t", "text": "unsubscribe", "source": "new_text"}],
                "gate": {"hits": [{"rule": "g", "label": "auto", "text": "noreply", "source": "header"}]},
                "rule_misses": ["b"], "model_scores": {"x": 0.1}}
    assert [h.rule for h in mailview.evidence_hits(evidence)] == ["a", "g"]


def test_content_disposition_cannot_break_the_header():
    value = mailview.content_disposition(f'{BREAKOUT}\r\nX-Evil: 1;.html')
    assert value.startswith('attachment; filename="') and "\r" not in value and "\n" not in value
    assert value.count('"') == 2 and "<" not in value.split("filename*=")[1]
    assert mailview.content_disposition("").startswith('attachment; filename="attachment"')


def test_web_command_serves_the_app(tmp_path, db_url, monkeypatch):
    import uvicorn

    from intake.cli.web import web_command

    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n\n[web]\nsecret_key = "{"x" * 40}"\n')
    monkeypatch.setenv("INTAKE_CONFIG", str(config))
    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.update(app=app, **kwargs))
    result = CliRunner().invoke(web_command, ["--port", "9123"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 9123 and served["host"] == "127.0.0.1"
    assert TestClient(served["app"], follow_redirects=False).get("/queue").status_code == 303


def _settle_as_not_a_request(sessions, subject: str) -> int:
    """A message the bot settled as not a request (no item, no answer), as the pipeline leaves one."""
    with transaction(sessions) as session:
        seeded = web_seed.seed_message(session, web_seed.plain_mail(subject, "We can grow your business 10x."),
                                       uid=40, received_at=datetime.now(timezone.utc) - timedelta(days=1))
        message = session.get(ReviewItem, seeded.item_id).message
        session.delete(session.get(ReviewItem, seeded.item_id))
        message.status = "not_a_request"
        row = message.decisions[-1]
        row.automated, row.review, row.proposed, row.ack_to = True, False, [], None
        row.mail_kind, row.reasons = "not_a_request", [f"not a request: sales outreach {SCRIPT}"]
        return message.id


def test_settled_mail_is_listed_by_kind_and_put_back_in_the_queue(app, sessions, seeded):
    message_id = _settle_as_not_a_request(sessions, "Grow your leads " + SCRIPT)
    c = logged_in(app, "rita")
    page = c.get("/settled")
    assert page.status_code == 200 and f"/messages/{message_id}" in page.text
    assert SCRIPT not in page.text and "&lt;script&gt;" in page.text  # subject and reason are escaped
    assert f"/messages/{message_id}" not in c.get("/settled?kind=automated").text
    assert f"/messages/{message_id}" not in c.get("/settled?mailbox=elsewhere").text
    assert "Put it back in the queue" in c.get(f"/messages/{message_id}").text

    reopened = c.post(f"/messages/{message_id}/reopen", data={"csrf_token": csrf_of(c), "note": "a real person"})
    assert reopened.status_code == 303 and reopened.headers["location"] == f"/messages/{message_id}?flash=reopened"
    with transaction(sessions) as session:
        item = session.scalar(select(ReviewItem).where(ReviewItem.message_id == message_id))
        assert (item.status, item.kind, item.message.status) == ("open", "decision", "review")
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "review_reopened"))
        assert (event.actor, event.before["status"], event.after["note"]) == ("rita", "not_a_request", "a real person")
        item_id = item.id
    assert c.post(f"/messages/{message_id}/reopen", data={"csrf_token": csrf_of(c)}).status_code == 400  # once

    c.post(f"/items/{item_id}/decide", data={"csrf_token": csrf_of(c), "verdict": "labels",
                                             "labels": "marketing_opt_out"})
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item_id).message.status == "done"
        assert {e.channel for e in session.scalars(select(Suppression))} == {"marketing_email", "marketing_postal"}


def test_staff_can_call_mail_not_a_request(app, sessions, seeded):
    c = logged_in(app, "rita")
    item = seeded["script_text"].item_id
    c.post(f"/items/{item}/decide", data={"csrf_token": csrf_of(c), "verdict": "not_a_request"})
    with transaction(sessions) as session:
        message = session.get(ReviewItem, item).message
        assert message.status == "not_a_request" and message.decisions[-1].mail_kind == "not_a_request"
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert f"/messages/{seeded['script_text'].message_id}" in c.get("/settled").text


def test_only_settled_mail_can_be_reopened(app, seeded):
    c = logged_in(app, "rita")
    response = c.post(f"/messages/{seeded['question'].message_id}/reopen", data={"csrf_token": csrf_of(c)})
    assert response.status_code == 400 and "can be reopened" in response.text


def test_each_kind_has_its_catalogue_colour(app):
    css = client(app).get("/kinds.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ".tag-marketing { border-left: 3px solid #1f5fa8; }" in css.text
    assert ".tag-sharing { border-left: 3px solid #2a9d8f; }" in css.text


def test_a_decision_item_cannot_be_closed_without_a_reply(app, sessions, seeded):
    # regression test (review): closing a decision item would leave the sender unanswered and nothing decided
    c = logged_in(app, "rita")
    item = seeded["script_text"].item_id
    response = c.post(f"/items/{item}/close", data={"csrf_token": csrf_of(c), "note": "x"})
    assert response.status_code == 400 and "decide this item" in response.text
    with transaction(sessions) as session:
        assert session.get(ReviewItem, item).status == "open"


# --- ids out of range ----------------------------------------------------------------------------------------------


def _id_routes(app) -> list[tuple[str, str]]:
    """(method, path template) of every route that takes an id, read from the app so a new route is covered."""
    found = []
    for route in app.routes:
        if "{" in getattr(route, "path", "") and ":id}" in route.path:
            for method in sorted(route.methods - {"HEAD"}):
                found.append((method, route.path))
    return found


@pytest.mark.parametrize("number", ["99999999999999999999999", str(2**31), str(2**63), "0" * 12 + "1" * 12])
def test_an_id_out_of_range_is_404_on_every_route(app, number):
    c = logged_in(app, "adam")
    token = csrf_of(c)
    routes = _id_routes(app)
    assert len(routes) >= 9  # messages, raw, attachments, decide, answer, close, reopen, disable, reset
    for method, template in routes:
        path = re.sub(r"\{\w+:id\}", number, template)
        response = c.request(method, path, data={"csrf_token": token} if method == "POST" else None)
        assert response.status_code == 404, (method, path, response.status_code)
        assert response.headers["content-security-policy"] == CSP  # still our response, headers and all


def test_an_id_in_range_that_names_nothing_is_404_too(app):
    c = logged_in(app, "adam")
    token = csrf_of(c)
    for method, template in _id_routes(app):
        path = re.sub(r"\{\w+:id\}", str(2**31 - 1), template)
        response = c.request(method, path, data={"csrf_token": token} if method == "POST" else None)
        assert response.status_code == 404, (method, path, response.status_code)


# --- forwarded headers -----------------------------------------------------------------------------------------------


@pytest.fixture
def served(settings, sessions, seeded):
    """The app under real uvicorn on loopback, configured as `intake web` configures it (serve.http_options)."""
    import socket
    import threading
    import time

    import uvicorn

    from intake.web.serve import http_options

    running = []

    def start(trusted: tuple[str, ...] = ()) -> str:
        config_settings = Settings(source="test", database=settings.database,
                                   web=WebSettings(secret_key="s" * 40, trusted_proxies=trusted))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(create_app(config_settings, sessions), log_level="warning",
                                               lifespan="off", **http_options(config_settings)))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        running.append((server, thread, sock))
        deadline = time.monotonic() + 15
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
            time.sleep(0.02)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for server, thread, sock in running:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _http_login(base: str, name: str, password: str, forwarded_for: str) -> int:
    import httpx

    with httpx.Client(base_url=base, follow_redirects=False, headers={"X-Forwarded-For": forwarded_for}) as c:
        token = CSRF_RE.search(c.get("/login").text).group(1)
        return c.post("/login", data={"csrf_token": token, "username": name, "password": password,
                                      "next": "/queue"}).status_code


def _audited_login_ip(sessions, name: str) -> str:
    with transaction(sessions) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "login", AuditEvent.actor == name)
                                .order_by(AuditEvent.id.desc())).first()
        return event.after["client_ip"]


def test_forwarded_for_from_an_unnamed_peer_is_ignored(served, sessions, monkeypatch):
    monkeypatch.setattr(authn, "LIMIT_PER_IP", 3)
    base = served()  # no trusted proxies: the default
    assert _http_login(base, "adam", PASSWORD, "203.0.113.9") == 303
    assert _audited_login_ip(sessions, "adam") == "127.0.0.1"  # not the address the client claimed
    for i in range(3):  # a fresh claimed address each time: the limit still counts the one real peer
        assert _http_login(base, f"nobody{i}", "wrong password!", f"198.51.100.{i}") == 401
    assert _http_login(base, "rita", PASSWORD, "198.51.100.77") == 429


def test_forwarded_for_from_a_named_proxy_is_honoured(served, sessions, monkeypatch):
    monkeypatch.setattr(authn, "LIMIT_PER_IP", 3)
    base = served(("127.0.0.1",))
    assert _http_login(base, "adam", PASSWORD, "203.0.113.9") == 303
    assert _audited_login_ip(sessions, "adam") == "203.0.113.9"
    for i in range(3):
        assert _http_login(base, f"nobody{i}", "wrong password!", "198.51.100.1") == 401
    assert _http_login(base, "rita", PASSWORD, "198.51.100.1") == 429  # that client is limited
    assert _http_login(base, "rita", PASSWORD, "198.51.100.2") == 303  # another one behind the proxy is not


def test_trusted_proxies_must_be_addresses_or_networks(tmp_path):
    from intake.settings import ConfigError, load

    config = tmp_path / "intake.toml"
    config.write_text('[web]\ntrusted_proxies = ["10.0.0.0/8", "::1", "192.0.2.7"]\n')
    assert load(config).web.trusted_proxies == ("10.0.0.0/8", "::1", "192.0.2.7")
    for bad in ('"*"', '"proxy.example"', '"10.0.0.1/8"'):
        config.write_text(f"[web]\ntrusted_proxies = [{bad}]\n")
        with pytest.raises(ConfigError, match="trusted_proxies"):
            load(config)
    assert load(config, {"INTAKE_WEB_TRUSTED_PROXIES": "10.1.2.3, 10.1.2.4"}, required=False).web.trusted_proxies \
        == ("10.1.2.3", "10.1.2.4")


# --- bidirectional controls ------------------------------------------------------------------------------------------


def test_bidi_controls_are_shown_by_name_on_every_page(app, sessions):
    """The page-wide guard (the HTML environment's finalize): a name on the lookup page, the body on the message
    page, and Markup built by the highlighter all show U+202E as text instead of obeying it."""
    c = logged_in(app, "rita")
    form = {"csrf_token": csrf_of(c, "/manual"), "name": "Lee \u202ekraP", "email": "lee@example.com",
            "opt_outs": ["marketing_opt_out"], "source": "letter",
            # yesterday: the machine's date.today() (UTC) is tomorrow at the office (US Central) each evening,
            # and a request cannot be received in the future: the test failed between 18:00 and 24:00 Central
            "received_on": (date.today() - timedelta(days=1)).isoformat()}
    assert c.post("/manual", data=form).status_code == 303
    page = c.get("/lookup", params={"q": "lee@example.com"}).text
    assert "Lee [U+202E]kraP" in page and "\u202e" not in page
    with transaction(sessions) as session:
        seeded = web_seed.seed_message(session, web_seed.plain_mail(
            "stop", "please unsubscribe me \u202egnol\u202c and \u2067isolated\u2069 \u200f\n"), uid=31,
            hits=({"rule": "unsubscribe_me", "label": "marketing_opt_out", "text": "unsubscribe me"},))
    page = c.get(f"/messages/{seeded.message_id}").text
    assert '<mark title="unsubscribe_me">unsubscribe me</mark> [U+202E]gnol[U+202C] and [U+2067]isolated[U+2069]' \
        in page
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", page)


def test_neutralise_bidi_keeps_markup_markup():
    from markupsafe import Markup

    from intake.templating import neutralise_bidi

    assert neutralise_bidi("a\u202eb\u200e") == "a[U+202E]b[U+200E]"
    shown = neutralise_bidi(Markup("<b>x\u2066</b>"))
    assert isinstance(shown, Markup) and shown == Markup("<b>x[U+2066]</b>")
    assert neutralise_bidi(7) == 7 and neutralise_bidi("plain") == "plain"


# --- a huge message --------------------------------------------------------------------------------------------------


def test_a_5_mb_message_page_shows_its_head_and_is_bounded(app, sessions, settings):
    body = web_seed.big_body(5 * 1024 * 1024)
    with transaction(sessions) as session:
        seeded = web_seed.seed_message(session, web_seed.plain_mail("Please unsubscribe me", body), uid=50,
                                       hits=web_seed.big_hits(649))
    c = logged_in(app, "rita")
    page = c.get(f"/messages/{seeded.message_id}")
    assert page.status_code == 200
    html = page.text
    cap = settings.web.page_text_chars
    assert len(page.content) < 2 * cap  # against 5 MB of text; without the cap the page was 8 MB
    new_text = html.split('id="new-text">', 1)[1].split("</pre>", 1)[0]
    assert re.sub(r"<[^>]+>", "", new_text).startswith(web_seed.BIG_HEAD) and web_seed.BIG_TAIL not in html
    assert 'id="text-cut"' in html and f'href="/messages/{seeded.message_id}/text"' in html
    assert new_text.count("<mark") == mailview.MAX_MARKS
    assert re.search(r'id="unmarked">[\d,]+ more matches', html)
    left_out = html.split('id="hits-left-out">', 1)[1].split("</p>", 1)[0]
    assert "unsubscribe_me ×" in left_out and "numbered_line ×" in left_out
    assert html.count("<li><mark>") == mailview.MAX_LISTED_HITS
    assert "numbered_line" in html.split('id="hits-not-marked">', 1)[1].split("</p>", 1)[0]

    rest = c.get(f"/messages/{seeded.message_id}/text")
    assert rest.status_code == 200 and rest.headers["content-disposition"].startswith("attachment;")
    assert rest.content.decode("utf-8") == body.rstrip("\n")


def test_a_short_message_is_shown_whole_without_notes(app, seeded):
    c = logged_in(app, "rita")
    html = c.get(f"/messages/{seeded['script_text'].message_id}").text
    assert 'id="text-cut"' not in html and 'id="unmarked"' not in html and 'id="hits-left-out"' not in html


def test_highlight_marks_at_most_max_marks_and_counts_the_rest():
    hits = [mailview.Hit("r1", "x", "stop", "new_text"), mailview.Hit("r2", "x", "STOP now", "new_text")]
    text = "stop now. " * 50
    shown = mailview.highlighted(text, hits, max_marks=10)
    assert str(shown.html).count("<mark") == 10 and shown.unmarked == 40 + 40  # overlapping matches joined
    assert str(mailview.highlighted(text, hits, max_marks=1000).html).count("<mark") == 50


def test_evidence_list_says_what_it_left_out():
    hits = [mailview.Hit("same", "x", "unsubscribe me", "new_text")] * 100 + \
        [mailview.Hit(f"r{i}", "x", f"distinct text {i}", "new_text") for i in range(100)]
    listed = mailview.evidence_list(hits)
    assert len(listed.listed) == mailview.MAX_LISTED_HITS
    assert dict(listed.left_out) == {"same": 50, **{f"r{i}": 1 for i in range(100)}}
    # one distinct text for "same" and 59 of the others are searched; the rest are named as not marked
    assert listed.not_searched == tuple(f"r{i}" for i in range(mailview.MAX_HIGHLIGHT_TERMS - 1, 100))
