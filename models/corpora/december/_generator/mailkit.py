"""Low-level helpers that turn a message description into raw RFC 5322 bytes.

Standard library only.  Every random choice goes through a random.Random that is
seeded from the message's stable key, so a rebuild is byte-identical.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import quopri
import random
import string

OUR_DOMAIN = "alliant-energy.com"
BOX_ADDR = {"customercare": "customercare@alliant-energy.com",
            "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

CST = _dt.timezone(_dt.timedelta(hours=-6))
UTC = _dt.timezone.utc
PST = _dt.timezone(_dt.timedelta(hours=-8))
EST = _dt.timezone(_dt.timedelta(hours=-5))
MST = _dt.timezone(_dt.timedelta(hours=-7))

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONGDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONGMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def rng_for(key):
    return random.Random("december-2026/" + key)


# --------------------------------------------------------------------------- dates

def tzoff(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfcdate(dt, pad=False, comment=None, zero=False):
    """'Tue, 1 Dec 2026 09:14:22 -0600'.  pad: Postfix style ' 1'; zero: '01'."""
    if zero:
        day = "%02d" % dt.day
    elif pad:
        day = "%2d" % dt.day
    else:
        day = str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year,
                                              dt.hour, dt.minute, dt.second, tzoff(dt))
    if comment:
        s += " (%s)" % comment
    return s


def unix(dt):
    return int(dt.timestamp())


def ms(dt, rng):
    return unix(dt) * 1000 + rng.randrange(1000)


# --------------------------------------------------------------------------- random tokens

B64CH = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
PFX_QID = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64blob(rng, n):
    s = rs(rng, n, B64CH)
    return s


def postfix_qid(rng):
    # Postfix long queue id, e.g. 4Rk2Wq1mZ3z9sLd
    return "4" + rs(rng, 2, PFX_QID) + rs(rng, 12, PFX_QID)


def uuid_like(rng, upper=True):
    h = HEXU if upper else HEXL
    parts = [rs(rng, 8, h), rs(rng, 4, h), "4" + rs(rng, 3, h), rng.choice("89AB" if upper else "89ab") + rs(rng, 3, h),
             rs(rng, 12, h)]
    return "-".join(parts)


def fold_b64(prefix, blob, width=76, indent="\t"):
    """fold a long base64 value (DKIM b=) across lines"""
    out = []
    line = prefix
    for ch in blob:
        if len(line) >= width:
            out.append(line)
            line = indent
        line += ch
    out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- encoded words

def ew(text, charset="utf-8", enc="Q"):
    """RFC 2047 encode text if it is not plain ASCII; encoded words are kept within 75 characters
    and folded onto continuation lines."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    label = charset.upper() if charset.lower() == "utf-8" else charset
    prefix = "=?%s?%s?" % (label, enc.upper())
    words = []
    if enc.upper() == "B":
        cur = b""
        for ch in text:
            b = ch.encode(charset)
            if len(prefix) + len(base64.b64encode(cur + b)) + 2 > 75:
                words.append(prefix + base64.b64encode(cur).decode("ascii") + "?=")
                cur = b""
            cur += b
        words.append(prefix + base64.b64encode(cur).decode("ascii") + "?=")
    else:
        cur = ""
        for ch in text:
            piece = ""
            for b in ch.encode(charset):
                c = chr(b)
                if c == " ":
                    piece += "_"
                elif c in (string.ascii_letters + string.digits + "!*+-/"):
                    piece += c
                else:
                    piece += "=%02X" % b
            if len(prefix) + len(cur) + len(piece) + 2 > 75:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        words.append(prefix + cur + "?=")
    return "\n ".join(words)


def addr(display, address, charset="utf-8", enc="Q", quote=False):
    if not display:
        return address
    enc_disp = ew(display, charset, enc)
    if enc_disp != display:
        return "%s <%s>" % (enc_disp, address)
    if quote or any(c in display for c in ',.;:@()"'):
        return '"%s" <%s>' % (display.replace('"', ''), address)
    return "%s <%s>" % (display, address)


def fold_header(name, value, width=78):
    """fold at spaces only when the line would be very long (keeps things simple and legal)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    words = line.split(" ")
    out = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------- bodies

class Part:
    """A MIME leaf or multipart.  headers: list of (name, value) already formatted."""

    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body          # bytes with \n line ends
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble

    def render(self, top=False):
        lines = []
        for k, v in self.headers:
            lines.append(fold_header(k, v) if "\n" not in v else "%s: %s" % (k, v))
        head = ("\n".join(lines)).encode("ascii")
        if self.parts:
            chunks = []
            if self.preamble:
                chunks.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                chunks.append(b"--" + self.boundary.encode() + b"\n" + p.render() + b"\n")
            chunks.append(b"--" + self.boundary.encode() + b"--\n")
            return head + b"\n\n" + b"".join(chunks)
        body = self.body if self.body.endswith(b"\n") else self.body + b"\n"
        return head + b"\n\n" + body


def _needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        return enc
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(text, subtype="plain", charset="utf-8", cte="auto", cs_quote=True, extra_params="",
         ct_first=True, name=None, disposition=None):
    if cte == "auto":
        cte = "quoted-printable" if _needs_qp(text) else "7bit"
    if not text.endswith("\n"):
        text += "\n"
    csv = '"%s"' % charset if cs_quote else charset
    ct = "text/%s; charset=%s%s" % (subtype, csv, extra_params)
    if name:
        ct += '; name="%s"' % name
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if not ct_first:
        hdrs.reverse()
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, encode_body(text, charset, cte))


def binary_leaf(data, ctype, filename, disposition="attachment"):
    b = base64.encodebytes(data)
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
            ("Content-Transfer-Encoding", "base64")]
    return Part(hdrs, b)


def multipart(subtype, parts, boundary, extra=""):
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))],
                parts=parts, boundary=boundary)


# --------------------------------------------------------------------------- html helpers

def esc(s):
    return _html.escape(s, quote=False)


def html_lines(text, tag="div", empty="<br>"):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append("<%s>%s</%s>" % (tag, esc(line), tag))
        else:
            out.append("<%s>%s</%s>" % (tag, empty, tag))
    return "\n".join(out)


def html_paras(text):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if not p.strip():
            continue
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------- quoting styles

def gmail_attr(dt, who):
    # On Tue, Dec 1, 2026 at 6:00 AM PowerHouse Catalog <powerhousecatalog@alliant-energy.com> wrote:
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day,
                                                         dt.year, h, dt.minute, ap, who)


def apple_attr(dt, who):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return "On %s %d, %d, at %d:%02d %s, %s wrote:" % (MONTHS[dt.month - 1], dt.day, dt.year, h, dt.minute, ap, who)


def yahoo_attr(dt, who):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s CST, %s wrote:" % (LONGDAYS[dt.weekday()], LONGMONTHS[dt.month - 1],
                                                              dt.day, dt.year, h, dt.minute, ap, who)


def outlook_block(dt, from_disp, to, subject):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return ("________________________________\n"
            "From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" %
            (from_disp, LONGDAYS[dt.weekday()], LONGMONTHS[dt.month - 1], dt.day, dt.year, h, dt.minute, ap,
             to, subject))


def outlook_desktop_block(dt, from_disp, to, subject):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return ("From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" %
            (from_disp, LONGDAYS[dt.weekday()], LONGMONTHS[dt.month - 1], dt.day, dt.year, h, dt.minute, ap,
             to, subject))


def gt_quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


def fwd_gmail(dt, from_disp, to, subject):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %d:%02d %s\n"
            "Subject: %s\nTo: %s" % (from_disp, DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year, h,
                                     dt.minute, ap, subject, to))


def digest(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def _h12(dt):
    return dt.hour % 12 or 12, ("AM" if dt.hour < 12 else "PM")


def roundcube_attr(dt, who_name, who_addr):
    return "On %04d-%02d-%02d %02d:%02d, %s wrote:" % (dt.year, dt.month, dt.day, dt.hour, dt.minute, who_name)


def thunderbird_attr(dt, who_name):
    h, ap = _h12(dt)
    return "On %d/%d/%02d %d:%02d %s, %s wrote:" % (dt.month, dt.day, dt.year % 100, h, dt.minute, ap, who_name)


def ox_attr(dt, who):
    h, ap = _h12(dt)
    return "On %02d/%02d/%04d %d:%02d %s CST %s wrote:" % (dt.month, dt.day, dt.year, h, dt.minute, ap, who)


def fwd_yahoo(dt, from_disp, to, subject):
    h, ap = _h12(dt)
    return ("----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s, %s %d, %d at %02d:%02d:%02d %s CST\nSubject: %s"
            % (from_disp, to, LONGDAYS[dt.weekday()], LONGMONTHS[dt.month - 1], dt.day, dt.year, h, dt.minute, dt.second, ap, subject))


def fwd_ox(dt, from_disp, to, subject):
    h, ap = _h12(dt)
    return ("---------- Original Message ----------\nFrom: %s\nTo: %s\nDate: %02d/%02d/%04d %d:%02d %s\nSubject: %s"
            % (from_disp, to, dt.month, dt.day, dt.year, h, dt.minute, ap, subject))
