"""Machine mail of the kind young customers cause: app notifications sent to our
address by roommates, bounces of expired student/alumni addresses, auto-replies,
phishing, creator/sponsorship pitches, cold sales, list traffic."""
import base64
import textwrap

from lib import (R, T, ALNUM, B64, later, rdate, junk, hexs, uuid_up, gmail_mid, part, multipart_body, ehdr, addr, fold,
                 esc, deliver, finish, dkim_sig, google_block, outlook_block, outlook_ms_headers, UTC, CDT, PDT, epoch, qp, b64)
from ours import ours, CC, PH

BOX = {"customercare": CC, "powerhousecatalog": PH}


def esp(rng, host, ip, dkim_domains, from_addr, env_from, spf="pass", dmarc="pass", policy="none"):
    sigs = []
    b0 = None
    for d, s in dkim_domains:
        sig, b = dkim_sig(rng, d, s, "Content-Type:From:Subject:Date:To:Message-ID:MIME-Version:List-Unsubscribe")
        sigs.append(sig)
        b0 = b0 or b
    fd = from_addr.split("@")[1]
    auth = dict(dkim=("pass", dkim_domains[0][0], b0) if dkim_domains else ("none", None, None),
                spf=(spf, env_from, ip), dmarc=(dmarc, fd, policy))
    return (host, host, ip), auth, sigs


def assemble(key, box, dt, env_from, peer, auth, prov, ch, body, spam=None, tls=True):
    rng = R(key + "|mx")
    hdr = deliver(rng, box, env_from, later(dt, rng.randint(1, 8)), peer, auth, tls=tls, spam=spam) + prov + ch
    return finish(hdr, body)


def alt(rng, plain, htmlb, cs="UTF-8", cte="quoted-printable", bnd=None):
    bnd = bnd or ("----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999), rng.randint(1000000000000, 1999999999999)))
    return bnd, multipart_body(bnd, [part("text/plain", plain, cs, cte=cte), part("text/html", htmlb, cs, cte=cte)])


def simple_html(text, style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222"):
    paras = text.split("\n\n")
    inner = "".join("<p style=\"margin:0 0 14px\">%s</p>" % esc(p).replace("\n", "<br>") for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;padding:0;background:#f4f4f7"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;%s"><tr><td>%s</td></tr></table>'
            '</td></tr></table></body></html>\n' % (style, inner))


# ====================================================================== app notifications
def evenly_added(m):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "notifications@evenly.app"
    env = "bounces+%d-%s-customercare=alliant-energy.com@em4821.evenly.app" % (rng.randint(1000000, 9999999), hexs(rng, 4))
    peer, auth, sigs = esp(rng, "o%d.ptr%d.evenly.app" % (rng.randint(1, 30), rng.randint(1000, 9999)), "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                           [("evenly.app", "s1"), ("sendgrid.info", "smtpapi")], frm, env)
    plain = ("Hi there,\n\nMaddie S. added you to the group \"Apt 3B \U0001F3E0\" on Evenly.\n\n"
             "New expense: alliant electric (aug)  $127.44\nPaid by Maddie S. - split equally between 3 people\nYour share: $42.48\n\n"
             "Settle up: https://evenly.app/g/8Kq2Zt/settle\n\n"
             "Don't know Maddie? You were added to this group as \"alliant\" using the address customercare@alliant-energy.com. "
             "You can leave the group here: https://evenly.app/g/8Kq2Zt/leave\n\n"
             "Evenly, 1550 Larimer St #412, Denver, CO 80202\nUnsubscribe from group notifications: https://evenly.app/u/%s\n" % junk(rng, 22, ALNUM))
    bnd, body = alt(rng, plain, simple_html(plain))
    ch = sigs + ["Date: %s" % rdate(dt, UTC, "zero", "UTC"), "From: %s" % addr("Evenly", frm), "Mime-Version: 1.0",
                 "Message-ID: <%s@geopod-ismtpd-%d>" % (junk(rng, 22, ALNUM + "-_"), rng.randint(1, 40)),
                 fold("Subject", ehdr("Maddie S. added you to \u201cApt 3B \U0001F3E0\u201d")), "To: %s" % CC,
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd,
                 "List-Unsubscribe: <https://evenly.app/u/%s>, <mailto:unsubscribe@evenly.app?subject=unsub-%s>" % (junk(rng, 22, ALNUM), hexs(rng, 10)),
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 "X-SG-EID: u001.%s" % junk(rng, 60), "X-Entity-ID: u001.%s==" % junk(rng, 20)]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def evenly_digest(m):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "notifications@evenly.app"
    env = "bounces+%d-%s-customercare=alliant-energy.com@em4821.evenly.app" % (rng.randint(1000000, 9999999), hexs(rng, 4))
    peer, auth, sigs = esp(rng, "o%d.ptr%d.evenly.app" % (rng.randint(1, 30), rng.randint(1000, 9999)), "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                           [("evenly.app", "s1"), ("sendgrid.info", "smtpapi")], frm, env)
    plain = ("Your week on Evenly (Sep 6 - Sep 12)\n\n"
             "Total you owe: $84.96\n\n"
             "Apt 3B \U0001F3E0\n"
             "  - alliant electric (aug)   you owe Maddie S. $42.48\n"
             "  - wifi (sept)              you owe Jordan T. $21.66\n"
             "  - costco run lol           you owe Owen B. $20.82\n\n"
             "Tip: friends who settle up within a week are 3x more likely to stay friends. (We made that up, but still.)\n\n"
             "Open Evenly: https://evenly.app/home\n\n"
             "You're getting this weekly summary because customercare@alliant-energy.com is in 1 group. Change how often we e-mail you: https://evenly.app/settings/email\n"
             "Evenly, 1550 Larimer St #412, Denver, CO 80202\n")
    bnd, body = alt(rng, plain, simple_html(plain))
    ch = sigs + ["Date: %s" % rdate(dt, UTC, "zero", "UTC"), "From: %s" % addr("Evenly", frm), "Mime-Version: 1.0",
                 "Message-ID: <%s@geopod-ismtpd-%d>" % (junk(rng, 22, ALNUM + "-_"), rng.randint(1, 40)),
                 "Subject: Your weekly summary: you owe $84.96", "To: %s" % CC,
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd,
                 "List-Unsubscribe: <https://evenly.app/u/%s>" % junk(rng, 22, ALNUM),
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                 "X-SG-EID: u001.%s" % junk(rng, 60)]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def guildhall(m, kind):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "noreply@notify.guildhall.gg"
    env = "0100%s-%s-000000@us-east-2.amazonses.com" % (hexs(rng, 12), str(uuid_up(rng)).lower())
    peer, auth, sigs = esp(rng, "a%d-%d.smtp-out.us-east-2.amazonses.com" % (rng.randint(1, 9), rng.randint(10, 250)), "23.251.%d.%d" % (rng.randint(224, 255), rng.randint(1, 250)),
                           [("notify.guildhall.gg", "gh1"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")], frm, env)
    auth["spf"] = ("pass", env.split("@")[1], peer[2])
    auth["spf"] = ("pass", "amazonses.com", peer[2]) if False else ("pass", env, peer[2])
    if kind == "invite":
        subj = "kyle_d invited you to join \u26A1 apt 4 bill squad on Guildhall"
        plain = ("kyle_d invited you to join a server!\n\n\u26A1 apt 4 bill squad\n4 members \u00B7 2 online\n\n"
                 "\"yo this is for splitting alliant + internet, drop ur screenshots here\"\n\n"
                 "Accept invite: https://guildhall.gg/invite/b1LLsQd\n\n"
                 "This invite was sent to customercare@alliant-energy.com. If you don't know kyle_d, you can ignore this e-mail.\n"
                 "Guildhall Inc. \u00B7 444 De Haro St, San Francisco, CA 94107\n")
    else:
        subj = "You have 4 unread messages in \u26A1 apt 4 bill squad"
        plain = ("While you were away...\n\n#bills\n"
                 "  kyle_d: @alliant lmaooo i think i invited the actual power company\n"
                 "  tuna_can: bro\n"
                 "  tuna_can: BRO\n"
                 "  mar1sol: well now they know we're 3 weeks late on august \U0001F480\n\n"
                 "Jump back in: https://guildhall.gg/channels/88213/44107\n\n"
                 "You're getting this because you have a pending invite to \u26A1 apt 4 bill squad. Turn off e-mail notifications: https://guildhall.gg/settings/notifications\n"
                 "Guildhall Inc. \u00B7 444 De Haro St, San Francisco, CA 94107\n")
    bnd, body = alt(rng, plain, simple_html(plain, "font-family:Whitney,Helvetica,Arial,sans-serif;font-size:15px;color:#2e3338"))
    ch = sigs + ["From: %s" % addr("Guildhall", frm), "To: %s" % CC, fold("Subject", ehdr(subj)), "MIME-Version: 1.0",
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd,
                 "Message-ID: <0100%s-%s-000000@email.amazonses.com>" % (hexs(rng, 12), str(uuid_up(rng)).lower()),
                 "Date: %s" % rdate(dt, UTC, "plain"), "X-Guildhall-Notification: %s" % ("invite" if kind == "invite" else "unread_digest"),
                 "Feedback-ID: 1.us-east-2.%s=:AmazonSES" % junk(rng, 43)]
    if kind != "invite":
        ch.append("List-Unsubscribe: <https://guildhall.gg/email/unsub/%s>" % junk(rng, 30, ALNUM))
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def paydrop_notice(rng, dt, to, kind):
    """Payment-app notice text; used both for the request sent to us and the receipt Owen forwarded."""
    if kind == "request":
        subj = "Jordan T. requested $42.48 from you"
        text = ("Jordan T. requested $42.48\n\n\"alliant sept \u26A1\"\n\n"
                "You don't have a Paydrop account yet. Sign up with customercare@alliant-energy.com to pay or decline this request: https://paydrop.me/r/%s\n\n"
                "Not expecting this? Someone may have typed the wrong e-mail. You can ignore it; the request expires in 30 days.\n\n"
                "Paydrop is a service of Paydrop Payments LLC. Paydrop will never ask for your password by e-mail.\n" % junk(rng, 12, ALNUM))
    else:
        subj = "You paid Maddie S. $63.20"
        text = ("You paid Maddie S.\n$63.20\n\n\"alliant + wifi sept \U0001F50C\"\n\nTransaction ID 40917%d\nSep 23, 2027 9:58 PM CDT\nFrom: Paydrop balance\n\n"
                "Questions? Visit help.paydrop.me\nPaydrop Payments LLC, 2211 N First St, San Jose, CA 95131\n" % rng.randint(10000000, 99999999))
    return subj, text


def paydrop_request(m):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "notify@paydrop.me"
    env = "bounce-%s@mail.paydrop.me" % hexs(rng, 16)
    peer, auth, sigs = esp(rng, "mta-%d.mail.paydrop.me" % rng.randint(10, 99), "198.2.%d.%d" % (rng.randint(128, 190), rng.randint(1, 250)),
                           [("paydrop.me", "pd2027")], frm, env, policy="reject")
    subj, text = paydrop_notice(rng, dt, CC, "request")
    bnd, body = alt(rng, text, simple_html(text, "font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#1a1f36"))
    ch = sigs + ["From: %s" % addr("Paydrop", frm), "Reply-To: no-reply@paydrop.me", "To: %s" % CC, "Subject: %s" % subj,
                 "Date: %s" % rdate(dt, UTC, "plain"), "Message-ID: <%s.%s@paydrop.me>" % (hexs(rng, 24), epoch(dt)), "MIME-Version: 1.0",
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd, "X-Paydrop-Template: p2p_request_nonmember"]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def neighborly(m):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "digest@mail.neighborly.app"
    env = "msprvs1=%s=bounces-%d@mail.neighborly.app" % (junk(rng, 14, ALNUM), rng.randint(100000, 999999))
    peer, auth, sigs = esp(rng, "mail%d.neighborly.app" % rng.randint(1, 20), "35.%d.%d.%d" % (rng.randint(160, 170), rng.randint(1, 250), rng.randint(1, 250)),
                           [("mail.neighborly.app", "k1")], frm, env)
    plain = ("Neighborly Daily \u00B7 Near Wirth Ct & Atwood Ave\n\n"
             "anyone else STILL out?? \u26A1\n  \"power came back at 1am for like 10 min and then died again. 1400 block. alliant says restored lol\"  \u00B7 43 replies\n\n"
             "FREE: mini fridge (works, kinda loud)  \u00B7 12 replies\n\n"
             "Lost cat near Olbrich, orange, answers to Nugget \U0001F431  \u00B7 8 replies\n\n"
             "Who do I call about a tree branch on the power line behind Schenk's Corners?  \u00B7 19 replies\n\n"
             "+ 11 more posts near you: https://neighborly.app/feed\n\n"
             "You're receiving this because your business page (Alliant Energy Customer Care) follows this neighborhood. "
             "Manage e-mail: https://neighborly.app/settings/email  Unsubscribe: https://neighborly.app/u/%s\n" % junk(rng, 26, ALNUM))
    bnd, body = alt(rng, plain, simple_html(plain))
    ch = sigs + ["From: %s" % addr("Neighborly", frm), "To: %s" % addr("Alliant Energy Customer Care", CC),
                 fold("Subject", ehdr("\u201canyone else STILL out??\u201d and 14 more posts near you")),
                 "Date: %s" % rdate(dt, UTC, "plain"), "Message-ID: <%s@mail.neighborly.app>" % str(uuid_up(rng)).lower(), "MIME-Version: 1.0",
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd, "Precedence: bulk",
                 "List-Unsubscribe: <https://neighborly.app/u/%s>, <mailto:unsub-%s@mail.neighborly.app>" % (junk(rng, 26, ALNUM), hexs(rng, 12)),
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Campaign: daily_digest_v7"]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def gmail_fwd_confirm(m):
    rng = R(m["key"])
    dt = m["dt"]
    frm = "forwarding-noreply@google.com"
    code = "418273645"
    plain = ("t.lindberg.09@gmail.com has requested to automatically forward mail to your email\naddress customercare@alliant-energy.com.\n"
             "Confirmation code: %s\n\nTo allow t.lindberg.09@gmail.com to automatically forward mail to your address,\nplease click the link below to confirm the request:\n\n"
             "https://mail-settings.google.com/mail/vf-%%5B%s%%5D-%s\n\n"
             "If you click the link and it appears to be broken, please copy and paste it\ninto a new browser window. If you aren't able to access the link, you\n"
             "can send the confirmation code %s to t.lindberg.09@gmail.com.\n\n"
             "Thanks for using Gmail!\n\nSincerely,\n\nThe Gmail Team\n\n"
             "If you do not approve of this request, no further action is required.\nt.lindberg.09@gmail.com cannot automatically forward messages to your email\naddress unless you confirm the request by clicking the link above. If you\n"
             "accidentally clicked the link, but you do not want to allow\nt.lindberg.09@gmail.com to automatically forward messages to your address, click\nthis link to cancel this verification:\n"
             "https://mail-settings.google.com/mail/uf-%%5B%s%%5D-%s\n\n"
             "To learn more about why you might have received this message, please visit:\nhttps://support.google.com/mail/answer/184973.\n"
             % (code, junk(rng, 40, ALNUM + "-_"), junk(rng, 24, ALNUM + "-_"), code, junk(rng, 40, ALNUM + "-_"), junk(rng, 24, ALNUM + "-_")))
    host = "mail-sor-f69.google.com"
    ip = "209.85.220.69"
    sig, b = dkim_sig(rng, "google.com", "20230601", "mime-version:message-id:date:subject:from:to:from:to:cc:subject:date\n\t :message-id:reply-to", t=epoch(dt))
    auth = dict(dkim=("pass", "google.com", b), spf=("pass", "3" + junk(rng, 8, ALNUM) + "forwarding-noreply=google.com@google.com", ip), dmarc=("pass", "google.com", "reject"))
    env = "3%sforwarding-noreply=google.com@google.com" % junk(rng, 20, ALNUM)
    prov = ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
            % (host, hexs(rng, 13), hexs(rng, 10), rng.randint(1, 9), CC, rdate(dt, PDT, "zero", "PDT")), sig,
            "X-Google-Smtp-Source: AGHT+I%s==" % junk(rng, 70)]
    ch = ["MIME-Version: 1.0", "X-Received: by 2002:a17:%s:%s with SMTP id %s;\n        %s" % (hexs(rng, 3), hexs(rng, 4), hexs(rng, 10), rdate(dt, PDT, "zero", "PDT")),
          "Message-ID: <%s@google.com>" % junk(rng, 32, ALNUM), "Date: %s" % rdate(dt, PDT, "zero"),
          "Subject: (#%s) Gmail Forwarding Confirmation - Receive Mail from\n t.lindberg.09@gmail.com" % code,
          "From: %s" % addr("Gmail Team", frm), "To: %s" % CC, 'Content-Type: text/plain; charset="UTF-8"']
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, prov, ch, plain)


# ====================================================================== bounces
def bounce_o365(m):
    """Microsoft 365 NDR: a graduate's student mailbox no longer exists (our thermostat promo)."""
    rng = R(m["key"])
    dt = m["dt"]
    rcpt = "kbrennan7@students.lakeshoreu.edu"
    q = ours("ts", rcpt)
    host = "mail-%s.outbound.protection.outlook.com" % ("cy4pr0" + str(rng.randint(2, 9)) + "cu" + str(rng.randint(100, 999)))
    ip = "40.107.%d.%d" % (rng.randint(200, 240), rng.randint(2, 250))
    sig, b = dkim_sig(rng, "lakeshoreu.onmicrosoft.com", "selector1-lakeshoreu-onmicrosoft-com", "From:Date:Subject:Message-ID:Content-Type:MIME-Version")
    auth = dict(dkim=("pass", "lakeshoreu.onmicrosoft.com", b), spf=("none-null", "", host), dmarc=None)
    bnd = "%s" % str(uuid_up(rng)).lower()
    abnd = "%s" % str(uuid_up(rng)).lower()
    txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at students.lakeshoreu.edu.\n\n"
           "customercare     Office 365     %s\nAction Required                 Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
           "  - Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. "
           "In Outlook on the web, select this NDR, then select the link \"To send this message again, click here.\" Then delete and retype the entire recipient address. "
           "If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.\n"
           "  - Contact the recipient (by phone, for example) to check that the address exists and is correct.\n"
           "  - The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.\n"
           "  - Clear the recipient Auto-Complete List in Outlook or Outlook on the web by following the steps in this article: Fix email delivery issues for error code 5.1.10 in Office 365, and then send the message again. "
           "Retype the entire recipient address before selecting Send.\n\n"
           "If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below.\n\n"
           "Was this helpful? Send feedback to Microsoft.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\n"
           "This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain. "
           "The error is reported by the recipient domain's email server, but most often it must be fixed by the person who sent the message.\n\n"
           "Original Message Details\nCreated Date:    %s\nSender Address:  %s\nRecipient Address:       %s\nSubject: %s\n\n"
           "Error Details\nError:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
           "Message rejected by:    %s.namprd%d.prod.outlook.com\n"
           % (rcpt, rcpt.split("@")[0], rcpt, q["date"].astimezone(UTC).strftime("%-m/%-d/%Y %-I:%M:%S %p"), CC, rcpt, q["subject"], rcpt,
              "CY4PR%02dMB%d" % (rng.randint(1, 20), rng.randint(1000, 9999)), rng.randint(10, 20)))
    htmlb = "<html><head></head><body><div style=\"font-family:'Segoe UI',Arial\">%s</div></body></html>\n" % esc(txt).replace("\n", "<br>\n")
    ds = ("Reporting-MTA: dns;%s.namprd%d.prod.outlook.com\nReceived-From-MTA: dns;mx1.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
          % ("CY4PR%02dMB%d" % (rng.randint(1, 20), rng.randint(1000, 9999)), rng.randint(10, 20), rdate(later(q["date"], 40), UTC), rcpt, rcpt))
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nList-Unsubscribe: <mailto:%s?subject=unsubscribe%%20%s>\nContent-Type: multipart/alternative; boundary=\"ae_%s\"\n"
            % (addr(q["from_name"], CC), rcpt, q["subject"], rdate(q["date"]), q["msgid"], CC, q["token"], hexs(rng, 16)))
    inner = multipart_body(abnd, [part("text/plain", txt, "us-ascii", cte="quoted-printable"), part("text/html", htmlb, "us-ascii", cte="quoted-printable")])
    body = multipart_body(bnd, ['Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="%s"\n\n%s' % (abnd, inner),
                                "Content-Type: message/delivery-status\n\n" + ds,
                                "Content-Type: text/rfc822-headers\n\n" + orig])
    ch = [sig, "From: %s" % addr("Microsoft Outlook", "postmaster@lakeshoreu.onmicrosoft.com"), "To: %s" % CC,
          "Date: %s" % rdate(dt, UTC), fold("Subject", "Undeliverable: " + q["subject"]),
          "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % bnd, "Content-Language: en-US",
          "Message-ID: <%s@%s.namprd%d.prod.outlook.com>" % (str(uuid_up(rng)).lower(), "CY4PR%02dMB%d" % (rng.randint(1, 20), rng.randint(1000, 9999)), rng.randint(10, 20)),
          "In-Reply-To: %s" % q["msgid"], "References: %s" % q["msgid"], "MIME-Version: 1.0",
          "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"]
    return assemble(m["key"], m["box"], dt, "", (host, host, ip), auth, [], ch, body)


def bounce_google(m):
    """Google Workspace: a university account deleted after graduation (catalog e-mail)."""
    rng = R(m["key"])
    dt = m["dt"]
    rcpt = "mrosales3@g.riverbend.edu"
    q = ours("bts", rcpt)
    host = "mail-sor-f%d.google.com" % rng.randint(40, 99)
    ip = "209.85.220.%d" % rng.randint(40, 99)
    sig, b = dkim_sig(rng, "googlemail.com", "20230601", "to:from:references:in-reply-to:subject:date:message-id:auto-submitted\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to", t=epoch(dt))
    auth = dict(dkim=("pass", "googlemail.com", b), spf=("none-null", "", host), dmarc=("pass", "googlemail.com", "quarantine"))
    bnd = "0000000000%s" % hexs(rng, 18)
    abnd = "0000000000%s" % hexs(rng, 18)
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
           "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. "
           "For more information, go to https://support.google.com/mail/?p=NoSuchUser\n" % rcpt)
    htmlb = ("<html>\n<head>\n<style>\n* {\nfont-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n"
             "<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" style=\"padding-top:32px;background-color:#ffffff;\"><tbody><tr><td>"
             "<h1 style=\"font-size:24px;\">Address not found</h1><p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none;'><b>%s</b></a> because the address couldn't be found, or is unable to receive mail.</p>"
             "<p><b>The response from the remote server was:</b></p><p style=\"font-family:monospace\">550 5.1.1 The email account that you tried to reach does not exist. "
             "Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp</p>"
             "</td></tr></tbody></table>\n</body>\n</html>\n" % (rcpt, hexs(rng, 18), rng.randint(1, 9)))
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; aspmx.l.google.com. (142.250.101.26, the server for the domain g.riverbend.edu.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp\nLast-Attempt-Date: %s\n"
          % (rdate(later(q["date"], 3), PDT, "plain", "PDT"), q["msgid"], rcpt, hexs(rng, 18), rng.randint(1, 9), rdate(later(q["date"], 4), PDT, "plain", "PDT")))
    orig = ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nList-Unsubscribe: <mailto:%s?subject=unsubscribe%%20%s>\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s"
            % (PH, addr(q["from_name"], PH), rcpt, ehdr(q["subject"]), rdate(q["date"]), q["msgid"], PH, q["token"], qp(q["text"][:400] + "\n[...]\n")))
    inner = multipart_body(abnd, [part("text/plain", txt, "UTF-8"), part("text/html", htmlb, "UTF-8", cte="quoted-printable")])
    body = multipart_body(bnd, ['Content-Type: multipart/related; boundary="%s"\n\n%s' % (abnd, inner),
                                "Content-Type: message/delivery-status\n\n" + ds,
                                "Content-Type: message/rfc822\n\n" + orig])
    ch = ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>;\n        %s" % (host, hexs(rng, 13), hexs(rng, 10), rng.randint(1, 9), PH, rdate(dt, PDT, "zero", "PDT")),
          sig, "X-Received: by 2002:a05:%s:%s with SMTP id %s;\n        %s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 10), rdate(dt, PDT, "zero", "PDT")),
          "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % bnd,
          "Return-Path: <>", "Received: by 2002:a05:%s:%s with SMTP id %s; %s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 10), rdate(dt, PDT, "zero", "PDT")),
          "From: %s" % addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "To: %s" % PH,
          "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
          "References: %s" % q["msgid"], "In-Reply-To: %s" % q["msgid"], "X-Failed-Recipients: %s" % rcpt,
          "Message-ID: <%s.%s.%s@mx.google.com>" % (hexs(rng, 8), hexs(rng, 8), hexs(rng, 8)), "Date: %s" % rdate(dt, PDT, "zero", "PDT"), "MIME-Version: 1.0"]
    ch = [l for l in ch if not l.startswith("Return-Path")]
    return assemble(m["key"], m["box"], dt, "", (host, host, ip), auth, [], ch, body)


def bounce_postfix_alumni(m):
    rng = R(m["key"])
    dt = m["dt"]
    rcpt = "jmorrow@alumni.hawkridge.edu"
    q = ours("ev", rcpt)
    host = "mail.alumni.hawkridge.edu"
    ip = "192.0.2.%d" % rng.randint(10, 200)
    auth = dict(dkim=("none", None, None), spf=("none-null", "", host), dmarc=None)
    bnd = "%s.%d/%s" % (qid(rng), epoch(dt), host)
    notice = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<%s>: alias forwarding discontinued: alumni e-mail\n    forwarding for the class of 2022 ended 2027-06-30. Please update\n    your records.\n" % (host, rcpt))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.6\nDiagnostic-Code: X-Postfix; alias forwarding discontinued\n"
          % (host, qid(rng)[:10], CC, rdate(later(q["date"], 5), CDT, "plain", "CDT"), rcpt, rcpt))
    orig = ("Return-Path: <%s>\nReceived: from mx-out2.alliant-energy.com (mx-out2.alliant-energy.com [198.51.100.24])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\n"
            "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nList-Unsubscribe: <mailto:%s?subject=unsubscribe%%20%s>\nContent-Type: multipart/alternative; boundary=\"ae_%s\"\n"
            % (CC, host, qid(rng)[:10], rcpt, rdate(later(q["date"], 5), CDT, "space", "CDT"), addr(q["from_name"], CC), rcpt, q["subject"], rdate(q["date"]), q["msgid"], CC, q["token"], hexs(rng, 16)))
    body = "This is a MIME-encapsulated message.\n\n" + multipart_body(bnd, [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + notice,
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig])
    ch = ["Received: by %s (Postfix)\n\tid %s; %s" % (host, qid(rng)[:10], rdate(dt, CDT, "space", "CDT")),
          "Date: %s" % rdate(dt, CDT, "space", "CDT"), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
          "Subject: Undelivered Mail Returned to Sender", "To: %s" % CC, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % bnd, "Content-Transfer-Encoding: 8bit",
          "Message-Id: <%s@%s>" % (qid(rng)[:16], host)]
    return assemble(m["key"], m["box"], dt, "", (host, host, ip), auth, [], ch, body, tls=False)


def qid(rng):
    from lib import qid as _q
    return _q(rng)


def bounce_yahoo_full(m):
    rng = R(m["key"])
    dt = m["dt"]
    rcpt = "kaylee.b.2003@yahoo.com"
    q = ours("ev", rcpt)
    host = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(300, 330), rng.randint(10, 40))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(2, 250))
    auth = dict(dkim=("none", None, None), spf=("none-null", "", host), dmarc=None)
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "552: 5.2.2 Mailbox quota exceeded: this account is over its storage limit. Please ask the recipient to free up space.\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <%s>\nReceived: from 198.51.100.24 (EHLO mx-out2.alliant-energy.com)\n  by %s with SMTP; %s\n"
            "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"ae_%s\"\n"
            % (rcpt, CC, host, rdate(later(q["date"], 4), UTC, "plain"), addr(q["from_name"], CC), rcpt, q["subject"], rdate(q["date"]), q["msgid"], hexs(rng, 16)))
    ch = ["From: MAILER-DAEMON@yahoo.com", "To: %s" % CC, "Subject: Failure Notice", "Date: %s" % rdate(dt, UTC, "plain"),
          "Message-ID: <%d.%d.%d@%s>" % (rng.randint(1000000, 9999999), rng.randint(100, 999), int(dt.timestamp() * 1000), host.split(".")[0] + ".mail.yahoo.com"),
          "X-Failed-Recipients: %s" % rcpt]
    return assemble(m["key"], m["box"], dt, "", (host, host, ip), auth, [], ch, body)


# ====================================================================== auto-replies
def ooo_grad(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "toyelaran@grad.riverbend.edu"
    q = ours("ts", sender)
    peer, auth, prov, mid = outlook_block(rng, dt, sender, tenant_domain="riverbend.edu")
    txt = ("Hi! I'm at the ASA annual meeting in Denver through Wednesday, Sept 8, with spotty email.\n\n"
           "If this is about SOC 220 discussion sections, please contact the Sociology office (socoffice@riverbend.edu). Otherwise I'll get back to you when I'm back.\n\n"
           "Tobi Oyelaran (she/her)\nPhD Candidate, Sociology\n")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">%s</div></body></html>\n'
             % esc(txt).replace("\n", "<br>"))
    bnd = "_000_%s_" % mid[1:].split("@")[0]
    body = multipart_body(bnd, [part("text/plain", txt, "us-ascii", cte="quoted-printable"), part("text/html", htmlb, "us-ascii", cte="quoted-printable")])
    ch = ["From: %s" % addr("Oyelaran, Tobi", sender), "To: %s" % addr("Alliant Energy", CC),
          fold("Subject", "Automatic reply: " + q["subject"]), "Thread-Topic: " + q["subject"], "Thread-Index: AQH%s==" % junk(rng, 24),
          "Date: %s" % rdate(dt, UTC), "Message-ID: %s" % mid, "References: %s" % q["msgid"], "In-Reply-To: %s" % q["msgid"],
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1",
          "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          'Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


def headerless_closed(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "hello@kinfolkcoffeecart.com"
    q = ours("bts", sender)
    host = "sh%d.hostedmail-cp.net" % rng.randint(100, 400)
    ip = "198.51.100.%d" % rng.randint(30, 90)
    sig, b = dkim_sig(rng, "kinfolkcoffeecart.com", "default", "Subject:To:From:Date:Message-ID:Content-Type:MIME-Version")
    auth = dict(dkim=("pass", "kinfolkcoffeecart.com", b), spf=("pass", sender, ip), dmarc=("pass", "kinfolkcoffeecart.com", "none"))
    txt = ("hey there! \u2615\n\nThis inbox is no longer monitored. Kinfolk Coffee Cart is closed for the season (and maybe forever, we're figuring it out lol).\n\n"
           "For catering or anything else, DM us on Instagram @kinfolkcoffeecart.\n\nthank you for the love this summer \U0001F49B\n- Mar & Ellie\n")
    ch = [sig, "Date: %s" % rdate(dt), "From: %s" % addr("Kinfolk Coffee Cart", sender), "To: %s" % PH,
          fold("Subject", "Re: " + ehdr(q["subject"])) if q["subject"].isascii() else "Subject: " + ehdr("Re: " + q["subject"]),
          "Message-ID: <%s@%s>" % (hexs(rng, 32), host), "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
          "Content-Transfer-Encoding: quoted-printable"]
    return assemble(m["key"], m["box"], dt, sender, (host, host, ip), auth, [], ch, qp(txt))


def nails_autoreply(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "book@brinailsandlashes.com"
    q = ours("ev", sender)
    peer, auth, prov = google_block(rng, dt, sender, dkim_d="brinailsandlashes-com.20230601.gappssmtp.com")
    prov = [l.replace("%RCPT%", CC) for l in prov]
    txt = ("Thanks for reaching out!! \U0001F485\u2728\n\nI'm with clients Tues-Sat and answer emails Sunday nights. For the fastest booking, use my booking link: https://book.brinailsandlashes.com\n\n"
           "Fall sets are open now \U0001F342 (cat eye + chrome are back lol)\n\nxo, Bri\nBri's Nails & Lashes | Cedar Rapids\n\n(this is an automatic reply)\n")
    bnd = "0000000000%s" % hexs(rng, 18)
    body = multipart_body(bnd, [part("text/plain", txt, "UTF-8"), part("text/html", '<div dir="ltr">%s</div>\n' % esc(txt).replace("\n", "<br>"), "UTF-8")])
    ch = ["MIME-Version: 1.0", "From: %s" % addr("Bri's Nails & Lashes", sender), "Date: %s" % rdate(dt),
          "Message-ID: %s" % gmail_mid(rng), "References: %s" % q["msgid"], "In-Reply-To: %s" % q["msgid"],
          "Subject: " + ehdr("Thanks for your email! \U0001F485 (auto-reply)"), "To: %s" % addr("Alliant Energy", CC),
          "Auto-Submitted: auto-replied", "X-Autoreply: yes", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


def ooo_spanish(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "avillarreal@clinicalatinaqc.org"
    q = ours("ev", sender)
    peer, auth, prov, mid = outlook_block(rng, dt, sender, tenant_domain="clinicalatinaqc.org")
    txt = ("Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 20 de septiembre con acceso limitado al correo. "
           "Para citas o resultados, llame a recepción al 563-555-0117.\n\n"
           "Thank you for your message. I am out of the office until Monday, September 20, with limited access to e-mail. "
           "For appointments or results, please call the front desk at 563-555-0117.\n\n"
           "Ana Villarreal\nCoordinadora de Pacientes | Patient Coordinator\nClínica Latina de Quad Cities\n")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body lang="ES-US"><div class="WordSection1"><p class="MsoNormal">%s</p></div></body></html>\n'
             % esc(txt).replace("\n\n", "</p><p class=\"MsoNormal\">").replace("\n", "<br>"))
    bnd = "_000_%s_" % mid[1:].split("@")[0]
    body = multipart_body(bnd, [part("text/plain", txt, "Windows-1252", cte="quoted-printable"), part("text/html", htmlb, "Windows-1252", cte="quoted-printable")])
    subj = "Respuesta automática: " + q["subject"]
    ch = ["From: %s" % addr("Villarreal, Ana", sender), "To: %s" % addr("Alliant Energy", CC), "Subject: " + ehdr(subj, "iso-8859-1"),
          "Thread-Topic: " + q["subject"], "Thread-Index: AQH%s==" % junk(rng, 24), "Date: %s" % rdate(dt, UTC), "Message-ID: %s" % mid,
          "References: %s" % q["msgid"], "In-Reply-To: %s" % q["msgid"], "Accept-Language: es-US, en-US", "Content-Language: es-US",
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          'Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


def ooo_parental(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "nkowalski@prairiebuildco.com"
    q = ours("ev", sender)
    peer, auth, prov = google_block(rng, dt, sender, dkim_d="prairiebuildco-com.20230601.gappssmtp.com")
    prov = [l.replace("%RCPT%", CC) for l in prov]
    txt = ("Hi! I'm on parental leave until December 6 \U0001F476\U0001F37C and not checking email.\n\n"
           "For estimates and scheduling please contact Dana at office@prairiebuildco.com or 319-555-0140.\n\n"
           "Thanks!\nNate Kowalski\nProject Coordinator, Prairie Build Co.\n")
    bnd = "0000000000%s" % hexs(rng, 18)
    body = multipart_body(bnd, [part("text/plain", txt, "UTF-8"), part("text/html", '<div dir="ltr">%s</div>\n' % esc(txt).replace("\n", "<br>"), "UTF-8")])
    ch = ["MIME-Version: 1.0", "From: %s" % addr("Nate Kowalski", sender), "Date: %s" % rdate(dt),
          "Message-ID: %s" % gmail_mid(rng), "References: %s" % q["msgid"], "In-Reply-To: %s" % q["msgid"],
          "Subject: Out on parental leave until Dec 6", "To: %s" % addr("Alliant Energy", CC),
          "Auto-Submitted: auto-replied", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


def read_receipt(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "aschmidt@cedarvalleydental.com"
    num = "CC-2027-08-09977"
    ackmid = "<ack.%s@alliant-energy.com>" % num
    peer, auth, prov, mid = outlook_block(rng, dt, sender, tenant_domain="cedarvalleydental.com")
    sent = T("2027-08-31 16:12:40")
    txt = ("Your message\n\n        To: Schmidt, Abigail\n        Subject: We received your request [%s]\n        Sent: Tuesday, August 31, 2027 4:12:40 PM (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on Wednesday, September 1, 2027 %s (UTC-06:00) Central Time (US & Canada).\n" % (num, dt.strftime("%-I:%M:%S %p")))
    mdn = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually;displayed\n"
           % (mid[1:].split("@")[1][:-1], sender, ackmid))
    bnd = "_%s_" % str(uuid_up(rng)).lower()
    body = multipart_body(bnd, [part("text/plain", txt, "us-ascii", cte="7bit"), "Content-Type: message/disposition-notification\n\n" + mdn])
    ch = ["From: %s" % addr("Schmidt, Abigail", sender), "To: %s" % addr("Alliant Energy Customer Care", CC),
          "Subject: Read: We received your request [%s]" % num, "Thread-Topic: We received your request [%s]" % num,
          "Thread-Index: AQH%s==" % junk(rng, 24), "Date: %s" % rdate(dt, UTC), "Message-ID: %s" % mid,
          "References: %s" % ackmid, "In-Reply-To: %s" % ackmid, "Content-Language: en-US", "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:",
          'Content-Type: multipart/report;\n\tboundary="%s";\n\treport-type=disposition-notification' % bnd, "MIME-Version: 1.0"]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


# ====================================================================== phishing
def phish_games(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "security@arcadia-games-support.com"
    env = "bounce@mta%d.bulkpost-relay.ru" % rng.randint(1, 9)
    host, ip = "mta%d.bulkpost-relay.ru" % rng.randint(1, 9), "185.220.%d.%d" % (rng.randint(100, 110), rng.randint(2, 250))
    auth = dict(dkim=("none", None, None), spf=("softfail", env, ip), dmarc=("fail", "arcadia-games-support.com", "none"))
    htmlb = ("<html><body style=\"background:#171a21;color:#c6d4df;font-family:Arial\"><div style=\"max-width:600px;margin:auto;padding:20px\">"
             "<h2 style=\"color:#ffffff\">ARCADIA</h2><p>Dear Player,</p>"
             "<p>We have detected <b>suspicious trade activity</b> on your account. Your items have been temporarily locked and your account will be <b style=\"color:#e34\">permanently banned in 24 hours</b> unless you verify ownership.</p>"
             "<p style=\"text-align:center\"><a href=\"http://arcadia-games-support.com.verify-login.top/appeal?id=%s\" style=\"background:#5c7e10;color:#fff;padding:12px 28px;text-decoration:none\">APPEAL NOW</a></p>"
             "<p>If you did not make these trades, someone may have access to your account. Appeal within 24 hours to keep your inventory and rank.</p>"
             "<p>The Arcadia Support Team</p><p style=\"font-size:10px;color:#6b7a88\">This is an automated message. Please do not reply.</p></div></body></html>\n" % junk(rng, 20, ALNUM))
    ch = ["From: %s" % addr("Arcadia Support", sender), "To: %s" % CC, "Subject: " + ehdr("\u26A0\uFE0F Account Trade Ban Notice - Action Required"),
          "Date: %s" % rdate(dt, dtm_tz(3)), "Message-ID: <%s@arcadia-games-support.com>" % hexs(rng, 20), "MIME-Version: 1.0",
          "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64", "X-Mailer: PHPMailer 6.8.0"]
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, [], ch, b64(htmlb), spam=8.7)


def dtm_tz(h):
    import datetime
    return datetime.timezone(datetime.timedelta(hours=h))


def phish_alliant(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "billing@alliant-energy-billing.co"
    host, ip = "vps%d.fastcloud-hosting.net" % rng.randint(1000, 9999), "45.141.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
    env = "www-data@" + host
    auth = dict(dkim=("none", None, None), spf=("none", env, ip), dmarc=("none", "alliant-energy-billing.co", "none"))
    plain = ("Alliant Energy - FINAL DISCONNECTION NOTICE\n\nDear Customer,\n\nOur records show your account is PAST DUE. Your electric service is scheduled to be DISCONNECTED within 24 hours.\n\n"
             "To avoid disconnection, pay the balance of $247.83 immediately through our secure portal:\nhttps://alliant-energy-billing.co/pay?acct=%s\n\n"
             "We now accept Zelle, Cash App and Bitcoin for faster processing.\n\nIf you have already paid, please disregard.\n\nAlliant Energy Billing Department\n\n"
             "To stop receiving these alerts reply STOP.\n" % hexs(rng, 10))
    htmlb = simple_html(plain, "font-family:Arial;font-size:14px;color:#000")
    bnd = "b1_%s" % hexs(rng, 32)
    body = multipart_body(bnd, [part("text/plain", plain, "utf-8", cte="base64"), part("text/html", htmlb, "utf-8", cte="base64")])
    ch = ["Date: %s" % rdate(dt, UTC), "To: %s" % CC, "From: %s" % addr("Alliant Energy Billing", sender),
          "Subject: FINAL NOTICE: Service disconnection scheduled within 24 hours",
          "Message-ID: <%s@alliant-energy-billing.co>" % hexs(rng, 32), "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
          "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, [], ch, body, spam=9.4, tls=False)


def phish_es(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "avisos@perdon-prestamos-ed.info"
    host, ip = "smtp%d.mailrelay-cheap.xyz" % rng.randint(1, 40), "91.215.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
    env = "info@" + host
    auth = dict(dkim=("none", None, None), spf=("softfail", env, ip), dmarc=("fail", "perdon-prestamos-ed.info", "none"))
    htmlb = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
             "<h2 style=\"color:#0b3d91\">Departamento de Educaci\u00f3n \u2013 Programa de Perd\u00f3n</h2>"
             "<p>Estimado(a) estudiante:</p><p>\u00a1Felicidades! Su solicitud de <b>perd\u00f3n total de pr\u00e9stamos estudiantiles</b> ha sido <b>APROBADA</b>. "
             "Para recibir el descargo de su saldo debe confirmar sus datos (n\u00famero de Seguro Social y cuenta bancaria) antes del <b>30 de septiembre</b>.</p>"
             "<p style=\"text-align:center\"><a href=\"http://perdon-prestamos-ed.info/confirmar?c=%s\" style=\"background:#0b3d91;color:#fff;padding:12px 24px;text-decoration:none\">CONFIRMAR MIS DATOS</a></p>"
             "<p>Si no confirma, su aprobaci\u00f3n ser\u00e1 cancelada y el saldo completo volver\u00e1 a su cuenta.</p>"
             "<p style=\"font-size:11px;color:#777\">Para darse de baja, responda con BAJA.</p></td></tr></table></body></html>\n" % junk(rng, 16, ALNUM))
    ch = ["From: %s" % addr("Departamento de Educación", sender), "To: %s" % CC,
          "Subject: " + ehdr("\u2705 Su préstamo estudiantil fue APROBADO para perdón total - confirme sus datos"),
          "Date: %s" % rdate(dt, dtm_tz(2)), "Message-ID: <%s@%s>" % (hexs(rng, 24), host), "MIME-Version: 1.0",
          'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"]
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, [], ch, b64(htmlb), spam=7.2)


# ====================================================================== pitches, cold sales, lists
def influencer(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "sadielynn.creates@gmail.com"
    peer, auth, prov = google_block(rng, dt, sender)
    prov = [l.replace("%RCPT%", PH) for l in prov]
    txt = ("hiii PowerHouse team! \U0001F33F\n\n"
           "I'm Sadie (@sadielynnathome), I make cozy small-apartment + dorm content for 62k on TikTok and 18k on IG. My audience is mostly 18-28 renters in the Midwest (68% women, top cities Chicago, Madison, Minneapolis, Des Moines).\n\n"
           "Your back to school drop would fit perfectly into a \"dorm glow-up under $100\" video, esp the LED lamp with the usb-c port, my followers ask about desk lighting constantly lol\n\n"
           "My rates this season:\n- 1 TikTok: $650\n- TikTok + IG reel bundle: $900\n- usage rights for paid ads: +$200 / 30 days\n\n"
           "Happy to send my media kit + recent analytics! Would love to work together \U0001F90D\n\nxx Sadie\nsadielynnathome on everything\n")
    bnd = "0000000000%s" % hexs(rng, 18)
    body = multipart_body(bnd, [part("text/plain", txt, "UTF-8"), part("text/html", '<div dir="ltr">%s</div>\n' % esc(txt).replace("\n", "<br>"), "UTF-8")])
    ch = ["MIME-Version: 1.0", "From: %s" % addr("Sadie Lynn", sender), "Date: %s" % rdate(dt), "Message-ID: %s" % gmail_mid(rng),
          "Subject: " + ehdr("collab? \U0001F33F cozy small-space creator (62k on tiktok)"), "To: %s" % PH,
          'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body)


def hubspot_mail(m, sender, name, subj, txt, to):
    rng = R(m["key"])
    dt = m["dt"]
    dom = sender.split("@")[1]
    env = "%s@%d.bf.hubspotemail.net" % (junk(rng, 24, ALNUM.lower()), rng.randint(1000000, 9999999))
    peer, auth, sigs = esp(rng, "o%d.p%d.mailjet.hubspotemail.net" % (rng.randint(1, 30), rng.randint(1, 9)), "143.244.%d.%d" % (rng.randint(80, 95), rng.randint(2, 250)),
                           [(dom, "hs1"), ("hubspotemail.net", "hs2")], sender, env, policy="none")
    pix = '<img src="https://t.hubspotemail.net/e2t/to/%s" width="1" height="1" alt="">' % junk(rng, 40, ALNUM)
    htmlb = '<html><body><div style="font-family:Arial,sans-serif;font-size:14px">%s</div>%s</body></html>\n' % (esc(txt).replace("\n", "<br>"), pix)
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10000000, 99999999), int(dt.timestamp() * 1000))
    body = multipart_body(bnd, [part("text/plain", txt, "UTF-8", cte="quoted-printable"), part("text/html", htmlb, "UTF-8", cte="quoted-printable")])
    ch = sigs + ["Date: %s" % rdate(dt, UTC), "From: %s" % addr(name, sender), "Reply-To: %s" % sender, "To: %s" % to,
                 "Message-ID: <%s@%s>" % (str(uuid_up(rng)).lower(), "hubspotemail.net"), fold("Subject", ehdr(subj)), "MIME-Version: 1.0",
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd, "X-HS-Cid: %s" % junk(rng, 20, ALNUM),
                 "X-Report-Abuse-To: abuse@hubspot.com", "X-HubSpot-Sales-Email: true"]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body, spam=2.1)


def agency(m):
    txt = ("Hi PowerHouse team,\n\nHope the back-to-school season is treating you well! I manage Lucas Ferreira (@lowkeylucas), a Twitch + YouTube creator with 410K followers who builds budget gaming and desk setups for college students.\n\n"
           "Lucas already uses a surge-protector tower and smart plugs on stream, so an integration around your back-to-school catalog would feel super natural: think a 60-90 second \"$150 dorm desk glow-up\" segment with a tracked link and code.\n\n"
           "Fall packages start at $3,500 (1 YouTube integration + 2 stream mentions). Our deck with audience demographics is here: https://northlooptalent.co/decks/lowkeylucas-f27\n\n"
           "Would you be open to a 15-minute call next week?\n\nBest,\nPriya Shah\nPartnerships Manager | Northloop Talent\nMinneapolis, MN\n\n"
           "If you'd prefer not to hear from me, let me know and I'll take you off my list.\n")
    return hubspot_mail(m, "priya@northlooptalent.co", "Priya Shah | Northloop Talent",
                        "Partnership: @lowkeylucas (410K) x PowerHouse back-to-school", txt, PH)


def sms_platform(m):
    txt = ("Hi Customer Care team,\n\nQuick one: Gen Z customers open 98% of texts and under 20% of marketing e-mails. Utilities using Textwave for outage alerts, bill reminders and rebate promos see 3x the click-through and fewer calls to the contact center.\n\n"
           "We're already TCPA-compliant, handle STOP/HELP keywords and opt-out lists automatically, and integrate with SAP and Salesforce in under 30 days.\n\n"
           "Worth a 20-minute look? Here's my calendar: https://meetings.hubspot.com/megan-oconnell\n\n"
           "Cheers,\nMegan O'Connell\nEnterprise AE, Textwave\n\n"
           "Not interested? Reply \"no thanks\" and I won't reach out again.\n")
    return hubspot_mail(m, "megan@textwave.io", "Megan O'Connell", "Reach Gen Z where they actually read: SMS (98% open rate)", txt, CC)


def ugc(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "devin@tryclipforge.com"
    peer, auth, prov = google_block(rng, dt, sender, dkim_d="tryclipforge-com.20230601.gappssmtp.com")
    prov = [l.replace("%RCPT%", PH) for l in prov]
    txt = ("Hey there,\n\nSaw PowerHouse's back to school catalog, the smart plug 2-pack at $19.99 is a great hook for TikTok.\n\n"
           "We make UGC ads with Gen Z creators for home + tech brands: $149/video, 5-day turnaround, unlimited revisions. I sketched 3 free concepts for your fall push if you want them.\n\n"
           "Worth a look?\n\nDevin\nClipForge UGC\n\n"
           "P.S. not the right person? just reply \"no\" and I won't follow up.\n\n"
           "ClipForge, 600 Congress Ave, Austin TX 78701 | Unsubscribe: https://tryclipforge.com/unsub?e=%s\n" % junk(rng, 18, ALNUM))
    body = part("text/plain", txt, "UTF-8")
    hdrs, b = body.split("\n\n", 1)
    ch = ["MIME-Version: 1.0", "From: %s" % addr("Devin Hale", sender), "Date: %s" % rdate(dt), "Message-ID: %s" % gmail_mid(rng),
          "Subject: quick q about PowerHouse's back-to-school ads", "To: %s" % PH,
          "List-Unsubscribe: <https://tryclipforge.com/unsub?e=%s>" % junk(rng, 18, ALNUM), "X-Instantly-Campaign: %s" % str(uuid_up(rng)).lower()] + hdrs.split("\n")
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, b, spam=3.0)


def esports(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "partnerships@driftlessesports.gg"
    peer, auth, prov = google_block(rng, dt, sender, dkim_d="driftlessesports-gg.20230601.gappssmtp.com")
    prov = [l.replace("%RCPT%", PH) for l in prov]
    txt = ("Hello PowerHouse Catalog + Alliant Energy team,\n\nI'm reaching out from the Driftless Collegiate Esports League (DCEL): 14 colleges across Iowa, Wisconsin and Minnesota, ~900 student players, fall season kicks off Oct 2.\n\n"
           "We're looking for a presenting sponsor for our fall broadcast (avg. 2,800 live viewers/week on Twitch). Given your back-to-school push toward students and first-apartment renters, we think there's a natural fit, e.g. a \"PowerHouse Power Play of the Week\" segment.\n\n"
           "The sponsorship deck is attached (3 tiers, $2,000 to $12,000). Happy to hop on a call anytime.\n\n"
           "GG,\nMarcus Tran\nHead of Partnerships, DCEL\n")
    bnd = "0000000000%s" % hexs(rng, 18)
    abnd = "0000000000%s" % hexs(rng, 18)
    pdf = ("%PDF-1.7\n% DCEL sponsorship deck (placeholder)\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           "trailer << /Root 1 0 R >>\n%%EOF\n")
    pdfb = base64.encodebytes(pdf.encode("ascii")).decode("ascii")
    inner = multipart_body(abnd, [part("text/plain", txt, "UTF-8"), part("text/html", '<div dir="ltr">%s</div>\n' % esc(txt).replace("\n", "<br>"), "UTF-8")])
    body = multipart_body(bnd, ['Content-Type: multipart/alternative; boundary="%s"\n\n%s' % (abnd, inner),
                                'Content-Type: application/pdf; name="DCEL_Fall27_Sponsorship.pdf"\nContent-Disposition: attachment; filename="DCEL_Fall27_Sponsorship.pdf"\nContent-Transfer-Encoding: base64\nContent-ID: <f_%s>\nX-Attachment-Id: f_%s\n\n%s' % (hexs(rng, 10), hexs(rng, 10), pdfb)])
    ch = ["MIME-Version: 1.0", "From: %s" % addr("Marcus Tran", sender), "Date: %s" % rdate(dt), "Message-ID: %s" % gmail_mid(rng),
          "Subject: Sponsorship: Driftless Collegiate Esports League, fall '27 (deck attached)",
          "To: %s, %s" % (PH, CC), 'Content-Type: multipart/mixed; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, sender, peer, auth, prov, ch, body, spam=1.4)


def newsletter(m):
    rng = R(m["key"])
    dt = m["dt"]
    sender = "nia@billsandbytes.letterbox.blog"
    env = "bounce-%s@mg.letterbox.blog" % hexs(rng, 20)
    peer, auth, sigs = esp(rng, "m%d-%d.mg.letterbox.blog" % (rng.randint(1, 9), rng.randint(10, 99)), "69.72.%d.%d" % (rng.randint(32, 47), rng.randint(2, 250)),
                           [("letterbox.blog", "mx"), ("mailgun.org", "mg")], sender, env)
    auth["dmarc"] = ("pass", "letterbox.blog", "none")
    txt = ("bills & bytes #14\ni cut our electric bill 40%% w/ 3 roommates (spreadsheet inside)\n\n"
           "hi besties, nia here \U0001F44B\n\nso our 4-bed in madison hit $238 in july and we had A Meeting about it. here's what actually worked:\n\n"
           "1. smart plugs on the gaming pcs + the mini fridge nobody admits is theirs\n2. the $75 smart thermostat rebate (yes i had to ask our landlord, yes he said fine)\n"
           "3. time-of-use rate + running the dryer after 9pm\n4. a shared spreadsheet with a leaderboard (shame is a great motivator)\n\n"
           "august bill: $141. i'm not saying i'm a genius but\n\n"
           "grab the spreadsheet template here: https://billsandbytes.letterbox.blog/p/roommate-energy-sheet\n\n"
           "see u next week,\nnia\n\n---\nYou're receiving this because you subscribed to bills & bytes (customercare@alliant-energy.com).\n"
           "Unsubscribe: https://billsandbytes.letterbox.blog/unsubscribe?t=%s\n" % junk(rng, 24, ALNUM))
    bnd, body = alt(rng, txt, simple_html(txt, "font-family:Georgia,serif;font-size:17px;color:#1d1d1f"))
    ch = sigs + ["From: %s" % addr("nia @ bills & bytes", sender), "To: %s" % CC,
                 "Subject: " + ehdr("#14: i cut our electric bill 40% w/ 3 roommates \U0001F4C9"), "Date: %s" % rdate(dt, UTC),
                 "Message-ID: <%s@billsandbytes.letterbox.blog>" % hexs(rng, 26), "MIME-Version: 1.0",
                 "List-Id: bills & bytes <billsandbytes.letterbox.blog>",
                 "List-Unsubscribe: <https://billsandbytes.letterbox.blog/unsubscribe?t=%s>, <mailto:unsubscribe+%s@letterbox.blog>" % (junk(rng, 24, ALNUM), hexs(rng, 16)),
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "X-Mailgun-Tag: newsletter",
                 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return assemble(m["key"], m["box"], dt, env, peer, auth, [], ch, body)


def google_group(m):
    rng = R(m["key"])
    dt = m["dt"]
    poster = "samoduya@gmail.com"
    grp = "maple-st-house@googlegroups.com"
    env = "maple-st-house+bncBD%s@googlegroups.com" % junk(rng, 40, ALNUM)
    host = "mail-%s.google.com" % rng.choice(["pj1-x83a", "qk1-x740", "oo1-x23c"])
    ip = "2607:f8b0:4864:20::%s" % hexs(rng, 3)
    sig, b = dkim_sig(rng, "googlegroups.com", "20230601", "list-unsubscribe:list-subscribe:list-archive:list-help:list-post\n\t :list-id:mailing-list:precedence:x-original-authentication-results\n\t :x-original-sender:to:subject:message-id:date:from:in-reply-to\n\t :references:mime-version:sender:from:to:cc:subject:date:message-id\n\t :reply-to", t=epoch(dt))
    auth = dict(dkim=("pass", "googlegroups.com", b), spf=("pass", env, ip), dmarc=("pass", "gmail.com", "none"))
    first_mid = gmail_mid(rng)
    mid = gmail_mid(rng)
    new = ("ok so ari's name comes off the alliant account oct 1 when they move out. does someone else have to go on it or do they just shut it off?? idk how this works\n\n"
           "i can do it but then everyone venmo/paydrop me on time pls \U0001F64F\n\n"
           "also why is alliant on this thread lol (ari put them on the first email)")
    quoted = ("On Wed, Sep 22, 2027 at 8:14 PM Ari Delacroix <aridelacroix@gmail.com> wrote:\n\n> hey house!! reminder im moving out sept 30. someone needs to take over\n> the electric. cc'ing alliant so they know\n")
    footer = ("\n-- \nYou received this message because you are subscribed to the Google Groups \"maple-st-house\" group.\n"
              "To unsubscribe from this group and stop receiving emails from it, send an email to maple-st-house+unsubscribe@googlegroups.com.\n"
              "To view this discussion visit https://groups.google.com/d/msgid/maple-st-house/%s.\n" % mid[1:-1].replace("@", "%40").replace("+", "%2B").replace("=", "%3D"))
    plain = new + "\n\n" + quoted + footer
    hb = '<div dir="auto">%s</div><br><div class="gmail_quote">%s</div>\n<p></p>%s' % (esc(new).replace("\n", "<br>"), esc(quoted).replace("\n", "<br>"), esc(footer).replace("\n", "<br>"))
    bnd = "0000000000%s" % hexs(rng, 18)
    body = multipart_body(bnd, [part("text/plain", plain, "UTF-8"), part("text/html", hb, "UTF-8")])
    prov = ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (host, hexs(rng, 13), hexs(rng, 10), rng.randint(1, 9), CC, rdate(dt, PDT, "zero", "PDT")),
            sig, "X-Forwarded-Encrypted: i=2; AJvYcC%s" % junk(rng, 60), "X-Gm-Message-State: AOJu0Y%s" % junk(rng, 60),
            "X-Google-Smtp-Source: AGHT+I%s==" % junk(rng, 70),
            "X-BeenThere: maple-st-house@googlegroups.com"]
    ch = ["MIME-Version: 1.0", "References: %s" % first_mid, "In-Reply-To: %s" % first_mid,
          "From: %s" % addr("Sam Oduya", poster), "Date: %s" % rdate(dt), "Message-ID: %s" % mid,
          "Subject: Re: [maple-st-house] who's taking over alliant oct 1??",
          "To: %s, %s" % (addr("maple-st-house", grp), CC),
          "X-Original-Sender: %s" % poster,
          "X-Original-Authentication-Results: gmr-mx.google.com;       dkim=pass header.i=@gmail.com;       spf=pass (google.com: domain of %s designates 209.85.220.41 as permitted sender) smtp.mailfrom=%s;       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % (poster, poster),
          "Reply-To: %s" % grp, "Precedence: list",
          "Mailing-list: list maple-st-house@googlegroups.com; contact maple-st-house+owners@googlegroups.com",
          "List-ID: <maple-st-house.googlegroups.com>", "X-Spam-Checked-In-Group: maple-st-house@googlegroups.com",
          "X-Google-Group-Id: %d" % rng.randint(100000000000, 999999999999),
          "List-Post: <https://groups.google.com/group/maple-st-house/post>, <mailto:maple-st-house@googlegroups.com>",
          "List-Help: <https://groups.google.com/support/>, <mailto:maple-st-house+help@googlegroups.com>",
          "List-Archive: <https://groups.google.com/group/maple-st-house",
          "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/maple-st-house/subscribe>" % rng.randint(100000000000, 999999999999),
          'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    ch = [l if not l.startswith("List-Archive") else l + ">" for l in ch]
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, prov, ch, body)


def calendar_invite(m):
    rng = R(m["key"])
    dt = m["dt"]
    org = "owenbecker.04@gmail.com"
    uid = "%s@google.com" % junk(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    stamp = dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nTZNAME:CDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\n"
           "BEGIN:STANDARD\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nTZNAME:CST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:20270924T190000\nDTEND;TZID=America/Chicago:20270924T193000\nDTSTAMP:%s\nORGANIZER;CN=Owen Becker:mailto:%s\nUID:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n ;CN=Owen Becker;X-NUM-GUESTS=0:mailto:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=maddie.sorensen.02@gmail.com;X-NUM-GUESTS=0:mailto:maddie.sorensen.02@gmail.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=jordan.t.tapia@gmail.com;X-NUM-GUESTS=0:mailto:jordan.t.tapia@gmail.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=alliant;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com\n"
           "X-MICROSOFT-CDO-OWNERAPPTID:-%d\nCREATED:%s\nDESCRIPTION:everyone send me ur share BEFORE this so i can pay it on time this month \\n\\nalliant is like $127 + wifi $65 = $192 / 3 = $64 each (ish)\n"
           "LAST-MODIFIED:%s\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:pay alliant bill \U0001F4A1\nTRANSP:OPAQUE\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
           % (stamp, org, uid, org, rng.randint(100000000, 999999999), stamp, stamp))
    plain = ("pay alliant bill \U0001F4A1\nFriday Sep 24, 2027 \u22C5 7 \u2013 7:30pm\nCentral Time - Chicago\n\n"
             "everyone send me ur share BEFORE this so i can pay it on time this month\n\nalliant is like $127 + wifi $65 = $192 / 3 = $64 each (ish)\n\n"
             "Guests\nOwen Becker - organizer\nmaddie.sorensen.02@gmail.com\njordan.t.tapia@gmail.com\nalliant\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n"
             "Reply for customercare@alliant-energy.com\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n" % junk(rng, 60, ALNUM))
    htmlb = simple_html(plain, "font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")
    abnd = "0000000000%s" % hexs(rng, 18)
    mbnd = "0000000000%s" % hexs(rng, 18)
    inner = multipart_body(abnd, [part("text/plain", plain, "UTF-8"), part("text/html", htmlb, "UTF-8", cte="quoted-printable"),
                                  part("text/calendar", ics, "UTF-8", cte="7bit" if ics.isascii() else "quoted-printable", ct_params="; method=REQUEST")])
    body = multipart_body(mbnd, ['Content-Type: multipart/alternative; boundary="%s"\n\n%s' % (abnd, inner),
                                 'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n'
                                 + base64.encodebytes(ics.encode("utf-8")).decode("ascii")])
    host = "mail-sor-f%d.google.com" % rng.randint(40, 99)
    ip = "209.85.220.%d" % rng.randint(40, 99)
    sig, b = dkim_sig(rng, "google.com", "20230601", "to:from:subject:date:message-id:sender:reply-to:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to", t=epoch(dt))
    env = "3%s@calendar-server.bounces.google.com" % junk(rng, 40, ALNUM)
    auth = dict(dkim=("pass", "google.com", b), spf=("pass", env, ip), dmarc=("pass", "gmail.com", "none"))
    prov = ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s" % (host, hexs(rng, 13), hexs(rng, 10), rng.randint(1, 9), CC, rdate(dt, PDT, "zero", "PDT")), sig,
            "X-Google-Smtp-Source: AGHT+I%s==" % junk(rng, 70)]
    ch = ["MIME-Version: 1.0", "Reply-To: %s" % addr("Owen Becker", org), "Sender: %s" % addr("Google Calendar", "calendar-notification@google.com"),
          "Auto-Submitted: auto-generated", "Message-ID: <calendar-%s@google.com>" % str(uuid_up(rng)).lower(), "Date: %s" % rdate(dt, UTC, "zero"),
          "Subject: " + ehdr("Invitation: pay alliant bill \U0001F4A1 @ Fri Sep 24, 2027 7pm - 7:30pm (CDT) (customercare@alliant-energy.com)"),
          "From: %s" % addr("Owen Becker", org), "To: %s" % CC, 'Content-Type: multipart/mixed; boundary="%s"' % mbnd]
    return assemble(m["key"], m["box"], dt, env, (host, host, ip), auth, prov, ch, body)


M = [
    dict(key="m-evenly-added", dt="2027-09-02 19:30:12", box="customercare", fn=evenly_added, cat="automated: notification",
         spec="split-bill-app-added-to-group", program="Evenly (SendGrid)", answers="-",
         note="a roommate added our address to a bill-splitting group as 'alliant': app notification, no person writing to us"),
    dict(key="m-bounce-o365", dt="2027-09-02 10:06:04", box="customercare", fn=bounce_o365, cat="automated: bounce",
         spec="ndr-expired-student-mailbox", program="Microsoft 365 NDR", answers="thermostat promo",
         note="Microsoft 365 NDR: a graduate's student mailbox no longer exists; quotes our promo headers incl. unsubscribe, still a bounce"),
    dict(key="m-ooo-grad", dt="2027-09-02 10:05:59", box="customercare", fn=ooo_grad, cat="automated: auto-reply",
         spec="grad-conference-ooo", program="Outlook (Microsoft 365, university)", answers="thermostat promo",
         note="grad student's out-of-office to the thermostat promo, Auto-Submitted: never acknowledge"),
    dict(key="m-bounce-google", dt="2027-09-07 09:31:27", box="powerhousecatalog", fn=bounce_google, cat="automated: bounce",
         spec="google-workspace-nosuchuser-alum", program="Gmail DSN (Google Workspace)", answers="catalog e-mail",
         note="DSN for a deleted university account; the returned catalog text contains the sharing/unsubscribe footer, which is ours"),
    dict(key="m-headerless", dt="2027-09-07 09:33:10", box="powerhousecatalog", fn=headerless_closed, cat="automated: auto-reply (no Auto-Submitted)",
         spec="closed-coffee-cart-not-monitored", program="cPanel autoresponder", answers="catalog e-mail",
         note="'this inbox is no longer monitored' with no Auto-Submitted or X-Autoreply header: still automated (LABELS: headerless auto-replies)"),
    dict(key="m-influencer", dt="2027-09-08 15:12:40", box="powerhousecatalog", fn=influencer, cat="automated: cold sales (creator pitch)",
         spec="tiktok-creator-collab-rates", program="Gmail for iOS", answers="-",
         note="a real person wrote it, but it is an unsolicited sponsorship pitch with rates: cold sales, automated per LABELS"),
    dict(key="m-agency", dt="2027-09-10 14:02:11", box="powerhousecatalog", fn=agency, cat="automated: cold sales (talent agency)",
         spec="talent-agency-streamer-package", program="HubSpot Sales", answers="-",
         note="talent-manager pitch via HubSpot; its 'let me know and I'll take you off my list' is their opt-out wording, not a request to us"),
    dict(key="m-neighborly", dt="2027-09-11 17:00:05", box="customercare", fn=neighborly, cat="automated: notification digest",
         spec="neighborhood-app-daily-digest", program="Neighborly (digest)", answers="-",
         note="neighborhood-app digest to our business page; posts about the outage are neighbours talking to each other, not to us"),
    dict(key="m-evenly-digest", dt="2027-09-13 07:00:44", box="customercare", fn=evenly_digest, cat="automated: notification digest",
         spec="split-bill-app-weekly-summary", program="Evenly (SendGrid)", answers="-",
         note="weekly digest from the bill-splitting app; mentions 'alliant electric' but nobody is writing to us"),
    dict(key="m-esports", dt="2027-09-13 11:48:30", box="powerhousecatalog", fn=esports, cat="automated: cold sales (sponsorship deck)",
         spec="collegiate-esports-sponsorship", program="Gmail (Google Workspace)", answers="-",
         note="sponsorship request with a PDF deck, addressed to both mailboxes: cold outreach, automated"),
    dict(key="m-ooo-es", dt="2027-09-14 11:01:02", box="customercare", fn=ooo_spanish, cat="automated: auto-reply (Spanish)",
         spec="es-respuesta-automatica-clinic", program="Outlook (Microsoft 365)", answers="EV charger promo", lang="es+en",
         note="bilingual out-of-office (windows-1252) to the EV promo, Auto-Submitted"),
    dict(key="m-bounce-yahoo", dt="2027-09-14 11:00:52", box="customercare", fn=bounce_yahoo_full, cat="automated: bounce (legacy, no MIME)",
         spec="yahoo-mailbox-quota", program="Yahoo MAILER-DAEMON", answers="EV charger promo",
         note="old-style Yahoo failure notice with no MIME-Version; mailbox over quota"),
    dict(key="m-bounce-alumni", dt="2027-09-14 11:00:31", box="customercare", fn=bounce_postfix_alumni, cat="automated: bounce",
         spec="alumni-forwarding-discontinued", program="Postfix DSN", answers="EV charger promo",
         note="alumni forwarding address retired: Postfix DSN"),
    dict(key="m-ooo-parental", dt="2027-09-14 11:02:19", box="customercare", fn=ooo_parental, cat="automated: auto-reply",
         spec="parental-leave-vacation-responder", program="Gmail vacation responder (Workspace)", answers="EV charger promo",
         note="young dad's parental-leave responder to the EV promo; its own subject, but Auto-Submitted"),
    dict(key="m-nails", dt="2027-09-14 11:03:40", box="customercare", fn=nails_autoreply, cat="automated: auto-reply",
         spec="side-hustle-booking-autoreply", program="Gmail autoresponder (Workspace)", answers="EV charger promo",
         note="a nail tech's side-business auto-reply (booking link) to the EV promo"),
    dict(key="m-phish-es", dt="2027-09-15 04:22:10", box="customercare", fn=phish_es, cat="automated: phishing (Spanish)",
         spec="es-student-loan-forgiveness-phish", program="bulk mailer", answers="-", lang="es",
         note="Spanish student-loan-forgiveness phishing; its 'responda con BAJA' footer is bait, not a request"),
    dict(key="m-ugc", dt="2027-09-16 09:41:18", box="powerhousecatalog", fn=ugc, cat="automated: cold sales",
         spec="ugc-agency-free-concepts", program="Instantly via Google Workspace", answers="-",
         note="sequenced cold e-mail from a UGC video agency"),
    dict(key="m-guild-invite", dt="2027-09-17 23:10:36", box="customercare", fn=lambda m: guildhall(m, "invite"), cat="automated: notification",
         spec="chat-server-invite-apt4", program="Guildhall (Amazon SES)", answers="-",
         note="a gamer invited our address to his roommates' chat server: app notification"),
    dict(key="m-guild-digest", dt="2027-09-18 02:14:09", box="customercare", fn=lambda m: guildhall(m, "digest"), cat="automated: notification digest",
         spec="chat-unread-mentions-digest", program="Guildhall (Amazon SES)", answers="-",
         note="unread-messages digest quoting roommates joking that they 'invited the actual power company' and are late on August; chat, not a request"),
    dict(key="m-newsletter", dt="2027-09-19 09:00:03", box="customercare", fn=newsletter, cat="automated: newsletter",
         spec="creator-newsletter-roommate-bill", program="letterbox.blog (Mailgun)", answers="-",
         note="creator newsletter someone subscribed us to; List-Id, Precedence: bulk"),
    dict(key="m-calendar", dt="2027-09-20 18:33:27", box="customercare", fn=calendar_invite, cat="automated: calendar invitation",
         spec="roommate-calendar-pay-alliant", program="Google Calendar", answers="-",
         note="text/calendar invitation 'pay alliant bill' with our address as a guest named 'alliant': automated per LABELS"),
    dict(key="m-sms-vendor", dt="2027-09-21 10:15:55", box="customercare", fn=sms_platform, cat="automated: cold sales",
         spec="sms-platform-gen-z-pitch", program="HubSpot Sales", answers="-",
         note="vendor pitch full of STOP/opt-out vocabulary; cold sales, automated"),
    dict(key="m-group", dt="2027-09-22 20:41:06", box="customercare", fn=google_group, cat="automated: mailing list",
         spec="house-google-group-who-takes-account", program="Google Groups", answers="-",
         note="roommates' Google Group thread our address was put on; asks housemates (not us) who takes the account: list traffic, automated"),
    dict(key="m-paydrop", dt="2027-09-23 21:40:19", box="customercare", fn=paydrop_request, cat="automated: notification",
         spec="payment-app-request-to-our-address", program="Paydrop", answers="-",
         note="payment-app request for 'alliant sept' sent to our address because a roommate typed it: notification"),
    dict(key="m-phish-alliant", dt="2027-09-23 03:05:48", box="customercare", fn=phish_alliant, cat="automated: phishing (impersonates us)",
         spec="fake-disconnection-notice-phish", program="PHPMailer", answers="-",
         note="phishing posing as Alliant billing; 'reply STOP' footer and account talk are bait; same domain a customer asks about"),
    dict(key="m-phish-games", dt="2027-09-25 02:17:33", box="customercare", fn=phish_games, cat="automated: phishing",
         spec="gaming-trade-ban-phish", program="PHPMailer", answers="-",
         note="gaming-account phishing sprayed at our address"),
    dict(key="m-fwd-confirm", dt="2027-09-26 13:48:02", box="customercare", fn=gmail_fwd_confirm, cat="automated: notification",
         spec="gmail-forwarding-confirmation", program="Gmail forwarding verification", answers="-",
         note="someone typed our address as their Gmail forwarding target; Google's confirmation-code mail, not a request"),
    dict(key="m-mdn", dt="2027-09-01 08:44:10", box="customercare", fn=read_receipt, cat="automated: read receipt",
         spec="read-receipt-of-august-ack", program="Outlook (Microsoft 365) MDN", answers="acknowledgement CC-2027-08-09977",
         note="read receipt for one of our August acknowledgements: automated, never answered"),
]
