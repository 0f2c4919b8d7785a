"""The IMAP backend of the mailbox layer: the only module that imports imapclient.

Always addressed by UID. Every imapclient or socket failure becomes `MailboxUnavailable` (intake/mail/connection.py)
naming the mailbox and the cause. The client is made by a factory (`imap_client`, IMAPClient by default): the seam
where a test or a proxy-aware deployment hands in its own.
"""

from __future__ import annotations

import contextlib
import logging
import shlex
import socket
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TypeVar

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from intake.mail.connection import MailboxConnection, MailboxUnavailable, byte_batches
from intake.settings import MailboxSettings
from intake.tls import client_context
from intake.values import RawMessage

log = logging.getLogger(__name__)

T = TypeVar("T")

_TRANSPORT_ERRORS = (OSError, imap_errors.IMAPClientError)
"""What a broken or refusing server looks like from here: socket/TLS errors (ssl.SSLError and socket.timeout
are OSErrors) and every imapclient/imaplib error, including IMAP4.abort for a dropped connection."""

_NEW_MAIL_RESPONSES = (b"EXISTS", b"RECENT")
_MAX_UID = 2**32 - 1
_UIDS_PER_SEARCH = 5_000
"""The UID range one SEARCH of a backlog covers at first (see ImapMailbox._uids_in_windows)."""
_SIZES_PER_FETCH = 5_000
"""Sizes are asked for this many UIDs per command: one short line each, so a large backlog stays cheap."""
_CHUNK_BYTES = 4 * 1024 * 1024
"""A message fetched alone and larger than this is fetched in pieces of this size."""


ClientFactory = Callable[..., IMAPClient]
"""Makes the client: IMAPClient's own signature (host, port=, ssl=, ssl_context=, timeout=)."""


class ImapMailbox(MailboxConnection):
    """A mailbox on an IMAP server, through imapclient, always addressed by UID."""

    def __init__(self, settings: MailboxSettings, client: IMAPClient, uidvalidity: int):
        self.name = settings.name
        self.uidvalidity = uidvalidity
        self._settings = settings
        self._client: IMAPClient | None = client
        self._known_folders: set[str] = set()
        self._use_move = client.has_capability("MOVE")
        """UID MOVE when offered, else COPY + \\Deleted + UID EXPUNGE. Tests set it False for the fallback."""
        self._use_uidplus = client.has_capability("UIDPLUS")
        self._idle = client.has_capability("IDLE")
        self._announced = False
        """New mail announced in a NOOP's answer (which imapclient hands back instead of keeping): idle_wait
        reports it as it reports what other commands' answers announced."""

    @classmethod
    def open(cls, settings: MailboxSettings, imap_client: ClientFactory = IMAPClient) -> ImapMailbox:
        client = _connect(settings, imap_client)
        try:
            _authenticate(client, settings)
            uidvalidity = _select(client, settings)
            return cls(settings, client, uidvalidity)
        except BaseException:
            _quietly_close(client)
            raise

    # -- reading --

    def uids_after(self, after_uid: int) -> list[int]:
        client = self._live_client()
        if after_uid >= _MAX_UID:
            return []
        first = max(after_uid, 0) + 1
        # A selected folder's view grows only between commands: Dovecot answers a SEARCH from the messages it
        # has already announced, so mail delivered since this connection's last command would be missed by a
        # second search (the re-check a round makes before letting go of its lock). NOOP brings the view up
        # to date.
        _text, updates = self._guard("noop", client.noop)
        self._announced = self._announced or _has_new_mail(updates)
        # "UID n:*" always matches the highest UID, even when it is below n (RFC 3501 6.4.8): filter it out.
        found = self._guard("search", lambda: client.search(["UID", f"{first}:*"]))
        return sorted(uid for uid in found if uid > after_uid)

    def fetch_new(self, after_uid: int, batch_size: int | None = None) -> Iterator[list[RawMessage]]:
        count = max(1, batch_size or self._settings.batch_size)
        for uids in self._uids_in_windows(after_uid):
            for start in range(0, len(uids), _SIZES_PER_FETCH):
                sized = self._sizes(uids[start:start + _SIZES_PER_FETCH])
                sizes = dict(sized)
                for batch in byte_batches(sized, count, self._settings.batch_bytes):
                    if len(batch) == 1 and sizes[batch[0]] > _CHUNK_BYTES:
                        yield self._fetch_in_chunks(batch[0])
                    else:
                        yield self._fetch_batch(batch)

    def _uids_in_windows(self, after_uid: int) -> Iterator[list[int]]:
        """uids_after(after_uid), a window of the UID space at a time, up to the highest UID there is now: the
        answer to one SEARCH over a large backlog is parsed whole (50,000 UIDs: 14 MiB at its peak, 6 MiB kept
        by the heap after), which set the peak RSS of a 100,000-message backlog. A window that finds few UIDs
        widens the next one fourfold, so that a sparse UID space takes few searches. Mail delivered meanwhile
        is above the highest UID: the round's next pass finds it."""
        if after_uid >= _MAX_UID:
            return
        client = self._live_client()
        _text, updates = self._guard("noop", client.noop)  # see uids_after
        self._announced = self._announced or _has_new_mail(updates)
        # "UID *" is the highest UID in the folder; an empty folder answers nothing.
        top = max(self._guard("search", lambda: client.search(["UID", "*"])), default=0)
        first, width = max(after_uid, 0) + 1, _UIDS_PER_SEARCH
        while first <= top:
            last = min(first + width - 1, top)
            found = self._guard("search", lambda: client.search(["UID", f"{first}:{last}"]))
            uids = sorted(uid for uid in found if first <= uid <= last)
            if uids:
                yield uids
            if len(uids) < width // 4:
                width *= 4
            first = last + 1

    def _sizes(self, uids: list[int]) -> list[tuple[int, int]]:
        """(uid, RFC822.SIZE) of the messages still there, in order."""
        client = self._live_client()
        fetched = self._guard("fetch sizes", lambda: client.fetch(uids, ["RFC822.SIZE"]))
        return [(uid, int(fetched[uid].get(b"RFC822.SIZE", 0))) for uid in uids if uid in fetched]

    def _fetch_batch(self, uids: list[int]) -> list[RawMessage]:
        client = self._live_client()
        # BODY.PEEK[] never sets \Seen; imapclient answers under the key BODY[].
        fetched = self._guard("fetch", lambda: client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"]))
        messages = []
        for uid in uids:
            item = fetched.get(uid)
            if item is None or b"BODY[]" not in item:
                continue  # expunged by someone else since the search
            messages.append(self._raw(uid, item))
        return messages

    def _fetch_in_chunks(self, uid: int) -> list[RawMessage]:
        """A big message in partial fetches (BODY.PEEK[]<offset.length>), joined once: imaplib and imapclient
        hold about three copies of a literal while they read and parse it, so a 25 MB message fetched whole
        costs 85 MB; in chunks, the chunks and the joined bytes (two copies)."""
        client = self._live_client()
        chunks: list[bytes] = []
        internal, offset = None, 0
        while True:
            wanted = [f"BODY.PEEK[]<{offset}.{_CHUNK_BYTES}>", "INTERNALDATE"]
            item = self._guard("fetch", lambda: client.fetch([uid], wanted)).get(uid)
            if item is None:
                return []  # expunged by someone else since the search
            internal = item.get(b"INTERNALDATE", internal)
            chunk = next((v for k, v in item.items() if k.startswith(b"BODY[]")), None) or b""
            chunks.append(bytes(chunk))
            offset += len(chunks[-1])
            del item, chunk
            if len(chunks[-1]) < _CHUNK_BYTES:
                break
        data = b"".join(chunks)
        del chunks
        return [self._raw(uid, {b"BODY[]": data, b"INTERNALDATE": internal})]

    def _raw(self, uid: int, item: dict) -> RawMessage:
        internal = item.get(b"INTERNALDATE")
        return RawMessage(
            mailbox=self.name,
            uidvalidity=self.uidvalidity,
            uid=uid,
            data=bytes(item[b"BODY[]"]),
            internal_date=internal if isinstance(internal, datetime) else None,
        )

    # -- moving --

    def move_many(self, uids: Sequence[int], folder: str) -> None:
        if not uids:
            return
        client = self._live_client()
        self._ensure_folder(client, folder)
        try:
            self._move(client, list(uids), folder)
        finally:
            # Nobody asks imaplib for the EXPUNGE / [COPYUID] answers of a move; dropped here, or a connection
            # that moves many messages grows without bound.
            for name in ("EXPUNGE", "VANISHED", "OK"):
                client._imap.untagged_responses.pop(name, None)

    def _move(self, client: IMAPClient, uids: list[int], folder: str) -> None:
        if self._use_move:
            self._guard(f"move to {folder}", lambda: client.move(uids, folder))
            return
        # COPY must succeed before anything is flagged or expunged: a failure raises here, mail stays put.
        self._guard(f"copy to {folder}", lambda: client.copy(uids, folder))
        self._guard("flag \\Deleted", lambda: client.add_flags(uids, [b"\\Deleted"], silent=True))
        if self._use_uidplus:
            self._guard("expunge", lambda: client.uid_expunge(uids))
        else:
            # Without UIDPLUS only a plain EXPUNGE exists; it also removes mail others flagged \Deleted, which
            # their own clients would expunge anyway.
            self._guard("expunge", lambda: client.expunge())

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if folder in self._known_folders:
            return
        if not self._guard(f"look up {folder}", lambda: client.folder_exists(folder)):
            log.info("%s: creating folder %s", self.name, folder)
            try:
                client.create_folder(folder)
            except imap_errors.IMAPClientError as exc:
                # Another client may have created it in the meantime; that is fine.
                if "ALREADYEXISTS" not in str(exc).upper():
                    raise self._unavailable(f"cannot create folder {folder}", exc) from exc
            except OSError as exc:
                raise self._unavailable(f"cannot create folder {folder}", exc) from exc
        self._known_folders.add(folder)

    # -- waiting --

    def supports_idle(self) -> bool:
        return self._idle

    def idle_wait(self, timeout: float) -> bool:
        if not self._idle:
            return False
        client = self._live_client()
        announced, self._announced = self._announced, False
        if _take_announced_mail(client) or announced:
            return True  # announced during an earlier command: IDLE would not announce it again
        self._guard("idle", client.idle)
        # On failure _guard has already dropped the connection, so there is no IDLE left to end.
        arrived = self._wait_for_new_mail(client, timeout)
        _text, pending = self._guard("end idle", client.idle_done)
        return arrived or _has_new_mail(pending)

    def _wait_for_new_mail(self, client: IMAPClient, timeout: float) -> bool:
        deadline = time.monotonic() + max(0.0, timeout)
        while (remaining := deadline - time.monotonic()) > 0:
            responses = self._guard("idle", lambda: client.idle_check(timeout=remaining))
            if _has_new_mail(responses):
                return True
            bye = next((r for r in responses if r and r[0] == b"BYE"), None)
            if bye is not None:
                # The server is going away (restart, idle timeout): no DONE is possible any more.
                raise self._unavailable("idle failed", imap_errors.IMAPClientAbortError(_bye_text(bye)))
            if not responses and deadline - time.monotonic() > 0.05:
                # idle_check came back early with nothing: the socket hit EOF or a partial line. Stop waiting
                # (idle_done then tells a dead connection from a live one) instead of spinning.
                return False
        return False

    # -- closing --

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _quietly_close(client)

    # -- errors --

    def _live_client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxUnavailable(f"{self.name}: connection is closed")
        return self._client

    def _guard(self, action: str, call: Callable[[], T]) -> T:
        """Run one imapclient call; any transport or protocol failure becomes MailboxUnavailable and the
        connection is dropped, since after an abort its state is unknown."""
        try:
            return call()
        except _TRANSPORT_ERRORS as exc:
            raise self._unavailable(f"{action} failed", exc) from exc

    def _unavailable(self, what: str, exc: BaseException) -> MailboxUnavailable:
        client, self._client = self._client, None
        if client is not None:
            if isinstance(exc, (OSError, imap_errors.IMAPClientAbortError)):
                _drop(client)  # dead or timed-out socket: a LOGOUT would only wait for the timeout again
            else:
                _quietly_close(client)
        return MailboxUnavailable(f"{self.name}: {what}: {_describe(exc)}")


def _take_announced_mail(client: IMAPClient) -> bool:
    """Pop the EXISTS/RECENT that the server sent along with earlier commands' answers.

    imaplib keeps such unsolicited responses in `untagged_responses` until someone takes them, and imapclient
    only takes those it asked for. A server tells each change once, so without this a message that arrived
    while we were busy would be announced before the IDLE and the wait would sleep through it.
    """
    pending = client._imap.untagged_responses  # imapclient offers no public access to them
    found = [pending.pop(name, None) for name in ("EXISTS", "RECENT")]
    return any(found)


def _bye_text(bye: tuple) -> str:
    text = b" ".join(part for part in bye[1:] if isinstance(part, bytes)).decode("utf-8", "replace")
    return f"server said BYE {text}".strip()


def _has_new_mail(responses: list) -> bool:
    return any(
        isinstance(r, tuple) and len(r) >= 2 and isinstance(r[1], bytes)
        and r[1].upper() in _NEW_MAIL_RESPONSES
        for r in responses
    )


# --- connecting ---------------------------------------------------------------------------------------------


def _connect(settings: MailboxSettings, imap_client: ClientFactory) -> IMAPClient:
    where = f"{settings.host}:{settings.port}"
    context = _ssl_context(settings) if settings.security in ("tls", "starttls") else None
    try:
        client = imap_client(
            settings.host, port=settings.port, ssl=settings.security == "tls", ssl_context=context,
            timeout=settings.timeout,
        )
    except ssl.SSLError as exc:
        raise MailboxUnavailable(f"{settings.name}: TLS with {where} failed: {_describe(exc)}") from exc
    except _TRANSPORT_ERRORS as exc:
        raise MailboxUnavailable(f"{settings.name}: cannot connect to {where}: {_describe(exc)}") from exc
    if settings.security == "starttls":
        _starttls(client, settings, context)
    return client


def _starttls(client: IMAPClient, settings: MailboxSettings, context: ssl.SSLContext | None) -> None:
    try:
        client.starttls(context)
    except imap_errors.CapabilityError as exc:
        _quietly_close(client)
        raise MailboxUnavailable(f"{settings.name}: server does not offer STARTTLS") from exc
    except _TRANSPORT_ERRORS as exc:
        _quietly_close(client)
        raise MailboxUnavailable(f"{settings.name}: STARTTLS failed: {_describe(exc)}") from exc


def _ssl_context(settings: MailboxSettings) -> ssl.SSLContext:
    return client_context(settings.ca_file, settings.verify_tls)


def _authenticate(client: IMAPClient, settings: MailboxSettings) -> None:
    token = _oauth2_token(settings)
    try:
        if token is not None:
            client.oauth2_login(settings.username, token)
        else:
            client.login(settings.username, settings.password or "")
    except imap_errors.LoginError as exc:
        cause = _describe(exc)
        if token is not None:
            cause = _xoauth2_refusal(client, settings, cause.replace(token, "[token]"))
        raise MailboxUnavailable(f"{settings.name}: login failed: {cause}") from exc
    except _TRANSPORT_ERRORS as exc:
        raise MailboxUnavailable(f"{settings.name}: login failed: {_describe(exc)}") from exc


def _xoauth2_refusal(client: IMAPClient, settings: MailboxSettings, cause: str) -> str:
    """Why an XOAUTH2 login was refused, in words an operator can act on. The server's own answer is the same
    for every bad token (Dovecot, Gmail: "[AUTHENTICATIONFAILED] ..."), so the usual reasons are named."""
    with contextlib.suppress(*_TRANSPORT_ERRORS):  # the refusal is the news; a broken CAPABILITY is not
        if not client.has_capability("AUTH=XOAUTH2"):
            return f"the server does not offer XOAUTH2 ({cause})"
    return (
        f"XOAUTH2 token refused for {settings.username}: {cause} (the access token is expired or revoked, "
        "lacks the mail scope, or is another account's: check oauth2_token_command)"
    )


def _oauth2_token(settings: MailboxSettings) -> str | None:
    """The XOAUTH2 access token: given directly, or the stripped stdout of oauth2_token_command (no shell)."""
    if settings.oauth2_token:
        return settings.oauth2_token
    if not settings.oauth2_token_command:
        return None
    try:
        result = subprocess.run(
            shlex.split(settings.oauth2_token_command), capture_output=True, text=True,
            timeout=settings.timeout, stdin=subprocess.DEVNULL, check=False,
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise MailboxUnavailable(f"{settings.name}: oauth2_token_command failed: {exc}") from exc
    token = result.stdout.strip()
    if result.returncode != 0 or not token:
        # stderr may help; stdout may hold a token, so it is never echoed.
        detail = result.stderr.strip().splitlines()[-1:] or ["no output"]
        raise MailboxUnavailable(
            f"{settings.name}: oauth2_token_command exited with {result.returncode}: {detail[0][:200]}"
        )
    return token


def _select(client: IMAPClient, settings: MailboxSettings) -> int:
    # Aware datetimes for INTERNALDATE instead of naive local time.
    client.normalise_times = False
    try:
        response = client.select_folder(settings.folder)
    except _TRANSPORT_ERRORS as exc:
        cause = _describe(exc)
        raise MailboxUnavailable(f"{settings.name}: cannot select {settings.folder}: {cause}") from exc
    _take_announced_mail(client)  # SELECT's own EXISTS is not news
    try:
        return int(response[b"UIDVALIDITY"])
    except (KeyError, TypeError, ValueError) as exc:
        problem = f"server sent no UIDVALIDITY for {settings.folder}"
        raise MailboxUnavailable(f"{settings.name}: {problem}") from exc


def _quietly_close(client: IMAPClient) -> None:
    """LOGOUT, or just drop the socket when the connection is already broken. Never raises."""
    try:
        client.logout()
    except Exception as exc:  # noqa: BLE001 - whatever broke, the connection is being abandoned anyway
        log.debug("logout failed, dropping the connection: %s", exc)
        _drop(client)


def _drop(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # already broken: there is nothing left to do about it
        client.shutdown()


def _describe(exc: BaseException) -> str:
    """A short human cause: 'Connection refused', '[AUTHENTICATIONFAILED] Authentication failed.', ..."""
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError) and exc.strerror:
        return exc.strerror
    text = str(exc) or type(exc).__name__
    # imaplib wraps server text as a bytes repr: "b'[AUTHENTICATIONFAILED] Authentication failed.'"
    for prefix in ("b'", 'b"'):
        if text.startswith(prefix) and text.endswith(prefix[1]):
            text = text[2:-1]
    return text
