"""Hand-rendered MIME for the `automata` set: every byte (boundaries, ids, dates) follows from the spec id,
so a rebuild is identical. Output is pure ASCII with CRLF line ends, as the IMAP server hands it out."""
import base64
import datetime as dt
import email.header
import email.quoprimime
import email.utils
import hashlib
import random
import zlib

NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def rng(key):
    return random.Random(zlib.crc32(key.encode("utf-8")))


def hexid(key, n=16):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


class Part:
    def __init__(self, ctype, params=None, payload="", cte=None, headers=None, children=None):
        self.ctype, self.params, self.payload, self.cte = ctype, list(params or []), payload, cte
        self.headers = list(headers or [])
        self.children = children


def _qp(body, charset):
    raw = body.encode(charset).decode("latin-1")
    return email.quoprimime.body_encode(raw.replace("\n", NL), maxlinelen=76, eol=NL)


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", NL)


def text(body, subtype="plain", charset=None, cte=None, flowed=False, disp=None, filename=None, extra=()):
    """A text leaf: 7bit when ASCII with short lines, else quoted-printable (or the cte asked for)."""
    body = body.replace("\r\n", "\n")
    if charset is None:
        charset = "us-ascii" if is_ascii(body) else "utf-8"
    if cte is None:
        cte = "7bit" if is_ascii(body) and all(len(l) <= 76 for l in body.split("\n")) else "quoted-printable"
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    params += list(extra)
    if cte == "7bit":
        payload = body.replace("\n", NL)
    elif cte == "quoted-printable":
        payload = _qp(body, charset)
    else:
        payload = b64(body.replace("\n", "\r\n").encode(charset))
    hdrs = []
    if disp:
        hdrs.append(("Content-Disposition", disp + ('; filename="%s"' % filename if filename else "")))
    return Part("text/" + subtype, params, payload, cte, hdrs)


def html(markup, charset="utf-8"):
    return text(markup, "html", charset=charset, cte="quoted-printable")


def att(ctype, data, filename, disp="attachment"):
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8")
    return Part(ctype, [("name", filename)], b64(data), "base64",
                [("Content-Disposition", '%s; filename="%s"' % (disp, filename))])


def raw(ctype, body, params=None, headers=None, cte="7bit"):
    """A leaf whose body is already ASCII (delivery-status, rfc822, disposition-notification, calendar)."""
    assert is_ascii(body), ctype
    return Part(ctype, params, body.replace("\r\n", "\n").replace("\n", NL), cte, headers)


def multi(subtype, children, params=None):
    return Part("multipart/" + subtype, params, children=children)


def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    out, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return NL.join(out)


def enc(name, value, charset="utf-8"):
    if is_ascii(value):
        return fold(name, value)
    return "%s: %s" % (name, email.header.Header(value, charset, header_name=name).encode(linesep=NL))


def addr(display, address):
    if not display:
        return address
    if is_ascii(display):
        return email.utils.formataddr((display, address))
    return "%s <%s>" % (email.header.Header(display, "utf-8").encode(linesep=NL), address)


def render(part, key, depth=0):
    ps = "".join('; %s="%s"' % (k, v) if (k in ("boundary", "name", "type", "report-type")
                                          or any(c in v for c in " /=;:")) else "; %s=%s" % (k, v)
                 for k, v in part.params)
    lines = []
    if part.children is not None:
        b = "=_am_%s_%d" % (hexid("%s|%d|%s" % (key, depth, part.ctype), 14), depth)
        lines.append(fold("Content-Type", part.ctype + ps + '; boundary="%s"' % b))
        for h in part.headers:
            lines.append(fold(*h))
        body = ["This is a multi-part message in MIME format.", ""] if depth == 0 else []
        for i, c in enumerate(part.children):
            body.append("--" + b)
            body += render(c, "%s.%d" % (key, i), depth + 1)
        body.append("--" + b + "--")
        body.append("")
        return lines + [""] + body
    lines.append(fold("Content-Type", part.ctype + ps))
    if part.cte:
        lines.append("Content-Transfer-Encoding: " + part.cte)
    for h in part.headers:
        lines.append(fold(*h))
    payload = part.payload
    if payload.endswith(NL):
        payload = payload[:-2]
    return lines + [""] + payload.split(NL)


# ---- dates ---------------------------------------------------------------------------------------------------

def central(d):
    return dt.timezone(dt.timedelta(hours=-5 if 4 <= d.month <= 10 else -6))


def when(key, month=None, tz=None):
    r = rng("date:" + key)
    m = month or r.randint(1, 12)
    d = dt.datetime(2026, m, r.randint(1, 28), r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
    if tz is None:
        return d.replace(tzinfo=central(d))
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def rfc_date(d):
    return email.utils.format_datetime(d)


def utc(d):
    return d.astimezone(dt.timezone.utc)


def _ip(r):
    return "%d.%d.%d.%d" % (r.choice([23, 40, 52, 64, 66, 74, 98, 104, 149, 162, 185, 198, 209]), r.randint(1, 254),
                            r.randint(1, 254), r.randint(1, 254))


def make(s):
    """spec -> raw bytes, our trace on top: sender host -> mx1|mx2 (Postfix) -> mbx01 (LMTP)."""
    key = s["id"]
    r = rng("trace:" + key)
    d = s["date"]
    frm_disp, frm_addr = s["frm"]
    dom = frm_addr.split("@")[1]
    env = s.get("return_path", frm_addr)
    rcpt = s.get("rcpt") or BOX[s["mailbox"]]
    mx = "mx%d" % r.randint(1, 2)
    helo, ip = s.get("relay") or ("smtp-%s.%s" % (hexid("h" + key, 4), s.get("relay_dom", dom)), _ip(r))
    t_in = d + dt.timedelta(seconds=r.randint(2, 50))
    t_box = t_in + dt.timedelta(seconds=r.randint(0, 2))
    h = ["Return-Path: <%s>" % env, "Delivered-To: " + BOX[s["mailbox"]]]
    h.append(fold("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.1%s]) by "
                  "mbx01.alliant-energy.com with LMTP id %s (envelope-from <%s>) for <%s>; %s"
                  % (mx, mx, mx[-1], hexid("l" + key, 20), env, BOX[s["mailbox"]],
                     rfc_date(t_box.astimezone(central(t_box))))))
    h.append(fold("Received", "from %s (%s [%s]) by %s.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s"
                  % (helo, helo, ip, mx, hexid("q" + key, 10).upper(), rcpt,
                     rfc_date(t_in.astimezone(central(t_in))))))
    for extra in s.get("received", []):
        h.append(fold("Received", extra % {"date": rfc_date(utc(d))}))
    auth = s.get("auth", "pass")
    if auth == "pass":
        auth = "spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s" % (
            env.split("@")[-1] if "@" in env else helo, dom, dom)
    elif auth == "fail":
        auth = "spf=fail smtp.mailfrom=%s; dkim=none; dmarc=fail (p=none) header.from=%s" % (
            env.split("@")[-1] if "@" in env else helo, dom)
    elif auth == "null":
        auth = "spf=none smtp.helo=%s; dkim=none; dmarc=none header.from=%s" % (helo, dom)
    h.append(fold("Authentication-Results", "%s.alliant-energy.com; %s" % (mx, auth)))
    h.append("From: " + addr(frm_disp, frm_addr))
    if s.get("sender"):
        h.append("Sender: " + s["sender"])
    h.append(fold("To", ", ".join(s.get("to") or [BOX[s["mailbox"]]])))
    if s.get("cc"):
        h.append(fold("Cc", ", ".join(s["cc"])))
    if s.get("reply_to"):
        h.append("Reply-To: " + addr(*s["reply_to"]))
    if s.get("subject") is not None:
        h.append(enc("Subject", s["subject"], s.get("subject_charset", "utf-8")))
    h.append("Date: " + rfc_date(d))
    h.append("Message-ID: <%s@%s>" % (s.get("msgid_local") or hexid("m" + key, 20), s.get("msgid_dom", dom)))
    if s.get("in_reply_to"):
        h.append("In-Reply-To: " + s["in_reply_to"])
        h.append("References: " + s["in_reply_to"])
    for name, val in s.get("headers", []):
        h.append(enc(name, val))
    h.append("MIME-Version: 1.0")
    out = NL.join(h + render(s["body"], key))
    if not out.endswith(NL):
        out += NL
    return out.encode("ascii")
