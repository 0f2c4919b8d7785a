"""The mailbox layer against a real Dovecot (fixture `imap`) and against a local Maildir.

Run: .venv/bin/python -m pytest -p tests.fixtures.dovecot tests/test_mailbox.py -q
"""

from __future__ import annotations

import json
import mailbox
import socket
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from intake.mail.boxes import open_mailbox
from intake.mail.connection import MailboxConnection, MailboxError, MailboxUnavailable
from intake.settings import MailboxSettings

USER = "customercare"


def mail(n: int, size: int = 0) -> bytes:
    """A small distinct message; CRLF line ends and trailing spaces, so byte-exactness is really tested."""
    filler = (b"x" * 70 + b"\r\n") * (size // 72)
    return (
        f"From: Sender {n} <sender{n}@example.com>\r\nTo: {USER}@alliant-energy.com\r\n"
        f"Subject: Request {n} \r\nMessage-ID: <m{n}@example.com>\r\n\r\nPlease stop {n}.  \r\n"
    ).encode() + filler


def fetch_all(conn: MailboxConnection, after_uid: int = 0, batch_size: int | None = None) -> list:
    return [m for batch in conn.fetch_new(after_uid, batch_size) for m in batch]


# --- IMAP: reading ------------------------------------------------------------------------------------------


@pytest.mark.servers
def test_fetch_new_returns_messages_byte_exact_in_uid_order_and_unseen(imap):
    sent = [mail(n) for n in range(5)]
    uids = imap.append_many(USER, sent)

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        got = fetch_all(conn)
        assert conn.name == USER
        assert conn.uidvalidity == imap.uidvalidity(USER)

    assert [m.uid for m in got] == uids == sorted(uids)
    assert [m.data for m in got] == sent
    assert {m.mailbox for m in got} == {USER}
    assert {m.uidvalidity for m in got} == {imap.uidvalidity(USER)}
    assert all(isinstance(m.internal_date, datetime) and m.internal_date.tzinfo for m in got)
    assert all(b"\\Seen" not in flags for flags in imap.flags(USER).values())


@pytest.mark.servers
def test_after_uid_filters_including_the_star_quirk(imap):
    uids = imap.append_many(USER, [mail(n) for n in range(4)])

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert conn.uids_after(0) == uids
        assert conn.uids_after(uids[1]) == uids[2:]
        assert [m.uid for m in fetch_all(conn, uids[1])] == uids[2:]
        # "UID n:*" with n above the highest UID still matches the highest message: it must not come back.
        assert conn.uids_after(uids[-1]) == []
        assert conn.uids_after(uids[-1] + 100) == []
        assert fetch_all(conn, uids[-1]) == []


@pytest.mark.servers
def test_fetch_new_searches_a_backlog_a_window_of_uids_at_a_time_across_gaps(imap, monkeypatch):
    """A large backlog's SEARCH is asked in windows of the UID space (its whole answer cost 14 MiB at 50,000
    UIDs); a window that finds few widens the next, and nothing is missed or repeated across a gap."""
    from intake.mail import imap as imap_module

    monkeypatch.setattr(imap_module, "_UIDS_PER_SEARCH", 4)
    uids = imap.append_many(USER, [mail(n) for n in range(14)])
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn.move_many(uids[3:11], "Elsewhere")  # a gap of eight UIDs
        left = uids[:3] + uids[11:]
        searches: list[str] = []
        real = conn._client.search
        monkeypatch.setattr(conn._client, "search", lambda criteria: searches.append(criteria[1]) or real(criteria))
        assert [m.uid for m in fetch_all(conn)] == left
        windows = [tuple(map(int, w.split(":"))) for w in searches if w != "*"]
        assert len(windows) >= 3 and windows[0] == (1, 4) and windows[-1][1] == uids[-1]
        assert all(b + 1 == c for (_, b), (c, _) in zip(windows, windows[1:]))  # no UID skipped or asked twice
        assert max(b - a + 1 for a, b in windows) > 4  # widened after windows that found little
        assert [m.uid for m in fetch_all(conn, uids[1])] == left[2:]
        assert fetch_all(conn, uids[-1]) == []


@pytest.mark.servers
def test_empty_mailbox_yields_nothing(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert conn.uids_after(0) == []
        assert list(conn.fetch_new(0)) == []


@pytest.mark.servers
def test_a_second_fetch_on_the_same_connection_sees_mail_delivered_since(imap):
    """The re-check a round makes before letting go of its lock: Dovecot answers a bare SEARCH from the messages
    it has announced, so without a sync the second look would miss the new one."""
    imap.append(USER, mail(1))
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        first = fetch_all(conn)
        imap.append(USER, mail(2))
        again = fetch_all(conn, after_uid=first[-1].uid)
    assert [m.data for m in first] == [mail(1)]
    assert [m.data for m in again] == [mail(2)]


@pytest.mark.servers
def test_fetch_new_bounds_batches_in_bytes_and_fetches_a_big_message_alone_in_pieces(imap):
    # 9 MB: fetched alone, in three partial fetches of 4 MiB, joined byte for byte.
    sent = [mail(n, size) for n, size in enumerate([3_000, 3_000, 3_000, 9_000_000, 3_000, 3_000])]
    imap.append_many(USER, sent)

    with open_mailbox(imap.mailbox_settings(USER, batch_size=10, batch_bytes=10_000)) as conn:
        batches = list(conn.fetch_new(0))

    assert [len(batch) for batch in batches] == [3, 1, 2]
    assert [m.data for batch in batches for m in batch] == sent
    assert all(m.internal_date is not None for batch in batches for m in batch)


@pytest.mark.servers
def test_fetch_new_yields_batches_of_the_requested_size(imap):
    sent = [mail(n) for n in range(7)]
    imap.append_many(USER, sent)

    with open_mailbox(imap.mailbox_settings(USER, batch_size=3)) as conn:
        default_sizes = [len(batch) for batch in conn.fetch_new(0)]
        explicit = list(conn.fetch_new(0, batch_size=2))

    assert default_sizes == [3, 3, 1]
    assert [len(batch) for batch in explicit] == [2, 2, 2, 1]
    assert [m.data for batch in explicit for m in batch] == sent


@pytest.mark.servers
def test_many_messages_in_batches_of_200(imap):
    sent = [mail(n, size=2000) for n in range(450)]
    uids = imap.append_many(USER, sent)

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        sizes, data = [], []
        for batch in conn.fetch_new(0):
            sizes.append(len(batch))
            data.extend(m.data for m in batch)

    assert sizes == [200, 200, 50]
    assert data == sent
    assert uids == sorted(uids)


@pytest.mark.servers
def test_the_other_mailbox_is_separate(imap):
    imap.append(USER, mail(1))
    with open_mailbox(imap.mailbox_settings("powerhousecatalog")) as conn:
        assert fetch_all(conn) == []


# --- IMAP: moving -------------------------------------------------------------------------------------------


@pytest.mark.servers
def test_move_creates_the_missing_folder_and_moves_the_message(imap):
    uids = imap.append_many(USER, [mail(1), mail(2)])
    assert "Processed" not in imap.folders(USER)

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn.move(uids[0], "Processed")
        conn.move(uids[1], "Processed")  # the folder is known now: no second CREATE
        assert conn.uids_after(0) == []

    assert "Processed" in imap.folders(USER)
    assert imap.fetch_all(USER, "INBOX") == []
    assert imap.fetch_all(USER, "Processed") == [mail(1), mail(2)]


@pytest.mark.servers
@pytest.mark.parametrize("use_move", [True, False], ids=["move", "copy-expunge"])
def test_move_many_moves_a_set_in_one_command_and_skips_vanished_uids(imap, use_move):
    uids = imap.append_many(USER, [mail(1), mail(2), mail(3), mail(4)])

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn._use_move = use_move
        conn.move_many([uids[0], uids[2], uids[3] + 100], "Processed")  # the last UID never existed
        assert conn.uids_after(0) == [uids[1], uids[3]]
        conn.move_many([], "Processed")

    assert imap.fetch_all(USER, "Processed") == [mail(1), mail(3)]


@pytest.mark.servers
def test_move_into_a_nested_existing_folder(imap):
    uid = imap.append(USER, mail(1))
    imap.append(USER, mail(9), folder="Review")  # the folder exists already

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn.move(uid, "Review")

    assert imap.fetch_all(USER, "Review") == [mail(9), mail(1)]


@pytest.mark.servers
def test_copy_expunge_fallback_when_move_is_not_offered(imap):
    uids = imap.append_many(USER, [mail(1), mail(2), mail(3)])

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn._use_move = False  # seam: behave as with a server without the MOVE capability
        conn.move(uids[1], "Review")
        assert conn.uids_after(0) == [uids[0], uids[2]]

    assert imap.fetch_all(USER, "INBOX") == [mail(1), mail(3)]
    assert imap.fetch_all(USER, "Review") == [mail(2)]


@pytest.mark.servers
def test_fallback_without_uidplus_uses_plain_expunge(imap):
    uids = imap.append_many(USER, [mail(1), mail(2)])

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn._use_move = False
        conn._use_uidplus = False
        conn.move(uids[0], "Processed")

    assert imap.fetch_all(USER, "INBOX") == [mail(2)]
    assert imap.fetch_all(USER, "Processed") == [mail(1)]


@pytest.mark.servers
def test_failed_copy_leaves_the_message_in_place(imap):
    uid = imap.append(USER, mail(1))

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn._use_move = False
        conn._known_folders.add("Nowhere")  # pretend it exists, so COPY fails with TRYCREATE
        with pytest.raises(MailboxUnavailable, match=f"^{USER}: copy to Nowhere failed"):
            conn.move(uid, "Nowhere")

    assert imap.fetch_all(USER, "INBOX") == [mail(1)]
    assert all(b"\\Deleted" not in flags for flags in imap.flags(USER).values())


# --- IMAP: failures -----------------------------------------------------------------------------------------


@pytest.mark.servers
def test_wrong_password_is_unavailable_naming_the_mailbox(imap):
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: login failed: .*AUTHENTICATIONFAILED") as caught:
        open_mailbox(imap.mailbox_settings(USER, password="wrong"))
    assert "wrong" not in str(caught.value)
    assert isinstance(caught.value, MailboxError)


@pytest.mark.servers
def test_closed_port_is_unavailable(imap):
    expected = rf"^{USER}: cannot connect to 127.0.0.1:1: Connection refused"
    with pytest.raises(MailboxUnavailable, match=expected):
        open_mailbox(imap.mailbox_settings(USER, port=1))


def test_a_server_that_never_answers_times_out():
    # Accepts the connection (the kernel does, via the backlog) but never sends a greeting.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        settings = MailboxSettings(
            name=USER, address="a@alliant-energy.com", host="127.0.0.1", port=port, security="none",
            username=USER, password="x", timeout=0.5,
        )
        started = time.monotonic()
        expected = rf"^{USER}: cannot connect to 127.0.0.1:{port}: timed out"
        with pytest.raises(MailboxUnavailable, match=expected):
            open_mailbox(settings)
        assert time.monotonic() - started < 3


@pytest.mark.servers
def test_missing_folder_is_unavailable(imap):
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: cannot select NoSuchFolder"):
        open_mailbox(imap.mailbox_settings(USER, folder="NoSuchFolder"))


@pytest.mark.servers
def test_tls_against_a_plain_server_is_unavailable(imap):
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: TLS with 127.0.0.1:{imap.port} failed"):
        open_mailbox(imap.mailbox_settings(USER, security="tls"))


@pytest.fixture
def tls(imap):
    if imap.tls_port is None:
        pytest.skip("no TLS on the test server (openssl missing)")
    return imap


@pytest.mark.servers
def test_tls_with_the_servers_ca_file(tls):
    tls.append(USER, mail(1))
    settings = tls.mailbox_settings(USER, security="tls", port=tls.tls_port, ca_file=tls.ca_file)
    with open_mailbox(settings) as conn:
        assert [m.data for m in fetch_all(conn)] == [mail(1)]


@pytest.mark.servers
def test_tls_with_an_untrusted_certificate_is_unavailable(tls):
    settings = tls.mailbox_settings(USER, security="tls", port=tls.tls_port)
    expected = rf"^{USER}: TLS with 127.0.0.1:{tls.tls_port} failed: .*CERTIFICATE_VERIFY_FAILED"
    with pytest.raises(MailboxUnavailable, match=expected):
        open_mailbox(settings)


@pytest.mark.servers
def test_tls_hostname_is_checked(tls):
    # The certificate names 127.0.0.1 only; "localhost" reaches the same server but does not match it.
    settings = tls.mailbox_settings(
        USER, security="tls", port=tls.tls_port, ca_file=tls.ca_file, host="localhost"
    )
    expected = rf"^{USER}: TLS with localhost:\d+ failed: .*[Hh]ostname mismatch"
    with pytest.raises(MailboxUnavailable, match=expected):
        open_mailbox(settings)


@pytest.mark.servers
def test_tls_verification_can_be_switched_off(tls):
    settings = tls.mailbox_settings(USER, security="tls", port=tls.tls_port, verify_tls=False)
    with open_mailbox(settings) as conn:
        assert conn.uids_after(0) == []


@pytest.mark.servers
def test_starttls_with_the_servers_ca_file(tls):
    tls.append(USER, mail(1))
    settings = tls.mailbox_settings(USER, security="starttls", ca_file=tls.ca_file)
    with open_mailbox(settings) as conn:
        assert [m.data for m in fetch_all(conn)] == [mail(1)]


@pytest.mark.servers
def test_starttls_with_an_untrusted_certificate_is_unavailable(tls):
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: STARTTLS failed: .*CERTIFICATE_VERIFY_FAILED"):
        open_mailbox(tls.mailbox_settings(USER, security="starttls"))


@pytest.mark.servers
def test_failing_oauth2_token_command_is_unavailable(imap):
    command = "sh -c 'echo nope >&2; exit 3'"
    settings = imap.mailbox_settings(USER, password=None, oauth2_token_command=command)
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: oauth2_token_command exited with 3: nope"):
        open_mailbox(settings)


@pytest.mark.servers
@pytest.mark.slow
def test_server_restart_mid_fetch_is_unavailable_then_a_fresh_open_works(imap):
    sent = [mail(n) for n in range(6)]
    imap.append_many(USER, sent)

    conn = open_mailbox(imap.mailbox_settings(USER))
    batches = conn.fetch_new(0, batch_size=2)
    assert len(next(batches)) == 2
    imap.restart()
    with pytest.raises(MailboxUnavailable, match=rf"^{USER}: fetch failed"):
        next(batches)
    conn.close()
    conn.close()  # twice is fine, never raises

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert [m.data for m in fetch_all(conn)] == sent


@pytest.mark.servers
@pytest.mark.slow
def test_server_stopped_then_calls_are_unavailable(imap):
    imap.append(USER, mail(1))
    conn = open_mailbox(imap.mailbox_settings(USER))
    imap.stop()
    try:
        with pytest.raises(MailboxUnavailable, match=f"^{USER}: "):
            conn.uids_after(0)
        with pytest.raises(MailboxUnavailable, match=f"^{USER}: connection is closed"):
            conn.move(1, "Processed")
        with pytest.raises(MailboxUnavailable, match=f"^{USER}: cannot connect"):
            open_mailbox(imap.mailbox_settings(USER))
    finally:
        conn.close()
        imap.start()


@pytest.mark.servers
def test_uidvalidity_change_is_visible(imap):
    imap.append(USER, mail(1))
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        before = conn.uidvalidity

    after = imap.recreate_folder(USER, "INBOX")
    imap.append(USER, mail(2))

    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert conn.uidvalidity == after != before
        assert [m.data for m in fetch_all(conn)] == [mail(2)]
        assert fetch_all(conn)[0].uidvalidity == after


@pytest.mark.servers
def test_uidvalidity_of_another_watched_folder_changes_too(imap):
    imap.append(USER, mail(1), folder="Requests")
    with open_mailbox(imap.mailbox_settings(USER, folder="Requests")) as conn:
        before = conn.uidvalidity
    imap.recreate_folder(USER, "Requests")
    with open_mailbox(imap.mailbox_settings(USER, folder="Requests")) as conn:
        assert conn.uidvalidity != before
        assert conn.uids_after(0) == []


# --- IMAP: IDLE ---------------------------------------------------------------------------------------------


@pytest.mark.servers
def test_idle_wait_wakes_up_when_mail_arrives(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert conn.supports_idle()
        timer = threading.Timer(0.5, imap.append, args=(USER, mail(1)))
        timer.start()
        try:
            started = time.monotonic()
            assert conn.idle_wait(10) is True
            assert time.monotonic() - started < 5
        finally:
            timer.join()
        # The connection is usable after IDLE.
        assert [m.data for m in fetch_all(conn)] == [mail(1)]


@pytest.mark.servers
def test_idle_wait_returns_at_once_for_mail_announced_during_an_earlier_command(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        imap.append(USER, mail(1))
        conn.uids_after(0)  # Dovecot announces the new message (* 1 EXISTS) along with this answer
        started = time.monotonic()
        assert conn.idle_wait(10) is True
        assert time.monotonic() - started < 1
        assert conn.idle_wait(0.3) is False  # told once, not twice


@pytest.mark.servers
def test_idle_wait_times_out_without_mail(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        started = time.monotonic()
        assert conn.idle_wait(0.7) is False
        assert 0.6 < time.monotonic() - started < 3
        assert conn.uids_after(0) == []


@pytest.mark.servers
@pytest.mark.slow
def test_server_restart_during_idle_is_unavailable(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        timer = threading.Timer(0.5, imap.restart)
        timer.start()
        try:
            started = time.monotonic()
            with pytest.raises(MailboxUnavailable, match=f"^{USER}: idle failed"):
                conn.idle_wait(10)
            assert time.monotonic() - started < 5
        finally:
            timer.join()
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        assert conn.uids_after(0) == []


@pytest.mark.servers
def test_idle_wait_without_idle_capability_returns_at_once(imap):
    with open_mailbox(imap.mailbox_settings(USER)) as conn:
        conn._idle = False
        started = time.monotonic()
        assert conn.supports_idle() is False
        assert conn.idle_wait(30) is False
        assert time.monotonic() - started < 0.1


# --- Maildir ------------------------------------------------------------------------------------------------


def maildir_settings(root: Path, **overrides) -> MailboxSettings:
    return MailboxSettings(name="demo", address="demo@alliant-energy.com", maildir=root, **overrides)


def deliver(root: Path, data: bytes) -> str:
    """Drop a message into the maildir the way an MTA would (new/), independent of the code under test."""
    return mailbox.Maildir(root, create=True).add(data)


def folder_contents(root: Path, folder: str) -> list[bytes]:
    box = mailbox.Maildir(root, create=False).get_folder(folder)
    return sorted(box.get_bytes(key) for key in box.keys())  # noqa: SIM118


def test_open_mailbox_without_backend_is_an_error():
    with pytest.raises(MailboxError, match="^x: neither host nor maildir"):
        open_mailbox(MailboxSettings(name="x", address="x@alliant-energy.com"))


def test_maildir_fetch_new_byte_exact_in_uid_order(tmp_path):
    root = tmp_path / "Maildir"
    sent = [mail(n) for n in range(5)]
    for data in sent:
        deliver(root, data)

    with open_mailbox(maildir_settings(root)) as conn:
        got = fetch_all(conn)
        assert conn.name == "demo"
        assert conn.supports_idle() is False
        assert conn.idle_wait(5) is False

    assert [m.data for m in got] == sent
    assert [m.uid for m in got] == [1, 2, 3, 4, 5]
    assert {m.uidvalidity for m in got} == {conn.uidvalidity}
    assert all(m.internal_date and m.internal_date.tzinfo for m in got)
    # Reading does not mark mail seen or move it from new/ to cur/.
    assert len(list((root / "new").iterdir())) == 5


def test_maildir_after_uid_and_batches(tmp_path):
    root = tmp_path / "Maildir"
    for n in range(7):
        deliver(root, mail(n))

    with open_mailbox(maildir_settings(root, batch_size=3)) as conn:
        assert [len(b) for b in conn.fetch_new(0)] == [3, 3, 1]
        assert conn.uids_after(5) == [6, 7]
        assert [m.uid for m in fetch_all(conn, 5, batch_size=1)] == [6, 7]
        assert conn.uids_after(7) == []
        assert conn.uids_after(100) == []


def test_maildir_batches_are_bounded_in_bytes(tmp_path):
    root = tmp_path / "Maildir"
    sent = [mail(n, size) for n, size in enumerate([3_000, 3_000, 3_000, 20_000, 3_000, 3_000])]
    for data in sent:
        deliver(root, data)
    with open_mailbox(maildir_settings(root, batch_size=10, batch_bytes=10_000)) as conn:
        batches = list(conn.fetch_new(0))
    # At most 10,000 bytes a batch; the 20 KB message alone; nothing left out, in order.
    assert [[m.uid for m in b] for b in batches] == [[1, 2, 3], [4], [5, 6]]
    assert [m.data for b in batches for m in b] == sent


def test_maildir_uids_persist_across_reopen_and_new_mail_gets_higher_uids(tmp_path):
    root = tmp_path / "Maildir"
    deliver(root, mail(1))
    deliver(root, mail(2))
    with open_mailbox(maildir_settings(root)) as conn:
        first = {m.data: m.uid for m in fetch_all(conn)}
        validity = conn.uidvalidity

    deliver(root, mail(3))
    with open_mailbox(maildir_settings(root)) as conn:
        again = {m.data: m.uid for m in fetch_all(conn)}
        assert conn.uidvalidity == validity
        assert [m.data for m in fetch_all(conn, max(first.values()))] == [mail(3)]

    assert {k: again[k] for k in first} == first
    assert again[mail(3)] == 3
    state = json.loads((root / "intake-uids.json").read_text())
    assert state["uidvalidity"] == validity


def test_maildir_move_creates_the_folder_and_keeps_the_uid_sequence(tmp_path):
    root = tmp_path / "Maildir"
    for n in range(3):
        deliver(root, mail(n))

    with open_mailbox(maildir_settings(root)) as conn:
        conn.move(1, "Processed")
        conn.move(2, "Review")
        conn.move(2, "Review")  # already gone: a no-op
        assert conn.uids_after(0) == [3]
        assert [m.data for m in fetch_all(conn)] == [mail(2)]

    assert (root / ".Processed" / "maildirfolder").exists()
    assert folder_contents(root, "Processed") == [mail(0)]
    assert folder_contents(root, "Review") == [mail(1)]

    deliver(root, mail(9))
    with open_mailbox(maildir_settings(root)) as conn:
        # UIDs are never reused, even after the highest one was moved away.
        assert conn.uids_after(0) == [3, 4]


def test_maildir_move_many(tmp_path):
    root = tmp_path / "box"
    for n in range(1, 5):
        deliver(root, mail(n))
    with open_mailbox(maildir_settings(root)) as conn:
        uids = conn.uids_after(0)
        conn.move_many([uids[0], uids[2], 999], "Processed")
        assert conn.uids_after(0) == [uids[1], uids[3]]
    assert folder_contents(root, "Processed") == sorted([mail(1), mail(3)])


def test_maildir_move_of_the_highest_uid_does_not_reuse_it(tmp_path):
    root = tmp_path / "Maildir"
    deliver(root, mail(1))
    with open_mailbox(maildir_settings(root)) as conn:
        conn.move(1, "Processed")
    deliver(root, mail(2))
    with open_mailbox(maildir_settings(root)) as conn:
        assert conn.uids_after(0) == [2]


def test_maildir_is_created_when_missing_and_uidvalidity_is_stable(tmp_path):
    root = tmp_path / "fresh"
    with open_mailbox(maildir_settings(root)) as conn:
        validity = conn.uidvalidity
        assert list(conn.fetch_new(0)) == []
    with open_mailbox(maildir_settings(root)) as conn:
        assert conn.uidvalidity == validity > 0


def test_maildir_watching_a_subfolder(tmp_path):
    root = tmp_path / "Maildir"
    mailbox.Maildir(root, create=True).add_folder("Requests").add(mail(5))
    with open_mailbox(maildir_settings(root, folder="Requests")) as conn:
        assert [m.data for m in fetch_all(conn)] == [mail(5)]
        conn.move(1, "Processed")
    assert folder_contents(root, "Processed") == [mail(5)]
    assert list(mailbox.Maildir(root).get_folder("Requests").keys()) == []


def test_maildir_unreadable_state_file_is_unavailable(tmp_path):
    root = tmp_path / "Maildir"
    deliver(root, mail(1))
    (root / "intake-uids.json").write_text("{not json")
    with pytest.raises(MailboxUnavailable, match="^demo: .*intake-uids.json"):
        open_mailbox(maildir_settings(root))
