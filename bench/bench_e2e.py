"""End to end against the reference pipeline: `intake poll --once` and ../shared/bench/reference_pipeline.py,
alternately, on the same freshly loaded mail, in one run; the ratio is what counts.

Not a test. From the repo root (Dovecot needs root):

    .venv/bin/python bench/bench_e2e.py                      # 2,000 messages, 2 rounds, SQLite (+ PostgreSQL)
    .venv/bin/python bench/bench_e2e.py --n 10000            # the issue's size
    .venv/bin/python bench/bench_e2e.py --pg none            # SQLite only
    .venv/bin/python bench/bench_e2e.py --memory 100000      # peak RSS of `intake poll --once` at a large backlog

Each round loads `synthmail.make_message(0..n-1)` (../shared/bench/synthmail.py), half into each mailbox, into a
throw-away Dovecot on /dev/shm, and runs, each as its own process, with the SMTP server (aiosmtpd) on loopback:

    reference   reference_pipeline.py, SQLite on /dev/shm; its own figure (timed from first login to last
                logout: imports and training are not counted)
    intake      `intake poll --once` on a fresh SQLite database on /dev/shm: fetch, parse, decide, the batch's
                transaction, move, then every acknowledgement that is due over SMTP. Timed as the process's wall
                time less that of the same command over the emptied mailboxes right after (imports, model,
                connections: what the reference leaves out too)
    intake/pg   the same on PostgreSQL (--pg URL, default $INTAKE_TEST_DATABASE_URL; a throw-away schema)

The figure is intake's median msg/s over the reference's median from the same run. Peak RSS is each process's
own (wait4). Then the stage figures, each measured alone on a sample of the same mail, explain where the time
goes (--no-stages skips them):

    fetch     UID FETCH BODY.PEEK[] in batches of 200
    parse     intake.mail.parse.parse
    classify  Decider.classify_many
    commit    the pipeline's database path: one transaction per batch of 200 (pipeline._write_batch), then the
              bookkeeping of the batch (moved marks, last UID)
    move      one UID MOVE per batch of 200
    outbox    intake.send.outbox.send_due to aiosmtpd (the claim/marker/record commits + SMTP)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, clear, deliver, scratch_database, servers, table, write_config  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
REFERENCE = SHARED / "reference_pipeline.py"
USERS = ("customercare", "powerhousecatalog")


def synthetic(n: int) -> dict[str, list[bytes]]:
    """make_message(0..n-1), the first half for customercare, the second for powerhousecatalog."""
    sys.path.insert(0, str(SHARED))
    import synthmail

    half = n // 2
    return {USERS[0]: [synthmail.make_message(i, USERS[0]) for i in range(half)],
            USERS[1]: [synthmail.make_message(i, USERS[1]) for i in range(half, n)]}


def load(dovecot, mails: dict[str, list[bytes]]) -> None:
    clear(dovecot)
    for user, ms in mails.items():
        deliver(dovecot, user, ms)


class _CountOnly(list):
    """Keeps each received mail's envelope, not its bytes (a large run would otherwise fill this process)."""

    def append(self, item) -> None:
        super().append((item[0], item[1], b""))


def _run(argv: list[str], log: Path) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MiB from wait4, the output) of one process."""
    started = time.perf_counter()
    with open(log, "wb") as out:
        process = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                   env={k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")})
        _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    output = log.read_text(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv[:4])} failed:\n{output[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, output


def run_reference(dovecot, smtp, work: Path, n: int, round_no: int) -> dict:
    db = work / f"ref{round_no}.db"
    smtp.reset()
    _secs, rss, output = _run([sys.executable, str(REFERENCE), "--imap-port", str(dovecot.port), "--smtp-port",
                               str(smtp.port), "--db", str(db)], work / "ref.log")
    figures = json.loads(output.strip().splitlines()[-1])
    assert figures["msgs"] == n, figures
    return {"rate": figures["msg_per_s"], "rss": rss, "acks": len(smtp.messages), "secs": figures["secs"]}


def run_intake(dovecot, smtp, work: Path, db_url: str, n: int, mails) -> dict:
    config = write_config(work / "intake.toml", db_url=db_url, dovecot=dovecot, smtp=smtp, users=USERS)
    poll = [sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"]
    clear(dovecot)
    _run(poll, work / "poll.log")  # creates the schema: not the reference's work either
    load(dovecot, mails)
    smtp.reset()
    wall, rss, _ = _run(poll, work / "poll.log")
    acks = len(smtp.messages)
    for user in USERS:
        left = len(dovecot.uids(user, "INBOX"))
        assert left == 0, f"{left} messages left in {user}'s INBOX"
    startup, _, _ = _run(poll, work / "poll.log")  # the same command with nothing to do
    secs = wall - startup
    return {"rate": n / secs, "rss": rss, "acks": acks, "secs": secs, "startup": startup}


def compare(n: int, rounds: int, pg: str | None, stages: bool, sample: int) -> None:
    mails = synthetic(n)
    figures: dict[str, list[dict]] = {"reference": [], "intake": [], "intake/pg": []}
    with servers() as (dovecot, smtp, work):
        smtp.messages = _CountOnly()
        for round_no in range(rounds):
            load(dovecot, mails)
            figures["reference"].append(run_reference(dovecot, smtp, work, n, round_no))
            with scratch_database("sqlite", work, f"intake{round_no}") as url:
                figures["intake"].append(run_intake(dovecot, smtp, work, url, n, mails))
            if pg:
                with scratch_database(pg, work, "pg") as url:
                    figures["intake/pg"].append(run_intake(dovecot, smtp, work, url, n, mails))
            print(f"round {round_no + 1}: " + ", ".join(f"{k} {v[-1]['rate']:.0f} msg/s" for k, v in figures.items()
                                                       if v), file=sys.stderr, flush=True)
        if stages:
            explain = stage_figures(dovecot, smtp, work, [m for ms in mails.values() for m in ms][:sample])
    reference = statistics.median(f["rate"] for f in figures["reference"])
    rows = []
    for name, runs in figures.items():
        if not runs:
            continue
        rate = statistics.median(r["rate"] for r in runs)
        rows.append((name, "  ".join(f"{r['rate']:.0f}" for r in runs), f"{rate:.0f}", f"{rate / reference:.2f}",
                     f"{max(r['rss'] for r in runs):.0f}", f"{runs[-1]['acks']:,}"))
    print(f"\n{n:,} synthetic messages (synthmail), {rounds} rounds alternating, Dovecot and SQLite on /dev/shm, "
          f"aiosmtpd on loopback; a shared 2-core machine, so absolute figures move between runs\n")
    print(table(("pipeline", "msg/s per round", "median", "× reference", "peak RSS MiB", "acks sent"), rows))
    print(f"\nintake on SQLite: {statistics.median(f['rate'] for f in figures['intake']) / reference:.2f} × the "
          f"reference (target ≥ 0.75)" + (f"; on PostgreSQL {statistics.median(f['rate'] for f in figures['intake/pg']) / reference:.2f} ×" if figures["intake/pg"] else ""))
    print(f"intake's start-up (imports, model, connections), subtracted: "
          f"{statistics.median(f['startup'] for f in figures['intake']):.1f} s")
    if stages:
        print("\nWhere intake's time goes (each stage alone, on a sample of the same mail; SQLite):\n")
        limit = 1 / sum(1 / rate for rate in explain.values())
        print(table(("stage", "msg/s"), [*((k, f"{v:,.0f}") for k, v in explain.items()),
                                         ("one after the other (1 / sum of 1/rate)", f"{limit:,.0f}")]))


# --- stage figures ------------------------------------------------------------------------------------------------


def stage_figures(dovecot, smtp, work: Path, sample: list[bytes]) -> dict[str, float]:
    from intake.db import make_engine, session_factory, upgrade
    from intake.decide.chain import Decider
    from intake.settings import load as load_settings

    clear(dovecot)
    deliver(dovecot, USERS[0], sample)
    with ExitStack() as stack:
        url = stack.enter_context(scratch_database("sqlite", work, "stages"))
        settings = load_settings(write_config(work / "stages.toml", db_url=url, dovecot=dovecot, smtp=smtp))
        engine = make_engine(url)
        upgrade(engine)
        sessions = session_factory(engine)
        limits = {"fetch": _stage_fetch(dovecot)}
        limits["parse"], mails = _stage_parse(sample)
        limits["classify"], decisions = _stage_classify(Decider.load(settings), mails)
        limits["commit"] = _stage_commit(settings, sessions, sample, mails, decisions)
        limits["move"] = _stage_move(dovecot, settings)
        limits["outbox (SMTP)"] = _stage_outbox(smtp, settings, sessions)
        engine.dispose()
    return limits


def _stage_fetch(dovecot) -> float:
    with dovecot.client(USERS[0]) as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        start = time.perf_counter()
        for k in range(0, len(uids), 200):
            client.fetch(uids[k:k + 200], ["BODY.PEEK[]", "INTERNALDATE"])
        return len(uids) / (time.perf_counter() - start)


def _stage_parse(sample: list[bytes]):
    from intake.mail.parse import parse

    start = time.perf_counter()
    mails = [parse(data) for data in sample]
    return len(sample) / (time.perf_counter() - start), mails


def _stage_classify(classifier, mails):
    start = time.perf_counter()
    decisions = classifier.classify_many(mails)
    return len(mails) / (time.perf_counter() - start), decisions


def _stage_commit(settings, sessions, sample, mails, decisions) -> float:
    from intake import pipeline
    from intake.values import RawMessage

    box = settings.mailboxes[0]
    ctx = pipeline.Context(settings=settings, sessions=sessions, classifier=None)
    pipeline._start_round(ctx, box.name, 1)
    raws = [RawMessage(mailbox=box.name, uidvalidity=1, uid=uid, data=data)
            for uid, data in enumerate(sample, start=1)]
    judged = {raw.uid: (mail, decision, None) for raw, mail, decision in zip(raws, mails, decisions)}
    start = time.perf_counter()
    for at in range(0, len(raws), box.batch_size):
        batch = raws[at:at + box.batch_size]
        known = pipeline._recorded_outcomes(ctx, batch, box)
        done = pipeline._write_batch(batch, known, judged, box, ctx)
        pipeline._bookkeep(ctx, box.name, done)
    return len(raws) / (time.perf_counter() - start)


def _stage_move(dovecot, settings) -> float:
    from intake.mail.boxes import open_mailbox

    box = settings.mailboxes[0]
    with open_mailbox(box) as conn:
        uids = conn.uids_after(0)
        conn.move(uids[0], "Processed")  # creates the folder outside the timing
        start = time.perf_counter()
        for at in range(1, len(uids), box.batch_size):
            conn.move_many(uids[at:at + box.batch_size], "Processed")
        return (len(uids) - 1) / (time.perf_counter() - start)


def _stage_outbox(smtp, settings, sessions) -> float:
    from intake.send import outbox

    smtp.reset()
    start, sent = time.perf_counter(), 0
    while True:
        result = outbox.send_due(sessions, settings)
        if not result.sent:
            break
        sent += result.sent
    return sent / (time.perf_counter() - start)


# --- memory at a large backlog ------------------------------------------------------------------------------------


def memory(sizes: list[int], db: str) -> None:
    """Peak RSS of `intake poll --once` over n messages (acknowledgements sent in the same run), beside the same
    command with nothing to do."""
    rows = []
    for n in sizes:
        mails = synthetic(n)
        with servers() as (dovecot, smtp, work), scratch_database(db, work, "mem") as url:
            smtp.messages = _CountOnly()
            result = run_intake(dovecot, smtp, work, url, n, mails)
        del mails
        rows.append((f"{n:,}", f"{result['rss']:.0f}", f"{result['rss'] * 1.048576:.0f}", f"{result['rate']:.0f}",
                     f"{result['acks']:,}"))
        print(f"done {n}: peak {result['rss']:.0f} MiB", file=sys.stderr, flush=True)
    print(f"\n`intake poll --once` over a backlog of synthetic mail, both mailboxes, db = {db}; target ≤ 200 MB\n")
    print(table(("messages", "peak RSS (MiB)", "(MB)", "msg/s", "acks sent"), rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="messages per run (the issue's figure: 10000)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each pipeline")
    parser.add_argument("--pg", default=os.environ.get("INTAKE_TEST_DATABASE_URL"),
                        help="PostgreSQL URL for the intake/pg runs ('none' to skip)")
    parser.add_argument("--no-stages", action="store_true", help="skip the stage figures")
    parser.add_argument("--sample", type=int, default=1000, help="messages for the stage figures")
    parser.add_argument("--memory", type=int, nargs="*", help="peak RSS at these backlogs (e.g. 100000)")
    parser.add_argument("--db", default="sqlite", help="database of the --memory runs: sqlite or a URL")
    args = parser.parse_args()
    if not REFERENCE.exists():
        raise SystemExit(f"{REFERENCE} is missing")
    if args.memory:
        memory(args.memory, args.db)
        return
    pg = None if (args.pg or "none") == "none" else args.pg
    compare(args.n, args.rounds, pg, not args.no_stages, min(args.sample, args.n))


if __name__ == "__main__":
    main()
