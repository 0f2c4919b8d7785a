"""XOAUTH2 against a real server: a Dovecot whose oauth2 passdb asks a local identity provider about every
token (tests/fixtures/oauth.py). intake gets its token from `oauth2_token_command` (run at every connection)
or `oauth2_token_env`/`_file`; the command here is mostly deploy/oauth2-token, the helper operators point it at
for Gmail or Microsoft 365, asking the provider's token endpoint (refresh token or client credentials)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.db import InboundMessage, MailboxState, make_engine, session_factory
from intake.mail.boxes import open_mailbox
from intake.mail.connection import MailboxUnavailable
from tests.fixtures.oauth import APP_SCOPE, CLIENT_ID, CLIENT_SECRET

pytestmark = pytest.mark.servers

CC, PH = "customercare", "powerhousecatalog"


def _mail(frm: str, to: str, subject: str, body: str, msgid: str) -> bytes:
    text = (f"From: {frm}\nTo: {to}@alliant-energy.com\nSubject: {subject}\n"
            f"Date: Tue, 24 Nov 2026 10:00:00 -0600\nMessage-ID: <{msgid}>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n")
    return text.replace("\n", "\r\n").encode()


OPT_OUT = _mail("Dana Whitfield <dana.whitfield@example.com>", CC, "Please stop the promotions",
                "Hello,\n\nPlease stop sending me promotional e-mails and flyers. "
                "Take me off your marketing list.\n\nDana Whitfield\n", "xoauth-optout-1@example.com")
SHARE = _mail("Ruth Okafor <ruth.okafor@example.com>", PH, "My name",
              "I like the catalog and want to keep getting it, but do not share or sell my name and address "
              "to other companies.\n\nRuth Okafor\n", "xoauth-share-1@example.com")

HELPER = Path(__file__).resolve().parent.parent / "deploy" / "oauth2-token"
"""The token command deploy/ ships (stdlib only): what an operator points oauth2_token_command at."""


def _refresh_command(tmp_path: Path, provider, user: str, *options: str) -> str:
    secret = tmp_path / f"{user}.refresh"
    secret.write_text(provider.refresh_token_for(user))
    return " ".join([sys.executable, str(HELPER), "--token-url", provider.token_url, "--client-id", CLIENT_ID,
                     "--refresh-token-file", str(secret), *options])


def _app_command(provider, *options: str) -> str:
    return " ".join([sys.executable, str(HELPER), "--token-url", provider.token_url, "--client-id", CLIENT_ID,
                     "--client-secret-env", "TEST_OAUTH2_SECRET", "--scope", APP_SCOPE,
                     "--client-credentials", *options])


def _print_command(token: str) -> str:
    return f"printf '  {token} \\n'"  # surrounding blanks and the newline are not part of the token


# --- the connection -----------------------------------------------------------------------------------------


def test_a_valid_token_logs_in_and_reads_the_mail(oauth_imap, identity_provider):
    oauth_imap.append(CC, OPT_OUT)
    token = identity_provider.issue(CC)
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=_print_command(token))
    with open_mailbox(settings) as conn:
        assert [m.data for batch in conn.fetch_new(0, 10) for m in batch] == [OPT_OUT]
    assert identity_provider.introspected == [token]  # Dovecot asked about exactly the token intake sent
    assert "method=XOAUTH2" in oauth_imap.log


def test_a_token_given_directly_logs_in(oauth_imap, identity_provider):
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token=identity_provider.issue(CC))
    with open_mailbox(settings) as conn:
        assert conn.uids_after(0) == []


@pytest.mark.parametrize("spoil", ["expire", "revoke", "unknown", "other user"])
def test_a_refused_token_is_a_clear_login_failure(oauth_imap, identity_provider, spoil):
    token = identity_provider.issue(PH if spoil == "other user" else CC)
    if spoil == "expire":
        identity_provider.expire(token)
    elif spoil == "revoke":
        identity_provider.revoke(token)
    elif spoil == "unknown":
        token = "at-never-issued"
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=_print_command(token))
    with pytest.raises(MailboxUnavailable) as caught:
        open_mailbox(settings)
    message = str(caught.value)
    assert message.startswith(f"{CC}: login failed: XOAUTH2 token refused for {CC}: [AUTHENTICATIONFAILED]")
    assert "expired or revoked" in message and "oauth2_token_command" in message
    assert token not in message
    assert identity_provider.introspected == [token]


def test_each_connection_runs_the_command_again_so_a_refreshed_token_is_used(tmp_path, oauth_imap,
                                                                            identity_provider):
    settings = oauth_imap.mailbox_settings(
        CC, password=None, oauth2_token_command=_refresh_command(tmp_path, identity_provider, CC)
    )
    open_mailbox(settings).close()
    first = identity_provider.granted[-1]
    identity_provider.expire(first)  # an hour later, as Gmail's and Microsoft's access tokens do
    with open_mailbox(settings) as conn:  # the same settings object: no restart, no reload
        assert conn.uids_after(0) == []
    assert len(identity_provider.granted) == 2
    assert identity_provider.introspected == identity_provider.granted  # each login sent that moment's token


def test_a_refused_refresh_names_the_command_and_the_providers_error(tmp_path, oauth_imap, identity_provider):
    command = _refresh_command(tmp_path, identity_provider, CC)
    (tmp_path / f"{CC}.refresh").write_text("rt-revoked-by-the-admin")
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=command)
    with pytest.raises(MailboxUnavailable) as caught:
        open_mailbox(settings)
    expected = (f"{CC}: oauth2_token_command exited with 1: oauth2-token: token endpoint said 400: "
                "invalid_grant: refresh token unknown or used")
    assert str(caught.value) == expected
    assert identity_provider.introspected == []  # nothing reached the IMAP server


def test_a_rotated_refresh_token_is_written_back_for_the_next_connection(tmp_path, oauth_imap,
                                                                         identity_provider):
    settings = oauth_imap.mailbox_settings(
        CC, password=None, oauth2_token_command=_refresh_command(tmp_path, identity_provider, CC)
    )
    stored = tmp_path / f"{CC}.refresh"
    first = stored.read_text()
    open_mailbox(settings).close()
    second = stored.read_text().strip()
    assert second != first and (stored.stat().st_mode & 0o777) == 0o600
    open_mailbox(settings).close()  # the provider took back `first`: this works only with `second`
    assert stored.read_text().strip() not in (first, second)
    assert len(identity_provider.granted) == 2


def test_a_cached_token_is_reused_until_shortly_before_it_expires(tmp_path, oauth_imap, identity_provider):
    cache = tmp_path / "token.json"
    command = _refresh_command(tmp_path, identity_provider, CC, "--cache", str(cache))
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=command)
    for _ in range(3):
        open_mailbox(settings).close()
    assert len(identity_provider.granted) == 1 and len(identity_provider.introspected) == 3
    assert (cache.stat().st_mode & 0o777) == 0o600
    entry = json.loads(cache.read_text())
    entry["expires_at"] = time.time() + 200  # inside the last 5 minutes: asked again
    cache.write_text(json.dumps(entry))
    open_mailbox(settings).close()
    assert len(identity_provider.granted) == 2


def test_an_app_only_token_from_client_credentials_logs_in(oauth_imap, identity_provider, monkeypatch):
    # Microsoft 365 app-only access: the app's token, for the mailbox an Exchange permission gives it.
    oauth_imap.append(CC, OPT_OUT)
    monkeypatch.setenv("TEST_OAUTH2_SECRET", CLIENT_SECRET)
    command = _app_command(identity_provider)
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=command)
    with open_mailbox(settings) as conn:
        assert [m.data for batch in conn.fetch_new(0, 10) for m in batch] == [OPT_OUT]
    assert identity_provider.introspected == identity_provider.granted


@pytest.mark.parametrize("secret, expected", [
    (None, "oauth2-token: environment variable TEST_OAUTH2_SECRET is not set"),
    ("wrong", "oauth2-token: token endpoint said 401: invalid_client: bad client secret"),
])
def test_an_app_only_token_that_cannot_be_had_says_why(oauth_imap, identity_provider, monkeypatch, secret,
                                                        expected):
    if secret is None:
        monkeypatch.delenv("TEST_OAUTH2_SECRET", raising=False)
    else:
        monkeypatch.setenv("TEST_OAUTH2_SECRET", secret)
    command = _app_command(identity_provider)
    settings = oauth_imap.mailbox_settings(CC, password=None, oauth2_token_command=command)
    with pytest.raises(MailboxUnavailable) as caught:
        open_mailbox(settings)
    assert str(caught.value) == f"{CC}: oauth2_token_command exited with 1: {expected}"
    assert CLIENT_SECRET not in str(caught.value) and identity_provider.introspected == []


def test_a_server_without_xoauth2_says_so(imap):
    # The session's ordinary Dovecot has only a passwd-file: it offers PLAIN and LOGIN, not XOAUTH2.
    settings = imap.mailbox_settings(CC, password=None, oauth2_token_command="echo secret-token")
    with pytest.raises(MailboxUnavailable) as caught:
        open_mailbox(settings)
    assert str(caught.value).startswith(f"{CC}: login failed: the server does not offer XOAUTH2 (")
    assert "secret-token" not in str(caught.value)


# --- intake poll --once -------------------------------------------------------------------------------------


def _config(tmp_path: Path, server, db_url: str, tokens: dict[str, str], extra: str = "") -> Path:
    """The mailboxes on the XOAUTH2 Dovecot, no password anywhere; acknowledgements as files."""
    boxes = "".join(
        f'\n[[mailbox]]\nname = "{user}"\naddress = "{user}@alliant-energy.com"\nhost = "{server.host}"\n'
        f'port = {server.port}\nsecurity = "none"\nusername = "{user}"\noauth2_token_command = "{command}"\n'
        + extra for user, command in tokens.items()
    )
    (tmp_path / "out").mkdir(exist_ok=True)
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{db_url}"\n\n[smtp]\npickup_dir = "{tmp_path / "out"}"\n'
                    f'from_address = "privacy@alliant-energy.com"\n' + boxes)
    return path


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}


def _poll_once(config: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
                          capture_output=True, text=True, env=_env(), timeout=300)


def test_poll_once_over_xoauth2_records_and_moves_the_mail(tmp_path, oauth_imap, identity_provider, db_url):
    oauth_imap.append(CC, OPT_OUT)
    oauth_imap.append(PH, SHARE)
    commands = {}
    for user in (CC, PH):
        (tmp_path / user).mkdir()
        commands[user] = _refresh_command(tmp_path / user, identity_provider, user)
    result = _poll_once(_config(tmp_path, oauth_imap, db_url, commands))
    assert result.returncode == 0, result.stderr

    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        statuses = {m.message_id: m.status for m in s.scalars(select(InboundMessage))}
        assert statuses == {"<xoauth-optout-1@example.com>": "done", "<xoauth-share-1@example.com>": "done"}
        assert all(s.get(MailboxState, user).last_error is None for user in (CC, PH))
    engine.dispose()
    assert oauth_imap.fetch_all(CC, "Processed") == [OPT_OUT]
    assert oauth_imap.fetch_all(PH, "Processed") == [SHARE]
    assert len(list((tmp_path / "out").glob("*.eml"))) == 2
    # One fresh token per mailbox connection, each checked by Dovecot at the provider.
    assert sorted(identity_provider.introspected) == sorted(identity_provider.granted)
    assert len(identity_provider.granted) == 2


def test_poll_once_with_an_expired_token_fails_that_mailbox_in_one_line(
    tmp_path, oauth_imap, identity_provider, db_url
):
    oauth_imap.append(CC, OPT_OUT)
    oauth_imap.append(PH, SHARE)
    expired = identity_provider.issue(CC)
    identity_provider.expire(expired)
    (tmp_path / PH).mkdir()
    commands = {CC: f"echo {expired}", PH: _refresh_command(tmp_path / PH, identity_provider, PH)}
    result = _poll_once(_config(tmp_path, oauth_imap, db_url, commands))

    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if "XOAUTH2 token refused" in line]
    assert len(refused) == 1 and CC in refused[0] and "expired or revoked" in refused[0], result.stderr
    assert "Traceback" not in result.stderr
    assert expired not in result.stdout + result.stderr
    assert oauth_imap.fetch_all(CC, "INBOX") == [OPT_OUT]  # untouched, fetched once the token is good again
    assert oauth_imap.fetch_all(PH, "Processed") == [SHARE]  # the other mailbox went on


@pytest.mark.slow
def test_the_daemon_gets_a_fresh_token_when_the_old_one_expires(tmp_path, oauth_imap, identity_provider):
    # `intake run` is never restarted: each poll's connection runs the token command again.
    db_url = f"sqlite:///{tmp_path / 'intake.db'}"
    command = _refresh_command(tmp_path, identity_provider, CC)
    config = _config(tmp_path, oauth_imap, db_url, {CC: command}, extra="poll_seconds = 1\nidle = false\n")
    with open(config, "a", encoding="utf-8") as f:
        f.write('\n[web]\nhost = "127.0.0.1"\nport = 0\n')
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log_file:
        daemon = subprocess.Popen(
            [sys.executable, "-m", "intake", "--config", str(config), "run"],
            stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, env=_env(),
        )
    try:
        oauth_imap.append(CC, OPT_OUT)
        _wait(lambda: oauth_imap.fetch_all(CC, "Processed") == [OPT_OUT], daemon, log_path)
        before = len(identity_provider.granted)
        identity_provider.expire_all()  # every token handed out so far is now refused by Dovecot
        oauth_imap.append(CC, SHARE)
        _wait(lambda: oauth_imap.fetch_all(CC, "Processed") == [OPT_OUT, SHARE], daemon, log_path)
        assert identity_provider.introspected[-1] in identity_provider.granted[before:]
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait(timeout=10)
    logged = log_path.read_text(errors="replace")
    assert not [token for token in identity_provider.granted if token in logged]


def _wait(predicate, daemon: subprocess.Popen, log_path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if daemon.poll() is not None:
            break
        time.sleep(0.2)
    tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
    pytest.fail(f"intake run (exit {daemon.poll()}) did not get there in {timeout}s:\n{tail}")
