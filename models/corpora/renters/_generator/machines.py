"""Machine mail of the move-in season: bounces of several MTAs, auto-replies, list posts, a leasing and a
tenant newsletter, property-management software notices, vendor reports, phishing and spam, an invitation
and a read receipt.  All automated: no labels, no acknowledgement."""
import base64
from datetime import datetime, timedelta
from email.utils import format_datetime

from mailkit import (BOX, CDT, UTC, R, addr, deliver, enc_header, folded, html_outlook, leaf, message, multi,
                     o365_hops, o365_msgid, o365_tail, qid, raw_leaf, rfc, rhex, rHEX, rs, ruuid, ALNUM, later,
                     gmail_hops, yahoo_hops, encode)
from ours import our, ADDR_CC, ADDR_PH
from people import T, ENTRIES


def M(t, box, pre, hdrs, top, *, cat, spec, note, prog, answers="-", lang="en"):
    raw = message(pre + hdrs, top)
    ENTRIES.append(dict(
        t=t, raw=raw,
        manifest=dict(mailbox={"cc": "customercare", "ph": "powerhousecatalog"}[box], automated=True, labels=[],
                      unclear=False, entities={}, note=note, ack_to=None),
        index=dict(spec=spec, category=cat, answers=answers, language=lang, program=prog)))


def ext_auth(mailfrom, ip, dkim_d=None, sel=None, from_dom=None, spf="pass", dmarc="pass", helo=None):
    parts = [f"dkim=pass header.d={dkim_d} header.s={sel} header.b={rs(8)}" if dkim_d else "dkim=none"]
    if mailfrom:
        dom = mailfrom.split("@")[1]
        if spf == "pass":
            parts.append(f"spf=pass (mx.alliant-energy.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        else:
            parts.append(f"spf={spf} (mx.alliant-energy.com: {ip} is neither permitted nor denied by domain of {dom}) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf=pass (mx.alliant-energy.com: domain of postmaster@{helo} designates {ip} as permitted sender) smtp.helo={helo}")
    if from_dom:
        parts.append(f"dmarc={dmarc} (p=NONE sp=NONE dis=NONE) header.from={from_dom}")
    else:
        parts.append("dmarc=none")
    return parts


def outbound_copy(o, to, t_out, full=True, out="out01"):
    """Our message as it left out01/out02, for bounces to quote (LF line ends, ascii)."""
    h = [f"Received: from app02.alliant-energy.com (app02.alliant-energy.com [10.30.2.15])\n\tby {out}.alliant-energy.com (Postfix) with ESMTP id {qid()}\n\tfor <{to}>; {rfc(t_out, 'CDT')}",
         f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=ae2025;\n\tt={int(t_out.timestamp())}; bh={rs(43)}=;\n\th=From:To:Subject:Date:Message-ID;\n\t" + folded("b=", 172),
         f"From: {o['from_name']} <{o['from_addr']}>",
         f"To: {to}",
         f"Subject: {o['subject']}",
         f"Date: {format_datetime(o['date'])}",
         f"Message-ID: {o['msgid']}",
         "MIME-Version: 1.0"]
    if o.get("list_unsub"):
        h += [f"List-Unsubscribe: {o['list_unsub']}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    if o["msgid"].startswith("<ack."):
        h += ["Auto-Submitted: auto-replied"]
    h += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"]
    head = "\n".join(h)
    if not full:
        return head + "\n"
    return head + "\n\n" + o["text"] + "\n"


# ============================================================================= newsletters, lists
def leasing_newsletter():
    t = T("08-13 11:00:04")
    ip = "198.2.180.44"
    host = "mail180-44.rp.rentpulse-mail.com"
    mf = f"bounce-mc.us21_118820.{R.randint(100000, 999999)}-{rhex(10)}@rp.rentpulse-mail.com"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "rentpulse-mail.com", "k1", "quartersic-living.com"))
    text = ("THE QUARTERS AT IOWA CITY | Move-In Week Newsletter\n\n"
            "Welcome home, Quarters residents!\n\n"
            "MOVE-IN WEEK (AUG 15-21)\n"
            "- Keys: pick up at the leasing office, 9 AM - 7 PM. Bring your photo ID and your utility confirmation.\n"
            "- Electric: Alliant Energy service must be in your name starting on your lease date. Start service at "
            "alliantenergy.com and bring the confirmation number. Units without a confirmation cannot be released.\n"
            "- Internet: ImOn fiber is included. Network name and password are in your welcome packet.\n"
            "- Elevators are reserved in 30-minute blocks. Book yours in the resident portal.\n\n"
            "ROOMMATE MATCHING\nStill have an open room? Our roommate matching board is open through Aug 31.\n\n"
            "RENTER'S INSURANCE\nProof of renter's insurance is due by Sept 1.\n\n"
            "Questions? Reply to this email or call the leasing office at (319) 555-0121.\n\n"
            "The Quarters at Iowa City | 1901 Broadway St, Iowa City, IA 52240\n"
            "You are receiving this email because you are a resident, future resident or partner of The Quarters.\n"
            "Unsubscribe: https://quartersic-living.us21.list-manage.com/unsubscribe?u=9f2ad&id=118820")
    html = ("<!doctype html><html><head><meta charset=\"UTF-8\"><title>Move-In Week Newsletter</title></head>"
            "<body style=\"margin:0;padding:0;background:#f4f4f4\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif\">"
            "<tr><td style=\"padding:24px;background:#1d3557;color:#ffffff;font-size:22px\">THE QUARTERS AT IOWA CITY</td></tr>"
            "<tr><td style=\"padding:24px;font-size:15px;line-height:1.5\"><h2>Welcome home, Quarters residents!</h2>"
            "<p><b>Move-in week (Aug 15-21)</b></p><ul><li>Keys: pick up at the leasing office, 9 AM - 7 PM.</li>"
            "<li>Electric: Alliant Energy service must be in your name starting on your lease date.</li>"
            "<li>Internet: ImOn fiber is included.</li><li>Elevators are reserved in 30-minute blocks.</li></ul>"
            "<p><b>Roommate matching</b><br>Our roommate matching board is open through Aug 31.</p>"
            "<p><b>Renter's insurance</b><br>Proof of renter's insurance is due by Sept 1.</p></td></tr>"
            "<tr><td style=\"padding:16px;font-size:11px;color:#777\">The Quarters at Iowa City | 1901 Broadway St, Iowa City, IA 52240<br>"
            "<a href=\"https://quartersic-living.us21.list-manage.com/unsubscribe?u=9f2ad&amp;id=118820\">Unsubscribe</a></td></tr>"
            "</table></td></tr></table></body></html>")
    b = "_----------=_MCPart_" + str(R.randint(10 ** 9, 10 ** 10))
    top = multi('Content-Type: multipart/alternative; boundary="{b}"',
                [leaf('text/plain; charset="utf-8"; format="fixed"', text, "utf-8", "qp"),
                 leaf('text/html; charset="utf-8"', html, "utf-8", "qp")], b)
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=rentpulse-mail.com; s=k1;\n\tt={int(t.timestamp())}; bh={rs(43)}=;\n\th=From:Reply-To:To:Subject:Date:Message-ID:List-ID:List-Unsubscribe;\n\t" + folded("b=", 172),
            "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
            "From: The Quarters at Iowa City <news@quartersic-living.com>",
            "Reply-To: The Quarters at Iowa City <leasing@quartersic-living.com>",
            "To: Alliant Energy <customercare@alliant-energy.com>",
            "Subject: Move-In Week: keys, utilities & roommate matching",
            f"Message-ID: <{rhex(20)}.{R.randint(10 ** 6, 10 ** 7)}@rp.rentpulse-mail.com>",
            "X-Campaign: rentpulse118820.a1f09c3b27",
            "List-ID: 9f2ad4c1e7b6a3f0d2e8c5b91mc list <9f2ad4c1e7b6a3f0d2e8c5b91.118820.list-id.rentpulse-mail.com>",
            "X-Accounttype: pd",
            "List-Unsubscribe: <https://quartersic-living.us21.list-manage.com/unsubscribe?u=9f2ad&id=118820>, <mailto:unsubscribe-mc.us21_9f2ad.118820@unsubscribe.rentpulse-mail.com?subject=unsubscribe>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "Feedback-ID: 118820:118820.4471:us21:rp",
            "MIME-Version: 1.0"]
    M(t, "cc", pre, hdrs, top, cat="auto:newsletter", spec="apartment complex's move-in newsletter (ESP bulk)",
      prog="esp-rentpulse",
      note="leasing office bulk newsletter with List-Id/Precedence; mentions Alliant and unsubscribe but is bulk mail to us: automated")


def mailman_post(t, list_name, list_dom, list_desc, poster_name, poster_addr, subject, text, *, lang, spec, note,
                 charset="us-ascii", cte="7bit"):
    box = "cc"
    bounces = f"{list_name}-bounces+customercare=alliant-energy.com@{list_dom}"
    ip = f"104.130.{R.randint(1, 250)}.{R.randint(1, 250)}"
    pdom = poster_addr.split("@")[1]
    pre = deliver(box, bounces, t, (list_dom, list_dom, ip),
                  [f"dkim=pass header.d={pdom} header.s=selector1 header.b={rs(8)}",
                   f"spf=pass (mx.alliant-energy.com: domain of {bounces} designates {ip} as permitted sender) smtp.mailfrom={bounces}",
                   f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={pdom}"])
    t0 = t - timedelta(seconds=R.randint(20, 90))
    footer = ("\n_______________________________________________\n"
              f"{list_name} mailing list\n{list_name}@{list_dom}\n"
              f"https://{list_dom}/mailman/listinfo/{list_name}\n")
    body = text + "\n" + footer
    top = leaf(f'text/plain; charset="{charset}"', body, charset, cte)
    hdrs = [f"Received: from {list_dom} (localhost [127.0.0.1])\n\tby {list_dom} (Postfix) with ESMTP id {rHEX(10)};\n\t{rfc(t, 'CDT')}",
            f"X-Original-To: {list_name}@{list_dom}",
            f"Delivered-To: {list_name}@{list_dom}",
            f"Received: from mail-bn8nam12on20{R.randint(60, 99)}.outbound.protection.outlook.com ([40.107.237.{R.randint(2, 250)}])\n"
            f"\tby {list_dom} (Postfix) with ESMTPS id {rHEX(10)}\n\tfor <{list_name}@{list_dom}>; {rfc(t0, 'CDT')}",
            "From: " + addr(poster_name, poster_addr),
            f"To: {BOX[box]}",
            "Subject: " + enc_header(f"[{list_name}] {subject}", "utf-8", "Q"),
            "Date: " + format_datetime(t0.astimezone(UTC)).replace("-0000", "+0000"),
            "Message-ID: " + o365_msgid("MN2PR06MB"),
            "Accept-Language: " + ("en-US" if lang == "en" else "es-US, en-US"),
            "Content-Language: " + ("en-US" if lang == "en" else "es-US"),
            "MIME-Version: 1.0",
            f"X-BeenThere: {list_name}@{list_dom}",
            "X-Mailman-Version: 2.1.39",
            "Precedence: list",
            f"List-Id: {list_desc} <{list_name}.{list_dom}>",
            f"List-Unsubscribe: <https://{list_dom}/mailman/options/{list_name}>,\n <mailto:{list_name}-request@{list_dom}?subject=unsubscribe>",
            f"List-Archive: <https://{list_dom}/pipermail/{list_name}/>",
            f"List-Post: <mailto:{list_name}@{list_dom}>",
            f"List-Help: <mailto:{list_name}-request@{list_dom}?subject=help>",
            f"List-Subscribe: <https://{list_dom}/mailman/listinfo/{list_name}>,\n <mailto:{list_name}-request@{list_dom}?subject=subscribe>",
            f"Errors-To: {bounces}",
            f'Sender: "{list_name}" <{bounces}>']
    M(t, box, pre, hdrs, top, cat="auto:list", spec=spec, prog="mailman-2.1", lang=lang, note=note)


def roommate_posts():
    mailman_post(
        T("08-16 20:12:44"), "madison-roommates", "lists.madtenants.org", "Madison roommate finder",
        "Hannah Vue", "hvue2@wisc.edu", "ISO 1 roommate, 4BR on W Mifflin, $725 + utilities",
        "Hi all! Looking for 1 roommate (any gender) for a 4BR/2BA on W Mifflin St, 5 min walk to Bascom.\n"
        "Lease Aug 15 2026 - Aug 14 2027, $725/mo + utilities.\n\n"
        "Electric is Alliant, it's in my name and we split it 4 ways on Venmo, usually $40-55 each. Internet is\n"
        "$20 each. Two of us are grad students, quiet-ish, no smokers. Room comes furnished if you want the old\n"
        "bed and desk.\n\n"
        "Also if anyone knows whether Alliant will split the bill between roommates directly, let me know, I'm\n"
        "tired of being the bank lol\n\n"
        "Email me or text 608-555-0163.\n\nHannah",
        lang="en", spec="roommate-finder list post (Mailman, personalized To)",
        note="mailing-list post delivered to a stale subscription; it asks 'whether Alliant will split the bill' of the list, not of us: automated")
    mailman_post(
        T("08-24 21:40:09"), "vivienda-ic", "lists.icvivienda.org", "Vivienda Iowa City - estudiantes",
        "Valeria N\u00fa\u00f1ez", "vnunez@uiowa.edu", "Busco roomie para septiembre, depa cerca del Pentacrest",
        "Hola a todos!\n\n"
        "Busco roomie (mujer de preferencia) para un depa de 2 rec\u00e1maras en S Johnson St, a 10 min del\n"
        "Pentacrest. Renta $560 cada una + luz (Alliant) e internet a medias, m\u00e1s o menos $35 al mes cada una.\n"
        "Contrato hasta julio 2027. La cuenta de la luz est\u00e1 a mi nombre, pero se puede dividir.\n\n"
        "Escr\u00edbanme por aqu\u00ed o por WhatsApp al 319-555-0186.\n\nSaludos,\nVale",
        lang="es", charset="utf-8", cte="qp", spec="Spanish roommate-finder list post (Mailman)",
        note="Spanish list post (List-Id, Precedence: list); a person wrote it, but to the list, not to us: automated")


def tenant_newsletter():
    t = T("08-27 07:30:12")
    ip = "149.72.133.18"
    host = "o18.ptr9044.tenantresourcehub.org"
    mf = f"bounces+4471901-{rhex(4)}-customercare=alliant-energy.com@em8822.tenantresourcehub.org"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "tenantresourcehub.org", "s1", "tenantresourcehub.org"))
    text = ("Tenant News | August 2026\n\n"
            "YOUR MOVE-IN CHECKLIST\n\n"
            "1. Walk through the unit with your landlord and fill in the check-in sheet within 7 days. Take dated photos.\n"
            "2. Put the utilities in your name before your lease starts (Alliant Energy or MGE for electric, depending "
            "on your address). Keep the confirmation e-mail.\n"
            "3. Roommates: agree in writing how you will split utility bills. The utility bills only the account holder.\n"
            "4. Your security deposit: landlords must return it or send an itemized list within 21 days after you move out.\n"
            "5. Watch out for fake 'deposit refund' e-mails and texts. Nobody legitimate asks for your bank password.\n\n"
            "FREE WORKSHOP: Know your rights as a tenant, Thursday Sept 3, 6 PM, Central Library.\n\n"
            "Tenant Resource Hub, 1202 Williamson St, Madison, WI 53703\n"
            "You subscribed to Tenant News. Update your preferences or unsubscribe:\n"
            "https://tenantresourcehub.org/newsletter/manage?u=4471901")
    html = ("<html><body style=\"font-family:Georgia,serif;max-width:640px\"><h1 style=\"color:#2a6f4e\">Tenant News</h1>"
            "<h2>Your move-in checklist</h2><ol>"
            "<li>Walk through the unit with your landlord and fill in the check-in sheet within 7 days.</li>"
            "<li>Put the utilities in your name before your lease starts (Alliant Energy or MGE).</li>"
            "<li>Roommates: agree in writing how you will split utility bills.</li>"
            "<li>Security deposit: 21 days after move-out.</li>"
            "<li>Watch out for fake &#39;deposit refund&#39; e-mails and texts.</li></ol>"
            "<p><b>Free workshop:</b> Know your rights as a tenant, Thursday Sept 3, 6 PM, Central Library.</p>"
            "<p style=\"font-size:11px;color:#888\">Tenant Resource Hub, 1202 Williamson St, Madison, WI 53703<br>"
            "<a href=\"https://tenantresourcehub.org/newsletter/manage?u=4471901\">Update preferences or unsubscribe</a></p>"
            "<img src=\"https://u4471901.ct.sendgrid.net/wf/open?upn=" + rs(40, ALNUM) + "\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
    b = rhex(60)
    top = multi('Content-Type: multipart/alternative; boundary={b}',
                [leaf("text/plain; charset=us-ascii", text, "ascii", "qp"),
                 leaf("text/html; charset=us-ascii", html, "ascii", "qp")], b)
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tenantresourcehub.org;\n\th=content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to;\n\ts=s1; bh={rs(43)}=;\n\t" + folded("b=", 172),
            f"Received: by recvd-{rhex(10)}-{rhex(5)} with SMTP id recvd-{rhex(10)}-{rhex(5)}-1-{rHEX(8)}-{R.randint(1, 40)}\n\t{rfc(t.astimezone(UTC))}",
            "Content-Type: placeholder",
            "From: Tenant Resource Hub <news@tenantresourcehub.org>",
            "Mime-Version: 1.0",
            "Subject: Tenant News: your move-in checklist (August 2026)",
            "List-Unsubscribe: <mailto:unsubscribe@tenantresourcehub.org?subject=unsub-4471901>,\n <https://tenantresourcehub.org/newsletter/manage?u=4471901>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "List-Id: Tenant News <tenant-news.tenantresourcehub.org>",
            "Precedence: bulk",
            f"Message-ID: <{rs(22, ALNUM)}@geopod-ismtpd-{R.randint(1, 40)}>",
            "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
            "To: customercare@alliant-energy.com",
            f"X-SG-EID: {rs(60)}",
            f"X-Entity-ID: u001.{rs(20)}"]
    ct = top["h"][0]
    hdrs[hdrs.index("Content-Type: placeholder")] = ct
    top["h"] = []
    M(t, "cc", pre, hdrs, top, cat="auto:newsletter", spec="tenant nonprofit's newsletter with a move-in checklist",
      prog="esp-sendgrid",
      note="bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk); mentions Alliant, deposits and unsubscribing: automated")


# ============================================================================= notifications
def pm_notice_parcelview():
    t = T("08-14 06:00:31")
    ip = "54.240.11.87"
    host = "a11-87.smtp-out.amazonses.com"
    mf = f"0100019{rhex(9)}-{ruuid(False)}-000000@amazonses.com"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "notify.parcelviewpm.com", "pv1", "notify.parcelviewpm.com"))
    text = ("Parcelview PM | Utility Responsibility Notice\n\n"
            "Tallgrass Property Management has marked the following units as transferring utility responsibility to "
            "residents. You are receiving this notice because Alliant Energy is listed as the electric provider for "
            "these properties.\n\n"
            "Effective date: 08/15/2026\n\n"
            "  Property                          Unit   Resident          Utility\n"
            "  415 W Johnson St, Madison 53703   306    J. Alvarado       Electric\n"
            "  415 W Johnson St, Madison 53703   412    K. Osei-Bonsu     Electric\n"
            "  202 N Brooks St, Madison 53715    2      R. Lindahl        Electric\n"
            "  202 N Brooks St, Madison 53715    4      T. Nguyen         Electric\n\n"
            "Residents have been instructed to open an account in their own name before move-in. Units without a "
            "resident account on the effective date will remain in the owner's name.\n\n"
            "This is an automated message from Parcelview PM on behalf of Tallgrass Property Management. Please do "
            "not reply. To change which notices you receive, contact the property manager.\n"
            "Parcelview, Inc. | 800 W Broadway, Minneapolis, MN 55411")
    top = leaf("text/plain; charset=UTF-8", text, "utf-8", "qp")
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=pv1; d=notify.parcelviewpm.com; t={int(t.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={rs(43)}=;\n\t" + folded("b=", 172),
            f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw; d=amazonses.com; t={int(t.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={rs(43)}=;\n\t" + folded("b=", 172),
            "From: Parcelview PM <no-reply@notify.parcelviewpm.com>",
            "To: customercare@alliant-energy.com",
            "Subject: Utility responsibility notice: 4 units, effective 08/15/2026",
            "MIME-Version: 1.0",
            f"Message-ID: <0100019{rhex(9)}-{ruuid(False)}-000000@email.amazonses.com>",
            "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
            "Auto-Submitted: auto-generated",
            "X-Parcelview-Notice: utility-transfer",
            "X-Parcelview-Account: tallgrass-pm-2291",
            f"Feedback-ID: ::1.us-east-1.{rs(40)}=:AmazonSES",
            f"X-SES-Outgoing: 2026.08.14-54.240.11.87"]
    M(t, "cc", pre, hdrs, top, cat="auto:notification", spec="property-management software: utility responsibility notice",
      prog="parcelview-pm (Amazon SES)",
      note="property-management software notice with Auto-Submitted; lists tenants and addresses but asks nothing of us: automated")


def pm_notice_keyledger():
    t = T("08-26 16:00:08")
    ip = "167.89.101.33"
    host = "o33.sg.keyledger.app"
    mf = f"bounces+1188201-{rhex(4)}-customercare=alliant-energy.com@sg.keyledger.app"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "keyledger.app", "s1", "keyledger.app"))
    text = ("Move-out utility reading request\n\n"
            "Prairie Lane Rentals has scheduled a move-out for the unit below and lists Alliant Energy as the "
            "electric utility.\n\n"
            "Property: 830 E Jefferson St, Unit 2B, Iowa City, IA 52245\n"
            "Outgoing resident: M. Osterberg (move-out 08/31/2026)\n"
            "Incoming resident: T. Nakamura (move-in 09/01/2026)\n"
            "Requested: final meter reading on 08/31/2026; service transfer to the incoming resident\n\n"
            "This notice was generated automatically by KeyLedger property management software. Replies to this "
            "address are not monitored. To stop receiving utility notices for this property, ask the property "
            "manager to update the vendor contact in KeyLedger.")
    html = html_outlook(text)
    b = rhex(32)
    top = multi('Content-Type: multipart/alternative; boundary="{b}"',
                [leaf("text/plain; charset=utf-8", text, "utf-8", "7bit"),
                 leaf("text/html; charset=utf-8", html.replace("Microsoft Word 15 (filtered medium)", "KeyLedger Notify"), "utf-8", "qp")], b)
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=keyledger.app;\n\th=from:reply-to:subject:to:content-type;\n\ts=s1; bh={rs(43)}=;\n\t" + folded("b=", 172),
            "From: KeyLedger for Prairie Lane Rentals <notifications@keyledger.app>",
            "Reply-To: Prairie Lane Rentals <office@prairielanerentals.com>",
            "To: customercare@alliant-energy.com",
            "Subject: Move-out utility reading request: 830 E Jefferson St Unit 2B",
            "Date: " + format_datetime(t),
            f"Message-ID: <kl-notify.{R.randint(10 ** 7, 10 ** 8)}.{rhex(12)}@keyledger.app>",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "MIME-Version: 1.0"]
    M(t, "cc", pre, hdrs, top, cat="auto:notification", spec="property-management software: move-out reading request",
      prog="keyledger (SendGrid)",
      note="software notice with a Reply-To to a landlord and 'to stop receiving' wording; vendor system mail, not a request: automated")


def mailhouse_report():
    t = T("08-18 15:42:19")
    ip = "208.71.44.19"
    host = "smtp.midwestmailworks.com"
    mf = "jobs@midwestmailworks.com"
    pre = deliver("ph", mf, t, (host, host, ip), ext_auth(mf, ip, "midwestmailworks.com", "mmw", "midwestmailworks.com"))
    text = ("Job: PH2609-FALL (PowerHouse Fall 2026 catalog)\n"
            "Client: Alliant Energy / PowerHouse Catalog\n"
            "Step: NCOALink move update + suppression\n"
            "Status: COMPLETE\n\n"
            "Input records:                        184,220\n"
            "Moves found (COA):                      2,417\n"
            "  - new address applied:                2,029\n"
            "  - moved, left no address (dropped):     388\n"
            "Do-not-mail / do-not-share matches:     1,106\n"
            "Output records:                       182,726\n\n"
            "Summary attached. Full output is on the SFTP server under /outgoing/PH2609/.\n"
            "Drop date remains 09/08/2026.\n\n"
            "-- \nThis is an automated message from Midwest Mailworks JobTracker. Do not reply.")
    csv = ("zip3,input,moves,new_address,dropped,suppressed\r\n"
           "500,41220,611,522,89,240\r\n"
           "502,18870,233,190,43,101\r\n"
           "522,22410,402,331,71,158\r\n"
           "537,51990,794,668,126,377\r\n"
           "other,49730,377,318,59,230\r\n")
    att = raw_leaf(['Content-Type: text/csv; name="PH2609_ncoa_summary.csv"',
                    'Content-Disposition: attachment; filename="PH2609_ncoa_summary.csv"',
                    "Content-Transfer-Encoding: base64"], base64.encodebytes(csv.encode()))
    b = "----=_NextPart_" + rHEX(3) + "_" + rHEX(4) + "_" + rHEX(8) + "." + rHEX(8)
    top = multi('Content-Type: multipart/mixed;\n\tboundary="{b}"',
                [leaf('text/plain; charset="us-ascii"', text, "ascii", "7bit"), att], b,
                preamble="This is a multi-part message in MIME format.\n")
    hdrs = ["From: Midwest Mailworks JobTracker <jobs@midwestmailworks.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Cc: listops@midwestmailworks.com",
            "Subject: Job PH2609-FALL: NCOA move update complete (2,417 moved / 388 dropped)",
            "Date: " + format_datetime(t),
            f"Message-ID: <JT.PH2609.{R.randint(10 ** 5, 10 ** 6)}.{int(t.timestamp())}@midwestmailworks.com>",
            "MIME-Version: 1.0",
            "X-Mailer: MMW JobTracker 5.4",
            "Auto-Submitted: auto-generated"]
    M(t, "ph", pre, hdrs, top, cat="auto:notification", spec="mail house NCOA/suppression job report with CSV",
      prog="mmw-jobtracker",
      note="mail-house suppression/NCOA report with attachment; 'do-not-share matches' is a statistic, not a request: automated")


def esp_sync():
    t = T("09-01 02:15:40")
    ip = "52.40.118.7"
    host = "out-7.orbitmail-esp.com"
    mf = "noreply@orbitmail-esp.com"
    pre = deliver("ph", mf, t, (host, host, ip), ext_auth(mf, ip, "orbitmail-esp.com", "om1", "orbitmail-esp.com"))
    text = ("Orbitmail | Suppression sync report\n\n"
            "Account: Alliant Energy - PowerHouse Catalog (44120)\n"
            "Sync window: Aug 25 - Aug 31, 2026\n\n"
            "New unsubscribes (one-click + mailto): 143\n"
            "Spam complaints (feedback loops):       6\n"
            "Hard bounces:                         211\n\n"
            "All addresses above were added to the suppression list \"PH-DoNotEmail\".\n"
            "Note: postal opt-outs and \"do not share my name\" requests are not handled by Orbitmail. Manage them in "
            "your CRM.\n\n"
            "View report: https://app.orbitmail-esp.com/reports/sync/44120/20260901\n\n"
            "You receive this report because you are an account contact. Change report settings in Account > Notifications.")
    html = "<html><body style=\"font-family:Helvetica,Arial\">" + "".join(
        f"<p>{l}</p>" for l in text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n\n")) + "</body></html>"
    b = "==om_" + rhex(24)
    top = multi('Content-Type: multipart/alternative; boundary="{b}"',
                [leaf("text/plain; charset=utf-8", text, "utf-8", "qp"),
                 leaf("text/html; charset=utf-8", html, "utf-8", "b64")], b)
    hdrs = ["From: Orbitmail Platform <noreply@orbitmail-esp.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: [Orbitmail] Suppression sync complete: PowerHouse Catalog, 143 new unsubscribes",
            "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
            f"Message-ID: <sync.44120.20260901.{rhex(16)}@orbitmail-esp.com>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
            "X-Orbitmail-Report: suppression-sync"]
    M(t, "ph", pre, hdrs, top, cat="auto:notification", spec="ESP weekly suppression-sync report",
      prog="orbitmail", note="e-mail service provider's system report full of 'unsubscribe' and 'do not share' words: vendor system mail, automated")


# ============================================================================= bounces
def o365_ndr(t, box, orig, orig_to, t_out, *, dom, subject_status, text_lines, status, diag, spec, note, html_extra=""):
    relay, hops, auth, srv = o365_hops("", box, t, dom, "DM6PR11MB")
    auth = [f"dkim=none", f"spf=pass (mx.alliant-energy.com: domain of postmaster@{dom} designates {relay[2]} as permitted sender) smtp.helo={relay[0]}", "dmarc=none"]
    pre = deliver(box, "", t, relay, auth)
    b_out = rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)
    b_alt = rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)
    plain = "\n".join(text_lines)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Arial\">" + "".join(
                f"<p>{l}</p>" for l in plain.split("\n") if l.strip()) + html_extra + "</div></body></html>")
    alt = multi('Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="{b}"',
                [leaf('text/plain; charset="us-ascii"', plain, "ascii", "qp"),
                 leaf('text/html; charset="us-ascii"', html, "ascii", "qp")], b_alt)
    dsn = (f"Reporting-MTA: dns;{srv}\nReceived-From-MTA: dns;out01.alliant-energy.com\n"
           f"Arrival-Date: {format_datetime(t_out.astimezone(UTC)).replace('-0000', '+0000')}\n\n"
           f"Final-Recipient: rfc822;{orig_to}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp;{diag}\n")
    top = multi('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
                [alt, raw_leaf(["Content-Type: message/delivery-status"], dsn.encode()),
                 raw_leaf(["Content-Type: message/rfc822"], outbound_copy(orig, orig_to, t_out).encode())], b_out)
    hdrs = [f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>",
            f"To: <{orig['from_addr']}>",
            "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            "Message-ID: " + o365_msgid(srv),
            f"In-Reply-To: {orig['msgid']}",
            f"References: {orig['msgid']}",
            f"Subject: Undeliverable: {orig['subject']}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0"] + o365_tail(dom, t)[5:]
    M(t, box, pre + hops[4:], hdrs, top, cat="auto:bounce", spec=spec, prog="exchange-online NDR", note=note,
      answers="ack" if orig["msgid"].startswith("<ack.") else "renterkit")


def bounce_wisc():
    a = our("ack", date=T("08-14 09:58:40"), ref="CC-2026-08-01121", received="August 14, 2026", to="kbrandt4@wisc.edu")
    t = T("08-14 09:58:52")
    o365_ndr(t, "cc", a, "kbrandt4@wisc.edu", T("08-14 09:58:41"), dom="wisc.edu", subject_status="",
             text_lines=["Delivery has failed to these recipients or groups:", "",
                         "kbrandt4@wisc.edu<mailto:kbrandt4@wisc.edu>",
                         "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
                         "", "Diagnostic information for administrators:", "",
                         "Generating server: DM6PR11MB4471.namprd11.prod.outlook.com", "", "kbrandt4@wisc.edu",
                         "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kbrandt4@wisc.edu not found by SMTP address lookup'"],
             status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kbrandt4@wisc.edu not found by SMTP address lookup",
             spec="Exchange Online NDR from wisc.edu: our acknowledgement, recipient not found",
             note="non-delivery report of our own acknowledgement (null sender, multipart/report); the returned ack's opt-out wording is ours: automated")


def bounce_uiowa_group():
    a = our("ack", date=T("08-25 10:14:02"), ref="CC-2026-08-01259", received="August 25, 2026",
            to="uihousing-offcampus@uiowa.edu")
    t = T("08-25 10:14:09")
    o365_ndr(t, "cc", a, "uihousing-offcampus@uiowa.edu", T("08-25 10:14:03"), dom="uiowa.edu", subject_status="",
             text_lines=["Your message to uihousing-offcampus@uiowa.edu couldn't be delivered.", "",
                         "The group uihousing-offcampus only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
                         "", "customercare    Office 365    uihousing-offcampus", "Action Required                Recipient",
                         "", "How to Fix It",
                         "It's likely that only people in the group's organization are allowed to send messages to it. Ask the group owner to add your email address to the group's allowed senders list, or ask someone in the group's organization to forward your message to the group.",
                         "", "Diagnostic information for administrators:", "", "Generating server: SN4PR04MB8817.namprd04.prod.outlook.com",
                         "uihousing-offcampus@uiowa.edu",
                         "Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group'"],
             status="5.7.133",
             diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group",
             spec="Exchange Online NDR from uiowa.edu: our acknowledgement refused by a group address",
             note="university group mailbox refused our acknowledgement (outside senders not allowed): bounce, automated")


def postfix_bounce(t, box, orig, orig_to, t_out, *, host_ip, said, status, spec, note, delayed=False, remote="", answers="-"):
    host = "out02.alliant-energy.com" if not delayed else "out01.alliant-energy.com"
    ip = "10.20.6.12" if not delayed else "10.20.6.11"
    pre = deliver(box, "", t, (host, host, ip),
                  ["dkim=none", f"spf=none (mx.alliant-energy.com: {ip} is an internal relay) smtp.helo={host}", "dmarc=none"],
                  tls=False, delay=(0, 1))
    qid_ = rHEX(10)
    if delayed:
        intro = (f"This is the mail system at host {host}.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n" + said)
        subj = "Delayed Mail (still being retried)"
        action = "delayed"
    else:
        intro = (f"This is the mail system at host {host}.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n" + said)
        subj = "Undelivered Mail Returned to Sender"
        action = "failed"
    dsn = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid_}\nX-Postfix-Sender: rfc822; {orig['from_addr']}\n"
           f"Arrival-Date: {rfc(t_out)}\n\n"
           f"Final-Recipient: rfc822; {orig_to}\nOriginal-Recipient: rfc822;{orig_to}\nAction: {action}\nStatus: {status}\n"
           f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {said.split(' said: ')[-1].split(' (in reply')[0].replace(chr(10) + '    ', ' ')}\n")
    if delayed:
        dsn += f"Will-Retry-Until: {rfc(t_out + timedelta(days=5))}\n"
    b = f"{qid_}.{int(t.timestamp())}/{host}"
    top = multi('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
                [raw_leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], intro.encode()),
                 raw_leaf(["Content-Description: " + ("Delivery report" if not delayed else "Delivery report"),
                           "Content-Type: message/delivery-status"], dsn.encode()),
                 raw_leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                          outbound_copy(orig, orig_to, t_out, full=False, out=host.split(".")[0]).encode())], b,
                preamble="This is a MIME-encapsulated message.\n")
    hdrs = [f"Received: by {host} (Postfix)\n\tid {rHEX(10)}; {rfc(t, 'CDT')}",
            f"Date: {rfc(t, 'CDT')}",
            f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
            f"Subject: {subj}",
            f"To: {orig['from_addr']}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            f"Message-Id: <{rHEX(10)}.{int(t.timestamp())}@{host}>"]
    M(t, box, pre, hdrs, top, cat="auto:bounce", spec=spec, prog="postfix", note=note, answers=answers)


def bounce_gmail_catalog():
    o = our("campus", tok="30995", n="76640", to="aiden.krausee@gmail.com")
    t = T("08-15 10:12:44")
    postfix_bounce(t, "ph", o, "aiden.krausee@gmail.com", T("08-15 10:12:41"), host_ip="",
                   said=("<aiden.krausee@gmail.com>: host gmail-smtp-in.l.google.com[142.250.115.27]\n"
                         "    said: 550-5.1.1 The email account that you tried to reach does not exist.\n"
                         "    Please try 550-5.1.1 double-checking the recipient's email address for\n"
                         "    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1\n"
                         "    https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b4c2a1e0a6fsi81224a12.212\n"
                         "    - gsmtp (in reply to RCPT TO command)"),
                   status="5.1.1", remote="gmail-smtp-in.l.google.com", answers="campus",
                   spec="our own Postfix bounce: catalog e-mail to a Gmail address that does not exist",
                   note="Postfix DSN from our outbound relay (null sender); returned headers are the catalog e-mail's: automated")


def delay_mchsi():
    o = our("renterkit", date=T("09-02 05:10:00"), tok="58810", n="240917", to="bjensen.ames@mchsi.com")
    t = T("09-02 09:11:30")
    postfix_bounce(t, "cc", o, "bjensen.ames@mchsi.com", T("09-02 05:10:02"), host_ip="", delayed=True,
                   said=("<bjensen.ames@mchsi.com>: host mx.mchsi.com[69.66.17.42] said: 421 4.7.0\n"
                         "    Try again later, closing connection. (in reply to MAIL FROM command)"),
                   status="4.7.0", remote="mx.mchsi.com", answers="renterkit",
                   spec="our own Postfix delay warning (Action: delayed) for the renter-kit promotion",
                   note="delivery-delay warning, not even a final bounce; quotes only our promo's headers: automated")


def sendmail_isu():
    o = our("renterkit", date=T("08-20 09:01:40"), tok="55012", n="219033", to="jlarsen@iastate.edu")
    t = T("08-20 09:02:25")
    host = "mailfwd.iastate.edu"
    ip = "129.186.140.16"
    pre = deliver("cc", "", t, (host, host, ip), ext_auth("", ip, helo=host))
    qid_ = f"{R.randint(10, 99)}K{rs(1, 'ABCDEFGH')}{R.randint(10, 99)}{rs(2, 'abcdef')}{R.randint(100000, 999999)}"
    b = f"{qid_}.{int(t.timestamp())}/{host}"
    report = ("The original message was received at Thu, 20 Aug 2026 09:01:58 -0500\n"
              "from out01.alliant-energy.com [192.0.2.25]\n\n"
              "   ----- The following addresses had permanent fatal errors -----\n"
              "<jlarsen@iastate.edu>\n"
              "    (reason: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup)\n\n"
              "   ----- Transcript of session follows -----\n"
              "... while talking to iastate-edu.mail.protection.outlook.com.:\n"
              ">>> DATA\n"
              "<<< 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
              "550 5.1.1 <jlarsen@iastate.edu>... User unknown\n"
              "<<< 503 5.5.2 Need rcpt command\n")
    dsn = (f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; out01.alliant-energy.com\n"
           "Arrival-Date: Thu, 20 Aug 2026 09:01:58 -0500\n\n"
           "Final-Recipient: RFC822; jlarsen@iastate.edu\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: DNS; iastate-edu.mail.protection.outlook.com\n"
           "Diagnostic-Code: SMTP; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           f"Last-Attempt-Date: {rfc(t)}\n")
    top = multi('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
                [raw_leaf([], report.encode()),
                 raw_leaf(["Content-Type: message/delivery-status"], dsn.encode()),
                 raw_leaf(["Content-Type: message/rfc822"], outbound_copy(o, "jlarsen@iastate.edu", T("08-20 09:01:41")).encode())],
                b, preamble="This is a MIME-encapsulated message\n")
    hdrs = [f"Received: from localhost (localhost)\n\tby {host} (8.15.2/8.15.2) id {qid_};\n\t{rfc(t)}",
            f"Date: {rfc(t)}",
            f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
            f"Message-Id: <{qid_}@{host}>",
            "To: <customercare@alliant-energy.com>",
            "MIME-Version: 1.0",
            "Subject: Returned mail: see transcript for details",
            "Auto-Submitted: auto-generated (failure)"]
    M(t, "cc", pre, hdrs, top, cat="auto:bounce", spec="Sendmail bounce from a university forwarder: former student's address",
      prog="sendmail 8.15", answers="renterkit",
      note="Sendmail DSN (null sender) returning our promotion; the returned copy contains 'unsubscribe', ours: automated")


def exim_netins():
    o = our("campus", date=T("08-18 10:00:12"), tok="36620", n="80155", to="bkettleson@netins.net")
    t = T("08-22 10:14:03")
    host = "mx.netins.net"
    ip = "167.142.225.11"
    pre = deliver("ph", "", t, (host, host, ip), ext_auth("", ip, helo=host), tls=False)
    eid = f"1u{rs(4, ALNUM)}-00{rHEX(4)}-{rs(2, ALNUM)}"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  bkettleson@netins.net\n"
            "    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <powerhousecatalog@alliant-energy.com>\n"
            f"Received: from out02.alliant-energy.com ([192.0.2.26])\n\tby {host} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.96)\n\t(envelope-from <powerhousecatalog@alliant-energy.com>)\n\tid 1u{rs(4, ALNUM)}-00{rHEX(4)}-{rs(2, ALNUM)}\n"
            f"\tfor bkettleson@netins.net;\n\t{rfc(T('08-18 10:00:15'))}\n"
            + outbound_copy(o, "bkettleson@netins.net", T("08-18 10:00:13"), out="out02"))
    top = raw_leaf([], body.encode())
    hdrs = [f"Received: from Debian-exim by {host} with local (Exim 4.96)\n\tid {eid}\n\tfor powerhousecatalog@alliant-energy.com;\n\t{rfc(t)}",
            "X-Failed-Recipients: bkettleson@netins.net",
            "Auto-Submitted: auto-replied",
            f"From: Mail Delivery System <Mailer-Daemon@{host}>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: Mail delivery failed: returning message to sender",
            f"Message-Id: <E{eid}@{host}>",
            f"Date: {rfc(t)}"]
    M(t, "ph", pre, hdrs, top, cat="auto:bounce", spec="legacy Exim bounce without MIME: mailbox full, retry timeout",
      prog="exim 4.96", answers="campus",
      note="old-style Exim bounce, no MIME-Version, our catalog e-mail copied inline with its sharing footer: automated")


def qmail_bounce():
    o = our("renterkit", date=T("08-29 09:00:05"), tok="57213", n="231880", to="kjbauer@prairie-inet.net")
    t = T("08-29 09:00:31")
    host = "mail.prairie-inet.net"
    ip = "64.71.200.14"
    pre = deliver("cc", "", t, (host, host, ip), ext_auth("", ip, helo=host), tls=False)
    body = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<kjbauer@prairie-inet.net>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <customercare@alliant-energy.com>\n"
            f"Received: (qmail {R.randint(10000, 99999)} invoked from network); 29 Aug 2026 14:00:07 -0000\n"
            f"Received: from out01.alliant-energy.com (192.0.2.25)\n  by {host} with SMTP; 29 Aug 2026 14:00:07 -0000\n"
            + outbound_copy(o, "kjbauer@prairie-inet.net", T("08-29 09:00:06")))
    top = raw_leaf([], body.encode())
    hdrs = [f"Date: 29 Aug 2026 14:00:31 -0000",
            f"From: MAILER-DAEMON@{host}",
            "To: customercare@alliant-energy.com",
            "Subject: failure notice",
            f"Message-ID: <{R.randint(10 ** 9, 10 ** 10)}.{R.randint(1000, 9999)}.qmail@{host}>"]
    M(t, "cc", pre, hdrs, top, cat="auto:bounce", spec="qmail 'failure notice', no MIME, no Auto-Submitted",
      prog="qmail", answers="renterkit",
      note="qmail bounce (null sender, 'failure notice', no MIME, no Auto-Submitted) returning our promotion: automated")


# ============================================================================= auto-replies
def o365_autoreply(t, box, who_name, who_addr, orig, text, *, lang, spec, note, subject_prefix="Automatic reply: ",
                   auto_submitted=True, loop=False, answers="ack"):
    dom = who_addr.split("@")[1]
    relay, hops, auth, srv = o365_hops(who_addr, box, t, dom, "CH3PR04MB")
    pre = deliver(box, who_addr if not auto_submitted else "", t, relay,
                  auth if not auto_submitted else
                  ["dkim=pass header.d=" + dom + " header.s=selector1 header.b=" + rs(8),
                   f"spf=pass (mx.alliant-energy.com: domain of postmaster@{dom} designates {relay[2]} as permitted sender) smtp.helo={relay[0]}",
                   f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}"])
    cs = "utf-8"
    mid = o365_msgid(srv)
    b = "_000_" + mid[1:].split("@")[0] + "_"
    top = multi('Content-Type: multipart/alternative;\n\tboundary="{b}"',
                [leaf(f'text/plain; charset="{cs}"', text, cs, "qp"),
                 leaf(f'text/html; charset="{cs}"', html_outlook(text, cs), cs, "qp")], b)
    hdrs = hops + ["From: " + addr(who_name, who_addr, quote=True),
                   "To: " + addr(orig["from_name"], orig["from_addr"]),
                   "Subject: " + enc_header(subject_prefix + orig["subject"], "utf-8", "B"),
                   "Thread-Topic: " + enc_header(orig["subject"], "utf-8", "B", "Thread-Topic"),
                   f"Thread-Index: AQH{rs(25)}==",
                   "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
                   "Message-ID: " + mid,
                   f"References: {orig['msgid']}",
                   f"In-Reply-To: {orig['msgid']}",
                   "Content-Language: " + ("en-US" if lang == "en" else "es-ES")]
    if auto_submitted:
        hdrs += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                 "X-MS-Exchange-Inbox-Rules-Loop: " + who_addr]
    hdrs += ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    top["h"] = top["h"] + ["MIME-Version: 1.0"] + o365_tail(dom, t)
    M(t, box, pre, hdrs, top, cat="auto:autoreply" + (" (loop)" if loop else ""), spec=spec,
      prog="exchange-online" + (" OOF" if auto_submitted else " inbox rule"), lang=lang, note=note, answers=answers)


def autoreplies():
    a_nik = our("ack", date=T("08-14 10:05:50"), ref="CC-2026-08-01126", received="August 14, 2026", to="npetrov2@wisc.edu")
    o365_autoreply(T("08-14 10:06:02"), "cc", "Petrov, Nikolai", "npetrov2@wisc.edu", a_nik,
                   "I am moving apartments Aug 14\u201318 and have limited access to email. I will reply when I am back "
                   "at my desk. For anything urgent about PHYS 241 discussion sections, please write to the course "
                   "coordinator at phys241@physics.wisc.edu.\n\nNikolai Petrov",
                   lang="en", loop=True, spec="out-of-office answering our acknowledgement (loop trap)",
                   note="LOOP TRAP: Exchange out-of-office (Auto-Submitted) replying to our acknowledgement; never answer it")

    a_dana = our("ack", date=T("08-19 13:21:05"), ref="CC-2026-08-01201", received="August 19, 2026",
                 to="dkruse@hawkeyepropertygroup.com")
    o365_autoreply(T("08-19 13:21:19"), "cc", "Dana Kruse", "dkruse@hawkeyepropertygroup.com", a_dana,
                   "Thank you for contacting Hawkeye Property Group!\n\n"
                   "During move-in season (July 31 \u2013 August 21) our office is extremely busy and replies may take "
                   "2\u20133 business days. For maintenance emergencies please call (319) 555-0148. Residents can "
                   "submit maintenance requests and pay rent in the resident portal.\n\n"
                   "Hawkeye Property Group | 1320 S Gilbert St, Iowa City, IA 52240",
                   lang="en", loop=True, spec="property manager's move-in auto-reply to our acknowledgement",
                   note="LOOP TRAP: a property manager's auto-reply (Auto-Submitted) to our acknowledgement of her question: automated")

    rk_erin = our("renterkit", date=T("08-18 09:00:41"), tok="52118", n="203140", to="esorens@iastate.edu")
    o365_autoreply(T("08-18 09:01:07"), "cc", "Sorensen, Erin", "esorens@iastate.edu", rk_erin,
                   "This mailbox is no longer monitored. I graduated from Iowa State in May 2026 and this account "
                   "will be closed.\n\nPlease update your records. Messages sent to this address will not be read.\n\n"
                   "Erin Sorensen",
                   lang="en", auto_submitted=False, subject_prefix="RE: ", answers="renterkit",
                   spec="'no longer monitored' reply by an inbox rule, without Auto-Submitted",
                   note="headerless auto-reply (inbox-rule template, no Auto-Submitted) to our promotion: automated, never acknowledged")

    rk_ines = our("renterkit", date=T("08-23 09:00:20"), tok="56044", n="226712", to="ines-villarreal@uiowa.edu")
    o365_autoreply(T("08-23 09:00:58"), "cc", "Villarreal, In\u00e9s", "ines-villarreal@uiowa.edu", rk_ines,
                   "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 24 de agosto con acceso limitado "
                   "a mi correo. Si su consulta es sobre las secciones de SPAN 1502, escriba a spanish-dept@uiowa.edu.\n\n"
                   "Thank you for your message. I am out of the office until Monday, August 24, with limited access to "
                   "email. For SPAN 1502 sections, please write to spanish-dept@uiowa.edu.\n\nIn\u00e9s Villarreal",
                   lang="es", subject_prefix="Respuesta autom\u00e1tica: ", answers="renterkit",
                   spec="Spanish/English out-of-office answering our promotion",
                   note="Spanish out-of-office with Auto-Submitted, replying to our promotion: automated")


def yahoo_vacation():
    o = our("campus", date=T("08-28 10:00:09"), tok="38801", n="83310", to="gloriapham@yahoo.com")
    t = T("08-28 10:00:44")
    relay, hops, auth = yahoo_hops("gloriapham@yahoo.com", "ph", t)
    pre = deliver("ph", "gloriapham@yahoo.com", t, relay, auth)
    text = ("Hi! I'm helping my daughter move into her residence hall at Iowa State this week and will only be "
            "checking email now and then until Sept 1. I'll get back to you after that.\n\nGloria")
    top = leaf("text/plain; charset=UTF-8", text, "utf-8", "7bit")
    hdrs = hops + ["Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000") + " (UTC)",
                   "From: Gloria Pham <gloriapham@yahoo.com>",
                   "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
                   f"Message-ID: <{R.randint(10 ** 9, 10 ** 10)}.{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>",
                   f"In-Reply-To: {o['msgid']}",
                   "Subject: Auto Response",
                   "MIME-Version: 1.0",
                   "Auto-Submitted: auto-replied",
                   "X-Autoreply: yes",
                   "X-Mailer: WebService/1.1.24265 YMailNorrin"]
    M(t, "ph", pre, hdrs, top, cat="auto:autoreply", spec="Yahoo vacation response to the catalog e-mail",
      prog="yahoo vacation", answers="campus",
      note="Yahoo vacation responder (Auto-Submitted, X-Autoreply) to our catalog e-mail: automated")


def helpdesk_loop():
    a = our("ack", date=T("09-02 14:40:11"), ref="CC-2026-09-01301", received="September 2, 2026",
            to="housing-help@uiowa.edu")
    t = T("09-02 14:40:37")
    ip = "3.132.41.19"
    host = "smtp-out-2.tdx-mail.net"
    mf = "bounces@tdx-mail.net"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "uiowa.edu", "tdx", "uiowa.edu"))
    text = ("Thank you for contacting University Housing & Dining.\n\n"
            "Your request has been received and logged as ticket #48213. A staff member will respond within 2 "
            "business days. During move-in (Aug 15 \u2013 Sept 4) response times may be longer.\n\n"
            "Please do not reply to this message. To add information to your ticket, use the link below.\n"
            "https://uiowa.teamdynamix.example/TDClient/Requests/TicketRequests/48213\n\n"
            "University Housing & Dining | housing-help@uiowa.edu")
    top = leaf("text/plain; charset=utf-8", text, "utf-8", "qp")
    hdrs = ["From: UI Housing & Dining Help Desk <housing-help@uiowa.edu>",
            "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
            f"Subject: [UIHD #48213] Re: {a['subject']}",
            "Date: " + format_datetime(t),
            f"Message-ID: <tdx.48213.{rhex(12)}@tdx-mail.net>",
            f"In-Reply-To: {a['msgid']}",
            f"References: {a['msgid']}",
            "Auto-Submitted: auto-replied",
            "Precedence: auto_reply",
            "X-TDX-Ticket: 48213",
            "MIME-Version: 1.0"]
    M(t, "cc", pre, hdrs, top, cat="auto:autoreply (loop)", spec="university help-desk ticket auto-acknowledgement of our acknowledgement",
      prog="help-desk system", answers="ack",
      note="LOOP TRAP: a ticketing system's auto-acknowledgement of our own acknowledgement: automated, never answered")


def challenge_response():
    t = T("08-25 16:22:50")
    ip = "45.33.102.77"
    host = "mx-out.mailguard-cr.net"
    mf = "verify@mailguard-cr.net"
    pre = deliver("cc", mf, t, (host, host, ip), ext_auth(mf, ip, "mailguard-cr.net", "mg", "mailguard-cr.net"))
    text = ("Hello,\n\n"
            "You recently sent a message to rentals@cedarbluffhomes.com with the subject:\n"
            "  \"We received your request [CC-2026-08-01266]\"\n\n"
            "To protect against spam, rentals@cedarbluffhomes.com only accepts mail from confirmed senders. Please "
            "click the link below to confirm you are a real person. You only need to do this once.\n\n"
            "https://verify.mailguard-cr.net/c/" + rs(32, ALNUM) + "\n\n"
            "If you did not send this message, you can ignore this e-mail. Unconfirmed messages are deleted after 7 days.\n\n"
            "MailGuard sender verification")
    top = leaf("text/plain; charset=us-ascii", text, "ascii", "7bit")
    hdrs = ["From: MailGuard Verification <verify@mailguard-cr.net>",
            "Reply-To: verify+" + rhex(16) + "@mailguard-cr.net",
            "To: customercare@alliant-energy.com",
            "Subject: Please confirm your message to rentals@cedarbluffhomes.com",
            "Date: " + format_datetime(t),
            f"Message-ID: <cr.{rhex(20)}@mailguard-cr.net>",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0"]
    M(t, "cc", pre, hdrs, top, cat="auto:challenge", spec="challenge-response verification for a landlord's mailbox",
      prog="mailguard", answers="ack", note="challenge-response answering our acknowledgement: automated, no acknowledgement")


def read_receipt():
    t = T("08-21 08:47:13")
    dom = "hawkeyepropertygroup.com"
    relay, hops, auth, srv = o365_hops("dkruse@" + dom, "cc", t, dom, "CH3PR04MB")
    pre = deliver("cc", "dkruse@" + dom, t, relay, auth)
    orig_subj = "RE: Landlord questions: service between tenants, mail for former tenants"
    orig_id = "<cc-staff.20260820.4471@alliant-energy.com>"
    text = ("Your message\n\n"
            "  To: Dana Kruse\n"
            f"  Subject: {orig_subj}\n"
            "  Sent: Thursday, August 20, 2026 9:12:40 PM (UTC+00:00) Monrovia, Reykjavik\n\n"
            "was read on Friday, August 21, 2026 1:47:11 PM (UTC+00:00) Monrovia, Reykjavik.")
    mdn = (f"Reporting-UA: {srv}; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;dkruse@{dom}\n"
           f"Original-Message-ID: {orig_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    b = "_000_" + rHEX(30) + "_"
    top = multi('Content-Type: multipart/report;\n\treport-type=disposition-notification;\n\tboundary="{b}"',
                [leaf('text/plain; charset="us-ascii"', text, "ascii", "qp"),
                 raw_leaf(["Content-Type: message/disposition-notification"], mdn.encode())], b)
    hdrs = hops + ["From: Dana Kruse <dkruse@" + dom + ">",
                   "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
                   "Subject: Read: " + orig_subj,
                   "Thread-Topic: Landlord questions: service between tenants, mail for former tenants",
                   f"Thread-Index: AQH{rs(25)}==",
                   "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
                   "Message-ID: " + o365_msgid(srv),
                   f"References: {orig_id}",
                   f"In-Reply-To: {orig_id}",
                   "Content-Language: en-US",
                   "X-MS-Has-Attach:",
                   "X-MS-TNEF-Correlator:"]
    top["h"] = top["h"] + ["MIME-Version: 1.0"] + o365_tail(dom, t)
    M(t, "cc", pre, hdrs, top, cat="auto:mdn", spec="Outlook read receipt for a staff reply", prog="outlook MDN",
      answers="staff reply", note="read receipt (multipart/report disposition-notification): automated")


def calendar_invite():
    t = T("08-21 13:05:27")
    dom = "iastate.edu"
    who = "kbergstrom@iastate.edu"
    relay, hops, auth, srv = o365_hops(who, "cc", t, dom, "DM6PR11MB")
    pre = deliver("cc", who, t, relay, auth)
    uid = "040000008200E00074C5B7101A82E008000000" + rHEX(32)
    text = ("Hi Alliant team,\n\n"
            "Holding the date for the Off-Campus Housing Fair. We'd love to have an Alliant Energy table again to help "
            "students start service, and to answer deposit and roommate billing questions. Table 14, Great Hall.\n\n"
            "Kari Bergstrom\nOff-Campus Student Services, Iowa State University")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\n"
           "TZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
           "DTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\n"
           "END:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=\"Bergstrom, Kari [STU AFF]\":mailto:kbergstrom@iastate.edu\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com\n"
           "DESCRIPTION;LANGUAGE=en-US:Holding the date for the Off-Campus Housing Fair. Table 14\\, Great Hall.\\n\n"
           "UID:" + uid + "\nSUMMARY;LANGUAGE=en-US:Utility Setup Table - ISU Off-Campus Housing Fair\n"
           "DTSTART;TZID=Central Standard Time:20260909T100000\nDTEND;TZID=Central Standard Time:20260909T140000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260821T180527Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Memorial Union Great Hall\nBEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\n"
           "ACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    b = "_000_" + rHEX(30) + "_"
    top = multi('Content-Type: multipart/alternative;\n\tboundary="{b}"',
                [leaf('text/plain; charset="us-ascii"', text, "ascii", "qp"),
                 leaf('text/html; charset="us-ascii"', html_outlook(text), "ascii", "qp"),
                 leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "utf-8", "b64")], b)
    hdrs = hops + ['From: "Bergstrom, Kari [STU AFF]" <kbergstrom@iastate.edu>',
                   "To: customercare@alliant-energy.com",
                   "Subject: Utility Setup Table - ISU Off-Campus Housing Fair",
                   "Thread-Topic: Utility Setup Table - ISU Off-Campus Housing Fair",
                   f"Thread-Index: AQH{rs(25)}==",
                   "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
                   "Message-ID: " + o365_msgid(srv),
                   "Accept-Language: en-US", "Content-Language: en-US",
                   "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    top["h"] = top["h"] + ["MIME-Version: 1.0"] + o365_tail(dom, t)
    M(t, "cc", pre, hdrs, top, cat="auto:calendar", spec="calendar invitation (text/calendar REQUEST) from a university office",
      prog="outlook invitation",
      note="meeting request with text/calendar; a person sent it but it is an invitation, not a request to us: automated per LABELS")


# ============================================================================= spam and phishing
def spammy(t, box, from_disp, from_addr, subject, text, html, *, relay, spf, spec, note, cat, lang="en",
           charset="utf-8", extra=(), html_only=False, html_cte="qp", list_unsub=None, prog="bulk mailer"):
    mf = from_addr if spf != "bounce" else f"bounce-{rhex(8)}@{from_addr.split('@')[1]}"
    spf_res = "pass" if spf == "bounce" else spf
    pre = deliver(box, mf, t, relay, ext_auth(mf, relay[2], None, None, from_addr.split("@")[1], spf=spf_res,
                                              dmarc="none" if spf_res != "pass" else "pass"), tls=R.random() < 0.6)
    if html_only:
        top = leaf(f'text/html; charset="{charset}"', html, charset, html_cte)
    else:
        b = "----=_Part_" + rhex(16)
        top = multi('Content-Type: multipart/alternative; boundary="{b}"',
                    [leaf(f'text/plain; charset="{charset}"', text, charset, "qp"),
                     leaf(f'text/html; charset="{charset}"', html, charset, html_cte)], b)
    hdrs = ["From: " + addr(from_disp, from_addr, charset=charset),
            "To: " + BOX[box],
            "Subject: " + enc_header(subject, charset, "B"),
            "Date: " + format_datetime(t),
            f"Message-ID: <{rhex(24)}@{from_addr.split('@')[1]}>",
            "MIME-Version: 1.0"] + list(extra)
    if list_unsub:
        hdrs.append("List-Unsubscribe: " + list_unsub)
    M(t, box, pre, hdrs, top, cat=cat, spec=spec, prog=prog, lang=lang, note=note)


def spam_and_phish():
    spammy(T("08-16 03:12:09"), "cc", "Alliant Energy Refunds", "refunds@alliant-energy-billing.support",
           "Security Deposit Refund Notification - Action Required", "",
           "<html><body style=\"font-family:Arial\"><table width=\"560\"><tr><td style=\"background:#0a4d8c;color:#fff;padding:14px\">"
           "<b>Alliant Energy</b></td></tr><tr><td style=\"padding:18px\"><p>Dear Customer,</p>"
           "<p>Our records show a <b>security deposit refund of $185.00</b> is pending for your closed account.</p>"
           "<p>To receive your refund by direct deposit, verify your identity and bank details within <b>48 hours</b>:</p>"
           "<p><a href=\"https://alliant-refund-portal.com/verify?id=88213\" style=\"background:#f5a623;color:#000;padding:10px 18px\">"
           "CLAIM MY REFUND</a></p><p>Unverified refunds are forfeited.</p><p>Alliant Energy Refund Department</p>"
           "<p style=\"font-size:10px;color:#999\">To unsubscribe from refund notices click here.</p></td></tr></table></body></html>",
           relay=("vps-4f21a.hostingcloud.top", "vps-4f21a.hostingcloud.top", "194.163.141.20"), spf="softfail",
           html_only=True, cat="auto:phishing", prog="PHPMailer",
           extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "X-Priority: 1 (Highest)"],
           spec="phishing: fake deposit refund in our name, HTML only",
           note="phishing impersonating us (lookalike domain, SPF softfail, urgent refund link): automated, never acknowledged")

    html_es = ("<html><body><div style=\"font-family:Arial;max-width:560px\"><h2 style=\"color:#0a4d8c\">Alliant Energy</h2>"
               "<p>Estimado cliente:</p><p>Tiene un <b>reembolso pendiente de $210.00</b> de su dep\u00f3sito de seguridad.</p>"
               "<p>Para recibirlo, confirme sus datos bancarios en las pr\u00f3ximas 24 horas:</p>"
               "<p><a href=\"http://alliantenergia-reembolsos.com/confirmar\">Confirmar mis datos</a></p>"
               "<p>Si no confirma, el reembolso ser\u00e1 cancelado.</p><p>Departamento de Reembolsos</p></div></body></html>")
    spammy(T("08-19 04:48:33"), "cc", "Alliant Energy - Servicio al Cliente", "servicio@alliantenergia-reembolsos.com",
           "Reembolso de su dep\u00f3sito de seguridad: acci\u00f3n requerida",
           "Estimado cliente:\n\nTiene un reembolso pendiente de $210.00 de su dep\u00f3sito de seguridad. Para recibirlo, "
           "confirme sus datos bancarios en las pr\u00f3ximas 24 horas:\nhttp://alliantenergia-reembolsos.com/confirmar\n\n"
           "Si no confirma, el reembolso ser\u00e1 cancelado.\n\nDepartamento de Reembolsos",
           html_es, relay=("mail.alliantenergia-reembolsos.com", "static.88-198-47-12.clients.your-server.de", "88.198.47.12"),
           spf="neutral", html_cte="b64", cat="auto:phishing", lang="es", prog="bulk mailer",
           spec="Spanish phishing: fake deposit refund, base64 HTML",
           note="Spanish phishing in our name asking for bank details: automated")

    spammy(T("08-19 07:30:00"), "cc", "Badger Budget Movers", "deals@badgerbudgetmovers.net",
           "Move-In Week Special: 2 movers + truck $99/hr \U0001F69A",
           "MOVE-IN WEEK SPECIAL\n\n2 movers + 16' truck for $99/hr (2 hr minimum) Aug 14-31 in Madison, Middleton "
           "and Fitchburg.\nStudent discount: another 10% off with a .edu email.\n\nBook now: https://badgerbudgetmovers.net/book\n"
           "Call or text (608) 555-0190\n\nYou are receiving this because you are a valued Madison business. "
           "Reply STOP to opt out.",
           "<html><body><h1>MOVE-IN WEEK SPECIAL</h1><p>2 movers + 16' truck for <b>$99/hr</b></p>"
           "<p>Student discount: another 10% off with a .edu email.</p><p><a href=\"https://badgerbudgetmovers.net/book\">Book now</a></p>"
           "<p style=\"font-size:10px\">Reply STOP to opt out.</p></body></html>",
           relay=("mta-22.sendpilot-mail.com", "mta-22.sendpilot-mail.com", "147.253.211.22"), spf="bounce",
           cat="auto:spam", prog="bulk mailer",
           list_unsub="<https://badgerbudgetmovers.net/unsub?e=customercare%40alliant-energy.com>",
           spec="move-in spam: movers' special",
           note="cold marketing to our address ('Reply STOP to opt out' is their text): automated spam")

    spammy(T("08-22 02:05:51"), "cc", "OneDrive", "no-reply@onedrive-sharedfiles.info",
           "Chris M. shared \"Utility Split - Fall 2026.xlsx\" with you",
           "Chris M. shared a file with you\n\nUtility Split - Fall 2026.xlsx\n\"here's the alliant split for aug, pls "
           "venmo me by friday\"\n\nOpen: https://onedrive-sharedfiles.info/s/Ut1l1tySpl1t\n\nThis link will work for "
           "anyone with the link.",
           "<html><body style=\"font-family:Segoe UI\"><p><b>Chris M.</b> shared a file with you</p>"
           "<table style=\"border:1px solid #ddd;padding:12px\"><tr><td>\U0001F4CA Utility Split - Fall 2026.xlsx</td></tr></table>"
           "<p><i>\"here's the alliant split for aug, pls venmo me by friday\"</i></p>"
           "<p><a href=\"https://onedrive-sharedfiles.info/s/Ut1l1tySpl1t\" style=\"background:#0078d4;color:#fff;padding:8px 16px\">Open</a></p>"
           "</body></html>",
           relay=("srv1.fastdeliver-relay.xyz", "srv1.fastdeliver-relay.xyz", "91.92.240.31"), spf="fail",
           cat="auto:phishing", prog="bulk mailer",
           spec="phishing: fake OneDrive share of a roommate utility-split sheet",
           note="credential phishing dressed as a roommate's utility-split spreadsheet: automated")

    spammy(T("08-24 11:20:14"), "cc", "Brooke Harmon", "brooke@studentnest.co",
           "Partnership idea: utility setup for 40,000 incoming students",
           "Hi Alliant Energy team,\n\n"
           "I'm Brooke, partnerships lead at StudentNest. Every August we help 40,000+ students in Madison, Ames and "
           "Iowa City find apartments, and the #1 question we get is \"how do I set up electric?\"\n\n"
           "We'd love to add a one-click Alliant Energy start-service link to our move-in checklist, co-branded, and "
           "share our renter list with your marketing team for a welcome offer. Do you have 15 minutes next week?\n\n"
           "Best,\nBrooke Harmon\nPartnerships, StudentNest\n\n"
           "P.S. If you'd rather not hear from me, just reply \"no thanks\" and I'll take you off my list.",
           "<div>Hi Alliant Energy team,</div><div><br></div><div>I'm Brooke, partnerships lead at StudentNest. "
           "Every August we help 40,000+ students find apartments.</div><div><br></div><div>Do you have 15 minutes "
           "next week?</div><div><br></div><div>Best,<br>Brooke Harmon</div>"
           "<img src=\"https://t.outreachly.io/o/" + rs(24, ALNUM) + ".gif\" width=\"1\" height=\"1\">",
           relay=("mail-out-3.outreachly.io", "mail-out-3.outreachly.io", "35.174.12.93"), spf="pass",
           cat="auto:cold-sales", prog="outreach tool",
           extra=["X-Outreachly-Sequence: edu-utilities-q3", "X-Mailer: Outreachly"],
           spec="cold sales / partnership outreach",
           note="cold sales outreach; its 'take you off my list' is the seller's own offer, not a request to us: automated")

    spammy(T("08-31 06:45:00"), "cc", "Conecta Hogar", "ofertas@conectahogar-promo.com",
           "\u00a1Internet GRATIS 3 meses para estudiantes! M\u00fadate sin preocupaciones",
           "\u00a1Bienvenido a tu nuevo depa!\n\nInternet de alta velocidad GRATIS por 3 meses para estudiantes en "
           "Madison, Ames e Iowa City. Sin contrato, sin dep\u00f3sito.\n\nContrata hoy: https://conectahogar-promo.com/estudiantes\n\n"
           "Si no desea recibir m\u00e1s ofertas, haga clic aqu\u00ed.",
           "<html><body><h1>\u00a1Internet GRATIS 3 meses!</h1><p>Para estudiantes en Madison, Ames e Iowa City. "
           "Sin contrato, sin dep\u00f3sito.</p><p><a href=\"https://conectahogar-promo.com/estudiantes\">Contrata hoy</a></p>"
           "<p style=\"font-size:10px\">Si no desea recibir m\u00e1s ofertas, haga clic aqu\u00ed.</p></body></html>",
           relay=("smtp7.conectahogar-promo.com", "smtp7.conectahogar-promo.com", "185.244.25.70"), spf="pass",
           charset="iso-8859-1", cat="auto:spam", lang="es", prog="bulk mailer",
           spec="Spanish move-in spam (ISO-8859-1)",
           note="Spanish bulk spam to our address; its opt-out line is theirs: automated")


def build_all():
    leasing_newsletter()
    pm_notice_parcelview()
    bounce_wisc()
    bounce_gmail_catalog()
    roommate_posts()
    autoreplies()
    mailhouse_report()
    sendmail_isu()
    read_receipt()
    calendar_invite()
    exim_netins()
    yahoo_vacation()
    bounce_uiowa_group()
    challenge_response()
    pm_notice_keyledger()
    tenant_newsletter()
    qmail_bounce()
    esp_sync()
    helpdesk_loop()
    delay_mchsi()
    spam_and_phish()
