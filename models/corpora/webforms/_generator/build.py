"""Build the `webforms` set: python3 _generator/build.py

Standard library only. Every random choice (dates, ids, IPs, boundaries) comes from a random stream seeded by the
spec id, so a rebuild is byte-identical and adding a spec never changes another message. Texts are in specs.py,
the systems that relay them (form services, chat, help desks, voicemail, SMS, staff) in systems.py."""
import datetime as dt
import hashlib
import json
import os
import re
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import systems  # noqa: E402
from specs import SPECS  # noqa: E402

NL = "\r\n"
BOX = {"cc": "customercare@alliant-energy.com", "phc": "powerhousecatalog@alliant-energy.com"}
MAILBOX = {"cc": "customercare", "phc": "powerhousecatalog"}
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def rng(key):
    return random.Random(zlib.crc32(("webforms:" + key).encode("utf-8")))


def hexid(key, n=16):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def central(d):
    # our servers stamp Central time: CDT from mid-March to early November, CST otherwise (simplified by month)
    return dt.timezone(dt.timedelta(hours=-5 if 4 <= d.month <= 10 else -6))


def rfc_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def pick_date(s):
    r = rng("date:" + s["id"])
    month = s.get("month") or r.randint(1, 12)
    day = r.randint(1, 28)
    day = s.get("day") or day
    hour = r.choice([0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]) if not s.get("night") else 3
    base = dt.datetime(2026, month, day, hour, r.randint(0, 59), r.randint(0, 59))
    tz = central(base)
    return base.replace(tzinfo=tz)


def ip(r):
    return "%d.%d.%d.%d" % (r.choice([23, 34, 44, 52, 54, 63, 66, 104, 148, 159, 168, 192, 198, 208, 209]),
                            r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def fold(name, value):
    """Fold a long ASCII header at spaces (continuation lines start with one space)."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return NL.join(lines)


def unwrap(t):
    """Join the source-code line wraps of text a person typed into a one-line field (a form textarea, a chat box,
    a transcript): a newline after a letter, digit or comma and before a lower-case letter or digit."""
    return re.sub(r"(?<=[A-Za-z0-9,\u00c0-\u017f])\n(?=[a-z0-9\u00e0-\u017f])", " ", t)


def prepare(s):
    if s["sys"] == "staff":
        return s
    s = dict(s)
    if isinstance(s.get("msg"), str):
        s["msg"] = unwrap(s["msg"])
    for key in ("rows", "qa"):
        if key in s:
            s[key] = [(k, unwrap(v) if isinstance(v, str) else v) for k, v in s[key]]
    return s


def build_one(s):
    s = prepare(s)
    d = pick_date(s)
    s["_date"] = d
    m = systems.render(s, d)  # dict: frm, rt, subject, msgid, headers, body_lines, return_path, helo
    r = rng("trace:" + s["id"])
    box = BOX[s["box"]]
    frm_addr = m["frm"][1]
    rp = m.get("return_path", frm_addr)
    dom = rp.split("@")[1]
    mx = "mx%d" % r.randint(1, 2)
    helo = m.get("helo") or "mail-%s.%s" % (hexid("h" + s["id"], 4), dom)
    sender_ip = m.get("ip") or ip(r)
    t_in = d + dt.timedelta(seconds=r.randint(3, 50))
    t_box = t_in + dt.timedelta(seconds=r.randint(0, 2))
    loc = central(d)
    h = ["Return-Path: <%s>" % rp, "Delivered-To: " + box]
    h.append(fold("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.1%s]) by "
                  "mbx01.alliant-energy.com with LMTP id %s (envelope-from <%s>) for <%s>; %s"
                  % (mx, mx, mx[-1], hexid("l" + s["id"], 22), rp, box, rfc_date(t_box.astimezone(loc)))))
    h.append(fold("Received", "from %s (%s [%s]) by %s.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s"
                  % (helo, helo, sender_ip, mx, hexid("q" + s["id"], 10).upper(), box,
                     rfc_date(t_in.astimezone(loc)))))
    fdom = frm_addr.split("@")[1]
    auth = m.get("auth") or ("spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s"
                             % (dom, fdom, fdom))
    h.append(fold("Authentication-Results", "%s.alliant-energy.com; %s" % (mx, auth)))
    h.append("From: " + systems.addr(*m["frm"]))
    h.append("To: " + m.get("to", box))
    if m.get("rt"):
        h.append("Reply-To: " + systems.addr(*m["rt"]))
    h.append(systems.hdr("Subject", m["subject"]))
    h.append("Date: " + rfc_date(m.get("date_shown", d)))
    h.append("Message-ID: <%s>" % m["msgid"])
    for name, val in m.get("headers", []):
        h.append(systems.hdr(name, val))
    h.append("MIME-Version: 1.0")
    out = NL.join(h + m["body_lines"])
    if not out.endswith(NL):
        out += NL
    out.encode("ascii")
    return out.encode("ascii"), m


def main():
    rows, idx = [], []
    seen = set()
    for n, s in enumerate(SPECS, 1):
        if s["id"] in seen:
            raise SystemExit("duplicate spec id " + s["id"])
        seen.add(s["id"])
        fn = "%04d.eml" % n
        raw, m = build_one(s)
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(raw)
        ack = s.get("ack")
        if ack == "rt":
            ack_to = m["rt"][1]
        elif ack == "from":
            ack_to = m["frm"][1]
        else:
            ack_to = None
        labels = [x for x in LABEL_ORDER if x in s.get("labels", [])]
        rows.append({"file": fn, "mailbox": MAILBOX[s["box"]], "automated": bool(s.get("auto")), "labels": labels,
                     "unclear": bool(s.get("unclear")), "entities": s.get("ent", {}), "note": s["note"],
                     "ack_to": ack_to})
        idx.append([fn, s["id"], s.get("via") or s["sys"], "machine" if s.get("auto") else "person", s["lang"]])
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for i in idx:
            f.write("\t".join(i) + "\n")
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
