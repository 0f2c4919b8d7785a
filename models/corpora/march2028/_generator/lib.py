# Helpers for the march2028 corpus generator. Python standard library only.
import base64, datetime, hashlib, quopri, random, textwrap

MB = {"customercare": "customercare@alliant-energy.com",
      "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]

DST_START = datetime.datetime(2028, 3, 12, 8, 0)  # 02:00 CST == 08:00 UTC


class Rng(random.Random):
    def hexs(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return "".join(self.choice("0123456789ABCDEF") for _ in range(n))

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(chars) for _ in range(n))

    def b64s(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def qid(self):
        # Postfix long queue id
        return self.alnum(1, "0123456789") + self.alnum(1, "BCDFGHJKLMNPQRSTVWXYZ") + self.alnum(
            10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + "z" + self.alnum(
            2, "0123456789BCDFGHJKLMNPQRSTVWXYZ")


def central_offset(utc):
    return -300 if utc >= DST_START else -360


def to_utc(local_str, offset_min=None):
    """'2028-03-06 09:12:31' in US Central (DST aware) unless offset_min is given."""
    naive = datetime.datetime.strptime(local_str, "%Y-%m-%d %H:%M:%S")
    if offset_min is None:
        # decide by naive local time
        offset_min = -300 if naive >= datetime.datetime(2028, 3, 12, 3, 0) else -360
    return naive - datetime.timedelta(minutes=offset_min)


def fmt(utc, offset_min, style="std", zone_comment=False):
    loc = utc + datetime.timedelta(minutes=offset_min)
    sign = "+" if offset_min >= 0 else "-"
    oh, om = divmod(abs(offset_min), 60)
    off = "%s%02d%02d" % (sign, oh, om)
    day = DAYS[loc.weekday()]
    if style == "postfix":      # 'Mon,  6 Mar 2028 09:12:33 -0600 (CST)'
        d = "%2d" % loc.day
    elif style == "pad":        # 'Mon, 06 Mar 2028 ...'
        d = "%02d" % loc.day
    else:
        d = "%d" % loc.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (day, d, MONS[loc.month - 1], loc.year, loc.hour, loc.minute,
                                             loc.second, off)
    if zone_comment:
        names = {-360: "CST", -300: "CDT", 0: "UTC", -420: "MST", -480: "PST", -240: "EDT", -600: "HST",
                 -180: "-03"}
        s += " (%s)" % names.get(offset_min, "UTC")
    return s


def central(utc, style="postfix", comment=True):
    return fmt(utc, central_offset(utc), style, comment)


def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_76(data):
    return b64(data)


def ew(s, charset="UTF-8", mode="B"):
    """RFC 2047 encoded word(s); splits long input into several words."""
    if all(ord(c) < 128 for c in s):
        return s
    if mode == "B":
        raw = s.encode(charset.lower() if charset.lower() != "utf-8" else "utf-8")
        words, chunk = [], b""
        for ch in s:
            b = ch.encode(charset.lower())
            if len(chunk) + len(b) > 42:
                words.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)
    out = []
    for b in s.encode(charset.lower()):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    enc = "".join(out)
    # split to keep words short
    words, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "=" else 1
        if len(cur) + step > 45:
            words.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)


def addr(name, email, encode=True, quote=False, charset="UTF-8", mode="B"):
    if not name:
        return email
    if encode and any(ord(c) > 127 for c in name):
        return "%s <%s>" % (ew(name, charset, mode), email)
    if quote or any(c in name for c in ",.@;:()"):
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=76):
    """Fold a header at spaces (only used for plain ASCII values)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def wrap_flowed(text, width=72):
    """format=flowed style: soft breaks end with a space."""
    lines = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            lines.append(para)
            continue
        ws = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        for i, w in enumerate(ws):
            lines.append(w + (" " if i < len(ws) - 1 else ""))
    return "\n".join(lines)


def wrap_hard(text, width=76):
    lines = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            lines.append(para)
            continue
        lines.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras_html(text, tag="div", br_blank=True):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s><br></%s>" % (tag, tag) if br_blank else "")
        else:
            out.append("<%s>%s</%s>" % (tag, html_escape(line), tag))
    return "".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()
