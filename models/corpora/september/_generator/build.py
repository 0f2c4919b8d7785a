#!/usr/bin/env python3
"""Rebuild the september set byte for byte: NNNN.eml, manifest.jsonl, index.tsv.

Standard library only. Every random choice comes from a Random seeded by the message's key
(mimekit.rng_for), so the output is fixed. Run from anywhere: python3 _generator/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mimekit import txt, html, multi, to_html, MAILBOX, MBNAME, Part, fold, addr, subj, rfc_date, parse_when, attach  # noqa: E402,F401
from providers import render  # noqa: E402


# ------------------------------------------------------------------ body styles of the mail programs
def gm(text, quoted_html=None):
    """Gmail web / Gmail app: multipart/alternative, UTF-8, 7bit or QP."""
    return multi("alternative", [txt(text, "UTF-8"), html(quoted_html or to_html(text, "gmail"), "UTF-8")],
                 bstyle="gmail")


def yh(text, key):
    import hashlib
    h = int(hashlib.md5(key.encode()).hexdigest()[:12], 16)
    b = "----=_Part_%d_%d.%d" % (h % 9000000 + 1000000, h % 1999999999, 1788000000000 + h % 999999999)
    t = txt(text, "UTF-8", cte="quoted-printable", qcs=False)
    hp = html(to_html(text, "yahoo"), "UTF-8", cte="quoted-printable", qcs=False)
    return multi("alternative", [t, hp], boundary=b)


def ol(text, key):
    import hashlib
    asc = text.isascii()
    cs = "us-ascii" if asc else "utf-8"
    h = hashlib.md5(key.encode()).hexdigest().upper()
    b = "_000_%s%s_" % (h[:20], "NAMPRD%02d" % (int(h[20:22], 16) % 20))
    t = txt(text, cs, cte="quoted-printable")
    hp = html(to_html(text, "outlook"), cs, cte="quoted-printable")
    return multi("alternative", [t, hp], boundary=b)


def ip(text):
    """iPhone Mail, plain text."""
    if text.isascii():
        return txt(text, "us-ascii", cte="7bit", qcs=False)
    return txt(text, "utf-8", cte="quoted-printable", qcs=False)


def ipalt(text, key):
    import hashlib
    h = hashlib.md5(key.encode()).hexdigest().upper()
    b = "Apple-Mail-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if text.isascii():
        t = txt(text, "us-ascii", cte="7bit", qcs=False)
    else:
        t = txt(text, "utf-8", cte="quoted-printable", qcs=False)
    hp = html(to_html(text, "apple"), "utf-8", cte="quoted-printable", qcs=False)
    return multi("alternative", [t, hp], boundary=b)


def tb(text):
    """Thunderbird: text/plain; format=flowed; 7bit or 8bit."""
    return txt(text, "UTF-8", cte="7bit" if text.isascii() else "8bit", flowed=True, qcs=False)


def plain(text, cs="us-ascii", cte=None, qcs=False):
    return txt(text, cs, cte=cte, qcs=qcs)


def CH(*pairs):
    """Explicit client header block (name, value) in the given order; values already RFC 2047 where needed."""
    def f(m, msgid, dt):
        return [fold(k, v) for k, v in pairs if v is not None]
    return f


def D(when, off=-5):
    return rfc_date(parse_when(when), off)


def A(name, email):
    return addr(name, email)


def S(text):
    return subj(text)


# ------------------------------------------------------------------ message spec
def M(key, when, mb, prov, frm, subject, body, **kw):
    d = dict(key=key, when=when, mb=mb, prov=prov, frm=frm, subject=subject, body=body)
    d.update(kw)
    d.setdefault("auto", False)
    d.setdefault("unclear", False)
    d.setdefault("labels", [])
    d.setdefault("ent", {})
    d.setdefault("ack", None if d["auto"] else "from")
    return d


LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def main():
    import msgs_a
    import msgs_b
    import msgs_c
    import msgs_d
    allm = msgs_a.MSGS + msgs_b.MSGS + msgs_c.MSGS + msgs_d.MSGS
    keys = [m["key"] for m in allm]
    assert len(keys) == len(set(keys)), "duplicate key"
    whens = [m["when"] for m in allm]
    assert len(whens) == len(set(whens)), "duplicate time"
    allm.sort(key=lambda m: m["when"])
    # clear old output
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man = []
    idx = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, m in enumerate(allm, 1):
        fn = "%04d.eml" % i
        data = render(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        labels = [l for l in LABEL_ORDER if l in m["labels"]]
        assert sorted(labels) == sorted(m["labels"]), m["key"]
        if m["ack"] == "from":
            ack_to = m["frm"][1]
        elif m["ack"] == "reply_to":
            ack_to = m["reply_to"][1]
        else:
            ack_to = None
        rec = {"file": fn, "mailbox": MBNAME[m["mb"]], "automated": m["auto"], "labels": labels,
               "unclear": m["unclear"], "entities": m["ent"], "note": m["note"], "ack_to": ack_to}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("\t".join([fn, m["key"], m["cat"], m["lang"], m["program"], m["when"][:10]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(allm))


if __name__ == "__main__":
    main()
