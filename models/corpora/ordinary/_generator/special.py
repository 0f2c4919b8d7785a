"""People's mail that does not come from an ordinary mail program: web-form relays and unsubscribe software."""
import random

import clients
import mime
import person
from clients import rhex, ralnum


def webform(spec, rcpt):
    rng = random.Random("ordinary-" + spec["id"])
    when = person.when_of(spec, rng)
    f = spec["form"]
    stamp = "%d/%d/%d %s CDT" % (when.month, when.day, when.year, clients.h12(when))
    lines = ["A new message was submitted through the Contact Us form on alliantenergy.com.", ""]
    for k in ("Name", "Email", "Phone", "ZIP code", "Account number", "Topic"):
        lines.append("%s: %s" % (k, f.get(k, "")))
    lines += ["", "Message:", spec["body"], "", "Submitted: " + stamp,
              "Page: https://www.alliantenergy.com/contact-us",
              "Form ID: CU-%d" % rng.randrange(100000, 999999)]
    plain = "\n".join(lines) + "\n"
    rows = "".join('<tr><td style="font-weight:bold;padding:4px 12px 4px 0">%s</td><td>%s</td></tr>\n'
                   % (k, mime.esc(f.get(k, ""))) for k in ("Name", "Email", "Phone", "ZIP code", "Account number",
                                                           "Topic"))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n<p>A new message was submitted through '
            'the Contact Us form on alliantenergy.com.</p>\n<table>\n%s</table>\n<p><b>Message:</b><br>\n%s</p>\n'
            '<p style="color:#666;font-size:12px">Submitted: %s<br>Page: https://www.alliantenergy.com/contact-us</p>'
            '\n</body></html>\n' % (rows, mime.text_to_html_lines(spec["body"]), stamp))
    alt = mime.multipart("alternative", [mime.text_part(plain, "plain", "utf-8", "quoted-printable"),
                                         mime.text_part(html, "html", "utf-8", "quoted-printable")],
                         "b1_" + ralnum(rng, 40))
    arr = mime.fmt_date(when) + " (CDT)"
    hdrs = [("Return-Path", "<no-reply@forms.alliant-energy.com>"), ("Delivered-To", rcpt),
            ("Received", "from web03.int.alliant-energy.com (web03.int.alliant-energy.com [10.40.12.23])\n\tby "
             "mx1.alliant-energy.com (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (ralnum(rng, 11), rcpt, arr)),
            ("Date", mime.fmt_date(when)),
            ("To", rcpt),
            ("From", "Alliant Energy Website <no-reply@forms.alliant-energy.com>"),
            ("Reply-To", spec["reply_to"]),
            ("Subject", mime.enc_header_text(spec["subject"])),
            ("Message-ID", "<%s@forms.alliant-energy.com>" % rhex(rng, 32)),
            ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return mime.message(hdrs, alt)


def cleanmail(spec, rcpt):
    rng = random.Random("ordinary-" + spec["id"])
    when = person.when_of(spec, rng).astimezone(__import__("datetime").timezone.utc)
    name, address = spec["frm"]
    body = (spec["body"] + "\n\n--\nThis request was sent by CleanMail on behalf of a CleanMail user who chose to "
            "unsubscribe from this mailing list.\nQuestions: support@cleanmailapp.com\n")
    arr = mime.fmt_date(when.astimezone(person.CDT)) + " (CDT)"
    hdrs = [("Return-Path", "<bounces+%s@mailer.cleanmailapp.com>" % rhex(rng, 12)), ("Delivered-To", rcpt),
            ("Received", "from o{0}.mailer.cleanmailapp.com (o{0}.mailer.cleanmailapp.com [149.72.%d.%d])\n\tby "
             "mx1.alliant-energy.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s".format(rng.randrange(1, 9)) % (
                 rng.randrange(1, 250), rng.randrange(2, 250),
                 ralnum(rng, 11), rcpt, arr)),
            ("DKIM-Signature", clients.dkim(rng, "cleanmailapp.com", "s1", "from:to:subject:auto-submitted")),
            ("From", mime.addr(name, address)),
            ("To", rcpt),
            ("Subject", spec["subject"]),
            ("Date", mime.fmt_date(when).replace("-0000", "+0000")),
            ("Message-ID", "<%s@mailer.cleanmailapp.com>" % clients.uuid(rng, upper=False)),
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "CleanMail Unsubscriber 2.4"),
            ("MIME-Version", "1.0")]
    return mime.message(hdrs, mime.text_part(body, "plain", "us-ascii", "7bit"))
