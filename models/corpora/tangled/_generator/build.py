"""Rebuild the `tangled` set byte for byte: python3 _generator/build.py

specs_*.py declare what each customer wrote and how it is labelled; this file turns a spec into the raw bytes an
IMAP server would hand out (CRLF, our trace headers on top) and writes manifest.jsonl and index.tsv.  Every
random choice comes from random.Random(SEED ^ crc32(spec id)); the file order is one shuffle with SEED.
Standard library only.
"""
import datetime as dt
import json
import os
import random
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mime  # noqa: E402
from mime import NL  # noqa: E402

SEED = 20261207
SPEC_MODULES = ["specs_buried", "specs_channels", "specs_muddled", "specs_people", "specs_es"]
DESK = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")
CATDESK = ("PowerHouse Catalog Customer Service", "powerhousecatalog@alliant-energy.com")


def load():
    out = []
    for m in SPEC_MODULES:
        out += __import__(m).SPECS
    return out


def when(r, spec):
    if spec.get("date"):
        mo, d, h, mi = spec["date"]
        return dt.datetime(2026, mo, d, h, mi, r.randint(0, 59))
    start = dt.datetime(2026, 2, 2)
    day = start + dt.timedelta(days=r.randint(0, 295))
    return day.replace(hour=r.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23]),
                       minute=r.randint(0, 59), second=r.randint(0, 59))


def ack_of(spec):
    if spec.get("auto"):
        return None
    if not spec["labels"] and not spec["unclear"]:
        return None
    if "ack" in spec:
        return spec["ack"]
    return spec["frm"][1]


def build_thread(r, spec, t, style, lang, me):
    """Our desk's earlier reply (which quotes the customer's earlier mail, Outlook style) under the new text."""
    th = spec["thread"]
    desk = CATDESK if spec["box"] == "powerhousecatalog" else DESK
    ours_t = t - dt.timedelta(days=th.get("days", 9), hours=r.randint(1, 20), minutes=r.randint(0, 59))
    theirs_t = ours_t - dt.timedelta(days=th.get("gap", 2), hours=r.randint(1, 9), minutes=r.randint(0, 59))
    inner = "\n".join(["From: %s <%s>" % spec["frm"],
                       "Sent: %s, %s %d, %d %s" % (mime.WDL[theirs_t.weekday()], mime.MOL[theirs_t.month - 1],
                                                   theirs_t.day, theirs_t.year, mime.h12(theirs_t)),
                       "To: %s <%s>" % desk, "Subject: %s" % th["subject"]])
    ours = th["ours"].strip("\n") + "\n\n" + inner + "\n\n" + th["theirs"].strip("\n")
    qh = mime.quote_header(style, lang, desk[0], desk[1], ours_t, "RE: " + th["subject"], me)
    plain, html = mime.quoted(style, lang, qh, ours)
    mid = "<%s.%s@mail.alliant-energy.com>" % (mime.rnd(r, 18, mime.HEXL), ours_t.strftime("%Y%m%d%H%M%S"))
    return plain, html, mid, "RE: " + th["subject"]


def unwrap(text):
    """Undo the hard wrapping of the spec source: a line of 60+ characters runs on into the next line of the same
    paragraph (mail programs other than mutt send paragraphs as one line and let the reader wrap them)."""
    out = []
    for line in text.split("\n"):
        if out and len(out[-1]) >= 60 and line.strip() and not out[-1].endswith(":") \
                and not line.lstrip()[:2] in ("1)", "2)", "3)", "1.", "2.", "3."):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def html_doc(client, inner, charset="utf-8"):
    if client.startswith("gmail"):
        return '<div dir="ltr">%s</div>\n' % inner
    if client.startswith("outlook") or client in ("zimbra-html", "ox-webmail-es-html"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '</head>\n<body>\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
                '\n%s\n</div>\n</body>\n</html>\n' % (charset, inner))
    if client.startswith(("yahoo", "aol")):
        return ('<html><head></head><body><div class="ydp-body" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">\n%s\n</div></div></body>'
                '</html>\n' % inner)
    if client.startswith("samsung"):
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>' \
               '<body dir="auto">\n%s\n</body></html>\n' % inner
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="overflow-wrap: break-word;">\n%s\n</body></html>\n' % inner)


def make(spec):
    r = random.Random(SEED ^ zlib.crc32(spec["id"].encode()))
    client = spec["client"]
    layout, style, sig, qlang = mime.CLIENTS[client]
    if spec.get("layout"):
        layout = spec["layout"]
    sig = spec.get("sig", sig)
    t = when(r, spec)
    name, frm = spec["frm"]
    domain = frm.split("@")[1]
    box = mime.BOX[spec["box"]]
    to = spec.get("to") or r.choice(mime.TO_FORMS[spec["box"]])
    body = spec["body"].strip("\n")
    if client != "mutt":
        body = unwrap(body)
    plain = body + ("\n\n" + sig if sig else "")
    hnew = spec.get("html") or mime.to_html_lines(body)
    if sig:
        hnew += "\n<div><br></div>\n<div>%s</div>" % sig
    subject = spec["subject"]
    irt = None
    if spec.get("thread"):
        qp_, qh_, irt, tsub = build_thread(r, spec, t, style, qlang, "%s <%s>" % (name, frm) if name else frm)
        plain += "\n\n" + qp_
        hnew += "\n<div><br></div>\n" + qh_
        if subject is None:
            subject = ("RE: " if client.startswith("outlook") else "Re: ") + tsub[4:]
    charset = spec.get("charset") or ("windows-1252" if client == "outlook-desktop" else "utf-8")
    hdoc = html_doc(client, hnew, charset)
    if layout == "plain":
        flowed = client in ("thunderbird",)
        cte = "quoted-printable" if not mime.ascii_ok(plain) else None
        ph, payload = mime.text_part(mime.flow(plain) if flowed else plain, "plain",
                                     "us-ascii" if mime.ascii_ok(plain) and client in ("thunderbird", "mutt")
                                     else charset, flowed=flowed, cte=cte)
        ctype_lines, body_bytes = ph, payload
    elif layout == "html":
        ph, payload = mime.text_part(hdoc, "html", charset,
                                     cte="base64" if client == "ox-webmail-es-html" else "quoted-printable")
        ctype_lines, body_bytes = ph, payload
    else:
        bnd = {"gmail": "0000000000%s" % mime.rnd(r, 16, mime.HEXL),
               "outlook": "_000_%s_" % mime.rnd(r, 40, mime.HEXU),
               "apple": "Apple-Mail=_%s" % mime.uuid(r),
               "yahoo": "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                                 r.randint(1770000000000, 1799999999999)),
               "samsung": "--_com.samsung.android.email_%d" % r.randint(10 ** 14, 10 ** 15),
               }.get(client.split("-")[0], "=_%s" % mime.rnd(r, 24, mime.HEXL))
        if client.startswith("outlook"):
            bnd = "_000_%s_" % mime.rnd(r, 40, mime.HEXU)
        cte = "base64" if client.startswith("samsung") else "quoted-printable"
        p1h, p1 = mime.text_part(plain, "plain", charset, cte=cte)
        p2h, p2 = mime.text_part(hdoc, "html", charset, cte=cte)
        ctype_lines = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        parts = []
        for hh, pp in ((p1h, p1), (p2h, p2)):
            parts.append(("--" + bnd + NL + NL.join(hh) + NL + NL).encode("ascii") + pp + NL.encode())
        body_bytes = b"".join(parts) + ("--" + bnd + "--").encode("ascii")

    # headers, outermost trace first
    mx = r.choice([("mx1", "10.20.1.11"), ("mx2", "10.20.1.12")])
    host, ip = mime.hop(r, domain, client)
    t_in = t + dt.timedelta(seconds=r.randint(2, 40))
    qid = mime.rnd(r, 11, mime.HEXU)
    mid = mime.message_id(r, client, domain)
    h = ["Return-Path: <%s>" % frm, "Delivered-To: " + box,
         "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx[0], mx[0], mx[1]),
         "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % qid,
         "\tfor <%s>; %s" % (box, mime.rfc(t_in + dt.timedelta(seconds=1), comment=True)),
         "Received: from %s (%s [%s])" % (host, host, ip),
         "\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s" % (mx[0], mime.rnd(r, 14)),
         "\tfor <%s>; %s" % (box, mime.rfc(t_in, comment=True)),
         "Authentication-Results: %s.alliant-energy.com;" % mx[0],
         "\tdkim=pass (2048-bit key) header.d=%s header.b=\"%s\";" % (mime.provider(domain)[1], mime.rnd(r, 8)),
         "\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
         % (mx[0], frm, ip, frm),
         "\tdmarc=pass header.from=%s" % domain,
         "From: " + mime.addr(name, frm), "To: " + to]
    if spec.get("cc"):
        h.append("Cc: " + spec["cc"])
    if spec.get("reply_to"):
        h.append("Reply-To: " + mime.addr(*spec["reply_to"]))
    h.append(mime.fold("Subject", mime.hdr_text(subject)) if subject else "Subject: ")
    h += ["Date: " + mime.rfc(t), "Message-ID: " + mid]
    if irt:
        h += ["In-Reply-To: " + irt, "References: " + irt]
    h += spec.get("extra", [])
    h += mime.client_headers(r, client)
    h += ctype_lines
    head = NL.join(h).encode("utf-8")
    return head + (NL + NL).encode() + body_bytes + NL.encode(), irt is not None, layout


def settle(s):
    s.setdefault("labels", [])
    s.setdefault("unclear", False)
    s.setdefault("ent", {})
    order = ["marketing_opt_out", "catalog_share_opt_out", "question"]
    s["labels"] = [x for x in order if x in s["labels"]]
    return s


def main():
    specs = [settle(s) for s in load()]
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    specs = [specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        raw, threaded, layout = make(s)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        man.append(json.dumps({"file": fn, "mailbox": s["box"], "automated": bool(s.get("auto")),
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["ent"],
                               "note": s["note"], "ack_to": ack_of(s)}, ensure_ascii=False))
        idx.append("\t".join([fn, s["id"], s["box"], s.get("lang", "en"), s["client"], layout,
                              "thread" if threaded else "fresh", s["group"]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
