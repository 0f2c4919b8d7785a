"""Mail-program profiles: how each client writes headers, quotes and MIME bodies."""
import base64
import struct
import zlib

from mailkit import (Leaf, Multi, rs, uuid_, rfc, plus, hdr_text, hdr_text_partial, addr,
                     is_ascii, esc, needs_qp, quote_gt, flow, linkify, B64, ALNUM, HEXL, HEXU,
                     UPNUM, rfc_utc, central)
from ourmail import OUR
from transports import BOXES

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]
NNBSP = "\u202f"


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def qsrc(spec):
    q = spec.get("quote")
    if not q:
        return None
    if "src" in q:
        s = dict(OUR[q["src"]])
    else:
        s = dict(q["custom"])
        from mailkit import parse_date
        s["date"] = parse_date(s["date"])
        s.setdefault("msgid", None)
    s.setdefault("to", q.get("to") or spec["frm"][1])
    if q.get("to_display"):
        s["to_display"] = q["to_display"]
    return s


def local(spec, d):
    from mailkit import parse_date
    tz = parse_date(spec["date"]).tzinfo
    return d.astimezone(tz)


def tz_abbr(d):
    off = d.utcoffset().total_seconds() / 3600
    return {-5: "CDT", -6: "CST", -4: "EDT", -7: "PDT" if d.month in range(3, 12) else "MST"}.get(off, "CDT")


# ---------------------------------------------------------------- quote text builders
def q_gmail(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    sp = NNBSP if spec.get("nnbsp") else " "
    when = f"{WD[d.weekday()][:3]}, {MON[d.month - 1][:3]} {d.day}, {d.year} at {h}:{d.minute:02d}{sp}{ap}"
    if fwd:
        t = (f"---------- Forwarded message ---------\nFrom: {s['display']} <{s['address']}>\n"
             f"Date: {when}\nSubject: {s['subject']}\nTo: <{s['to']}>\n\n\n{s['text']}")
        hq = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
              f'From: <strong class="gmail_sendername" dir="auto">{esc(s["display"])}</strong> <span dir="auto">&lt;<a href="mailto:{s["address"]}">{s["address"]}</a>&gt;</span><br>'
              f'Date: {esc(when)}<br>Subject: {esc(s["subject"])}<br>To: &lt;<a href="mailto:{s["to"]}">{s["to"]}</a>&gt;<br></div><br><br>'
              f'<div dir="ltr">{br(s["text"])}</div></div>')
        return t, hq
    attr = f"On {when} {s['display']} <{s['address']}> wrote:"
    if len(attr) > 78:
        attr = f"On {when} {s['display']} <\n{s['address']}> wrote:"
    t = attr + "\n\n" + quote_gt(s["text"])
    hq = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On {esc(when)} {esc(s["display"])} &lt;<a href="mailto:{s["address"]}">{s["address"]}</a>&gt; wrote:<br></div>'
          f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{br(s["text"])}</blockquote></div>')
    return t, hq


def q_outlook(spec, s, owa=False, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    when = f"{WD[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {ap}"
    to = s.get("to_display") or s["to"]
    head = (f"From: {s['display']} <{s['address']}>\nSent: {when}\nTo: {to}\nSubject: {s['subject']}")
    if owa:
        t = "________________________________\n" + head + "\n\n" + s["text"]
    else:
        t = head + "\n\n" + s["text"]
    hq_head = (f'<b>From:</b> {esc(s["display"])} &lt;{esc(s["address"])}&gt;<br><b>Sent:</b> {esc(when)}<br>'
               f'<b>To:</b> {esc(to)}<br><b>Subject:</b> {esc(s["subject"])}')
    if owa:
        hq = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
              f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hq_head}</font>'
              '<div>&nbsp;</div>\n</div>\n<div>\n' + mso_paras(s["text"]) + '\n</div>')
    else:
        hq = ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              f'<p class="MsoNormal">{hq_head}<o:p></o:p></p>\n</div>\n</div>\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(s["text"]))
    return t, hq


def q_apple(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    if fwd:
        t = ("Begin forwarded message:\n\n" +
             quote_gt(f"From: {s['display']} <{s['address']}>\nSubject: {s['subject']}\n"
                      f"Date: {MON[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d}:{d.second:02d}{NNBSP}{ap} {tz_abbr(d)}\n"
                      f"To: {s['to']}\n\n{s['text']}"))
        return t, "<blockquote type=\"cite\">" + br(s["text"]) + "</blockquote>"
    attr = f"On {MON[d.month - 1][:3]} {d.day}, {d.year}, at {h}:{d.minute:02d}{NNBSP}{ap}, {s['display']} <{s['address']}> wrote:"
    t = quote_gt(attr + "\n\n" + s["text"])
    t = t.replace("\n>\n", "\n> \n")
    hq = (f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br><div><div>{br(s["text"])}</div></div></blockquote></div>')
    return t, hq


def q_tbird(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    if fwd:
        t = (f"-------- Forwarded Message --------\nSubject: \t{s['subject']}\nDate: \t{rfc(s['date'])}\n"
             f"From: \t{s['display']} <{s['address']}>\nTo: \t{s['to']}\n\n\n\n{s['text']}")
        return t, None
    t = f"On {d.month}/{d.day}/{d.year % 100} {h}:{d.minute:02d} {ap}, {s['display']} wrote:\n" + quote_gt(s["text"])
    return t, None


def q_notes(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    when = f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{d.minute:02d} {ap}"
    t = (f'\n\n\nFrom:\t"{s["display"]}" <{s["address"]}>\nTo:\t{s["to"]}\nDate:\t{when}\n'
         f"Subject:\t{s['subject']}\n\n\n\n{s['text']}")
    hq = ('<br><br><br><br><font size=1 color=#5f5f5f face="sans-serif">From:        </font><font size=1 face="sans-serif">&quot;'
          f'{esc(s["display"])}&quot; &lt;{s["address"]}&gt;</font><br><font size=1 color=#5f5f5f face="sans-serif">To:        </font>'
          f'<font size=1 face="sans-serif">{s["to"]}</font><br><font size=1 color=#5f5f5f face="sans-serif">Date:        </font>'
          f'<font size=1 face="sans-serif">{when}</font><br><font size=1 color=#5f5f5f face="sans-serif">Subject:        </font>'
          f'<font size=1 face="sans-serif">{esc(s["subject"])}</font><br><hr noshade><br><br><br><tt><font size=2>{br(s["text"])}</font></tt><br>')
    return t, hq


def q_aol(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    when = f"{WD[d.weekday()][:3]}, {MON[d.month - 1][:3]} {d.day}, {d.year} {h}:{d.minute:02d} {ap.lower()}"
    t = (f"\n\n-----Original Message-----\nFrom: {s['display']} <{s['address']}>\nTo: {s['to']}\n"
         f"Sent: {when}\nSubject: {s['subject']}\n\n{s['text']}")
    hq = (f'<div><br></div><div><br></div><div style="font-family:helvetica,arial;font-size:10pt;color:black">'
          f'-----Original Message-----<br>From: {esc(s["display"])} &lt;{s["address"]}&gt;<br>To: {s["to"]}<br>'
          f'Sent: {esc(when)}<br>Subject: {esc(s["subject"])}<br><br><div>{br(s["text"])}</div></div>')
    return t, hq


def q_yahoo(spec, s, fwd=False):
    d = local(spec, s["date"])
    h, ap = h12(d)
    when = f"{WD[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h:02d}:{d.minute:02d}:{d.second:02d} {ap} {tz_abbr(d)}"
    attr = f"On {when}, {s['display']} <{s['address']}> wrote:"
    t = "\n\n    " + attr + "  \n\n " + "\n".join(" " + l for l in s["text"].split("\n"))
    hq = (f'<div id="yahoo_quoted_{rs_fixed(s)}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
          f'<div>{esc(attr)}</div><div><br></div><div><br></div><div><div>{br(s["text"])}</div></div></div></div>')
    return t, hq


def rs_fixed(s):
    digits = "".join(c for c in (s.get("msgid") or "") if c.isdigit())
    return (digits + "4817305529")[:10]


# ---------------------------------------------------------------- html helpers
def br(text):
    return "<br>\n".join(linkify(esc(l)) for l in text.split("\n"))


def mso_paras(text):
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append(f'<p class="MsoNormal">{linkify(esc(l))}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:{font};}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:{size}pt;
	font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle{n}
	{{mso-style-type:personal-{kind};
	font-family:"{font}",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(spec, new_text, qhtml, cs):
    font = spec.get("font", "Aptos" if spec.get("date", "") >= "2026-03" else "Calibri")
    size = "12.0" if font == "Aptos" else "11.0"
    head = MSO_HEAD.format(cs=cs, font=font, size=size, n=spec.get("style_n", 17 if not qhtml else 19),
                           kind="reply" if qhtml else "compose")
    body = mso_paras(new_text)
    if spec.get("sig_html"):
        body += "\n" + spec["sig_html"]
    if qhtml:
        body += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qhtml
    return head + body + "\n</div>\n</body>\n</html>\n"


# ---------------------------------------------------------------- leaves
def text_leaf(text, charset, cte=None, style="quoted", params=""):
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    return Leaf("text/plain", text=text, charset=charset, cte=cte, ct_style=style, ct_params=params)


def html_leaf(html, charset, cte="quoted-printable", style="quoted"):
    return Leaf("text/html", text=html, charset=charset, cte=cte, ct_style=style)


def attach_leaves(spec, r, style="outlook"):
    out = []
    for a in spec.get("attach", []):
        data = a["data"] if isinstance(a["data"], bytes) else a["data"].replace("\n", "\r\n").encode("utf-8")
        if a.get("cte") == "7bit" or a["ctype"].startswith("text/calendar") and a.get("cte") != "base64":
            out.append(Leaf(a["ctype"], text=a["data"], charset=a.get("charset", "utf-8"),
                            cte=a.get("cte", "7bit"), filename=a.get("name"),
                            disposition=a.get("disp", "attachment") if a.get("name") else None,
                            ct_params=a.get("params", "")))
            continue
        out.append(Leaf(a["ctype"], data=data, cte="base64", filename=a["name"],
                        disposition=a.get("disp", "attachment"),
                        cid=a.get("cid"), extra=a.get("extra", []),
                        ct_params=a.get("params", "")))
    return out


def pick_charset(text, pref):
    if is_ascii(text):
        return "us-ascii" if pref in ("us-ascii", "windows-1252", "iso-8859-1") else pref
    if pref == "us-ascii":
        return "utf-8"
    try:
        from mailkit import codec
        text.encode(codec(pref))
        return pref
    except UnicodeEncodeError:
        return "utf-8"


def tiny_png(r, w=120, h=40, rgb=(0, 82, 147)):
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rgb) * w
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- common header bits
def to_header(spec, default_display=None, style="plain"):
    if spec.get("to"):
        return spec["to"]
    box = BOXES[spec["mailbox"]]
    s = qsrc(spec)
    if s and spec["quote"].get("kind", "reply") == "reply" and "src" in spec["quote"]:
        return addr(s["display"], box)
    if style == "outlook":
        return f'"{box}" <{box}>'
    return box


def subject_of(spec, prefix):
    if spec.get("subject") is not None:
        return spec["subject"]
    s = qsrc(spec)
    return f"{prefix}{s['subject']}"


def reply_ids(spec):
    s = qsrc(spec)
    if not s or spec["quote"].get("kind", "reply") != "reply" or spec.get("no_irt"):
        return None
    return s.get("msgid")


def compose(spec, qfun, **kw):
    """new text + quote, both plain and html."""
    s = qsrc(spec)
    new = spec["text"]
    if not s:
        return new, None
    fwd = spec["quote"].get("kind") == "forward"
    qt, qh = qfun(spec, s, fwd=fwd, **kw) if kw else qfun(spec, s, fwd=fwd)
    sep = spec["quote"].get("sep", "\n")
    return new + sep + qt, qh


# ---------------------------------------------------------------- profiles
def p_gmail(spec, r, dt):
    plain, qh = compose(spec, q_gmail)
    msgid = spec.get("mid") or f"<CA{r.choice(['+', 'J', 'K', 'H', 'E', 'P', 'F'])}{rs(r, r.randint(36, 48), ALNUM + '_-+')}@mail.gmail.com>"
    spec["_mid"] = msgid
    irt = reply_ids(spec)
    subj = subject_of(spec, "Fwd: " if spec.get("quote", {}).get("kind") == "forward" else "Re: ")
    hs = ["MIME-Version: 1.0"]
    if irt:
        hs += [f"References: {irt}", f"In-Reply-To: {irt}"]
    hs.append(f"From: {addr(*spec['frm'])}")
    if spec.get("reply_to"):
        hs.append(f"Reply-To: {addr(*spec['reply_to'])}")
    hs += [f"Date: {rfc(dt)}",
           f"X-Gm-Features: AQt7F2{rs(r, 58, ALNUM + '_-')}",
           f"Message-ID: {msgid}",
           f"Subject: {hdr_text_partial(subj, 'UTF-8', 'Q')}",
           f"To: {to_header(spec)}"]
    if spec.get("cc"):
        hs.append(f"Cc: {spec['cc']}")
    if spec.get("extra_headers"):
        hs += spec["extra_headers"]
    pcte = spec.get("plain_cte") or ("quoted-printable" if not is_ascii(plain) or needs_qp(plain, 990) else None)
    if spec.get("plain_only"):
        top = text_leaf(plain, "UTF-8", cte=pcte)
        top.ct_params = "; format=flowed; delsp=yes" if spec.get("flowed") else ""
    else:
        html = f'<div dir="ltr">{br(spec["text"])}</div>' + ("<br>" + qh if qh else "") + "\n"
        tl = text_leaf(plain, "UTF-8", cte=pcte)
        hl = html_leaf(html, "UTF-8", cte="quoted-printable" if needs_qp(html) else None)
        top = Multi("alternative", [tl, hl], "000000000000" + rs(r, 12), ct_fold=False)
    att = attach_leaves(spec, r)
    if att:
        top = Multi("mixed", [top] + att, "000000000000" + rs(r, 12), ct_fold=False)
    return hs, top


def thread_index(r, reply):
    if reply:
        return "AQHc" + rs(r, 32, B64)
    return "AQHc" + rs(r, 26, B64) + "=="


def p_outlook(spec, r, dt, flavor="m365", tr=None):
    owa = spec.get("owa", False)
    plain, qh = compose(spec, q_outlook, owa=owa)
    cs = pick_charset(plain + (spec.get("sig_html") or ""), spec.get("charset", "us-ascii"))
    if flavor in ("m365", "outlookcom"):
        srv = tr["ms_server"] if tr else "SA1PR04MB8421"
        reg = tr["ms_region"][0] if tr else "namprd04"
        local_part = srv + rs(r, 27, HEXU)
        msgid = f"<{local_part}@{srv}.{reg}.prod.outlook.com>"
    else:
        dom = spec["frm"][1].split("@")[1]
        host = spec.get("exch_host", f"EXCH0{r.randint(1, 3)}.{spec.get('corp', dom.split('.')[0][:10]).lower()}.local")
        local_part = rs(r, 32, HEXL)
        msgid = f"<{local_part}@{host}>"
    msgid = spec.get("mid") or msgid
    spec["_mid"] = msgid
    bkey = msgid.strip("<>").replace("@", "").replace(".", "")
    irt = reply_ids(spec)
    fwd = spec.get("quote", {}).get("kind") == "forward"
    subj = subject_of(spec, "FW: " if fwd else "RE: ")
    topic = spec.get("topic") or (subj[4:] if subj[:4] in ("RE: ", "FW: ") else subj)
    hs = [f"From: {addr(*spec['frm'])}"]
    if spec.get("reply_to"):
        hs.append(f"Reply-To: {addr(*spec['reply_to'])}")
    hs += [f"To: {to_header(spec, style='outlook')}"]
    if spec.get("cc"):
        hs.append(f"CC: {spec['cc']}")
    hs += [f"Subject: {hdr_text(subj, 'utf-8', 'B')}",
           f"Thread-Topic: {hdr_text(topic, 'utf-8', 'B')}",
           f"Thread-Index: {thread_index(r, bool(irt) or fwd)}"]
    if flavor in ("m365", "outlookcom"):
        hs.append(f"Date: {rfc_utc(dt)}")
    else:
        hs.append(f"Date: {rfc(dt)}")
    hs.append(f"Message-ID: {msgid}")
    if irt:
        hs += [f"References: {irt}", f"In-Reply-To: {irt}"]
    att = attach_leaves(spec, r)
    logo = spec.get("inline_logo")
    hs += ["Accept-Language: en-US", "Content-Language: en-US",
           f"X-MS-Has-Attach: {'yes' if att or logo else ''}", "X-MS-TNEF-Correlator: "]
    if flavor == "m365":
        hs += [f"msip_labels: ",
               "x-ms-publictraffictype: Email",
               f"x-ms-traffictypediagnostic: {tr['ms_server'] if tr else 'SA1PR04MB8421'}:EE_|{rs(r, 4, UPNUM)}PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}:EE_",
               f"x-ms-office365-filtering-correlation-id: {uuid_(r)}",
               "x-ms-exchange-senderadcheck: 1",
               "x-ms-exchange-antispam-relay: 0",
               f"x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;",
               f"x-forefront-antispam-report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{tr['ms_server'] if tr else 'SA1PR04MB8421'}.{tr['ms_region'][0] if tr else 'namprd04'}.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;"]
    elif flavor == "outlookcom":
        hs += ["x-ms-exchange-messagesentrepresentingtype: 1",
               f"x-tmn: [{rs(r, 32, ALNUM)}]",
               "x-ms-publictraffictype: Email",
               f"x-ms-office365-filtering-correlation-id: {uuid_(r)}",
               "x-microsoft-antispam: BCL:0;ARA:14566002|8060799006|461199028|15080799006|19110799003;"]
    else:
        hs += [f"x-originating-ip: [10.{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(10, 250)}]"]
    if spec.get("extra_headers"):
        hs += spec["extra_headers"]
    hs.append("__CONTENT__")
    hs.append("MIME-Version: 1.0")
    if flavor in ("m365", "outlookcom"):
        org = spec["frm"][1].split("@")[1]
        t = rfc(plus(dt, 0).astimezone(__import__("datetime").timezone.utc)).replace("-0000", "+0000")
        hs += [f"X-OriginatorOrg: {org}",
               f"X-MS-Exchange-CrossTenant-AuthAs: Internal",
               f"X-MS-Exchange-CrossTenant-AuthSource: {tr['ms_fqdn'] if tr else 'SA1PR04MB8421.namprd04.prod.outlook.com'}",
               f"X-MS-Exchange-CrossTenant-originalarrivaltime: {dt.astimezone(__import__('datetime').timezone.utc).strftime('%d %b %Y %H:%M:%S.')}{r.randint(1000, 9999)}\n (UTC)",
               "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
               f"X-MS-Exchange-CrossTenant-id: {uuid_(r)}",
               "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
               f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {tr['ms_server'] if tr else 'SA1PR04MB8421'}"]
    html = outlook_html(spec, spec["text"], qh, cs)
    if spec.get("plain_cte"):
        tl = text_leaf(plain, cs, cte=spec["plain_cte"])
    else:
        tl = text_leaf(plain, cs, cte="quoted-printable")
    hl = html_leaf(html, cs, cte=spec.get("html_cte", "quoted-printable"))
    if spec.get("plain_cte") == "base64":
        hl = html_leaf(html, cs, cte="base64")
    alt = Multi("alternative", [tl, hl], f"_000_{bkey}_")
    top = alt
    if logo:
        img = Leaf("image/png", data=tiny_png(r), cte="base64", filename="image001.png",
                   disposition="inline", cid=f"image001.png@01DC{rs(r, 4, HEXU)}.{rs(r, 8, HEXU)}",
                   desc="image001.png")
        top = Multi("related", [Multi("alternative", [tl, hl], f"_000_{bkey}_"), img],
                    f"_005_{bkey}_", params=';\n\ttype="multipart/alternative"', quote_boundary=True)
        top.ct_fold = True
    if att:
        top = Multi("mixed", [top] + att, f"_004_{bkey}_")
    return hs, top


def p_apple(spec, r, dt, iphone=False):
    plain, qh = compose(spec, q_apple)
    dom = spec["frm"][1].split("@")[1]
    msgid = spec.get("mid") or f"<{uuid_(r, upper=True)}@{dom}>"
    spec["_mid"] = msgid
    irt = reply_ids(spec)
    fwd = spec.get("quote", {}).get("kind") == "forward"
    subj = subject_of(spec, "Fwd: " if fwd else "Re: ")
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    cte = "7bit" if cs == "us-ascii" and not needs_qp(plain, 900) else "quoted-printable"
    if iphone:
        hs = ["__CONTENT__", f"From: {addr(*spec['frm'])}", "Mime-Version: 1.0 (1.0)",
              f"Date: {rfc(dt)}", f"Subject: {hdr_text(subj, 'utf-8', 'Q')}", f"Message-Id: {msgid}"]
        if irt:
            hs += [f"References: {irt}", f"In-Reply-To: {irt}"]
        hs += [f"To: {to_header(spec)}", f"X-Mailer: iPhone Mail ({spec.get('build', '23E261')})"]
        top = Leaf("text/plain", text=plain, charset=cs, cte=cte, ct_style="bare")
        return hs, top
    ver = spec.get("applever", "3826.500.181.1.5")
    hs = [f"From: {addr(*spec['frm'])}", "__CONTENT__",
          f"Mime-Version: 1.0 (Mac OS X Mail 16.0 \\({ver}\\))",
          f"Subject: {hdr_text(subj, 'utf-8', 'Q')}", f"Date: {rfc(dt)}"]
    if irt:
        hs += [f"References: {irt}", f"In-Reply-To: {irt}"]
    hs += [f"To: {to_header(spec)}", f"Message-Id: {msgid}", f"X-Mailer: Apple Mail (2.{ver})"]
    if spec.get("plain_only", True):
        top = Leaf("text/plain", text=plain, charset=cs, cte=cte, ct_style="apple")
    else:
        html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{br(spec["text"])}{qh or ""}</body></html>')
        top = Multi("alternative", [Leaf("text/plain", text=plain, charset=cs, cte="quoted-printable", ct_style="apple"),
                                    Leaf("text/html", text=html, charset=cs, cte="quoted-printable", ct_style="apple")],
                    f"Apple-Mail={uuid_(r, upper=True)}", quote_boundary=True)
    att = attach_leaves(spec, r)
    if att:
        top = Multi("mixed", [top] + att, f"Apple-Mail={uuid_(r, upper=True)}")
    return hs, top


def p_tbird(spec, r, dt):
    plain, _ = compose(spec, q_tbird)
    dom = spec["frm"][1].split("@")[1]
    msgid = spec.get("mid") or f"<{uuid_(r)}@{dom}>"
    spec["_mid"] = msgid
    irt = reply_ids(spec)
    fwd = spec.get("quote", {}).get("kind") == "forward"
    subj = subject_of(spec, "Fwd: " if fwd else "Re: ")
    hs = [f"Message-ID: {msgid}", f"Date: {rfc(dt)}", "MIME-Version: 1.0",
          f"User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    if irt:
        hs += [f"References: {irt}", f"In-Reply-To: {irt}"]
    hs += [f"To: {to_header(spec)}", f"From: {addr(*spec['frm'])}", f"Subject: {hdr_text(subj, 'UTF-8', 'Q')}"]
    text = flow(plain, 72, spec.get("keep", ()))
    cs = "UTF-8"
    cte = "7bit" if is_ascii(text) else "8bit"
    att = attach_leaves(spec, r)
    tl = Leaf("text/plain", text=text, charset=cs, cte=cte, ct_params="; format=flowed", ct_style="bare")
    if att:
        top = Multi("mixed", [tl] + att, f"------------{rs(r, 24, ALNUM)}", ct_fold=False,
                    preamble="This is a multi-part message in MIME format.")
        return hs, top
    return hs, tl


def p_notes(spec, r, dt):
    plain, qh = compose(spec, q_notes)
    dom = spec["frm"][1].split("@")[1]
    a, b, c, d_ = rs(r, 8, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU)
    msgid = spec.get("mid") or f"<OF{a}.{b}-ON{c}.{d_}-{c}.{rs(r, 8, HEXU)}@{dom}>"
    spec["_mid"] = msgid
    irt = reply_ids(spec)
    subj = subject_of(spec, "Re: ")
    srv = spec.get("notes_server", f"{dom.split('.')[0][:6].upper()}01/{dom.split('.')[0][:4].upper()}")
    rel = spec.get("notes_rel", "Release 12.0.2|November 03, 2022")
    mailer = spec.get("notes_mailer", "HCL Notes Release 12.0.2 November 03, 2022")
    lt = dt.strftime("%m/%d/%Y %I:%M:%S %p")
    hs = [f"To: {to_header(spec)}"]
    if irt:
        hs += [f"In-Reply-To: {irt}", f"References: {irt}"]
    hs += ["MIME-Version: 1.0", f"Subject: {hdr_text(subj, 'UTF-8', 'B')}",
           f"X-KeepSent: {a}:{b}-{c}:{d_}; type=4; name=$KeepSent",
           f"X-Mailer: {mailer}", f"Message-ID: {msgid}",
           f"From: {addr(*spec['frm'])}", f"Date: {rfc(dt)}",
           f"X-MIMETrack: Serialize by Router on {srv}({rel}) at\n {lt},\n\tSerialize complete at {lt}"]
    cs = "US-ASCII" if is_ascii(plain) else "UTF-8"
    html = (f'<font size=2 face="sans-serif">{br(spec["text"])}</font><br>{qh or ""}')
    boundary = f"=_alternative {rs(r, 8, HEXU)}{c}_="
    top = Multi("alternative", [Leaf("text/plain", text=plain, charset=cs, cte="quoted-printable"),
                                Leaf("text/html", text=html, charset=cs, cte="quoted-printable")],
                boundary, ct_fold=False)
    return hs, top


def p_yahoo(spec, r, dt, aol=False):
    qfun = q_aol if aol else q_yahoo
    plain, qh = compose(spec, qfun)
    n1, n2 = r.randint(100000000, 2147483647), r.randint(1000000, 9999999)
    ms = int(dt.timestamp() * 1000) + r.randint(0, 999)
    msgid = spec.get("mid") or f"<{n1}.{n2}.{ms}@mail.yahoo.com>"
    spec["_mid"] = msgid
    irt = reply_ids(spec)
    subj = subject_of(spec, "Re: ")
    hs = [f"Date: {rfc_utc(dt)} (UTC)", f"From: {addr(*spec['frm'])}",
          f"To: {to_header(spec, style='outlook') if not aol else to_header(spec)}",
          f"Message-ID: {msgid}"]
    if irt:
        hs.append(f"In-Reply-To: {irt}")
    hs += [f"Subject: {hdr_text(subj, 'UTF-8', 'Q')}", "MIME-Version: 1.0", "__CONTENT__"]
    refs = f"<{n1}.{n2}.{ms}.ref@mail.yahoo.com>"
    hs.append(f"References: {refs}" if not irt else f"References: {irt}")
    hs.append(f"X-Mailer: WebService/1.1.{r.randint(24500, 25900)} {'AolMailNorrin' if aol else 'YMailNorrin'}")
    style = "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" if not aol else "font-family:arial, helvetica, sans-serif;font-size:16px;"
    lines = "".join(f'<div dir="ltr" data-setdir="false">{esc(l) or "<br>"}</div>' for l in spec["text"].split("\n"))
    html = (f'<html><head></head><body><div class="{"yahoo-style-wrap" if not aol else "aol_font_size"}" style="{style}">{lines}'
            f'{qh or ""}</div></body></html>')
    cs = "UTF-8"
    tl = Leaf("text/plain", text=plain, charset=cs, cte="quoted-printable" if needs_qp(plain, 990) else "7bit", ct_style="bare")
    hl = Leaf("text/html", text=html, charset=cs, cte="quoted-printable" if needs_qp(html) else "7bit", ct_style="bare")
    top = Multi("alternative", [tl, hl], f"----=_Part_{n2 - 1}_{r.randint(100000000, 2147483647)}.{ms - 1}", ct_fold=True)
    top.ct_fold = True
    return hs, top


def p_webform(spec, r, dt):
    msgid = f"<webform.{dt.strftime('%Y%m%d%H%M%S')}.{rs(r, 10)}@webforms02.alliantenergy.com>"
    spec["_mid"] = msgid
    hs = [f"Message-ID: {msgid}", f"Date: {rfc(dt)}",
          f"From: {addr(*spec['frm'])}", f"Reply-To: {addr(*spec['reply_to'])}",
          f"To: {BOXES[spec['mailbox']]}", f"Subject: {spec['subject']}",
          "MIME-Version: 1.0", "X-Mailer: AE-WebForms/3.4 (contact-us)",
          "X-AE-Form-Id: contact-us-v7", "__CONTENT__"]
    return hs, Leaf("text/plain", text=spec["text"], charset="utf-8", cte="quoted-printable")


def p_bulk(spec, r, dt):
    """Service / platform mail. Headers are spelled out in the spec (pre/post lists)."""
    hs = list(spec.get("pre", []))
    order = spec.get("order", ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version"])
    mid = spec.get("mid")
    spec["_mid"] = mid
    datefmt = spec.get("datefmt", "local")
    for h in order:
        if h == "From":
            hs.append(f"From: {addr(*spec['frm'])}")
        elif h == "Sender" and spec.get("sender"):
            hs.append(f"Sender: {addr(*spec['sender'])}")
        elif h == "Reply-To" and spec.get("reply_to"):
            hs.append(f"Reply-To: {addr(*spec['reply_to'])}")
        elif h == "To":
            hs.append(f"To: {spec.get('to') or BOXES[spec['mailbox']]}")
        elif h == "Cc" and spec.get("cc"):
            hs.append(f"Cc: {spec['cc']}")
        elif h == "Subject":
            hs.append(f"Subject: {hdr_text(spec['subject'], 'UTF-8', spec.get('subj_mode', 'Q'))}")
        elif h == "Date":
            hs.append(f"Date: {rfc_utc(dt) if datefmt == 'utc' else rfc(dt)}")
        elif h == "Message-ID" and mid:
            hs.append(f"Message-ID: {mid}")
        elif h == "MIME-Version":
            hs.append("MIME-Version: 1.0")
        elif h == "__CONTENT__":
            hs.append("__CONTENT__")
        elif h.startswith("!"):
            hs.append(h[1:])
    hs += spec.get("post", [])
    spec.setdefault("bstyle", {"salesforce": "java", "atlassian": "java", "servicenow": "java", "intuit": "java",
                               "zendesk": "ruby", "freshdesk": "ruby", "sendgrid": "sendgrid", "zoom": "sendgrid",
                               "docusign": "java", "hubspot": "java", "mailchimp": "mailchimp",
                               "mandrill": "mailchimp"}.get(spec.get("svc"), "generic"))
    top = bulk_body(spec, r)
    return hs, top


def bulk_body(spec, r):
    cs = spec.get("charset", "utf-8")
    layout = spec.get("layout", "alt")
    bstyle = spec.get("bstyle", "generic")

    def bnd():
        if bstyle == "mailchimp":
            return f"_----------=_MCPart_{r.randint(100000000, 2147483647)}"
        if bstyle == "java":
            return f"----=_Part_{r.randint(1000000, 99999999)}_{r.randint(100000000, 2147483647)}.{r.randint(10 ** 12, 10 ** 13)}"
        if bstyle == "ruby":
            return f"--==_mimepart_{rs(r, 13, HEXL)}_{rs(r, 4, HEXL)}{r.randint(100, 999)}"
        if bstyle == "sendgrid":
            return rs(r, 64, HEXL)
        if bstyle == "gcal":
            return "000000000000" + rs(r, 12)
        if bstyle == "outlook":
            return f"_000_{rs(r, 40, UPNUM)}_"
        if bstyle == "mdn":
            return f"----=_NextPart_{rs(r, 3, HEXL)}_{rs(r, 4, HEXL)}_{rs(r, 8, HEXL)}.{rs(r, 8, HEXL)}"
        return f"b1_{rs(r, 32, ALNUM)}"
    tcte = spec.get("text_cte", "quoted-printable")
    hcte = spec.get("html_cte", "quoted-printable")
    parts = []
    if spec.get("text") is not None:
        parts.append(Leaf("text/plain", text=spec["text"], charset=cs, cte=tcte,
                          ct_style=spec.get("ct_style", "quoted"), ct_params=spec.get("text_params", "")))
    if spec.get("html") is not None:
        parts.append(Leaf("text/html", text=spec["html"], charset=cs, cte=hcte, ct_style=spec.get("ct_style", "quoted")))
    if layout == "plain":
        return parts[0]
    if layout == "html":
        return parts[-1]
    if layout == "report":
        rep = [parts[0]] + spec["report_parts"]
        return Multi("report", rep, bnd(), params=f"; report-type={spec['report_type']}")
    att = attach_leaves(spec, r)
    ics = spec.get("ics")
    if ics and spec.get("ics_in_alt", True):
        parts.append(Leaf("text/calendar", text=ics, charset="utf-8", cte=spec.get("ics_cte", "7bit"),
                          ct_params=f"; method={spec.get('method', 'REQUEST')}", ct_style="quoted"))
    top = Multi("alternative", parts, bnd(), ct_fold=spec.get("ct_fold", True))
    if att:
        top = Multi("mixed", [top] + att, bnd(), ct_fold=spec.get("ct_fold", True))
    return top


def p_gmail_unsub(spec, r, dt):
    msgid = f"<CA{rs(r, 44, ALNUM + '_-+')}@mail.gmail.com>"
    spec["_mid"] = msgid
    hs = ["MIME-Version: 1.0", f"From: {addr(*spec['frm'])}", f"Date: {rfc(dt)}",
          f"Message-ID: {msgid}", f"Subject: {spec['subject']}", f"To: {BOXES[spec['mailbox']]}"]
    top = Leaf("text/plain", text=spec["text"], charset="UTF-8", cte=None)
    return hs, top


PROFILES = {
    "gmail": (p_gmail, "gmail"), "gws": (p_gmail, "gws"),
    "m365": (lambda s, r, d, tr=None: p_outlook(s, r, d, "m365", tr), "m365"),
    "outlookcom": (lambda s, r, d, tr=None: p_outlook(s, r, d, "outlookcom", tr), "outlookcom"),
    "exchange": (lambda s, r, d, tr=None: p_outlook(s, r, d, "exchange", tr), "exchange"),
    "apple": (p_apple, "icloud"),
    "iphone": (lambda s, r, d: p_apple(s, r, d, iphone=True), "secureserver"),
    "thunderbird": (p_tbird, "isp"),
    "notes": (p_notes, "domino"),
    "yahoo": (p_yahoo, "yahoo"),
    "aol": (lambda s, r, d: p_yahoo(s, r, d, aol=True), "aol"),
    "webform": (p_webform, "aeweb"),
    "bulk": (p_bulk, "service"),
    "gmail_unsub": (p_gmail_unsub, "gws"),
}
