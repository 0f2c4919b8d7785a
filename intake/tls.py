"""The TLS client context IMAP and SMTP share: the system's trust store (or a configured CA file), hostname and
certificate verification on unless the config explicitly turns it off for a self-signed server."""

from __future__ import annotations

import ssl
from pathlib import Path


def client_context(ca_file: Path | None, verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
