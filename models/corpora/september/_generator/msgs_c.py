"""Friday 10 (evening thunderstorms, outage alerts from 18:42), Saturday 11 and Sunday 12 September 2027."""
from build import M, gm, yh, ol, ip, ipalt, tb, plain, CH, D, A, S
from mimekit import txt, html, multi, attach
from ours import (OA_FROM, OA_SUBJ, OA_SUBJ2, oa_msgid, oa_text, ack_text, ack_subj, ack_msgid, gmail_quote,
                  apple_quote, outlook_quote, yahoo_quote, q_gt, PH, CC)

OAW = "Alliant Energy Alerts <alerts@alliant-energy.com>"
ACKW = "Alliant Energy Customer Care <customercare@alliant-energy.com>"

MSGS = []
add = MSGS.append

# ------------------------------------------------------------------------------------------- Friday 10
add(M("crm-export", "2027-09-10 06:30:00", "cc", "esp", ("Parcelon Cloud", "notifications@parcelon-cloud.com"),
      "Your scheduled export \"CC_optouts_weekly\" is ready",
      multi("alternative", [
          txt("""Hi Customer Care Ops,

Your scheduled export is ready to download.

Export:     CC_optouts_weekly
Object:     Contact Preferences (Do Not Market, Do Not Share)
Rows:       1,937
Format:     CSV (UTF-8)
Expires:    Sep 17, 2027 06:30 AM CDT

Download: https://app.parcelon-cloud.com/exports/7731-a0e2

You are receiving this because you own this scheduled export.
Manage notifications: https://app.parcelon-cloud.com/settings/notifications
Parcelon, Inc. | 600 Congress Ave | Austin, TX 78701
""", "utf-8", cte="7bit"),
          html("""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222"><p>Hi Customer Care Ops,</p>
<p>Your scheduled export is ready to download.</p>
<table style="font-size:13px"><tr><td><b>Export</b></td><td>CC_optouts_weekly</td></tr><tr><td><b>Object</b></td><td>Contact Preferences (Do Not Market, Do Not Share)</td></tr><tr><td><b>Rows</b></td><td>1,937</td></tr><tr><td><b>Expires</b></td><td>Sep 17, 2027 06:30 AM CDT</td></tr></table>
<p><a href="https://app.parcelon-cloud.com/exports/7731-a0e2">Download export</a></p>
<p style="font-size:11px;color:#777">You are receiving this because you own this scheduled export. <a href="https://app.parcelon-cloud.com/settings/notifications">Manage notifications</a><br>Parcelon, Inc. | 600 Congress Ave | Austin, TX 78701</p></body></html>""",
               "utf-8", cte="quoted-printable")], bstyle="tb"),
      env_from="bounce+7731@mail.parcelon-cloud.com", esp_host="mail-out-22.parcelon-cloud.com", dkim_d="parcelon-cloud.com",
      client=CH(("MIME-Version", "1.0"),
                ("From", "Parcelon Cloud <notifications@parcelon-cloud.com>"),
                ("To", CC),
                ("Subject", "Your scheduled export \"CC_optouts_weekly\" is ready"),
                ("Date", D("2027-09-10 06:30:00", 0)),
                ("Message-ID", "<export.7731-a0e2.1789039800@parcelon-cloud.com>"),
                ("Auto-Submitted", "auto-generated"),
                ("X-Auto-Response-Suppress", "All")),
      auto=True, cat="vendor notice", lang="en", program="CRM export notification",
      note="CRM export notice about 'Do Not Market / Do Not Share' preferences: system mail, not a request."))

add(M("brinkman-dictated", "2027-09-10 08:00:37", "ph", "samsung", ("Lyle Brinkman", "lylebrinkman52@gmail.com"),
      "Catalog",
      multi("alternative", [
          txt("""please stop mailing the power house catalog to the farm we don't need it this is Lyle Brinkman 2870 Quail Ave Manchester thank you



Sent from my Verizon, Samsung Galaxy smartphone
""", "UTF-8"),
          html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">please stop mailing the power house catalog to the farm we don't need it this is Lyle Brinkman 2870 Quail Ave Manchester thank you</div><div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Verizon, Samsung Galaxy smartphone</div></div></body></html>
""", "UTF-8")], bstyle="tb"),
      labels=["marketing_opt_out"], ent={"name": "Lyle Brinkman"},
      cat="opt-out (marketing)", lang="en", program="Samsung Email (voice dictation)",
      note="Dictated, unpunctuated: stop the catalog; street address but no ZIP, so no postal_code."))

add(M("gallagher-access", "2027-09-10 09:15:52", "cc", "outlookcom", ("Siobhan Gallagher", "siobhan.gallagher@outlook.com"),
      "Request for a copy of my personal information",
      ol("""Hello,

Under your privacy policy, I am requesting a copy of the personal information Alliant Energy holds about me, including any information that has been shared with other companies in the past 12 months and with whom.

Name: Siobhan Gallagher
Service address: 1187 Riverview Ct, Fort Atkinson, WI 53538
Account: 2210 4471 93

Please send it to this e-mail address. I am not asking you to change or delete anything at this time.

Thank you,
Siobhan Gallagher""", "gallagher"),
      labels=["question"], ent={"name": "Siobhan Gallagher", "postal_code": "53538", "account": "2210 4471 93"},
      cat="question (data access request)", lang="en", program="Outlook.com web",
      note="Request for a copy of her data (and who it was shared with): a clear question; she explicitly asks for no deletion or opt-out."))

add(M("seo-outreach", "2027-09-10 10:20:09", "cc", "gmail", ("Priyanka from RankRise", "priyanka.rankrise@gmail.com"),
      "alliant-energy.com - quick SEO observation",
      gm("""Hi Team,

I was going through alliant-energy.com and noticed a few issues that are holding back your rankings:

- 37 broken backlinks
- Slow mobile load time on the outage map page (6.8s)
- Missing meta descriptions on 120+ pages

We help brands like yours reach page 1 on Google. Can I send you a free audit report? No obligation.

If you are not interested, just reply "Not interested" and I will not email you again.

Best Regards,
Priyanka
Digital Marketing Consultant
"""),
      auto=True, cat="spam (SEO outreach)", lang="en", program="Gmail web (bulk outreach)",
      note="Cold SEO outreach from a free-mail address; its own 'reply Not interested' opt-out line does not make it a request."))

add(M("kirchner-july-letter", "2027-09-10 11:05:33", "ph", "aol", ("Joanne Kirchner", "jkirchner47@aol.com"),
      "Still getting catalog",
      yh("""I mailed a letter in July asking you to stop sending the PowerHouse catalog. The Fall one still came this week. How long does this take?

Joanne Kirchner""", "kirchner"),
      labels=["question"], ent={"name": "Joanne Kirchner"},
      cat="question (status of an earlier opt-out)", lang="en", program="AOL Mail web",
      note="Tells of a July request and asks how long it takes; no new request in her own words: question only."))

add(M("sievers-hardware-share", "2027-09-10 12:30:14", "ph", "m365", ("Dennis Sievers", "dennis@sievershardware.com"),
      "Do not rent our name",
      ol("""To PowerHouse Catalog,

We have bought from PowerHouse for years for the store (customer no. PH-0733912). Please do not rent, sell or exchange our business name and address with other catalog companies. We do want to keep getting your catalog.

Dennis Sievers
Owner, Sievers Hardware
201 N Main St, Elkader, IA 52043
563-555-0188""", "sievers"),
      labels=["catalog_share_opt_out"],
      ent={"name": "Dennis Sievers", "postal_code": "52043", "account": "PH-0733912"},
      cat="opt-out (sharing)", lang="en", program="Outlook (M365)",
      note="Business customer: no renting/exchanging, keep the catalog; customer number from the label is the account; ZIP from his signature."))

add(M("ooo-sievers-ack", "2027-09-10 12:31:02", "cc", "m365", ("Dennis Sievers", "dennis@sievershardware.com"),
      "Automatic reply: " + ack_subj("CC-2027-09-04498"),
      ol("""I'm at the Clay County Fair in Spencer with our booth through Sunday, September 19. The store is open regular hours - call 563-555-0188 and Barb or Jim can help you.

Dennis""", "sievers-ooo"),
      env_from="", dkim_d="sievershardware.com", lag=4,
      to=[("Alliant Energy Customer Care", CC)], in_reply_to=ack_msgid("CC-2027-09-04498"),
      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
      auto=True, cat="auto-reply (LOOP TRAP: answers our acknowledgement)", lang="en", program="Exchange Online OOF",
      note="LOOP TRAP: out-of-office answering our own acknowledgement of his sharing opt-out; never acknowledge."))

add(M("listpost-utilitycx", "2027-09-10 13:45:27", "cc", "raw", ("Heather Lund", "hlund@northfieldpower.coop"),
      "Re: [UtilityCX] STOP replies to outage texts vs. marketing opt-outs",
      plain("""We treat a bare STOP to an outage text as an alert opt-out only, never as a
marketing opt-out, and our lawyers were fine with that. A STOP to a promo
e-mail is a marketing opt-out. The hard ones are the "stop all of it"
replies - those go to a person.

Also +1 to never auto-acknowledging anything with Auto-Submitted on it.
We had a two-day ping-pong with a school district's out-of-office once.

Heather Lund
Member Services Manager, Northfield Power Cooperative

On 9/9/27 4:02 PM, Dave Okonkwo wrote:
> How are folks handling STOP/unsubscribe replies that come in against
> outage texts and e-mails? Do you count them as marketing opt-outs?

_______________________________________________
UtilityCX mailing list -- utilitycx@lists.utilitycx.org
To unsubscribe send an email to utilitycx-leave@lists.utilitycx.org
""", "utf-8", cte="7bit", qcs=False),
      env_from="utilitycx-bounces@lists.utilitycx.org", relay_host="lists.utilitycx.org", relay_ip="198.51.100.99",
      dkim_d="lists.utilitycx.org",
      client=CH(("From", "Heather Lund <hlund@northfieldpower.coop>"),
                ("To", "utilitycx@lists.utilitycx.org"),
                ("Cc", CC),
                ("Subject", "Re: [UtilityCX] STOP replies to outage texts vs. marketing opt-outs"),
                ("Date", D("2027-09-10 13:45:27")),
                ("Message-ID", "<9c1e5d07-41f4-b2a8-7e1d-0f3b6a2c9d44@northfieldpower.coop>"),
                ("In-Reply-To", "<CAF2k9xVt3mQ1s8bY0r4LwE7jZ2nH5gD6uP9cR1aT0eM4oK8yNw@mail.gmail.com>"),
                ("MIME-Version", "1.0"),
                ("Content-Language", "en-US"),
                ("Message-ID-Hash", "X4QK7JZ2LUM3B5VQ6R2S7YHNP3GWC4DA"),
                ("X-Message-ID-Hash", "X4QK7JZ2LUM3B5VQ6R2S7YHNP3GWC4DA"),
                ("X-MailFrom", "hlund@northfieldpower.coop"),
                ("X-Mailman-Version", "3.3.9"),
                ("Precedence", "list"),
                ("List-Id", "UtilityCX practitioners <utilitycx.lists.utilitycx.org>"),
                ("Archived-At", "<https://lists.utilitycx.org/archives/list/utilitycx@lists.utilitycx.org/message/X4QK7JZ2LUM3B5VQ6R2S7YHNP3GWC4DA/>"),
                ("List-Archive", "<https://lists.utilitycx.org/archives/list/utilitycx@lists.utilitycx.org/>"),
                ("List-Help", "<mailto:utilitycx-request@lists.utilitycx.org?subject=help>"),
                ("List-Owner", "<mailto:utilitycx-owner@lists.utilitycx.org>"),
                ("List-Post", "<mailto:utilitycx@lists.utilitycx.org>"),
                ("List-Subscribe", "<mailto:utilitycx-join@lists.utilitycx.org>"),
                ("List-Unsubscribe", "<mailto:utilitycx-leave@lists.utilitycx.org>")),
      auto=True, cat="mailing-list post", lang="en", program="Mailman 3 list",
      note="List post cc'd to our mailbox, all about STOP and opt-outs: list traffic, never a request."))

add(M("ostrander-ack-question", "2027-09-10 14:20:48", "cc", "gmail", ("Gary Ostrander", "gostrander.ia@gmail.com"),
      "Re: " + ack_subj("CC-2027-09-04487"),
      gm("""Thanks. Will this also stop the calls from your solar partner? That's really what I wanted, the phone calls are worse than the mail. They called again at supper last night.

Gary

On Fri, Sep 10, 2027 at 10:02\u202fAM Alliant Energy Customer Care <
customercare@alliant-energy.com> wrote:

""" + q_gt(ack_text("CC-2027-09-04487", "September 10, 2027"))),
      in_reply_to=ack_msgid("CC-2027-09-04487"),
      labels=["question"], ent={"name": "Gary"},
      cat="question (reply to our acknowledgement)", lang="en", program="Gmail web",
      note="Reply to our ack that asks something new (do third-party solar calls stop too): question, acknowledged normally."))

add(M("deutmeyer-moved", "2027-09-10 16:10:19", "ph", "gmail", ("Marge Deutmeyer", "margedeutmeyer@gmail.com"),
      "New address for catalog",
      gm("""Hello,

We moved from Clinton to an apartment in Dubuque in August. Please change my address for the catalog, I want to keep getting it! My customer # from the old label is 00519274.

New address:
Marge Deutmeyer
2455 University Ave Apt 3B
Dubuque IA 52001

Thank you so much,
Marge
"""),
      labels=["question"], ent={"name": "Marge Deutmeyer", "postal_code": "52001", "account": "00519274"},
      cat="question (change of address)", lang="en", program="Gmail web",
      note="Change of address, wants to keep the catalog: question only; customer number from the label is the account."))

add(M("outage-stop", "2027-09-10 19:05:44", "cc", "iphone", ("Brandon Kuehl", "bkuehl@icloud.com"),
      "Re: " + OA_SUBJ,
      ip("""STOP

""" + apple_quote(oa_text("OUT-2709101842-117", "Marion", "11:00 PM"), OAW, "Sep 10, 2027, at 6:44\u202fPM")),
      in_reply_to=oa_msgid("2709101842-117.5c0d"),
      unclear=True,
      cat="unclear (STOP under a service alert)", lang="en", program="iPhone Mail",
      note="'STOP' under an outage alert (a service message): not a marketing opt-out; stop alerts? everything? Unclear."))

add(M("gutierrez-outage-es", "2027-09-10 19:40:16", "cc", "gmail_android", ("Mari Guti\u00e9rrez", "marigutierrez.hia@gmail.com"),
      "Re: " + OA_SUBJ,
      gm("""\u00bfCu\u00e1ndo regresa la luz? Tenemos un beb\u00e9 de 2 meses y hace mucho calor en la casa. Estamos en Hiawatha. \u00bfHay alg\u00fan lugar donde podamos ir mientras tanto?

Mari

El vie., 10 de sep. de 2027 6:43\u202fp.m., Alliant Energy Alerts <alerts@alliant-energy.com> escribi\u00f3:

""" + q_gt(oa_text("OUT-2709101842-121", "Hiawatha", "10:30 PM"))),
      reply_to=None, in_reply_to=oa_msgid("2709101842-121.e7a2"),
      labels=["question"], ent={"name": "Mari"},
      cat="question (outage)", lang="es", program="Gmail Android (Spanish)",
      note="Spanish reply to an outage alert: when is power back, where to go with a baby: question."))

add(M("freezer-corn", "2027-09-10 20:15:02", "cc", "yahoo_ios", ("Deb Schminke", "debschminke@yahoo.com"),
      "Re: " + OA_SUBJ2,
      yh("""Still no power on Elm St in Marion, 9 hrs now. We have two chest freezers full of sweet corn we just put up last week. Your map said 8 pm, now it says 11. Is there any way to know for real? Should I be hauling it to my sister's?

Deb

Sent from Yahoo Mail for iPhone

""" + yahoo_quote(oa_text("OUT-2709101131-044", "Marion", "11:00 PM", update=True), OAW,
                  "Friday, September 10, 2027, 7:58 PM"), "schminke"),
      in_reply_to=oa_msgid("2709101131-044.a91f"),
      labels=["question"], ent={"name": "Deb"},
      cat="question (outage)", lang="en", program="Yahoo Mail iOS",
      note="Outage question under an alert update; no opt-out words."))

add(M("ritter-hog-barn", "2027-09-10 21:50:38", "cc", "gmail_android", ("Jake Ritter", "jritter.pork@gmail.com"),
      "Re: " + OA_SUBJ,
      gm("""Power out at our hog site since 6:40 running on generator. Fuel good till maybe 5 am. Is there a crew coming tonight?? 2 finishing barns 2400 head, if the generator quits we lose pigs. Outage number is the one in your email below. Please call 641-555-0152

Jake Ritter

On Fri, Sep 10, 2027, 6:45\u202fPM Alliant Energy Alerts <alerts@alliant-energy.com> wrote:

""" + q_gt(oa_text("OUT-2709101842-133", "State Center", "Assessing"))),
      in_reply_to=oa_msgid("2709101842-133.0b3e"),
      labels=["question"], ent={"name": "Jake Ritter"},
      cat="question (outage, urgent)", lang="en", program="Gmail Android",
      note="Urgent livestock outage question under the alert; the outage number is not an account."))

# ------------------------------------------------------------------------------------------- Saturday 11
add(M("henningsen-alert-emails", "2027-09-11 07:30:21", "cc", "isp", ("Loren Henningsen", "lhenningsen@netins.net"),
      "Outage e-mails",
      plain("""Please take me off the outage alert e-mails. I get the text messages already
and now I get both, 14 messages since last night. Keep the texts coming,
just not the e-mails.

Loren Henningsen
""", "us-ascii", cte="7bit"),
      tb_style=True, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
      labels=["question"], ent={"name": "Loren Henningsen"},
      cat="question (alert preference)", lang="en", program="Thunderbird (netins.net)",
      note="Wants outage-alert e-mails stopped (a service preference), not marketing: question for staff, not a marketing opt-out."))

add(M("challenge-henningsen", "2027-09-11 07:31:09", "cc", "raw", ("ClearSender for Loren Henningsen", "verify@clearsender-mail.com"),
      "Please verify your message to lhenningsen@netins.net",
      multi("alternative", [
          txt("""Hello,

You sent a message to lhenningsen@netins.net. To keep out junk mail, Loren
Henningsen accepts mail only from approved senders.

Your message: "We received your request [CC-2027-09-04537]"

Please click the link below to confirm you are a person. You only need to
do this once.

https://verify.clearsender-mail.com/c/8e41f0a7b2

ClearSender - no spam, ever.
""", "utf-8", cte="7bit"),
          html("""<html><body style="font-family:Arial"><p>Hello,</p><p>You sent a message to <b>lhenningsen@netins.net</b>. To keep out junk mail, Loren Henningsen accepts mail only from approved senders.</p><p>Your message: &quot;We received your request [CC-2027-09-04537]&quot;</p><p><a href="https://verify.clearsender-mail.com/c/8e41f0a7b2">I am a person - deliver my message</a></p><p style="color:#888;font-size:11px">ClearSender - no spam, ever.</p></body></html>""",
               "utf-8", cte="7bit")], bstyle="tb"),
      env_from="", relay_host="mx-out1.clearsender-mail.com", relay_ip="198.51.100.176", dkim_d="clearsender-mail.com",
      client=CH(("From", "ClearSender for Loren Henningsen <verify@clearsender-mail.com>"),
                ("To", CC),
                ("Subject", "Please verify your message to lhenningsen@netins.net"),
                ("Date", D("2027-09-11 07:31:09")),
                ("Message-ID", "<cs.8e41f0a7b2@clearsender-mail.com>"),
                ("In-Reply-To", ack_msgid("CC-2027-09-04537")),
                ("Auto-Submitted", "auto-replied"),
                ("MIME-Version", "1.0")),
      auto=True, cat="challenge-response (LOOP TRAP)", lang="en", program="challenge-response filter",
      note="LOOP TRAP: challenge-response service answering our ack to the previous message; never click, never acknowledge."))

add(M("outage-stop-again", "2027-09-11 10:40:35", "cc", "iphone", ("Brandon Kuehl", "bkuehl@icloud.com"),
      "Re: " + ack_subj("CC-2027-09-04526"),
      ip("""STOP!!!

""" + apple_quote(ack_text("CC-2027-09-04526", "September 10, 2027"), "Alliant Energy Customer Care <customercare@alliant-energy.com>",
                  "Sep 10, 2027, at 7:05\u202fPM")),
      in_reply_to=ack_msgid("CC-2027-09-04526"),
      unclear=True,
      cat="unclear (STOP to our acknowledgement)", lang="en", program="iPhone Mail",
      note="Second 'STOP', now under our acknowledgement of his first one (a service message): still no object, unclear; same sender as the outage-alert STOP."))

add(M("ibarra-es-all", "2027-09-11 13:05:57", "ph", "outlookcom", ("Jorge Ibarra", "jorge.ibarra.cj@hotmail.com"),
      "Cat\u00e1logo que no ped\u00ed",
      ol("""Buenas tardes,

No soy cliente de Alliant y nunca compr\u00e9 nada en PowerHouse. \u00bfC\u00f3mo consiguieron mi nombre y mi direcci\u00f3n?

No quiero recibir m\u00e1s cat\u00e1logos, y no vendan ni compartan mi informaci\u00f3n con nadie.

Jorge Ibarra
Columbus Junction, IA 52738""", "ibarra"),
      lang="es",
      labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
      ent={"name": "Jorge Ibarra", "postal_code": "52738"},
      cat="opt-out (both) + question", program="Outlook.com web (Spanish)",
      note="Spanish non-customer: no more catalogs, don't sell/share, and how did you get my name: all three labels."))

add(M("phish-ph-invoice", "2027-09-11 16:30:12", "ph", "raw", ("PowerHouse Billing", "billing@powerhouse-catalog-payments.com"),
      "Order #PH-55120: payment failed - update your card within 24 hours",
      html("""<html><body style="font-family:Arial,sans-serif">
<div style="background:#f7931e;color:#fff;padding:14px;font-size:20px;font-weight:bold">PowerHouse Catalog</div>
<p>Dear Customer,</p>
<p>We were unable to process the payment for your order <b>#PH-55120</b> (Heated Throw Blanket, Smart Plug 4-pack). Your order will be cancelled in <b>24 hours</b> unless you update your billing information.</p>
<p><a href="https://powerhouse-catalog-payments.com/secure/update?id=55120">Update Payment Method</a></p>
<p>Thank you for shopping with PowerHouse.</p>
<p style="font-size:10px;color:#999">To unsubscribe from order notifications click <a href="https://powerhouse-catalog-payments.com/u">here</a>.</p>
</body></html>""", "utf-8", cte="quoted-printable"),
      env_from="nfo@hosting-4471.vps-ultra.net", relay_host="hosting-4471.vps-ultra.net", relay_ip="203.0.113.140",
      dkim_d="powerhouse-catalog-payments.com", spf="pass", dkim="pass", dmarc="none",
      client=CH(("From", "PowerHouse Billing <billing@powerhouse-catalog-payments.com>"),
                ("To", PH),
                ("Subject", "Order #PH-55120: payment failed - update your card within 24 hours"),
                ("Date", D("2027-09-11 16:30:12", 0)),
                ("Message-ID", "<6f0d2a1c9b8e4f55@powerhouse-catalog-payments.com>"),
                ("MIME-Version", "1.0"),
                ("X-Mailer", "Sendy 6.1")),
      auto=True, cat="phishing", lang="en", program="phishing (lookalike domain)",
      note="Payment phishing on a PowerHouse lookalike domain sprayed at our own mailbox; its unsubscribe link is bait."))

add(M("please-stop-bare", "2027-09-11 19:50:26", "cc", "gmail", ("Tammy Reicks", "treicks1972@gmail.com"),
      "",
      gm("""Please stop.
"""),
      client=CH(("MIME-Version", "1.0"),
                ("From", "Tammy Reicks <treicks1972@gmail.com>"),
                ("Date", D("2027-09-11 19:50:26")),
                ("Message-ID", "<CAGv1pXq9Jr0aB3Yk7LzT2eW6nFh8dS4cM1uPo5Ri0VxQ7bNs3A@mail.gmail.com>"),
                ("Subject", ""),
                ("To", CC)),
      unclear=True,
      cat="unclear (no object, no context)", lang="en", program="Gmail web",
      note="'Please stop.' as a new message with empty subject: stop what? No object, no context: unclear."))

# ------------------------------------------------------------------------------------------- Sunday 12
add(M("catalog-success-nl", "2027-09-12 10:15:44", "ph", "esp", ("Catalog Success", "editors@catalogsuccess-news.com"),
      "Holiday mail plans, co-op lists and the postal rate increase",
      multi("alternative", [
          txt("""CATALOG SUCCESS | Weekly | September 12, 2027

- Holiday 2027: mail earlier, mail smaller? What 60 catalogers told us.
- Co-op databases vs. list rental: where the response is this year.
- Privacy: handling "do not rent my name" requests before the Q4 merge/purge.
- The January postal rate case, in one chart.

Read online: https://catalogsuccess-news.com/weekly/2027-09-12

You are subscribed as powerhousecatalog@alliant-energy.com.
Unsubscribe: https://catalogsuccess-news.com/unsubscribe?u=a7710
""", "utf-8", cte="7bit"),
          html("""<html><body style="font-family:Georgia,serif"><h1 style="font-size:22px">CATALOG SUCCESS <small>Weekly</small></h1><ul>
<li>Holiday 2027: mail earlier, mail smaller? What 60 catalogers told us.</li>
<li>Co-op databases vs. list rental: where the response is this year.</li>
<li>Privacy: handling &quot;do not rent my name&quot; requests before the Q4 merge/purge.</li>
<li>The January postal rate case, in one chart.</li></ul>
<p><a href="https://catalogsuccess-news.com/weekly/2027-09-12">Read online</a></p>
<p style="font-size:11px;color:#777">You are subscribed as powerhousecatalog@alliant-energy.com. <a href="https://catalogsuccess-news.com/unsubscribe?u=a7710">Unsubscribe</a></p></body></html>""",
               "utf-8", cte="quoted-printable")], bstyle="tb"),
      env_from="bounce-a7710@news.catalogsuccess-news.com", esp_host="mta2.news.catalogsuccess-news.com",
      dkim_d="catalogsuccess-news.com",
      client=CH(("From", "Catalog Success <editors@catalogsuccess-news.com>"),
                ("To", PH),
                ("Subject", "Holiday mail plans, co-op lists and the postal rate increase"),
                ("Date", D("2027-09-12 10:15:44")),
                ("Message-ID", "<cs-weekly-20270912.a7710@news.catalogsuccess-news.com>"),
                ("List-Unsubscribe", "<https://catalogsuccess-news.com/unsubscribe?u=a7710>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
                ("MIME-Version", "1.0")),
      auto=True, cat="newsletter", lang="en", program="ESP bulk mailer",
      note="Trade newsletter for catalogers; 'do not rent my name' is a headline."))

add(M("reyes-for-mother", "2027-09-12 15:40:03", "ph", "gmail", ("Ana Reyes", "anareyes.mtown@gmail.com"),
      "Catalogo de mi mama",
      gm("""Hi, mi mam\u00e1 recibe el cat\u00e1logo PowerHouse and she does not want her name shared with other companies. Ella no usa email so I'm writing for her.

Su nombre es Guadalupe Reyes, 1418 Sycamore St, Marshalltown IA 50158.

Thank you / gracias
Ana
"""),
      unclear=True, ent={"name": "Guadalupe Reyes", "postal_code": "50158"},
      cat="unclear (on behalf of a parent)", lang="mixed es/en", program="Gmail web",
      note="Daughter writes for her mother (sharing opt-out) without showing standing: unclear; entities name the mother."))

add(M("other-address", "2027-09-12 20:30:50", "cc", "yahoo", ("Phyllis Gansen", "pgansen@yahoo.com"),
      "other address",
      yh("""Please do the same for my other address too.

Thanks, Phyllis""", "gansen"),
      unclear=True, ent={"name": "Phyllis"},
      cat="unclear (reference to earlier mail)", lang="en", program="Yahoo Mail web",
      note="'Do the same for my other address' with no earlier thread quoted and no address given: unclear."))
