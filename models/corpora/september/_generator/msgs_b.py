"""Wednesday 8 (tune-up promo, EN + ES, 10:30) and Thursday 9 September 2027 (post-call surveys go out)."""
import base64

from build import M, gm, yh, ol, ip, ipalt, tb, plain, CH, D, A, S
from mimekit import txt, html, multi, attach, ew
from ours import (TU_TEXT, TU_TEXT_ES, TU_SUBJ, TU_SUBJ_ES, tu_msgid, SV_TEXT, SV_SUBJ, sv_msgid, gmail_quote,
                  apple_quote, outlook_quote, yahoo_quote, q_gt, PH, CC, sent_headers)

TUW = "Alliant Energy <customercare@alliant-energy.com>"
TUW_G = "Wed, Sep 8, 2027 at 10:30\u202fAM Alliant Energy <\ncustomercare@alliant-energy.com>"
SVW = "Alliant Energy <customercare@alliant-energy.com>"

MSGS = []
add = MSGS.append

# ------------------------------------------------------------------------------------------- Wednesday 8
add(M("lettershop-suppression", "2027-09-08 06:40:11", "ph", "raw",
      ("Heartland Lettershop Data Services", "dataservices@heartlandlettershop.com"),
      "Job 27-4471 PowerHouse Holiday: suppression file processed",
      plain("""*** Automated notice - JobTrack 6.2 ***

Client:      PowerHouse Catalog (Alliant Energy)
Job:         27-4471 PowerHouse Holiday 2027 catalog
File:        PH_suppress_20270907.csv (received 09/07/2027 17:52 CT)
Status:      PROCESSED

Records in file ........................ 4,655
  Do-not-mail suppressions applied ..... 3,412
  Do-not-share / no-rent flags set ..... 1,208
  Deceased (DMAchoice) matches .........    35
Rejected (no match to house file) ......    61

NCOA: 512 moves updated, 44 moved-left-no-address suppressed.
Rental/exchange output for co-op partners will EXCLUDE all no-rent flags.

Drop date remains 10/18/2027. Reject report attached in the portal:
https://portal.heartlandlettershop.com/jobs/27-4471

This mailbox is not monitored. Contact your account rep, Rachel Imhoff.
""", "us-ascii", cte="7bit"),
      env_from="jobtrack@heartlandlettershop.com", relay_host="mail2.heartlandlettershop.com",
      relay_ip="198.51.100.61", dkim_d="heartlandlettershop.com",
      client=CH(("Date", D("2027-09-08 06:40:11")),
                ("From", "Heartland Lettershop Data Services <dataservices@heartlandlettershop.com>"),
                ("To", PH),
                ("Cc", "rimhoff@heartlandlettershop.com"),
                ("Subject", "Job 27-4471 PowerHouse Holiday: suppression file processed"),
                ("Message-ID", "<jobtrack.27-4471.20270908064011@heartlandlettershop.com>"),
                ("X-Mailer", "JobTrack 6.2"),
                ("Auto-Submitted", "auto-generated"),
                ("MIME-Version", "1.0")),
      auto=True, cat="vendor notice", lang="en", program="mail-house job system",
      note="Mail house's suppression-file report: full of 'do-not-share'/'no-rent' words, but a system notice, not a request."))

add(M("tran-esl", "2027-09-08 07:55:36", "cc", "gmail", ("Nhung Tran", "nhungtran.cr@gmail.com"),
      "please not send",
      gm("""Hello,

I am want that you not send more the papers of advertise to my house. We have many paper every week, my husband and I cannot read all. The bill please still send.

Thank you very much.
Nhung Tran
1520 12th Ave SE, Cedar Rapids 52403
"""),
      labels=["marketing_opt_out"], ent={"name": "Nhung Tran", "postal_code": "52403"},
      cat="opt-out (marketing)", lang="en (second-language)", program="Gmail web",
      note="Second-language writer: 'papers of advertise' = promotional mail; bill keeps coming."))

add(M("voss-formal-both", "2027-09-08 08:30:19", "ph", "windstream", ("Harold Voss", "hjvoss@windstream.net"),
      "Mailing list",
      plain("""To Whom It May Concern:

I am 81 years old and I receive far more mail than I can manage. Please
remove my name from the mailing list for the PowerHouse Catalog. In
addition, I ask that you not give, sell or trade my name and address to
any other company.

I have been a customer of Interstate Power and then Alliant since 1969,
and I do not say this to be unkind.

Sincerely,

Harold J. Voss
418 N. Main St.
Waukon, Iowa 52172
""", "us-ascii", cte="7bit"),
      tb_style=True, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      ent={"name": "Harold J. Voss", "postal_code": "52172"},
      cat="opt-out (both)", lang="en", program="Thunderbird (Windstream)",
      note="Formal letter-style e-mail asking for both opt-outs; name kept with middle initial as written."))

add(M("ooo-hageman-coop", "2027-09-08 10:31:05", "cc", "m365", ("Kurt Hageman", "khageman@heartlandcoop-ia.com"),
      "Automatic reply: " + TU_SUBJ,
      ol("""I am out of the office running seed bean harvest through Friday, September 17, with limited access to email.

For agronomy questions please contact Jill Sorensen at 515-555-0127. For grain bids call the Alden elevator.

Kurt""", "hageman-ooo"),
      env_from="", dkim_d="heartlandcoop-ia.com", lag=3,
      to=[("Alliant Energy", CC)], in_reply_to=tu_msgid("a61f0d2b"),
      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "khageman@heartlandcoop-ia.com")],
      auto=True, cat="auto-reply (out of office)", lang="en", program="Exchange Online OOF",
      note="Exchange out-of-office to the tune-up promo; Auto-Submitted and X-Auto-Response-Suppress."))

add(M("ooo-pena-es", "2027-09-08 10:31:40", "cc", "gws", ("Marisol Pe\u00f1a", "mpena@wlcsd-ia.org"),
      "Re: " + TU_SUBJ_ES,
      gm("""Gracias por su mensaje. Esta es la primera semana de clases y contestar\u00e9 los correos despu\u00e9s de las 4:00 p.m.
Thank you for your message. This is the first week of school; I will answer e-mail after 4:00 p.m.

Sra. Marisol Pe\u00f1a
Maestra de 1.er grado / 1st Grade Dual Language
Early Childhood Center"""),
      client=CH(("MIME-Version", "1.0"),
                ("From", "=?UTF-8?Q?Marisol_Pe=C3=B1a?= <mpena@wlcsd-ia.org>"),
                ("Date", D("2027-09-08 10:31:40")),
                ("Message-ID", "<CAH7u1qzB4mX0nVw7E_jtR9cLkq3eVd0a8p4s6Vq2HbWn7yQJgw@mail.gmail.com>"),
                ("Subject", "Re: =?UTF-8?Q?Prepare_su_calefacci=C3=B3n=3A_=2425_de_descuento_en_el_mant?=" +
                 "\r\n =?UTF-8?Q?enimiento?="),
                ("To", "Alliant Energy <customercare@alliant-energy.com>"),
                ("In-Reply-To", tu_msgid("77d3c90e", es=True)),
                ("References", tu_msgid("77d3c90e", es=True)),
                ("Auto-Submitted", "auto-replied")),
      auto=True, cat="auto-reply (out of office)", lang="es/en", program="Google Workspace vacation responder",
      note="Bilingual teacher's vacation responder to the Spanish tune-up promo; Auto-Submitted set."))

add(M("exim-bounce-tu", "2027-09-08 10:33:12", "cc", "raw", ("Mail Delivery System", "Mailer-Daemon@mail.prairienet-isp.net"),
      "Mail delivery failed: returning message to sender",
      plain("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hbuchholz@prairienet-isp.net
    No Such User Here

------ This is a copy of the message, including all the headers. ------

""" + sent_headers("TU", "hbuchholz@prairienet-isp.net", "4c2e9a81") + """

--=_ae_4c2e9a81
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + TU_TEXT + """

--=_ae_4c2e9a81--
""", "us-ascii", cte="7bit"),
      env_from="", relay_host="mail.prairienet-isp.net", relay_ip="198.51.100.201", dkim_d=None, spf="none",
      dmarc="none", tls="12",
      client=CH(("X-Failed-Recipients", "hbuchholz@prairienet-isp.net"),
                ("Auto-Submitted", "auto-replied"),
                ("From", "Mail Delivery System <Mailer-Daemon@mail.prairienet-isp.net>"),
                ("To", CC),
                ("Subject", "Mail delivery failed: returning message to sender"),
                ("Message-Id", "<E1tXq7K-0004Qm-3b@mail.prairienet-isp.net>"),
                ("Date", "Wed, 08 Sep 2027 10:33:12 -0500"),
                ("MIME-Version", "1.0")),
      auto=True, cat="bounce", lang="en", program="Exim bounce",
      note="Exim 'No Such User Here' bounce carrying the tune-up promo and its 'reply unsubscribe' footer."))

_delay = """This is the mail system at host mx2.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<gkoenig@comcast.net>: host mx1a1.comcast.net[96.103.145.165] said: 452 4.2.2
    Over Quota - gkoenig@comcast.net (in reply to RCPT TO command)
"""
add(M("delay-dsn-tu", "2027-09-08 14:34:51", "cc", "internal", ("Mail Delivery System", "MAILER-DAEMON@mx2.alliant-energy.com"),
      "Delayed Mail (still being retried)",
      multi("report", [
          txt(_delay, "us-ascii", cte="7bit", qcs=False, headers=["Content-Description: Notification"]),
          attach("message/delivery-status", b"""Reporting-MTA: dns; mx2.alliant-energy.com
X-Postfix-Queue-ID: 4Y9tQm2Lb7z8JkR
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: Wed,  8 Sep 2027 10:30:09 -0500 (CDT)

Final-Recipient: rfc822; gkoenig@comcast.net
Original-Recipient: rfc822;gkoenig@comcast.net
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1a1.comcast.net
Diagnostic-Code: smtp; 452 4.2.2 Over Quota - gkoenig@comcast.net
Will-Retry-Until: Mon, 13 Sep 2027 10:30:09 -0500 (CDT)
""", None, disposition=None, cte="7bit", params=[],),
          attach("text/rfc822-headers", sent_headers("TU", "gkoenig@comcast.net", "d17b50e4").encode(), None,
                 disposition=None, cte="7bit", params=[])],
          params=[("report-type", "delivery-status")], bstyle="tb"),
      env_from="", mx="mx2",
      internal_received=["Received: by mx2.alliant-energy.com (Postfix)" + "\r\n\tid 4ZbF1s0Hn3z7QpC; " + D("2027-09-08 14:34:51").replace("Wed, 8", "Wed,  8") + " (CDT)"],
      client=CH(("Date", D("2027-09-08 14:34:51").replace("Wed, 8", "Wed,  8") + " (CDT)"),
                ("From", "MAILER-DAEMON@mx2.alliant-energy.com (Mail Delivery System)"),
                ("Subject", "Delayed Mail (still being retried)"),
                ("To", CC),
                ("Auto-Submitted", "auto-replied"),
                ("MIME-Version", "1.0"),
                ("Message-Id", "<20270908193451.4ZbF1s0Hn3z7QpC@mx2.alliant-energy.com>")),
      auto=True, cat="bounce (delay warning)", lang="en", program="Postfix DSN (our mx2)",
      note="Our own Postfix delay warning for an over-quota Comcast recipient of the tune-up promo."))

add(M("stop-samsung-tu", "2027-09-08 10:52:27", "cc", "samsung", ("Lori Kaufenberg", "lorikaufenberg@gmail.com"),
      "RE: " + TU_SUBJ,
      multi("alternative", [
          txt("""STOP



Sent from my Galaxy


-------- Original message --------
From: Alliant Energy <customercare@alliant-energy.com>
Date: 9/8/27 10:30 AM (GMT-06:00)
To: lorikaufenberg@gmail.com
Subject: """ + TU_SUBJ + """

""" + TU_TEXT + "\n", "UTF-8", cte="quoted-printable"),
          html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">STOP</div><div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div><div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Original message --------</div><div>From: Alliant Energy &lt;customercare@alliant-energy.com&gt; </div><div>Date: 9/8/27  10:30 AM  (GMT-06:00) </div><div>To: lorikaufenberg@gmail.com </div><div>Subject: """ + TU_SUBJ + """ </div><div><br></div></div><pre>""" + TU_TEXT + """</pre></body></html>
""", "UTF-8", cte="quoted-printable")], bstyle="tb"),
      in_reply_to=tu_msgid("5e0a11c7"),
      labels=["marketing_opt_out"],
      cat="opt-out (marketing)", lang="en", program="Samsung Email",
      note="'STOP' over the tune-up promotion (Samsung 'Original message' quote): marketing opt-out."))

add(M("alvarado-es-tu", "2027-09-08 11:20:48", "cc", "yahoo", ("Sergio Alvarado", "sergio_alvarado77@yahoo.com"),
      "Re: " + TU_SUBJ_ES,
      yh("""No me manden m\u00e1s promociones por favor. Solo quiero mi factura.
Gracias.
Sergio Alvarado

""" + yahoo_quote(TU_TEXT_ES, TUW, "mi\u00e9rcoles, 8 de septiembre de 2027, 10:30:04 a.m. CDT"), "alvarado"),
      in_reply_to=tu_msgid("3fa7c2d8", es=True),
      labels=["marketing_opt_out"], ent={"name": "Sergio Alvarado"},
      cat="opt-out (marketing)", lang="es", program="Yahoo Mail web (Spanish)",
      note="Spanish reply to the Spanish promo: no more promotions, keep the bill."))

add(M("gmail-unsub-es", "2027-09-08 11:45:02", "cc", "gmail", ("Yesenia Luna", "yesenialuna.wl@gmail.com"),
      "unsubscribe AE-PR-2709-TU-ES",
      txt("Gmail gener\u00f3 este mensaje autom\u00e1ticamente.\n", "UTF-8"),
      client=CH(("MIME-Version", "1.0"),
                ("From", "Yesenia Luna <yesenialuna.wl@gmail.com>"),
                ("Date", D("2027-09-08 11:45:02")),
                ("Message-ID", "<CALq0t3Vw8cY1nRk2x7pBm9uQ_Zf4Hs6dTa0eJ3LgPo5rWvXk1Q@mail.gmail.com>"),
                ("Subject", "unsubscribe AE-PR-2709-TU-ES"),
                ("To", CC)),
      labels=["marketing_opt_out"],
      cat="client unsubscribe (List-Unsubscribe mailto)", lang="es", program="Gmail unsubscribe button (Spanish UI)",
      note="Gmail's unsubscribe in a Spanish interface, from the Spanish promo: a person's marketing opt-out."))

add(M("dyersville-contractor", "2027-09-08 12:15:33", "cc", "outlookcom", ("Gary Recker", "gary.recker@hotmail.com"),
      "RE: " + TU_SUBJ,
      ol("""Do I have to use one of your "trade ally" contractors to get the $25? My furnace guy is a one man outfit out of Dyersville and I've used him for 20 years. He's not on your list. Can he sign up or can I send you his receipt?

Gary

""" + outlook_quote(TU_TEXT, TUW, "Wednesday, September 8, 2027 10:30 AM", "gary.recker@hotmail.com", TU_SUBJ),
         "recker"),
      in_reply_to=tu_msgid("b80e2f41"),
      labels=["question"], ent={"name": "Gary"},
      cat="question", lang="en", program="Outlook.com web",
      note="Question about the offer's terms in reply to the promo; the quoted footer's opt-out wording is ours."))

add(M("yahoo-unsub-tu", "2027-09-08 13:02:59", "cc", "yahoo", ("Cheryl Pantera", "cpantera61@yahoo.com"),
      "unsubscribe AE-PR-2709-TU",
      plain("unsubscribe\n", "UTF-8", cte="7bit"),
      labels=["marketing_opt_out"],
      cat="client unsubscribe (List-Unsubscribe mailto)", lang="en", program="Yahoo Mail unsubscribe",
      note="Yahoo Mail's unsubscribe action on the tune-up promo; body just 'unsubscribe'."))

add(M("rosa-water-heater", "2027-09-08 13:40:21", "cc", "gmail_android", ("Rosa Mej\u00eda", "rosamejia.fam@gmail.com"),
      "Re: " + TU_SUBJ_ES,
      gm("""Hola, \u00bfel descuento de $25 tambi\u00e9n aplica para el mantenimiento del calentador de agua? Es de gas. O solo es para la calefacci\u00f3n?

Gracias
Rosa

El mi\u00e9., 8 de sep. de 2027 10:30\u202fa.m., Alliant Energy <customercare@alliant-energy.com> escribi\u00f3:

""" + q_gt(TU_TEXT_ES)),
      in_reply_to=tu_msgid("90c4e6a3", es=True),
      labels=["question"], ent={"name": "Rosa"},
      cat="question", lang="es", program="Gmail Android (Spanish)",
      note="Spanish question whether the offer covers a gas water heater; no opt-out."))

add(M("ferrante-landlord", "2027-09-08 15:05:14", "cc", "gmail", ("Mike Ferrante", "mferrante.rentals@gmail.com"),
      "Re: " + TU_SUBJ,
      gm("""Hi,

I own a 4-plex in Marshalltown and the tenants have the gas in their own names. Can I still use the $25 tune-up for the furnaces (I pay for the maintenance) or does it have to be whoever's on the account?

Separate thing: please quit mailing promotions to my home address. I'd rather just get stuff by email.

Thanks,
Mike Ferrante

On """ + TUW_G + """ wrote:

""" + q_gt(TU_TEXT)),
      in_reply_to=tu_msgid("e2c58a70"),
      labels=["marketing_opt_out", "question"], ent={"name": "Mike Ferrante"},
      cat="opt-out + question", lang="en", program="Gmail web",
      note="Landlord's offer question plus a channel-limited opt-out (no promotional postal mail, e-mail fine): both labels."))

_ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Rachel Imhoff:mailto:rimhoff@heartlandlettershop.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhous
 ecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Agenda: final do-not-mail and do-not-share coun
 ts for the Holiday drop\\, rental/exchange exclusions\\, seed names.\\n\\nMic
 rosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_NzQ1\\n
UID:040000008200E00074C5B7101A82E0080000000060E1A3B2C5A4DB01000000000000000
 01000000054C1E8D70B1F1A4DAA2C2F9E8B5D0B17
SUMMARY;LANGUAGE=en-US:PowerHouse Holiday drop - suppression file review
DTSTART;TZID=Central Standard Time:20270914T140000
DTEND;TZID=Central Standard Time:20270914T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270908212018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
_inv_text = """Agenda: final do-not-mail and do-not-share counts for the Holiday drop, rental/exchange exclusions, seed names.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1
________________________________________________________________________________
"""
add(M("cal-lettershop", "2027-09-08 16:20:18", "ph", "m365", ("Rachel Imhoff", "rimhoff@heartlandlettershop.com"),
      "PowerHouse Holiday drop - suppression file review",
      multi("alternative", [txt(_inv_text, "utf-8", cte="quoted-printable"),
                            html("<html><body><p>Agenda: final do-not-mail and do-not-share counts for the Holiday drop, "
                                 "rental/exchange exclusions, seed names.</p><hr><p><b>Microsoft Teams meeting</b><br>"
                                 "<a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1\">Join the meeting now</a>"
                                 "</p><hr></body></html>", "utf-8", cte="quoted-printable"),
                            txt(_ics, "utf-8", cte="base64", ctype="text/calendar", params=[("method", "REQUEST")])],
            bstyle="outlook"),
      to=[("", PH)], extra=[],
      auto=True, cat="calendar invitation", lang="en", program="Outlook (M365) meeting request",
      note="Vendor's Teams meeting request (text/calendar) about do-not-share counts: not a request from a person to us."))

add(M("cardenas-es-share", "2027-09-08 17:45:07", "ph", "outlookcom", ("Leticia C\u00e1rdenas", "leticia.cardenas.b@outlook.com"),
      "No compartan mi nombre",
      ol("""Buenas tardes:

Soy clienta del cat\u00e1logo PowerHouse y me gusta recibirlo. Pero no quiero que compartan mi nombre ni mi direcci\u00f3n con otras compa\u00f1\u00edas de cat\u00e1logos. Por favor an\u00f3tenlo.

Atentamente,
Leticia C\u00e1rdenas
Beloit, WI 53511""", "cardenas"),
      lang="es",
      labels=["catalog_share_opt_out"], ent={"name": "Leticia C\u00e1rdenas", "postal_code": "53511"},
      cat="opt-out (sharing)", program="Outlook.com web (Spanish)",
      note="Spanish: keeps the catalog, refuses sharing with other catalog companies: sharing opt-out only."))

add(M("undecided-wife", "2027-09-08 20:10:44", "ph", "iphone", ("Curt Lange", "curtlange@icloud.com"),
      "Catalog",
      ip("""Stop the catalog. Actually hold on, my wife says she orders the bird feeders out of it. Maybe just no emails?? Let me ask her tonight and I'll get back to you

Sent from my iPhone"""),
      unclear=True,
      cat="unclear (self-contradicting)", lang="en", program="iPhone Mail",
      note="Asks, retracts, then half-asks for e-mail only and promises to come back: self-contradicting wishes = unclear."))

add(M("haeffner-third-time", "2027-09-08 21:30:02", "cc", "xfinity", ("Robert Haeffner", "rhaeffner@comcast.net"),
      "THIRD TIME",
      plain("""This is the THIRD time I am writing you people. STOP SENDING ME JUNK MAIL. Every week it's a postcard about heat pumps or a catalog or a "special offer". I called twice too.

If it does not stop I am filing a complaint with the Iowa Utilities Commission.

Robert Haeffner
Acct 7720 1153 08
""", "us-ascii", cte="7bit"),
      labels=["marketing_opt_out", "question"], ent={"name": "Robert Haeffner", "account": "7720 1153 08"},
      cat="opt-out + question (complaint)", lang="en", program="Xfinity Connect webmail",
      note="Earlier requests mentioned but renewed in his own words (STOP SENDING ME JUNK): opt-out; the complaint/threat needs staff: question."))

# ------------------------------------------------------------------------------------------- Thursday 9
add(M("harvest-report", "2027-09-09 05:50:30", "cc", "esp", ("Harvest Market Report", "report@harvestmarketreport.com"),
      "Harvest Market Report: early yields, basis widens, propane outlook",
      html("""<!doctype html><html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Harvest Market Report &mdash; Thursday, September 9, 2027</h2>
<p><b>Early yields:</b> Southern Iowa corn coming in 185-200 bu/A on early hybrids; moisture 24-28%.</p>
<p><b>Basis:</b> Eastern Iowa processors widened basis 8-12 cents this week.</p>
<p><b>Propane:</b> Midwest inventories 6% below the five-year average heading into drying season. Lock in contracts before October.</p>
<p><b>Weather:</b> Strong storms possible Friday evening across NE Iowa and SW Wisconsin.</p>
<p style="font-size:10px;color:#888">You subscribed as customercare@alliant-energy.com. <a href="https://harvestmarketreport.com/unsub?e=Y3VzdG9tZXJjYXJl">Unsubscribe</a> | Harvest Market Report, PO Box 880, Ames, IA 50010</p>
</body></html>""", "utf-8", cte="quoted-printable"),
      env_from="bounces@harvestmarketreport.com", esp_host="mta3.harvestmarketreport.com", dkim_d="harvestmarketreport.com",
      client=CH(("From", "Harvest Market Report <report@harvestmarketreport.com>"),
                ("To", CC),
                ("Subject", "Harvest Market Report: early yields, basis widens, propane outlook"),
                ("Date", D("2027-09-09 05:50:30")),
                ("Message-ID", "<hmr.20270909.5531@harvestmarketreport.com>"),
                ("List-Unsubscribe", "<https://harvestmarketreport.com/unsub?e=Y3VzdG9tZXJjYXJl>"),
                ("Precedence", "list"),
                ("MIME-Version", "1.0")),
      auto=True, cat="newsletter", lang="en", program="ESP bulk mailer (HTML only)",
      note="Ag market newsletter, HTML only; bulk mail."))

add(M("raman-bakery", "2027-09-09 07:20:41", "cc", "m365", ("Priya Raman", "priya@flourandfigbakery.com"),
      "Promotional mail / account information",
      ol("""Good morning,

We own Flour & Fig Bakery in Mount Vernon (account 4410-22381-07). Please stop sending promotional mail and e-mail to the business - we get "small business energy" flyers almost every week.

Also, could you tell us what information you keep on our account and whether any of it is shared with outside companies?

Thank you,
Priya Raman
Owner, Flour & Fig Bakery
112 1st St W, Mount Vernon, IA 52314
319-555-0131""", "raman"),
      labels=["marketing_opt_out", "question"],
      ent={"name": "Priya Raman", "postal_code": "52314", "account": "4410-22381-07"},
      cat="opt-out + question", lang="en", program="Outlook (M365)",
      note="Small-business owner: stop promotions (opt-out) and what data do you keep / share (question, not a sharing opt-out)."))

add(M("survey-answers", "2027-09-09 08:15:26", "cc", "iphone", ("Evelyn Strand", "evstrand@icloud.com"),
      "Re: " + SV_SUBJ,
      ipalt("""1. 5
2. Yes
3. The young man who helped me set up the payment plan was very patient with me. Thank you.

Sent from my iPad

""" + apple_quote(SV_TEXT, SVW, "Sep 8, 2027, at 4:12\u202fPM"), "strand"),
      xmailer="iPad Mail (22G86)", in_reply_to=sv_msgid("41d09e7c"),
      ack=None,
      cat="no action (survey answers)", lang="en", program="iPad Mail",
      note="Answers our survey by reply; praise, no request, no question: human, no labels, not unclear, no acknowledgement due."))

add(M("survey-unsub", "2027-09-09 09:10:03", "cc", "outlookcom", ("Jason Vrba", "jvrba22@outlook.com"),
      "RE: " + SV_SUBJ,
      ol("""unsubscribe

""" + outlook_quote(SV_TEXT, SVW, "Wednesday, September 8, 2027 5:40 PM", "jvrba22@outlook.com", SV_SUBJ),
         "vrba"),
      in_reply_to=sv_msgid("8a2e5b13"),
      unclear=True,
      cat="unclear (short reply to a service message)", lang="en", program="Outlook.com web",
      note="'unsubscribe' under the post-call survey, which says it is not marketing: from surveys? from everything? Unclear."))

_mdn = """Your message

  To: Mark Vosberg
  Subject: RE: Question about my demand charge
  Sent: Wednesday, September 8, 2027 4:58:12 PM (UTC-06:00) Central Time (US & Canada)

was read on Thursday, September 9, 2027 9:55:40 AM (UTC-06:00) Central Time (US & Canada).
"""
add(M("mdn-vosberg", "2027-09-09 09:55:41", "cc", "m365", ("Mark Vosberg", "mvosberg@vosbergfarms.com"),
      "Read: RE: Question about my demand charge",
      multi("report", [txt(_mdn, "us-ascii", cte="7bit"),
                       attach("message/disposition-notification", b"""Reporting-UA: DS7PR19MB5690.namprd19.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;mvosberg@vosbergfarms.com
Original-Message-ID: <BN0PR13MB4711C2E7A9D4F0AB1C5E3D2FA6512@BN0PR13MB4711.namprd13.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
""", None, disposition=None, cte="7bit", params=[])],
            params=[("report-type", "disposition-notification")], bstyle="outlook"),
      to=[("Alliant Energy Customer Care", CC)], thread_topic="Question about my demand charge",
      auto=True, cat="read receipt", lang="en", program="Outlook read receipt (MDN)",
      note="Read receipt for a staff reply: machine-generated MDN, multipart/report."))

add(M("survey-stop-ads", "2027-09-09 10:40:55", "cc", "aol", ("Wayne Pospisil", "wpospisil@aol.com"),
      "Re: " + SV_SUBJ,
      yh("""You can stop with the surveys. And the ads in my mailbox while your at it. I call you when I have a problem, thats it.

""" + yahoo_quote(SV_TEXT, SVW, "Wednesday, September 8, 2027 at 03:22:47 PM CDT"), "pospisil"),
      in_reply_to=sv_msgid("c5f71a02"),
      labels=["marketing_opt_out"],
      cat="opt-out (marketing)", lang="en", program="AOL Mail web",
      note="Under a survey, but he names the ads in his mailbox: marketing opt-out; the survey part alone would not be marketing."))

add(M("listcoop-pitch", "2027-09-09 11:30:16", "ph", "m365", ("Jordan Pace", "jordan.pace@catalogreach-data.com"),
      "Quick question about PowerHouse's holiday file",
      ol("""Hi PowerHouse team,

I noticed your Holiday catalog drops mid-October. We run the CatalogReach co-op - 41M verified catalog buyers, 12-month hotline names, and a compliant opt-out/suppression workflow so you never mail a "do not share" name by accident.

Two ways we help catalogers like you:
1. Prospecting: rent 50K look-alike buyers at $85/M.
2. Monetize your own file: we handle list rental and exchange for you, fully managed.

Worth a 15-minute call next week?

Jordan Pace
Senior Partnerships Manager | CatalogReach Data
312-555-0104

If you'd rather not hear from me, just reply "no thanks".""", "pace"),
      auto=True, cat="cold sales outreach", lang="en", program="Outlook (M365), sales sequence",
      note="Cold list-rental pitch; uses 'opt-out', 'do not share' and invites 'no thanks' but is sales outreach: automated, no ack."))

add(M("jessen-survey-complaint", "2027-09-09 12:45:08", "cc", "gmail", ("Carla Jessen", "carlajessen@gmail.com"),
      "Re: " + SV_SUBJ,
      gm("""1. 2
2. No
3. I called about my meter reading being way off (I think it was estimated?) and was told somebody would call me back within 48 hours. That was August 30. Nobody has called. Account 6104 8823 17.

Carla Jessen

On Wed, Sep 8, 2027 at 2:05\u202fPM Alliant Energy <customercare@alliant-energy.com> wrote:

""" + q_gt(SV_TEXT)),
      in_reply_to=sv_msgid("2b6e0f94"),
      labels=["question"], ent={"name": "Carla Jessen", "account": "6104 8823 17"},
      cat="question (complaint via survey)", lang="en", program="Gmail web",
      note="Survey reply that carries an unresolved billing complaint: question."))

add(M("okafor-family-cos", "2027-09-09 13:30:37", "cc", "spectrum", ("Ben Okafor", "bokafor@charter.net"),
      "Privacy policy - 'family of companies'",
      tb("""Hello,

Your privacy policy says information may be shared within the Alliant Energy "family of companies". Which companies are those exactly, and does that include the PowerHouse Catalog? I would like to understand this before I decide whether to opt out of anything.

Thank you,
Ben Okafor
Sun Prairie, WI
"""),
      tb_style=True, ua="Mozilla Thunderbird",
      labels=["question"], ent={"name": "Ben Okafor"},
      cat="question (policy)", lang="en", program="Thunderbird (Spectrum)",
      note="Policy question; explicitly has not decided to opt out yet, so no opt-out label."))

_form = """A message was submitted through the Contact Us form on alliant-energy.com.

Topic:            Privacy / my information
Name:             Keisha Brooks
E-mail:           keisha.brooks@outlook.com
Phone:            319-555-0119
Account number:   3318 6620 45
Service ZIP:      52302
Preferred reply:  E-mail

Message:
I just moved into a rental house in Marion. My landlord told me he can see our electric use on his "landlord portal". Does Alliant share my usage with the landlord? I never agreed to that. If you do, how do I turn it off?

Submitted 09/09/2027 2:09 PM CT from 73.61.18.240
"""
add(M("webform-brooks", "2027-09-09 14:10:02", "cc", "raw", ("Alliant Energy Web", "noreply@alliantenergy.com"),
      "Contact Us: Privacy / my information",
      plain(_form, "utf-8", cte="7bit"),
      env_from="noreply@alliantenergy.com", relay_host="wf02.alliantenergy.com", relay_ip="198.51.100.10",
      dkim_d="alliantenergy.com", reply_to=("Keisha Brooks", "keisha.brooks@outlook.com"),
      client=CH(("Date", D("2027-09-09 14:10:02")),
                ("From", "Alliant Energy Web <noreply@alliantenergy.com>"),
                ("Reply-To", "Keisha Brooks <keisha.brooks@outlook.com>"),
                ("To", CC),
                ("Subject", "Contact Us: Privacy / my information"),
                ("Message-ID", "<cu.20270909191002.88417@wf02.alliantenergy.com>"),
                ("X-Mailer", "PHPMailer 6.9.1"),
                ("MIME-Version", "1.0")),
      ack="reply_to", labels=["question"],
      ent={"name": "Keisha Brooks", "postal_code": "52302", "account": "3318 6620 45"},
      cat="question (web form relay)", lang="en", program="Contact Us form relay",
      note="Our web-form relay (From noreply, customer in Reply-To): a data-sharing question with a conditional 'how do I turn it off' = question only."))

add(M("phish-docusign", "2027-09-09 15:00:44", "cc", "raw", ("DocuSign via Signing Service", "dse@docusign-secure-envelope.com"),
      "Completed: Alliant Energy - Vendor Remittance Agreement 2027.pdf",
      multi("alternative", [
          txt("""Your document has been completed

All parties have completed "Alliant Energy - Vendor Remittance Agreement 2027.pdf".

VIEW COMPLETED DOCUMENT:
https://docusign-secure-envelope.com/Signing/EmailStart.aspx?a=9f2e6c&acct=customercare

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", "utf-8", cte="quoted-printable"),
          html("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial"><table width="640" align="center" style="background:#fff"><tr><td style="padding:30px">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:18px">Your document has been completed</div>
<p>All parties have completed &quot;Alliant Energy - Vendor Remittance Agreement 2027.pdf&quot;.</p>
<p style="text-align:center"><a href="https://docusign-secure-envelope.com/Signing/EmailStart.aspx?a=9f2e6c&acct=customercare" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""", "utf-8", cte="base64")], bstyle="tb"),
      env_from="info@mx.krsn-shop.biz", relay_host="mx.krsn-shop.biz", relay_ip="203.0.113.58", dkim_d=None,
      spf="softfail", dkim="none", dmarc="fail", dmarc_p="NONE", ptr_unknown=True,
      client=CH(("From", "\"DocuSign via Signing Service\" <dse@docusign-secure-envelope.com>"),
                ("To", CC),
                ("Subject", "Completed: Alliant Energy - Vendor Remittance Agreement 2027.pdf"),
                ("Date", D("2027-09-09 15:00:44", 0)),
                ("Message-ID", "<20270909200044.5C1D9A4F31@mx.krsn-shop.biz>"),
                ("MIME-Version", "1.0")),
      auto=True, cat="phishing", lang="en", program="phishing kit",
      note="Fake e-signature notice; 'Do Not Share This Email' is lure text, not a sharing opt-out."))

add(M("lindahl-noncustomer", "2027-09-09 16:20:51", "ph", "gmail", ("Greg Lindahl", "greglindahl.dsm@gmail.com"),
      "Why am I getting this",
      gm("""I live in Des Moines. MidAmerican is my electric company, I have never been an Alliant customer and I have never ordered anything from PowerHouse. So why am I getting your catalog, and where did you get my name?

Take me off your list.

Greg Lindahl
3817 Ingersoll Ave
Des Moines IA 50312
"""),
      labels=["marketing_opt_out", "question"], ent={"name": "Greg Lindahl", "postal_code": "50312"},
      cat="opt-out + question (not a customer)", lang="en", program="Gmail web",
      note="Not a customer: 'take me off your list' is an opt-out; 'where did you get my name' needs an answer."))

add(M("quintero-spanglish", "2027-09-09 18:05:13", "ph", "iphone", ("Daniela Quintero", "daniquintero03@icloud.com"),
      "catalogo",
      ip("""Hola, I just moved to my first apartamento in Dubuque for school (Loras) y me lleg\u00f3 un cat\u00e1logo de PowerHouse con mi nombre. No lo quiero, please remove me. Gracias!!

Daniela Quintero

Enviado desde mi iPhone"""),
      labels=["marketing_opt_out"], ent={"name": "Daniela Quintero"},
      cat="opt-out (marketing)", lang="mixed es/en", program="iPhone Mail (Spanish)",
      note="Spanish/English mix from a student in a new apartment: remove me from the catalog."))

add(M("ashby-share-whatever", "2027-09-09 20:40:29", "ph", "gmail", ("Ken Ashby", "kashby.wi@gmail.com"),
      "Catalog",
      gm("""I don't care who you share my name with, everybody on earth already has it. Just stop sending the catalog, it goes from the mailbox to the recycle bin.

Ken Ashby
Reedsburg 53959
"""),
      labels=["marketing_opt_out"], ent={"name": "Ken Ashby", "postal_code": "53959"},
      cat="opt-out (marketing, sharing waived)", lang="en", program="Gmail web",
      note="'Share whatever, just stop the catalog': marketing opt-out only, explicitly not a sharing opt-out."))

add(M("friis-teacher-replyto", "2027-09-09 22:15:40", "ph", "gws", ("Angela Friis", "afriis@linnmar-hs.org"),
      "PowerHouse catalog - please remove",
      gm("""Hello,

Please remove my name from the PowerHouse catalog mailing list, and please don't share my address with other companies either.

I'm sending this from my school account because it's the one I had open (grading!), but please answer me at my personal email, angela.friis@gmail.com.

Thank you,
Angela Friis
Marion, IA 52302
"""),
      reply_to=("Angela Friis", "angela.friis@gmail.com"), ack="reply_to",
      labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Angela Friis", "postal_code": "52302"},
      cat="opt-out (both)", lang="en", program="Google Workspace (Gmail web)",
      note="Both opt-outs from a school account; she asks to be answered at her personal Reply-To, so ack_to is the Reply-To."))
