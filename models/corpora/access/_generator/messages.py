"""The 'access' set: people who write with help or with assistive technology, and the machine mail around them.

Every message is one call to M(). Text is written by hand for this set. 'when' is US Central wall time of sending.
"""
import html as H

import ours
from mailkit import central_to_utc, leaf, multipart, binary_leaf, rfcdate, rng_for, hexs, alnum, b64
import machines

SPECS = []

ADRC = dict(org_host="mail.adrc-swwi.org", org_ip="199.48.%d.%d" % (112, 40), local_dom="adrc.local")
CVCS = dict(org_host="smtp.cvcs-iowa.org", org_ip="64.56.%d.%d" % (18, 77), local_dom="cvcs.lan")
CENTRO = dict(org_host="mail.centrohispanowi.org", org_ip="216.56.%d.%d" % (9, 131), local_dom="centro.local")


def M(**kw):
    kw.setdefault("labels", [])
    kw.setdefault("unclear", False)
    kw.setdefault("entities", {})
    kw.setdefault("ack", "from")
    kw.setdefault("automated", False)
    kw.setdefault("lang", "en")
    if kw["automated"]:
        kw["ack"] = None
    SPECS.append(kw)


def big(text, size, family="Arial, Helvetica, sans-serif", bold=False, color=None):
    style = "font-family: %s; font-size: %s;" % (family, size)
    if color:
        style += " color: %s;" % color
    inner = "<br>\n".join(H.escape(l, quote=False) for l in text.split("\n"))
    if bold:
        inner = "<b>%s</b>" % inner
    return '<div style="%s">%s</div>' % (style, inner)


def plain_svc(text, cs="UTF-8", cte="auto"):
    return leaf("text/plain", text, cs, cte, cs_quote=False)


def alt_svc(key, text, htmlbody, bnd=None, cte="quoted-printable", cs="UTF-8"):
    rng = rng_for(key + ":alt")
    bnd = bnd or "b1_%s" % hexs(rng, 32)
    return multipart("alternative", [leaf("text/plain", text, cs, cte, cs_quote=False),
                                     leaf("text/html", htmlbody, cs, cte, cs_quote=False)], bnd)


# =====================================================================================================
# SEPTEMBER 2024
# =====================================================================================================

M(key="sr-policy-scanned-pdf", when="2024-09-06 21:14", mailbox="customercare", client="gmail",
  frm=("Wendell Pryor", "wendell.pryor62@gmail.com"), subject="Privacy policy - accessible version?",
  text=("Hello,\n\n"
        "I am blind and use the NVDA screen reader. I tried to read the privacy policy that is linked from your "
        "website, but the PDF seems to be a scanned image, so NVDA just says \"blank\" on every page.\n\n"
        "Is there an accessible version, either a tagged PDF, a Word file, or just plain text in an email? "
        "Mostly I want to know what you do with customer information and whether any of it goes to other companies.\n\n"
        "Thank you,\nWendell Pryor"),
  labels=["question"], entities={"name": "Wendell Pryor"},
  note="screen-reader user asks for an accessible copy of the privacy policy and what is shared; a question, no opt-out asked",
  cat="screen reader", program="Gmail (web)")

M(key="tty-caps-three-copies", when="2024-09-11 14:02", mailbox="powerhousecatalog", client="aol",
  frm=("Rose McGarrity", "rose.mcgarrity1948@aol.com"), subject="CATALOG",
  text=("HELLO THIS IS ROSE MCGARRITY I AM DEAF AND USE TTY SO PLS DO NOT CALL ME. I GET 3 OF YOUR POWERHOUSE "
        "CATALOG EVERY TIME SAME HOUSE SAME NAME SPELLED 3 WAYS. PLS STOP SENDING THEM ALL NO MORE CATALOG. "
        "Q WHY 3 Q\n"
        "ADDRESS 218 W 4TH ST DUBUQUE IA 52001\n"
        "GA TO SK"),
  labels=["marketing_opt_out", "question"], entities={"name": "ROSE MCGARRITY", "postal_code": "52001"},
  note="TTY conventions (Q for question mark, GA/SK) in all caps: stop all catalog copies = marketing opt-out; 'why 3' wants an answer",
  cat="relay/TTY", program="AOL Mail")

M(key="tty-thanks-to-ack", when="2024-09-12 08:31", mailbox="customercare", client="aol",
  frm=("Rose McGarrity", "rose.mcgarrity1948@aol.com"),
  quote=("ack", "CC-2024-09-00231", "2024-09-11 14:03:10", "September 11, 2024"),
  text="THANK YOU GA SK", ack=None,
  note="thank-you to our acknowledgement in TTY style; asks for nothing, so no labels and no acknowledgement (ping-pong)",
  cat="relay/TTY", program="AOL Mail")

M(key="solar-confused-simple", when="2024-09-18 11:40", mailbox="customercare", client="yahoo",
  frm=("Darnell Fisk", "dfisk_cr@yahoo.com"), quote=("promo", "solar"),
  text=("i got this email about solar. i dont know what it is. do i have to pay for it. i already pay my light "
        "bill every month. i dont want to pay more.\n\nthank you\nDarnell"),
  labels=["question"], entities={"name": "Darnell"},
  note="plain-language writer asks whether the solar offer costs him; worry, not an opt-out (he does not ask to stop)",
  cat="cognitive/plain language", program="Yahoo Mail")

M(key="relay-outreach-hangup", when="2024-09-19 09:00", mailbox="customercare", client="sendgrid", automated=True,
  frm=("ClearPath Relay Outreach", "outreach@clearpathrelay.com"), subject="Relay calls are real calls: a guide for your customer service team",
  svc=dict(dom="clearpathrelay.com", dkim_s="s1", sg_from="NjY0MjE5MQ",
           headers=["List-Unsubscribe: <mailto:unsubscribe@clearpathrelay.com?subject=unsubscribe>, <https://clearpathrelay.com/u/6f2a9c>",
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
           body=alt_svc("relay-outreach-hangup",
                        "Relay calls are real calls\n\n"
                        "When a Deaf, hard of hearing or speech-disabled customer calls you through a relay service, "
                        "you will hear an operator say \"Hello, this is a relay call.\" Please don't hang up. The operator "
                        "voices what the customer types or signs and types or signs what you say.\n\n"
                        "Tips for your team:\n- Speak directly to the customer, not the operator.\n"
                        "- Say \"go ahead\" when you finish speaking.\n- Allow extra time; do not treat the pause as a dead line.\n\n"
                        "Download the free training poster: https://clearpathrelay.com/business\n\n"
                        "You are receiving this because your business contact address is listed publicly. "
                        "Unsubscribe: https://clearpathrelay.com/u/6f2a9c\nClearPath Relay, 1200 Harbor Blvd, Suite 300, Tampa, FL 33602",
                        "<html><body style=\"font-family:Arial,sans-serif\"><h1>Relay calls are real calls</h1><p>When a Deaf, hard of hearing or "
                        "speech-disabled customer calls you through a relay service, you will hear an operator say "
                        "<em>&quot;Hello, this is a relay call.&quot;</em> Please don't hang up.</p><ul><li>Speak directly to the customer, not the operator.</li>"
                        "<li>Say &quot;go ahead&quot; when you finish speaking.</li><li>Allow extra time.</li></ul>"
                        "<p><a href=\"https://clearpathrelay.com/business\">Download the free training poster</a></p>"
                        "<p style=\"font-size:11px;color:#666\">You are receiving this because your business contact address is listed publicly. "
                        "<a href=\"https://clearpathrelay.com/u/6f2a9c\">Unsubscribe</a><br>ClearPath Relay, 1200 Harbor Blvd, Suite 300, Tampa, FL 33602</p></body></html>")),
  note="relay provider's bulk outreach to businesses (List-Unsubscribe, Precedence: bulk): automated newsletter, nothing to answer",
  cat="automated: relay-service notice", program="SendGrid (ClearPath Relay)")

M(key="dictation-period-margaret", when="2024-09-23 16:55", mailbox="powerhousecatalog", client="apple",
  frm=("", "mags.h.1941@icloud.com"), subject="Catalog",
  text=("Please stop sending me the power house catalog. I am legally blind and I cannot read it anymore period "
        "thank you, Margaret\n\nSent from my iPhone"),
  labels=["marketing_opt_out"], entities={"name": "Margaret"},
  note="Siri dictation left one spoken 'period' in the text; stop the catalog = marketing opt-out; first name only (LABELS: a first name alone counts)",
  cat="dictation", program="iPhone Mail (dictation)")

M(key="braille-privacy-notice", when="2024-09-25 10:03", mailbox="customercare", client="tbird_tds",
  frm=("Ingrid Halvorsen", "ihalvorsen@tds.net"), subject="Braille copy of privacy notice",
  text=("Hello,\n\nI would like to receive a copy of your privacy notice in braille, UEB contracted if possible. "
        "My mailing address is 1406 Ridgeview Dr, Janesville WI 53545.\n\nThank you.\n\nIngrid Halvorsen\n"),
  labels=["question"], entities={"name": "Ingrid Halvorsen", "postal_code": "53545"},
  note="request for the privacy notice in braille: an alternate-format request a person must fulfil; no opt-out",
  cat="alternate format", program="Thunderbird")

M(key="daughter-dementia-father", when="2024-09-30 20:11", mailbox="powerhousecatalog", client="gmail",
  frm=("Karen Voss-Bielski", "karenvb.home@gmail.com"), subject="Please stop catalogs to my father",
  text=("Hello,\n\nMy father, Harold Voss, is 91 and has Alzheimer's. He has been ordering from your catalog over "
        "and over (we've sent back 4 heated throws since August). Could you please stop mailing the PowerHouse "
        "catalog to him? His address is 77 Maple Ct, Mason City, IA 50401.\n\n"
        "I'm his daughter and I handle his mail now.\n\nThank you,\nKaren"),
  unclear=True, entities={"name": "Harold Voss", "postal_code": "50401"},
  note="adult daughter for a father with dementia; 'I handle his mail' is not stated authority (no POA/guardianship): on-behalf rule -> unclear, entities name the father",
  cat="proxy: adult child", program="Gmail (web)")

M(key="bounce-ack-overquota", when="2024-09-30 20:12", mailbox="customercare", client="raw", automated=True,
  raw=machines.postfix_dsn("bounce-ack-overquota", central_to_utc("2024-09-30 20:12"), "customercare@alliant-energy.com",
                           ours.ack("CC-2024-09-00298", "2024-09-30 20:11:58", "September 30, 2024"), "karenvb.home@gmail.com",
                           "gmail-smtp-in.l.google.com", "142.250.115.26",
                           "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552-5.2.2 https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-71e5a2b8f51si1181320b3a.118 - gsmtp",
                           "5.2.2", "end of DATA"),
  note="our own Postfix DSN: the acknowledgement to the caregiver's mailbox bounced (over quota); automated",
  cat="automated: bounce", program="Postfix DSN (our outbound MTA)")

# =====================================================================================================
# OCTOBER 2024
# =====================================================================================================

M(key="cold-braille-vendor", when="2024-10-02 08:47", mailbox="customercare", client="outlook_smtp", automated=True,
  frm=("Dana Kurtz | Dotworks Transcription", "dkurtz@dotworkstranscription.com"),
  subject="Braille & large-print bills for your customers (ADA / Section 508)",
  text=("Hi Alliant Energy team,\n\n"
        "I'm reaching out because utilities are seeing more requests for bills and notices in braille, large print "
        "and accessible electronic formats. Dotworks Transcription handles all of it: secure monthly bill "
        "transcription, 48-hour turnaround on notices, and audio versions.\n\n"
        "We already work with several Midwest co-ops. Would you have 15 minutes next week for a quick call? "
        "Happy to send a sample braille bill.\n\n"
        "Best,\nDana Kurtz\nBusiness Development, Dotworks Transcription\n(414) 555-0137\n\n"
        "If this isn't relevant, just reply 'no thanks' and I won't follow up."),
  note="cold sales outreach from an alternate-format vendor; not a customer request, automated per LABELS even though a person wrote it",
  cat="automated: vendor/cold sales", program="Outlook 16 (desktop)")

M(key="bill-fwd-stop-screenreader", when="2024-10-04 06:48", mailbox="customercare", client="gmail",
  frm=("Lamont Grier", "lamont.grier@gmail.com"),
  fwd=dict(frm=ours.BILL, date="Thu, Oct 3, 2024 at 5:02\u202fAM", subject="Your Alliant Energy bill is ready",
           to="<lamont.grier@gmail.com>",
           text=ours.bill("lamont.grier@gmail.com", "2024-10-03 05:02", "2209", "$87.14", "10/24/2024")["text"]),
  text="stop. these take forever with my screen reader",
  unclear=True,
  note="'stop' over a forwarded bill notice (a service message): not a marketing opt-out; could mean bill e-mails or everything -> unclear",
  cat="screen reader", program="Gmail (web)")

M(key="relay-transcript-fwd-share", when="2024-10-08 15:20", mailbox="powerhousecatalog", client="gmail",
  frm=("Dana Whitehorse", "dwhitehorse.deaf@gmail.com"), subject="Fwd: Your IP Relay transcript",
  text=("Hi. I called your 800 number through IP Relay today. The agent said the catalog sharing opt out has to be by "
        "email. So here is my email. I do NOT want my name shared or sold to other catalog companies. I still want to get "
        "the catalog myself.\n\nTranscript is below so you know what was said.\n\n"
        "Dana Whitehorse\nCustomer # 00571309"),
  fwd=dict(frm=("IP Relay Transcripts", "transcripts@iprelay-connect.com"), date="Tue, Oct 8, 2024 at 2:58\u202fPM",
           subject="Your IP Relay transcript", to="<dwhitehorse.deaf@gmail.com>",
           text=("Conversation transcript, Call ID 7731-22904\nOutbound call to 1-800-555-0112, 2:41 PM to 2:56 PM CDT\n\n"
                 "RELAY: Dialing... Ringing... (recorded menu) ... (operator selected option 3)\n"
                 "AGENT: Thank you for calling the PowerHouse Catalog, this is Brenda, how can I help you? GA\n"
                 "CALLER: HI I WANT YOU NOT GIVE MY NAME TO OTHER CATALOGS GA\n"
                 "AGENT: Okay. For the list sharing we need that in writing. You can email powerhousecatalog@alliant-energy.com. GA\n"
                 "CALLER: OK THANK YOU SK\n"
                 "AGENT: You're welcome, have a good day. SKSK\n\n"
                 "This transcript is provided for your records and is deleted from our servers after 30 days.")),
  labels=["catalog_share_opt_out"], entities={"name": "Dana Whitehorse", "account": "00571309"},
  note="deaf customer's own new text asks not to share and to keep the catalog; the forwarded relay transcript is context only",
  cat="relay/TTY", program="Gmail (web)")

M(key="asl-catalog-finish", when="2024-10-10 09:48", mailbox="powerhousecatalog", client="yahoo",
  frm=("Tomas Reyes-Whitfield", "treyeswhitfield@yahoo.com"), subject="catalog stop",
  text=("Hello.\nMe deaf, English second language, sorry.\n"
        "Catalog PowerHouse come my house every month, many. Me not use. Paper waste, garbage full.\n"
        "Please stop send. Finish.\n\nThank you\nTomas Reyes-Whitfield\nAmes Iowa 50010"),
  labels=["marketing_opt_out"], entities={"name": "Tomas Reyes-Whitfield", "postal_code": "50010"},
  note="ASL-first writer, topic-comment grammar; 'please stop send' the catalog is a plain marketing opt-out",
  cat="ASL-first", program="Yahoo Mail")

M(key="caps-bigfont-dorothy", when="2024-10-12 10:15", mailbox="customercare", client="comcast",
  frm=("DOROTHY KLEIN", "dmklein1940@comcast.net"), subject="MAILING LIST",
  text=("TO WHOM IT MAY CONCERN\n\n"
        "PLEASE TAKE ME OFF YOUR MAILING LIST FOR ALL THE ADVERTISING. I AM 84 YEARS OLD AND LEGALLY BLIND FROM MACULAR "
        "DEGENERATION AND I CANNOT READ THE SMALL PRINT ANYWAY. MY GRANDSON SET THE COMPUTER TO BIG LETTERS SO THIS IS HOW I TYPE.\n\n"
        "I STILL NEED MY BILL IN THE MAIL PLEASE DO NOT STOP THAT.\n\n"
        "DOROTHY M. KLEIN\n1187 ORCHARD ST\nPLATTEVILLE WI 53818"),
  html=None, big="26pt",
  labels=["marketing_opt_out"], entities={"name": "DOROTHY M. KLEIN", "postal_code": "53818"},
  note="low-vision writer in all capitals with a 26pt HTML font; advertising opt-out, bill explicitly kept (no question)",
  cat="low vision", program="Xfinity Connect (Open-Xchange)")

M(key="dorothy-ack-reply-calls", when="2024-10-14 13:20", mailbox="customercare", client="comcast",
  frm=("DOROTHY KLEIN", "dmklein1940@comcast.net"),
  quote=("ack", "CC-2024-10-00388", "2024-10-12 10:16:02", "October 12, 2024"),
  text="THANK YOU. DOES THIS ALSO STOP THE PHONE CALLS ABOUT SOLAR. THEY CALL EVERY WEEK.\nDOROTHY",
  big="26pt",
  labels=["question"], entities={"name": "DOROTHY"},
  note="reply to our acknowledgement that asks whether it covers sales calls: a question (her first message already opted out of all advertising), so acknowledge",
  cat="low vision", program="Xfinity Connect (Open-Xchange)")

M(key="sr-jaws-link-graphic", when="2024-10-15 13:30", mailbox="customercare", client="gmail",
  frm=("Ted Lindgren", "tedlindgren@gmail.com"), quote=("promo", "therm"),
  text=("I tried to use the unsubscribe link at the bottom but JAWS only reads it as \"link graphic slash preferences\" "
        "and the page it opens has a captcha I can't do. So I'm replying instead like the email says. Unsubscribe.\n\n"
        "Ted Lindgren\nCedar Rapids"),
  labels=["marketing_opt_out"], entities={"name": "Ted Lindgren"},
  note="screen-reader user explains why the link failed and replies 'Unsubscribe' under our promo: marketing opt-out; the barrier is explanation, not a question",
  cat="screen reader", program="Gmail (web)")

M(key="read-receipt-holiday", when="2024-11-12 14:02", mailbox="powerhousecatalog", client="raw", automated=True,
  raw=dict(host="smtp.mediacomcc.com", ip="173.254.22.14", env_from="gsorensen@mchsi.com", auth=None, spf="pass",
           headers=None, body=None, mdn=("Glenn Sorensen", "gsorensen@mchsi.com", "holiday")),
  note="read receipt (MDN) for the holiday catalog e-mail from a reader's Outlook: automated",
  cat="automated: receipt", program="Outlook 16 (MDN)")

M(key="gmail-unsub-therm", when="2024-10-15 19:02", mailbox="customercare", client="gmail",
  frm=("", "hollis.p.webb@gmail.com"), subject="unsubscribe", fmt="plain",
  text="This message was automatically generated by Gmail.",
  labels=["marketing_opt_out"],
  note="Gmail's Unsubscribe button mailed our List-Unsubscribe address; a person pressed it, no Auto-Submitted: human opt-out, acknowledge the sender",
  cat="software unsubscribe", program="Gmail (List-Unsubscribe)")

M(key="talkmail-welcome", when="2024-10-15 10:09", mailbox="customercare", client="ses", automated=True,
  frm=("ReadAloud Mail", "hello@readaloudmail.com"), subject="Arnold Pekarek listens to his email with ReadAloud Mail",
  svc=dict(dom="readaloudmail.com", dkim_s="ram1",
           headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
           body=alt_svc("talkmail-welcome",
                        "Hello,\n\nArnold Pekarek uses ReadAloud Mail, a service that reads his email to him over the telephone. "
                        "You are getting this one-time note because you wrote to him for the first time.\n\n"
                        "A few tips help your messages come through clearly:\n"
                        "- Put the main point in the first two sentences.\n"
                        "- Write links out in words, or leave them out.\n"
                        "- Images and text inside pictures are not read.\n\n"
                        "Messages longer than 2,000 words are shortened.\n\n"
                        "This is an automated notice. Replies to this address are not read.\n"
                        "ReadAloud Mail, PO Box 4410, Rochester, MN 55903",
                        "<html><body><p>Hello,</p><p><b>Arnold Pekarek</b> uses ReadAloud Mail, a service that reads his email to him over the telephone. "
                        "You are getting this one-time note because you wrote to him for the first time.</p><ul><li>Put the main point in the first two sentences.</li>"
                        "<li>Write links out in words, or leave them out.</li><li>Images and text inside pictures are not read.</li></ul>"
                        "<p>Messages longer than 2,000 words are shortened.</p><p style=\"color:#777\">This is an automated notice. Replies to this address are not read.<br>"
                        "ReadAloud Mail, PO Box 4410, Rochester, MN 55903</p></body></html>")),
  note="assistive-app notification triggered by our thermostat promo (first mail to a ReadAloud user): automated, nothing to answer",
  cat="automated: assistive-app notification", program="Amazon SES (ReadAloud Mail)")

M(key="qmail-bounce-therm", when="2024-10-15 10:07", mailbox="customercare", client="raw", automated=True,
  raw=machines.qmail_bounce("qmail-bounce-therm", central_to_utc("2024-10-15 10:07"), "customercare@alliant-energy.com",
                            dict(ours.promo("therm", "oldfarmer@netins.net"), qid="4XSkv30Qm1z8Wn2"), "oldfarmer@netins.net",
                            "mail.netins.net", "167.142.225.5",
                            "Sorry, no mailbox here by that name. (#5.1.1)", 28114),
  note="legacy qmail bounce (no MIME-Version) of our thermostat promo: automated",
  cat="automated: bounce", program="qmail")

M(key="relay-textbridge-both", when="2024-10-17 12:00", mailbox="powerhousecatalog", client="ses",
  frm=("TextBridge Relay Messages", "messages@textbridgerelay.com"), subject="Message from a TextBridge Relay user",
  reply_to="TextBridge reply <reply+8f3k2m@msg.textbridgerelay.com>",
  svc=dict(dom="textbridgerelay.com", dkim_s="tb2024",
           body=plain_svc("You have received a message from a TextBridge Relay user.\n"
                          "This message was typed by the user and delivered by TextBridge Relay. TextBridge does not edit message content.\n\n"
                          "----- Message begins -----\n"
                          "To PowerHouse Catalog. My name is Lorraine Buckholz, 2290 Hillcrest Rd, Fond du Lac WI 54935. "
                          "Please remove my name from your catalog mailing list, and do not sell or give my name to other "
                          "companies. Thank you.\n"
                          "----- Message ends -----\n\n"
                          "To answer, reply to this email. Your reply will be delivered to the user's TextBridge inbox.\n"
                          "TextBridge Relay is a Telecommunications Relay Service provider certified by the FCC.\n")),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Lorraine Buckholz", "postal_code": "54935"},
  ack="reply_to",
  note="a relay user's own typed message inside a relay wrapper: both opt-outs; From is the relay, so acknowledge the Reply-To gateway",
  cat="relay/TTY", program="Amazon SES (TextBridge Relay)")

M(key="textbridge-autoreply-loop", when="2024-10-17 12:02", mailbox="customercare", client="ses", automated=True,
  frm=("TextBridge Relay", "no-reply@textbridgerelay.com"), subject="Delivered: We received your request [CC-2024-10-00402]",
  svc=dict(dom="textbridgerelay.com", dkim_s="tb2024",
           headers=["In-Reply-To: <ack.CC-2024-10-00402@alliant-energy.com>", "References: <ack.CC-2024-10-00402@alliant-energy.com>",
                    "Auto-Submitted: auto-replied", "X-Autoreply: yes"],
           body=plain_svc("This is an automated message from TextBridge Relay.\n\n"
                          "Your reply has been delivered to the TextBridge user's inbox. If the user writes back, their message "
                          "will come from messages@textbridgerelay.com.\n\nPlease do not reply to this notice.\n")),
  note="LOOP TRAP: relay gateway's delivery confirmation answering our acknowledgement; automated, never acknowledge",
  cat="automated: auto-reply (loop trap)", program="Amazon SES (TextBridge Relay)")

M(key="sr-voiceover-buttons", when="2024-10-20 19:33", mailbox="powerhousecatalog", client="apple",
  frm=("Priscilla Aune", "paune@me.com"), subject="Catalog and your website",
  text=("Stop the paper catalog please, I can't read it anyway. Also your website opt out form has 4 buttons that "
        "VoiceOver just calls \"button\". Who do I report that to?\n\n\u2014 Priscilla Aune\n\nSent from my iPhone"),
  labels=["marketing_opt_out", "question"], entities={"name": "Priscilla Aune"},
  note="VoiceOver user: stop the paper catalog (marketing opt-out) plus an accessibility complaint/question about the web form",
  cat="screen reader", program="iPhone Mail")

M(key="case-mgr-braille-bills", when="2024-10-21 14:37", mailbox="customercare", client="exchange", org=ADRC,
  frm=("Marsh, Jolene", "jmarsh@adrc-swwi.org"), subject="Braille or large print bills for a client?",
  text=("Good afternoon,\n\n"
        "I'm an options counselor with the ADRC. One of my clients is blind and still gets paper bills from Alliant that "
        "she can't read. Does Alliant offer bills in braille or large print, or an audio option? If so, how does a "
        "customer sign up, and can I help her do it by phone with her on the line?\n\n"
        "Thank you,\n\nJolene Marsh\nOptions Counselor\nAging & Disability Resource Center of Southwest Wisconsin\n"
        "(608) 555-0148\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information intended only for "
        "the addressee. If you received it in error, please notify the sender and delete it."),
  labels=["question"],
  note="case manager asks a general question about alternate-format bills for an unnamed client: no standing needed to ask; no entity (the client is not named)",
  cat="proxy: case manager", program="Outlook 16 / Exchange")

M(key="adrc-ooo-loop", when="2024-10-21 14:38", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="mail.adrc-swwi.org", ip="199.48.112.40", env_from="", auth=("adrc-swwi.org", "s1"),
           headers=["From: \"Marsh, Jolene\" <jmarsh@adrc-swwi.org>", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
                    "Subject: Automatic reply: We received your request [CC-2024-10-00417]",
                    "Thread-Topic: We received your request [CC-2024-10-00417]", "Thread-Index: AQHbI9k2c1Qm8wJ5TU2x0Yb3F8u6Ag==",
                    "Date: Mon, 21 Oct 2024 19:38:11 +0000", "Message-ID: <7b1e0c44d2a94f6f9c3e55a1b2d0e8f7@EXCH02.adrc.local>",
                    "In-Reply-To: <ack.CC-2024-10-00417@alliant-energy.com>", "References: <ack.CC-2024-10-00417@alliant-energy.com>",
                    "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: jmarsh@adrc-swwi.org",
                    "Content-Language: en-US", "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: quoted-printable",
                    "MIME-Version: 1.0"],
           body=("__QP__I am out of the office for home visits on Monday and Tuesday afternoons and will respond on my return. "
                 "If you need immediate help, please call the ADRC main line at (608) 555-0100.\n\n"
                 "If this is about adult protective services, call (608) 555-0199.\n")),
  note="LOOP TRAP: case manager's Exchange out-of-office answering our acknowledgement; automated",
  cat="automated: auto-reply (loop trap)", program="Exchange auto-reply")

M(key="dictation-cattle-log", when="2024-10-24 18:30", mailbox="powerhousecatalog", client="samsung",
  frm=("Dale Henning", "dalehenning56@gmail.com"), subject="Catalog",
  text=("Hello I am using voice typing because of my hands so sorry for mistakes. Do not sell my name to other cattle "
        "log companies. I no that you share the list because it says so in the back of the book. I still like the power "
        "house catalog and want to keep getting it just don't give my name out. Thank you Dale Henning 52732\n\n\n"
        "Sent from my Galaxy"),
  labels=["catalog_share_opt_out"], entities={"name": "Dale Henning", "postal_code": "52732"},
  note="voice-typing slips ('cattle log', 'I no'); keeps the catalog, refuses sharing: sharing opt-out only",
  cat="dictation", program="Samsung Email (voice typing)")

M(key="wordpred-mailing-lost", when="2024-10-26 13:05", mailbox="customercare", client="outlook.com",
  frm=("Nadine Kowalczyk", "nadine.kowalczyk@outlook.com"), subject="mailing list",
  text=("Please remote me from your mailing lost. I am not interested in the solar or the thermostat offers any "
        "morning. I have a disability and I use word prediction so some words come out wrong sorry.\n\nNadine Kowalczyk"),
  labels=["marketing_opt_out"], entities={"name": "Nadine Kowalczyk"},
  note="word-prediction slips ('remote', 'lost', 'any morning'); the meaning is still plain: remove from marketing",
  cat="word prediction", program="Outlook.com")

M(key="blind-text-catalog-stop-paper", when="2024-10-29 08:22", mailbox="powerhousecatalog", client="gmail",
  frm=("Marcus Bellweather", "m.bellweather@gmail.com"), subject="Accessible catalog?",
  text=("Hi,\n\nI'm a blind customer. The paper PowerHouse catalog is useless to me and the online version is a flipbook my "
        "screen reader can't read. Could you email me the catalog as plain text or an accessible PDF instead? Until you "
        "can, please don't mail the paper one anymore.\n\nMarcus Bellweather\nCustomer no. 00612877"),
  labels=["marketing_opt_out", "question"], entities={"name": "Marcus Bellweather", "account": "00612877"},
  note="asks for an accessible catalog (question) and, meanwhile, no paper catalog (marketing opt-out, paper channel)",
  cat="alternate format", program="Gmail (web)")

M(key="captel-garbled-sharing", when="2024-10-30 10:50", mailbox="customercare", client="aol",
  frm=("Vernon Achterberg", "vachterberg@aol.com"), subject="question about what the rep said",
  text=("Good morning. I use a captioned telephone because I am hard of hearing. I called about my bill on Monday and at "
        "the end your representative said something about the catalog sharing my name but the captions came out garbled "
        "(\"the cat a lot shares lists with other cat a lot companies unless you up out\"). Does that mean you give my name "
        "to other companies? What exactly is shared and with who? I never ordered from a catalog, only have the electric.\n\n"
        "Vernon Achterberg\nacct 4418 0926 53"),
  labels=["question"], entities={"name": "Vernon Achterberg", "account": "4418 0926 53"},
  note="captioned-phone user quotes garbled captions and asks whether and with whom his name is shared: a question, not an opt-out (LABELS rule 6)",
  cat="relay/TTY", program="AOL Mail")

M(key="dictado-no-compartan", when="2024-10-31 19:10", mailbox="powerhousecatalog", client="gmail_android",
  frm=("Rosalba Quintero", "rosalbaquintero72@gmail.com"), subject="Catálogo",
  text=("Hola buenas tardes. Le hablo por el dictado del teléfono porque no veo bien punto. Por favor no compartan mi nombre "
        "ni mi dirección con otras compañías de catálogos. El catálogo sí lo quiero seguir recibiendo. Gracias. Rosalba Quintero"),
  labels=["catalog_share_opt_out"], entities={"name": "Rosalba Quintero"}, lang="es",
  note="Spanish phone dictation (a spoken 'punto' left in): do not share, keep the catalog -> sharing opt-out only",
  cat="dictation", program="Gmail (Android, dictation)")

# =====================================================================================================
# NOVEMBER 2024
# =====================================================================================================

M(key="relay-reply-expired", when="2024-11-01 09:15", mailbox="customercare", client="ses", automated=True,
  frm=("TextBridge Relay", "no-reply@textbridgerelay.com"), subject="Undeliverable: We received your request [CC-2024-11-00433]",
  svc=dict(dom="textbridgerelay.com", dkim_s="tb2024",
           headers=["In-Reply-To: <ack.CC-2024-11-00433@alliant-energy.com>", "Auto-Submitted: auto-replied"],
           body=plain_svc("Your message could not be delivered to the TextBridge Relay user.\n\n"
                          "The reply address reply+q7t2c9@msg.textbridgerelay.com has expired. Reply addresses are valid for "
                          "14 days after the user's message. If you need to reach this person, use the contact details they "
                          "gave you, or wait for them to write again.\n\nThis is an automated notice from TextBridge Relay.\n")),
  note="LOOP TRAP: relay-service system notice answering our acknowledgement (the relay reply address had expired); automated, never acknowledge",
  cat="automated: relay-service notice", program="Amazon SES (TextBridge Relay)")

M(key="vrs-misunderstood-keep-catalog", when="2024-11-04 16:40", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Shauna Pettibone", "shauna.pettibone@hotmail.com"), subject="VRS call mix up - please keep my catalog",
  text=("Hello,\n\nLast week I called through video relay (VRS) and I think the interpreter and your agent misunderstood me. "
        "I got a letter saying I was removed from the PowerHouse Catalog mailing list. That is NOT what I wanted. I want to keep "
        "receiving the catalog. I only asked that you not share my name with other catalog companies.\n\n"
        "Please put the catalog back and keep the no-sharing. Can you confirm by email? Please do not call, I am deaf.\n\n"
        "Shauna Pettibone\nCustomer number 00588140"),
  labels=["catalog_share_opt_out", "question"], entities={"name": "Shauna Pettibone", "account": "00588140"},
  note="VRS mix-up: restore the catalog (opting back in = question) and keep the sharing opt-out; the earlier removal is not a new marketing opt-out",
  cat="relay/TTY", program="Outlook.com")

M(key="aide-mrs-abernathy", when="2024-11-05 09:05", mailbox="powerhousecatalog", client="yahoo",
  frm=("Tasha Greenway", "tashagreenway88@yahoo.com"), subject="stop catalogs for my client",
  text=("Hi im Mrs. Abernathys home health aide. She asked me to email you to stop sending her the catalogs because she "
        "cant see them anymore and they pile up by the door. She lives at 940 Dover St in Burlington 52601.\n\nThanks, Tasha"),
  unclear=True, entities={"name": "Abernathy", "postal_code": "52601"},
  note="paid home aide writing for a client: no standing shown -> unclear; entity is the client's surname as written, without 'Mrs.'",
  cat="proxy: caregiver", program="Yahoo Mail")

M(key="sr-pasted-footer", when="2024-11-07 22:30", mailbox="customercare", client="tbird_charter",
  frm=("Hal Benavides", "hbenavides@charter.net"), quote=("promo", "therm"),
  text=("link, opt out of marketing emails, visited link, unsubscribe at preferences\n\n"
        "Sorry, that line above is what my screen reader copied when I tried to select the link. The page wants me to log in "
        "and the login doesn't work with VoiceOver on my Mac. What I want: please unsubscribe me from the promotional emails. "
        "Keep the bill emails.\n\nHal Benavides"),
  labels=["marketing_opt_out"], entities={"name": "Hal Benavides"},
  note="screen reader pasted the footer's link text into the new text; his own sentence asks to unsubscribe from promos and keep bill e-mails",
  cat="screen reader", program="Thunderbird")

M(key="phish-ada-violation", when="2024-11-08 03:12", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="vps-4471.hostwinds-cloud.net", ip="192.236.155.71", env_from="notice@ada-compliance-review.net", auth=None, spf="softfail",
           dmarc="fail", policy="p=NONE sp=NONE dis=NONE",
           headers=["From: ADA Compliance Review Board <notice@ada-compliance-review.net>", "To: customercare@alliant-energy.com",
                    "Subject: URGENT: ADA Accessibility Violation Notice #ADA-2024-88172", "Date: Fri, 08 Nov 2024 09:12:40 +0000",
                    "Message-ID: <20241108091240.5d1e@ada-compliance-review.net>", "MIME-Version: 1.0",
                    "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64", "X-Priority: 1"],
           body="__B64HTML__<html><body style=\"font-family:Arial\"><h2 style=\"color:#b00\">Notice of Accessibility Violation</h2>"
                "<p>Our automated audit found <b>47 violations</b> of the Americans with Disabilities Act (WCAG 2.1 AA) on alliant-energy.com, "
                "including missing alternative text and inaccessible opt-out forms.</p><p>Complaints filed by customers with disabilities may "
                "result in federal penalties of up to $75,000 per violation. To review the complaint file and avoid escalation, "
                "sign in with your company email within 48 hours:</p><p><a href=\"http://ada-compliance-review.net/case/88172/login\">"
                "View Complaint File #ADA-2024-88172</a></p><p>ADA Compliance Review Board<br>Office of Digital Accessibility Enforcement</p></body></html>"),
  note="phishing dressed as an ADA enforcement notice (credential link, fake board): automated spam/phishing",
  cat="automated: phishing", program="bulk sender (phishing)")

M(key="daughter-audio-catalog-mom", when="2024-11-08 12:44", mailbox="powerhousecatalog", client="gmail",
  frm=("Abby Calloway-Stiles", "abby.stiles@gmail.com"), subject="Audio or braille catalog for my mom?",
  text=("Hi there,\n\nMy mom, Ruth Calloway, has been blind since her stroke but she loves your catalog \u2014 I read it to her on "
        "Sunday afternoons. Do you have an audio version, or a braille one? She'd love to browse it herself.\n\n"
        "Her customer number is 00527781.\n\nThanks so much!\nAbby"),
  labels=["question"], entities={"name": "Ruth Calloway", "account": "00527781"},
  note="daughter asks whether an audio/braille catalog exists for her mother: a question anyone may ask, no opt-out; entities are the mother's",
  cat="proxy: adult child", program="Gmail (web)")

M(key="holiday-reply-caps-complain", when="2024-11-12 17:40", mailbox="powerhousecatalog", client="comcast",
  frm=("Ed Wojcik", "edwojcik@comcast.net"), quote=("promo", "holiday"),
  text=("WHY DO YOU KEEP SENDING THESE. I HAVE ASKED YOU TO STOP 3 TIMES ON THE PHONE. STOP. STOP. STOP.\n"
        "AND WHO DO I COMPLAIN TO ABOUT THIS.\nED"),
  big="22pt",
  labels=["marketing_opt_out", "question"], entities={"name": "ED"},
  note="all-caps reply under the holiday catalog promo: 'stop' takes its object from the promo -> marketing opt-out; complaint wants an answer",
  cat="low vision", program="Xfinity Connect (Open-Xchange)")

M(key="holiday-sr-no-alt-text", when="2024-11-13 07:55", mailbox="powerhousecatalog", client="gmail",
  frm=("Gerald Okafor", "gokafor.reads@gmail.com"), quote=("promo", "holiday"),
  text=("Hello,\n\nI'm a long-time catalog customer and I'm blind. This holiday email is one big image with no alt text, so my "
        "screen reader just says \"image, image, link\". I have no idea what's in it.\n\n"
        "Two things: (1) Is there a text-only version of your emails or the catalog? (2) While I have you, please do not share "
        "my name or address with other catalog companies.\n\nThanks,\nGerald Okafor"),
  labels=["catalog_share_opt_out", "question"], entities={"name": "Gerald Okafor"},
  note="blind customer: asks for a text-only version (question) and, in his own words, not to share his name (sharing opt-out)",
  cat="screen reader", program="Gmail (web)")

M(key="holiday-emoji-only", when="2024-11-13 10:02", mailbox="powerhousecatalog", client="apple",
  frm=("June Albrecht", "junealbrecht@icloud.com"), quote=("promo", "holiday"),
  text="\U0001F44D\n\nSent from my iPhone",
  unclear=True,
  note="a thumbs-up under the holiday promo (likely a stray tap with AssistiveTouch or Zoom): nothing decidable -> unclear",
  cat="low vision", program="iPhone Mail")

M(key="keymail-deafblind-all", when="2024-11-14 12:12", mailbox="powerhousecatalog", client="keymail",
  frm=("Lucinda Farrow", "lucinda.farrow@gmail.com"), quote=("promo", "holiday"), quote_style="tbird",
  text=("Hello. I am deafblind and read email on a braille display. Please remove me from all PowerHouse mailings, both the "
        "paper catalog and these emails. The paper catalogs pile up by my door and I can't read them.\n\n"
        "Lucinda Farrow\n612 Cherry St, Oshkosh WI 54901"),
  labels=["marketing_opt_out"], entities={"name": "Lucinda Farrow", "postal_code": "54901"},
  note="deafblind braille-display user (KeyMail on a BrailleNote) asks to stop paper and e-mail catalog mailings",
  cat="screen reader", program="KeyMail (BrailleNote)")

M(key="bigfont-large-print-catalog-share", when="2024-11-15 11:26", mailbox="powerhousecatalog", client="yahoo",
  frm=("Loretta Fenske", "lorettafenske@yahoo.com"), subject="Large print catalog",
  text=("I would love a large print version of the PowerHouse catalog if you have one, my eyes are not what they were. "
        "Also I do not want my name given out to other catalog companies.\n\nThank you.\nLoretta Fenske, Watertown WI 53094"),
  big="36px",
  labels=["catalog_share_opt_out", "question"], entities={"name": "Loretta Fenske", "postal_code": "53094"},
  note="36px HTML font; asks for a large-print catalog (wants more: question) and refuses sharing",
  cat="low vision", program="Yahoo Mail")

M(key="signmail-notice", when="2024-11-15 15:50", mailbox="customercare", client="sendgrid", automated=True,
  frm=("SignVue Video Relay", "noreply@signvue-vrs.com"), subject="You have a new video message in American Sign Language",
  svc=dict(dom="signvue-vrs.com", dkim_s="s1", sg_from="ODI0MTc3Mg",
           headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"],
           body=alt_svc("signmail-notice",
                        "A Deaf caller tried to reach you through SignVue Video Relay and left a video message (SignMail) in "
                        "American Sign Language.\n\nCaller number: (563) 555-0177\nLength: 1 min 12 s\n\n"
                        "Watch the message: https://signvue-vrs.com/sm/v/9b71c2e4\n"
                        "Need it interpreted? Call the number above; a SignVue interpreter will connect you.\n\n"
                        "This notification was sent automatically. Do not reply to this email.",
                        "<html><body><p>A Deaf caller tried to reach you through <b>SignVue Video Relay</b> and left a video message "
                        "(SignMail) in American Sign Language.</p><p>Caller number: (563) 555-0177<br>Length: 1 min 12 s</p>"
                        "<p><a href=\"https://signvue-vrs.com/sm/v/9b71c2e4\">Watch the message</a></p><p>Need it interpreted? Call the "
                        "number above; a SignVue interpreter will connect you.</p><p style=\"color:#888\">This notification was sent "
                        "automatically. Do not reply to this email.</p></body></html>")),
  note="video-relay system notice that a video message is waiting; the content is unknown and the mail is a notification: automated (staff may still watch it)",
  cat="automated: relay-service notice", program="SendGrid (SignVue VRS)")

M(key="guardian-brother-all-three", when="2024-11-18 11:20", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Celeste Whitcomb", "celeste.whitcomb@outlook.com"), subject="Guardian request for Samuel Whitcomb - orders and mailing list",
  text=("To the PowerHouse Catalog,\n\n"
        "I am the court-appointed guardian of my adult brother, Samuel Whitcomb, who has an intellectual disability. He received "
        "your holiday catalog and placed two phone orders he cannot afford (a massage seat cushion and a heated throw, order "
        "numbers PH-448812 and PH-448830).\n\nPlease:\n"
        "1. Cancel those two orders if they have not shipped.\n"
        "2. Remove Samuel from the catalog mailing list.\n"
        "3. Do not sell or share his name with other companies.\n\n"
        "I can provide the letters of guardianship from the Grant County court if you need them. His address is 311 Elm St, "
        "Lancaster WI 53813.\n\nCeleste Whitcomb"),
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
  entities={"name": "Samuel Whitcomb", "postal_code": "53813"},
  note="court-appointed guardian has standing: both opt-outs for the ward plus order cancellations (question); order numbers are not accounts",
  cat="proxy: guardian/POA", program="Outlook.com")

M(key="son-types-for-mother-vi", when="2024-11-19 20:05", mailbox="powerhousecatalog", client="gmail",
  frm=("Minh Nguyen", "minh.nguyen.cr@gmail.com"), subject="From Nguyen Thi Lan - do not share my name",
  text=("To PowerHouse Catalog,\n\n"
        "My name is Nguyen Thi Lan. I like your catalog and I want to keep receiving it. But please do not give or sell my name "
        "and address to other companies. I receive too many catalogs from companies I do not know.\n\n"
        "Thank you,\nNguyen Thi Lan\n1520 5th Ave SE, Cedar Rapids IA 52403\n\n"
        "(Translated and typed by her son Minh because my mother does not read English. You can reply to this email.)"),
  labels=["catalog_share_opt_out"], entities={"name": "Nguyen Thi Lan", "postal_code": "52403"},
  note="scribe, not proxy: the customer's own first-person message, signed by her, translated and typed by her son -> her request; keep catalog, no sharing",
  cat="proxy: translator/scribe", program="Gmail (web)")

M(key="hija-de-parte-de-mama", when="2024-11-20 18:45", mailbox="powerhousecatalog", client="yahoo",
  frm=("Marisol Arriaga", "marisol.arriaga@yahoo.com"), subject="Catálogo de mi mamá",
  text=("Buenas tardes,\n\nLe escribo de parte de mi mamá, Guadalupe Arriaga. Ella ya está grande y no usa el correo electrónico. "
        "Dice que ya no quiere recibir el catálogo PowerHouse porque no lo lee, nomás llega y se tira.\n\n"
        "Su dirección es 805 S Jefferson St, Ottumwa IA 52501.\n\nGracias,\nMarisol"),
  unclear=True, entities={"name": "Guadalupe Arriaga", "postal_code": "52501"}, lang="es",
  note="daughter reports her mother's wish in the third person ('dice que'): proxy without stated standing -> unclear; entities are the mother's",
  cat="proxy: adult child", program="Yahoo Mail")

M(key="list-blind-consumers", when="2024-11-20 21:17", mailbox="powerhousecatalog", client="raw", automated=True,
  raw=dict(host="lists.mwblindconsumers.org", ip="45.79.18.203", env_from="mbc-talk-bounces+powerhousecatalog=alliant-energy.com@lists.mwblindconsumers.org",
           auth=("mwblindconsumers.org", "mm1"),
           headers=["Received: from [10.0.0.14] (c-98-212-40-7.hsd1.wi.comcast.net [98.212.40.7])\n\tby lists.mwblindconsumers.org (Postfix) with ESMTPSA id 8C2D41F0A2\n\tfor <mbc-talk@lists.mwblindconsumers.org>; Wed, 20 Nov 2024 21:17:02 -0600 (CST)",
                    "Message-ID: <3e9f0b6a-71c2-4d0e-9a55-0c2b7d1e4f83@charter.net>", "Date: Wed, 20 Nov 2024 21:16:58 -0600",
                    "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
                    "To: Midwest Blind Consumers discussion <mbc-talk@lists.mwblindconsumers.org>, powerhousecatalog@alliant-energy.com",
                    "From: Norb Schaller <nschaller@charter.net>", "Subject: [MBC-talk] Re: PowerHouse catalog e-mails are all pictures",
                    "In-Reply-To: <a8c1e2d4-55b0-4f1e-8c0a-1f2e3d4c5b6a@gmail.com>",
                    "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit",
                    "X-BeenThere: mbc-talk@lists.mwblindconsumers.org", "X-Mailman-Version: 2.1.39", "Precedence: list",
                    "List-Id: Midwest Blind Consumers discussion <mbc-talk.lists.mwblindconsumers.org>",
                    "List-Unsubscribe: <https://lists.mwblindconsumers.org/mailman/options/mbc-talk>,\n <mailto:mbc-talk-request@lists.mwblindconsumers.org?subject=unsubscribe>",
                    "List-Post: <mailto:mbc-talk@lists.mwblindconsumers.org>",
                    "Errors-To: mbc-talk-bounces+powerhousecatalog=alliant-energy.com@lists.mwblindconsumers.org",
                    "Sender: \"MBC-talk\" <mbc-talk-bounces+powerhousecatalog=alliant-energy.com@lists.mwblindconsumers.org>"],
           body=("Same here. Their holiday e-mail was one big picture, JAWS read nothing but \"graphic\". I've put their "
                 "address on the To line so they see this thread.\n\n"
                 "Tip for anyone who wants off their sharing list: the catalog says you have to write to that address and "
                 "say you don't want your name shared. I did that last year and it worked.\n\nNorb\n\n"
                 "On 11/20/2024 6:02 PM, Carla M. wrote:\n> Has anyone figured out how to read the PowerHouse catalog e-mails?\n"
                 "> Every one I get is an image.\n\n"
                 "_______________________________________________\nMBC-talk mailing list\nmbc-talk@lists.mwblindconsumers.org\n"
                 "https://lists.mwblindconsumers.org/mailman/listinfo/mbc-talk\n")),
  note="mailing-list copy (List-Id, Precedence: list) of a blind consumers' discussion with our address on To: list traffic is automated even though it talks about sharing opt-outs",
  cat="automated: list post", program="Mailman 2.1 list")

M(key="asl-dictation-selfcorrect", when="2024-11-23 10:30", mailbox="powerhousecatalog", client="apple",
  frm=("Ron Gustafsen", "rgustafsen@icloud.com"), subject="Catalog",
  text=("I want to keep getting the catalog but stop sharing no wait. Scratch that. I mean stop sending the catalog altogether "
        "and also don't share my name with anybody. My wife reads these to me and we're done with it.\n\nRon Gustafsen\n\n"
        "Sent from my iPhone"),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Ron Gustafsen"},
  note="dictation kept a spoken self-correction ('no wait. Scratch that.'); the corrected wish is clear: stop the catalog and do not share",
  cat="dictation", program="iPhone Mail (dictation)")

M(key="asl-share-who-before", when="2024-11-25 09:12", mailbox="powerhousecatalog", client="gmail",
  frm=("Bethany Skaar", "bskaar.asl@gmail.com"), subject="my name",
  text=("Catalog me like, keep send OK.\nBut my name, you give other company before? Who? I want know.\n"
        "From now, my name give other company \u2014 no. Not allow.\n\nThank you.\nBethany Skaar, deaf"),
  labels=["catalog_share_opt_out", "question"], entities={"name": "Bethany Skaar"},
  note="ASL-first grammar: keep the catalog, stop sharing from now on (sharing opt-out) and asks who received her name before (question)",
  cat="ASL-first", program="Gmail (web)")

M(key="bounce-ack-captionlink", when="2024-11-25 14:41", mailbox="customercare", client="raw", automated=True,
  raw=machines.postfix_dsn("bounce-ack-captionlink", central_to_utc("2024-11-25 14:41"), "customercare@alliant-energy.com",
                           ours.ack("CC-2024-11-00518", "2024-11-25 14:40:51", "November 25, 2024"), "noreply@captionlink-mail.com",
                           "inbound-smtp.us-east-1.amazonaws.com", "44.206.18.203",
                           "550 5.1.1 <noreply@captionlink-mail.com>: Recipient address rejected: this address does not accept mail",
                           "5.1.1"),
  note="our Postfix DSN: an acknowledgement sent to a captioning service's no-reply address was rejected; automated",
  cat="automated: bounce", program="Postfix DSN (our outbound MTA)")

M(key="magnifier-half-send", when="2024-11-26 19:02", mailbox="powerhousecatalog", client="apple",
  frm=("Bev Sandoval", "bevsandoval@me.com"), subject="",
  text="Please dont",
  unclear=True,
  note="message sent half-written (her next mail explains the screen magnifier); 'Please dont' has no object -> unclear",
  cat="low vision", program="iPhone Mail")

M(key="magnifier-follow-up-share", when="2024-11-26 19:06", mailbox="powerhousecatalog", client="apple",
  frm=("Bev Sandoval", "bevsandoval@me.com"), subject="catalog",
  text=("Sorry hit send too soon, my magnifier makes it hard to see the buttons. Please dont share my name and address with "
        "other catalog companies. I still want the catalog. Thanks, Bev Sandoval\n\nSent from my iPhone"),
  labels=["catalog_share_opt_out"], entities={"name": "Bev Sandoval"},
  note="follow-up completing the half-sent mail: sharing opt-out, keeps the catalog",
  cat="low vision", program="iPhone Mail")

M(key="dictation-power-outage-catalog", when="2024-11-27 15:40", mailbox="powerhousecatalog", client="gmail_android",
  frm=("Gordon Pfaff", "gordonpfaff@gmail.com"), subject="Remove",
  text=("please remove me from your mailing list for the power outage catalog. I did not sign up for it and I don't want it "
        "coming to my house. thanks Gordon Pfaff"),
  labels=["marketing_opt_out"], entities={"name": "Gordon Pfaff"},
  note="speech recognition turned 'PowerHouse' into 'power outage'; sent to the catalog mailbox, clearly the catalog mailing list",
  cat="dictation", program="Gmail (Android, dictation)")

M(key="plain-book-with-lights", when="2024-11-29 11:11", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Kevin Harstad", "kevin.harstad@outlook.com"), subject="no more book",
  text=("hi. i dont want the book with the lights and the blankets anymore. it comes to my apartment every time. "
        "please no more. thank you. Kevin"),
  labels=["marketing_opt_out"], entities={"name": "Kevin"},
  note="plain-language writer calls the catalog 'the book with the lights and the blankets'; sent to the catalog mailbox: marketing opt-out",
  cat="cognitive/plain language", program="Outlook.com")

M(key="vendor-altformat-report", when="2024-11-30 06:00", mailbox="powerhousecatalog", client="ses", automated=True,
  frm=("Accessible Print Partners", "reports@apprint-services.com"), subject="Alternate format fulfillment report - November 2024 - PowerHouse Catalog",
  svc=dict(dom="apprint-services.com", dkim_s="app1", headers=["Auto-Submitted: auto-generated", "X-Report-Type: monthly-fulfillment"],
           body=multipart("mixed", [
               plain_svc("Alternate format fulfillment report\nClient: PowerHouse Catalog (Alliant Energy)\nPeriod: November 1-30, 2024\n\n"
                         "Large-print catalogs shipped: 14\nBraille catalogs shipped: 3\nAudio (MP3 CD) shipped: 2\n"
                         "Returned undeliverable: 1\nRecords flagged do-not-share by your suppression file: 5 (excluded from list rental extract)\n\n"
                         "The detail file is attached. This report is generated automatically; contact your account manager with questions.\n"),
               binary_leaf('Content-Type: text/csv; name="PH_altformat_2024-11.csv"',
                           ("format,shipped,returned\nlarge_print,14,1\nbraille,3,0\naudio_cd,2,0\n").encode(),
                           'Content-Disposition: attachment; filename="PH_altformat_2024-11.csv"')],
               "----=_Part_apprint_20241130")),
  note="vendor's automated monthly fulfilment report (mentions do-not-share suppression): vendor system mail, automated",
  cat="automated: vendor notification", program="Amazon SES (vendor report)")

# =====================================================================================================
# DECEMBER 2024
# =====================================================================================================

M(key="bigfont-large-print-bill", when="2024-12-02 09:18", mailbox="customercare", client="outlook.com",
  frm=("Opal Rasmussen", "opal.rasmussen@outlook.com"), subject="Large print bill",
  text=("Can I get my bill in large print? I have glaucoma and even with my magnifier the bill is hard to read.\n\n"
        "My account number is 2207 5518 40.\n\nThank you,\nOpal Rasmussen"),
  big="28pt",
  labels=["question"], entities={"name": "Opal Rasmussen", "account": "2207 5518 40"},
  note="28pt HTML; large-print bill request: question only",
  cat="low vision", program="Outlook.com")

M(key="deceased-customer-bounce-exim", when="2024-12-03 08:19", mailbox="customercare", client="raw", automated=True,
  raw=machines.exim_dsn("deceased-customer-bounce-exim", central_to_utc("2024-12-03 08:19"), "customercare@alliant-energy.com",
                        dict(ours.promo("tips", "hjstrand@frontiernet.net"), qid="4XXc2k0Lq5z4Pm7"), "hjstrand@frontiernet.net",
                        "mx01.frontiernet.net", "74.40.74.81", "mailbox is disabled: account closed at owner's request (deceased)"),
  note="Exim 'Mail delivery failed' for the December newsletter; the word 'deceased' is in the DSN, not from a person: automated",
  cat="automated: bounce", program="Exim DSN")

M(key="deafblind-vacation-tips", when="2024-12-03 08:21", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="mail-oi1-f172.google.com", ip="209.85.167.172", env_from="", auth=("gmail.com", "20230601"),
           headers=["MIME-Version: 1.0", "From: Colette Brandvold <colette.brandvold@gmail.com>", "Date: Tue, 3 Dec 2024 08:21:33 -0600",
                    "Message-ID: <CAH4kq0vR2x9YtW8JkQm3nZs7pLa1BvC5dE6fG7hI8jK9lM0nO@mail.gmail.com>",
                    "Subject: Re: Your December Home Comfort Tips from PowerHouse", "To: customercare@alliant-energy.com",
                    "In-Reply-To: <AE-NL-2412-TIPS.c2b91f0e77a3@alliant-energy.com>", "Auto-Submitted: auto-replied",
                    "Precedence: bulk", "Content-Type: text/plain; charset=\"UTF-8\""],
           body=("Thank you for your message. I am deafblind and read e-mail on a braille display, so I answer slowly. "
                 "From November 30 to December 10 I am at a DeafBlind retreat with no internet.\n\n"
                 "For anything urgent, please contact my SSP coordinator at (608) 555-0163 (text only).\n\nColette\n")),
  note="vacation auto-reply (Auto-Submitted: auto-replied) to the December newsletter from a deafblind reader: automated",
  cat="automated: auto-reply", program="Gmail vacation responder")

M(key="dictation-and-subscribe", when="2024-12-03 18:20", mailbox="customercare", client="gmail_android",
  frm=("Rhonda Tiegs", "rhondatiegs@gmail.com"), quote=("promo", "tips"),
  text="Please and subscribe me from the emails. I'm using talk to text sorry.\nRhonda",
  labels=["marketing_opt_out"], entities={"name": "Rhonda"},
  note="talk-to-text heard 'unsubscribe' as 'and subscribe'; 'subscribe me from the emails' under the newsletter can only mean unsubscribe",
  cat="dictation", program="Gmail (Android, dictation)")

M(key="plain-no-more-please", when="2024-12-04 10:05", mailbox="customercare", client="yahoo",
  frm=("Jeremy Oakes", "jeremyoakes1999@yahoo.com"), quote=("promo", "tips"),
  text="No more please. Thank you. From Jeremy",
  labels=["marketing_opt_out"], entities={"name": "Jeremy"},
  note="short plain-language reply under our newsletter: takes its object from the promo -> marketing opt-out",
  cat="cognitive/plain language", program="Yahoo Mail")

M(key="nvda-no-compartir", when="2024-12-05 17:48", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Héctor Villalobos Ruiz", "hvillalobosruiz@hotmail.com"), subject="No compartir mis datos", content_language="es-US",
  text=("Hola, uso el lector de pantalla NVDA. Quiero seguir recibiendo el catálogo digital por correo, pero no quiero que "
        "compartan mi nombre ni mis datos con otras empresas de catálogos.\n\nGracias.\nHéctor Villalobos Ruiz, 52402"),
  labels=["catalog_share_opt_out"], entities={"name": "Héctor Villalobos Ruiz", "postal_code": "52402"}, lang="es",
  note="Spanish screen-reader user keeps the digital catalog and refuses sharing: sharing opt-out only (iso-8859-1 QP)",
  cat="screen reader", program="Outlook.com")

M(key="amy-types-herself", when="2024-12-09 14:30", mailbox="customercare", client="gmail",
  frm=("Amy Lindqvist", "amy.lindqvist.mn@gmail.com"), subject="no more sales emails",
  text=("This is Amy. I type this myself. My helper Jo is sitting with me.\n"
        "I want no more emails about sales and things to buy.\nI still want my bill.\nThank you\nAmy Lindqvist"),
  labels=["marketing_opt_out"], entities={"name": "Amy Lindqvist"},
  note="plain-language writer with a support worker present but writing for herself: her own marketing opt-out (not a proxy case)",
  cat="cognitive/plain language", program="Gmail (web)")

M(key="relay-fwd-transcript-empty", when="2024-12-09 10:55", mailbox="powerhousecatalog", client="gmail",
  frm=("Wayne Ostrowski", "wayne.ostrowski51@gmail.com"),
  fwd=dict(frm=("IP Relay Transcripts", "transcripts@iprelay-connect.com"), date="Mon, Dec 9, 2024 at 10:41\u202fAM",
           subject="Your IP Relay transcript", to="<wayne.ostrowski51@gmail.com>",
           text=("Conversation transcript, Call ID 8120-55317\nOutbound call to 1-800-555-0112, 10:22 AM to 10:38 AM CST\n\n"
                 "RELAY: Dialing... Ringing... (recorded menu)\n"
                 "AGENT: PowerHouse Catalog, this is Mike. GA\n"
                 "CALLER: HI I WANT STOP CATALOG COME MY HOUSE AND NOT GIVE MY NAME OTHER COMPANY GA\n"
                 "AGENT: I can't change the list sharing by phone, sir, you'd have to email powerhousecatalog@alliant-energy.com. GA\n"
                 "CALLER: OK I SEND EMAIL THANK YOU SK\n"
                 "AGENT: Thank you, bye now. SKSK\n\n"
                 "This transcript is provided for your records and is deleted from our servers after 30 days.")),
  labels=["marketing_opt_out", "catalog_share_opt_out"],
  note="forward with no new text, but the forwarded relay transcript holds his own typed words (forwarded self-written text counts): both opt-outs; no entities outside the transcript",
  cat="relay/TTY", program="Gmail (web)")

M(key="spanish-plain-no-ofertas", when="2024-12-11 12:05", mailbox="customercare", client="yahoo",
  frm=("Socorro Fuentes", "socorrofuentes@yahoo.com"), subject="ofertas",
  text="hola. no quiero mas cartas de ustedes con ofertas. solo la factura. gracias. Socorro",
  labels=["marketing_opt_out"], entities={"name": "Socorro"}, lang="es",
  note="plain Spanish: no more offer letters, keep the bill -> marketing opt-out",
  cat="cognitive/plain language", program="Yahoo Mail")

M(key="poa-son-for-mother", when="2024-12-12 16:02", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Michael Stanczyk", "mstanczyk@outlook.com"), subject="Catalog mailings for Eleanor Stanczyk (POA)",
  text=("Hello,\n\nI hold durable power of attorney for my mother, Eleanor Stanczyk, who is now in assisted living and has low "
        "vision. Please remove her from all PowerHouse Catalog mailings (paper and email) and do not share or sell her name and "
        "address to other catalog companies. Her catalog customer number is 00493315.\n\n"
        "I can send a copy of the POA document if you need it.\n\nThank you,\nMichael Stanczyk"),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Eleanor Stanczyk", "account": "00493315"},
  note="son states durable power of attorney: clear standing, both opt-outs for the mother; entities are hers",
  cat="proxy: guardian/POA", program="Outlook.com")

M(key="dictation-paperless-other-male", when="2024-12-13 08:40", mailbox="customercare", client="gmail_android",
  frm=("Leon Marchetti", "leonmarchetti@gmail.com"), subject="bill",
  text=("Hi I want to switch my bill to email only no more paper bill. And please stop the other male thing too. "
        "Using talk to text sorry. Thank you Leon"),
  labels=["question"], unclear=True, entities={"name": "Leon"},
  note="paperless-billing switch is a clear service request (question); 'the other male thing' (mail) has no identifiable object -> unclear",
  cat="dictation", program="Gmail (Android, dictation)")

M(key="case-mgr-client-present", when="2024-12-16 11:10", mailbox="customercare", client="exchange", org=CVCS,
  frm=("Rochelle Dunning", "rdunning@cvcs-iowa.org"), subject="Client request - mailing lists",
  text=("Hello,\n\nI'm a targeted case manager with Cedar Valley Community Services. My client, Efrain Solis (acct 5521 3307 18), "
        "asked me to help him get off the mailing lists for Alliant's advertising and the PowerHouse catalog. He is blind and gets "
        "frustrated with mail he can't read. He is sitting with me now and agrees with this request.\n\n"
        "Please let me know if you need anything else from him.\n\n"
        "Rochelle Dunning, BSW\nTargeted Case Manager\nCedar Valley Community Services\n(319) 555-0124\n\n"
        "This message may contain protected health information. If you are not the intended recipient, delete it and notify the sender."),
  unclear=True, entities={"name": "Efrain Solis", "account": "5521 3307 18"},
  note="case manager writes for a client who 'agrees' but there is no authorization on file: on-behalf rule -> unclear; entities are the client's",
  cat="proxy: case manager", program="Outlook 16 / Exchange")

M(key="cvcs-autoreply-loop", when="2024-12-16 11:11", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="smtp.cvcs-iowa.org", ip="64.56.18.77", env_from="rdunning@cvcs-iowa.org", auth=("cvcs-iowa.org", "s1"),
           headers=["From: Rochelle Dunning <rdunning@cvcs-iowa.org>", "To: <customercare@alliant-energy.com>",
                    "Subject: RE: We received your request [CC-2024-12-00602]", "Date: Mon, 16 Dec 2024 11:11:40 -0600",
                    "Message-ID: <c31f77a0e5d94b0aa2c6e1d9f3b4a8c2@EXCH01.cvcs.lan>",
                    "In-Reply-To: <ack.CC-2024-12-00602@alliant-energy.com>", "References: <ack.CC-2024-12-00602@alliant-energy.com>",
                    "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"us-ascii\""],
           body=("Thank you for contacting Cedar Valley Community Services. Your e-mail has been received.\n\n"
                 "Case managers respond within two business days. If you are a client in crisis, call (319) 555-0100 "
                 "or dial 988.\n\nPlease do not send protected health information by unencrypted e-mail.\n")),
  note="LOOP TRAP: agency's headerless auto-reply (no Auto-Submitted, 'RE:' subject) to our acknowledgement; automated",
  cat="automated: auto-reply (loop trap)", program="agency auto-responder")

M(key="dictation-account-digits", when="2024-12-17 07:58", mailbox="customercare", client="apple",
  frm=("Wilma Jorgenson", "wjorgenson@icloud.com"), subject="Email list",
  text=("Please take me off the email list for the promotions and the newsletter. My account number is 4471 20 9986 3. "
        "Thank you.\nWilma Jorgenson\n\nSent by voice, please excuse errors"),
  labels=["marketing_opt_out"], entities={"name": "Wilma Jorgenson", "account": "4471 20 9986 3"},
  note="dictated account number came out in odd groups; kept exactly as written",
  cat="dictation", program="iPhone Mail (dictation)")

M(key="care-coordinator-list", when="2024-12-18 15:25", mailbox="customercare", client="gmail",
  frm=("Crystal Vandenberg", "crystal@brightpathhomecare.com"), subject="Please remove our clients from mailing lists",
  text=("Hi,\n\nI coordinate care for several seniors through BrightPath Home Care. A few of our clients are getting a lot of "
        "advertising mail from Alliant and the PowerHouse Catalog that they can't read or don't want. Can you please remove the "
        "following people from your mailing lists:\n\n"
        "- Mildred Haugen, Sheboygan\n- Frank Tollefson, Sheboygan Falls\n- Irene Bauknecht, Plymouth\n\n"
        "Thank you,\nCrystal Vandenberg\nCare Coordinator, BrightPath Home Care\n(920) 555-0131"),
  unclear=True,
  note="care agency asks to remove three clients: third parties without shown authority -> unclear; entities left empty (three people, the schema holds one name)",
  cat="proxy: caregiver", program="Google Workspace (Gmail)")

M(key="brightpath-autoreply-loop", when="2024-12-18 15:26", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="mail-yw1-f170.google.com", ip="209.85.128.170", env_from="crystal@brightpathhomecare.com", auth=("brightpathhomecare.com", "google"),
           headers=["MIME-Version: 1.0", "From: BrightPath Home Care <crystal@brightpathhomecare.com>", "Date: Wed, 18 Dec 2024 15:26:07 -0600",
                    "Message-ID: <CAJ9mT2w8kX5-nR4qLp0Ys7vB1cD3eF6gH2iJ4kL5mN7oP9qR@mail.gmail.com>",
                    "Subject: Re: We received your request [CC-2024-12-00611]", "To: customercare@alliant-energy.com",
                    "In-Reply-To: <ack.CC-2024-12-00611@alliant-energy.com>",
                    "Content-Type: multipart/alternative; boundary=\"00000000000072b1e40629a0c3d5\""],
           body=("--00000000000072b1e40629a0c3d5\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
                 "Thank you for contacting BrightPath Home Care! We have received your message.\n\n"
                 "Office hours are Monday-Friday, 8:00 a.m. to 4:30 p.m. If you are calling about a scheduled visit, please call "
                 "(920) 555-0130. If this is a medical emergency, call 911.\n\nWarmly,\nThe BrightPath Team\n\n"
                 "--00000000000072b1e40629a0c3d5\nContent-Type: text/html; charset=\"UTF-8\"\n\n"
                 "<div dir=\"ltr\"><p>Thank you for contacting BrightPath Home Care! We have received your message.</p>"
                 "<p>Office hours are Monday-Friday, 8:00 a.m. to 4:30 p.m. If you are calling about a scheduled visit, please call "
                 "(920) 555-0130. If this is a medical emergency, call 911.</p><p>Warmly,<br>The BrightPath Team</p></div>\n\n"
                 "--00000000000072b1e40629a0c3d5--\n")),
  note="LOOP TRAP: care agency's canned auto-reply without Auto-Submitted, answering our acknowledgement; automated",
  cat="automated: auto-reply (loop trap)", program="Gmail canned response")

M(key="dragon-household-both", when="2024-12-19 19:47", mailbox="powerhousecatalog", client="outlook_smtp",
  frm=("Walter Pryzbylski", "walt.pryzbylski@frontier.com"), subject="Catalog mailing list",
  text=("Please take my wife and me off the PowerHouse catalog mailing list comma and do not give our names to anyone else. "
        "We are both on the account.\n\nWalter and June Pryzbylski comma 1611 Grand Ave comma Fort Dodge Iowa 50501\n\n"
        "Dictated with Dragon. Not proofread."),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Walter and June Pryzbylski", "postal_code": "50501"},
  note="Dragon dictation with spoken 'comma's; account holders writing for their household: both opt-outs, joint name kept joint",
  cat="dictation", program="Outlook 16 (Dragon)")

M(key="spouse-blind-joint", when="2024-12-20 13:14", mailbox="powerhousecatalog", client="comcast",
  frm=("Frank Mazur", "fmazur@comcast.net"), subject="Stop catalog",
  text=("My wife Irene is blind and I'm the one who reads the catalog to her. We're both on the account and we've decided "
        "we're done with it. Please stop sending the PowerHouse catalog to our house.\n\n"
        "Frank and Irene Mazur\n3318 Linden Ave, Clinton IA 52732"),
  labels=["marketing_opt_out"], entities={"name": "Frank and Irene Mazur", "postal_code": "52732"},
  note="joint account holder writes for the household (allowed by LABELS): marketing opt-out; nothing about sharing",
  cat="proxy: household", program="Xfinity Connect (Open-Xchange)")

M(key="nexa-relay-body-address", when="2024-12-23 10:30", mailbox="customercare", client="ses",
  frm=("Nexa Relay", "noreply@nexarelay.com"), subject="Text-to-email message from a Nexa Relay caller",
  svc=dict(dom="nexarelay.com", dkim_s="nx1",
           body=plain_svc("This message was sent through Nexa Relay's Text-to-Email service on behalf of a caller.\n"
                          "Do not reply to this address; replies are not delivered.\n\n"
                          "Message from caller:\n"
                          "HELLO MY NAME IS KURT BRANDT I AM DEAF. PLEASE STOP YOUR EMAIL ADVERTISING TO ME. "
                          "MY EMAIL IS kbrandt.deaf@outlook.com PLEASE ANSWER THERE. THANK YOU SK\n\n"
                          "Nexa Relay - Telecommunications Relay Service\n")),
  labels=["marketing_opt_out"], entities={"name": "KURT BRANDT"}, ack="kbrandt.deaf@outlook.com",
  note="relay text-to-email with a no-reply From and no Reply-To; the caller asks to be answered at an address in the body -> ack_to that body address",
  cat="relay/TTY", program="Amazon SES (Nexa Relay)")

M(key="asl-mother-same-house", when="2024-12-27 12:40", mailbox="powerhousecatalog", client="yahoo",
  frm=("Yolanda Briggs", "ybriggs_cr@yahoo.com"), subject="catalog two",
  text=("Hello. Yesterday I go your office Cedar Rapids, lady tell me write email.\n"
        "Me deaf, my mother deaf also, she live with me same house. Catalog come two, one my name, one her name.\n"
        "Both stop please. Both name share other company no.\n\nThank you\nYolanda Briggs\n52404"),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Yolanda Briggs", "postal_code": "52404"},
  note="ASL-first writer asks for herself and her mother at the same address: treated as a household request (both opt-outs); the mother's copy is the weak part",
  cat="ASL-first", program="Yahoo Mail")

M(key="asl-ads-stop-bill-keep", when="2024-12-30 09:02", mailbox="customercare", client="outlook.com",
  frm=("Mei-Ling Soto", "meiling.soto@outlook.com"), subject="paper mail too much",
  text=("Paper mail from Alliant, too much.\nBill \u2014 keep, need.\nAdvertise, coupon, solar paper \u2014 stop.\n"
        "Email same, advertise stop.\n\nThank you.\nMei-Ling Soto, deaf\naccount 5108 2290 34"),
  labels=["marketing_opt_out"], entities={"name": "Mei-Ling Soto", "account": "5108 2290 34"},
  note="ASL-style list: keep bills, stop advertising by paper and e-mail -> marketing opt-out (both channels named)",
  cat="ASL-first", program="Outlook.com", charset="utf-8")

M(key="family-account-reply-to", when="2024-12-31 11:45", mailbox="powerhousecatalog", client="comcast",
  frm=("The Garza Family", "garzafamily@comcast.net"), reply_to="Carmen Garza <carmen.garza52@gmail.com>", subject="Do not share my name",
  text=("This is Carmen Garza writing from our family email \u2014 my son set it up because my eyes are bad and he helps me. "
        "Please don't share or rent my name to other catalog companies. I still want the catalog.\n\n"
        "You can answer me at my own email carmen.garza52@gmail.com.\n\nCarmen Garza\n1420 Oak Park Dr, Dubuque 52003"),
  labels=["catalog_share_opt_out"], entities={"name": "Carmen Garza", "postal_code": "52003"}, ack="reply_to",
  note="shared family account with the customer's own address in Reply-To (and asked for in the body): acknowledge there; sharing opt-out only",
  cat="proxy: household", program="Xfinity Connect (Open-Xchange)")

# =====================================================================================================
# JANUARY 2025
# =====================================================================================================

M(key="deceased-mother-blind", when="2025-01-06 19:20", mailbox="powerhousecatalog", client="gmail",
  frm=("Greg Lindholm", "glindholm@gmail.com"), subject="Please stop catalog - deceased",
  text=("My mother Patricia Lindholm passed away in August. She was blind the last ten years and I used to read her the catalog. "
        "Please stop sending it to her address at 412 Birch Ln, Baraboo WI 53913.\n\nThank you.\nGreg Lindholm"),
  unclear=True, entities={"name": "Patricia Lindholm", "postal_code": "53913"},
  note="son writes about his deceased mother without saying he is executor: deceased-parent case -> unclear; entities are the mother's",
  cat="proxy: adult child", program="Gmail (web)")

M(key="interpreter-third-party", when="2025-01-08 17:02", mailbox="customercare", client="gmail",
  frm=("Siobhan Kerrigan", "skerrigan.interpreting@gmail.com"), subject="Request from a Deaf consumer",
  text=("Hello,\n\nI am a nationally certified ASL interpreter. At an appointment yesterday, a Deaf consumer I was interpreting for "
        "asked me to contact Alliant on her behalf because she does not want any more advertising mail. Her name is Ana Bekele "
        "and she lives in Madison (53714).\n\n"
        "I would normally encourage her to contact you directly, but she asked me to send this. She can be reached by videophone.\n\n"
        "Siobhan Kerrigan, NIC"),
  unclear=True, entities={"name": "Ana Bekele", "postal_code": "53714"},
  note="interpreter passing on a consumer's wish: third party without standing -> unclear; entities are the consumer's",
  cat="proxy: interpreter", program="Gmail (web)")

M(key="carebridge-platform", when="2025-01-10 13:05", mailbox="powerhousecatalog", client="sendgrid",
  frm=("CareBridge", "notifications@carebridge-mail.com"), reply_to="Jenna Holt <jenna.holt.rn@gmail.com>",
  subject="Jenna Holt sent you a message via CareBridge",
  svc=dict(dom="carebridge-mail.com", dkim_s="s1", sg_from="MTE4OTQwNQ",
           body=alt_svc("carebridge-platform",
                        "Jenna Holt sent you a message through CareBridge, the care team app for Arthur Holt.\n\n"
                        "Message:\n\"Please remove Arthur Holt from the PowerHouse catalog mailing list. He has moved to memory care "
                        "and the catalogs keep coming to his old house at 1902 Prairie View Rd, Marshalltown IA 50158.\"\n\n"
                        "Reply to this email to respond to Jenna.\n\nCareBridge | Coordinating care, together\n",
                        "<html><body><p><b>Jenna Holt</b> sent you a message through CareBridge, the care team app for Arthur Holt.</p>"
                        "<blockquote style=\"border-left:3px solid #3a7;padding-left:8px\">Please remove Arthur Holt from the PowerHouse catalog "
                        "mailing list. He has moved to memory care and the catalogs keep coming to his old house at 1902 Prairie View Rd, "
                        "Marshalltown IA 50158.</blockquote><p>Reply to this email to respond to Jenna.</p>"
                        "<p style=\"color:#888\">CareBridge | Coordinating care, together</p></body></html>")),
  unclear=True, entities={"name": "Arthur Holt", "postal_code": "50158"}, ack="reply_to",
  note="caregiver's message through a care-team app (human text in an app wrapper); writes for Arthur Holt without stated authority -> unclear; ack the Reply-To",
  cat="proxy: caregiver", program="SendGrid (CareBridge app)")

M(key="hea-caps-stop", when="2025-01-14 10:31", mailbox="customercare", client="aol",
  frm=("", "bigletters.vern@aol.com"), quote=("promo", "hea"),
  text="STOP",
  labels=["marketing_opt_out"],
  note="one-word 'STOP' under the Free Home Energy Assessment promo: marketing opt-out by context",
  cat="low vision", program="AOL Mail")

M(key="care-agency-es-autoreply", when="2025-01-14 09:13", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="mail.cuidadoesperanza.com", ip="66.96.140.52", env_from="", auth=None, spf="pass",
           headers=["From: Cuidado en Casa Esperanza <oficina@cuidadoesperanza.com>", "To: customercare@alliant-energy.com",
                    "Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Free_Home_Energy_Assessment?=",
                    "Date: Tue, 14 Jan 2025 09:13:22 -0600", "Message-ID: <autoreply.1736867602.22814@cuidadoesperanza.com>",
                    "In-Reply-To: <AE-NL-2501-HEA.0f3e5d7c9a21@alliant-energy.com>", "Auto-Submitted: auto-replied",
                    "X-Autoreply: yes", "MIME-Version: 1.0", "Content-Type: text/plain; charset=iso-8859-1",
                    "Content-Transfer-Encoding: quoted-printable"],
           body="__QP_LATIN1__Gracias por comunicarse con Cuidado en Casa Esperanza.\n\nNuestra oficina está abierta de lunes a viernes de 8 a 5. "
                "Una coordinadora le responderá el próximo día hábil. Si su familiar necesita atención urgente, llame al 911.\n\n"
                "Thank you for contacting Cuidado en Casa Esperanza. A coordinator will answer on the next business day.\n"),
  note="Spanish/English care-agency auto-reply (Auto-Submitted) to our energy assessment promo: automated",
  cat="automated: auto-reply", program="cPanel autoresponder", lang="es")

M(key="asl-hea-interest", when="2025-01-15 08:44", mailbox="customercare", client="gmail", quote=("promo", "hea"),
  frm=("Dwayne Oberholtzer", "d.oberholtzer@gmail.com"),
  text=("Email from you, free energy check. Me interest.\nBut me deaf, phone call can't. Your 800 number only phone.\n"
        "How make appointment? Text or email OK. Interpreter come home need?\n\nThank you\nDwayne Oberholtzer"),
  labels=["question"], entities={"name": "Dwayne Oberholtzer"},
  note="ASL-first reply to the assessment promo: wants to book without a phone call and asks about an interpreter; wanting more is a question",
  cat="ASL-first", program="Gmail (web)")

M(key="autistic-son-no-calls", when="2025-01-15 19:55", mailbox="customercare", client="outlook.com",
  frm=("Lorna Pietrzak", "lorna.pietrzak@outlook.com"), subject="No sales calls or visits please",
  text=("I am the account holder at 455 Summit St in Portage. My adult son lives with me; he is autistic and nonverbal, and when "
        "solar sales people call the house or knock on the door he gets very distressed.\n\n"
        "Please put us on your do-not-call and do-not-knock list and stop all sales mailings to this address.\n\n"
        "Account 3890 1146 27\nLorna Pietrzak"),
  labels=["marketing_opt_out"], entities={"name": "Lorna Pietrzak", "account": "3890 1146 27"},
  note="account holder for her household: no sales calls, visits or mailings -> marketing opt-out (phone and door are marketing channels too)",
  cat="proxy: household", program="Outlook.com")

M(key="yesenia-spanglish-dad", when="2025-01-17 12:22", mailbox="customercare", client="gmail",
  frm=("Yesenia Cardenas", "yesenia.cardenas.ia@gmail.com"), subject="Bills para mi papá",
  text=("Hi, my dad doesn't read English y además ve muy poco. \u00bfTienen los recibos en español y en letra grande? "
        "His account is 7720 0431 96. If you need to talk to him, él habla español.\n\nGracias,\nYesenia Cardenas"),
  labels=["question"], entities={"account": "7720 0431 96"}, lang="es+en",
  note="mixed English/Spanish: asks whether Spanish large-print bills exist for her father's account; a question (the father is not named, so no name entity)",
  cat="proxy: adult child", program="Gmail (web)")

M(key="keymail-braille-bills", when="2025-01-20 09:37", mailbox="customercare", client="keymail",
  frm=("Curtis Yarbrough", "curtis.yarbrough@gmail.com"), subject="Braille bills",
  text=("Hello,\n\nPlease send all my bills in braille from now on. Account number 6604 7781 20, Curtis Yarbrough, "
        "2015 N 15th St, Fort Dodge IA 50501.\n\nAlso, is the budget billing letter available in braille too?\n\nThank you,\nCurtis"),
  labels=["question"], entities={"name": "Curtis Yarbrough", "postal_code": "50501", "account": "6604 7781 20"},
  note="braille-display user asks for braille bills and about the budget-billing letter: questions only",
  cat="alternate format", program="KeyMail (BrailleNote)")

M(key="bigfont-privacy-notice-mail", when="2025-01-22 14:10", mailbox="customercare", client="tbird_mchsi", fmt="alt",
  frm=("Harlan Meeks", "hmeeks@mchsi.com"), subject="Privacy notice in large print",
  text=("Please mail me your privacy notice in large print (18 point or larger).\n\n"
        "Harlan Meeks\n56 Quarry Rd\nMount Horeb WI 53572"),
  big="20pt",
  labels=["question"], entities={"name": "Harlan Meeks", "postal_code": "53572"},
  note="large-print privacy notice request written in 20pt HTML: question",
  cat="alternate format", program="Thunderbird")

M(key="caps-bigfont-es-catalogo", when="2025-01-24 10:00", mailbox="powerhousecatalog", client="comcast",
  frm=("ESPERANZA ROBLEDO", "erobledo@comcast.net"), subject="CATALOGO",
  text="POR FAVOR YA NO ME MANDEN EL CATALOGO. NO VEO BIEN Y NO LO PUEDO LEER. GRACIAS.\nESPERANZA ROBLEDO",
  big="28pt",
  labels=["marketing_opt_out"], entities={"name": "ESPERANZA ROBLEDO"}, lang="es",
  note="Spanish, all capitals, 28pt: stop sending the catalog -> marketing opt-out",
  cat="low vision", program="Xfinity Connect (Open-Xchange)")

M(key="plain-kevin-wants-it-back", when="2025-01-25 11:30", mailbox="powerhousecatalog", client="outlook.com",
  frm=("Kevin Harstad", "kevin.harstad@outlook.com"), subject="book again",
  text=("hi its Kevin again. i said stop the book before. now i want it again. my staff says i can. please send the book "
        "with the lights. thank you."),
  labels=["question"], entities={"name": "Kevin"},
  note="opting back in to the catalog he stopped in November: a question; the old removal is not a new opt-out",
  cat="cognitive/plain language", program="Outlook.com")

M(key="conditional-large-print-or-stop", when="2025-01-27 16:16", mailbox="powerhousecatalog", client="gmail",
  frm=("Norma Jean Tibbetts", "normajean.tibbetts@gmail.com"), subject="large print?",
  text=("Do you make the catalog in large print? If you don't, then there's no point sending it to me anymore.\n\n"
        "Norma Jean Tibbetts"),
  labels=["question"], entities={"name": "Norma Jean Tibbetts"},
  note="conditional: the opt-out depends on the answer to her question; labelled question only so a person answers before anything is stopped",
  cat="alternate format", program="Gmail (web)")

M(key="es-braille-factura", when="2025-01-29 09:05", mailbox="customercare", client="outlook.com",
  frm=("Itzel Navarro", "itzel.navarro@outlook.com"), subject="Factura en braille", content_language="es-MX",
  text=("Buenos días. Soy ciega y uso lector de pantalla. ¿Tienen la factura en braille o en un formato que pueda leer con mi "
        "lector, como texto en el correo?\n\nMi número de cuenta es 3317 9902 65.\n\nMuchas gracias.\nItzel Navarro"),
  labels=["question"], entities={"name": "Itzel Navarro", "account": "3317 9902 65"}, lang="es",
  note="Spanish: braille or screen-reader-friendly bill request: question",
  cat="alternate format", program="Outlook.com")

M(key="webform-accessibility", when="2025-01-31 20:44", mailbox="customercare", client="raw",
  reply_to_addr="tmcbride.vi@gmail.com",
  raw=dict(host="webforms01.alliantenergy.com", ip="10.40.2.15", env_from="noreply@alliantenergy.com", auth=None, internal=True,
           headers=["From: Alliant Energy Web Forms <noreply@alliantenergy.com>", "Reply-To: Terrence McBride <tmcbride.vi@gmail.com>",
                    "To: customercare@alliant-energy.com", "Subject: Contact Us form: Accessibility / alternate formats",
                    "Date: Fri, 31 Jan 2025 20:44:09 -0600", "Message-ID: <webform.20250131204409.77218@webforms01.alliantenergy.com>",
                    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "X-Mailer: AE-WebForms/3.2"],
           body=("Contact Us form submission\n\nTopic: Accessibility / alternate formats\nName: Terrence McBride\n"
                 "Account number: 8801 3346 59\nZIP code: 53704\nEmail: tmcbride.vi@gmail.com\nPreferred contact: Email\n\n"
                 "Message:\nI’m visually impaired. Please stop the mailed advertising (the PowerHouse catalog and the flyers that come "
                 "with my bill) and send my bills in large print from now on. Thanks.\n\n--\nSubmitted from https://www.alliantenergy.com/contact "
                 "at 2025-01-31 20:44:09 CST\n")),
  labels=["marketing_opt_out", "question"], entities={"name": "Terrence McBride", "account": "8801 3346 59", "postal_code": "53704"},
  ack="reply_to",
  note="our Contact Us form relay (From noreply@, customer in Reply-To): stop mailed advertising + large-print bills; form fields are the customer's text",
  cat="alternate format", program="AE-WebForms (our site)")

# =====================================================================================================
# FEBRUARY 2025
# =====================================================================================================

M(key="sr-plaintext-policy-sell", when="2025-02-03 11:48", mailbox="customercare", client="gmail",
  frm=("Joaquin Ybarra", "jybarra.access@gmail.com"), subject="Privacy policy as plain text",
  text=("Could you please send the privacy policy as plain text in the body of an email? Attachments and PDFs are hard for me "
        "with my screen reader.\n\nAlso, simple question: do you sell customer data to anyone?\n\n\u2014 Joaquin Ybarra"),
  labels=["question"], entities={"name": "Joaquin Ybarra"},
  note="asks for the policy as plain text and whether data is sold: questions; asking is not a 'do not sell' request",
  cat="screen reader", program="Gmail (web)")

M(key="large-print-catalog-edition", when="2025-02-05 15:27", mailbox="powerhousecatalog", client="aol",
  frm=("Marilyn Osterhaus", "marilyn.osterhaus@aol.com"), subject="Large print catalog??",
  text=("I'm 79 with macular degeneration. I order from your catalog a lot but the print is tiny. Do you have a large print "
        "edition? Please send it if so.\n\nCustomer #00701164\n\nThank you!\nMarilyn Osterhaus"),
  big="20px",
  labels=["question"], entities={"name": "Marilyn Osterhaus", "account": "00701164"},
  note="wants a large-print edition (wants more): question",
  cat="alternate format", program="AOL Mail")

M(key="lsm-sordo-no-compartir", when="2025-02-07 18:12", mailbox="powerhousecatalog", client="gmail",
  frm=("Efraín Tapia", "efrain.tapia.sordo@gmail.com"), subject="mi nombre",
  text=("Hola. Yo sordo. Catálogo llega mi casa, bien, gusta.\nPero mi nombre otras compañías dar, no. No quiero.\n\nGracias.\nEfraín Tapia"),
  labels=["catalog_share_opt_out"], entities={"name": "Efraín Tapia"}, lang="es",
  note="Deaf writer whose first language is a sign language, writing Spanish with sign-language word order: keep catalog, do not give name -> sharing opt-out",
  cat="ASL-first", program="Gmail (web)")

M(key="es-caseworker-general", when="2025-02-10 10:20", mailbox="customercare", client="exchange", org=CENTRO, charset="iso-8859-1",
  frm=("Gloria Estrada", "gestrada@centrohispanowi.org"), subject="Materiales en braille o letra grande",
  text=("Buenos días:\n\nTrabajo en el Centro Hispano con varias personas mayores que tienen baja visión. ¿Alliant ofrece las facturas "
        "o los avisos en español en letra grande o en braille? ¿Cómo se solicitan?\n\n"
        "Muchas gracias,\nGloria Estrada\nCoordinadora de Servicios para Adultos Mayores\nCentro Hispano de Wisconsin\n(608) 555-0152"),
  labels=["question"], lang="es",
  note="Spanish caseworker's general question about Spanish large-print/braille materials: question, no client named, no entities",
  cat="proxy: case manager", program="Outlook 16 / Exchange")

M(key="samsung-es-ambos", when="2025-02-12 20:03", mailbox="powerhousecatalog", client="samsung",
  frm=("Olga Benítez", "olgabenitez.57@gmail.com"), subject="Catálogo",
  text=("Buenas. Tengo baja visión y mi hija me ayuda a leer el correo. Ya no quiero recibir el catálogo en papel, y tampoco "
        "quiero que den mi nombre a otras empresas.\n\nAtentamente,\nOlga Benítez, 53511\n\n\nEnviado desde mi Galaxy"),
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Olga Benítez", "postal_code": "53511"}, lang="es",
  note="Spanish, base64 Samsung parts: no paper catalog and no sharing -> both opt-outs; her daughter only helps her read",
  cat="low vision", program="Samsung Email")

M(key="sr-delete-everything", when="2025-02-14 07:30", mailbox="customercare", client="apple",
  frm=("Rebecca Thornquist", "rthornquist@icloud.com"), subject="Delete my information",
  text=("I want you to delete everything you have about me and stop all mail except my bill. I'm blind and I don't want my "
        "information sitting in some database.\n\nAccount 4490 2218 73\nRebecca Thornquist\n\nSent from my iPhone"),
  labels=["question"], unclear=True, entities={"name": "Rebecca Thornquist", "account": "4490 2218 73"},
  note="delete-everything request: unclear + question per LABELS; the 'stop all mail except my bill' part is left to the reviewer with the rest",
  cat="screen reader", program="iPhone Mail (VoiceOver)")

M(key="easyinbox-unsub-autosubmitted", when="2025-02-14 09:02", mailbox="customercare", client="ses",
  frm=("Gladys Fenn", "gladys.fenn@easyinbox.net"), subject="unsubscribe",
  svc=dict(dom="easyinbox.net", dkim_s="ei1", headers=["Auto-Submitted: auto-generated", "X-EasyInbox-Action: stop-sender"],
           body=plain_svc("This unsubscribe request was sent by EasyInbox on behalf of its user, who pressed the big "
                          "\"Stop these emails\" button on a message from customercare@alliant-energy.com.\n")),
  labels=["marketing_opt_out"], ack=None,
  note="senior-friendly mail app unsubscribed for its user via our List-Unsubscribe mailto: human opt-out, but Auto-Submitted forbids an answer -> ack_to null",
  cat="software unsubscribe", program="Amazon SES (EasyInbox app)")

M(key="ssp-types-for-deafblind", when="2025-02-17 13:33", mailbox="customercare", client="gmail",
  frm=("Billie Kraus", "billie.kraus.db@gmail.com"), subject="Stop advertising",
  text=("I am DeafBlind. My SSP is typing this for me while I sign.\n\n"
        "Stop all advertising mail and email to me. Keep bills.\n\nBillie Kraus\nacct 2290 6615 08"),
  labels=["marketing_opt_out"], entities={"name": "Billie Kraus", "account": "2290 6615 08"},
  note="a support service provider types what the customer signs, from her own account, in her voice: her own request (scribe, not proxy)",
  cat="proxy: translator/scribe", program="Gmail (web)")

M(key="poder-notarial-papa", when="2025-02-17 16:48", mailbox="customercare", client="gmail",
  frm=("Lucía Elizondo", "lucia.elizondo.g@gmail.com"), subject="Publicidad para mi papá (tengo poder notarial)",
  text=("Buenas tardes.\n\nTengo un poder notarial para manejar los asuntos de mi papá, Ramón Elizondo Garza, que tiene Parkinson y ya "
        "no puede escribir. Por favor ya no le manden publicidad ni ofertas, ni por correo ni por email. Su cuenta es 6120 4478 03.\n\n"
        "Si necesitan copia del poder, se la mando.\n\nAtentamente,\nLucía Elizondo"),
  labels=["marketing_opt_out"], entities={"name": "Ramón Elizondo Garza", "account": "6120 4478 03"}, lang="es",
  note="Spanish: daughter states a power of attorney (standing shown) and asks to stop advertising by post and e-mail for her father",
  cat="proxy: guardian/POA", program="Gmail (web)")

M(key="son-how-to-share-optout", when="2025-02-19 21:05", mailbox="powerhousecatalog", client="yahoo",
  frm=("Dean Fitch", "deanfitch@yahoo.com"), subject="question about dad's name",
  text=("Is there a way to get my dad's name off the lists you share with other catalogs? He's 88 and blind and gets a pile of "
        "catalogs he never asked for. What would you need from him or me?\n\nDean Fitch"),
  labels=["question"],
  note="asks how a sharing opt-out works for his father and what is needed: a question only, no request made yet; father unnamed",
  cat="proxy: adult child", program="Yahoo Mail")

M(key="apple-mail-unsub-hea", when="2025-01-16 07:12", mailbox="customercare", client="apple", fmt="plain",
  frm=("", "t.vandeberg@icloud.com"), subject="unsubscribe", text="", xmailer="Apple Mail (2.3826.200.121)",
  labels=["marketing_opt_out"],
  note="Apple Mail's Unsubscribe banner sent an empty mail to our List-Unsubscribe address: human opt-out, no Auto-Submitted, acknowledge",
  cat="software unsubscribe", program="Apple Mail (List-Unsubscribe)")

M(key="voxnote-no-address", when="2025-01-12 16:22", mailbox="powerhousecatalog", client="ses",
  frm=("VoxNote", "noreply@voxnote.app"), subject="A VoxNote user shared a dictated note with you",
  svc=dict(dom="voxnote.app", dkim_s="vx",
           body=alt_svc("voxnote-no-address",
                        "A VoxNote user shared a dictated note with you.\n\n"
                        "\"This is Lyle Ferraro at 2210 Sunset Dr in Beloit 53511 please take me off the power house catalog list "
                        "I can't see to read it anymore thank you\"\n\n"
                        "Transcribed automatically by VoxNote. Replies to this address are not monitored.\n",
                        "<html><body><p>A VoxNote user shared a dictated note with you.</p><p style=\"font-size:16px\">&ldquo;This is Lyle Ferraro at "
                        "2210 Sunset Dr in Beloit 53511 please take me off the power house catalog list I can't see to read it anymore thank you&rdquo;</p>"
                        "<p style=\"color:#888;font-size:12px\">Transcribed automatically by VoxNote. Replies to this address are not monitored.</p></body></html>")),
  labels=["marketing_opt_out"], entities={"name": "Lyle Ferraro", "postal_code": "53511"}, ack=None,
  note="a person's dictated request delivered by a note app's no-reply sender with no Reply-To: human opt-out (name and address to act on) but no usable address -> ack_to null",
  cat="dictation", program="Amazon SES (VoxNote app)")

# -------------------------------------------------------------------- more machine mail

M(key="hometablet-approval", when="2024-10-22 07:40", mailbox="customercare", client="ses", automated=True,
  frm=("SilverScreen Tablet", "noreply@silverscreentablet.com"), subject="Your message to Evelyn is waiting for approval",
  svc=dict(dom="silverscreentablet.com", dkim_s="sst",
           headers=["Auto-Submitted: auto-replied", "In-Reply-To: <AE-NL-2410-THERM.5e0d8b3a91c4@alliant-energy.com>"],
           body=alt_svc("hometablet-approval",
                        "Hello,\n\nYou sent a message to Evelyn Strand. Evelyn uses a SilverScreen tablet, and her family has set it to "
                        "show messages only from approved contacts.\n\nWe have asked Evelyn's family administrator to approve you. If they "
                        "do, your message will be delivered. You don't need to do anything.\n\nMessage: \"Fall savings: $50 back on a smart thermostat\"\n\n"
                        "SilverScreen Tablet - simple technology for seniors\n",
                        "<html><body><p>Hello,</p><p>You sent a message to <b>Evelyn Strand</b>. Evelyn uses a SilverScreen tablet, and her family "
                        "has set it to show messages only from approved contacts.</p><p>We have asked Evelyn's family administrator to approve you. "
                        "If they do, your message will be delivered. You don't need to do anything.</p><p>Message: &quot;Fall savings: $50 back on a "
                        "smart thermostat&quot;</p><p>SilverScreen Tablet - simple technology for seniors</p></body></html>")),
  note="senior-tablet service holds our promo pending family approval (challenge/hold notice): automated",
  cat="automated: assistive-app notification", program="Amazon SES (SilverScreen)")

M(key="calendar-case-mgr", when="2024-12-05 13:30", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="mail-sor-f73.google.com", ip="209.85.220.73", env_from="3a1pRZwsKB2QVcYi-hddmghhmp.YkVecnUaeKkfckcoUaeKkfcg.Yki@calendar-server.bounces.google.com",
           auth=("google.com", "20230601"), calendar=True),
  note="Google Calendar invitation (text/calendar) from a case manager to discuss a client's bill: calendar invitations are automated per LABELS",
  cat="automated: calendar", program="Google Calendar")

M(key="challenge-response-holiday", when="2024-11-12 08:03", mailbox="powerhousecatalog", client="ses", automated=True,
  frm=("SafeSender Guard", "verify@safesenderguard.com"), subject="Please verify your message to betty.wendt@northwoodsnet.com",
  svc=dict(dom="safesenderguard.com", dkim_s="ssg", headers=["Auto-Submitted: auto-replied", "X-SSG-Challenge: 5c1e77a2"],
           body=plain_svc("Hello,\n\nbetty.wendt@northwoodsnet.com uses SafeSender Guard to protect her inbox from unwanted mail.\n\n"
                          "Your message \"Holiday Preview: gifts that light up the season\" is being held. To deliver it, please confirm "
                          "you are a person by visiting:\n\nhttps://safesenderguard.com/v/5c1e77a2\n\n"
                          "You only need to do this once.\n")),
  note="challenge-response verification triggered by the holiday catalog e-mail: automated",
  cat="automated: challenge-response", program="Amazon SES (SafeSender Guard)")

M(key="spam-hearing-aids", when="2025-01-09 02:44", mailbox="powerhousecatalog", client="raw", automated=True,
  raw=dict(host="mx-out-7.sbshop-promo.info", ip="185.222.58.14", env_from="offers@sbshop-promo.info", auth=("sbshop-promo.info", "default"),
           dmarc="none", headers=["From: Hearing Health Offers <offers@sbshop-promo.info>", "To: powerhousecatalog@alliant-energy.com",
                    "Subject: Hear clearly again - hearing aids 70% off, no prescription needed",
                    "Date: Thu, 09 Jan 2025 08:44:51 +0000", "Message-ID: <20250109084451.47c2a@sbshop-promo.info>",
                    "List-Unsubscribe: <http://sbshop-promo.info/u?e=powerhousecatalog@alliant-energy.com>", "MIME-Version: 1.0",
                    "Content-Type: text/html; charset=\"iso-8859-1\"", "Content-Transfer-Encoding: quoted-printable"],
           body="__QP_LATIN1__<html><body><center><h1 style=\"color:#0a5\">Hear clearly again!</h1><p>FDA-registered OTC hearing aids now "
                "<b>70% OFF</b> for a limited time. Rechargeable, invisible, no audiologist visit.</p><p><a href=\"http://sbshop-promo.info/c/ha70\">"
                "CLAIM MY DISCOUNT &raquo;</a></p><p style=\"font-size:10px\">You received this because you opted in with one of our partners. "
                "To opt out of future offers <a href=\"http://sbshop-promo.info/u\">click here</a>.</p></center></body></html>\n"),
  note="unsolicited hearing-aid spam (HTML only, its own opt-out words): automated",
  cat="automated: spam", program="bulk sender (spam)")

M(key="cold-overlay-lawsuit", when="2024-12-10 10:17", mailbox="customercare", client="gmail", automated=True,
  frm=("Brandon Keel", "brandon@a11yshieldhq.com"), subject="alliant-energy.com - 3 WCAG issues we found (quick fix)",
  text=("Hi there,\n\nI ran a quick scan of alliant-energy.com and found 3 issues that often show up in ADA demand letters: "
        "images without alt text in your email campaigns, a preferences form whose buttons have no labels, and low-contrast "
        "footer links.\n\nA11yShield fixes all three with one line of JavaScript. Utilities using it saw a 0% lawsuit rate last year.\n\n"
        "Worth a 10-minute chat this week?\n\nBrandon Keel\nGrowth Lead, A11yShield\n\n"
        "P.S. If you're not the right person, who should I talk to?"),
  note="cold sales / SEO-style outreach from an accessibility overlay vendor (asks a question, but not a customer): automated",
  cat="automated: vendor/cold sales", program="Google Workspace (Gmail)")

M(key="care-newsletter-bulk", when="2025-01-21 06:00", mailbox="customercare", client="sendgrid", automated=True,
  frm=("HomeWell Caregivers", "news@homewellcaregivers.org"), subject="Caregiver Monthly: keeping seniors warm and safe this winter",
  svc=dict(dom="homewellcaregivers.org", dkim_s="s1", sg_from="NDcyMDk1MQ",
           headers=["List-Unsubscribe: <mailto:unsubscribe@homewellcaregivers.org?subject=unsubscribe>", "List-Id: Caregiver Monthly <monthly.homewellcaregivers.org>",
                    "Precedence: bulk"],
           body=alt_svc("care-newsletter-bulk",
                        "Caregiver Monthly - January 2025\n\n1. Space heaters: keep three feet clear.\n2. Ask your utility about medical-needs "
                        "and winter protection programs.\n3. Large-print and braille bills: many utilities offer them, just ask.\n\n"
                        "Read the full issue: https://homewellcaregivers.org/monthly/2025-01\n\n"
                        "You are subscribed as customercare@alliant-energy.com. Unsubscribe: https://homewellcaregivers.org/unsub\n",
                        "<html><body><h2>Caregiver Monthly - January 2025</h2><ol><li>Space heaters: keep three feet clear.</li><li>Ask your "
                        "utility about medical-needs and winter protection programs.</li><li>Large-print and braille bills: many utilities offer "
                        "them, just ask.</li></ol><p><a href=\"https://homewellcaregivers.org/monthly/2025-01\">Read the full issue</a></p>"
                        "<p style=\"font-size:11px\">You are subscribed as customercare@alliant-energy.com. <a href=\"https://homewellcaregivers.org/unsub\">"
                        "Unsubscribe</a></p></body></html>")),
  note="a caregiving organisation's newsletter our mailbox is subscribed to: bulk/list mail, automated",
  cat="automated: newsletter", program="SendGrid (newsletter)")

M(key="relay-aviso-es", when="2025-02-04 09:00", mailbox="customercare", client="sendgrid", automated=True,
  frm=("ClearPath Relay", "outreach@clearpathrelay.com"), subject="Las llamadas de relevo son llamadas reales: no cuelgue",
  svc=dict(dom="clearpathrelay.com", dkim_s="s1", sg_from="NjY0MjE5MQ",
           headers=["List-Unsubscribe: <mailto:unsubscribe@clearpathrelay.com?subject=unsubscribe>", "Precedence: bulk"],
           body=alt_svc("relay-aviso-es",
                        "Las llamadas de relevo son llamadas reales\n\nCuando un cliente sordo o con dificultad del habla le llama por un "
                        "servicio de relevo en español, una operadora dirá: \"Hola, esta es una llamada de relevo\". Por favor, no cuelgue.\n\n"
                        "Hable directamente con el cliente y diga \"adelante\" cuando termine de hablar.\n\n"
                        "Más información: https://clearpathrelay.com/es/empresas\n\nPara darse de baja: https://clearpathrelay.com/u/6f2a9c\n",
                        "<html><body><h1>Las llamadas de relevo son llamadas reales</h1><p>Cuando un cliente sordo o con dificultad del habla le "
                        "llama por un servicio de relevo en español, una operadora dirá: <em>&quot;Hola, esta es una llamada de relevo&quot;</em>. "
                        "Por favor, no cuelgue.</p><p>Hable directamente con el cliente y diga &quot;adelante&quot; cuando termine de hablar.</p>"
                        "<p><a href=\"https://clearpathrelay.com/es/empresas\">Más información</a> &middot; <a href=\"https://clearpathrelay.com/u/6f2a9c\">"
                        "Darse de baja</a></p></body></html>")),
  note="Spanish relay-provider outreach to businesses (bulk): automated",
  cat="automated: relay-service notice", program="SendGrid (ClearPath Relay)", lang="es")

M(key="phish-factura-es", when="2025-02-11 04:19", mailbox="customercare", client="raw", automated=True,
  raw=dict(host="srv-mail.cuentas-avisos.top", ip="103.151.23.88", env_from="avisos@cuentas-avisos.top", auth=None, spf="fail",
           dmarc="fail", attach_html=True,
           headers=["From: =?UTF-8?Q?Servicio_de_Relevo_=E2=80=93_Alliant?= <avisos@cuentas-avisos.top>",
                    "To: customercare@alliant-energy.com",
                    "Subject: =?UTF-8?Q?Mensaje_de_voz_transcrito_para_usted_=E2=80=93_factura_pendiente?=",
                    "Date: Tue, 11 Feb 2025 10:19:03 +0000", "Message-ID: <b7c1e0f2a3d45566@cuentas-avisos.top>", "MIME-Version: 1.0"],
           body=None),
  note="Spanish phishing posing as a relay-service voicemail transcript with an .htm attachment: automated",
  cat="automated: phishing", program="bulk sender (phishing)", lang="es")
