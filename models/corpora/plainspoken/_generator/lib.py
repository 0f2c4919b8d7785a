"""Low-level helpers: time zones, date formats, ids, MIME encoders.  Standard library only."""
import base64
import datetime as _dt
import html
import quopri
import random
import string

UTC = _dt.timezone.utc

# --- US time zones for Sep 2024 .. Feb 2025 (DST ended 2024-11-03 07:00 UTC for Central) ---------------
_DST_END_UTC = {  # instant DST ended in each zone, 2am local daylight time
    "eastern": _dt.datetime(2024, 11, 3, 6, 0, tzinfo=UTC),
    "central": _dt.datetime(2024, 11, 3, 7, 0, tzinfo=UTC),
    "mountain": _dt.datetime(2024, 11, 3, 8, 0, tzinfo=UTC),
    "pacific": _dt.datetime(2024, 11, 3, 9, 0, tzinfo=UTC),
}
_STD = {"eastern": (-5, "EST", "EDT"), "central": (-6, "CST", "CDT"), "mountain": (-7, "MST", "MDT"),
        "pacific": (-8, "PST", "PDT")}


def zone(dt_utc, name):
    """Return dt_utc converted to the named zone (aware), and the zone abbreviation."""
    if name == "arizona":
        tz = _dt.timezone(_dt.timedelta(hours=-7), "MST")
        return dt_utc.astimezone(tz), "MST"
    if name == "utc":
        return dt_utc.astimezone(UTC), "UTC"
    std, s_abbr, d_abbr = _STD[name]
    if dt_utc < _DST_END_UTC[name]:
        tz = _dt.timezone(_dt.timedelta(hours=std + 1), d_abbr)
        return dt_utc.astimezone(tz), d_abbr
    tz = _dt.timezone(_dt.timedelta(hours=std), s_abbr)
    return dt_utc.astimezone(tz), s_abbr


def local_to_utc(text, zname):
    """'2024-09-18 07:42' (local wall time in zone) -> aware UTC datetime."""
    naive = _dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    # try daylight offset first, then standard, pick the one that round-trips
    if zname == "arizona":
        return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=-7))).astimezone(UTC)
    std = _STD[zname][0]
    for off in (std + 1, std):
        cand = naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off))).astimezone(UTC)
        loc, _ = zone(cand, zname)
        if loc.replace(tzinfo=None) == naive:
            return cand
    raise ValueError(text)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(dt, abbr=None, pad_day=False):
    """RFC 5322 date from an aware datetime. abbr -> append ' (CDT)'."""
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % dt.day) if pad_day else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[dt.weekday()], day, _MONS[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, sign,
        mins // 60, mins % 60)
    if abbr:
        s += " (%s)" % abbr
    return s


def at(dt_utc, zname, abbr=False, pad_day=False):
    loc, ab = zone(dt_utc, zname)
    return rfc_date(loc, ab if abbr else None, pad_day)


# --- ids ---------------------------------------------------------------------------------------------
def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, n):
    return ralnum(rng, n, string.ascii_letters + string.digits + "+/")


def uuid_upper(rng):
    h = rhex(rng, 32, upper=True)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def postfix_qid(rng):
    # Postfix long queue id, e.g. 4XK2b71FqVz9vB
    return "4" + rng.choice("WXYZ") + ralnum(rng, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789")


def fold(name, value, width=76):
    """Fold a header 'name: value' at spaces to <= width columns (the space moves to the next line)."""
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def fold_b64(name, prefix, data, width=76):
    """Fold an opaque base64 tag value (DKIM b=) by hard splitting."""
    first = "%s: %s" % (name, prefix)
    out = []
    line = first
    for ch in data:
        if len(line) >= width:
            out.append(line)
            line = "\t "
        line += ch
    out.append(line)
    return "\n".join(out)


# --- encoders ----------------------------------------------------------------------------------------
def qp(text, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(raw, quotetabs=False)
    return enc.decode("ascii")


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


def rfc2047(text, charset="utf-8", enc="B"):
    data = text.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8", base64.b64encode(data).decode())
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8", "".join(out))


def esc(s):
    return html.escape(s, quote=False)


def text_to_html_lines(text):
    return "<br>".join(esc(l) for l in text.split("\n"))


def rng_for(key):
    return random.Random("plainspoken:" + key)
