"""The batch transaction and the outbox sender, alone: no IMAP, no parsing or classifying in the timing.

Not a test. From the repo root:

    .venv/bin/python bench/bench_commit.py [--n 2000] [--db sqlite postgresql] [--pg-url URL]
                                           [--save before.json] [--compare before.json]

N generated mails (bench/_common.make_mails: opt-outs, questions, auto-replies, one sender each) are parsed and
classified first (cached in /dev/shm between runs), then for each database:

    commit   pipeline._write_batch: one transaction per batch of 200, a savepoint per message (what the
             pipeline does after parsing and classifying a fetched batch), on SQLite (a WAL file on /dev/shm) or PostgreSQL (a fresh schema)
    pickup   outbox.send_due with smtp.pickup_dir (on /dev/shm) until the outbox is drained
    smtp     the same rows made pending again, outbox.send_due to aiosmtpd on loopback

Beside each rate: SQL statements, flushes and commits per message (per sent row for the outbox).
`--save` writes the figures as JSON; `--compare` prints them beside the current run (before/after).
"""

from __future__ import annotations

import argparse
import copyreg
import json
import pickle
import shutil
import sys
import tempfile
import time
import types
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CC, make_mails, scratch_database, table  # noqa: E402

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"



def _read_only(mapping: dict) -> types.MappingProxyType:
    return types.MappingProxyType(mapping)


# Decisions hold read-only mappings, which pickle cannot store: store the dicts they wrap (the input cache only).
copyreg.pickle(types.MappingProxyType, lambda m: (_read_only, (dict(m),)))


# --- inputs -------------------------------------------------------------------------------------------------------


def inputs(n: int, cache: Path | None):
    """(raw bytes, Mail, Decision) per message. Parsing and classifying are not what is measured here."""
    if cache and cache.exists():
        data = pickle.loads(cache.read_bytes())
        if len(data) >= n:
            return data[:n]
    from intake.decide.chain import Decider
    from intake.mail.parse import parse
    from intake.settings import Settings

    settings = Settings(source="bench")
    classifier = Decider.load(settings)
    raws = make_mails(n)
    mails = [parse(raw) for raw in raws]
    data = list(zip(raws, mails, classifier.classify_many(mails)))
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


# --- databases ----------------------------------------------------------------------------------------------------


@contextmanager
def database(kind: str, work: Path, pg_url: str):
    """A migrated, empty database: SQLite on /dev/shm, or a throw-away PostgreSQL schema."""
    from intake.db import make_engine, upgrade

    with scratch_database("sqlite" if kind == "sqlite" else pg_url, work, "bench") as url:
        engine = make_engine(url)
        upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()


class Counter:
    """SQL statements, flushes and commits, counted through engine and session events."""

    def __init__(self, engine, sessions) -> None:
        from sqlalchemy import event

        self.statements = self.flushes = self.commits = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(sessions, "after_flush", self._flush)
        event.listen(engine, "commit", self._commit)  # real commits: a savepoint's RELEASE is not one

    def _statement(self, *args) -> None:
        self.statements += 1

    def _flush(self, *args) -> None:
        self.flushes += 1

    def _commit(self, *args) -> None:
        self.commits += 1

    def snapshot(self) -> tuple[int, int, int]:
        return self.statements, self.flushes, self.commits

    def per(self, since: tuple[int, int, int], n: int) -> dict[str, float]:
        now = self.snapshot()
        return {name: (b - a) / max(n, 1) for name, a, b in zip(("statements", "flushes", "commits"), since, now)}


# --- the measurements ---------------------------------------------------------------------------------------------


def measure_commit(settings, sessions, counter: Counter, data) -> dict:
    from intake import pipeline
    from intake.values import RawMessage

    box = settings.mailboxes[0]
    ctx = pipeline.Context(settings=settings, sessions=sessions, classifier=None)
    pipeline._start_round(ctx, box.name, 1)
    raws = [RawMessage(mailbox=box.name, uidvalidity=1, uid=uid, data=raw_bytes, internal_date=None)
            for uid, (raw_bytes, _mail, _decision) in enumerate(data, start=1)]
    judged = {raw.uid: (mail, decision, None) for raw, (_b, mail, decision) in zip(raws, data)}
    since = counter.snapshot()
    start = time.perf_counter()
    for at in range(0, len(raws), box.batch_size):  # one transaction per fetched batch, as the pipeline does
        batch = raws[at:at + box.batch_size]
        pipeline._write_batch(batch, {}, judged, box, ctx)
    seconds = time.perf_counter() - start
    return {"rate": len(data) / seconds, **counter.per(since, len(data))}


def drain(settings, sessions, counter: Counter) -> dict:
    from intake.send import outbox

    since = counter.snapshot()
    sent = 0
    start = time.perf_counter()
    while (result := outbox.send_due(sessions, settings)).sent:
        sent += result.sent
    seconds = time.perf_counter() - start
    return {"rate": sent / seconds, "sent": sent, **counter.per(since, sent)}


def make_pending_again(sessions) -> None:
    """The pickup run sent every row: put them back, so the SMTP run sends the same mail."""
    from sqlalchemy import update

    from intake.db import OutboxMessage, transaction

    with transaction(sessions) as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.status == "sent").values(
            status="pending", attempts=0, next_attempt_at=None, last_error=None, sent_at=None))


def run_one(kind: str, data, args) -> dict:
    from dataclasses import replace

    from intake.db import session_factory
    from intake.settings import MailboxSettings, Settings, SmtpSettings
    from tests.fixtures.smtp import SmtpTestServer

    work = Path(tempfile.mkdtemp(prefix="bench_commit", dir="/dev/shm"))
    smtp = SmtpTestServer()
    smtp.start()
    try:
        box = MailboxSettings(name="customercare", address=CC, maildir=work / "maildir")
        settings = Settings(source="bench", mailboxes=(box,), smtp=SmtpSettings(pickup_dir=work / "pickup"))
        with database(kind, work, args.pg_url) as engine:
            sessions = session_factory(engine)
            counter = Counter(engine, sessions)
            results = {"commit": measure_commit(settings, sessions, counter, data)}
            results["pickup"] = drain(settings, sessions, counter)
            make_pending_again(sessions)
            smtp_settings = replace(settings, smtp=SmtpSettings(host=smtp.host, port=smtp.port, security="none"))
            results["smtp"] = drain(smtp_settings, sessions, counter)
            assert len(smtp.messages) == results["smtp"]["sent"] == results["pickup"]["sent"], "lost or doubled"
            return results
    finally:
        smtp.stop()
        shutil.rmtree(work, ignore_errors=True)


# --- output -------------------------------------------------------------------------------------------------------


def report(results: dict, before: dict | None) -> str:
    rows = []
    for kind, stages in results.items():
        for stage, r in stages.items():
            old = (before or {}).get(kind, {}).get(stage)
            counts = f"{r['statements']:.1f} / {r['flushes']:.1f} / {r['commits']:.1f}"
            if old is None:
                rows.append((f"{kind} {stage}", f"{r['rate']:,.0f}", counts))
                continue
            old_counts = f"{old['statements']:.1f} / {old['flushes']:.1f} / {old['commits']:.1f}"
            rows.append((f"{kind} {stage}", f"{old['rate']:,.0f}", f"{r['rate']:,.0f}",
                         f"x{r['rate'] / old['rate']:.2f}", old_counts, counts))
    if before is None:
        return table(("stage", "msg/s", "statements / flushes / commits per msg"), rows)
    return table(("stage", "before msg/s", "after msg/s", "speed-up", "before stmts/flushes/commits",
                  "after stmts/flushes/commits"), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--db", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument("--cache", type=Path, default=Path("/dev/shm/bench_commit_inputs.pkl"),
                        help="parsed and classified mail, reused between runs")
    parser.add_argument("--save", type=Path, help="write the figures as JSON")
    parser.add_argument("--compare", type=Path, help="JSON of an earlier run: print before/after")
    args = parser.parse_args()

    data = inputs(args.n, args.cache)
    results = {}
    for kind in args.db:
        results[kind] = run_one(kind, data, args)
        print(f"done {kind}", file=sys.stderr, flush=True)
    if args.save:
        args.save.write_text(json.dumps(results, indent=1))
    before = json.loads(args.compare.read_text()) if args.compare else None
    print(f"\nn = {args.n:,}\n")
    print(report(results, before))


if __name__ == "__main__":
    main()
