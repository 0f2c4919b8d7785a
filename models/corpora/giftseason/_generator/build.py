#!/usr/bin/env python3
"""Rebuild the giftseason set byte for byte: python3 _generator/build.py

Standard library only; every random choice comes from a per-message random.Random seeded from the
message key, so the output never changes between runs."""
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients  # noqa: E402
import ours  # noqa: E402
from clients import (attribution, flow, forward_plain, html_for, quote_plain, uuid_from)  # noqa: E402
from mime import (Part, addr, b64_encode, enc_header, entity_body, fake_b64, fake_hex, multipart_body,  # noqa: E402
                  render_part, text_leaf)
from transport import (CST, UTC, fmt, our_chain, provider_for, rng_for, run_provider)  # noqa: E402

OUT = os.path.dirname(HERE)
BOX = {"cc": ours.CC, "ph": ours.PH}
BOXNAME = {"cc": "customercare", "ph": "powerhousecatalog"}


def when(s, tz=-6, sec=None, r=None):
    """'11-29 07:14' or '11-29 07:14:05' in the sender's zone."""
    md, hm = s.split(" ")
    m, d = [int(x) for x in md.split("-")]
    parts = [int(x) for x in hm.split(":")]
    if len(parts) == 2:
        parts.append(sec if sec is not None else (r.randint(0, 59) if r else 0))
    z = datetime.timezone(datetime.timedelta(hours=tz))
    return datetime.datetime(2027, m, d, parts[0], parts[1], parts[2], tzinfo=z)


# ------------------------------------------------------------------ our own mail, as quoted
def our_mail(ref):
    """ref: (campaign, params) -> dict(name, addr, when, subject, text, msgid)."""
    key, params = ref if isinstance(ref, tuple) else (ref, {})
    c = dict(ours.CAMPAIGNS[key])
    p = dict(params)
    if c["when"] is None:
        c["when"] = ours.dt(p.pop("when"))
    text = c["text"].format(**p) if p else c["text"]
    subject = c["subject"].format(**p) if "{" in c["subject"] else c["subject"]
    h = fake_hex(key + json.dumps(params, sort_keys=True), 10)
    msgid = c["msgid"].format(h=h, ref=p.get("ref", ""))
    return dict(name=c["name"], addr=c["addr"], when=c["when"], subject=subject, text=text, msgid=msgid,
                reply_to=c["reply_to"], key=key)


# ------------------------------------------------------------------ message ids per program
def make_msgid(prog, r, key, from_addr, t):
    dom = from_addr.split("@")[1]
    if prog in ("gmail", "gmail_android", "gmail_unsub"):
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        head = "CA" + r.choice("BDEFGHJKLMNOPQ") + "".join(r.choice(alpha) for _ in range(5))
        tail = fake_b64(key + "mid", 38 + r.randint(0, 14)).replace("/", "_").replace("+", "-")
        if r.random() < 0.5:
            tail = tail[:12] + "=" + tail[12:]
        return "<%s%s@mail.gmail.com>" % (head, tail)
    if prog in ("yahoo_web", "aol_web", "yahoo_ios", "yahoo_unsub"):
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(1000000, 9999999),
                                              int(t.timestamp() * 1000) + r.randint(0, 999))
    if prog in ("outlook_web", "outlook_ios", "outlook_android", "exchange", "outlook_unsub"):
        return None  # filled from provider pod
    if prog in ("apple_mail", "iphone", "ipad", "iphone_unsub"):
        return "<%s@%s>" % (uuid_from(key + "am", upper=True), dom)
    if prog == "thunderbird":
        return "<%s@%s>" % (uuid_from(key + "tb"), dom)
    if prog == "xfinity":
        return "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 2147483647), r.randint(10000, 99999),
                                                   int(t.timestamp() * 1000) + r.randint(0, 999))
    if prog == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@charter.net>" % (r.randint(100000000, 2147483647),
                                                             r.randint(1000000, 99999999),
                                                             int(t.timestamp() * 1000) + r.randint(0, 999))
    if prog == "proton":
        return "<%s=@proton.me>" % fake_b64(key + "pm", 86).replace("/", "_").replace("+", "-")
    if prog == "outlook_desktop":
        return "<000%s01dc%s$%s$%s$@%s>" % (r.choice("01"), fake_hex(key + "o1", 4), fake_hex(key + "o2", 8),
                                           fake_hex(key + "o3", 8), dom)
    if prog == "samsung":
        return "<%s.%d@email.android.com>" % (fake_hex(key + "sm", 24), int(t.timestamp() * 1000))
    if prog == "roundcube":
        return "<%s@%s>" % (fake_hex(key + "rc", 32), dom)
    raise ValueError(prog)


def hdr_addr_list(lst):
    return ", ".join(addr(n, a) for n, a in lst)


# ------------------------------------------------------------------ the human / button mail
def compose(spec):
    chain_key = spec["key"]
    key = spec.get("seed_key", chain_key)   # two copies of one message share everything but our chain
    r = rng_for(key)
    prog = spec["prog"]
    box = spec["box"]
    mbx = BOX[box]
    fname, faddr = spec["frm"]
    t = when(spec["when"], spec.get("tz", -6), r=r)
    prov = spec.get("prov") or provider_for(faddr, prog)
    smtp_client = prog in ("thunderbird", "outlook_desktop", "samsung", "apple_mail") and prov in (
        "google", "yahoo", "comcast")
    if prog in ("iphone", "ipad", "iphone_unsub") and prov in ("google", "yahoo", "comcast"):
        smtp_client = True
    pv = run_provider(r, key, prov, faddr, t, smtp_client)

    # recipients
    orig = None
    mode = None
    if spec.get("reply"):
        orig = our_mail(spec["reply"])
        mode = "reply"
    elif spec.get("fwd"):
        orig = our_mail(spec["fwd"])
        mode = "fwd"
    to = spec.get("to")
    if to is None:
        if orig is not None and mode == "reply":
            # replies go to Reply-To of our mail if any
            if orig["reply_to"]:
                to = [(None, orig["reply_to"])]
            else:
                to = [(orig["name"], orig["addr"])]
        else:
            to = [(None, mbx)]
    cc = spec.get("cc") or []
    subject = spec.get("subject")
    if subject is None and orig is not None:
        if mode == "reply":
            pre = {"outlook_web": "RE: ", "outlook_desktop": "RE: ", "exchange": "RE: ", "outlook_ios": "Re: ",
                   "zimbra": "Re: ", "samsung": "Re: "}.get(prog, "Re: ")
            subject = pre + orig["subject"]
        else:
            pre = {"outlook_web": "Fw: ", "outlook_desktop": "FW: ", "exchange": "FW: ", "apple_mail": "Fwd: ",
                   "iphone": "Fwd: ", "yahoo_web": "Fwd: ", "aol_web": "Fwd: "}.get(prog, "Fwd: ")
            subject = pre + orig["subject"]
    body = spec["body"].strip("\n")
    if orig is not None and spec.get("quote", True):
        if mode == "reply":
            full = body + quote_plain(prog, orig, fname, faddr)
        else:
            full = body + forward_plain(prog, orig, fname, faddr)
    else:
        full = body
    msgid = spec.get("msgid") or make_msgid(prog, r, key, faddr, t)
    if msgid is None:
        msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "msid", 24).upper(), pv["ms_fqdn"])
    irt = refs = None
    if orig is not None and mode == "reply":
        irt = orig["msgid"]
        refs = orig["msgid"]
    if spec.get("refs"):
        refs = spec["refs"]
    subj_h = enc_header(subject, mode=spec.get("subj_mode", "q")) if subject is not None else None
    from_h = addr(fname, faddr, mode=spec.get("name_mode", "q"))
    to_h = hdr_addr_list(to)
    cc_h = hdr_addr_list(cc) if cc else None
    rt = spec.get("reply_to")
    H = []

    def add(n, v):
        if v is not None:
            H.append((n, v))

    # ---------------------------------------------------------- body
    html_text = spec.get("html_body", body)
    unsub = prog.endswith("_unsub")
    attach = spec.get("attach")
    charset = spec.get("charset")

    if unsub:
        leaf = text_leaf(full, charset=charset or "UTF-8", cte=spec.get("cte", "auto"),
                         quote_charset=prog == "gmail_unsub")
        if prog == "gmail_unsub" and leaf.headers[1][1] == "7bit":
            leaf.headers = leaf.headers[:1]
        entity = leaf
    elif prog in ("gmail", "gmail_android"):
        bnd = "000000000000" + fake_hex(key + "bnd", 16)
        plain = text_leaf(full, charset="UTF-8")
        if plain.headers[1][1] == "7bit":
            plain.headers = plain.headers[:1]
        h = html_for(prog, html_text, orig, mode, rcpt=faddr)
        hl = text_leaf(h, "html", "UTF-8", cte="quoted-printable" if (len(h) > 76 or not h.isascii()) else "7bit")
        if hl.headers[1][1] == "7bit":
            hl.headers = hl.headers[:1]
        entity = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
        if attach:
            mb = "000000000000" + fake_hex(key + "mbnd", 16)
            parts = [entity]
            for fn, ct, data in attach:
                parts.append(Part([("Content-Type", '%s; name="%s"' % (ct, fn)),
                                   ("Content-Disposition", 'attachment; filename="%s"' % fn),
                                   ("Content-Transfer-Encoding", "base64"),
                                   ("Content-ID", "<f_%s>" % fake_hex(fn, 10)),
                                   ("X-Attachment-Id", "f_%s" % fake_hex(fn, 10))], body=b64_encode(data)))
            entity = Part([("Content-Type", 'multipart/mixed; boundary="%s"' % mb)], parts=parts, boundary=mb)
    elif prog in ("yahoo_web", "aol_web", "yahoo_ios"):
        bnd = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2147483647),
                                       int(t.timestamp() * 1000))
        plain = text_leaf(full, charset="UTF-8", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "UTF-8", cte="quoted-printable" if len(h) > 76 or not h.isascii() else "7bit",
                       quote_charset=False)
        entity = Part([("Content-Type", 'multipart/alternative; \n\tboundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog in ("outlook_web", "outlook_ios", "outlook_android", "exchange"):
        cs = charset or "iso-8859-1"
        bnd = "_000_%s_" % msgid.strip("<>").split("@")[0]
        plain = text_leaf(full, charset=cs, cte="quoted-printable")
        h = html_for(prog, html_text, orig, mode, rcpt="%s <%s>" % (fname, faddr))
        if cs != "iso-8859-1":
            h = h.replace("charset=iso-8859-1", "charset=" + cs)
        hl = text_leaf(h, "html", cs, cte="quoted-printable")
        entity = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog == "outlook_desktop":
        bnd = "----=_NextPart_000_00%02X_01DC%s.%s" % (r.randint(1, 60), fake_hex(key + "np1", 4).upper(),
                                                     fake_hex(key + "np2", 8).upper())
        cs = charset or ("us-ascii" if full.isascii() else "utf-8")
        plain = text_leaf(full, charset=cs, cte="7bit" if (full.isascii() and max(
            len(l) for l in full.split("\n")) <= 76) else "quoted-printable")
        h = html_for(prog, html_text, orig, mode, rcpt="%s <%s>" % (fname, faddr))
        hl = text_leaf(h, "html", cs, cte="quoted-printable")
        entity = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog == "apple_mail":
        bnd = "Apple-Mail=_%s" % uuid_from(key + "bnd", upper=True)
        plain = text_leaf(full, charset="us-ascii" if full.isascii() else "utf-8", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "us-ascii" if h.isascii() else "utf-8", cte="quoted-printable",
                       quote_charset=False)
        entity = Part([("Content-Type", "multipart/alternative;\n\tboundary=\"%s\"" % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog in ("iphone", "ipad", "iphone_unsub"):
        plain = text_leaf(full, charset="utf-8", quote_charset=False,
                          cte="quoted-printable" if not full.isascii() or max(len(l) for l in full.split("\n")) > 76
                          else "7bit")
        if orig is not None and mode == "reply":
            bnd = "Apple-Mail-%s" % uuid_from(key + "bnd", upper=True)
            h = html_for(prog, html_text, orig, mode)
            hl = text_leaf(h, "html", "utf-8", cte="quoted-printable", quote_charset=False)
            entity = Part([("Content-Type", "multipart/alternative; boundary=%s" % bnd)], parts=[plain, hl],
                          boundary=bnd)
        else:
            entity = plain
        if attach:
            bnd = "Apple-Mail-%s" % uuid_from(key + "mbnd", upper=True)
            parts = [entity]
            for fn, ct, data in attach:
                parts.append(Part([("Content-Type", "%s; name=%s" % (ct, fn)),
                                   ("Content-Disposition", "inline; filename=%s" % fn),
                                   ("Content-Transfer-Encoding", "base64")], body=b64_encode(data)))
            entity = Part([("Content-Type", "multipart/mixed; boundary=%s" % bnd)], parts=parts, boundary=bnd)
    elif prog in ("thunderbird", "roundcube"):
        flowed = flow(full)
        if flowed.isascii():
            cte = "7bit"
        else:
            cte = "8bit"
        cs = "UTF-8" if prog == "thunderbird" else ("US-ASCII" if flowed.isascii() else "UTF-8")
        entity = Part([("Content-Type", "text/plain; charset=%s; format=flowed" % cs),
                       ("Content-Transfer-Encoding", cte)], body=flowed)
    elif prog == "xfinity":
        bnd = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 2147483647),
                                       int(t.timestamp() * 1000))
        plain = text_leaf(full, charset="UTF-8", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "UTF-8", cte="quoted-printable" if not h.isascii() or max(
            len(l) for l in h.split("\n")) > 76 else "7bit", quote_charset=False)
        entity = Part([("Content-Type", 'multipart/alternative; \n\tboundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog == "zimbra":
        bnd = "=_%s" % uuid_from(key + "zb")
        plain = text_leaf(full, charset="utf-8", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "utf-8", cte="quoted-printable", quote_charset=False)
        entity = Part([("Content-Type", 'multipart/alternative; \n\tboundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog == "proton":
        bnd = "b1=_%s" % fake_b64(key + "pb", 43).replace("/", "x").replace("+", "y")
        plain = text_leaf(full, charset="utf-8", cte="quoted-printable", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "utf-8", cte="base64", quote_charset=False)
        entity = Part([("Content-Type", 'multipart/alternative;\n boundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    elif prog == "samsung":
        bnd = "--_com.samsung.android.email_%d" % (int(t.timestamp() * 1000) * 1000 + r.randint(0, 999))
        plain = text_leaf(full, charset="utf-8", cte="base64", quote_charset=False)
        h = html_for(prog, html_text, orig, mode)
        hl = text_leaf(h, "html", "utf-8", cte="base64", quote_charset=False)
        entity = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)], parts=[plain, hl],
                      boundary=bnd)
    else:
        raise ValueError(prog)

    ctype_headers = entity.headers

    # ---------------------------------------------------------- client headers
    date_local = fmt(t)
    if prog in ("gmail", "gmail_android", "gmail_unsub"):
        add("MIME-Version", "1.0")
        add("References", refs)
        add("In-Reply-To", irt)
        add("From", from_h)
        add("Reply-To", rt)
        add("Date", date_local)
        add("Message-ID", msgid)
        add("Subject", subj_h)
        add("To", to_h)
        add("Cc", cc_h)
        H.extend(ctype_headers)
    elif prog in ("yahoo_web", "aol_web", "yahoo_ios", "yahoo_unsub"):
        add("Date", fmt(t.astimezone(UTC)) + " (UTC)")
        add("From", from_h)
        add("Reply-To", rt)
        add("To", to_h)
        add("Cc", cc_h)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subj_h)
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
        xm = {"yahoo_web": "WebService/1.1.24187 YMailNorrin", "aol_web": "WebService/1.1.24187 AolMailNorrin",
              "yahoo_ios": "WebService/1.1.24187 YahooMailIosMobile", "yahoo_unsub": "WebService/1.1.24187 "
                                                                                      "YMailNorrin"}[prog]
        if faddr.endswith("@aol.com") and prog == "yahoo_ios":
            xm = "WebService/1.1.24187 AolMailIosMobile"
        add("X-Mailer", xm)
    elif prog in ("outlook_web", "outlook_ios", "outlook_android", "exchange", "outlook_unsub"):
        add("From", from_h)
        add("Reply-To", rt)
        add("To", ", ".join('"%s" <%s>' % (a, a) if not n else addr(n, a) for n, a in to))
        add("Cc", cc_h)
        add("Subject", subj_h)
        add("Thread-Topic", enc_header((subject or "").replace("RE: ", "").replace("Re: ", "")
                                       .replace("Fw: ", "").replace("FW: ", "")) if subject else None)
        add("Thread-Index", "AQH" + fake_b64(key + "ti", 25))
        add("Date", fmt(t.astimezone(UTC)))
        add("Message-ID", msgid)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Accept-Language", "en-US" if spec.get("lang", "en") == "en" else "es-US, en-US")
        add("Content-Language", "en-US" if spec.get("lang", "en") == "en" else "es-MX")
        add("X-MS-Has-Attach", "")
        add("X-MS-TNEF-Correlator", "")
        if prog != "exchange":
            add("x-ms-exchange-messagesentrepresentingtype", "1")
            add("x-tmn", "[%s]" % fake_b64(key + "tmn", 32).replace("/", "a").replace("+", "b"))
        add("x-ms-publictraffictype", "Email")
        H.extend(ctype_headers)
        add("MIME-Version", "1.0")
    elif prog == "outlook_desktop":
        add("From", addr(fname, faddr, quote=True))
        add("Reply-To", rt)
        add("To", ", ".join("<%s>" % a if not n else addr(n, a, quote=True) for n, a in to))
        add("Cc", cc_h)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Subject", subj_h)
        add("Date", "%s, %d %s" % (t.strftime("%a"), t.day, t.strftime("%b %Y %H:%M:%S %z")))
        add("Message-ID", msgid)
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
        add("X-Mailer", "Microsoft Outlook 16.0")
        add("Thread-Index", "Adp" + fake_b64(key + "ti", 29))
        add("Content-Language", "en-us")
    elif prog == "apple_mail":
        add("From", from_h)
        H.extend(ctype_headers)
        add("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))")
        add("Subject", subj_h)
        add("Reply-To", rt)
        add("Message-Id", msgid)
        add("Date", date_local)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Cc", cc_h)
        add("To", to_h)
        add("X-Mailer", "Apple Mail (2.3826.700.81)")
    elif prog in ("iphone", "ipad", "iphone_unsub"):
        H.extend(ctype_headers)
        add("From", from_h)
        add("Mime-Version", "1.0 (1.0)")
        add("Date", date_local)
        add("Subject", subj_h)
        add("Message-Id", msgid)
        add("References", refs)
        add("Cc", cc_h)
        add("In-Reply-To", irt)
        add("To", to_h)
        add("X-Mailer", {"iphone": "iPhone Mail (23B85)", "iphone_unsub": "iPhone Mail (23B85)",
                         "ipad": "iPad Mail (23B85)"}[prog])
    elif prog == "thunderbird":
        add("Message-ID", msgid)
        add("Date", date_local)
        add("MIME-Version", "1.0")
        add("User-Agent", "Mozilla Thunderbird")
        add("Reply-To", rt)
        add("Content-Language", "en-US")
        add("To", to_h)
        add("Cc", cc_h)
        add("References", refs)
        add("From", from_h)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
        H.extend(ctype_headers)
    elif prog == "roundcube":
        add("MIME-Version", "1.0")
        add("Date", date_local)
        add("From", from_h)
        add("To", to_h)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Message-ID", msgid)
        add("X-Sender", faddr)
        add("User-Agent", "Roundcube Webmail/1.6.9")
        H.extend(ctype_headers)
    elif prog == "xfinity":
        add("Date", fmt(t, "paren"))
        add("From", from_h)
        add("Reply-To", rt)
        add("To", to_h)
        add("Cc", cc_h)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subj_h)
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
        add("X-Priority", "3")
        add("Importance", "Normal")
        add("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev64")
        add("X-Originating-Client", "open-xchange-appsuite")
    elif prog == "zimbra":
        add("Date", fmt(t, "paren"))
        add("From", from_h)
        add("To", to_h)
        add("Cc", cc_h)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("Subject", subj_h)
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
        add("X-Originating-IP", "[24.%d.%d.%d]" % (r.randint(160, 180), r.randint(1, 254), r.randint(1, 254)))
        add("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4581)")
        add("Thread-Topic", enc_header((subject or "").replace("Re: ", "")))
        add("Thread-Index", fake_b64(key + "zti", 28))
    elif prog == "proton":
        add("Date", fmt(t.astimezone(UTC)))
        add("To", to_h)
        add("From", from_h)
        add("Subject", subj_h)
        add("Message-ID", msgid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Feedback-ID", "%d:user:proton" % r.randint(10000000, 99999999))
        add("X-Pm-Message-ID", fake_hex(key + "pmid", 40))
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
    elif prog == "samsung":
        add("Message-ID", msgid)
        add("Date", date_local)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Importance", "normal")
        add("From", from_h)
        add("Reply-To", rt)
        add("To", to_h)
        add("MIME-Version", "1.0")
        H.extend(ctype_headers)
    else:
        raise ValueError(prog)
    if spec.get("extra_headers"):
        for n, v in spec["extra_headers"]:
            H.append((n, v))
    if prog == "outlook_desktop" and rt is None and spec.get("reply_to"):
        pass

    chain = our_chain(rng_for(chain_key + "/chain"), mbx, pv["envelope"], pv["conn_host"], pv["conn_helo"],
                      pv["conn_ip"], pv["t_arrive"], pv["auth"])
    top = [(n, v.replace("{rcpt}", mbx)) for n, v in pv["top"]]
    headers = chain + top + H + pv["tail"]
    return assemble(headers, entity), pv["t_arrive"], dict(msgid=msgid, t=t)


def assemble(headers, entity):
    """headers: top-level header list (Content-Type headers of entity already included by caller for humans)."""
    lines = []
    for n, v in headers:
        lines.append("%s:%s" % (n, (" " + v) if v != "" else ""))
    body = entity_body(entity)
    text = "\n".join(lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    return text


# ------------------------------------------------------------------ machine mail
def compose_machine(spec):
    key = spec["key"]
    r = rng_for(key)
    mbx = BOX[spec["box"]]
    t = when(spec["when"], spec.get("tz", -6), r=r)
    arr = t + datetime.timedelta(seconds=spec.get("delay", r.randint(2, 9)))
    ctx = dict(r=r, key=key, t=t, mbx=mbx, arr=arr)
    built = spec["make"](ctx)
    chain = our_chain(r, mbx, built["envelope"], built["conn_host"], built.get("conn_helo", built["conn_host"]),
                      built["conn_ip"], arr, built["auth"], tls=built.get("tls", True), spam=built.get("spam"))
    text = "\n".join("%s:%s" % (n, (" " + v) if v != "" else "") for n, v in chain) + "\n" + built["text"]
    if not text.endswith("\n"):
        text += "\n"
    return text, arr, dict(msgid=built.get("msgid"), t=t)


# ------------------------------------------------------------------ main
def to_bytes(text):
    text = text.replace("\r\n", "\n")
    head, sep, body = text.partition("\n\n")
    head.encode("ascii")  # headers must be ASCII
    return text.replace("\n", "\r\n").encode("utf-8")


def top_received_time(text):
    """time stamp of the mbx01 Received header: the order the mailbox saw the messages."""
    import email.utils
    import re
    first = text.split("\nReceived: ", 1)[1]
    stamp = first.split("\nAuthentication-Results")[0].split("\nX-Spam")[0].rsplit(";", 1)[1].strip()
    return email.utils.parsedate_to_datetime(stamp).astimezone(UTC)


def main():
    import messages_people
    import messages_machines
    specs = list(messages_people.SPECS) + list(messages_machines.SPECS)
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    built = []
    for s in specs:
        if s.get("make"):
            text, arr, meta = compose_machine(s)
        else:
            text, arr, meta = compose(s)
        built.append((top_received_time(text), s["key"], s, text, meta))
    built.sort(key=lambda x: (x[0], x[1]))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man = []
    idx = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, (arr, key, s, text, meta) in enumerate(built, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(to_bytes(text))
        automated = bool(s.get("automated", False))
        if automated:
            ack = None
        elif "ack" in s:
            ack = s["ack"]
        else:
            ack = s.get("reply_to") or s["frm"][1]
        rec = dict(file=fn, mailbox=BOXNAME[s["box"]], automated=automated,
                   labels=[] if automated else list(s.get("labels", [])),
                   unclear=bool(s.get("unclear", False)), entities=dict(s.get("ent", {})) if not automated else {},
                   note=s["note"], ack_to=ack)
        man.append(json.dumps(rec, ensure_ascii=False))
        prog = s.get("prog") or s.get("program")
        idx.append("\t".join([fn, key, s["cat"], s.get("lang", "en"), prog,
                              arr.astimezone(CST).strftime("%Y-%m-%d %H:%M")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(built))


if __name__ == "__main__":
    main()
