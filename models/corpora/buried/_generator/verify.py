#!/usr/bin/env python3
"""Check the 'buried' set.  python3 _generator/verify.py   (stdlib only; exit code 1 on any problem)"""
import collections, email, email.policy, email.utils, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def addrs(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals])]


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        payload = part.get_content()
        if part.get_content_maintype() == "text":
            out.append(payload)
    return "\n".join(out)


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            err("build.py", r.stderr[-2000:])
        else:
            for fn in sorted(os.listdir(tmp)):
                a = open(os.path.join(tmp, fn), "rb").read()
                p = os.path.join(ROOT, fn)
                if not os.path.exists(p) or open(p, "rb").read() != a:
                    err(fn, "differs from a fresh rebuild")
    # 2. manifest
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()]
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        err("manifest", "file list does not match the .eml files (or order differs)")
    if emls != ["%04d.eml" % i for i in range(1, len(emls) + 1)]:
        err("files", "not numbered 0001..N")
    if not 100 <= len(emls) <= 120:
        err("files", "%d messages, expected 100-120" % len(emls))
    msgids = collections.Counter()
    stats = collections.Counter()
    for r in rows:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # raw hygiene
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare LF or CR")
        for i, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                err(f, "line %d longer than 998 octets" % i)
        if not raw.endswith(b"\r\n"):
            err(f, "does not end in CRLF")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII header bytes")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            text = decoded_text(msg)
            for part in msg.walk():
                if not part.is_multipart() and part.get_content_maintype() != "message":
                    part.get_content()
                if part.defects:
                    err(f, "defects %s" % part.defects)
        except Exception as e:  # noqa
            err(f, "parse error %r" % e)
            continue
        # mailbox
        if r["mailbox"] not in BOX:
            err(f, "bad mailbox")
            continue
        box = BOX[r["mailbox"]]
        if str(msg.get("Delivered-To", "")).lower() != box:
            err(f, "Delivered-To is not %s" % box)
        if not r["automated"] and box not in addrs(msg, "To") + addrs(msg, "Cc"):
            err(f, "To/Cc does not contain %s" % box)
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        # labels
        if any(l not in LABELS for l in r["labels"]) or r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f, "labels invalid or out of order")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(f, "automated row must have labels [], ack_to null, unclear false, entities {}")
        if r["unclear"] and set(r["labels"]) - {"question"}:
            err(f, "unclear row carries an opt-out label")
        if not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        # entities
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err(f, "entity key %s" % k)
            elif not isinstance(v, str) or v not in text:
                err(f, "entity %s=%r not in decoded body text" % (k, v))
        # ack_to
        if r["ack_to"] is not None:
            ok = addrs(msg, "From") + addrs(msg, "Reply-To")
            if r["ack_to"].lower() not in ok:
                err(f, "ack_to %s not in From/Reply-To" % r["ack_to"])
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_to set"] += r["ack_to"] is not None
        stats["mailbox=" + r["mailbox"]] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        stats["combo:" + ("(automated)" if r["automated"] else ("+".join(r["labels"]) or "(none)") + (" [unclear]" if r["unclear"] else ""))] += 1
        if r["entities"]:
            stats["with entities"] += 1
    for m, n in msgids.items():
        if n > 1:
            err("Message-ID", "%s used %d times" % (m, n))
    # index.tsv
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != emls:
        err("index.tsv", "files do not match")
    for l in idx[1:]:
        if len(l.split("\t")) != 6 or l.split("\t")[3] not in ("en", "es", "mixed"):
            err("index.tsv", "bad row %r" % l[:60])
    for k in sorted(stats):
        print("%-60s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors[:200]))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default, rebuild is byte-identical" % (len(rows), len(emls)))


if __name__ == "__main__":
    main()
