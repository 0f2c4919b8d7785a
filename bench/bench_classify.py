"""Classifier throughput and model load time (a printed table, not a timed test).

    .venv/bin/python bench/bench_classify.py [--messages 10000] [--batch 256]

Mails are built once (parsing is not the classifier's cost) from the training texts, so every message is
different; the gate, the rules, the model and entity extraction all run, as in the daemon.
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
    from intake.mail.parse import parse
    from intake.decide.train import load_examples

    template = parse(b"From: Pat Doe <pat@example.org>\r\nTo: customercare@alliant-energy.com\r\nSubject: x\r\n"
                     b"Message-ID: <b@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
    examples = load_examples()
    mails = []
    for i in range(n):
        ex = examples[i % len(examples)]
        mails.append(dataclasses.replace(template, subject=ex.subject, new_text=f"{ex.text}\n\nRef {i}",
                                         body=ex.text, language=ex.lang if ex.lang in ("en", "es") else "und"))
    return mails


def _stages(classifier, mails) -> list[tuple[str, float]]:
    """Where the CPU time goes, per message, stage by stage (each stage timed alone on the same mails)."""
    from intake.decide.classify import analyse, prepare
    from intake.decide.entities import extract_entities

    def timed(run) -> float:
        started = time.process_time()
        run()
        return (time.process_time() - started) / len(mails) * 1e6

    prepared = [prepare(m) for m in mails]
    docs: list = []
    return [
        ("automated-mail gate", timed(lambda: [classifier.gate.check(m) for m in mails])),
        ("text preparation", timed(lambda: [prepare(m) for m in mails])),
        ("nlp.pipe (lemmas + textcat)", timed(lambda: docs.extend(classifier.nlp.pipe([p.lowered for p in prepared],
                                                                                     batch_size=256)))),
        ("rules + cues + scope", timed(lambda: [analyse(classifier.rules, p, d) for p, d in zip(prepared, docs)])),
        ("entities", timed(lambda: [extract_entities(m) for m in mails])),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    import spacy  # noqa: F401

    import_seconds = time.perf_counter() - started
    from intake.decide.classify import Classifier
    from intake.settings import AckSettings, ClassifierSettings

    settings = ClassifierSettings()
    loads, load_cpu = [], []
    for _ in range(args.repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        classifier = Classifier.load(settings, AckSettings(), ["customercare@alliant-energy.com"])
        loads.append(time.perf_counter() - started)
        load_cpu.append(time.process_time() - cpu_started)
    mails = _mails(args.messages)
    classifier.classify_many(mails[: args.batch])  # warm up
    rates, cpu_rates = [], []
    for _ in range(args.repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        for i in range(0, len(mails), args.batch):
            classifier.classify_many(mails[i:i + args.batch])
        rates.append(len(mails) / (time.perf_counter() - started))
        cpu_rates.append(len(mails) / (time.process_time() - cpu_started))
    stages = _stages(classifier, mails[:3000])
    size = sum(p.stat().st_size for p in settings.model_dir.rglob("*") if p.is_file())
    rows = [
        ("model", classifier.model_version),
        ("model size on disk", f"{size / 1e6:.2f} MB"),
        ("import spacy (once per process)", f"{import_seconds:.2f} s"),
        ("Classifier.load, median of %d" % args.repeats, f"{statistics.median(loads):.2f} s"),
        ("Classifier.load CPU time, median", f"{statistics.median(load_cpu):.2f} s"),
        ("messages per run", f"{len(mails)}"),
        ("batch size (nlp.pipe)", f"{args.batch}"),
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
