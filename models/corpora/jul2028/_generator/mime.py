"""Shared plumbing for the jul2028 corpus: dates, tokens, MIME encoding, our own outgoing mail,
the inbound delivery chain (mx1/mx2 -> mbx01), mailbox providers and mail-client renderers.
Standard library only. All randomness comes from the single seeded generator R."""
import base64
import datetime
import html as _html
import quopri
import random
import textwrap
from email.header import Header

SEED = 20280710
R = random.Random(SEED)

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
DAYSL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONSL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December']
CDT = datetime.timezone(datetime.timedelta(hours=-5))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
UTC = datetime.timezone.utc
TD = datetime.timedelta

ADDR = {'cc': 'customercare@alliant-energy.com', 'ph': 'powerhousecatalog@alliant-energy.com'}
MBOX = {'cc': 'customercare', 'ph': 'powerhousecatalog'}


def T(day, h, m, s=None, month=7):
    if s is None:
        s = R.randint(0, 59)
    return datetime.datetime(2028, month, day, h, m, s, tzinfo=CDT)


def fmt(d, tz=CDT, suffix=''):
    d = d.astimezone(tz)
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return (f"{DAYS[d.weekday()]}, {d.day:02d} {MONS[d.month - 1]} {d.year} "
            f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}{suffix}")


def fmt1(d, tz=CDT, suffix=''):
    """day without leading zero (Apple, Thunderbird, Exim)"""
    s = fmt(d, tz, suffix)
    return s[:5] + s[5:].lstrip('0')


def h12(d):
    h = d.hour % 12 or 12
    return h, ('AM' if d.hour < 12 else 'PM')


# ---------------------------------------------------------------- tokens
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64C = ALNUM + '+/'


def rs(n, alpha=ALNUM):
    return ''.join(R.choice(alpha) for _ in range(n))


def rhex(n, upper=False):
    return rs(n, '0123456789ABCDEF' if upper else '0123456789abcdef')


def rdig(n):
    return rs(n, '0123456789')


def qid():
    return '4' + rs(1, 'VWXYZ') + rs(11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')


def ruuid(upper=True):
    h = rhex(32, upper)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def fold_b64(tag, n, indent='\t', width=70):
    """a long base64 value (DKIM b=, ARC b=) folded onto continuation lines"""
    val = rs(n, B64C)
    chunks = [val[i:i + width] for i in range(0, len(val), width)]
    return tag + ('\n' + indent).join(chunks)


def epoch(d):
    return int(d.timestamp())


# ---------------------------------------------------------------- MIME helpers
def qp(text, charset='utf-8'):
    raw = text.replace('\r\n', '\n').encode(charset)
    out = quopri.encodestring(raw).decode('ascii')
    return out


def b64(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width))


def needs_qp(text):
    return any(ord(c) > 126 for c in text) or any(len(l) > 76 for l in text.split('\n'))


def ehdr(text, charset='utf-8'):
    """RFC 2047-encode a header value only when it is not plain ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset).encode(linesep='\n')


def addr_hdr(name, addr, charset='utf-8', quote=True):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return f"{Header(name, charset).encode(linesep=chr(10))} <{addr}>"
    if quote and any(c in name for c in ',.@()'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def esc(s):
    return _html.escape(s, quote=False)


def text_to_html_lines(text, wrap='div'):
    out = []
    for line in text.split('\n'):
        if wrap == 'div':
            out.append(f"<div>{esc(line) if line else '<br>'}</div>")
        else:
            out.append(esc(line) + '<br>')
    return '\n'.join(out)


def flowed(text, width=72):
    """format=flowed wrapping as Thunderbird does (soft breaks end with a space)"""
    out = []
    for para in text.split('\n'):
        if len(para) <= width or para.startswith('>'):
            out.append(para)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        for i, l in enumerate(lines):
            out.append(l + (' ' if i < len(lines) - 1 else ''))
    return '\n'.join(out)


def quote_gt(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


# ---------------------------------------------------------------- our own outgoing mail
class Ours:
    """One message Alliant sent, as a recipient's client sees it."""

    def __init__(self, kind, from_disp, from_addr, subject, date, msgid, text, reply_disp=None,
                 reply_addr=None, to_addr=None, lang='en'):
        self.kind, self.from_disp, self.from_addr = kind, from_disp, from_addr
        self.subject, self.date, self.msgid, self.text = subject, date, msgid, text
        self.reply_disp = reply_disp or from_disp
        self.reply_addr = reply_addr or from_addr
        self.to_addr = to_addr
        self.lang = lang


ORG_FOOT = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

SC_SUBJ = "Summer Clearance: up to 60% off fans, solar lights & more [PH-2807-SC]"
SC_DATE = datetime.datetime(2028, 7, 11, 9, 2, 13, tzinfo=CDT)
SC_TEXT = """PowerHouse Catalog | SUMMER CLEARANCE

Up to 60% off while it lasts.

20" box fans, now $19.99 (reg. $34.99)
Oscillating tower fans, 40% off
Solar path lights, 6-pack $24.99
Smart plugs, 3 for $25
Patio string lights and grill thermometers, up to 60% off

Shop the clearance: https://powerhouse.alliant-energy.com/summer-clearance?c=PH-2807-SC

Prices good through July 23, 2028, or while supplies last. Free shipping on orders over $49.

--
You're receiving this e-mail because you ordered from or asked for the PowerHouse Catalog.
PowerHouse Catalog sometimes shares its customer list (names and postal addresses, never e-mail addresses) with other catalog companies whose products we think you may like. If you'd rather we not share your name, write to powerhousecatalog@alliant-energy.com.
To unsubscribe from PowerHouse e-mails, reply with the word "unsubscribe" or visit https://powerhouse.alliant-energy.com/unsubscribe.
PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718"""

PR_SUBJ = "Earn $5 every time you beat the peak this summer"
PR_DATE = datetime.datetime(2028, 7, 13, 10, 15, 4, tzinfo=CDT)
PR_TEXT = """Beat the Peak this summer, and get paid for it

Hi {first},

On the hottest afternoons, everyone's air conditioner runs at once. When we call a Peak Day, use less electricity between 2 and 7 p.m. and earn a $5 bill credit each time, up to $75 a season.

- No equipment needed
- We'll e-mail and text you the day before
- Enroll in 2 minutes: https://www.alliantenergy.com/peakrewards?c=AE-PR-2807

Peak Time Rewards is offered in partnership with GridBright Inc.

--
You're receiving this e-mail because you're an Alliant Energy customer. To opt out of marketing e-mails, reply with the word "unsubscribe" or manage your preferences at https://www.alliantenergy.com/preferences. Service messages about your account (bills, outages) will still be sent.
""" + ORG_FOOT

PRES_SUBJ = "Gane $5 cada vez que ahorre en las horas pico este verano"
PRES_TEXT = """Ahorre en las horas pico este verano y gane recompensas

Hola, {first}:

En las tardes más calurosas, todos los aires acondicionados funcionan al mismo tiempo. Cuando anunciemos un Día Pico, use menos electricidad entre las 2 y las 7 p.m. y gane un crédito de $5 en su factura cada vez, hasta $75 por temporada.

- No necesita equipo especial
- Le avisaremos por correo electrónico y mensaje de texto el día anterior
- Inscríbase en 2 minutos: https://www.alliantenergy.com/es/peakrewards?c=AE-PR-2807-ES

Peak Time Rewards se ofrece en colaboración con GridBright Inc.

--
Recibe este correo porque es cliente de Alliant Energy. Para dejar de recibir correos promocionales, responda con la palabra BAJA (o "unsubscribe") o visite https://www.alliantenergy.com/es/preferencias. Seguirá recibiendo mensajes de servicio sobre su cuenta (facturas, apagones).
""" + ORG_FOOT

AC_SUBJ = "Get $25 back on an AC tune-up before the heat hits"
AC_DATE = datetime.datetime(2028, 6, 27, 10, 0, 41, tzinfo=CDT)
AC_TEXT = """Keep cool for less this summer

A tune-up helps your central air run up to 15% more efficiently. Book a tune-up with a participating contractor by August 31 and we'll send you $25 back.

Find a contractor: https://www.alliantenergy.com/rebates/ac-tuneup?c=AE-AC-2806

--
To opt out of marketing e-mails, reply with the word "unsubscribe" or manage your preferences at https://www.alliantenergy.com/preferences.
""" + ORG_FOOT

HEAT_SUBJ = "Heat advisory: please help conserve energy today, 2-7 p.m."
HEAT_DATE = datetime.datetime(2028, 7, 17, 11, 30, 2, tzinfo=CDT)
HEAT_TEXT = """Heat advisory: please help conserve energy today

The National Weather Service has issued a heat advisory for much of Iowa and southern Wisconsin, with heat index values near 105. Demand for electricity will be very high this afternoon.

Our system is running normally. To help keep it that way, please conserve energy if you safely can between 2 and 7 p.m. today:
- Set your thermostat a few degrees higher, 78 or above if your health allows
- Wait until evening to run the dishwasher, washer and dryer
- Close blinds on sunny windows

Please check on older neighbors, and never leave people or pets in a parked car.

This is a service message about your Alliant Energy account. We send it even if you have opted out of marketing e-mails.
""" + ORG_FOOT

OUT_SUBJ = "Outage alert: crews are responding to storm damage in your area"
OUT_DATE = datetime.datetime(2028, 7, 19, 21, 48, 30, tzinfo=CDT)
OUT_TEXT = """Outage alert

We know the power is out at the service address on your account ending in {last4}.

Cause: severe thunderstorms
Customers affected in your area: {n}
Estimated restoration: Jul 20, 2028, 4:00 AM

Crews are on their way. Stay at least 35 feet away from downed power lines and report them at 1-800-555-0142.

Outage map: https://outagemap.alliantenergy.com

This is a service message. Manage outage alerts at https://www.alliantenergy.com/alerts."""

BILL_SUBJ = "Your Alliant Energy bill is ready"
BILL_TEXT = """Your bill is ready

Account ending in {last4}
Amount due: ${amt}
Due date: {due}

View and pay your bill: https://www.alliantenergy.com/mybill

Your usage this month was higher than last month. Summer heat and air conditioning are the most common reasons. Energy-saving tips: https://www.alliantenergy.com/summer

Questions? Reply to this e-mail or call 1-800-555-0147.
This is a service message about your account. We send it even if you have opted out of marketing e-mails.
""" + ORG_FOOT

ACK_TEXT = """Thank you for writing to Alliant Energy.

We received your message on {date} and logged it as request {ref}.

- If you asked us to stop marketing contact (e-mail or postal mail), we will update your preferences within 10 business days.
- If you asked the PowerHouse Catalog not to share your name and address with other catalog companies, we will record that request too.
- If your message needs an answer, someone from Customer Care will reply within 2 business days.

You don't need to reply to this message.

Alliant Energy Customer Care
1-800-555-0147"""


def rid():
    return rhex(10)


def sc(to):
    return Ours('promo', 'PowerHouse Catalog', ADDR['ph'], SC_SUBJ, SC_DATE,
                f"<20280711140213.PH-2807-SC.{rid()}@news.alliant-energy.com>", SC_TEXT, to_addr=to)


def pr(to, first):
    return Ours('promo', 'Alliant Energy', ADDR['cc'], PR_SUBJ, PR_DATE,
                f"<20280713151504.AE-PR-2807.{rid()}@news.alliant-energy.com>",
                PR_TEXT.format(first=first), to_addr=to)


def pres(to, first):
    d = PR_DATE + TD(minutes=4)
    return Ours('promo', 'Alliant Energy', ADDR['cc'], PRES_SUBJ, d,
                f"<20280713151908.AE-PR-2807-ES.{rid()}@news.alliant-energy.com>",
                PRES_TEXT.format(first=first), to_addr=to, lang='es')


def ac(to):
    return Ours('promo', 'Alliant Energy', ADDR['cc'], AC_SUBJ, AC_DATE,
                f"<20280627150041.AE-AC-2806.{rid()}@news.alliant-energy.com>", AC_TEXT, to_addr=to)


def heat(to):
    return Ours('service', 'Alliant Energy Alerts', 'alerts@alliant-energy.com', HEAT_SUBJ, HEAT_DATE,
                f"<alert.HEAT-20280717.{rid()}@alerts.alliant-energy.com>", HEAT_TEXT,
                reply_disp=None, reply_addr=ADDR['cc'], to_addr=to)


def outage(to, last4, n='2,870'):
    return Ours('service', 'Alliant Energy Alerts', 'alerts@alliant-energy.com', OUT_SUBJ, OUT_DATE,
                f"<alert.OUT-20280719-CR{rdig(4)}.{rid()}@alerts.alliant-energy.com>",
                OUT_TEXT.format(last4=last4, n=n), reply_addr=ADDR['cc'], to_addr=to)


def bill(to, date, last4, amt, due):
    return Ours('service', 'Alliant Energy', 'noreply@alliantenergy.com', BILL_SUBJ, date,
                f"<bill.{date.strftime('%Y%m%d')}.{rid()}@alliantenergy.com>",
                BILL_TEXT.format(last4=last4, amt=amt, due=due),
                reply_disp='Alliant Energy Customer Care', reply_addr=ADDR['cc'], to_addr=to)


def ack(ref, to, date):
    ds = f"{MONSL[date.month - 1]} {date.day}, {date.year}"
    return Ours('ack', 'Alliant Energy Customer Care', ADDR['cc'],
                f"We received your request [{ref}]", date, f"<ack.{ref}@alliant-energy.com>",
                ACK_TEXT.format(date=ds, ref=ref), to_addr=to)


# ---------------------------------------------------------------- delivery chain
MXIP = {'mx1': '10.40.8.11', 'mx2': '10.40.8.12'}
TLS13 = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
         "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
         "\n\t(No client certificate requested)")
TLS12 = ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
         "\n\t(No client certificate requested)")


def deliver(mailbox, when, env_from, helo, rdns, ip, pre, msg, dkim=(), spf='pass', spf_dom=None,
            dmarc=None, tls=TLS13, mx=None):
    """Wrap a message (client headers + body, str with \\n) in our MX/mailbox trace.
    dkim: list of (domain, selector, result); dmarc: (result, policy, header_from) or None."""
    mx = mx or R.choice(('mx1', 'mx2'))
    rcpt = ADDR[mailbox]
    t2 = when + TD(seconds=R.randint(0, 2))
    H = [f"Return-Path: <{env_from}>", f"Delivered-To: {rcpt}",
         f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{MXIP[mx]}])\n"
         f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid()}\n"
         f"\tfor <{rcpt}>; {fmt(t2, CDT, ' (CDT)')}"]
    if dmarc:
        H.append(f"Authentication-Results: {mx}.alliant-energy.com; dmarc={dmarc[0]} (p={dmarc[1]} dis="
                 f"{'none' if dmarc[0] == 'pass' or dmarc[1] == 'none' else dmarc[1]}) header.from={dmarc[2]}")
    for d, sel, res in dkim:
        H.append(f"Authentication-Results: {mx}.alliant-energy.com;\n\tdkim={res} (2048-bit key; unprotected) "
                 f"header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={sel} header.b={rs(8)}")
    sdom = spf_dom or (env_from.split('@')[1] if '@' in env_from else helo)
    ident = 'mailfrom' if env_from else 'helo'
    H.append(f"Authentication-Results: {mx}.alliant-energy.com; spf={spf} "
             f"smtp.{ident}={sdom}")
    H.append(f"Received-SPF: {spf.capitalize()} ({ident}) identity={ident}; client-ip={ip}; helo={helo}; "
             f"envelope-from={env_from or '<>'}; receiver=<UNKNOWN>")
    if rdns == helo:
        src = f"{helo} ({rdns} [{ip}])"
    else:
        src = f"{helo} ({rdns} [{ip}])"
    w = 'ESMTPS' if tls else 'ESMTP'
    H.append(f"Received: from {src}{tls or ''}\n\tby {mx}.alliant-energy.com (Postfix) with {w} id {qid()}\n"
             f"\tfor <{rcpt}>; {fmt(when, CDT, ' (CDT)')}")
    return '\n'.join(H + [p for p in pre if p]) + '\n' + msg


def internal(mailbox, when, env_from, pre, msg, host='mailout01.alliant-energy.com', ip='10.40.6.21'):
    """Mail that originates inside our own network (DSNs from our outbound relay, staff mail)."""
    mx = R.choice(('mx1', 'mx2'))
    rcpt = ADDR[mailbox]
    t2 = when + TD(seconds=R.randint(0, 1))
    H = [f"Return-Path: <{env_from}>", f"Delivered-To: {rcpt}",
         f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{MXIP[mx]}])\n"
         f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid()}\n"
         f"\tfor <{rcpt}>; {fmt(t2, CDT, ' (CDT)')}",
         f"Received: from {host} ({host} [{ip}])\n\tby {mx}.alliant-energy.com (Postfix) with ESMTP id {qid()}\n"
         f"\tfor <{rcpt}>; {fmt(when, CDT, ' (CDT)')}"]
    return '\n'.join(H + [p for p in pre if p]) + '\n' + msg
