"""Low-level helpers: dates, folding, encodings, MIME parts, trace headers.

Standard library only. Every random choice goes through the Random object the
caller passes in, so a build is byte-identical from run to run.
"""
import base64
import datetime as _dt
import email.base64mime
import email.quoprimime
import html as _html
import quopri
import string

OUR_DOMAIN = "alliant-energy.com"
MAILBOX_ADDR = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


# ---------------------------------------------------------------- dates
def parse_local(s):
    """'2024-10-03 08:14:05' (US Central local time) -> naive datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return _dt.datetime.strptime(s, fmt)


def central_offset(dt):
    """UTC offset of US Central time for the corpus period (Sep 2024 - Feb 2025)."""
    return -5 if dt < _dt.datetime(2024, 11, 3, 2, 0) else -6


def shift_zone(dt_central, hours):
    """Same instant expressed in another offset (hours = target offset)."""
    return dt_central + _dt.timedelta(hours=hours - central_offset(dt_central))


def rfc_date(dt, offset_hours, zone_comment=False):
    sign = "-" if offset_hours < 0 else "+"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, sign, abs(offset_hours))
    if zone_comment:
        s += " (%s)" % {-5: "CDT", -6: "CST", -4: "EDT", 0: "UTC", -7: "MST", -8: "PST"}.get(
            offset_hours, "UTC")
    return s


def central_date(dt, zone_comment=False):
    return rfc_date(dt, central_offset(dt), zone_comment)


def utc_date(dt_central):
    u = dt_central - _dt.timedelta(hours=central_offset(dt_central))
    return rfc_date(u, 0)


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def epoch(dt_central):
    u = dt_central - _dt.timedelta(hours=central_offset(dt_central))
    return int((u - _dt.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- random tokens
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rtok(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, n):
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def queue_id(rng):
    return "4X" + rtok(rng, 1, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + rtok(rng, 1, "0123456789") + \
        rtok(rng, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def uuid_like(rng, upper=True):
    h = "".join(rng.choice(HEX) for _ in range(32))
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- header folding
def fold(name, value, width=76, sep="\t"):
    """Fold a header at spaces; returns 'Name: value' with LF+TAB continuation."""
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = sep + word if sep == "\t" else " " + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\n".join(out)


def fold_blob(name, value, width=76):
    """Fold a long unbroken value (DKIM b=, X-YMail-OSG) into chunks."""
    first = "%s: " % name
    chunks, rest = [], value
    room = width - len(first)
    chunks.append(first + rest[:room])
    rest = rest[room:]
    while rest:
        chunks.append("\t" + rest[:width - 1])
        rest = rest[width - 1:]
    return "\n".join(chunks)


# ---------------------------------------------------------------- RFC 2047
def enc_word(text, charset="utf-8", mode="b"):
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset)
    if mode == "q":
        return email.quoprimime.header_encode(raw, charset=charset)
    return email.base64mime.header_encode(raw, charset=charset)


def addr(name, address, charset="utf-8", mode="b", quote=False):
    if not name:
        return address
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (enc_word(name, charset, mode), address)
    if quote or any(c in name for c in ",.;:@()"):
        return '"%s" <%s>' % (name.replace('"', ""), address)
    return "%s <%s>" % (name, address)


# ---------------------------------------------------------------- bodies
def qp(text, charset="utf-8"):
    raw = text.encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def needs_qp(text):
    return any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split("\n"))


def leaf(ctype, text, charset="utf-8", cte=None, quoted=False, params="", extra=None):
    """Return (header_lines, payload) for a text leaf."""
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        payload = qp(text, charset)
    elif cte == "base64":
        payload = b64(text.encode(charset))
    else:
        payload = text
    cs = '"%s"' % charset if quoted else charset
    hdrs = ["Content-Type: %s; charset=%s%s" % (ctype, cs, params), "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs = hdrs + extra
    if not payload.endswith("\n"):
        payload += "\n"
    return hdrs, payload


def multipart(subtype, parts, boundary, preamble=None, params=""):
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    body = []
    if preamble:
        body.append(preamble + "\n")
    for ph, pp in parts:
        body.append("--%s\n" % boundary)
        body.append("\n".join(ph) + "\n\n")
        body.append(pp if pp.endswith("\n") else pp + "\n")
    body.append("--%s--\n" % boundary)
    return hdrs, "".join(body)


def esc(t):
    return _html.escape(t, quote=False)


def finish(header_lines, body):
    """Join headers and body into the final CRLF byte string."""
    text = "\n".join(header_lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    assert "\r" not in text
    data = text.replace("\n", "\r\n")
    return data


def to_bytes(text, charset="utf-8"):
    return text.encode(charset)


# ---------------------------------------------------------------- our inbound trace
def our_trace(rng, mailbox, env_from, arrive, peer_host, peer_ip, helo=None, tls=True,
              auth=None, mx=None):
    """Return-Path, Delivered-To, mbx01 and mx Received lines and Authentication-Results.

    arrive: central datetime the message reached our MX."""
    rcpt = MAILBOX_ADDR[mailbox]
    mx = mx or rng.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.0.11", "mx2": "10.20.0.12"}[mx]
    t_mbx = plus(arrive, rng.randint(0, 2))
    lines = []
    lines.append("Return-Path: <%s>" % env_from)
    lines.append("Delivered-To: %s" % rcpt)
    lines.append(fold("Received", "from %s.%s (%s.%s [%s]) by mbx01.%s (Postfix) with ESMTPS id %s for <%s>; %s"
                      % (mx, OUR_DOMAIN, mx, OUR_DOMAIN, mxip, OUR_DOMAIN, queue_id(rng), rcpt,
                         central_date(t_mbx, True))))
    if auth is None:
        dom = env_from.split("@")[-1] if env_from else peer_host
        auth = "%s.%s; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (
            mx, OUR_DOMAIN, dom, env_from or "postmaster@" + peer_host, dom)
    else:
        auth = "%s.%s; %s" % (mx, OUR_DOMAIN, auth)
    lines.append(fold("Authentication-Results", auth))
    helo_part = "" if helo is None else " (%s)" % helo
    via = "with ESMTPS" if tls else "with ESMTP"
    lines.append(fold("Received", "from %s (%s [%s])%s by %s.%s (Postfix) %s id %s for <%s>; %s"
                      % (peer_host, peer_host, peer_ip, helo_part, mx, OUR_DOMAIN, via, queue_id(rng), rcpt,
                         central_date(arrive, True))))
    return lines
