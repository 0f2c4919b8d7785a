"""Peak RSS of `intake poll --once` over big messages in Dovecot (a printed table, not a test).

    .venv/bin/python bench/bench_bigmail.py [--count 10] [--mb 25] [--store files|database|both]

`--count` messages of `--mb` MB each (a short request and a base64 attachment), delivered to a Dovecot on
/dev/shm, are polled by the real `intake poll --once` as its own process; its peak RSS comes from wait4(2), beside
the same command over an empty mailbox (imports, model, connections). Batches are bounded in bytes
(`batch_bytes`): a message over the budget is fetched alone, one over `max_message_bytes` is recorded from its
headers and the start of its body and sent to review, its bytes kept whole in the raw store. The run also checks
that every message was recorded and moved. Target: ≤ 300 MB (issue 15; before, ten 25 MB messages fetched in
one batch peaked at 928 MiB).
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import deliver, scratch_database, servers, table, write_config  # noqa: E402
from bench_e2e import _poll_once  # noqa: E402

TARGET_MB = 300


def big_mail(i: int, megabytes: float) -> bytes:
    """One message of about `megabytes` MB: a request in text/plain and a base64 attachment (random bytes)."""
    payload = base64.encodebytes(os.urandom(int(megabytes * 1e6 * 3 / 4))).replace(b"\n", b"\r\n")
    head = (f"From: Big Sender {i} <big{i}@example.com>\r\nTo: customercare@alliant-energy.com\r\n"
            f"Subject: my scanned letter {i}\r\nDate: Wed, 25 Nov 2026 10:00:00 -0600\r\n"
            f"Message-ID: <big-{i}@example.com>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
            "Please stop sending me marketing mail. My letter is attached.\r\n\r\n--b\r\n"
            "Content-Type: application/pdf; name=letter.pdf\r\nContent-Transfer-Encoding: base64\r\n"
            'Content-Disposition: attachment; filename="letter.pdf"\r\n\r\n')
    return head.encode() + payload + b"\r\n--b--\r\n"


def deliver_one_by_one(dovecot, count: int, megabytes: float) -> None:
    """Straight into Maildir/new as _common.deliver does, one message at a time: a child's peak RSS as wait4
    reports it starts from this process's size when it forks, so this process must not hold the mail."""
    new = dovecot.root / "mail" / "customercare" / "Maildir" / "new"
    with dovecot.client("customercare") as client:  # creates the Maildir
        client.select_folder("INBOX")
    for i in range(count):
        data = big_mail(i, megabytes)
        path = new / f"{int(time.time())}.M{i}P{os.getpid()}.big,S={len(data)}"
        path.write_bytes(data)
        os.chown(path, dovecot._uid, dovecot._gid)
        del data
    with dovecot.client("customercare") as client:
        client.select_folder("INBOX")


def run(count: int, megabytes: float, store: str) -> tuple:
    from sqlalchemy import create_engine, func, select

    from intake.db import InboundMessage

    with servers() as (dovecot, smtp, work), scratch_database("sqlite", work, "big") as db_url:
        config = write_config(work / "intake.toml", db_url=db_url, dovecot=dovecot, smtp=smtp)
        if store == "files":
            config.write_text(f'raw_store = "{work / "raw"}"\n' + config.read_text())
        log = work / "poll.log"
        deliver(dovecot, "customercare", [])
        _, baseline = _poll_once(config, log)
        deliver_one_by_one(dovecot, count, megabytes)
        seconds, peak = _poll_once(config, log)
        engine = create_engine(db_url)
        with engine.connect() as conn:
            recorded = conn.scalar(select(func.count()).select_from(InboundMessage))
            whole = conn.scalar(select(func.count()).select_from(InboundMessage)
                                .where(InboundMessage.size > megabytes * 1e6 * 0.99))
        engine.dispose()
        left = len(dovecot.uids("customercare"))
        in_review = len(dovecot.uids("customercare", "Review"))
    peak_mb = peak * 1024 * 1024 / 1e6
    return (store, f"{count} x {megabytes:g} MB", f"{baseline:.0f}", f"{peak:.0f}", f"{peak_mb:.0f}", f"{TARGET_MB}",
            f"{peak_mb / TARGET_MB:.2f}", f"{recorded}/{count}", f"{whole}", f"{left}", f"{in_review}",
            f"{seconds:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--mb", type=float, default=25)
    parser.add_argument("--store", choices=("files", "database", "both"), default="both")
    args = parser.parse_args()
    stores = ("files", "database") if args.store == "both" else (args.store,)
    rows = [run(args.count, args.mb, store) for store in stores]
    print(table(("raw store", "messages", "empty poll (MiB)", "peak RSS (MiB)", "peak (MB)", "target (MB)",
                 "ratio", "recorded", "size whole", "left in inbox", "in Review", "wall s"), rows))


if __name__ == "__main__":
    main()
