"""MIME helpers for the `formal` set: CRLF, RFC 2047 headers, QP/base64/7bit, HTML renderings, attachments."""
import base64

NL = "\r\n"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXU, HEXL = "0123456789ABCDEF", "0123456789abcdef"


def rnd(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid(r, upper=True):
    h = HEXU if upper else HEXL
    return "-".join(rnd(r, n, h) for n in (8, 4, 4, 4, 12))


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


def ew(text, cs="UTF-8"):
    words, cur = [], ""
    for ch in text:
        if cur and len(base64.b64encode((cur + ch).encode()).decode()) > 54:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode()).decode()) for w in words)


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
        return '"%s" <%s>' % (name.replace('"', ''), a)
    return "%s <%s>" % (name, a)


def header(name, value):
    return fold(name, value if ascii_ok(value) else ew(value))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style, cs="utf-8"):
    """The HTML alternative a mail program would send for the same text."""
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
        if style == "word":
            bold = line.isupper() and len(line) > 3 or line.startswith("RE:") or line.startswith("Re:")
            t = esc(line) or "&nbsp;"
            if bold:
                t = "<b>%s</b>" % t
            out.append('<p class="MsoNormal" style="margin:0in;font-family:&quot;Times New Roman&quot;,serif">'
                       '%s<o:p></o:p></p>' % t)
        elif style == "outlook":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) or "&nbsp;"))
        elif style == "bulk":
            out.append('<tr><td style="padding:2px 24px;font-family:Arial,sans-serif;font-size:14px;color:#222">'
                       '%s</td></tr>' % (esc(line) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc(line) or "<br>"))
    out += ["</blockquote>"] * depth
    inner = "\r\n".join(out)
    if style in ("word", "outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\r\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                '<div class="WordSection1">\r\n%s\r\n</div></body></html>\r\n' % (cs, inner))
    if style == "bulk":
        return ('<!DOCTYPE html>\r\n<html><head><meta charset="%s"><meta name="viewport" '
                'content="width=device-width"></head>\r\n<body style="margin:0;background:#f2f2f2">'
                '<table role="presentation" width="600" align="center" style="background:#fff">\r\n%s\r\n'
                '</table></body></html>\r\n' % (cs, inner))
    return '<div dir="ltr">\r\n%s\r\n</div>\r\n' % inner


def leaf(text, sub, cte=None, fl=False, cs=None):
    data = text.replace("\r\n", "\n").replace("\n", NL)
    if cs is None:
        cs = "us-ascii" if ascii_ok(data) else "utf-8"
    raw = data.encode("utf-8" if cs.lower() == "utf-8" else cs)
    if cte is None:
        cte = "7bit" if cs == "us-ascii" and max(len(x) for x in raw.split(b"\r\n")) < 900 else "quoted-printable"
    body = {"7bit": raw, "8bit": raw}.get(cte) or (qp(raw) if cte == "quoted-printable" else b64(raw))
    hd = ["Content-Type: text/%s; charset=\"%s\"%s" % (sub, cs, "; format=flowed" if fl else ""),
          "Content-Transfer-Encoding: " + cte]
    return hd, body


def attachment(fname, ctype, data, inline=False):
    hd = ['Content-Type: %s; name="%s"' % (ctype, fname),
          'Content-Description: %s' % fname,
          'Content-Disposition: %s; filename="%s"; size=%d' % ("inline" if inline else "attachment", fname,
                                                               len(data)),
          "Content-Transfer-Encoding: base64"]
    return hd, b64(data)


def multipart(sub, parts, boundary, extra=""):
    out = b""
    for hd, body in parts:
        out += ("--%s" % boundary + NL + NL.join(hd) + NL + NL).encode() + body + NL.encode()
    out += ("--%s--" % boundary + NL).encode()
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, boundary, extra)], out


def fake_pdf(title, lines):
    """A small one-page PDF carrying a few lines of text (enough to look like a scanned form)."""
    content = "BT /F1 11 Tf 72 740 Td 14 TL (%s) Tj T* " % title + " ".join(
        "(%s) '" % l.replace("(", "[").replace(")", "]") for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"]
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")
