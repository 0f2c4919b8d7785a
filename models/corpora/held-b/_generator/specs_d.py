"""held-b messages 0091-0120."""
from common import M, O, ack, nest, person_reply, staff, LEGAL, CC, PH
from mailkit import local
import attach as A

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

_ack101 = ack("CC-2025-11-05530", "2025-11-18 10:44:51", "5e02d7c4")

# 0104: he forwards his own earlier message
_own104 = person_reply("Alan Vesely", "alan.vesely@gmail.com", "2026-02-10 19:31:02", "Do not share my information",
                       "Hello,\n\nPlease do not share my name, address or any other information with other "
                       "companies, including the catalog companies PowerHouse trades lists with.\n\nAlan Vesely\n"
                       "1544 Prairie Ave, Beloit WI 53511",
                       "<CAH3r9yTq0Lk4pWm8sXb2nE7fJd5gV1cZaU6hR2oPi9@mail.gmail.com>")

_digest94 = (
    "Send MW-Utility-Watch mailing list submissions to\n\tmw-utility-watch@lists.consumerenergywatch.org\n\n"
    "Today's Topics:\n\n   1. Re: Alliant rate case hearing dates (Sharon Meis)\n   2. How I stopped the "
    "PowerHouse catalog (Ken Albrecht)\n   3. Smart meter data - who sees it? (J. Oduya)\n\n"
    "----------------------------------------------------------------------\n\nMessage: 1\nDate: Mon, 9 Mar 2026 "
    "08:14:02 -0500\nFrom: Sharon Meis <smeis@example.net>\nSubject: Re: Alliant rate case hearing dates\n\n"
    "The IUB posted the schedule, public comment is April 14 in Cedar Rapids.\n\n"
    "------------------------------\n\nMessage: 2\nDate: Mon, 9 Mar 2026 11:40:55 -0500\nFrom: Ken Albrecht "
    "<kalbrecht@example.net>\nSubject: How I stopped the PowerHouse catalog\n\nI emailed "
    "powerhousecatalog@alliant-energy.com: \"Please remove me from your mailing list and do not share my name.\" "
    "Got a reference number back the same day.\n\n------------------------------\n\nMessage: 3\nDate: Mon, 9 Mar "
    "2026 20:02:17 -0500\nFrom: J. Oduya <joduya@example.net>\nSubject: Smart meter data - who sees it?\n\n"
    "Does anyone know if 15-minute interval data is shared with third parties?\n\n"
    "------------------------------\n\nEnd of MW-Utility-Watch Digest, Vol 12, Issue 9\n"
    "************************************************\n")

_png117 = A.png(64, 40, (236, 230, 210))

SPECS = [
M(n=91, box="customercare", cat="mo:es-thunderbird-latin1-8bit", client="thunderbird", lang="es",
  frm=("José Luis Ibáñez", "jlibanez@mchsi.com"), date="2025-09-22 21:05:44", isp="smtp.mchsi.com",
  charset="ISO-8859-1", cte="8bit", subject="Quitar de lista de promociones",
  text="Buenas noches:\n\nFavor de quitarme de su lista de correo promocional. No me interesan las ofertas ni el "
       "boletín. Sigan mandando la factura normal.\n\nAtte.\nJosé Luis Ibáñez\nWest Liberty, IA 52776\n",
  labels=[MO], ent={"name": "José Luis Ibáñez", "postal_code": "52776"}, ack="from",
  note="Spanish, ISO-8859-1 8bit format=flowed Thunderbird; RFC 2047 name; keeps the bill"),

M(n=92, box="customercare", cat="mo+q:rfc2047-emoji-subject", client="gmail", subj_mode="B",
  frm=("Zoë Ángeles-Pruitt", "zoe.angelespruitt@gmail.com"), date="2026-01-27 08:36:10",
  subject="\u26a1 bill doubled?? + stop the promo emails",
  text="Hi!\n\nTwo things:\n\n1. My January bill is $287, December was $139. Same house, same thermostat "
       "setting. Can someone look at whether the meter is reading right? Acct 5018 7723 40\n\n2. Please stop "
       "sending me the promo emails (renewable energy, solar, etc).\n\nThanks so much,\nZoë\n",
  labels=[MO, Q], ent={"name": "Zoë", "account": "5018 7723 40"}, ack="from",
  note="RFC 2047 base64 name and emoji subject; high-bill question plus marketing opt-out"),

M(n=93, box="powerhousecatalog", cat="mo+cso:roundcube-base64", client="roundcube", cte="base64",
  frm=("Terri Langreck", "tlangreck@netins.net"), date="2025-09-05 15:55:27", isp="mail.netins.net",
  subject="Stop catalog / no name sharing",
  text="Hello,\n\nPlease stop mailing the PowerHouse catalog to our house and please do not sell or share our "
       "name and address with anyone.\n\nThe label says:\nTERRI LANGRECK\n2021 LINCOLN WAY\nNEVADA IA 50201-2234\n"
       "CUST 0059 7141 88\n\nThank you\nTerri\n",
  labels=[MO, CSO], ent={"name": "TERRI LANGRECK", "postal_code": "50201-2234", "account": "0059 7141 88"},
  ack="from",
  note="Roundcube with a base64 text part; label copied in capitals with ZIP+4 and catalog customer number"),

M(n=94, box="customercare", cat="auto:list-digest", builder="mailman", client=None, digest=True,
  frm=("", "mw-utility-watch-request@lists.consumerenergywatch.org"), date="2026-03-10 06:00:02",
  listaddr="mw-utility-watch@lists.consumerenergywatch.org", list_desc="MW-Utility-Watch",
  subject="MW-Utility-Watch Digest, Vol 12, Issue 9", text=_digest94,
  automated=True, note="mailing-list digest quoting someone's opt-out wording; list traffic"),

M(n=95, box="customercare", cat="unclear:as-i-asked-before", client="outlook_smtp", no_msgid=True,
  frm=("Norm Kuehl", "nkuehl@iowatelecom.net"), date="2026-04-20 10:12:00", isp="smtp.iowatelecom.net",
  subject="AGAIN",
  text="As I asked before, please take care of this. I'm tired of asking.\n\nNorm Kuehl\n",
  labels=[], unclear=True, ent={"name": "Norm Kuehl"}, ack="from",
  note="refers to an earlier request without saying what: unclear"),

M(n=96, box="customercare", cat="sw:gmail-unsubscribe-es", client="gmail", plain_only=True, lang="es",
  to_name=False, frm=("Maricela Ponce", "maricelaponce.wi@gmail.com"), date="2025-09-16 09:20:55",
  subject="unsubscribe", text="Gmail ha generado este mensaje de forma automática.\n",
  labels=[MO], ent={}, ack="from",
  note="Gmail Unsubscribe button in Spanish UI; person-triggered, no Auto-Submitted"),

M(n=97, box="customercare", cat="mo:explicit-under-service-mail", client="iphone",
  frm=("Kurt Wendt", "kwendt@icloud.com"), date="2026-04-28 13:02:31", quote=("reply", "maint0426"),
  text="Fine on the outage, we'll be at work. But while I have you, stop sending me the solar and "
       "rebate sales emails. I only want notices like this one.\n\nKurt\n\nSent from my iPhone\n",
  labels=[MO], ent={"name": "Kurt"}, ack="from",
  note="reply under planned-maintenance service mail, but he names the promotional e-mails to stop: opt-out"),

M(n=98, box="powerhousecatalog", cat="q:did-you-share-my-name", client="apple",
  frm=("Maureen Gallagher", "mgallagher@mac.com"), date="2026-04-03 17:45:12",
  subject="Did PowerHouse sell my address?",
  text="Hello,\n\nI've started getting a catalog from Cabin Creek Outfitters with my name misspelled "
       "\"Maureen Galagher\" - the same way it's misspelled on the PowerHouse catalog. Did you give or sell my "
       "name to them? I'd like to know before I decide anything.\n\nMaureen Gallagher\n",
  labels=[Q], ent={"name": "Maureen Gallagher"}, ack="from",
  note="asks whether her name was shared; a question, explicitly undecided about opting out"),

M(n=99, box="customercare", cat="auto:phish-invoice-attachment", builder="bulk", esp="raw", client=None,
  frm=("Accounts Receivable", "ar@gr8lakes-supplyco.com"), date="2025-12-18 01:12:44",
  helo="mail.gr8lakes-supplyco.com", ip="91.92.243.10", dkim_res="none", spf="softfail", dmarc="none",
  score="5.6", subject="RE: Overdue invoice INV-20931 - Alliant Energy",
  text="Hello,\n\nPlease find attached the overdue invoice. Kindly process payment today to avoid late fees. "
       "Open the attachment in your browser to view.\n\nRegards,\nAccounts Receivable\n",
  att=[("raw", None)],
  automated=True, note="invoice phishing with an HTML attachment; no relation to a customer request"),

M(n=100, box="customercare", cat="mo:vcard-attached", client="gmail",
  frm=("Jolene Brinkert", "jolenebrinkert@gmail.com"), date="2025-07-08 11:31:40", subject="Unsubscribe",
  att=[("vcf-x", "Jolene Brinkert.vcf", A.vcard("Jolene Brinkert", "Brinkert", "Jolene", "jolenebrinkert@gmail.com",
                                                 tel="319-555-0108", v3=False))],
  text="Unsubscribe me please from all advertising emails. Contact card attached if you need it.\n\nJolene\n",
  labels=[MO], ent={"name": "Jolene"}, ack="from",
  note="fresh mail with an old-style text/x-vcard; entities only from the body"),

M(n=101, box="customercare", cat="unclear:short-reply-to-ack", client="gmail",
  frm=("Ray Tjelmeland", "raytjelmeland@gmail.com"), date="2025-11-18 12:02:07", quote=("reply", _ack101),
  text="remove\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="one-word 'remove' under our acknowledgement, not under a promotion: unclear"),

M(n=102, box="customercare", cat="auto:no-longer-monitored", builder="autoreply", style="plain", client=None,
  frm=("", "info@cedarvalleyquilts.com"), date="2026-01-13 09:02:40", orig="renew26",
  subject="This mailbox is no longer monitored", host="mail.cedarvalleyquilts.com", irt=True, msgid=False,
  text="This email address is no longer monitored. Cedar Valley Quilt Shop closed on December 31, 2025. Thank you "
       "for 22 wonderful years!\n",
  automated=True, note="'no longer monitored' auto-reply without Auto-Submitted and without Message-ID"),

M(n=103, box="customercare", cat="mo+q:es-outlook-biz", client="outlook_biz", lang="es", biz=True,
  frm=("Alejandra Montes", "amontes@panaderialaespiga.com"), date="2026-02-05 09:44:18", quote=("reply", "renew26"),
  text="Buenos días,\n\nPor favor dejen de enviarnos promociones a este correo y por correo postal.\n\nAdemás "
       "quisiera saber por qué la factura de la panadería subió casi $300 en enero. No cambiamos nada. Cuenta "
       "8150 2276 09.\n\nSaludos,\nAlejandra Montes\nPanadería La Espiga\n",
  labels=[MO, Q], ent={"name": "Alejandra Montes", "account": "8150 2276 09"}, ack="from",
  note="Spanish Outlook reply (De:/Enviado:/Para:/Asunto:) to a promo: opt-out plus a billing question"),

M(n=104, box="customercare", cat="cso+q:forwards-own-earlier-mail", client="gmail",
  frm=("Alan Vesely", "alan.vesely@gmail.com"), date="2026-03-12 08:05:19", quote=("fwd", _own104),
  text="Forwarding what I sent last month. I never got any reply. Can you confirm this has been done?\n",
  labels=[CSO, Q], ent={"name": "Alan Vesely", "postal_code": "53511"}, ack="from",
  note="forwards his own earlier message, so its words count: sharing opt-out, plus 'confirm' needs an answer"),

M(n=105, box="powerhousecatalog", cat="auto:trade-newsletter", builder="bulk", esp="mailchimp", client=None,
  frm=("Catalog Success Weekly", "editor@catalogsuccessweekly.com"), date="2026-02-17 06:15:00",
  subject="List rental prices are up 8% \u2014 and 4 other things catalogers need to know",
  list_id="Catalog Success Weekly <8c1e4f0a2b3d5c6e7f8a9b0c1.226114.list-id.mcsv.net>",
  lu="<https://catalogsuccessweekly.us21.list-manage.com/unsubscribe?u=8c1e4f0a&id=2b3d5c>",
  text="Catalog Success Weekly\n\n1. List rental prices are up 8%\n2. Why do-not-share requests are rising\n"
       "3. Postal rate changes in July\n\nUnsubscribe | Update preferences\n",
  html='<html><body><table width="600" align="center"><tr><td style="font-family:Georgia;font-size:26px">Catalog '
       'Success Weekly</td></tr><tr><td style="font-family:Arial"><ol><li>List rental prices are up 8%</li><li>'
       'Why do-not-share requests are rising</li><li>Postal rate changes in July</li></ol></td></tr><tr><td '
       'style="font-size:10px"><a href="https://catalogsuccessweekly.us21.list-manage.com/unsubscribe">'
       'Unsubscribe</a></td></tr></table></body></html>',
  automated=True, note="trade newsletter about list rental and do-not-share trends; bulk"),

M(n=106, box="customercare", cat="q:samsung-spoiled-food", client="samsung",
  frm=("Darlene Kopecky", "darlenekopecky@gmail.com"), date="2025-07-15 07:48:20", quote=("reply", "restored0725"),
  text="Power is back thank you but we were out almost 5 hours and everything in the chest freezer thawed. Is "
       "there any way to get reimbursed for the food? Probably $300 worth of meat.\n\nDarlene Kopecky\n"
       "Sent from my Galaxy\n",
  labels=[Q], ent={"name": "Darlene Kopecky"}, ack="from",
  note="reply to a restoration notice asking about a claim; question only"),

M(n=107, box="customercare", cat="cso:proton-do-not-sell", client="proton",
  frm=("R. Okonkwo", "r.okonkwo@proton.me"), date="2026-05-21 22:40:08", quote=("reply", "solar26"),
  text="You can keep sending program emails, I don't mind those. But do not sell or share my personal "
       "information with third parties or your \"partners\", solar installers included.\n\nRichard Okonkwo\n",
  labels=[CSO], ent={"name": "Richard Okonkwo"}, ack="from",
  note="keeps marketing e-mail, refuses sharing with partners: sharing opt-out only"),

M(n=108, box="powerhousecatalog", cat="cso:outlook-1252-health-disclaimer", client="outlook_smtp",
  frm=("Angela Reuter", "areuter@mercyvalleyhealth.org"), date="2025-10-09 12:30:51",
  isp="smtp.mercyvalleyhealth.org", subject="Do not share my name \u2013 PowerHouse",
  text="Hi,\n\nI\u2019m writing from work, sorry. I get the PowerHouse catalog at home and that\u2019s fine, but "
       "please don\u2019t share my name or home address with other catalog companies.\n\nHome address on the "
       "catalog: Angela Reuter, 812 Harrison St, Waterloo IA 50703\n\nThanks,\nAngie\n\n" + LEGAL["health"] + "\n",
  labels=[CSO], ent={"name": "Angela Reuter", "postal_code": "50703"}, ack="from",
  note="windows-1252 curly quotes, HIPAA disclaimer; home address given in the body (not the employer's)"),

M(n=109, box="customercare", cat="unclear:es-ya-no-under-reminder", client="yahoo", lang="es",
  frm=("Fernando Quiroz", "fquiroz_77@yahoo.com"), date="2026-02-18 20:11:45", quote=("reply", "remind0226"),
  text="Ya no.\n",
  labels=[], unclear=True, ent={}, ack="from",
  note="Spanish 'Ya no.' under a payment reminder (service mail): unclear"),

M(n=110, box="customercare", cat="auto:cold-list-vendor", builder="bulk", esp="raw", client=None,
  frm=("Heather Collins", "heather.collins@verifiedhomeownerdata.net"), date="2025-05-13 10:40:19",
  helo="smtp.verifiedhomeownerdata.net", ip="162.244.80.33", dkim_res="none", spf="fail", dmarc="none",
  score="3.9", subject="Re: homeowner mailing lists for Iowa & Wisconsin",
  text="Hi,\n\nFollowing up on my note from last week. We have 1.2M verified homeowner records for Iowa and "
       "Wisconsin, opt-in email and postal, CAN-SPAM compliant, perfect for your rebate campaigns.\n\nCan I send "
       "over pricing and a sample?\n\nIf this isn't relevant, reply \"remove\" and I'll take you off my list.\n\n"
       "Heather Collins\nVerified Homeowner Data\n",
  automated=True, note="cold list-selling pitch posing as a follow-up; not a request from anyone we mail"),

M(n=111, box="customercare", cat="mo+cso+q:fwd-outlook-from-work", client="outlook_biz", biz=True,
  frm=("Jessica Aldana", "jaldana@crstmedical.org"), date="2026-05-22 12:15:02", quote=("fwd", "solar26"),
  text="Hi,\n\nForwarding this from my work account because I can't find the unsubscribe link on my phone. "
       "Please take my personal email (j.aldana.ia@gmail.com) off all your promotional lists, and don't share "
       "my name or address with the solar installers or anyone else.\n\nAlso, is there a way to manage this "
       "myself online so I don't have to email?\n\nJessica Aldana\n",
  labels=[MO, CSO, Q], ent={"name": "Jessica Aldana"}, ack="from",
  note="Outlook FW: of a promo from a work account: both opt-outs plus a how-to question; the personal address "
       "is only mentioned, not a Reply-To"),

M(n=112, box="powerhousecatalog", cat="mo+cso:gmail-plain-rfc2047", client="gmail", plain_only=True,
  frm=("Siobhán O'Rourke", "siobhan.orourke@gmail.com"), date="2025-09-04 19:22:38",
  subject="Don\u2019t share my name \u2013 and no more catalogs",
  text="Hello,\n\nTwo requests: please stop sending me the PowerHouse catalog, and please don't share my name or "
       "address with any other company.\n\nSiobhán O'Rourke\nMadison WI 53704\n",
  labels=[MO, CSO], ent={"name": "Siobhán O'Rourke", "postal_code": "53704"}, ack="from",
  note="Gmail plain-text mode; encoded name with apostrophe and curly quote in the RFC 2047 subject"),

M(n=113, box="customercare", cat="q:policy-email-sharing", client="roundcube",
  frm=("Helen Schmitt", "hschmitt@netins.net"), date="2025-05-27 11:05:49", isp="mail.netins.net",
  subject="Privacy policy question",
  text="Good morning,\n\nYour privacy policy says PowerHouse shares names and postal addresses with other catalog "
       "companies. Does Alliant Energy itself share my email address or phone number with PowerHouse or anyone "
       "else? I'm just trying to understand what happens to my information.\n\nHelen Schmitt\n",
  labels=[Q], ent={"name": "Helen Schmitt"}, ack="from",
  note="a question about the privacy policy; no opt-out asked"),

M(n=114, box="customercare", cat="auto:survey-platform-notice", builder="bulk", esp="sendgrid", client=None,
  frm=("SurveyPoint", "notifications@surveypoint.io"), date="2025-08-01 07:00:12",
  subject="Weekly summary: \"Customer Care satisfaction (post-contact)\" \u2013 58 new responses",
  text="Weekly summary for Customer Care satisfaction (post-contact)\n\nNew responses: 58\nAverage score: 4.2/5\n"
       "Top comment theme: \"too many promotional emails\" (9 mentions)\n\nView results in SurveyPoint.\n"
       "You receive this summary because you own this survey. Manage notifications.\n",
  automated=True, note="survey platform summary; quotes 'too many promotional emails' but is system mail"),

M(n=115, box="customercare", cat="cso+q:policy-question-and-share", client="outlook_smtp", orig_marker=False,
  frm=("Phil Dvorak", "pdvorak@mchsi.com"), date="2025-12-30 14:48:27", isp="smtp.mchsi.com",
  subject="PowerHouse sharing",
  text="Hello,\n\nI just read the privacy policy on your site. Please do not share my name and address with "
       "other catalog companies, through PowerHouse or otherwise.\n\nAnd a question: if I have both an electric "
       "and gas account with you, does this cover both, or do I have to ask for each one? Electric acct "
       "1903-5582-71.\n\nPhil Dvorak\nCedar Falls, IA 50613\n",
  labels=[CSO, Q], ent={"name": "Phil Dvorak", "account": "1903-5582-71", "postal_code": "50613"}, ack="from",
  note="sharing opt-out plus a question about its scope across accounts"),

M(n=116, box="powerhousecatalog", cat="sw:thunderbird-unsubscribe", client="thunderbird", to_name=False,
  frm=("", "kdreyer@fastmail.com"), date="2026-03-15 09:01:07", isp="smtp.fastmail.com", subject="unsubscribe",
  text="",
  labels=[MO], ent={}, ack="from",
  note="Thunderbird's List-Unsubscribe button: empty body, no display name, no Auto-Submitted"),

M(n=117, box="powerhousecatalog", cat="cso:photo-of-label", client="iphone",
  frm=("Cindy Hoefer", "cindyhoefer@icloud.com"), date="2026-03-20 16:27:53",
  subject="Mailing label", att=[("png", "IMG_4471.png", _png117)],
  text="Keep sending the catalog but do not share my name please. Picture of the label attached.\n\n"
       "Cindy Hoefer\n\nSent from my iPhone\n",
  labels=[CSO], ent={"name": "Cindy Hoefer"}, ack="from",
  note="iPhone with a photo of the mailing label; the customer number is only in the image, so no account"),

M(n=118, box="customercare", cat="auto:ooo-gmail-vacation", builder="autoreply", style="gmail", client=None,
  frm=("Luis Bermúdez", "luis.bermudez.wi@gmail.com"), date="2025-06-23 08:01:55", orig="ev25",
  subject="Out of office Re: Charge at home for less: EV charger rebates up to $500",
  text="Hi, I'm traveling until June 30 with limited email. I'll reply when I'm back.\n\nLuis\n",
  automated=True, note="Gmail vacation responder (Auto-Submitted: auto-replied, Precedence: bulk)"),

M(n=119, box="powerhousecatalog", cat="cso+q:iphone-is-email-shared", client="iphone", plain_only=True,
  frm=("Troy Mensink", "troymensink@icloud.com"), date="2026-06-23 20:54:30", quote=("reply", "ph_summer26"),
  text="Don't share my name or address with other companies. Is my email address also being shared? That's "
       "how I got this one I assume\n\nTroy Mensink\nPella IA 50219\n\nSent from my iPhone\n",
  labels=[CSO, Q], ent={"name": "Troy Mensink", "postal_code": "50219"}, ack="from",
  note="sharing opt-out plus a question about e-mail sharing; reply to a catalog e-mail"),

M(n=120, box="customercare", cat="mo+cso+q:ox-alt-smart-meter", client="ox",
  frm=("Margaret Dunleavy", "mdunleavy@comcast.net"), date="2026-06-09 10:37:21",
  subject="Three requests",
  text="To Customer Care,\n\n1. Please stop all promotional mail and email to me.\n2. Do not share my name or "
       "address with PowerHouse's partners or any other company.\n3. Who can see the 15-minute usage data from "
       "my smart meter? Is it shared with anyone outside Alliant?\n\nMargaret Dunleavy\n1205 Sherman Ave\n"
       "Janesville, WI 53545\nAccount: 3016-8824-59\n",
  labels=[MO, CSO, Q], ent={"name": "Margaret Dunleavy", "postal_code": "53545", "account": "3016-8824-59"},
  ack="from",
  note="numbered list with all three: marketing opt-out, sharing opt-out, smart-meter data question"),
]

# 0099: phishing HTML attachment
from mailkit import bin_part  # noqa: E402
SPECS[8]["att"] = [("raw", bin_part(
    b"<html><head><title>Invoice INV-20931</title></head><body><script>window.location='http://gr8lakes-"
    b"supplyco.com/o365/login.php'</script>Loading invoice...</body></html>\n",
    "text/html; charset=us-ascii", "INV-20931.htm", "attachment"))]
