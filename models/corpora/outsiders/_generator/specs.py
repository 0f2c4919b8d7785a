"""The messages of the `outsiders` set: who wrote, what they wrote, and how it is labelled.

Dates are the sender's local time. Files are numbered in arrival order by build.py.
"""
import hashlib

import machines as M
from clients import OURS, prov_gmail, prov_outlook
from mailkit import addr, ew, esc, leaf, multipart, rfc, text_to_html_lines

CC = "customercare"
PH = "powerhousecatalog"
MO, SO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def fake_bytes(seed, n, head=b""):
    out = bytearray(head)
    k = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, k)).encode()).digest()
        k += 1
    return bytes(out[:n])


def fake_pdf(title, n=5200):
    head = ("%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Lang (en-US) >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n4 0 obj\n<< /Title (%s) /Producer "
            "(Microsoft\xae Word for Microsoft 365) >>\nendobj\n5 0 obj\n<< /Length 4821 /Filter /FlateDecode >>\nstream\n"
            % title).encode("latin-1")
    return fake_bytes(title, n, head)


def fake_jpeg(seed, n=9100):
    return fake_bytes(seed, n, b"\xff\xd8\xff\xe1\x00\x18Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03")


SPECS = []


def S(**kw):
    SPECS.append(kw)


# =====================================================================================================
# Week 1: Mon 22 Feb - Sun 28 Feb 2027
# =====================================================================================================

S(cat="customer: thanks to our acknowledgement", d="2027-02-22 08:12", mb=CC, prof="gmail",
  name="Marge Holtkamp", email="margeholtkamp52@gmail.com", quote="ACK1",
  body="Thank you so much!\n\nMarge",
  labels=[], ents={"name": "Marge"}, ack=None,
  note="Thank-you under our own acknowledgement; asks for nothing, so no labels and no answer (ack_to null).")

S(cat="outsider: job seeker", d="2027-02-22 09:40", mb=CC, prof="gmail",
  name="Dustin Kowalczyk", email="dkowalczyk.lineman@gmail.com",
  subj="Apprentice lineworker openings?",
  body="Hello,\n\nI graduated from the Powerline Program at Northeast Iowa Community College in December and I'm "
       "looking for an apprentice lineworker position. I've applied on your careers site twice but never hear "
       "anything back, so I thought I'd try emailing. Are you hiring apprentices in the Cedar Rapids or Dubuque "
       "area this spring? I have my CDL Class A and I'm willing to relocate.\n\nMy resume is attached. Thanks for "
       "your time.\n\nDustin Kowalczyk\n563-555-0147",
  attach=[("Dustin Kowalczyk Resume 2027.pdf", "application/pdf", fake_pdf("Dustin Kowalczyk Resume"))],
  labels=[Q], ents={"name": "Dustin Kowalczyk"},
  note="Job seeker writing to the privacy mailbox; not a customer request but someone must answer or redirect him: question.")

S(cat="automated: auto-reply to our acknowledgement (loop trap)", d="2027-02-22 10:05", mb=CC,
  machine="ooo_exchange", args=dict(o="ACK2", who="Brenda Stoltenberg", waddr="bstoltenberg@kirkwoodmfg.com",
                                    dom="kirkwoodmfg.com",
                                    text="Thank you for your email. I am out of the office through Friday, February 26 "
                                         "with limited access to email. For urgent matters please contact Accounts "
                                         "Payable at ap@kirkwoodmfg.com or 319-555-0162.\n\nBrenda Stoltenberg\n"
                                         "Accounts Payable Specialist"),
  note="LOOP TRAP: Exchange out-of-office answering our own acknowledgement; Auto-Submitted: auto-generated.")

S(cat="customer: catalog-sharing opt-out", d="2027-02-22 11:30", mb=PH, prof="yahoo",
  name="Lorraine Uhlenhake", email="lorraine.uhlenhake@yahoo.com", subj="Catalog",
  body="Please do not share my name and address with any other companies. I enjoy the catalog and want to keep "
       "getting it.\n\nThank you,\nLorraine Uhlenhake\n1418 4th Ave SE\nCedar Rapids IA 52403",
  labels=[SO], ents={"name": "Lorraine Uhlenhake", "postal_code": "52403"},
  note="Keeps the catalog, refuses sharing: sharing opt-out only.")

S(cat="outsider: student school project", d="2027-02-22 15:48", mb=CC, prof="gmail",
  name="Maya L", email="mayal.2013.sp@gmail.com", subj="School project questions about privacy",
  body="Hi,\n\nMy name is Maya and I am in 7th grade at Patrick Marsh Middle School. For our digital citizenship "
       "unit we have to pick a company and find out how they protect people's privacy. I picked Alliant Energy "
       "because you are our electric company. Can you please answer these questions?\n\n1. What kind of "
       "information do you collect about your customers?\n2. Do you ever sell it to other companies?\n3. If "
       "someone doesn't want emails from you how do they unsubscribe?\n4. Has your company ever been hacked?\n\n"
       "My project is due March 12. My teacher Mrs. Heller said it was ok to email you. Thank you!!\n\nMaya",
  labels=[Q], ents={"name": "Maya"},
  note="Student's questions about the privacy policy; 'unsubscribe' appears only as a question about how others do it: question only.")

S(cat="automated: newsletter", d="2027-02-22 06:00", mb=CC,
  machine=lambda c, s, d: M.esp_newsletter(
      c, s, d, "constantcontact", "Greater Madison Chamber of Commerce", "news@greatermadisonchamber-news.org",
      "Business Weekly: Legislative breakfast, new members, and the March 11 Power Lunch",
      "Business Weekly | February 22, 2027\n\nLegislative Breakfast - March 5\nJoin area legislators for coffee and an "
      "update on the session. Members $25.\n\nWelcome New Members\nBadger State Sign Co.; Prairie Root Bakery; Hayes "
      "Family Dental\n\nPower Lunch - March 11\nThis month: cybersecurity basics for small business.\n\nThank you to our "
      "Platinum Investors, including Alliant Energy.\n\nGreater Madison Chamber of Commerce | 615 E. Washington Ave | "
      "Madison, WI 53703\nUnsubscribe customercare@alliant-energy.com | Update Profile | Constant Contact Data Notice\n",
      "<html><body><table width=\"600\"><tr><td><h1>Business Weekly</h1><p>February 22, 2027</p><h2>Legislative "
      "Breakfast - March 5</h2><p>Join area legislators for coffee and an update on the session. Members $25.</p><h2>Power "
      "Lunch - March 11</h2><p>This month: cybersecurity basics for small business.</p><p style=\"font-size:10px\">"
      "<a href=\"https://visitor.constantcontact.com/do?p=un&amp;m=001abc\">Unsubscribe customercare@alliant-energy.com</a>"
      "</p></td></tr></table></body></html>\n",
      "<1101928374561.greatermadisonchamber-news.org>", "https://visitor.constantcontact.com/do?p=un&m=001Xk",
      "in.constantcontact.com", "customercare@alliant-energy.com"),
  note="Chamber of Commerce bulk newsletter (List-Id, Precedence: bulk); its unsubscribe footer is theirs.")

# --- Tue 23 Feb: promo HPW goes out 10:02 -------------------------------------------------------------
S(cat="automated: bounce", d="2027-02-23 10:03", mb=CC, tz="-0800",
  machine="bounce_google", args=dict(o="HPW", rcpt="jkleinschmidt1961@gmail.com"),
  note="Gmail DSN for the heat-pump promo; the quoted headers carry our List-Unsubscribe.")

S(cat="automated: bounce", d="2027-02-23 10:04", mb=CC, tz="+0000",
  machine="bounce_ms", args=dict(o="HPW", rcpt="t.vanderlinden@hotmail.com"),
  note="Microsoft NDR (multipart/report) for the heat-pump promo.")

S(cat="automated: auto-reply", d="2027-02-23 10:09", mb=CC,
  machine="gmail_vacation", args=dict(o="HPW", who="Pam Ruggles", waddr="pamruggles.home@gmail.com",
                                      subject="Away until March 1",
                                      text="Hi! We're visiting our daughter in Arizona and I'm checking email only now "
                                           "and then. I'll get back to you after March 1.\n\nPam"),
  note="Gmail vacation responder to the promo (Auto-Submitted: auto-replied).")

S(cat="customer: List-Unsubscribe mailto (Gmail)", d="2027-02-23 10:31", mb=CC, prof="gmail",
  name="Kevin Schroeder", email="kschroeder.ia@gmail.com", subj="unsubscribe AE-NL-2702-HPW",
  body="This message was automatically generated by Gmail.",
  labels=[MO], ents={},
  note="Gmail's unsubscribe button on the heat-pump promo: a person's marketing opt-out, answered at From.")

S(cat="customer: marketing opt-out reply", d="2027-02-23 11:15", mb=CC, prof="icloud",
  name="Shelly Tjaden", email="shellytjaden@icloud.com", quote="HPW",
  body="Unsubscribe",
  labels=[MO], ents={},
  note="One word under the heat-pump promo: marketing opt-out.")

S(cat="outsider: marketing agency pitch", d="2027-02-23 13:22", mb=CC, prof="gws",
  name="Tyler Brandstetter", email="tyler@brightline-digital.co", subj="Quick question about Alliant Energy's email program",
  body="Hi there,\n\nI was looking at Alliant Energy's recent customer emails and noticed a few quick wins that could "
       "lift your open rates 20-35% (subject line testing, send-time optimization, and cleaning up your "
       "unsubscribe flow).\n\nBrightline Digital works with utilities and co-ops across the Midwest, including two "
       "of the top 10 electric co-ops in Minnesota. We've helped clients grow enrollment in programs like yours by "
       "up to 3x.\n\nWould you be open to a 15-minute call next week? Here's my calendar: "
       "https://meet.brightline-digital.co/tyler\n\nBest,\nTyler Brandstetter\nGrowth Partner | Brightline Digital\n\n"
       "P.S. If you're not the right person, could you point me to who handles digital marketing? If you'd rather "
       "not hear from me, just reply \"unsubscribe\" and I won't follow up.",
  headers=["X-Mailer: Apollo.io"],
  automated=True, note="Cold sales pitch from an agency (sequence tool); its 'reply unsubscribe' line is its own offer, not a request to us.")

S(cat="customer: question about a promotion", d="2027-02-23 14:05", mb=CC, prof="outlook",
  name="Glen Sorensen", email="glensorensen@outlook.com", quote="HPW",
  body="Hello,\n\nDoes the $300 rebate apply if we already had a heat pump water heater installed in January? It was "
       "a Rheem ProTerra 50 gal, installed by Klinger Plumbing on Jan. 14. Nobody told us about a rebate at the "
       "time.\n\nAcct 8830-2215-47\n\nThanks,\nGlen Sorensen",
  labels=[Q], ents={"name": "Glen Sorensen", "account": "8830-2215-47"},
  note="Rebate question under the promo; the quoted footer's 'unsubscribe' is ours.")

S(cat="customer: marketing opt-out + complaint", d="2027-02-23 19:40", mb=CC, prof="comcast",
  name="Dorothy Kranz", email="dkranz1944@comcast.net", subj="Stop the advertising",
  body="To Alliant Energy,\n\nPlease take me off all your advertising lists, both the mail and the e-mail. I am 82 "
       "years old and I do not need a heat pump water heater or anything else you are selling. I asked your "
       "people on the telephone last fall to stop and the envelopes keep coming. Why is it so hard to get off "
       "your list?\n\nDorothy Kranz\n1710 Rhomberg Ave\nDubuque, IA 52001",
  labels=[MO, Q], ents={"name": "Dorothy Kranz", "postal_code": "52001"},
  note="Clear opt-out from both channels plus a complaint about an earlier request being ignored: both labels.")

S(cat="outsider: neighbour about a tree near a line", d="2027-02-23 16:10", mb=CC, prof="yahoo",
  name="Curtis Mahler", email="curt_mahler@yahoo.com", subj="Tree limbs on power line behind my house",
  body="Hi, there is a big silver maple in my neighbor's back yard and two of the limbs are laying on the power "
       "line that runs along the alley behind our houses. When the wind blows you can see sparks at night. It's "
       "not my tree and the neighbor is a rental, the owner lives out of state. Can somebody come look at it "
       "before it comes down? This is the line behind 2216 Cranston Rd.\n\nCurtis Mahler\n608-555-0183\n"
       "Beloit WI 53511",
  labels=[Q], ents={"name": "Curtis Mahler", "postal_code": "53511"},
  note="A neighbour reporting a tree on a line: a service request for a human, not a privacy request.")

# --- Wed 24 Feb ---------------------------------------------------------------------------------------
S(cat="customer: both opt-outs", d="2027-02-24 08:20", mb=PH, prof="aol",
  name="Ron Pflum", email="ronpflum@aol.com", subj="catalogs",
  body="Stop sending me catalogs and dont sell my name to nobody else either. Thank you\nRon Pflum",
  labels=[MO, SO], ents={"name": "Ron Pflum"},
  note="Stop the catalog and don't sell the name: both opt-outs.")

S(cat="outsider: journalist", d="2027-02-24 09:05", mb=CC, prof="m365mc",
  name="Jenna Whitlock", email="jwhitlock@linncountyledger.com",
  subj="Media inquiry: PowerHouse Catalog customer list sharing (deadline Thurs 3 p.m.)",
  body="Good morning,\n\nI'm a reporter with the Linn County Ledger working on a consumer story about how local "
       "companies handle customer data. Several readers have told us they started getting catalogs from companies "
       "they had never heard of after ordering from the PowerHouse Catalog, and a couple of them asked us how to "
       "opt out of the list sharing described in your privacy policy.\n\nCould someone answer a few questions for "
       "the story?\n\n- How many other companies does PowerHouse share or rent its list to, and how often?\n"
       "- Is Alliant Energy utility customer information ever included?\n- Roughly how many customers have asked "
       "not to be shared?\n\nMy deadline is Thursday at 3 p.m. I'm happy to talk by phone as well.\n\nThank you,\n\n"
       "Jenna Whitlock\nReporter, Linn County Ledger\n319-555-0118",
  labels=[Q], ents={"name": "Jenna Whitlock"},
  note="Press inquiry; mentions opting out of sharing only as something readers asked about: question for a human (media relations).")

S(cat="customer: question about data sharing", d="2027-02-24 11:45", mb=CC, prof="outlook",
  name="Priya Raman", email="priya.raman88@outlook.com", quote="HPW",
  body="Hi - if I sign up for the water heater rebate, is my name and phone number given to the contractors on the "
       "participating list? Last time I got a quote online I got calls for weeks. I'd like to know before I apply.\n\n"
       "Priya Raman",
  labels=[Q], ents={"name": "Priya Raman"},
  note="Asks whether data goes to contractors: a question about sharing, not a sharing opt-out.")

S(cat="outsider: contractor wanting to be a vendor", d="2027-02-24 13:30", mb=CC, prof="gws",
  name="Luis Ortega", email="luis@ortegatreecare.com", subj="How to become a vegetation management subcontractor",
  body="Hello,\n\nI own a small tree service in Waterloo (4 crews, ISA certified arborist, fully insured, two "
       "bucket trucks). We do a lot of residential work near service drops and I'd like to find out how to get on "
       "Alliant Energy's list of approved vegetation management subcontractors. Is there a supplier registration "
       "or prequalification process? I couldn't find one on your website, only the privacy page with this "
       "email.\n\nThank you,\n\nLuis Ortega\nOwner, Ortega Tree Care LLC\n1127 Falls Ave, Waterloo, IA 50701\n"
       "319-555-0129",
  labels=[Q], ents={"name": "Luis Ortega", "postal_code": "50701"},
  note="A small contractor's own inquiry about supplier registration (not a templated pitch): question, to be redirected to procurement.")

S(cat="customer: marketing opt-out (Spanish)", d="2027-02-24 15:02", mb=CC, prof="gmail", lang="es",
  name="Rosa Elena Villanueva", email="rosaelena.villanueva@gmail.com", subj="Ya no quiero correos",
  body="Buenas tardes,\n\nYa no quiero recibir correos de promociones de Alliant. Por favor quítenme de la lista.\n\n"
       "Gracias.\nRosa Elena Villanueva",
  labels=[MO], ents={"name": "Rosa Elena Villanueva"},
  note="Spanish: no more promotional e-mails, take me off the list: marketing opt-out.")

S(cat="outsider: mistaken recipient (personal mail)", d="2027-02-24 18:44", mb=CC, prof="gmail",
  name="Bev Nordstrom", email="bevnordstrom@gmail.com", subj="minutes from Tuesday",
  body="Hi Carol,\n\nHere are the minutes from Tuesday. Can you look them over before I send them to everyone? I "
       "wasn't sure if we voted on the plant sale date or just talked about it. Also Jean said she'll bring the "
       "coffee urn next time.\n\nGarden Club minutes 2/23\n- 14 members present\n- Treasurer: $1,212.40 in "
       "checking\n- Plant sale tentatively May 15 at the fairgrounds\n- Next meeting March 23, speaker from the "
       "extension office on pollinator gardens\n\nThanks!\nBev",
  labels=[], ents={"name": "Bev"}, ack=None,
  note="Garden-club minutes meant for a friend (address autocomplete went wrong): a person wrote it, but there is nothing for us to do; no acknowledgement.")

# --- Thu 25 Feb: catalog e-mail 09:30 -----------------------------------------------------------------
S(cat="automated: auto-reply (headerless)", d="2027-02-25 09:31", mb=PH,
  machine="plain_autoreply", args=dict(o="SPR", who="Hillcrest Hardware", waddr="orders@hillcresthardware.net",
                                       dom="hillcresthardware.net",
                                       text="This mailbox is no longer monitored. Hillcrest Hardware closed on "
                                            "December 31, 2026. Thank you for 41 years of business!\n\nFor warranty "
                                            "questions please contact the manufacturer directly."),
  note="'No longer monitored' reply with no Auto-Submitted header: still machine mail.")

S(cat="customer: List-Unsubscribe mailto (Outlook.com)", d="2027-02-25 09:52", mb=PH, prof="outlook",
  name="Amber Koenig", email="amberkoenig@live.com", subj="unsubscribe PH-2702-SPR",
  body="",
  labels=[MO], ents={},
  note="Empty body, subject from our List-Unsubscribe mailto: a person pressed Unsubscribe on the catalog e-mail: marketing opt-out, never a sharing opt-out.")

S(cat="customer: marketing opt-out reply", d="2027-02-25 10:40", mb=PH, prof="gmail",
  name="Jake Ohrt", email="jakeohrt22@gmail.com", quote="SPR",
  body="Remove\n\nSent from my Galaxy",
  labels=[MO], ents={},
  note="'Remove' under the catalog promo e-mail: marketing opt-out; the quoted sharing footer is ours.")

S(cat="customer: catalog-sharing opt-out reply", d="2027-02-25 12:10", mb=PH, prof="yahoo",
  name="Kathy Brune", email="kathybrune@yahoo.com", quote="SPR",
  body="I like getting the catalog but I just read the bottom of this where it says you share names. Please do NOT "
       "share mine with anybody.\n\nKathy",
  labels=[SO], ents={"name": "Kathy"},
  note="Points at our footer but the request is her own sentence: sharing opt-out only, keeps the catalog.")

S(cat="outsider: data reseller wanting the list", d="2027-02-25 14:00", mb=PH, prof="gws",
  name="Greg Mattingly", email="gmattingly@northstarlistmgmt.com", subj="List rental inquiry: PowerHouse Catalog buyer file",
  body="Hello PowerHouse team,\n\nNorthstar List Management represents a number of home and garden mailers who are "
       "looking for responsive catalog buyers in the upper Midwest. We'd like to discuss renting or exchanging "
       "your 12-month and 24-month buyer files (names and postal addresses only).\n\nWe pay $110/M plus selects, "
       "all rentals are one-time use, seeded, and we honor any do-not-share and do-not-mail suppressions you "
       "provide. Net-name arrangements are available.\n\nCould you send current counts and a data card, or let me "
       "know who manages list rentals for the catalog?\n\nRegards,\nGreg Mattingly\nAccount Director, Northstar "
       "List Management\n612-555-0190",
  automated=True,
  note="Cold B2B pitch to buy/rent the catalog list; 'do-not-share suppressions' is the broker's sales talk, not a customer's request.")

S(cat="customer: product question on catalog e-mail", d="2027-02-25 19:20", mb=PH, prof="icloud",
  name="Deb Frahm", email="debfrahm@icloud.com", quote="SPR",
  body="Do you still carry the cast iron reversible griddle that was on page 14 of the fall catalog? I can't find "
       "it on the website",
  labels=[Q], ents={},
  note="Product question replying to the catalog e-mail: question; nothing about opting out.")

S(cat="outsider: charity asking for sponsorship", d="2027-02-25 11:05", mb=CC, prof="gws",
  name="Heather Brandt", email="heather@linnareafoodpantry.org", subj="Spring Harvest 5K sponsorship - May 15",
  body="Hello,\n\nThank you again for Alliant Energy's support of last year's Spring Harvest 5K! Your crew's "
       "water station at mile 2 was a highlight for our runners.\n\nWe are planning the 2027 race for Saturday, "
       "May 15 and would love to have Alliant back as a Gold sponsor ($1,500), which includes your logo on the "
       "shirts and a booth at the finish. All proceeds stock the pantry shelves through the summer.\n\nI wasn't "
       "sure who the right contact is now that Mike Reinhart has retired. Could you forward this to whoever "
       "handles community giving, or let me know who to contact?\n\nWith gratitude,\nHeather Brandt\nDevelopment "
       "Coordinator, Linn Area Food Pantry\n319-555-0135\n\nLinn Area Food Pantry is a 501(c)(3). If you'd prefer not "
       "to receive event updates from us, reply REMOVE.",
  labels=[Q], ents={"name": "Heather Brandt"},
  note="Personal sponsorship request from a local charity: needs a human to route it (question). 'reply REMOVE' is the charity's own footer.")

S(cat="customer: catalog-sharing opt-out (Spanish)", d="2027-02-25 16:45", mb=PH, prof="outlook", lang="es",
  name="Marisol Cárdenas", email="marisol.cardenas@hotmail.com", subj="Mi información", charset="iso-8859-1",
  body="Hola,\n\nQuiero seguir recibiendo el catálogo, pero no quiero que compartan mi nombre ni mi dirección con "
       "otras compañías.\n\nGracias,\nMarisol Cárdenas\n52404",
  labels=[SO], ents={"name": "Marisol Cárdenas", "postal_code": "52404"},
  note="Spanish: keep the catalog, don't share name or address: sharing opt-out only.")

# --- Fri 26 Feb ---------------------------------------------------------------------------------------
S(cat="customer: both opt-outs + question", d="2027-02-26 08:50", mb=PH, prof="comcast", client="applemail",
  name="Walter Gries", email="wgries@comcast.net", subj="Catalog mailing list",
  body="Two things.\n\nFirst, please take me off the catalog mailing list, and do not give or sell my name to anyone "
       "else.\n\nSecond, I would like to know whether you have already given my name to other companies. Since "
       "last fall I have been getting catalogs from outfits I never heard of.\n\nThe label says CUST NO 40177265.\n\n"
       "Walter Gries\nLa Crosse, WI 54601",
  labels=[MO, SO, Q], ents={"name": "Walter Gries", "postal_code": "54601", "account": "40177265"},
  note="Stop catalog + don't share + asks who already got his name: all three labels.")

S(cat="outsider: landlord's property manager", d="2027-02-26 10:15", mb=CC, prof="m365",
  name="Tamara Jessup", email="tjessup@riverbendpm.com", subj="Unit 4B, 1220 Oak St - tenant moving out 2/28",
  body="Good morning,\n\nOur tenant in Unit 4B at 1220 Oak St is moving out on Sunday 2/28. Please switch the "
       "electric and gas service back into the owner's name (Riverbend Holdings LLC, account 5510 3387 21) "
       "effective 3/1 so the unit doesn't get disconnected during turnover. We do this for all our units between "
       "tenants.\n\nPlease let me know if you need anything else from us.\n\nThank you,\n\nTamara Jessup\n"
       "Property Manager | Riverbend Property Management\n220 E Washington St, Iowa City, IA 52240\nP 319-555-0156",
  labels=[Q], ents={"name": "Tamara Jessup", "postal_code": "52240", "account": "5510 3387 21"},
  note="Property manager asking for a service transfer on the owner's account she manages: question; entities from her signature.")

S(cat="automated: phishing", d="2027-02-26 03:12", mb=CC,
  machine=lambda c, s, d: dict(
      env="bounce@mail-notice-%s.com" % c.an(6).lower(), helo="vps-%s.hostingsrv.net" % c.hx(6),
      ip="185.%d.%d.%d" % (c.R.randint(100, 250), c.R.randint(0, 250), c.R.randint(2, 250)), dkim=None,
      spf="softfail", dmarc="none", fromdom="alliant-energy-itsupport.com", prov=[],
      headers=["From: \"IT Service Desk\" <helpdesk@alliant-energy-itsupport.com>",
               "To: customercare@alliant-energy.com", "Subject: Password Expiry Notice for customercare@alliant-energy.com",
               "Date: %s" % rfc(d), "Message-ID: <%s@alliant-energy-itsupport.com>" % c.hx(20), "MIME-Version: 1.0"],
      body=leaf("text/html",
                "<html><body style=\"font-family:Segoe UI,Arial\"><p>Dear customercare,</p><p>The password for your "
                "Microsoft 365 mailbox <b>customercare@alliant-energy.com</b> expires today. To keep using the same "
                "password and avoid losing queued messages, please confirm below within 24 hours.</p><p><a href=\""
                "https://alliant-energy-itsupport.com/owa/keep-password?u=customercare\" style=\"background:#0078d4;"
                "color:#fff;padding:10px 18px;text-decoration:none\">Keep Current Password</a></p><p>IT Service "
                "Desk<br>This is an automated message. Do not share this email.</p></body></html>\n",
                "utf-8", "quoted-printable")),
  note="Credential phishing at our own mailbox; 'Do not share this email' is the phisher's text.")

S(cat="customer: data access request", d="2027-02-26 13:48", mb=CC, prof="gmail",
  name="Aaron Feldmann", email="aaron.feldmann@gmail.com", subj="Request for my personal information",
  body="Hello,\n\nUnder your privacy policy I'd like to know what personal information Alliant Energy has about me "
       "and who you have shared it with. Please send me a copy.\n\nAaron Feldmann\nAccount 3301 9487 62\n"
       "Madison, WI 53704",
  labels=[Q], ents={"name": "Aaron Feldmann", "account": "3301 9487 62", "postal_code": "53704"},
  note="Request for a copy of his data: a clear question.")

S(cat="outsider: former employee asking for a W-2", d="2027-02-26 20:02", mb=CC, prof="yahoo",
  name="Shawna Tillery", email="shawnatillery@yahoo.com", subj="W-2 for 2026",
  body="Hi, I worked at the Cedar Rapids customer service center until October 2026 and I still have not gotten my "
       "W-2. I moved right after I left so it probably went to my old apartment. My new address is 4415 SW 9th St "
       "Apt 12, Des Moines IA 50315. I didn't want to put my social security number in an email for privacy "
       "reasons but my employee ID was 208841.\n\nCan someone mail it or tell me where to get it online? Taxes are "
       "due soon. Thank you\n\nShawna Tillery\n515-555-0173",
  labels=[Q], ents={"name": "Shawna Tillery", "postal_code": "50315"},
  note="Former employee needs a W-2 (for HR/payroll): question; 'privacy' only in passing; employee ID is not an account.")

S(cat="customer: marketing opt-out (phone, terse)", d="2027-02-26 21:30", mb=CC, prof="icloud",
  name="Brandon Steffen", email="bsteffen@icloud.com", subj="junk mail",
  body="pls no more junk mail from u guys thx",
  labels=[MO], ents={},
  note="'Junk mail' from the utility = promotional mailings: marketing opt-out.")

S(cat="customer: unclear (unsubscribe on a forwarded bill notice)", d="2027-02-26 12:00", mb=CC, prof="outlook",
  name="Nicole Buchheit", email="nbuchheit@outlook.com", quote="BILL1", fwd=True,
  body="unsubscribe",
  labels=[], unclear=True, ents={},
  note="'unsubscribe' on a forwarded bill notice (a service message): not a marketing opt-out; unclear.")

# --- Sat 27 Feb ---------------------------------------------------------------------------------------
S(cat="outsider: got our mail meant for someone else (catalog to previous owner)", d="2027-02-27 10:22", mb=PH,
  prof="comcast", name="Jill Havlik", email="jhavlik@comcast.net", subj="Catalog for previous owner",
  body="Hello,\n\nWe keep getting the PowerHouse catalog addressed to Gerald Boettcher. He sold us this house in 2023 "
       "and moved to Arizona. Please take his name off your list for this address, they just go straight in the "
       "recycling.\n\n3319 Linmar Dr NE\nMarion, IA 52302\n\nThanks,\nJill Havlik",
  labels=[], unclear=True, ents={"name": "Gerald Boettcher", "postal_code": "52302"},
  note="Current resident asks us to drop the previous owner's name: a request for someone else without standing: unclear; entities name the person it is for.")

S(cat="customer: catalog-sharing opt-out", d="2027-02-27 14:15", mb=PH, prof="gmail",
  name="Danielle Wirth", email="dwirth.mn@gmail.com", subj="Do not sell",
  body="Do not sell my personal information.\n\nSent from my Galaxy",
  labels=[SO], ents={},
  note="'Do not sell my personal information' to the catalog: sharing opt-out.")

S(cat="automated: mailing list digest", d="2027-02-27 07:00", mb=CC,
  machine=lambda c, s, d: M.esp_newsletter(
      c, s, d, "mailchimp", "Midwest Utility Communicators", "digest@midwestutilitycomm.org",
      "MUC Digest: Winter storm messaging, opt-out rules, and April conference",
      "MUC Digest - February 27, 2027\n\nIn this issue\n* Lessons from the January ice storm: outage texts that "
      "worked\n* Roundup: state rules on marketing opt-outs and 'do not sell' requests for utilities\n* April "
      "conference in Des Moines: early registration ends March 15\n\nYou are receiving this because a member of your "
      "organization subscribed to MUC Digest.\nUnsubscribe: https://midwestutilitycomm.us21.list-manage.com/unsubscribe\n",
      "<html><body><h2>MUC Digest</h2><ul><li>Lessons from the January ice storm</li><li>State rules on marketing "
      "opt-outs and 'do not sell' requests</li><li>April conference in Des Moines</li></ul><p><a href=\"https://"
      "midwestutilitycomm.us21.list-manage.com/unsubscribe\">unsubscribe from this list</a></p></body></html>\n",
      "MUC Digest <a91c7e4b2d.midwestutilitycomm.us21.list-id.mcsv.net>",
      "https://midwestutilitycomm.us21.list-manage.com/unsubscribe?u=a91c7e4b2d", "mcsv.net",
      "customercare@alliant-energy.com"),
  note="Trade-association digest (List-Id, Precedence: bulk); 'opt-out' and 'do not sell' are article titles.")

S(cat="customer: marketing opt-out (Spanish)", d="2027-02-27 18:30", mb=PH, prof="gmail", lang="es",
  name="Ignacio Barrera", email="ignaciobarrera64@gmail.com", subj="catálogo",
  body="Buenas tardes, por favor ya no me manden el catálogo a mi casa. Mi nombre es Ignacio Barrera, 1907 Grant "
       "St, Mount Pleasant IA 52641.\n\nMuchas gracias",
  labels=[MO], ents={"name": "Ignacio Barrera", "postal_code": "52641"},
  note="Spanish: stop sending the catalog: marketing opt-out.")

# --- Sun 28 Feb ---------------------------------------------------------------------------------------
S(cat="outsider: wrong company (Spanish, 'dar de baja')", d="2027-02-28 11:20", mb=CC, prof="gmail", lang="es",
  name="Yesenia Olmos", email="yeseolmos.21@gmail.com", subj="Dar de baja servicio",
  body="Hola buenas tardes, quiero dar de baja mi servicio de internet y teléfono porque me mudo a Texas el 15 de "
       "marzo. El número de cuenta de Mediacom es el 0712-448-9903. ¿Me pueden decir a dónde tengo que regresar el "
       "módem?\n\nGracias\nYesenia Olmos",
  labels=[Q], ents={"name": "Yesenia Olmos"},
  note="'Dar de baja' here means cancel her internet with another company (Mediacom), not unsubscribe: a person must tell her she wrote to the wrong company: question; the Mediacom number is not our account.")

S(cat="customer: question about how to opt out", d="2027-02-28 16:40", mb=CC, prof="yahoo",
  name="Carla Reinders", email="carlareinders@yahoo.com", subj="Paper mailers",
  body="How do I stop getting the paper mailers about your programs? Is there a form I have to fill out or is an "
       "email enough? And does it stop the PowerHouse catalog too or is that separate?\n\nCarla",
  labels=[Q], ents={"name": "Carla"},
  note="Asks HOW to opt out and what it covers, without asking to be opted out: question only.")

S(cat="outsider: asks us to forward a message", d="2027-02-28 20:10", mb=CC, prof="gmail",
  name="Nancy Eckhoff", email="nancyeckhoff@gmail.com", subj="Please pass this on to the line crew",
  body="Could you please forward this to the crew that came out to Wapsi Road on Saturday night during the ice? "
       "My husband is on oxygen and they had us back on in under two hours, in the dark and the sleet. I never "
       "got their names. We are so grateful. Please tell them thank you from the Eckhoffs.\n\nNancy Eckhoff\n"
       "Independence",
  labels=[Q], ents={"name": "Nancy Eckhoff"},
  note="Asks us to forward thanks to a crew: someone has to do it, so question; not a thank-you to our acknowledgement.")

# =====================================================================================================
# Week 2: Mon 1 Mar - Sun 7 Mar 2027
# =====================================================================================================

S(cat="customer: marketing opt-out via web form", d="2027-03-01 08:05", mb=CC, prof="webform",
  name="Bradley Kuehl", email="bkuehl.farms@gmail.com", subj="Contact Us: Privacy / Marketing preferences",
  body="Contact Us form submission\n\nName: Bradley Kuehl\nEmail: bkuehl.farms@gmail.com\nPhone: 608-555-0164\n"
       "Account number: 7720 1184 09\nZIP code: 53597\nTopic: Privacy / Marketing preferences\n\nMessage:\nPlease "
       "remove me from all marketing mail and e-mail. Bills only please.\n\nSubmitted 03/01/2027 08:05 AM from "
       "alliantenergy.com/contact",
  labels=[MO], ents={"name": "Bradley Kuehl", "postal_code": "53597", "account": "7720 1184 09"},
  note="Our web-form relay: From is noreply@, the customer is in Reply-To, so ack_to is his address.")

S(cat="outsider: printer confirming a job (vendor mail)", d="2027-03-01 09:15", mb=PH, prof="m365",
  name="Kristin Alvarado", email="kalvarado@heartlandprintmail.com", subj="PH Spring 2027 - drop confirmation",
  body="Hi all,\n\nConfirming the Spring 2027 PowerHouse catalog dropped today at the Des Moines NDC.\n\n"
       "Pieces mailed: 186,412\nDo-not-mail suppression applied: 2,118 records (file rec'd 2/19)\nDo-not-share "
       "flags passed through to the list rental extract: 5,904 records\nNCOA moves updated: 3,377\n\nPostage "
       "statement and the seed report will follow by Wednesday. Let me know if you need anything else.\n\n"
       "Kristin Alvarado\nProduction Coordinator | Heartland Print & Mail\n515-555-0107",
  automated=True,
  note="Printer's job confirmation to the catalog team: partner/vendor mail about suppressions, not a request; automated per LABELS.")

S(cat="customer: marketing opt-out (catalog, both channels)", d="2027-03-01 10:40", mb=PH, prof="outlook",
  name="Joan Whitcomb", email="joanwhitcomb@msn.com", subj="Please stop",
  body="Please stop sending me the catalog and the catalog e-mails. Thank you.\n\nJoan Whitcomb\n52402",
  labels=[MO], ents={"name": "Joan Whitcomb", "postal_code": "52402"},
  note="Catalog by post and e-mail: marketing opt-out; subject alone would be unclear but the body names the catalog.")

S(cat="outsider: city clerk", d="2027-03-01 11:30", mb=CC, prof="m365",
  name="Deborah Kline", email="dkline@hiawathaiowa.gov", subj="Streetlight LED conversion - council meeting March 16",
  body="Hello,\n\nThe Hiawatha City Council has the streetlight LED conversion agreement on its March 16 agenda and "
       "asked me to invite someone from Alliant Energy to answer questions. I also need an updated list of the "
       "pole numbers for the Boyson Road lights that are still out, since residents keep calling City Hall about "
       "them.\n\nWho should I be working with? Our previous contact's email bounces.\n\nThank you,\n\nDeborah "
       "Kline\nCity Clerk, City of Hiawatha\n101 Emmons St, Hiawatha, IA 52233\n319-555-0124",
  labels=[Q], ents={"name": "Deborah Kline", "postal_code": "52233"},
  note="City clerk needs a contact and streetlight information: question for a human; not a customer privacy request.")

S(cat="customer: data deletion request", d="2027-03-01 13:00", mb=CC, prof="gmail",
  name="Kyle Brenneman", email="kyle.brenneman@gmail.com", subj="Delete my data",
  body="Hi,\n\nI closed my account when I moved to Texas in December (final bill is paid). Please delete all of my "
       "personal information from your systems, including my online account login.\n\nThanks,\nKyle Brenneman",
  labels=[Q], unclear=True, ents={"name": "Kyle Brenneman"},
  note="Request to delete everything: unclear plus question per LABELS (deletion is not something the bot may do).")

S(cat="automated: auto-reply (Spanish) to our acknowledgement", d="2027-03-01 09:14", mb=CC,
  lang="es", machine="ooo_exchange", args=dict(o="ACK3", who="Verónica Treviño", waddr="vtrevino@grupolaredo-imports.com",
                                    dom="grupolaredo-imports.com", prefix="Respuesta automática: ", lang="es-MX",
                                    text="Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 8 de marzo "
                                         "y tendré acceso limitado al correo. Para asuntos urgentes, favor de "
                                         "comunicarse con Luis Garza al 956-555-0111.\n\nSaludos,\nVerónica Treviño"),
  note="LOOP TRAP: Spanish out-of-office answering our acknowledgement.")

S(cat="customer: sharing opt-out + question", d="2027-03-01 15:15", mb=PH, prof="comcast",
  name="Phyllis Amundson", email="pamundson@comcast.net", subj="My name",
  body="Don't rent my name to other catalogs. And I'd like to know which companies already got it. I started "
       "getting Haband and Blair the same month.\n\nPhyllis Amundson\nCUST NO 40291184",
  labels=[SO, Q], ents={"name": "Phyllis Amundson", "account": "40291184"},
  note="Sharing opt-out plus asks who already received her name: both.")

# --- Tue 2 Mar: newsletter TIPS 10:15 -----------------------------------------------------------------
S(cat="customer: thanks for the newsletter", d="2027-03-02 12:30", mb=CC, prof="gmail",
  name="Gary Lensing", email="garylensing@gmail.com", quote="TIPS",
  body="Thanks for the sump pump reminder! Went down and checked ours and the float was stuck. Would've been a "
       "wet basement in April.\n\n-Gary",
  labels=[], ents={"name": "Gary"}, ack=None,
  note="Pure thank-you under the newsletter: no labels, no answer due; the quoted 'unsubscribe' footer is ours.")

S(cat="customer: question (opt-out not honored)", d="2027-03-02 11:02", mb=CC, prof="outlook",
  name="Melissa Tran", email="melissa.tran@outlook.com", quote="TIPS",
  body="I unsubscribed from these in January and got a confirmation email, but here is the March newsletter "
       "anyway. How long does it take for the unsubscribe to go through?\n\nMelissa Tran",
  labels=[Q], ents={"name": "Melissa Tran"},
  note="Asks how long an opt-out takes and complains; the earlier opt-out is not a new request: question only.")

S(cat="automated: auto-reply", d="2027-03-02 10:16", mb=CC,
  machine="ooo_exchange", args=dict(o="TIPS", who="Mark Hoefer", waddr="mhoefer@cedarvalleyschools.org",
                                    dom="cedarvalleyschools.org",
                                    text="I am out of the building for a conference March 1-3. I will respond when I "
                                         "return. If you need immediate assistance, please call the district office at "
                                         "319-555-0150."),
  note="Out-of-office answering the newsletter.")

S(cat="outsider: scammer posing as a customer (bank change)", d="2027-03-02 14:22", mb=CC, prof="outlook",
  name="Robert Hanlon", email="robert.hanlon.acct@outlook.com",
  rt="Robert Hanlon <rhanlon.pay@proton.me>", rt_addr="rhanlon.pay@proton.me",
  subj="Update bank account for my automatic payment - urgent",
  body="Hello Customer Service,\n\nI need to update the bank account used for my automatic payments and for the "
       "refund of my deposit. I am currently traveling overseas and cannot call, so please make the change by "
       "email only.\n\nNew bank: Evolve Bank & Trust\nRouting: 084106768\nAccount: 9104 3327 1180\n\nPlease "
       "confirm once this has been updated and reply only to this email. Do not contact my old number as it is "
       "no longer in service. Kindly treat as urgent as the refund is due this week.\n\nThank you,\nRobert "
       "Hanlon",
  automated=True,
  note="Social-engineering fraud: 'customer' asks to redirect payments/refund by e-mail only, Reply-To on another domain, no account number: treated as phishing (automated, never acknowledged).")

S(cat="customer: List-Unsubscribe via inbox-cleaning service", d="2027-03-02 16:00", mb=CC, prof="gmail",
  name="Jessica Moody", email="jessmoody.dsm@gmail.com", subj="unsubscribe AE-NL-2703-TIPS",
  body="This unsubscribe request was sent by InboxSweep on behalf of jessmoody.dsm@gmail.com.",
  headers=["Auto-Submitted: auto-generated", "X-Mailer: InboxSweep Unsubscriber 3.2"],
  labels=[MO], ents={}, ack=None,
  note="Inbox-cleaning service unsubscribing for a person: marketing opt-out, but it carries Auto-Submitted, so no answer (ack_to null).")

S(cat="outsider: university student project", d="2027-03-02 19:05", mb=CC, prof="gws",
  name="Jordan Fairbanks", email="jfairbanks2@students.prairietech.edu", subj="Class project - 15 min interview about your privacy policy?",
  body="Hello,\n\nI'm a junior in the business program at Prairie Tech and for my Business Law class I'm comparing "
       "the privacy policies of three Midwest utilities. I noticed yours has a special section about the "
       "PowerHouse Catalog sharing its list with other catalog companies, which the other two don't have.\n\n"
       "Would someone from your privacy or customer care team be willing to do a 15-minute phone or Zoom "
       "interview in the next two weeks? I'd mostly want to ask why the catalog is treated differently and how "
       "customers usually find out about the opt-out.\n\nThank you for considering it,\nJordan Fairbanks",
  labels=[Q], ents={"name": "Jordan Fairbanks"},
  note="College student asking for an interview about the policy: question; mentions the opt-out only as a topic.")

S(cat="customer: marketing opt-out reply (Spanish, one word)", d="2027-03-02 20:40", mb=CC, prof="gmail", lang="es",
  name="Jesús Manríquez", email="jmanriquez.ia@gmail.com", quote="TIPS",
  body="BAJA",
  labels=[MO], ents={},
  note="Spanish 'BAJA' (unsubscribe) under the newsletter, a promotional mail: marketing opt-out.")

# --- Wed 3 Mar: phishing in our name 07:41 --------------------------------------------------------------
def phish_copy(c, s, d):
    o = OURS["PHISH"]
    h = ("<html><body style=\"font-family:Arial\"><div style=\"background:#00467f;color:#fff;padding:12px\"><b>Alliant "
         "Energy</b></div><p>Dear Valued Customer,</p><p>Our records show that your Alliant Energy account is <b>PAST "
         "DUE</b> in the amount of <b>$318.62</b>.</p><p>Your electric service is scheduled to be <b style=\"color:red\">"
         "DISCONNECTED TODAY</b> within 2 hours unless payment is received.</p><p><a href=\"https://alliant-energy-"
         "billpay.com/secure/verify\">VERIFY AND PAY NOW</a></p><p>Payment by card or gift card accepted.</p><p>Alliant "
         "Energy Billing Department<br>Ref: AE-88231</p></body></html>\n")
    b = "=_%s" % c.hx(16)
    body = multipart("alternative", b, [leaf("text/plain", o["text"] + "\n", "utf-8", "quoted-printable"),
                                        leaf("text/html", h, "utf-8", "quoted-printable")])
    return dict(env="billing@srv%d.mx-dispatch-01.top" % c.R.randint(10, 99), helo="mail.mx-dispatch-01.top",
                ip="91.%d.%d.%d" % (c.R.randint(100, 220), c.R.randint(0, 250), c.R.randint(2, 250)), dkim=None,
                spf="fail", dmarc="fail", fromdom="alliant-energy.com", prov=[],
                headers=["From: Alliant Energy <customercare@alliant-energy.com>", "To: customercare@alliant-energy.com",
                         "Subject: %s" % o["subject"], "Date: %s" % rfc(o["date"]), "Message-ID: %s" % o["mid"],
                         "X-Priority: 1 (Highest)", "MIME-Version: 1.0"], body=body)


S(cat="automated: phishing using our name", d="2027-03-03 07:41", mb=CC, machine=phish_copy,
  note="The disconnect-notice phish spoofing our own address, which also reached us (SPF and DMARC fail).")

S(cat="outsider: reply to phishing (is this real?)", d="2027-03-03 08:02", mb=CC, prof="gmail",
  name="Tasha Reece", email="tashareece91@gmail.com", quote="PHISH",
  body="Is this real??? I pay on autopay every month and my last bill was only $140. I'm not clicking anything "
       "until somebody tells me.\n\nTasha",
  labels=[Q], ents={"name": "Tasha"},
  note="Replies to the phish that used our name, asking if it is genuine: question (needs a human answer).")

S(cat="outsider: reply to phishing (thinks it is real, gives account)", d="2027-03-03 08:15", mb=CC, prof="yahoo",
  mailer="YahooMailIosMobile Raven/62931 CFNetwork/1498.700.2 Darwin/23.6.0",
  name="Krystal Meyer", email="krystalmeyer_23@yahoo.com", quote="PHISH",
  body="I ALREADY PAID THIS!!! I paid $200 on the 20th, I have the confirmation. Do NOT shut off my power I have "
       "a 3 month old. My account is 3012 4478 90. Please call me 319-555-0196\n\nKrystal Meyer",
  labels=[Q], ents={"name": "Krystal Meyer", "account": "3012 4478 90"},
  note="Believes the phish is real and disputes the past-due claim: urgent question (billing); account as written.")

S(cat="outsider: reply to phishing (STOP)", d="2027-03-03 08:30", mb=CC, prof="icloud",
  name="Lyle Bauman", email="lylebauman@icloud.com", quote="PHISH",
  body="STOP",
  labels=[], unclear=True, ents={},
  note="'STOP' under a disconnect notice (a service-type message, and not even ours): not a marketing opt-out; unclear.")

S(cat="outsider: reply to phishing (clicked the link)", d="2027-03-03 09:10", mb=CC, prof="outlook",
  name="Harold Jensen", email="hjensen1950@outlook.com", quote="PHISH",
  body="I clicked on the link this morning and paid the $318.62 with my debit card before my wife said it might "
       "be a scam. Was this from you? If not what should I do? Is my account information stolen?\n\nHarold "
       "Jensen",
  labels=[Q], ents={"name": "Harold Jensen"},
  note="Paid the phisher; asks what to do: urgent question.")

S(cat="outsider: reply to phishing (Spanish)", d="2027-03-03 09:45", mb=CC, prof="gmail", lang="es",
  name="Guadalupe Ríos", email="lupitarios77@gmail.com", quote="PHISH",
  body="Buenos días, ¿este correo es de ustedes? Dice que me van a cortar la luz hoy pero yo siempre pago a "
       "tiempo. No quiero dar mi tarjeta si es un fraude.\n\nGuadalupe",
  labels=[Q], ents={"name": "Guadalupe"},
  note="Spanish: is this e-mail from you? Question about the phish.")

S(cat="outsider: reply to phishing (not a customer, 'remove')", d="2027-03-03 10:20", mb=CC, prof="aol",
  name="Sharon Pike", email="sharonpike@aol.com", quote="PHISH",
  body="I don't even live in Iowa and I am NOT your customer. Remove my email from your list and stop sending me "
       "threats or I will report you.",
  labels=[], unclear=True, ents={},
  note="Non-customer reacting to the phish: the mail she wants stopped was not ours and was not marketing; "
       "'remove' under a (fake) service message is unclear.")

S(cat="outsider: business forwarding the phishing as a warning", d="2027-03-03 11:00", mb=CC, prof="m365",
  name="Mark DeVries", email="mdevries@devriesagsupply.com", quote="PHISH", fwd=True,
  body="FYI - our AP clerk got this this morning. Looks like a phishing email using your name and your email "
       "address. You might want to warn people, she almost paid it.\n\nMark DeVries\nDeVries Ag Supply\n"
       "Sioux Center, IA 51250",
  labels=[Q], ents={"name": "Mark DeVries", "postal_code": "51250"},
  note="Forwards the phish as a warning: needs human handling (security), so question; the quoted phish adds nothing.")

S(cat="outsider: journalist (phishing story)", d="2027-03-03 13:40", mb=CC, prof="gmail",
  name="Sam Ferrell", email="samferrell.writes@gmail.com", subj="Request for comment: disconnection scam emails",
  body="Hi,\n\nI'm a freelance writer working on a piece for Iowa Consumer Watch about the fake \"Final "
       "Disconnection Notice\" emails going around today that appear to come from Alliant Energy. A few readers "
       "forwarded them to us.\n\nCould Alliant provide a short statement: Are you aware of the emails? Does "
       "Alliant ever ask for payment by gift card? What should customers who paid do?\n\nI'm filing tomorrow "
       "morning.\n\nThanks,\nSam Ferrell\n515-555-0139",
  labels=[Q], ents={"name": "Sam Ferrell"},
  note="Press request for comment: question for media relations.")

S(cat="customer: marketing opt-out (business)", d="2027-03-03 12:30", mb=CC, prof="m365",
  name="Lisa Kramer", email="ap@kramerdental.com", subj="Please remove this address from marketing",
  body="Hello,\n\nPlease remove ap@kramerdental.com from your marketing and newsletter emails. This mailbox is for "
       "invoices and bills only.\n\nThank you,\nLisa Kramer\nOffice Manager, Kramer Family Dental\n5502 Odana Rd, "
       "Madison, WI 53711",
  labels=[MO], ents={"name": "Lisa Kramer", "postal_code": "53711"},
  note="Business AP mailbox asking to stop marketing e-mail; keeps bills: marketing opt-out; signature ZIP counts.")

# --- Thu 4 Mar: outage alert 14:20 --------------------------------------------------------------------
S(cat="customer: unclear (STOP under outage alert)", d="2027-03-04 14:45", mb=CC, prof="gmail",
  name="Derek Upah", email="derekupah@gmail.com", quote="OUTAGE",
  body="STOP",
  labels=[], unclear=True, ents={},
  note="'STOP' under the planned-outage alert (a service message): not a marketing opt-out; unclear.")

S(cat="customer: question under outage alert (Spanish)", d="2027-03-04 15:30", mb=CC, prof="gmail", lang="es",
  name="Ana María Loza", email="anamaria.loza@gmail.com", quote="OUTAGE",
  body="Buenas tardes. ¿A qué hora regresa la luz el martes? Mi mamá usa un concentrador de oxígeno y necesito "
       "saber si tengo que llevarla a otro lugar.\n\nAna María Loza",
  labels=[Q], ents={"name": "Ana María Loza"},
  note="Spanish service question (medical equipment) under the outage alert: question.")

S(cat="outsider: property manager asking to remove former tenants", d="2027-03-04 10:00", mb=PH, prof="gws",
  name="Prairie Crossing Leasing", email="leasing@prairiecrossingapts.com", subj="Catalogs for former residents",
  body="Hello,\n\nOur mail room gets stacks of PowerHouse catalogs every season addressed to residents who moved out "
       "years ago. Could you please remove all names at 2250 Prairie Crossing Dr except current residents? We "
       "can't tell you who lives here now for privacy reasons, so maybe just stop sending to the whole building "
       "unless someone orders.\n\nThank you,\nLeasing Office\nPrairie Crossing Apartments\n2250 Prairie Crossing "
       "Dr, Cedar Rapids, IA 52404",
  labels=[], unclear=True, ents={"postal_code": "52404"},
  note="Leasing office asks to remove other people's names from a whole building: no standing, no names: unclear.")

S(cat="automated: vendor system notification", d="2027-03-04 08:00", mb=PH,
  machine=lambda c, s, d: dict(
      env="notifications@proofroute.io", helo="o%d.mail.proofroute.io" % c.R.randint(1, 9),
      ip="149.72.%d.%d" % (c.R.randint(1, 250), c.R.randint(2, 250)), dkim=("proofroute.io", "s1"), spf="pass",
      dmarc="pass", fromdom="proofroute.io", prov=[],
      headers=["From: ProofRoute <notifications@proofroute.io>", "To: powerhousecatalog@alliant-energy.com",
               "Subject: Proof approved: PH Summer 2027 insert v3 (Job 77104)", "Date: %s" % rfc(d),
               "Message-ID: <%s@proofroute.io>" % c.uuid(), "Auto-Submitted: auto-generated",
               "X-Auto-Response-Suppress: All", "MIME-Version: 1.0"],
      body=leaf("text/plain",
                "ProofRoute notification\n\nJob 77104 - PH Summer 2027 insert v3\nStatus: APPROVED by Heartland "
                "Print & Mail (prepress)\nApproved: %s\n\nNext step: plates scheduled. List suppressions "
                "(do-not-mail, do-not-share) are applied at the mail-file stage.\n\nView job: "
                "https://app.proofroute.io/jobs/77104\n\nYou are receiving this because you are a reviewer on this "
                "job. Manage notifications in your ProofRoute settings.\n" % d.strftime("%m/%d/%Y %I:%M %p"),
                "utf-8")),
  note="Print vendor's proofing-system notice; suppression wording is about the job, not a request.")

S(cat="customer: both opt-outs (Spanish)", d="2027-03-04 17:10", mb=CC, prof="outlook", lang="es",
  name="Héctor Salinas Ruiz", email="hsalinasruiz@hotmail.com", subj="Publicidad y mis datos", charset="iso-8859-1",
  body="Buenas tardes:\n\nNo quiero que compartan mis datos con ninguna otra empresa y tampoco quiero recibir más "
       "publicidad, ni por correo postal ni por email.\n\nAtentamente,\nHéctor Salinas Ruiz\nCuenta 6021 3390 58",
  labels=[MO, SO], ents={"name": "Héctor Salinas Ruiz", "account": "6021 3390 58"},
  note="Spanish: don't share my data, no more advertising by post or e-mail: both opt-outs.")

# --- Fri 5 Mar ----------------------------------------------------------------------------------------
S(cat="outsider: cold product pitch to the catalog", d="2027-03-05 09:00", mb=PH, prof="gws",
  name="Megan Sato", email="megan@glowgrowled.com", subj="Partnership: GlowGrow LED grow lights for PowerHouse Catalog?",
  body="Hi PowerHouse team,\n\nSpring is the #1 season for indoor seed starting, and our GlowGrow full-spectrum "
       "LED panels sold out at 3 regional catalogs last year. We offer drop-ship, 45% margin, and free "
       "product photography for your spring and summer books.\n\nWould your merchandise buyer be open to samples? "
       "I can have a kit to you this week.\n\nCheers,\nMegan Sato\nWholesale Partnerships, GlowGrow LED\n\n"
       "Not interested? Reply \"remove\" and I'll take you off my list.",
  headers=["X-Mailer: lemlist"],
  automated=True, note="Templated vendor sales outreach (sequence tool) with its own 'reply remove' line: cold sales, automated.")

S(cat="outsider: someone else's bills reach their e-mail", d="2027-03-05 10:30", mb=CC, prof="gmail",
  name="Tom Akers", email="tomakers@gmail.com", subj="Getting bill emails for an account that isn't mine",
  body="Hi,\n\nFor about three months I have been getting \"Your Alliant Energy bill is ready\" emails for an account "
       "that is not mine. I've never lived in Iowa. I think whoever the customer is typed my email address by "
       "mistake, since it's a common name. Can you take my email off that account? I don't want to see someone "
       "else's bills and I'm sure they'd like to get them.\n\nTom Akers",
  labels=[Q], ents={"name": "Tom Akers"},
  note="Non-customer receiving a customer's bill notices: service/data problem for a human; not a marketing opt-out.")

S(cat="customer: unclear ('Yes' under catalog e-mail)", d="2027-03-05 11:12", mb=PH, prof="icloud",
  name="Linda Carstensen", email="lcarstensen@icloud.com", quote="SPR",
  body="Yes",
  labels=[], unclear=True, ents={},
  note="'Yes' under the catalog e-mail says nothing decidable: unclear.")

S(cat="customer: catalog-sharing opt-out (terse)", d="2027-03-05 12:40", mb=PH, prof="yahoo",
  mailer="YahooMailAndroidMobile YMobile/1.0 (com.yahoo.mobile.client.android.mail/7.58.1; Android/14; AP2A; a54x; samsung; SM-A546U; 6.35)",
  name="Barb Kuennen", email="barbkuennen@yahoo.com", subj="",
  body="dont share my name thanks Barb",
  labels=[SO], ents={"name": "Barb"},
  note="Empty subject, one line to the catalog: sharing opt-out.")

S(cat="outsider: realtor asking for a property's usage", d="2027-03-05 14:15", mb=CC, prof="gws",
  name="Carla Nyquist", email="carla@nyquistrealty.com", subj="Average utility cost for 815 W 3rd St, Waterloo",
  body="Hi there,\n\nI'm listing a home at 815 W 3rd St in Waterloo and buyers always ask about average monthly "
       "utility costs. The seller is fine with sharing, but I know there are privacy rules so I wanted to ask "
       "the right way. Can you send me the 12-month average electric and gas cost for the address, or tell me "
       "what form the seller needs to sign?\n\nThanks so much,\nCarla Nyquist\nNyquist Realty\n319-555-0176",
  labels=[Q], ents={"name": "Carla Nyquist"},
  note="Realtor asks for a third party's usage data: a question for a human (needs the customer's authorization); 'privacy' only in passing.")

S(cat="customer: household catalog stop for deceased spouse", d="2027-03-05 15:30", mb=PH, prof="isp",
  name="Irene Dvorak", email="irene.dvorak@mchsi.com", subj="Catalog for my husband",
  body="To the PowerHouse Catalog,\n\nMy husband Frank Dvorak passed away in January. Please stop sending the "
       "catalog addressed to him. It is hard to see his name on the mail every week.\n\nIrene Dvorak\n2204 Sunset "
       "Dr\nDubuque IA 52003",
  labels=[MO], ents={"name": "Frank Dvorak", "postal_code": "52003"},
  note="Widow at the same address stops catalogs to her late husband: household standing, so marketing opt-out; entities name the person it is for.")

def invoice_spam(c, s, d):
    b = "----=_NextPart_%03d_%04X_%s" % (c.R.randint(0, 999), c.R.randint(0, 65535), c.hx(16, True))
    html_att = ("<html><head><script>window.location='https://docs-viewer-secure.click/login?e=customercare%40"
                "alliant-energy.com'</script></head><body>Loading document...</body></html>\n").encode()
    body = multipart("mixed", b, [
        leaf("text/plain", "Hello,\n\nPlease find attached the overdue invoice INV-20931 for services rendered in "
             "January. Kindly process payment today to avoid late fees.\n\nRegards,\nAccounts Receivable\n",
             "windows-1252", "quoted-printable"),
        leaf("text/html", None, data=html_att, params='; name="INV-20931.html"',
             extra=['Content-Disposition: attachment; filename="INV-20931.html"'])])
    return dict(env="ar@%s.com" % c.an(9).lower(), helo="smtp.%s.com" % c.an(9).lower(),
                ip="103.%d.%d.%d" % (c.R.randint(10, 250), c.R.randint(0, 250), c.R.randint(2, 250)), dkim=None,
                spf="softfail", dmarc="none", fromdom="invoicing-dept.net", prov=[],
                headers=["From: Accounts Receivable <ar@invoicing-dept.net>", "To: customercare@alliant-energy.com",
                         "Subject: Overdue invoice INV-20931", "Date: %s" % rfc(d),
                         "Message-ID: <%s$%s@invoicing-dept.net>" % (c.hx(12), c.hx(8)), "X-Mailer: Microsoft Outlook 16.0",
                         "MIME-Version: 1.0"], body=body)


S(cat="automated: spam (fake invoice)", d="2027-03-05 06:40", mb=CC, machine=invoice_spam,
  note="Malicious 'overdue invoice' with an HTML attachment.")

# --- Sat 6 Mar ----------------------------------------------------------------------------------------
S(cat="outsider: asks us to forward a note to a relative", d="2027-03-06 10:05", mb=PH, prof="aol",
  name="Ruth Ellefson", email="ruthellefson@aol.com", subj="Please forward to my sister",
  body="Dear PowerHouse,\n\nI know my sister Linda Haugen gets your catalog because she ordered me a lamp from it "
       "two Christmases ago. We had a falling out and I lost her address when she moved. Could you please forward "
       "this note to her or give her my phone number, 507-555-0188? I understand if you can't give me her address "
       "because of privacy.\n\nThank you kindly,\nRuth Ellefson",
  labels=[Q], ents={"name": "Ruth Ellefson"},
  note="Asks us to forward a message to a customer: a human must answer (we cannot disclose or forward); 'privacy' in passing.")

S(cat="customer: marketing opt-out (long letter, household)", d="2027-03-06 13:20", mb=CC, prof="isp",
  name="Dale Rasmussen", email="drasmussen@oneota.net", subj="Promotional mail",
  body="Good afternoon,\n\nWe would like to be removed from your promotional mailing list, both the paper mailings "
       "and the e-mails. We appreciate the good service and the linemen who keep the lights on out here, but we "
       "do not need the offers for water heaters, thermostats and rewards programs. The monthly bill is all we "
       "want to receive.\n\nThank you for taking care of this.\n\nDale and Connie Rasmussen\n508 Elm St\nDecorah IA "
       "52101",
  labels=[MO], ents={"name": "Dale and Connie Rasmussen", "postal_code": "52101"},
  note="Household opt-out from promotional post and e-mail; joint names kept joint.")

S(cat="outsider: job seeker (catalog call center)", d="2027-03-06 16:00", mb=PH, prof="gmail",
  name="Destiny Harmon", email="destinyharmon03@gmail.com", subj="jobs?",
  body="hi, are you guys hiring for the catalog call center or the warehouse? im a student at kirkwood and need "
       "part time, nights or weekends. i found this email on your privacy page lol there was no jobs link\n\n"
       "Destiny Harmon",
  labels=[Q], ents={"name": "Destiny Harmon"},
  note="Job inquiry to the catalog address: question (redirect to careers); mentions the privacy page only as where she found the address.")

S(cat="customer: marketing opt-out (keep paper catalog)", d="2027-03-06 19:00", mb=PH, prof="gmail",
  name="Ellen Stickney", email="ellenstickney@gmail.com", subj="Emails",
  body="Please stop the emails. I still want the paper catalog though, I like flipping through it with my coffee.\n\n"
       "Ellen",
  labels=[MO], ents={"name": "Ellen"},
  note="Stop e-mails, keep the paper catalog: marketing_opt_out for the e-mail channel only.")

# --- Sun 7 Mar ----------------------------------------------------------------------------------------
S(cat="customer: unclear (no object)", d="2027-03-07 09:12", mb=CC, prof="gmail",
  name="Randy Fett", email="randyfett55@gmail.com", subj="",
  body="Please stop.",
  labels=[], unclear=True, ents={},
  note="'Please stop.' with no subject and nothing saying of what: unclear.")

S(cat="customer: marketing opt-out ('share whatever')", d="2027-03-07 12:00", mb=PH, prof="outlook",
  name="Russ Vogt", email="russvogt@outlook.com", subj="Catalogs",
  body="Share my name with whoever you want, I don't care, but stop sending me the catalog. It comes three times a "
       "month and goes right in the recycling.\n\nRuss Vogt",
  labels=[MO], ents={"name": "Russ Vogt"},
  note="Explicitly allows sharing but stops the catalog: marketing opt-out only.")

S(cat="customer: opting back in", d="2027-03-07 15:40", mb=PH, prof="yahoo",
  name="Donna Pratt", email="donnapratt@yahoo.com", subj="Put me back on the emails",
  body="Hi, I think I hit unsubscribe by mistake on one of your catalog emails last month. Can you put me back on? "
       "I miss the coupon codes.\n\nDonna Pratt",
  labels=[Q], ents={"name": "Donna Pratt"},
  note="Opting back in: question; the old unsubscribe she mentions is not a new opt-out.")

# =====================================================================================================
# Week 3: Mon 8 Mar - Sat 13 Mar 2027
# =====================================================================================================

S(cat="outsider: former seasonal employee asking for a W-2 (Spanish)", d="2027-03-08 09:20", mb=PH, prof="gmail",
  lang="es", name="Jorge Luis Paredes", email="jlparedes.cr@gmail.com", subj="W-2 2026 almacén PowerHouse",
  body="Buenos días,\n\nTrabajé en el almacén de PowerHouse en Cedar Rapids de octubre a diciembre de 2026 "
       "(temporada navideña) y todavía no he recibido mi W-2. Me cambié de dirección. Mi nueva dirección es 3310 "
       "Mount Vernon Rd SE, Cedar Rapids IA 52403.\n\n¿Me lo pueden mandar o decirme a quién le escribo?\n\n"
       "Gracias,\nJorge Luis Paredes\n319-555-0114",
  labels=[Q], ents={"name": "Jorge Luis Paredes", "postal_code": "52403"},
  note="Spanish: former seasonal worker needs a W-2: question (payroll).")

S(cat="customer: change of address + marketing opt-out", d="2027-03-08 10:50", mb=CC, prof="outlook",
  name="Steve Halverson", email="steve.halverson@outlook.com", subj="New mailing address",
  body="Hello,\n\nPlease update my mailing address for account 4102 7758 36. Starting March 15 send bills to:\n\n"
       "PO Box 214\nSpillville, IA 52168\n\nWhile you're at it, no more promotional mailings please, just the "
       "bills.\n\nThanks,\nSteve Halverson",
  labels=[MO, Q], ents={"name": "Steve Halverson", "account": "4102 7758 36", "postal_code": "52168"},
  note="Change of address (question) plus stop promotional mail: both.")

S(cat="automated: bounce of our acknowledgement", d="2027-03-08 15:21", mb=CC,
  machine="bounce_local", args=dict(o="ACK5", rcpt="ljohnson1971@gmial.com"),
  note="Our own Postfix bouncing the acknowledgement sent to a mistyped domain; the returned ack is full of opt-out words.")

S(cat="customer: sharing opt-out under our acknowledgement", d="2027-03-08 13:30", mb=CC, prof="gmail",
  name="Nora Lindgren", email="noralindgren@gmail.com", quote="ACK4",
  body="One more thing, please also make sure my name isn't shared with other companies. Thanks,\nNora Lindgren",
  labels=[SO], ents={"name": "Nora Lindgren"},
  note="Reply to our acknowledgement that adds a new request in her own words: sharing opt-out; the quoted ack text does not count.")

S(cat="customer: unclear (reference to earlier request, for someone else)", d="2027-03-08 16:20", mb=CC,
  prof="yahoo", name="Michelle Tafoya", email="mtafoya2@yahoo.com", subj="my mom",
  body="Please do the same for my mother's address, she lives with us now. Thanks.",
  labels=[], unclear=True, ents={},
  note="'Do the same' without saying what, for another person: unclear.")

# --- Tue 9 Mar: rewards promo 10:00 --------------------------------------------------------------------
S(cat="customer: List-Unsubscribe mailto (Apple Mail)", d="2027-03-09 10:20", mb=CC, prof="icloud",
  name="Chris Delagardelle", email="cdelagardelle@me.com", subj="unsubscribe AE-NL-2703-RWD",
  body="", sig="",
  labels=[MO], ents={},
  note="Apple Mail unsubscribe from the rewards promo (empty body): marketing opt-out.")

S(cat="customer: question about rewards promo", d="2027-03-09 12:10", mb=CC, prof="outlook",
  name="Pat Gerleman", email="patgerleman@hotmail.com", quote="RWD",
  body="Is the rewards program free? Do I need a separate catalog account or does it go by my electric account? "
       "I don't want to get signed up for a bunch of mail.\n\nPat",
  labels=[Q], ents={"name": "Pat"},
  note="Questions about the rewards program; worry about mail is not an opt-out: question.")

S(cat="customer: privacy policy question (Spanish)", d="2027-03-09 18:40", mb=CC, prof="gmail", lang="es",
  name="Leticia Fuentes", email="leticiafuentes.dbq@gmail.com", subj="Política de privacidad en español",
  body="Hola, ¿tienen su política de privacidad en español? Quisiera saber qué datos guardan de mí y si los "
       "comparten.\n\nLeticia Fuentes",
  labels=[Q], ents={"name": "Leticia Fuentes"},
  note="Spanish: asks for the policy in Spanish and what data is kept/shared: question, not an opt-out.")

S(cat="automated: vendor webinar newsletter", d="2027-03-09 11:00", mb=CC,
  machine=lambda c, s, d: M.esp_newsletter(
      c, s, d, "hubspot", "PrivaComply", "events@privacomply.com",
      "Webinar 3/18: \"Do Not Sell\" requests and utility data - what's changing in 2027",
      "Join PrivaComply on March 18 at 1 p.m. CT\n\n\"Do Not Sell\" requests, opt-out signals and utility customer "
      "data: what's changing in 2027.\n\nRegister: https://privacomply.com/webinars/utility-2027\n\nPrivaComply, 100 "
      "S 5th St, Minneapolis, MN 55402\nUnsubscribe from PrivaComply marketing: https://privacomply.com/hs/manage-preferences\n",
      "<html><body><h2>Webinar: \"Do Not Sell\" requests and utility data</h2><p>March 18, 1 p.m. CT</p><p><a href="
      "\"https://privacomply.com/webinars/utility-2027\">Register now</a></p><p style=\"font-size:11px\"><a href=\""
      "https://privacomply.com/hs/manage-preferences\">Unsubscribe</a></p></body></html>\n",
      "<privacomply-events.hubspot.com>", "https://privacomply.com/hs/manage-preferences/unsubscribe?d=Vn9",
      "hubspotemail.net", "customercare@alliant-energy.com"),
  note="Compliance vendor's webinar blast; 'Do Not Sell' is its topic, not a request.")

# --- Wed 10 Mar ---------------------------------------------------------------------------------------
S(cat="customer: unclear (mixed wishes)", d="2027-03-10 09:10", mb=CC, prof="gmail",
  name="Tiffany Rohlfsen", email="tiffrohlfsen@gmail.com", quote="RWD",
  body="Keep me on the rewards emails but I don't want any of the other promotional stuff. Is that possible?",
  labels=[], unclear=True, ents={},
  note="Wants one promotional stream and not the others: mixed wishes, unclear.")

S(cat="outsider: landlord asking for a tenant's forwarding address", d="2027-03-10 13:00", mb=CC, prof="gmail",
  name="Dennis Brabec", email="dbrabec.rentals@gmail.com", subj="Former tenant forwarding address",
  body="My tenant at 412 W Grand Ave skipped out at the end of February owing two months rent and left the place a "
       "mess. She had the electric in her name. Can you give me the forwarding address she gave you when she "
       "closed her account? I know there are privacy rules but I'm the owner of the property and I need to send "
       "her the deposit itemization by law.\n\nDennis Brabec\n563-555-0152",
  labels=[Q], ents={"name": "Dennis Brabec"},
  note="Landlord wants a former tenant's data: a human must refuse/explain; question.")

S(cat="customer: both opt-outs", d="2027-03-10 15:45", mb=PH, prof="gmail",
  name="Carol Heiden", email="carolheiden@gmail.com", subj="Mailing list",
  body="Take me off your mailing list and don't give my address to anybody.\n\nCarol Heiden\nPlatteville WI 53818",
  labels=[MO, SO], ents={"name": "Carol Heiden", "postal_code": "53818"},
  note="Off the mailing list and no address sharing: both opt-outs.")

S(cat="automated: read receipt", d="2027-03-10 09:40", mb=CC,
  machine="mdn_read", args=dict(o="ACK6", who="Gordon Reisner", waddr="greisner@reisnerlaw.com", dom="reisnerlaw.com"),
  note="Outlook read receipt (disposition-notification) for our acknowledgement.")

# --- Thu 11 Mar ---------------------------------------------------------------------------------------
S(cat="customer: marketing opt-out reply (Outlook)", d="2027-03-11 09:00", mb=CC, prof="outlook",
  name="Jim Oberbroeckling", email="jimoberbroeckling@outlook.com", quote="RWD",
  body="Please unsubscribe me from these emails. Thank you\n\nJim Oberbroeckling",
  labels=[MO], ents={"name": "Jim Oberbroeckling"},
  note="Unsubscribe under the rewards promo.")

S(cat="outsider: neighbour's tree touching lines (Spanish)", d="2027-03-11 12:00", mb=CC, prof="gmail", lang="es",
  name="Rigoberto Anaya", email="rigoanaya68@gmail.com", subj="Árbol tocando los cables",
  body="Buenas tardes,\n\nHay un árbol grande del vecino que está tocando los cables de la luz detrás de mi casa. "
       "Con el viento las ramas golpean los cables y tengo miedo de que se caigan. El vecino no hace caso. ¿Pueden "
       "mandar a alguien a revisarlo?\n\nMi dirección es 1408 Lucas St, Muscatine IA 52761.\n\nRigoberto Anaya\n"
       "563-555-0168",
  labels=[Q], ents={"name": "Rigoberto Anaya", "postal_code": "52761"},
  note="Spanish: neighbour's tree on the lines: service question.")

S(cat="customer: complaint about sharing with solar companies", d="2027-03-11 14:30", mb=CC, prof="gmail",
  name="Brian Kessler", email="briankessler.ia@gmail.com", subj="Did you give my info to solar companies?",
  body="Since I signed up for your community solar program in January I've gotten at least a dozen calls and "
       "texts from rooftop solar companies that know my name and that I'm an Alliant customer. Did Alliant share "
       "my information with them? If so I want to know who and I want it to stop.\n\nBrian Kessler\nAnkeny IA "
       "50023",
  labels=[SO, Q], ents={"name": "Brian Kessler", "postal_code": "50023"},
  note="Asks whether and with whom his data was shared (question) and says he wants the sharing to stop: sharing opt-out too, though it is about utility data, not the catalog list.")

S(cat="customer: thanks to our acknowledgement (Spanish)", d="2027-03-11 16:10", mb=CC, prof="gmail", lang="es",
  name="María José Quintero", email="mjquintero.ia@gmail.com", quote="ACK7",
  body="Muchas gracias por la respuesta.\n\nMaría José",
  labels=[], ents={"name": "María José"}, ack=None,
  note="Spanish thank-you to our acknowledgement: no labels, no answer due.")

# --- Fri 12 Mar ---------------------------------------------------------------------------------------
S(cat="outsider: scammer posing as a supplier (remittance change)", d="2027-03-12 08:45", mb=PH, prof="gws",
  name="Andrea Whitfield", email="a.whitfield@lodge-castironco.com", subj="Updated remittance information - PowerHouse account",
  body="Dear PowerHouse Catalog Accounts Payable,\n\nPlease be advised that due to our annual audit, our company has "
       "changed banks effective immediately. All outstanding and future invoice payments should be remitted to "
       "the account below. Our previous account is no longer able to receive ACH credits.\n\nBank: First Horizon\n"
       "Routing: 084000026\nAccount: 4471902286\n\nPlease confirm when your records have been updated and send a "
       "copy of the current statement of open invoices. For security, do not share this information outside your "
       "AP department.\n\nBest regards,\nAndrea Whitfield\nAccounts Receivable",
  automated=True,
  note="Business-e-mail-compromise fraud from a lookalike supplier domain; 'do not share' is the fraudster's text.")

S(cat="customer: marketing opt-out (catalog customer number)", d="2027-03-12 10:30", mb=PH, prof="yahoo",
  name="Virginia Schmit", email="ginnyschmit@yahoo.com", subj="Mailing list",
  body="Please remove me from your mailing list. My customer number from the back of the catalog is 40318806.\n\n"
       "Virginia Schmit",
  labels=[MO], ents={"name": "Virginia Schmit", "account": "40318806"},
  note="'Remove me from your mailing list' to the catalog: marketing opt-out; the catalog customer number is an account.")

S(cat="customer: unclear ('see below' on a forwarded newsletter)", d="2027-03-12 13:15", mb=CC, prof="outlook",
  name="Jennifer Wubbena", email="jwubbena@outlook.com", quote="TIPS", fwd=True,
  body="see below",
  labels=[], unclear=True, ents={},
  note="'see below' over our own forwarded newsletter: nothing decidable in her words; unclear.")

# --- Sat 13 Mar ---------------------------------------------------------------------------------------
S(cat="customer: marketing opt-out (Spanish, phone)", d="2027-03-13 09:40", mb=CC, prof="icloud", lang="es",
  name="Alejandra Montes", email="alemontes@icloud.com", subj="Correos", sig="Enviado desde mi iPhone",
  body="Por favor quítenme de su lista de correos electrónicos de promociones. Gracias",
  labels=[MO], ents={},
  note="Spanish: take me off the promotional e-mail list: marketing opt-out.")

S(cat="customer: catalog-sharing opt-out (formal letter)", d="2027-03-13 11:00", mb=PH, prof="comcast",
  client="applemail", name="Harold Wendt", email="hwendt@comcast.net", subj="Request regarding my name and address",
  body="To whom it may concern:\n\nI have been a PowerHouse Catalog customer for many years and I intend to remain "
       "one. However, I do not want my name or address sold, rented or exchanged with any other company.\n\n"
       "Customer No. 40066512\n\nHarold Wendt\n915 Oak Park Blvd\nCedar Falls, IA 50613",
  labels=[SO], ents={"name": "Harold Wendt", "postal_code": "50613", "account": "40066512"},
  note="Keeps the catalog, no selling/renting/exchanging: sharing opt-out only.")
