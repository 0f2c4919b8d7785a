"""Tiny MIME writer.  The `email` package would re-fold and re-encode as it likes; real mail programs each have
their own habits, so parts are serialised by hand (CRLF, exact boundaries, exact transfer encodings)."""
import base64
import email.header
import email.utils
import quopri

CRLF = b"\r\n"


def crlf(text):
    return "\r\n".join(text.replace("\r\n", "\n").split("\n"))


def enc_text(text, charset):
    # ISO-8859-1 and windows-1252 senders cannot send characters outside their charset; fail loudly
    # instead of silently writing '?' so a spec with the wrong charset is caught at build time.
    return text.encode(charset, errors="strict")


def qp(data):
    out = quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False)
    return out.replace(b"\n", b"\r\n")


def b64(data, width=76):
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + CRLF


def hdr(name, value):
    """Header line(s); non-ASCII values become RFC 2047 encoded words."""
    try:
        value.encode("ascii")
        line = "%s: %s" % (name, value)
        return fold(line)
    except UnicodeEncodeError:
        h = email.header.Header(value, "utf-8", header_name=name)
        return "%s: %s" % (name, h.encode(linesep="\r\n"))


def fold(line, width=78):
    if len(line) <= width:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)


class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, children=None,
                 disposition=None, filename=None, extra=None, boundary=None, qcs=True):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.params = params or []
        self.children = children or []
        self.disposition, self.filename = disposition, filename
        self.extra = extra or []
        self.boundary = boundary
        self.qcs = qcs

    def headers(self):
        ct = self.ctype
        if self.charset:
            # Outlook and Gmail quote the charset, Apple Mail and Thunderbird do not.
            ct += ('; charset="%s"' if self.qcs else "; charset=%s") % self.charset
        for k, v in self.params:
            ct += "; %s=%s" % (k, v)
        if self.children:
            ct += ';\r\n\tboundary="%s"' % self.boundary
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\r\n\tfilename="%s"' % self.filename
            lines.append("Content-Disposition: " + d)
        lines.extend(self.extra)
        return lines

    def payload(self):
        if self.children:
            out = b""
            for c in self.children:
                out += b"--" + self.boundary.encode() + CRLF
                out += CRLF.join(l.encode() for l in c.headers()) + CRLF + CRLF
                out += c.payload()
                if not out.endswith(CRLF):
                    out += CRLF
            out += b"--" + self.boundary.encode() + b"--" + CRLF
            return out
        data = self.body
        if isinstance(data, str):
            data = enc_text(crlf(data), self.charset or "us-ascii")
        if self.cte == "quoted-printable":
            return qp(data)
        if self.cte == "base64":
            return b64(data)
        return data if data.endswith(CRLF) else data + CRLF
