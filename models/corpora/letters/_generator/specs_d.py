"""Unclear (12), thank-you replies to our acknowledgement (3), automated (8)."""
CC, PH = "customercare", "powerhousecatalog"

SPECS = [
# ------------------------------------------------------------------ unclear
dict(cat="unclear:daughter-for-mother", mailbox=CC, client="gmail", frm=("Sandra Kuhlman", "sandrakuhlman@gmail.com"),
     date="2026-03-08 19:45", subj="My mother", html="alt",
     body="""\
Hello,

My mother, Irene Halvorsen, is 91 and still lives on her own in Charles City. Every time I visit there is a stack of your advertisements and catalogs on the kitchen table and she worries she's supposed to do something with them.

Could you please take her off? She doesn't use e-mail.

Thank you,
Sandra (her daughter)
""",
     labels=[], unclear=True, ent={"name": "Irene Halvorsen"},
     note="on behalf of an elderly parent with no stated standing (no POA, not the account holder): unclear; entity is the mother", ack="from"),

dict(cat="unclear:same-as-last-time", mailbox=CC, client="xfinity", frm=("Marv Olstad", "molstad@comcast.net"),
     date="2026-04-22 08:03", subj="cabin",
     body="""\
Hi, it's Marv Olstad again. Please do the same thing as last time for the cabin account up at Lake Delton. Thanks.
""",
     labels=[], unclear=True, ent={"name": "Marv Olstad"},
     note="'do the same as last time' for another account without saying what: unclear", ack="from"),

dict(cat="unclear:mixed-wishes", mailbox=PH, client="aol", frm=("Marlene Stueck", "mstueck@aol.com"),
     date="2026-03-27 10:49", subj="Catalog", html="alt", style=dict(font="Georgia, serif", size="16px", color="#006400"),
     body="""\
Please take us off the catalog list. Actually wait, Don just read this over my shoulder and says he still wants it because of the bird feeders. I guess keep sending it? Or just stop the e-mails? I don't know, we'll talk about it.

Marlene
""",
     labels=[], unclear=True, ent={"name": "Marlene"},
     note="self-contradicting: asks for removal, retracts, then wavers between options: unclear", ack="from"),

dict(cat="unclear:delete-all-data", mailbox=CC, client="outlook", frm=("Albert Ziegenhorn", "aziegenhorn@windstream.net"),
     date="2026-02-16 14:37", subj="Hackers", html="alt", smart=True,
     body="""\
To Whom It May Concern:

I am 82 years old and I have read a great deal in the newspaper about companies losing their customers' information to computer hackers. I do not want to be one of those people.

Please delete all the information you have about me from all of your computers and files, and confirm to me in writing that it has been done.

Sincerely,
Albert Ziegenhorn
Account 5590-2218-73
""",
     labels=["question"], unclear=True, ent={"name": "Albert Ziegenhorn", "account": "5590-2218-73"},
     note="request to delete ALL data from a current customer: unclear + question (the bot may not act on it)", ack="from"),

dict(cat="unclear:please-stop-no-object", mailbox=PH, client="wlm", frm=("Agnes Brouwer", "abrouwer@frontiernet.net"),
     date="2026-01-23 15:12", subj="",
     body="""\
Please stop.  I am 84 years old.

Agnes
""",
     labels=[], unclear=True, ent={"name": "Agnes"},
     note="'Please stop.' with no object and an empty subject; the catalog mailbox is only a hint: unclear", ack="from"),

dict(cat="unclear:stop-under-outage", mailbox=CC, client="yahoo", frm=("Jerry Kloster", "jkloster61@yahoo.com"),
     date="2026-06-23 06:40", subj="Re: Power has been restored at your address", html="alt",
     mailer="WebService/1.1.25392 YahooMailAndroidMobile", quote=("reply", "svc_restore"),
     body="""\
STOP

Sent from Yahoo Mail on Android
""",
     labels=[], unclear=True, ent={},
     note="STOP under a service message (restoration notice), not a promotion: unclear", ack="from"),

dict(cat="unclear:remove-under-ack", mailbox=CC, client="xfinity", frm=("Gail Runde", "grunde@comcast.net"),
     date="2026-03-04 16:12", subj="Re: We received your request [CC-2026-03-04417]",
     quote=("reply", "ack_a"),
     body="""\
I never asked for anything. Remove.
""",
     labels=[], unclear=True, ent={},
     note="reply to our acknowledgement: 'Remove.' under ack is not a marketing opt-out; also disowns the original request: unclear (asks something, so ack_to stays the sender)", ack="from"),

dict(cat="unclear:pdf-see-letter", mailbox=PH, client="wlm", frm=("Bertha Kolb", "bkolb@iowatelecom.net"),
     date="2026-02-25 13:20", subj="Scan",
     attach=dict(filename="Letter to PowerHouse.pdf", producer="Epson Scan 2", creator="EPSON XP-4200",
                 lines=["February 25, 2026", "", "Dear PowerHouse Catalog,", "",
                        "I would like to stop getting the catalog. Also please do not give",
                        "my name to the other companies.", "", "Bertha Kolb", "Route 1, Fayette, IA 52142"]),
     body="""\
Please see the enclosed letter.

Bertha Kolb
""",
     labels=[], unclear=True, ent={"name": "Bertha Kolb"},
     note="one-line body pointing at a scanned PDF; the request exists only inside the attachment, nothing decidable in the text: unclear", ack="from"),

dict(cat="unclear:widow-vague", mailbox=CC, client="zimbra", frm=("Ione Baumgartner", "ibaumgartner@mchsi.com"),
     date="2026-01-29 11:15", subj="My husband",
     body="""\
To whom it may concern,

My husband Lloyd Baumgartner passed away in December after a long illness. Everything was in his name. I have a pile of mail from your company and the catalog people and I honestly do not know what any of it is for. Please do whatever needs to be done.

Ione Baumgartner
""",
     labels=[], unclear=True, ent={"name": "Lloyd Baumgartner"},
     note="widow about her late husband's account, standing not established and no concrete request ('do whatever needs to be done'): unclear; entity = the deceased customer", ack="from"),

dict(cat="unclear:neighbor", mailbox=CC, client="apple", frm=("Cindy Marquardt", "cmarquardt@icloud.com"),
     date="2026-02-08 12:58", subj="For my neighbor",
     body="""\
Hello,

I'm writing for my neighbor, Mr. Ray Dufresne, who is 94 and doesn't have a computer. He asked me to tell you he doesn't want any more of this stuff. He showed me a pile of envelopes from you.

Thanks,
Cindy Marquardt
""",
     labels=[], unclear=True, ent={"name": "Ray Dufresne"},
     note="neighbor without standing, and 'this stuff' could be bills or ads: unclear; entity = the neighbor the request is for", ack="from"),

dict(cat="unclear:forward-see-below", mailbox=CC, client="thunderbird", frm=("Orville Henn", "ohenn@tds.net"),
     date="2026-04-23 10:27", subj="Fwd: Is solar right for your roof? Find out in 2 minutes",
     quote=("fwd", "promo_solar"),
     body="""\
See below.
""",
     labels=[], unclear=True, ent={},
     note="forward of a promotion with only 'See below.': nothing decidable in his own words: unclear", ack="from"),

dict(cat="unclear:as-discussed-phone", mailbox=CC, client="outlook", frm=("Frances Obermeyer", "fobermeyer@mchsi.com"),
     date="2026-03-19 08:44", subj="As discussed", html="alt", smart=True,
     body="""\
Good morning,

As I told the young man on the phone Tuesday, please take care of it the way we discussed. He said an e-mail would make it official.

Yours truly,
Frances Obermeyer
Acct # 6630-0418-27
""",
     labels=[], unclear=True, ent={"name": "Frances Obermeyer", "account": "6630-0418-27"},
     note="refers to an earlier phone call without saying what was agreed: unclear", ack="from"),

# ------------------------------------------------------------------ thank-you replies to our acknowledgement
dict(cat="thanks:reply-ack-aol", mailbox=CC, client="aol", frm=("Alden Fiske", "aldenfiske@aol.com"),
     date="2026-01-20 16:02", subj="Re: We received your request [CC-2026-01-00892]", html="alt",
     style=dict(font="Times New Roman, Times, serif", size="18px"), quote=("reply", "ack_b"),
     body="""\
Thank you very much for your prompt reply. God bless you all.

Rev. and Mrs. Alden Fiske
""",
     labels=[], ent={"name": "Alden Fiske"},
     note="polite thank-you to our acknowledgement: no labels, not unclear, ack_to null (no answer due); name from signature with titles dropped", ack=None),

dict(cat="thanks:reply-ack-outlook", mailbox=CC, client="outlook", frm=("Milan Dvorak", "mdvorak@southslope.net"),
     date="2026-04-07 13:15", subj="RE: We received your request [CC-2026-04-02276]", html="alt",
     quote=("reply", "ack_c"),
     body="""\
Received, thank you.

M. Dvorak
""",
     labels=[], ent={"name": "M. Dvorak"},
     note="two-word thank-you above our quoted acknowledgement: nothing to do, ack_to null", ack=None),

dict(cat="thanks:reply-ack-gmail", mailbox=CC, client="gmail", frm=("Winifred Haas", "winnie.haas1936@gmail.com"),
     date="2026-02-18 15:40", subj="Re: We received your request [CC-2026-02-01964]", html="alt",
     quote=("reply", "ack_e"),
     body="""\
Thank you dear, that is very kind of you. Have a blessed day.

Winnie
""",
     labels=[], ent={"name": "Winnie"},
     note="warm thank-you to our acknowledgement; ack_to null to avoid a politeness loop", ack=None),

# ------------------------------------------------------------------ automated
dict(cat="auto:ooo-outlookcom", mailbox=PH, client="m365", frm=("Herb Weiland", "hweiland@msn.com"),
     date="2026-01-14 07:46", zone="eastern", subj="Automatic reply: Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]",
     html="alt", irt_key="cat_winter",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "hweiland@msn.com")],
     body="""\
We are at our winter place in Sarasota until April 15 and will check e-mail when we get home. If this is about Mom (Edna Weiland), please call Herb's cell at 319-555-0133.

Herb and Carol
""",
     labels=[], ent={}, automated=True,
     note="Outlook.com out-of-office with Auto-Submitted; names in the text are not entities for automated mail", ack=None),

dict(cat="auto:ooo-headerless-xfinity", mailbox=CC, client="xfinity", frm=("Dorothy Pflum", "dpflum@comcast.net"),
     date="2026-03-10 09:15:48", subj="Re: Save $75 on a smart thermostat this spring", irt_key="promo_thermostat",
     body="""\
Thank you for your e-mail. Dorothy is recovering from hip surgery and is not reading her e-mail right now. Her daughter Jill checks this account every week or so. If it is urgent please call 319-555-0190.

This is an automatic reply.
""",
     labels=[], ent={}, automated=True,
     note="vacation responder WITHOUT Auto-Submitted and with a Re: subject (headerless auto-reply): automated", ack=None),

dict(cat="auto:ooo-gmail-not-monitored", mailbox=PH, client="gmail", frm=("Walter Greer", "wgreer.dbq@gmail.com"),
     date="2025-11-18 06:40:31", subj="This account is no longer monitored",
     extra_headers=[("Auto-Submitted", "auto-replied")], irt_key="cat_holiday",
     body="""\
This e-mail account belonged to Walter Greer, who passed away on October 3, 2025. It is no longer monitored.

For matters concerning his estate, please write to Greer Family, 2115 Asbury Rd, Dubuque IA 52001.
""",
     labels=[], ent={}, automated=True,
     note="Gmail vacation responder on a deceased relative's account, Auto-Submitted: automated; address/ZIP are not extracted", ack=None),

dict(cat="auto:ooo-zimbra", mailbox=CC, client="zimbra", frm=("Norma Jean Aukes", "naukes@centurylink.net"),
     date="2025-09-16 08:30:40", subj="Out of Office: We'll haul away your old fridge - and pay you $50",
     irt_key="promo_recycle", extra_headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
                                             ("Precedence", "bulk")],
     body="""\
We're up north at the cabin through the end of September with no internet. We will read your message when we get home.

Norma Jean & Dick
""",
     labels=[], ent={}, automated=True,
     note="Zimbra vacation reply with Auto-Submitted and Precedence: bulk; subject prefixed 'Out of Office:'", ack=None),

dict(cat="auto:loop-trap-headerless", mailbox=CC, client="zimbra", frm=("Harold Bruns", "hbruns@mchsi.com"),
     date="2025-11-12 16:31:02", subj="Re: We received your request [CC-2025-11-05530]", irt_key="ack_d",
     body="""\
This e-mail address is no longer in use. Please note that Harold Bruns passed away in October. For family matters contact his son Mark at 563-555-0171.
""",
     labels=[], ent={}, automated=True,
     note="LOOP TRAP: headerless 'address no longer in use' auto-reply to our own acknowledgement: automated, never answer", ack=None),

dict(kind="bounce", cat="auto:bounce-aol", mailbox=CC,
     date="2026-03-04 10:22:27", rcpt="bettykoenig1933@aol.com", of="ack_f",
     labels=[], ent={}, automated=True,
     note="AOL (Yahoo infrastructure) delivery failure for our acknowledgement: automated", ack=None),

dict(kind="listpost", cat="auto:church-newsletter", mailbox=CC,
     date="2026-03-20 17:05:12",
     labels=[], ent={}, automated=True,
     note="church weekly newsletter from a Mailman list (personalised To); mentions unsubscribe and 'never share' but is list traffic: automated", ack=None),

dict(kind="calendar", cat="auto:calendar-invite", mailbox=CC,
     date="2026-03-24 11:18:40",
     labels=[], ent={}, automated=True,
     note="Google Calendar invitation (text/calendar METHOD:REQUEST) from a senior center asking for a speaker: automated, not a request to act on", ack=None),
]
