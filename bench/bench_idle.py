"""IMAP IDLE latency: from delivery (APPEND to Dovecot) to the acknowledgement received by aiosmtpd.

Not a test. From the repo root:

    .venv/bin/python bench/bench_idle.py [--deliveries 30] [--gap 0.5]
    .venv/bin/python bench/bench_idle.py --instances 2 [--pg-url URL]

Runs the real `intake run` as a subprocess (`idle = true`, poll_seconds = 300 so that only IDLE can explain a fast
answer), APPENDs one message at a time (an English opt-out: answered without staff) and waits for its
acknowledgement before the next (plus a random gap of up to --gap seconds, so deliveries land at different points
of the watchers' cycles). Prints p50 / p95 / max. Target: p95 <= 2 s.

One instance runs on SQLite on /dev/shm. `--instances 2` runs two over one PostgreSQL (a throw-away schema in
--pg-url): both watch the mailbox and both hear of each delivery; one takes the mailbox's lock and the other
waits for it, so a delivery often lands while the other instance holds the lock (its round for the previous
news). The table says how many messages each instance handled.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import OPT_OUT_EN, ROOT, make_mail, scratch_database, servers, table, write_config  # noqa: E402

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


class Instance:
    """One `intake run` with its log (INFO, to count the messages it handled)."""

    def __init__(self, config: Path, log: Path):
        config.write_text(config.read_text().replace('log_level = "WARNING"', 'log_level = "INFO"'))
        self.config, self.log_path = config, log
        self._log = open(log, "wb")
        env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        self.proc = subprocess.Popen([sys.executable, "-m", "intake", "--config", str(config), "run"], cwd=ROOT,
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, env=env)

    def wait_healthy(self, timeout: float = 90) -> None:
        """Until /healthz answers: the classifier is loaded and the first rounds have run."""
        import tomllib

        port = tomllib.loads(self.config.read_text())["web"]["port"]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"intake run exited:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"intake run not healthy after {timeout} s:\n{self.log_path.read_text()}")

    def handled(self) -> int:
        count = 0
        for line in self.log_path.read_text(errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            count += isinstance(entry, dict) and entry.get("event") == "message" and bool(entry.get("new"))
        return count

    def stop(self) -> int:
        self.proc.terminate()
        code = self.proc.wait(timeout=180)
        self._log.close()
        return code


def acknowledged_mail(n: int, rng: random.Random) -> bytes:
    """An English opt-out: answered at once (a question or a doubtful message waits for staff, unanswered)."""
    while True:
        data = make_mail(n, rng)
        if any(f"Subject: {subject}\r\n".encode() in data for subject, _body in OPT_OUT_EN):
            return data


def wait_for_ack(smtp, before: int, timeout: float, what: str, instances: list[Instance]) -> None:
    deadline = time.monotonic() + timeout
    while len(smtp.messages) == before:
        if time.monotonic() > deadline or any(i.proc.poll() is not None for i in instances):
            logs = "\n".join(i.log_path.read_text(errors="replace")[-3000:] for i in instances)
            raise SystemExit(f"no acknowledgement for {what} within {timeout} s:\n{logs}")
        time.sleep(0.002)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deliveries", type=int, default=30)
    parser.add_argument("--gap", type=float, default=0.5, help="random pause after each ack, up to this many s")
    parser.add_argument("--instances", type=int, default=1, choices=(1, 2))
    parser.add_argument("--pg-url", default=os.environ.get("INTAKE_TEST_DATABASE_URL", PG_URL))
    args = parser.parse_args()
    rng = random.Random(11)

    with servers() as (dovecot, smtp, work), ExitStack() as stack:
        db = "sqlite" if args.instances == 1 else args.pg_url
        db_url = stack.enter_context(scratch_database(db, work, "idle"))
        instances: list[Instance] = []
        codes: list[int] = []
        try:
            # One after the other, each warmed up by a delivery of its own (start-up: classifier, first round,
            # IDLE begun); two first starts on an empty database would race in the migrations.
            for k in range(args.instances):
                config = write_config(work / f"intake{k}.toml", db_url=db_url, dovecot=dovecot, smtp=smtp,
                                      idle=True, poll_seconds=300)
                instances.append(Instance(config, work / f"run{k}.log"))
                instances[-1].wait_healthy()
                time.sleep(1.0)  # its watcher is in IDLE by now
                before = len(smtp.messages)
                dovecot.append("customercare", acknowledged_mail(10_000 + k, rng))
                wait_for_ack(smtp, before, 60, "the warm-up mail", instances)
            warm = [i.handled() for i in instances]
            latencies = []
            for n in range(args.deliveries):
                time.sleep(rng.uniform(0, args.gap))
                before = len(smtp.messages)
                data = acknowledged_mail(n, rng)
                start = time.perf_counter()
                dovecot.append("customercare", data)
                wait_for_ack(smtp, before, 30, f"delivery {n}", instances)
                latencies.append(time.perf_counter() - start)
            shares = [i.handled() - w for i, w in zip(instances, warm)]
        finally:
            codes = [i.stop() for i in instances]

    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    rows = [("instances", args.instances), ("database", "SQLite" if args.instances == 1 else "PostgreSQL"),
            ("deliveries", len(latencies)), ("p50 s", f"{statistics.median(latencies):.3f}"),
            ("p95 s", f"{p95:.3f}"), ("max s", f"{latencies[-1]:.3f}"), ("min s", f"{latencies[0]:.3f}"),
            ("p95 / 2 s limit", f"{p95 / 2:.2f}"),
            ("handled per instance", " / ".join(map(str, shares))),
            ("exit codes after SIGTERM", " / ".join(map(str, codes)))]
    print(table(("IDLE: APPEND -> ack received", "value"), rows))
    print(f"\ntarget p95 <= 2 s: {'met' if p95 <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
