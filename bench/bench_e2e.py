"""End-to-end throughput of one `intake poll --once` cycle, beside the stage speed limits measured in the same run.

Not a test. From the repo root:

    .venv/bin/python bench/bench_e2e.py [--n 10000] [--sample 2000] [--db sqlite|URL] [--profile FILE]
    .venv/bin/python bench/bench_e2e.py --memory 10000 100000 [--light]   # peak RSS of `intake poll --once`

N generated mails (English/Spanish opt-outs, questions, auto-replies) are written into a Dovecot on /dev/shm;
intake.ops.cycle.run_cycle handles them in-process against SQLite on /dev/shm (or --db URL), and the outbox is then
drained (send_due sends at most 100 per call) to aiosmtpd. Stage limits, each measured alone here:

    fetch     UID FETCH BODY.PEEK[] in batches of 200 over the same N messages (imapclient)
    parse     intake.mail.parse.parse over a sample
    classify  Classifier.classify_many over the parsed sample
    commit    the pipeline's database path per message: the already-recorded lookup, the one transaction
              (receipt + blob + decision + actions + outbox row + audit), the bookkeeping (moved marks, last UID) once per batch of 200
    move      one UID MOVE per batch of 200 (MailboxConnection.move_many), on a second mailbox
    smtp      smtplib over one reused connection to aiosmtpd, rendered acknowledgements
    outbox    intake.send.outbox.send_due over the sample's outbox rows (the claim/marker/record commits + SMTP)

The stage-sum limit is 1 / sum(1 / limit_i) over the stages a message passes one after the other.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    ROOT, clear, deliver, make_mails, peak_rss_mb, scratch_database, servers, table, write_config,
)


def _settings(config: Path):
    from intake.settings import load

    return load(config)


def _database(url: str):
    from intake.db import make_engine, session_factory, upgrade

    engine = make_engine(url)
    upgrade(engine)
    return engine, session_factory(engine)


def _classifier(settings):
    from intake.decide.chain import Decider

    own = [m.address for m in settings.mailboxes] + [settings.smtp.from_address]
    return Decider.load(settings)


# --- stage limits -------------------------------------------------------------------------------------------------


def stage_fetch(dovecot, user: str) -> float:
    with dovecot.client(user) as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        start = time.perf_counter()
        for k in range(0, len(uids), 200):
            batch = client.fetch(uids[k:k + 200], ["BODY.PEEK[]"])
            del batch
        return len(uids) / (time.perf_counter() - start)


def stage_parse(sample: list[bytes]):
    from intake.mail.parse import parse

    start = time.perf_counter()
    mails = [parse(data) for data in sample]
    return len(sample) / (time.perf_counter() - start), mails


def stage_classify(classifier, mails):
    start = time.perf_counter()
    if hasattr(classifier, "classify_many"):
        decisions = classifier.classify_many(mails)
    else:
        decisions = [classifier.classify(m) for m in mails]
    return len(mails) / (time.perf_counter() - start), decisions


def stage_commit(settings, sessions, sample, mails, decisions) -> float:
    from intake import pipeline
    from intake.db import transaction
    from intake.values import RawMessage

    box = settings.mailboxes[0]
    ctx = pipeline.Context(settings=settings, sessions=sessions, classifier=None)
    pipeline._start_round(ctx, box.name, 1)
    start = time.perf_counter()
    done = []
    for uid, (data, mail, decision) in enumerate(zip(sample, mails, decisions), start=1):
        raw = RawMessage(mailbox=box.name, uidvalidity=1, uid=uid, data=data, internal_date=None)
        if not done:  # the pipeline looks recorded messages up once per fetched batch
            assert not pipeline._recorded_outcomes(ctx, [raw], box)
        with transaction(sessions) as session:
            message = pipeline._receive(session, raw, mail, ctx)
            done.append((raw, pipeline._act(session, message, mail, decision, box, ctx)))
        if len(done) == box.batch_size:  # bookkeeping after each batch's move, as the pipeline does
            pipeline._bookkeep(ctx, box.name, done)
            done = []
    if done:
        pipeline._bookkeep(ctx, box.name, done)
    return len(sample) / (time.perf_counter() - start)


def stage_move(dovecot, settings, sample) -> float:
    from dataclasses import replace

    from intake.mail.boxes import open_mailbox

    user = "powerhousecatalog"
    deliver(dovecot, user, sample)
    box = replace(settings.mailboxes[0], name=user, username=user, address=f"{user}@alliant-energy.com")
    with open_mailbox(box) as conn:
        uids = conn.uids_after(0)
        conn.move(uids[0], "Processed")  # creates the folder outside the timing
        start = time.perf_counter()
        for at in range(1, len(uids), box.batch_size):  # one UID MOVE per fetched batch, as the pipeline does
            conn.move_many(uids[at:at + box.batch_size], "Processed")
        return (len(uids) - 1) / (time.perf_counter() - start)


def stage_smtp(smtp, settings, sessions) -> float:
    import smtplib

    from intake.send.ack import build_email
    from intake.db import OutboxMessage
    from sqlalchemy import select

    with sessions() as session:
        rows = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    raws = [build_email(settings=settings, recipient=r.recipient, subject=r.subject, body=r.body,
                        headers=dict(r.headers or {}), mail_message_id=r.mail_message_id, date=r.created_at
                        if getattr(r, "created_at", None) else None, html=r.html,
                        attachments=list(r.attachments or [])).as_bytes() for r in rows]
    smtp.reset()
    with smtplib.SMTP(smtp.host, smtp.port, local_hostname="bench.local", timeout=30) as conn:
        start = time.perf_counter()
        for row, raw in zip(rows, raws):
            conn.sendmail(settings.smtp.from_address, [row.recipient], raw)
        rate = len(raws) / (time.perf_counter() - start)
    smtp.reset()
    return rate


def stage_outbox(smtp, settings, sessions) -> float:
    from intake.send import outbox

    smtp.reset()
    start = time.perf_counter()
    sent = 0
    while True:
        result = outbox.send_due(sessions, settings)
        if not result.sent:
            break
        sent += result.sent
    rate = sent / (time.perf_counter() - start)
    smtp.reset()
    return rate


# --- end to end ---------------------------------------------------------------------------------------------------


def end_to_end(settings, sessions, classifier, smtp, n: int, profile: str | None = None) -> dict:
    from intake.send import outbox
    from intake.ops.cycle import run_cycle

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    report = run_cycle(settings, sessions, classifier)
    polled = time.perf_counter()
    sent = report.sent
    while True:  # `intake poll --once` sends at most 100; the rest of its cycle is the next run's
        more = outbox.send_due(sessions, settings).sent
        if not more:
            break
        sent += more
    done = time.perf_counter()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    result = report.mailboxes[0]
    assert result.recorded == n and result.moved == n, (result, n)
    return {"n": n, "seconds": done - start, "poll_seconds": polled - start, "send_seconds": done - polled,
            "rate": n / (done - start), "acks": sent, "received": len(smtp.messages),
            "peak_rss_mb": peak_rss_mb()}


class _CountOnly(list):
    """Keeps each received mail's envelope, not its bytes."""

    def append(self, item) -> None:
        super().append((item[0], item[1], b""))


def _poll_once(config: Path, log: Path) -> tuple[float, float]:
    """Run the real `intake poll --once` as its own process; (wall seconds, the process's peak RSS in MiB) from
    wait4(2), so that nothing of this harness (the mail generator, aiosmtpd) is counted as intake's."""
    started = time.perf_counter()
    with open(log, "ab") as out:
        process = subprocess.Popen([sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
                                   cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"intake poll --once exited {process.returncode}; see {log}:\n"
                         + log.read_text()[-3000:])
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def memory(sizes: list[int], light: bool, db: str) -> None:
    """Peak RSS of `intake poll --once` over n messages, beside the same command over an empty mailbox (imports,
    model, connections: what any run costs). The acknowledgements are sent in the same run."""
    rows = []
    for n in sizes:
        with servers() as (dovecot, smtp, work), scratch_database(db, work, "mem") as db_url:
            smtp.messages = _CountOnly()
            config = write_config(work / "intake.toml", db_url=db_url, dovecot=dovecot, smtp=smtp)
            log = work / "poll.log"
            deliver(dovecot, "customercare", [])
            _, baseline = _poll_once(config, log)
            deliver(dovecot, "customercare", make_mails(n, light=light))
            seconds, peak = _poll_once(config, log)
            received = len(smtp.messages)
        rows.append((f"{n:,}", f"{baseline:.0f}", f"{peak:.0f}", f"{peak - baseline:+.0f}", f"{n / seconds:.0f}",
                     f"{received:,}", f"{seconds:.0f}"))
        print(f"done {n}: peak {peak:.0f} MiB", file=sys.stderr, flush=True)
    print(table(("messages", "empty poll peak RSS (MiB)", "peak RSS (MiB)", "growth", "msg/s", "acks sent",
                 "wall s"), rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=2000, help="messages per stage measurement")
    parser.add_argument("--db", default="sqlite", help="sqlite (a file on /dev/shm) or a SQLAlchemy URL")
    parser.add_argument("--profile", help="write a cProfile of the end-to-end cycle to this file")
    parser.add_argument("--memory", type=int, nargs="*", help="peak RSS at these sizes (subprocesses)")
    parser.add_argument("--light", action="store_true", help="one kind of mail only (memory runs)")
    args = parser.parse_args()
    if args.memory:
        memory(args.memory, args.light, args.db)
        return

    with (servers() as (dovecot, smtp, work), scratch_database(args.db, work, "e2e") as e2e_url,
          scratch_database(args.db, work, "scratch") as scratch_url):
        mails = make_mails(args.n)
        sample = mails[:min(args.sample, args.n)]
        config = write_config(work / "intake.toml", db_url=e2e_url, dovecot=dovecot, smtp=smtp)
        settings = _settings(config)
        classifier = _classifier(settings)

        deliver(dovecot, "customercare", mails)
        limits = {"fetch": stage_fetch(dovecot, "customercare")}
        limits["parse"], parsed = stage_parse(sample)
        limits["classify"], decisions = stage_classify(classifier, parsed)
        scratch = write_config(work / "scratch.toml", db_url=scratch_url, dovecot=dovecot, smtp=smtp)
        scratch_settings = _settings(scratch)
        _e, scratch_sessions = _database(scratch_settings.database.url)
        limits["commit"] = stage_commit(scratch_settings, scratch_sessions, sample, parsed, decisions)
        limits["move"] = stage_move(dovecot, settings, sample)
        limits["smtp"] = stage_smtp(smtp, scratch_settings, scratch_sessions)
        limits["outbox"] = stage_outbox(smtp, scratch_settings, scratch_sessions)
        clear(dovecot)

        deliver(dovecot, "customercare", mails)
        _engine, sessions = _database(settings.database.url)
        e2e = end_to_end(settings, sessions, classifier, smtp, args.n, args.profile)

    def stage_sum(names):
        return 1 / sum(1 / limits[k] for k in names)

    brief = ("fetch", "parse", "classify", "commit", "smtp")
    full = ("fetch", "parse", "classify", "commit", "move", "outbox")
    rows = [(name, f"{rate:,.0f}") for name, rate in limits.items()]
    rows.append(("stage sum: fetch+parse+classify+commit+smtp", f"{stage_sum(brief):,.0f}"))
    rows.append(("stage sum: ... + move + outbox (send_due) for smtp", f"{stage_sum(full):,.0f}"))
    rows.append((f"END TO END ({e2e['n']:,} msgs, {e2e['seconds']:.1f} s)", f"{e2e['rate']:,.0f}"))
    print(f"\nn = {args.n:,}, sample = {len(sample):,}, db = {args.db}\n")
    print(table(("stage", "msg/s"), rows))
    print(f"\nend to end / stage sum (brief's 5 stages): {e2e['rate'] / stage_sum(brief):.0%}   "
          f"(with move and the real outbox path: {e2e['rate'] / stage_sum(full):.0%})")
    print(f"poll part {e2e['poll_seconds']:.1f} s, outbox drain {e2e['send_seconds']:.1f} s; "
          f"acks sent {e2e['acks']:,}, received by aiosmtpd {e2e['received']:,}; "
          f"this process's peak RSS {e2e['peak_rss_mb']:.0f} MiB (for intake's own, see --memory)")
    if args.profile:
        stats = pstats.Stats(args.profile)
        stats.sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
