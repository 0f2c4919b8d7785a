#!/usr/bin/env python3
"""Check the `crossed` set: parsing, CRLF, manifest schema, label rules, entities in the sender's text, ack_to.

python3 _generator/verify.py   (standard library only; exits 1 on any error)
"""
import collections
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def text_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" or ct in ("message/delivery-status", "message/disposition-notification"):
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise RuntimeError("cannot decode %s: %s" % (ct, e))
            if isinstance(c, bytes):
                c = c.decode("utf-8", "replace")
            if not isinstance(c, str):
                c = str(c)
            if part.get_param("format", "").lower() == "flowed":
                c = re.sub(r"(?<=[^\n]) \n(?!\n)", " ", c)  # RFC 3676 unflow (no DelSp)
            out.append((ct, c))
        else:
            part.get_content()  # decode attachments too
    return out


QUOTE_START = re.compile(r"^(On .* wrote:|---------- Forwarded message ---------|Begin forwarded message:|"
                         r"________________________________|-----Original Message-----)\s*$")


def new_text(plain):
    """The sender's own text: up to the first quote/forward header, without '>' lines."""
    lines = []
    for l in plain.split("\n"):
        if QUOTE_START.match(l.strip()):
            break
        if l.startswith(">"):
            continue
        lines.append(l)
    return "\n".join(lines)


def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def main():
    mf = os.path.join(ROOT, "manifest.jsonl")
    rows = [json.loads(l) for l in open(mf, encoding="utf-8").read().splitlines()]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        err("manifest", "file list does not match the .eml files in order")
    if not (100 <= len(rows) <= 120):
        err("manifest", "expected 100-120 messages, found %d" % len(rows))
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        err("index.tsv", "file list does not match")
    msgids = collections.defaultdict(list)
    stats = collections.Counter()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "keys/order %s" % list(r.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # ---- raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII header bytes")
        # ---- parse
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            for k, v in msg.items():
                str(v)
            parts = text_parts(msg)
        except Exception as e:  # noqa: BLE001
            err(f, "parse: %s" % e)
            continue
        for part in msg.walk():
            if part.defects:
                err(f, "defects %s" % part.defects)
        # ---- schema types
        if r["mailbox"] not in BOX:
            err(f, "mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "bool fields")
        if [l for l in LABELS if l in r["labels"]] != r["labels"]:
            err(f, "labels not a subset in canonical order: %s" % r["labels"])
        if not isinstance(r["entities"], dict) or set(r["entities"]) - {"name", "postal_code", "account"}:
            err(f, "entity keys")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        # ---- mailbox / delivery
        addr = BOX[r["mailbox"]]
        if msg.get("Delivered-To", "").strip().lower() != addr:
            err(f, "Delivered-To is not %s" % addr)
        rcpts = [a.lower() for _, a in email.utils.getaddresses([str(msg.get("To", "")), str(msg.get("Cc", ""))])]
        if addr not in rcpts:
            stats["mailbox not in To/Cc (list/bcc)"] += 1
            if not (msg.get("List-ID") or msg.get("Mailing-list")):
                err(f, "%s not in To/Cc and not list mail" % addr)
        mid = msg.get("Message-ID") or msg.get("Message-Id")
        if mid:
            msgids[str(mid).strip()].append(r)
        date = msg.get("Date")
        if not date or email.utils.parsedate_to_datetime(str(date)) is None:
            err(f, "bad Date")
        # ---- label rules
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, not unclear, no entities, ack_to null")
        else:
            if r["unclear"] and set(r["labels"]) - {"question"}:
                err(f, "unclear row carries an opt-out label")
            if msg.get("Auto-Submitted", "no").strip().lower() != "no" and r["ack_to"] is not None:
                err(f, "Auto-Submitted human message must have ack_to null")
            if not r["labels"] and not r["unclear"] and r["ack_to"] is not None:
                err(f, "no labels, not unclear (nothing to do) but ack_to set")
        # ---- entities: verbatim in the sender's own text
        plain = [c for ct, c in parts if ct == "text/plain"]
        htmls = [strip_html(c) for ct, c in parts if ct == "text/html"]
        own = new_text(plain[0]) if plain else (new_text(htmls[0]) if htmls else "")
        own += "\n" + str(msg.get("Subject", "")) if not str(msg.get("Subject", "")).lower().startswith("re:") else ""
        for k, v in r["entities"].items():
            if not isinstance(v, str) or not v:
                err(f, "entity %s empty" % k)
            elif v not in own:
                err(f, "entity %s=%r not in the sender's own text" % (k, v))
        # ---- ack_to
        if r["ack_to"] is not None:
            frm = [a.lower() for _, a in email.utils.getaddresses([str(msg.get("From", ""))])]
            rt = [a.lower() for _, a in email.utils.getaddresses([str(msg.get("Reply-To", ""))])]
            body_addrs = set(a.lower() for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "\n".join(plain + htmls)))
            a = r["ack_to"].lower()
            if a in frm:
                stats["ack_to = From"] += 1
            elif a in rt:
                stats["ack_to = Reply-To"] += 1
            elif a in body_addrs:
                stats["ack_to = address in body"] += 1
            else:
                err(f, "ack_to %s is neither From, Reply-To nor in the body" % a)
            if a.endswith("@alliant-energy.com") or a.startswith(("noreply@", "no-reply@", "mailer-daemon@")):
                err(f, "ack_to points at our own or a no-reply address")
        # ---- counts
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        if r["ack_to"] is None:
            stats["ack_to null"] += 1
        if r["entities"]:
            stats["with entities"] += 1
    for mid, rs in msgids.items():
        if len(rs) > 1:
            boxes = [x["mailbox"] for x in rs]
            same = all((x["labels"], x["unclear"], x["entities"], x["ack_to"], x["automated"]) ==
                       (rs[0]["labels"], rs[0]["unclear"], rs[0]["entities"], rs[0]["ack_to"], rs[0]["automated"])
                       for x in rs)
            if len(set(boxes)) != len(boxes) or not same:
                err(",".join(x["file"] for x in rs), "duplicate Message-ID %s" % mid)
            else:
                stats["same message in both mailboxes"] += 1
    for k in sorted(stats):
        print("%-40s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(files)))


if __name__ == "__main__":
    main()
