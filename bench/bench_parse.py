"""Throughput of intake.mail.parse.parse against bare mail-parser on the same messages.

Not a test. Run from the repo root:

    .venv/bin/python bench/bench_parse.py [--repeat 5] [--min-seconds 1.0]

Messages: tests/data/*.eml plus ../shared/corpus/*.eml when present. Messages that bare mail-parser crashes on
are left out of both timings (n shows timed/loaded). Each set is timed as a whole, best of `--repeat` runs, and
printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import mailparser

from intake.mail.parse import parse

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "tests/data": ROOT / "tests" / "data",
    "shared/corpus": ROOT.parent / "shared" / "corpus",
}


def load(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("*.eml"))] if folder.is_dir() else []


def bare_parses(data: bytes) -> bool:
    """Whether bare mail-parser survives this message; the ones it crashes on are left out of both timings."""
    try:
        mailparser.parse_from_bytes(data)
    except Exception:  # noqa: BLE001 - any crash of the baseline just excludes the message from the comparison
        return False
    return True


def rate(fn: Callable[[bytes], object], messages: list[bytes], min_seconds: float) -> float:
    """Messages per second of one timed run that loops the set for at least min_seconds."""
    gc.collect()
    done = 0
    start = time.perf_counter()
    while True:
        for data in messages:
            fn(data)
        done += len(messages)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def best_rates(messages: list[bytes], repeat: int, min_seconds: float) -> tuple[float, float]:
    """Best-of-`repeat` rates of (bare mail-parser, intake.mail.parse), runs interleaved so load spikes hit both."""
    for data in messages:  # warm-up: imports, regex compilation, codec lookups
        mailparser.parse_from_bytes(data)
        parse(data)
    bare, ours = [], []
    for _ in range(repeat):
        bare.append(rate(mailparser.parse_from_bytes, messages, min_seconds))
        ours.append(rate(parse, messages, min_seconds))
    return max(bare), max(ours)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--min-seconds", type=float, default=1.0)
    opts = args.parse_args()

    rows = []
    for name, folder in SETS.items():
        loaded = load(folder)
        messages = [m for m in loaded if bare_parses(m)]
        if not messages:
            continue
        bare, ours = best_rates(messages, opts.repeat, opts.min_seconds)
        median_kb = statistics.median(len(m) for m in messages) / 1024
        rows.append((name, f"{len(messages)}/{len(loaded)}", median_kb, bare, ours))

    print("| messages | n | median size | mailparser.parse_from_bytes | intake.mail.parse.parse | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, count, median_kb, bare, ours in rows:
        print(
            f"| {name} | {count} | {median_kb:.1f} KB | {bare:,.0f} msg/s | {ours:,.0f} msg/s | {ours / bare:.0%} |"
        )


if __name__ == "__main__":
    main()
