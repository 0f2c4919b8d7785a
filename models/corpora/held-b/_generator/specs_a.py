"""held-b messages 0001-0030."""
from common import M, O, ack, nest, person_reply, staff, LEGAL, CC, PH
import attach as A

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

# ---- thread for 0013: promo -> customer question -> staff answer -> new text
_t13a = person_reply("Rebecca Strand", "rstrand.ia@gmail.com", "2025-03-06 20:14:33",
                     "Re: Save $75 on a smart thermostat this spring",
                     "I bought an ecobee at Menards last Saturday (March 1). Does that still count for the $75 "
                     "or do I have to buy it through your site?\n\nBecky",
                     "<CAF7k2Lp0mQ1vZc8YdS3tX9Gg4bE7uRq2nH5aJwK6eP@mail.gmail.com>")
_t13a = nest(_t13a, "gmail", O["thermo25"], "rstrand.ia@gmail.com")
_t13b = staff("Marisol Vega", "2025-03-07 10:31:02", "RE: Save $75 on a smart thermostat this spring",
              "Hi Becky,\n\nYes, thermostats bought anywhere on or after February 1, 2025 qualify, as long as the "
              "model is on the ENERGY STAR list. Upload a copy of your receipt at alliantenergy.com/thermostat "
              "and the check is mailed in 6 to 8 weeks.\n\nMarisol Vega\nCustomer Care | Alliant Energy",
              "<SA1PR13MB6624F0A9B1C2D3E4F5A6B7C8D9E0@SA1PR13MB6624.namprd13.prod.outlook.com>")
_t13b = nest(_t13b, "outlook", _t13a, "rstrand.ia@gmail.com")

SPECS = [
M(n=1, box="customercare", cat="mo:reply-promo", client="gmail",
  frm=("Dana Whitfield", "dwhitfield77@gmail.com"), date="2025-03-05 07:42:18",
  quote=("reply", "thermo25"),
  text="Please take me off the email list for these. I get enough offers from everyone else and I don't need "
       "a thermostat.\n\nDana Whitfield\n",
  labels=[MO], ent={"name": "Dana Whitfield"}, ack="from",
  note="plain reply above a Gmail-quoted promotion; the quoted footer's unsubscribe words are not hers"),

M(n=2, box="powerhousecatalog", cat="cso:keep-catalog-disclaimer", client="outlook_biz", biz=True,
  frm=("Kristen Hallberg", "khallberg@bo-law.com"), date="2025-09-10 12:06:41",
  subject="Name sharing - please do not share", logo=(122, 28, 40),
  text="Hello,\n\nI read the note at the bottom of your fall catalog email. I do like getting the catalog at "
       "home, so please keep sending it, but I do not want my name or home address shared with any other "
       "catalog companies.\n\nName on the catalog: Kristen M. Hallberg\n1418 Oakcrest Dr\nMarion, IA 52302\n\n"
       "Thank you,\n\nKristen Hallberg\nParalegal\nBrandt Ostrowski LLP\nDirect: 319-555-0148\n\n" + LEGAL["law"] + "\n",
  labels=[CSO], ent={"name": "Kristen M. Hallberg", "postal_code": "52302"}, ack="from",
  note="keeps the catalog but refuses sharing: sharing opt-out only; long legal disclaimer and inline logo; "
       "home ZIP in body, not an office address"),

M(n=3, box="customercare", cat="auto:bounce-postfix-dsn", builder="dsn_postfix", client=None,
  date="2025-06-10 10:05:12", orig="ev25", bad="jm.marsh@prairienet.net", remote="mx01.prairienet.net",
  remote_ip="216.51.236.19", status="5.1.1",
  reason="550 5.1.1 <jm.marsh@prairienet.net>: Recipient address rejected: User unknown in virtual mailbox table",
  automated=True, note="Postfix DSN carrying the whole EV promotion as message/rfc822; its footer says "
                       "unsubscribe but nobody asked anything"),

M(n=4, box="customercare", cat="q:re-promo-other-topic", client="yahoo",
  frm=("Marisa Ochoa", "marisa.ochoa@yahoo.com"), date="2026-05-20 21:37:05",
  quote=("reply", "solar26"),
  text="Not about solar, but since I have you. My budget billing amount went from $118 to $164 starting this "
       "month and nobody told me why. Can somebody explain how that's figured? Account 4418 2290 71.\n\n"
       "Thanks\nMarisa Ochoa\n",
  labels=[Q], ent={"name": "Marisa Ochoa", "account": "4418 2290 71"}, ack="from",
  note="subject is still Re: of the solar promotion but the new text is a billing question; no opt-out"),

M(n=5, box="powerhousecatalog", cat="mo+cso:fwd-apple-request-on-top", client="apple",
  frm=("Gail Sorensen", "gailsorensen@icloud.com"), date="2026-03-15 08:12:55",
  quote=("fwd", "ph_spring26"),
  text="Please remove me from the PowerHouse catalog - the paper catalog and these emails both. And I do NOT "
       "want my name passed along to other catalog companies. I'm getting three or four catalogs a week from "
       "places I've never heard of.\n\nCustomer number from the back of the catalog: 0048812375\n\n"
       "Gail Sorensen\n",
  labels=[MO, CSO], ent={"name": "Gail Sorensen", "account": "0048812375"}, ack="from",
  note="Apple Mail 'Begin forwarded message' of our catalog mail with her own request on top; customer "
       "number from the mailing label is an account"),

M(n=6, box="customercare", cat="unclear:stop-under-outage-alert", client="iphone",
  frm=("Jeff Kaltenbach", "jkaltenbach@icloud.com"), date="2025-07-14 17:51:40",
  quote=("reply", "outage0725"), build="22F76",
  text="STOP\n\nSent from my iPhone\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="STOP under an outage alert (service mail), not under a promotion: unclear"),

M(n=7, box="customercare", cat="auto:ooo-outlook", builder="autoreply", style="outlook", client=None,
  frm=("Brian Tesch", "btesch@linncoopgrain.com"), date="2025-09-16 08:31:02", orig="news0925",
  subject="Automatic reply: Energy Insights \u2013 September 2025",
  text="Thank you for your email. I am out of the office until Monday, September 22 with limited access to "
       "email. For anything urgent please call the elevator office at 319-555-0160.\n\nBrian Tesch\n"
       "Linn Co-op Grain\n",
  automated=True, note="Exchange out-of-office to the newsletter, Auto-Submitted and X-Auto-Response-Suppress"),

M(n=8, box="customercare", cat="mo:html-only-zimbra-tables", client="zimbra", html_only=True,
  frm=("Marlys Tjaden", "mtjaden@lakesnet.net"), date="2025-10-02 09:48:27", subject="remove from mailing list",
  text="",
  html=('<div style="font-family: arial, helvetica, sans-serif;"><div><span style="font-size: 14pt;">To whom it '
        'may concern,</span></div><div><br data-mce-bogus="1"></div><div><span style="font-size: 14pt;">Please '
        'remove our name from your list for advertising, both the mailers and the email. We are retired and on a '
        'fixed income, we are not buying solar panels or anything else.</span></div><div><br data-mce-bogus="1">'
        '</div><div><span style="font-size: 14pt;">Sincerely,</span></div></div>'
        '<div><br></div><table style="border-collapse: collapse;" border="0" cellpadding="0" cellspacing="0">'
        '<tbody><tr><td style="padding: 0 10px 0 0; vertical-align: top;"><div style="width: 48px; height: 48px; '
        'background: #6a8f3c; border-radius: 24px;"></div></td><td style="vertical-align: top;"><div><table '
        'border="0" cellpadding="0" cellspacing="0"><tbody><tr><td style="font-size: 12pt; color: #333333;">'
        '<strong>Donald and Marlys Tjaden</strong></td></tr><tr><td style="font-size: 10pt; color: #777777;">'
        '2207 Hwy 9</td></tr><tr><td style="font-size: 10pt; color: #777777;">Cresco IA 52136</td></tr>'
        '</tbody></table></div></td></tr></tbody></table>'),
  labels=[MO], ent={"name": "Donald and Marlys Tjaden", "postal_code": "52136"}, ack="from",
  note="HTML-only Zimbra message, request in nested divs, name and ZIP inside a signature table"),

M(n=9, box="customercare", cat="sw:gmail-unsubscribe", client="gmail", plain_only=True, to_name=False,
  frm=("Tyler Braun", "tbraun.hawkeye@gmail.com"), date="2025-06-11 18:20:09", subject="unsubscribe",
  text="This message was automatically generated by Gmail.\n",
  labels=[MO], ent={}, ack="from",
  note="Gmail's Unsubscribe button mailing our List-Unsubscribe address; no Auto-Submitted, so it is acknowledged"),

M(n=10, box="customercare", cat="mo+q:outlook-original-message", client="outlook_smtp", orig_marker=True,
  frm=("Gary Lindqvist", "glindqvist@mchsi.com"), date="2025-10-22 06:55:13", isp="smtp.mchsi.com",
  quote=("reply", "audit25"),
  text="Please remove us from your promotional mailings, email and postal both.\n\nAlso I would like someone "
       "to explain the $15.00 late fee on my October bill. I have been on autopay for 6 years and the payment "
       "came out on the due date like always. Account # 5512-0873-44\n\nGary Lindqvist\nPh 563-555-0119\n",
  labels=[MO, Q], ent={"name": "Gary Lindqvist", "account": "5512-0873-44"}, ack="from",
  note="Outlook '-----Original Message-----' reply to the assessment promo: opt-out plus a late-fee question"),

M(n=11, box="powerhousecatalog", cat="cso:es-outlook-com", client="outlook_com", lang="es",
  frm=("María José Ybarra", "mj.ybarra@hotmail.com"), date="2025-09-20 15:03:44",
  subject="Por favor no compartan mis datos",
  text="Buenas tardes:\n\nRecibo su catálogo en casa y está bien, pero no quiero que compartan mi nombre ni mi "
       "dirección con otras compañías de catálogos. Por favor anótenlo en mi cuenta.\n\nMaría José Ybarra\n"
       "Muscatine, IA 52761\n",
  labels=[CSO], ent={"name": "María José Ybarra", "postal_code": "52761"}, ack="from",
  note="Spanish, iso-8859-1, RFC 2047 sender name; keeps the catalog, refuses sharing"),

M(n=12, box="customercare", cat="auto:list-post-mailman", builder="mailman", client=None,
  frm=("Paul Denning", "pdenning.cr@gmail.com"), date="2026-02-03 19:22:10",
  listaddr="ia-energy-advocates@lists.iowaenergycoalition.org", list_desc="IA Energy Advocates",
  subject="[ia-energy-advocates] Utility marketing opt-outs - anyone tried?",
  text="Has anyone on the list actually gotten a utility to stop the marketing mail? I wrote to Alliant's "
       "customercare address in the fall asking them to opt me out and not share my name with the catalog "
       "people, and the postcards stopped after about two weeks.\n\nCurious whether MidAmerican customers "
       "have had the same luck. Might be worth a short how-to on the wiki.\n\nPaul\n",
  automated=True, note="personalized Mailman post that happens to reach our mailbox; talks about opting out "
                       "but is list traffic, not a request"),

M(n=13, box="customercare", cat="q:thread-three-levels", client="gmail",
  frm=("Rebecca Strand", "rstrand.ia@gmail.com"), date="2025-05-28 12:09:51",
  quote=("reply", _t13b),
  text="Hi Marisol,\n\nI uploaded the receipt on March 10 like you said and still no rebate check. It's been "
       "11 weeks. Could you check on it? My account number is 3308 6614 90.\n\nThank you,\nBecky Strand\n",
  labels=[Q], ent={"name": "Becky Strand", "account": "3308 6614 90"}, ack="from",
  note="new text above three levels of quotes (staff answer, her question, the promo); rebate status question only"),

M(n=14, box="customercare", cat="thanks:reply-to-ack", client="gmail",
  frm=("Peggy Ann Wirtz", "pegwirtz@gmail.com"), date="2025-07-21 10:40:03",
  quote=("reply", ack("CC-2025-07-03318", "2025-07-21 10:02:11", "91c2e7a0")),
  text="Thank you so much!\n\nPeg\n",
  labels=[], ent={"name": "Peg"}, ack=None,
  note="thank-you under our acknowledgement: nothing to do, no answer (avoids an ack loop)"),

M(n=15, box="powerhousecatalog", cat="auto:mailhouse-report", builder="bulk", esp="raw", client=None,
  frm=("DataFlow Mail Services", "jobreports@dataflowmail.com"), date="2025-09-24 16:02:37",
  helo="relay2.dataflowmail.com", ip="64.136.18.42", subject="Job 25-4471 PowerHouse Fall 2025: suppression "
  "processing complete",
  text="DataFlow Mail Services - Job Processing Report\n\nClient:        PowerHouse Catalog (an Alliant Energy "
       "company)\nJob:           25-4471  Fall 2025 catalog drop\nList date:     09/22/2025\n\n"
       "Input records ................................ 184,306\nNCOA moves updated ........................... "
       "6,912\nDeceased suppression (DMA) ...................... 417\nDMAchoice opt-out suppression .................. "
       "2,038\nClient do-not-mail file ...................... 1,144\nClient do-not-share flag (excluded from "
       "exchange file) ... 3,270\nDuplicates removed ............................ 1,009\n\nMail file released: "
       "172,786 records\nExchange/rental file released: 169,516 records\n\nFiles are available on the SFTP site "
       "under /outgoing/25-4471/. This is an automated message; please contact your account manager with "
       "questions.\n",
  automated=True, note="mail house's job report full of 'opt-out' and 'do-not-share' wording; vendor system mail"),

M(n=16, box="customercare", cat="mo:winmail-dat", client="outlook_smtp", tnef=True,
  frm=("Harold Brekke", "hbrekke@netins.net"), date="2025-11-12 13:27:06", isp="smtp.netins.net",
  subject="Remove from mailing",
  text="Please remove Harold and Jean Brekke from all your promotional mail. We get the postcards about furnace "
       "tune ups and the energy assessment every couple weeks. Also no emails.\n\nHarold and Jean Brekke\n"
       "3116 Quarry Rd\nDecorah, IA 52101\n",
  labels=[MO], ent={"name": "Harold and Jean Brekke", "postal_code": "52101"}, ack="from",
  note="Outlook Rich Text: plain body plus winmail.dat; joint names kept joint"),

M(n=17, box="customercare", cat="unclear:empty-reply", client="apple",
  frm=("Curt Hollenbeck", "curt.hollenbeck@me.com"), date="2026-01-14 07:03:29",
  quote=("reply", "renew26"), text="",
  labels=[], unclear=True, ent={}, ack="from",
  note="Apple Mail reply with no new text at all above the quoted renewable-energy promo"),

M(n=18, box="customercare", cat="auto:phish-mailbox-full", builder="bulk", esp="raw", client=None,
  frm=("Mail Administrator", "it-helpdesk@alliant-energy-secure.com"), date="2025-08-19 03:14:52",
  helo="vps-4417.hostwindsdns.com", ip="142.11.206.73", dkim_res="none", spf="softfail", dmarc="none",
  score="4.1", subject="Action Required: customercare@alliant-energy.com mailbox storage 98% full",
  html='<html><body><table width="100%" style="font-family:Segoe UI,Arial"><tr><td style="background:#0078d4;'
       'color:#fff;padding:12px;font-size:18px">Microsoft 365</td></tr><tr><td style="padding:16px">'
       '<p>Dear customercare,</p><p>Your mailbox <b>customercare@alliant-energy.com</b> has reached <b>98%</b> '
       'of its storage limit. Incoming messages will be <span style="color:#c00">rejected</span> after '
       '24 hours.</p><p>To avoid losing email, verify your account and increase storage now:</p>'
       '<p><a href="https://alliant-energy-secure.com/owa/verify?u=customercare" style="background:#0078d4;'
       'color:#fff;padding:10px 18px;text-decoration:none">Increase Storage</a></p><p>To opt out of storage '
       'alerts, click <a href="https://alliant-energy-secure.com/optout">here</a>.</p><p>IT Service Desk</p>'
       '</td></tr></table></body></html>',
  automated=True, note="credential phishing, HTML only, lookalike domain; contains 'opt out' but is spam"),

M(n=19, box="customercare", cat="mo+q:webform-relay", client="webform",
  frm=("Alliant Energy Website", "noreply@alliantenergy.com"), reply_to="Leticia Brandvold <lbrandvold@outlook.com>",
  date="2026-02-09 14:22:47", subject="Contact Us: Moving / Start-Stop Service",
  text="Contact Us - Web Form Submission\nSubmitted: 02/09/2026 2:22 PM CST\n\nName: Leticia Brandvold\n"
       "Email: lbrandvold@outlook.com\nPhone: 319-555-0133\nAccount number: 2019 4471 06\nService address: "
       "904 7th Ave SW, Cedar Rapids, IA 52404\nTopic: Moving / Start-Stop Service\n\nMessage:\nWe are moving "
       "out March 1 to an apartment in Hiawatha. Please stop service at this address on Feb 28 and tell me what "
       "I need to do to start it at the new place (1150 N Center Point Rd Apt 12). Also please stop mailing me "
       "the promotional postcards, they pile up and nobody reads them.\n\n--\nThis message was sent from the "
       "Contact Us form at alliantenergy.com. Reply to respond to the customer.\n",
  labels=[MO, Q], ent={"name": "Leticia Brandvold", "account": "2019 4471 06", "postal_code": "52404"},
  ack="reply",
  note="our Contact Us relay (From noreply, customer in Reply-To): move request plus stop promotional postcards"),

M(n=20, box="powerhousecatalog", cat="mo:thunderbird-flowed", client="thunderbird",
  frm=("Ron Vandermolen", "rvandermolen@iowatelecom.net"), date="2025-09-08 10:15:22",
  isp="smtp.iowatelecom.net", subject="catalog",
  text="Hi,\n\nI'd like to stop receiving the PowerHouse catalog. It still comes addressed to my late wife and "
       "me, and we don't need it anymore. Please take us both off the mailing list.\n\nRon Vandermolen\n"
       "411 S Maple St\nPella, IA 50219\n",
  labels=[MO], ent={"name": "Ron Vandermolen", "postal_code": "50219"}, ack="from",
  note="format=flowed Thunderbird; stopping the catalog is marketing, not sharing; household member writing "
       "for his own address"),

M(n=21, box="customercare", cat="mo+cso:inline-interleaved", client="mutt", inline=True, nowrap=True,
  frm=("Walt Kessler", "walt@kessler-home.net"), date="2025-06-12 22:41:17", quote=("reply", "ev25"),
  subject="Re: Charge at home for less: EV charger rebates up to $500",
  text="On Tue, Jun 10, 2025 at 10:02:44AM -0500, Alliant Energy wrote:\n> Thinking about an electric vehicle?\n\n"
       "No. I drive a 2009 Silverado and I intend to keep driving it.\n\n"
       "> Install a qualifying Level 2 home charger and Alliant Energy will send you up\n> to $500.\n\n"
       "Not interested.\n\n"
       "> If you would rather not hear from us about new products, services, programs\n> or special offers by "
       "e-mail or postal mail, reply to customercare@alliant-energy.com\n> and tell us, or use the unsubscribe "
       "link.\n\nConsider this me telling you. No more offers by mail or e-mail. And\nwhile you're at it, "
       "don't share my name or address with your affiliates or\nanybody else you do business with.\n\n-- \n"
       "Walt Kessler\nMount Vernon, Iowa\n",
  labels=[MO, CSO], ent={"name": "Walt Kessler"}, ack="from",
  note="mutt inline reply interleaved with our quoted promo; the request only makes sense with his own "
       "sentences between the quotes"),

M(n=22, box="customercare", cat="auto:calendar-outlook", builder="calendar", style="outlook", client=None,
  frm=("Jenna Moravec", "jmoravec@brightlinecreative.com"), date="2025-07-29 11:02:40",
  to_hdr="Alliant Energy <customercare@alliant-energy.com>, Sam Oyelaran <soyelaran@brightlinecreative.com>",
  subject="Q3 email campaign review \u2013 Alliant Energy", topic="Q3 email campaign review \u2013 Alliant Energy",
  text="When: Tuesday, August 5, 2025 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).\nWhere: "
       "Microsoft Teams Meeting\n\nHi all, let's walk through open rates, unsubscribes and the opt-out "
       "handling for the fall sends.\n\n____________\nMicrosoft Teams Need help?\nJoin the meeting now\n"
       "Meeting ID: 284 661 905 337\nPasscode: 7Xq2pB\n",
  ics="BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
      "BEGIN:VTIMEZONE\r\nTZID:Central Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
      "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\n"
      "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\n"
      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
      "ORGANIZER;CN=Jenna Moravec:mailto:jmoravec@brightlinecreative.com\r\n"
      "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alliant Energy:mailto:customercare@alli\r\n"
      " ant-energy.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Oyelaran:mailto:s\r\n"
      " oyelaran@brightlinecreative.com\r\nDESCRIPTION;LANGUAGE=en-US:Hi all\\, let's walk through open rates\\,\r\n"
      "  unsubscribes and the opt-out handling for the fall sends.\\n\r\nUID:040000008200E00074C5B7101A82E0080000"
      "0000A0F3C2E1D4F8DB01000000000000000010000000B7C6D5E4F3A2B1C0\r\nSUMMARY;LANGUAGE=en-US:Q3 email campaign "
      "review - Alliant Energy\r\nDTSTART;TZID=Central Standard Time:20250805T100000\r\nDTEND;TZID=Central "
      "Standard Time:20250805T110000\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20250729T160240Z\r\n"
      "TRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nLOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n",
  automated=True, note="Outlook meeting request (text/calendar) from the agency; mentions opt-out handling"),

M(n=23, box="customercare", cat="sw:outlook-com-unsubscribe", client="outlook_com", to_name=False,
  frm=("Erin Paulsen", "erin.paulsen@outlook.com"), date="2025-09-17 06:11:58", subject="unsubscribe", text="",
  labels=[MO], ent={}, ack="from",
  note="Outlook.com unsubscribe action: empty body, subject from our List-Unsubscribe mailto"),

M(n=24, box="powerhousecatalog", cat="q:es-where-did-you-get-my-name", client="yahoo", lang="es",
  frm=("Rosa Delgado", "rosadelgado71@yahoo.com"), date="2025-09-12 16:44:20", subject="Catálogo",
  text="Hola, buenas tardes.\n\n¿Por qué me llega este catálogo de PowerHouse a mi casa? Yo nunca he comprado "
       "nada de ustedes. ¿De dónde sacaron mi nombre y mi dirección?\n\nGracias,\nRosa Delgado\n",
  labels=[Q], ent={"name": "Rosa Delgado"}, ack="from",
  note="Spanish; asks why she gets the catalog and where the name came from: a question, not an opt-out"),

M(n=25, box="customercare", cat="mo:samsung-base64", client="samsung",
  frm=("Tony Ruggiero", "truggiero88@gmail.com"), date="2026-04-08 12:30:16", quote=("reply", "fridge26"),
  text="Pls no more emails about recycling or anything else. Thx\n\nTony\n\nSent from my Galaxy\n",
  labels=[MO], ent={"name": "Tony"}, ack="from",
  note="Samsung Email, both parts base64; first name only still counts as name"),

M(n=26, box="customercare", cat="unclear:deceased-parent-no-standing", client="gmail",
  frm=("Linda Voss-Keller", "lvosskeller@gmail.com"), date="2026-02-17 19:58:02", subject="My mother's mail",
  text="Hello,\n\nMy mother, Eleanor Voss, passed away in January. She still gets your mailers and the "
       "renewable energy emails at the house on Grant Street in Dubuque where my dad still lives. Please stop "
       "sending them, it is hard for my dad to keep seeing her name.\n\nThank you,\nLinda\n",
  labels=[], unclear=True, ent={"name": "Eleanor Voss"}, ack="from",
  note="daughter writing about her deceased mother's mail at her father's house; standing unclear"),

M(n=27, box="customercare", cat="auto:newsletter-chamber", builder="bulk", esp="mailchimp", client=None,
  frm=("Linn Area Chamber of Commerce", "news@linnareachamber.org"), date="2025-10-07 07:00:03",
  subject="This Week at the Chamber: ribbon cuttings, Business After Hours & more",
  list_id="Linn Area Chamber <3f0c1b2a9d8e7f6a5b4c3d2e1.847213.list-id.mcsv.net>",
  lu="<https://linnareachamber.us14.list-manage.com/unsubscribe?u=3f0c1b2a9d8e7f6a5b4c3d2e1&id=9a8b7c6d5e>, "
     "<mailto:unsubscribe-mc.us14_3f0c1b2a9d8e7f6a5b4c3d2e1.9a8b7c6d5e@unsubscribe.mailchimpapp.net>",
  text="This Week at the Chamber\n\nRibbon cutting: Cornerstone Dental, Thursday 4 PM\nBusiness After Hours "
       "hosted by Alliant Energy, Oct. 16\nMember spotlight: Prairie Mill Bakery\n\nYou are receiving this "
       "email because you are a Chamber member contact.\nUnsubscribe | Update your preferences\n",
  html='<!doctype html><html><body><table width="100%" bgcolor="#f4f4f4"><tr><td align="center"><table width="600"'
       ' bgcolor="#ffffff"><tr><td style="padding:20px;font-family:Georgia,serif;font-size:24px;color:#1d3c6e">'
       'This Week at the Chamber</td></tr><tr><td style="padding:0 20px;font-family:Arial;font-size:14px">'
       '<p><b>Ribbon cutting:</b> Cornerstone Dental, Thursday 4 PM</p><p><b>Business After Hours</b> hosted by '
       'Alliant Energy, Oct. 16</p><p><b>Member spotlight:</b> Prairie Mill Bakery</p></td></tr><tr><td '
       'style="padding:20px;font-size:11px;color:#888">You are receiving this email because you are a Chamber '
       'member contact.<br><a href="https://linnareachamber.us14.list-manage.com/unsubscribe">Unsubscribe</a>'
       '</td></tr></table></td></tr></table></body></html>',
  automated=True, note="someone else's Mailchimp newsletter (List-Id, List-Unsubscribe); bulk, not a request"),

M(n=28, box="customercare", cat="q:html-only-ox-complaint", client="ox", html_only=True,
  frm=("Dale Pfeiffer", "dpfeiffer54@comcast.net"), date="2025-08-27 17:26:48", subject="tree crew left a mess",
  text="",
  html='<div class="default-style">Your tree trimming crew was on our block Monday. They took down the limbs '
       'by the line fine but left branches all over the back yard and drove a bucket truck across the lawn '
       'when it was soaked. There are ruts 6 inches deep.</div><div class="default-style">&nbsp;</div>'
       '<div class="default-style">Who do I talk to about getting the yard fixed? Is there a claim form?</div>'
       '<div class="default-style">&nbsp;</div><div class="default-style"><table style="border-collapse: '
       'collapse;"><tr><td style="border-left: 3px solid #999; padding-left: 6px;"><div>Dale Pfeiffer</div>'
       '<div>2418 Kellogg Ave</div><div>Janesville WI 53545</div><div>608-555-0127</div></td></tr></table></div>',
  labels=[Q], ent={"name": "Dale Pfeiffer", "postal_code": "53545"}, ack="from",
  note="Comcast Open-Xchange HTML-only complaint about a tree crew; needs a person"),

M(n=29, box="powerhousecatalog", cat="cso+q:who-got-my-name", client="outlook_com",
  frm=("Nathan Oyler", "nate.oyler@live.com"), date="2025-12-01 20:10:31", subject="Who did you share my name with?",
  text="I started getting catalogs from two companies I've never bought from, both with my name spelled "
       "\"Nathan Oyller\" - the same typo as on my PowerHouse catalog label. So it seems pretty clear where "
       "they got it.\n\n1) Please don't share my name or address with anyone else from now on.\n2) I'd like a "
       "list of which companies you've already shared it with.\n\nNathan Oyler\nBeloit, WI 53511\n",
  labels=[CSO, Q], ent={"name": "Nathan Oyler", "postal_code": "53511"}, ack="from",
  note="sharing opt-out plus a request for the list of recipients (question); misspelled name appears too"),

M(n=30, box="customercare", cat="auto:bounce-exim-legacy", builder="exim_bounce", client=None,
  date="2025-09-16 08:47:55", orig="news0925", bad="mhalverson@riverbendtel.net",
  remote="mail.riverbendtel.net", remote_ip="199.120.69.14",
  reason="mailbox is full: retry timeout exceeded",
  automated=True, note="Exim bounce without MIME, our newsletter copied inline below the marker"),
]
