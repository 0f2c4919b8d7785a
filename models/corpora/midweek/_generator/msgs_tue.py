"""Tuesday 12 October 2027: the planned-outage notice for Marion goes out at 7:30."""
from core import T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, epoch_ms, crlf
from mail import (mail, reply, via_gmail, via_outlookcom, via_yahoo, via_icloud, via_proton, via_fastmail, via_comcast,
                  via_host, sub_received, auth_results, dkim_header)
from clients import (gmail, outlook_desktop, outlook_web, apple_mail, iphone, samsung, yahoo, thunderbird, proton,
                     fastmail, ox, zimbra, roundcube, wlm, CONTENT, from_hdr, html_divs)
import machines
import ours
from ours import CC, PH
import fixtures

FT = "furnace promo (AE-FT-2710)"
OUT = "outage notice (Marion, Oct 14)"


# ---------------------------------------------------------------- 05:55 Fastmail, bottom-posted 'unsubscribe'
@mail("krause-fastmail-bottom-unsubscribe", "2027-10-12 05:55:31", "customercare", "marketing opt-out", answers=FT,
      program="Fastmail web (plain text)")
def _(m):
    o = ours.furnace("ian@krausefamily.net", 20871)
    m.who("Ian Krause", "ian@krausefamily.net")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    q = ours.trim(o, "To opt out of marketing emails, click Unsubscribe or reply to this message\nwith the word unsubscribe.")
    fastmail(m, "unsubscribe", quote=q, pos="bottom")
    via_fastmail(m)
    m.label(labels=["marketing_opt_out"], entities={},
            note="Bottom-posted 'unsubscribe' under the one quoted footer line that tells him to do exactly that; the word is his, under a promotion.")


# ---------------------------------------------------------------- 06:30 Exim bounce (mailbox full)
@mail("exim-bounce-quota", "2027-10-12 06:30:44", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04288", program="Exim (cPanel host)", delay=3)
def _(m):
    o = ours.ack("CC-2027-10-04288", "office@trinitylutheranfairbank.org", T("2027-10-08 14:12:51"))
    machines.exim_bounce(m, o, "box5123.bluehost.com", "office@trinitylutheranfairbank.org",
                         "mailbox is full: retry timeout exceeded",
                         "Diagnostic-Code: X-Exim; mailbox is full (MTA-imposed quota exceeded while writing to file "
                         "/home4/trinitz9/mail/trinitylutheranfairbank.org/office/new/...)\n")
    via_host(m, "box5123.bluehost.com", "box5123.bluehost.com", "162.241.218.%d" % m.r.randint(10, 200), dkim=None,
             spf="pass", dmarc=None)
    m.machine("Exim 'Mail delivery failed' for an acknowledgement sent four days earlier; the returned ack mentions opting out.")


# ---------------------------------------------------------------- 07:12 Ruth, Gmail iOS, reply to a September ack
@mail("ruth-gmail-ios-how-long", "2027-10-12 07:12:09", "customercare", "question (reply to our acknowledgement)",
      answers="our acknowledgement CC-2027-09-03912", program="Gmail iOS")
def _(m):
    o = ours.ack("CC-2027-09-03912", "ruthanndykstra@gmail.com", T("2027-09-27 10:41:17"))
    m.who("Ruth Ann Dykstra", "ruthanndykstra@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """I wrote you the end of September to stop the PowerHouse catalogs and got this reply. Since then 2 more catalogs came, one yesterday. How long does it take? The notice says 10 days and its been more than 2 weeks.

Ruth"""
    gmail(m, text, quote=o, app="ios")
    via_gmail(m, "ios")
    m.label(labels=["question"], entities={"name": "Ruth"},
            note="Reply to our acknowledgement that asks something (how long the catalog opt-out takes): ordinary human mail, a question; the old opt-out is not re-labelled.")


# ---------------------------------------------------------------- 07:48 Pastor, church Roundcube, share opt-out
@mail("froehlich-church-roundcube-share", "2027-10-12 07:48:36", "powerhousecatalog", "catalog-sharing opt-out",
      program="Roundcube (church domain on shared host)")
def _(m):
    r = m.r
    m.who("Pastor Dale Froehlich", "pastor@stpaulsumner.org")
    m.subject = "Name and address - please do not share"
    m.to = PH
    text = """Good morning,

The parsonage gets the PowerHouse catalog and we do order from it now and then (the LED candles were a hit at Christmas Eve service). But please do not share, rent or exchange my name and the parsonage address with other catalog companies. We have had a flood of catalogs this fall and I would rather not add to it.

Blessings,

Pastor Dale Froehlich
St. Paul Lutheran Church
410 W Second St
Sumner, IA 50674"""
    roundcube(m, text)
    via_host(m, "box2178.bluehost.com", "box2178.bluehost.com", "50.87.144.%d" % r.randint(10, 220),
             inner=[("Received", "from [198.51.100.%d] (port=%d helo=webmail.stpaulsumner.org)\n\tby box2178.bluehost.com with "
                                 "esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from "
                                 "<pastor@stpaulsumner.org>)\n\tid 1qZu%s-002%s-0C\n\tfor powerhousecatalog@alliant-energy.com; %s" % (
                                     r.randint(2, 250), r.randint(50000, 65000), rs(r, 4, ALNUM), rs(r, 3, ALNUM),
                                     rfc(m.sent))),
                    ("DKIM-Signature", dkim_header(m, "stpaulsumner.org", "default", "Message-ID:X-Sender:References:In-Reply-To:Subject:To:From:Date:\n\tContent-Transfer-Encoding:Content-Type:MIME-Version", lead="\t")),
                    ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                    ("X-AntiAbuse", "Primary Hostname - box2178.bluehost.com"),
                    ("X-AntiAbuse", "Original Domain - alliant-energy.com"),
                    ("X-AntiAbuse", "Sender Address Domain - stpaulsumner.org"),
                    ("X-Authenticated-Sender", "box2178.bluehost.com: pastor@stpaulsumner.org")],
             dkim=[("stpaulsumner.org", "pass", "default")], dmarc="none")
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Dale Froehlich", "postal_code": "50674"},
            note="Keeps ordering, refuses share/rent/exchange: sharing opt-out only; title 'Pastor' dropped from the name; church host, format=flowed.")


# ---------------------------------------------------------------- 08:15 internal calendar invitation
@mail("internal-triage-invite", "2027-10-12 08:15:03", "customercare", "automated: calendar invitation",
      program="Outlook / Exchange (internal)", delay=1)
def _(m):
    r = m.r
    m.who("Liddell, Megan", "Megan.Liddell@alliant-energy.com")
    m.subject = "Privacy mailbox triage - weekly"
    uid = "040000008200E00074C5B7101A82E008000000%s" % rs(r, 40, HEXU)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Liddell, Megan\":mailto:Megan.Liddell@alliant-energy.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:custo",
        " mercare@alliant-energy.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Okafor, Daniel\":mailto:Daniel.Okafor@al",
        " liant-energy.com",
        "DESCRIPTION;LANGUAGE=en-US:Weekly walk-through of the review queue (unclear\\, on-behalf-of\\, deletion requests). Bring anything older than 5 business days.\\n",
        "RRULE:FREQ=WEEKLY;BYDAY=WE;INTERVAL=1",
        "UID:" + uid, "SUMMARY;LANGUAGE=en-US:Privacy mailbox triage - weekly",
        "DTSTART;TZID=Central Standard Time:20271020T100000", "DTEND;TZID=Central Standard Time:20271020T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%sZ" % to_off(m.sent, 0).strftime("%Y%m%dT%H%M%S"), "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]) + "\n"
    text = ("Weekly walk-through of the review queue (unclear, on-behalf-of, deletion requests). Bring anything older than 5 "
            "business days.\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams."
            "microsoft.com/l/meetup-join/19%%3ameeting_%s>\nMeeting ID: 284 119 630 552\nPasscode: Xk7pQa\n"
            "________________________________________________________________________________\n" % rs(r, 40, ALNUM))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:'
            'Calibri,sans-serif;font-size:11pt">Weekly walk-through of the review queue (unclear, on-behalf-of, deletion requests). '
            'Bring anything older than 5 business days.</div><div style="width:100%%;height:20px"><span style="white-space:nowrap;'
            'color:#5F5F5F;opacity:.36">________________________________________________________________________________</span>'
            '</div><div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div><div>Meeting ID: 284 119 '
            '630 552<br>Passcode: Xk7pQa</div></body></html>\n')
    b = "_000_%s_" % rs(r, 40, HEXU)
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                     Leaf('text/html; charset="us-ascii"', html, "quoted-printable"),
                                     Leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")])
    m.msgid = "<%s@EXCH02.corp.alliant-energy.com>" % rs(r, 40, HEX)
    m.hdrs = [("From", '"Liddell, Megan" <Megan.Liddell@alliant-energy.com>'),
              ("To", "customercare <%s>" % CC), ("CC", '"Okafor, Daniel" <Daniel.Okafor@alliant-energy.com>'),
              ("Subject", m.subject), ("Thread-Topic", m.subject), ("Thread-Index", "AdsL" + b64blob(r, 20)[:24] + "=="),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-organization-recordreviewcfmtype", "0"),
              CONTENT, ("MIME-Version", "1.0")]
    via_host(m, "EXCH02.corp.alliant-energy.com", "exch02.corp.alliant-energy.com", "10.40.12.18",
             inner=[("Received", "from EXCH02.corp.alliant-energy.com (10.40.12.18) by EXCH02.corp.alliant-energy.com\n (10.40.12.18) "
                                 "with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; "
                                 "%s" % rfc(m.sent)),
                    ("Received", "from EXCH02.corp.alliant-energy.com ([fe80::%s]) by\n EXCH02.corp.alliant-energy.com ([fe80::%s%%12]) "
                                 "with mapi id 15.02.1544.014;\n %s" % (rs(r, 4, HEX), rs(r, 4, HEX), rfc(m.sent)))],
             dkim=None, spf="pass", dmarc="pass", tls="TLSv1.2")
    m.auth = "dkim=none; spf=pass (internal) smtp.mailfrom=alliant-energy.com; dmarc=pass header.from=alliant-energy.com"
    m.spam = (-1.0, "ALL_TRUSTED=-1, HTML_MESSAGE=0.001")
    m.machine("Internal calendar invitation (text/calendar METHOD:REQUEST) about the review queue; mentions deletion requests but is a meeting, not a request.")


# ---------------------------------------------------------------- 08:50 Outlook.com web, remove from promotions
@mail("outlookcom-web-no-thank-you", "2027-10-12 08:50:20", "customercare", "marketing opt-out", answers=FT,
      program="Outlook.com web")
def _(m):
    o = ours.furnace("kels.amundson@outlook.com", 84451)
    m.who("Kelsey Amundson", "kels.amundson@outlook.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    outlook_web(m, "No thank you. Please remove my email from your promotions list.", quote=o,
                to_disp="kels.amundson@outlook.com <kels.amundson@outlook.com>")
    via_outlookcom(m)
    m.label(labels=["marketing_opt_out"], entities={},
            note="Short top-posted removal over an Outlook-web '____ From:/Sent:' block with no '>' marks; the quoted promo carries our ZIP 53718, not hers.")


# ---------------------------------------------------------------- 09:20 Yahoo iOS, 'Opt me out', no subject
@mail("yahoo-ios-opt-me-out", "2027-10-12 09:20:47", "powerhousecatalog", "unclear", program="Yahoo Mail iOS")
def _(m):
    m.who("Denny Schaefer", "dschaefer_55@yahoo.com")
    m.subject = ""
    m.to = PH
    yahoo(m, "Opt me out", app="ios")
    via_yahoo(m)
    m.rcpt = PH
    m.label(unclear=True, entities={},
            note="'Opt me out' with no subject and no object, sent to the catalog box: the mailbox is a hint only (catalog? sharing? e-mail?), so unclear.")


# ---------------------------------------------------------------- 09:45 Guadalupe, Gmail, Spanish outage question
@mail("herrera-gmail-es-outage-insulin", "2027-10-12 09:45:12", "customercare", "question", answers=OUT, lang="es",
      program="Gmail web")
def _(m):
    o = ours.outage("lupitaherrera.mrn@gmail.com", 412, "Maple Ridge Rd", "Marion, IA")
    m.who("Guadalupe Herrera", "lupitaherrera.mrn@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """Hola, buenos días

Recibí el aviso del corte de luz para el jueves. Tengo insulina en el refrigerador, ¿a qué hora exactamente regresa la luz? ¿Es seguro que termina a la 1? Si se alarga, ¿me pueden avisar por mensaje de texto al 319-555-0164?

Muchas gracias,
Guadalupe Herrera"""
    gmail(m, text, quote=o)
    via_gmail(m)
    m.label(labels=["question"], entities={"name": "Guadalupe Herrera"},
            note="Spanish service question under the outage notice (medication, wants a text if it runs long); the notice's 'opted out of marketing' line is quoted, not hers.")


# ---------------------------------------------------------------- 10:05 CRM export notice
@mail("listpoint-export-ready", "2027-10-12 10:05:00", "powerhousecatalog", "automated: vendor notice",
      program="CRM system notification", delay=2)
def _(m):
    r = m.r
    m.who("ListPoint CRM", "notifications@listpointcrm.com")
    m.subject = "Your scheduled export \"PH do-not-share weekly\" is ready"
    text = """Hi PowerHouse Catalog team,

Your scheduled export has finished.

  Export:     PH do-not-share weekly
  Records:    1,318 (112 new since last run)
  Format:     CSV, UTF-8
  Expires:    October 19, 2027

Download: https://app.listpointcrm.com/exports/%s

You are receiving this because you are a recipient of this scheduled export.
Manage notification settings: https://app.listpointcrm.com/settings/notifications

ListPoint, Inc. - 500 E Locust St, Des Moines, IA 50309
""" % rs(r, 20, ALNUM)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333"><table width="560"><tr><td><img src="https://app.'
            'listpointcrm.com/img/logo.png" width="120" alt="ListPoint"></td></tr><tr><td><p>Hi PowerHouse Catalog team,</p><p>Your '
            'scheduled export has finished.</p><table style="font-size:14px"><tr><td>Export</td><td><b>PH do-not-share weekly</b>'
            '</td></tr><tr><td>Records</td><td>1,318 (112 new since last run)</td></tr><tr><td>Expires</td><td>October 19, 2027</td>'
            '</tr></table><p><a href="https://app.listpointcrm.com/exports/x" style="background:#2d6cdf;color:#fff;padding:8px 14px;'
            'text-decoration:none;border-radius:4px">Download export</a></p></td></tr></table></body></html>\n')
    b = "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), epoch_ms(m.sent))
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=UTF-8", text, "7bit"),
                                     Leaf("text/html; charset=UTF-8", html, "quoted-printable")])
    m.msgid = "<%s@listpointcrm.com>" % uuid_lower(r)
    m.rcpt = PH
    m.hdrs = [("Date", rfc(to_off(m.sent, 0))), ("From", "ListPoint CRM <notifications@listpointcrm.com>"), ("To", PH),
              ("Message-ID", m.msgid), ("Subject", m.subject), ("MIME-Version", "1.0"), CONTENT,
              ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-SG-EID", b64blob(r, 60)), ("X-Entity-ID", b64blob(r, 16)[:22])]
    via_host(m, "o1678.sendgrid.net", "o1678.sendgrid.net", "167.89.%d.%d" % (r.randint(100, 127), r.randint(1, 250)),
             inner=[("DKIM-Signature", dkim_header(m, "listpointcrm.com", "s1", "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to", lead="\t"))],
             dkim=[("listpointcrm.com", "pass", "s1")])
    m.machine("CRM notice that the weekly do-not-share export is ready: our own tooling talking, not a customer.")


# ---------------------------------------------------------------- 10:40 Dorothy Mae, Mediacom webmail, HTML only, caps
@mail("jungwirth-mediacom-caps-html-only", "2027-10-12 10:40:33", "powerhousecatalog", "marketing opt-out",
      program="Mediacom webmail (Zimbra), HTML only")
def _(m):
    m.who("DOROTHY JUNGWIRTH", "djungwirth@mediacombb.net")
    m.subject = "STOP CATALOG"
    m.to = PH
    m.home_ip = "198.51.100.58"
    text = """PLEASE STOP SENDING ME THE POWERHOUSE CATALOG. I AM 84 YEARS OLD AND DO NOT ORDER FROM CATALOGS ANYMORE. MY GRANDSON SET UP THIS EMAIL FOR ME.

THANK YOU

DOROTHY MAE JUNGWIRTH
BOX 212
GARNAVILLO IA 52049"""
    zimbra(m, text, html_only=True, font="times new roman, new york, times, serif", size="14pt")
    via_host(m, "smtp.mediacombb.net", "smtp-out03.mediacombb.net", "173.247.101.%d" % m.r.randint(10, 90),
             inner=[("Received", "from zmail.mediacombb.net (zmail-mta02 [10.11.4.22])\n\tby smtp-out03.mediacombb.net "
                                 "(Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (rs(m.r, 11, HEXU), PH, rfc(m.sent, zname=True)))],
             dkim=[("mediacombb.net", "pass", "mc2021")])
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={"name": "DOROTHY MAE JUNGWIRTH", "postal_code": "52049"},
            note="All-caps 'stop sending the catalog' in an HTML-only Zimbra message; name kept in capitals as written, PO box line has no street.")


# ---------------------------------------------------------------- 11:25 Reinhart, Gmail, oxygen concentrator
@mail("reinhart-gmail-outage-oxygen", "2027-10-12 11:25:48", "customercare", "question", answers=OUT, program="Gmail web")
def _(m):
    o = ours.outage("tkreinhart@gmail.com", 377, "Maple Ridge Rd", "Marion, IA", "Tom Reinhart")
    m.who("Tom Reinhart", "tkreinhart@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """Got this notice. My mother lives with us and she's on an oxygen concentrator at night and part of the day. She has the backup tanks but they only last so long. Is there any way the crew can do our street first or give us a heads up the morning of? Also will our well pump be out the whole time, we're on a well.

We are on the medical equipment list I think, we signed up when she moved in in 2025.

Tom Reinhart
2988 Maple Ridge Rd"""
    gmail(m, text, quote=o)
    via_gmail(m)
    m.label(labels=["question"], entities={"name": "Tom Reinhart"},
            note="Outage-notice reply with medical-equipment questions: needs a person; street line without ZIP, so no postal entity.")


# ---------------------------------------------------------------- 12:10 Postfix DSN, Yahoo 'no account'
@mail("dsn-postfix-yahoo-noaccount", "2027-10-12 12:10:57", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04452", program="Postfix DSN (our mx2)", delay=1)
def _(m):
    o = ours.ack("CC-2027-10-04452", "bmiller_farms1961@yahoo.com", T("2027-10-12 12:10:53"))
    machines.postfix_dsn(m, o, "bmiller_farms1961@yahoo.com", "mta7.am0.yahoodns.net",
                         "host mta7.am0.yahoodns.net[67.195.204.77] said: 554 delivery error:\n    dd This user doesn't "
                         "have a yahoo.com account (bmiller_farms1961@yahoo.com) [0] -\n    mta4471.mail.bf1.yahoo.com (in "
                         "reply to end of DATA command)", status="5.0.0", mta="mx2", when_queued=T("2027-10-12 12:10:53"))
    m.machine("Bounce of an acknowledgement to a Yahoo address that does not exist; our mx2 wrote it.")


# ---------------------------------------------------------------- 12:45 Outlook iOS, 'remove' under the outage notice
@mail("outlook-ios-remove-under-outage", "2027-10-12 12:45:30", "customercare", "unclear", answers=OUT,
      program="Outlook iOS")
def _(m):
    o = ours.outage("jpalmer.marion@outlook.com", 398, "Maple Ridge Rd", "Marion, IA")
    m.who("Jason Palmer", "jpalmer.marion@outlook.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    outlook_web(m, "Remove", quote=o, mobile="ios", to_disp="jpalmer.marion@outlook.com <jpalmer.marion@outlook.com>")
    via_outlookcom(m)
    m.label(unclear=True, entities={},
            note="One word, 'Remove', under a planned-outage service notice: remove from what? Not a marketing opt-out under a service message; unclear.")


# ---------------------------------------------------------------- 13:30 Kramer Plumbing, Exchange, logo, legal footer
@mail("kramer-exchange-contractor", "2027-10-12 13:30:14", "customercare", "both opt-outs + question", answers=FT,
      program="Outlook 2019 / Exchange 2019 on-premises (small business)")
def _(m):
    r = m.r
    o = ours.furnace("tom@kramerplumbingheating.com", 12093, "Tom Kramer")
    m.who("Tom Kramer", "tom@kramerplumbingheating.com")
    reply(m, o, prefix="RE: ", to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Hello,

We are a business customer (account 20-4471-8830). Please take our office address off your promotional mailings, both e-mail and postal. We\u2019re an HVAC contractor ourselves, so getting your furnace tune-up ads at the shop is a little funny. While you\u2019re at it please don\u2019t share or sell our company name and address to other outfits either, we get enough sales calls.

One real question though: how do we sign up to be a participating contractor for the $40 tune-up program? Who should I talk to?

Thanks,"""
    sig = """Tom Kramer
Owner
Kramer Plumbing & Heating, Inc.
1420 7th Ave SW, Cedar Rapids, IA 52404
Office 319-555-0148 | Cell 319-555-0149"""
    legal = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended "
             "recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon "
             "this message. If you have received this in error, please notify us immediately by return e-mail and promptly delete "
             "this message and its attachments from your computer system.")
    outlook_desktop(m, text, quote=o, sig=sig, legal=legal, logo=("Kramer Plumbing & Heating", fixtures.png("kramer", 160, 40, (170, 30, 30))),
                    exchange="KPH-EX01.kramer.local", to_disp="Tom Kramer <tom@kramerplumbingheating.com>")
    via_host(m, "mail.kramerplumbingheating.com", "mail.kramerplumbingheating.com", "63.230.18.%d" % r.randint(2, 250),
             inner=[("Received", "from KPH-EX01.kramer.local (10.0.1.10) by KPH-EX01.kramer.local (10.0.1.10)\n with Microsoft "
                                 "SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; %s" % rfc(m.sent)),
                    ("Received", "from KPH-EX01.kramer.local ([fe80::%s:%s:%s:%s]) by\n KPH-EX01.kramer.local ([fe80::%s:%s:%s:%s%%4]) "
                                 "with mapi id 15.02.1544.004;\n %s" % tuple([rs(r, 4, HEX) for _ in range(8)] + [rfc(m.sent)]))],
             dkim=None, dmarc="none", tls="TLSv1.2")
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
            entities={"name": "Tom Kramer", "postal_code": "52404", "account": "20-4471-8830"},
            note="Business customer: stop promos (e-mail and postal), don't share or sell, and asks how to join the contractor program: all three; ZIP from his own signature, inline logo and legal footer around it.")


# ---------------------------------------------------------------- 14:20 industry newsletter
@mail("gridweek-daily", "2027-10-12 14:20:00", "customercare", "automated: newsletter", program="ESP (Mailchimp-style)", delay=5)
def _(m):
    r = m.r
    m.who("GridWeek Daily", "daily@gridweek.com")
    m.env_from = "bounce-mc.us21_%d.%d-customercare=alliant-energy.com@mail%d.suw91.mcsv.net" % (
        r.randint(10000000, 99999999), r.randint(1000000, 9999999), r.randint(10, 99))
    m.subject = "GridWeek Daily: MISO capacity prices, a co-op's heat pump rebate math, and the smart meter privacy fight"
    text = """GridWeek Daily - Tuesday, October 12, 2027

** MISO capacity auction: what the new prices mean for winter bills
A look at how the fall auction results flow into retail rates across
Iowa, Wisconsin and Minnesota.

** Heat pump rebates: one co-op's math
A Minnesota cooperative explains why it pays $800 per cold-climate unit.

** Smart meter data: who owns your 15-minute readings?
Consumer groups in two states ask commissions to limit third-party
sharing of interval data and require opt-in consent.

============================================================
Copyright (C) 2027 GridWeek Media, All rights reserved.
You are receiving this email because you signed up at gridweek.com.

Want to change how you receive these emails?
You can update your preferences or unsubscribe from this list:
https://gridweek.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s
""" % (rs(r, 25, HEX), rs(r, 10, HEX), rs(r, 10, HEX))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>GridWeek Daily</title>'
            '</head><body><center><table width="600" style="font-family:Helvetica,Arial;font-size:15px"><tr><td style="background:'
            '#1b3a57;color:#fff;padding:18px;font-size:22px">GridWeek Daily</td></tr>%s<tr><td style="font-size:11px;color:#666;'
            'padding:12px">Copyright &copy; 2027 GridWeek Media, All rights reserved.<br><a href="https://gridweek.us21.list-manage.'
            'com/unsubscribe">unsubscribe from this list</a> &middot; <a href="https://gridweek.us21.list-manage.com/profile">update '
            'subscription preferences</a></td></tr></table></center><img src="https://gridweek.us21.list-manage.com/track/open.php?'
            'u=%s" height="1" width="1"></body></html>\n' % (
                "".join('<tr><td style="padding:12px"><h3>%s</h3><p>%s</p></td></tr>' % (esc(p.split("\n")[0][3:]), esc(" ".join(p.split("\n")[1:])))
                        for p in text.split("=====")[0].strip().split("\n\n")[1:]), rs(r, 25, HEX)))
    b = "_----------=_MCPart_%d" % r.randint(100000000, 999999999)
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="utf-8"; format="fixed"', text, "quoted-printable"),
                                     Leaf('text/html; charset="utf-8"', html, "quoted-printable")])
    m.msgid = "<%s.%s@mail%d.suw91.mcsv.net>" % (rs(r, 24, HEX), rs(r, 10, HEX), r.randint(10, 99))
    m.hdrs = [("Subject", m.subject), ("From", "GridWeek Daily <daily@gridweek.com>"), ("Reply-To", "GridWeek Daily <editors@gridweek.com>"),
              ("To", "<%s>" % CC), ("Date", rfc(to_off(m.sent, 0))), ("Message-ID", m.msgid),
              ("X-Mailer", "Mailchimp Mailer - **CID%s**" % rs(r, 20, HEX)), ("X-Campaign", "mailchimp%s.%s" % (rs(r, 25, HEX), rs(r, 10, HEX))),
              ("X-campaignid", "mailchimp%s.%s" % (rs(r, 25, HEX), rs(r, 10, HEX))), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s" % rs(r, 25, HEX)),
              ("X-MC-User", rs(r, 25, HEX)), ("Feedback-ID", "%d:%d.%d:us21:mc" % (r.randint(10000000, 99999999), r.randint(1000000, 9999999), r.randint(100, 999))),
              ("List-ID", "%s mcsv.net <%s.list-id.mcsv.net>" % (rs(r, 25, HEX), rs(r, 25, HEX))),
              ("List-Unsubscribe", "<https://gridweek.us21.list-manage.com/unsubscribe?u=%s>, <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (rs(r, 25, HEX), rs(r, 30, HEX))),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "mail%d.suw91.mcsv.net" % r.randint(10, 99), "mail182.suw91.mcsv.net", "198.2.%d.%d" % (r.randint(128, 191), r.randint(1, 250)),
             inner=[("DKIM-Signature", dkim_header(m, "gridweek.com", "k1", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject;", lead="\t"))],
             dkim=[("gridweek.com", "pass", "k1"), ("mcsv.net", "pass", "k3")])
    m.machine("Industry newsletter via an ESP (List-Unsubscribe, Precedence: bulk) with a story on meter-data sharing; bulk mail, never acknowledged.")


# ---------------------------------------------------------------- 15:00 Tanya, Samsung, catalog order question
@mail("boyd-samsung-order-missing", "2027-10-12 15:00:41", "powerhousecatalog", "question (catalog order)",
      program="Samsung Email (Android)")
def _(m):
    m.who("Tanya Boyd", "tanyaboyd.ia@gmail.com")
    m.subject = "where is my order"
    m.to = PH
    text = """Hi I ordered the heated throw (the gray sherpa one) on Sept 22 and paid with my card, order number PH-558213. It still hasnt came and the tracking link in the email just says label created. Can someone look into it? It's a birthday present for the 20th.

Tanya Boyd"""
    samsung(m, text)
    via_gmail(m, "android")
    m.rcpt = PH
    m.label(labels=["question"], entities={"name": "Tanya Boyd"},
            note="Ordinary catalog order question sent to the privacy box; the order number is not an account number.")


# ---------------------------------------------------------------- 15:40 Hoffman widow and executor, Outlook.com web
@mail("hoffman-outlookweb-executor", "2027-10-12 15:40:05", "powerhousecatalog", "marketing opt-out (on behalf, with standing)",
      program="Outlook.com web")
def _(m):
    m.who("Janet Hoffman", "janethoffman52@outlook.com")
    m.subject = "Catalogs for my late husband"
    m.to = PH
    text = """Hello,

My husband Gary passed away in June. I am his wife and the executor of his estate. The PowerHouse catalog still comes to our house addressed to him and it is hard to see every few weeks.

Please stop sending catalogs addressed to:
Gary L. Hoffman
3320 Windsor Dr NE
Cedar Rapids, IA 52402

Thank you for your help.
Janet"""
    outlook_web(m, text)
    via_outlookcom(m)
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={"name": "Gary L. Hoffman", "postal_code": "52402"},
            note="On behalf of a deceased husband, but she states she is his widow and executor: clear standing, so the opt-out stands and the entities are his.")


# ---------------------------------------------------------------- 16:30 headerless vacation reply (windstream webmail)
@mail("windstream-vacation-no-headers", "2027-10-12 16:30:27", "customercare", "automated: auto-reply (headerless)",
      answers="our acknowledgement CC-2027-10-04466", program="Windstream webmail vacation", delay=4)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04466", "sue.eggleston@windstream.net", T("2027-10-12 16:30:11"))
    m.who("sue.eggleston@windstream.net", "sue.eggleston@windstream.net")
    m.subject = "Re: " + o.subject
    text = """I am out of town visiting my daughter until the 20th. I will answer your email when I get back.
- Sue
"""
    m.top = Leaf("text/plain; charset=utf-8", text, "7bit")
    m.msgid = "<%d.%d.%d.JavaMail.root@mail.windstream.net>" % (r.randint(10000000, 99999999), r.randint(1000, 99999), epoch_ms(m.sent))
    m.hdrs = [("Date", rfc(m.sent)), ("From", "sue.eggleston@windstream.net"), ("To", CC), ("Message-ID", m.msgid),
              ("In-Reply-To", o.msgid), ("Subject", m.subject), ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "smtp.windstream.net", "mx-out2.windstream.net", "162.39.147.%d" % r.randint(10, 90), dkim=None, dmarc="none")
    m.machine("Vacation reply to our acknowledgement with no Auto-Submitted or Precedence header; its wording and timing make it a machine.")


# ---------------------------------------------------------------- 17:10 iPhone, 'Please stop.' under our ack
@mail("iphone-please-stop-under-ack", "2027-10-12 17:10:52", "customercare", "unclear",
      answers="our acknowledgement CC-2027-10-04470", program="iPhone Mail")
def _(m):
    o = ours.ack("CC-2027-10-04470", "mvanderploeg@icloud.com", T("2027-10-12 16:58:20"))
    m.who("Marcy Vander Ploeg", "mvanderploeg@icloud.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    iphone(m, "Please stop.", quote=o)
    via_icloud(m)
    m.label(unclear=True, entities={},
            note="'Please stop.' under our own acknowledgement: stop what, the acks? the marketing? A short word under a service message is unclear.")


# ---------------------------------------------------------------- 18:20 Nygaard, Thunderbird, inline answers
@mail("nygaard-thunderbird-inline", "2027-10-12 18:20:39", "customercare", "marketing opt-out", answers=FT,
      program="Thunderbird (Linux)")
def _(m):
    o = ours.furnace("bnygaard@tds.net", 66310, "B Nygaard")
    m.who("B. Nygaard", "bnygaard@tds.net")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    inline = [("q", "Get your furnace ready before the first cold snap."),
              ("t", "It's two years old and still under warranty."),
              ("q", "Book a tune-up with a participating HVAC contractor by November 30, 2027,\nand get $40 off the visit."),
              ("t", "No."),
              ("q", "To opt out of marketing emails, click Unsubscribe or reply to this message\nwith the word unsubscribe."),
              ("t", "unsubscribe\n\n-- \nB. Nygaard\nPlatteville")]
    thunderbird(m, "", quote=o, inline=inline, os="X11; Linux x86_64")
    via_host(m, "smtp.tds.net", "mail-out1.tds.net", "64.8.70.%d" % m.r.randint(10, 99),
             inner=[sub_received(m, "[192.168.0.14]", "198.51.100.77", "mail-out1.tds.net", user="bnygaard@tds.net")],
             dkim=[("tds.net", "pass", "tds1")])
    m.label(labels=["marketing_opt_out"], entities={"name": "B. Nygaard"},
            note="Inline answers between quoted promo lines; the last answer 'unsubscribe' sits under our own 'reply with the word unsubscribe' line; initial plus surname kept as written.")


# ---------------------------------------------------------------- 19:05 Gmail iOS, unsubscribed by mistake
@mail("gmail-ios-opt-back-in", "2027-10-12 19:05:16", "customercare", "question (opt back in)", answers=FT,
      program="Gmail iOS")
def _(m):
    o = ours.furnace("hollyjeanmcc@gmail.com", 50994)
    m.who("Holly McCormick", "hollyjeanmcc@gmail.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Hi I think I hit the unsubscribe on this by accident yesterday, my thumb is too big for this phone. I actually do want the $40 off, our furnace is making a clicking noise. Can you put me back on the list so I get the offer? Or can I still use the code?

Thanks
Holly"""
    gmail(m, text, quote=o, app="ios")
    via_gmail(m, "ios")
    m.label(labels=["question"], entities={"name": "Holly"},
            note="Opting back in after an accidental unsubscribe: a question, and the earlier removal is not a new opt-out; 'unsubscribe' appears only as what she did by mistake.")


# ---------------------------------------------------------------- 20:30 DocuSign-style phishing
@mail("phish-docusign-ph", "2027-10-12 20:30:02", "powerhousecatalog", "automated: phishing", program="bulk mailer",
      off=-7, delay=8)
def _(m):
    r = m.r
    m.who("DocuSign via Signing Service", "dse_na4@docusign-envelopes.net")
    m.subject = "Completed: PowerHouse Q4 Vendor Agreement - Please DocuSign"
    html = ('<html><body style="background:#eaeaea;font-family:Helvetica,Arial"><table width="600" align="center" style="background:#fff">'
            '<tr><td style="padding:24px"><img src="https://docusign-envelopes.net/logo.png" width="116" alt="DocuSign"></td></tr><tr>'
            '<td style="background:#1e4ca1;color:#fff;padding:32px;text-align:center;font-size:18px">Heartland Lettershop sent you a '
            'document to review and sign.<br><br><a href="https://docusign-envelopes.net/Signing/?ti=%s" style="background:#ffc820;'
            'color:#333;padding:12px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr><tr><td style="padding:'
            '24px;font-size:14px">Tamara Voss<br>tvoss@heartlandlettershop.com<br><br>Please review the attached Q4 list rental and '
            'suppression agreement.</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">Do Not Share This Email<br>This '
            'email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</td></tr>'
            '</table></body></html>\n' % rs(r, 32, HEX))
    m.top = Leaf("text/html; charset=UTF-8", html, "quoted-printable")
    m.msgid = "<%s@docusign-envelopes.net>" % uuid_lower(r)
    m.rcpt = PH
    m.hdrs = [("MIME-Version", "1.0"), ("From", '"DocuSign via Signing Service" <dse_na4@docusign-envelopes.net>'),
              ("To", PH), ("Subject", m.subject), ("Date", rfc(m.sent)), ("Message-ID", m.msgid), CONTENT]
    via_host(m, "mail.docusign-envelopes.net", "unassigned.psychz.example", "192.0.2.233", dkim=None, spf="neutral", dmarc="none")
    m.spam = (4.871, "BAYES_50=0.8, HTML_MESSAGE=0.001, MIME_HTML_ONLY=0.1, SPF_NEUTRAL=0.652, URI_PHISH=2.1, "
                     "RDNS_NONE=0.793, T_REMOTE_IMAGE=0.01")
    m.machine("DocuSign-lookalike phishing naming our real mail house; its 'Do Not Share This Email' is boilerplate, not a sharing opt-out.")
