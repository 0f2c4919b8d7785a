"""Micro-benchmark of the automated-mail gate: messages per second over already-parsed mail.

Parsing is not timed (it belongs to intake.mail.parse). The messages are the project's own tests/data/*.eml plus, when
present, the shared corpus and real bounces next to the checkout.

    .venv/bin/python bench/bench_gate.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from intake.decide.gate import Gate
from intake.mail.parse import parse
from intake.decide.recipient import ack_address
from intake.settings import AckSettings, ClassifierSettings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OWN = ("customercare@alliant-energy.com", "powerhousecatalog@alliant-energy.com", "privacy@alliant-energy.com")


def _messages() -> list:
    files = sorted((ROOT / "tests" / "data").glob("*.eml"))
    for folder in (SHARED / "corpus", SHARED / "real-bounces"):
        files += sorted(folder.glob("*.eml"))
    return [parse(f.read_bytes()) for f in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    started = time.perf_counter()
    gate = Gate.load(ClassifierSettings().rules_dir, AckSettings())
    load_ms = (time.perf_counter() - started) * 1000
    mails = _messages()
    if not mails:
        raise SystemExit("no messages to time")
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        for mail in mails:
            verdict = gate.check(mail)
            ack_address(mail, verdict, OWN)
        count += len(mails)
    elapsed = time.perf_counter() - started
    print(f"rules: {len(gate.rules)}, loaded in {load_ms:.0f} ms; messages: {len(mails)}")
    print(f"gate + recipient: {count / elapsed:,.0f} msg/s ({elapsed / count * 1e6:.0f} µs/msg)")


if __name__ == "__main__":
    main()
