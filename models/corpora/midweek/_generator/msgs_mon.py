"""Monday 11 October 2027: the furnace promotion goes out at 9:02."""
from core import T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, chunks, epoch_ms
from mail import (mail, reply, via_gmail, via_outlookcom, via_yahoo, via_icloud, via_proton, via_fastmail, via_comcast,
                  via_host, sub_received, auth_results, dkim_header)
from clients import (gmail, outlook_desktop, outlook_web, apple_mail, iphone, samsung, yahoo, thunderbird, proton,
                     fastmail, ox, zimbra, roundcube, wlm, CONTENT, from_hdr)
import machines
import ours
from ours import CC, PH
import fixtures

FT = "furnace promo (AE-FT-2710)"


# ---------------------------------------------------------------- 00:14 privacy newsletter
@mail("privacy-pulse-newsletter", "2027-10-11 00:14:09", "customercare", "automated: newsletter",
      program="ESP (Amazon SES)", delay=3)
def _(m):
    r = m.r
    m.who("Privacy Pulse Weekly", "newsletter@privacypulse.news")
    m.env_from = "0100018f%s-%s-000000@bounce.privacypulse.news" % (rs(r, 8, HEX), uuid_lower(r))
    m.subject = "Privacy Pulse #212: the new Iowa data law, 'do not sell' links that don't work, and more"
    text = """PRIVACY PULSE WEEKLY  |  Issue 212  |  October 11, 2027

THIS WEEK
1. Iowa's consumer data law: what the first enforcement letters say
2. Audit: 1 in 5 "Do Not Sell or Share" links on retail sites led nowhere
3. Utilities and smart-meter data: three state commissions ask questions
4. Reader question: how fast must we honor an opt-out received by mail?

1. IOWA: FIRST ENFORCEMENT LETTERS
The Attorney General's office sent its first cure notices in September.
Most concerned privacy notices that did not describe the categories of
third parties receiving personal data...
Read more: https://privacypulse.news/r/212-1

2. THE BROKEN OPT-OUT LINK PROBLEM
Researchers clicked the opt-out links on 1,400 retail sites...
Read more: https://privacypulse.news/r/212-2

--
You are receiving Privacy Pulse Weekly because you subscribed with
customercare@alliant-energy.com.
Unsubscribe: https://privacypulse.news/u/%s
Privacy Pulse, 1200 18th St NW, Suite 700, Washington, DC 20036
""" % rs(r, 24, ALNUM)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Privacy Pulse</title></head><body style="margin:0;'
            'background:#f3f3f3"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="640" style="background:#fff;font-family:Georgia,serif"><tr><td style="padding:24px;border-bottom:4px '
            'solid #7a1f3d"><span style="font-size:28px;color:#7a1f3d">Privacy Pulse</span> <span style="color:#888">Weekly '
            '&middot; Issue 212</span></td></tr><tr><td style="padding:24px;font-size:16px;line-height:1.5">%s</td></tr>'
            '<tr><td style="padding:16px;font-size:12px;color:#777">You are receiving Privacy Pulse Weekly because you '
            'subscribed with customercare@alliant-energy.com. <a href="https://privacypulse.news/u/x">Unsubscribe</a></td></tr>'
            '</table></td></tr></table><img src="https://privacypulse.news/o/%s.gif" width="1" height="1" alt=""></body></html>'
            % ("".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("--")[0].strip().split("\n\n")),
               rs(r, 20, ALNUM)))
    m.top = Multi("alternative", rs(r, 24, HEX), [Leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                                  Leaf("text/html; charset=UTF-8", html + "\n", "quoted-printable")])
    m.msgid = "<0100018f%s-%s-000000@email.amazonses.com>" % (rs(r, 8, HEX), uuid_lower(r))
    m.hdrs = [("From", "Privacy Pulse Weekly <newsletter@privacypulse.news>"), ("To", CC), ("Subject", m.subject),
              ("MIME-Version", "1.0"), CONTENT, ("Message-ID", m.msgid), ("Date", rfc(to_off(m.sent, 0))),
              ("List-Unsubscribe", "<https://privacypulse.news/u/%s>, <mailto:unsub@privacypulse.news?subject=212>" % rs(r, 24, ALNUM)),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % b64blob(r, 30)[:40]),
              ("X-SES-Outgoing", "2027.10.11-54.240.8.%d" % r.randint(1, 99))]
    via_host(m, "a8-%d.smtp-out.amazonses.com" % r.randint(10, 99), "a8-31.smtp-out.amazonses.com",
             "54.240.8.31", inner=[("DKIM-Signature", dkim_header(m, "privacypulse.news", "pp1", "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:List-Unsubscribe:List-Unsubscribe-Post", lead="\t")),
                                   ("DKIM-Signature", dkim_header(m, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", lead="\t"))],
             dkim=[("privacypulse.news", "pass", "pp1"), ("amazonses.com", "pass", "x")])
    m.machine("Newsletter the mailbox subscribed to (List-Unsubscribe, Precedence: bulk); full of opt-out and 'do not sell' talk but nobody is asking us anything.")


# ---------------------------------------------------------------- 03:41 phishing (M365 password)
@mail("phish-m365-password", "2027-10-11 08:41:55", "customercare", "automated: phishing", program="bulk mailer (compromised host)",
      off=0, delay=6)
def _(m):
    r = m.r
    m.who("Microsoft 365 Admin", "no-reply@ms365-mailnotice.com")
    m.env_from = "wp-admin@crestviewdentalspa.com"
    m.subject = "customercare@alliant-energy.com: Your password expires today"
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<div style="max-width:520px;border:1px solid #ddd;padding:20px">
<img src="https://crestviewdentalspa.com/wp-content/uploads/ms.png" width="108" alt="Microsoft">
<h2 style="font-weight:400">Password expiration notice</h2>
<p>The password for <b>customercare@alliant-energy.com</b> expires <b>today, October 11, 2027</b>.</p>
<p>To keep using your current password and avoid losing access to email, Teams and OneDrive, confirm it below.</p>
<p><a href="https://crestviewdentalspa.com/.well-known/ms/o365/?u=customercare@alliant-energy.com" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">Keep current password</a></p>
<p style="font-size:12px;color:#666">If you do not want to receive these notices, you can opt out of password notifications in your account settings.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div></body></html>
"""
    m.top = Leaf('text/html; charset="utf-8"', html, "base64")
    m.msgid = "<%s@crestviewdentalspa.com>" % rs(r, 32, HEX)
    m.hdrs = [("Date", rfc(m.sent)), ("To", CC), ("From", '"Microsoft 365 Admin" <no-reply@ms365-mailnotice.com>'),
              ("Subject", m.subject), ("Message-ID", m.msgid), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
              ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "crestviewdentalspa.com", "server.crestviewdentalspa.com", "203.0.113.84",
             inner=[("Received", "from [185.220.101.%d] (port=50812 helo=WIN-%s)\n\tby server.crestviewdentalspa.com with esmtpa "
                                 "(Exim 4.96.2)\n\t(envelope-from <wp-admin@crestviewdentalspa.com>)\n\tid 1qZr%s-0004%s-1u\n\t"
                                 "for customercare@alliant-energy.com; %s" % (r.randint(2, 250), rs(r, 11, HEXU), rs(r, 4, ALNUM),
                                                                              rs(r, 2, ALNUM), rfc(m.sent)))],
             dkim=None, spf="softfail", dmarc="none", spf_domain="crestviewdentalspa.com")
    m.auth = m.auth.replace("header.from=ms365-mailnotice.com", "header.from=ms365-mailnotice.com")
    m.spam = (4.614, "BAYES_50=0.8, HTML_MESSAGE=0.001, MIME_HTML_ONLY=0.1, SPF_SOFTFAIL=0.665, "
                     "URI_PHISH=2.1, FROM_SUSPICIOUS_NTLD=0.5, T_SCC_BODY_TEXT_LINE=-0.01")
    m.machine("Credential phishing dressed as a Microsoft notice, HTML-only base64; its 'opt out of password notifications' line is bait, not a request.")


# ---------------------------------------------------------------- 06:12 Harold, Windows Live Mail
@mail("kuehl-wlm-remove-all", "2027-10-11 06:12:40", "customercare", "marketing opt-out",
      program="Windows Live Mail 2012 (netins.net)")
def _(m):
    m.who("Harold Kuehl", "hkuehl@netins.net")
    m.subject = "remove from mailing list"
    m.to = "<customercare@alliant-energy.com>"
    text = """To whom it may concern,

Please remove my name from all of your advertising, both the paper mailings and the e-mail.  We get a pile of junk mail every day and I dont read any of it.  I pay my bill on time and that is all I need from Alliant.

Harold Kuehl
1104 S Frederick Ave
Oelwein, IA  50662
"""
    wlm(m, text)
    via_host(m, "smtp.netins.net", "smtp.netins.net", "167.142.225.%d" % m.r.randint(5, 30),
             inner=[sub_received(m, "HPDESKTOP", "198.51.100.47", "smtp.netins.net", user="hkuehl@netins.net")],
             dkim=None, dmarc="none")
    m.label(labels=["marketing_opt_out"], entities={"name": "Harold Kuehl", "postal_code": "50662"},
            note="Plain written request to stop all advertising by paper and e-mail; old Windows Live Mail, iso-8859-1 QP, ZIP after two spaces.")


# ---------------------------------------------------------------- 07:05 Exchange OOF to an ack
@mail("schuett-oof-ack", "2027-10-11 07:05:02", "customercare", "automated: auto-reply",
      answers="our acknowledgement CC-2027-10-04391", program="Exchange Online (Outlook OOF)", delay=4)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04391", "bschuett@cedarvalleyortho.com", T("2027-10-11 07:04:40"), "Brenda Schuett")
    m.who("Brenda Schuett", "bschuett@cedarvalleyortho.com")
    m.subject = "Automatic reply: " + o.subject
    text = """Thank you for your email. I am out of the office October 8 through October 15 with limited access to email.

For billing and insurance questions please contact Melissa at billing@cedarvalleyortho.com or 319-555-0171. For anything urgent please call the front desk.

Brenda Schuett
Office Manager | Cedar Valley Orthodontics
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:'
            'Calibri,Arial,Helvetica,sans-serif;font-size:11pt">%s</div></body></html>\n' %
            "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    b = "_000_%s%s_" % (rs(r, 20, HEXU), "SA1PR16MB")
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                     Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    m.msgid = "<SA1PR16MB%d%s@SA1PR16MB%d.namprd16.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.hdrs = [("From", "Brenda Schuett <bschuett@cedarvalleyortho.com>"), ("To", "Alliant Energy Customer Care <%s>" % CC),
              ("Subject", m.subject), ("Thread-Topic", o.subject), ("Thread-Index", "AQHb" + b64blob(r, 22)[:26]),
              ("Date", rfc(to_off(m.sent, 0))), ("Message-ID", m.msgid), ("References", o.msgid), ("In-Reply-To", o.msgid),
              ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "bschuett@cedarvalleyortho.com"), ("X-MS-TNEF-Correlator", ""),
              ("x-ms-exchange-organization-autoreply", "oof"), CONTENT, ("MIME-Version", "1.0")]
    via_outlookcom(m)
    m.machine("Out-of-office answering our acknowledgement (Auto-Submitted, X-Auto-Response-Suppress); answering it would start a loop.")


# ---------------------------------------------------------------- 07:31 Priya, Gmail, question
@mail("raman-gmail-family-of-companies", "2027-10-11 07:31:18", "customercare", "question", program="Gmail web")
def _(m):
    m.who("Priya Raman", "priya.raman.iowa@gmail.com")
    m.subject = "Question about your privacy notice"
    text = """Hi,

I was reading the privacy notice on your website after we got the letter about the new smart meters. It says you may share information within the "Alliant Energy family of companies". Which companies are those exactly? And does any of my usage data (the 15 minute readings from the new meter) go to anybody outside Alliant, like data brokers or marketing companies?

I'm not asking to opt out of anything yet, I just want to understand it first.

Thanks,
Priya Raman"""
    gmail(m, text)
    via_gmail(m)
    m.label(labels=["question"], entities={"name": "Priya Raman"},
            note="Asks which companies get data and whether meter data leaves Alliant; says outright she is not opting out yet, so question only.")


# ---------------------------------------------------------------- 08:02 Carol Ann, iPhone plain, share opt-out
@mail("biederman-iphone-dont-share", "2027-10-11 08:02:44", "powerhousecatalog", "catalog-sharing opt-out",
      program="iPhone Mail")
def _(m):
    m.who("Carol Biederman", "cabiederman@icloud.com")
    m.subject = "Catalog"
    m.to = "powerhousecatalog@alliant-energy.com"
    text = """Hello, I enjoy getting the PowerHouse catalog and I order from it a couple times a year, but please do NOT give out my name and address to other companies. Ever since I ordered the bird feeder I've been getting catalogs from outfits I never heard of.

Carol Ann Biederman
1418 W 4th St
Waterloo IA 50702"""
    iphone(m, text)
    via_icloud(m)
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Carol Ann Biederman", "postal_code": "50702"},
            note="Keeps the catalog, refuses sharing: sharing opt-out only; full middle name in the signature differs from the From header.")


# ---------------------------------------------------------------- 08:20 Postfix DSN: ack to unknown mchsi user
@mail("dsn-postfix-mchsi-unknown", "2027-10-11 08:20:12", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04398", program="Postfix DSN (our mx1)", delay=1)
def _(m):
    o = ours.ack("CC-2027-10-04398", "rgoettsch@mchsi.com", T("2027-10-11 08:20:09"))
    machines.postfix_dsn(m, o, "rgoettsch@mchsi.com", "mx.mchsi.com",
                         "host mx.mchsi.com[173.247.99.10] said: 550 5.1.1\n    <rgoettsch@mchsi.com>: Recipient address "
                         "rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)",
                         when_queued=T("2027-10-11 08:20:09"))
    m.machine("Our own MTA's bounce of an acknowledgement; the returned ack talks about opting out and sharing, none of it a request.")


# ---------------------------------------------------------------- 09:15 Gmail unsubscribe button
@mail("ottens-gmail-unsub-button", "2027-10-11 09:15:31", "customercare", "software unsubscribe (List-Unsubscribe mailto)",
      answers=FT, program="Gmail (Unsubscribe link)")
def _(m):
    m.who("Mike Ottens", "mikeandsue.ottens@gmail.com")
    m.subject = "unsubscribe AE-FT-2710"
    m.to = CC
    r = m.r
    m.msgid = "<CA%s@mail.gmail.com>" % rs(r, 56, ALNUM + "+_-=")
    plain = "This message was automatically generated by Gmail.\n"
    html = '<p>This message was automatically generated by Gmail.</p>\n'
    m.top = Multi("alternative", "000000000000" + rs(r, 16, HEX), [Leaf('text/plain; charset="UTF-8"', plain, None),
                                                                   Leaf('text/html; charset="UTF-8"', html, None)])
    m.hdrs = [("MIME-Version", "1.0"), ("From", "Mike Ottens <mikeandsue.ottens@gmail.com>"), ("Date", rfc(m.sent)),
              ("Message-ID", m.msgid), ("Subject", m.subject), ("To", CC), CONTENT]
    via_gmail(m)
    m.label(labels=["marketing_opt_out"], entities={},
            note="Gmail's Unsubscribe link sent our List-Unsubscribe mailto with the campaign token; a person pressed it, no Auto-Submitted, so acknowledge.")


# ---------------------------------------------------------------- 09:38 Dustin, Outlook desktop, windows-1252
@mail("marek-outlook-take-me-off", "2027-10-11 09:38:07", "customercare", "marketing opt-out", answers=FT,
      program="Outlook 2021 desktop (IMAP, mchsi.com)")
def _(m):
    o = ours.furnace("dmarek84@mchsi.com", 118204)
    m.who("Dustin Marek", "dmarek84@mchsi.com")
    reply(m, o, prefix="RE: ", to="'Alliant Energy' <customercare@alliant-energy.com>")
    text = """Take me off this list please. I rent, the landlord takes care of the furnace, so these don\u2019t do me any good.

Dustin"""
    outlook_desktop(m, text, quote=o, to_disp="dmarek84@mchsi.com")
    via_host(m, "mail.mchsi.com", "smtp-out.mchsi.com", "173.247.98.%d" % m.r.randint(20, 60),
             inner=[sub_received(m, "DESKTOP-7QK2M1L", "198.51.100.112", "smtp-out.mchsi.com", user="dmarek84@mchsi.com")],
             dkim=[("mchsi.com", "pass", "mc1")])
    m.label(labels=["marketing_opt_out"], entities={"name": "Dustin"},
            note="Top-posted 'take me off this list' over an Outlook From/Sent/To block (no '>'); the quoted footer's 'unsubscribe' and ZIP 53718 are ours; first name alone is the name.")


# ---------------------------------------------------------------- 09:51 SEO cold outreach
@mail("seo-cold-outreach", "2027-10-11 09:51:22", "customercare", "automated: cold sales", program="Google Workspace (sales sequence)")
def _(m):
    m.who("Kyle Brandt", "kyle@rankrise-digital.co")
    m.subject = "Quick question about alliant-energy.com"
    text = """Hi there,

I was looking at alliant-energy.com this morning and noticed a few things that are probably costing you traffic: 14 broken backlinks, slow mobile load on your outage map page, and no schema markup on your program pages.

We help utilities and co-ops fix exactly this. Would you be open to a 15-minute call next week? I can send over a free audit either way.

If you're not the right person, could you point me to whoever handles the website? And if you'd rather not hear from me, just reply "not interested" and I'll take you off my list.

Best,
Kyle Brandt
Growth Lead, RankRise Digital
"""
    gmail(m, text.rstrip("\n"))
    m.msgid = m.msgid
    via_gmail(m)
    m.env_from = "kyle@rankrise-digital.co"
    auth_results(m, dkim=[("rankrise-digital.co", "pass", "google")])
    m.trace[1] = ("DKIM-Signature", dkim_header(m, "rankrise-digital.co", "google", "mime-version:from:date:message-id:subject:to"))
    m.machine("Cold SEO pitch from a sales sequence; offers to 'take you off my list', which is his list, not ours.")


# ---------------------------------------------------------------- 10:24 Deb, Yahoo, question on promo
@mail("deb-yahoo-dual-fuel", "2027-10-11 10:24:50", "customercare", "question", answers=FT, program="Yahoo Mail web")
def _(m):
    o = ours.furnace("debnjohn.wiebke@yahoo.com", 77310)
    m.who("Deb Wiebke", "debnjohn.wiebke@yahoo.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Does the $40 off work if we have a heat pump with a gas furnace for backup? Our installer calls it dual fuel. Also do we have to use one of your contractors or can we use the guy we always use (Hinkel Heating in Vinton)?

Deb"""
    yahoo(m, text, quote=o)
    via_yahoo(m)
    m.label(labels=["question"], entities={"name": "Deb"},
            note="Service question about the promotion itself; Yahoo puts our quoted promo (with its unsubscribe footer) unprefixed under the reply.")


# ---------------------------------------------------------------- 10:47 María Elena, Samsung, Spanish opt-out
@mail("soto-samsung-es-no-promos", "2027-10-11 10:47:03", "customercare", "marketing opt-out", answers=FT, lang="es",
      program="Samsung Email (Android)")
def _(m):
    o = ours.furnace("mariaelena.soto71@gmail.com", 90412)
    m.who("Maria Soto", "mariaelena.soto71@gmail.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Buenos días,
Por favor ya no me manden correos de promociones. Solo quiero recibir mi factura.
Gracias,
María Elena Soto"""
    samsung(m, text, quote=o, sig="Enviado desde mi Galaxy", lang="es")
    via_gmail(m, "android")
    m.label(labels=["marketing_opt_out"], entities={"name": "María Elena Soto"},
            note="Spanish 'no more promotional e-mails, only my bill' under the promo; Samsung base64 parts, Spanish quote header.")


# ---------------------------------------------------------------- 11:30 mail house suppression notice
@mail("hls-suppression-received", "2027-10-11 11:30:41", "powerhousecatalog", "automated: vendor notice",
      program="mail house job tracker")
def _(m):
    r = m.r
    m.who("HLS Data Services", "jobtracker@heartlandlettershop.com")
    m.subject = "[HLS Job 27-4418] Suppression file received - PowerHouse Holiday 2027 Drop 1"
    text = """*** This is an automated message from HLS Job Tracker. Please do not reply. ***

Job:        27-4418  PowerHouse Holiday 2027 - Drop 1
Client:     PowerHouse Catalog (Alliant Energy)
Step:       Suppression / merge-purge
Status:     FILE RECEIVED - PROCESSING

File:       PH_DNM_DNS_20271011.csv  (via SFTP, 10/11/2027 11:22 CT)
Records:    4,212
  Do-Not-Mail flags:        2,918
  Do-Not-Share/Rent flags:  1,294

The file will be matched against the Drop 1 mail file (186,440 names) and
the outbound rental file for the Meridian co-op. A match report will follow
when processing completes (usually 2-4 hours).

Questions about this job: contact your HLS account rep, Tamara Voss,
tvoss@heartlandlettershop.com, 515-555-0133.

Heartland Lettershop & Data Services, 2400 SE Hulsizer Rd, Ankeny IA 50021
"""
    m.top = Leaf("text/plain; charset=us-ascii; format=fixed", text, "7bit")
    m.msgid = "<jt.27-4418.%d@heartlandlettershop.com>" % epoch_ms(m.sent)
    m.hdrs = [("Date", rfc(m.sent)), ("From", "HLS Data Services <jobtracker@heartlandlettershop.com>"),
              ("Reply-To", "noreply@heartlandlettershop.com"), ("To", PH), ("Cc", "tvoss@heartlandlettershop.com"),
              ("Subject", m.subject), ("Message-ID", m.msgid), ("Auto-Submitted", "auto-generated"),
              ("X-Job-Tracker", "HLS JT 4.2"), ("MIME-Version", "1.0"), CONTENT]
    m.rcpt = PH
    via_host(m, "mail.heartlandlettershop.com", "mail.heartlandlettershop.com", "64.57.184.%d" % r.randint(2, 250),
             inner=[("Received", "from jobtracker01.hls.local (10.12.0.40) by mail.heartlandlettershop.com\n\t(Postfix) "
                                 "with ESMTP id %s; %s" % (rs(r, 10, HEXU), rfc(m.sent)))],
             dkim=[("heartlandlettershop.com", "pass", "hls")])
    m.machine("Mail house job notice about our own do-not-share suppression file; vendor system mail, not a customer's request.")


# ---------------------------------------------------------------- 12:05 Pfaff, Xfinity, both opt-outs
@mail("pfaff-xfinity-stop-and-dont-sell", "2027-10-11 12:05:26", "powerhousecatalog", "both opt-outs",
      program="Xfinity Connect webmail (Open-Xchange)")
def _(m):
    m.who("Rick Pfaff", "rpfaff1958@comcast.net")
    m.subject = "Please stop catalog"
    m.to = PH
    text = """We would like to stop getting the PowerHouse catalog at our house, and please don't sell our name to anybody else either. We're trying to cut down on mail since Joanne's mother moved in with us and we're drowning in it.

Customer no. on the label is 0047 2291 8

Rick & Joanne Pfaff
2210 Grand Ave
Ames IA 50010"""
    ox(m, text)
    via_comcast(m)
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out"],
            entities={"name": "Rick & Joanne Pfaff", "postal_code": "50010", "account": "0047 2291 8"},
            note="Stop the catalog and don't sell our name: both opt-outs; joint name kept as written, label customer number with spaces.")


# ---------------------------------------------------------------- 12:40 empty iPhone reply to promo
@mail("kastner-iphone-empty-reply", "2027-10-11 12:40:15", "customercare", "unclear", answers=FT, program="iPhone Mail")
def _(m):
    o = ours.furnace("jkastner22@icloud.com", 40233)
    m.who("Jim Kastner", "jkastner22@icloud.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    iphone(m, "", quote=o)
    via_icloud(m)
    m.label(unclear=True, entities={},
            note="Reply to the promo with nothing but 'Sent from my iPhone' above the quote; the only 'unsubscribe' is our own footer, so unclear.")


# ---------------------------------------------------------------- 13:22 no-longer-monitored auto reply (no headers)
@mail("riverbend-no-longer-monitored", "2027-10-11 13:22:47", "customercare", "automated: auto-reply (headerless)",
      answers=FT, program="Outlook rule reply (Microsoft 365)")
def _(m):
    r = m.r
    o = ours.furnace("office@riverbendvet.com", 55871)
    m.who("River Bend Veterinary Clinic", "office@riverbendvet.com")
    m.subject = "RE: " + o.subject
    text = """Thank you for your email. This mailbox is no longer monitored.

Please send all correspondence to frontdesk@riverbendvet.com or call us at 563-555-0119. For after-hours emergencies call 563-555-0120.

River Bend Veterinary Clinic
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:'
            'Aptos,Calibri,sans-serif;font-size:12pt">%s</div></body></html>\n' %
            "".join("<p>%s</p>" % esc(p) for p in text.strip().split("\n\n")))
    b = "_000_%s_" % rs(r, 40, HEXU)
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                     Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    m.msgid = "<BN0PR19MB%d%s@BN0PR19MB%d.namprd19.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.hdrs = [("From", "River Bend Veterinary Clinic <office@riverbendvet.com>"), ("To", "Alliant Energy <%s>" % CC),
              ("Subject", m.subject), ("Thread-Topic", o.subject), ("Thread-Index", "AQHb" + b64blob(r, 22)[:26]),
              ("Date", rfc(to_off(m.sent, 0))), ("Message-ID", m.msgid), ("References", o.msgid), ("In-Reply-To", o.msgid),
              ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
              ("X-MS-Exchange-Inbox-Rules-Loop", "office@riverbendvet.com"), ("X-MS-TNEF-Correlator", ""),
              CONTENT, ("MIME-Version", "1.0")]
    via_outlookcom(m)
    m.machine("Rule-generated 'mailbox no longer monitored' reply to the promo with no Auto-Submitted header: still a machine, never acknowledge.")


# ---------------------------------------------------------------- 13:58 Jonah, Proton, access request
@mail("whitfield-proton-access-request", "2027-10-11 13:58:33", "customercare", "question", program="Proton Mail web")
def _(m):
    m.who("Jonah Whitfield", "jwhitfield@proton.me")
    m.subject = "Request for a copy of my personal information"
    text = """Hello,

I'd like to request a copy of the personal information Alliant Energy holds about me. That should include account and billing records, smart meter interval data, any marketing or segmentation profiles, and a list of third parties you have disclosed my information to in the past 12 months.

Account number: 5502 118 734
Service address ZIP: 53704

Please send it electronically to this address. Thank you.

Jonah Whitfield"""
    proton(m, text)
    via_proton(m)
    m.label(labels=["question"], entities={"name": "Jonah Whitfield", "postal_code": "53704", "account": "5502 118 734"},
            note="Data access request (copy of data, list of recipients): a question for staff, no opt-out asked.")


# ---------------------------------------------------------------- 14:30 Gmail vacation responder to promo
@mail("tollefson-gmail-vacation", "2027-10-11 14:30:02", "customercare", "automated: auto-reply", answers=FT,
      program="Gmail vacation responder", delay=2)
def _(m):
    r = m.r
    o = ours.furnace("gtollefson@gmail.com", 61750)
    m.who("Gary Tollefson", "gtollefson@gmail.com")
    m.subject = "Re: " + o.subject
    m.irt = o.msgid
    m.refs = o.msgid
    text = "I'm at deer camp up north until Oct 18 with no cell service. I'll get back to you when I'm home.\n\n-Gary\n"
    m.msgid = "<CA%s@mail.gmail.com>" % rs(r, 56, ALNUM + "+_-=")
    m.top = Multi("alternative", "000000000000" + rs(r, 16, HEX), [
        Leaf('text/plain; charset="UTF-8"', text, None),
        Leaf('text/html; charset="UTF-8"', '<div dir="ltr">I&#39;m at deer camp up north until Oct 18 with no cell service. '
             'I&#39;ll get back to you when I&#39;m home.<div><br></div><div>-Gary</div></div>\n', None)])
    m.hdrs = [("MIME-Version", "1.0"), ("References", o.msgid), ("In-Reply-To", o.msgid),
              ("Auto-Submitted", "auto-replied"), ("From", "Gary Tollefson <gtollefson@gmail.com>"),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("Subject", m.subject),
              ("To", "Alliant Energy <%s>" % CC), CONTENT]
    via_gmail(m)
    m.machine("Gmail vacation responder to the promo (Auto-Submitted: auto-replied).")


# ---------------------------------------------------------------- 15:10 Linda, Apple Mail, unsubscribe
@mail("hoeger-applemail-unsubscribe", "2027-10-11 15:10:44", "customercare", "marketing opt-out", answers=FT,
      program="Apple Mail (macOS)")
def _(m):
    o = ours.furnace("lindamhoeger@mac.com", 30018, "Linda Hoeger")
    m.who("Linda Hoeger", "lindamhoeger@mac.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Please unsubscribe me from these promotional emails. We had the furnace cleaned in September already, and I really don't need three reminders a month about it."""
    apple_mail(m, text, quote=o, sig="Thank you,\nLinda", domain="mac.com")
    via_icloud(m)
    m.label(labels=["marketing_opt_out"], entities={"name": "Linda"},
            note="Top-posted unsubscribe over an Apple Mail '>' quote of the promo; first name in the sign-off counts as the name.")


# ---------------------------------------------------------------- 15:44 Brandt, Thunderbird, change of address
@mail("brandt-thunderbird-new-address", "2027-10-11 15:44:19", "powerhousecatalog", "question (change of address)",
      program="Thunderbird (Windows)")
def _(m):
    m.who("Walt Brandt", "wbrandt@cfu.net")
    m.subject = "New address for catalog"
    m.to = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
    text = """Hello PowerHouse,

We sold our house on Elm Street in Cedar Falls and moved to a condo. Please send the catalog to our new address from now on:

Walter and Irene Brandt
806 Birch Ct, Apt 3
Dubuque, IA 52001

The customer number on the old label was 3318-20447 if that helps.

Walt"""
    thunderbird(m, text)
    via_host(m, "smtp.cfu.net", "smtp.cfu.net", "216.51.204.%d" % m.r.randint(2, 90),
             inner=[sub_received(m, "[192.168.1.23]", "198.51.100.201", "smtp.cfu.net", user="wbrandt@cfu.net")],
             dkim=None, dmarc="none")
    m.label(labels=["question"],
            entities={"name": "Walter and Irene Brandt", "postal_code": "52001", "account": "3318-20447"},
            note="Change of address for the catalog (wants to keep getting it): question; format=flowed; the new ZIP is the one to record.")


# ---------------------------------------------------------------- 16:20 brand phishing (payment declined)
@mail("phish-alliant-payment-declined", "2027-10-11 16:20:37", "customercare", "automated: phishing",
      program="bulk mailer (lookalike domain)", delay=9)
def _(m):
    r = m.r
    m.who("Alliant Energy", "billing@alliant-energy-pay.com")
    m.subject = "Action Required: Your automatic payment could not be processed"
    text = """Dear Valued Customer,

Your recent automatic payment of $187.42 was DECLINED by your bank.

To avoid a late fee and interruption of your electric service within 24 hours, please update your payment information now:

https://alliant-energy-pay.com/secure/update?id=%s

If you have already paid, please disregard this notice.

Alliant Energy Billing Department
This is a service message. To stop receiving these alerts reply STOP.
""" % rs(r, 12, HEX)
    html = ('<html><body style="font-family:Arial"><div style="background:#00447c;color:#fff;padding:12px;font-size:20px">Alliant '
            'Energy</div><p>Dear Valued Customer,</p><p>Your recent automatic payment of <b>$187.42</b> was <b style="color:#c00">'
            'DECLINED</b> by your bank.</p><p>To avoid a late fee and <b>interruption of your electric service within 24 hours</b>, '
            'please update your payment information now:</p><p><a href="https://alliant-energy-pay.com/secure/update?id=%s" '
            'style="background:#f7a800;color:#000;padding:10px 16px;text-decoration:none">Update Payment</a></p><p>Alliant Energy '
            'Billing Department</p></body></html>\n' % rs(r, 12, HEX))
    b = "b1_%s" % rs(r, 32, HEX)
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=us-ascii", text, "base64"),
                                     Leaf("text/html; charset=us-ascii", html, "base64")])
    m.msgid = "<%s@alliant-energy-pay.com>" % rs(r, 32, HEX)
    m.hdrs = [("Date", rfc(m.sent)), ("To", "customer <%s>" % CC), ("From", "Alliant Energy <billing@alliant-energy-pay.com>"),
              ("Reply-To", "support@alliant-energy-pay.com"), ("Subject", m.subject), ("Message-ID", m.msgid),
              ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "mta12.alliant-energy-pay.com", "vps-4471.hostsailor.example", "192.0.2.177", dkim=None, spf="pass",
             dmarc="none")
    m.spam = (6.207, "BAYES_80=2.0, HTML_MESSAGE=0.001, MIME_BASE64_TEXT=0.1, URI_PHISH=2.1, "
                     "FORGED_OUTLOOK_HTML=0.5, LOOKALIKE_BRAND=1.5, T_SCC_BODY_TEXT_LINE=-0.01")
    m.machine("Phishing that imitates our bill notice from a lookalike domain (base64 parts, spam-flagged); 'reply STOP' is the phisher's line.")


# ---------------------------------------------------------------- 17:05 Gloria, AOL, opt-out + bill question
@mail("pettit-aol-optout-bill", "2027-10-11 17:05:58", "customercare", "opt-out + question", program="AOL Mail web")
def _(m):
    m.who("Gloria Pettit", "glopettit@aol.com")
    m.subject = "emails and my bill"
    m.to = CC
    text = """Hello, I would like to be taken off your email promotions please, I get enough emails. Also I have a question about my bill. It went up about $60 from last month and the meter hasnt been read by a person in I dont know how long, is it estimated? Account 7712 0093 51. Im on a fixed income and this is a lot.
Gloria Pettit"""
    yahoo(m, text, brand="aol")
    via_yahoo(m, brand="aol")
    m.label(labels=["marketing_opt_out", "question"], entities={"name": "Gloria Pettit", "account": "7712 0093 51"},
            note="Opt-out of e-mail promotions plus a billing question in one run-on paragraph: both labels.")


# ---------------------------------------------------------------- 18:48 iOS Mail unsubscribe banner
@mail("larsen-ios-unsubscribe", "2027-10-11 18:48:12", "customercare", "software unsubscribe (List-Unsubscribe mailto)",
      answers=FT, program="iPhone Mail (Unsubscribe banner)")
def _(m):
    m.who(None, "tlarsen1976@icloud.com")
    m.subject = "unsubscribe AE-FT-2710"
    m.to = CC
    m.msgid = "<%s@icloud.com>" % uuid_upper(m.r)
    m.top = Leaf("text/plain; charset=us-ascii", b"\r\n", "7bit")
    m.hdrs = [CONTENT, ("From", "tlarsen1976@icloud.com"), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(m.sent)),
              ("Subject", m.subject), ("Message-Id", m.msgid), ("To", CC), ("X-Mailer", "iPhone Mail (22A3354)")]
    via_icloud(m)
    m.label(labels=["marketing_opt_out"], entities={},
            note="iOS Mail's Unsubscribe banner used our mailto: empty body, subject carries the campaign token; a person's opt-out, acknowledge the sender.")


# ---------------------------------------------------------------- 19:30 Gmail Android, share opt-out
@mail("gmail-android-dont-rent-lol", "2027-10-11 19:30:40", "powerhousecatalog", "catalog-sharing opt-out",
      program="Gmail Android")
def _(m):
    m.who("Brianna K", "bkoenigsfeld03@gmail.com")
    m.subject = "selling my name??"
    m.to = PH
    text = """Hi im a catalog customer. I keep getting other catalogs I never asked for and I think its from you guys selling my name. Please don't rent or sell my name and address to anyone. I still want yours though lol
Thx"""
    gmail(m, text, app="android")
    via_gmail(m, "android")
    m.label(labels=["catalog_share_opt_out"], entities={},
            note="Refuses renting/selling but keeps the catalog: sharing opt-out only; the name is only in the From header, so no entity.")


# ---------------------------------------------------------------- 21:12 STOP under a bill notice
@mail("stop-under-bill-notice", "2027-10-11 21:12:26", "customercare", "unclear", answers="bill notice",
      program="Samsung Email (Android)")
def _(m):
    o = ours.bill("kbrandenburg77@gmail.com", "6120", "96.14", "October 28, 2027", T("2027-10-11 18:01:00"), 3381290)
    m.who("Kyle Brandenburg", "kbrandenburg77@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    samsung(m, "STOP", quote=o)
    via_gmail(m, "android")
    m.label(unclear=True, entities={},
            note="'STOP' under a bill notice, a service message: not a marketing opt-out by the rules; unclear, to staff.")


# ---------------------------------------------------------------- 22:40 mailing list post (Mailman, personalized)
@mail("catalogops-list-post", "2027-10-11 22:40:18", "powerhousecatalog", "automated: mailing list", program="Mailman 2.1 list (personalized)")
def _(m):
    r = m.r
    m.who("Denise Marchetti via catalogops", "catalogops@lists.catalogroundtable.org")
    m.env_from = "catalogops-bounces+powerhousecatalog=alliant-energy.com@lists.catalogroundtable.org"
    m.subject = "[catalogops] Handling \"do not share\" requests that come in by phone?"
    text = """Hi all,

Question for the group. We flag do-not-share requests with a DNR code in the
merge/purge, but the ones our call center takes by phone sometimes never
make it into the file before the next co-op exchange. Last quarter a
customer called twice and still ended up on a rental.

How are other catalogers getting phone and e-mail opt-outs into the
suppression file fast enough? Do you hold a name out of the exchange until
the request is confirmed, or suppress on the spot?

Thanks,
Denise Marchetti
Database Marketing Manager, Fieldstone Home & Garden
_______________________________________________
catalogops mailing list
catalogops@lists.catalogroundtable.org
https://lists.catalogroundtable.org/mailman/listinfo/catalogops
Unsubscribe: https://lists.catalogroundtable.org/mailman/options/catalogops/powerhousecatalog%40alliant-energy.com
"""
    m.top = Leaf('text/plain; charset="us-ascii"', text, "7bit")
    m.msgid = "<%s@fieldstonehome.com>" % uuid_upper(r)
    m.rcpt = PH
    m.hdrs = [("From", "Denise Marchetti via catalogops <catalogops@lists.catalogroundtable.org>"),
              ("To", "powerhousecatalog@alliant-energy.com"), ("Date", rfc(to_off(m.sent, -4))), ("Message-ID", m.msgid),
              ("MIME-Version", "1.0"), CONTENT, ("Subject", m.subject), ("X-BeenThere", "catalogops@lists.catalogroundtable.org"),
              ("X-Mailman-Version", "2.1.39"), ("Precedence", "list"),
              ("List-Id", "Catalog Operations Roundtable <catalogops.lists.catalogroundtable.org>"),
              ("List-Unsubscribe", "<https://lists.catalogroundtable.org/mailman/options/catalogops>,\n <mailto:catalogops-request@lists.catalogroundtable.org?subject=unsubscribe>"),
              ("List-Archive", "<https://lists.catalogroundtable.org/pipermail/catalogops/>"),
              ("List-Post", "<mailto:catalogops@lists.catalogroundtable.org>"),
              ("List-Help", "<mailto:catalogops-request@lists.catalogroundtable.org?subject=help>"),
              ("List-Subscribe", "<https://lists.catalogroundtable.org/mailman/listinfo/catalogops>,\n <mailto:catalogops-request@lists.catalogroundtable.org?subject=subscribe>"),
              ("Reply-To", "Denise Marchetti <denise.m@fieldstonehome.com>, catalogops@lists.catalogroundtable.org"),
              ("Errors-To", "catalogops-bounces+powerhousecatalog=alliant-energy.com@lists.catalogroundtable.org"),
              ("Sender", '"catalogops" <catalogops-bounces+powerhousecatalog=alliant-energy.com@lists.catalogroundtable.org>')]
    via_host(m, "lists.catalogroundtable.org", "lists.catalogroundtable.org", "45.79.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
             inner=[("Received", "from lists.catalogroundtable.org (localhost [127.0.0.1])\n\tby lists.catalogroundtable.org (Postfix) "
                                 "with ESMTP id %s;\n\t%s" % (rs(r, 11, HEXU), rfc(to_off(m.sent, -4))))],
             dkim=[("lists.catalogroundtable.org", "pass", "mm")], dmarc="pass")
    m.machine("Mailing-list post (List-Id, Precedence: list, personalized To) by another cataloger about do-not-share requests; a person wrote it, but to the list, not to us.")
