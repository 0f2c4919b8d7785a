"""The stored messages: the one reader and writer of raw mail, wherever it is kept.

Raw bytes are evidence a regulator can re-read byte for byte. They are kept once per SHA-256, either in the
database (`raw_blob.data`) or, when `raw_store` is configured, as files in a content-addressed directory
(`raw_blob.path`). Everything that needs a stored message's bytes (the staff page, the evidence export, training
from staff decisions, re-deciding with `intake replay`) reads them here, and parses them here with the same limits
as the pipeline, so that a message reads the same wherever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from intake.db import InboundMessage, RawBlob, audit
from intake.mail.parse import DEFAULT_MAX_BYTES, parse
from intake.values import Mail, RawMessage


@dataclass(frozen=True)
class MessageStore:
    raw_store: Path | None = None
    """The directory of the file store; None keeps raw mail in the database."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Larger mail is parsed for its headers only, as in the pipeline."""

    @classmethod
    def of(cls, settings) -> "MessageStore":
        return cls(settings.raw_store, settings.classifier.max_message_bytes)

    # -- writing ------------------------------------------------------------------------------------------------

    def put(self, session: Session, raw: RawMessage) -> str:
        """Keep the bytes of `raw` (once per SHA-256, in the caller's transaction) and return their SHA-256."""
        self.put_many(session, [raw])
        return raw.sha256

    def put_many(self, session: Session, raws: list[RawMessage]) -> None:
        """Keep the bytes of every message of a batch, once per SHA-256, in the caller's transaction, with one
        statement (an executemany).

        A file is written whole under a temporary name and renamed, so a crash never leaves half a message
        under its digest; a row is inserted only if no message with these bytes is stored yet."""
        rows = {raw.sha256: self._blob_values(raw) for raw in raws}
        if not rows:
            return
        # Every row names the same columns, as an executemany needs.
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        # The values as parameters, not in the statement: SQLAlchemy caches the first compiled statement, and with
        # it the bytes of whatever message it was built for, for the life of the process.
        statement = dialect.insert(RawBlob).on_conflict_do_nothing(index_elements=["sha256"])
        session.execute(statement, list(rows.values()))

    def _blob_values(self, raw: RawMessage) -> dict:
        digest, data = raw.sha256, raw.data
        if self.raw_store is None:
            return {"sha256": digest, "size": len(data), "data": data, "path": None}
        path = self.raw_store / digest[:2] / digest
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        return {"sha256": digest, "size": len(data), "data": None, "path": str(path)}

    # -- reading ------------------------------------------------------------------------------------------------

    def read(self, session: Session, sha256: str) -> bytes | None:
        """The bytes as received, or None when they are gone (purged after the retention period, or a missing
        file)."""
        blob = session.get(RawBlob, sha256)
        if blob is None:
            return None
        if blob.data is not None:
            return blob.data
        if blob.path:
            try:
                return self._path(blob.path).read_bytes()
            except OSError:
                return None
        return None

    def bytes_of(self, session: Session, message: InboundMessage) -> bytes | None:
        return self.read(session, message.sha256)

    def parse(self, data: bytes, *, keep_payloads: bool = False, text_limit: int | None = None) -> Mail:
        """`data` parsed with the pipeline's limits. `keep_payloads` also keeps the HTML source and every
        attachment's bytes (the staff page shows and serves them; the pipeline never needs them); `text_limit`
        reads only the head of a long body (the staff page's bound, see `parse`)."""
        return parse(data, max_bytes=self.max_bytes, keep_payloads=keep_payloads, text_limit=text_limit)

    def mail_of(self, session: Session, message: InboundMessage, *, keep_payloads: bool = False,
                text_limit: int | None = None) -> Mail | None:
        data = self.bytes_of(session, message)
        return None if data is None else self.parse(data, keep_payloads=keep_payloads, text_limit=text_limit)

    # -- retention ----------------------------------------------------------------------------------------------

    def purge_older_than(self, session: Session, cutoff: datetime) -> int:
        """Drop the bytes of every stored message that no message received since `cutoff` shares (the row and
        its SHA-256 stay: the record still says what was received). Returns how many were purged."""
        newer = select(InboundMessage.id).where(InboundMessage.sha256 == RawBlob.sha256,
                                                InboundMessage.received_at >= cutoff)
        blobs = session.scalars(select(RawBlob).where(
            (RawBlob.data.is_not(None)) | (RawBlob.path.is_not(None)), ~exists(newer))).all()
        for blob in blobs:
            if blob.path:
                self._path(blob.path).unlink(missing_ok=True)
            blob.data, blob.path = None, None
            audit(session, "bot", "raw_purged", "raw_blob", blob.sha256, after={"cutoff": cutoff.isoformat()})
        return len(blobs)

    def _path(self, stored: str) -> Path:
        path = Path(stored)
        return self.raw_store / path if not path.is_absolute() and self.raw_store is not None else path
