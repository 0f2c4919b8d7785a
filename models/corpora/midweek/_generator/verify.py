#!/usr/bin/env python3
"""Check the `midweek` set: python3 _generator/verify.py (standard library only)."""
import sys
sys.dont_write_bytecode = True
import collections
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def html_text_unquoted(s):
    s = re.sub(r'(?is)<blockquote.*</blockquote>', " ", s)
    for marker in ('<div class="gmail_quote', '<div id="appendonsend"', '<div id="divRplyFwdMsg"', 'class="yahoo_quoted"',
                   'class="protonmail_quote"', '<hr id="zwchr"', "-----Original Message-----", "-------- Original message",
                   "border-top:solid #E1E1E1"):
        i = s.find(marker)
        if i >= 0:
            s = s[:i]
    return html_text(s)


CUT_MARKERS = [
    r"^-{2,}\s*Original Message\s*-{2,}", r"^-{5,} ?Original message ?-{5,}", r"^-{5,} ?Mensaje original ?-{5,}",
    r"^_{20,}$", r"^From: .*\n(Sent|Date): ", r"^\s+On .{6,200}wrote:\s*$",
    r"^-{5,} Forwarded message -{5,}", r"^-{7} Original Message -{7}",
]


def unquote_plain(t):
    """The sender's own text of a plain part: cut at a quote block that has no
    '>' marks (Outlook, Samsung, Yahoo, forwards), drop '>' lines and the
    'On ... wrote:' line that introduces them (so inline answers survive)."""
    t = t.replace("\r\n", "\n")
    cut = len(t)
    for pat in CUT_MARKERS:
        mm = re.search(pat, t, re.M)
        if mm and mm.start() < cut:
            cut = mm.start()
    t = t[:cut]
    t = re.sub(r"(?m)^On [^\n]*<\n[^\n]*> wrote:\s*$", "", t)
    t = re.sub(r"(?m)^On .{6,200}wrote:\s*$", "", t)
    return "\n".join(l for l in t.split("\n") if not l.startswith(">"))


def leaves(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        yield part


def main():
    man_path = ROOT / "manifest.jsonl"
    lines = man_path.read_text(encoding="utf-8").splitlines()
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    names = [json.loads(l)["file"] for l in lines]
    if names != files:
        err("manifest", "manifest files do not match the .eml files")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        err("files", "not numbered 0001..N")
    cats = {}
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv", "bad header")
    for row in idx[1:]:
        c = row.split("\t")
        if len(c) != 7:
            err("index.tsv", "bad row " + row)
        cats[c[0]] = c
    if sorted(cats) != files:
        err("index.tsv", "rows do not match files")
    if (ROOT / "_generator" / "__pycache__").exists():
        err("_generator", "__pycache__ left behind")
    msgids = collections.Counter()
    prev_arrival = None
    stats = collections.Counter()
    for line in lines:
        rec = json.loads(line)
        f = rec.get("file", "?")
        if list(rec) != KEYS:
            err(f, "manifest keys/order %s" % list(rec))
            continue
        types = {"file": str, "mailbox": str, "automated": bool, "labels": list, "unclear": bool, "entities": dict, "note": str}
        for k, t in types.items():
            if not isinstance(rec[k], t):
                err(f, "%s has wrong type" % k)
        if not (rec["ack_to"] is None or isinstance(rec["ack_to"], str)):
            err(f, "ack_to type")
        if rec["mailbox"] not in BOX:
            err(f, "mailbox")
        if [l for l in LABELS if l in rec["labels"]] != rec["labels"]:
            err(f, "labels unknown, repeated or out of order: %s" % rec["labels"])
        if set(rec["entities"]) - {"name", "postal_code", "account"}:
            err(f, "entity keys")
        if not rec["note"].strip() or "\n" in rec["note"]:
            err(f, "note must be one line")
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                err(f, "automated row must have no labels, no entities, unclear false, ack_to null")
        if rec["unclear"] and rec["labels"]:
            err(f, "unclear row must have labels []")
        raw = (ROOT / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k in msg.keys():
                str(msg[k])
            texts = []
            plain_parts = []
            html_parts = []
            for part in leaves(msg):
                ct = part.get_content_type()
                if part.get_content_maintype() == "text":
                    c = part.get_content()
                    if part.get_filename() or ct == "text/calendar" or ct == "text/rfc822-headers":
                        continue
                    if ct == "text/html":
                        html_parts.append(c)
                        texts.append(html_text(c))
                    elif ct == "text/plain":
                        plain_parts.append(c)
                        texts.append(c)
                else:
                    part.get_payload(decode=True)
        except Exception as e:  # noqa
            err(f, "parse/decode failed: %r" % e)
            continue
        if msg.defects:
            err(f, "defects %s" % msg.defects)
        to = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if BOX[rec["mailbox"]] not in to:
            err(f, "To does not contain the mailbox")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        # arrival order and week
        rcv = msg.get_all("Received")[0]
        arr = email.utils.parsedate_to_datetime(str(rcv).split(";")[-1].strip())
        if prev_arrival and arr < prev_arrival:
            err(f, "not in arrival order")
        prev_arrival = arr
        if not ("2027-10-11" <= arr.strftime("%Y-%m-%d") <= "2027-10-17"):
            err(f, "arrival outside 11-17 October 2027: %s" % arr)
        # entities
        full = "\n".join(texts)
        own = "\n".join([unquote_plain(p) for p in plain_parts] + [html_text_unquoted(h) for h in html_parts])
        self_fwd = "forwarded own text" in cats.get(f, ["", "", ""])[2]
        for k, v in rec["entities"].items():
            if not isinstance(v, str) or not v:
                err(f, "entity %s not a string" % k)
                continue
            if v not in full:
                err(f, "entity %s=%r not in decoded body text" % (k, v))
            elif v not in own and not self_fwd:
                err(f, "entity %s=%r only in quoted/forwarded text" % (k, v))
        # ack_to
        cands = []
        for h in ("Reply-To", "From"):
            if msg.get(h):
                cands += [a.lower() for n, a in email.utils.getaddresses([str(msg.get(h))])]
        if rec["ack_to"] is not None:
            if rec["ack_to"].lower() not in cands:
                err(f, "ack_to %s is neither Reply-To nor From" % rec["ack_to"])
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                err(f, "ack_to set on a message carrying Auto-Submitted")
            rt = msg.get("Reply-To")
            if rt and not rec["automated"]:
                rta = email.utils.getaddresses([str(rt)])[0][1].lower()
                if rta != rec["ack_to"].lower():
                    err(f, "human mail with Reply-To must be acknowledged there")
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["unclear"] += rec["unclear"]
        for l in rec["labels"]:
            stats["label:" + l] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        stats["ack_to set" if rec["ack_to"] else "ack_to null"] += 1
        if rec["entities"]:
            stats["with entities"] += 1
    for mid, n in msgids.items():
        if n > 1:
            err("Message-ID", "%s used %d times" % (mid, n))
    for k in sorted(stats):
        print("%-34s %d" % (k, stats[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(lines), len(files)))


if __name__ == "__main__":
    main()
