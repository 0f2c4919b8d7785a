"""Mail that is not a request: vendors, partners, associations, invitations, calendars, recruiters, list posts,
auto-replies of office staff, a misdirected internal forward. 35 messages, all automated = true."""
import mime
import ours
from mime import Leaf, Multi, text_leaf, attachment, rfc_date, in_tz, esc

CC, PH = "customercare", "powerhousecatalog"


def A(id, cat, at, mailbox, client, frm, subject, body, note, lang="en", **kw):
    d = dict(id=id, cat=cat, at=at, mailbox=mailbox, client=client, frm=frm, subject=subject, body=body,
             labels=[], entities={}, note=note, unclear=False, lang=lang, automated=True, ack=None)
    d.update(kw)
    return d


def dom(a):
    return a.split("@", 1)[1]


# ------------------------------------------------------------------------------------------------ HTML
def news_html(title, text, color="#1d4f91", footer=""):
    rows = []
    for para in mime.blocks(text):
        rows.append('<tr><td style="padding:6px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222">%s</td></tr>'
                    % "<br>".join(esc(ln) for ln in para))
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>'
            '<body style="margin:0;padding:0;background:#f2f2f2">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
            '<tr><td style="background:%s;padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:22px;color:#ffffff;font-weight:bold">%s</td></tr>\n'
            '%s\n<tr><td style="padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#777777">%s</td></tr>\n'
            '</table></td></tr></table></body></html>\n'
            % (esc(title), color, esc(title), "\n".join(rows), footer))


def alt(ctx, text, html, boundary, cte_plain="quoted-printable", cte_html="quoted-printable", cs="utf-8", quote_cs=True):
    p = text_leaf(text, "plain", cs, cte=cte_plain, quote_charset=quote_cs)
    h = text_leaf(html, "html", cs, cte=cte_html, quote_charset=quote_cs)
    return Multi("alternative", [p, h], boundary)


# ------------------------------------------------------------------------------------------------ routes
def route_cc(s, ctx):
    n = ctx.rng.randint(20, 250)
    env = "%s==_1101%s==@in.constantcontact.com" % (ctx.b64(30).replace("/", "_").replace("+", "-"), ctx.digits(10))
    d = dom(s["frm"][1])
    B = ctx.B
    lines = [B.dkim_header(ctx, d, "ctct1", "date:mime-version:subject:x-feedback-id:x-250ok-cid:message-id:reply-to:from:to:list-unsubscribe:list-unsubscribe-post",
                           indent=" ", extra=" t=%d;" % ctx.epoch()),
             B.dkim_header(ctx, "auth.ccsend.com", "1000073432", "date:mime-version:subject:x-feedback-id:x-250ok-cid:message-id:reply-to:from:to:list-unsubscribe:list-unsubscribe-post",
                           indent=" ", extra=" t=%d;" % ctx.epoch()),
             "Received: from [10.252.%d.%d] ([10.252.%d.%d:%d] helo=p2-jbemailsyndicator%s.ctct.net)\r\n\tby 10.249.%d.%d (envelope-from <%s>)\r\n\t(ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0^0)) with ESMTP\r\n\tid %s; %s"
             % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250), ctx.rng.randint(30000, 60000),
                ctx.hex(3), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250), env, ctx.hex(8).upper() + "-" + ctx.hex(4).upper(),
                rfc_date(in_tz(ctx.t_relay, "eastern"), "plain"))]
    return lines, dict(helo="ccm%d.constantcontact.com" % (n % 40 + 10), ip="208.75.123.%d" % n, envfrom=env,
                       dkim=[(d, "ctct1"), ("auth.ccsend.com", "1000073432")], tls="1.2")


def route_mc(s, ctx):
    a, b = ctx.rng.randint(100, 250), ctx.rng.randint(100, 240)
    host = "mail%d.atl%d.mcdlv.net" % (a, b)
    uid = ctx.once("mcuid", lambda: ctx.hex(25))
    env = "bounce-mc.us21_%s.%s-customercare=alliant-energy.com@%s" % (ctx.digits(9), ctx.digits(7), host)
    d = dom(s["frm"][1])
    B = ctx.B
    lines = [B.dkim_header(ctx, d, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version;",
                           indent="\t", extra=" t=%d; i=@%s;" % (ctx.epoch(), d)).replace("MIME-Version;;", "MIME-Version;"),
             B.dkim_header(ctx, "mcdlv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version;",
                           indent="\t", extra=" t=%d;" % ctx.epoch()).replace("MIME-Version;;", "MIME-Version;"),
             "Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id 4d%s\r\n\tfor <%s>; %s"
             % (host, ctx.an(11), ctx.rcpt, rfc_date(in_tz(ctx.t_relay, "utc"), "plain").replace("+0000", "+0000 (GMT)"))]
    del uid
    return lines, dict(helo=host, ip="198.2.%d.%d" % (a % 60 + 128, b), envfrom=env, dkim=[(d, "k2"), ("mcdlv.net", "k3")], tls="1.2")


def route_sg(s, ctx):
    d = dom(s["frm"][1])
    n = ctx.rng.randint(1000, 9999)
    env = "bounces+%d-%s-customercare=alliant-energy.com@em%d.%s" % (ctx.rng.randint(10 ** 7, 9 * 10 ** 7), ctx.hex(4), n % 9000 + 1000, d)
    if s["mailbox"] == PH:
        env = env.replace("customercare=", "powerhousecatalog=")
    B = ctx.B
    lines = [B.dkim_header(ctx, d, "s1", "from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:content-type:to:cc:content-type:from:subject:to",
                           indent="\t"),
             "Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\r\n\t%s" % (
                 ctx.hex(10), ctx.an(5).lower(), ctx.hex(10), ctx.an(5).lower(), ctx.hex(8).upper(), ctx.rng.randint(1, 40),
                 rfc_date(in_tz(ctx.t_send, "utc"), "plainname").replace("(UTC)", "(UTC)")),
             "Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\t%s" % (
                 ctx.b64(22).replace("/", "").replace("+", ""), ctx.rng.randint(1, 40), ctx.b64(22).replace("/", "_").replace("+", "-"),
                 rfc_date(in_tz(ctx.t_send, "utc"), "plainname"))]
    return lines, dict(helo="o%d.ptr%d.%s" % (ctx.rng.randint(1, 9), n, "em%d.%s" % (n % 9000 + 1000, d)), ip="149.72.%d.%d" % (ctx.rng.randint(1, 250), ctx.rng.randint(2, 250)),
                       envfrom=env, dkim=[(d, "s1")], tls="1.2")


def route_hs(s, ctx):
    d = dom(s["frm"][1])
    cid = ctx.once("hscid", lambda: ctx.an(40).lower())
    env = "%s-%s@bf%02dz.hubspotemail.net" % (cid, ctx.rcpt.replace("@", "="), ctx.rng.randint(1, 30))
    B = ctx.B
    lines = [B.dkim_header(ctx, d, "hs1", "Subject:List-Unsubscribe:Reply-To:To:From:Date:Message-ID:Content-Type:MIME-Version", indent="\t",
                           extra=" t=%d;" % ctx.epoch()),
             B.dkim_header(ctx, "hubspotemail.net", "hs2", "Subject:List-Unsubscribe:Reply-To:To:From:Date:Message-ID:Content-Type:MIME-Version", indent="\t",
                           extra=" t=%d;" % ctx.epoch())]
    return lines, dict(helo="o%d.hubspotemail.net" % ctx.rng.randint(10, 99), ip="158.247.%d.%d" % (ctx.rng.randint(16, 30), ctx.rng.randint(2, 250)),
                       envfrom=env, dkim=[(d, "hs1"), ("hubspotemail.net", "hs2")], tls="1.2")


def route_gg(s, ctx):
    n = ctx.rng.randint(41, 199)
    helo = "mail-oo1-f%d.google.com" % n
    env = "%s+bncBD%s@googlegroups.com" % (s["list_name"], ctx.an(60))
    tg = rfc_date(in_tz(ctx.t_relay, "pacific"), "gname")
    B = ctx.B
    lines = ["Received: by %s with SMTP id 006d021491bc7-%sso%d.2\r\n        for <%s>; %s" % (helo, ctx.hex(12), ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ctx.rcpt, tg),
             "ARC-Seal: i=2; a=rsa-sha256; t=%d; cv=pass;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s" % (ctx.epoch(), B.sig_lines(ctx, "        ")),
             B.dkim_header(ctx, "googlegroups.com", "20230601",
                           "list-unsubscribe:list-subscribe:list-archive:list-help:list-post\r\n         :list-id:mailing-list:precedence:x-original-authentication-results\r\n         :x-original-sender:mime-version:subject:message-id:date:from:to", extra=" t=%d; x=%d; darn=alliant-energy.com;" % (ctx.epoch(), ctx.epoch() + 604800)),
             "X-Forwarded-Encrypted: i=2; AJvYcC%s" % ctx.b64(80),
             "X-Gm-Message-State: AOJu0Y%s" % ctx.b64(50),
             "X-Google-Smtp-Source: AGHT+IF%s" % ctx.b64(64),
             "X-Received: by 2002:a05:6820:%s:b0:%s:%s:%s with SMTP id 006d021491bc7-%smr%d.%d.%d;\r\n        %s" % (
                 ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(4), ctx.hex(12), ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ctx.rng.randint(1, 60), ctx.epoch() * 1000 + 17, tg),
             "X-BeenThere: %s@googlegroups.com" % s["list_name"]]
    return lines, dict(helo=helo, ip="209.85.161.%d" % n, envfrom=env, dkim=[("googlegroups.com", "20230601")],
                       dmarc="pass (p=NONE sp=NONE dis=NONE)")


def route_mailman(s, ctx):
    host = s["list_host"]
    env = "%s-bounces+customercare=alliant-energy.com@%s" % (s["list_name"], host)
    ip = "198.%d.%d.%d" % (ctx.rng.randint(40, 70), ctx.rng.randint(1, 250), ctx.rng.randint(2, 250))
    lines = ["Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
                 host, host, ctx.an(10).upper(), rfc_date(in_tz(ctx.t_relay, "central"), "postfix")),
             "Received: from mail.%s (mail.%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s@%s>; %s" % (
                 dom(s["frm"][1]), dom(s["frm"][1]), "172.%d.%d.%d" % (ctx.rng.randint(16, 31), ctx.rng.randint(1, 250), ctx.rng.randint(2, 250)),
                 host, ctx.an(10).upper(), s["list_name"], host, rfc_date(in_tz(ctx.t_send, "central"), "postfix"))]
    return lines, dict(helo=host, ip=ip, envfrom=env, dkim=[], dmarc="none", tls="1.2")


def route_gcal(s, ctx):
    lines, route = ctx.B.plat_google(s, ctx)
    route["envfrom"] = "3%s@calendar-server.bounces.google.com" % ctx.b64(60).replace("+", "-").replace("/", "_")
    lines[1] = lines[1].replace("d=%s; s=google" % dom(s["frm"][1]), "d=google.com; s=20230601").replace("d=gmail.com; s=20230601", "d=google.com; s=20230601")
    route["dkim"] = [("google.com", "20230601")]
    return lines, route


# ------------------------------------------------------------------------------------------- raw builders
def raw_cc(s, ctx):
    ms = int(ctx.t_send.timestamp() * 1000)
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    roving = ctx.digits(13)
    mid = "<%s.%s.%s@ccsend.com>" % (roving, ctx.digits(13), ctx.digits(10))
    tree = alt(ctx, s["body"], s["html"], b)
    lines = ["Date: " + rfc_date(in_tz(ctx.t_send, "eastern"), "plain"),
             "From: " + mime.addr(*s["frm"], quote_always=True),
             "Reply-To: " + s["frm"][1],
             "To: " + ctx.rcpt,
             "Message-ID: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    lines += ["List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=%s&se=%s&t=%s>,\r\n <mailto:unsubscribe-%s@in.constantcontact.com>" % (
                  ctx.an(22), ctx.an(20), ctx.an(11), ctx.hex(32)),
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "X-Campaign-Activity-ID: " + ctx.uuid(),
              "X-Channel-ID: " + ctx.uuid(),
              "X-Roving-Campaignid: " + roving,
              "X-Roving-Id: %s.%s" % (roving, ctx.digits(13)),
              "X-Feedback-ID: %s:%s:%s:ctct" % (ctx.uuid(), ctx.uuid(), ctx.digits(13)),
              "X-CTCT-ID: " + ctx.uuid()]
    return lines, tree.render_body(), mid


def raw_mc(s, ctx):
    uid = ctx.once("mcuid", lambda: ctx.hex(25))
    lid = ctx.hex(10)
    cid = ctx.hex(10)
    mid = "<%s.%s.%s@%s>" % (uid, ctx.hex(24), in_tz(ctx.t_send, "utc").strftime("%Y%m%d%H%M%S"), "mail%d.atl%d.mcdlv.net" % (ctx.rng.randint(100, 250), ctx.rng.randint(100, 240)))
    b = "_----------=_MCPart_%d" % ctx.rng.randint(10 ** 8, 2 * 10 ** 9)
    tree = alt(ctx, s["body"], s["html"], b)
    tree.ctype = 'multipart/alternative; boundary="%s"' % b
    fname = s["frm"][0]
    lines = [mime.fold("Subject", mime.subj(s["subject"])),
             "From: " + mime.addr(fname, s["frm"][1], quote_always=True),
             "Reply-To: " + mime.addr(fname, s["frm"][1], quote_always=True),
             "To: <%s>" % ctx.rcpt,
             "Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plain"),
             "Message-ID: " + mid,
             "List-ID: %s mailchimp list <%s.%s.list-id.mcsv.net>" % (uid, uid, ctx.digits(6)),
             "X-Mailer: Mailchimp Mailer - **CID%s%s**" % (cid, ctx.hex(10)),
             "X-Campaign: mailchimp%s.%s" % (uid, cid),
             "X-campaignid: mailchimp%s.%s" % (uid, cid),
             "X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s&c=%s" % (uid, lid, ctx.hex(10), cid),
             "X-MC-User: " + uid,
             "Feedback-ID: %s:%s.%s:us21:mc" % (ctx.digits(9), ctx.digits(9), ctx.digits(7)),
             "List-Unsubscribe: <https://%s.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\r\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
                 s.get("mc_sub", "org"), uid, lid, ctx.hex(10), cid, uid, cid, ctx.hex(10)),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "X-Accounttype: pd",
             "x-mcda: FALSE"]
    lines.extend(tree.headers())
    lines.append("MIME-Version: 1.0")
    return lines, tree.render_body(), mid


def raw_sg(s, ctx):
    b = ctx.hex(64)
    mid = "<%s@geopod-ismtpd-%d>" % (ctx.b64(22).replace("/", "").replace("+", ""), ctx.rng.randint(1, 40))
    tree = alt(ctx, s["body"], s["html"], b, cs="us-ascii" if mime.is_ascii(s["body"] + s["html"]) else "utf-8", quote_cs=False)
    tree.ctype = "multipart/alternative; boundary=%s" % b
    lines = tree.headers() + [
        "Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plainname").replace(" (UTC)", " +0000 (UTC)").replace("+0000 +0000", "+0000"),
        "From: " + mime.addr(*s["frm"]),
        "Mime-Version: 1.0",
        "Message-ID: " + mid,
        mime.fold("Subject", mime.subj(s["subject"])),
        "X-SG-EID: \r\n u001.%s\r\n %s" % (ctx.b64(70), ctx.b64(60)),
        "X-SG-ID: \r\n u001.%s" % ctx.b64(70),
        "To: " + ctx.rcpt,
        "X-Entity-ID: u001.%s" % ctx.b64(22),
        "List-Unsubscribe: <mailto:unsubscribe@%s?subject=unsubscribe>,\r\n <https://%s/unsubscribe?u=%s>" % (dom(s["frm"][1]), dom(s["frm"][1]), ctx.hex(24)),
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    return lines, tree.render_body(), mid


def raw_hs(s, ctx):
    ms = int(ctx.t_send.timestamp() * 1000)
    cid = ctx.once("hscid", lambda: ctx.an(40).lower())
    mid = "<%d.%s@bf%02dz.hubspotemail.net>" % (ms, ctx.uuid(), ctx.rng.randint(1, 30))
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 6, 9 * 10 ** 6), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    tree = alt(ctx, s["body"], s["html"], b)
    lines = ["Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "utcname"),
             "From: " + mime.addr(*s["frm"]),
             "Reply-To: " + mime.addr(*s.get("reply_to", s["frm"])),
             "To: " + ctx.rcpt,
             "Message-ID: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "MIME-Version: 1.0"]
    lines.extend(tree.headers())
    lines += ["X-Report-Abuse-To: abuse@hubspot.com",
              "X-HS-Cid: " + cid,
              "List-Unsubscribe: <mailto:%s-unsubscribe@bf01z.hubspotemail.net?subject=unsubscribe>,\r\n <https://%s/hs/manage-preferences/unsubscribe?d=%s>" % (cid, "info." + dom(s["frm"][1]), ctx.an(40)),
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk"]
    return lines, tree.render_body(), mid


def raw_ses(s, ctx):
    mid = "<%s@email.amazonses.com>" % ctx.B.ses_id(ctx)
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 9 * 10 ** 5), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), int(ctx.t_send.timestamp() * 1000))
    if s.get("html"):
        tree = alt(ctx, s["body"], s["html"], b, cs="UTF-8", quote_cs=False)
    else:
        tree = text_leaf(s["body"], "plain", "UTF-8", cte="quoted-printable", quote_charset=False)
    if s.get("attach"):
        parts = [tree] + [attachment(a["name"], a["ctype"], a["data"]) for a in s["attach"]]
        tree = Multi("mixed", parts, b.replace("_Part_", "_Part_1_"))
    lines = ["Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plain"),
             "From: " + mime.addr(*s["frm"]),
             "To: " + ctx.rcpt]
    if s.get("reply_to"):
        lines.append("Reply-To: " + mime.addr(*s["reply_to"]))
    lines += ["Message-ID: " + mid,
              mime.fold("Subject", mime.subj(s["subject"])),
              "MIME-Version: 1.0"]
    lines.extend(tree.headers() if isinstance(tree, Multi) else ["Content-Type: " + tree.ctype, "Content-Transfer-Encoding: " + tree.cte])
    lines.extend(s.get("extra_mid", []))
    lines += ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % ctx.b64(43),
              "X-SES-Outgoing: %s-54.240.8.%d" % (in_tz(ctx.t_send, "utc").strftime("%Y.%m.%d"), ctx.rng.randint(20, 99))]
    return lines, tree.render_body(), mid


def raw_gg(s, ctx):
    b = "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 9 * 10 ** 5), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), int(ctx.t_send.timestamp() * 1000))
    ln = s["list_name"]
    foot = ("\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n"
            "To view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n" % (s["list_title"], ln, ln, ctx.hex(20)))
    text = s["body"].rstrip("\n") + "\n" + foot
    html = ctx.B.html_outlook(s["body"], "us-ascii").replace("</body>", "<p></p>\n-- <br />\n%s<br />\n</body>" % esc(foot.split("\n", 2)[1]))
    tree = alt(ctx, text, html, b, cte_plain="quoted-printable", cs="us-ascii", quote_cs=True)
    nm = ctx.B.o365_names(ctx)          # the poster writes from Microsoft 365
    mid = "<%s%s@%s.%s>" % (nm["a"], ctx.hex(24, upper=True), nm["a"], nm["tail"])
    lines = ["MIME-Version: 1.0",
             "From: " + mime.addr(*s["frm"]),
             "Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"),
             "Message-ID: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "To: %s <%s@googlegroups.com>" % (s["list_title"], ln)]
    lines.extend(tree.headers())
    lines += ["X-Original-Sender: " + s["frm"][1],
              "X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@%s;\r\n       spf=pass smtp.mailfrom=%s;       dmarc=pass header.from=%s" % (
                  dom(s["frm"][1]), s["frm"][1], dom(s["frm"][1])),
              "Precedence: list",
              "Mailing-list: list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (ln, ln),
              "List-ID: <%s.googlegroups.com>" % ln,
              "X-Google-Group-Id: %s" % ctx.digits(12),
              "List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (ln, ln),
              "List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % ln,
              "List-Archive: <https://groups.google.com/group/%s" % ln + ">",
              "List-Subscribe: <https://groups.google.com/group/%s/subscribe>, <mailto:%s+subscribe@googlegroups.com>" % (ln, ln),
              "List-Unsubscribe: <mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>" % (ctx.digits(12), ln)]
    return lines, tree.render_body(), mid


def raw_mailman(s, ctx):
    ln, host = s["list_name"], s["list_host"]
    foot = ("_______________________________________________\n%s mailing list -- %s@%s\nTo unsubscribe send an email to %s-leave@%s\n"
            % (s["list_title"], ln, host, ln, host))
    text = s["body"].rstrip("\n") + "\n" + foot
    leaf = text_leaf(text, "plain", "us-ascii", cte="7bit", quote_charset=True)
    h = ctx.hex(32).upper()
    mid = "<%s@%s>" % (ctx.uuid(), dom(s["frm"][1]))
    lines = ["Message-ID: " + mid,
             "Date: " + rfc_date(in_tz(ctx.t_send, "central"), "plain"),
             "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird",
             "Content-Language: en-US",
             "To: %s@%s" % (ln, host),
             "From: " + mime.addr(*s["frm"]),
             "Content-Type: " + leaf.ctype,
             "Content-Transfer-Encoding: 7bit",
             "Message-ID-Hash: " + h,
             "X-Message-ID-Hash: " + h,
             "X-MailFrom: " + s["frm"][1],
             "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
             "X-Mailman-Version: 3.3.9",
             "Precedence: list",
             mime.fold("Subject", "[%s] %s" % (s["list_tag"], s["subject"])),
             "List-Id: %s <%s.%s>" % (s["list_title"], ln, host),
             "Archived-At: <https://%s/archives/list/%s@%s/message/%s/>" % (host, ln, host, h),
             "List-Archive: <https://%s/archives/list/%s@%s/>" % (host, ln, host),
             "List-Help: <mailto:%s-request@%s?subject=help>" % (ln, host),
             "List-Owner: <mailto:%s-owner@%s>" % (ln, host),
             "List-Post: <mailto:%s@%s>" % (ln, host),
             "List-Subscribe: <mailto:%s-join@%s>" % (ln, host),
             "List-Unsubscribe: <mailto:%s-leave@%s>" % (ln, host)]
    return lines, leaf.body, mid


def ics(uid, organizer, org_name, attendees, summary, start, end, location, desc, tzid="America/Chicago", lang=None, seq=0):
    def fmt(d):
        return d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:%s" % ("-//Google Inc//Google Calendar 70.9054//EN" if "google" in uid or "@google.com" in uid else "Microsoft Exchange Server 2010"),
             "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
             "BEGIN:VTIMEZONE", "TZID:" + tzid, "X-LIC-LOCATION:" + tzid,
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT",
             "DTSTART;TZID=%s:%s" % (tzid, fmt(start)), "DTEND;TZID=%s:%s" % (tzid, fmt(end)),
             "DTSTAMP:20260101T000000Z", "ORGANIZER;CN=%s:mailto:%s" % (org_name, organizer), "UID:" + uid]
    for cn, a in attendees:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (cn, a))
    lines += ["SEQUENCE:%d" % seq, "STATUS:CONFIRMED", "SUMMARY:" + summary, "LOCATION:" + location,
              "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:                       # RFC 5545 folding at 75 octets
        raw = ln.encode("utf-8")
        while len(raw) > 75:
            cut = 75
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        out.append(raw.decode("utf-8"))
    return "\n".join(out) + "\n"


def raw_gcal(s, ctx):
    B = ctx.B
    b1 = "000000000000" + ctx.hex(16)
    b2 = "000000000000" + ctx.hex(16)
    cal = s["ics"]
    p = text_leaf(s["body"], "plain", "UTF-8", cte="base64" if not mime.is_ascii(s["body"]) else "quoted-printable")
    h = text_leaf(s["html"], "html", "UTF-8", cte="base64" if not mime.is_ascii(s["html"]) else "quoted-printable")
    c = Leaf('text/calendar; charset="UTF-8"; method=REQUEST', mime.b64_encode(mime.norm(cal).encode()), "base64")
    altp = Multi("alternative", [p, h, c], b2)
    att = Leaf('application/ics; name="invite.ics"', mime.b64_encode(mime.norm(cal).encode()), "base64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    tree = Multi("mixed", [altp, att], b1)
    mid = "<calendar-%s@google.com>" % ctx.uuid()
    lines = ["MIME-Version: 1.0",
             "Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plain"),
             "Reply-To: " + mime.addr(*s["frm"]),
             "Sender: Google Calendar <calendar-notification@google.com>",
             "Auto-Submitted: auto-generated",
             "Message-ID: " + mid,
             mime.fold("Subject", mime.subj(s["subject"])),
             "From: " + mime.addr(*s["frm"]),
             "To: " + ctx.rcpt]
    lines.extend(tree.headers())
    del B
    return lines, tree.render_body(), mid


def raw_ticket(s, ctx):
    b = ctx.hex(64)
    mid = "<%s.%s@%s>" % (ctx.hex(24), ctx.digits(6), "email.freshdesk.com")
    tree = alt(ctx, s["body"], s["html"], b, cs="UTF-8", quote_cs=False)
    tree.ctype = "multipart/alternative; boundary=%s" % b
    lines = tree.headers() + [
        "Date: " + rfc_date(in_tz(ctx.t_send, "utc"), "plain"),
        "From: " + mime.addr(*s["frm"], quote_always=True),
        "Mime-Version: 1.0",
        "Message-ID: " + mid,
        "In-Reply-To: " + s["irt"]["msgid"],
        "References: " + s["irt"]["msgid"],
        mime.fold("Subject", mime.subj(s["subject"])),
        "Reply-To: " + mime.addr(*s["frm"], quote_always=True),
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        "X-FD-Email: 1",
        "X-FD-Ticket-Id: 2291",
        "X-SG-EID: \r\n u001.%s" % ctx.b64(70),
        "To: " + ctx.rcpt]
    return lines, tree.render_body(), mid


# ----------------------------------------------------------------------------------------------- content
ACK_M02 = ours.ack("CC-2026-01-00044", "2026-01-08 14:22", "marketing_opt_out")
ACK_S03 = ours.ack("CC-2026-01-00152", "2026-01-23 16:31", "catalog_share_opt_out", mailbox="powerhousecatalog")
ACK_B08 = ours.ack("CC-2026-03-00162", "2026-03-19 07:13", "both")

CSV_REFERRALS = ("referral_id,trade_ally,customer_type,county,measure,status,est_rebate\r\n"
                 "TA-26-0104,Hawkeye Mechanical,Small business,Black Hawk,RTU replacement,Application received,2400\r\n"
                 "TA-26-0109,Driftless Lighting Co,Farm,Winneshiek,LED barn lighting,Pre-approved,1150\r\n"
                 "TA-26-0117,Badger Refrigeration,Small business,Dodge,Walk-in cooler controls,Pending docs,680\r\n"
                 "TA-26-0122,Hawkeye Mechanical,Nonprofit,Linn,Boiler tune-up,Paid,300\r\n").encode()
CSV_REBATES = ("app_id,program,submitted,status,amount\r\n"
               "BR-20260309-001,Business Lighting,2026-03-09,Approved,1875.00\r\n"
               "BR-20260310-004,Commercial HVAC,2026-03-10,Needs invoice,0.00\r\n"
               "BR-20260311-002,Agricultural Ventilation,2026-03-11,Paid,940.00\r\n"
               "BR-20260313-007,Business Lighting,2026-03-13,Submitted,0.00\r\n").encode()
PDF_INVOICE = mime.pdf(["Badger Office Supply", "Invoice INV-20418", "Date: 02/27/2026   Terms: Net 30   Due: 03/29/2026",
                        "Bill to: Alliant Energy - Customer Care Center", "Qty 40  Copy paper, 10-ream case ............ 1,116.00",
                        "Qty 12  Toner cartridge TN-660 ............... 168.60", "Total due: $1,284.60"])
PDF_MERGE = mime.pdf(["Badger State Mailing Services - Merge/Purge Summary", "Job 26-0211  PowerHouse Spring Preview",
                      "Input 412,886   NCOA updates 6,214   NCOA drops 1,987", "DMAchoice 3,902   Client DNM 2,115   Deceased 611",
                      "Multi-buyer dupes 18,440   Final mail qty 385,831", "Exchange file: client do-not-share flags excluded (2,884)"])
PDF_ADDENDUM = mime.pdf(["Kinnick Valley Community School District", "RFP 2026-02 Natural Gas Supply Services - Addendum 1",
                         "1. Proposal due date extended to April 2, 2026, 2:00 PM CDT.", "2. Attachment C (meter list) replaced; 14 meters, 2 added.",
                         "3. Questions due March 20, 2026 to treiss@kinnickvalleycsd.org."])


def gcal_html(title, when, who, lang="en"):
    if lang == "es":
        lab = ("Cuándo", "Invitados", "¿Asistirás?", "Sí", "No", "Quizás", "Invitación de Google Calendar")
    else:
        lab = ("When", "Guests", "Reply for customercare@alliant-energy.com", "Yes", "No", "Maybe", "Invitation from Google Calendar")
    return ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event">'
            '<meta itemprop="description" content="%s"/></span></span>'
            '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">'
            '<tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">%s</h3>'
            '<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td>'
            '<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>'
            '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td>'
            '<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr></table></div>'
            '<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s&nbsp;&nbsp;</span><strong>%s</strong> - <strong>%s</strong> - <strong>%s</strong></p>'
            '</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px">'
            '<p>%s</p></td></tr></table></div>\n'
            % (esc(title), esc(title), lab[0], esc(when), lab[1], "<br>".join(esc(w) for w in who), lab[2], lab[3], lab[4], lab[5], lab[6]))


import datetime as _dt  # noqa: E402
_C6 = _dt.timezone(_dt.timedelta(hours=-6))
_C5 = _dt.timezone(_dt.timedelta(hours=-5))

SPECS = [
# ----------------------------------------------------------------------------------------------- vendors
A("a01-printer-proof", "vendor: printer proof notice", "2026-01-06 16:02", PH, "raw",
  ("Northwoods Litho ProofPortal", "proofportal@northwoodslitho.com"),
  "Proof ready for approval: Job 26-0118 PowerHouse Spring Preview 2026 (v2)",
  """Northwoods Litho ProofPortal

A new proof is ready for your review.

Job:       26-0118  PowerHouse Spring Preview 2026
Customer:  PowerHouse Catalog (Alliant Energy)
Version:   2 of 2 (48 pp + cover, 4/4)
Uploaded:  Jan 6, 2026 3:58 PM CST by J. Marek (prepress)
Changes:   p. 17 price corrections; back-cover mailing panel and source code box updated

Review and approve: https://proof.northwoodslitho.com/j/26-0118/v2

To hold the mail date of February 12, please approve or reject by 12:00 PM on Friday, January 9.

This is an automated message from ProofPortal. Replies to this address are not monitored. Questions? Contact your CSR, Jenna Marek, at 715-555-0142.
""", "printer's proofing system notice to the catalog mailbox: vendor system mail, not a request",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="ProofPortal via Amazon SES",
  extra_mid=["Auto-Submitted: auto-generated", "X-Mailer: ProofPortal 4.2.7"]),

A("a02-mailhouse-mergepurge", "vendor: mail house merge/purge and suppression report", "2026-02-05 11:47", PH, "outlook16",
  ("Tom Brandl", "tbrandl@badgerstatemail.com"), "Job 26-0211 PowerHouse Spring Preview: merge/purge & suppression report",
  """Hi PowerHouse team,

Merge/purge for the Spring Preview is done. Summary below, full report attached.

Input records (house file + 2 rented lists): 412,886
 - NCOA moves updated: 6,214
 - NCOA no forwarding / vacant (dropped): 1,987
 - DMAchoice mail preference suppression: 3,902
 - Your internal do-not-mail file: 2,115
 - Deceased suppression: 611
 - Multi-buyer duplicates removed: 18,440
Final mail quantity: 385,831

As usual, records flagged do-not-share in your house file were kept out of the exchange file we send to Northern Hearth (2,884 flagged).

If the counts look right, reply with OK and we'll release to the printer for the Feb 12 drop.

Tom Brandl
Account Manager | Badger State Mailing Services
N2150 Lakeshore Dr, Appleton, WI 54914
920-555-0186
""", "our mail house's merge/purge report: full of do-not-mail and do-not-share words, but it is vendor business mail, not a privacy request",
  attach=[dict(name="26-0211_mergepurge_summary.pdf", ctype="application/pdf", data=PDF_MERGE)],
  smtp_host="smtp.badgerstatemail.com", smtp_ip="74.%d.%d.%d" % (93, 12, 40)),

A("a03-broker-datacard", "list broker: new data card", "2026-01-20 10:10", PH, "raw",
  ("Meridian List Partners", "datacards@meridianlistpartners.com"),
  "New data card: Upper Midwest Home & Hearth Buyers (142K) \u2014 suppression file welcome",
  """NEW DATA CARD

Upper Midwest Home & Hearth Buyers
142,310 postal names | 12-month buyers, average order $86
Selects: state, SCF, recency, gender, homeowner, dollar amount
Base rate: $110/M | Exchange: available

We'll run your suppression file (DNM, do-not-share, competitor exclusions) against the list at no charge before delivery.

Request counts: reply to this e-mail or call Dana Pruitt, 312-555-0165.

Meridian List Partners, 221 N LaSalle St, Suite 1400, Chicago, IL 60601
You are receiving this because you rented or exchanged lists through Meridian in the last 24 months.
Unsubscribe | Manage preferences
""", "list broker's promotional data card (HubSpot bulk): 'suppression file' and 'do-not-share' are list-trade vocabulary, not a request",
  raw=raw_hs, route=route_hs, program="HubSpot", reply_to=("Dana Pruitt", "dpruitt@meridianlistpartners.com")),

A("a04-datacoop-reminder", "data co-op: contribution reminder", "2026-01-28 07:00", PH, "raw",
  ("HCCD Data Desk", "datadesk@heartlandcatalogcoop.com"), "Action required: Q1 2026 transaction file due February 15",
  """Heartland Catalog Cooperative Database - Member Data Desk

Member: PowerHouse Catalog (member #0418)
File:   Q1 2026 transaction and name/address contribution
Due:    Sunday, February 15, 2026, 11:59 PM CT

Reminder: every record must carry the current opt-out flags. Records flagged DNS (do not share) or DNR (do not rent) are excluded from co-op models and prospect files; records without a flag are treated as shareable under your membership agreement.

Upload: sftp.heartlandcatalogcoop.com, folder /in/0418/
Layout: HCCD Contribution Layout v7 (unchanged since October)

Your last file (Q4 2025) was received on November 14 and processed with 0 errors.

This notice is generated automatically. Please do not reply; contact datadesk support at 402-555-0133.
""", "data co-op's automated contribution reminder: mentions opt-out and do-not-share flags, but it is system mail from a vendor",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (co-op system)",
  extra_mid=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),

A("a35-mailhouse-postage", "vendor: postage and drop schedule", "2026-02-13 16:40", PH, "raw",
  ("Badger State Mailing Services", "jobs@badgerstatemail.com"), "Postage received & drop schedule - Job 26-0211 PowerHouse Spring Preview",
  """Job status update

Job 26-0211  PowerHouse Spring Preview 2026
Client: PowerHouse Catalog

Postage deposit received: $118,402.19 (USPS Marketing Mail, 5-digit/carrier route)
Permit: Appleton WI #212
Drop schedule:
  Feb 16  SCF 500-528 (Iowa)         202,114 pcs
  Feb 17  SCF 530-549 (Wisconsin)    171,880 pcs
  Feb 18  Remaining ADC/mixed         11,837 pcs

PS Form 3602 copies will be posted to your job folder within 24 hours of each drop.

-- Badger State Mailing Services job tracking (automatic notice)
""", "mail house's job-tracking notice about the catalog drop: vendor system mail",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (job tracking)",
  extra_mid=["Auto-Submitted: auto-generated"]),

A("a34-broker-exchange", "list manager: exchange order counts", "2026-03-04 14:22", PH, "o365",
  ("Julie Paquette", "jpaquette@lakeshorelistmgmt.com"), "LR-55812 exchange with Northern Hearth Catalog \u2013 counts & do-not-share suppression",
  """Hi all,

Quick update on exchange order LR-55812 (PowerHouse <-> Northern Hearth Catalog, 40,000 names each way, one-time use):

- Northern Hearth's file arrived Tuesday: 40,000 records, mail date 3/20.
- Your outgoing file was pulled from the 12-month buyer segment with all do-not-share and do-not-rent flags suppressed (3,107 records excluded) and your seed names added.
- Net after merge against your house file: 31,942.

Invoice for the broker fee follows from our billing team. Let me know if anyone on your side needs the seed list.

Thanks,
Julie Paquette
List Manager, Lakeshore List Management
Milwaukee, WI
414-555-0177
""", "list manager's business update on a name exchange (do-not-share suppression counts): partner mail, not a request"),

# ---------------------------------------------------------------------------------------------- partners
A("a05-tradeally-report", "partner: monthly referral report", "2026-02-02 06:00", CC, "raw",
  ("Trade Ally Network Reports", "reports@tradeallyportal.com"), "Monthly referral report \u2014 January 2026 (Alliant Energy Business Rebates)",
  """Trade Ally Network - monthly referral report

Program:  Alliant Energy Business Rebates
Period:   January 1-31, 2026
Referrals: 37 (Iowa 22, Wisconsin 15)
Pre-approved: 19   Paid: 6   Pending documents: 12

The detail file is attached (CSV). Referral contact data is provided for program administration only.

You are receiving this report because this address is listed as a program contact. To change report recipients, sign in at https://portal.tradeallyportal.com/settings.
""", "trade-ally portal's scheduled report with a CSV: partner system mail",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (partner portal)",
  attach=[dict(name="referrals_2026-01.csv", ctype="text/csv", data=CSV_REFERRALS)],
  extra_mid=["Auto-Submitted: auto-generated"]),

A("a06-distributor-coop", "partner pitch: co-op advertising funds", "2026-02-11 13:30", CC, "o365",
  ("Kyle Brandau", "kbrandau@midwesthvacsupply.com"), "Co-op advertising funds for heat pump promotions",
  """Hi Alliant Energy team,

I'm the utility programs manager at Midwest HVAC Supply. We have manufacturer co-op advertising dollars available this spring for utilities that promote cold-climate heat pumps together with their rebates. In 2025 we co-funded direct mail for two Iowa co-ops and a municipal utility.

Would someone on your marketing team have 20 minutes in the next two weeks? I can walk through the fund rules and what other utilities have done.

Best,
Kyle Brandau
Utility Programs Manager
Midwest HVAC Supply
Des Moines, IA | 515-555-0103
""", "distributor's partnership pitch sent to the privacy mailbox: business outreach, not a request"),

A("a33-rebatetrack-export", "vendor: weekly application export", "2026-03-16 05:30", CC, "raw",
  ("RebateTrack", "no-reply@rebatetrack.io"), "[RebateTrack] Weekly application status export \u2014 Alliant Energy Business Rebates (Mar 9\u201315)",
  """Your scheduled export is ready.

Report:   Weekly application status
Program:  Alliant Energy Business Rebates
Range:    Mar 9-15, 2026
Rows:     4

The export is attached. Exports contain customer contact information; handle according to your data-sharing agreement and do not forward outside your organization.

Manage scheduled exports: https://app.rebatetrack.io/exports
This is an automated message. Do not reply.
""", "rebate-processing vendor's scheduled CRM export (its 'do not forward' is about the file): system mail",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (vendor CRM)",
  attach=[dict(name="weekly_status_2026-03-09_2026-03-15.csv", ctype="text/csv", data=CSV_REBATES)],
  extra_mid=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),

# ------------------------------------------------------------------------------------ associations, events
A("a07-chamber-weekly", "chamber of commerce newsletter", "2026-01-15 08:00", CC, "raw",
  ("Greater Cedar Valley Chamber", "news@cedarvalleychamber.org"), "Chamber Weekly: legislative breakfast recap, 6 new members, ribbon cuttings",
  """CHAMBER WEEKLY | January 15, 2026

Legislative Breakfast recap
Thanks to the 140 members who joined us Friday. Slides from the panel on workforce housing are on the member portal.

Welcome, new members
Prairie Crest Dairy, Cedar Loop Coffee, Hawkeye Mechanical, Riverbend Dental, Linn Street Yoga, Cole & Sons Roofing.

Ribbon cuttings
Jan 22  Cedar Loop Coffee, 302 Main St, Cedar Falls
Jan 29  Hawkeye Mechanical, 1800 Commercial St, Waterloo

Greater Cedar Valley Chamber | 10 W 4th St, Waterloo, IA 50701
Unsubscribe customercare@alliant-energy.com
Update Profile | Constant Contact Data Notice
Sent by news@cedarvalleychamber.org powered by Constant Contact
""", "chamber newsletter sent to our address as a member contact (bulk, List-Unsubscribe): not a request",
  raw=raw_cc, route=route_cc, program="Constant Contact",
  html=news_html("Chamber Weekly", """Legislative Breakfast recap
Thanks to the 140 members who joined us Friday. Slides from the panel on workforce housing are on the member portal.

Welcome, new members
Prairie Crest Dairy, Cedar Loop Coffee, Hawkeye Mechanical, Riverbend Dental, Linn Street Yoga, Cole & Sons Roofing.

Ribbon cuttings
Jan 22 Cedar Loop Coffee, 302 Main St, Cedar Falls
Jan 29 Hawkeye Mechanical, 1800 Commercial St, Waterloo""", "#0b5f8a",
      "Greater Cedar Valley Chamber | 10 W 4th St, Waterloo, IA 50701<br>"
      '<a href="https://visitor.constantcontact.com/do?p=un">Unsubscribe customercare@alliant-energy.com</a><br>'
      "Update Profile | Constant Contact Data Notice")),

A("a08-chamber-afterhours", "chamber event invitation", "2026-02-18 10:00", CC, "raw",
  ("Tri-State Chamber Alliance", "events@tristatechamber.org"), "You're invited: Business After Hours at Bluff Street Brewing \u2014 March 5",
  """You're invited!

Business After Hours
Thursday, March 5, 2026, 5:00-7:00 PM
Bluff Street Brewing, 1250 Bluff St, Dubuque

Hosted by Three Rivers Restaurant Group. Appetizers, two drink tickets, and a door prize drawing for a weekend at the Grand Harbor.

Free for members, $15 for guests. RSVP by March 2: https://tristatechamber.org/events/bah-march

Tri-State Chamber Alliance, 300 Main St, Suite 200, Dubuque, IA 52001
You are receiving this email because you are a member contact of the Tri-State Chamber Alliance.
Unsubscribe from this list | Update subscription preferences
""", "chamber's event invitation through Mailchimp: bulk mail, not a request",
  raw=raw_mc, route=route_mc, program="Mailchimp", mc_sub="tristatechamber",
  html=news_html("Business After Hours", """Thursday, March 5, 2026, 5:00-7:00 PM
Bluff Street Brewing, 1250 Bluff St, Dubuque

Hosted by Three Rivers Restaurant Group. Appetizers, two drink tickets, and a door prize drawing for a weekend at the Grand Harbor.

Free for members, $15 for guests. RSVP by March 2.""", "#7a2e2e",
      "Tri-State Chamber Alliance, 300 Main St, Suite 200, Dubuque, IA 52001<br>"
      "You are receiving this email because you are a member contact of the Tri-State Chamber Alliance.<br>"
      '<a href="https://tristatechamber.us21.list-manage.com/unsubscribe">Unsubscribe from this list</a> | Update subscription preferences')),

A("a09-camara-boletin-es", "Hispanic chamber newsletter, Spanish", "2026-03-03 09:00", CC, "raw",
  ("Cámara de Comercio Latina de Iowa", "boletin@camaralatinaiowa.org"), "Boletín de marzo: talleres, becas y la Feria de Negocios",
  """BOLETÍN DE MARZO 2026

Talleres gratuitos
- 10 de marzo: Cómo leer su estado de cuenta de luz y gas (en español), West Liberty
- 24 de marzo: Impuestos para pequeños negocios, Marshalltown

Becas para emprendedores
Abiertas hasta el 15 de abril. Montos de $1,000 a $5,000 para negocios con menos de 10 empleados.

Feria de Negocios 2026
Sábado 18 de abril en Columbus Junction. Mesas para expositores a $40 para socios.

Cámara de Comercio Latina de Iowa, 116 E 2nd St, Muscatine, IA 52761
Recibe este correo porque su organización es socia o aliada de la Cámara.
Cancelar suscripción | Actualizar preferencias
""", "Spanish chamber newsletter via Mailchimp; 'Cancelar suscripción' is its own footer link: bulk mail",
  lang="es", raw=raw_mc, route=route_mc, program="Mailchimp", mc_sub="camaralatinaiowa",
  html=news_html("Boletín de marzo 2026", """Talleres gratuitos
10 de marzo: Cómo leer su estado de cuenta de luz y gas (en español), West Liberty
24 de marzo: Impuestos para pequeños negocios, Marshalltown

Becas para emprendedores
Abiertas hasta el 15 de abril. Montos de $1,000 a $5,000 para negocios con menos de 10 empleados.

Feria de Negocios 2026
Sábado 18 de abril en Columbus Junction. Mesas para expositores a $40 para socios.""", "#b5462a",
      "Cámara de Comercio Latina de Iowa, 116 E 2nd St, Muscatine, IA 52761<br>"
      "Recibe este correo porque su organización es socia o aliada de la Cámara.<br>"
      '<a href="https://camaralatinaiowa.us21.list-manage.com/unsubscribe">Cancelar suscripción</a> | Actualizar preferencias')),

A("a10-farmshow-exhibitor", "event: exhibitor booth invitation", "2026-01-22 11:00", CC, "raw",
  ("Eastern Iowa Farm Show", "exhibits@easterniowafarmshow.com"), "Reserve your 2026 exhibitor booth \u2014 early rate ends Feb 1",
  """EASTERN IOWA FARM SHOW 2026
March 18-19, Hawkeye Downs Expo Center, Cedar Rapids

Thank you for exhibiting in 2025! Your booth (Hall B, #214) is being held for you until February 1.

Early exhibitor rate: $475 (10x10, power included)
After February 1: $575

Reserve online: https://easterniowafarmshow.com/exhibit

Questions? Call Shelly at 319-555-0110.

Eastern Iowa Farm Show LLC, PO Box 1822, Cedar Rapids, IA 52406
Unsubscribe from exhibitor mailings
""", "farm show's exhibitor marketing via SendGrid: bulk, not a request",
  raw=raw_sg, route=route_sg, program="SendGrid",
  html=news_html("Eastern Iowa Farm Show 2026", """March 18-19, Hawkeye Downs Expo Center, Cedar Rapids

Thank you for exhibiting in 2025! Your booth (Hall B, #214) is being held for you until February 1.

Early exhibitor rate: $475 (10x10, power included)
After February 1: $575""", "#3c6e1f",
      "Eastern Iowa Farm Show LLC, PO Box 1822, Cedar Rapids, IA 52406<br>"
      '<a href="https://easterniowafarmshow.com/unsubscribe">Unsubscribe from exhibitor mailings</a>')),

A("a11-feria-invitacion-es", "event invitation from a nonprofit, Spanish, Bcc", "2026-03-05 18:25", CC, "gmail",
  ("Ana Paula Gutiérrez", "apgutierrez.cdcbeloit@gmail.com"), "Invitación: Feria de Pequeños Negocios 2026 \u2014 Beloit, 18 de abril",
  """Estimados socios y amigos:

El Centro de Desarrollo Comunitario de Beloit los invita a participar como expositores en la Feria de Pequeños Negocios 2026, el sábado 18 de abril de 10:00 a 3:00 en el gimnasio de la escuela Merrill (1250 Chestnut St).

Las mesas son gratuitas para organizaciones sin fines de lucro y empresas de servicios públicos. Esperamos unas 400 familias. Si su organización puede participar, por favor confirme antes del 20 de marzo respondiendo a este correo con el nombre de la persona de contacto.

¡Muchas gracias!

Ana Paula Gutiérrez
Coordinadora de Eventos
Centro de Desarrollo Comunitario de Beloit
608-555-0163
""", "Spanish event invitation sent Bcc to many organisations: an invitation, not a privacy request",
  lang="es", bcc_style="undisclosed-recipients:;"),

A("a18-grocers-survey", "trade-association survey", "2026-02-17 08:30", CC, "raw",
  ("Iowa Grocers Association", "info@iowagrocers.org"), "2026 Utility Cost Survey: 5 minutes, results shared with members",
  """2026 UTILITY COST SURVEY

Energy is now the second-largest operating cost for many of our member stores. Help us tell that story at the Statehouse: take our 5-minute survey on your electricity and natural gas costs, refrigeration upgrades and utility programs.

Take the survey: https://www.iowagrocers.org/survey/utility2026

Your individual responses are confidential and will not be shared; only combined results are reported to members and legislators.

Iowa Grocers Association | 1000 Walnut St, Suite 300, Des Moines, IA 50309
Unsubscribe customercare@alliant-energy.com | Update Profile
""", "trade association's bulk survey request; its 'will not be shared' is about survey answers: not a request",
  raw=raw_cc, route=route_cc, program="Constant Contact",
  html=news_html("2026 Utility Cost Survey", """Energy is now the second-largest operating cost for many of our member stores. Help us tell that story at the Statehouse: take our 5-minute survey on your electricity and natural gas costs, refrigeration upgrades and utility programs.

Your individual responses are confidential and will not be shared; only combined results are reported to members and legislators.""", "#2b5d34",
      "Iowa Grocers Association | 1000 Walnut St, Suite 300, Des Moines, IA 50309<br>"
      '<a href="https://visitor.constantcontact.com/do?p=un">Unsubscribe customercare@alliant-energy.com</a> | Update Profile')),

A("a19-catalog-assn-survey", "catalog association benchmarking survey", "2026-03-11 07:45", PH, "raw",
  ("Midwest Catalog & Direct Marketing Assn", "research@mcdma.org"), "2026 Response-Rate Benchmark Survey: opt-out rates, list rental and co-op participation",
  """MCDMA 2026 RESPONSE-RATE BENCHMARK

Dear member,

Our annual benchmark closes March 31. This year's survey adds questions on opt-out and do-not-share request volumes, list rental and exchange practices, and co-op database participation, so members can compare their programs with peers of similar size.

Participants receive the full report free ($395 for non-participants).

Start the survey: https://mcdma.org/benchmark2026

Midwest Catalog & Direct Marketing Association, 600 W Jackson Blvd, Chicago, IL 60661
Manage your MCDMA e-mail preferences
""", "catalog association's survey invitation about opt-out volumes: association bulk mail",
  raw=raw_sg, route=route_sg, program="SendGrid",
  html=news_html("MCDMA 2026 Response-Rate Benchmark", """Dear member,

Our annual benchmark closes March 31. This year's survey adds questions on opt-out and do-not-share request volumes, list rental and exchange practices, and co-op database participation, so members can compare their programs with peers of similar size.

Participants receive the full report free ($395 for non-participants).""", "#4b2a6b",
      "Midwest Catalog &amp; Direct Marketing Association, 600 W Jackson Blvd, Chicago, IL 60661<br>"
      '<a href="https://mcdma.org/preferences">Manage your MCDMA e-mail preferences</a>')),

A("a32-gala-sponsor", "nonprofit gala sponsorship ask", "2026-02-25 13:10", CC, "gmail",
  ("Megan Hoefer", "mhoefer@prairiehopeyouth.org"), "Invitation to sponsor: Prairie Hope Youth Center Spring Gala (April 18)",
  """Hello Alliant Energy Customer Care team,

I'm reaching out on behalf of the Prairie Hope Youth Center in Waterloo. Our Spring Gala on April 18 raises most of the budget for our after-school program, and we would be honored to have Alliant Energy as a sponsor again this year. Sponsorship levels start at $500 and include recognition in our program and on our website.

If there is a better person or address for community giving requests, I'd be grateful if you could point me in the right direction.

With thanks,
Megan Hoefer
Development Director
Prairie Hope Youth Center
319-555-0121
""", "sponsorship ask from a nonprofit written by a person, but not a privacy request or a question for the privacy team"),

# ----------------------------------------------------------------------------------------------- vendors
A("a12-supplier-invoice", "supplier invoice with PDF", "2026-02-27 15:20", CC, "raw",
  ("Badger Office Supply", "billing@badgerofficesupply.com"), "Invoice INV-20418 from Badger Office Supply",
  """Dear Customer,

Thank you for your business. Your invoice is attached.

Invoice: INV-20418
Balance due: $1,284.60
Due date: 03/29/2026

Pay online: https://pay.badgerofficesupply.com/inv/20418

If you have questions about this invoice, contact accounts receivable at 608-555-0190.

Badger Office Supply
2400 Pleasant View Rd, Middleton, WI 53562
""", "supplier invoice sent to the wrong mailbox (should be accounts payable): vendor mail, not a request",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (invoicing)",
  attach=[dict(name="INV-20418.pdf", ctype="application/pdf", data=PDF_INVOICE)]),

A("a13-rfp-streetlights", "RFP announcement", "2026-01-26 14:00", CC, "raw",
  ("City of Cedar Bend Purchasing via BidLink", "notices@bidlinknotify.com"), "New Solicitation: RFP 2026-04 LED Streetlight Conversion \u2014 City of Cedar Bend, IA",
  """BidLink Solicitation Notice

Agency:      City of Cedar Bend, Iowa
Solicitation: RFP 2026-04  LED Streetlight Conversion (approx. 1,240 fixtures)
Type:        Request for Proposals
Issued:      January 26, 2026
Pre-proposal meeting: February 9, 2026, 10:00 AM, City Hall Council Chambers
Proposals due: March 6, 2026, 2:00 PM CST

Documents: https://www.bidlinknotify.com/s/cedarbend-ia/rfp-2026-04

You are receiving this notice because your organization is registered with BidLink under NIGP codes 285-45 and 910-38.
Manage notification settings: https://www.bidlinknotify.com/account
""", "bid-notification service's RFP announcement: system mail",
  raw=raw_ses, route=lambda s, c: c.B.plat_ses(s, c), program="Amazon SES (bid notices)",
  reply_to=("City of Cedar Bend Purchasing", "purchasing@cedarbendia.gov"),
  extra_mid=["Auto-Submitted: auto-generated"]),

A("a14-rfp-addendum", "RFP addendum sent Bcc by a district", "2026-03-05 16:30", CC, "o365",
  ("Tom Reiss", "treiss@kinnickvalleycsd.org"), "Addendum 1 \u2013 RFP for Natural Gas Supply Services (Kinnick Valley CSD)",
  """To all registered proposers:

Attached is Addendum 1 to RFP 2026-02, Natural Gas Supply Services. The proposal due date is extended to April 2, 2026 at 2:00 PM CDT, and Attachment C (meter list) has been replaced.

Please acknowledge receipt of this addendum on the proposal form.

Tom Reiss
Director of Operations
Kinnick Valley Community School District
""", "school district's RFP addendum sent Bcc to proposers: not a request",
  bcc_style="Undisclosed recipients:;",
  attach=[dict(name="RFP_2026-02_Addendum_1.pdf", ctype="application/pdf", data=PDF_ADDENDUM)]),

# ---------------------------------------------------------------------------------------------- calendars
A("a15-outlook-invite", "calendar invitation (Outlook)", "2026-02-09 10:05", CC, "o365",
  ("Rebecca Stolz", "rstolz@pinnaclefoodsia.com"), "Energy review \u2013 Pinnacle Foods Dubuque plant",
  """Hi all,

Setting up our quarterly energy review with the Alliant team. Agenda: demand charges Q4, compressed-air project, summer curtailment. Teams link below.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_pinnaclefoods
Meeting ID: 245 118 903 44  Passcode: q7Fh2K
________________________________________________________________________________
""", "a key account customer's Teams invitation (text/calendar REQUEST) that reached the privacy mailbox: calendar mail",
  to=[("Alliant Energy Customer Care", "customercare@alliant-energy.com"), ("Mike Dunn", "mdunn@pinnaclefoodsia.com")],
  calendar=None),

A("a16-gcal-invite", "calendar invitation (Google)", "2026-03-02 14:15", CC, "raw",
  ("Nora Kessel", "nkessel@greenlightiowa.org"),
  "Invitation: Community Energy Fair planning call @ Tue Mar 10, 2026 1pm - 1:45pm (CDT) (customercare@alliant-energy.com)",
  """Nora Kessel has invited you to an event.

Community Energy Fair planning call
Tuesday Mar 10, 2026 \u22c5 1:00 \u2013 1:45pm
Central Time - Chicago

Join with Google Meet
meet.google.com/xbr-pqtw-jmn

Guests
Nora Kessel - organizer
customercare@alliant-energy.com

Reply for customercare@alliant-energy.com: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""", "Google Calendar invitation (Sender calendar-notification@google.com, text/calendar REQUEST): not a request",
  raw=raw_gcal, route=route_gcal, program="Google Calendar"),

A("a17-gcal-invite-es", "calendar invitation (Google), Spanish", "2026-03-19 09:00", CC, "raw",
  ("Héctor Solís", "hsolis.aclb@gmail.com"),
  "Invitación: Reunión mensual - Asociación de Comerciantes Latinos de Beloit @ jue 26 mar 2026 18:00 - 19:30 (CDT) (customercare@alliant-energy.com)",
  """Héctor Solís te invitó a un evento.

Reunión mensual - Asociación de Comerciantes Latinos de Beloit
jueves 26 mar 2026 \u22c5 18:00 \u2013 19:30
Hora central - Chicago

Lugar: Biblioteca Pública de Beloit, sala B, 605 Eclipse Blvd

Invitados
Héctor Solís - organizador
customercare@alliant-energy.com

Responder a customercare@alliant-energy.com: Sí / No / Quizás

Invitación de Google Calendar
Recibes este correo porque eres invitado del evento.
""", "Spanish Google Calendar invitation to a merchants' association meeting: calendar mail",
  lang="es", raw=raw_gcal, route=route_gcal, program="Google Calendar (Spanish)"),

# -------------------------------------------------------------------------------------------- recruiters
A("a20-recruiter-privacy", "recruiter cold mail", "2026-01-21 12:40", CC, "gmail",
  ("Megan Tully", "mtully@northstartalentgroup.com"), "Privacy Program Manager role - Madison (hybrid)",
  """Hi there,

I came across Alliant Energy's privacy team while researching utilities in the Midwest and wanted to reach out. I'm recruiting for a Privacy Program Manager role with a regional insurer in Madison (hybrid, 3 days on site, $135-150K). They want someone who has run opt-out and consumer-request operations at scale.

If you or someone on your team might be open to a conversation, I'd love to connect. Happy to share the full description.

Best,
Megan Tully
Senior Recruiter, Northstar Talent Group
608-555-0174
""", "recruiter's cold e-mail to a role address (mentions opt-out operations): not a request"),

A("a21-staffing-agency", "staffing agency pitch", "2026-03-17 10:20", CC, "o365",
  ("Derek Onsgard", "donsgard@prairiestaffing.com"), "Seasonal call-center staff for storm season?",
  """Good morning,

Spring storm season is around the corner. Prairie Staffing places trained, background-checked call-center agents with utilities and co-ops across Iowa and Wisconsin, usually within 5 business days, bilingual agents included.

Could I set up a 15-minute call with whoever handles customer care staffing?

Derek Onsgard
Business Development | Prairie Staffing
Cedar Rapids, IA
319-555-0178
""", "staffing agency's sales pitch: not a request"),

A("a22-reclutadora-es", "recruiter cold mail, Spanish", "2026-02-23 11:05", CC, "gmail",
  ("Valeria Cruz", "vcruz@talentobilingue.com"), "Oportunidad laboral: Representante bilingüe de servicio al cliente (Cedar Rapids)",
  """Hola,

Le escribo de Talento Bilingüe. Estamos buscando representantes bilingües (español-inglés) de servicio al cliente para una empresa de servicios en Cedar Rapids: tiempo completo, $21 por hora, capacitación pagada.

Si usted o alguien de su equipo conoce a personas interesadas, le agradecería que compartiera esta oferta. Pueden aplicar en talentobilingue.com/empleos o responder a este correo.

Saludos cordiales,
Valeria Cruz
Reclutadora, Talento Bilingüe
319-555-0156
""", "Spanish recruiter's job posting sent to a role address: not a request", lang="es"),

# --------------------------------------------------------------------------------------------- list posts
A("a23-googlegroup-post", "mailing-list post (Google Group)", "2026-01-31 20:47", CC, "raw",
  ("Deb Kleinschmidt", "office@northfayettecoop.com"), "[IA Coop Office Mgrs] Utility marketing mail - how we got it stopped",
  """FYI for anyone drowning in Alliant postcards like we were: I e-mailed customercare@alliant-energy.com, listed our locations and asked them to take us off promotional mail. Got an automatic acknowledgement with a reference number the same afternoon.

If you want them to stop sharing your name with other catalogs, that's a separate address, powerhousecatalog@alliant-energy.com.

Deb
North Fayette Grain Coop
""", "post to a co-op managers' Google Group that our address is subscribed to: list traffic, even though it talks about opting out",
  raw=raw_gg, route=route_gg, program="Google Groups", list_name="iowa-coop-office-mgrs", list_title="Iowa Co-op Office Managers"),

A("a24-mailman-post", "mailing-list post (Mailman)", "2026-03-08 18:20", CC, "raw",
  ("Patty Gerlach", "clerk@townofharmonygrove.gov"), "PowerHouse catalog sharing?",
  """Has anyone asked the PowerHouse catalog not to share the town's address? We ordered a space heater for the town shop last winter and now get three other catalogs a month. Do you just e-mail them or is there a form?

Thanks,
Patty Gerlach
Clerk, Town of Harmony Grove
""", "Mailman list post among town clerks asking each other about the sharing opt-out: list traffic, not a request to us",
  raw=raw_mailman, route=route_mailman, program="Mailman 3", list_name="wtc-clerks", list_host="lists.wistownclerks.org",
  list_title="WTC-Clerks", list_tag="WTC-Clerks"),

# ---------------------------------------------------------------------------------- auto-replies of staff
A("a25-ooo-exchange-ack", "out-of-office (Exchange) to our acknowledgement", "2026-03-19 07:13", CC, "o365",
  ("Jessica Rasmussen", "jrasmussen@heartlandprairiefs.com"), "Automatic reply: " + ACK_B08["subject"],
  """I am out of the office Thursday, March 19 through Monday, March 23 with limited access to e-mail. For urgent accounting matters please contact Mark Hoeger at mhoeger@heartlandprairiefs.com or 319-555-0150.

Thank you,
Jessica
""", "Exchange out-of-office answering our acknowledgement (Auto-Submitted): LOOP TRAP, never answer",
  irt=ACK_B08, envfrom="", extra_mid=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  to=[("Alliant Energy Customer Care", "customercare@alliant-energy.com")]),

A("a26-vacation-gmail-ack", "vacation responder (Gmail) to our acknowledgement", "2026-01-23 16:31", PH, "gmail",
  ("Dale Ruppert", "rupperts.farmsupply@gmail.com"), "Re: " + ACK_S03["subject"],
  """Thanks for your email! Ruppert's Farm Supply is closed for inventory Friday Jan 23 through Monday Jan 26. We'll get back to you when we reopen Tuesday. For feed orders call the store at 608-555-0191 and leave a message.
-Dale
""", "Gmail vacation responder answering our acknowledgement of the store's own request: LOOP TRAP",
  irt=ACK_S03, extra_mid=["Auto-Submitted: auto-replied"], to=[("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")]),

A("a27-ooo-headerless-promo", "headerless out-of-office to our promotion", "2026-01-13 09:04", CC, "ox",
  ("Carla Wiese", "cwiese@wiesegrain.com"), "Out of Office: " + ours.P1["subject"],
  """I am out of the office until Monday, January 19 with no access to e-mail. For grain bids call the scale house at 319-555-0138. For payments and invoices contact Joyce at jwiese@wiesegrain.com.

Carla Wiese
Wiese Grain & Trucking
""", "office manager's out-of-office answering our promotion, with no Auto-Submitted header: still automated",
  irt=ours.P1, extra_mid=["In-Reply-To: " + ours.P1["msgid"]], to=[("Alliant Energy", "customercare@alliant-energy.com")]),

A("a28-ooo-es-newsletter", "out-of-office in Spanish to our newsletter", "2026-02-03 10:31", CC, "o365-es",
  ("Ana Lucía Torres", "atorres@lacasitamarket.com"), "Respuesta automática: " + ours.N1["subject"],
  """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 9 de febrero. Para pedidos de proveedores comuníquese con Jorge Torres al 563-555-0145 o a jtorres@lacasitamarket.com.

Ana Lucía Torres
La Casita Market
""", "Spanish Exchange auto-reply to our newsletter (Auto-Submitted): automated",
  lang="es", irt=ours.N1, envfrom="", extra_mid=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  to=[("Alliant Energy", "customercare@alliant-energy.com")]),

A("a29-unmonitored-promo", "'no longer monitored' reply to our promotion", "2026-01-13 09:03", CC, "outlook16",
  ("Hoffmann Grain & Feed Accounting", "accounting@hoffmanngrainandfeed.com"), "RE: " + ours.P1["subject"],
  """This mailbox is no longer monitored. Please send invoices and statements to ap@hoffmanngrainandfeed.com.

Thank you.
""", "'this mailbox is no longer monitored' auto-reply to our promotion, no Auto-Submitted header: automated",
  irt=ours.P1, smtp_host="smtp.netins.net", smtp_ip="167.142.225.%d" % 40, smtp_dkim=False),

A("a30-helpdesk-ack", "help-desk auto-reply to our acknowledgement", "2026-01-08 14:22", CC, "raw",
  ("North Fayette Grain Cooperative", "office@northfayettecoop.com"), "Ticket Received - " + ACK_M02["subject"],
  """Dear Alliant Energy Customer Care,

Thank you for contacting North Fayette Grain Cooperative. This is an automatic reply to let you know we received your message and created ticket #2291. A member of our office staff will respond within one business day.

Office hours: Monday-Friday 7:30 AM - 4:30 PM, Saturday 7:30 AM - noon.

North Fayette Grain Cooperative
""", "the co-op's office mailbox runs a help desk that answered our acknowledgement with a ticket number: LOOP TRAP",
  raw=raw_ticket, route=route_sg, program="Freshdesk (via SendGrid)", irt=ACK_M02,
  html='<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">Dear Alliant Energy Customer Care,<br><br>Thank you for contacting North Fayette Grain Cooperative. This is an automatic reply to let you know we received your message and created ticket #2291. A member of our office staff will respond within one business day.<br><br>Office hours: Monday-Friday 7:30 AM - 4:30 PM, Saturday 7:30 AM - noon.<br><br>North Fayette Grain Cooperative</div>\n'),

# ------------------------------------------------------------------------------------ misdirected forward
A("a31-internal-forward", "internal thread forwarded to us by mistake", "2026-03-24 08:47", CC, "o365",
  ("Rachel Oberbroeckling", "roberbroeckling@hometownfuelmart.com"), "FW: Alliant mailers at the stores",
  """Cassie \u2013 can you take care of this one? Probably easiest to pull the store account list from the AP side first.

Thanks,
Rachel

Rachel Oberbroeckling
Director of Store Operations
Hometown Fuel & Mart

________________________________
From: Jeff Moorman <jmoorman@hometownfuelmart.com>
Sent: Monday, March 23, 2026 4:52 PM
To: Rachel Oberbroeckling <roberbroeckling@hometownfuelmart.com>
Cc: Store 12 Manager <store12@hometownfuelmart.com>
Subject: RE: Alliant mailers at the stores

Store 12 got four more of the rebate postcards this week. Can someone at corporate ask Alliant to take all our stores off their mailing list? It's every store, not just mine.

Jeff

________________________________
From: Store 7 Manager <store7@hometownfuelmart.com>
Sent: Monday, March 23, 2026 10:15 AM
To: Jeff Moorman <jmoorman@hometownfuelmart.com>
Subject: Alliant mailers at the stores

Jeff, are you getting these energy rebate mailers too? We have a stack of them at the counter. Throwing them out.
""", "internal thread forwarded to 'Cassie' that autocomplete sent to us: the new text is addressed to a colleague and the ask to 'take all our stores off' is quoted internal talk, never written to us; not a request (staff may still notice it)"),
]

for _s in SPECS:
    if _s["id"] == "a03-broker-datacard":
        _s["html"] = news_html("New data card: Upper Midwest Home & Hearth Buyers", _s["body"].split("\n\n", 1)[1].rsplit("\n\nMeridian", 1)[0],
                               "#22313f", "Meridian List Partners, 221 N LaSalle St, Suite 1400, Chicago, IL 60601<br>"
                               "You are receiving this because you rented or exchanged lists through Meridian in the last 24 months.<br>"
                               '<a href="https://info.meridianlistpartners.com/hs/manage-preferences/unsubscribe">Unsubscribe</a> | Manage preferences')
    if _s["id"] == "a01-printer-proof":
        _s["html"] = news_html("ProofPortal: new proof ready", _s["body"].split("\n\n", 1)[1], "#5a5a5a")

# the Outlook invitation's calendar body (built here so the dates read naturally)
for _s in SPECS:
    if _s["id"] == "a15-outlook-invite":
        _s["calendar"] = ics("040000008200E00074C5B7101A82E00800000000%s" % "5F2B9C0A1D3E4F60718293A4B5C6D7E8",
                             "rstolz@pinnaclefoodsia.com", "Rebecca Stolz",
                             [("Alliant Energy Customer Care", "customercare@alliant-energy.com"), ("Mike Dunn", "mdunn@pinnaclefoodsia.com")],
                             "Energy review \u2013 Pinnacle Foods Dubuque plant",
                             _dt.datetime(2026, 2, 19, 9, 0), _dt.datetime(2026, 2, 19, 10, 0), "Microsoft Teams Meeting",
                             "Agenda: demand charges Q4, compressed-air project, summer curtailment.")
    if _s["id"] == "a16-gcal-invite":
        _s["ics"] = ics("7h3kq2m9c1vdp8s0t4b6n5r2jf@google.com", "nkessel@greenlightiowa.org", "Nora Kessel",
                        [("customercare@alliant-energy.com", "customercare@alliant-energy.com")],
                        "Community Energy Fair planning call", _dt.datetime(2026, 3, 10, 13, 0), _dt.datetime(2026, 3, 10, 13, 45),
                        "https://meet.google.com/xbr-pqtw-jmn", "Planning call for the April Community Energy Fair in Cedar Rapids.")
        _s["html"] = gcal_html("Community Energy Fair planning call", "Tuesday Mar 10, 2026 \u22c5 1:00 \u2013 1:45pm (Central Time - Chicago)",
                               ["Nora Kessel - organizer", "customercare@alliant-energy.com"])
    if _s["id"] == "a17-gcal-invite-es":
        _s["ics"] = ics("2pq8r4t6v0x1z3b5d7f9h1j3k5@google.com", "hsolis.aclb@gmail.com", "Héctor Solís",
                        [("customercare@alliant-energy.com", "customercare@alliant-energy.com")],
                        "Reunión mensual - Asociación de Comerciantes Latinos de Beloit", _dt.datetime(2026, 3, 26, 18, 0),
                        _dt.datetime(2026, 3, 26, 19, 30), "Biblioteca Pública de Beloit, sala B, 605 Eclipse Blvd",
                        "Orden del día: feria de abril, nuevos socios, cuotas 2026.")
        _s["html"] = gcal_html("Reunión mensual - Asociación de Comerciantes Latinos de Beloit",
                               "jueves 26 mar 2026 \u22c5 18:00 \u2013 19:30 (Hora central - Chicago)",
                               ["Héctor Solís - organizador", "customercare@alliant-energy.com"], lang="es")
