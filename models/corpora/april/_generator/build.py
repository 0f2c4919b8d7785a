#!/usr/bin/env python3
"""Rebuild the april set byte for byte: python3 _generator/build.py [outdir]

Stdlib only, fixed seed (mailkit.SEED). Writes NNNN.eml, manifest.jsonl, index.tsv and README.md.
"""
import collections
import json
import os
import pathlib
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from mailkit import (R, CDT, EDT, MST, UTC, at, rfc, later, rhex, ralnum, rb64, ruuid, rdigits, qid, ew, addr, leaf,
                     multipart, render, esc, lines_html, text_to_br, Part, MAILBOX_ADDR, h12, MONS_LONG, DAYS_LONG)
import clients as C
from clients import make_ctx, build_human, envelope, Auth
import ours as O

HERE = pathlib.Path(__file__).resolve().parent
OUT = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parent

CCA, PHA = O.CC, O.PH
MSGS = []

PROGRAM_NAMES = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail (Android app)", "gmail_ios": "Gmail (iOS app)",
    "iphone": "iPhone Mail", "ipad": "iPad Mail", "applemail": "Apple Mail (macOS)",
    "outlook": "Outlook (Windows, Microsoft 365)", "outlook_home": "Outlook (Windows, Outlook.com account)",
    "owa": "Outlook.com (web)", "owa365": "Outlook on the web (Microsoft 365)",
    "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android",
    "yahoo": "Yahoo Mail (web)", "yahoo_android": "Yahoo Mail (Android app)", "aol": "AOL Mail (web)",
    "thunderbird": "Thunderbird", "samsung": "Samsung Email", "roundcube": "Roundcube (ISP webmail)",
    "xfinity": "Xfinity Connect (webmail)", "proton": "Proton Mail",
}
PROG_TO_CLIENT = {"gmail": "gmail", "gmail_android": "gmail", "gmail_ios": "gmail", "iphone": "iphone", "ipad": "iphone",
                  "applemail": "applemail", "outlook": "outlook", "outlook_home": "outlook", "owa": "owa",
                  "owa365": "owa", "outlook_ios": "outlook_mobile", "outlook_android": "outlook_mobile",
                  "yahoo": "yahoo", "yahoo_android": "yahoo_android", "aol": "aol", "thunderbird": "thunderbird",
                  "samsung": "samsung", "roundcube": "roundcube", "xfinity": "xfinity", "proton": "proton"}


def add(spec, category, lang, program, mailbox, arrival, raw, automated, labels, unclear, ents, note, ack_to,
        check_text=None):
    MSGS.append(dict(spec=spec, category=category, lang=lang, program=program, mailbox=mailbox, arrival=arrival,
                     raw=raw, automated=automated, labels=labels, unclear=unclear, entities=ents or {}, note=note,
                     ack_to=ack_to, check_text=check_text))


def H(spec, category, lang, prog, mailbox, sent, frm, subject, text, labels, note, *, unclear=False, ents=None,
      ack="from", quote=None, qmode="reply", reply_to=None, to_display=None, ui=None, cc=None, extra=(), o365=False,
      html=None, recip=None, automated=False, mail_from=None):
    ui = ui or ("es" if lang == "es" else "en")
    c = make_ctx(frm[0], frm[1], mailbox, sent, subject, text, quote=quote, qmode=qmode, reply_to=reply_to,
                 to_display=to_display, ui=ui, cc=cc, extra=extra, o365=o365, recip=recip)
    kw = {"html": html}
    if mail_from:
        kw["mail_from"] = mail_from
    raw, arrival = build_human(PROG_TO_CLIENT[prog], c, **kw)
    if automated:
        ack_to = None
    elif ack == "from":
        ack_to = frm[1]
    elif ack == "reply_to":
        ack_to = re.search(r"<([^>]+)>", reply_to).group(1) if "<" in reply_to else reply_to
    else:
        ack_to = ack
    add(spec, category, lang, PROGRAM_NAMES[prog], mailbox, arrival, raw, automated, labels, unclear, ents, note,
        ack_to, check_text=text + "\n" + (subject if not subject.lower().startswith(("re:", "fw", "rv:")) else ""))


# ---------------------------------------------------------------- software unsubscribes
def UNSUB(spec, prog, mailbox, sent, frm, o, body, note, lang="en", auto_submitted=False, ack="from", relay=None,
          subject=None):
    """A List-Unsubscribe mailto: sent by a mail client or an inbox-cleaning service."""
    lu = [h for h in o.extra_headers if h.startswith("List-Unsubscribe")][0]
    m = re.search(r"subject=([^&>]+)", lu)
    subj = subject or m.group(1).replace("%20", " ")
    c = make_ctx(frm[0], frm[1], mailbox, sent, subj, body)
    extra = []
    if auto_submitted:
        extra.append("Auto-Submitted: auto-generated")
    if prog in ("gmail", "gmail_android", "gmail_es"):
        c.extra = extra
        raw, arrival = build_human("gmail_plain", c, body=body)
        progname = PROGRAM_NAMES.get(prog, "Gmail (web)") + " Unsubscribe"
    elif prog in ("iphone", "applemail"):
        out_host, out_ip, plines, auth = C.provider_for(c, prog)
        mid = "<%s@%s>" % (ruuid(upper=True), c.domain)
        h = ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit",
             "From: %s" % addr(frm[0], frm[1]), "Mime-Version: 1.0 (%s)" % ("1.0" if prog == "iphone" else "Mac OS X Mail 16.0 \\(3826.500.181.1.5\\)"),
             "Subject: %s" % subj, "Date: %s" % rfc(sent, pad=prog == "iphone"), "Message-Id: %s" % mid,
             "To: %s" % MAILBOX_ADDR[mailbox],
             "X-Mailer: %s" % ("iPhone Mail (22E252)" if prog == "iphone" else "Apple Mail (2.3826.500.181.1.5)")] + extra
        arrival = later(sent.astimezone(CDT))
        raw = render(envelope(mailbox, frm[1], arrival, out_host, out_ip, auth) + plines + h, body=(body + "\n").encode("ascii") if body else b"\n")
        progname = PROGRAM_NAMES[prog] + " Unsubscribe"
    elif prog in ("owa", "yahoo"):
        out_host, out_ip, plines, auth = C.provider_for(c, prog)
        if prog == "owa":
            h = ["From: %s" % addr(frm[0], frm[1]), "To: %s" % MAILBOX_ADDR[mailbox], "Subject: %s" % subj,
                 "Thread-Topic: %s" % subj, "Thread-Index: AQH%s" % rb64(30)[:38], "Date: %s" % rfc(sent.astimezone(UTC)),
                 "Message-ID:\n <%s%s@%s>" % (c.ms_h1, rhex(16, True), c.ms_host.upper()),
                 "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
                 "x-ms-publictraffictype: Email", "Content-Type: text/plain; charset=\"us-ascii\"",
                 "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0", "X-OriginatorOrg: %s" % c.domain] + extra
        else:
            h = ["Date: %s" % rfc(sent.astimezone(UTC), comment="UTC"), "From: %s" % addr(frm[0], frm[1]),
                 "To: %s" % MAILBOX_ADDR[mailbox],
                 "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (R.randint(10 ** 8, 2 ** 31), R.randint(10 ** 6, 10 ** 7), int(sent.timestamp() * 1000)),
                 "Subject: %s" % subj, "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                 "Content-Transfer-Encoding: 7bit", "X-Mailer: WebService/1.1.23590 YMailNorrin"] + extra
        arrival = later(sent.astimezone(CDT))
        raw = render(envelope(mailbox, frm[1], arrival, out_host, out_ip, auth) + plines + h, body=(body + "\n").encode("ascii") if body else b"\n")
        progname = PROGRAM_NAMES[prog] + " Unsubscribe"
    else:
        raise ValueError(prog)
    ack_to = None if auto_submitted else (frm[1] if ack == "from" else ack)
    add(spec, "software unsubscribe (mail client)", lang, progname, mailbox, arrival, raw, False,
        ["marketing_opt_out"], False, {}, note, ack_to)


def SERVICE_UNSUB(spec, mailbox, sent, svc, o, headers, body, note, ack_to, env_from, host, ip, auth, lang="en",
                  html=None, check_text=""):
    """Inbox-cleaning service writing to our List-Unsubscribe address."""
    arrival = later(sent.astimezone(CDT))
    if html:
        part = multipart("alternative", [leaf("text/plain", body, charset="utf-8"), leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                         "=_%s" % rhex(32))
    else:
        part = leaf("text/plain", body, charset="utf-8")
    raw = render(envelope(mailbox, env_from, arrival, host, ip, auth) + headers, part)
    add(spec, "software unsubscribe (inbox-cleaning service)", lang, svc, mailbox, arrival, raw, False,
        ["marketing_opt_out"], False, {}, note, ack_to)


def AUTO(spec, category, lang, program, mailbox, arrival, env_from, host, ip, auth, headers, part, note, helo=None):
    raw = render(envelope(mailbox, env_from, arrival, host, ip, auth, helo=helo) + headers, part)
    add(spec, category, lang, program, mailbox, arrival, raw, True, [], False, {}, note, None)


def dkim_hdr(d, s, hf, t):
    v, b = C._dkim(d, s, hf, t)
    return v, b


def ooo_exchange(spec, lang, mailbox, arrival, frm, domain, o, text, note, subject_prefix="Automatic reply: ",
                 category="automated: auto-reply", html_text=None, to_name=None):
    c = make_ctx(frm[0], frm[1], mailbox, arrival, "x", "x", o365=True)
    host, ip, plines, auth = C.prov_outlook(c, consumer=False)
    sent = arrival - C._dt.timedelta(seconds=R.randint(1, 4))
    b = "_000_%s%s%s_" % (c.ms_h1, rhex(20, True), c.ms_host.replace(".", ""))
    cs = "utf-8" if C.needs8(text) else "us-ascii"
    hb = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
          '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">\n%s\n</div>\n</body>\n</html>\n'
          % (cs, "".join("<p>%s</p>\n" % text_to_br(p) for p in text.split("\n\n"))))
    part = multipart("alternative", [leaf("text/plain", text + "\n", charset=cs, cs_label='"%s"' % cs, cte="quoted-printable"),
                                     leaf("text/html", hb, charset=cs, cs_label='"%s"' % cs, cte="quoted-printable")], b, fold=True)
    subj = subject_prefix + o.subject
    if hasattr(o, "reply_to_addr"):
        to = "Alliant Energy Customer Care <%s>" % o.reply_to_addr
    else:
        to = "%s <%s>" % (o.from_name, CCA if mailbox == "customercare" else PHA)
    h = ["From: %s" % addr(frm[0], frm[1]), "To: %s" % to, "Subject: %s" % ew(subj), "Thread-Topic: %s" % ew(o.subject),
         "Thread-Index: AQH%s" % rb64(30)[:38], "Date: %s" % rfc(sent.astimezone(UTC)),
         "Message-ID:\n <%s%s@%s>" % (c.ms_h1, rhex(16, True), c.ms_host.upper()),
         "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid,
         "Accept-Language: %s" % ("es-MX, en-US" if lang == "es" else "en-US"),
         "Content-Language: %s" % ("es-MX" if lang == "es" else "en-US"),
         "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-Auto-Response-Suppress: All",
         "Auto-Submitted: auto-generated", "x-ms-exchange-parent-message-id: %s" % o.msgid,
         "x-ms-exchange-generated-message-source: Mailbox Rules Agent", "x-ms-publictraffictype: Email"] + part.headers + [
        "MIME-Version: 1.0", "X-OriginatorOrg: %s" % domain,
        "X-MS-Exchange-CrossTenant-id: %s" % ruuid(), "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % C._msx_host()]
    part.headers = []
    auth = Auth(d=domain, s="selector1", b=auth.b, hfrom=domain, policy="none")
    AUTO(spec, category, lang, "Exchange Online out-of-office", mailbox, arrival, "", host, ip, auth, plines + h, part, note,
         helo=host)


# =====================================================================================================================
#  THE MAIL.  Written in roughly chronological order; files are numbered by arrival time afterwards.
# =====================================================================================================================

# ------------------------------------------------------------------------------------------------ Mon 5 April
H("tax-refund-prepay", "question", "en", "gmail_android", "customercare", at(5, "07:11:40"),
  ("Rick Haugen", "rhaugen.ia@gmail.com"), "prepay with my tax refund?",
  """Morning. Got my federal refund already (first time ever I filed early lol) and I'd like to put $500 on my account ahead of time so I'm not sweating the summer AC bills. Can I just mail a check for more than what I owe and will it show as a credit? Or is there a budget thing I should sign up for instead

Acct 4417 0392 18

thanks
Rick Haugen""",
  ["question"], "billing question (paying ahead with a tax refund); nothing about marketing or sharing",
  ents={"name": "Rick Haugen", "account": "4417 0392 18"})

H("paper-catalog-keep-but-dont-share", "catalog-sharing opt-out", "en", "applemail", "powerhousecatalog", at(5, "08:40:12"),
  ("Janet Kowalczyk", "jkowalczyk@mac.com"), "Our name on your mailing list",
  """Hello,

The Spring Garden catalog came yesterday and as usual we have already dog-eared half of it, so please keep it coming.

What we do NOT want is our name and address passed along to other catalog companies. Since Christmas we have been getting catalogs from outfits we have never heard of and I suspect this is how. Please do not share, rent or sell our name.

Janet & Bill Kowalczyk
1208 Ridgeview Dr
Marion, IA 52302
Customer no. on the label: 0048 2291 7""",
  ["catalog_share_opt_out"], "keeps the catalog, refuses sharing: sharing opt-out only; joint names stay joint",
  ents={"name": "Janet & Bill Kowalczyk", "postal_code": "52302", "account": "0048 2291 7"}, html=False)

H("spring-cleaning-catalog-stop", "marketing opt-out written by a person", "en", "yahoo", "powerhousecatalog", at(5, "10:20:05"),
  ("Doris Engebretson", "dengebretson47@yahoo.com"), "Please take me off your catalog list",
  """I am doing my spring cleaning and just threw four of your catalogs in the recycling, some of them I never even opened. I am 81 and I do not need solar lights or patio heaters. Please take me off the mailing list.

Doris Engebretson
411 W Oak St
Sun Prairie WI 53590""",
  ["marketing_opt_out"], "stop the catalog (postal marketing); paper clutter during spring cleaning",
  ents={"name": "Doris Engebretson", "postal_code": "53590"})

H("moving-stop-start", "question", "en", "outlook", "customercare", at(5, "13:15:44"),
  ("Greg Lutz", "glutz@tricountyag.com"), "Moving in May - stop and start service",
  """Hi,

We are moving May 1 from Dubuque to Platteville (both your territory I believe). How do I stop service at the old house and start at the new one? Can it be done by email or do I have to call? Current account is 5501 2290 43.

Old address: 2590 Kaufmann Ave, Dubuque
New address: 815 Lancaster St, Platteville WI 53818

Thanks,
Greg Lutz
Tri-County Ag Supply | 563-555-0108""",
  ["question"], "move: stop/start service and change of address, a question for staff",
  ents={"name": "Greg Lutz", "postal_code": "53818", "account": "5501 2290 43"}, o365=True)

H("es-stop-catalog-short", "marketing opt-out written by a person", "es", "gmail", "powerhousecatalog", at(5, "16:50:30"),
  ("Rosa Elena Quintanilla", "rosaelena.quintanilla@gmail.com"), "catálogo",
  """Buenas tardes, por favor ya no me manden el catálogo PowerHouse a mi casa. Gracias.

Rosa Elena Quintanilla""",
  ["marketing_opt_out"], "Spanish: stop sending the catalog = marketing opt-out",
  ents={"name": "Rosa Elena Quintanilla"})

H("data-access-request", "question", "en", "gmail", "customercare", at(5, "19:22:10"),
  ("Priya Raman", "priya.raman.wi@gmail.com"), "Request for a copy of my personal information",
  """Hello,

Under your privacy policy I would like to request a copy of the personal information Alliant Energy holds about me. That would include my contact details, usage/meter data you keep, any marketing preferences on file, and a list of any third parties (including the PowerHouse Catalog list partners) my information has been shared with.

My account number is 3380-119-4472 and the service address is in Fitchburg, WI 53711.

Please let me know if you need anything else to verify my identity.

Best,
Priya Raman""",
  ["question"], "copy-of-my-data request: a clear question (asking whom it was shared with is not an opt-out)",
  ents={"name": "Priya Raman", "postal_code": "53711", "account": "3380-119-4472"})

H("please-stop-no-object", "unclear", "en", "iphone", "customercare", at(5, "21:05:51"),
  ("", "kbellweather@icloud.com"), "Please stop",
  """Please stop.

Sent from my iPhone""",
  [], "'Please stop.' with no object and no quoted context: unclear",
  unclear=True)

# ------------------------------------------------------------------------------------------------ Tue 6 April
b_tom = O.bill("tbauer1969@outlook.com", at(5, "06:02:10"), "8120", "$238.41", "April 26, 2027")
H("fwd-bill-why-high", "question", "en", "owa", "customercare", at(6, "06:31:02"),
  ("Tom Bauer", "tbauer1969@outlook.com"), "FW: Your Alliant Energy bill is ready",
  """Why is my bill $238 for March?? The furnace barely ran, it was 60 degrees half the month. Last March was $151. Please look into it, I think the meter is wrong.

Tom""",
  ["question"], "forwarded bill notice with a billing complaint; the quoted notice's 'opted out of marketing' line is not his",
  ents={"name": "Tom"}, quote=b_tom, qmode="fwd")

p = O.promo("amcginley@mchsi.com", first="Ann")
H("promo-reply-STOP", "marketing opt-out written by a person", "en", "iphone", "customercare", at(6, "10:11:20"),
  ("Ann McGinley", "amcginley@mchsi.com"), "Re: " + O.PROMO_SUBJECT,
  """STOP

Sent from my iPhone""",
  ["marketing_opt_out"], "'STOP' under our promotion is a marketing opt-out (context from the quoted promo)",
  quote=p)

p = O.promo("mfeld@windstream.net", first="Marcus")
H("promo-reply-rebate-question", "question", "en", "thunderbird", "customercare", at(6, "10:31:15"),
  ("Marcus Feld", "mfeld@windstream.net"), "Re: " + O.PROMO_SUBJECT,
  """Does the $1,200 apply to a ductless mini-split in an addition, or only whole-house systems? And can I stack it with the federal 25C credit? Doing my taxes this week and trying to figure out whether to wait on the install.

Marcus Feld""",
  ["question"], "a rebate/tax question in reply to the promo; wants more information, not less",
  ents={"name": "Marcus Feld"}, quote=p)

p = O.promo("darnell.h@yahoo.com")
H("promo-reply-curt-renter", "marketing opt-out written by a person", "en", "yahoo_android", "customercare", at(6, "10:48:33"),
  ("Darnell Hughes", "darnell.h@yahoo.com"), "Re: " + O.PROMO_SUBJECT,
  """unsubscribe. i rent, i cant put in a heat pump. quit sending these

Sent from Yahoo Mail on Android""",
  ["marketing_opt_out"], "curt phone reply to the promo asking to unsubscribe",
  quote=p)

p = O.promo("lupita.cardenas88@gmail.com", first="Guadalupe")
H("es-promo-mixed-unsub", "marketing opt-out written by a person", "es", "gmail_android", "customercare", at(6, "11:55:02"),
  ("Guadalupe Cárdenas", "lupita.cardenas88@gmail.com"), "Re: " + O.PROMO_SUBJECT,
  """Hola, no me interesa, por favor unsubscribe me de estos emails. Gracias""",
  ["marketing_opt_out"], "mixed Spanish/English unsubscribe under the promo",
  quote=p, ui="es")

p = O.promo("lschroeder@kesslerfeed.com")
H("optout-plus-update-email", "opt-out + question", "en", "outlook", "customercare", at(6, "12:40:27"),
  ("Linda Schroeder", "lschroeder@kesslerfeed.com"), "RE: " + O.PROMO_SUBJECT,
  """Please remove me from these marketing emails.

Also - my last two bill notices went to this work address, which I don't want. How do I change the email on my account to my personal one? Account 6612 0039 81.

Linda Schroeder""",
  ["marketing_opt_out", "question"], "opt-out plus an account e-mail change that a person must handle",
  ents={"name": "Linda Schroeder", "account": "6612 0039 81"}, quote=p, o365=True)

p = O.promo("kmoreland@comcast.net", first="Kathy")
H("both-no-promos-dont-sell", "both opt-outs", "en", "xfinity", "customercare", at(6, "16:20:48"),
  ("Kathy Moreland", "kmoreland@comcast.net"), "Re: " + O.PROMO_SUBJECT,
  """Please quit sending me promo emails and do not sell my info to anybody. I'm getting junk from every direction lately.

Kathy Moreland""",
  ["marketing_opt_out", "catalog_share_opt_out"], "no promos + 'do not sell my info': both opt-outs",
  ents={"name": "Kathy Moreland"}, quote=p)

H("angry-third-time", "opt-out + question", "en", "gmail", "customercare", at(6, "20:30:19"),
  ("Harold Tjaden", "hjtjaden@gmail.com"), "THIRD TIME asking - remove me",
  """This is the third time I have asked to be taken off your advertising. I called in January and I emailed in February. Tonight I get a heat pump ad. Who is in charge over there? I want to know why my request was ignored and I want a name of a person I can talk to.

Remove me from ALL marketing. Email, mail, phone.

Harold Tjaden
1511 N Federal Ave
Mason City IA 50401""",
  ["marketing_opt_out", "question"], "opt-out plus a complaint that a person must answer",
  ents={"name": "Harold Tjaden", "postal_code": "50401"})

# ------------------------------------------------------------------------------------------------ Wed 7 April
H("full-optout-thunderbird", "marketing opt-out written by a person", "en", "thunderbird", "customercare", at(7, "09:30:41"),
  ("Eleanor Price", "eprice@netins.net"), "Opt out of promotional contact",
  """To whom it may concern:

I would like to opt out of all promotional contact from Alliant Energy,
by e-mail and by post. That includes the heat pump offers and the
PowerHouse catalog.

Bill and outage notices are fine and I wish to keep receiving those.

Eleanor Price
2207 Linden Ave
Marshalltown, IA 50158
Account 8812 4410 27""",
  ["marketing_opt_out"], "formal opt-out of all promotional contact; keeps service notices",
  ents={"name": "Eleanor Price", "postal_code": "50158", "account": "8812 4410 27"})

H("es-change-address", "question", "es", "gmail", "customercare", at(7, "11:25:50"),
  ("Jorge Villalobos", "jvillalobos.beloit@gmail.com"), "Cambio de dirección",
  """Hola,

Nos mudamos el 15 de abril a una casa nueva: 1820 Grant St, Beloit WI 53511. ¿Cómo cambio la dirección de mi cuenta? ¿Tengo que cerrar la cuenta vieja y abrir otra?

Número de cuenta: 9920 4471 003

Atentamente,
Jorge Villalobos""",
  ["question"], "Spanish change of address: a question",
  ents={"name": "Jorge Villalobos", "postal_code": "53511", "account": "9920 4471 003"})

p = O.promo("mgarza.dbq@icloud.com")
H("es-baja-por-favor", "marketing opt-out written by a person", "es", "iphone", "customercare", at(7, "12:10:08"),
  ("Miguel Garza", "mgarza.dbq@icloud.com"), "Re: " + O.PROMO_SUBJECT,
  """Baja por favor

Enviado desde mi iPhone""",
  ["marketing_opt_out"], "'Baja' (Spanish for unsubscribe) under the promo = marketing opt-out",
  quote=p, ui="es")

b_ed = O.bill("edvorak52@outlook.com", at(7, "06:00:12"), "2093", "$96.18", "April 28, 2027")
H("fwd-bill-STOP", "unclear", "en", "outlook_ios", "customercare", at(7, "14:50:06"),
  ("Ed Dvorak", "edvorak52@outlook.com"), "FW: Your Alliant Energy bill is ready",
  """STOP

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  [], "'STOP' over a forwarded bill notice (a service message): not a marketing opt-out, unclear",
  unclear=True, quote=b_ed, qmode="fwd")

H("ccpa-do-not-sell", "catalog-sharing opt-out", "en", "proton", "powerhousecatalog", at(7, "18:20:44"),
  ("Andrea Lindqvist", "a.lindqvist@proton.me"), "Do Not Sell or Share My Personal Information",
  """To the PowerHouse Catalog privacy team,

I am requesting that you do not sell or share my personal information, including my name and postal address, with any third party, including other catalog companies.

Andrea Lindqvist
Janesville, WI 53545""",
  ["catalog_share_opt_out"], "'do not sell or share my personal information' to the catalog: sharing opt-out",
  ents={"name": "Andrea Lindqvist", "postal_code": "53545"})

H("household-account-holder", "marketing opt-out written by a person", "en", "aol", "customercare", at(7, "20:02:13"),
  ("Dale Rasmussen", "dalerasmussen@aol.com"), "no more advertising",
  """This is Dale Rasmussen, I'm the account holder. Please remove both me and my wife Carol from your marketing, email and paper both. We get enough mail.

Dale""",
  ["marketing_opt_out"], "account holder writing for the household has standing: marketing opt-out",
  ents={"name": "Dale Rasmussen"})

# ------------------------------------------------------------------------------------------------ Thu 8 April
H("same-for-other-address", "unclear", "en", "gmail", "customercare", at(8, "06:50:22"),
  ("Bev Sorensen", "bevsorensen@gmail.com"), "other address",
  """Hi, as I asked before please do the same for my other address. Thanks

Bev""",
  [], "refers to an earlier request without saying what: unclear",
  unclear=True, ents={"name": "Bev"})

c = O.catalog("bcarrow@gmail.com", to_name="Beth Carrow")
H("catalog-reply-keep-dont-share", "catalog-sharing opt-out", "en", "gmail", "powerhousecatalog", at(8, "09:52:37"),
  ("Beth Carrow", "bcarrow@gmail.com"), "Re: " + O.CATALOG_SUBJECT,
  """I read the fine print at the bottom. Please don't share my name with the other companies! I still want your emails and the paper catalog though, the rain barrel is on my list.

Beth""",
  ["catalog_share_opt_out"], "wants the catalog, not the sharing: sharing opt-out only; first name counts",
  ents={"name": "Beth"}, quote=c)

c = O.catalog("gpoole44@yahoo.com")
H("catalog-reply-unsubscribe", "marketing opt-out written by a person", "en", "yahoo", "powerhousecatalog", at(8, "10:05:50"),
  ("Gary Poole", "gpoole44@yahoo.com"), "Re: " + O.CATALOG_SUBJECT,
  """unsubscribe""",
  ["marketing_opt_out"], "'unsubscribe' under the catalog e-mail; the quoted footer's sharing text is not his, so no sharing opt-out",
  quote=c)

c = O.catalog("sheila.weiss@icloud.com")
H("catalog-item-question", "question", "en", "iphone", "powerhousecatalog", at(8, "10:30:02"),
  ("Sheila Weiss", "sheila.weiss@icloud.com"), "Re: " + O.CATALOG_SUBJECT,
  """Is the rain barrel GP-2241 the same one you had last year with the brass spigot or a new one? Last years leaked at the seam. Can I order by phone, I don't like putting my card in online

Sent from my iPhone""",
  ["question"], "ordinary catalog product question; nothing about lists",
  quote=c)

H("both-catalog-label", "both opt-outs", "en", "outlook_home", "powerhousecatalog", at(8, "11:10:44"),
  ("Margaret Ohlsen", "mohlsen@msn.com"), "remove from catalog",
  """Please remove me from your catalog list, both the e-mails and the paper one, and do not pass my name along to anyone else.

The number on the back of the catalog is Cust# 7710-4482.

Margaret Ohlsen
Dubuque 52001""",
  ["marketing_opt_out", "catalog_share_opt_out"], "stop all catalogs and don't pass my name along: both",
  ents={"name": "Margaret Ohlsen", "postal_code": "52001", "account": "Cust# 7710-4482"})

H("how-to-stop-sharing", "question", "en", "gmail_ios", "powerhousecatalog", at(8, "12:15:19"),
  ("Nate Brunner", "natebrunner@gmail.com"), "sharing question",
  """How do I stop my name from being shared with other catalogs? And once I do, how long does it take before the other catalogs stop showing up?""",
  ["question"], "asks HOW to opt out of sharing and how long it takes: question only, no opt-out yet")

H("es-no-compartan", "catalog-sharing opt-out", "es", "outlook_home", "powerhousecatalog", at(8, "13:40:57"),
  ("Maribel Ortega Díaz", "maribel.ortegadiaz@hotmail.com"), "No compartan mis datos",
  """Buenas tardes:

No quiero que compartan ni vendan mi nombre y mi dirección a otras compañías de catálogos. Sí quiero seguir recibiendo el catálogo de PowerHouse, me gusta mucho.

Gracias,
Maribel Ortega Díaz
Janesville, WI 53548""",
  ["catalog_share_opt_out"], "Spanish: don't share or sell my name, keep the catalog: sharing opt-out only",
  ents={"name": "Maribel Ortega Díaz", "postal_code": "53548"})

c = O.catalog("jtrinh.cr@gmail.com")
H("catalog-emoji-reply", "unclear", "en", "gmail_ios", "powerhousecatalog", at(8, "14:55:04"),
  ("Jenny Trinh", "jtrinh.cr@gmail.com"), "Re: " + O.CATALOG_SUBJECT,
  """\U0001F44D""",
  [], "a thumbs-up emoji as the only new text: nothing decidable, unclear",
  unclear=True, quote=c)

H("es-deceased-mother", "unclear", "es", "gmail", "powerhousecatalog", at(8, "18:30:26"),
  ("Sofía Gallardo-Reyes", "sofi.gallardoreyes@gmail.com"), "catalog for my mom",
  """Hi, please take my mom off the catalog list. Ella falleció en enero y todavía llegan catálogos a su nombre, es difícil verlos.

Su nombre era Teresa Gallardo, 915 5th Ave SE, Cedar Rapids 52403.

Gracias,
Sofía""",
  [], "daughter writes for her deceased mother; standing not shown (not said to be executor): unclear; entities name the mother",
  unclear=True, ents={"name": "Teresa Gallardo", "postal_code": "52403"})

H("aol-caps-stop-catalogs", "marketing opt-out written by a person", "en", "aol", "powerhousecatalog", at(8, "20:10:11"),
  ("", "gramsbakery1951@aol.com"), "STOP THE CATALOGS",
  """STOP SENDING CATALOGS TO ME. NO MORE. THANK YOU""",
  ["marketing_opt_out"], "all-caps request to stop the catalogs")

# ------------------------------------------------------------------------------------------------ Fri 9 April
H("tax-annual-statement", "question", "en", "owa", "customercare", at(9, "07:30:28"),
  ("Samira Haddad", "samira.haddad@outlook.com"), "2026 payment summary for taxes",
  """Hello, I work from home and my accountant needs a statement of what I paid for electric and gas in 2026 for the home office deduction. Can you email me a yearly summary? Account 2209-5571-06.

Thank you,
Samira Haddad""",
  ["question"], "tax-season request for a yearly billing statement",
  ents={"name": "Samira Haddad", "account": "2209-5571-06"})

H("stop-email-paper-ok", "marketing opt-out written by a person", "en", "gmail", "customercare", at(9, "10:25:07"),
  ("Paul Esterline", "paul.esterline@gmail.com"), "promo emails",
  """Hi there - could you stop the promotional emails? Paper mail is fine, I actually read that. Just too much in the inbox.

Paul Esterline""",
  ["marketing_opt_out"], "channel limit: stop promo e-mails, keep paper; still marketing_opt_out (the record says e-mail)",
  ents={"name": "Paul Esterline"})

H("share-whatever-stop-catalog", "marketing opt-out written by a person", "en", "samsung", "powerhousecatalog", at(9, "12:30:55"),
  ("Curt Vos", "curtvos@frontier.com"), "Catalog",
  """Share my name with whoever you want I really don't care, just stop sending the catalog. It goes straight in the recycling bin every time

Sent from my Galaxy""",
  ["marketing_opt_out"], "explicitly fine with sharing, wants the catalog stopped: marketing opt-out only")

H("mixed-wishes", "unclear", "en", "iphone", "customercare", at(9, "14:20:32"),
  ("Kelsey Odum", "kelseyodum@icloud.com"), "emails",
  """Take me off your lists. Actually wait, I do want to hear about rebates, we're thinking about solar. Just not so many emails?? idk

Sent from my iPhone""",
  [], "self-contradicting wishes (off the lists, but wants rebate news): unclear",
  unclear=True)

H("opt-back-in", "question", "en", "gmail", "customercare", at(9, "15:50:16"),
  ("Tricia Mahoney", "tmahoney.home@gmail.com"), "Put me back on the email list",
  """Hi,

I think I unsubscribed from everything last fall by mistake when I was cleaning up my inbox. My neighbor got a heat pump rebate email this week and I didn't. Can you put me back on the list for rebates and offers?

Thanks!
Tricia Mahoney""",
  ["question"], "opting back in is a question; the old unsubscribe it mentions is not a new opt-out",
  ents={"name": "Tricia Mahoney"})

# ------------------------------------------------------------------------------------------------ Sat 10 April
H("long-both-plus-who", "opt-out + question", "en", "applemail", "powerhousecatalog", at(10, "08:15:40"),
  ("Gloria Vandenberg", "gloria.vandenberg@me.com"), "My catalog account",
  """Good morning,

I have been a PowerHouse customer since 2009 and have bought a good many things from you over the years, so please don't take this the wrong way. We are downsizing this spring and I am trying to cut down the paper coming into the house.

1. Please stop mailing me the print catalog.
2. Please do not share my name and address with any other company.
3. I would like to know which companies you have given my name to in the past, so I can write to them myself.

My customer number is PH 55120-08.

Kind regards,
Gloria Vandenberg
482 Sunset Ln
Fond du Lac, WI 54935""",
  ["marketing_opt_out", "catalog_share_opt_out", "question"],
  "stop catalog + no sharing + asks who received her name: all three labels",
  ents={"name": "Gloria Vandenberg", "postal_code": "54935", "account": "PH 55120-08"}, html=True)

H("spring-clean-inbox-subject", "marketing opt-out written by a person", "en", "gmail_android", "customercare", at(10, "09:40:21"),
  ("", "cleanmom1972@gmail.com"), "Remove me from Alliant marketing emails",
  """spring cleaning my inbox! thx""",
  ["marketing_opt_out"], "the request is in the sender's own subject line; body only says spring cleaning")

H("typo-powerhose", "marketing opt-out written by a person", "en", "samsung", "powerhousecatalog", at(10, "13:30:08"),
  ("Ray Kinney", "raykinney@charter.net"), "catolog",
  """pls stop sending me the powerhose catalog i dont want it anymore. thnx ray

Sent from my Galaxy""",
  ["marketing_opt_out"], "typos ('powerhose', 'catolog') but a clear request to stop the catalog",
  ents={"name": "ray"})

H("delete-all-my-data", "unclear", "en", "gmail", "customercare", at(10, "17:20:44"),
  ("Devon Pike", "devonpike@gmail.com"), "Delete my data",
  """Delete all my data. Everything you have on me. I'm done with companies keeping my info forever.""",
  ["question"], "request to delete everything: unclear plus question (the bot may not delete account data)",
  unclear=True)

# ------------------------------------------------------------------------------------------------ Sun 11 April
H("all-caps-label-dont-sell", "catalog-sharing opt-out", "en", "aol", "powerhousecatalog", at(11, "09:10:33"),
  ("Arlene Breckenridge", "abreckenridge@aol.com"), "MY NAME",
  """PLEASE DO NOT GIVE OR SELL MY NAME AND ADDRESS TO ANY OTHER COMPANY. I LIKE YOUR CATALOG BUT I AM GETTING TOO MANY OTHERS.
CUSTOMER NO. 3309 7812 4 FROM THE BACK OF YOUR CATALOG.
ARLENE BRECKENRIDGE""",
  ["catalog_share_opt_out"], "all caps; likes the catalog, refuses giving/selling her name: sharing opt-out only",
  ents={"name": "ARLENE BRECKENRIDGE", "account": "3309 7812 4"})

p = O.promo("yesenia.morales@yahoo.com", first="Yesenia")
H("es-no-promos-rebate-renting", "opt-out + question", "es", "yahoo", "customercare", at(11, "11:30:15"),
  ("Yesenia Morales", "yesenia.morales@yahoo.com"), "Re: " + O.PROMO_SUBJECT,
  """Por favor ya no me manden más promociones por correo.

Y otra pregunta: ¿el reembolso de la bomba de calor aplica si rento la casa? El dueño dice que él no paga nada.

Yesenia Morales""",
  ["marketing_opt_out", "question"], "Spanish: no more promotions + a question about the rebate for renters",
  ents={"name": "Yesenia Morales"}, quote=p)

H("catalog-order-status", "question", "en", "gmail", "powerhousecatalog", at(11, "16:40:09"),
  ("Connie Stahl", "conniestahl55@gmail.com"), "order not here yet",
  """I ordered a patio umbrella on March 28, order #PH-558812, and it still hasn't come. The tracking hasn't moved since April 2. Can someone check on it?

Connie Stahl""",
  ["question"], "order status question; the order number is not an account number",
  ents={"name": "Connie Stahl"})

# ------------------------------------------------------------------------------------------------ Mon 12 April
b_tg = O.bill("tanyagreer@gmail.com", at(9, "06:01:40"), "2947", "$612.07 (includes past due $468.22)", "April 23, 2027")
H("tax-refund-pay-past-due", "question", "en", "gmail", "customercare", at(12, "07:05:33"),
  ("Tanya Greer", "tanyagreer@gmail.com"), "Re: Your Alliant Energy bill is ready",
  """Hello, my tax refund came Friday so I'm paying the whole $612 today online. Please stop the disconnect notice, I have 3 kids at home. Can you confirm once it posts? Acct# 8830112947

Tanya Greer""",
  ["question"], "paying a past-due balance; 'stop the disconnect' is about service, not marketing",
  ents={"name": "Tanya Greer", "account": "8830112947"}, quote=b_tg)

H("sold-house-stop-catalog", "marketing opt-out written by a person", "en", "applemail", "powerhousecatalog", at(12, "09:45:12"),
  ("Ron Petersen", "ronsuepetersen@icloud.com"), "Moving - please stop catalog",
  """Hello,

We sold the house and are moving to Arizona at the end of the month. Please stop sending the catalog to 3122 Hillcrest Rd, Dubuque IA 52001. No need to forward it to the new place either, we are done with the garden!

Thanks for many years of good service.
Ron and Sue Petersen""",
  ["marketing_opt_out"], "moving away, wants no catalog at either address: marketing opt-out (nothing to update)",
  ents={"name": "Ron and Sue Petersen", "postal_code": "52001"}, html=False)

H("prior-resident-catalogs", "unclear", "en", "owa", "powerhousecatalog", at(12, "11:20:47"),
  ("Jessica Amundson", "jamundson@live.com"), "Catalogs for previous owner",
  """We keep getting your catalogs addressed to Walter Kimball, who lived here before us. He moved out in 2023 and we have no forwarding address. Please stop sending them here.

1406 Prairie Ave, Beloit WI 53511""",
  [], "asks to stop catalogs for a former resident: on behalf of someone else without standing, unclear; entities are for the person the request is about",
  unclear=True, ents={"name": "Walter Kimball", "postal_code": "53511"})

p = O.promo("hbalderston@frontier.com")
H("what-still-after-unsub", "question", "en", "roundcube", "customercare", at(12, "14:35:00"),
  ("Hal Balderston", "hbalderston@frontier.com"), "Re: " + O.PROMO_SUBJECT,
  """Your footer says you "will still send bill and service notices". If I reply unsubscribe, will I still get the outage texts and emails? I need those, I'm on oxygen at night.

Hal Balderston""",
  ["question"], "asks what an opt-out would cover; does not opt out",
  ents={"name": "Hal Balderston"}, quote=p)

H("ap-mailbox-business", "marketing opt-out written by a person", "en", "outlook", "customercare", at(12, "16:10:25"),
  ("Accounts Payable", "ap@kesslerfeed.com"), "Remove ap@kesslerfeed.com from marketing",
  """Hello,

Please remove ap@kesslerfeed.com from your marketing and promotional email. This mailbox is for invoices only and the heat pump emails are cluttering it up.

Thank you,
Jill Marks
Accounts Payable
Kessler Feed & Grain
210 Depot St, Decorah IA 52101""",
  ["marketing_opt_out"], "business AP mailbox opts out; the signature gives a name and the business ZIP",
  ents={"name": "Jill Marks", "postal_code": "52101"}, o365=True)

H("giftcard-scam-legit", "question", "en", "iphone", "powerhousecatalog", at(12, "18:00:38"),
  ("Donna Fry", "donnafry@icloud.com"), "Is this real?",
  """Got an email today saying I won a $500 PowerHouse gift card and I need to confirm my address and card number to get it. Is this really from you??

Sent from my iPhone""",
  ["question"], "asks whether a suspicious message is genuine: a question")

H("es-formal-baja", "marketing opt-out written by a person", "es", "outlook_home", "customercare", at(12, "20:30:03"),
  ("Héctor Salinas", "hsalinas_mtz@hotmail.com"), "Solicitud de baja de promociones",
  """Estimados señores:

Por medio del presente les solicito atentamente que eliminen mi dirección de correo electrónico de su lista de envíos promocionales. No deseo recibir más ofertas ni publicidad de Alliant Energy.

Agradezco de antemano su atención.

Atentamente,
Héctor Salinas Martínez
Cuenta: 7703 5521 90""",
  ["marketing_opt_out"], "formal Spanish marketing opt-out",
  ents={"name": "Héctor Salinas Martínez", "account": "7703 5521 90"})

# ------------------------------------------------------------------------------------------------ Tue 13 April
p = O.promo("wbrandtner@netins.net")
H("premise-number-question", "question", "en", "thunderbird", "customercare", at(13, "08:20:11"),
  ("Walt Brandtner", "wbrandtner@netins.net"), "Heat pump rebate form - premise number?",
  """Good morning,

My contractor (Fjeld Heating) is filling out the heat pump rebate
form and it asks for a "premise number". It isn't on my bill that
I can see. Where do I find it?

Walt Brandtner
Decorah""",
  ["question"], "follow-up question on the promoted rebate",
  ents={"name": "Walt Brandtner"})

# the storm: alerts go out from ~20:50
OUT_A = {}


def alert(key, to, street, t, stage="alert", eta=None, no="OT-2704-18833", aff="4,212"):
    OUT_A[key] = O.outage(stage, to, street, t, outage_no=no, affected=aff, eta=eta)
    return OUT_A[key]


a = alert("brandt", "mbrandt.cr@gmail.com", "1714 ELM ST SE", at(13, "20:52:03"))
H("outage-when-back-sump", "question", "en", "gmail_android", "customercare", at(13, "21:25:40"),
  ("Mike Brandt", "mbrandt.cr@gmail.com"), "Re: " + a.subject,
  """Whole block on Elm is dark. When is it coming back?? Sump pump is on battery and it's still pouring. Need an answer not "assessing damage\"""",
  ["question"], "reply to an outage alert (Reply-To customercare) asking about restoration: a service question",
  quote=a)

a = alert("stopper", "jlemke77@yahoo.com", "220 3RD AVE NW", at(13, "20:58:40"), no="OT-2704-18851", aff="1,906")
H("outage-STOP", "unclear", "en", "yahoo_android", "customercare", at(13, "21:40:02"),
  ("Jason Lemke", "jlemke77@yahoo.com"), "Re: " + a.subject,
  """STOP

Sent from Yahoo Mail on Android""",
  [], "'STOP' under an outage alert (service message) is not a marketing opt-out: unclear",
  unclear=True, quote=a)

a = alert("es_luz", "ana.beltran.ia@gmail.com", "905 14TH ST SE", at(13, "21:01:12"))
H("es-outage-medicine", "question", "es", "gmail_android", "customercare", at(13, "22:10:49"),
  ("Ana Beltrán", "ana.beltran.ia@gmail.com"), "Re: " + a.subject,
  """Se fue la luz desde las 8:30. ¿Cuándo regresa? Mi mamá tiene insulina en el refrigerador y no sé cuánto tiempo aguanta. Por favor avísenme.

Ana Beltrán""",
  ["question"], "Spanish reply to an outage alert: restoration question with a medical concern",
  ents={"name": "Ana Beltrán"}, quote=a, ui="es")

a = alert("wires", "pkoenig@mchsi.com", "3308 N 4TH ST", at(13, "21:03:30"), no="OT-2704-18870", aff="2,388")
H("outage-wires-down", "question", "en", "iphone", "customercare", at(13, "22:45:14"),
  ("Pete Koenig", "pkoenig@mchsi.com"), "Re: " + a.subject,
  """Line is down across my driveway and sparking!! 3308 N 4th St. Called the number and it just rings. Somebody come

Sent from my iPhone""",
  ["question"], "urgent report of a downed line in reply to an alert: needs a person now",
  quote=a)

a = alert("annoyed", "bkuehl@tds.net", "56 WILLOW CT", at(13, "20:55:21"), no="OT-2704-18802", aff="3,150")
H("outage-stop-alerts", "question", "en", "roundcube", "customercare", at(13, "23:31:27"),
  ("Brian Kuehl", "bkuehl@tds.net"), "Re: " + a.subject,
  """Stop sending me these alerts. I've gotten 6 texts and 4 emails tonight telling me my power is out. I KNOW. I'm sitting in the dark.

Brian""",
  ["question"], "wants fewer outage alerts: a service-notification setting for staff, not a marketing opt-out",
  ents={"name": "Brian"}, quote=a)

# ------------------------------------------------------------------------------------------------ Wed 14 April
a = alert("thanks", "marilyn.oberg@gmail.com", "1020 MAPLE DR", at(14, "05:48:10"), stage="restored", no="OT-2704-18833")
H("restored-thanks", "human, no action needed", "en", "gmail_ios", "customercare", at(14, "06:15:38"),
  ("Marilyn Oberg", "marilyn.oberg@gmail.com"), "Re: " + a.subject,
  """Thank you to the crews who were out all night in that mess. Much appreciated!

Marilyn""",
  [], "thank-you in reply to a power-restored notice: no labels, nothing to answer (ack_to null)",
  ents={"name": "Marilyn"}, quote=a, ack=None)

H("food-spoilage-claim", "question", "en", "outlook_home", "customercare", at(14, "07:50:22"),
  ("Kara Vogt", "karavogt@hotmail.com"), "Lost everything in our freezer",
  """Hello,

We were without power for about 14 hours (Tuesday 8:40 pm to Wednesday 10:30 am) and lost a chest freezer full of meat, we had just bought a quarter beef. Is there any kind of reimbursement or claim process for this?

Kara Vogt
4471 Wenig Rd NE, Cedar Rapids 52402
Account 4471-2280-19""",
  ["question"], "storm damage claim: a question for staff",
  ents={"name": "Kara Vogt", "postal_code": "52402", "account": "4471-2280-19"})

a = alert("seebelow", "ltorkelson@kirkwoodpt.com", "742 BOYSON RD", at(14, "02:10:40"), stage="update",
          eta="Apr 14, 2027 by 4:00 PM", no="OT-2704-18833")
H("outage-see-below", "unclear", "en", "outlook", "customercare", at(14, "09:05:17"),
  ("Lisa Torkelson", "ltorkelson@kirkwoodpt.com"), "RE: " + a.subject,
  """See below.

Lisa Torkelson | Office Manager
Kirkwood Physical Therapy""",
  [], "'See below' over our outage update: nothing decidable in the new text, unclear",
  unclear=True, ents={"name": "Lisa Torkelson"}, quote=a, o365=True)

H("storm-angry-optout", "opt-out + question", "en", "gmail", "customercare", at(14, "12:00:51"),
  ("Scott Hargrave", "shargrave@gmail.com"), "Priorities",
  """You had time to email me heat pump ads last week but nobody could tell me when my power was coming back last night. 19 hours. Take me off your advertising, and I'd like an explanation of why your restoration estimate changed four times.

S. Hargrave""",
  ["marketing_opt_out", "question"], "opt-out plus a storm complaint that wants an explanation",
  ents={"name": "S. Hargrave"})

H("es-both-borrenme", "both opt-outs", "es", "thunderbird", "powerhousecatalog", at(14, "14:20:30"),
  ("Lucía Fernández", "lucia.fernandez@tds.net"), "Catálogo PowerHouse",
  """Hola,

Por favor bórrenme de su lista de correo del catálogo y no compartan
mis datos con otras empresas.

Lucía Fernández
Beloit, WI 53511""",
  ["marketing_opt_out", "catalog_share_opt_out"], "Spanish: remove me from the mailing list + don't share my data: both",
  ents={"name": "Lucía Fernández", "postal_code": "53511"})

ack_ep = O.ack(233, "eprice@netins.net", at(7, "09:31:20"))
H("ack-reply-also-dont-share", "catalog-sharing opt-out", "en", "thunderbird", "customercare", at(14, "18:30:09"),
  ("Eleanor Price", "eprice@netins.net"), "Re: " + ack_ep.subject,
  """One more thing. Please also make sure the PowerHouse Catalog does not
share my name and address with other companies.

Eleanor Price""",
  ["catalog_share_opt_out"], "reply to our acknowledgement that adds a new request in her own words: sharing opt-out",
  ents={"name": "Eleanor Price"}, quote=ack_ep)

ack_dh = O.ack(241, "darnell.h@yahoo.com", at(6, "10:49:10"))
H("ack-reply-STOP", "unclear", "en", "yahoo_android", "customercare", at(14, "20:15:26"),
  ("Darnell Hughes", "darnell.h@yahoo.com"), "Re: " + ack_dh.subject,
  """STOP

Sent from Yahoo Mail on Android""",
  [], "'STOP' under our own acknowledgement: not decidable as a marketing opt-out, unclear",
  unclear=True, quote=ack_dh)

# ------------------------------------------------------------------------------------------------ Thu 15 April
H("rebate-taxable-1099", "question", "en", "outlook", "customercare", at(15, "06:45:02"),
  ("Neil Osterberg", "nosterberg@cedarvalleycpa.com"), "Heat pump rebate - 1099?",
  """Good morning,

Quick question from a tax preparer: is the Alliant Energy heat pump rebate reported on a 1099, or do you treat it as a purchase-price reduction? Several clients are asking today (deadline day, naturally).

Thanks,
Neil Osterberg, EA
Cedar Valley Tax & Accounting""",
  ["question"], "tax question about the rebate from a preparer; name without the 'EA' title",
  ents={"name": "Neil Osterberg"}, o365=True)

H("do-you-sell-my-email", "question", "en", "gmail", "powerhousecatalog", at(15, "19:00:40"),
  ("Ken Alvarado", "kalvarado.ia@gmail.com"), "Question about sharing",
  """Does PowerHouse sell my email address to other companies? I started getting garden spam right after I placed an order in March.

Ken""",
  ["question"], "asks WHETHER his e-mail was shared: a question, not a sharing opt-out",
  ents={"name": "Ken"})

# ------------------------------------------------------------------------------------------------ Fri 16 April
H("work-account-reply-personal", "marketing opt-out written by a person", "en", "owa365", "customercare", at(16, "08:10:50"),
  ("Jennifer Okafor", "jokafor@uihc-partners.org"), "Unsubscribe request",
  """Hi,

I'm writing from my work account because that's what I had open. Please unsubscribe jen.okafor@gmail.com from your promotional emails, and please reply to that address, not this one.

Thanks,
Jen Okafor""",
  ["marketing_opt_out"], "work account, asks to be answered at her personal address: ack_to is that address",
  ents={"name": "Jen Okafor"}, ack="jen.okafor@gmail.com", o365=True)

H("moving-out-of-state-close", "opt-out + question", "en", "applemail", "customercare", at(16, "15:30:27"),
  ("Aaron Whitfield", "awhitfield@me.com"), "Closing account + no more mail",
  """Hi,

I'm moving out of state on May 3. Please close my account as of that date, and stop all the marketing mail and email in the meantime too.

Where will the final bill go? New address is 2218 E Osborn Rd, Phoenix AZ 85016.

Account: 3021 7788 45

Aaron Whitfield""",
  ["marketing_opt_out", "question"], "opt-out plus account closure and final-bill address: both",
  ents={"name": "Aaron Whitfield", "postal_code": "85016", "account": "3021 7788 45"}, html=True)

H("shared-family-account", "marketing opt-out written by a person", "en", "yahoo", "powerhousecatalog", at(16, "18:20:16"),
  ("The Novaks", "novakhouse@att.net"), "catalog list",
  """This is Diane writing from the family email. Please take me (Diane Novak) off the catalog mailing list. Please answer to my own address dnovak.rn@gmail.com, the kids read this one.

Diane Novak""",
  ["marketing_opt_out"], "shared family account with Reply-To to her own address: ack goes to Reply-To",
  ents={"name": "Diane Novak"}, reply_to="Diane Novak <dnovak.rn@gmail.com>", ack="reply_to")

H("es-husband-catalog", "unclear", "es", "gmail", "powerhousecatalog", at(16, "20:05:39"),
  ("Alma Paredes", "almaparedes.wi@gmail.com"), "Catálogo",
  """Buenas noches. Mi esposo, Ernesto Paredes, ya no quiere recibir el catálogo de PowerHouse. La cuenta está a nombre de él.

Alma""",
  [], "wife writes for her husband, whose name is on the catalog account: standing unclear; entities for the husband",
  unclear=True, ents={"name": "Ernesto Paredes"})

# ------------------------------------------------------------------------------------------------ Sat 17 April
H("current-resident-own-address", "marketing opt-out written by a person", "en", "gmail", "powerhousecatalog", at(17, "10:30:58"),
  ("Pat Lindgren", "patlindgren.bbo@gmail.com"), "catalogs to Current Resident",
  """Going through a stack of paper on the counter and found 3 PowerHouse catalogs, two of them to "Current Resident". I live here and I don't want them. Please remove this address from your mailing list:

88 Cottage Grove Rd
Baraboo WI 53913

Pat Lindgren""",
  ["marketing_opt_out"], "resident asks to stop catalogs to her own address: marketing opt-out",
  ents={"name": "Pat Lindgren", "postal_code": "53913"})

a = alert("es_fridge", "rsantillan@mchsi.com", "1407 ELLIS BLVD NW", at(14, "11:02:00"), stage="restored", no="OT-2704-18851")
H("es-restored-fridge-broken", "question", "es", "samsung", "customercare", at(17, "13:15:44"),
  ("Rubén Santillán", "rsantillan@mchsi.com"), "RE: " + a.subject,
  """Gracias por restaurar la luz. Pero cuando regresó la corriente se quemó el refrigerador, creo que por un pico de voltaje. ¿A quién le hablo para hacer un reclamo?

Rubén Santillán

Sent from my Galaxy""",
  ["question"], "Spanish: thanks plus a damage claim question after restoration",
  ents={"name": "Rubén Santillán"}, quote=a)

# ------------------------------------------------------------------------------------------------ Sun 18 April
H("teacher-dont-share-cc", "catalog-sharing opt-out", "en", "xfinity", "customercare", at(18, "10:20:14"),
  ("Marjorie Lund", "mlund1948@comcast.net"), "Sharing of names",
  """Dear Sir or Madam,

A friend at church told me that the PowerHouse Catalog shares its customer names with other catalog companies. I do not wish my name to be shared in that way. I do not have my catalog account number handy, but the catalog comes to me at the address below.

Sincerely,
Marjorie Lund
619 Walnut St
Sheboygan, WI 53081""",
  ["catalog_share_opt_out"], "sharing opt-out sent to customercare rather than the catalog box; the mailbox is only a hint",
  ents={"name": "Marjorie Lund", "postal_code": "53081"})


# =====================================================================================================================
#  Our own Contact Us form relay (From: noreply@alliantenergy.com, the customer in Reply-To)
# =====================================================================================================================
def WEBFORM(spec, category, lang, sent, fields, message, labels, note, unclear=False, ents=None, topic_label="Topic"):
    name = dict(fields).get("Name") or dict(fields).get("Nombre")
    email = dict(fields).get("Email") or dict(fields).get("Correo electrónico")
    title = "Contact Us form submission" if lang == "en" else "Formulario de contacto (español)"
    lines = [title, ""] + ["%s: %s" % (k, v) for k, v in fields] + ["", "Message:" if lang == "en" else "Mensaje:", message, "",
                                                                     "--", "Submitted %s from https://www.alliantenergy.com/%s" % (
                                                                         sent.strftime("%Y-%m-%d %H:%M:%S CDT"), "contact" if lang == "en" else "es/contacto"),
                                                                     "Client IP: 198.51.100.%d" % R.randint(2, 250)]
    body = "\n".join(lines) + "\n"
    topic = [v for k, v in fields if k in ("Topic", "Tema")][0]
    subj = "[Contact Us] %s - %s" % (topic, name)
    arrival = later(sent, 1, 5)
    host, ip = "web02.alliantenergy.com", "10.40.12.22"
    b = rb64(256)
    h = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com; s=web2026;\n\tt=%d; bh=%s;\n\th=Date:From:Reply-To:To:Subject:Message-ID:MIME-Version:Content-Type;\n\tb=%s" % (
        int(sent.timestamp()), rb64(32), C.fold_b64(b, 64, "\t ")),
         "Date: %s" % rfc(sent), "From: Alliant Energy Website <noreply@alliantenergy.com>",
         "Reply-To: %s" % addr(name, email), "To: %s" % MAILBOX_ADDR["customercare"], "Subject: %s" % ew(subj),
         "Message-ID: <%s@web02.alliantenergy.com>" % rhex(32), "X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
         "X-Form-Id: contact-us-v3%s" % ("" if lang == "en" else "-es"), "MIME-Version: 1.0"]
    part = leaf("text/plain", body, charset="UTF-8", cte="8bit" if C.needs8(body) else "7bit")
    auth = Auth(d="alliantenergy.com", s="web2026", b=b, hfrom="alliantenergy.com", policy="quarantine")
    raw = render(envelope("customercare", "noreply@alliantenergy.com", arrival, host, ip, auth, tls=C.TLS12) + h, part)
    add(spec, category, lang, "alliantenergy.com Contact Us form (relay)", "customercare", arrival, raw, False, labels,
        unclear, ents, note, email, check_text=body)


WEBFORM("webform-optout", "marketing opt-out written by a person", "en", at(15, "15:10:33"),
        [("Topic", "Email and mail preferences"), ("Name", "Brenda Kaiser"), ("Email", "brenda.kaiser@gmail.com"),
         ("Phone", "319-555-0133"), ("Account number", "5540 1187 22"), ("Service ZIP code", "52241"),
         ("Preferred contact", "Email")],
        "Please stop sending me promotional emails and the mailers. I only want my bill.",
        ["marketing_opt_out"], "our Contact Us relay: From is noreply, the customer is in Reply-To; form fields she typed count as entities",
        ents={"name": "Brenda Kaiser", "postal_code": "52241", "account": "5540 1187 22"})

WEBFORM("es-webform-moving", "question", "es", at(15, "17:45:20"),
        [("Tema", "Mudanza / cambio de dirección"), ("Nombre", "Lorena Ibarra"), ("Correo electrónico", "lorena.ibarra91@yahoo.com"),
         ("Teléfono", "608-555-0176"), ("Número de cuenta", "6690 2214 58"), ("Código postal", "53913")],
        "Me mudo el 30 de abril a un apartamento en Portage. Quiero cancelar el servicio en la casa de Baraboo y abrir uno nuevo. ¿Qué necesito?",
        ["question"], "Spanish contact-form move request via our relay: question; ack to Reply-To",
        ents={"name": "Lorena Ibarra", "postal_code": "53913", "account": "6690 2214 58"})

ack_de = O.ack(214, "dengebretson47@yahoo.com", at(5, "10:21:02"))
H("ack-reply-thank-you", "human, no action needed", "en", "yahoo", "customercare", at(7, "08:10:44"),
  ("Doris Engebretson", "dengebretson47@yahoo.com"), "Re: " + ack_de.subject,
  """Thank you!""",
  [], "thank-you to our acknowledgement asks for nothing: no labels, ack_to null (no politeness ping-pong)",
  quote=ack_de, ack=None)

# =====================================================================================================================
#  Software that unsubscribes for a person
# =====================================================================================================================
p = O.promo("joelnygaard@gmail.com")
UNSUB("gmail-unsub-promo", "gmail", "customercare", at(6, "10:09:12"), ("Joel Nygaard", "joelnygaard@gmail.com"), p,
      "This message was automatically generated by Gmail.",
      "Gmail's Unsubscribe button mailed our List-Unsubscribe address: a person's marketing opt-out, no Auto-Submitted so ack the sender")
p = O.promo("cassie.wendt@icloud.com")
UNSUB("ios-unsub-promo-empty", "iphone", "customercare", at(6, "11:20:40"), ("Cassie Wendt", "cassie.wendt@icloud.com"), p, "",
      "iOS Mail Unsubscribe: empty body, subject carries the campaign token; marketing opt-out")
p = O.promo("bkrogstad@outlook.com")
UNSUB("outlookcom-unsub-promo", "owa", "customercare", at(6, "19:05:21"), ("Bob Krogstad", "bkrogstad@outlook.com"), p, "",
      "Outlook.com unsubscribe via mailto: empty body; marketing opt-out")
c = O.catalog("lmarsh.dbq@gmail.com")
UNSUB("gmail-unsub-catalog", "gmail", "powerhousecatalog", at(8, "09:40:08"), ("Lydia Marsh", "lmarsh.dbq@gmail.com"), c,
      "This message was automatically generated by Gmail.",
      "Gmail Unsubscribe on the catalog e-mail: marketing opt-out, never a sharing opt-out")
c = O.catalog("tomhalvorson@mac.com")
UNSUB("applemail-unsub-catalog-body", "applemail", "powerhousecatalog", at(8, "15:20:55"), ("Tom Halvorson", "tomhalvorson@mac.com"), c,
      "Please remove me from PowerHouse Catalog e-mails.",
      "Apple Mail used the mailto body= text we supplied; it is our wording, still a marketing opt-out")
c = O.catalog("gabyrosales23@gmail.com")
UNSUB("es-gmail-unsub-catalog", "gmail_es", "powerhousecatalog", at(9, "21:10:37"), ("Gaby Rosales", "gabyrosales23@gmail.com"), c,
      "Gmail generó este mensaje automáticamente.",
      "Gmail in Spanish pressed Unsubscribe: marketing opt-out", lang="es")
c = O.catalog("bettyschlader@yahoo.com")
UNSUB("yahoo-unsub-catalog", "yahoo", "powerhousecatalog", at(13, "12:30:19"), ("Betty Schlader", "bettyschlader@yahoo.com"), c, "",
      "Yahoo Mail unsubscribe via mailto: marketing opt-out")
p = O.promo("dwojcik.ia@gmail.com")
UNSUB("gmail-android-unsub-promo-late", "gmail_android", "customercare", at(15, "09:20:03"), ("Dan Wojcik", "dwojcik.ia@gmail.com"), p,
      "This message was automatically generated by Gmail.",
      "late Unsubscribe press from Gmail on Android: marketing opt-out")
c = O.catalog("nancyfeltz@icloud.com")
UNSUB("ios-unsub-catalog", "iphone", "powerhousecatalog", at(17, "16:00:48"), ("Nancy Feltz", "nancyfeltz@icloud.com"), c, "",
      "iOS Mail Unsubscribe on the catalog e-mail: marketing opt-out")


def svc_env_auth(domain, selector, t):
    v, b = C._dkim(domain, selector, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t)
    return v, Auth(d=domain, s=selector, b=b, hfrom=domain, policy="none")


# InboxSweep: its own relay, Auto-Submitted -> no acknowledgement
p = O.promo("jkessel44@gmail.com")
t = at(6, "14:12:31")
dk, auth = svc_env_auth("inboxsweep.io", "is1", t)
lu_subj = re.search(r"subject=([^&>]+)", p.extra_headers[0]).group(1).replace("%20", " ")
SERVICE_UNSUB("inboxsweep-relay-autosubmitted", "customercare", t, "InboxSweep (inbox-cleaning service)", p,
              [dk, "From: InboxSweep Unsubscribe <unsubscribe@relay.inboxsweep.io>", "To: %s" % CCA,
               "Subject: %s" % lu_subj, "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID: <%s@relay.inboxsweep.io>" % ruuid(),
               "Auto-Submitted: auto-generated", "X-InboxSweep-Job: %s" % rhex(24), "MIME-Version: 1.0"],
              """Unsubscribe request

A user of InboxSweep has asked to stop receiving messages from this sender.
Recipient address: j******4@gmail.com
Campaign reference: %s

This request was sent automatically by InboxSweep on the user's behalf
through the List-Unsubscribe address in your message.
""" % lu_subj,
              "inbox-cleaning service unsubscribes for a person: marketing opt-out; Auto-Submitted present so ack_to null",
              None, "bounce-1k2@relay.inboxsweep.io", "out-3.relay.inboxsweep.io", "203.0.113.41", auth)

# Tidybox: sends from the user's own Gmail through the Gmail API, no Auto-Submitted -> ack the user
p = O.promo("mhelgeson@gmail.com")
t = at(7, "10:40:27")
c = make_ctx("Mark Helgeson", "mhelgeson@gmail.com", "customercare", t, "x", "x")
host, ip, plines, auth = C.prov_gmail(c)
lu_subj = re.search(r"subject=([^&>]+)", p.extra_headers[0]).group(1).replace("%20", " ")
SERVICE_UNSUB("tidybox-from-user-gmail", "customercare", t, "Tidybox (via the user's Gmail account)", p,
              plines + ["MIME-Version: 1.0", "From: Mark Helgeson <mhelgeson@gmail.com>", "Date: %s" % rfc(t),
                        "Message-ID: %s" % C.mid_gmail(), "Subject: %s" % lu_subj, "To: %s" % CCA,
                        "X-Tidybox-Action: unsubscribe"],
              "Unsubscribe\n\nSent by Tidybox on behalf of the mailbox owner.\n",
              "cleaning app sent the unsubscribe from the user's own Gmail, no Auto-Submitted: marketing opt-out, ack the sender",
              "mhelgeson@gmail.com", "mhelgeson@gmail.com", host, ip, auth)

# Declutterly: relay with the user in Reply-To, no Auto-Submitted -> ack the Reply-To
c_ = O.catalog("kwoz@comcast.net")
t = at(9, "08:45:02")
dk, auth = svc_env_auth("declutterly.app", "dk2026", t)
lu_subj = re.search(r"subject=([^&>]+)", c_.extra_headers[0]).group(1).replace("%20", " ")
SERVICE_UNSUB("declutterly-relay-replyto", "powerhousecatalog", t, "Declutterly (relay, user in Reply-To)", c_,
              [dk, "From: Declutterly <robot@declutterly.app>", "Reply-To: kwoz@comcast.net", "To: %s" % PHA,
               "Subject: %s" % lu_subj, "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID: <%s.%s@declutterly.app>" % (rdigits(13), rhex(8)),
               "MIME-Version: 1.0"],
              """Please remove kwoz@comcast.net from this mailing list.

kwoz@comcast.net used Declutterly to unsubscribe from your emails.
Questions about this request can be sent to kwoz@comcast.net.
""",
              "relay service with the user in Reply-To and no Auto-Submitted: marketing opt-out, ack the Reply-To",
              "kwoz@comcast.net", "bounces+%s@declutterly.app" % rdigits(6), "mta2.declutterly.app", "198.51.100.163", auth)

# Leave It Clean: relay, Auto-Submitted -> no ack
p = O.promo("sarah.ostrom@live.com")
t = at(10, "11:05:44")
dk, auth = svc_env_auth("leaveitclean.com", "lic", t)
lu_subj = re.search(r"subject=([^&>]+)", p.extra_headers[0]).group(1).replace("%20", " ")
SERVICE_UNSUB("leaveitclean-relay-autosubmitted", "customercare", t, "Leave It Clean (relay, Auto-Submitted)", p,
              [dk, "From: \"sarah.ostrom@live.com via Leave It Clean\" <unsub@mail.leaveitclean.com>",
               "Reply-To: sarah.ostrom@live.com", "To: %s" % CCA, "Subject: %s" % lu_subj,
               "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID: <lic-%s@mail.leaveitclean.com>" % rhex(20),
               "Auto-Submitted: auto-generated", "MIME-Version: 1.0"],
              "unsubscribe\n\n-- \nSent automatically by Leave It Clean for sarah.ostrom@live.com\n",
              "relay unsubscribe with Auto-Submitted: marketing opt-out, ack_to null (RFC 3834) even though a Reply-To exists",
              None, "unsub@mail.leaveitclean.com", "smtp.mail.leaveitclean.com", "192.0.2.88", auth)


# =====================================================================================================================
#  Machine mail
# =====================================================================================================================
def vendor_auth(domain, selector, t, hf="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", policy="none"):
    v, b = C._dkim(domain, selector, hf, t)
    return v, Auth(d=domain, s=selector, b=b, hfrom=domain, policy=policy)


def sent_before(arrival, lo=2, hi=30):
    return arrival - C._dt.timedelta(seconds=R.randint(lo, hi))


def alt(plain, html_, boundary=None, cs="utf-8", cte="quoted-printable", fold=False):
    return multipart("alternative", [leaf("text/plain", plain, charset=cs, cte=cte), leaf("text/html", html_, charset=cs, cte=cte)],
                     boundary or ("=_alt_" + rhex(24)), fold=fold)


# ---- newsletter: The Privacy Ledger (bulk, List-Unsubscribe, Precedence)
arr = at(5, "09:03:17")
t = sent_before(arr)
dk, auth = vendor_auth("privacyledger.org", "pl1", t)
plain = """THE PRIVACY LEDGER | Weekly digest | April 5, 2027

1. Iowa's consumer data law, two years in: what "do not sell" means
   for utilities and their catalog affiliates
2. Opt-out preference signals: are regulators expecting e-mail
   opt-outs to be honored within 10 days?
3. Case note: a retailer fined for sharing customer lists after
   customers asked not to be shared
4. Events: Midwest Privacy Roundtable, Madison, May 12

Read the full issue: https://privacyledger.org/digest/2027-04-05

You are receiving this because customercare@alliant-energy.com
subscribed to The Privacy Ledger.
Unsubscribe: https://privacyledger.org/u/3f9a2c1d | Manage preferences
The Privacy Ledger, 100 Market St, Suite 400, Chicago, IL 60606
"""
html_ = ("<!DOCTYPE html><html><body style=\"font-family:Georgia,serif;max-width:640px\"><h1>The Privacy Ledger</h1>"
         "<p>Weekly digest &middot; April 5, 2027</p><ol><li><a href=\"https://privacyledger.org/a/1\">Iowa's consumer data law, two years in: "
         "what &ldquo;do not sell&rdquo; means for utilities and their catalog affiliates</a></li><li><a href=\"https://privacyledger.org/a/2\">"
         "Opt-out preference signals: are regulators expecting e-mail opt-outs to be honored within 10 days?</a></li>"
         "<li><a href=\"https://privacyledger.org/a/3\">Case note: a retailer fined for sharing customer lists after customers asked not to be shared</a></li>"
         "<li>Events: Midwest Privacy Roundtable, Madison, May 12</li></ol><p style=\"font-size:11px;color:#777\">You are receiving this because "
         "customercare@alliant-energy.com subscribed to The Privacy Ledger.<br><a href=\"https://privacyledger.org/u/3f9a2c1d\">Unsubscribe</a> | "
         "Manage preferences<br>The Privacy Ledger, 100 Market St, Suite 400, Chicago, IL 60606</p></body></html>\n")
AUTO("newsletter-privacy-ledger", "automated: newsletter", "en", "newsletter platform", "customercare", arr,
     "bounces+cc=alliant-energy.com@em.privacyledger.org", "o12.em.privacyledger.org", "198.51.100.12", auth,
     [dk, "From: The Privacy Ledger <digest@privacyledger.org>", "To: %s" % CCA,
      "Subject: This week: \"do not sell\" and utilities, opt-out signals, a list-sharing fine",
      "Date: %s" % rfc(t.astimezone(UTC), pad=True), "Message-ID: <%s@em.privacyledger.org>" % ruuid(),
      "List-Id: The Privacy Ledger weekly <weekly.privacyledger.org>",
      "List-Unsubscribe: <https://privacyledger.org/u/3f9a2c1d>, <mailto:unsubscribe@privacyledger.org?subject=3f9a2c1d>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "Feedback-ID: weekly:privacyledger:em",
      "MIME-Version: 1.0"],
     alt(plain, html_), "subscribed newsletter full of opt-out and 'do not sell' words; bulk mail, never acknowledged")

# ---- phishing: Microsoft 365 password expiry, HTML only
arr = at(5, "11:47:09")
t = sent_before(arr, 5, 60)
html_ = ("<html><body style=\"font-family:Segoe UI,Arial\"><table width=\"100%\"><tr><td style=\"background:#0078d4;color:#fff;padding:12px\">"
         "<b>Microsoft 365</b></td></tr><tr><td style=\"padding:16px\"><p>Hello customercare,</p><p>The password for "
         "<b>customercare@alliant-energy.com</b> expires <b>today</b>. To avoid losing access to your mailbox, keep your current "
         "password using the button below.</p><p><a href=\"https://alliant-energy-com.mail-notify365.com/owa/keep?u=customercare\" "
         "style=\"background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none\">Keep Current Password</a></p>"
         "<p style=\"color:#888;font-size:11px\">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>\n")
AUTO("phish-m365-password", "automated: spam/phishing", "en", "phishing kit", "customercare", arr,
     "info@mail-notify365.com", "vps-88231.hostwindsdns.example", "203.0.113.199",
     Auth(dkim="none", spf="softfail", dmarc="fail", hfrom="alliant-energy-com.mail-notify365.com", policy="none"),
     ["From: \"Microsoft 365\" <no-reply@alliant-energy-com.mail-notify365.com>", "To: %s" % CCA,
      "Subject: Password expiration notice for customercare@alliant-energy.com", "Date: %s" % rfc(t.astimezone(UTC)),
      "Message-ID: <%s@mail-notify365.com>" % rhex(20), "MIME-Version: 1.0", "X-Priority: 1"],
     leaf("text/html", html_, charset="utf-8", cte="quoted-printable"),
     "credential phishing aimed at the mailbox itself")

# ---- ESP: campaign scheduled notice (vendor system mail with suppression words)
arr = at(5, "14:32:50")
t = sent_before(arr)
dk, auth = vendor_auth("sendloft.net", "sl2026", t)
plain = """Your campaign is scheduled

Campaign:   Spring into savings: heat-pump rebates (AE-HP-2704)
Send time:  Tue, Apr 6, 2027 10:00 AM CDT
Audience:   Residential - email marketing opted-in
Recipients: 48,210

Suppression lists applied
  Global unsubscribes ............ 6,118
  Marketing opt-out (CRM sync) ... 2,904
  Hard bounces (90 days) ......... 731

Reply-To for this campaign: customercare@alliant-energy.com
List-Unsubscribe: mailto, one address per campaign

To cancel or change the schedule, sign in to SendLoft.
This is an automated notification from SendLoft. Please do not reply.
"""
AUTO("esp-campaign-scheduled", "automated: vendor notification", "en", "SendLoft (e-mail service provider)", "customercare", arr,
     "notify@bounce.sendloft.net", "mta4.sendloft.net", "198.51.100.40", auth,
     [dk, "From: SendLoft <notifications@sendloft.net>", "To: %s" % CCA,
      "Subject: Scheduled: Spring into savings: heat-pump rebates (Tue Apr 6, 10:00 AM CDT)",
      "Date: %s" % rfc(t.astimezone(UTC), pad=True), "Message-ID: <notify.%s@sendloft.net>" % rhex(16),
      "X-SL-Notification: campaign-scheduled", "MIME-Version: 1.0"],
     leaf("text/plain", plain, charset="utf-8"),
     "our e-mail vendor's scheduling notice; counts of unsubscribes and opt-outs are a report, not a request")

# ---- bounces of the promo
PROMO_BOUNCE = O.promo("jnorquist1961@gmail.com", first="Jim")
arr = at(6, "10:03:58")
t = sent_before(arr, 1, 3)
dk, auth = vendor_auth("googlemail.com", "20230601", t, hf="to:references:in-reply-to:subject:date:message-id:from:auto-submitted")
b = "000000000000" + rhex(16)
plain = """
** Address not found **

Your message wasn't delivered to jnorquist1961@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp
""" % (rhex(20), R.randint(1, 9))
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mailer.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; jnorquist1961@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: %s
""" % (rfc(O.PROMO_DATE.astimezone(C.PDT), comment="PDT"), rfc(t.astimezone(C.PDT), comment="PDT"))
orig = "\n".join(PROMO_BOUNCE.header_lines()) + "\nContent-Type: text/plain; charset=utf-8\n\n" + PROMO_BOUNCE.text + "\n"
part = multipart("report", [leaf("text/plain", plain, charset="UTF-8", cs_label='"UTF-8"', cte="quoted-printable"),
                            Part(["Content-Type: message/delivery-status"], dsn.encode("ascii")),
                            Part(["Content-Type: message/rfc822"], orig.encode("utf-8"))], b, params="; report-type=delivery-status")
AUTO("bounce-gmail-promo", "automated: bounce", "en", "Gmail DSN", "customercare", arr, "", "mail-sor-f69.google.com", "209.85.220.69", auth,
     [dk, "Received: by 2002:a05:6402:%s with SMTP id %s;\n        %s (PDT)" % (rhex(4), rhex(12), rfc(t.astimezone(C.PDT), pad=True)),
      "Return-Path: <>", "MIME-Version: 1.0", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: %s" % CCA, "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
      "References: %s" % PROMO_BOUNCE.msgid, "In-Reply-To: %s" % PROMO_BOUNCE.msgid,
      "X-Failed-Recipients: jnorquist1961@gmail.com", "Message-ID: <%s.%s.b@mx.google.com>" % (rhex(12), rdigits(6)),
      "Date: %s" % rfc(t.astimezone(C.PDT), pad=True)],
     part, "hard bounce of the promo; the returned promo carries our unsubscribe footer", helo="mail-sor-f69.google.com")

ooo_exchange("ooo-promo-exchange", "en", "customercare", at(6, "10:05:02"), ("Renee Thorsen", "rthorsen@mcfarlandlaw.com"),
             "mcfarlandlaw.com", O.promo("rthorsen@mcfarlandlaw.com", first="Renee"),
             """I am out of the office April 5 through April 9 with limited access to email. I will respond when I return on Monday, April 12.

For urgent matters please contact our front desk at 608-555-0140.

Renee Thorsen
McFarland Law Group""",
             "Exchange out-of-office to the promo (Auto-Submitted, X-Auto-Response-Suppress)")

PROMO_B2 = O.promo("dwkrueger@mchsi.com")
arr = at(6, "10:06:11")
t = sent_before(arr, 1, 2)
qid_ = rhex(10, True)
b = "%s.%d/mx.mchsi.com" % (qid_, int(t.timestamp()))
plain = """This is the mail system at host mx.mchsi.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dwkrueger@mchsi.com>: host mailstore2.mchsi.com[10.200.4.12] said: 550 5.1.1
    <dwkrueger@mchsi.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mx.mchsi.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; dwkrueger@mchsi.com
Original-Recipient: rfc822;dwkrueger@mchsi.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore2.mchsi.com
Diagnostic-Code: smtp; 550 5.1.1 <dwkrueger@mchsi.com>: Recipient address
    rejected: User unknown in virtual mailbox table
""" % (qid_, rfc(later(O.PROMO_DATE, 60, 200), comment="CDT"))
part = multipart("report", [leaf("text/plain", plain, charset="us-ascii", cte=None, extra=["Content-Description: Notification"]),
                            Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn.encode("ascii")),
                            Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                                 ("\n".join(PROMO_B2.header_lines()) + "\nContent-Type: multipart/alternative; boundary=\"ae-hp-2704\"\n").encode("ascii"))],
                 b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.", fold=True)
part.headers[0] = "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b
AUTO("bounce-postfix-mchsi-promo", "automated: bounce", "en", "Postfix DSN", "customercare", arr, "", "mx.mchsi.com", "173.16.2.41",
     Auth(dkim="none", spf="pass", dmarc="none", hfrom=None),
     ["Received: by mx.mchsi.com (Postfix)\n\tid %s; %s" % (qid_, rfc(t, comment="CDT")),
      "Date: %s" % rfc(t, comment="CDT"), "From: MAILER-DAEMON@mx.mchsi.com (Mail Delivery System)",
      "Subject: Undelivered Mail Returned to Sender", "To: %s" % CCA, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
      "Content-Transfer-Encoding: 8bit", "Message-Id: <%s.%s@mx.mchsi.com>" % (t.strftime("%Y%m%d%H%M%S"), qid_)],
     part, "Postfix bounce (user unknown) of the promo", helo="mx.mchsi.com")

# ---- client-side rule reply: no auto headers at all
p = O.promo("info@brennanphc.com")
H("headerless-no-longer-monitored", "automated: auto-reply (headerless)", "en", "outlook", "customercare", at(6, "10:14:48"),
  ("Brennan Plumbing & Heating", "info@brennanphc.com"), "RE: " + O.PROMO_SUBJECT,
  """Thank you for contacting Brennan Plumbing & Heating.

This inbox is no longer monitored. For scheduling and estimates please call 563-555-0127 or write to office@brennanphc.com.

Brennan Plumbing & Heating
Dubuque, Iowa""",
  [], "Outlook rule 'reply with template': an auto-reply with no Auto-Submitted header; still automated",
  quote=p, o365=True, automated=True)

# ---- Postfix delay warning for the promo
PROMO_B3 = O.promo("office@hilltopvet.net")
arr = at(6, "14:09:30")
t = sent_before(arr, 1, 2)
qid_ = rhex(10, True)
b = "%s.%d/mail.hilltopvet.net" % (qid_, int(t.timestamp()))
plain = """This is the mail system at host mail.hilltopvet.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<office@hilltopvet.net>: connect to 127.0.0.1[127.0.0.1]:10024: Connection
    refused
"""
dsn = """Reporting-MTA: dns; mail.hilltopvet.net
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; office@hilltopvet.net
Original-Recipient: rfc822;office@hilltopvet.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to 127.0.0.1[127.0.0.1]:10024: Connection
    refused
Will-Retry-Until: %s
""" % (qid_, rfc(later(O.PROMO_DATE, 60, 120), comment="CDT"), rfc(O.PROMO_DATE + C._dt.timedelta(days=5), comment="CDT"))
part = multipart("report", [leaf("text/plain", plain, charset="us-ascii", cte=None, extra=["Content-Description: Notification"]),
                            Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn.encode("ascii")),
                            Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                                 ("\n".join(PROMO_B3.header_lines()) + "\n").encode("ascii"))],
                 b, preamble="This is a MIME-encapsulated message.")
part.headers[0] = "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b
AUTO("delay-warning-promo", "automated: bounce", "en", "Postfix DSN (delay warning)", "customercare", arr, "",
     "mail.hilltopvet.net", "192.0.2.217", Auth(dkim="none", spf="none", dmarc="none", hfrom=None),
     ["Received: by mail.hilltopvet.net (Postfix)\n\tid %s; %s" % (qid_, rfc(t, comment="CDT")),
      "Date: %s" % rfc(t, comment="CDT"), "From: MAILER-DAEMON@mail.hilltopvet.net (Mail Delivery System)",
      "Subject: Delayed Mail (still being retried)", "To: %s" % CCA, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
      "Message-Id: <%s.%s@mail.hilltopvet.net>" % (t.strftime("%Y%m%d%H%M%S"), qid_)],
     part, "delay warning (not even a failure) for the promo", helo="mail.hilltopvet.net")

# ---- challenge-response
arr = at(6, "13:02:41")
t = sent_before(arr)
dk, auth = vendor_auth("mailguard-cr.net", "mg", t)
plain = """Hello,

I use MailGuard to keep my inbox free of junk. Your message to
dwalsh@riversidetractor.com is waiting for approval:

  Subject: Spring into savings: heat-pump rebates
  Date:    Tue, 6 Apr 2027 10:02 CDT

Please click the link below to confirm you are a real person. You only
have to do this once.

  https://verify.mailguard-cr.net/c/%s

Thank you,
Dan Walsh (via MailGuard)
""" % ralnum(22)
AUTO("challenge-response-promo", "automated: challenge-response", "en", "MailGuard challenge-response", "customercare", arr,
     "challenge@mailguard-cr.net", "out1.mailguard-cr.net", "198.51.100.77", auth,
     [dk, "From: \"Dan Walsh (MailGuard)\" <challenge@mailguard-cr.net>", "Reply-To: dwalsh@riversidetractor.com", "To: %s" % CCA,
      "Subject: Please verify your message to dwalsh@riversidetractor.com", "Date: %s" % rfc(t),
      "Message-ID: <cr.%s@mailguard-cr.net>" % rhex(18), "In-Reply-To: %s" % O.promo("dwalsh@riversidetractor.com").msgid,
      "MIME-Version: 1.0"],
     leaf("text/plain", plain, charset="us-ascii"), "challenge-response system asking us to verify; never acknowledged")

ooo_exchange("es-ooo-promo", "es", "customercare", at(6, "13:30:06"), ("Carmen Ruiz", "cruiz@latiendita-mkt.com"),
             "latiendita-mkt.com", O.promo("cruiz@latiendita-mkt.com"),
             """Gracias por su mensaje. Estaré fuera de la oficina del 5 al 16 de abril con acceso limitado al correo.

Para asuntos urgentes, comuníquese con Martha al 608-555-0162.

Carmen Ruiz
La Tiendita Market""",
             "Spanish Exchange out-of-office to the promo", subject_prefix="Respuesta automática: ")

# ---- phishing: IRS refund
arr = at(6, "22:15:50")
t = sent_before(arr, 5, 90)
plain = """Internal Revenue Service
Taxpayer Refund Notification

After the last annual calculation of your fiscal activity we have
determined that you are eligible to receive a tax refund of $872.40.

Please submit the tax refund request and allow 3-5 business days to
process it: http://irs-gov-refunds.top/claim?id=%s

A refund can be delayed for a variety of reasons, for example
submitting invalid records or applying after the deadline.

Internal Revenue Service
""" % rdigits(9)
html_ = "<html><body><h2>Internal Revenue Service</h2>%s</body></html>\n" % "".join("<p>%s</p>" % text_to_br(x) for x in plain.split("\n\n"))
AUTO("phish-irs-refund", "automated: spam/phishing", "en", "phishing kit", "customercare", arr,
     "return@irs-gov-refunds.top", "mail.irs-gov-refunds.top", "203.0.113.66",
     Auth(dkim="none", spf="neutral", dmarc="none", hfrom="irs-gov-refunds.top"),
     ["From: \"IRS Refund Department\" <refund@irs-gov-refunds.top>", "To: %s" % CCA,
      "Subject: Tax Refund Notification: $872.40 awaiting your confirmation", "Date: %s" % rfc(t.astimezone(UTC)),
      "Message-ID: <%s@irs-gov-refunds.top>" % rhex(24), "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0"],
     alt(plain, html_, cs="windows-1252"), "tax-season refund phishing")

# ---- loop trap: out-of-office answering our acknowledgement
ack_x = O.ack(219, "tjohannsen@cedarrapidsortho.com", at(7, "08:54:30"))
ooo_exchange("loop-ooo-to-ack", "en", "customercare", at(7, "08:55:03"), ("Terri Johannsen", "tjohannsen@cedarrapidsortho.com"),
             "cedarrapidsortho.com", ack_x,
             """Thank you for your message. I am away from the office until Monday, April 12. If you need immediate help, please call the front desk at 319-555-0114.

Terri Johannsen
Cedar Rapids Orthopaedic Associates""",
             "LOOP TRAP: out-of-office answering our own acknowledgement (subject carries our [CC-...] reference)",
             category="automated: auto-reply (loop trap)")

# ---- mail house suppression report with CSV attachment
arr = at(7, "13:00:44")
t = sent_before(arr)
c365 = make_ctx("Lakeshore", "jobs@lakeshoremail.com", "powerhousecatalog", t, "x", "x", o365=True)
host, ip, plines, auth = C.prov_outlook(c365, consumer=False)
plain = """Job 27-0412  PowerHouse Catalog - Spring Garden & Patio (print drop 2)

NCOA and suppression processing is complete. Summary:

  Input records ............................ 212,480
  NCOA moves updated ....................... 9,114
  Suppressed: DMA Mail Preference Service .. 1,862
  Suppressed: client do-not-mail ........... 2,397
  Suppressed: client do-not-share flag ..... (not applied to house mailing)
  Suppressed: deceased ..................... 412
  Final mail quantity ...................... 207,809

The suppression summary is attached. Please approve the final count by
Friday noon so we can hold the April 19 in-home window.

Lakeshore Mailing Services - Job Desk
This message was sent from an unmonitored address.
"""
csv = ("job,category,count\n27-0412,input,212480\n27-0412,ncoa_moves,9114\n27-0412,dma_mps,1862\n27-0412,client_do_not_mail,2397\n"
       "27-0412,deceased,412\n27-0412,final,207809\n").encode("ascii")
part = multipart("mixed", [leaf("text/plain", plain, charset="us-ascii", cs_label='"us-ascii"', cte="quoted-printable"),
                           leaf("text/csv", data=csv, params='; name="27-0412_suppression_summary.csv"',
                                extra=['Content-Description: 27-0412_suppression_summary.csv',
                                       'Content-Disposition: attachment; filename="27-0412_suppression_summary.csv"; size=%d' % len(csv)])],
                 "_004_%s_" % rhex(30, True), fold=True)
AUTO("mailhouse-suppression-report", "automated: vendor notification", "en", "mail house job system (Exchange Online)",
     "powerhousecatalog", arr, "jobs@lakeshoremail.com", host, ip, auth,
     plines + ["From: Lakeshore Job Desk <jobs@lakeshoremail.com>", "To: %s" % PHA,
               "Subject: Job 27-0412 PowerHouse Spring Garden & Patio - NCOA/suppression complete",
               "Thread-Topic: Job 27-0412 PowerHouse Spring Garden & Patio - NCOA/suppression complete",
               "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID:\n <%s%s@%s>" % (c365.ms_h1, rhex(16, True), c365.ms_host.upper()),
               "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:",
               "MIME-Version: 1.0"],
     part, "mail-house suppression report: vendor system mail that uses 'do-not-share' and 'suppression' words")

# ---- SEO cold outreach
arr = at(7, "16:33:12")
t = sent_before(arr)
dk, auth = vendor_auth("ranknorthseo.co", "google", t)
plain = """Hi there,

I was looking at alliant-energy.com and noticed your storm outage page
isn't ranking for "power outage Cedar Rapids" or "power outage Madison".
With storm season coming, that's a lot of missed traffic.

We help utilities fix exactly this. Would you be open to a quick
15-minute call next week? I can send over a free audit first.

Cheers,
Kyle Brennan
RankNorth SEO

P.S. If this isn't relevant just reply "no" and I won't follow up.
"""
AUTO("seo-cold-outreach", "automated: spam/cold sales", "en", "cold outreach tool (Google Workspace)", "customercare", arr,
     "kyle@ranknorthseo.co", "mail-sor-f41.google.com", "209.85.220.41", auth,
     [dk, "MIME-Version: 1.0", "From: Kyle Brennan <kyle@ranknorthseo.co>", "Date: %s" % rfc(t),
      "Message-ID: %s" % C.mid_gmail(), "Subject: Quick question about alliant-energy.com", "To: %s" % CCA,
      "X-Mailer: Reply.io outreach"],
     leaf("text/plain", plain, charset="UTF-8", cs_label='"UTF-8"'), "cold SEO outreach; 'reply no' is not our customer's opt-out")

# ---- catalog NDR from Outlook.com
CAT_B = O.catalog("sharon.bluhm@hotmail.com")
arr = at(8, "09:31:24")
t = sent_before(arr, 1, 3)
c_o = make_ctx("postmaster", "postmaster@outlook.com", "powerhousecatalog", t, "x", "x")
host, ip, plines, auth = C.prov_outlook(c_o, consumer=True)
plain = """Delivery has failed to these recipients or groups:

sharon.bluhm@hotmail.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: %s

sharon.bluhm@hotmail.com
Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [%s]'

Original message headers:

%s
""" % (c_o.ms_host, c_o.ms_host, "\n".join(CAT_B.header_lines()))
html_ = "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>" \
        "<p><a href=\"mailto:sharon.bluhm@hotmail.com\">sharon.bluhm@hotmail.com</a><br>The email address you entered couldn't be found.</p></body></html>\n"
dsn = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx1.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;sharon.bluhm@hotmail.com
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)
""" % (c_o.ms_host, rfc(O.CATALOG_DATE.astimezone(UTC)))
bnd = "_%s_" % ruuid()
part = multipart("report", [alt(plain, html_, boundary="_%s_" % ruuid(), cs="us-ascii"),
                            Part(["Content-Type: message/delivery-status"], dsn.encode("ascii")),
                            Part(["Content-Type: text/rfc822-headers"], ("\n".join(CAT_B.header_lines()) + "\n").encode("ascii"))],
                 bnd, params="; report-type=delivery-status", fold=True)
AUTO("bounce-outlookcom-catalog", "automated: bounce", "en", "Exchange Online NDR", "powerhousecatalog", arr, "", host, ip,
     Auth(dkim="none", spf="pass", dmarc="none", hfrom=None),
     plines[:3] + plines[4:] + ["From: postmaster@outlook.com", "To: %s" % PHA, "Date: %s" % rfc(t.astimezone(UTC)),
                                "Subject: Undeliverable: %s" % CAT_B.subject, "Content-Language: en-US",
                                "Message-ID: <%s@%s>" % (ruuid(), c_o.ms_host.upper()), "In-Reply-To: %s" % CAT_B.msgid,
                                "References: %s" % CAT_B.msgid, "Thread-Topic: %s" % CAT_B.subject,
                                "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied", "MIME-Version: 1.0"],
     part, "Outlook.com non-delivery report for the catalog e-mail", helo=host)

# ---- vacation responder (Gmail) to the catalog
CAT_V = O.catalog("pjhollister@gmail.com")
arr = at(8, "09:33:37")
t = sent_before(arr, 1, 3)
c_g = make_ctx("Phyllis Hollister", "pjhollister@gmail.com", "powerhousecatalog", t, "x", "x")
host, ip, plines, auth = C.prov_gmail(c_g)
body = "Hello! We are on our spring trip to see the grandkids and back April 19. I will answer your note when we get home.\n\nPhyllis\n"
part = alt(body, '<div dir="ltr">Hello! We are on our spring trip to see the grandkids and back April 19. I will answer your note when we get home.<div><br></div><div>Phyllis</div></div>\n',
           boundary="000000000000" + rhex(16), cs="UTF-8")
AUTO("vacation-gmail-catalog", "automated: auto-reply", "en", "Gmail vacation responder", "powerhousecatalog", arr,
     "pjhollister@gmail.com", host, ip, auth,
     plines + ["MIME-Version: 1.0", "From: Phyllis Hollister <pjhollister@gmail.com>", "Date: %s" % rfc(t),
               "References: %s" % CAT_V.msgid, "In-Reply-To: %s" % CAT_V.msgid, "Message-ID: %s" % C.mid_gmail(),
               "Subject: Away until April 19", "To: %s" % PHA, "Auto-Submitted: auto-replied", "Precedence: bulk"],
     part, "Gmail vacation responder answering the catalog e-mail; contains a first name but is automated")

# ---- calendar invitation from a list partner
arr = at(8, "16:45:20")
t = sent_before(arr)
dk, auth = vendor_auth("meridianlist.com", "google", t, hf="mime-version:sender:message-id:date:subject:from:to")
uid = "%s@google.com" % rhex(26)
dts = "20270413T150000Z"
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270413T150000Z
DTEND:20270413T153000Z
DTSTAMP:%s
ORGANIZER;CN=Dana Whitcomb:mailto:dwhitcomb@meridianlist.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhou
 secatalog@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Whitcomb;X-NUM-GUESTS=0:mailto:dwhitcomb@meridianlist.com
DESCRIPTION:Quarterly reconciliation of the PowerHouse house-file rental: o
 rder counts\\, do-not-share suppressions applied\\, and the spring merge/pu
 rge report.
LOCATION:https://meet.google.com/xqv-ptnr-kdw
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Spring list rental reconciliation - PowerHouse / Meridian
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % (t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), uid)
plain = """Spring list rental reconciliation - PowerHouse / Meridian
Tuesday Apr 13, 2027 - 10am - 10:30am (Central Time - Chicago)

Quarterly reconciliation of the PowerHouse house-file rental: order counts, do-not-share suppressions applied, and the spring merge/purge report.

Join with Google Meet: https://meet.google.com/xqv-ptnr-kdw

Organizer: Dana Whitcomb dwhitcomb@meridianlist.com
Guests: powerhousecatalog@alliant-energy.com

Reply for powerhousecatalog@alliant-energy.com: Yes / No / Maybe

Invitation from Google Calendar
"""
html_ = "<html><body><p><b>Spring list rental reconciliation - PowerHouse / Meridian</b></p><p>%s</p></body></html>\n" % text_to_br(plain)
b_in = "000000000000" + rhex(16)
b_out = "000000000000" + rhex(16)
inner = multipart("alternative", [leaf("text/plain", plain, charset="UTF-8", cs_label='"UTF-8"', cte="quoted-printable"),
                                  leaf("text/html", html_, charset="UTF-8", cs_label='"UTF-8"', cte="quoted-printable"),
                                  leaf("text/calendar", ics, charset="UTF-8", cs_label='"UTF-8"', params="; method=REQUEST", cte="7bit")], b_in)
part = multipart("mixed", [inner, leaf("application/ics", data=ics.replace("\n", "\r\n").encode("ascii"), params='; name="invite.ics"',
                                       extra=['Content-Disposition: attachment; filename="invite.ics"'])], b_out)
AUTO("calendar-invite-list-partner", "automated: calendar invitation", "en", "Google Calendar", "powerhousecatalog", arr,
     "3%s@calendar-server.bounces.google.com" % ralnum(30), "mail-sor-f73.google.com", "209.85.220.73", auth,
     [dk, "MIME-Version: 1.0", "Reply-To: Dana Whitcomb <dwhitcomb@meridianlist.com>",
      "Sender: Google Calendar <calendar-notification@google.com>", "Auto-Submitted: auto-generated",
      "Message-ID: <calendar-%s@google.com>" % ruuid(), "Date: %s" % rfc(t.astimezone(UTC), pad=True),
      "Subject: Invitation: Spring list rental reconciliation - PowerHouse / Meridian @ Tue Apr 13, 2027 10am - 10:30am (CDT) (powerhousecatalog@alliant-energy.com)",
      "From: Dana Whitcomb <dwhitcomb@meridianlist.com>", "To: %s" % PHA],
     part, "calendar invitation (text/calendar) from a list partner; mentions do-not-share but is not a request")

# ---- newsletter: Midwest Utility Brief, HTML only
arr = at(8, "22:40:05")
t = sent_before(arr)
dk, auth = vendor_auth("midwestutilitybrief.com", "k1", t)
html_ = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Midwest Utility Brief</title></head><body style=\"margin:0;background:#f3f3f3\">"
         "<table role=\"presentation\" width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial\"><tr><td style=\"padding:20px\">"
         "<h1 style=\"font-size:22px\">Midwest Utility Brief</h1><p>Thursday, April 8, 2027</p>"
         "<h2 style=\"font-size:16px\">Storm season staffing: how three co-ops pre-stage crews</h2><p>Forecasters expect an active April...</p>"
         "<h2 style=\"font-size:16px\">Heat-pump rebate budgets are running out faster than planned</h2><p>At least four Midwest programs...</p>"
         "<h2 style=\"font-size:16px\">Regulators eye bill-inserts and marketing opt-outs</h2><p>A draft rule would require...</p>"
         "<p style=\"font-size:11px;color:#888\">You're receiving this because you subscribed at midwestutilitybrief.com. "
         "<a href=\"https://midwestutilitybrief.com/unsubscribe?e=customercare%40alliant-energy.com\">Unsubscribe</a></p>"
         "</td></tr></table></body></html>\n")
AUTO("newsletter-utility-brief-html", "automated: newsletter", "en", "newsletter platform", "customercare", arr,
     "bounce-%s@mail.midwestutilitybrief.com" % rdigits(7), "mail.midwestutilitybrief.com", "198.51.100.201", auth,
     [dk, "From: Midwest Utility Brief <newsletter@midwestutilitybrief.com>", "To: customercare@alliant-energy.com",
      "Subject: Storm staffing, rebate budgets running dry, and opt-out rules", "Date: %s" % rfc(t.astimezone(UTC)),
      "Message-ID: <%s@mail.midwestutilitybrief.com>" % ruuid(), "MIME-Version: 1.0",
      "List-Unsubscribe: <https://midwestutilitybrief.com/unsubscribe?e=customercare%40alliant-energy.com>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
     leaf("text/html", html_, charset="utf-8", cte="quoted-printable"), "HTML-only trade newsletter")

# ---- read receipt (MDN) for a staff reply
STAFF_GL = O.staff("glutz@tricountyag.com", "Greg Lutz", at(6, "15:12:40"), "RE: Moving in May - stop and start service",
                   "Hi Greg,\n\nYou can do both online or we can set it up for you...", "Dana R.")
arr = at(9, "09:12:07")
t = sent_before(arr, 1, 3)
c365 = make_ctx("Greg Lutz", "glutz@tricountyag.com", "customercare", t, "x", "x", o365=True)
host, ip, plines, auth = C.prov_outlook(c365, consumer=False)
plain = """Your message

To: Greg Lutz
Subject: RE: Moving in May - stop and start service
Sent: Tuesday, April 6, 2027 3:12:40 PM (UTC-06:00) Central Time (US & Canada)

was read on Friday, April 9, 2027 9:11:52 AM (UTC-06:00) Central Time (US & Canada).
"""
mdn = """Reporting-UA: %s; Microsoft Exchange Server
Final-Recipient: rfc822;glutz@tricountyag.com
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: %s
X-Display-Name: Greg Lutz
""" % (c365.ms_host, STAFF_GL.msgid, rb64(16))
bnd = "_%s_" % ruuid()
part = multipart("report", [leaf("text/plain", plain, charset="us-ascii", cs_label='"us-ascii"', cte="7bit"),
                            Part(["Content-Type: message/disposition-notification"], mdn.encode("ascii"))],
                 bnd, params="; report-type=disposition-notification", fold=True)
AUTO("read-receipt-outlook", "automated: read receipt", "en", "Outlook read receipt (MDN)", "customercare", arr, "glutz@tricountyag.com",
     host, ip, auth,
     plines + ["From: Greg Lutz <glutz@tricountyag.com>", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
               "Subject: Read: RE: Moving in May - stop and start service", "Thread-Topic: Moving in May - stop and start service",
               "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID:\n <%s%s@%s>" % (c365.ms_h1, rhex(16, True), c365.ms_host.upper()),
               "References: %s" % STAFF_GL.msgid, "In-Reply-To: %s" % STAFF_GL.msgid, "Content-Language: en-US",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"],
     part, "read receipt for a staff reply; from a known customer but machine-made")

# ---- headerless Yahoo responder answering our acknowledgement (loop trap)
ack_y = O.ack(262, "gkjellberg@yahoo.com", at(9, "13:44:30"))
c_y = make_ctx("Gail Kjellberg", "gkjellberg@yahoo.com", "customercare", at(9, "13:45:02"), "Re: " + ack_y.subject,
               "Thank you for your email! I check my mail every few days and will get back to you soon.\n\nGail K.",
               quote=None)
host, ip, plines, auth = C.prov_yahoo(c_y)
h_, part = C.client_yahoo(c_y)
h_ = [x for x in h_ if not x.startswith("Subject:")] + ["Subject: Auto Reply: " + ack_y.subject, "In-Reply-To: %s" % ack_y.msgid]
AUTO("loop-yahoo-responder-to-ack", "automated: auto-reply (loop trap)", "en", "Yahoo Mail auto-reply", "customercare",
     later(c_y.sent), "gkjellberg@yahoo.com", host, ip, auth, plines + h_, part,
     "LOOP TRAP: Yahoo auto-reply to our acknowledgement, no Auto-Submitted header")

# ---- cold sales with opt-out words
arr = at(9, "19:40:31")
t = sent_before(arr)
dk, auth = vendor_auth("leadcurrent.io", "s1", t)
plain = """Hi Customer Care team,

Utilities running heat-pump rebates this spring are using LeadCurrent
to turn rebate interest into booked installs. We deliver pre-qualified
homeowner leads straight to your contractor network.

Alliant's "Spring into savings" campaign looks great. Want to see what
a 30-day pilot would look like?

Brianna Cole | Partnerships, LeadCurrent
612-555-0184

Not interested? Reply "unsubscribe" and I'll remove you from my list.
LeadCurrent Inc., 901 Marquette Ave, Minneapolis, MN 55402
"""
AUTO("cold-sales-heatpump-leads", "automated: spam/cold sales", "en", "sales engagement platform", "customercare", arr,
     "bcole@leadcurrent.io", "o3.outbound.leadcurrent.io", "198.51.100.93", auth,
     [dk, "From: Brianna Cole <bcole@leadcurrent.io>", "To: customercare@alliant-energy.com",
      "Subject: Turning \"Spring into savings\" clicks into installs", "Date: %s" % rfc(t), "Message-ID: <%s@leadcurrent.io>" % ruuid(),
      "MIME-Version: 1.0", "X-Outreach-Sequence: utilities-q2-step1"],
     leaf("text/plain", plain, charset="utf-8"), "cold sales e-mail with its own 'reply unsubscribe' line; not a customer opt-out")

# ---- Spanish refund phishing, iso-8859-1 base64
arr = at(10, "20:45:13")
t = sent_before(arr, 5, 60)
plain = """Estimado contribuyente:

Después del último cálculo anual de su actividad fiscal, hemos determinado
que usted es elegible para recibir un reembolso de impuestos de $640.00.

Para recibir su reembolso, complete el formulario en el siguiente enlace
dentro de las próximas 48 horas:

http://reembolso-irs-gob.shop/formulario?ref=%s

Si no completa el formulario, su reembolso será cancelado.

Servicio de Impuestos Internos
""" % rdigits(8)
AUTO("es-phish-tax-refund", "automated: spam/phishing", "es", "phishing kit", "customercare", arr,
     "no-reply@reembolso-irs-gob.shop", "srv1.reembolso-irs-gob.shop", "203.0.113.151",
     Auth(dkim="none", spf="fail", dmarc="none", hfrom="reembolso-irs-gob.shop"),
     ["From: %s" % addr("Servicio de Impuestos Internos", "no-reply@reembolso-irs-gob.shop", charset="ISO-8859-1", enc="Q"),
      "To: %s" % CCA, "Subject: %s" % ew("Notificación de reembolso de impuestos - acción requerida", "ISO-8859-1", "Q"),
      "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID: <%s@reembolso-irs-gob.shop>" % rhex(20), "MIME-Version: 1.0"],
     leaf("text/plain", plain, charset="iso-8859-1", cte="base64"), "Spanish tax-refund phishing (ISO-8859-1, base64)")

# ---- mailing list post (a person wrote it, list traffic)
arr = at(11, "14:00:26")
t = sent_before(arr, 2, 20)
dk, auth = vendor_auth("lists.mucx.org", "mm3", t, hf="From:Reply-To:To:Subject:Date:Message-ID:List-Id:List-Post:List-Unsubscribe")
plain = """Hi all,

Anyone else seeing a spike in "unsubscribe" and "STOP" replies to outage
and billing notices after a spring promo goes out? We treat STOP under a
promo as a marketing opt-out, but under an outage alert we route it to a
person. Curious how others handle "remove me" with no context.

Also: does anyone share a do-not-share list with their catalog affiliate
automatically, or is it still a manual weekly file?

Rachel Imhoff
Customer Experience, Driftless Rural Electric Cooperative
_______________________________________________
midwest-cx-forum mailing list -- midwest-cx-forum@lists.mucx.org
To unsubscribe send an email to midwest-cx-forum-leave@lists.mucx.org
"""
AUTO("list-post-cx-forum", "automated: mailing list", "en", "Mailman 3 list", "customercare", arr,
     "midwest-cx-forum-bounces@lists.mucx.org", "lists.mucx.org", "192.0.2.33", auth,
     [dk, "From: Rachel Imhoff via midwest-cx-forum <midwest-cx-forum@lists.mucx.org>",
      "Reply-To: Rachel Imhoff <rimhoff@driftlessrec.coop>", "To: customercare@alliant-energy.com",
      "Cc: midwest-cx-forum@lists.mucx.org",
      "Subject: [midwest-cx-forum] STOP replies under service notices?", "Date: %s" % rfc(t),
      "Message-ID: <%s@driftlessrec.coop>" % ruuid(), "X-Mailman-Version: 3.3.9", "Precedence: list",
      "List-Id: Midwest utility customer experience forum <midwest-cx-forum.lists.mucx.org>",
      "Archived-At: <https://lists.mucx.org/archives/list/midwest-cx-forum@lists.mucx.org/message/%s/>" % ralnum(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
      "List-Archive: <https://lists.mucx.org/archives/list/midwest-cx-forum@lists.mucx.org/>",
      "List-Help: <mailto:midwest-cx-forum-request@lists.mucx.org?subject=help>",
      "List-Owner: <mailto:midwest-cx-forum-owner@lists.mucx.org>",
      "List-Post: <mailto:midwest-cx-forum@lists.mucx.org>",
      "List-Subscribe: <mailto:midwest-cx-forum-join@lists.mucx.org>",
      "List-Unsubscribe: <mailto:midwest-cx-forum-leave@lists.mucx.org>", "MIME-Version: 1.0"],
     leaf("text/plain", plain, charset="us-ascii", cs_label='"us-ascii"', cte="7bit"),
     "mailing-list post by a person at another utility, full of STOP/unsubscribe/do-not-share words: list traffic, automated")

# ---- Exim bounce, no MIME, of an acknowledgement (mailbox full)
ACK_F = O.ack(301, "lhansen@netins.net", at(12, "08:28:40"))
arr = at(12, "08:30:02")
t = sent_before(arr, 1, 3)
msgid_e = "E1w%s-%s-%s" % (ralnum(3), rdigits(6), ralnum(2))
body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lhansen@netins.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <customercare@alliant-energy.com>
Received: from mx1.alliant-energy.com ([10.40.8.11])
\tby mail.netins.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\t(envelope-from <customercare@alliant-energy.com>)
\tid %s
\tfor lhansen@netins.net;
\t%s
%s
Content-Type: text/plain; charset=utf-8

%s
""" % (msgid_e, rfc(ACK_F.dt), "\n".join(ACK_F.header_lines()), ACK_F.text)
hdrs = envelope("customercare", "", arr, "mail.netins.net", "167.142.225.9", Auth(dkim="none", spf="pass", dmarc="none", hfrom=None),
                helo="mail.netins.net") + [
    "Received: from Debian-exim by mail.netins.net with local (Exim 4.98)\n\tid %s\n\tfor customercare@alliant-energy.com;\n\t%s" % (
        "E1w" + ralnum(3) + "-" + rdigits(6) + "-" + ralnum(2), rfc(t)),
    "X-Failed-Recipients: lhansen@netins.net", "Auto-Submitted: auto-replied",
    "From: Mail Delivery System <Mailer-Daemon@mail.netins.net>", "To: customercare@alliant-energy.com",
    "References: %s" % ACK_F.msgid, "Subject: Mail delivery failed: returning message to sender",
    "Message-Id: <E1w%s-%s-%s@mail.netins.net>" % (ralnum(3), rdigits(6), ralnum(2)), "Date: %s" % rfc(t)]
add("bounce-exim-ack-mailbox-full", "automated: bounce", "en", "Exim bounce (no MIME)", "customercare", arr,
    render(hdrs, body=body.encode("utf-8")), True, [], False, {},
    "old-style Exim bounce (no MIME) of our acknowledgement; the returned ack talks about opting out and sharing", None)

# ---- DMARC aggregate report (zip attachment), misrouted to the mailbox
import io
import zipfile

arr = at(12, "13:00:40")
t = sent_before(arr, 1, 5)
dk, auth = vendor_auth("google.com", "20230601", t, hf="to:subject:message-id:date:from:mime-version")
rid = rdigits(20)
xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <extra_contact_info>https://support.google.com/a/answer/2466580</extra_contact_info>
    <report_id>%s</report_id>
    <date_range><begin>1775865600</begin><end>1775951999</end></date_range>
  </report_metadata>
  <policy_published><domain>alliant-energy.com</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>
  <record><row><source_ip>198.51.100.40</source_ip><count>18211</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>alliant-energy.com</header_from></identifiers>
    <auth_results><dkim><domain>alliant-energy.com</domain><result>pass</result><selector>sl2026</selector></dkim><spf><domain>alliant-energy.com</domain><result>pass</result></spf></auth_results></record>
  <record><row><source_ip>203.0.113.199</source_ip><count>3</count><policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>alliant-energy.com</header_from></identifiers>
    <auth_results><spf><domain>mail-notify365.com</domain><result>softfail</result></spf></auth_results></record>
</feedback>
""" % rid
zbuf = io.BytesIO()
zname = "google.com!alliant-energy.com!1775865600!1775951999.xml"
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as zf:
    zi = zipfile.ZipInfo(zname, date_time=(2027, 4, 12, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zf.writestr(zi, xml)
bnd = "000000000000" + rhex(16)
part = multipart("mixed", [leaf("text/plain", "This is an aggregate report from google.com.\n\nReport domain: alliant-energy.com\n", charset="UTF-8", cs_label='"UTF-8"', cte="7bit"),
                           leaf("application/zip", data=zbuf.getvalue(), params='; \n\tname="%s.zip"' % zname[:-4],
                                extra=['Content-Disposition: attachment; \n\tfilename="%s.zip"' % zname[:-4]])], bnd)
AUTO("dmarc-aggregate-report", "automated: vendor notification", "en", "DMARC aggregate report (Google)", "customercare", arr,
     "3%s@dmarc-reports.bounces.google.com" % ralnum(24), "mail-sor-f72.google.com", "209.85.220.72", auth,
     [dk, "MIME-Version: 1.0", "Date: %s" % rfc(t.astimezone(UTC)), "Message-ID: <%s@google.com>" % rdigits(20),
      "Subject: Report domain: alliant-energy.com Submitter: google.com Report-ID: %s" % rid,
      "From: noreply-dmarc-support@google.com", "To: customercare@alliant-energy.com"],
     part, "DMARC aggregate report that landed in the privacy mailbox; zip attachment")

# ---- out-of-office answering an outage alert (Reply-To customercare)
a = alert("ooo", "dfitzgerald@hawkeyeins.com", "3101 OAKLAND RD NE", at(13, "20:54:20"), no="OT-2704-18833")
a.reply_to_addr = CCA
ooo_exchange("ooo-outage-alert", "en", "customercare", at(13, "21:55:37"), ("Dennis Fitzgerald", "dfitzgerald@hawkeyeins.com"),
             "hawkeyeins.com", a,
             """I am traveling April 12-16 with limited access to email. For claims assistance please call 319-555-0150.

Dennis Fitzgerald
Hawkeye Insurance Agency""",
             "out-of-office answering an outage alert through its Reply-To (customercare)")

# ---- outage alert vendor delivery summary
arr = at(14, "10:30:12")
t = sent_before(arr)
dk, auth = vendor_auth("stormnotify.com", "sn1", t)
plain = """StormNotify daily delivery summary
Client: Alliant Energy (IA/WI)    Date: Tue Apr 13, 2027 (CDT)

Event: Severe thunderstorm, outage alerts
  Alerts sent, email ............ 41,877
  Alerts sent, SMS .............. 63,402
  Email hard bounces ............ 1,203
  Email replies forwarded ....... 388  -> customercare@alliant-energy.com
  SMS STOP (alerts opt-out) ..... 212  (processed, alert channel only)

Replies to outage e-mails are delivered to the Reply-To address
configured for your account. Manage settings in the StormNotify console.

This is an automated message. Do not reply.
"""
AUTO("outage-vendor-delivery-summary", "automated: vendor notification", "en", "outage-alert platform report",
     "customercare", arr, "reports@bounce.stormnotify.com", "smtp2.stormnotify.com", "198.51.100.118", auth,
     [dk, "From: StormNotify Reports <reports@stormnotify.com>", "To: customercare@alliant-energy.com",
      "Subject: Daily delivery summary: Alliant Energy outage alerts - Apr 13, 2027", "Date: %s" % rfc(t.astimezone(UTC)),
      "Message-ID: <summary.%s@stormnotify.com>" % rhex(14), "Auto-Submitted: auto-generated", "MIME-Version: 1.0"],
     leaf("text/plain", plain, charset="us-ascii"), "outage-alert vendor's delivery summary: counts of STOP and replies, not a request")

# ---- storm credit phishing spoofing us
arr = at(14, "16:00:08")
t = sent_before(arr, 10, 90)
html_ = ("<html><body style=\"font-family:Arial\"><div style=\"background:#00447c;color:#fff;padding:14px\"><b>Alliant Energy</b></div>"
         "<p>Dear Customer,</p><p>We're sorry for the outage you experienced during Tuesday's storm. As a thank-you for your patience, "
         "you qualify for a <b>$150 storm credit</b> on your next bill.</p><p>Claim your credit by <b>April 20</b>:</p>"
         "<p><a href=\"https://alliantenergy-storm-credit.com/claim?c=%s\" style=\"background:#f7a800;color:#000;padding:10px 16px;"
         "text-decoration:none\">Claim my credit</a></p><p>You will need your account number and the card you pay with.</p>"
         "<p style=\"font-size:10px;color:#999\">To unsubscribe from these notices click here.</p></body></html>\n" % rhex(12))
AUTO("phish-storm-credit-spoof", "automated: spam/phishing", "en", "phishing kit", "customercare", arr,
     "bounce@alliantenergy-storm-credit.com", "mx.alliantenergy-storm-credit.com", "203.0.113.240",
     Auth(dkim="none", spf="pass", dmarc="none", hfrom="alliantenergy-storm-credit.com"),
     ["From: Alliant Energy <alerts@alliantenergy-storm-credit.com>", "To: customercare@alliant-energy.com",
      "Subject: Storm credit: claim your $150 bill credit by April 20", "Date: %s" % rfc(t.astimezone(UTC)),
      "Message-ID: <%s@alliantenergy-storm-credit.com>" % rhex(20), "MIME-Version: 1.0"],
     leaf("text/html", html_, charset="utf-8", cte="quoted-printable"), "phishing that impersonates our storm messages")

# ---- Spanish out-of-office answering our acknowledgement (loop trap)
ack_s = O.ack(347, "mreyes@clinicafamiliar-wi.org", at(15, "13:39:10"))
ooo_exchange("es-loop-ooo-to-ack", "es", "customercare", at(15, "13:40:01"), ("Mónica Reyes", "mreyes@clinicafamiliar-wi.org"),
             "clinicafamiliar-wi.org", ack_s,
             """Estoy fuera de la oficina hasta el lunes 19 de abril. Si su asunto es urgente, llame a la recepción al 608-555-0171.

I am out of the office until Monday, April 19. For urgent matters please call reception at 608-555-0171.

Mónica Reyes
Clínica Familiar""",
             "LOOP TRAP: bilingual out-of-office answering our acknowledgement", subject_prefix="Respuesta automática: ",
             category="automated: auto-reply (loop trap)")

# ---- list partner order confirmation
arr = at(16, "11:15:31")
t = sent_before(arr)
dk, auth = vendor_auth("meridianlist.com", "google", t, hf="mime-version:from:date:message-id:subject:to")
plain = """Meridian List Co. - Order Confirmation

Order: ML-27-0388
List: PowerHouse Catalog house file, 12-month buyers (Spring 2027)
Mailer: Prairie Home Goods (one-time use)
Quantity ordered: 40,000
Suppressions applied per list owner: do-not-share / do-not-rent (3,877)
Ship date: April 21, 2027 via SFTP

Questions? Reply to this message or call 312-555-0198.

Meridian List Co. | Chicago, IL
"""
AUTO("list-broker-order-confirmation", "automated: vendor notification", "en", "list broker order system (Google Workspace)",
     "powerhousecatalog", arr, "orders@meridianlist.com", "mail-sor-f41.google.com", "209.85.220.41", auth,
     [dk, "MIME-Version: 1.0", "From: Meridian List Orders <orders@meridianlist.com>", "Date: %s" % rfc(t),
      "Message-ID: %s" % C.mid_gmail(), "Subject: Order confirmation ML-27-0388 - PowerHouse house file (Spring 2027)",
      "To: powerhousecatalog@alliant-energy.com"],
     leaf("text/plain", plain, charset="UTF-8", cs_label='"UTF-8"'), "list-rental order confirmation from a broker; do-not-share is a count, not a request")

# ---- "Not read" MDN for a staff reply
STAFF_AP = O.staff("ap@kesslerfeed.com", "Accounts Payable", at(13, "09:02:18"), "RE: Remove ap@kesslerfeed.com from marketing",
                   "Hello Jill,\n\nWe have removed ap@kesslerfeed.com from our marketing lists...", "Marcus T.")
arr = at(16, "13:00:27")
t = sent_before(arr, 1, 3)
c365 = make_ctx("Accounts Payable", "ap@kesslerfeed.com", "customercare", t, "x", "x", o365=True)
host, ip, plines, auth = C.prov_outlook(c365, consumer=False)
plain = """Your message

To: Accounts Payable
Subject: RE: Remove ap@kesslerfeed.com from marketing
Sent: Tuesday, April 13, 2027 9:02:18 AM (UTC-06:00) Central Time (US & Canada)

was deleted without being read on Friday, April 16, 2027 1:00:20 PM (UTC-06:00) Central Time (US & Canada).
"""
mdn = """Reporting-UA: %s; Microsoft Exchange Server
Final-Recipient: rfc822;ap@kesslerfeed.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-automatically; deleted
X-Display-Name: Accounts Payable
""" % (c365.ms_host, STAFF_AP.msgid)
bnd = "_%s_" % ruuid()
part = multipart("report", [leaf("text/plain", plain, charset="us-ascii", cs_label='"us-ascii"', cte="7bit"),
                            Part(["Content-Type: message/disposition-notification"], mdn.encode("ascii"))],
                 bnd, params="; report-type=disposition-notification", fold=True)
AUTO("not-read-receipt", "automated: read receipt", "en", "Outlook read receipt (MDN)", "customercare", arr, "ap@kesslerfeed.com",
     host, ip, auth,
     plines + ["From: Accounts Payable <ap@kesslerfeed.com>", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
               "Subject: Not read: RE: Remove ap@kesslerfeed.com from marketing", "Date: %s" % rfc(t.astimezone(UTC)),
               "Message-ID:\n <%s%s@%s>" % (c365.ms_h1, rhex(16, True), c365.ms_host.upper()),
               "References: %s" % STAFF_AP.msgid, "In-Reply-To: %s" % STAFF_AP.msgid, "Content-Language: en-US",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"],
     part, "'Not read' receipt for a staff reply; its subject repeats an opt-out request but it is machine-made")


# =====================================================================================================================
#  write out
# =====================================================================================================================
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def main():
    msgs = sorted(MSGS, key=lambda m: (m["arrival"], m["spec"]))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("[0-9][0-9][0-9][0-9].eml"):
        old.unlink()
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, m in enumerate(msgs, 1):
        fn = "%04d.eml" % i
        m["file"] = fn
        (OUT / fn).write_bytes(m["raw"])
        assert m["labels"] == [l for l in LABEL_ORDER if l in m["labels"]], m["spec"]
        ents = {k: m["entities"][k] for k in ("name", "postal_code", "account") if k in m["entities"]}
        for k, v in ents.items():
            assert v in (m["check_text"] or ""), (m["spec"], k, v)
        rec = collections.OrderedDict([("file", fn), ("mailbox", m["mailbox"]), ("automated", m["automated"]),
                                       ("labels", m["labels"]), ("unclear", m["unclear"]), ("entities", ents),
                                       ("note", m["note"]), ("ack_to", m["ack_to"])])
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("\t".join([fn, m["spec"], m["category"], m["lang"], m["program"], m["arrival"].isoformat()]))
    (OUT / "manifest.jsonl").write_text("\n".join(man) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(idx) + "\n", encoding="utf-8")
    import readme
    (OUT / "README.md").write_text(readme.make(msgs), encoding="utf-8")
    print("wrote %d messages to %s" % (len(msgs), OUT))


if __name__ == "__main__":
    main()
