"""A local Maildir behind the same interface as an IMAP mailbox, for the demo and for tests without a server.

Layout (Maildir++, what Dovecot and Courier use, so a real IMAP server could serve the same directory):

    settings.maildir/                  INBOX: new/ cur/ tmp/
    settings.maildir/.Processed/       a folder: new/ cur/ tmp/ and an empty `maildirfolder` file
    settings.maildir/.Review/
    <watched folder>/intake-uids.json  {"uidvalidity": N, "next_uid": N, "uids": {maildir key: uid}}

IMAP semantics are imitated where the caller depends on them: UIDs ascend in delivery order (file mtime, then
the maildir key in natural order) and are never reused, UIDVALIDITY is created once and changes only when the
state file is lost (then every UID is new, exactly as after an IMAP UIDVALIDITY change). Reading never touches
flags or moves a file from new/ to cur/. A move hard-links the file into the target folder before unlinking
it, so mail is never gone from both places.

The watched folder is settings.folder: "INBOX" is the maildir itself, any other name a Maildir++ folder that
must exist (like IMAP SELECT). Target folders (Processed, Review, ...) are created under the maildir on first
use; a moved file keeps its name and its new/ or cur/ place, so flags are untouched as with IMAP MOVE.
There is no push: `idle_wait` returns False at once and the caller polls.
"""

from __future__ import annotations

import errno
import fcntl
import glob
import json
import mailbox
import os
import re
import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from intake.mail.connection import MailboxConnection, MailboxUnavailable, byte_batches
from intake.settings import MailboxSettings
from intake.values import RawMessage

STATE_FILE = "intake-uids.json"
LOCK_FILE = ".intake-uids.lock"
_SUBDIRS = ("new", "cur")


class MaildirMailbox(MailboxConnection):
    def __init__(self, settings: MailboxSettings, root: Path, folder_dir: Path, uidvalidity: int):
        self.name = settings.name
        self.uidvalidity = uidvalidity
        self._settings = settings
        self._root = root
        self._dir = folder_dir
        self._open = True

    @classmethod
    def open(cls, settings: MailboxSettings) -> MaildirMailbox:
        root = Path(settings.maildir)  # type: ignore[arg-type]  # open_mailbox checked it is set
        try:
            mailbox.Maildir(root, create=True)  # the demo may start from an empty directory
        except OSError as exc:
            raise _unavailable(settings.name, f"cannot create maildir {root}", exc) from exc
        folder_dir = _folder_dir(root, settings.folder)
        if not all((folder_dir / sub).is_dir() for sub in (*_SUBDIRS, "tmp")):
            problem = f"cannot select {settings.folder}: no maildir at {folder_dir}"
            raise MailboxUnavailable(f"{settings.name}: {problem}")
        box = cls(settings, root, folder_dir, 0)
        with box._state() as state:
            box._assign_uids(state)
            box.uidvalidity = state["uidvalidity"]
        return box

    # -- reading --

    def uids_after(self, after_uid: int) -> list[int]:
        return [uid for uid, _path in self._index() if uid > after_uid]

    def fetch_new(self, after_uid: int, batch_size: int | None = None) -> Iterator[list[RawMessage]]:
        count = max(1, batch_size or self._settings.batch_size)
        paths = {uid: path for uid, path in self._index() if uid > after_uid}
        sized = ((uid, _size(path)) for uid, path in paths.items())
        for uids in byte_batches(sized, count, self._settings.batch_bytes):
            batch = (self._read(uid, paths[uid]) for uid in uids)
            yield [message for message in batch if message is not None]

    def _read(self, uid: int, path: Path) -> RawMessage | None:
        if not path.exists():
            path = self._find(_key_of(path.name))  # a mail reader may have moved it from new/ to cur/
        if path is None:
            return None  # moved or deleted since the listing, like an expunge between SEARCH and FETCH
        try:
            data = path.read_bytes()
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _unavailable(self.name, f"cannot read {path}", exc) from exc
        return RawMessage(
            mailbox=self.name, uidvalidity=self.uidvalidity, uid=uid, data=data,
            internal_date=datetime.fromtimestamp(mtime, tz=UTC),
        )

    # -- moving --

    def move_many(self, uids: Sequence[int], folder: str) -> None:
        self._check_open()
        if not uids:
            return
        with self._state() as state:
            files = self._assign_uids(state)  # a UID exists from delivery on, as on a server
            keys = {u: k for k, u in state["uids"].items()}
            target_dir = self._ensure_folder(folder)
            for uid in uids:
                key = keys.get(uid)
                source = files.get(key) if key else None
                if source is None or not source.exists():
                    continue  # not there (any more): nothing to move, as with UID MOVE of a vanished UID
                try:
                    _link_then_unlink(source, target_dir / source.parent.name / source.name)  # same new/ or cur/
                except OSError as exc:
                    raise _unavailable(self.name, f"move to {folder} failed", exc) from exc
                del state["uids"][key]

    def _ensure_folder(self, folder: str) -> Path:
        try:
            # add_folder makes new/ cur/ tmp/ and the `maildirfolder` marker, or leaves an existing folder be.
            mailbox.Maildir(self._root, create=False).add_folder(_plusplus(folder))
            return _folder_dir(self._root, folder)
        except OSError as exc:
            raise _unavailable(self.name, f"cannot create folder {folder}", exc) from exc

    # -- waiting --

    def supports_idle(self) -> bool:
        return False

    def idle_wait(self, timeout: float) -> bool:
        return False  # no push for a local directory: the caller polls every poll_seconds

    def close(self) -> None:
        self._open = False

    # -- the UID map --

    def _index(self) -> list[tuple[int, Path]]:
        """(uid, path) of every message in the watched folder, ascending; unseen files get the next UIDs."""
        self._check_open()
        with self._state() as state:
            files = self._assign_uids(state)
            return sorted((uid, files[key]) for key, uid in state["uids"].items())

    def _assign_uids(self, state: dict) -> dict[str, Path]:
        """Bring the map up to date: new files get the next UIDs, vanished ones are forgotten."""
        files = self._scan()
        uids: dict[str, int] = state["uids"]
        for key in [k for k in uids if k not in files]:
            del uids[key]  # moved or deleted by someone else; its UID is never reused
        for key in sorted((k for k in files if k not in uids), key=lambda k: _delivery_order(k, files[k])):
            uids[key] = state["next_uid"]
            state["next_uid"] += 1
        return files

    def _scan(self) -> dict[str, Path]:
        files: dict[str, Path] = {}
        try:
            for sub in _SUBDIRS:
                for entry in os.scandir(self._dir / sub):
                    if not entry.name.startswith(".") and entry.is_file():
                        files[_key_of(entry.name)] = Path(entry.path)
        except OSError as exc:
            raise _unavailable(self.name, f"cannot list {self._dir}", exc) from exc
        return files

    def _find(self, key: str) -> Path | None:
        for sub in _SUBDIRS:
            for path in (self._dir / sub).glob(f"{glob.escape(key)}*"):
                if _key_of(path.name) == key:
                    return path
        return None

    @contextmanager
    def _state(self) -> Iterator[dict]:
        """The UID map, locked against another intake process on this maildir, saved when the block ends."""
        path = self._dir / STATE_FILE
        with self._locked(path):
            state = self._load(path)
            before = json.dumps(state, sort_keys=True) if path.exists() else None
            yield state
            if json.dumps(state, sort_keys=True) != before:  # a new map is saved at once: its UIDVALIDITY holds
                self._save(path, state)

    @contextmanager
    def _locked(self, path: Path) -> Iterator[None]:
        try:
            descriptor = os.open(self._dir / LOCK_FILE, os.O_CREAT | os.O_RDWR, 0o644)
        except OSError as exc:
            raise _unavailable(self.name, f"cannot lock {path}", exc) from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # releases the lock

    def _load(self, path: Path) -> dict:
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            # A new map means new UIDs, so it must come with a new UIDVALIDITY (IMAP's rule). The clock alone
            # could repeat the old value when the map is lost and rebuilt within a second; random bits cannot.
            return {"uidvalidity": secrets.randbelow(2**31 - 2) + 1, "next_uid": 1, "uids": {}}
        except (OSError, ValueError) as exc:
            raise _unavailable(self.name, f"cannot read {path}", exc) from exc
        if not _valid_state(state):
            # Refuse rather than renumber: the caller would otherwise act on every message again.
            problem = f"{path} is not a valid UID map; move it away to start over"
            raise MailboxUnavailable(f"{self.name}: {problem}")
        return state

    def _save(self, path: Path, state: dict) -> None:
        temporary = path.with_name(f".{path.name}.tmp")
        try:
            temporary.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(temporary, path)  # atomic: a crash leaves the old map or the new one, never half
        except OSError as exc:
            raise _unavailable(self.name, f"cannot write {path}", exc) from exc

    def _check_open(self) -> None:
        if not self._open:
            raise MailboxUnavailable(f"{self.name}: connection is closed")


def _valid_state(state: object) -> bool:
    return (
        isinstance(state, dict)
        and isinstance(state.get("uidvalidity"), int)
        and isinstance(state.get("next_uid"), int)
        and isinstance(state.get("uids"), dict)
        and all(isinstance(u, int) and u < state["next_uid"] for u in state["uids"].values())
    )


def _folder_dir(root: Path, folder: str) -> Path:
    return root if folder.upper() == "INBOX" else root / ("." + _plusplus(folder))


def _plusplus(folder: str) -> str:
    """Maildir++ separates levels with dots: "Archive/2026" is the directory ".Archive.2026"."""
    return folder.replace("/", ".")


def _key_of(filename: str) -> str:
    """The maildir key: the file name without the ":2,FLAGS" info, which changes when flags change."""
    return filename.split(":", 1)[0]


def _delivery_order(key: str, path: Path) -> tuple:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    # File times are coarse (a few ms): the key ("1732610000.M123P45Q6.host") breaks ties, numerically.
    return (mtime, [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", key)])


def _link_then_unlink(source: Path, target: Path) -> None:
    """Make the target exist before the source goes; never overwrite an existing file."""
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # Another file system: copy, flush, then remove the original.
        with open(source, "rb") as src, open(target, "xb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        shutil.copystat(source, target)
    os.unlink(source)


def _unavailable(name: str, what: str, exc: Exception) -> MailboxUnavailable:
    return MailboxUnavailable(f"{name}: {what}: {getattr(exc, 'strerror', None) or exc}")


def _size(path: Path) -> int:
    """The file's size for batching; 0 when it moved since the listing (reading it finds it again)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0
