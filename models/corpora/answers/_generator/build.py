"""Rebuild the `answers` set byte for byte: python3 _generator/build.py

Replies and forwards to our own outgoing mail.  ours.py writes the mail we sent (each kind with its own sender,
Message-ID style and footer); specs.py writes what people answered; this file turns a spec into the raw bytes an
IMAP server would hand out (CRLF, our trace headers on top).  Every random choice comes from
random.Random(SEED ^ crc32(spec id)), so a rebuild gives identical bytes.
"""
import base64
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

import ours  # noqa: E402
import specs  # noqa: E402

SEED = 20261204
NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIASL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXU, HEXL = "0123456789ABCDEF", "0123456789abcdef"


def rnd(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid(r, upper=True):
    h = HEXU if upper else HEXL
    return "-".join(rnd(r, n, h) for n in (8, 4, 4, 4, 12))


# ------------------------------------------------------------------ time (all local times are US Central)
def _sunday(y, m, nth):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def offset(local):
    a = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    b = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(2))
    return -5 if a <= local < b else -6


def rfc(local, comment=False, utc=False):
    off = 0 if utc else offset(local)
    t = local - dt.timedelta(hours=offset(local)) if utc else local
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour, t.minute,
                                                  t.second, "-" if off < 0 else "+", abs(off))
    if comment:
        s += " (%s)" % ("UTC" if utc else "CDT" if off == -5 else "CST")
    return s


def h12(t):
    return "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")


# ------------------------------------------------------------------ encodings
def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def qp(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            elif b in (32, 9) or (33 <= b <= 126 and b != 61):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return NL.join(out).encode("ascii")


def b64(data):
    s = base64.b64encode(data).decode()
    return NL.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def ew(text):
    words, cur = [], ""
    for ch in text:
        if cur and len(base64.b64encode((cur + ch).encode()).decode()) > 60:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode()).decode() for w in words)


def fold(name, value, width=78):
    out, line = [], name + ":"
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return NL.join(out)


def addr(name, a):
    if not name:
        return a
    if not ascii_ok(name):
        return ew(name) + " <%s>" % a
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def hsubject(s):
    return fold("Subject", s) if ascii_ok(s) else "Subject: " + ew(s)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style):
    """A plain rendering of the same text as the HTML alternative a webmail or Outlook would send."""
    out, depth = [], 0
    for line in text.split("\n"):
        d = 0
        while line.startswith(">"):
            d += 1
            line = line[1:].lstrip(" ") if line[1:2] in (" ", ">", "") else line[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        if style == "outlook":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc(line) or "<br>"))
    out += ["</blockquote>"] * depth
    inner = "\r\n".join(out)
    if style == "outlook":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\r\n'
                '<body lang="EN-US" style="word-wrap:break-word"><div class="WordSection1">\r\n%s\r\n</div></body>'
                '</html>\r\n' % inner)
    return '<div dir="ltr">\r\n%s\r\n</div>\r\n' % inner


def leaf(text, sub, cte=None, fl=False, cs=None):
    data = text.replace("\r\n", "\n").replace("\n", NL).encode("utf-8")
    if cs is None:
        cs = "us-ascii" if all(b < 128 for b in data) else "utf-8"
    if cte is None:
        cte = "7bit" if cs == "us-ascii" and max(len(x) for x in data.split(b"\r\n")) < 900 else "quoted-printable"
    body = {"7bit": data, "8bit": data}.get(cte) or (qp(data) if cte == "quoted-printable" else b64(data))
    hd = ["Content-Type: text/%s; charset=\"%s\"%s" % (sub, cs, "; format=flowed" if fl else ""),
          "Content-Transfer-Encoding: " + cte]
    return hd, body


def multipart(sub, parts, boundary):
    out = b""
    for hd, body in parts:
        out += ("--%s" % boundary + NL + NL.join(hd) + NL + NL).encode() + body + NL.encode()
    out += ("--%s--" % boundary + NL).encode()
    return ['Content-Type: multipart/%s; boundary="%s"' % (sub, boundary)], out


# ------------------------------------------------------------------ mail programs
def cut_quote(orig, lines=None):
    body = orig["body"]
    if lines:
        keep = body.split("\n")
        body = "\n".join(keep[lines[0]:lines[1]])
    return body.rstrip("\n")


def gt(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in text.split("\n"))


def attribution(client, o):
    t, n, a = o["local"], o["from_name"], o["from_addr"]
    if client in ("gmail", "android"):
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (WD[t.weekday()], MO[t.month - 1], t.day, t.year,
                                                          h12(t).replace(" ", "\u202f"), n, a)
    if client == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DIAS[t.weekday()], t.day, MESES[t.month - 1],
                                                                       t.year, t.hour, t.minute, n, a)
    if client in ("iphone", "applemail"):
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MO[t.month - 1], t.day, t.year, h12(t), n, a)
    if client == "iphone_es":
        return "El %d %s %d, a las %d:%02d %s, %s <%s> escribió:" % (
            t.day, MESES[t.month - 1], t.year, (t.hour % 12) or 12, t.minute, "a.m." if t.hour < 12 else "p.m.", n, a)
    if client == "thunderbird":
        return "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, h12(t), n)
    if client == "yahoo":
        return "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (
            WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, "%02d:%02d:%02d %s" % ((t.hour % 12) or 12, t.minute,
                                                                                       t.second, "AM" if t.hour < 12
                                                                                       else "PM"),
            "CDT" if offset(t) == -5 else "CST", n, a)
    raise ValueError(client)


def header_block(client, o, to_line):
    t, n, a = o["local"], o["from_name"], o["from_addr"]
    if client in ("outlook", "outlookpc"):
        return "\n".join(["From: %s <%s>" % (n, a), "Sent: %s, %s %d, %d %s" % (
            WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, h12(t)), "To: " + to_line, "Subject: " + o["subject"]])
    if client == "outlook_es":
        return "\n".join(["De: %s <%s>" % (n, a), "Enviado: %s, %d de %s de %d %d:%02d" % (
            DIASL[t.weekday()], t.day, MESESL[t.month - 1], t.year, t.hour, t.minute), "Para: " + to_line,
            "Asunto: " + o["subject"]])
    if client == "samsung":
        return "\n".join(["-------- Original message --------", "From: %s <%s> " % (n, a),
                          "Date: %d/%d/%02d %s (GMT-0%d:00) " % (t.month, t.day, t.year % 100, h12(t).lower(),
                                                                 -offset(t)),
                          "To: %s " % to_line, "Subject: %s " % o["subject"]])
    if client == "aol":
        return "\n".join(["-----Original Message-----", "From: %s <%s>" % (n, a), "To: " + to_line,
                          "Sent: %s, %s %d, %d %s" % (WD[t.weekday()], MO[t.month - 1], t.day, t.year,
                                                      h12(t).lower()), "Subject: " + o["subject"]])
    raise ValueError(client)


def fwd_block(client, o, to_line):
    t, n, a = o["local"], o["from_name"], o["from_addr"]
    body = o["body"].rstrip("\n")
    if client in ("gmail", "android", "gmail_es"):
        head = "---------- Forwarded message ---------" if client != "gmail_es" else \
            "---------- Forwarded message ---------"
        return "\n".join([head, "From: %s <%s>" % (n, a), "Date: %s, %s %d, %d at %s" % (
            WD[t.weekday()], MO[t.month - 1], t.day, t.year, h12(t).replace(" ", "\u202f")),
            "Subject: " + o["subject"], "To: " + to_line, "", ""]) + "\n" + body
    if client in ("iphone", "applemail", "iphone_es"):
        return ("Begin forwarded message:" if client != "iphone_es" else "Inicio del mensaje reenviado:") + "\n\n" + \
            gt("\n".join(["From: %s <%s>" % (n, a), "Date: %s %d, %d at %s CDT" % (
                MOL[t.month - 1], t.day, t.year, h12(t).replace(" ", ":%02d " % t.second)),
                "To: " + to_line, "Subject: " + o["subject"], "", body]))
    if client in ("outlook", "outlookpc", "outlook_es", "samsung", "aol"):
        return "________________________________\n" + header_block(client, o, to_line) + "\n\n" + body
    if client == "yahoo":
        return "\n".join(["----- Forwarded Message -----", "From: %s <%s>" % (n, a), "To: " + to_line,
                          "Sent: %s, %s %d, %d, %s" % (WDL[t.weekday()], MOL[t.month - 1], t.day, t.year,
                                                       h12(t)), "Subject: " + o["subject"], "", body])
    if client == "thunderbird":
        return "\n".join(["-------- Forwarded Message --------", "Subject: \t" + o["subject"],
                          "Date: \t" + rfc(t), "From: \t%s <%s>" % (n, a), "To: \t" + to_line, "", "", body])
    raise ValueError(client)


def compose(s, o, to_line):
    """The reply text: the sender's new words and whatever of our mail the program put under or over them."""
    c, mode, new = s["client"], s["mode"], s["new"].rstrip("\n")
    sig = s.get("sig")
    if mode in ("none", "fwdatt"):
        return new + ("\n\n" + sig if sig else "")
    if mode == "fwd":
        return new + ("\n\n" + sig if sig else "") + "\n\n" + fwd_block(c, o, to_line)
    q = cut_quote(o, s.get("qlines"))
    if c in ("outlook", "outlookpc", "outlook_es", "samsung", "aol"):
        sep = "________________________________\n" if c in ("outlook", "outlook_es") else \
            "\n" if c == "samsung" else ""
        block = sep + header_block(c, o, to_line) + "\n\n" + q
        if mode == "bottom":    # Outlook has no bottom-posting; people type under the pasted block
            return block + "\n\n" + new
        return new + ("\n\n" + sig if sig else "") + "\n\n" + block
    if c == "yahoo":
        block = "\n\n" + attribution(c, o) + "\n\n" + q
    else:
        block = attribution(c, o) + "\n" + gt(q)
    if mode == "bottom":
        return block + "\n\n" + new + ("\n\n" + sig if sig else "")
    return new + ("\n\n" + sig if sig else "") + "\n\n" + block


CLIENT_NAMES = {"gmail": "gmail-web", "gmail_es": "gmail-web-es", "android": "gmail-android", "iphone": "ios-mail",
                "iphone_es": "ios-mail-es", "applemail": "apple-mail-macos", "outlook": "outlook-com",
                "outlookpc": "outlook-365-desktop", "outlook_es": "outlook-com-es", "yahoo": "yahoo-web",
                "thunderbird": "thunderbird", "samsung": "samsung-email", "aol": "aol-web", "auto": "autoresponder"}


def program(s, r, t_utc):
    """Headers, Message-ID and the sender's own hop for each mail program."""
    c, frm = s["client"], s["frm"][1]
    dom = frm.split("@")[1]
    ip = "%d.%d.%d.%d" % (r.choice([24, 50, 66, 71, 73, 97, 98, 107, 174]), r.randint(1, 254), r.randint(1, 254),
                          r.randint(1, 254))
    extra, pre = [], []
    if c in ("gmail", "gmail_es", "android"):
        mid = "<CA%s%s@mail.gmail.com>" % (rnd(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rnd(r, 44, AN + "-_+="))
        hop = ("mail-ej1-f%d.google.com" % r.randint(41, 69), "209.85.218.%d" % r.randint(41, 69))
        dk = dom
        fmt = "alt"
        pre.append("X-Received: by 2002:a17:906:%s:b0:a%d:%s with SMTP id %s; %s" % (
            rnd(r, 4, HEXL), r.randint(100, 999), rnd(r, 4, HEXL), rnd(r, 12, HEXL) + "-" + rnd(r, 8, HEXL),
            rfc(t_utc, utc=True)))
        style = "gmail"
    elif c in ("outlook", "outlook_es", "outlookpc"):
        pod = r.choice(["SN7PR04MB", "BY5PR11MB", "CH3PR12MB", "DM6PR08MB", "PH0PR19MB"]) + str(r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (pod, rnd(r, 24, HEXU), pod, pod[6:8])
        hop = ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["BN8", "DM6", "CO1"])),
               "40.107.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
        dk = dom if c == "outlookpc" else "outlook.com"
        extra = [("Thread-Topic", s["subject"]), ("Thread-Index", "A" + rnd(r, 31, AN + "+/") + "=="),
                 ("Accept-Language", "es-US, en-US" if c == "outlook_es" else "en-US"),
                 ("Content-Language", "es-US" if c == "outlook_es" else "en-US"), ("X-MS-Has-Attach", ""),
                 ("X-MS-TNEF-Correlator", "")]
        if c == "outlookpc":
            extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        fmt, style = "alt", "outlook"
    elif c in ("iphone", "iphone_es", "applemail"):
        mid = "<%s@%s>" % (uuid(r), dom)
        hop = ("%s" % ("mail-oo1-f%d.google.com" % r.randint(41, 69) if dom == "gmail.com" else
                       "st43p00im-ztfb%d.me.com" % r.randint(10, 99)), "17.58.%d.%d" % (r.randint(1, 250),
                                                                                     r.randint(1, 250)))
        dk = dom
        extra = [("X-Mailer", "iPhone Mail (21E236)" if c != "applemail" else "Apple Mail (2.3774.500.171.1.1)")]
        fmt, style = "plain", None
    elif c == "yahoo":
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                            r.randint(10 ** 12, 10 ** 13))
        hop = ("sonic%d-%d.consmr.mail.bf2.yahoo.com" % (r.randint(300, 330), r.randint(1, 40)),
               "74.6.128.%d" % r.randint(10, 99))
        dk = "yahoo.com"
        extra = [("X-Mailer", "WebService/1.1.22077 YMailNorrin")]
        fmt, style = "alt", "yahoo"
    elif c == "aol":
        mid = "<%d.%d.%d@mail.aol.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                          r.randint(10 ** 12, 10 ** 13))
        hop = ("sonic%d-%d.consmr.mail.ne1.yahoo.com" % (r.randint(300, 330), r.randint(1, 40)),
               "66.163.184.%d" % r.randint(10, 99))
        dk = "aol.com"
        extra = [("X-Mailer", "WebService/1.1.22077 AolMailNorrin")]
        fmt, style = "alt", "yahoo"
    elif c == "thunderbird":
        mid = "<%s@%s>" % (uuid(r, False), dom)
        hop = ("mail.%s" % dom, ip)
        dk = None
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
        fmt, style = "plain", None
    elif c == "samsung":
        mid = "<%s.%d@email.android.com>" % (rnd(r, 10, HEXL), r.randint(10 ** 9, 10 ** 10))
        hop = ("mail-pj1-f%d.google.com" % r.randint(41, 69), "209.85.216.%d" % r.randint(41, 69))
        dk = dom
        fmt, style = "alt", "gmail"
    elif c == "auto":
        mid = s.get("mid_fmt", "<%s@%s>") % (uuid(r, False), dom)
        hop = ("smtp.%s" % dom, ip)
        dk = dom
        fmt, style = s.get("fmt", "plain"), "outlook"
    else:
        raise ValueError(c)
    return dict(mid=mid, hop=hop, dk=dk, extra=extra, pre=pre, fmt=s.get("fmt", fmt), style=style)


def orig_bytes(o, to):
    """Our own message as the recipient's mailbox holds it: the headers our sending platform wrote."""
    r = random.Random(zlib.crc32(o["msgid"].encode()))
    hd = [fold("From", addr(o["from_name"], o["from_addr"])), fold("To", addr(*to)), hsubject(o["subject"]),
          "Date: " + rfc(o["local"]), "Message-ID: " + o["msgid"], "MIME-Version: 1.0"]
    if o.get("list_unsub"):
        dom = o["from_addr"].split("@")[1]
        tok = rnd(r, 24, AN)
        hd += [fold("List-Unsubscribe", "<mailto:unsubscribe+%s@%s?subject=unsubscribe>, <https://%s/u/%s>" % (
            tok, dom, dom, tok)), "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "List-Id: <%s.%s>" % (o["kind"].split("_")[0], dom), "Precedence: bulk",
            "Feedback-ID: %s:%s:alliant" % (o["kind"], rnd(r, 8, HEXL))]
    else:
        hd += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    lh, lb = leaf(o["body"], "plain", cte="quoted-printable")
    return (NL.join(hd + lh) + NL + NL).encode("ascii") + lb


def make(s, o):
    r = random.Random(SEED ^ zlib.crc32(s["id"].encode()))
    box = BOX[s["mailbox"]]
    name, frm = s["frm"]
    t = o["local"] + dt.timedelta(minutes=s["after"], seconds=r.randint(0, 59)) if o else \
        dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M")
    p = program(s, r, t)
    to_line = s.get("quoted_to") or "%s <%s>" % (s["frm"][0] or frm, frm) if s["client"] not in (
        "outlook", "outlook_es", "outlookpc") else (s.get("quoted_to") or s["frm"][0] or frm)
    text = compose(s, o, to_line) if o else s["new"]
    fl = s["client"] in ("iphone", "iphone_es", "applemail", "thunderbird")
    if s["mode"] == "fwdatt":
        ph, pb = leaf(text, "plain", cte=s.get("cte"))
        inner = orig_bytes(o, s["frm"])
        ah = ['Content-Type: message/rfc822; name="%s.eml"' % o["subject"][:40].replace('"', ""),
              'Content-Disposition: attachment; filename="%s.eml"' % o["subject"][:40].replace('"', "")]
        ch, body = multipart("mixed", [(ph, pb), (ah, inner)], "_004_%s_" % rnd(r, 36, HEXU))
    elif p["fmt"] == "alt":
        ph, pb = leaf(text, "plain", cte=s.get("cte"))
        hh, hb = leaf(to_html(text, p["style"]), "html", cte="quoted-printable")
        b = ("000000000000" + rnd(r, 14, HEXL)) if p["style"] == "gmail" else \
            "_000_%s_" % rnd(r, 36, HEXU) if p["style"] == "outlook" else "----=_Part_%d_%d.%d" % (
                r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
        ch, body = multipart("alternative", [(ph, pb), (hh, hb)], b)
    else:
        ch, body = leaf(text, "plain", cte=s.get("cte"), fl=s.get("flowed", fl))
    hd = []
    hd.append(fold("From", addr(name, frm)))
    hd.append(fold("To", ", ".join(addr(n, a) for n, a in s.get("to", [(None, box)]))))
    if s.get("cc"):
        hd.append(fold("Cc", ", ".join(addr(n, a) for n, a in s["cc"])))
    if s.get("reply_to"):
        hd.append(fold("Reply-To", addr(*s["reply_to"])))
    hd.append(hsubject(s["subject"]))
    hd.append("Date: " + rfc(t))
    hd.append("Message-ID: " + p["mid"])
    if s.get("irt") and o:
        refs = o.get("refs", []) + [o["msgid"]]
        hd.append("In-Reply-To: " + o["msgid"])
        hd.append(fold("References", " ".join(refs)))
    hd.append("MIME-Version: 1.0")
    for k, v in p["extra"] + s.get("hdr", []):
        hd.append(fold(k, v if ascii_ok(v) else ew(v)) if v else k + ": ")
    hd += ch
    mx = r.choice(["mx1", "mx2"])
    t_mx = t + dt.timedelta(seconds=r.randint(1, 30))
    env = s.get("envelope", frm)
    helo, hip = p["hop"]
    dk = p["dk"]
    trace = ["Return-Path: <%s>" % env, "Delivered-To: " + box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])%s\tby mbx01.alliant-energy.com"
             " (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, 11 if mx == "mx1" else 12, NL,
                                                           rnd(r, 11, HEXU), NL, box, rfc(t_mx, True)),
             "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with ESMTPS id 4f%s%s\tfor <%s>; %s"
             % (helo, helo, hip, NL, mx, rnd(r, 12, AN), NL, box, rfc(t_mx, True)),
             "Authentication-Results: %s.alliant-energy.com;%s\t%s;%s\tspf=pass (%s.alliant-energy.com: domain of %s"
             " designates %s as permitted sender) smtp.mailfrom=%s;%s\tdmarc=pass header.from=%s" % (
                 mx, NL, ("dkim=pass (2048-bit key) header.d=%s header.b=\"%s\"" % (dk, rnd(r, 8))) if dk else
                 "dkim=none", NL, mx, env, hip, env, NL, frm.split("@")[1])]
    head = NL.join(trace + p["pre"] + hd)
    data = head.encode("ascii") + b"\r\n\r\n" + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    assert b"\n" not in data.replace(b"\r\n", b""), s["id"]
    return data


def settle(s):
    s.setdefault("labels", [])
    s.setdefault("unclear", False)
    s.setdefault("entities", {})
    s.setdefault("irt", True)
    s.setdefault("after", 60)
    # auto-responders answer without quoting us
    s.setdefault("mode", "none" if s["client"] == "auto" else "top")
    if s.get("automated"):
        s["ack_to"] = None
    elif "ack_to" not in s:
        s["ack_to"] = (s.get("reply_to") or s["frm"])[1]
    if "subject" not in s:
        o = s["_o"]
        pre = {"outlook": "RE: ", "outlookpc": "RE: ", "outlook_es": "RE: ", "aol": "Re: "}.get(s["client"], "Re: ")
        if s["mode"] == "fwd":
            pre = {"outlook": "FW: ", "outlookpc": "FW: ", "outlook_es": "RV: ", "iphone_es": "Fwd: ",
                   "thunderbird": "Fwd: ", "yahoo": "Fw: "}.get(s["client"], "Fwd: ")
        s["subject"] = pre + o["subject"]
    return s


def main():
    all_specs = []
    for s in specs.SPECS:
        s["_o"] = ours.build(s["orig"]) if s.get("orig") else None
        all_specs.append(settle(s))
    ids = [s["id"] for s in all_specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    assert len(all_specs) == 120, len(all_specs)
    order = list(range(len(all_specs)))
    random.Random(SEED).shuffle(order)
    all_specs = [all_specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(all_specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(make(s, s["_o"]))
        man.append(json.dumps({"file": fn, "mailbox": s["mailbox"], "automated": bool(s.get("automated")),
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        kind = s["_o"]["kind"] if s["_o"] else "none"
        idx.append("\t".join([fn, s["id"], kind, s["mode"], "irt" if s["irt"] and s["_o"] else "no-irt",
                              s.get("lang", "en"), CLIENT_NAMES[s["client"]]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(all_specs), OUT))


if __name__ == "__main__":
    main()
