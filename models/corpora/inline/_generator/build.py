#!/usr/bin/env python3
"""Rebuild the 'inline' set (models/corpora/inline) byte for byte.

Python 3 standard library only, fixed seed.  Every message is a reply, forward or machine
message in which the sender's own words sit next to text written by someone else (our own
promotions, bill notices, outage alerts, acknowledgements, staff replies).

    python3 _generator/build.py            # writes NNNN.eml, manifest.jsonl, index.tsv, README.md
"""
import base64
import binascii
import html as _html
import json
import pathlib
import random
import re
import string
import textwrap
import uuid as _uuid
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20241112
R = random.Random(SEED)

CC = 'customercare@alliant-energy.com'
PH = 'powerhousecatalog@alliant-energy.com'
MAILBOX_ADDR = {'customercare': CC, 'powerhousecatalog': PH}
NOREPLY = 'noreply@alliantenergy.com'

# --------------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------------
UTC = timezone.utc
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
DAYS_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
ES_DAYS = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
ES_DAYS_LONG = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
ES_MONS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']
ES_MONS_LONG = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
                'septiembre', 'octubre', 'noviembre', 'diciembre']


def _dst(naive):
    return (datetime(2024, 3, 10, 2) <= naive < datetime(2024, 11, 3, 2)
            or datetime(2025, 3, 9, 2) <= naive < datetime(2025, 11, 2, 2))


def T(y, mo, d, h, mi, s=0):
    """US Central wall-clock time -> aware UTC datetime."""
    n = datetime(y, mo, d, h, mi, s)
    off = -5 if _dst(n) else -6
    return (n - timedelta(hours=off)).replace(tzinfo=UTC)


ABBR = {(-6, 0): 'CST', (-6, 1): 'CDT', (-8, 0): 'PST', (-8, 1): 'PDT', (-5, 0): 'EST', (-5, 1): 'EDT'}


def local(t, base=-6):
    std = t.replace(tzinfo=None) + timedelta(hours=base)
    dst = 1 if _dst(std + timedelta(hours=1)) else 0
    off = base + dst
    return t.replace(tzinfo=None) + timedelta(hours=off), off, ABBR[(base, dst)]


def rfcdate(t, base=-6, utc=False, paren=False, pad=False):
    if utc:
        lt, off, ab = t.replace(tzinfo=None), 0, 'UTC'
    else:
        lt, off, ab = local(t, base)
    day = f'{lt.day:02d}' if pad else str(lt.day)
    s = (f'{DAYS[lt.weekday()]}, {day} {MONS[lt.month - 1]} {lt.year} {lt:%H:%M:%S} '
         f'{"+" if off >= 0 else "-"}{abs(off):02d}00')
    if paren:
        s += f' ({ab})'
    return s


def h12(lt, secs=False):
    h = lt.hour % 12 or 12
    ap = 'AM' if lt.hour < 12 else 'PM'
    return f'{h}:{lt:%M}{":%02d" % lt.second if secs else ""} {ap}'


def ts(t):
    return int(t.timestamp())


# --------------------------------------------------------------------------------------------
# random bits (all from the one seeded generator, in build order)
# --------------------------------------------------------------------------------------------
def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ralnum(n, chars=string.ascii_letters + string.digits):
    return ''.join(R.choice(chars) for _ in range(n))


def rhex(n, upper=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ruuid(upper=False):
    s = str(_uuid.UUID(int=R.getrandbits(128), version=4))
    return s.upper() if upper else s


def qid():
    return '4' + R.choice('XY') + ralnum(13, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')


def fold_b(prefix, data, width=70, indent='\t'):
    out, line = [], prefix
    for i in range(0, len(data), width):
        out.append(data[i:i + width])
    return (prefix + ('\r\n' + indent).join(out))


# --------------------------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------------------------
def ew(s, mode='B', cs='UTF-8'):
    if s.isascii():
        return s
    words = []
    chunk = ''
    for ch in s:
        if len((chunk + ch).encode('utf-8')) > 36:
            words.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == 'B':
            out.append(f'=?{cs}?B?{base64.b64encode(b).decode()}?=')
        else:
            q = ''
            for byte in b:
                c = chr(byte)
                if c.isascii() and (c.isalnum() or c in '!*+-/'):
                    q += c
                elif c == ' ':
                    q += '_'
                else:
                    q += '=%02X' % byte
            out.append(f'=?{cs}?Q?{q}?=')
    return '\r\n '.join(out)


def addr(name, a, mode='B', quote=True):
    if not name:
        return a
    if not name.isascii():
        return f'{ew(name, mode)} <{a}>'
    if quote and re.search(r'[,.;:@()\[\]"]', name):
        return f'"{name}" <{a}>'
    return f'{name} <{a}>'


def fold(name, value, width=76):
    """Fold an ASCII header at spaces."""
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    return '\r\n'.join(lines)


def subj_hdr(s, mode='B'):
    if s.isascii():
        return fold('Subject', s)
    return 'Subject: ' + ew(s, mode)


# --------------------------------------------------------------------------------------------
# body encodings
# --------------------------------------------------------------------------------------------
def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


def qp(text, cs='utf-8'):
    b = text.replace('\r\n', '\n').encode(cs)
    e = binascii.b2a_qp(b, quotetabs=False, istext=True, header=False)
    return e.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def b64body(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).replace(b'\n', b'\r\n')


def body_bytes(text, cs, cte):
    if cte == 'quoted-printable':
        return qp(text, cs)
    if cte == 'base64':
        return b64body(crlf(text).encode(cs))
    return crlf(text).encode(cs)


def leaf(ctype, cte, payload, extra=()):
    h = [f'Content-Type: {ctype}']
    if cte:
        h.append(f'Content-Transfer-Encoding: {cte}')
    h += list(extra)
    if not payload.endswith(b'\r\n'):
        payload += b'\r\n'
    return ('\r\n'.join(h) + '\r\n\r\n').encode('ascii') + payload


def multipart(boundary, parts, preamble=None, epilogue=True):
    out = b''
    if preamble:
        out += crlf(preamble).encode('ascii') + b'\r\n'
    for p in parts:
        out += b'--' + boundary.encode() + b'\r\n' + p
        if not p.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'--' + boundary.encode() + b'--\r\n'
    return out


def need_qp(text):
    return (not text.isascii()) or any(len(l) > 76 for l in text.split('\n')) or \
        any(l.endswith(' ') for l in text.split('\n'))


def esc(s):
    return _html.escape(s, quote=False)


URL_RE = re.compile(r'(https?://[^\s<>"()]*[^\s<>"().,])')


def linkify(s):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', esc(s))


# --------------------------------------------------------------------------------------------
# sources: mail that gets quoted or forwarded
# --------------------------------------------------------------------------------------------
class P:
    """One paragraph of a quoted source.  kind: h p ul btn foot kv raw hdr q"""

    def __init__(self, kind, lines, name=None):
        self.kind, self.lines, self.name = kind, list(lines), name

    def plain(self):
        k = self.kind
        if k == 'ul':
            return ['* ' + x for x in self.lines]
        if k == 'btn':
            return [self.lines[0] + ':', self.lines[1]]
        if k == 'q':
            return ['> ' + x if x else '>' for x in self.lines]
        return list(self.lines)

    def html(self, style='web'):
        k, L = self.kind, self.lines
        if style == 'mso':
            if k == 'ul':
                body = ''.join(f'<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in">'
                               f'&middot;&nbsp;&nbsp;{esc(x)}<o:p></o:p></p>\r\n' for x in L)
                return body
            if k == 'btn':
                return (f'<p class="MsoNormal"><a href="{L[1]}">{esc(L[0])}</a><o:p></o:p></p>\r\n'
                        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n')
            if k == 'q':
                inner = '<br>\r\n'.join(esc(x) for x in L)
                return (f'<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt;'
                        f'margin-left:4.8pt;margin-right:0in"><p class="MsoNormal">{inner}<o:p></o:p></p></blockquote>\r\n')
            if k in ('p', 'h'):
                txt = linkify(' '.join(L))
            else:
                txt = '<br>\r\n'.join(linkify(x) for x in L)
            if k == 'h':
                txt = f'<b><span style="font-size:14.0pt">{txt}</span></b>'
            if k == 'foot':
                txt = f'<span style="font-size:8.0pt;color:#666666">{txt}</span>'
            return f'<p class="MsoNormal">{txt}<o:p></o:p></p>\r\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n'
        if k == 'h':
            return f'<h2 style="font-family:Arial,sans-serif;color:#00467f;font-size:22px">{esc(" ".join(L))}</h2>'
        if k == 'p':
            return f'<p style="font-family:Arial,sans-serif;font-size:15px;line-height:22px">{linkify(" ".join(L))}</p>'
        if k == 'ul':
            return '<ul style="font-family:Arial,sans-serif;font-size:15px">' + ''.join(
                f'<li>{esc(x)}</li>' for x in L) + '</ul>'
        if k == 'btn':
            return (f'<p><a href="{L[1]}" style="background-color:#00467f;color:#ffffff;padding:12px 22px;'
                    f'font-family:Arial,sans-serif;font-weight:bold;text-decoration:none;display:inline-block">'
                    f'{esc(L[0])}</a></p>')
        if k == 'foot':
            return ('<p style="font-family:Arial,sans-serif;font-size:11px;color:#6b6b6b;line-height:16px">'
                    + '<br>'.join(linkify(x) for x in L) + '</p>')
        if k == 'kv':
            return ('<table cellpadding="4" style="font-family:Arial,sans-serif;font-size:15px">' + ''.join(
                '<tr><td>' + esc(x.split(': ', 1)[0]) + ':</td><td><b>' + esc(x.split(': ', 1)[1]) + '</b></td></tr>'
                for x in L) + '</table>')
        if k == 'hdr':
            out = []
            for x in L:
                if ': ' in x:
                    a, b = x.split(': ', 1)
                    out.append(f'<b>{esc(a)}:</b> {esc(b)}')
                else:
                    out.append(esc(x))
            return '<div style="border-top:1px solid #e1e1e1;padding-top:3px">' + '<br>'.join(out) + '</div>'
        if k == 'q':
            return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #cccccc;padding-left:1ex">'
                    + '<br>'.join(esc(x) for x in L) + '</blockquote>')
        # raw: a person's own text, line by line
        return '<div>' + '<br>'.join(linkify(x) if x else '' for x in L) + '</div>'


class Src:
    def __init__(self, key, from_name, from_addr, to_name, to_addr, subject, t, msgid, paras,
                 refs=(), reply_to=None, list_unsub=None):
        self.key, self.from_name, self.from_addr = key, from_name, from_addr
        self.to_name, self.to_addr, self.subject, self.t = to_name, to_addr, subject, t
        self.msgid, self.paras, self.refs = msgid, paras, list(refs)
        self.reply_to, self.list_unsub = reply_to, list_unsub

    def idx(self, name):
        for i, p in enumerate(self.paras):
            if p.name == name:
                return i
        raise KeyError(name)

    def sl(self, a=0, b=None):
        if isinstance(a, str):
            a = self.idx(a)
        if isinstance(b, str):
            b = self.idx(b) + 1
        return self.paras[a:b]

    def plain_lines(self, a=0, b=None):
        out = []
        for p in self.sl(a, b):
            if out:
                out.append('')
            out += p.plain()
        return out

    def html(self, a=0, b=None, style='web'):
        return ''.join(p.html(style) for p in self.sl(a, b))

    @property
    def reply_addr(self):
        return self.reply_to[1] if self.reply_to else self.from_addr

    @property
    def reply_name(self):
        return self.reply_to[0] if self.reply_to else self.from_name


def mid_ours(tag, t):
    return f'<{local(t)[0]:%Y%m%d%H%M%S}.{rhex(12)}.{tag}@mail.alliant-energy.com>'


ADDRESS_FOOT = 'Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718'


def promo_solar(first, to):
    t = T(2024, 9, 17, 10, 2, 14)
    return Src('SOLAR', 'Alliant Energy', CC, None, to, 'Is community solar right for you?', t,
               mid_ours('AE-CS-2409', t), [
                   P('h', ['Is community solar right for you?']),
                   P('p', [f'Hi {first},'], 'greet'),
                   P('p', ['Community solar lets you support clean energy without putting panels on',
                           'your roof. Subscribers reserve a share of a local solar garden and see',
                           'the credit right on their monthly bill.'], 'body'),
                   P('ul', ['No installation and no roof work', 'Credits show up on your statement',
                            'Limited subscriptions available this fall'], 'list'),
                   P('btn', ['See if community solar fits your home',
                             'https://www.alliantenergy.com/communitysolar'], 'btn'),
                   P('p', ['Questions? Call us at 1-800-555-0142, Monday through Friday,',
                           '7 a.m. to 6 p.m.'], 'call'),
                   P('foot', ['Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718',
                              'You are receiving this e-mail because you are an Alliant Energy customer.',
                              'Opt out of marketing emails: https://www.alliantenergy.com/unsubscribe',
                              'Privacy policy: https://www.alliantenergy.com/privacy'], 'foot'),
               ], list_unsub=CC)


def promo_thermo(first, to, token):
    t = T(2024, 10, 15, 9, 30, 41)
    return Src('THERMO', 'Alliant Energy', CC, None, to,
               f'Fall savings: $50 back on a smart thermostat [{token}]', t, mid_ours('AE-NL-2410', t), [
                   P('h', ['Fall savings: $50 back on a smart thermostat']),
                   P('p', [f'Hi {first},'], 'greet'),
                   P('p', ['Cooler nights are here. Install an ENERGY STAR certified smart thermostat',
                           'before December 31 and get $50 back from Alliant Energy. Most homes save',
                           '8% or more on heating with a schedule that fits their day.'], 'body'),
                   P('btn', ['Claim your $50 rebate', 'https://www.alliantenergy.com/thermostat'], 'btn'),
                   P('p', ['Already have one? Enroll it in Smart Savings for an extra $25.'], 'extra'),
                   P('foot', ['You are receiving this message because you are an Alliant Energy customer.',
                              'To opt out of marketing e-mails from Alliant Energy, click unsubscribe',
                              '(https://www.alliantenergy.com/unsubscribe) or reply to this message',
                              'with the word unsubscribe.'], 'unsub'),
                   P('foot', [ADDRESS_FOOT], 'addr'),
               ], list_unsub=CC)


def promo_holiday(full, to, token=None):
    t = T(2024, 11, 12, 9, 14, 22)
    subj = 'Holiday Preview: gifts that save energy, 20% off through Dec. 1'
    if token:
        subj += f' [{token}]'
    return Src('HOLIDAY', 'PowerHouse Catalog', PH, None, to, subj, t, mid_ours('PH-2411', t), [
        P('h', ['The PowerHouse Holiday Preview is here']),
        P('p', [f'Dear {full},'], 'greet'),
        P('p', ['Our holiday catalog is on its way to your mailbox. Shop early and take',
                '20% off smart plugs, LED string lights, heated throws and more through',
                'December 1 with code GLOW20.'], 'body'),
        P('ul', ['LED village lights, set of 6 - $39.95', 'Smart plug 4-pack - $29.95',
                 'Heated throw with auto shut-off - $54.95'], 'list'),
        P('btn', ['Shop the Holiday Preview', 'https://www.powerhousecatalog.com/holiday'], 'btn'),
        P('foot', ['The PowerHouse Catalog occasionally makes its customer list available to',
                   'other carefully selected catalog companies. If you prefer that we not',
                   'share your name and address, write to powerhousecatalog@alliant-energy.com.',
                   'We never share e-mail addresses.'], 'share'),
        P('foot', ['To unsubscribe from PowerHouse Catalog e-mails, visit',
                   'https://www.powerhousecatalog.com/unsubscribe or reply with "unsubscribe".'], 'unsub'),
        P('foot', ['PowerHouse Catalog, an Alliant Energy company',
                   '4902 N. Biltmore Lane, Madison, WI 53718'], 'addr'),
    ], list_unsub=PH)


def news_dec(first, to):
    t = T(2024, 12, 3, 8, 0, 5)
    return Src('NEWS', 'PowerHouse from Alliant Energy', CC, None, to,
               'Your December Home Comfort Tips from PowerHouse', t, mid_ours('AE-NL-2412', t), [
                   P('h', ['Home Comfort Tips - December 2024']),
                   P('p', [f'Hi {first},'], 'greet'),
                   P('p', ['1. Lower your thermostat 7 to 10 degrees while you sleep and save up to',
                           '10% a year on heating.'], 'tip1'),
                   P('p', ['2. Check your furnace filter every month during the heating season.'], 'tip2'),
                   P('p', ['3. Switch to LED holiday lights. They use up to 75% less energy than',
                           'incandescent strands and stay cool to the touch.'], 'tip3'),
                   P('p', ['More tips: https://www.alliantenergy.com/tips'], 'more'),
                   P('foot', ['You are receiving this newsletter as an Alliant Energy customer.',
                              'You can manage your preferences or unsubscribe at',
                              'https://www.alliantenergy.com/preferences'], 'unsub'),
                   P('foot', [ADDRESS_FOOT], 'addr'),
               ], list_unsub=CC)


def promo_assess(first, to):
    t = T(2025, 1, 14, 10, 0, 33)
    return Src('ASSESS', 'Alliant Energy', CC, None, to, 'Free Home Energy Assessment', t,
               mid_ours('AE-HEA-2501', t), [
                   P('h', ['Your home, checked for free']),
                   P('p', [f'Hi {first},'], 'greet'),
                   P('p', ['A certified energy advisor will walk through your home, check insulation',
                           'and air leaks, and install free LED bulbs and low-flow showerheads. The',
                           'visit takes about 90 minutes and costs you nothing.'], 'body'),
                   P('btn', ['Schedule your free assessment', 'https://www.alliantenergy.com/assessment'], 'btn'),
                   P('foot', ['Unsubscribe / opt out: https://www.alliantenergy.com/unsubscribe',
                              ADDRESS_FOOT], 'unsub'),
               ], list_unsub=CC)


def promo_clearance(full, to):
    t = T(2025, 2, 4, 9, 0, 12)
    return Src('CLEARANCE', 'PowerHouse Catalog', PH, None, to, 'Winter Clearance: up to 40% off at PowerHouse',
               t, mid_ours('PH-2502', t), [
                   P('h', ['Winter Clearance is on']),
                   P('p', [f'Dear {full},'], 'greet'),
                   P('p', ['Make room for spring. Save up to 40% on space heaters, heated mattress',
                           'pads, weather stripping kits and LED bulbs while supplies last.'], 'body'),
                   P('btn', ['Shop Winter Clearance', 'https://www.powerhousecatalog.com/clearance'], 'btn'),
                   P('foot', ['The PowerHouse Catalog occasionally makes its customer list available to',
                              'other carefully selected catalog companies. If you prefer that we not',
                              'share your name and address, write to powerhousecatalog@alliant-energy.com.',
                              'We never share e-mail addresses.'], 'share'),
                   P('foot', ['To unsubscribe from PowerHouse Catalog e-mails, visit',
                              'https://www.powerhousecatalog.com/unsubscribe or reply with "unsubscribe".'],
                     'unsub'),
                   P('foot', ['PowerHouse Catalog, an Alliant Energy company',
                              '4902 N. Biltmore Lane, Madison, WI 53718'], 'addr'),
               ], list_unsub=PH)


SERVICE_RT = ('Alliant Energy Customer Care', CC)


def bill(first, to, t, last4, amount, due):
    return Src('BILL', 'Alliant Energy', NOREPLY, None, to, 'Your Alliant Energy bill is ready', t,
               f'<bill.{local(t)[0]:%Y%m%d}.{rhex(16)}@notify.alliantenergy.com>', [
                   P('p', [f'Hello {first},'], 'greet'),
                   P('p', [f'Your bill for the account ending in {last4} is ready.'], 'ready'),
                   P('kv', [f'Amount due: ${amount}', f'Due date: {due}'], 'amount'),
                   P('btn', ['View and pay your bill', 'https://www.alliantenergy.com/mybill'], 'btn'),
                   P('foot', ['This is a service message about your Alliant Energy account. You will',
                              'receive it even if you have opted out of marketing e-mails.',
                              ADDRESS_FOOT], 'foot'),
               ], reply_to=SERVICE_RT)


def payrem(first, to, t, last4, amount, due):
    return Src('PAYREM', 'Alliant Energy', NOREPLY, None, to, f'Payment reminder: your bill is due {due}', t,
               f'<remind.{local(t)[0]:%Y%m%d}.{rhex(16)}@notify.alliantenergy.com>', [
                   P('p', [f'Hello {first},'], 'greet'),
                   P('p', [f'This is a friendly reminder that ${amount} is due on {due} for the',
                           f'account ending in {last4}. If you have already paid, thank you and',
                           'please disregard this message.'], 'body'),
                   P('btn', ['Pay now', 'https://www.alliantenergy.com/pay'], 'btn'),
                   P('foot', ['This is a service message about your Alliant Energy account. You will',
                              'receive it even if you have opted out of marketing e-mails.',
                              ADDRESS_FOOT], 'foot'),
               ], reply_to=SERVICE_RT)


def outage(to, t, area, restored=False, eta=None, affected=None):
    if restored:
        subj = 'Outage update: power has been restored'
        paras = [P('p', [f'Power has been restored to {area}.'], 'status'),
                 P('p', ['If you are still without power, please call 1-800-555-0147 or report',
                         'it at https://www.alliantenergy.com/outages.'], 'still'),
                 P('p', ['Thank you for your patience.'], 'thanks')]
    else:
        subj = 'Outage alert: we are working on an outage near you'
        paras = [P('p', [f'We are aware of a power outage affecting {area}.'], 'status'),
                 P('kv', ['Cause: storm damage', f'Customers affected: {affected}',
                          f'Estimated restoration: {eta}'], 'details'),
                 P('p', ['Stay away from downed lines and call 1-800-555-0147 to report them.',
                         'We will send another alert when power is restored.'], 'safety')]
    paras.append(P('foot', ['You are receiving this alert because you signed up for outage',
                            'notifications. To stop outage alerts, update your preferences at',
                            'https://www.alliantenergy.com/alerts. This is a service message, not',
                            'marketing.'], 'foot'))
    return Src('OUTAGE', 'Alliant Energy Outage Alerts', NOREPLY, None, to, subj, t,
               f'<outage.{local(t)[0]:%Y%m%d%H%M}.{rhex(12)}@notify.alliantenergy.com>', paras,
               reply_to=SERVICE_RT)


def ack(to, t, req_date_text, cc_id, their_subject=None):
    return Src('ACK', 'Alliant Energy Customer Care', CC, None, to, f'We received your request [{cc_id}]', t,
               f'<ack.{cc_id}@alliant-energy.com>', [
                   P('p', ['Hello,'], 'greet'),
                   P('p', [f'Thank you for writing to Alliant Energy. We received your message on',
                           f'{req_date_text} and logged it as request {cc_id}.'], 'logged'),
                   P('p', ['If you asked us to stop marketing contact, your preference will take',
                           'effect within 10 business days. If you asked the PowerHouse Catalog not',
                           'to share your name and address with other catalog companies, we will',
                           'update our list before the next exchange. If you asked a question, a',
                           'member of our Customer Care team will reply.'], 'what'),
                   P('p', ["You don't need to reply to this message."], 'noreply'),
                   P('foot', ['Alliant Energy Customer Care',
                              'Privacy policy: https://www.alliantenergy.com/privacy'], 'sig'),
               ])


STAFF = {
    'renee': ('Renee Halvorsen', 'Customer Care Privacy Team'),
    'marcus': ('Marcus Tiedemann', 'PowerHouse Catalog Customer Service'),
    'dana': ('Dana Whitfield', 'Customer Care'),
    'luz': ('Luz Carrasco', 'Customer Care - Servicio al Cliente'),
}


def staff_reply(who, mailbox_addr, to_name, to_addr, t, subject, text, orig_t, orig_subject, orig_lines,
                orig_from_name=None):
    name, team = STAFF[who]
    disp = 'PowerHouse Catalog' if mailbox_addr == PH else 'Alliant Energy Customer Care'
    paras = [P('raw', l.split('\n')) for l in text.split('\n\n')]
    paras.append(P('raw', [name, team, 'Alliant Energy' if mailbox_addr == CC else 'PowerHouse Catalog',
                           '1-800-555-0142'], 'sig'))
    olt = local(orig_t)[0]
    paras.append(P('hdr', [f'From: {orig_from_name or to_name} <{to_addr}>',
                           f'Sent: {DAYS_LONG[olt.weekday()]}, {MONS_LONG[olt.month - 1]} {olt.day}, {olt.year} '
                           f'{h12(olt)}',
                           f'To: {disp} <{mailbox_addr}>',
                           f'Subject: {orig_subject}'], 'orighdr'))
    for l in orig_lines.split('\n\n'):
        paras.append(P('raw', l.split('\n'), 'orig'))
    mid = f'<{ralnum(4, string.ascii_uppercase)}{R.randint(0, 9)}PR0{R.randint(1, 8)}MB{R.randint(1000, 9999)}' \
          f'{rhex(16, True)}@{ralnum(4, string.ascii_uppercase)}PR04MB{R.randint(1000, 9999)}.namprd04.prod.outlook.com>'
    return Src('STAFF', disp, mailbox_addr, to_name, to_addr, subject, t, mid, paras)


# --------------------------------------------------------------------------------------------
# attribution / header lines written by mail programs
# --------------------------------------------------------------------------------------------
def attr_gmail(src, lang):
    lt = local(src.t)[0]
    if lang == 'es':
        return (f'El {ES_DAYS[lt.weekday()]}, {lt.day} {ES_MONS[lt.month - 1]} {lt.year} a las {lt.hour}:{lt:%M}, '
                f'{src.from_name} (<{src.from_addr}>) escribió:')
    return (f'On {DAYS[lt.weekday()]}, {MONS[lt.month - 1]} {lt.day}, {lt.year} at {h12(lt)} '
            f'{src.from_name} <{src.from_addr}> wrote:')


def attr_apple(src, lang):
    lt = local(src.t)[0]
    if lang == 'es':
        h = lt.hour % 12 or 12
        ap = 'a.m.' if lt.hour < 12 else 'p.m.'
        return (f'El {lt.day} {ES_MONS[lt.month - 1]} {lt.year}, a las {h}:{lt:%M} {ap}, {src.from_name} '
                f'<{src.from_addr}> escribió:')
    return f'On {MONS[lt.month - 1]} {lt.day}, {lt.year}, at {h12(lt)}, {src.from_name} <{src.from_addr}> wrote:'


def attr_yahoo(src, lang):
    lt, off, ab = local(src.t)
    if lang == 'es':
        return (f'El {ES_DAYS_LONG[lt.weekday()]}, {lt.day} de {ES_MONS_LONG[lt.month - 1]} de {lt.year}, '
                f'{lt:%H:%M:%S} {ab}, {src.from_name} <{src.from_addr}> escribió:')
    return (f'On {DAYS_LONG[lt.weekday()]}, {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} at '
            f'{lt.hour % 12 or 12:02d}:{lt:%M:%S} {"AM" if lt.hour < 12 else "PM"} {ab}, '
            f'{src.from_name} <{src.from_addr}> wrote:')


def attr_tb(src):
    lt = local(src.t)[0]
    return f'On {lt.month}/{lt.day}/{lt:%y} {h12(lt)}, {src.from_name} wrote:'


def outlook_hdr(src, lang, owa=False):
    lt = local(src.t)[0]
    to = src.to_name + ' <' + src.to_addr + '>' if src.to_name else src.to_addr
    if owa and not src.to_name:
        to = f'{src.to_addr} <{src.to_addr}>'
    if lang == 'es':
        date = (f'{ES_DAYS_LONG[lt.weekday()]}, {lt.day} de {ES_MONS_LONG[lt.month - 1]} de {lt.year} '
                f'{lt.hour}:{lt:%M}')
        return [('De', f'{src.from_name} <{src.from_addr}>'), ('Enviado' if owa else 'Enviado el', date),
                ('Para', to), ('Asunto', src.subject)]
    date = f'{DAYS_LONG[lt.weekday()]}, {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} {h12(lt)}'
    return [('From', f'{src.from_name} <{src.from_addr}>'), ('Sent', date), ('To', to), ('Subject', src.subject)]


def quote_gt(lines):
    return ['> ' + l if l else '>' for l in lines]


def strip_blank(lines):
    while lines and lines[-1] == '':
        lines.pop()
    while lines and lines[0] == '':
        lines.pop(0)
    return lines


def nl(lines):
    return '\n'.join(strip_blank(list(lines))) + '\n'


# --------------------------------------------------------------------------------------------
# renderers: segments -> (text/plain, text/html) the way each mail program writes them
#   ('new', text)  ('sig', text)  ('q', src, a, b)  ('fwd', src)  ('mark', text)  [Outlook inline comment]
# --------------------------------------------------------------------------------------------
def gdate_fwd(src, lang):
    lt = local(src.t)[0]
    if lang == 'es':
        return f'{ES_DAYS[lt.weekday()]}, {lt.day} {ES_MONS[lt.month - 1]} {lt.year} a las {lt.hour}:{lt:%M}'
    return f'{DAYS[lt.weekday()]}, {MONS[lt.month - 1]} {lt.day}, {lt.year} at {h12(lt)}'


def wrap_attr(s, width=76):
    if len(s) <= width:
        return [s]
    i = s.rfind(' <', 0, width)
    if i > 0:
        return [s[:i + 2], s[i + 2:]]
    return textwrap.wrap(s, width)


def render_gmail(segs, lang, me):
    P_, H = [], []
    opened = False
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark'):
            L = seg[1].split('\n')
            P_ += L + ['']
            inner = ''.join(f'<div>{linkify(l)}</div>' if l else '<div><br></div>' for l in L)
            H.append(inner if opened else f'<div dir="ltr">{inner}</div>')
        elif k == 'sig':
            L = seg[1].split('\n')
            P_ += ['-- '] + L + ['']
            H.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                     'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                     + '<div>'.join(esc(x) + ('</div>' if i else '') for i, x in enumerate(L))
                     + '</div></div>')
        elif k == 'q':
            src, a, b = seg[1], seg[2], seg[3]
            if not opened:
                at = attr_gmail(src, lang)
                P_ += wrap_attr(at) + ['']
                H.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                         + esc(at).replace(f'&lt;{src.from_addr}&gt;',
                                           f'&lt;<a href="mailto:{src.from_addr}">{src.from_addr}</a>&gt;')
                         + '<br></div>')
                opened = True
            P_ += quote_gt(src.plain_lines(a, b)) + ['']
            H.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">' + src.html(a, b) + '</blockquote>')
        elif k == 'fwd':
            src = seg[1]
            de = 'De' if lang == 'es' else 'From'
            fl = ['---------- Forwarded message ---------', f'{de}: {src.from_name} <{src.from_addr}>',
                  f'Date: {gdate_fwd(src, lang)}', f'Subject: {src.subject}', f'To: <{src.to_addr}>']
            P_ += fl + ['', ''] + src.plain_lines() + ['']
            H.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'---------- Forwarded message ---------<br>{de}: <strong class="gmail_sendername" dir="auto">'
                     f'{esc(src.from_name)}</strong> <span dir="auto">&lt;<a href="mailto:{src.from_addr}">'
                     f'{src.from_addr}</a>&gt;</span><br>Date: {esc(gdate_fwd(src, lang))}<br>Subject: '
                     f'{esc(src.subject)}<br>To: &lt;<a href="mailto:{src.to_addr}">{src.to_addr}</a>&gt;<br>'
                     '</div><br><br>' + src.html() + '</div>')
    if opened:
        H.append('</div>')
    return nl(P_), ''.join(H) + '\n'


def render_apple(segs, lang, me):
    mac = me.get('mac')
    P_, H = [], []
    inq = False
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark', 'sig'):
            L = seg[1].split('\n')
            P_ += L + ['']
            if inq:
                H.append('</blockquote>' + ('</div>' if me.pop('_macdiv', False) else ''))
                inq = False
            if mac:
                H.append('<div>' + '</div><div>'.join(esc(x) if x else '<br>' for x in L) + '</div><div><br></div>')
            else:
                H.append(''.join(f'<div dir="ltr">{esc(x) if x else "<br>"}</div>' for x in L)
                         + '<div dir="ltr"><br></div>')
        elif k == 'q':
            src, a, b = seg[1], seg[2], seg[3]
            if not me.get('_attributed'):
                at = attr_apple(src, lang)
                P_ += ['> ' + at, '> '] + quote_gt(src.plain_lines(a, b)) + ['']
                if mac:
                    H.append(f'<div><br><blockquote type="cite"><div>{esc(at)}</div><br '
                             f'class="Apple-interchange-newline"><div>{src.html(a, b)}</div>')
                    me['_macdiv'] = True
                else:
                    H.append(f'<div dir="ltr"><br><blockquote type="cite">{esc(at)}<br><br></blockquote></div>'
                             f'<blockquote type="cite"><div dir="ltr">{src.html(a, b)}</div>')
                me['_attributed'] = True
            else:
                P_ += quote_gt(src.plain_lines(a, b)) + ['']
                H.append(f'<blockquote type="cite"><div dir="ltr">{src.html(a, b)}</div>')
            inq = True
        elif k == 'fwd':
            src = seg[1]
            lt, off, ab = local(src.t)
            if lang == 'es':
                head = 'Inicio del mensaje reenviado:'
                fl = [f'De: {src.from_name} <{src.from_addr}>',
                      f'Fecha: {lt.day} de {ES_MONS_LONG[lt.month - 1]} de {lt.year}, {lt:%H:%M:%S} {ab}',
                      f'Para: {src.to_addr}', f'Asunto: {src.subject}']
            else:
                head = 'Begin forwarded message:'
                fl = [f'From: {src.from_name} <{src.from_addr}>',
                      f'Date: {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} at {h12(lt, True)} {ab}',
                      f'To: {src.to_addr}', f'Subject: {src.subject}']
            P_ += [head, ''] + quote_gt(fl + [''] + src.plain_lines()) + ['']
            hh = '<br>'.join(f'<b>{esc(x.split(": ", 1)[0])}: </b>{esc(x.split(": ", 1)[1])}' for x in fl)
            H.append(f'<div dir="ltr"><br><blockquote type="cite">{head}<br><br></blockquote></div>'
                     f'<blockquote type="cite"><div dir="ltr"><div style="margin:0px;font-family:-apple-system,'
                     f'Helvetica Neue;font-size:14px">{hh}</div><br>{src.html()}</div></blockquote>')
    if inq:
        H.append('</blockquote>' + ('</div>' if me.pop('_macdiv', False) else ''))
    if mac:
        body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + ''.join(H) + '</body></html>')
    else:
        body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + ''.join(H) + '</body></html>')
    return nl(P_), body + '\n'


def render_yahoo(segs, lang, me):
    P_, H = [], []
    qid_ = me['yq']
    opened = False
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark'):
            L = seg[1].split('\n')
            P_ += L + ['']
            inner = ''.join(f'<div dir="ltr" data-setdir="false">{esc(x) if x else "<br>"}</div>' for x in L)
            if opened:
                H.append(f'<div style="color:#0b5394">{inner}</div>')
            else:
                H.append(inner)
        elif k == 'sig':
            L = seg[1].split('\n')
            P_ += L + ['']
            if 'Yahoo Mail' in seg[1]:
                H.append('<div><br></div><div class="ymail_android_signature" id="ymail_android_signature">'
                         '<a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition'
                         '_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg'
                         f'&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_" '
                         f'id="ymail_android_signature_link">{esc(seg[1])}</a></div>')
            else:
                H.append('<div><br></div><div class="signature">' + '<br>'.join(esc(x) for x in L) + '</div>')
        elif k == 'q':
            src, a, b = seg[1], seg[2], seg[3]
            if not opened:
                at = attr_yahoo(src, lang)
                P_ += ['', '    ' + at + '  ', ' ', ' ']
                H.append('</div><div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:'
                         '\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                         '<div>%s</div><div><br></div><div><br></div>' % (qid_, esc(at)))
                opened = True
            P_ += [' ' + x if x else ' ' for x in src.plain_lines(a, b)] + ['']
            H.append(f'<div><div id="yiv{me["yiv"]}">{src.html(a, b)}</div></div>')
        elif k == 'fwd':
            src = seg[1]
            lt, off, ab = local(src.t)
            sent = (f'{DAYS_LONG[lt.weekday()]}, {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} at '
                    f'{lt.hour % 12 or 12:02d}:{lt:%M:%S} {"AM" if lt.hour < 12 else "PM"} {ab}')
            P_ += ['', '', f'   ----- Forwarded Message ----- From: {src.from_name} <{src.from_addr}>To: '
                   f'{src.to_addr} <{src.to_addr}>Sent: {sent}Subject: {src.subject}', ' '] + \
                  [' ' + x if x else ' ' for x in src.plain_lines()] + ['']
            H.append('</div><div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\','
                     ' Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div><br></div><div><br></div>'
                     '<div>----- Forwarded Message -----</div><div><b>From:</b> %s &lt;%s&gt;</div><div><b>To:</b> '
                     '%s &lt;%s&gt;</div><div><b>Sent:</b> %s</div><div><b>Subject:</b> %s</div><div><br></div>'
                     '<div><div id="yiv%s">%s</div></div>' % (
                         qid_, esc(src.from_name), src.from_addr, src.to_addr, src.to_addr, esc(sent),
                         esc(src.subject), me['yiv'], src.html()))
            opened = True
    body = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' % me['ydp'] + ''.join(H)
            + ('</div></div>' if opened else '</div>') + '</body></html>')
    return nl(P_), body + '\n'


MSO_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle%d
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''


def mso_p(line):
    if not line:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return f'<p class="MsoNormal">{linkify(line)}<o:p></o:p></p>\n'


def render_outlook(segs, lang, me):
    """Outlook for Windows.  me['inline'] -> blue-line inline comments with [Name] markers."""
    P_, H = [], []
    marker = me.get('marker')
    color = me.get('color', '#C00000')
    blue = False
    for seg in segs:
        k = seg[0]
        if k == 'new':
            L = seg[1].split('\n')
            P_ += L + ['']
            H.append(''.join(mso_p(x) for x in L) + mso_p(''))
        elif k == 'mark':
            L = seg[1].split('\n')
            pre = f'[{marker}] ' if marker else ''
            P_ += [pre + L[0]] + L[1:] + ['']
            for i, x in enumerate(L):
                lead = (f'<b><i><span style="color:{color}">[{esc(marker)}] </span></i></b>'
                        if marker and i == 0 else '')
                H.append(f'<p class="MsoNormal">{lead}<span style="color:{color}">{esc(x)}<o:p></o:p></span></p>\n')
            H.append(mso_p(''))
        elif k == 'sig':
            L = seg[1].split('\n')
            P_ += L + ['']
            H.append(''.join(f'<p class="MsoNormal"><span style="font-size:10.0pt;color:#44546A">{esc(x)}'
                             f'<o:p></o:p></span></p>\n' if x else mso_p('') for x in L) + mso_p(''))
        elif k == 'q':
            src, a, b = seg[1], seg[2], seg[3]
            if not me.get('_hdr'):
                hd = outlook_hdr(src, lang)
                P_ += [f'{x}: {y}' for x, y in hd] + ['']
                if me.get('inline'):
                    H.append('<div style="border:none;border-left:solid #1F497D 1.5pt;padding:0in 0in 0in 4.0pt">\n')
                    blue = True
                H.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                         '<p class="MsoNormal"><b>' + '<br>\n<b>'.join(
                             f'{x}:</b> {esc(y)}' for x, y in hd) + '<o:p></o:p></p>\n</div>\n' + mso_p(''))
                me['_hdr'] = True
            P_ += src.plain_lines(a, b) + ['']
            H.append(src.html(a, b, style='mso'))
        elif k == 'fwd':
            src = seg[1]
            hd = outlook_hdr(src, lang)
            P_ += [f'{x}: {y}' for x, y in hd] + [''] + src.plain_lines() + ['']
            H.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                     '<p class="MsoNormal"><b>' + '<br>\n<b>'.join(f'{x}:</b> {esc(y)}' for x, y in hd)
                     + '<o:p></o:p></p>\n</div>\n' + mso_p('') + src.html(style='mso'))
    if blue:
        H.append('</div>\n')
    body = MSO_HEAD % (me.get('html_cs', 'us-ascii'), R.randint(17, 22)) + ''.join(H) + '</div>\n</body>\n</html>\n'
    return nl(P_), body


def render_owa(segs, lang, me):
    """Outlook on the web / outlook.com / Outlook for iOS and Android."""
    P_, H = [], []
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark'):
            L = seg[1].split('\n')
            P_ += L + ['']
            H.append(''.join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                             'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                             + (esc(x) if x else '<br>') + '</div>' for x in L))
        elif k == 'sig':
            L = seg[1].split('\n')
            if seg[1].startswith('Get Outlook for'):
                app = seg[1].replace('Get ', '')
                P_ += [f'Get {app}<https://aka.ms/o0ukef>', '']
                H.append(f'<div id="ms-outlook-mobile-signature"><div><br></div><div dir="ltr">Get '
                         f'<a href="https://aka.ms/o0ukef">{esc(app)}</a></div></div>')
            else:
                P_ += L + ['']
                H.append('<div><br></div><div id="Signature">' + '<br>'.join(esc(x) for x in L) + '</div>')
        elif k in ('q', 'fwd'):
            src = seg[1]
            a, b = (seg[2], seg[3]) if k == 'q' else (0, None)
            if not me.get('_hdr'):
                hd = outlook_hdr(src, lang, owa=True)
                P_ += ['________________________________'] + [f'{x}: {y}' for x, y in hd] + ['']
                H.append('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                         'color="#000000"><b>' + '<br><b>'.join(f'{x}:</b>&nbsp;{esc(y)}' for x, y in hd)
                         + '</font><div>&nbsp;</div></div>')
                me['_hdr'] = True
            P_ += src.plain_lines(a, b) + ['']
            H.append(f'<div>{src.html(a, b)}</div>')
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><style '
            'type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr">' % me.get('html_cs', 'us-ascii') + ''.join(H) + '</body></html>')
    return nl(P_), body + '\n'


def flow(lines, width=72, prefix=''):
    out = []
    for l in lines:
        if len(prefix + l) <= width or ' ' not in l:
            out.append(prefix + l if (l or prefix) else '')
            continue
        w = textwrap.wrap(l, width - len(prefix), break_long_words=False, break_on_hyphens=False)
        out += [prefix + x + ' ' for x in w[:-1]] + [prefix + w[-1]]
    return out


def render_tb(segs, lang, me):
    P_, H = [], []
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark'):
            L = seg[1].split('\n')
            P_ += flow(L) + ['']
            H.append('    <p>' + '<br>\n      '.join(esc(x) for x in L) + '</p>\n')
        elif k == 'sig':
            L = seg[1].split('\n')
            P_ += ['-- '] + L + ['']
            H.append('    <pre class="moz-signature" cols="72">-- \n' + '\n'.join(esc(x) for x in L) + '</pre>\n')
        elif k == 'q':
            src, a, b = seg[1], seg[2], seg[3]
            if not me.get('_attributed'):
                at = attr_tb(src)
                P_ += [at]
                H.append(f'    <div class="moz-cite-prefix">{esc(at)}<br>\n    </div>\n')
                me['_attributed'] = True
            ql = src.plain_lines(a, b)
            P_ += ['>' + (' ' + x if not x.startswith('>') else x) if x else '>' for x in ql] + ['']
            H.append(f'    <blockquote type="cite" cite="mid:{src.msgid.strip("<>")}">{src.html(a, b)}</blockquote>\n')
        elif k == 'fwd':
            src = seg[1]
            P_ += ['', '-------- Forwarded Message --------', f'Subject: \t{src.subject}',
                   f'Date: \t{rfcdate(src.t)}', f'From: \t{src.from_name} <{src.from_addr}>',
                   f'To: \t{src.to_addr}', '', ''] + src.plain_lines() + ['']
            H.append('    <div class="moz-forward-container"><br>\n      <br>\n      -------- Forwarded Message '
                     '--------\n      <table class="moz-email-headers-table" cellpadding="0" cellspacing="0" '
                     'border="0">\n' + ''.join(
                         f'        <tr>\n          <th valign="BASELINE" nowrap="nowrap" align="RIGHT">{x}: </th>\n'
                         f'          <td>{esc(y)}<br>\n          </td>\n        </tr>\n'
                         for x, y in [('Subject', src.subject), ('Date', rfcdate(src.t)),
                                      ('From', f'{src.from_name} <{src.from_addr}>'), ('To', src.to_addr)])
                     + '      </table>\n      <br>\n      ' + src.html() + '\n    </div>\n')
    body = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8">\n  </head>\n  <body>\n' + ''.join(H) + '  </body>\n</html>\n')
    return nl(P_), body


def render_samsung(segs, lang, me):
    P_, H = [], []
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark'):
            L = seg[1].split('\n')
            P_ += L + ['']
            H.append(''.join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>' for x in L))
        elif k == 'sig':
            P_ += ['', seg[1], '']
            H.append('<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                     f'<div style="font-size:12px;color:#575757" dir="auto">{esc(seg[1])}</div></div>')
        elif k in ('q', 'fwd'):
            src = seg[1]
            a, b = (seg[2], seg[3]) if k == 'q' else (0, None)
            lt = local(src.t)[0]
            off = local(src.t)[1]
            fl = [f'From: {src.from_name} <{src.from_addr}> ', f'Date: {lt.month}/{lt.day}/{lt:%y} {h12(lt)} '
                  f'(GMT{off:+03d}:00) ', f'To: {src.to_addr} ', f'Subject: {src.subject} ']
            P_ += ['-------- Original message --------'] + fl + [''] + src.plain_lines(a, b) + ['']
            H.append('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                     '<div>-------- Original message --------</div>' + ''.join(f'<div>{esc(x)}</div>' for x in fl)
                     + '<div><br></div></div>' + src.html(a, b))
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + ''.join(H) + '</body></html>')
    return nl(P_), body + '\n'


def render_zimbra(segs, lang, me):
    P_, H = [], []
    for seg in segs:
        k = seg[0]
        if k in ('new', 'mark', 'sig'):
            L = seg[1].split('\n')
            P_ += L + ['']
            H.append(''.join(f'<div>{esc(x) if x else "<br>"}</div>' for x in L) + '<div><br></div>')
        elif k in ('q', 'fwd'):
            src = seg[1]
            a, b = (seg[2], seg[3]) if k == 'q' else (0, None)
            lt = local(src.t)[0]
            sent = f'{DAYS_LONG[lt.weekday()]}, {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} {h12(lt, True)}'
            fl = [('From', f'"{src.from_name}" <{src.from_addr}>'), ('To', f'"{me["name"]}" <{src.to_addr}>'),
                  ('Sent', sent), ('Subject', src.subject)]
            sep = '----- Forwarded Message -----' if k == 'fwd' else '----- Original Message -----'
            P_ += [sep] + [f'{x}: {y}' for x, y in fl] + [''] + src.plain_lines(a, b) + ['']
            H.append('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>From: </b>'
                     + '<br><b>'.join(f'{x}: </b>{esc(y)}' if i else f'{esc(y)}' for i, (x, y) in enumerate(fl))
                     + '<br></div><br><div data-marker="__QUOTED_TEXT__">' + src.html(a, b) + '</div>')
    body = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + ''.join(H) + '</div></body></html>')
    return nl(P_), body + '\n'


RENDER = {'gmail': render_gmail, 'apple': render_apple, 'yahoo': render_yahoo, 'outlook': render_outlook,
          'owa': render_owa, 'tb': render_tb, 'samsung': render_samsung, 'zimbra': render_zimbra}


# --------------------------------------------------------------------------------------------
# transport: our mx chain and each provider's own headers
# --------------------------------------------------------------------------------------------
DMARC_POLICY = {'gmail.com': 'p=NONE sp=QUARANTINE dis=NONE', 'yahoo.com': 'p=REJECT sp=REJECT dis=NONE',
                'aol.com': 'p=REJECT sp=REJECT dis=NONE', 'outlook.com': 'p=NONE sp=QUARANTINE dis=NONE',
                'hotmail.com': 'p=NONE sp=QUARANTINE dis=NONE', 'live.com': 'p=NONE sp=QUARANTINE dis=NONE',
                'icloud.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'me.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE',
                'comcast.net': 'p=NONE dis=NONE', 'alliantenergy.com': 'p=REJECT dis=NONE'}

TLS13 = ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
         '\t(No client certificate requested)\r\n')
TLS12 = ('\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n'
         '\t(No client certificate requested)\r\n')


def dkim_b():
    return rb64(256)


def mx_chain(mailbox, env_from, t, helo, rdns, ip, auth, tls=TLS13, mx=None, extra_top=()):
    mx = mx or R.choice(['mx1', 'mx2'])
    mxip = {'mx1': '10.20.4.11', 'mx2': '10.20.4.12'}[mx]
    rcpt = MAILBOX_ADDR[mailbox]
    t2 = t + timedelta(seconds=R.randint(0, 2))
    ar = [f'{mx}.alliant-energy.com']
    for d, sel, res, hb in auth.get('dkim', []):
        ar.append(f'dkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.s={sel} '
                  f'header.b="{hb}"' if res == 'pass' else f'dkim={res}')
    if not auth.get('dkim'):
        ar.append('dkim=none')
    spf, sfrom = auth.get('spf', ('pass', env_from))
    if sfrom:
        ar.append(f'spf={spf} ({mx}.alliant-energy.com: domain of {sfrom} designates {ip} as permitted sender) '
                  f'smtp.mailfrom={sfrom}' if spf == 'pass' else f'spf={spf} smtp.mailfrom={sfrom}')
    else:
        ar.append(f'spf={spf} smtp.helo={helo}')
    dm = auth.get('dmarc')
    if dm:
        ar.append(f'dmarc={dm[0]} ({dm[2]}) header.from={dm[1]}' if dm[2] else f'dmarc={dm[0]} header.from={dm[1]}')
    L = [f'Return-Path: <{env_from}>', f'Delivered-To: {rcpt}'] + list(extra_top) + [
        f'Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}])\r\n'
        f'\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid()}\r\n'
        f'\tfor <{rcpt}>; {rfcdate(t2, paren=True)}',
        'Authentication-Results: ' + ';\r\n\t'.join(ar),
        f'Received: from {helo} ({rdns} [{ip}])\r\n{tls}'
        f'\tby {mx}.alliant-energy.com (Postfix) with ESMTPS id {qid()}\r\n'
        f'\tfor <{rcpt}>; {rfcdate(t, paren=True)}']
    return L


def dmarc_of(domain, res='pass'):
    return (res, domain, DMARC_POLICY.get(domain, 'p=NONE dis=NONE'))


def prov_google(c):
    """Gmail, or Google Workspace for a custom domain."""
    dom = c['domain']
    host = f'mail-{R.choice(["qk1", "yw1", "ed1", "lj1", "pl1", "oi1", "vk1", "io1", "qv1", "ua1"])}-f{R.randint(41, 235)}.google.com'
    ip = f'209.85.{R.randint(128, 222)}.{R.randint(10, 250)}'
    t_out = c['t'] - timedelta(seconds=R.randint(1, 3))
    hb = ralnum(8)
    d = 'gmail.com' if dom == 'gmail.com' else dom
    sel = '20230601' if dom == 'gmail.com' else 'google'
    hl = 'to:subject:message-id:date:from:in-reply-to:references:mime-version'
    if c.get('reply_to'):
        hl = 'to:subject:message-id:date:from:reply-to:in-reply-to:references:mime-version'
    H = [f'Received: by {host} with SMTP id {R.choice(["af79cd13be357", "00721157ae682", "d75a77b69052e", "6a1803df08f44"])}-'
         f'{rhex(11)}so{R.randint(1000000, 99999999)}{R.choice(["a", "b3", "d", "x"])}.{R.randint(1, 3)}\r\n'
         f'        for <{c["rcpt"]}>; {rfcdate(t_out, base=-8, paren=True)}',
         f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d={d}; s={sel}; t={ts(t_out)}; '
         f'x={ts(t_out) + 604800}; darn=alliant-energy.com;\r\n        h={hl}\r\n'
         f'         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh={rb64(32)};\r\n'
         + fold_b('        b=', hb + dkim_b()[8:], 70, '         '),
         f'X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; '
         f't={ts(t_out)}; x={ts(t_out) + 604800};\r\n        h={hl}\r\n'
         f'         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n        bh={rb64(32)};\r\n'
         + fold_b('        b=', dkim_b(), 70, '         '),
         f'X-Gm-Message-State: AOJu0Y{ralnum(54)}\r\n\t{ralnum(20)}==',
         fold_b('X-Gm-Gg: ', 'ASbGnc' + ralnum(290), 70, '\t'),
         f'X-Google-Smtp-Source: AGHT+IE{ralnum(60)}==',
         f'X-Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id '
         f'{rhex(13)}-{rhex(11)}mr{R.randint(10000000, 99999999)}{R.choice(["a", "b3", "d", "x"])}.'
         f'{R.randint(1, 40)}.{ts(t_out)}{R.randint(100, 999)};\r\n        {rfcdate(t_out, base=-8, paren=True)}']
    auth = {'dkim': [(d, sel, 'pass', hb)], 'spf': ('pass', c['env_from']), 'dmarc': dmarc_of(dom)}
    return host, host, ip, TLS13, auth, H


def prov_yahoo(c):
    dom = c['domain']
    dc = R.choice(['bf2', 'ne1', 'gq1', 'ir2'])
    n = R.randint(301, 330)
    host = f'sonic{n}-{R.randint(1, 60)}.consmr.mail.{dc}.yahoo.com'
    ip = f'{R.choice(["66.163", "98.137", "74.6"])}.{R.randint(128, 200)}.{R.randint(10, 250)}'
    t_out = c['t'] - timedelta(seconds=R.randint(1, 3))
    hb = ralnum(8)
    sel = 's2048' if dom == 'yahoo.com' else 'a2048'
    osg = ralnum(700, string.ascii_letters + string.digits + '._')
    H = [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel}; t={ts(t_out)}; bh={rb64(32)}; '
         f'h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To; b={hb}{dkim_b()[8:]}',
         f'X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel}; t={ts(t_out)}; bh={rb64(32)}; '
         f'h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={dkim_b()}',
         fold_b('X-YMail-OSG: ', osg, 76, ' '),
         f'X-Sonic-MF: <{c["from_addr"]}>',
         f'X-Sonic-ID: {ruuid()}',
         f'Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.{dc}.yahoo.com with HTTP; '
         f'{rfcdate(t_out, utc=True)}']
    auth = {'dkim': [(dom, sel, 'pass', hb)], 'spf': ('pass', c['env_from']), 'dmarc': dmarc_of(dom)}
    return host, host, ip, TLS13, auth, H


def ms_server():
    return f'{R.choice(["SN7", "CH3", "BY5", "DM6", "MN2", "PH0", "IA1", "SA1", "CY8"])}PR' \
           f'{R.randint(10, 20)}MB{R.randint(1000, 9999)}'


def prov_microsoft(c):
    dom = c['domain']
    consumer = dom in ('outlook.com', 'hotmail.com', 'live.com', 'msn.com')
    nam = R.choice(['10', '11', '12', '02', '04'])
    site = R.choice(['DM6', 'BN7', 'MW2', 'CO1', 'BN8'])
    helo = f'NAM{nam}-{site}-obe.outbound.protection.outlook.com'
    if consumer:
        rdns = f'mail-{site.lower()}nam{nam}olkn20{R.randint(10, 99)}.outbound.protection.outlook.com'
        ip = f'40.92.{R.randint(16, 90)}.{R.randint(10, 99)}'
    else:
        rdns = f'mail-{site.lower()}nam{nam}on2{R.randint(100, 139)}.outbound.protection.outlook.com'
        ip = f'40.107.{R.randint(90, 240)}.{R.randint(100, 139)}'
    srv = c['ms_server']
    nn = srv.split('MB')[0][-2:]
    srv2 = ms_server()
    t_out = c['t'] - timedelta(seconds=R.randint(1, 3))
    hb = ralnum(8)
    dk = ('outlook.com' if dom == 'outlook.com' else 'hotmail.com' if dom in ('hotmail.com', 'live.com', 'msn.com')
          else dom)
    ver = f'15.20.{R.randint(8100, 8470)}.{R.randint(10, 40)}'
    H = ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n'
         + fold_b(' b=', rb64(256), 74, ' '),
         'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n'
         ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
         'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n'
         f' bh={rb64(32)};\r\n' + fold_b(' b=', rb64(256), 74, ' '),
         'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none'
         if consumer else
         f'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom={dom}; dmarc=pass '
         f'action=none header.from={dom};\r\n dkim=pass header.d={dom}; arc=none',
         f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dk};\r\n s=selector1;\r\n'
         ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n'
         f' bh={rb64(32)};\r\n' + fold_b(' b=', hb + rb64(256)[8:], 74, ' '),
         f'Received: from {srv}.namprd{nn}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by\r\n'
         f' {srv2}.namprd{nn}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(1)}) with\r\n'
         f' Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver};\r\n'
         f' {rfcdate(t_out, utc=True)}',
         f'Received: from {srv}.namprd{nn}.prod.outlook.com\r\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by '
         f'{srv}.namprd{nn}.prod.outlook.com\r\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%{R.randint(3, 7)}]) '
         f'with mapi id {ver}0; {rfcdate(c["t_date"], utc=True)}']
    auth = {'dkim': [(dk, 'selector1', 'pass', hb)], 'spf': ('pass', c['env_from']), 'dmarc': dmarc_of(dom)}
    c['ms_srv2'] = srv2
    return helo, rdns, ip, TLS12, auth, H


def prov_icloud(c):
    dom = c['domain']
    host = f'st43p00im-ztfb{R.randint(10000000, 10099999)}.me.com'
    ip = f'17.58.{R.randint(6, 63)}.{R.randint(10, 250)}'
    t_out = c['t'] - timedelta(seconds=R.randint(1, 3))
    hb = ralnum(8)
    day = f'{local(t_out)[0]:%Y-%m-%d}'
    H = [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\r\n\ts=1a1hai; t={ts(t_out)};\r\n'
         f'\tbh={rb64(32)};\r\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\r\n'
         + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
         f'Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n'
         f'\tby {host} (Postfix) with ESMTPSA id {rhex(10, True)}\r\n\tfor <{c["rcpt"]}>; '
         f'{rfcdate(t_out, utc=True, paren=True)}',
         f'X-Proofpoint-ORIG-GUID: {ralnum(32)}',
         f'X-Proofpoint-GUID: {ralnum(32)}',
         'X-Proofpoint-Virus-Version: vendor=baseguard\r\n engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,'
         f'FMLib:17.12.62.30\r\n definitions={day}_05,{day}_02,{day}_01 signatures=0',
         'X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxlogscore=999 spamscore=0\r\n'
         ' malwarescore=0 bulkscore=0 clxscore=1015 phishscore=0 suspectscore=0 adultscore=0\r\n'
         f' mlxscore=0 classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2308100000\r\n'
         f' definitions=main-{local(t_out)[0]:%y%m%d}{R.randint(1000, 9999)}']
    auth = {'dkim': [(dom, '1a1hai', 'pass', hb)], 'spf': ('pass', c['env_from']), 'dmarc': dmarc_of(dom)}
    return host, host, ip, TLS13, auth, H


ISP_HOST = {'mchsi.com': 'mediacomcc.com', 'netins.net': 'netins.net', 'tds.net': 'tds.net',
            'charter.net': 'charter.net', 'windstream.net': 'windstream.net', 'frontier.com': 'frontier.com',
            'q.com': 'centurylink.net', 'iowatelecom.net': 'windstream.net', 'earthlink.net': 'earthlink.net'}


def prov_isp(c):
    dom = c['domain']
    hostdom = ISP_HOST.get(dom, dom)
    host = f'smtp-out{R.randint(1, 12):02d}.{hostdom}'
    ip = f'{R.choice(["173.16", "66.118", "24.159", "204.16", "209.86"])}.{R.randint(1, 250)}.{R.randint(1, 250)}'
    t_out = c['t'] - timedelta(seconds=R.randint(1, 4))
    home = f'{R.choice(["73", "98", "67", "24", "108"])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}'
    H = [f'Received: from [192.168.{R.choice([0, 1, 1, 4])}.{R.randint(2, 60)}] (unknown [{home}])\r\n'
         f'\t(Authenticated sender: {c["from_addr"]})\r\n\tby {host} (Postfix) with ESMTPSA id {qid()}\r\n'
         f'\tfor <{c["rcpt"]}>; {rfcdate(t_out, paren=True)}']
    auth = {'dkim': [], 'spf': ('pass', c['env_from']), 'dmarc': ('none', dom, None)}
    return host, host, ip, TLS12, auth, H


def prov_comcast(c):
    host = f'resomta-a1p-{R.randint(77000, 77999)}.sys.comcast.net'
    ip = f'96.102.{R.randint(1, 250)}.{R.randint(1, 250)}'
    t_out = c['t'] - timedelta(seconds=R.randint(1, 3))
    hb = ralnum(8)
    H = [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\r\n\ts=20190202a; t={ts(t_out)};\r\n'
         f'\tbh={rb64(32)};\r\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\r\n'
         + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
         f'Received: from oxapp-asc-{R.randint(10, 40)}o.email.comcast.net ([96.118.{R.randint(1, 250)}.'
         f'{R.randint(1, 250)}])\r\n\tby {host} with ESMTPA\r\n\tid {ralnum(16)}; {rfcdate(t_out, utc=True)}',
         'X-Xfinity-VAAS: ' + ralnum(60, 'abcdefghijklmnopqrstuvwxyz'),
         'X-Xfinity-VMeta: sc=-100.00;st=legit']
    auth = {'dkim': [('comcast.net', '20190202a', 'pass', hb)], 'spf': ('pass', c['env_from']),
            'dmarc': dmarc_of('comcast.net')}
    return host, host, ip, TLS12, auth, H


def prov_web(c):
    host = 'web03.alliantenergy.com'
    hb = ralnum(8)
    H = [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com;\r\n\ts=web2024; '
         f't={ts(c["t"])}; bh={rb64(32)};\r\n\th=Date:From:Reply-To:To:Subject:Message-ID:MIME-Version;\r\n'
         + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
         f'Received: from localhost (localhost [127.0.0.1])\r\n\tby web03.alliantenergy.com (Postfix) with ESMTP id '
         f'{qid()}\r\n\tfor <{c["rcpt"]}>; {rfcdate(c["t"] - timedelta(seconds=1), paren=True)}']
    auth = {'dkim': [('alliantenergy.com', 'web2024', 'pass', hb)], 'spf': ('pass', NOREPLY),
            'dmarc': dmarc_of('alliantenergy.com')}
    return host, host, '10.30.2.13', TLS12, auth, H


def provider_for(domain, prog):
    if prog == 'webform':
        return prov_web
    if domain in ('gmail.com',) or prog in ('gmail', 'gmail_android', 'samsung') or domain.endswith('.gws'):
        return prov_google
    if domain in ('yahoo.com', 'aol.com', 'ymail.com', 'att.net', 'sbcglobal.net'):
        return prov_yahoo
    if domain in ('outlook.com', 'hotmail.com', 'live.com', 'msn.com') or prog in ('outlook_corp', 'outlook_ios_corp'):
        return prov_microsoft
    if domain in ('icloud.com', 'me.com', 'mac.com'):
        return prov_icloud
    if domain == 'comcast.net':
        return prov_comcast
    return prov_isp


# --------------------------------------------------------------------------------------------
# a person's message: client headers + MIME body
# --------------------------------------------------------------------------------------------
FAMILY = {'gmail': 'gmail', 'gmail_android': 'gmail', 'iphone': 'apple', 'ipad': 'apple', 'mac': 'apple',
          'yahoo': 'yahoo', 'yahoo_ios': 'yahoo', 'aol': 'yahoo', 'outlook_corp': 'outlook',
          'outlook_home': 'outlook', 'owa': 'owa', 'outlook_ios': 'owa', 'outlook_ios_corp': 'owa',
          'tb': 'tb', 'tb_plain': 'tb', 'samsung': 'samsung', 'zimbra': 'zimbra', 'webform': 'webform'}

PROGRAM_NAME = {'gmail': 'Gmail web', 'gmail_android': 'Gmail for Android', 'iphone': 'iPhone Mail',
                'ipad': 'iPad Mail', 'mac': 'Apple Mail (macOS)', 'yahoo': 'Yahoo Mail web',
                'yahoo_ios': 'Yahoo Mail for iPhone', 'aol': 'AOL Mail web', 'outlook_corp': 'Outlook for Windows (Microsoft 365)',
                'outlook_home': 'Outlook for Windows (Outlook.com account)', 'owa': 'Outlook.com web',
                'outlook_ios': 'Outlook for iOS', 'outlook_ios_corp': 'Outlook for iOS (Microsoft 365)',
                'tb': 'Thunderbird (HTML)', 'tb_plain': 'Thunderbird (plain text)', 'samsung': 'Samsung Email',
                'zimbra': 'Xfinity Connect (Zimbra)', 'webform': 'alliantenergy.com Contact Us form'}

RE_PREFIX = re.compile(r'^(?:(?:re|fw|fwd|rv|aw)\s*:\s*)+', re.I)


def subject_for(s):
    if s.get('subject') is not None:
        return s['subject']
    fam = FAMILY[s['prog']]
    src = s.get('src')
    if not src:
        return ''
    es = s['locale'] == 'es'
    if s['mode'] == 'fwd':
        if fam in ('outlook', 'owa'):
            return ('RV: ' if es else 'FW: ') + src.subject
        return 'Fwd: ' + src.subject
    base = RE_PREFIX.sub('', src.subject) if fam != 'outlook' else src.subject
    if fam in ('outlook', 'owa'):
        base = RE_PREFIX.sub('', src.subject)
        return 'RE: ' + base
    return 'Re: ' + base


def to_for(s):
    if s.get('to'):
        return s['to']
    src = s['src']
    return (src.reply_name, src.reply_addr)


def thread_index():
    return base64.b64encode(bytes([1]) + bytes(R.getrandbits(8) for _ in range(21))).decode()


def build_human(s):
    prog, fam, lang = s['prog'], FAMILY[s['prog']], s['locale']
    name, a = s['frm']
    dom = a.split('@')[1]
    mailbox = s['mailbox']
    rcpt = MAILBOX_ADDR[mailbox]
    t = s['at']
    t_date = t - timedelta(seconds=R.randint(3, 40))
    src = s.get('src')
    if src is not None:
        assert src.t < t, s['id']
        t_date = max(t_date, src.t + timedelta(seconds=(t - src.t).total_seconds() // 2))
    subject = subject_for(s)
    to_name, to_addr = to_for(s)
    assert rcpt in (to_addr, *(x[1] for x in s.get('cc', []))), s['id']
    refs = (src.refs + [src.msgid]) if (src and s['mode'] == 'reply') else []
    irt = src.msgid if (src and s['mode'] == 'reply') else None
    me = {'name': name, 'addr': a, 'mac': prog == 'mac'}
    me.update(s.get('me', {}))
    c = {'domain': dom, 't': t, 't_date': t_date, 'rcpt': rcpt, 'from_addr': a, 'env_from': s.get('env_from', a),
         'reply_to': s.get('reply_to')}
    ms_srv = ms_server()
    c['ms_server'] = ms_srv
    prov = s.get('provider') or provider_for(dom, prog)
    helo, rdns, ip, tls, auth, PH_ = prov(c)
    hdr_mode = 'Q' if fam in ('gmail',) else 'B'
    from_h = 'From: ' + addr(name, a, hdr_mode)
    to_h = 'To: ' + (addr(to_name, to_addr, hdr_mode) if to_name else to_addr)
    if fam in ('outlook', 'owa') and not to_name:
        to_h = f'To: "{to_addr}" <{to_addr}>'
    cc_h = ['Cc: ' + ', '.join(addr(n, x) for n, x in s['cc'])] if s.get('cc') else []
    rt_h = ['Reply-To: ' + addr(*s['reply_to'])] if s.get('reply_to') else []
    subj_h = subj_hdr(subject, hdr_mode)
    ref_h = ([fold('References', ' '.join(refs))] if refs else [])
    irt_h = ([f'In-Reply-To: {irt}'] if irt else [])
    extra = list(s.get('extra_headers', []))

    # ---- body
    if fam == 'webform':
        plain = s['form_text']
        cte = 'quoted-printable' if need_qp(plain) else '7bit'
        body = body_bytes(plain, 'utf-8', cte)
        ctype = [f'Content-Type: text/plain; charset=UTF-8', f'Content-Transfer-Encoding: {cte}']
        mid = f'<{rhex(32)}@www.alliantenergy.com>'
        client = [f'Date: {rfcdate(t_date)}', from_h, *rt_h, to_h, subj_h, f'Message-ID: {mid}',
                  'MIME-Version: 1.0', *ctype, 'X-Mailer: Drupal', 'X-Form-Id: contact_us_v3']
        return assemble(s, helo, rdns, ip, tls, auth, PH_, client, body, c, env_from=NOREPLY)

    if fam == 'yahoo':
        me['yq'] = str(R.randint(10 ** 9, 10 ** 10 - 1))
        me['yiv'] = str(R.randint(10 ** 9, 10 ** 10 - 1))
        me['ydp'] = rhex(8)
    plain, htmlbody = RENDER[fam](s['segs'], s['locale'], me) if s['segs'] else ('', '')
    cs = s.get('charset', 'utf-8')

    def alt(boundary, pcs_name, hcs_name, pcte=None, hcte=None, pcs='utf-8', hcs='utf-8', pextra='', quote_b=True):
        pcte = pcte or ('quoted-printable' if need_qp(plain) else '7bit')
        hcte = hcte or ('quoted-printable' if need_qp(htmlbody) or any(len(l) > 900 for l in htmlbody.split('\n'))
                        else '7bit')
        p1 = leaf(f'text/plain; charset={pcs_name}{pextra}', pcte, body_bytes(plain, pcs, pcte))
        p2 = leaf(f'text/html; charset={hcs_name}', hcte, body_bytes(htmlbody, hcs, hcte))
        return multipart(boundary, [p1, p2])

    if fam == 'gmail':
        mid = f'<CA{ralnum(1, "BDEFGHJKMNOP")}{ralnum(45, string.ascii_letters + string.digits + "+_-=")}@mail.gmail.com>'
        if s.get('plain_only') is not None:
            txt = s['plain_only']
            cte = 'quoted-printable' if need_qp(txt) else None
            body = body_bytes(txt, 'utf-8', cte or '7bit')
            ct = ['Content-Type: text/plain; charset="UTF-8"'] + ([f'Content-Transfer-Encoding: {cte}'] if cte else [])
        else:
            b = '000000000000' + rhex(16)
            body = alt(b, '"UTF-8"', '"UTF-8"', pcte='quoted-printable' if need_qp(plain) else None)
            # Gmail omits the CTE header on 7bit parts
            body = body.replace(b'Content-Transfer-Encoding: 7bit\r\n', b'')
            ct = [f'Content-Type: multipart/alternative; boundary="{b}"']
        client = ['MIME-Version: 1.0', *ref_h, *irt_h, from_h, *rt_h, f'Date: {rfcdate(t_date)}',
                  f'Message-ID: {mid}', subj_h, to_h, *cc_h, *extra, *ct]
    elif fam == 'samsung':
        b = f'--_com.samsung.android.email_{R.randint(10 ** 14, 10 ** 15)}'
        p1 = leaf('text/plain; charset=utf-8', 'base64', b64body(crlf(plain).encode('utf-8')))
        p2 = leaf('text/html; charset=utf-8', 'base64', b64body(crlf(htmlbody).encode('utf-8')))
        body = multipart(b, [p1, p2])
        mid = f'<{ralnum(10).lower()}{R.randint(1000, 9999)}.{rhex(8)}@email.android.com>'
        client = [f'Message-ID: {mid}', f'Date: {rfcdate(t_date)}', *irt_h, *ref_h, subj_h, from_h, to_h,
                  'Importance: normal', 'X-Priority: 3', 'MIME-Version: 1.0',
                  f'Content-Type: multipart/alternative; boundary="{b}"']
    elif fam == 'apple':
        u = ruuid(True)
        if prog == 'mac':
            b = f'Apple-Mail=_{u}'
            body = alt(b, 'us-ascii' if plain.isascii() else 'utf-8', 'us-ascii' if htmlbody.isascii() else 'utf-8')
            mid = f'<{ruuid(True)}@{dom}>'
            ver = '3826.300.87.4.3'
            client = [from_h, f'Content-Type: multipart/alternative;\r\n\tboundary="{b}"',
                      f'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\({ver}\\))', subj_h, f'Date: {rfcdate(t_date)}',
                      *ref_h, to_h, *cc_h, *irt_h, f'Message-Id: {mid}', f'X-Mailer: Apple Mail (2.{ver})']
        else:
            b = f'Apple-Mail-{u}'
            body = alt(b, 'utf-8', 'utf-8', pcte='quoted-printable', hcte='quoted-printable')
            mid = f'<{ruuid(True)}@{dom}>'
            build_ = R.choice(['22B83', '22B91', '22C152', '21H216', '22D63'])
            mailer = f'{"iPad" if prog == "ipad" else "iPhone"} Mail ({build_})'
            client = [f'Content-Type: multipart/alternative; boundary={b}', 'Content-Transfer-Encoding: 7bit',
                      from_h, 'Mime-Version: 1.0 (1.0)', subj_h, f'Date: {rfcdate(t_date)}',
                      f'Message-Id: {mid}', *ref_h, *cc_h, *irt_h, to_h, f'X-Mailer: {mailer}']
    elif fam == 'yahoo':
        n1, n2 = R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 9, 2 * 10 ** 9)
        ms = ts(t_date) * 1000 + R.randint(100, 999)
        b = f'----=_Part_{n1}_{n2}.{ms}'
        body = alt(b, 'UTF-8', 'UTF-8', pcte='quoted-printable', hcte='quoted-printable')
        mid = f'<{R.randint(10 ** 8, 2 * 10 ** 9)}.{n1 + 1}.{ms}@mail.yahoo.com>'
        mailer = {'yahoo': 'WebService/1.1.22876 YMailNorrin', 'aol': 'WebService/1.1.22876 AolMailNorrin',
                  'yahoo_ios': 'WebService/1.1.22876 YahooMailIosMobile'}[prog]
        client = [f'Date: {rfcdate(t_date, utc=True, paren=True)}', from_h, *rt_h, to_h, *cc_h, f'Message-ID: {mid}',
                  *irt_h, *ref_h, subj_h, 'MIME-Version: 1.0',
                  f'Content-Type: multipart/alternative; \r\n\tboundary="{b}"', f'X-Mailer: {mailer}']
    elif fam in ('outlook', 'owa'):
        hex32 = rhex(32, True)
        mid = f'<{ms_srv}{hex32}@{ms_srv}.namprd{ms_srv.split("MB")[0][-2:]}.prod.outlook.com>'
        bnd = '_000_' + re.sub(r'[^A-Za-z0-9]', '', mid)[:64] + '_'
        pcs = cs if not plain.isascii() else 'us-ascii'
        me_cs = pcs if fam == 'outlook' else pcs
        if fam == 'outlook':
            plain, htmlbody = plain, htmlbody.replace('charset=us-ascii', f'charset={me_cs}')
        else:
            htmlbody = htmlbody.replace('charset=us-ascii', f'charset={me_cs}')
        body = alt(bnd, f'"{pcs}"', f'"{pcs}"', pcte='quoted-printable', hcte='quoted-printable', pcs=pcs, hcs=pcs)
        consumer = dom in ('outlook.com', 'hotmail.com', 'live.com', 'msn.com')
        topic = RE_PREFIX.sub('', subject)
        lang_h = 'es-US' if lang == 'es' else 'en-US'
        x = [from_h, to_h, *cc_h, *rt_h, subj_h, fold('Thread-Topic', topic), f'Thread-Index: {thread_index()}',
             f'Date: {rfcdate(t_date, utc=True)}', f'Message-ID: {mid}', *ref_h, *irt_h,
             f'Accept-Language: {lang_h}, en-US', f'Content-Language: {lang_h}', 'X-MS-Has-Attach:',
             'X-MS-TNEF-Correlator:']
        if consumer:
            x += [f'x-ms-exchange-messagesentrepresentingtype: 1', f'x-tmn: [{ralnum(32)}]']
        else:
            x += ['msip_labels:', 'x-ms-exchange-senderadcheck: 1']
        x += ['x-ms-publictraffictype: Email',
              f'x-ms-traffictypediagnostic: {ms_srv}:EE_|{c["ms_srv2"]}:EE_',
              f'x-ms-office365-filtering-correlation-id: {ruuid()}', *extra,
              f'Content-Type: multipart/alternative;\r\n\tboundary="{bnd}"', 'MIME-Version: 1.0',
              f'X-OriginatorOrg: {dom}']
        if not consumer:
            x += ['X-MS-Exchange-CrossTenant-AuthAs: Internal', 'X-MS-Exchange-CrossTenant-AuthSource: '
                  f'{ms_srv}.namprd{ms_srv.split("MB")[0][-2:]}.prod.outlook.com']
        lt = t_date
        x += [f'X-MS-Exchange-CrossTenant-Network-Message-Id: {ruuid()}',
              f'X-MS-Exchange-CrossTenant-originalarrivaltime: {lt.day:02d} {MONS[lt.month - 1]} {lt.year} '
              f'{lt:%H:%M:%S}.{R.randint(1000, 9999)} (UTC)',
              'X-MS-Exchange-CrossTenant-fromentityheader: Hosted',
              f'X-MS-Exchange-CrossTenant-id: {"84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else ruuid()}',
              'X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000'
              if consumer else f'X-MS-Exchange-CrossTenant-mailboxtype: HOSTED',
              f'X-MS-Exchange-Transport-CrossTenantHeadersStamped: {c["ms_srv2"]}']
        client = x
    elif fam == 'tb':
        mid = f'<{ruuid()}@{dom}>'
        hdrs_common = [f'Message-ID: {mid}', f'Date: {rfcdate(t_date)}', 'MIME-Version: 1.0',
                       'User-Agent: Mozilla Thunderbird', subj_h, to_h, *cc_h, *ref_h,
                       f'Content-Language: {"es-ES" if lang == "es" else "en-US"}', from_h, *irt_h]
        if prog == 'tb_plain':
            cte = '7bit' if plain.isascii() else '8bit'
            body = crlf(plain).encode('utf-8')
            client = hdrs_common + ['Content-Type: text/plain; charset=UTF-8; format=flowed',
                                    f'Content-Transfer-Encoding: {cte}']
        else:
            b = '------------' + ralnum(24)
            pc = '7bit' if plain.isascii() else '8bit'
            hc = ('quoted-printable' if any(len(l) > 900 for l in htmlbody.split('\n'))
                  else ('7bit' if htmlbody.isascii() else '8bit'))
            body = multipart(b, [leaf('text/plain; charset=UTF-8; format=flowed', pc, body_bytes(plain, 'utf-8', pc)),
                                 leaf('text/html; charset=UTF-8', hc, body_bytes(htmlbody, 'utf-8', hc))],
                             preamble='This is a multi-part message in MIME format.')
            client = hdrs_common + [f'Content-Type: multipart/alternative;\r\n boundary="{b}"']
    elif fam == 'zimbra':
        b = '=_' + ruuid()
        body = alt(b, 'utf-8', 'utf-8', hcte='quoted-printable')
        mid = f'<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(10 ** 6, 10 ** 7)}.{ts(t_date) * 1000 + R.randint(100, 999)}' \
              f'.JavaMail.zimbra@comcast.net>'
        topic = RE_PREFIX.sub('', subject)
        client = [f'Date: {rfcdate(t_date, paren=True)}', from_h, to_h, f'Message-ID: {mid}', *irt_h, subj_h,
                  'MIME-Version: 1.0', f'Content-Type: multipart/alternative; \r\n\tboundary="{b}"',
                  'X-Mailer: Zimbra 10.0.10_GA_4693 (ZimbraWebClient - GC131 (Win)/10.0.10_GA_4693)',
                  fold('Thread-Topic', topic), f'Thread-Index: {ralnum(28)}']
    else:
        raise ValueError(fam)
    return assemble(s, helo, rdns, ip, tls, auth, PH_, client, body, c)


def assemble(s, helo, rdns, ip, tls, auth, prov_headers, client, body, c, env_from=None):
    chain = mx_chain(s['mailbox'], env_from or c['env_from'], c['t'], helo, rdns, ip, auth, tls)
    head = '\r\n'.join(chain + prov_headers + client) + '\r\n\r\n'
    return head.encode('ascii') + body


# --------------------------------------------------------------------------------------------
# helpers for writing the specs
# --------------------------------------------------------------------------------------------
SPECS = []
DEFAULT = object()


def NEW(text):
    return ('new', text)


def SIG(text):
    return ('sig', text)


def MARK(text):
    return ('mark', text)


def Q(src, a=0, b=None):
    if isinstance(b, str):
        b = src.idx(b) + 1
    if isinstance(a, str):
        a = src.idx(a)
    return ('q', src, a, b)


def FWD(src):
    return ('fwd', src)


def human(id, cat, lang, prog, mailbox, at, frm, src=None, mode='reply', segs=(), labels=(), unclear=False,
          entities=None, note='', ack=DEFAULT, automated=False, **kw):
    s = dict(id=id, cat=cat, lang=lang, prog=prog, mailbox=mailbox, at=at, frm=frm, src=src, mode=mode,
             segs=list(segs), labels=list(labels), unclear=unclear, entities=entities or {}, note=note,
             automated=automated, kind='human')
    s.update(kw)
    s['locale'] = kw.get('locale', 'es' if lang == 'es' else 'en')
    if automated:
        s['ack_to'] = None
    elif ack is DEFAULT:
        s['ack_to'] = (s['reply_to'][1] if s.get('reply_to') else frm[1])
    else:
        s['ack_to'] = ack
    SPECS.append(s)
    return s


def machine(id, cat, lang, mailbox, at, builder, note, program, **kw):
    s = dict(id=id, cat=cat, lang=lang, mailbox=mailbox, at=at, builder=builder, note=note, automated=True,
             labels=[], unclear=False, entities={}, ack_to=None, kind='machine', program=program)
    s.update(kw)
    SPECS.append(s)
    return s


def fwd_src(style, fname, faddr, tname, taddr, t, note, inner):
    lt, off, ab = local(inner.t)
    if style == 'yahoo':
        sent = (f'{DAYS_LONG[lt.weekday()]}, {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} at '
                f'{lt.hour % 12 or 12:02d}:{lt:%M:%S} {"AM" if lt.hour < 12 else "PM"} {ab}')
        head = ['----- Forwarded Message -----', f'From: {inner.from_name} <{inner.from_addr}>',
                f'To: {inner.to_addr} <{inner.to_addr}>', f'Sent: {sent}', f'Subject: {inner.subject}']
        mid = f'<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(10 ** 6, 10 ** 7)}.{ts(t) * 1000 + 417}@mail.yahoo.com>'
    elif style == 'tb':
        head = ['-------- Forwarded Message --------', f'Subject: \t{inner.subject}', f'Date: \t{rfcdate(inner.t)}',
                f'From: \t{inner.from_name} <{inner.from_addr}>', f'To: \t{inner.to_addr}']
        mid = f'<{ruuid()}@{faddr.split("@")[1]}>'
    elif style == 'apple':
        head = ['Begin forwarded message:', '', f'From: {inner.from_name} <{inner.from_addr}>',
                f'Subject: {inner.subject}', f'Date: {MONS_LONG[lt.month - 1]} {lt.day}, {lt.year} at '
                f'{h12(lt, True)} {ab}', f'To: {inner.to_addr}']
        mid = f'<{ruuid(True)}@{faddr.split("@")[1]}>'
    else:
        head = ['---------- Forwarded message ---------', f'From: {inner.from_name} <{inner.from_addr}>',
                f'Date: {gdate_fwd(inner, "en")}', f'Subject: {inner.subject}', f'To: <{inner.to_addr}>']
        mid = f'<CA{ralnum(44)}@mail.gmail.com>'
    paras = [P('raw', x.split('\n')) for x in note.split('\n\n')] + [P('raw', head)] + inner.paras
    return Src('FWD', fname, faddr, tname, taddr, 'Fwd: ' + inner.subject, t, mid, paras)


# ============================================================================================
# THE MESSAGES
# ============================================================================================
MKT, SHARE, QUES = 'marketing_opt_out', 'catalog_share_opt_out', 'question'
C_MKT, C_SOFT, C_SHARE, C_BOTH = ('marketing opt-out', 'marketing opt-out (unsubscribe software)',
                                  'catalog-sharing opt-out', 'both opt-outs')
C_Q, C_OQ, C_UNC, C_NONE = 'question', 'opt-out + question', 'unclear', 'not a request (human)'

# ---------------------------------------------------------------- marketing opt-outs
s = promo_thermo('Dale', 'dale.ostrander@gmail.com', 'AE-NL-2410-58213')
human('m01-gmail-top-thermo', C_MKT, 'en', 'gmail', 'customercare', T(2024, 10, 15, 14, 22, 9),
      ('Dale Ostrander', 'dale.ostrander@gmail.com'), s,
      segs=[NEW('Please take me off your promotional email list. I get enough of these from everybody else.\n\n'
                'Thanks,\nDale Ostrander'), Q(s)],
      labels=[MKT], entities={'name': 'Dale Ostrander'},
      note='top-posted "take me off your promotional email list" over the thermostat promo; the quoted '
           'footer\'s "unsubscribe", the greeting "Hi Dale" and ZIP 53718 are ours')

s = promo_solar('Trent', 'tkowalczyk88@gmail.com')
human('m02-gmailandroid-bottom-solar-stop', C_MKT, 'en', 'gmail_android', 'customercare',
      T(2024, 9, 17, 19, 41, 30), ('Trent Kowalczyk', 'tkowalczyk88@gmail.com'), s,
      segs=[Q(s), NEW('STOP')], labels=[MKT],
      note='bottom-posted bare "STOP" under the community-solar promo: a short reply takes its meaning from '
           'the promotion it answers; the only name is in the quoted greeting')

s = promo_thermo('Gary', 'glindqvist@lindqvistseed.com', 'AE-NL-2410-61907')
human('m03-outlook-blueline-thermo-marker', C_MKT, 'en', 'outlook_corp', 'customercare',
      T(2024, 10, 16, 8, 12, 44), ('Gary Lindqvist', 'glindqvist@lindqvistseed.com'), s,
      segs=[Q(s, 0, 'unsub'), MARK('UNSUBSCRIBE'), Q(s, 'addr')],
      me={'inline': True, 'marker': 'Gary Lindqvist'}, labels=[MKT], entities={'name': 'Gary Lindqvist'},
      note='Outlook inline comment "[Gary Lindqvist] UNSUBSCRIBE" typed inside the blue-line quote right under '
           'our own "reply with the word unsubscribe" footer; only the marked line is his (the [Name] marker '
           'is his client\'s signature-like tag, taken as his name)')

s = promo_holiday('Kayla Brandt', 'kbrandt@icloud.com', 'PH-2411-20755')
human('m04-iphone-inline-holiday-unsub-only', C_MKT, 'en', 'iphone', 'powerhousecatalog',
      T(2024, 11, 12, 12, 3, 5), ('Kayla Brandt', 'kbrandt@icloud.com'), s,
      segs=[NEW('See below'), SIG('Sent from my iPhone'), Q(s, 'unsub', 'unsub'),
            NEW('Yes do this. No more emails please'), Q(s, 'addr')],
      labels=[MKT],
      note='iPhone reply that trimmed the quote to our "To unsubscribe from PowerHouse Catalog e-mails" '
           'paragraph and answered "No more emails please" under it; the sharing paragraph was not quoted or '
           'addressed, so no sharing opt-out; full name only in our greeting')

s = promo_holiday('Barbara Nygaard', 'bnygaard52@yahoo.com')
human('m05-yahoo-top-holiday-both-channels', C_MKT, 'en', 'yahoo', 'powerhousecatalog',
      T(2024, 11, 13, 7, 48, 17), ('Barb Nygaard', 'bnygaard52@yahoo.com'), s,
      segs=[NEW('I never signed up for these. Remove me from your mailing list, the e-mails AND the paper catalog '
                'that comes to the house.\n\nBarb'), Q(s)],
      labels=[MKT], entities={'name': 'Barb'},
      note='stop e-mails and printed catalog = marketing opt-out (both channels); Yahoo\'s plain part quotes '
           'our footer ("share your name", "unsubscribe") without ">" markers; signed with a first name only')

s = news_dec('Howard', 'hfeld@netins.net')
human('m06-tb-inline-news-link-broken', C_MKT, 'en', 'tb', 'customercare', T(2024, 12, 3, 21, 15, 40),
      ('Howard Feld', 'hfeld@netins.net'), s,
      segs=[Q(s, 'unsub', 'unsub'),
            NEW('The link goes to a page that says "session expired". Just unsubscribe me, please.'),
            SIG('Howard Feld\nGrundy Center')],
      labels=[MKT], entities={'name': 'Howard Feld'},
      note='Thunderbird inline reply under our "manage your preferences or unsubscribe" line: "Just unsubscribe '
           'me"; the broken-link remark is context, not a question to answer')

s = promo_solar('Karen', 'kvoss@brennermuellerlaw.com')
human('m07-outlookcorp-top-solar-disclaimer', C_MKT, 'en', 'outlook_corp', 'customercare',
      T(2024, 9, 18, 9, 5, 2), ('Karen Voss', 'kvoss@brennermuellerlaw.com'), s,
      segs=[NEW('Please remove this address from your marketing lists. This is my work e-mail and I did not sign it '
                'up for anything.'),
            SIG('Karen Voss\nParalegal\nBrenner Mueller LLP\nDirect 319-555-0118\n\n'
                'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and '
                'may contain privileged or confidential information. If you are not the intended recipient, any '
                'review, use, disclosure or distribution is prohibited; please notify the sender by reply e-mail '
                'and delete the message. To stop receiving e-mail updates from Brenner Mueller LLP, reply with '
                '"unsubscribe" in the subject line. Nothing in this message is legal advice.'), Q(s)],
      labels=[MKT], entities={'name': 'Karen Voss'},
      note='work address asks to be removed from marketing lists; the firm\'s disclaimer ("reply with '
           'unsubscribe", "do not disclose") is boilerplate about the firm\'s own mail, not a request to us')

s = promo_thermo('Ron', 'ronszymanski@gmail.com', 'AE-NL-2410-40331')
human('m08-gmail-fwd-thermo-see-below-stop', C_MKT, 'en', 'gmail', 'customercare', T(2024, 10, 21, 17, 30, 55),
      ('Ron Szymanski', 'ronszymanski@gmail.com'), s, mode='fwd', to=(None, CC),
      segs=[NEW('see below, please stop these'), FWD(s)], labels=[MKT],
      note='forward of our thermostat promo with "see below, please stop these": "these" has an object (the '
           'forwarded promotion), unlike a bare "see below"')

inner = promo_holiday('Linda Berglund', 'lindaberglund@yahoo.com', 'PH-2411-30418')
s = fwd_src('yahoo', 'Linda Berglund', 'lindaberglund@yahoo.com', 'Tom Berglund', 'tberglund@gmail.com',
            T(2024, 11, 13, 18, 2, 40), "Tom can you make them stop? We don't need the catalog AND all these emails.",
            inner)
human('m09-gmail-fwdfwd-spouse-household', C_MKT, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 14, 20, 10, 11),
      ('Tom Berglund', 'tberglund@gmail.com'), s, mode='fwd', to=('PowerHouse Catalog', PH),
      segs=[NEW("Hello,\n\nMy wife forwarded this to me. I'm the account holder for our house at 118 Elm St, "
                "Coralville, IA 52241. Please take our household off the PowerHouse catalog mailing list and stop "
                "the e-mails to both of us.\n\nTom Berglund"), FWD(s)],
      labels=[MKT], entities={'name': 'Tom Berglund', 'postal_code': '52241'},
      note='"Fwd: Fwd:" of the catalog e-mail: the wife\'s quoted note is not his text; the account holder asks for '
           'the household, so he has standing; postal + e-mail opt-out, no sharing request')

s = promo_assess('Jerome', 'jpittman.ia@gmail.com')
human('m10-samsung-top-assess', C_MKT, 'en', 'samsung', 'customercare', T(2025, 1, 14, 18, 22, 31),
      ('Jerome Pittman', 'jpittman.ia@gmail.com'), s,
      segs=[NEW('Not interested. Take me off the list.'), SIG('Sent from my Galaxy'), Q(s)],
      labels=[MKT], note='Samsung Email top-post over the free-assessment promo ("-------- Original message --------" '
                         'block, base64 parts); "take me off the list" under a promotion')

s = promo_thermo('Shirley', 'shirleyd1947@aol.com', 'AE-NL-2410-12284')
human('m11-aol-top-thermo-caps', C_MKT, 'en', 'aol', 'customercare', T(2024, 10, 16, 10, 40, 3),
      ('Shirley Dvorak', 'shirleyd1947@aol.com'), s,
      segs=[NEW("STOP EMAILING ME ADS. I PAY MY BILL THATS ALL I WANT FROM YOU"), Q(s)], labels=[MKT],
      note='all-caps "STOP EMAILING ME ADS" over the promo; AOL quotes in a yahoo_quoted div')

s = promo_solar('Rosa', 'rosadelgado.dbq@gmail.com')
human('m12-gmail-es-inline-solar', C_MKT, 'es', 'gmail', 'customercare', T(2024, 9, 18, 13, 12, 26),
      ('Rosa Delgado', 'rosadelgado.dbq@gmail.com'), s,
      segs=[Q(s, 0, 'body'), NEW('No me interesa, gracias.'), Q(s, 'list', 'foot'),
            NEW('Por favor ya no me manden correos de promociones. Solo quiero recibir mi factura.\n\nRosa Delgado')],
      labels=[MKT], entities={'name': 'Rosa Delgado'},
      note='Spanish inline reply (Gmail in Spanish, "escribió:"): "ya no me manden correos de promociones" written '
           'after our quoted "Opt out of marketing emails" footer')

s = promo_clearance('Megan Hoff', 'megan.hoff@icloud.com')
human('m13-iphone-top-clearance-unsubscribe', C_MKT, 'en', 'iphone', 'powerhousecatalog', T(2025, 2, 4, 12, 31, 48),
      ('Megan Hoff', 'megan.hoff@icloud.com'), s,
      segs=[NEW('Unsubscribe'), SIG('Sent from my iPhone'), Q(s)], labels=[MKT],
      note='"Unsubscribe" over the catalog e-mail is a marketing opt-out only; the quoted paragraph about sharing '
           'names with other catalog companies is ours, not hers')

s = news_dec('Evelyn', 'eprochaska@outlook.com')
human('m14-owa-top-news-elderly', C_MKT, 'en', 'owa', 'customercare', T(2024, 12, 4, 9, 55, 19),
      ('Evelyn Prochaska', 'eprochaska@outlook.com'), s,
      segs=[NEW('Please stop sending the newsletters. I am 84 and do not use the computer much, my grandson set up '
                'this e-mail for me so I can see the bill.\n\nEvelyn Prochaska'), Q(s)],
      labels=[MKT], entities={'name': 'Evelyn Prochaska'},
      note='outlook.com top-post: stop the newsletters (keep the bill, a service message); quoted "unsubscribe" '
           'footer is ours')

s = promo_holiday('Walter Hennessey', 'walth@mchsi.com')
human('m15-tbplain-bottom-holiday-paper-only', C_MKT, 'en', 'tb_plain', 'powerhousecatalog',
      T(2024, 11, 15, 15, 5, 37), ('Walt Hennessey', 'walth@mchsi.com'), s,
      segs=[Q(s), NEW("Please remove me from the mailing list for the paper catalog. The e-mails are fine, I just "
                      "don't want the printed book anymore.\n\nCustomer no. from the label: 0731-55820"),
            SIG('Walt Hennessey\n611 Cass St\nLa Crosse WI 54601')],
      labels=[MKT], entities={'name': 'Walt Hennessey', 'postal_code': '54601', 'account': '0731-55820'},
      note='plain-text bottom-post: stop the printed catalog, keep e-mails (channel limit kept in the record); '
           'the customer number from the label counts, ZIP 53718 in the quote does not')

s = promo_thermo('Brian', 'btesch76@gmail.com', 'AE-NL-2410-22871')
human('m16-gmail-inline-thermo-word-unsubscribe', C_MKT, 'en', 'gmail', 'customercare', T(2024, 10, 15, 11, 2, 7),
      ('Brian Tesch', 'btesch76@gmail.com'), s,
      segs=[Q(s, 'unsub', 'unsub'), NEW('unsubscribe')], labels=[MKT],
      note='trimmed quote of our "reply to this message with the word unsubscribe" footer, then his own '
           '"unsubscribe": the quoted word does not count, his does')

human('m17-webform-pasted-thermo', C_MKT, 'en', 'webform', 'customercare', T(2024, 10, 18, 16, 44, 2),
      ('Alliant Energy Web Forms', NOREPLY), None, mode='new', to=(None, CC),
      reply_to=('Roberta Kinsella', 'rkinsella1957@gmail.com'), subject='Contact Us: Marketing preferences',
      form_text=('A message was submitted through the Contact Us form on alliantenergy.com.\n\n'
                 'Name: Roberta Kinsella\nE-mail: rkinsella1957@gmail.com\nPhone: 563-555-0163\n'
                 'Service address ZIP: 52722\nAccount number (optional):\nTopic: Marketing preferences\n\n'
                 'Message:\nI keep getting these, I pasted one below. Please stop ALL promotional mail and e-mail to '
                 'me. I only want my bill.\n\n'
                 '> Fall savings: $50 back on a smart thermostat\n> Hi Roberta,\n'
                 '> Cooler nights are here. Install an ENERGY STAR certified smart thermostat before December 31 '
                 'and get $50 back from Alliant Energy.\n'
                 '> To opt out of marketing e-mails from Alliant Energy, click unsubscribe or reply to this message '
                 'with the word unsubscribe.\n\n--\nSubmitted 10/18/2024 4:43 PM CDT from 73.22.141.9\n'),
      labels=[MKT], entities={'name': 'Roberta Kinsella', 'postal_code': '52722'},
      note='our Contact Us form relay (From noreply@, customer in Reply-To) with a promo pasted under ">" by the '
           'customer; her own sentence asks to stop all promotional mail and e-mail')

s = promo_assess('Connie', 'cruhl@yahoo.com')
human('m18-yahooios-top-assess', C_MKT, 'en', 'yahoo_ios', 'customercare', T(2025, 1, 15, 7, 20, 44),
      ('Connie Ruhl', 'cruhl@yahoo.com'), s,
      segs=[NEW('no thank you. please dont send me offers anymore'), SIG('Sent from Yahoo Mail for iPhone'), Q(s)],
      labels=[MKT], note='Yahoo Mail for iPhone: lower-case "dont send me offers anymore" over the promo')

s = promo_solar('Peter', 'psandvold@comcast.net')
human('m19-mac-bottom-solar-quote-sig', C_MKT, 'en', 'mac', 'customercare', T(2024, 9, 19, 20, 2, 51),
      ('Peter Sandvold', 'psandvold@comcast.net'), s,
      segs=[Q(s), NEW("Please remove me from your marketing e-mails. I'll call if I ever want solar."),
            SIG('Peter Sandvold\n"Live simply so that others may simply live."')],
      labels=[MKT], entities={'name': 'Peter Sandvold'},
      note='Apple Mail bottom-post below a blockquote type="cite"; the new text is after the quote, not before')

s = promo_holiday('Graciela Montoya', 'gmontoya@hotmail.com')
human('m20-outlookhome-es-top-holiday-mixed', C_MKT, 'mixed', 'outlook_home', 'powerhousecatalog',
      T(2024, 11, 18, 19, 30, 12), ('Graciela Montoya', 'gmontoya@hotmail.com'), s, locale='es',
      charset='iso-8859-1', me={'html_cs': 'iso-8859-1'},
      segs=[NEW('Please stop sending me the catalog. Ya no lo necesito, mis hijos ya se fueron de la casa. '
                'Muchísimas gracias.\n\nGraciela Montoya'), Q(s)],
      labels=[MKT], entities={'name': 'Graciela Montoya'},
      note='English + Spanish, Outlook in Spanish ("De:/Enviado el:/Asunto:", iso-8859-1): stop the printed '
           'catalog; nothing about sharing')

s = news_dec('Doug', 'dalbrecht@cedarvalleyinsurance.com')
human('m21-outlook-blueline-news-nomarker', C_MKT, 'en', 'outlook_corp', 'customercare', T(2024, 12, 4, 8, 30, 16),
      ('Doug Albrecht', 'dalbrecht@cedarvalleyinsurance.com'), s,
      segs=[Q(s, 0, 'tip3'), MARK("Good tips but I don't need them. Stop the newsletters please."), Q(s, 'more')],
      me={'inline': True, 'marker': None, 'color': '#2F5597'}, labels=[MKT],
      note='Outlook inline comment without a [Name] marker: in the text/plain part his line sits unmarked between '
           'our quoted tips; only colour in the HTML sets it apart')

staff = staff_reply('marcus', PH, 'Janet Kuehl', 'jkuehl@gmail.com', T(2024, 11, 22, 10, 5, 40), 'RE: catalog',
                    "Hi Janet,\n\nThank you for writing. We've noted that the PowerHouse Catalog should not share your "
                    "name and address with other catalog companies. You will keep receiving the catalog and our "
                    "e-mails.", T(2024, 11, 20, 19, 40), 'catalog',
                    "Please don't share my name with other catalog companies.\n\nJanet Kuehl")
human('m22-gmail-reply-staff-also-stop-emails', C_MKT, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 22, 14, 15, 3),
      ('Janet Kuehl', 'jkuehl@gmail.com'), staff,
      segs=[NEW('Thank you. Please also stop the catalog e-mails, I only want the paper one.\n\nJanet'), Q(staff)],
      labels=[MKT], entities={'name': 'Janet'},
      note='reply to a staff answer that confirmed her earlier sharing opt-out (quoted, not re-counted); her new '
           'line asks to stop the e-mails only and keep the paper catalog')

s = promo_thermo('Chidi', 'okaforfamily@gmail.com', 'AE-NL-2410-90215')
human('m23-gmail-family-account-replyto', C_MKT, 'en', 'gmail', 'customercare', T(2024, 10, 17, 21, 0, 38),
      ('The Okafor Family', 'okaforfamily@gmail.com'), s, reply_to=('Chidi Okafor', 'chidi.okafor@outlook.com'),
      segs=[NEW("This is Chidi Okafor, the account holder. Please stop the marketing e-mails and mailers to our "
                "house. We share this e-mail address as a family, so please answer me at my own address (it's set "
                "as reply-to).\n\nChidi Okafor\nAccount 4410 2291 08"), Q(s)],
      labels=[MKT], entities={'name': 'Chidi Okafor', 'account': '4410 2291 08'},
      note='shared family mailbox in From, the account holder in Reply-To and he asks to be answered there: '
           'ack_to is the Reply-To')

s = promo_solar('Gene', 'gwilkerson@comcast.net')
human('m24-zimbra-top-solar-remove', C_MKT, 'en', 'zimbra', 'customercare', T(2024, 9, 17, 11, 15, 2),
      ('Gene Wilkerson', 'gwilkerson@comcast.net'), s, segs=[NEW('remove'), Q(s)], labels=[MKT],
      note='bare "remove" over our promotion (Xfinity/Zimbra "----- Original Message -----" block): a short reply '
           'under a promo is a marketing opt-out')

staff = staff_reply('dana', CC, 'Paula Grinde', 'pgrinde@gmail.com', T(2024, 12, 10, 11, 20, 9),
                    'RE: How do I stop the paper catalog?',
                    "Hi Paula,\n\nI've removed your address from the PowerHouse Catalog mailing list. Catalogs that "
                    "were already printed may keep arriving for 6 to 8 weeks.\n\nWould you also like us to stop "
                    "sending you promotional e-mails from Alliant Energy?", T(2024, 12, 9, 18, 2),
                    'How do I stop the paper catalog?',
                    "How do I stop the paper catalog? It comes every month.\n\nPaula")
human('m25-gmail-inline-staff-yes', C_MKT, 'en', 'gmail', 'customercare', T(2024, 12, 10, 19, 2, 44),
      ('Paula Grinde', 'pgrinde@gmail.com'), staff,
      segs=[Q(staff, 0, 3), NEW('Yes.'), Q(staff, 3)], labels=[MKT],
      note='"Yes." typed inline right under staff\'s question "Would you also like us to stop sending you '
           'promotional e-mails?": the short answer takes its meaning from the question it answers')

s = promo_assess('Adriana', 'asolis@icloud.com')
human('m26-iphone-es-top-assess', C_MKT, 'es', 'iphone', 'customercare', T(2025, 1, 16, 8, 3, 20),
      ('Adriana Solís', 'asolis@icloud.com'), s,
      segs=[NEW('Favor de quitarme de su lista de correos de ofertas. Gracias.'), SIG('Enviado desde mi iPhone'), Q(s)],
      labels=[MKT], note='Spanish iPhone reply ("Enviado desde mi iPhone", Spanish attribution): remove me from '
                         'your offers mailing list')

human('m27-gmail-listunsub-button-holiday', C_SOFT, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 12, 15, 40, 22),
      ('Carla Jessen', 'cjessen@gmail.com'), None, mode='new', to=(None, PH), subject='unsubscribe',
      program='Gmail Unsubscribe button (List-Unsubscribe mailto)',
      plain_only='This message was automatically generated by Gmail.\n', labels=[MKT],
      note='Gmail\'s Unsubscribe button mailed the catalog e-mail\'s List-Unsubscribe mailto: a person pressed it, '
           'so not automated; unsubscribing from a catalog e-mail is a marketing opt-out, never a sharing one')

human('m28-sweepbox-unsub-autosubmitted', C_SOFT, 'en', 'gmail', 'customercare', T(2024, 10, 19, 3, 12, 50),
      ('Nate Olmstead', 'nolmstead@gmail.com'), None, mode='new', to=(None, CC), subject='unsubscribe',
      program='Sweepbox unsubscriber (via Gmail API)',
      plain_only=('unsubscribe\n\nThis request was sent by Sweepbox on behalf of nolmstead@gmail.com, who chose to '
                  'unsubscribe from "Alliant Energy" (AE-NL-2410-77120).\n'),
      extra_headers=['Auto-Submitted: auto-generated', 'X-Mailer: Sweepbox Unsubscriber/3.2'],
      labels=[MKT], ack=None,
      note='inbox-cleaning service unsubscribing for a person via our List-Unsubscribe address: human intent, '
           'marketing opt-out, but Auto-Submitted is set so no acknowledgement (RFC 3834)')

s = promo_thermo('Marv', 'marvlindgren@gmail.com', 'AE-NL-2410-33019')
human('m29-gmail-bottom-thermo-subject-changed', C_MKT, 'en', 'gmail', 'customercare', T(2024, 10, 17, 6, 55, 33),
      ('Marv Lindgren', 'marvlindgren@gmail.com'), s, subject='unsubscribe',
      segs=[Q(s), NEW('unsubscribe')], labels=[MKT],
      note='bottom-post "unsubscribe" under the quoted promo, and he rewrote the subject to "unsubscribe" '
           '(a subject he typed counts, unlike "Re:" of ours)')

s = news_dec('Lorena', 'lhatchmx@outlook.com')
human('m30-outlookios-es-top-news', C_MKT, 'es', 'outlook_ios', 'customercare', T(2024, 12, 5, 12, 12, 8),
      ('Lorena Hatch', 'lhatchmx@outlook.com'), s,
      segs=[NEW('Por favor, quítenme de los correos de consejos. No los leo. Gracias.'), SIG('Get Outlook for iOS'),
            Q(s)], labels=[MKT],
      note='Spanish, Outlook for iOS ("Get Outlook for iOS" signature, Spanish header block): take me off the '
           'tips e-mails = newsletter opt-out')

# ---------------------------------------------------------------- catalog-sharing opt-outs
s = promo_holiday('Joan Sorensen', 'jsorensen.ames@gmail.com', 'PH-2411-51190')
human('c01-gmail-inline-holiday-share-para', C_SHARE, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 12, 18, 30, 4),
      ('Joan Sorensen', 'jsorensen.ames@gmail.com'), s,
      segs=[Q(s, 'share', 'share'), NEW('Consider this my note: please do not share my name and address with anyone. '
                                        'I still want the catalog though, I order from it every year!'),
            SIG('Joan Sorensen')],
      labels=[SHARE], entities={'name': 'Joan Sorensen'},
      note='quotes only our sharing paragraph and answers under it; keeps the catalog, so sharing opt-out only')

s = promo_holiday('Phillip Dvorak', 'pdvorak@live.com')
human('c02-outlookhome-blueline-holiday-marker', C_SHARE, 'en', 'outlook_home', 'powerhousecatalog',
      T(2024, 11, 13, 9, 20, 41), ('Phil Dvorak', 'pdvorak@live.com'), s,
      segs=[Q(s, 0, 'share'), MARK('Please do NOT share or rent my name and address. Keep sending me the catalog.'),
            Q(s, 'unsub')],
      me={'inline': True, 'marker': 'Phil Dvorak'}, labels=[SHARE], entities={'name': 'Phil Dvorak'},
      note='Outlook blue-line inline comment between our sharing and unsubscribe paragraphs; our "To unsubscribe" '
           'line below it is not his; he keeps the catalog')

s = promo_clearance('Irene Haas', 'ihaas@tds.net')
human('c03-tb-top-clearance-custno', C_SHARE, 'en', 'tb', 'powerhousecatalog', T(2025, 2, 5, 10, 10, 29),
      ('Irene Haas', 'ihaas@tds.net'), s,
      segs=[NEW("Hello,\n\nI love the catalog and want to keep getting it. But I would rather you didn't pass my name "
                "along to other catalog companies. My customer number from the back cover is 4410-092-7."),
            SIG('Irene Haas'), Q(s)],
      labels=[SHARE], entities={'name': 'Irene Haas', 'account': '4410-092-7'},
      note='Thunderbird HTML top-post with moz-cite-prefix quote; keep the catalog, don\'t pass the name along')

s = promo_holiday('Gregory Tollefson', 'gtollefson@me.com')
human('c04-ipad-top-holiday-dont-sell', C_SHARE, 'en', 'ipad', 'powerhousecatalog', T(2024, 11, 16, 22, 10, 5),
      ('Greg Tollefson', 'gtollefson@me.com'), s,
      segs=[NEW("Don't sell my info to other companies."), SIG('Sent from my iPad'), Q(s)], labels=[SHARE],
      note='"Don\'t sell my info" is the do-not-sell wording of a sharing opt-out; nothing about stopping mail')

s = promo_holiday('Verna Stoltz', 'vstoltz@yahoo.com')
human('c05-yahoo-top-holiday-as-it-says', C_SHARE, 'en', 'yahoo', 'powerhousecatalog', T(2024, 11, 14, 13, 25, 50),
      ('Verna Stoltz', 'vstoltz@yahoo.com'), s,
      segs=[NEW('As it says at the bottom, I do not want my name and address given to the other catalog '
                'companies.\n\nVerna Stoltz\n52060'), Q(s)],
      labels=[SHARE], entities={'name': 'Verna Stoltz', 'postal_code': '52060'},
      note='her sentence points at our quoted footer ("as it says at the bottom"); the label comes from her own '
           'words; a bare ZIP under her name counts')

s = promo_holiday('Maria Ruiz', 'mariaelena.ruiz@gmail.com')
human('c06-gmail-es-top-holiday-share', C_SHARE, 'es', 'gmail', 'powerhousecatalog', T(2024, 11, 19, 20, 40, 18),
      ('María Elena Ruiz', 'mariaelena.ruiz@gmail.com'), s,
      segs=[NEW('Buenas tardes,\n\nNo quiero que compartan mi nombre ni mi dirección con otras compañías de '
                'catálogos. Sigan mandándome el catálogo, por favor, me gusta mucho.\n\nMaría Elena Ruiz\n'
                '1520 3rd Ave SE, Cedar Rapids, IA 52403'), Q(s)],
      labels=[SHARE], entities={'name': 'María Elena Ruiz', 'postal_code': '52403'},
      note='Spanish: do not share my name or address, keep sending the catalog; our greeting says "Maria Ruiz", '
           'her signature "María Elena Ruiz" is the one that counts')

s = promo_holiday('Alan Whitcomb', 'awhitcomb@mercyfamilyclinic.org')
human('c07-outlookcorp-top-holiday-phi-disclaimer', C_SHARE, 'en', 'outlook_corp', 'powerhousecatalog',
      T(2024, 11, 20, 12, 45, 37), ('Whitcomb, Alan', 'awhitcomb@mercyfamilyclinic.org'), s,
      segs=[NEW('Please keep me on the catalog but do not exchange or rent my name to other mailers.'),
            SIG('Dr. Alan Whitcomb\nMercy Family Clinic\n\nThis message may contain protected health information '
                '(PHI). If you received it in error, notify the sender immediately and delete it. Do not forward, '
                'share or disclose its contents.'), Q(s)],
      labels=[SHARE], entities={'name': 'Alan Whitcomb'},
      note='sharing opt-out from a clinic address; the PHI disclaimer\'s "do not share" is boilerplate; name taken '
           'without the "Dr." title')

staff = staff_reply('marcus', PH, 'Herb Lutz', 'herblutz@gmail.com', T(2024, 11, 26, 9, 12, 55),
                    'RE: stop emails',
                    "Hi Herb,\n\nDone: you won't receive PowerHouse Catalog e-mails anymore. The printed catalog "
                    "will still come unless you tell us otherwise.\n\nThe catalog also occasionally shares its "
                    "customer list with other catalog companies. Would you like us to keep your name off that "
                    "list too?", T(2024, 11, 25, 20, 31), 'stop emails',
                    "Please stop the catalog e-mails.\n\nHerb Lutz")
human('c08-gmail-top-staff-yes-please', C_SHARE, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 26, 16, 20, 47),
      ('Herb Lutz', 'herblutz@gmail.com'), staff, segs=[NEW('Yes please.'), Q(staff)], labels=[SHARE],
      note='"Yes please." answering staff\'s question "Would you like us to keep your name off that list too?"; '
           'his earlier e-mail opt-out in the quote is already done and is not counted again')

s = promo_holiday('Nora Fitzgerald', 'nfitzgerald@gmail.com', 'PH-2411-66502')
human('c09-gmail-fwd-holiday-count-me-out', C_SHARE, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 21, 8, 50, 13),
      ('Nora Fitzgerald', 'nfitzgerald@gmail.com'), s, mode='fwd', to=(None, PH),
      segs=[NEW('See the part at the bottom about sharing names with other catalogs. Count me out of that, please. '
                'Keep the catalog coming.\n\nNora Fitzgerald'), FWD(s)],
      labels=[SHARE], entities={'name': 'Nora Fitzgerald'},
      note='forward of our catalog e-mail pointing at its sharing footer: "count me out of that" + keep the catalog')

s = promo_holiday('Leon Pfaff', 'lpfaff@windstream.net')
human('c10-tbplain-inline-holiday-no', C_SHARE, 'en', 'tb_plain', 'powerhousecatalog', T(2024, 11, 12, 22, 47, 2),
      ('Leon Pfaff', 'lpfaff@windstream.net'), s,
      segs=[Q(s, 'share', 'share'), NEW('No. Not with my name.'), Q(s, 'unsub'), SIG('Leon')],
      labels=[SHARE], entities={'name': 'Leon'},
      note='"No. Not with my name." only makes sense under the quoted sharing paragraph it answers; plain text, '
           'format=flowed; signed with a first name')

a = ack('treimer@icloud.com', T(2024, 12, 2, 18, 55, 30), 'December 2, 2024', 'CC-2024-12-00412')
human('c11-iphone-reply-ack-add-share', C_SHARE, 'en', 'iphone', 'customercare', T(2024, 12, 2, 19, 30, 15),
      ('Tanya Reimer', 'treimer@icloud.com'), a,
      segs=[NEW("Also please don't share my name with the other catalog companies. Thank you"),
            SIG('Sent from my iPhone'), Q(a)],
      labels=[SHARE],
      note='human reply to the bot\'s acknowledgement that adds a new, explicit request; the ack\'s own '
           'opt-out/sharing sentences are quoted; it asks for something, so it is acknowledged')

human('c12-webform-ph-share-custno', C_SHARE, 'en', 'webform', 'powerhousecatalog', T(2024, 11, 23, 11, 11, 40),
      ('Alliant Energy Web Forms', NOREPLY), None, mode='new', to=(None, PH),
      reply_to=('Delores Yoder', 'dyoder.kalona@gmail.com'), subject='Contact Us: PowerHouse Catalog',
      form_text=('A message was submitted through the Contact Us form on alliantenergy.com.\n\n'
                 'Name: Delores Yoder\nE-mail: dyoder.kalona@gmail.com\nPhone:\nService address ZIP: 52641\n'
                 'Account number (optional): \nTopic: PowerHouse Catalog\n\nMessage:\n'
                 'Please do not rent or sell my name and address. From my mailing label: customer # 55-20931.\n'
                 'I copied this line from your e-mail:\n'
                 '> If you prefer that we not share your name and address, write to '
                 'powerhousecatalog@alliant-energy.com.\n\n--\nSubmitted 11/23/2024 11:10 AM CST from 98.41.7.203\n'),
      labels=[SHARE], entities={'name': 'Delores Yoder', 'postal_code': '52641', 'account': '55-20931'},
      note='Contact Us relay routed to the catalog mailbox; her sentence asks not to rent/sell her name; the '
           'pasted ">" line is ours; ack goes to the Reply-To')

s = promo_holiday('Lucia Herrera', 'luciaherrera@outlook.com')
human('c13-owa-mixed-holiday-share', C_SHARE, 'mixed', 'owa', 'powerhousecatalog', T(2024, 11, 15, 17, 17, 6),
      ('Lucía Herrera', 'luciaherrera@outlook.com'), s,
      segs=[NEW("Hi, I'm OK with the catalog, pero no compartan mis datos con nadie, por favor.\n\nLucía"), Q(s)],
      labels=[SHARE], entities={'name': 'Lucía'},
      note='English/Spanish mix: keep the catalog, "no compartan mis datos con nadie" = do not share; first name only')

s = promo_holiday('Arlene Vogt', 'avogt44@aol.com')
human('c14-aol-top-holiday-junk', C_SHARE, 'en', 'aol', 'powerhousecatalog', T(2024, 11, 17, 9, 2, 58),
      ('Arlene Vogt', 'avogt44@aol.com'), s,
      segs=[NEW('do not give my address to other catalogs. i get too much junk mail as it is'), Q(s)],
      labels=[SHARE],
      note='"do not give my address to other catalogs"; the junk-mail remark is a reason, not a request to stop '
           'our catalog')

staff = staff_reply('marcus', PH, 'Margaret Hollister', 'mhollister50@gmail.com', T(2024, 12, 13, 9, 40, 21),
                    'RE: Sharing my name',
                    "Hello,\n\nWe're glad to help. To finish your request not to share your name, could you send the "
                    "name and ZIP code exactly as they appear on your catalog mailing label?",
                    T(2024, 12, 12, 15, 2), 'Sharing my name',
                    "Please don't share my name with the other catalogs.\n\nMargaret Hollister")
human('c15-gmail-inline-staff-label-details', C_SHARE, 'en', 'gmail', 'powerhousecatalog',
      T(2024, 12, 13, 20, 5, 30), ('Margaret Hollister', 'mhollister50@gmail.com'), staff,
      segs=[Q(staff, 0, 2), NEW('MARGARET A HOLLISTER\n52001-4417'), Q(staff, 2)],
      labels=[SHARE], entities={'name': 'MARGARET A HOLLISTER', 'postal_code': '52001-4417'},
      note='inline answer to staff\'s "send the name and ZIP exactly as on your label" question, which was about '
           'finishing her sharing opt-out; label-style upper-case name and ZIP+4 kept as written')

# ---------------------------------------------------------------- both opt-outs
s = promo_holiday('Kevin Brandau', 'kbrandau@gmail.com', 'PH-2411-71243')
human('b01-gmail-top-holiday-everything', C_BOTH, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 12, 20, 20, 35),
      ('Kevin Brandau', 'kbrandau@gmail.com'), s,
      segs=[NEW("Please stop sending me the catalog and the e-mails, and don't share my name with anyone."),
            SIG('Kevin Brandau\n2204 Linden Dr, Ames, IA 50010'), Q(s)],
      labels=[MKT, SHARE], entities={'name': 'Kevin Brandau', 'postal_code': '50010'},
      note='both opt-outs in one sentence; his signature address gives the ZIP (ours in the quote is 53718)')

s = promo_holiday('Nancy Ehler', 'nehler@ehlerhardware.com')
human('b02-outlookcorp-blueline-two-markers', C_BOTH, 'en', 'outlook_corp', 'powerhousecatalog',
      T(2024, 11, 13, 11, 35, 20), ('Nancy Ehler', 'nehler@ehlerhardware.com'), s,
      segs=[Q(s, 0, 'share'), MARK('Do not share mine.'), Q(s, 'unsub', 'unsub'), MARK('Unsubscribe me as well.'),
            Q(s, 'addr')],
      me={'inline': True, 'marker': 'Nancy Ehler'}, labels=[MKT, SHARE], entities={'name': 'Nancy Ehler'},
      note='two Outlook inline comments, each under the paragraph it answers: "Do not share mine." under the '
           'sharing paragraph, "Unsubscribe me as well." under the unsubscribe paragraph')

s = promo_holiday('Roy Gutknecht', 'rgutknecht@yahoo.com')
human('b03-yahoo-top-holiday-everything', C_BOTH, 'en', 'yahoo', 'powerhousecatalog', T(2024, 11, 14, 6, 45, 9),
      ('Roy Gutknecht', 'rgutknecht@yahoo.com'), s,
      segs=[NEW("Take me off everything. No catalogs, no e-mails, and don't sell my name."), Q(s)],
      labels=[MKT, SHARE], note='no catalogs/no e-mails + don\'t sell my name')

inner = promo_holiday('Richard Paulsen', 'richard.paulsen@mchsi.com')
s = fwd_src('tb', 'Richard Paulsen', 'richard.paulsen@mchsi.com', 'Ellen Paulsen', 'epaulsen@gmail.com',
            T(2024, 11, 15, 21, 10, 2), "Ellen, you handle these. I don't want the catalog.\n\nRich", inner)
human('b04-gmail-fwdfwd-joint-holders', C_BOTH, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 16, 10, 30, 44),
      ('Ellen Paulsen', 'epaulsen@gmail.com'), s, mode='fwd', to=('PowerHouse Catalog', PH),
      segs=[NEW('Hello,\n\nWe are both on the account at 2207 Prairie View Dr, Marion IA 52302. Please stop sending us '
                'the PowerHouse catalog and do not share our names with other companies.\n\nRichard and Ellen '
                'Paulsen'), FWD(s)],
      labels=[MKT, SHARE], entities={'name': 'Richard and Ellen Paulsen', 'postal_code': '52302'},
      note='"Fwd: Fwd:" from the husband (Thunderbird forward, quoted) to the wife who writes for both joint '
           'account holders: standing is clear; joint name kept joint')

s = promo_holiday('Dustin Meyer', 'dmeyer@icloud.com', 'PH-2411-10962')
human('b05-iphone-top-holiday-stop-dont-share', C_BOTH, 'en', 'iphone', 'powerhousecatalog', T(2024, 11, 12, 9, 58, 1),
      ('Dustin Meyer', 'dmeyer@icloud.com'), s,
      segs=[NEW("Stop. And don't share my name."), SIG('Sent from my iPhone'), Q(s)], labels=[MKT, SHARE],
      note='"Stop." under a promotion = marketing opt-out; "don\'t share my name" = sharing opt-out')

s = promo_holiday('Jose Cardenas', 'jlcardenas@gmail.com')
human('b06-gmail-es-top-holiday-both', C_BOTH, 'es', 'gmail', 'powerhousecatalog', T(2024, 11, 20, 18, 5, 39),
      ('José Luis Cárdenas', 'jlcardenas@gmail.com'), s,
      segs=[NEW('Por favor, dejen de enviarme el catálogo y no vendan mi nombre a otras empresas.\n\nAtentamente,\n'
                'José Luis Cárdenas'), Q(s)],
      labels=[MKT, SHARE], entities={'name': 'José Luis Cárdenas'},
      note='Spanish: stop sending the catalog and do not sell my name; the quoted greeting spells the name without '
           'accents, his signature is used')

s = promo_clearance('Frank Bauerle', 'fbauerle@frontier.com')
human('b07-tb-bottom-clearance-biz-sig', C_BOTH, 'en', 'tb', 'powerhousecatalog', T(2025, 2, 6, 14, 0, 27),
      ('Frank Bauerle', 'fbauerle@frontier.com'), s,
      segs=[Q(s), NEW('Remove me from the PowerHouse mailing list and from any list you rent out to other companies.'),
            SIG('Frank Bauerle\nBauerle Tax & Bookkeeping\n408 Main St, Decorah IA 52101\n563-555-0129\n\n'
                '"The hardest thing in the world to understand is the income tax." - A. Einstein')],
      labels=[MKT, SHARE], entities={'name': 'Frank Bauerle', 'postal_code': '52101'},
      note='bottom-post under the clearance e-mail; "any list you rent out" is the sharing half; ZIP from his own '
           'signature block')

s = promo_holiday('Tiffany Roe', 'troe.qc@gmail.com', 'PH-2411-80077')
human('b08-samsung-top-holiday-both', C_BOTH, 'en', 'samsung', 'powerhousecatalog', T(2024, 11, 13, 21, 14, 52),
      ('Tiffany Roe', 'troe.qc@gmail.com'), s,
      segs=[NEW('unsubscribe and do not share my name'), SIG('Sent from my Galaxy'), Q(s)], labels=[MKT, SHARE],
      note='Samsung Email (base64 parts) over the catalog e-mail: unsubscribe + do not share')

# ---------------------------------------------------------------- questions
b = bill('Lori', 'lharmsen@gmail.com', T(2024, 11, 8, 6, 0, 12), '4471', '142.18', 'November 29, 2024')
human('q01-gmail-inline-bill-too-high', C_Q, 'en', 'gmail', 'customercare', T(2024, 11, 8, 12, 40, 3),
      ('Lori Harmsen', 'lharmsen@gmail.com'), b,
      segs=[Q(b, 0, 'amount'), NEW('Why is this so high?? It was about $80 last month and nothing changed at our '
                                   'house.'), Q(b, 'btn')],
      labels=[QUES],
      note='inline billing question under the quoted amount; the quoted footer "even if you have opted out of '
           'marketing" and "account ending in 4471" are ours, not hers')

staff = staff_reply('renee', CC, 'Harold Jensen', 'hjensen@hotmail.com', T(2024, 11, 21, 14, 2, 10),
                    'RE: stop the catalogs',
                    "Hello Harold,\n\nWe processed your request on November 20. Your name and address have been "
                    "removed from the PowerHouse Catalog mailing list and from Alliant Energy's marketing mail.",
                    T(2024, 11, 18, 10, 15), 'stop the catalogs',
                    "Please stop the catalogs, we get two every month.\n\nHarold Jensen")
human('q02-outlookhome-top-staff-how-long', C_Q, 'en', 'outlook_home', 'customercare', T(2024, 12, 2, 10, 10, 42),
      ('Harold Jensen', 'hjensen@hotmail.com'), staff,
      segs=[NEW('Thank you. How long until the paper catalogs stop? I got another one yesterday.\n\nHarold'), Q(staff)],
      labels=[QUES], entities={'name': 'Harold'},
      note='reply to staff\'s confirmation: "how long until the catalogs stop?" is a question about an opt-out '
           'already made, not a new opt-out')

s = promo_holiday('Brenda Kolb', 'bkolb@yahoo.com')
human('q03-yahoo-top-holiday-which-companies', C_Q, 'en', 'yahoo', 'powerhousecatalog', T(2024, 11, 13, 16, 0, 48),
      ('Brenda Kolb', 'bkolb@yahoo.com'), s,
      segs=[NEW('Which companies do you share my name with? I would like to know before I decide anything.\n\n'
                'Brenda Kolb'), Q(s)],
      labels=[QUES], entities={'name': 'Brenda Kolb'},
      note='asks with whom names are shared and explicitly has not decided: a question, not a sharing opt-out')

s = promo_solar('Ashley', 'ashtrujillo@gmail.com')
human('q04-gmail-top-solar-signup', C_Q, 'en', 'gmail', 'customercare', T(2024, 9, 18, 8, 20, 17),
      ('Ashley Trujillo', 'ashtrujillo@gmail.com'), s,
      segs=[NEW('How do I sign up? And is there a fee if I cancel later on?'), Q(s)], labels=[QUES],
      note='interested reply to the promo (wanting more is a question); the quoted opt-out footer is ours')

o = outage('cstrand@icloud.com', T(2024, 12, 28, 23, 10, 5), 'the Walnut Street area of Dubuque', restored=True)
human('q05-iphone-top-outage-still-out', C_Q, 'en', 'iphone', 'customercare', T(2024, 12, 28, 23, 31, 40),
      ('Caleb Strand', 'cstrand@icloud.com'), o,
      segs=[NEW('Our power is still out at 1420 Walnut St. Your alert says restored. When will it be fixed? We have '
                'a baby at home.'), SIG('Sent from my iPhone'), Q(o)],
      labels=[QUES],
      note='service question in reply to a "power restored" alert (Reply-To brings it to customercare); the '
           'alert footer\'s "To stop outage alerts" is ours')

a = ack('swojcik@mchsi.com', T(2024, 11, 4, 9, 30, 11), 'November 4, 2024', 'CC-2024-11-00871')
human('q06-tb-reply-ack-confirm-status', C_Q, 'en', 'tb', 'customercare', T(2025, 1, 6, 9, 12, 33),
      ('Stanley Wojcik', 'swojcik@mchsi.com'), a,
      segs=[NEW('Hello,\n\nYou logged my request in November but I got another catalog this week. Can you confirm my '
                'opt-out went through?'), SIG('Stanley Wojcik\nAccount 2210-7761-034'), Q(a)],
      labels=[QUES], entities={'name': 'Stanley Wojcik', 'account': '2210-7761-034'},
      note='reply to our acknowledgement asking about the status of an earlier opt-out: a question (not a new '
           'opt-out, not a loop), so it gets an answer')

b = bill('Midwest Fabricators', 'ap@midwestfabricators.com', T(2024, 12, 6, 6, 0, 40), '0812', '3,418.77',
         'December 27, 2024')
human('q07-outlookcorp-ap-bill-address-change', C_Q, 'en', 'outlook_corp', 'customercare', T(2024, 12, 9, 14, 5, 21),
      ('Accounts Payable', 'ap@midwestfabricators.com'), b,
      segs=[NEW('Hello,\n\nPlease update the mailing address for this account to PO Box 88, Ankeny, IA 50021. Our '
                'account number is 9920 4411 08.'),
            SIG('Thank you,\nLisa Brandenburg\nAccounts Payable | Midwest Fabricators Inc.\n\n'
                'The information contained in this e-mail is confidential and intended solely for the addressee. If '
                'you are not the intended recipient, please delete it and notify the sender. Midwest Fabricators '
                'does not sell or share customer information.'), Q(b)],
      labels=[QUES], entities={'name': 'Lisa Brandenburg', 'postal_code': '50021', 'account': '9920 4411 08'},
      note='business AP role mailbox (no Reply-To, so ack to From) replying to a bill notice: change of address; '
           'the disclaimer\'s "does not sell or share" is theirs, about their own customers')

staff = staff_reply('marcus', PH, 'Wendy Fairchild', 'wfairchild@gmail.com', T(2024, 10, 3, 13, 44, 2),
                    'RE: catalog list',
                    "Hi Wendy,\n\nYou've been removed from the PowerHouse Catalog mailing list. Please allow 6 to 8 "
                    "weeks for catalogs already in the mail.", T(2024, 10, 2, 8, 5), 'catalog list',
                    "Please remove me from the catalog list.\n\nWendy Fairchild")
human('q08-gmail-top-staff-opt-back-in', C_Q, 'en', 'gmail', 'powerhousecatalog', T(2024, 12, 1, 17, 45, 9),
      ('Wendy Fairchild', 'wfairchild@gmail.com'), staff,
      segs=[NEW('Hi, I changed my mind. Please put me back on the catalog list, I miss it! Same address as before.\n\n'
                'Wendy Fairchild'), Q(staff)],
      labels=[QUES], entities={'name': 'Wendy Fairchild'},
      note='opting back in (a question); the removal in the quoted thread is old and not a new opt-out')

s = news_dec('Gordon', 'gfisk@outlook.com')
human('q09-owa-top-news-data-copy', C_Q, 'en', 'owa', 'customercare', T(2024, 12, 6, 19, 40, 55),
      ('Gordon Fisk', 'gfisk@outlook.com'), s,
      segs=[NEW("What information do you have about me? I'd like a copy of whatever you keep on file, including "
                "where you got my e-mail address.\n\nGordon Fisk"), Q(s)],
      labels=[QUES], entities={'name': 'Gordon Fisk'},
      note='data access request (a clear question); he does not ask to stop the newsletter he is answering')

b = bill('Alma', 'almareyes@yahoo.com', T(2024, 12, 5, 6, 0, 3), '2290', '96.40', 'December 26, 2024')
human('q10-yahoo-es-bill-charged-twice', C_Q, 'es', 'yahoo', 'customercare', T(2024, 12, 5, 19, 19, 40),
      ('Alma Reyes', 'almareyes@yahoo.com'), b,
      segs=[NEW('Buenas noches,\n\n¿Por qué me cobraron dos veces este mes? Ya pagué el 3 de diciembre con mi '
                'tarjeta.\n\nAlma Reyes'), Q(b)],
      labels=[QUES], entities={'name': 'Alma Reyes'},
      note='Spanish billing question under a bill notice (Yahoo in Spanish, "escribió:")')

p = payrem('Duane', 'dhofer@gmail.com', T(2025, 1, 20, 7, 0, 9), '6630', '118.50', 'January 24, 2025')
human('q11-mac-top-payrem-already-paid', C_Q, 'en', 'mac', 'customercare', T(2025, 1, 20, 9, 40, 14),
      ('Duane Hofer', 'dhofer@gmail.com'), p,
      segs=[NEW('I paid this on the 3rd, confirmation #A88213. Please check your records and stop sending me reminders '
                'for a bill I already paid.\n\nDuane'), Q(p)],
      labels=[QUES], entities={'name': 'Duane'},
      note='"stop sending me reminders" is about a payment reminder (a service message), so it is a billing '
           'complaint, not a marketing opt-out; the confirmation number is not an account number')

s = promo_assess('Olivia', 'opetersen22@gmail.com')
human('q12-gmail-top-assess-sign-me-up', C_Q, 'en', 'gmail', 'customercare', T(2025, 1, 14, 13, 10, 28),
      ('Olivia Petersen', 'opetersen22@gmail.com'), s,
      segs=[NEW("Yes, sign me up! I'm home weekdays after 3 pm.\n\nOlivia Petersen\n2117 Grand Ave, Spencer IA 51301"),
            Q(s)],
      labels=[QUES], entities={'name': 'Olivia Petersen', 'postal_code': '51301'},
      note='"yes, sign me up" to a promotion: wanting more is a question; the quoted "Unsubscribe / opt out" is ours')

s = promo_holiday('Cheryl Maas', 'cmaas@outlook.com')
human('q13-owa-top-holiday-how-to-stop', C_Q, 'en', 'owa', 'powerhousecatalog', T(2024, 11, 22, 15, 15, 37),
      ('Cheryl Maas', 'cmaas@outlook.com'), s,
      segs=[NEW("How do I stop the paper catalog? I looked all over your website and can't find it."), Q(s)],
      labels=[QUES],
      note='a question about how to opt out is a question only; she does not ask us to do it')

inner = bill('Joseph', 'joekubik@mchsi.com', T(2024, 9, 9, 6, 0, 33), '4520', '67.90', 'September 30, 2024')
s = fwd_src('tb', 'Joseph Kubik', 'joekubik@mchsi.com', 'Daniel Kubik', 'dkubik@gmail.com', T(2024, 9, 10, 8, 12, 7),
            "Dan, can you look at this? I don't understand the amount.\n\nDad", inner)
human('q14-gmail-fwdfwd-executor-close-account', C_Q, 'en', 'gmail', 'customercare', T(2024, 11, 4, 11, 30, 2),
      ('Daniel Kubik', 'dkubik@gmail.com'), s, mode='fwd', to=(None, CC),
      segs=[NEW('Hello,\n\nMy father, Joseph Kubik, passed away on October 12. I am the executor of his estate. He '
                'forwarded me this bill before he died. How do we close his account and have the final bill sent to '
                'me? His account number is 3301 8845 20 and the service address is 905 Maple Ln, Tama IA 52339.\n\n'
                'Daniel Kubik\n641-555-0177'), FWD(s)],
      labels=[QUES], entities={'name': 'Joseph Kubik', 'postal_code': '52339', 'account': '3301 8845 20'},
      note='"Fwd: Fwd:" of a bill the late father had forwarded; the executor (clear standing) asks how to close '
           'the account; entities name the father, the person the request is about')

p = payrem('Luella', 'lbright@aol.com', T(2024, 10, 25, 7, 0, 51), '5518', '77.31', 'October 23, 2024')
human('q15-aol-top-payrem-late-fee-complaint', C_Q, 'en', 'aol', 'customercare', T(2024, 10, 25, 10, 2, 26),
      ('Luella Bright', 'lbright@aol.com'), p,
      segs=[NEW('Your reminder came two days AFTER the due date. What is the point?? And now there is a late fee on '
                'my account. I want it taken off.'), Q(p)],
      labels=[QUES], note='complaint about a payment reminder and a late fee: needs a human answer')

s = promo_holiday('Ruth Engebretson', 'rengebretson@netins.net')
human('q16-tbplain-inline-holiday-policy-q', C_Q, 'en', 'tb_plain', 'powerhousecatalog', T(2024, 11, 14, 20, 30, 18),
      ('Ruth Engebretson', 'rengebretson@netins.net'), s,
      segs=[Q(s, 'share', 'share'),
            NEW('Does that include my phone number? And how often does that happen? I have not decided yet whether '
                'to write in.'), Q(s, 'unsub', 'unsub'), SIG('Ruth Engebretson')],
      labels=[QUES], entities={'name': 'Ruth Engebretson'},
      note='questions asked about the quoted sharing paragraph; asking whether/what is shared is not itself an '
           'opt-out')

o = outage('dvann@gmail.com', T(2024, 9, 24, 18, 40, 30), 'parts of northwest Cedar Rapids', eta='9:30 PM',
           affected='1,214')
human('q17-gmailandroid-top-outage-text-alerts', C_Q, 'en', 'gmail_android', 'customercare',
      T(2024, 9, 24, 19, 5, 12), ('Derek Vann', 'dvann@gmail.com'), o,
      segs=[NEW('Is there a way to get these alerts by text instead of email? I never see them in time.'), Q(o)],
      labels=[QUES], note='service question about outage alerts; the quoted "To stop outage alerts" line is ours')

# ---------------------------------------------------------------- opt-out + question
s = promo_thermo('Tammy', 'tschultz@gmail.com', 'AE-NL-2410-44810')
human('oq01-gmail-top-thermo-remove-bill-q', C_OQ, 'en', 'gmail', 'customercare', T(2024, 10, 15, 20, 25, 30),
      ('Tammy Schultz', 'tschultz@gmail.com'), s,
      segs=[NEW('Remove me from your marketing list. Also, why did my bill go up $40 this month?\n\nTammy'), Q(s)],
      labels=[MKT, QUES], entities={'name': 'Tammy'}, note='opt-out plus an unrelated billing question')

s = news_dec('Rick', 'rvanderploeg@pellafarmsupply.com')
human('oq02-outlookcorp-blueline-news-complaint', C_OQ, 'en', 'outlook_corp', 'customercare',
      T(2024, 12, 3, 9, 45, 12), ('Rick Vander Ploeg', 'rvanderploeg@pellafarmsupply.com'), s,
      segs=[Q(s, 0, 'greet'), MARK('Why am I still getting these? I opted out in October. Unsubscribe me now.'),
            Q(s, 'tip1')],
      me={'inline': True, 'marker': 'Rick Vander Ploeg'}, labels=[MKT, QUES],
      entities={'name': 'Rick Vander Ploeg'},
      note='inline complaint that an earlier opt-out was ignored (question) plus a fresh "unsubscribe me now"')

s = promo_holiday('Yesenia Ortiz', 'yortiz@yahoo.com')
human('oq03-yahoo-mixed-holiday-share-q', C_OQ, 'mixed', 'yahoo', 'powerhousecatalog', T(2024, 11, 17, 22, 30, 1),
      ('Yesenia Ortiz', 'yortiz@yahoo.com'), s,
      segs=[Q(s, 0, 'share'), NEW('no compartan mi nombre por favor. Also can you tell me if you already gave it to '
                                  'somebody?'), Q(s, 'unsub')],
      labels=[SHARE, QUES],
      note='Yahoo inline answer under our sharing paragraph, Spanish + English: do not share my name, and has it '
           'already been shared? (sharing opt-out + question); Yahoo\'s text/plain quotes with no ">" markers')

s = promo_clearance('Brooke Lindell', 'blindell@icloud.com')
human('oq04-iphone-top-clearance-stop-and-move', C_OQ, 'en', 'iphone', 'powerhousecatalog', T(2025, 2, 5, 18, 40, 19),
      ('Brooke Lindell', 'blindell@icloud.com'), s,
      segs=[NEW('Stop the catalogs please. And update my address, I moved to 88 Birch Ct, Waverly IA 50677 in January. '
                'I still have electric service with you there.'), SIG('Sent from my iPhone'), Q(s)],
      labels=[MKT, QUES], entities={'postal_code': '50677'},
      note='stop the catalog (opt-out) and a change of address for her service (question); no name in her text')

s = promo_holiday('Martin Greiner', 'mgreiner@charter.net')
human('oq05-tb-bottom-holiday-share-how-often', C_OQ, 'en', 'tb', 'powerhousecatalog', T(2024, 11, 19, 21, 55, 43),
      ('Martin Greiner', 'mgreiner@charter.net'), s,
      segs=[Q(s, 0, 'share'), NEW("Please don't share my name. How often do you share the list, and with whom?"),
            Q(s, 'unsub'), SIG('Martin Greiner\nCustomer #: 300-218-4476')],
      labels=[SHARE, QUES], entities={'name': 'Martin Greiner', 'account': '300-218-4476'},
      note='Thunderbird inline answer typed right under our sharing paragraph: sharing opt-out plus a question '
           'about how often/with whom')

s = news_dec('Veronica', 'vhale@gmail.com')
human('oq06-gmail-fwd-news-stop-and-data', C_OQ, 'en', 'gmail', 'customercare', T(2024, 12, 8, 13, 13, 13),
      ('Veronica Hale', 'vhale@gmail.com'), s, mode='fwd', to=(None, CC),
      segs=[NEW('see below - please stop these. And can you send me a copy of what personal data you have on me?'),
            FWD(s)],
      labels=[MKT, QUES], note='forward of the newsletter: stop these (opt-out) + data copy request (question)')

s = promo_assess('Tom', 'treinholt@quadcityfab.com')
human('oq07-outlookcorp-top-assess-biz-all-three', C_OQ, 'en', 'outlook_corp', 'customercare',
      T(2025, 1, 15, 8, 20, 6), ('Tom Reinholt', 'treinholt@quadcityfab.com'), s,
      segs=[NEW('Good morning,\n\nPlease remove Quad City Fabrication from your promotional mailings (e-mail and '
                'postal), and do not share our name or address with outside companies.\n\nSeparately: who should I '
                'talk to about the LED lighting rebate for our shop? Our account is 5506 1183 92.'),
            SIG('Tom Reinholt | Facilities Manager\nQuad City Fabrication, Inc.\n2840 W 76th St, Davenport, IA 52806\n'
                '\nCONFIDENTIAL: This message is intended only for the named recipient. If you have received it in '
                'error, please delete it. Unsubscribe requests for Quad City Fabrication mailings go to '
                'marketing@quadcityfab.com.'), Q(s)],
      labels=[MKT, SHARE, QUES],
      entities={'name': 'Tom Reinholt', 'postal_code': '52806', 'account': '5506 1183 92'},
      note='business customer: both opt-outs + a rebate question; the signature\'s own "Unsubscribe requests ..." '
           'line is their boilerplate, ZIP from their signature address')

staff = staff_reply('marcus', PH, 'Phyllis Arndt', 'parndt@gmail.com', T(2024, 11, 27, 11, 3, 38),
                    'RE: Remove me',
                    "Hello Phyllis,\n\nYou have been removed from the PowerHouse Catalog mailing list. Please allow "
                    "6 to 8 weeks for catalogs already printed.", T(2024, 11, 26, 17, 45), 'Remove me',
                    "Remove me from the catalog mailing list please.\n\nPhyllis Arndt")
human('oq08-gmail-top-staff-emails-and-shared', C_OQ, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 27, 19, 50, 2),
      ('Phyllis Arndt', 'parndt@gmail.com'), staff,
      segs=[NEW('Thanks. Can you also stop the e-mails? And did you already share my name with anyone before this?'),
            Q(staff)],
      labels=[MKT, QUES],
      note='reply to staff\'s removal confirmation: "can you also stop the e-mails?" is the opt-out in question '
           'form; "did you already share my name?" needs an answer (not a sharing opt-out)')

# ---------------------------------------------------------------- unclear
s = promo_holiday('Kurt Heimer', 'kheimer@gmail.com', 'PH-2411-02231')
human('u01-gmail-empty-reply-holiday', C_UNC, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 12, 10, 30, 50),
      ('Kurt Heimer', 'kheimer@gmail.com'), s, segs=[NEW(''), Q(s)], unclear=True,
      note='reply with no new text at all: the only "unsubscribe"/"share your name" words are in our quoted footer')

s = promo_thermo('Jenna', 'jmarsh@hawkeyetitle.com', 'AE-NL-2410-55106')
human('u02-outlookcorp-signature-only-thermo', C_UNC, 'en', 'outlook_corp', 'customercare', T(2024, 10, 15, 13, 2, 19),
      ('Jenna Marsh', 'jmarsh@hawkeyetitle.com'), s,
      segs=[SIG('Jenna Marsh\nEscrow Officer | Hawkeye Title & Escrow\n319-555-0131\n\nWIRE FRAUD ALERT: Hawkeye Title '
                'will never change wiring instructions by e-mail. Always call to verify. To unsubscribe from Hawkeye '
                'Title marketing, reply STOP.'), Q(s)],
      unclear=True, entities={'name': 'Jenna Marsh'},
      note='new text is only her signature, whose own "reply STOP" boilerplate is about her firm\'s mail; nothing '
           'decidable was written')

s = news_dec('Arthur', 'aklemme@gmail.com')
human('u03-gmail-fwd-news-see-below', C_UNC, 'en', 'gmail', 'customercare', T(2024, 12, 3, 10, 0, 24),
      ('Arthur Klemme', 'aklemme@gmail.com'), s, mode='fwd', to=(None, CC),
      segs=[NEW('see below'), FWD(s)], unclear=True,
      note='forward of our newsletter with only "see below": nothing says what he wants')

b = bill('Nicole', 'nfrey@icloud.com', T(2024, 10, 7, 6, 0, 21), '3309', '61.02', 'October 28, 2024')
human('u04-iphone-stop-under-bill', C_UNC, 'en', 'iphone', 'customercare', T(2024, 10, 7, 7, 45, 50),
      ('Nicole Frey', 'nfrey@icloud.com'), b, segs=[NEW('STOP'), SIG('Sent from my iPhone'), Q(b)], unclear=True,
      note='"STOP" under a bill notice (a service message) is not a marketing opt-out: stop what? paper bill? '
           'the e-mails? service?')

o = outage('wkoch@yahoo.com', T(2025, 2, 11, 16, 20, 44), 'your neighborhood in Fort Dodge', restored=True)
human('u05-yahoo-stop-under-outage', C_UNC, 'en', 'yahoo', 'customercare', T(2025, 2, 11, 16, 41, 3),
      ('Wayne Koch', 'wkoch@yahoo.com'), o, segs=[NEW('Stop'), Q(o)], unclear=True,
      note='"Stop" under an outage alert whose quoted footer talks about stopping alerts: a service message, so '
           'not a marketing opt-out')

a = ack('rvos@gmail.com', T(2024, 10, 20, 21, 2, 9), 'October 20, 2024', 'CC-2024-10-00355')
human('u06-gmail-stop-reply-to-ack', C_UNC, 'en', 'gmail', 'customercare', T(2024, 10, 20, 21, 30, 27),
      ('Rachel Vos', 'rvos@gmail.com'), a, segs=[NEW('STOP'), Q(a)], unclear=True,
      note='a person answered our acknowledgement with "STOP": under our own ack it is not a marketing opt-out '
           '(stop the acks? the request?); not automated, so it is not a loop')

s = promo_solar('Tyler', 'tbeck@gmail.com')
human('u07-gmailandroid-emoji-solar', C_UNC, 'en', 'gmail_android', 'customercare', T(2024, 9, 20, 12, 0, 31),
      ('Tyler Beck', 'tbeck@gmail.com'), s, segs=[NEW('\U0001F44E'), Q(s)], unclear=True,
      note='only a thumbs-down emoji over the promo: nothing decidable')

inner = promo_holiday('Dorothy Lindahl', 'dlindahl@mchsi.com')
s = fwd_src('tb', 'Dorothy Lindahl', 'dlindahl@mchsi.com', 'Sarah Lindahl-Moore', 'slindahlmoore@gmail.com',
            T(2024, 11, 17, 9, 30, 12), "Sarah, I don't know how to stop these.\n\nMom", inner)
human('u08-gmail-fwdfwd-daughter-for-mother', C_UNC, 'en', 'gmail', 'powerhousecatalog', T(2024, 11, 18, 14, 40, 6),
      ('Sarah Lindahl-Moore', 'slindahlmoore@gmail.com'), s, mode='fwd', to=(None, PH),
      segs=[NEW("Hi, my mom Dorothy Lindahl wants off this. She's 91.\n\nSarah"), FWD(s)],
      unclear=True, entities={'name': 'Dorothy Lindahl'},
      note='daughter writes for her mother without saying she holds the account or a power of attorney: on behalf '
           'of someone else without clear standing; "off this" is also vague (e-mail? catalog?)')

staff = staff_reply('renee', CC, 'Mark Heller', 'mheller@gmail.com', T(2024, 12, 16, 13, 20, 51),
                    'RE: marketing mail',
                    "Hi Mark,\n\nWe've removed 77 Oak St from Alliant Energy's marketing mailing list. You should stop "
                    "receiving promotional mail there within 10 business days.", T(2024, 12, 14, 9, 2), 'marketing mail',
                    "Please stop the promotional mailers to 77 Oak St.\n\nMark Heller")
human('u09-gmail-top-staff-do-same-other-address', C_UNC, 'en', 'gmail', 'customercare', T(2024, 12, 16, 19, 10, 2),
      ('Mark Heller', 'mheller@gmail.com'), staff,
      segs=[NEW('Great, do the same for my other address please.'), Q(staff)], unclear=True,
      note='"do the same for my other address": reference to earlier mail, and the other address is never given')

s = promo_holiday('Linda Faber', 'lfaber@outlook.com')
human('u10-owa-as-i-asked-before', C_UNC, 'en', 'owa', 'powerhousecatalog', T(2024, 11, 25, 11, 0, 40),
      ('Linda Faber', 'lfaber@outlook.com'), s, segs=[NEW('As I asked before, please take care of this.'), Q(s)],
      unclear=True, note='"as I asked before" over the catalog e-mail: refers to an earlier mail without saying what')

s = promo_holiday('Kathy Brunner', 'kbrunner@yahoo.com')
human('u11-yahoo-mixed-wishes', C_UNC, 'en', 'yahoo', 'powerhousecatalog', T(2024, 11, 16, 20, 20, 9),
      ('Kathy Brunner', 'kbrunner@yahoo.com'), s,
      segs=[NEW("Stop the catalog. Actually no, my husband likes it. But fewer e-mails? I don't know, just do "
                "whatever makes sense.\n\nKathy"), Q(s)],
      unclear=True, entities={'name': 'Kathy'},
      note='self-contradicting wishes (stop / don\'t stop / fewer?): a person has to ask her')

s = news_dec('Vincent', 'vamato@gmail.com')
human('u12-gmail-top-news-delete-everything', C_UNC, 'en', 'gmail', 'customercare', T(2024, 12, 4, 7, 7, 7),
      ('Vincent Amato', 'vamato@gmail.com'), s,
      segs=[NEW("Delete all of my information from your systems. Everything. I don't want you having any of it.\n\n"
                "Vincent Amato"), Q(s)],
      labels=[QUES], unclear=True, entities={'name': 'Vincent Amato'},
      note='request to delete everything: unclear plus question (the bot may not delete account data; staff must '
           'answer); not turned into a marketing opt-out by guessing')

s = promo_thermo('Glen', 'gostby@netins.net', 'AE-NL-2410-18320')
human('u13-tbplain-question-mark-only', C_UNC, 'en', 'tb_plain', 'customercare', T(2024, 10, 15, 12, 12, 12),
      ('Glen Ostby', 'gostby@netins.net'), s, segs=[Q(s), NEW('?')], unclear=True,
      note='a lone "?" under the quoted promo whose footer says "unsubscribe": nothing decidable')

b = bill('Rigoberto', 'rchavez62@yahoo.com', T(2025, 1, 8, 6, 0, 15), '7102', '88.15', 'January 29, 2025')
human('u14-yahoo-es-ya-no-quiero-bill', C_UNC, 'es', 'yahoo', 'customercare', T(2025, 1, 8, 18, 0, 52),
      ('Rigoberto Chávez', 'rchavez62@yahoo.com'), b, segs=[NEW('Ya no quiero esto'), Q(b)], unclear=True,
      note='Spanish "I don\'t want this anymore" under a bill notice: paperless? stop e-mail bills? stop service? '
           'a service message, so not a marketing opt-out')

staff = staff_reply('dana', CC, 'Joyce Lammers', 'jlammers@gmail.com', T(2024, 10, 9, 10, 30, 2),
                    'RE: estimated bill',
                    "Hi Joyce,\n\nYour September bill was estimated because our meter reader could not reach the "
                    "meter. Your next bill will use an actual reading and will correct any difference.",
                    T(2024, 10, 8, 16, 12), 'estimated bill', "Why is my bill estimated?\n\nJoyce Lammers")
human('u15-gmail-opt-me-out-under-staff-billing', C_UNC, 'en', 'gmail', 'customercare', T(2024, 10, 9, 20, 0, 35),
      ('Joyce Lammers', 'jlammers@gmail.com'), staff, segs=[NEW('Opt me out.'), Q(staff)], unclear=True,
      note='"Opt me out." with no object, in reply to a staff answer about an estimated bill: no marketing context')

inner = promo_solar('Alyssa', 'alyssa.cho@gmail.com')
s = fwd_src('gmail', 'Alyssa Cho', 'alyssa.cho@gmail.com', 'Bruce Hagen', 'bhagen@gmail.com',
            T(2024, 9, 25, 19, 44, 3), "Hi Bruce, I keep getting these from the electric company and I'm moving out "
                                       "next month anyway. Can you do something?", inner)
human('u16-gmail-fwdfwd-landlord-for-tenant', C_UNC, 'en', 'gmail', 'customercare', T(2024, 9, 26, 10, 15, 19),
      ('Bruce Hagen', 'bhagen@gmail.com'), s, mode='fwd', to=(None, CC),
      segs=[NEW('My tenant at 44 Oak St, Unit 2 keeps getting your promotions (see her note below). Please stop '
                'sending them to her.\n\nBruce Hagen\nHagen Rentals'), FWD(s)],
      unclear=True,
      note='landlord asks for his tenant: on behalf of someone else without standing; her name appears only in the '
           'quoted forward, so no entity')

s = promo_clearance('Jason Wirth', 'jwirth@icloud.com')
human('u17-iphone-sent-from-only', C_UNC, 'en', 'iphone', 'powerhousecatalog', T(2025, 2, 4, 15, 2, 40),
      ('Jason Wirth', 'jwirth@icloud.com'), s, segs=[SIG('Sent from my iPhone'), Q(s)], unclear=True,
      note='the new text is only "Sent from my iPhone": an empty reply to the catalog e-mail')

p = payrem('Crystal', 'cmohr.ia@gmail.com', T(2024, 12, 18, 7, 0, 29), '8841', '203.44', 'December 20, 2024')
human('u18-samsung-remove-under-payrem', C_UNC, 'en', 'samsung', 'customercare', T(2024, 12, 18, 8, 15, 10),
      ('Crystal Mohr', 'cmohr.ia@gmail.com'), p, segs=[NEW('remove'), SIG('Sent from my Galaxy'), Q(p)], unclear=True,
      note='"remove" under a payment reminder (service message): not a marketing opt-out; remove what?')

# ---------------------------------------------------------------- people, nothing to do
a = ack('dbormann@gmail.com', T(2024, 11, 13, 10, 0, 4), 'November 13, 2024', 'CC-2024-11-00902')
human('n01-gmail-thanks-to-ack', C_NONE, 'en', 'gmail', 'customercare', T(2024, 11, 13, 10, 20, 31),
      ('Diane Bormann', 'dbormann@gmail.com'), a, segs=[NEW('Thank you!\n\nDiane'), Q(a)], ack=None,
      entities={'name': 'Diane'},
      note='a person thanks us for the acknowledgement: no labels, not unclear, and no answer is due (answering '
           'would start a politeness loop)')

staff = staff_reply('marcus', PH, 'Curtis Lange', 'clange@hotmail.com', T(2024, 12, 11, 11, 45, 0),
                    'RE: e-mail address question',
                    "Hi Curtis,\n\nNo. The PowerHouse Catalog never shares e-mail addresses. When we exchange lists "
                    "with other catalog companies, only names and postal addresses are included, and you can ask us "
                    "to leave yours out at any time.", T(2024, 12, 10, 20, 3), 'e-mail address question',
                    "Does the catalog share my email address with the other companies?\n\nCurtis Lange")
human('n02-outlookhome-thanks-to-staff', C_NONE, 'en', 'outlook_home', 'powerhousecatalog', T(2024, 12, 11, 16, 10, 9),
      ('Curtis Lange', 'clange@hotmail.com'), staff, segs=[NEW('Thanks, that answers my question.\n\nCurtis'), Q(staff)],
      ack=None, entities={'name': 'Curtis'},
      note='thank-you to a staff answer; the quoted answer ("you can ask us to leave yours out") invites nothing he '
           'took up')

o = outage('bsandquist@yahoo.com', T(2024, 12, 28, 22, 10, 40), 'the east side of Marshalltown', restored=True)
human('n03-yahooios-thanks-outage', C_NONE, 'en', 'yahoo_ios', 'customercare', T(2024, 12, 28, 22, 40, 6),
      ('Bev Sandquist', 'bsandquist@yahoo.com'), o,
      segs=[NEW("Power's back, thanks for the update and thank your crews for us"), SIG('Sent from Yahoo Mail for iPhone'),
            Q(o)], ack=None,
      note='thanks in reply to a "power restored" alert: nothing to do, no answer due')

a = ack('jmendoza.cr@gmail.com', T(2025, 1, 9, 13, 30, 55), 'January 9, 2025', 'CC-2025-01-00118')
human('n04-gmail-es-gracias-to-ack', C_NONE, 'es', 'gmail', 'customercare', T(2025, 1, 9, 14, 0, 2),
      ('Juana Mendoza', 'jmendoza.cr@gmail.com'), a, segs=[NEW('¡Muchas gracias!\n\nJuana'), Q(a)], ack=None,
      entities={'name': 'Juana'}, note='Spanish thank-you to our acknowledgement: no action, no answer due')


# --------------------------------------------------------------------------------------------
# machine mail
# --------------------------------------------------------------------------------------------
def our_raw(src, bulk=True):
    """Our own message as it left smtp-out01 (used inside bounces)."""
    t = src.t
    b = f'=_ae_{rhex(24)}'
    plain = nl(src.plain_lines())
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>' + src.html()
           + '</td></tr></table></body></html>\n')
    h = [f'Received: from app-mailer02.alliant-energy.com (app-mailer02.alliant-energy.com [10.20.6.31])\r\n'
         f'\tby smtp-out01.alliant-energy.com (Postfix) with ESMTP id {qid()}\r\n\tfor <{src.to_addr}>; '
         f'{rfcdate(t, paren=True)}',
         f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\r\n\ts=ae2024; t={ts(t)};\r\n'
         f'\tbh={rb64(32)};\r\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\r\n'
         + fold_b('\tb=', dkim_b(), 68, '\t '),
         'From: ' + addr(src.from_name, src.from_addr), f'To: {src.to_addr}', subj_hdr(src.subject),
         f'Date: {rfcdate(t)}', f'Message-ID: {src.msgid}', 'MIME-Version: 1.0']
    if src.reply_to:
        h.append('Reply-To: ' + addr(*src.reply_to))
    if src.key == 'ACK':
        h += ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']
    if src.list_unsub:
        h += [f'List-Unsubscribe: <mailto:{src.list_unsub}?subject=unsubscribe>,\r\n'
              f' <https://www.alliantenergy.com/unsubscribe?u={rhex(20)}>',
              'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk']
    h.append(f'Content-Type: multipart/alternative; boundary="{b}"')
    body = multipart(b, [leaf('text/plain; charset=utf-8', '7bit', body_bytes(plain, 'utf-8', '7bit')),
                         leaf('text/html; charset=utf-8', 'quoted-printable', qp(htm))])
    return ('\r\n'.join(h) + '\r\n\r\n').encode() + body


def our_headers_only(src):
    raw = our_raw(src)
    return raw.split(b'\r\n\r\n', 1)[0] + b'\r\n'


def head_bytes(lines):
    return ('\r\n'.join(lines) + '\r\n\r\n').encode('ascii')


def b_cpanel_autoreply(s):
    src, t = s['src'], s['at']
    dom = 'kessleragronomy.com'
    host, ip = 'vps2231.prairiehosting.net', '198.54.117.12'
    hb = ralnum(8)
    eid = f'1t{ralnum(4)}-000{R.randint(1, 9)}{ralnum(2)}-{ralnum(2)}'
    td = t - timedelta(seconds=2)
    body = ('Thank you for your e-mail. Our office is closed for harvest until November 4 and messages are '
            'checked once a week.\nFor seed or chemical orders please call 641-555-0106.\n\nKessler Agronomy\n\n'
            '---- Your message ----\n' + '\n'.join(quote_gt(src.plain_lines())) + '\n')
    chain = mx_chain(s['mailbox'], f'info@{dom}', t, host, host, ip,
                     {'dkim': [(dom, 'default', 'pass', hb)], 'spf': ('pass', f'info@{dom}'),
                      'dmarc': ('pass', dom, 'p=NONE dis=NONE')}, TLS12)
    h = chain + [
        f'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d={dom};\r\n\ts=default; '
        f'h=Date:Message-Id:Auto-Submitted:Subject:To:From:Sender:Reply-To:Cc:MIME-Version:\r\n\t'
        f'Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:In-Reply-To:References;\r\n'
        f'\tbh={rb64(32)}; b={hb}{dkim_b()[8:80]}\r\n\t{dkim_b()[:200]}',
        f'Received: from kessler by {host} with local (Exim 4.98)\r\n\t(envelope-from <info@{dom}>)\r\n'
        f'\tid {eid}\r\n\tfor {CC};\r\n\t{rfcdate(td)}',
        'From: Kessler Agronomy <info@kessleragronomy.com>', f'To: {CC}',
        'Subject: Thank you for contacting Kessler Agronomy', f'In-Reply-To: {src.msgid}', f'References: {src.msgid}',
        'X-Autorespond: ' + CC, 'Precedence: auto_reply', 'X-Precedence: auto_reply', 'Auto-Submitted: auto-replied',
        'X-Autoresponder: cPanel', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: 8bit', f'Message-Id: <E{eid}@{host}>', f'Date: {rfcdate(td)}']
    return head_bytes(h) + crlf(body).encode()


def b_helpdesk(s):
    src, t = s['src'], s['at']
    co, sub, tk = s['company'], s['sub'], s['ticket']
    addr_ = f'support@{sub}.deskpilot.io'
    td = t - timedelta(seconds=3)
    lt = local(src.t)
    intro = s['intro']
    plain = ('##- Please type your reply above this line -##\n\n' + intro + '\n\n'
             '--------------------------------\n\n' + src.from_name + '\n\n'
             f'{MONS[lt[0].month - 1]} {lt[0].day}, {lt[0].year}, {lt[0].hour}:{lt[0]:%M} {lt[2]}\n\n'
             + '\n'.join(src.plain_lines()) + '\n\n--------------------------------\n'
             f'This email is a service from {co}. Delivered by Deskpilot\n[{ralnum(6).upper()}-{ralnum(5).upper()}]\n')
    htm = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:sans-serif"><div style="color:#b5b5b5">##- Please type your reply above this '
           'line -##</div><p>' + esc(intro).replace('\n\n', '</p><p>') + '</p><div style="margin-top:25px">'
           '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:15px 0;'
           'border-top:1px dotted #c5c5c5"><p style="font-weight:bold">' + esc(src.from_name) + '</p><p '
           f'style="color:#bbbbbb;font-size:13px">{MONS[lt[0].month - 1]} {lt[0].day}, {lt[0].year}, '
           f'{lt[0].hour}:{lt[0]:%M} {lt[2]}</p><div class="zd-comment">' + src.html() + '</div></td></tr></table>'
           f'</div><div style="color:#aaaaaa;font-size:11px">This email is a service from {esc(co)}. Delivered by '
           'Deskpilot</div></body></html>\n')
    b = f'--==_mimepart_{rhex(13)}_{R.randint(10, 99)}'
    ip = f'54.240.{R.randint(8, 48)}.{R.randint(10, 250)}'
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    hb, hb2 = ralnum(8), ralnum(8)
    chain = mx_chain(s['mailbox'], f'0100{rhex(12)}-{ruuid()}-000000@amazonses.com', t, host, host, ip,
                     {'dkim': [('deskpilot.io', 'dp1', 'pass', hb), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
                                                                      'pass', hb2)],
                      'spf': ('pass', 'amazonses.com'), 'dmarc': ('pass', 'deskpilot.io', 'p=NONE dis=NONE')}, TLS12)
    mid = f'<{ralnum(5).upper()}{ralnum(8).upper()}_{rhex(12)}_sprut@deskpilot.io>'
    h = chain + [
        f'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=dp1; d=deskpilot.io; t={ts(td)};\r\n'
        f'\th=Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:Mime-Version:Content-Type:'
        f'Auto-Submitted;\r\n\tbh={rb64(32)};\r\n' + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
        f'DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug; '
        f'd=amazonses.com; t={ts(td)};\r\n\th=Date:From:Reply-To:To:Message-ID:Subject:Mime-Version:Content-Type:'
        f'Feedback-ID;\r\n\tbh={rb64(32)};\r\n' + fold_b('\tb=', hb2 + dkim_b()[8:], 68, '\t '),
        f'Date: {rfcdate(td, utc=True)}', f'From: {co} <{addr_}>', f'Reply-To: {co} <{addr_}>',
        f'To: {addr(src.from_name, src.from_addr)}', f'Message-ID: {mid}', f'In-Reply-To: {src.msgid}',
        f'References: {src.msgid}', subj_hdr(f'[{co}] Re: {src.subject}'), 'Mime-Version: 1.0',
        f'Content-Type: multipart/alternative;\r\n boundary="{b}";\r\n charset=utf-8', 'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All', 'X-Mailer: Deskpilot Mailer', f'X-Deskpilot-Ticket-Id: {tk}',
        f'X-Deskpilot-Priority: NORMAL', f'Feedback-ID: 1.us-east-1.{ralnum(43)}=:AmazonSES',
        f'X-SES-Outgoing: {local(td)[0]:%Y.%m.%d}-{ip}']
    body = multipart(b, [leaf('text/plain; charset=utf-8', 'quoted-printable', qp(plain)),
                         leaf('text/html; charset=utf-8', 'quoted-printable', qp(htm))])
    return head_bytes(h) + body


def b_loop_simple(s):
    """Ticket auto-acknowledgement answering our own acknowledgement (plain text, quotes it)."""
    return b_helpdesk(s)


def postfix_dsn_parts(host, qid_, arrival, rcpt_addr, status, diag, remote, action='failed', body_text=None,
                      attach=None, attach_type='message/rfc822', sender=CC):
    b = f'{qid_}.{ts(arrival)}/{host}'
    notif = body_text
    ds = (f'Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid_}\nX-Postfix-Sender: rfc822; {sender}\n'
          f'Arrival-Date: {rfcdate(arrival, paren=True)}\n\nFinal-Recipient: rfc822; {rcpt_addr}\n'
          f'Original-Recipient: rfc822;{rcpt_addr}\nAction: {action}\nStatus: {status}\n'
          + (f'Remote-MTA: dns; {remote}\n' if remote else '') + f'Diagnostic-Code: {diag}\n')
    if action == 'delayed':
        ds += f'Will-Retry-Until: {rfcdate(arrival + timedelta(days=5), paren=True)}\n'
    parts = [leaf('text/plain; charset=us-ascii', None, crlf(notif).encode(), ['Content-Description: Notification']),
             leaf('message/delivery-status', None, crlf(ds).encode(), ['Content-Description: Delivery report'])]
    desc = 'Undelivered Message' if attach_type == 'message/rfc822' else (
        'Undelivered Message Headers' if action == 'failed' else 'Delayed Message Headers')
    parts.append(leaf(attach_type, None, attach, [f'Content-Description: {desc}']))
    return b, multipart(b, parts, preamble='This is a MIME-encapsulated message.')


POSTFIX_FAIL = ('This is the mail system at host {host}.\n\nI\'m sorry to have to inform you that your message could '
                'not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please '
                'send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your '
                'own text from the attached returned message.\n\n                   The mail system\n\n{detail}\n')


def b_postfix_ours(s):
    """Our own outbound relay bounces our message back to the mailbox it came from."""
    src, t = s['src'], s['at']
    host = 'smtp-out01.alliant-energy.com'
    q = qid()
    arrival = src.t + timedelta(seconds=2)
    action = s.get('action', 'failed')
    if action == 'failed':
        text = POSTFIX_FAIL.format(host=host, detail=s['detail'])
        subject = 'Undelivered Mail Returned to Sender'
    else:
        text = ('This is the mail system at host {host}.\n\n####################################################'
                '################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                '####################################################################\n\nYour message could not be '
                'delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further '
                'assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. '
                'You can\ndelete your own text from the attached returned message.\n\n                   The mail '
                'system\n\n{detail}\n').format(host=host, detail=s['detail'])
        subject = 'Delayed Mail (still being retried)'
    attach = our_raw(src) if s.get('full', True) else our_headers_only(src)
    b, body = postfix_dsn_parts(host, q, arrival, src.to_addr, s['status'], s['diag'], s.get('remote'), action, text,
                                attach, 'message/rfc822' if s.get('full', True) else 'text/rfc822-headers',
                                sender=src.from_addr)
    chain = mx_chain(s['mailbox'], '', t, host, host, '10.20.6.21', {'dkim': [], 'spf': ('none', '')}, TLS13)
    h = chain + [f'Received: by {host} (Postfix)\r\n\tid {q}; {rfcdate(t - timedelta(seconds=1), paren=True)}',
                 f'Date: {rfcdate(t - timedelta(seconds=1), paren=True)}',
                 f'From: MAILER-DAEMON@{host} (Mail Delivery System)', f'Subject: {subject}',
                 f'To: {src.from_addr}', 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
                 f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
                 'Content-Transfer-Encoding: 8bit',
                 f'Message-Id: <{local(t)[0]:%Y%m%d%H%M%S}.{q}@{host}>']
    return head_bytes(h) + body


def b_postfix_remote(s):
    """A remote ISP's Postfix accepted our message, then could not deliver it (mailbox full)."""
    src, t = s['src'], s['at']
    host = s['host']
    q = qid()
    arrival = t - timedelta(seconds=R.randint(2, 9))
    text = POSTFIX_FAIL.format(host=host, detail=s['detail']).replace("It's attached below.",
                                                                       "It's attached below.")
    b, body = postfix_dsn_parts(host, q, arrival, src.to_addr, s['status'], s['diag'], None, 'failed', text,
                                our_headers_only(src), 'text/rfc822-headers', sender=src.from_addr)
    chain = mx_chain(s['mailbox'], '', t, host, host, s['ip'], {'dkim': [], 'spf': ('pass', '')}, TLS12)
    h = chain + [f'Received: by {host} (Postfix)\r\n\tid {q}; {rfcdate(t - timedelta(seconds=1), paren=True)}',
                 f'Date: {rfcdate(t - timedelta(seconds=1), paren=True)}',
                 f'From: MAILER-DAEMON@{host} (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender',
                 f'To: {src.from_addr}', 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
                 f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
                 'Content-Transfer-Encoding: 8bit', f'Message-Id: <{local(t)[0]:%Y%m%d%H%M%S}.{q}@{host}>']
    return head_bytes(h) + body


def b_exchange_ndr(s):
    src, t = s['src'], s['at']
    rc = src.to_addr
    dom = rc.split('@')[1]
    tenant = dom.split('.')[0]
    c = {'domain': dom, 't': t, 't_date': t - timedelta(seconds=2), 'rcpt': MAILBOX_ADDR[s['mailbox']],
         'from_addr': f'postmaster@{tenant}.onmicrosoft.com', 'env_from': '', 'ms_server': ms_server()}
    helo, rdns, ip, tls, auth, PH_ = prov_microsoft(c)
    auth = {'dkim': [], 'spf': ('pass', ''), 'dmarc': None}
    PH_ = [x for x in PH_ if not x.startswith('DKIM-Signature')]
    srv = c['ms_server']
    b = f'{ruuid()}'
    ba = f'{ruuid()}'
    text = (f'Your message to {rc} couldn\'t be delivered.\n\n{rc.split("@")[0]} wasn\'t found at {dom}.\n\n'
            f'Alliant Energy Customer Care    Office 365    {rc.split("@")[0]}\nAction Required                    '
            f'Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try '
            f'one or more of the following:\n\n  *   Send the message again following these steps: In Outlook, open '
            f'this non-delivery report (NDR) and choose Send Again from the Report ribbon.\n  *   Contact the '
            f'recipient by some other means (by phone, for example) to confirm you\'re using the right address.\n\n'
            f'Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525921>.\n'
            f'________________________________\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\n'
            f'This error occurs because the sender sent a message to an email address hosted by Office 365 but the '
            f'address is incorrect or doesn\'t exist at the destination domain.\n\nOriginal Message Details\n'
            f'Created Date:    {local(src.t)[0]:%m/%d/%Y %I:%M:%S %p}\nSender Address:    {src.from_addr}\n'
            f'Recipient Address:    {rc}\nSubject:    {src.subject}\n\nError Details\nError:    550 5.1.10 '
            f'RESOLVER.ADR.RecipientNotFound; Recipient {rc} not found by SMTP address lookup\n'
            f'Message rejected by:    {srv}.namprd12.prod.outlook.com\n')
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
           'style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16pt;color:#000000">Your '
           f'message to <a href="mailto:{rc}" style="color:#0072c6">{rc}</a> couldn\'t be delivered.</p><p '
           f'style="font-size:16pt;color:#000000"><b>{rc.split("@")[0]}</b> wasn\'t found at <b>{dom}</b>.</p>'
           '<table><tr><td>Alliant Energy Customer Care</td><td>Office 365</td><td>' + rc.split('@')[0] +
           '</td></tr><tr><td style="color:#c00000"><b>Action Required</b></td><td></td><td>Recipient</td></tr>'
           '</table><p><b>Unknown To address</b></p><p>Status code: 550 5.1.10</p><p>Original Message Details<br>'
           f'Sender Address: {src.from_addr}<br>Recipient Address: {rc}<br>Subject: {esc(src.subject)}</p>'
           '</div></body></html>\n')
    alt = multipart(ba, [leaf('text/plain; charset="us-ascii"', 'quoted-printable', qp(text, 'ascii')),
                         leaf('text/html; charset="utf-8"', 'quoted-printable', qp(htm))])
    ds = (f'Reporting-MTA: dns;{srv}.namprd12.prod.outlook.com\nReceived-From-MTA: dns;smtp-out01.alliant-energy.com\n'
          f'Arrival-Date: {rfcdate(src.t + timedelta(seconds=3), utc=True)}\n\nFinal-Recipient: rfc822;{rc}\n'
          f'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
          f'Recipient {rc} not found by SMTP address lookup\n')
    body = multipart(b, [leaf(f'multipart/alternative; differences=Content-Type;\r\n\tboundary="{ba}"', None, alt),
                         leaf('message/delivery-status', None, crlf(ds).encode()),
                         leaf('message/rfc822', None, our_raw(src, bulk=False))])
    chain = mx_chain(s['mailbox'], '', t, helo, rdns, ip, auth, tls)
    h = chain + PH_ + [
        f'From: Microsoft Outlook <postmaster@{tenant}.onmicrosoft.com>',
        f'To: {addr(src.from_name, src.from_addr)}', f'Date: {rfcdate(t - timedelta(seconds=2), utc=True)}',
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"',
        f'X-MS-Exchange-Message-Is-Ndr:', 'Content-Language: en-US',
        f'Message-ID: <{ruuid()}@{srv}.namprd12.prod.outlook.com>', f'In-Reply-To: {src.msgid}',
        f'References: {src.msgid}', 'Thread-Topic: ' + RE_PREFIX.sub('', src.subject),
        subj_hdr('Undeliverable: ' + src.subject), 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0']
    return head_bytes(h) + body


def b_yahoo_failure(s):
    src, t = s['src'], s['at']
    host = f'sonic{R.randint(301, 330)}-{R.randint(1, 60)}.consmr.mail.gq1.yahoo.com'
    ip = f'98.137.{R.randint(64, 69)}.{R.randint(10, 250)}'
    text = ('Sorry, we were unable to deliver your message to the following address.\n\n'
            f'<{src.to_addr}>:\n554: delivery error: dd This user doesn\'t have a yahoo.com account ({src.to_addr}) '
            f'[-5] - mta{R.randint(4000, 4999)}.mail.gq1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n')
    chain = mx_chain(s['mailbox'], '', t, host, host, ip, {'dkim': [], 'spf': ('pass', ''), 'dmarc': None}, TLS13)
    h = chain + [f'Date: {rfcdate(t - timedelta(seconds=1), utc=True)}', 'From: MAILER-DAEMON@yahoo.com',
                 f'To: {src.from_addr}', 'Subject: Failure Notice', 'Auto-Submitted: auto-replied',
                 f'Message-ID: <{R.randint(10 ** 8, 10 ** 9)}.{R.randint(10 ** 5, 10 ** 6)}.{ts(t)}000@mta'
                 f'{R.randint(4000, 4999)}.mail.gq1.yahoo.com>',
                 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii']
    return head_bytes(h) + crlf(text).encode() + our_raw(src)


def b_qmail(s):
    src, t = s['src'], s['at']
    host = s['host']
    text = (f'Hi. This is the qmail-send program at {host}.\nI\'m afraid I wasn\'t able to deliver your message to the '
            f'following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
            f'<{src.to_addr}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the '
            f'message.\n\n')
    chain = mx_chain(s['mailbox'], '', t, host, host, s['ip'], {'dkim': [], 'spf': ('none', '')}, TLS12)
    h = chain + [f'Date: {t.day} {MONS[t.month - 1]} {t.year} {t:%H:%M:%S} -0000', f'From: MAILER-DAEMON@{host}',
                 f'To: {src.from_addr}',
                 'Subject: failure notice']
    return head_bytes(h) + crlf(text).encode() + our_raw(src)


def b_mdn(s):
    src, t = s['src'], s['at']
    name, a = s['frm']
    dom = a.split('@')[1]
    c = {'domain': dom, 't': t, 't_date': t - timedelta(seconds=2), 'rcpt': MAILBOX_ADDR[s['mailbox']],
         'from_addr': a, 'env_from': a, 'ms_server': ms_server()}
    helo, rdns, ip, tls, auth, PH_ = prov_microsoft(c)
    slt = src.t
    rlt = s['read_at']
    text = (f'Your message\n\n  To: {name}\n  Subject: {src.subject}\n  Sent: {DAYS_LONG[slt.weekday()]}, '
            f'{MONS_LONG[slt.month - 1]} {slt.day}, {slt.year} {h12(slt.replace(tzinfo=None), True)} (UTC+00:00) '
            f'Monrovia, Reykjavik\n\n was read on {DAYS_LONG[rlt.weekday()]}, {MONS_LONG[rlt.month - 1]} {rlt.day}, '
            f'{rlt.year} {h12(rlt.replace(tzinfo=None), True)} (UTC+00:00) Monrovia, Reykjavik.\n')
    dn = (f'Reporting-UA: {c["ms_server"]}.namprd20.prod.outlook.com; Microsoft Office Outlook 16.0\n'
          f'Final-Recipient: rfc822;{a}\nOriginal-Message-ID: {src.msgid}\n'
          'Disposition: manual-action/MDN-sent-manually; displayed\n')
    b = f'_{R.randint(100, 999)}_{ms_server()}{rhex(16, True)}_'
    body = multipart(b, [leaf('text/plain; charset="us-ascii"', '7bit', crlf(text).encode()),
                         leaf('message/disposition-notification', None, crlf(dn).encode())])
    mid = f'<{c["ms_server"]}{rhex(32, True)}@{c["ms_server"]}.namprd20.prod.outlook.com>'
    chain = mx_chain(s['mailbox'], a, t, helo, rdns, ip, auth, tls)
    h = chain + PH_ + [f'From: {addr(name, a)}', f'To: {addr(src.from_name, src.from_addr)}',
                       subj_hdr('Read: ' + src.subject), 'Thread-Topic: ' + RE_PREFIX.sub('', src.subject),
                       f'Thread-Index: {thread_index()}', f'Date: {rfcdate(t - timedelta(seconds=2), utc=True)}',
                       f'Message-ID: {mid}', f'References: {src.msgid}', f'In-Reply-To: {src.msgid}',
                       'Content-Language: en-US', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
                       'x-ms-exchange-messagesentrepresentingtype: 1', 'x-ms-publictraffictype: Email',
                       f'Content-Type: multipart/report;\r\n\treport-type=disposition-notification;\r\n\tboundary="{b}"',
                       'MIME-Version: 1.0', f'X-OriginatorOrg: {dom}']
    return head_bytes(h) + body


def b_challenge(s):
    src, t = s['src'], s['at']
    host = 'out2.mailguard-cr.net'
    ip = '64.31.52.18'
    hb = ralnum(8)
    who, whoaddr = s['protected']
    tok = ralnum(10)
    text = (f'Hello,\n\nYou recently sent a message to {whoaddr}. To keep spam out, {who.split()[0]} uses MailGuard '
            f'sender verification.\n\nPlease click the link below to confirm you are a real person. Your message will '
            f'then be delivered, and you will not be asked again:\n\nhttps://verify.mailguard-cr.net/c/{tok}\n\n'
            f'If you did not send this message, you do not need to do anything.\n\n'
            f'---- Message awaiting verification ----\nFrom: {src.from_name} <{src.from_addr}>\n'
            f'Subject: {src.subject}\nDate: {rfcdate(src.t)}\n\n' + '\n'.join(quote_gt(src.plain_lines())) + '\n\n'
            'MailGuard - stop spam, not people. To unsubscribe from verification requests, visit '
            'https://mailguard-cr.net/optout\n')
    chain = mx_chain(s['mailbox'], f'bounce+{tok}@mailguard-cr.net', t, host, host, ip,
                     {'dkim': [('mailguard-cr.net', 'mg1', 'pass', hb)], 'spf': ('pass', f'bounce+{tok}@mailguard-cr.net'),
                      'dmarc': ('pass', 'mailguard-cr.net', 'p=NONE dis=NONE')}, TLS12)
    h = chain + [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailguard-cr.net; s=mg1;\r\n\tt={ts(t)}; '
                 f'bh={rb64(32)};\r\n\th=From:To:Subject:Date:Message-ID:Auto-Submitted;\r\n'
                 + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
                 f'From: "MailGuard for {who}" <verify@mailguard-cr.net>', f'To: {src.from_addr}',
                 f'Subject: Please verify your message to {whoaddr}', f'Date: {rfcdate(t - timedelta(seconds=4))}',
                 f'Message-ID: <cr.{tok}.{ts(t)}@mailguard-cr.net>', f'In-Reply-To: {src.msgid}',
                 'Auto-Submitted: auto-replied', 'X-MailGuard-Challenge: yes', 'MIME-Version: 1.0',
                 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable']
    return head_bytes(h) + qp(text)


def b_phish(s):
    t = s['at']
    host = 'mail.alliant-energy-payments.com'
    ip = '185.234.72.19'
    fake = bill('Customer', CC, T(2024, 11, 4, 6, 0), '0000', '231.60', 'November 25, 2024')
    htm = ('<html><body style="font-family:Arial"><p>Dear Valued Customer,</p><p>We were unable to process your '
           'last payment and your account is <b>scheduled for disconnection within 24 hours</b>.</p><p>Please '
           'verify your billing information now to avoid interruption of service:</p><p><a href="http://alliant-'
           'energy-payments.com/secure/login.php?id=8812" style="background:#00467f;color:#fff;padding:10px">Verify '
           'my account</a></p><p>Alliant Energy Billing Department</p><br><div>On Mon, Nov 4, 2024 at 6:00 AM '
           'Alliant Energy &lt;noreply@alliantenergy.com&gt; wrote:<br><blockquote style="border-left:1px solid '
           '#ccc;padding-left:8px">' + fake.html() + '</blockquote></div><p style="font-size:10px;color:#999">To '
           'unsubscribe from billing alerts reply STOP. Do not share this e-mail.</p></body></html>\n')
    chain = mx_chain(s['mailbox'], 'billing@alliant-energy-payments.com', t, host, host, ip,
                     {'dkim': [], 'spf': ('softfail', 'billing@alliant-energy-payments.com'),
                      'dmarc': ('none', 'alliant-energy-payments.com', None)}, TLS12)
    h = chain + [f'Received: from [185.234.72.19] (helo=WIN-8J3K2Q7N1)\r\n\tby {host} with esmtpa (Exim 4.96)\r\n'
                 f'\t(envelope-from <billing@alliant-energy-payments.com>)\r\n\tid 1tA{ralnum(4)}-000{R.randint(1, 9)}{ralnum(2)}-'
                 f'{ralnum(2)}\r\n\tfor {CC}; {rfcdate(t - timedelta(seconds=5), base=-5)}',
                 'From: "Alliant Energy Billing" <billing@alliant-energy-payments.com>', f'To: {CC}',
                 'Subject: Re: Your Alliant Energy bill is ready', f'Date: {rfcdate(t - timedelta(seconds=6), base=-5)}',
                 f'Message-ID: <{rhex(20)}@alliant-energy-payments.com>', 'MIME-Version: 1.0',
                 'X-Priority: 1 (Highest)', 'Importance: High', 'X-Mailer: Microsoft Outlook 16.0',
                 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64']
    return head_bytes(h) + b64body(crlf(htm).encode())


def b_list(s):
    src, t = s['src'], s['at']
    poster, paddr = s['poster']
    lst = 'nwcr-neighbors@googlegroups.com'
    segs = [NEW("Anyone else getting these from Alliant? I replied STOP to mine and they quit. Cc'ing them so they "
                "know a bunch of us aren't interested in the solar thing.\n\nDeb (on 31st St NW)"), Q(src)]
    plain, htmlb = render_gmail(segs, 'en', {})
    foot = ('\n-- \nYou received this message because you are subscribed to the Google Groups "NW Cedar Rapids '
            'Neighbors" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to '
            'nwcr-neighbors+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/'
            f'msgid/nwcr-neighbors/{ralnum(20)}%40mail.gmail.com.\n')
    plain += foot
    htmlb = htmlb.rstrip('\n') + ('<p></p>\n\n-- <br />\nYou received this message because you are subscribed to the '
                                  'Google Groups &quot;NW Cedar Rapids Neighbors&quot; group.<br />\nTo unsubscribe '
                                  'from this group and stop receiving emails from it, send an email to <a href="mailto:'
                                  'nwcr-neighbors+unsubscribe@googlegroups.com">nwcr-neighbors+unsubscribe@googlegroups'
                                  '.com</a>.<br />\n')
    b = '000000000000' + rhex(16)
    body = multipart(b, [leaf('text/plain; charset="UTF-8"', 'quoted-printable', qp(plain)),
                         leaf('text/html; charset="UTF-8"', 'quoted-printable', qp(htmlb))])
    host = f'mail-sor-f{R.randint(41, 99)}.google.com'
    ip = f'209.85.220.{R.randint(41, 99)}'
    hb = ralnum(8)
    gid = R.randint(10 ** 11, 10 ** 12)
    chain = mx_chain(s['mailbox'], f'nwcr-neighbors+bncBD{ralnum(40)}@googlegroups.com', t, host, host, ip,
                     {'dkim': [('googlegroups.com', '20230601', 'pass', hb)],
                      'spf': ('pass', 'nwcr-neighbors+bncBD@googlegroups.com'),
                      'dmarc': ('pass', 'gmail.com', 'p=NONE sp=QUARANTINE dis=NONE')}, TLS13)
    mid = f'<CA{ralnum(44)}@mail.gmail.com>'
    h = chain + [
        f'Received: by {host} with SMTP id {rhex(12)}-{rhex(8)}so{R.randint(10 ** 6, 10 ** 7)}.1\r\n        for '
        f'<{CC}>; {rfcdate(t - timedelta(seconds=2), base=-8, paren=True)}',
        f'ARC-Seal: i=2; a=rsa-sha256; t={ts(t)}; cv=pass;\r\n        d=google.com; s=arc-20240605;\r\n'
        + fold_b('        b=', rb64(256), 70, '         '),
        f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=googlegroups.com; s=20230601; t={ts(t)}; '
        f'x={ts(t) + 604800}; darn=alliant-energy.com;\r\n        h=list-unsubscribe:list-subscribe:list-archive:list-help:'
        f'list-post\r\n         :list-id:mailing-list:precedence:reply-to:x-original-authentication-results\r\n'
        f'         :x-original-sender:to:subject:message-id:date:from:mime-version:sender\r\n'
        f'         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh={rb64(32)};\r\n'
        + fold_b('        b=', hb + dkim_b()[8:], 70, '         '),
        f'Sender: nwcr-neighbors@googlegroups.com', 'MIME-Version: 1.0',
        f'From: "{poster}" <{paddr}>', f'Date: {rfcdate(t - timedelta(seconds=40))}', f'Message-ID: {mid}',
        subj_hdr('[NW CR Neighbors] Re: ' + src.subject), f'To: NW Cedar Rapids Neighbors <{lst}>',
        f'Cc: {CC}', f'X-Original-Sender: {paddr}',
        f'X-Original-Authentication-Results: gmr-mx.google.com;       dkim=pass header.i=@gmail.com '
        f'header.s=20230601 header.b={ralnum(8)};       spf=pass (google.com: domain of {paddr} designates '
        f'209.85.220.{R.randint(41, 99)} as permitted sender) smtp.mailfrom={paddr};       dmarc=pass (p=NONE '
        f'sp=QUARANTINE dis=NONE) header.from=gmail.com',
        f'Reply-To: {lst}', 'Precedence: list', f'Mailing-list: list {lst}; contact nwcr-neighbors+owners@googlegroups.com',
        'List-ID: <nwcr-neighbors.googlegroups.com>', f'X-Spam-Checked-In-Group: {paddr}',
        f'X-Google-Group-Id: {gid}',
        'List-Post: <https://groups.google.com/group/nwcr-neighbors/post>, <mailto:nwcr-neighbors@googlegroups.com>',
        'List-Help: <https://support.google.com/a/googlegroups.com/>, <mailto:nwcr-neighbors+help@googlegroups.com>',
        'List-Archive: <https://groups.google.com/group/nwcr-neighbors/>',
        'List-Subscribe: <https://groups.google.com/group/nwcr-neighbors/subscribe>, '
        '<mailto:nwcr-neighbors+subscribe@googlegroups.com>',
        f'List-Unsubscribe: <mailto:googlegroups-manage+{gid}+unsubscribe@googlegroups.com>,\r\n '
        '<https://groups.google.com/group/nwcr-neighbors/subscribe>',
        f'Content-Type: multipart/alternative; boundary="{b}"']
    return head_bytes(h) + body


def b_vendor(s):
    t = s['at']
    host = 'smtp.midlandmailing.com'
    ip = '207.153.44.61'
    hb = ralnum(8)
    text = ('This is an automated notice from Midland Mailing Services job tracking.\n\n'
            'Job:                        24-1187  PowerHouse Holiday 2024, drop 2\n'
            'File received:              PH_HOL24_SUPPRESS_1204.csv\n'
            'Do-not-share records:       312 applied\n'
            'Do-not-mail records:        1,046 applied\n'
            'Records mailed after merge: 48,212\n\n'
            'Suppression and do-not-share records are retained for 5 years under your agreement. Please do not '
            'reply to this message; contact your account manager, Terri Bolin, at 612-555-0138.\n\n'
            '-----Original Message-----\nFrom: Marcus Tiedemann <powerhousecatalog@alliant-energy.com>\n'
            'Sent: Wednesday, December 4, 2024 8:12 AM\nTo: jobs@midlandmailing.com\n'
            'Subject: Suppression file for job 24-1187\n\nHi Terri,\n\nAttached is the do-not-share and do-not-mail '
            'suppression file for Holiday drop 2. Please apply it before the merge, and do not share these names '
            'with the co-op list exchange.\n\nThanks,\nMarcus Tiedemann\nPowerHouse Catalog Customer Service\n')
    chain = mx_chain(s['mailbox'], 'jobs@midlandmailing.com', t, host, host, ip,
                     {'dkim': [('midlandmailing.com', 'mms', 'pass', hb)], 'spf': ('pass', 'jobs@midlandmailing.com'),
                      'dmarc': ('pass', 'midlandmailing.com', 'p=QUARANTINE dis=NONE')}, TLS12)
    h = chain + [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=midlandmailing.com; s=mms;\r\n\tt={ts(t)}; '
                 f'bh={rb64(32)};\r\n\th=From:To:Subject:Date:Message-ID;\r\n'
                 + fold_b('\tb=', hb + dkim_b()[8:], 68, '\t '),
                 'From: Midland Mailing Services <jobs@midlandmailing.com>', f'To: {PH}',
                 'Subject: Suppression file processed - job 24-1187 (PowerHouse Holiday 2024)',
                 f'Date: {rfcdate(t - timedelta(seconds=3))}', f'Message-ID: <job24-1187.{ts(t)}@midlandmailing.com>',
                 'Auto-Submitted: auto-generated', 'X-Mailer: MMS JobTrack 5.2', 'MIME-Version: 1.0',
                 'Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit']
    return head_bytes(h) + crlf(text).encode()


BUILDERS = {'cpanel': b_cpanel_autoreply, 'helpdesk': b_helpdesk, 'postfix_ours': b_postfix_ours,
            'postfix_remote': b_postfix_remote, 'exchange_ndr': b_exchange_ndr, 'yahoo_failure': b_yahoo_failure,
            'qmail': b_qmail, 'mdn': b_mdn, 'challenge': b_challenge, 'phish': b_phish, 'list': b_list,
            'vendor': b_vendor}

# ---------------------------------------------------------------- machine mail (and machine-sent look-alikes)
A_AR, A_LOOP, A_BOUNCE = 'automated: auto-reply', 'automated: auto-reply (loop trap)', 'automated: bounce'
A_MDN, A_CR, A_SPAM = 'automated: read receipt', 'automated: challenge-response', 'automated: spam/phishing'
A_COLD, A_LIST, A_VEND = 'automated: cold outreach', 'automated: list', 'automated: vendor notification'

s = promo_thermo('Mark', 'info@kessleragronomy.com', 'AE-NL-2410-70334')
machine('a01-cpanel-autoreply-quotes-thermo', A_AR, 'en', 'customercare', T(2024, 10, 15, 9, 31, 4), 'cpanel',
        'cPanel autoresponder (Auto-Submitted, Precedence: auto_reply) that quotes our whole promo, footer '
        '"reply ... with the word unsubscribe" included', 'cPanel/Exim autoresponder', src=s)

s = promo_holiday('Prairie Home Goods', 'support@prairiehomegoods.com')
machine('a02-helpdesk-autoack-quotes-holiday', A_AR, 'en', 'powerhousecatalog', T(2024, 11, 12, 9, 15, 40), 'helpdesk',
        'a business help desk opened a ticket for our catalog e-mail and echoed it back, sharing and unsubscribe '
        'paragraphs included', 'Deskpilot help desk (Amazon SES)', src=s, company='Prairie Home Goods',
        sub='prairiehomegoods', ticket='48213',
        intro='Your request (48213) has been received and is being reviewed by our support staff.\n\n'
              'To add additional comments, reply to this email.')

s = news_dec('Parish Office', 'secretary@stjohnsmaquoketa.org')
human('a03-outlook-rule-no-longer-monitored', A_AR, 'en', 'outlook_corp', 'customercare', T(2024, 12, 3, 8, 0, 58),
      ("St. John's Parish Office", 'secretary@stjohnsmaquoketa.org'), s, mode='new', to=(None, CC),
      subject='This mailbox is no longer monitored', program='Outlook rule (reply with template)',
      segs=[NEW("This e-mail address is no longer monitored. Please send parish business to "
                "office@stjohnsmaquoketa.org or call the parish office at 563-555-0190.\n\nSt. John's Parish")],
      automated=True,
      note='headerless auto-reply (an Outlook rule template: no Auto-Submitted, no In-Reply-To) answering our '
           'newsletter within a minute: automated all the same')

s = promo_assess('Marisol', 'marisol.vega.ia@gmail.com')
human('a04-gmail-vacation-bilingual', A_AR, 'mixed', 'gmail', 'customercare', T(2025, 1, 14, 10, 1, 20),
      ('Marisol Vega', 'marisol.vega.ia@gmail.com'), s, locale='es', program='Gmail vacation responder',
      segs=[NEW('Hola,\n\nEstoy de vacaciones hasta el 27 de enero y no reviso mi correo. Le responderé a mi '
                'regreso.\n\nI am on vacation until January 27 and will reply when I am back.\n\nMarisol Vega')],
      extra_headers=['Auto-Submitted: auto-replied'], automated=True,
      note='Gmail vacation responder in Spanish and English (Auto-Submitted: auto-replied) to the assessment promo')

a = ack('kbrandt@jonescountyiowa.gov', T(2024, 11, 22, 15, 40, 2), 'November 22, 2024', 'CC-2024-11-01187')
human('a05-exchange-oof-to-ack', A_LOOP, 'en', 'outlook_corp', 'customercare', T(2024, 11, 22, 15, 40, 31),
      ('Brandt, Karen', 'kbrandt@jonescountyiowa.gov'), a, env_from='', program='Exchange Online out-of-office',
      subject='Automatic reply: We received your request [CC-2024-11-01187]',
      segs=[NEW('I am out of the office through November 29 with limited access to e-mail. For urgent matters please '
                'contact the front desk at 319-555-0114.\n\nThank you,\nKaren Brandt\nJones County Recorder')],
      extra_headers=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
                     'X-MS-Exchange-Inbox-Rules-Loop: kbrandt@jonescountyiowa.gov'], automated=True,
      note='LOOP TRAP: Exchange out-of-office answering the bot\'s acknowledgement; answering it back would loop')

a = ack('office@trinitylutheranwaverly.org', T(2024, 12, 9, 9, 12, 44), 'December 9, 2024', 'CC-2024-12-00655')
human('a06-church-autoreply-to-ack-headerless', A_LOOP, 'en', 'gmail', 'customercare', T(2024, 12, 9, 9, 13, 10),
      ('Trinity Lutheran Church Office', 'office@trinitylutheranwaverly.org'), a,
      program='Google Workspace auto-reply filter (no Auto-Submitted)',
      segs=[NEW('Thank you for your e-mail! The church office is open Tuesday through Friday, 9 to 1. We will '
                'respond within 48 hours.\n\nBlessings,\nTrinity Lutheran Church Office'), Q(a)],
      automated=True,
      note='LOOP TRAP: headerless auto-reply (no Auto-Submitted) to our acknowledgement, quoting it with its '
           '"stop marketing"/"not to share your name" sentences; arrives 26 s after the ack')

a = ack('help@cvpm.deskpilot.io', T(2025, 1, 21, 10, 4, 51), 'January 21, 2025', 'CC-2025-01-00207')
machine('a07-helpdesk-ticket-for-ack', A_LOOP, 'en', 'customercare', T(2025, 1, 21, 10, 5, 20), 'helpdesk',
        'LOOP TRAP: a property manager\'s help desk opened ticket #88213 for the bot\'s acknowledgement and '
        'echoed it back', 'Deskpilot help desk (Amazon SES)',
        src=Src('ACK', a.from_name, a.from_addr, 'Cedar Valley Property Management', 'help@cvpm.deskpilot.io',
                a.subject, a.t, a.msgid, a.paras),
        company='Cedar Valley Property Management', sub='cvpm', ticket='88213',
        intro='Hello,\n\nThis is an automated reply: your ticket #88213 has been created and our team will respond '
              'soon.')

a = ack('jkrause@iowatelecom.ent', T(2024, 10, 29, 13, 22, 5), 'October 29, 2024', 'CC-2024-10-00519')
machine('a08-postfix-ours-bounce-ack', A_BOUNCE, 'en', 'customercare', T(2024, 10, 29, 13, 22, 9), 'postfix_ours',
        'our own relay bounced the bot\'s acknowledgement (typo domain); the returned message/rfc822 is full of '
        'opt-out and sharing wording', 'Postfix DSN (smtp-out01, our relay)', src=a,
        detail='<jkrause@iowatelecom.ent>: Host or domain name not found. Name service error\n    for '
               'name=iowatelecom.ent type=MX: Host not found, try again',
        status='5.4.4', diag='X-Postfix; Host or domain name not found. Name service error for\n    '
                             'name=iowatelecom.ent type=MX: Host not found, try again')

staff = staff_reply('renee', CC, 'Paul Meinecke', 'pmeinecke@siouxlandmed.org', T(2024, 11, 5, 10, 40, 12),
                    'RE: Please stop mailing me',
                    "Hi Paul,\n\nWe've removed your name from Alliant Energy's marketing mail and asked the "
                    "PowerHouse Catalog not to share your name and address with other companies.",
                    T(2024, 11, 4, 16, 20), 'Please stop mailing me',
                    "Please stop mailing me offers, and don't share my name.\n\nPaul Meinecke")
machine('a09-exchange-ndr-staff-reply', A_BOUNCE, 'en', 'customercare', T(2024, 11, 5, 10, 40, 33), 'exchange_ndr',
        'Microsoft 365 non-delivery report for a staff reply; the attached original quotes the customer\'s own '
        '"stop mailing me ... don\'t share my name"', 'Exchange Online NDR', src=staff)

s = promo_holiday('Gladys Oberbroeckling', 'goberbroeckling@mchsi.com', 'PH-2411-93381')
machine('a10-isp-mailbox-full-holiday', A_BOUNCE, 'en', 'powerhousecatalog', T(2024, 11, 12, 9, 20, 51),
        'postfix_remote',
        'remote ISP accepted the catalog e-mail, then bounced it (mailbox full); only the headers come back',
        'Postfix DSN (remote ISP)', src=s, host='mx-in03.mediacomcc.com', ip='173.16.241.33',
        detail='<goberbroeckling@mchsi.com>: mailbox quota exceeded: user is over quota\n    (in reply to end of DATA '
               'command)',
        status='5.2.2', diag='smtp; 552 5.2.2 <goberbroeckling@mchsi.com>: Mailbox full')

s = promo_thermo('Darlene', 'dkaufmann1951@yahoo.com', 'AE-NL-2410-26650')
machine('a11-yahoo-failure-notice-thermo', A_BOUNCE, 'en', 'customercare', T(2024, 10, 15, 9, 34, 12),
        'yahoo_failure', 'Yahoo "Failure Notice": plain text with our whole thermostat promo pasted below',
        'Yahoo failure notice', src=s)

a = ack('hwebb@rvtc.net', T(2024, 12, 17, 8, 50, 30), 'December 17, 2024', 'CC-2024-12-00731')
machine('a12-qmail-legacy-bounce-ack', A_BOUNCE, 'en', 'customercare', T(2024, 12, 17, 8, 51, 2), 'qmail',
        'legacy qmail bounce without MIME-Version; the returned acknowledgement follows "--- Below this line is a '
        'copy of the message."', 'qmail-send bounce', src=a, host='mail.rvtc.net', ip='216.138.70.5')

harold_staff = [x for x in SPECS if x['id'] == 'q02-outlookhome-top-staff-how-long'][0]['src']
machine('a13-outlook-read-receipt-staff', A_MDN, 'en', 'customercare', T(2024, 11, 21, 21, 40, 11), 'mdn',
        'read receipt (disposition-notification) for the staff reply: a person opened it, nobody wrote anything',
        'Outlook read receipt (MDN)', src=harold_staff, frm=('Harold Jensen', 'hjensen@hotmail.com'),
        read_at=T(2024, 11, 21, 15, 39, 50))

a = ack('spietz@windstream.net', T(2025, 1, 27, 11, 5, 2), 'January 27, 2025', 'CC-2025-01-00344')
machine('a14-challenge-response-to-ack', A_CR, 'en', 'customercare', T(2025, 1, 27, 11, 5, 40), 'challenge',
        'challenge-response ("verify you are a real person") to the bot\'s acknowledgement, with the ack pasted '
        'below and an "unsubscribe" link of its own', 'MailGuard challenge-response', src=a,
        protected=('Shawn Pietz', 'spietz@windstream.net'))

machine('a15-phish-fake-reply-bill', A_SPAM, 'en', 'customercare', T(2024, 11, 19, 3, 44, 27), 'phish',
        'phishing dressed as a reply to our bill notice (look-alike domain, SPF softfail, base64 HTML); its '
        '"reply STOP" and "do not share" lines are bait', 'phishing kit (Exim)')

s = news_dec('Priya', 'priya@rankrise-digital.com')
human('a16-seo-outreach-fake-re-news', A_COLD, 'en', 'gmail', 'customercare', T(2024, 12, 10, 8, 2, 15),
      ('Priya Nair', 'priya@rankrise-digital.com'), s, mode='new', to=(None, CC),
      program='OutreachLoop sequence via Google Workspace',
      subject='Re: Your December Home Comfort Tips from PowerHouse',
      segs=[NEW("Hi team,\n\nI came across your December newsletter (quoted below) and noticed your tips page isn't "
                "ranking for \"winter energy savings Iowa\". We've helped three Midwest utilities double organic "
                "traffic in 90 days.\n\nWould you be open to a 15-minute call next week?\n\nPriya Nair\nGrowth Lead, "
                "RankRise Digital\n\nIf you'd rather not hear from me, just reply \"opt out\" and I'll take you off "
                "my list."), Q(s, 0, 4)],
      extra_headers=['X-Mailer: OutreachLoop/2.8', 'X-OL-Sequence: seo-utilities-q4-step2'], automated=True,
      note='cold SEO outreach with a fake "Re:" and our newsletter quoted; its "reply opt out" line is the '
           'sender\'s own sales boilerplate: automated, no labels')

s = promo_solar('Deb', 'deb.hartman@gmail.com')
machine('a17-googlegroup-post-quotes-solar', A_LIST, 'en', 'customercare', T(2024, 9, 18, 18, 2, 40), 'list',
        'neighborhood Google Group post that cc\'d customercare and quotes our solar promo ("I replied STOP"): '
        'list traffic (List-ID, Precedence: list), not a request to us', 'Google Groups',
        src=s, poster=('Deb Hartman', 'deb.hartman@gmail.com'))

machine('a18-mailhouse-suppression-report', A_VEND, 'en', 'powerhousecatalog', T(2024, 12, 4, 14, 30, 5), 'vendor',
        'mail house job report quoting our own staff\'s suppression request ("do not share these names"): vendor '
        'system mail, full of do-not-share words, not a request', 'MMS JobTrack notification')

s = promo_solar('Aaron', 'aaron.beckman@linncountyschools.org')
human('a19-exchange-oof-solar', A_AR, 'en', 'outlook_corp', 'customercare', T(2024, 9, 17, 10, 2, 48),
      ('Beckman, Aaron', 'aaron.beckman@linncountyschools.org'), s, env_from='', program='Exchange Online out-of-office',
      subject='Automatic reply: Is community solar right for you?',
      segs=[NEW('Thank you for your message. I am away from my desk until Monday, September 23. If you need '
                'immediate help, please contact the district office at 319-555-0152.')],
      extra_headers=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], automated=True,
      note='Exchange out-of-office to the solar promo (Return-Path <>, Auto-Submitted: auto-generated)')

s = news_dec('Lyle', 'lhoffmann@iowatelecom.net')
machine('a20-postfix-ours-delayed-news', A_BOUNCE, 'en', 'customercare', T(2024, 12, 3, 12, 1, 14), 'postfix_ours',
        'delay warning (Action: delayed) from our relay for the newsletter, headers only: a DSN, not a person',
        'Postfix DSN (smtp-out01, delayed)', src=s, action='delayed', full=False,
        detail='<lhoffmann@iowatelecom.net>: connect to mx.iowatelecom.net[206.191.169.14]:25:\n    Connection '
               'timed out',
        status='4.4.1', diag='X-Postfix; connect to mx.iowatelecom.net[206.191.169.14]:25:\n    Connection timed out',
        remote='mx.iowatelecom.net')


# ============================================================================================
# write everything
# ============================================================================================
LABEL_ORDER = [MKT, SHARE, QUES]
ENT_ORDER = ['name', 'postal_code', 'account']


def program_of(s):
    return s.get('program') or PROGRAM_NAME[s['prog']]


def build_all():
    specs = sorted(SPECS, key=lambda x: x['at'])
    assert len({x['id'] for x in specs}) == len(specs)
    out = []
    for i, s in enumerate(specs, 1):
        fn = f'{i:04d}.eml'
        raw = BUILDERS[s['builder']](s) if s['kind'] == 'machine' else build_human(s)
        labels = [l for l in LABEL_ORDER if l in s['labels']]
        assert len(labels) == len(s['labels'])
        ents = {k: s['entities'][k] for k in ENT_ORDER if s['entities'].get(k)}
        rec = {'file': fn, 'mailbox': s['mailbox'], 'automated': s['automated'], 'labels': labels,
               'unclear': s['unclear'], 'entities': ents, 'note': s['note'], 'ack_to': s['ack_to']}
        out.append((fn, raw, rec, s))
    return out


def write(out):
    for old in OUT.glob('*.eml'):
        old.unlink()
    for fn, raw, rec, s in out:
        (OUT / fn).write_bytes(raw)
    with open(OUT / 'manifest.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for fn, raw, rec, s in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(OUT / 'index.tsv', 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tspec\tcategory\tlanguage\tprogram\tdate\n')
        for fn, raw, rec, s in out:
            f.write(f'{fn}\t{s["id"]}\t{s["cat"]}\t{s["lang"]}\t{program_of(s)}\t{local(s["at"])[0]:%Y-%m-%d %H:%M}\n')
    (OUT / 'README.md').write_text(readme(out), encoding='utf-8', newline='\n')


def table(rows, head):
    lines = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    lines += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(lines)


def readme(out):
    from collections import Counter
    n = len(out)
    recs = [r for _, _, r, _ in out]
    specs = [s for _, _, _, s in out]
    lab = Counter(l for r in recs for l in r['labels'])
    combos = Counter()
    for r in recs:
        if r['automated']:
            combos['(none) - automated'] += 1
        elif r['unclear'] and not r['labels']:
            combos['(none) - unclear'] += 1
        elif r['unclear']:
            combos[' + '.join(r['labels']) + ' (unclear)'] += 1
        elif not r['labels']:
            combos['(none) - human, nothing to do'] += 1
        else:
            combos[' + '.join(r['labels'])] += 1
    cats = Counter(s['cat'] for s in specs)
    langs = Counter(s['lang'] for s in specs)
    progs = Counter(program_of(s) for s in specs)
    mb = Counter(r['mailbox'] for r in recs)
    mba = Counter(r['mailbox'] for r in recs if r['automated'])
    ent = Counter(k for r in recs for k in r['entities'])
    with_ent = sum(1 for r in recs if r['entities'])
    acks = sum(1 for r in recs if r['ack_to'])
    ack_null_h = [r['file'] for r in recs if not r['automated'] and r['ack_to'] is None]
    rt = []
    for fn, raw, r, s in out:
        if s['kind'] == 'human' and s.get('reply_to') and r['ack_to']:
            rt.append(fn)
    fmap = {s['id']: fn for fn, _, _, s in out}

    def files(pred):
        return ', '.join(fn for fn, _, r, s in out if pred(r, s))

    first = {'SOLAR': '2024-09-17', 'THERMO': '2024-10-15', 'HOLIDAY': '2024-11-12', 'NEWS': '2024-12-03',
             'ASSESS': '2025-01-14', 'CLEARANCE': '2025-02-04'}
    return f'''# `inline`: replies and forwards where the sender's words sit next to quoted text

## The brief

{n} raw e-mails (`0001.eml` ... `{n:04d}.eml`, arrival order, 2024-09-17 to 2025-02-11) for the two privacy
mailboxes (`customercare@alliant-energy.com`, `powerhousecatalog@alliant-energy.com`), labelled per
`/work/shared/LABELS.md`. Every message mixes the sender's own words with text someone else wrote:

* answers typed **inline** between the lines of our promotion, catalog e-mail, bill notice, outage alert or
  acknowledgement, in each program's own quoting: `>` quoting, Outlook's blue-line HTML quoting with
  `[Name]` comment markers (and without them, where only colour marks the comment), Apple Mail
  `<blockquote type="cite">`, Gmail `gmail_quote` divs, Thunderbird `moz-cite-prefix`, Yahoo/AOL `yahoo_quoted`
  (whose text/plain part quotes with *no* `>` at all), Samsung "-------- Original message --------", Zimbra
  "----- Original Message -----";
* top-posting over and bottom-posting under the quote;
* replies to a previous **staff** reply or to the bot's **acknowledgement**, where a short "Yes." or "STOP"
  takes its meaning from what it answers;
* forwards of our mail to us with a line on top ("see below, please stop these"), and "Fwd: Fwd:" chains from
  a spouse, a parent, a tenant, a late father;
* quoted parts full of "unsubscribe", "opt out", "share your name" that the sender did **not** write; long
  signatures with legal/PHI/wire-fraud disclaimers that say "unsubscribe", "do not share", "reply STOP";
* replies whose new text is empty, only a signature, "Sent from my iPhone", "?", or an emoji;
* machine mail that carries our text: auto-replies that quote the original, help-desk tickets, bounces that
  return our message (`message/rfc822`, `text/rfc822-headers`, pasted after "--- Below this line"), a read
  receipt, a challenge-response, phishing and cold outreach dressed as "Re:" of our mail, a neighbourhood
  mailing-list post, a mail house's suppression report.

About 10 % is Spanish or mixed Spanish/English ({langs['es']} Spanish, {langs['mixed']} mixed).
Everything (people, addresses, account and customer numbers, phone numbers 555-01xx, companies, hosts) is
invented. Sender domains include real mailbox providers so the headers look right: **point any bot replaying
this set at an SMTP sink**.

## Our own outgoing mail in this set

What Alliant itself sent, which turns up quoted, forwarded, bounced or auto-answered. None of its words
ever count as the sender's.

| what | From | sent | what its text contains (the traps) |
|---|---|---|---|
| promo "Is community solar right for you?" | `Alliant Energy <customercare@>` | {first['SOLAR']} 10:02 | "Hi *first name*," greeting; footer "Opt out of marketing emails", HQ address ZIP 53718 |
| promo "Fall savings: $50 back on a smart thermostat [AE-NL-2410-nnnnn]" | `Alliant Energy <customercare@>` | {first['THERMO']} 09:30 | per-recipient token in the subject; footer "To opt out of marketing e-mails ... click unsubscribe ... or reply to this message with the word unsubscribe" |
| catalog e-mail "Holiday Preview: gifts that save energy, 20% off through Dec. 1" (some with `[PH-2411-nnnnn]`) | `PowerHouse Catalog <powerhousecatalog@>` | {first['HOLIDAY']} 09:14 | "Dear *full name*,"; footer paragraph on sharing the customer list ("If you prefer that we not share your name and address, write to powerhousecatalog@..."), then a separate "To unsubscribe ... or reply with 'unsubscribe'" paragraph |
| newsletter "Your December Home Comfort Tips from PowerHouse" | `PowerHouse from Alliant Energy <customercare@>` | {first['NEWS']} 08:00 | "You can manage your preferences or unsubscribe" |
| promo "Free Home Energy Assessment" | `Alliant Energy <customercare@>` | {first['ASSESS']} 10:00 | "Unsubscribe / opt out" |
| catalog e-mail "Winter Clearance: up to 40% off at PowerHouse" | `PowerHouse Catalog <powerhousecatalog@>` | {first['CLEARANCE']} 09:00 | same sharing + unsubscribe footer as the Holiday Preview |
| bill notice "Your Alliant Energy bill is ready" | `Alliant Energy <noreply@alliantenergy.com>`, **Reply-To customercare@** | monthly, 06:00 | "account ending in *nnnn*", amount, due date; "This is a service message ... even if you have opted out of marketing e-mails" |
| payment reminder "Payment reminder: your bill is due *date*" | `noreply@alliantenergy.com`, Reply-To customercare@ | as needed, 07:00 | service message, same footer |
| outage alerts "Outage alert: we are working on an outage near you" / "Outage update: power has been restored" | `Alliant Energy Outage Alerts <noreply@alliantenergy.com>`, Reply-To customercare@ | 2024-09-24, 2024-12-28, 2025-02-11 | footer "To stop outage alerts, update your preferences ... This is a service message, not marketing." |
| **bot acknowledgement** "We received your request [CC-YYYY-MM-NNNNN]" | `Alliant Energy Customer Care <customercare@>` | minutes after a request | `Message-ID: <ack.CC-...@alliant-energy.com>`, `Auto-Submitted: auto-replied`; says what happens "if you asked us to stop marketing contact" and "if you asked the PowerHouse Catalog not to share your name" |
| **staff replies** "RE: *customer's subject*" | `Alliant Energy Customer Care <customercare@>` or `PowerHouse Catalog <powerhousecatalog@>` | business hours | Outlook top-post signed by Renee Halvorsen, Dana Whitfield or Marcus Tiedemann, with the customer's original under a "From:/Sent:/To:/Subject:" block; some end with a question ("Would you also like us to ...?", "could you send the name and ZIP exactly as on your label?") |
| staff e-mail to our mail house "Suppression file for job 24-1187" | `Marcus Tiedemann <powerhousecatalog@>` | 2024-12-04 | "do not share these names with the co-op list exchange" (quoted back by the vendor's report) |

Promotions and catalog e-mails carry `List-Unsubscribe: <mailto:...?subject=unsubscribe>` pointing at the mailbox
they came from, and leave through our relay `smtp-out01.alliant-energy.com` with that mailbox as envelope sender,
so their bounces and auto-replies come back to it.

## Files

| path | what |
|---|---|
| `NNNN.eml` | {n} raw messages, CRLF, exactly as IMAP would hand them out. Open as **bytes**. |
| `manifest.jsonl` | one object per message, keys in the order `file, mailbox, automated, labels, unclear, entities, note, ack_to` |
| `index.tsv` | `file, spec, category, language, program, date` (category is the generator's, not part of the label schema) |
| `_generator/build.py` | rebuilds every byte (fixed seed): `python3 _generator/build.py` |
| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |

## Decisions taken with LABELS.md (where it needed reading)

* **Only the new text counts.** Quoted, forwarded and pasted text never adds a label or an entity, including
  our greetings ("Hi Dale,", "Dear Maria Ruiz,"), "account ending in 4471" and ZIP 53718. Signatures are the
  sender's, so their names/ZIPs count; their disclaimers ("reply STOP", "do not share") are boilerplate and
  never a request.
* **Short replies** ("STOP", "remove", "Unsubscribe", an inline "Yes.") are read against what they answer:
  under a promotion or a staff question about marketing/sharing they are opt-outs; under a bill notice,
  payment reminder, outage alert, staff billing answer or our acknowledgement they are `unclear`.
* **Unclear rows keep `labels: []`**, except the "delete everything" request, which LABELS.md makes
  `unclear` **plus** `question` ({fmap['u12-gmail-top-news-delete-everything']}). The corpus README's
  "unclear => labels []" is older than that rule.
* **Replies to the acknowledgement**: a person's "Thank you!" gets no ack; a person's "STOP" is unclear (with
  an ack); a person who adds a new request or question gets an ack; software answering it is automated (LOOP
  TRAP in `note`). LABELS.md's "any reply to our own acknowledgement that asks for nothing" decides it, not
  the corpus README's older "replies to the ack are automated".
* **Entities**: a first name alone counts (LABELS.md), so "Barb", "Janet", "Leon", "Lucía" are names. Titles
  are dropped ("Dr. Alan Whitcomb" -> "Alan Whitcomb"). An Outlook inline `[Name]` comment marker is taken as
  the sender's name (his client's tag on his own words, like a signature). For a request on behalf of
  someone, the name is that person's (executor -> the late father; daughter -> her mother).
* **Reply-To** is used when From is a relay (our Contact Us form) or a shared family mailbox whose writer asks
  to be answered at his own address ({', '.join(rt)}). A role mailbox with no Reply-To (accounts payable) is
  answered at From.
* The mailbox address is in `To:` for every message except the mailing-list copy ({fmap['a17-googlegroup-post-quotes-solar']}),
  where the poster put `customercare@` in `Cc:`.

## Counts

| label | messages carrying it |
|---|---|
| `marketing_opt_out` | {lab[MKT]} |
| `catalog_share_opt_out` | {lab[SHARE]} |
| `question` | {lab[QUES]} |
| `automated: true` | {sum(r['automated'] for r in recs)} |
| `unclear: true` | {sum(r['unclear'] for r in recs)} |
| **total messages** | **{n}** |

Exact label combinations (each message counted once):

{table(sorted(combos.items(), key=lambda x: -x[1]), ['labels', 'messages'])}

By generator category (`index.tsv`):

{table(sorted(cats.items(), key=lambda x: -x[1]), ['category', 'messages'])}

{table([(f'`{k}`', mb[k], mba[k]) for k in ('customercare', 'powerhousecatalog')], ['mailbox', 'messages', 'of which automated'])}

| other | count |
|---|---|
| messages with any entity | {with_ent} |
| entity `name` | {ent['name']} |
| entity `postal_code` | {ent['postal_code']} |
| entity `account` | {ent['account']} |
| `ack_to` set | {acks} |
| `ack_to` from a Reply-To that differs from From | {len(rt)} ({', '.join(rt)}) |
| `ack_to` null on human mail | {len(ack_null_h)} ({', '.join(ack_null_h)}) |
| language en / es / mixed | {langs['en']} / {langs['es']} / {langs['mixed']} |

By mail program:

{table(sorted(progs.items(), key=lambda x: (-x[1], x[0])), ['program', 'messages'])}

## Where to look

| phenomenon | files |
|---|---|
| inline answers between quoted lines | {files(lambda r, s: s['kind'] == 'human' and sum(1 for g in s['segs'] if g[0] == 'q') > 1)} |
| Outlook blue-line inline comments | {files(lambda r, s: s['kind'] == 'human' and s.get('me', {}).get('inline'))} |
| bottom-posted under the quote | {files(lambda r, s: s['kind'] == 'human' and s['segs'] and s['segs'][0][0] == 'q' and len(s['segs']) == 2 or (s['kind'] == 'human' and len(s['segs']) == 3 and s['segs'][0][0] == 'q' and s['segs'][2][0] == 'sig'))} |
| quotes or returns a staff reply | {files(lambda r, s: s.get('src') is not None and getattr(s['src'], 'key', '') == 'STAFF')} |
| quotes or returns the bot acknowledgement | {files(lambda r, s: s.get('src') is not None and getattr(s['src'], 'key', '') == 'ACK')} |
| forward of our mail to us | {files(lambda r, s: s.get('mode') == 'fwd')} |
| "Fwd: Fwd:" chains | {files(lambda r, s: s.get('mode') == 'fwd' and getattr(s['src'], 'key', '') == 'FWD')} |
| service message (bill, reminder, outage) quoted | {files(lambda r, s: getattr(s.get('src'), 'key', '') in ('BILL', 'PAYREM', 'OUTAGE'))} |
| empty / signature-only / "?" / emoji new text | {files(lambda r, s: s['id'].startswith(('u01', 'u02', 'u07', 'u13', 'u17')))} |
| signature with a legal or other disclaimer | {files(lambda r, s: s['id'].startswith(('m07', 'c07', 'q07', 'oq07', 'u02')))} |
| web form relay | {files(lambda r, s: s.get('prog') == 'webform')} |
| Spanish or mixed | {files(lambda r, s: s['lang'] != 'en')} |
'''


if __name__ == '__main__':
    out = build_all()
    write(out)
    print(f'wrote {len(out)} messages to {OUT}')
