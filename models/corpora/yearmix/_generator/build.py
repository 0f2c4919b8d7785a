#!/usr/bin/env python3
"""Rebuild the yearmix corpus byte-for-byte.

    python3 _generator/build.py            # writes into the corpus folder (parent of _generator)
    python3 _generator/build.py OUTDIR     # writes somewhere else (verify.py uses this)
"""
import datetime as dt
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients as cl  # noqa: E402
import machines as mc  # noqa: E402
import trace as tr  # noqa: E402
from mailer import R, to_utc, message_bytes, text_part, CRLF, fold, rfc_date, OUR, addr  # noqa: E402
from messages import M  # noqa: E402
import readme  # noqa: E402

PROVIDER_BY_DOMAIN = {
    "gmail.com": ("gmail",), "yahoo.com": ("yahoo",), "aol.com": ("yahoo", "aol"), "att.net": ("yahoo", "att"),
    "outlook.com": ("outlookcom",), "hotmail.com": ("outlookcom",), "live.com": ("outlookcom",), "msn.com": ("outlookcom",),
    "icloud.com": ("icloud",), "me.com": ("icloud",), "mac.com": ("icloud",), "comcast.net": ("comcast",),
    "proton.me": ("proton",), "fastmail.com": ("fastmail", "fastmail.com"),
}
for _d in tr.ISP:
    PROVIDER_BY_DOMAIN[_d] = ("isp", _d)


def provider(m):
    if m.get("via"):
        return m["via"]
    dom = m["frm"][1].split("@")[1].lower()
    if dom in PROVIDER_BY_DOMAIN:
        return PROVIDER_BY_DOMAIN[dom]
    raise ValueError("no provider for %s (%s)" % (dom, m["key"]))


def make_trace(m, r):
    via = provider(m)
    env = m.get("env_from", m["frm"][1])
    c = tr.Ctx(m["key"], r, m["box"], m["t"], env, m["frm"][1], via[0])
    c.kw["mx"] = "mx1" if via[0] == "local_bounce" else r.choice(["mx1", "mx2"])
    c.kw["reply"] = bool(m.get("quote") is not None and not m.get("fwd")) or bool(m.get("orig"))
    k = via[0]
    if k == "gmail":
        lines = tr.gmail(c, dkim_domain=via[1] if len(via) > 1 else "gmail.com",
                         selector="20230601" if len(via) == 1 or via[1] == "googlemail.com" else "google")
    elif k == "yahoo":
        lines = tr.yahoo(c, brand=via[1] if len(via) > 1 else "yahoo")
    elif k == "outlookcom":
        lines = tr.outlookcom(c)
    elif k == "m365":
        lines = tr.m365(c, via[1])
    elif k == "icloud":
        lines = tr.icloud(c, m["frm"][1].split("@")[1])
    elif k == "comcast":
        lines = tr.comcast(c)
    elif k == "isp":
        lines = tr.isp(c, via[1])
    elif k == "proton":
        lines = tr.proton(c)
    elif k == "fastmail":
        lines = tr.fastmail(c, via[1])
    elif k == "generic":
        lines = tr.generic(c, **via[1])
    elif k == "internal":
        lines = tr.internal(c, via[1], via[2])
    elif k == "local_bounce":
        lines = tr.local_bounce(c)
    else:
        raise ValueError(k)
    if c.kw.get("olk_host"):
        m["_olk_host"] = c.kw["olk_host"]
    return lines


def client(m, r):
    p = m["prog"]
    if p in ("gmail_web", "gmail_ios", "gmail_android"):
        return cl.gmail(m, r, p.split("_")[1])
    if p == "gmail_unsub":
        return cl.gmail_unsub(m, r)
    if p == "samsung":
        return cl.samsung(m, r)
    if p == "iphone":
        return cl.iphone(m, r, "iPhone")
    if p == "ipad":
        return cl.iphone(m, r, "iPad", build="23B85")
    if p == "ios_unsub":
        m = dict(m, sig="")
        return cl.iphone(m, r, "iPhone")
    if p == "apple_mail":
        return cl.apple_mail(m, r)
    if p == "apple_unsub":
        part = text_part("\n", "plain", "us-ascii", "7bit", quote_cs=False)
        hs = ["From: " + addr(m["frm"][0], m["frm"][1]), "Content-Type: text/plain; charset=us-ascii",
              "Content-Transfer-Encoding: 7bit", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))",
              "Subject: " + m["subject"], "Date: " + rfc_date(m["t"], m["zone"]), "To: " + OUR[m["box"]],
              "Message-Id: <%s@mac.com>" % r.uuid(), "X-Mailer: Apple Mail (2.3826.700.81)"]
        part.headers = []
        return hs, part
    if p == "service_unsub":
        part = text_part(m["text"], "plain", "UTF-8", None)
        hs = ["MIME-Version: 1.0", "Auto-Submitted: auto-generated", "X-Mailer: Declutterly/3.2",
              "From: " + addr(m["frm"][0], m["frm"][1]), "Date: " + rfc_date(m["t"], "UTC"),
              "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="),
              "Subject: " + m["subject"], "To: " + OUR[m["box"]]]
        return hs, part
    if p == "outlook_m365":
        return cl.outlook_desktop(m, r, "m365")
    if p == "outlook_isp":
        return cl.outlook_desktop(m, r, "isp")
    if p == "outlook_web":
        return cl.outlook_web(m, r)
    if p == "outlook_ios":
        return cl.outlook_web(m, r, mobile=True)
    if p == "outlook_unsub":
        return cl.outlook_unsub(m, r)
    if p in ("yahoo_web", "yahoo_ios", "yahoo_android"):
        return cl.yahoo(m, r, p.split("_")[1], m.get("brand", "yahoo"))
    if p == "aol_web":
        return cl.yahoo(m, r, "aol_web", "aol")
    if p == "aol_ios":
        return cl.yahoo(m, r, "aol_ios", "aol")
    if p == "yahoo_unsub":
        return cl.yahoo_unsub(m, r)
    if p in ("thunderbird", "thunderbird_unsub"):
        kw = {k: m[k] for k in ("version", "os_", "rv") if k in m}
        return cl.thunderbird(m, r, **kw)
    if p == "xfinity":
        return cl.xfinity(m, r)
    if p == "roundcube":
        return cl.roundcube(m, r)
    if p == "proton":
        return cl.proton(m, r)
    if p == "winlive":
        return cl.winlive(m, r)
    if p == "atmail":
        return cl.html_only_webmail(m, r)
    if p == "form":
        return mc.plain_mail(m, r, extra=["X-Mailer: AE-WebForms/4.2", "X-Form-Id: contact-us"])
    # machines
    if p == "dsn_postfix":
        return mc.dsn_postfix(m, r)
    if p == "ooo_exchange":
        return mc.ooo_exchange(m, r)
    if p == "ooo_google":
        return mc.ooo_google(m, r)
    if p == "ooo_yahoo":
        return mc.ooo_yahoo(m, r)
    if p == "plain_autoreply":
        return mc.plain_autoreply(m, r, charset=m.get("charset", "UTF-8"), cte=m.get("cte"))
    if p == "bulk_html":
        return mc.bulk_html(m, r)
    if p == "vendor_notice":
        return mc.vendor_notice(m, r)
    if p == "calendar":
        return mc.calendar_invite(m, r)
    if p == "mdn":
        return mc.mdn(m, r)
    if p == "html_mail":
        return mc.html_mail(m, r, charset=m.get("charset", "UTF-8"), cte=m.get("cte", "quoted-printable"))
    if p == "plain_mail":
        return mc.plain_mail(m, r, extra=m.get("extra"))
    if p == "mp_text_html":
        return mc.multipart_text_html(m, r, extra=m.get("extra"))
    raise ValueError(p)


def ack_to(m):
    a = m.get("ack")
    if a is None:
        return None
    if a == "from":
        return m["frm"][1].lower()
    if a == "reply":
        return re.search(r"<([^>]+)>", m["reply_to"]).group(1).lower()
    raise ValueError(a)


def prepare():
    items = []
    for m in M:
        m = dict(m)
        r = R(m["key"])
        local = dt.datetime.strptime(m["when"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
        m["t"] = to_utc(m["zone"], local)
        m["_r"] = r
        items.append(m)
    items.sort(key=lambda x: (x["t"], x["key"]))
    return items


def build(out):
    os.makedirs(out, exist_ok=True)
    items = prepare()
    manifest, index = [], []
    for i, m in enumerate(items, 1):
        fn = "%04d.eml" % i
        r = m["_r"]
        lines = make_trace(m, r)
        hs, part = client(m, r)
        data = message_bytes(lines + hs, part)
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)
        ents = {k: m["ents"][k] for k in ("name", "postal_code", "account") if k in m["ents"]}
        manifest.append({"file": fn, "mailbox": m["box"], "automated": m["automated"], "labels": m["labels"],
                         "unclear": m["unclear"], "entities": ents, "note": m["note"], "ack_to": ack_to(m)})
        index.append((fn, m["spec"], m["cat"], m["lang"], m["prog"], m["t"].strftime("%Y-%m-%dT%H:%M:%SZ")))
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in manifest:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for row in index:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(manifest, index, {m["key"]: "%04d.eml" % i for i, m in enumerate(items, 1)}))
    return len(items)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    n = build(out)
    print("wrote %d messages to %s" % (n, out))
