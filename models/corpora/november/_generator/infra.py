"""Providers, mail clients, our own outgoing mail, and the Alliant MX envelope."""
import datetime as _dt

from mailkit import (CST, EST, MST, PST, UTC, LDAYS, LMONS, MONS, DAYS, Kit, addr, b64body, esc, flowed, fold,
                     hard_wrap, multipart, needs_qp, part, part_noncte, qp, quote_gt, rfc2047_b, rfc2047_q,
                     rfcdate, sec, t)

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
BOX = {"customercare": CC, "powerhousecatalog": PH}


# ----------------------------------------------------------------------------------------------------------
# What Alliant itself sent in these two weeks (quoted, forwarded, bounced and auto-answered in the set)
# ----------------------------------------------------------------------------------------------------------
class Ours:
    def __init__(self, from_name, from_addr, date, subject, text, msgid, to_addr, to_name=None, reply_to=None):
        self.from_name, self.from_addr, self.date = from_name, from_addr, date
        self.subject, self.text, self.msgid = subject, text, msgid
        self.to_addr, self.to_name, self.reply_to = to_addr, to_name, reply_to


FOOT_PH = """You are receiving this e-mail because you ordered from or asked for the
PowerHouse Catalog. PowerHouse Catalog, 4902 N Biltmore Ln, Madison, WI 53718.

We never share your e-mail address. From time to time we make our
customers' names and postal addresses available to other carefully
selected catalog companies. If you would rather we not share your name
and address, write to powerhousecatalog@alliant-energy.com.

To unsubscribe from PowerHouse e-mails, visit
https://powerhouse.alliant-energy.com/u?c=PH-2711-GB or reply with the
word "unsubscribe"."""

GIFT_SUBJ = "The 2027 Holiday Gift Book is here \U0001F381 Free shipping through Nov 21 [PH-2711-GB]"
GIFT_TEXT = """THE POWERHOUSE HOLIDAY GIFT BOOK 2027

Heated throws, cordless pet-hair vacuums, LED village sets and 400 more
gifts, all in one place. Your printed Gift Book is in the mail, and you
can page through it online today.

FREE standard shipping on orders of $49 or more through November 21.
Use code GIFTBOOK27 at checkout.

Shop the Gift Book: https://powerhouse.alliant-energy.com/giftbook27
Order by phone: 1-800-555-0117, 7 a.m. to 9 p.m. Central

--
""" + FOOT_PH

FOOT_AE = """You're receiving this because you signed up for Alliant Energy news and
offers. Opt out of marketing e-mails at alliantenergy.com/preferences or
reply "unsubscribe". Alliant Energy, 4902 N Biltmore Ln, Madison, WI 53718."""

WINTER_SUBJ = "Get winter-ready: $75 back on a smart thermostat + Budget Billing [AE-NL-2711-WR]"
WINTER_TEXT = """Hi {first},

Winter is on its way. Two easy ways to keep heating costs in check:

1. $75 back on a qualifying smart thermostat bought and installed between
   October 1, 2027 and January 31, 2028. Apply at alliantenergy.com/thermostat.

2. Budget Billing spreads your energy costs evenly over 12 months, so there
   are no surprise winter bills. Enroll at alliantenergy.com/budgetbilling or
   call 1-800-555-0142.

Stay warm,
Alliant Energy

--
""" + FOOT_AE

WINTER_ES_SUBJ = "Prep\u00e1rese para el invierno: $75 de reembolso en un termostato inteligente [AE-NL-2711-WR-ES]"
WINTER_ES_TEXT = """Hola, {first}:

Se acerca el invierno. Dos maneras f\u00e1ciles de controlar sus costos de
calefacci\u00f3n:

1. $75 de reembolso en un termostato inteligente que califique, comprado e
   instalado entre el 1 de octubre de 2027 y el 31 de enero de 2028.
   Solicite en alliantenergy.com/termostato.

2. Facturaci\u00f3n Presupuestada (Budget Billing): reparte sus costos de energ\u00eda
   en 12 pagos iguales, sin sorpresas en invierno. Inscr\u00edbase en
   alliantenergy.com/budgetbilling o llame al 1-800-555-0142.

Saludos,
Alliant Energy

--
Recibe este correo porque se suscribi\u00f3 a noticias y ofertas de Alliant
Energy. Para no recibir m\u00e1s correos de promociones, visite
alliantenergy.com/preferencias o responda "baja". Alliant Energy,
4902 N Biltmore Ln, Madison, WI 53718."""

VETS_SUBJ = "Thank you to everyone who served [AE-NL-2711-VD]"
VETS_TEXT = """Today we honor the veterans who keep the lights on at Alliant Energy,
and the veterans and military families we serve across Iowa and Wisconsin.

To say thanks, veteran and active-duty households can book a free Home
Energy Assessment (a $99 value) through December 31. An energy advisor
will check insulation, air leaks and your furnace, and leave free LED
bulbs and weatherstripping. Book at alliantenergy.com/assessment.

With gratitude,
Alliant Energy

--
""" + FOOT_AE

LIHEAP_SUBJ = "Help paying winter heating bills: energy assistance is open"
LIHEAP_TEXT = """Dear Customer,

The Low Income Home Energy Assistance Program (LIHEAP) is now taking
applications for the 2027-2028 heating season. Eligible households can
receive a one-time payment toward heating bills, and are protected from
disconnection from November 1 through April 1.

Iowa: apply through your local community action agency.
Wisconsin: apply at homeenergyplus.wi.gov or call 1-866-555-0130.

Behind on a bill? Call us at 1-800-555-0142 to set up a payment
arrangement. We're here to help.

Alliant Energy Customer Care

This is a service message about your account. It is sent even if you
have opted out of marketing e-mails."""

OUTAGE_SUBJ = "Outage in your area: estimated restoration 11:30 AM (OUT-271115-0417)"
OUTAGE_TEXT = """ALLIANT ENERGY OUTAGE ALERT

Heavy wet snow overnight has caused power outages in your area.

Outage ID: OUT-271115-0417
Customers affected: 1,214
Cause: Snow and ice on lines
Estimated restoration: 11:30 AM, Monday, November 15

Crews are assigned. Check status or report a new outage at
alliantenergy.com/outages or call 1-800-555-0142.
Stay at least 35 feet away from downed lines.

You get this alert because you signed up for outage notifications.
Manage alerts at alliantenergy.com/alerts."""

BILL_SUBJ = "Your Alliant Energy bill is ready"
BILL_TEXT = """Your bill is ready

Account ending in {last4}
Amount due: ${amt}
Due date: December {due}, 2027

View and pay your bill at alliantenergy.com/myaccount.
Heating season tip: Budget Billing can even out winter bills.

This is a service message about your account. It's sent even if you have
opted out of marketing. Please do not reply to this e-mail; write to
customercare@alliant-energy.com or call 1-800-555-0142."""

ACK_SUBJ = "We received your request [{ref}]"
ACK_TEXT = """Hello,

Thank you for contacting Alliant Energy. We received your message on
{when} and logged it as request {ref}.

If you asked us to stop marketing contact, or not to share your name
and address with other companies, we will update our records within
10 business days. Bills, outage alerts and other service messages will
continue. If your message needs an answer, a member of our Customer
Care team will reply.

Alliant Energy Customer Care
1-800-555-0142

This is an automated reply. Please keep the request number for your
records."""

GIFT_AT = t(9, 6, 30, 12)
WINTER_AT = t(10, 10, 0, 4)
VETS_AT = t(11, 8, 0, 9)
LIHEAP_AT = t(8, 9, 15, 33)
OUTAGE_AT = t(15, 5, 12, 40)


def ours_gift(k, to_addr, to_name=None):
    return Ours("PowerHouse Catalog", PH, GIFT_AT, GIFT_SUBJ, GIFT_TEXT,
                "<20271109123012.PH-2711-GB.%s@mail.alliant-energy.com>" % k.hexs(12), to_addr, to_name)


def ours_winter(k, to_addr, first, to_name=None):
    return Ours("Alliant Energy", CC, WINTER_AT, WINTER_SUBJ, WINTER_TEXT.format(first=first),
                "<20271110160004.AE-NL-2711-WR.%s@mail.alliant-energy.com>" % k.hexs(12), to_addr, to_name)


def ours_winter_es(k, to_addr, first, to_name=None):
    return Ours("Alliant Energy", CC, sec(WINTER_AT, 300), WINTER_ES_SUBJ, WINTER_ES_TEXT.format(first=first),
                "<20271110160504.AE-NL-2711-WR-ES.%s@mail.alliant-energy.com>" % k.hexs(12), to_addr, to_name)


def ours_vets(k, to_addr, to_name=None):
    return Ours("Alliant Energy", CC, VETS_AT, VETS_SUBJ, VETS_TEXT,
                "<20271111140009.AE-NL-2711-VD.%s@mail.alliant-energy.com>" % k.hexs(12), to_addr, to_name)


def ours_liheap(k, to_addr, to_name=None):
    return Ours("Alliant Energy Customer Care", CC, LIHEAP_AT, LIHEAP_SUBJ, LIHEAP_TEXT,
                "<svc.20271108151533.LIHEAP-2711.%s@alliant-energy.com>" % k.hexs(10), to_addr, to_name)


def ours_outage(k, to_addr, to_name=None):
    return Ours("Alliant Energy Alerts", "alerts@alliant-energy.com", OUTAGE_AT, OUTAGE_SUBJ, OUTAGE_TEXT,
                "<alert.OUT-271115-0417.%s@alerts.alliant-energy.com>" % k.hexs(10), to_addr, to_name,
                reply_to=CC)


def ours_bill(k, to_addr, last4, amt, due, at, to_name=None):
    return Ours("Alliant Energy", "noreply@alliantenergy.com", at, BILL_SUBJ,
                BILL_TEXT.format(last4=last4, amt=amt, due=due),
                "<bill.%s.%s@notify.alliantenergy.com>" % (at.strftime("%Y%m%d"), k.hexs(16)), to_addr, to_name)


def ack_when(d):
    return "%s, %s %d, %d" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year)


def ours_ack(ref, to_addr, at, received_at, to_name=None):
    return Ours("Alliant Energy Customer Care", CC, at, ACK_SUBJ.format(ref=ref),
                ACK_TEXT.format(ref=ref, when=ack_when(received_at)), "<ack.%s@alliant-energy.com>" % ref,
                to_addr, to_name)


def ours_staff(k, from_addr, to_addr, at, subject, text, to_name=None, from_name="PowerHouse Catalog"):
    return Ours(from_name, from_addr, at, subject, text,
                "<%s.%s@alliant-energy.com>" % (at.strftime("%Y%m%d%H%M%S"), k.hexs(8)), to_addr, to_name)


# ----------------------------------------------------------------------------------------------------------
# Quoting styles
# ----------------------------------------------------------------------------------------------------------
def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def q_gmail_attr(o, tz=CST):
    d = o.date.astimezone(tz)
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year,
                                                     h12(d).replace(" ", "\u202f"), o.from_name, o.from_addr)


def q_apple_attr(o, tz=CST):
    d = o.date.astimezone(tz)
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[d.month - 1], d.day, d.year,
                                                   h12(d).replace(" ", "\u202f"), o.from_name, o.from_addr)


def q_outlook_block(o, tz=CST, to_display=None):
    d = o.date.astimezone(tz)
    to = to_display or (("%s <%s>" % (o.to_name, o.to_addr)) if o.to_name else o.to_addr)
    return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s"
            % (o.from_name, o.from_addr, LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year, h12(d), to,
               o.subject, o.text))


def q_yahoo_attr(o, tz=CST):
    d = o.date.astimezone(tz)
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
        LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year, h, d.minute, d.second,
        "AM" if d.hour < 12 else "PM", d.tzname(), o.from_name, o.from_addr)


def q_tb_attr(o, tz=CST):
    d = o.date.astimezone(tz)
    return "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, h12(d), o.from_name)


def text_html_simple(text):
    out = []
    for p in text.split("\n\n"):
        out.append("<br>".join(esc(l) for l in p.split("\n")))
    return "<br><br>".join(out)


def gmail_divs(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    return "".join(out)


def re_subj(s, prefix="Re: "):
    return prefix + s


# ----------------------------------------------------------------------------------------------------------
# Providers: the headers the sending system puts above the client's own headers
# ----------------------------------------------------------------------------------------------------------
class Prov:
    """Result of a provider: header lines (already folded, \n-joined) and data for our MX."""

    def __init__(self, lines, helo, ip, rdns, authres_dkim, spf_dom, dmarc_dom, tls=True, dkim_pass=True,
                 dmarc="pass", spf="pass", mailfrom=None):
        self.lines, self.helo, self.ip, self.rdns = lines, helo, ip, rdns
        self.authres_dkim, self.spf_dom, self.dmarc_dom = authres_dkim, spf_dom, dmarc_dom
        self.tls, self.dmarc, self.spf, self.mailfrom = tls, dmarc, spf, mailfrom


def prov_gmail(k, sender, rcpt, at, hdrs_signed="to:subject:message-id:date:from:mime-version"):
    sent_pst = sec(at, -2).astimezone(PST)
    pod = "mail-%s%d-f%d.google.com" % (k.r.choice(["qk1", "qt1", "yb1", "pj1", "lf1", "wm1", "oi1", "ej1"]),
                                        k.r.randint(1, 2), k.r.randint(41, 199))
    ip = "209.85.%d.%d" % (k.r.randint(128, 223), k.r.randint(10, 250))
    smtpid = "%s-%s" % (k.r.choice(["af79cd13be357", "d75a77b69052e", "2adb3069b0e04", "6a00720f86b3d"]), k.hexs(8))
    ts = int(sent_pst.timestamp())
    bh = k.b64(32)
    lines = [
        "Received: by %s with SMTP id %s\n        for <%s>; %s" % (pod, smtpid, rcpt,
                                                                   rfcdate(sent_pst, zone=True)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
        "        h=%s\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s"
        % (ts, ts + 604800, hdrs_signed, bh, k.sig_b(344, "        ")),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
        "        h=%s\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s"
        % (ts, ts + 604800, hdrs_signed, bh, k.sig_b(344, "        ")),
        "X-Gm-Message-State: AOJu0Y%s\n\t%s" % (k.alnum(54), k.alnum(40)),
        "X-Google-Smtp-Source: AGHT+I%s" % k.alnum(58),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            k.hexs(4), k.hexs(3), k.hexs(3), k.hexs(4), k.hexs(12), k.hexs(8), k.r.randint(1, 9), k.r.randint(10, 99),
            rfcdate(sent_pst, zone=True)),
    ]
    return Prov(lines, pod, ip, pod, "header.d=gmail.com header.s=20230601 header.b=%s" % k.alnum(8),
                "gmail.com", "gmail.com", mailfrom=sender)


def prov_yahoo(k, sender, rcpt, at, dom="yahoo.com"):
    n = k.r.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, k.r.randint(10, 48), k.r.choice(["ne1", "bf2", "gq1"]))
    ip = "66.163.%d.%d" % (k.r.randint(184, 191), k.r.randint(10, 250))
    sel = "s2048" if dom in ("yahoo.com", "ymail.com") else ("a2048" if dom == "aol.com" else "s1024")
    ts = int(at.timestamp())
    lines = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s"
        % (dom, sel, ts, k.b64(32), k.sig_b(344, "\t").replace("\n\t", "")[:340]),
        "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
        % (ts, k.b64(32), k.sig_b(344, "\t").replace("\n\t", "")[:340]),
        "X-YMail-OSG: %s\n %s\n %s" % (k.alnum(70), k.alnum(70), k.alnum(42)),
        "X-Sonic-MF: <%s>" % sender,
        "X-Sonic-ID: %s" % k.uuid(),
        "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
            host, rfcdate(sec(at, -3).astimezone(UTC))),
    ]
    # Yahoo puts Received inside; the lines above must be split so DKIM line stays <998 chars
    lines = [l if len(l) < 990 else l[:980] for l in lines]
    return Prov(lines, host, ip, host, "header.d=%s header.s=%s header.b=%s" % (dom, sel, k.alnum(8)), dom, dom,
                mailfrom=sender)


def prov_ms(k, sender, rcpt, at, dom="outlook.com", consumer=True):
    """Outlook.com / Microsoft 365 outbound."""
    reg = k.r.choice(["NAM10", "NAM11", "NAM12", "NAM04", "NAM02"])
    host = "mail-%s%s.outbound.protection.outlook.com" % (k.r.choice(["bn", "mw", "dm", "co", "sn"]),
                                                         k.r.choice(["8nam12olkn", "6nam11on", "1nam04on", "7nam10olkn"]))
    host = "%s%d%s" % (host.split(".")[0], k.r.randint(2000, 2099), "." + ".".join(host.split(".")[1:]))
    ip = "40.92.%d.%d" % (k.r.randint(1, 120), k.r.randint(10, 250)) if consumer else "52.101.%d.%d" % (
        k.r.randint(1, 200), k.r.randint(2, 250))
    srv = "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (k.r.choice(["SA1", "CH3", "BY5", "MN2", "DM6", "PH0", "IA1"]),
                                                        k.r.randint(1, 19), k.r.randint(1000, 9999),
                                                        k.r.randint(1, 19))
    t0 = sec(at, -4).astimezone(UTC)
    d_sig = dom if not consumer else "outlook.com"
    lines = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % k.sig_b(340, " "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        " bh=%s;\n b=%s" % (k.b64(32), k.sig_b(340, " ")),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
        % (d_sig, k.b64(32), k.sig_b(340, " ")),
        "Received: from %s (2603:10b6:%s:%s::%s)\n by %s with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
        % (srv, k.hexs(3), k.hexs(3), k.hexs(2), srv,
           k.r.randint(8000, 8999), k.r.randint(10, 40), rfcdate(t0, twodigit=False)),
        "Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%d; %s"
        % (srv, k.hexs(4), k.hexs(4), k.hexs(4), k.hexs(4), srv, k.hexs(4), k.hexs(4), k.hexs(4), k.hexs(4),
           k.r.randint(8000, 8999), k.r.randint(10, 40), rfcdate(sec(t0, -1), twodigit=False)),
    ]
    p = Prov(lines, host, ip, host, "header.d=%s header.s=selector1 header.b=%s" % (d_sig, k.alnum(8)),
             dom, dom, mailfrom=sender)
    p.srv = srv
    return p


def ms_tail(k, srv, at, consumer=True, lang="en-US"):
    """The X-MS-* headers that Exchange Online adds after the client headers."""
    lines = [
        "Accept-Language: %s" % lang,
        "Content-Language: %s" % lang,
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "x-ms-publictraffictype: Email",
        "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv.split(".")[0], "DS0PR%02dMB%d" % (k.r.randint(1, 19),
                                                                                            k.r.randint(1000, 9999))),
        "x-ms-office365-filtering-correlation-id: %s" % k.uuid(),
        "x-ms-exchange-antispam-messagedata-chunkcount: 1",
        "x-ms-exchange-antispam-messagedata-0:\n %s\n %s" % (k.b64(54), k.b64(30)),
    ]
    return lines


def ms_tail2(k, at, srv):
    return [
        "X-OriginatorOrg: %s" % ("sct-15-20-8857-6-msonline-outlook-%s.templateTenant" % k.hexs(5)),
        "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % k.uuid(),
        "X-MS-Exchange-CrossTenant-AuthSource: %s" % srv,
        "X-MS-Exchange-CrossTenant-AuthAs: Internal",
        "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % sec(at, -5).astimezone(UTC).strftime(
            "%d %b %Y %H:%M:%S.") + "%04d (UTC)" % k.r.randint(0, 9999),
        "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
        "X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % srv.split(".")[0],
    ]


def prov_icloud(k, sender, rcpt, at):
    host = "pv50p00im-%s.me.com" % k.alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    ip = "17.58.%d.%d" % (k.r.randint(1, 63), k.r.randint(10, 250))
    ts = int(at.timestamp())
    lines = [
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s;\n"
        "\th=From:Content-Type:Mime-Version:Subject:Message-Id:Date:To;\n\tb=%s"
        % (ts, k.b64(32), k.sig_b(344, "\t")),
        "Received: from smtpclient.apple (pv50p00im-dlb-asmtp-mailmevip.me.com [17.56.9.10])\n"
        "\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (host, k.qid(), rcpt,
                                                                   rfcdate(sec(at, -2).astimezone(UTC), pad=True,
                                                                           zone=False) + " (UTC)"),
    ]
    return Prov(lines, host, ip, host, "header.d=icloud.com header.s=1a1hai header.b=%s" % k.alnum(8), "icloud.com",
                "icloud.com", mailfrom=sender)


def prov_isp(k, sender, rcpt, at, smtp_host, dom, client_ip=None, client_rdns=None, dkim=True, sel="default"):
    ip = "%d.%d.%d.%d" % (k.r.choice([64, 66, 69, 173, 204, 208]), k.r.randint(1, 254), k.r.randint(1, 254),
                          k.r.randint(2, 250))
    cip = client_ip or "%d.%d.%d.%d" % (k.r.choice([24, 50, 67, 71, 73, 96, 98, 173]), k.r.randint(1, 254),
                                        k.r.randint(1, 254), k.r.randint(2, 250))
    crd = client_rdns or "unknown"
    lines = []
    if dkim:
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n"
                     "\th=Date:From:To:Subject:From;\n\tb=%s" % (dom, sel, int(at.timestamp()), k.b64(32),
                                                                  k.sig_b(172, "\t")))
    lines.append("Received: from [192.168.%d.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n"
                 "\tfor <%s>; %s" % (k.r.randint(0, 2), k.r.randint(2, 200), crd, cip, sender, smtp_host, k.qid(), rcpt,
                                     rfcdate(sec(at, -2).astimezone(CST), pad=True, zone=True)))
    return Prov(lines, smtp_host, ip, smtp_host,
                ("header.d=%s header.s=%s header.b=%s" % (dom, sel, k.alnum(8))) if dkim else None, dom, dom,
                mailfrom=sender, dmarc="pass" if dkim else "none")


# ----------------------------------------------------------------------------------------------------------
# Our MX: Return-Path, Delivered-To, mx -> mbx01, Authentication-Results
# ----------------------------------------------------------------------------------------------------------
def envelope(k, mailbox, at, prov, return_path=None, rcpt=None):
    rcpt = rcpt or BOX[mailbox]
    mx = k.r.choice(["mx1", "mx2"])
    mxip = "10.20.4.11" if mx == "mx1" else "10.20.4.12"
    rp = return_path if return_path is not None else prov.mailfrom
    rp_s = "<>" if rp == "" else "<%s>" % rp
    out = ["Return-Path: %s" % rp_s, "Delivered-To: %s" % rcpt]
    out.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n"
               "\tfor <%s>; %s" % (mx, mx, mxip, k.qid(), rcpt, rfcdate(sec(at, 1), pad=True, zone=True)))
    ar = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    bits = []
    if prov.authres_dkim:
        bits.append("dkim=pass %s" % prov.authres_dkim)
    else:
        bits.append("dkim=none")
    if rp == "":
        bits.append("spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
                    % (mx, prov.helo, prov.ip, prov.helo))
    elif prov.spf == "pass":
        bits.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                    % (mx, rp, prov.ip, rp))
    else:
        bits.append("spf=%s (%s.alliant-energy.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s"
                    % (prov.spf, mx, prov.ip, rp.split("@")[-1], rp))
    if prov.dmarc_dom:
        bits.append("dmarc=%s (p=%s dis=NONE) header.from=%s" % (prov.dmarc, "NONE" if prov.dmarc != "fail" else "REJECT",
                                                                prov.dmarc_dom))
    out.append(ar[0] + "\n\t" + ";\n\t".join(bits))
    tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
           if prov.tls else "")
    out.append("Received: from %s (%s [%s])%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
               % (prov.helo, prov.rdns, prov.ip, tls, mx, "ESMTPS" if prov.tls else "ESMTP", k.qid(), rcpt,
                  rfcdate(at, pad=True, zone=True)))
    return out


def assemble(env_lines, prov_lines, client_hdrs, body):
    hdr = "\n".join(env_lines + prov_lines + client_hdrs)
    msg = hdr + "\n\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    if not msg.endswith("\r\n"):
        msg += "\r\n"
    return msg.encode("utf-8") if any(ord(c) > 127 for c in msg) else msg.encode("ascii")
