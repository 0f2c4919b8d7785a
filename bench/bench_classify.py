"""Classifier throughput and model load time (a printed table, not a timed test).

    .venv/bin/python bench/bench_classify.py [--messages 10000] [--batch 256]

Mails are built once (parsing is not the classifier's cost) from the training snippets, so every message is
different; every step of the chain and entity extraction run, as in the daemon.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the daemon runs
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _mails(n: int):
    from intake.decide.train import load_snippets

    snippets = [item.mail for item in load_snippets()]
    return [dataclasses.replace(m, new_text=f"{m.new_text}\n\nRef {i}", body=f"{m.body}\n\nRef {i}")
            for i, m in ((i, snippets[i % len(snippets)]) for i in range(n))]


def _stages(decider, mails) -> list[tuple[str, float]]:
    """Where the CPU time goes, per message, step by step along the chain (intake/decide/chain.py's CHAIN), on
    the same mails, and then the answer (entities, evidence) built from the readings."""
    from intake.decide.reading import Reading

    readings = [Reading(m) for m in mails]
    times = []
    with decider.tools.pipelines.batch():
        for name, run in decider.chain:
            started = time.process_time()
            run(readings, decider.tools)
            times.append((name, (time.process_time() - started) / len(mails) * 1e6))
    started = time.process_time()
    for reading in readings:
        decider._decision(reading)
    times.append(("answer (entities, evidence)", (time.process_time() - started) / len(mails) * 1e6))
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    import intake.decide.nlp  # noqa: F401  (spaCy, imported as the daemon imports it)

    import_seconds = time.perf_counter() - started
    from intake.decide.chain import Decider
    from intake.settings import Settings

    settings = Settings(source="<defaults>")
    loads, load_cpu = [], []
    for _ in range(args.repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        decider = Decider.load(settings)
        loads.append(time.perf_counter() - started)
        load_cpu.append(time.process_time() - cpu_started)
    mails = _mails(args.messages)
    decider.classify_many(mails[: args.batch])  # warm up
    rates, cpu_rates = [], []
    for _ in range(args.repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        for i in range(0, len(mails), args.batch):
            decider.classify_many(mails[i:i + args.batch])
        rates.append(len(mails) / (time.perf_counter() - started))
        cpu_rates.append(len(mails) / (time.process_time() - cpu_started))
    stages = _stages(decider, mails[:3000])
    size = sum(p.stat().st_size for p in Path(settings.classifier.model_dir).rglob("*") if p.is_file())
    rows = [
        ("model", decider.model_version),
        ("model size on disk", f"{size / 1e6:.2f} MB"),
        ("import spaCy as intake does (once per process)", f"{import_seconds:.2f} s"),
        ("Decider.load, median of %d" % args.repeats, f"{statistics.median(loads):.2f} s"),
        ("Decider.load CPU time, median", f"{statistics.median(load_cpu):.2f} s"),
        ("messages per run", f"{len(mails)}"),
        ("batch size (classify_many)", f"{args.batch}"),
        ("classify_many, median of %d" % args.repeats, f"{statistics.median(rates):,.0f} msg/s"),
        ("classify_many, worst of %d" % args.repeats, f"{min(rates):,.0f} msg/s"),
        ("classify_many per CPU second, median", f"{statistics.median(cpu_rates):,.0f} msg/s"),
    ]
    rows += [(f"  of which {name} (CPU)", f"{us:,.0f} us/msg") for name, us in stages]
    width = max(len(k) for k, _ in rows)
    print(f"{'figure':<{width}}  value\n{'-' * width}  -----")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
