"""Run what `intake poll --once` runs, but SIGKILL this very process at a chosen stage boundary; or run the real
`intake run` with a shorter storage backoff. Used by tests/test_crash.py and tests/test_daemon.py as a subprocess.

    python tests/crash_harness.py poll CONFIG --kill-stage fetched|committed|moved --kill-at N
    python tests/crash_harness.py poll CONFIG --kill-outbox claimed|handed|accepted --kill-at N
    python tests/crash_harness.py run CONFIG [--backoff-min SECONDS]

`poll` builds exactly what the CLI builds (settings from the TOML file, make_engine/upgrade/session_factory,
Classifier.load) and then runs the same cycle as intake.ops.cycle.run_cycle, with a Context whose `observe` kills
the process when the N-th ("stage", _, <name>) event arrives, or with intake.send.outbox._stage_hook killing it at
the N-th <stage> of the outbox. kill -9 leaves no chance to clean up: no rollback, no logout, no QUIT.

`run` is `intake --config CONFIG run` with intake.ops.daemon.BACKOFF_MIN changed (so that a test sees the backoff
grow in seconds, not minutes); nothing else differs.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _killer(wanted: str, at: int):
    seen = 0

    def hit(name: str) -> None:
        nonlocal seen
        if name == wanted:
            seen += 1
            if seen == at:
                sys.stdout.flush()
                sys.stderr.flush()
                os.kill(os.getpid(), signal.SIGKILL)

    return hit


def poll(args: argparse.Namespace) -> int:
    from intake.ops import logs
    from intake.send import outbox
    from intake.decide.chain import Decider
    from intake.db import make_engine, session_factory, upgrade
    from intake.pipeline import Context, poll_mailbox
    from intake.settings import load

    settings = load(args.config)
    logs.configure(settings.log_level)
    engine = make_engine(settings.database.url)
    upgrade(engine)
    sessions = session_factory(engine)
    classifier = Decider.load(settings)

    observe = lambda kind, mailbox, value: None  # noqa: E731
    if args.kill_stage:
        hit = _killer(args.kill_stage, args.kill_at)

        def observe(kind: str, mailbox: str, value: str) -> None:
            if kind == "stage":
                hit(value)
    if args.kill_outbox:
        outbox._stage_hook = _killer(args.kill_outbox, args.kill_at)

    ctx = Context(settings=settings, sessions=sessions, classifier=classifier, observe=observe)
    errors = [r.error for r in (poll_mailbox(box, ctx) for box in settings.mailboxes) if r.error]
    outbox.send_due(sessions, settings)
    print("harness: finished without being killed", flush=True)
    return 1 if errors else 0


def run(args: argparse.Namespace) -> int:
    import faulthandler

    from intake import cli

    from intake.ops import daemon

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1 <pid>: every thread's stack on stderr
    daemon.BACKOFF_MIN = args.backoff_min
    cli.main(["--config", str(args.config), "run"], standalone_mode=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("poll")
    p.add_argument("config", type=Path)
    p.add_argument("--kill-stage", choices=("fetched", "committed", "moved"))
    p.add_argument("--kill-outbox", choices=("claimed", "handed", "accepted"))
    p.add_argument("--kill-at", type=int, default=1)
    p.set_defaults(func=poll)
    r = sub.add_parser("run")
    r.add_argument("config", type=Path)
    r.add_argument("--backoff-min", type=float, default=1.0)
    r.set_defaults(func=run)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
