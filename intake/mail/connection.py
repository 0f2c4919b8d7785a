"""The mailbox layer: read new mail by UID, move handled mail away, wait for new mail.

Callers get `RawMessage` values and two exceptions:

* `MailboxUnavailable`: the server could not be reached, refused the login, or the connection broke (also in
  the middle of a fetch or a move). Skip this mailbox for this round and open it again next round; nothing was
  lost, because fetching never changes a message and a move never deletes before the copy exists.
* `MailboxError`: the base class; raised on its own only for a setting that names no backend.

The protocol is UID based and restart safe: the caller remembers (uidvalidity, last uid handled) per mailbox,
asks for `fetch_new(after_uid)`, acts, and `move`s each message to the processed/review folder. When
`uidvalidity` changes, the remembered uids mean nothing any more and the caller must start again from 0 (its
own dedupe by Message-ID/hash keeps that from acting twice).

Two backends share the `MailboxConnection` interface: IMAP (settings.host, intake/mail/imap.py, the only importer
of imapclient) and a local Maildir (settings.maildir, intake/mail/maildir.py) for the demo; `open_mailbox` in
intake/mail/boxes.py picks one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Self

from intake.values import RawMessage


class MailboxError(Exception):
    """Something is wrong with a mailbox. Base class of the mailbox layer's exceptions."""


class MailboxUnavailable(MailboxError):
    """The mailbox cannot be used right now: skip it for this round and open it again next round.

    The message names the mailbox and the cause, e.g.
    "customercare: login failed: [AUTHENTICATIONFAILED] Authentication failed."
    """


class MailboxConnection(ABC):
    """An open, selected mailbox. Use as a context manager; `close()` never raises.

    `uidvalidity` is that of the watched folder (settings.folder) at the time it was selected.
    """

    name: str
    uidvalidity: int

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @abstractmethod
    def uids_after(self, after_uid: int) -> list[int]:
        """The UIDs greater than after_uid, ascending."""

    @abstractmethod
    def fetch_new(self, after_uid: int, batch_size: int | None = None) -> Iterator[list[RawMessage]]:
        """Messages with UID > after_uid, ascending, one list per batch: at most batch_size messages
        (settings.batch_size by default) and settings.batch_bytes bytes, sizes being asked first; a larger
        message comes alone.

        Reading never marks a message \\Seen. A message that vanishes between the search and its batch's fetch
        is left out. Iterate to the end or drop the iterator; either is fine.
        """

    def move(self, uid: int, folder: str) -> None:
        """Move one message of the watched folder to `folder` (see move_many)."""
        self.move_many([uid], folder)

    @abstractmethod
    def move_many(self, uids: Sequence[int], folder: str) -> None:
        """Move messages of the watched folder to `folder` in one command, creating the folder when missing.

        A message is never removed from the watched folder unless it exists in the target first (a failure
        half-way can leave it in both, never in neither). UIDs that are no longer there are skipped.
        """

    @abstractmethod
    def supports_idle(self) -> bool:
        """True when `idle_wait` can really wait for new mail (IMAP IDLE); otherwise the caller polls."""

    @abstractmethod
    def idle_wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for new mail. True: new mail may be there; False: timeout or no IDLE.

        Returns False at once when the server cannot IDLE. Servers drop an IDLE after 30 minutes (RFC 2177),
        so the caller keeps each wait at 10 minutes or less and calls again. The wait cannot be interrupted
        from another thread: a caller that must stop promptly uses shorter waits.
        """

    @abstractmethod
    def close(self) -> None:
        """Log out / release the mailbox. Never raises; calling it twice is fine."""


def byte_batches(sized: Iterable[tuple[int, int]], count: int, budget: int) -> Iterator[list[int]]:
    """(uid, size) pairs in order, grouped into batches of at most `count` uids and `budget` bytes; a message
    larger than the budget is a batch of its own."""
    batch: list[int] = []
    total = 0
    for uid, size in sized:
        if batch and (len(batch) >= count or total + size > budget):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch
