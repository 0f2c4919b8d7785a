"""Opening a mailbox: the backend its settings name (an IMAP server, or a local Maildir for the demo)."""

from __future__ import annotations

from intake.mail.connection import MailboxConnection, MailboxError
from intake.mail.imap import ClientFactory, IMAPClient, ImapMailbox
from intake.mail.maildir import MaildirMailbox
from intake.settings import MailboxSettings


def open_mailbox(settings: MailboxSettings, imap_client: ClientFactory = IMAPClient) -> MailboxConnection:
    """Connect, log in and select settings.folder. `imap_client` makes the IMAP client (the seam for tests).

    Raises MailboxUnavailable naming the mailbox and the cause."""
    if settings.host:
        return ImapMailbox.open(settings, imap_client)
    if settings.maildir:
        return MaildirMailbox.open(settings)
    raise MailboxError(f"{settings.name}: neither host nor maildir is set")
