"""Monday 6 (Labor Day) and Tuesday 7 September 2027: the Fall Preview goes out Tuesday 09:02."""
from build import M, gm, yh, ol, ip, ipalt, tb, plain, CH, D, A, S
from mimekit import txt, html, multi, attach
import ours
from ours import (FP_TEXT, FP_SUBJ, fp_msgid, gmail_quote, apple_quote, outlook_quote, yahoo_quote, q_gt,
                  ack_text, ack_subj, ack_msgid, PH, CC, FP_LIST_UNSUB, sent_headers, fwd_gmail)

FPW = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
FPW_G = "Tue, Sep 7, 2027 at 9:02\u202fAM PowerHouse Catalog <\npowerhousecatalog@alliant-energy.com>"

MSGS = []
add = MSGS.append

# ------------------------------------------------------------------------------------------- Monday 6
add(M("energycx-weekly", "2027-09-06 00:12:40", "cc", "esp",
      ("EnergyCX Weekly", "newsletter@energycx-weekly.com"),
      "Labor Day edition: what customers actually read in utility e-mail",
      multi("alternative", [
          txt("""ENERGYCX WEEKLY | Labor Day edition | September 6, 2027

Hi there,

A short issue for a long weekend.

1. WHAT CUSTOMERS READ
Our reader survey of 41 utilities: outage alerts get opened 4x more often
than promotional e-mail, and bill notices are the one message nobody
unsubscribes from. Budget billing and furnace tune-up offers do best in
the first two weeks of September.

2. THE OPT-OUT INBOX
Three CX leads on how they triage the "privacy" mailbox: what goes to
staff, what gets an automatic reply, and why you never auto-answer an
out-of-office.

3. EVENTS
Midwest Utility CX Summit, Des Moines, October 19-20. Early rate ends
September 24.

You are receiving EnergyCX Weekly because customercare@alliant-energy.com
subscribed at energycx-weekly.com. Unsubscribe:
https://energycx-weekly.com/u/8f2c41d7
EnergyCX Media, 220 W. Grand Ave, Suite 300, Chicago, IL 60654
""", "utf-8", cte="quoted-printable"),
          html("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>EnergyCX Weekly</title></head>
<body style="margin:0;padding:0;background:#f2f4f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#1d2733">
<tr><td style="padding:24px 32px;background:#0b3d5c;color:#fff;font-size:22px;font-weight:bold">ENERGYCX WEEKLY <span style="font-weight:normal;font-size:14px">| Labor Day edition</span></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:22px">
<p>Hi there,</p><p>A short issue for a long weekend.</p>
<h2 style="font-size:17px">1. What customers read</h2>
<p>Our reader survey of 41 utilities: outage alerts get opened 4x more often than promotional e-mail, and bill notices are the one message nobody unsubscribes from. Budget billing and furnace tune-up offers do best in the first two weeks of September.</p>
<h2 style="font-size:17px">2. The opt-out inbox</h2>
<p>Three CX leads on how they triage the "privacy" mailbox: what goes to staff, what gets an automatic reply, and why you never auto-answer an out-of-office.</p>
<h2 style="font-size:17px">3. Events</h2>
<p>Midwest Utility CX Summit, Des Moines, October 19-20. Early rate ends September 24.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b7785">You are receiving EnergyCX Weekly because customercare@alliant-energy.com subscribed at energycx-weekly.com. <a href="https://energycx-weekly.com/u/8f2c41d7">Unsubscribe</a><br>EnergyCX Media, 220 W. Grand Ave, Suite 300, Chicago, IL 60654</td></tr>
</table></td></tr></table><img src="https://t.energycx-weekly.com/o/8f2c41d7.gif" width="1" height="1" alt=""></body></html>
""", "utf-8", cte="quoted-printable")], bstyle="tb"),
      env_from="bounce-8f2c41d7@em.energycx-weekly.com", esp_host="o12.mta.energycx-weekly.com",
      dkim_d="energycx-weekly.com",
      client=CH(("MIME-Version", "1.0"),
                ("From", "EnergyCX Weekly <newsletter@energycx-weekly.com>"),
                ("To", "customercare@alliant-energy.com"),
                ("Subject", "Labor Day edition: what customers actually read in utility e-mail"),
                ("Date", D("2027-09-06 00:12:40")),
                ("Message-ID", "<20270906051240.8f2c41d7.2291@em.energycx-weekly.com>"),
                ("List-Id", "EnergyCX Weekly <weekly.energycx-weekly.com>"),
                ("List-Unsubscribe", "<https://energycx-weekly.com/u/8f2c41d7>, <mailto:unsubscribe@energycx-weekly.com?subject=8f2c41d7>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
                ("Feedback-ID", "2291:weekly:energycx")),
      auto=True, cat="newsletter", lang="en", program="ESP bulk mailer",
      note="Trade newsletter we subscribe to; opt-out/privacy vocabulary inside an industry article is not a request."))

add(M("kessler-optout", "2027-09-06 06:58:12", "cc", "gmail", ("Donna Kessler", "dkessler58@gmail.com"),
      "Remove from mailing list",
      gm("""Hello,

Please take me off every promotional mailing you have. Between the PowerHouse catalog, the postcards about solar and the "energy saving tips" flyers we get something from you almost every week and it all goes straight in the recycling.

My bill is fine, keep sending that.

Donna Kessler
2214 Pinehurst Dr NE
Cedar Rapids, IA 52402
"""),
      msgid="<CADD0NTNELEedDYZqnKTRUwt5LeLLS+w8xvmFScI9QhC+JkrKHgK@mail.gmail.com>",
      labels=["marketing_opt_out"], ent={"name": "Donna Kessler", "postal_code": "52402"},
      cat="opt-out (marketing)", lang="en", program="Gmail web",
      note="Plain opt-out of all promotional mail; 'keep sending the bill' is a channel/service limit, not a question."))

add(M("phish-storage", "2027-09-06 08:20:55", "cc", "raw",
      ("alliant-energy.com Admin", "no-reply@alliant-energy-mailcenter.com"),
      "Action Required: customercare@alliant-energy.com storage at 98%",
      html("""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p><b>alliant-energy.com</b> Mail Server</p>
<p>Dear customercare,</p>
<p>Your mailbox <b>customercare@alliant-energy.com</b> has reached <b style="color:#c00">98%</b> of its storage quota. Incoming messages are being held and will be <b>deleted in 24 hours</b>.</p>
<p>To release held messages and upgrade your quota, verify your account below.</p>
<p><a href="https://alliant-energy-com.mailbox-quota-release.top/owa/?u=customercare" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Release Messages</a></p>
<p style="font-size:11px;color:#777">This is an automated message from the alliant-energy.com IT Service Desk. Do not reply.</p>
</body></html>""", "utf-8", cte="base64"),
      env_from="smtpfox-3k2@srv7.vps-hostline.net", relay_host="srv7.vps-hostline.net", relay_ip="203.0.113.187",
      spf="softfail", dkim="none", dmarc="none", ptr_unknown=True, tls="12",
      client=CH(("From", "\"alliant-energy.com Admin\" <no-reply@alliant-energy-mailcenter.com>"),
                ("To", "customercare@alliant-energy.com"),
                ("Subject", "Action Required: customercare@alliant-energy.com storage at 98%"),
                ("Date", D("2027-09-06 08:20:55", 0)),
                ("Message-ID", "<a83f0e19b1c24d7f9e2b@srv7.vps-hostline.net>"),
                ("X-Priority", "1"),
                ("MIME-Version", "1.0")),
      auto=True, cat="phishing", lang="en", program="bulk phishing kit",
      note="Credential phishing impersonating our IT desk; lookalike domain, SPF softfail."))

add(M("hasselbrink-share", "2027-09-06 09:47:31", "ph", "yahoo", ("Vern Hasselbrink", "vhasselbrink@yahoo.com"),
      "catalog",
      yh("""I get your catalog and bought the tank deicer off it last winter, works good. But ever since were getting catalogs from outfits in Pennsylvania and Vermont I never heard of. Dont give my name out to other companys. Keep sending yours.

Vern Hasselbrink
Hwy 52 Postville 52162""", "hasselbrink"),
      labels=["catalog_share_opt_out"], ent={"name": "Vern Hasselbrink", "postal_code": "52162"},
      cat="opt-out (sharing)", lang="en", program="Yahoo Mail web",
      note="Keeps the catalog, refuses name sharing: catalog_share_opt_out only; 'Hwy 52' next to the ZIP."))

add(M("ontiveros-es", "2027-09-06 11:15:03", "cc", "gmail_android", ("Maricela Ontiveros", "maricela.ontiveros88@gmail.com"),
      "Publicidad por correo",
      gm("""Buenos d\u00edas,

Les escribo para pedirles que ya no me env\u00eden publicidad ni ofertas por correo postal. Sigo pagando mi cuenta normal, solo no quiero la propaganda.

Gracias,
Maricela Ontiveros
Cedar Rapids, IA 52404
"""),
      labels=["marketing_opt_out"], ent={"name": "Maricela Ontiveros", "postal_code": "52404"},
      cat="opt-out (marketing)", lang="es", program="Gmail Android",
      note="Spanish: no more advertising or offers by post; the account itself continues."))

add(M("meinecke-solar-calls", "2027-09-06 14:33:47", "cc", "aol", ("Doris Meinecke", "dmeinecke1953@aol.com"),
      "Phone calls about solar",
      yh("""To Alliant Energy,

I am 74 and a widow and I get calls 3 or 4 times a week from people saying they are "working with Alliant" on solar panels and they can lower my bill. Is that true? Did Alliant give them my phone number?

I would like to know who has my information. I have been with you since it was still IES Utilities.

Thank you,
Doris Meinecke""", "meinecke"),
      labels=["question"], ent={"name": "Doris Meinecke"},
      cat="question", lang="en", program="AOL Mail web",
      note="Asks whether we gave her number to solar callers and who has her data: a question, not a sharing opt-out."))

add(M("kessler-thanks", "2027-09-06 19:20:09", "cc", "gmail", ("Donna Kessler", "dkessler58@gmail.com"),
      "Re: " + ack_subj("CC-2027-09-04108"),
      gm("""Thank you!!

Donna

""" + gmail_quote(ack_text("CC-2027-09-04108", "September 6, 2027"),
                  "Alliant Energy Customer Care <\ncustomercare@alliant-energy.com>", "Mon, Sep 6, 2027 at 6:59\u202fAM")),
      in_reply_to=ack_msgid("CC-2027-09-04108"),
      references="<CADD0NTNELEedDYZqnKTRUwt5LeLLS+w8xvmFScI9QhC+JkrKHgK@mail.gmail.com> " + ack_msgid("CC-2027-09-04108"),
      ack=None, ent={"name": "Donna"},
      cat="no action (thanks to our ack)", lang="en", program="Gmail web",
      note="Thank-you reply to our acknowledgement: human, nothing to do, no second ack (ack_to null); quoted ack mentions opting out."))

# ------------------------------------------------------------------------------------------- Tuesday 7
add(M("chamber-news", "2027-09-07 07:15:22", "cc", "esp",
      ("Cedar Rapids Metro Business Alliance", "news@crmetroalliance.org"),
      "This Week: Harvest Hustle 5K, lunch & learn on cyber fraud, new members",
      multi("alternative", [
          txt("""THIS WEEK AT THE ALLIANCE

Harvest Hustle 5K - Saturday, Sept. 18, NewBo City Market
Register a team by Sept. 14 and get your logo on the shirt.

Lunch & Learn: "Is that invoice real?" Spotting payment fraud
Thursday, Sept. 16, 11:30 a.m. Members free, guests $15.

Welcome, new members!
- Hawkeye Tool & Rental
- Prairie Roots Family Dentistry
- Linn County Seed Library

Update your e-mail preferences or unsubscribe:
https://crmetroalliance.org/email-preferences?m=alliant-energy-cc
Cedar Rapids Metro Business Alliance, 501 1st St SE, Cedar Rapids, IA 52401
""", "utf-8", cte="7bit"),
          html("""<html><body style="font-family:Georgia,serif;color:#222"><h1 style="color:#7a2e0e">This Week at the Alliance</h1>
<h3>Harvest Hustle 5K</h3><p>Saturday, Sept. 18, NewBo City Market. Register a team by Sept. 14 and get your logo on the shirt.</p>
<h3>Lunch &amp; Learn: "Is that invoice real?"</h3><p>Spotting payment fraud. Thursday, Sept. 16, 11:30 a.m. Members free, guests $15.</p>
<h3>Welcome, new members!</h3><ul><li>Hawkeye Tool &amp; Rental</li><li>Prairie Roots Family Dentistry</li><li>Linn County Seed Library</li></ul>
<p style="font-size:11px;color:#888"><a href="https://crmetroalliance.org/email-preferences?m=alliant-energy-cc">Update your e-mail preferences or unsubscribe</a><br>Cedar Rapids Metro Business Alliance, 501 1st St SE, Cedar Rapids, IA 52401</p></body></html>
""", "utf-8", cte="quoted-printable")], bstyle="tb"),
      env_from="msprvs1=20231kq9Xz=bounces-19920@bounce.crmetroalliance.org", esp_host="mta-14.crmetroalliance.org",
      dkim_d="crmetroalliance.org",
      client=CH(("Date", D("2027-09-07 07:15:22")),
                ("From", "Cedar Rapids Metro Business Alliance <news@crmetroalliance.org>"),
                ("Reply-To", "info@crmetroalliance.org"),
                ("To", "customercare@alliant-energy.com"),
                ("Message-ID", "<20270907121522.19920.a1c0@crmetroalliance.org>"),
                ("Subject", "This Week: Harvest Hustle 5K, lunch & learn on cyber fraud, new members"),
                ("MIME-Version", "1.0"),
                ("List-Unsubscribe", "<https://crmetroalliance.org/email-preferences?m=alliant-energy-cc>"),
                ("Precedence", "bulk"),
                ("X-Campaign-ID", "wk-2027-36")),
      auto=True, cat="newsletter", lang="en", program="ESP bulk mailer",
      note="Chamber-of-commerce bulk newsletter to the role address."))

add(M("dahl-student-catalog", "2027-09-07 08:05:44", "ph", "iphone", ("Brynn Dahl", "brynndahl04@icloud.com"),
      "Catalog at my new apartment",
      ip("""Hi, I'm a student at UW-Platteville and I just started electric service at my apartment on Pine St last week (first time having my own account). I already got a PowerHouse catalog addressed to me?? I'm not interested in catalogs, please don't send them.

Also how do I add my roommate to the account so she can see the bill? Her name is Kenzie Moua.

Thanks
Brynn

Sent from my iPhone"""),
      labels=["marketing_opt_out", "question"], ent={"name": "Brynn"},
      cat="opt-out + question", lang="en", program="iPhone Mail",
      note="New student customer: stop catalogs (marketing) and how to add a roommate to the account (question); roommate's name is not the requester."))

_ooo_ws_text = """Thank you for your email! This is the first week of school and I am spending every minute with my new 2nd graders, so I am checking email only before 7:30 a.m. and after 3:45 p.m.

If this is about a student, please call the Wilson Elementary office at 319-555-0142.

Mrs. Jennifer Kohl
2nd Grade, Wilson Elementary"""
add(M("ooo-kohl-teacher", "2027-09-07 09:03:02", "ph", "gws", ("Jennifer Kohl", "jkohl@mvschools-ia.org"),
      "Re: " + FP_SUBJ,
      gm(_ooo_ws_text),
      env_from="jkohl@mvschools-ia.org",
      client=CH(("MIME-Version", "1.0"),
                ("From", "Jennifer Kohl <jkohl@mvschools-ia.org>"),
                ("Date", D("2027-09-07 09:03:02")),
                ("Message-ID", "<CAJq8m4tUXx0pR2vFr2kAHt1nYw0B_qQ9e3o3uPVx=Z7dK1Lw2g@mail.gmail.com>"),
                ("Subject", "Re: " + FP_SUBJ),
                ("To", FPW),
                ("In-Reply-To", fp_msgid("3b81c0e2")),
                ("References", fp_msgid("3b81c0e2")),
                ("Auto-Submitted", "auto-replied"),
                ("Precedence", "bulk")),
      auto=True, cat="auto-reply (out of office)", lang="en", program="Google Workspace vacation responder",
      note="Teacher's first-week vacation responder to the Fall Preview; Auto-Submitted set."))

_dsn_g_text = """
** Address not found **

Your message wasn't delivered to tessa.vondrak1999@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c3a1e0b5a1si118822a12.113 - gsmtp
"""
add(M("dsn-gmail-fp", "2027-09-07 09:04:10", "ph", "raw", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
      "Delivery Status Notification (Failure)",
      multi("report", [
          multi("related", [multi("alternative", [
              txt(_dsn_g_text, "UTF-8", cte="7bit"),
              html("""<html><head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head><body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<h2 style="font-size:24px">Address not found</h2>
<p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>tessa.vondrak1999@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p>The response was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c3a1e0b5a1si118822a12.113 - gsmtp</p>
</td></tr></tbody></table></body></html>
""", "UTF-8", cte="quoted-printable")], bstyle="gmail")], bstyle="gmail"),
          attach("message/delivery-status", b"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mx1.alliant-energy.com
Arrival-Date: Tue, 07 Sep 2027 07:02:58 -0700 (PDT)
X-Original-Message-ID: <PH-2709-FP.5d20e7aa@mail.alliant-energy.com>

Final-Recipient: rfc822; tessa.vondrak1999@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 07 Sep 2027 07:04:07 -0700 (PDT)
""", None, disposition=None, cte="7bit", params=[]),
          attach("text/rfc822-headers", sent_headers("FP", "tessa.vondrak1999@gmail.com", "5d20e7aa").encode(),
                 None, disposition=None, cte="7bit", params=[])],
          params=[("report-type", "delivery-status")], bstyle="gmail"),
      env_from="", relay_host="mail-sor-f69.google.com", relay_ip="209.85.220.69", dkim_d="googlemail.com",
      dkim_s="20230601",
      client=CH(("X-Failed-Recipients", "tessa.vondrak1999@gmail.com"),
                ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                ("To", PH),
                ("Auto-Submitted", "auto-replied"),
                ("Message-ID", "<66e6b9f2.630a0220.1d5f3.9c41.GMR@mx.google.com>"),
                ("Date", "Tue, 07 Sep 2027 07:04:07 -0700 (PDT)"),
                ("Subject", "Delivery Status Notification (Failure)"),
                ("References", fp_msgid("5d20e7aa")),
                ("In-Reply-To", fp_msgid("5d20e7aa")),
                ("X-Gm-Message-State", "AOJu0Yw4b1s9q3tTt8Wq0m3E0cVb9mC2dW1e5Kk6z+Ry6yfO2Cp6uJ3h"),
                ("MIME-Version", "1.0")),
      auto=True, cat="bounce", lang="en", program="Gmail DSN",
      note="Gmail 5.1.1 bounce of the Fall Preview; multipart/report with our own footer text not included (headers only)."))

_ndr_text = """Your message to ldvorak@outlook.com couldn't be delivered.

ldvorak wasn't found at outlook.com.

powerhousecatalog    Office 365    ldvorak
Action Required                    Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
If the problem continues, contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it looks like their email address was removed or is otherwise not valid.

Diagnostic information for administrators:

Generating server: DM6PR13MB4418.namprd13.prod.outlook.com

ldvorak@outlook.com
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ldvorak@outlook.com not found by SMTP address lookup'

Original message headers:

""" + sent_headers("FP", "ldvorak@outlook.com", "c019aa47")
add(M("ndr-outlook-fp", "2027-09-07 09:04:38", "ph", "raw", ("Microsoft Outlook", "postmaster@outlook.com"),
      "Undeliverable: " + FP_SUBJ,
      multi("report", [
          multi("alternative", [txt(_ndr_text, "us-ascii", cte="quoted-printable"),
                                html("<html><head></head><body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
                                     + "".join("<p>%s</p>" % l for l in _ndr_text.split("\n\n")[:8])
                                     + "</div></body></html>", "us-ascii", cte="quoted-printable")], bstyle="tb"),
          attach("message/delivery-status", b"""Reporting-MTA: dns;DM6PR13MB4418.namprd13.prod.outlook.com
Received-From-MTA: dns;mx1.alliant-energy.com
Arrival-Date: Tue, 7 Sep 2027 14:03:01 +0000

Final-Recipient: rfc822;ldvorak@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ldvorak@outlook.com not found by SMTP address lookup
""", None, disposition=None, cte="7bit", params=[]),
          attach("text/rfc822-headers", sent_headers("FP", "ldvorak@outlook.com", "c019aa47").encode(), None,
                 disposition=None, cte="7bit", params=[])],
          params=[("report-type", "delivery-status")], bstyle="tb"),
      env_from="", relay_host="NAM12-DM6-obe.outbound.protection.outlook.com", relay_ip="40.107.223.41",
      dkim_d=None, tls="12",
      client=CH(("From", "Microsoft Outlook <postmaster@outlook.com>"),
                ("To", PH),
                ("Date", "Tue, 7 Sep 2027 14:04:37 +0000"),
                ("Content-Language", "en-US"),
                ("Message-ID", "<4f1c2a0d-8e3b-4b7a-9c55-2e1f07a6d913@DM6PR13MB4418.namprd13.prod.outlook.com>"),
                ("In-Reply-To", fp_msgid("c019aa47")),
                ("References", fp_msgid("c019aa47")),
                ("Subject", "Undeliverable: " + FP_SUBJ),
                ("Auto-Submitted", "auto-replied"),
                ("X-MS-PublicTrafficType", "Email"),
                ("X-MS-Exchange-Message-Is-Ndr", ""),
                ("MIME-Version", "1.0")),
      auto=True, cat="bounce", lang="en", program="Exchange Online NDR",
      note="Outlook.com NDR for the Fall Preview; it quotes our headers including List-Unsubscribe."))

add(M("ooo-rule-teacher", "2027-09-07 09:05:16", "ph", "m365", ("Tom Brecht", "tbrecht@prairiepoint-csd.org"),
      "First week of school - slow replies",
      ol("""Hello,

Thanks for your note. It's the first week of school and I'm running on fumes, so replies may take a couple of days. If you need something about 7th grade science right away, please contact the main office at 319-555-0178.

Mr. Brecht
Prairie Point Middle School""", "brecht-ooo"),
      env_from="tbrecht@prairiepoint-csd.org", dkim_d="prairiepoint-csd.org",
      to=[("PowerHouse Catalog", PH)],
      auto=True, cat="auto-reply (rule, no Auto-Submitted)", lang="en", program="Outlook (client rule)",
      note="Outlook client-side 'reply with template' rule: no Auto-Submitted, own subject, but machine-sent (headerless auto-reply)."))

add(M("dsn-yahoo-fp", "2027-09-07 09:06:33", "ph", "raw", ("", "MAILER-DAEMON@yahoo.com"),
      "Failure Notice",
      plain("""Sorry, we were unable to deliver your message to the following address.

<hauptmann.gale@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (hauptmann.gale@yahoo.com) [0] - mta4101.mail.bf1.yahoo.com

--- Below this line is a copy of the message.

""" + sent_headers("FP", "hauptmann.gale@yahoo.com", "91e4d0b3") + """

--=_ae_91e4d0b3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + FP_TEXT + """
--=_ae_91e4d0b3--
""", "us-ascii", cte="7bit"),
      env_from="", relay_host="sonic306-2.consmr.mail.bf2.yahoo.com", relay_ip="74.6.132.41", dkim_d=None,
      client=CH(("Date", "Tue, 7 Sep 2027 14:06:32 +0000"),
                ("From", "MAILER-DAEMON@yahoo.com"),
                ("To", PH),
                ("Subject", "Failure Notice"),
                ("Message-ID", "<1788789992.71104.mta4101.mail.bf1.yahoo.com>"),
                ("MIME-Version", "1.0")),
      auto=True, cat="bounce", lang="en", program="Yahoo (qmail-style) bounce",
      note="Yahoo plain-text bounce carrying the whole Fall Preview, sharing footer and 'reply unsubscribe' included."))

add(M("no-longer-monitored", "2027-09-07 09:07:49", "ph", "raw", ("Gerald Ruhl", "gruhl@ruhlagsupply.com"),
      "Re: " + FP_SUBJ,
      plain("""This mailbox is no longer monitored.

Ruhl Ag Supply closed its Monticello store on June 30, 2027. Thank you for 41 years of business.
For parts orders please contact Kramer Implement, 319-555-0163.
""", "us-ascii", cte="7bit"),
      env_from="gruhl@ruhlagsupply.com", relay_host="mail.ruhlagsupply.com", relay_ip="198.51.100.23",
      dkim_d=None, spf="pass", dmarc="none",
      client=CH(("Date", D("2027-09-07 09:07:49")),
                ("From", "Gerald Ruhl <gruhl@ruhlagsupply.com>"),
                ("To", FPW),
                ("Subject", "Re: " + FP_SUBJ),
                ("In-Reply-To", fp_msgid("07ad5e31")),
                ("Message-ID", "<20270907140749.2A1F3C0415@mail.ruhlagsupply.com>"),
                ("MIME-Version", "1.0")),
      auto=True, cat="auto-reply (no longer monitored)", lang="en", program="cPanel autoresponder",
      note="'No longer monitored' autoresponder without Auto-Submitted; automated by rule."))

add(M("gmail-unsub-fp", "2027-09-07 09:31:18", "ph", "gmail", ("Kaylee Wendt", "kayleewendt.ia@gmail.com"),
      "unsubscribe PH-2709-FP",
      txt("This message was automatically generated by Gmail.\n", "UTF-8"),
      client=CH(("MIME-Version", "1.0"),
                ("From", "Kaylee Wendt <kayleewendt.ia@gmail.com>"),
                ("Date", D("2027-09-07 09:31:18")),
                ("Message-ID", "<CAPx6Gq0q3LkY3b9nM0w8eWpDz+JbV7zT1uHc2eCk8sQ1m5Ao4A@mail.gmail.com>"),
                ("Subject", "unsubscribe PH-2709-FP"),
                ("To", PH)),
      labels=["marketing_opt_out"],
      cat="client unsubscribe (List-Unsubscribe mailto)", lang="en", program="Gmail unsubscribe button",
      note="Gmail's Unsubscribe link on the Fall Preview: a person pressed it; catalog e-mail unsubscribe is marketing, not sharing."))

add(M("hruska-unsub-reply", "2027-09-07 09:48:05", "ph", "iphone", ("Ray Hruska", "rhruska@icloud.com"),
      "Re: " + FP_SUBJ,
      ipalt("""Unsubscribe

Sent from my iPhone

""" + apple_quote(FP_TEXT, FPW, "Sep 7, 2027, at 9:02\u202fAM"), "hruska"),
      in_reply_to=fp_msgid("e4410b9c"),
      labels=["marketing_opt_out"],
      cat="opt-out (marketing)", lang="en", program="iPhone Mail",
      note="One-word reply over our promotion = marketing opt-out; the quoted footer's sharing sentence is not his."))

add(M("ostby-both-fp", "2027-09-07 10:12:57", "ph", "yahoo_ios", ("Linda Ostby", "lindaostby@yahoo.com"),
      "Re: " + FP_SUBJ,
      yh("""Take me off this list please. And don't give my address to those other catalogs either, I get enough junk as it is.

Linda

Sent from Yahoo Mail for iPhone

""" + yahoo_quote(FP_TEXT, FPW, "Tuesday, September 7, 2027, 9:02 AM"), "ostby"),
      in_reply_to=fp_msgid("0e97f1c5"),
      labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Linda"},
      cat="opt-out (both)", lang="en", program="Yahoo Mail iOS",
      note="Both opt-outs in her own words; Yahoo text part quotes the promo without '>' markers."))

add(M("cleaner-autosub-fp", "2027-09-07 10:40:26", "ph", "raw", ("Clutterfree", "unsubscribe@relay.clutterfree-mail.com"),
      "unsubscribe PH-2709-FP",
      plain("""This unsubscribe request was sent by Clutterfree on behalf of one of our users
(mailbox: b4c1e9@relay.clutterfree-mail.com, original recipient hidden).

Request: unsubscribe from PowerHouse Catalog e-mail.
List-Unsubscribe: mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2709-FP

Questions: support@clutterfree-mail.com
""", "us-ascii", cte="7bit"),
      env_from="bounces+b4c1e9@relay.clutterfree-mail.com", relay_host="out-3.relay.clutterfree-mail.com",
      relay_ip="198.51.100.140", dkim_d="clutterfree-mail.com",
      client=CH(("From", "Clutterfree <unsubscribe@relay.clutterfree-mail.com>"),
                ("To", PH),
                ("Subject", "unsubscribe PH-2709-FP"),
                ("Date", D("2027-09-07 10:40:26", 0)),
                ("Message-ID", "<unsub.b4c1e9.1788792026@relay.clutterfree-mail.com>"),
                ("Auto-Submitted", "auto-generated"),
                ("X-Clutterfree-Action", "list-unsubscribe"),
                ("MIME-Version", "1.0")),
      labels=["marketing_opt_out"], ack=None,
      cat="inbox-cleaner unsubscribe (Auto-Submitted)", lang="en", program="inbox-cleaning service",
      note="Inbox cleaner acting on a user's click: human marketing opt-out, but Auto-Submitted forbids an answer (ack_to null)."))

add(M("shoplight-question", "2027-09-07 11:22:40", "ph", "gmail", ("Dale Frohling", "dfrohling.farm@gmail.com"),
      "Re: " + FP_SUBJ,
      gm("""Do you still have the LED shop lights from last fall, the ones that link together? Ive got a machine shed 40x60 and want to know how many 6 packs I need and if they're ok in an unheated building down to 20 below. Last year's catalog said "damp location" but not cold rated.

Dale

On """ + FPW_G + """ wrote:

""" + q_gt(FP_TEXT)),
      in_reply_to=fp_msgid("5a0c2f8e"),
      labels=["question"], ent={"name": "Dale"},
      cat="question", lang="en", program="Gmail web",
      note="Product question in reply to the catalog e-mail; needs a person, no opt-out anywhere in his words."))

add(M("applemail-unsub-fp", "2027-09-07 12:09:51", "ph", "applemail", ("Nora Lindqvist", "nlindqvist@me.com"),
      "unsubscribe PH-2709-FP",
      txt("", "us-ascii", cte="7bit", qcs=False),
      labels=["marketing_opt_out"],
      cat="client unsubscribe (List-Unsubscribe mailto)", lang="en", program="Apple Mail unsubscribe banner",
      note="Apple Mail's 'Unsubscribe' banner: empty body, subject from our mailto; a human click."))

add(M("sharing-part-fp", "2027-09-07 12:50:14", "ph", "outlookcom", ("Pete Sadowski", "pete.sadowski@outlook.com"),
      "RE: " + FP_SUBJ,
      ol("""What it says at the bottom - the sharing part. I don't want that. The catalog itself is ok.

Pete

""" + outlook_quote(FP_TEXT, FPW, "Tuesday, September 7, 2027 9:02 AM", "pete.sadowski@outlook.com", FP_SUBJ),
         "sadowski"),
      in_reply_to=fp_msgid("b7c6d015"),
      labels=["catalog_share_opt_out"], ent={"name": "Pete"},
      cat="opt-out (sharing)", lang="en", program="Outlook.com web",
      note="His own sentence points at the quoted sharing footer ('I don't want that'): sharing opt-out, keeps the catalog."))

add(M("qmail-bounce-fp", "2027-09-07 13:35:02", "ph", "raw", ("", "MAILER-DAEMON@mail.kalonacoop.net"),
      "failure notice",
      None,
      raw_body=b"""Hi. This is the qmail-send program at mail.kalonacoop.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<mbontrager@kalonacoop.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + sent_headers("FP", "mbontrager@kalonacoop.net", "2f9c4a60").encode() + b"""

--=_ae_2f9c4a60
Content-Type: text/plain; charset="utf-8"

PowerHouse Fall Preview
[...]
""",
      env_from="", relay_host="mail.kalonacoop.net", relay_ip="198.51.100.77", dkim_d=None, spf="none",
      dmarc="none", tls="12",
      client=CH(("Date", "7 Sep 2027 18:34:59 -0000"),
                ("From", "MAILER-DAEMON@mail.kalonacoop.net"),
                ("To", PH),
                ("Subject", "failure notice")),
      auto=True, cat="bounce", lang="en", program="qmail bounce (no MIME)",
      note="Old qmail bounce: no MIME-Version, no Message-ID, null sender."))

_fwd_fp = fwd_gmail(FP_TEXT, "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
                    "Tue, Sep 7, 2027 at 9:02\u202fAM", FP_SUBJ, "<steve.and.jan.ambrose@gmail.com>")
add(M("ambrose-fwd-household", "2027-09-07 15:10:37", "ph", "gmail", ("Jan Ambrose", "steve.and.jan.ambrose@gmail.com"),
      "Fwd: " + FP_SUBJ,
      gm("""My husband wants us off this list. Please remove us from the catalog emails and the paper one too.

Jan Ambrose

""" + _fwd_fp),
      labels=["marketing_opt_out"], ent={"name": "Jan Ambrose"},
      cat="opt-out (marketing)", lang="en", program="Gmail web",
      note="Forwarded promo with a household request ('us', shared family address): the writer is part of the household, so clear marketing opt-out."))

add(M("mcgrane-emails-only", "2027-09-07 16:45:29", "ph", "thunderbird_comcast", ("Bill McGrane", "bmcgrane@comcast.net"),
      "e-mails",
      tb("""Hello PowerHouse,

I like getting the paper catalog and my wife orders from it now and then. But I do not need the e-mails, I get three a week from you it seems like. Please stop the e-mails and leave the catalog alone.

Regards,
Bill McGrane
"""),
      labels=["marketing_opt_out"], ent={"name": "Bill McGrane"},
      cat="opt-out (marketing, e-mail channel only)", lang="en", program="Thunderbird",
      note="Channel limit: stop the e-mails, keep the paper catalog; still marketing_opt_out (record notes the channel)."))

add(M("reinhart-optin", "2027-09-07 19:30:55", "ph", "gmail_android", ("Tasha Reinhart", "tasha.reinhart@gmail.com"),
      "Unsubscribed by accident",
      gm("""Hi! I was using one of those apps to clean out my inbox and I think it unsubscribed me from the PowerHouse emails too. I actually like those, I got my parents the heated blanket last year. Can you put me back on? Same email.

Thank you
Tasha
"""),
      labels=["question"], ent={"name": "Tasha"},
      cat="question (opt back in)", lang="en", program="Gmail Android",
      note="Opting back in after an inbox cleaner's unsubscribe: question; the old removal is not a new opt-out."))

add(M("wubbena-sold-name", "2027-09-07 20:55:03", "ph", "mediacom", ("Arlene Wubbena", "adwubbena@mchsi.com"),
      "Did you sell our name?",
      plain("""We ordered one heated waterer from your catalog in February. Since then we have gotten catalogs from at least six places we never heard of, farm supply, garden seed, a "mature living" one. The name on all of them is spelled WUBENNA the exact way it was wrong on your order form.

So did you sell our name? I want to know who you gave it to. And stop it.

Arlene and Dale Wubbena
1689 Quarry Rd
Ackley IA 50601""", "us-ascii", cte="7bit"),
      labels=["catalog_share_opt_out", "question"],
      ent={"name": "Arlene and Dale Wubbena", "postal_code": "50601"},
      cat="opt-out + question", lang="en", program="Mediacom webmail",
      note="Asks whom we sold the name to (question) and 'stop it' = stop sharing; joint names kept joint."))

add(M("howto-catalog", "2027-09-07 22:10:44", "ph", "aol", ("Marv Tjaden", "marvtjaden@aol.com"),
      "How do i get off",
      yh("""How do I get off the list for the catalog. Is there a form or do I call somebody. The one that came today has my late wife's name on it too.""",
         "tjaden"),
      labels=["question"],
      cat="question (how to opt out)", lang="en", program="AOL Mail web",
      note="Asks how to opt out, does not ask to be opted out: question only; the late wife's name is context, not a request for her."))
