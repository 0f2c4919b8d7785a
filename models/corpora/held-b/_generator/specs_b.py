"""held-b messages 0031-0060."""
from common import M, O, ack, nest, person_reply, staff, LEGAL, CC, PH
import attach as A

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

_friend39 = person_reply(
    "Carol Jessup", "cjessup@mchsi.com", "2025-10-23 20:05:40", "those Alliant flyers",
    "Bev - you asked at cards how I got Alliant to quit sending all the flyers. I just emailed "
    "customercare@alliant-energy.com and told them to take me off the promotional list. Took maybe two weeks "
    "and they stopped. They still send the bill of course.\n\nSee you Thursday,\nCarol",
    "<000201dc4471$9a2b3c40$ce82b4c0$@mchsi.com>", to="bev.lindahl@gmail.com")

_ack51 = ack("CC-2026-01-00927", "2026-01-21 09:12:40", "3be07c51")
_ack51.to = "support@northstarhvac.com"
_ack44 = ack("CC-2026-03-02260", "2026-03-16 11:05:02", "f2a8c913")

SPECS = [
M(n=31, box="customercare", cat="mo:es-gmail-reply", client="gmail", lang="es",
  frm=("Guadalupe Arreola", "lupita.arreola84@gmail.com"), date="2026-01-15 20:44:12",
  quote=("reply", "renew26"),
  text="Buenas noches, ya no me manden correos de promociones por favor. Solo quiero recibir mi factura.\n\n"
       "Guadalupe Arreola\n",
  labels=[MO], ent={"name": "Guadalupe Arreola"}, ack="from",
  note="Spanish Gmail reply ('El ... escribió:') to the renewable promo; keeps the bill, stops promotions"),

M(n=32, box="customercare", cat="unclear:delete-all-data", client="proton",
  frm=("", "quietcornfield@proton.me"), date="2025-12-09 23:18:40", subject="Data deletion request",
  text="To Alliant Energy,\n\nI am requesting that you delete all personal data you hold about me, including "
       "my name, address, phone number, email, usage history and any marketing profile, and confirm in writing "
       "once it is done.\n\nFor identification: Simone Achterberg, 77 Lakeview Ct, Fitchburg WI 53711.\n",
  labels=[Q], unclear=True, ent={"name": "Simone Achterberg", "postal_code": "53711"}, ack="from",
  note="delete-everything request: unclear plus question (the bot may not delete account data); From has no "
       "display name"),

M(n=33, box="customercare", cat="auto:ooo-headerless", builder="autoreply", style="plain", client=None,
  frm=("Sandy @ Ridgeway Dental", "frontdesk@ridgewaydental.net"), date="2025-10-21 11:45:40", orig="audit25",
  subject="Re: Free home energy assessment \u2014 book before Dec. 15", host="mail.ridgewaydental.net",
  text="Thank you for contacting Ridgeway Family Dental! Our office is closed Tuesday afternoons. If this is a "
       "dental emergency please call 608-555-0155. Otherwise we will get back to you the next business day.\n\n"
       ":) The Ridgeway Dental Team\n",
  automated=True, note="office autoresponder with no Auto-Submitted header; still machine-made"),

M(n=34, box="powerhousecatalog", cat="mo:fwd-gmail-request-on-top", client="gmail",
  frm=("Shawna Kimmel", "shawnakimmel@gmail.com"), date="2025-11-26 13:02:51",
  quote=("fwd", "ph_holiday25"), to_name=False,
  text="Hi - please unsubscribe me from these. I never signed up for PowerHouse emails, I think I got on the "
       "list when I ordered a smart plug once. Thanks.\n",
  labels=[MO], ent={}, ack="from",
  note="Gmail '---------- Forwarded message ---------' of the holiday catalog mail, request on top, no name given"),

M(n=35, box="customercare", cat="q:re-promo-complaint", client="outlook_com",
  frm=("Greg Lutz", "greglutz@hotmail.com"), date="2025-06-16 18:21:30", quote=("reply", "ev25"),
  text="This is unrelated to the EV thing but it's the only email I have for you guys. Your meter reader left "
       "our back gate open Friday and our dog got out, we found him two miles away on Hwy 151. Can someone "
       "make sure whoever reads the meter at 1722 Hickory Ln closes the gate? And is there a way to get the "
       "meter read without going in the yard?\n\nGreg Lutz\n",
  labels=[Q], ent={"name": "Greg Lutz"}, ack="from",
  note="RE: of the EV promotion but the new text is a complaint/question about the meter reader"),

M(n=36, box="customercare", cat="sw:apple-mail-unsubscribe", client="apple", plain_only=True, to_name=False,
  frm=("Priya Raman", "priya.raman@icloud.com"), date="2025-09-16 21:09:33", subject="unsubscribe", text="",
  labels=[MO], ent={}, ack="from",
  note="Apple Mail unsubscribe banner: empty body to the List-Unsubscribe mailto"),

M(n=37, box="customercare", cat="auto:phish-esign", builder="bulk", esp="raw", client=None,
  frm=("Docu Sign", "dse-notify@docs-esign-review.com"), date="2026-03-03 05:41:07",
  helo="mail.docs-esign-review.com", ip="45.137.22.118", dkim_res="none", spf="fail", dmarc="none", score="6.3",
  subject="Alliant Energy: Please review and sign \"Vendor Remittance Update 2026.pdf\"",
  reply_to="billing-dept@docs-esign-review.com",
  html='<html><body style="background:#eaeaea"><table align="center" width="560" style="background:#fff;'
       'font-family:Helvetica,Arial"><tr><td style="background:#1e4b9b;color:#fff;padding:24px;font-size:20px">'
       'Accounts Payable sent you a document to review and sign.</td></tr><tr><td style="padding:24px">'
       '<a href="http://docs-esign-review.com/s/9f2k1?e=customercare@alliant-energy.com" style="background:'
       '#ffc423;padding:12px 24px;color:#000;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a><p>'
       'Please complete by end of day.</p><p style="font-size:11px;color:#666">Do Not Share This Email. This '
       'email contains a secure link. Please do not share this email, link, or access code with others.</p>'
       '</td></tr></table></body></html>',
  automated=True, note="fake e-signature phishing; 'do not share this email' is not a sharing opt-out"),

M(n=38, box="powerhousecatalog", cat="mo+cso:roundcube-html-only", client="roundcube", html_only=True,
  frm=("Arlen Bruxvoort", "abruxvoort@netins.net"), date="2026-03-19 08:02:11", isp="mail.netins.net",
  subject="PowerHouse catalog - remove and do not share", text="",
  html='<p>Good morning,</p>\n<p>Please take my name off the PowerHouse Catalog list entirely. I don\'t want the '
       'catalog and I don\'t want the emails.</p>\n<p>Also do not give, sell or trade my name and address to '
       'other catalog companies. I know it says you do that at the bottom of your emails.</p>\n<div '
       'id="signature"><div class="pre" style="margin: 0; padding: 0; font-family: monospace">-- <br />Arlen '
       'Bruxvoort<br />Sioux Center, IA 51250</div></div>',
  labels=[MO, CSO], ent={"name": "Arlen Bruxvoort", "postal_code": "51250"}, ack="from",
  note="Roundcube HTML-only; both opt-outs; mentions our footer but the request is his own"),

M(n=39, box="customercare", cat="mo:fwd-friends-mail", client="gmail",
  frm=("Bev Lindahl", "bev.lindahl@gmail.com"), date="2025-10-24 09:30:27", quote=("fwd", _friend39),
  text="Hello, my neighbor Carol sent me this (see below). Same goes for me, please take me off your "
       "promotional mailing list. I only want the bill.\n\nBeverly Lindahl\n2810 Wren Dr\nMarion IA 52302\n",
  labels=[MO], ent={"name": "Beverly Lindahl", "postal_code": "52302"}, ack="from",
  note="forwards a friend's mail about opting out; the friend's words don't count, but Bev's own sentence does"),

M(n=40, box="customercare", cat="unclear:do-the-same-other-address", client="yahoo",
  frm=("Bob Cermak", "bobcermak58@yahoo.com"), date="2025-11-03 15:51:07", subject="one more",
  text="Please do the same for my other email address too, bobcat_fan58@aol.com\n\nThanks Bob\n",
  labels=[], unclear=True, ent={"name": "Bob"}, ack="from",
  note="'do the same' refers to an earlier mail we can't see: unclear"),

M(n=41, box="customercare", cat="auto:neighborhood-digest", builder="bulk", esp="sendgrid", client=None,
  frm=("Porchlight Neighbors", "digest@porchlightneighbors.com"), date="2025-07-16 06:30:00",
  subject="Trending on Porchlight: \"Anyone else lose power last night?\" and 11 more posts",
  list_id="<daily-digest.porchlightneighbors.com>",
  lu="<https://porchlightneighbors.com/u/unsub?t=d8f1a>, <mailto:unsub-d8f1a@porchlightneighbors.com>",
  precedence="bulk",
  text="Your daily Porchlight digest - Wellington Heights\n\n\"Anyone else lose power last night?\" - Tami R.\n"
       "Alliant had it back by 9:30 for us. 14 replies\n\n\"Free firewood, you haul\" - Dennis K.\n\n"
       "\"Does anyone know how to get off the Alliant mailing list?\" - Jo P.\n6 replies\n\n"
       "Manage notifications | Unsubscribe\n",
  html='<html><body><div style="max-width:560px;margin:auto;font-family:Arial"><h2>Wellington Heights</h2>'
       '<div style="border-bottom:1px solid #ddd;padding:10px 0"><b>"Anyone else lose power last night?"</b>'
       ' - Tami R.<br>Alliant had it back by 9:30 for us. <span style="color:#888">14 replies</span></div>'
       '<div style="border-bottom:1px solid #ddd;padding:10px 0"><b>"Free firewood, you haul"</b> - Dennis K.'
       '</div><div style="padding:10px 0"><b>"Does anyone know how to get off the Alliant mailing list?"</b>'
       ' - Jo P. <span style="color:#888">6 replies</span></div><p style="font-size:11px;color:#999">'
       '<a href="https://porchlightneighbors.com/u/unsub?t=d8f1a">Unsubscribe</a></p></div></body></html>',
  automated=True, note="neighborhood-site digest newsletter; quotes a neighbour asking about opting out"),

M(n=42, box="customercare", cat="q:how-long-does-opt-out-take", client="apple",
  frm=("Wendy Haugen", "whaugen@mac.com"), date="2026-02-02 12:37:19", quote=("reply", "renew26"),
  text="I asked to be taken off your promotional emails back on January 5th and I'm still getting them (see "
       "below). How long is this supposed to take? Is there something else I need to do?\n\nWendy\n",
  labels=[Q], ent={"name": "Wendy"}, ack="from",
  note="asks how long an opt-out takes and refers to an earlier request; a question, not a new opt-out"),

M(n=43, box="customercare", cat="mo+q:business-bank-disclaimer", client="outlook_biz", biz=True,
  frm=("Todd Reinholt", "treinholt@heartlandprairiebank.com"), date="2025-12-04 10:17:35",
  quote=("reply", "audit25"), logo=(20, 70, 40),
  text="Good morning,\n\nPlease remove the bank (all three branch accounts) from your marketing emails and "
       "mailers. These go to a shared facilities inbox and nobody here can act on residential offers.\n\n"
       "Separately, I have a question on the Main Street branch bill. The demand charge jumped in November and "
       "our usage didn't change much. Who can walk me through how the demand is measured? Account 7702 1184 "
       "35.\n\nThank you,\n\nTodd Reinholt | Facilities Manager\nHeartland Prairie Bank\n500 Main St, "
       "Dubuque, IA 52001\nO: 563-555-0171\n\n" + LEGAL["bank"] + "\n",
  labels=[MO, Q], ent={"name": "Todd Reinholt", "account": "7702 1184 35", "postal_code": "52001"},
  ack="from",
  note="business customer: stop marketing plus a demand-charge question; ZIP from the business signature; "
       "bank disclaimer and logo"),

M(n=44, box="customercare", cat="thanks:es-iphone-ack", client="iphone", lang="es",
  frm=("Adriana Fuentes", "adri.fuentes@icloud.com"), date="2026-03-16 12:48:09",
  quote=("reply", _ack44), qstyle="apple_es",
  text="Muchas gracias por su atención 🙏\n\nEnviado desde mi iPhone\n",
  labels=[], ent={}, ack=None,
  note="Spanish thank-you under our acknowledgement; no action, no answer"),

M(n=45, box="powerhousecatalog", cat="auto:calendar-google", builder="calendar", style="google", client=None,
  frm=("Mike Donnelly", "mdonnelly@cornerstonelistco.com"), date="2026-01-08 14:00:22",
  subject="Invitation: PowerHouse / Cornerstone list exchange sync @ Thu Jan 15, 2026 1pm - 1:30pm (CST) "
          "(powerhousecatalog@alliant-energy.com)",
  text="PowerHouse / Cornerstone list exchange sync\nThursday Jan 15, 2026 \u22c5 1:00 \u2013 1:30pm\n"
       "Central Time - Chicago\n\nJoin with Google Meet\nmeet.google.com/qkr-bwxd-tpe\n\nAgenda: spring exchange "
       "counts, do-not-share flags, suppression file timing.\n\nInvitation from Google Calendar\n\nYou are "
       "receiving this email because you are an attendee on the event.\n",
  ics="BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
      "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20260115T190000Z\r\nDTEND:20260115T193000Z\r\n"
      "DTSTAMP:20260108T200022Z\r\nORGANIZER;CN=Mike Donnelly:mailto:mdonnelly@cornerstonelistco.com\r\n"
      "UID:4k2vq9n1c7h3e8m5t0p6r2s1d0@google.com\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEE\r\n"
      " DS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mai\r\n"
      " lto:powerhousecatalog@alliant-energy.com\r\nCREATED:20260108T200021Z\r\nDESCRIPTION:Agenda: spring "
      "exchange counts\\, do-not-share flags\\, suppression \r\n file timing.\r\nLAST-MODIFIED:20260108T200021Z\r\n"
      "LOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:PowerHouse / Cornerstone list exchange sync\r\n"
      "TRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
  automated=True, note="Google Calendar invitation from a list broker; agenda mentions do-not-share flags"),

M(n=46, box="customercare", cat="mo:windows-live-mail-1252", client="wlm",
  frm=("Eugene Hartwig", "ehartwig@windstream.net"), date="2025-10-25 16:40:02", quote=("reply", "audit25"),
  isp="smtp.windstream.net",
  text="Please remove my name from your list for these \u201coffers\u201d. I already had an energy audit "
       "years ago and I get too much junk mail as it is \u2013 paper and computer both.\n\nEugene Hartwig\n",
  labels=[MO], ent={"name": "Eugene Hartwig"}, ack="from",
  note="Windows Live Mail, windows-1252 curly quotes and en dash, '----- Original Message -----' quote"),

M(n=47, box="customercare", cat="unclear:please-stop-no-object", client="outlook_com",
  frm=("K. Ostrander", "kostrander22@outlook.com"), date="2025-08-08 07:55:43", subject="Please",
  text="Please stop.\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="'Please stop.' with no object and nothing quoted: unclear"),

M(n=48, box="customercare", cat="auto:read-receipt-mdn", builder="mdn", client=None,
  frm=("Norma Jean Pottebaum", "njpottebaum@iowatelecom.net"), date="2026-04-09 08:12:00", orig="fridge26",
  helo="smtp.iowatelecom.net",
  automated=True, note="Outlook read receipt (disposition-notification) for the recycling promotion"),

M(n=49, box="powerhousecatalog", cat="cso:horde-latin1-flowed", client="horde",
  frm=("Irène Kowalczyk", "ikowalczyk@mhtc.net"), date="2025-09-29 14:33:19", isp="mail.mhtc.net",
  subject="Name/address - do not rent or exchange",
  text="Hello,\n\nI receive the PowerHouse catalogue and I do order from it now and then, so that's fine. What I "
       "don't want is my name and address rented, exchanged or sold to any other company. Please mark my "
       "record accordingly.\n\nIrène Kowalczyk\nN4410 County Rd K\nPlain, WI 53577\n",
  labels=[CSO], ent={"name": "Irène Kowalczyk", "postal_code": "53577"}, ack="from",
  note="Horde webmail, iso-8859-1 quoted-printable with format=flowed DelSp; keeps catalog, refuses exchange"),

M(n=50, box="customercare", cat="q:es-apple-payment-plan", client="apple", lang="es",
  frm=("Héctor Villalobos", "hvillalobos@icloud.com"), date="2026-02-19 19:26:44", quote=("reply", "remind0226"),
  text="Buenas tardes,\n\nNo voy a poder pagar los $211.40 completos para el 24. ¿Puedo hacer un plan de pagos? "
       "Puedo dar $100 ahora y el resto en marzo. Mi número de cuenta es 6630-2217-08.\n\nGracias,\n"
       "Héctor Villalobos\n",
  labels=[Q], ent={"name": "Héctor Villalobos", "account": "6630-2217-08"}, ack="from",
  note="Spanish Apple Mail reply to a payment reminder asking for a payment plan"),

M(n=51, box="customercare", cat="auto:helpdesk-ack-loop", builder="ticket_ack", client=None,
  frm=("Northstar HVAC Support", "support@northstarhvac.com"), date="2026-01-21 09:13:05", orig=_ack51,
  subject="[Request #48213] Re: We received your request [CC-2026-01-00927]",
  text="Hello,\n\nThank you for contacting Northstar HVAC Support. This is an automated response confirming that "
       "we received your request (#48213). A member of our team will respond within one business day.\n\n"
       "To add additional comments, reply to this email.\n\nNorthstar HVAC Support\n",
  automated=True, note="LOOP TRAP: a helpdesk auto-acknowledging our acknowledgement"),

M(n=52, box="customercare", cat="mo+q:aol-newsletter-reply", client="aol",
  frm=("Joyce Ehlers", "joyceehlers@aol.com"), date="2025-09-18 10:02:27", quote=("reply", "news0925"),
  text="Please unsubscribe me from the newsletter.\n\nBut one question first, when is the appliance recycling "
       "pickup coming to Dubuque? I have an old chest freezer in the basement I would like gone.\n\n"
       "Joyce Ehlers\n",
  labels=[MO, Q], ent={"name": "Joyce Ehlers"}, ack="from",
  note="AOL reply: unsubscribe from the newsletter plus a recycling-pickup question"),

M(n=53, box="powerhousecatalog", cat="sw:cleaning-service-auto-submitted", builder="unsub_service", client=None,
  frm=("Clean Email", "unsubscribe@relay.clean.email"), date="2026-06-24 02:17:44",
  helo="mta-07.relay.clean.email", ip="3.221.104.57", sel="ce1", subject="unsubscribe",
  autosub="auto-generated", mid_host="relay.clean.email",
  text="Please unsubscribe jpike1990@gmail.com from this mailing list.\n\nThis request was sent automatically by "
       "Clean Email on behalf of the subscriber.\n",
  labels=[MO], ent={}, ack=None,
  note="inbox-cleaning service hitting the catalog List-Unsubscribe mailto for a user; Auto-Submitted so no ack"),

M(n=54, box="customercare", cat="unclear:unsubscribe-under-bill-notice", client="gmail",
  frm=("Marcus Feld", "marcusfeld.ia@gmail.com"), date="2025-11-06 08:14:09", quote=("reply", "bill1125"),
  text="unsubscribe\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="'unsubscribe' under a bill-ready notice (service mail), not under a promotion: unclear"),

M(n=55, box="customercare", cat="auto:cold-seo-outreach", builder="bulk", esp="raw", client=None,
  frm=("Ryan Mitchell", "ryan@rankpeakdigital.co"), date="2025-08-12 09:03:00",
  helo="mail-sor-f65.google.com", ip="209.85.220.65", sel="google", score="2.4",
  subject="Quick question about alliant-energy.com",
  text="Hi there,\n\nI was looking at alliant-energy.com and noticed a few issues that are probably costing you "
       "traffic: 38 broken backlinks, slow mobile load time and missing schema on your program pages.\n\n"
       "We help utilities rank on page 1 for terms like \"energy rebates Iowa\". Would you be open to a free "
       "15-minute audit call this week?\n\nBest,\nRyan Mitchell\nGrowth Lead, RankPeak Digital\n\nP.S. If you'd "
       "rather not hear from me, just reply \"no thanks\" and I'll remove you from my list.\n",
  automated=True, note="cold SEO sales outreach; offers its own opt-out, no request from us to act on"),

M(n=56, box="powerhousecatalog", cat="mo:paper-and-email", client="outlook_com", utf8=True,
  frm=("Cheryl Amundson", "cheryl.amundson@outlook.com"), date="2026-06-24 19:40:55", quote=("reply", "ph_summer26"),
  text="Please remove me from the catalog mailing list \u2014 both the paper one and these emails. Thank you!\n\n"
       "Cheryl Amundson\n",
  labels=[MO], ent={"name": "Cheryl Amundson"}, ack="from",
  note="stop the catalog by both channels; nothing about sharing"),

M(n=57, box="customercare", cat="q:data-access-request", client="thunderbird", html_mode=True,
  frm=("Oliver Brandt-Nguyen", "oliver@brandt-nguyen.net"), date="2026-04-14 21:02:36", isp="smtp.fastmail.com",
  subject="Request for a copy of my personal information",
  text="Hello,\n\nYour privacy policy says customers can ask what information you have about them. I'd like a "
       "copy of the personal information Alliant Energy holds about me: contact details, usage data you've "
       "collected from the smart meter, and anything you've shared with PowerHouse or other companies.\n\n"
       "Account: 9104 3357 62\nService address: 1203 Vilas Ave, Madison, WI 53715\n\nThanks,\nOliver "
       "Brandt-Nguyen\n",
  labels=[Q], ent={"name": "Oliver Brandt-Nguyen", "account": "9104 3357 62", "postal_code": "53715"},
  ack="from",
  note="data access request (copy of data) is a clear question; asks what was shared, no opt-out"),

M(n=58, box="customercare", cat="mo+cso+q:long-letter", client="gmail",
  frm=("Deborah K. Lindgren", "dklindgren@gmail.com"), date="2025-12-11 16:27:05",
  subject="Marketing, sharing, and what you have on file",
  text="Dear Alliant Energy,\n\nI have been a customer for over twenty years and I've never minded the bill "
       "inserts. But lately it's a postcard a week, the emails, and now catalogs from companies I've never heard "
       "of, which I assume is your PowerHouse affiliate passing my name around.\n\nSo, three things:\n\n"
       "First, no more marketing of any kind, by mail or email.\n\nSecond, do not share, sell, or exchange my "
       "name and address with PowerHouse's catalog partners or anybody else.\n\nThird, please send me a copy of "
       "whatever personal information you have about me and tell me who it has been given to.\n\nThe account is "
       "in my name at 4410 Tamarack Trl, Hudson WI 54016 (number 3381 0029 15).\n\nRegards,\nDeb Lindgren\n",
  labels=[MO, CSO, Q], ent={"name": "Deb Lindgren", "postal_code": "54016", "account": "3381 0029 15"},
  ack="from",
  note="long letter with all three: marketing opt-out, sharing opt-out, data copy request"),

M(n=59, box="powerhousecatalog", cat="auto:bounce-yahoo-mailbox-full", builder="yahoo_bounce", client=None,
  date="2025-09-03 09:40:13", orig="ph_fall25", bad="grannyk1948@yahoo.com",
  automated=True, note="Yahoo 'Failure Notice' without MIME, catalog mail appended"),

M(n=60, box="customercare", cat="unclear:contradictory", client="iphone", plain_only=True,
  frm=("Kelsey Brandt", "kelseybrandt@icloud.com"), date="2025-09-17 22:14:26", quote=("reply", "news0925"),
  text="Stop the emails. Well actually the rebate ones are useful, I just don't want the newsletter? Or maybe "
       "just less of them idk\n\nSent from my iPhone\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="self-contradicting wishes (stop / keep some / fewer): unclear"),
]
