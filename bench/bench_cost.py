"""Classify time per byte by kind of text and size: linear in size, with a cap (a printed table, not a test).

    .venv/bin/python bench/bench_cost.py [--budget 200000] [--repeats 3]

For each kind of body (plain prose, symbols with no space, emoji, CJK, NUL bytes) and each size from 1,000
characters to the classifier's cap (intake/decide/words.py MAX_TEXT_CHARS), `Decider.classify_many` decides
enough different messages to read about `--budget` characters, best of `--repeats`: CPU seconds per MB of body.
Every message is different (random characters), so spaCy's tokenizer cache cannot hide the cost. Hostile kinds
are runs of 1 to 1,000 characters between spaces, in paragraphs (so that the text is read, cut per token, and grows with the
size), and one kind is a single run with no space at all (the attack of issue 15). "flat" is the per-byte time at
the cap over that at 1,000 characters: about 1 for a cost linear in size, less where the fixed cost of a message
dominates small ones or the caps leave most of a message unread (before the caps, 10,000 symbols in a row cost
~32 s and 20,000 ~130 s: a ratio in the hundreds). One size past the cap shows the cap at work.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORDS = ("please stop sending me the catalog and the promotional emails we moved last spring and the bill goes "
         "to my daughter now thank you for your help with the account at the old address on main street").split()
SYMBOLS = "€$%#§£¥©™°¤¢&*=+<>|~^"
LIMIT_FLAT = 1.5
"""Per-byte time at the cap over that at 1,000 characters at most this: linear in size."""


def _plain(rng: random.Random, n: int) -> str:
    out, size = [], 0
    while size < n:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16))).capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:n]


def _runs(rng: random.Random, n: int, pick) -> str:
    """Runs of 1 to 1,000 characters between spaces, a paragraph of five runs or so: every run past the token cap
    is cut, the rest is read."""
    out, size = [], 0
    while size < n:
        run = "".join(pick() for _ in range(rng.randint(1, 1_000)))
        out.append(run + ("\n\n" if rng.random() < 0.2 else " "))
        size += len(out[-1])
    return "".join(out)[:n]


KINDS = {
    "plain": lambda rng, n: _plain(rng, n),
    "symbols": lambda rng, n: _runs(rng, n, lambda: rng.choice(SYMBOLS)),
    "symbols, no space": lambda rng, n: "".join(rng.choice(SYMBOLS) for _ in range(n)),
    "emoji": lambda rng, n: _runs(rng, n, lambda: chr(rng.randint(0x1F600, 0x1F64F))),
    "cjk": lambda rng, n: _runs(rng, n, lambda: chr(rng.randint(0x4E00, 0x9FFF))),
    # NUL bytes as Dovecot stores them (0x80, read as cp1252's euro sign under a UTF-8 label; bare NULs make the
    # part undecodable and leave no text at all), with a digit now and then so that no two runs are alike.
    "nul": lambda rng, n: _runs(rng, n, lambda: "\x80" if rng.random() < 0.95 else rng.choice("0123456789")),
}


def _message(i: int, body: str) -> bytes:
    head = (f"From: Sender {i} <sender{i}@example.com>\r\nTo: customercare@alliant-energy.com\r\n"
            f"Subject: about my account {i}\r\nMessage-ID: <cost-{i}@example.com>\r\n"
            "Date: Thu, 03 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + (body.encode("latin-1") if "\x80" in body else body.encode("utf-8"))


def _cell(decider, kind: str, chars: int, budget: int, repeats: int) -> tuple[float, float, dict]:
    """CPU seconds per message and body bytes per message for one kind and size, and the last message's cut."""
    from intake.mail.parse import parse

    rng = random.Random(f"{kind}-{chars}")
    count = max(3, budget // max(chars, 1_000))
    raws = [_message(i, KINDS[kind](rng, chars)) for i in range(count)]
    body_bytes = sum(len(r) for r in raws) - sum(len(r.split(b"\r\n\r\n", 1)[0]) + 4 for r in raws)
    mails = [parse(r) for r in raws]
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        decisions = decider.classify_many(mails)
        best = min(best, time.process_time() - started)
    return best / count, body_bytes / count, decisions[-1].evidence.get("words", {}).get("cut", {})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--budget", type=int, default=200_000, help="characters read per cell")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from intake.decide.chain import Decider
    from intake.decide.words import MAX_TEXT_CHARS
    from intake.settings import load

    decider = Decider.load(load(None, {}, required=False))
    # The largest size stays just under the cap (the subject counts too), so no message is cut as a whole there.
    sizes = [1_000, 2_000, 5_000, 10_000, MAX_TEXT_CHARS - 100]
    past = 5 * MAX_TEXT_CHARS
    print(f"classify CPU seconds per MB of body (best of {args.repeats}); sizes in characters, cap {MAX_TEXT_CHARS:,}")
    print(f"{'kind':<18}" + "".join(f"{s:>8,}" for s in sizes) + f"{'flat':>6}{'limit':>6}"
          + f"{'past cap ' + format(past, ','):>17}  cut at the cap")
    failed = False
    for kind in KINDS:
        cells = [_cell(decider, kind, size, args.budget, args.repeats) for size in sizes]
        per_mb = [seconds / (size_bytes / 1e6) for seconds, size_bytes, _ in cells]
        seconds, size_bytes, _ = _cell(decider, kind, past, args.budget, 1)
        flat = per_mb[-1] / per_mb[0]
        failed |= flat > LIMIT_FLAT
        cut_text = ", ".join(f"{k} {v:,}" for k, v in cells[-1][2].items()) or "-"
        print(f"{kind:<18}" + "".join(f"{v:>8.2f}" for v in per_mb) + f"{flat:>6.2f}{LIMIT_FLAT:>6.2f}"
              + f"{seconds / (size_bytes / 1e6):>17.2f}  {cut_text}")
    print("flat: per-byte time at the cap over that at 1,000 characters;", "FAIL" if failed else "ok")


if __name__ == "__main__":
    main()
