#!/usr/bin/env python3
"""Rebuild the `august` set (9-20 August 2027) byte for byte: python3 _generator/build.py"""
import json, os, sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = []
LANG = []
WHEN = []
KEYS = ("file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to")
ORDER = ("marketing_opt_out", "catalog_share_opt_out", "question")


def add(raw, cat, mailbox, automated=False, labels=(), unclear=False, ent=None, note="", ack=None, tongue="en", when=None):
    labels = [l for l in ORDER if l in labels]
    LANG.append(tongue)
    WHEN.append(T(when))
    REC.append((raw, cat, dict(file=None, mailbox=mailbox, automated=automated, labels=labels, unclear=unclear,
                                entities=ent or {}, note=note, ack_to=ack)))


CLIENT = {"gmail": c_gmail, "yahoo": c_yahoo, "outlook": c_outlook, "apple": c_apple, "comcast": c_comcast, "tbird": c_tbird}


def H(client, mailbox, when, who, subject, text, cat, labels=(), unclear=False, ent=None, note="", ack="from", **kw):
    q = kw.get("q")
    tongue = kw.pop("tongue", None) or ("es" if kw.get("lang") == "es" else "en")
    if subject is None:
        subject = ("RE: " if client == "outlook" and kw.get("work") else "Re: ") + q["subject"]
    raw = CLIENT[client](mailbox, T(when), who, subject, text, **kw)
    if ack == "from":
        ack = who[1]
    add(raw, cat, mailbox, False, labels, unclear, ent, note, ack, tongue, when)


def A(mailbox, when, cat, note, raw):
    tongue = "es" if "(Spanish)" in cat else "es+en" if "(Spanish/English)" in cat else "en"
    add(raw, cat, mailbox, True, (), False, {}, note, None, tongue, when)


# ------------------------------------------------------------ our outgoing headers, as quoted by bounces
def our_headers(o, rcpt, mailbox, plain=False):
    d = o["date"]
    h = ["Received: from mta03.mail.alliant-energy.com (mta03.mail.alliant-energy.com [199.189.118.43])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (qid(), rcpt, pf(d)),
         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n\ts=ae2027; t=%d; bh=%s=;\n\th=From:To:Subject:Date:Message-ID:List-Unsubscribe;\n\tb=%s" % (ts(d), rs(43, B64), rs(64, B64)),
         "From: %s <%s>" % o["frm"], "To: " + rcpt]
    if o["frm"] in (ALERTS, NOTICES):
        h.append("Reply-To: customercare@alliant-energy.com")
    h += ["Subject: " + enc_word(o["subject"]), "Date: " + rfc(d), "Message-ID: " + o["mid"]]
    if o.get("lu"):
        h.append("List-Unsubscribe: " + o["lu"])
    if o["subject"].startswith("We received"):
        h.append("Auto-Submitted: auto-replied")
    h += ["MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="=_ae_%s"' % rhex(16)] if (o.get("lu") and not plain) else ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: %s" % ("8bit" if plain else "quoted-printable")]
    return "\n".join(h) + "\n"


def dsn_postfix(mailbox, when, host, ip, rcpt, status, diag, o, delayed=False, remote=None):
    arrive = T(when)
    lines = top(mailbox, "", arrive, host, ip, auth(helo=host, ip=ip))
    lines[0] = "Return-Path: <>"
    qq = rhex(10).upper()
    bnd = "%s.%d/%s" % (qq, ts(arrive), host)
    lines += ["Received: by %s (Postfix)\n\tid %s; %s" % (host, qq, rfc(arrive, CDT, pad=True, zname="CDT")),
              "Date: " + rfc(arrive, CDT, pad=True, zname="CDT"),
              "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
              "Subject: " + ("Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"),
              "To: %s@alliant-energy.com" % mailbox, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
              'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
              "Content-Transfer-Encoding: 7bit", "Message-Id: <%s@%s>" % (rhex(14).upper(), host)]
    if delayed:
        human = ("This is the mail system at host %s.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
    else:
        human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s@alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n%sDiagnostic-Code: smtp; %s\n%s"
          % (host, qq, mailbox, rfc(secs(arrive, -14400 if delayed else -3), CDT, pad=True, zname="CDT"), rcpt, rcpt,
             "delayed" if delayed else "failed", status, ("Remote-MTA: dns; %s\n" % remote) if remote else "", diag.split(": ", 1)[-1] if remote else diag,
             ("Will-Retry-Until: %s\n" % rfc(secs(arrive, 86400 * 4), CDT, pad=True, zname="CDT")) if delayed else ""))
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], our_headers(o, rcpt, mailbox))]
    hd, body = multipart("report", bnd, parts, preamble="This is a MIME-encapsulated message.\n\n")
    return fin(lines, body)


def generic(mailbox, when, envfrom, helo, ip, au, headers, body, tls=True):
    arrive = T(when)
    lines = top(mailbox, envfrom, arrive, helo, ip, au, tls=tls)
    if envfrom == "":
        lines[0] = "Return-Path: <>"
    return fin(lines + headers, body)


def ours_short(o, to):
    """an Outlook-like inline quote of our mail (used by auto-replies that include the original)"""
    return "\n".join(["-----Original Message-----", "From: %s <%s>" % o["frm"], "Sent: " + rfc(o["date"]), "To: " + to, "Subject: " + o["subject"], "", o["text"]])


# =============================================================================================== the mail
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mail.py"), encoding="utf-8").read())


def main():
    folder = HERE
    for f in os.listdir(folder):
        if f.endswith(".eml"):
            os.remove(os.path.join(folder, f))
    man, idx = [], []
    order = sorted(range(len(REC)), key=lambda k: (WHEN[k], k))  # files are numbered in arrival order
    REC[:], LANG[:], WHEN[:] = [REC[k] for k in order], [LANG[k] for k in order], [WHEN[k] for k in order]
    for i, (raw, cat, rec) in enumerate(REC, 1):
        fn = "%04d.eml" % i
        rec["file"] = fn
        with open(os.path.join(folder, fn), "wb") as fh:
            fh.write(raw)
        man.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
        idx.append("%s\t%s" % (fn, cat))
    with open(os.path.join(folder, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(folder, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    readme(folder, man, idx)
    print("wrote %d messages" % len(REC))


def readme(folder, man, idx):
    import collections, email, email.policy, email.utils, re
    recs = [json.loads(l) for l in man]
    cats = [l.split("\t")[1] for l in idx]
    froms = []
    for raw, _, _ in REC:
        m = email.message_from_bytes(raw, policy=email.policy.compat32)
        froms.append(email.utils.parseaddr(m["From"])[1].lower())
    arrived = ["%s %d Aug %02d:%02d" % (DAYS[w.weekday()], w.day, w.hour, w.minute) for w in WHEN]

    def ref(mo):
        key = mo.group(1)
        nth = 1
        if re.search(r"@\d+$", key):
            key, nth = key.rsplit("@", 1)
            nth = int(nth)
        hits = [i for i, f in enumerate(froms) if f == key.lower()]
        assert len(hits) >= nth and (nth > 1 or "@" in mo.group(1) and len(hits) >= 1), key
        if mo.group(1).count("@") == 1:
            assert len(hits) == 1 or key in ("dennyschmitt@yahoo.com",), (key, hits)
        return "%04d" % (hits[nth - 1] + 1)

    def table(head, rows):
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
        return "\n".join(out)

    n = len(recs)
    auto = sum(r["automated"] for r in recs)
    lab = collections.Counter(l for r in recs for l in r["labels"])
    combo = collections.Counter()
    for r in recs:
        if r["automated"]:
            c = "(none) - automated"
        elif r["unclear"]:
            c = "(none) - unclear" if not r["labels"] else "unclear + " + " + ".join(r["labels"])
        else:
            c = " + ".join(r["labels"]) or "(none) - human, nothing to do"
        combo[c] += 1
    mb = collections.Counter((r["mailbox"], r["automated"]) for r in recs)
    lang = collections.Counter(LANG)
    catc = collections.Counter(cats)
    ent = collections.Counter(k for r in recs for k in r["entities"])
    parts = []
    parts.append(table(["label", "messages carrying it"], [["`%s`" % l, lab[l]] for l in ORDER] +
                       [["`automated: true`", auto], ["`unclear: true`", sum(r["unclear"] for r in recs)], ["**total messages**", "**%d**" % n]]))
    parts.append("Exact combinations (each message once):\n\n" + table(["labels", "messages"], sorted(combo.items(), key=lambda x: -x[1])))
    parts.append(table(["mailbox", "messages", "of which automated"], [["`%s`" % m, mb[(m, False)] + mb[(m, True)], mb[(m, True)]] for m in ("customercare", "powerhousecatalog")]))
    es = lang["es"] + lang["es+en"]
    parts.append(table(["language", "messages"], [["English", lang["en"]], ["Spanish", lang["es"]], ["mixed Spanish/English", lang["es+en"]],
                                                  ["**Spanish or mixed**", "**%d (%.1f %%)**" % (es, 100.0 * es / n)]]))
    parts.append(table(["other", "count"], [["`ack_to` set", sum(r["ack_to"] is not None for r in recs)],
                                            ["`ack_to` null on human mail (thank-yous, Auto-Submitted unsubscribe service)", sum(r["ack_to"] is None and not r["automated"] for r in recs)],
                                            ["messages with any entity", sum(bool(r["entities"]) for r in recs)]] +
                       [["entity `%s`" % k, ent[k]] for k in ("name", "postal_code", "account")]))
    parts.append("By the category each message was written for (`index.tsv`):\n\n" + table(["category", "messages"], sorted(catc.items(), key=lambda x: (-x[1], x[0]))))
    rows = []
    for i, r in enumerate(recs):
        what = "automated" if r["automated"] else ((("unclear" + (" + " if r["labels"] else "")) if r["unclear"] else "") + (", ".join(r["labels"]) or ("" if r["unclear"] else "none")))
        rows.append([r["file"], arrived[i], r["mailbox"], cats[i], what, LANG[i], r["note"].replace("|", "/")])
    files = table(["file", "arrived", "mailbox", "written as", "labels", "lang", "note"], rows)
    tpl = open(os.path.join(HERE, "_generator", "README.in.md"), encoding="utf-8").read()
    tpl = re.sub(r"\{\{#([^}]+)\}\}", ref, tpl)
    tpl = tpl.replace("{{TOTAL}}", str(n)).replace("{{LAST}}", "%04d" % n).replace("{{COUNTS}}", "\n\n".join(parts)).replace("{{FILES}}", files)
    with open(os.path.join(folder, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tpl)


if __name__ == "__main__":
    main()
