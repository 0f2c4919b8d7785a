"""IMAP IDLE latency: from delivery (APPEND to Dovecot) to the acknowledgement received by aiosmtpd.

Not a test. From the repo root:

    .venv/bin/python bench/bench_idle.py [--deliveries 30] [--gap 0.5]

Runs the real `intake run` as a subprocess (SQLite on /dev/shm, `idle = true`, poll_seconds = 300 so that only
IDLE can explain a fast answer), APPENDs one message at a time and waits for its acknowledgement before the next
(plus a random gap of up to --gap seconds, so deliveries land at different points of the watcher's cycle).
Prints p50 / p95 / max. Target: p95 <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, make_mail, servers, table, write_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deliveries", type=int, default=30)
    parser.add_argument("--gap", type=float, default=0.5, help="random pause after each ack, up to this many s")
    args = parser.parse_args()
    rng = random.Random(11)

    with servers() as (dovecot, smtp, work):
        db = work / "idle.db"
        config = write_config(work / "intake.toml", db_url=f"sqlite:///{db}", dovecot=dovecot, smtp=smtp,
                              idle=True, poll_seconds=300)
        env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        log = open(work / "run.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "intake", "--config", str(config), "run"], cwd=ROOT,
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            # Warm up: the first delivery also waits for start-up (classifier load, first round, IDLE begun).
            smtp.reset()
            dovecot.append("customercare", make_mail(10_000, rng))
            deadline = time.monotonic() + 60
            while not smtp.messages:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit(f"no acknowledgement for the warm-up mail:\n{(work / 'run.log').read_text()}")
                time.sleep(0.01)
            latencies = []
            for i in range(args.deliveries):
                time.sleep(rng.uniform(0, args.gap))
                before = len(smtp.messages)
                data = make_mail(i, rng)
                while b"Auto-Submitted: auto-replied" in data:  # auto-replies get no answer: time humans only
                    data = make_mail(i, rng)
                start = time.perf_counter()
                dovecot.append("customercare", data)
                deadline = time.monotonic() + 30
                while len(smtp.messages) == before:
                    if time.monotonic() > deadline:
                        raise SystemExit(f"delivery {i}: no acknowledgement within 30 s")
                    time.sleep(0.002)
                latencies.append(time.perf_counter() - start)
        finally:
            proc.terminate()
            code = proc.wait(timeout=60)
            log.close()

    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    rows = [("deliveries", len(latencies)), ("p50 s", f"{statistics.median(latencies):.3f}"),
            ("p95 s", f"{p95:.3f}"), ("max s", f"{latencies[-1]:.3f}"), ("min s", f"{latencies[0]:.3f}"),
            ("exit code after SIGTERM", code)]
    print(table(("IDLE: APPEND -> ack received", "value"), rows))
    print(f"\ntarget p95 <= 2 s: {'met' if p95 <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
