#!/usr/bin/env python3
"""Rebuild the `outsiders` set: python3 _generator/build.py  (standard library only, fixed seed)."""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import machines as M  # noqa: E402
from clients import (OURS, PROVIDERS, body_applemail, body_comcast, body_gmail, body_iphone, body_outlook,  # noqa: E402
                     body_tbird, body_yahoo, prov_gmail, prov_gws, prov_m365, prov_plain_isp, quote_html,
                     quote_plain)
from mailkit import MBX, Ctx, addr, crlf, ew, leaf, local_ct, multipart, parse_date, rfc, text_to_html_lines  # noqa: E402
from specs import SPECS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20270222


# --------------------------------------------------------------------------------- our own mail
def define_ours(c):
    def o(key, name, a, subject, date, text, token=None, reply_to=None, tz="-0600"):
        d = parse_date(date, tz)
        if key.startswith("ACK"):
            mid = "<ack.%s@alliant-energy.com>" % subject.split("[")[1].rstrip("]")
        elif key == "PHISH":
            mid = "<%s@alliant-energy-billpay.com>" % c.hx(24)
        elif key.startswith("BILL"):
            mid = "<bill.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), c.hx(12))
        elif key == "OUTAGE":
            mid = "<alert.PO-2703-1187.%s@alerts.alliant-energy.com>" % c.hx(10)
        else:
            mid = "<%s.%s@mail.alliant-energy.com>" % (token, c.hx(16))
        OURS[key] = dict(key=key, name=name, addr=a, subject=subject, date=d, text=text, token=token, mid=mid,
                         reply_to=reply_to, qid=c.qid())

    foot_cc = ("--\nYou are receiving this e-mail because you are an Alliant Energy customer. To opt out of marketing "
               "e-mails, visit alliantenergy.com/preferences or reply with the word unsubscribe. Please allow up to "
               "10 business days.\nAlliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718\n")
    o("HPW", "Alliant Energy", MBX["customercare"],
      "Spring into savings: up to $300 back on a heat pump water heater [AE-NL-2702-HPW]", "2027-02-23 10:02",
      "Spring into savings\n\nReplacing an old water heater this year? Alliant Energy customers can get up to $300 back "
      "when they install a qualifying ENERGY STAR(R) heat pump water heater before May 31, 2027.\n\nA heat pump water "
      "heater uses about 60% less electricity than a standard electric tank. Find a participating contractor and check "
      "your eligibility at alliantenergy.com/HPWH.\n\nQuestions? Call 1-800-555-0142, Monday-Friday, 7 a.m. to 7 p.m.\n\n"
      + foot_cc + "AE-NL-2702-HPW", token="AE-NL-2702-HPW")
    o("SPR", "PowerHouse Catalog", MBX["powerhousecatalog"],
      "Your Spring 2027 PowerHouse Catalog is here [PH-2702-SPR]", "2027-02-25 09:30",
      "Spring 2027 is here at PowerHouse\n\nYour new Spring catalog is on its way to your mailbox. Browse it online "
      "now: 112 pages of smart thermostats, LED lighting, garden and outdoor power tools, and kitchen appliances.\n\n"
      "This week only: free shipping on orders over $49 with code SPRING27.\n\nShop at powerhousecatalog.com or call "
      "1-800-555-0177.\n\n--\nThe PowerHouse Catalog occasionally shares its customer list with other carefully "
      "selected catalog companies. If you would prefer that we not share your name and address, write to "
      "powerhousecatalog@alliant-energy.com. We never share e-mail addresses.\nTo unsubscribe from PowerHouse "
      "Catalog e-mails, reply with \"unsubscribe\" in the subject line.\nPowerHouse Catalog, an Alliant Energy "
      "company | PO Box 77 | Cedar Rapids, IA 52406\nPH-2702-SPR", token="PH-2702-SPR")
    o("TIPS", "Alliant Energy", MBX["customercare"],
      "Your March Home Comfort Tips from PowerHouse [AE-NL-2703-TIPS]", "2027-03-02 10:15",
      "March Home Comfort Tips\n\n1. Swap your furnace filter. A clogged filter makes your system work harder.\n"
      "2. Test your sump pump before the spring thaw.\n3. Set your thermostat to 68 during the day and lower at night.\n"
      "4. Storm season is coming: sign up for outage alerts at alliantenergy.com/alerts.\n\nFeatured in the "
      "PowerHouse Catalog: Wi-Fi smart plugs, 2 for $24.99.\n\n--\nYou received this newsletter because you are "
      "subscribed to Alliant Energy Home Comfort Tips. Manage your preferences or unsubscribe at "
      "alliantenergy.com/preferences.\nAlliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718\nAE-NL-2703-TIPS",
      token="AE-NL-2703-TIPS")
    o("OUTAGE", "Alliant Energy Alerts", "alerts@alliant-energy.com",
      "Planned outage in your area: Tuesday, March 9, 8 a.m. to noon", "2027-03-04 14:20",
      "Planned service interruption\n\nTo replace aging equipment, our crews need to turn off power in your area on "
      "Tuesday, March 9, 2027, between 8:00 a.m. and 12:00 p.m. If the weather is bad, the work will move to "
      "Wednesday, March 10.\n\nWe are sorry for the inconvenience. If you use medical equipment or have other "
      "concerns, call 1-800-555-0142.\n\nThis is a service message about your account. You will receive service "
      "messages even if you have opted out of marketing.\nAlliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718",
      reply_to=MBX["customercare"])
    o("RWD", "Alliant Energy", MBX["customercare"],
      "Earn points with PowerHouse Rewards [AE-NL-2703-RWD]", "2027-03-09 10:00",
      "Introducing PowerHouse Rewards\n\nEarn 1 point for every dollar you spend at the PowerHouse Catalog and 500 "
      "bonus points when you buy an ENERGY STAR(R) appliance. Redeem points for bill credits.\n\nEnrollment is free "
      "for Alliant Energy customers. Join at alliantenergy.com/rewards.\n\n" + foot_cc + "AE-NL-2703-RWD",
      token="AE-NL-2703-RWD")
    bill = ("Your bill is ready\n\nAccount ending in: %s\nAmount due: %s\nDue date: %s\n\nView and pay your bill at "
            "alliantenergy.com/myaccount.\n\nThis is a service message. You will receive it even if you have opted "
            "out of marketing e-mails.\nPlease do not reply to this e-mail; this mailbox is not monitored.")
    o("BILL1", "Alliant Energy", "noreply@alliantenergy.com", "Your Alliant Energy bill is ready", "2027-02-24 05:12",
      bill % ("8841", "$162.37", "March 17, 2027"))
    o("BILL2", "Alliant Energy", "noreply@alliantenergy.com", "Your Alliant Energy bill is ready", "2027-03-08 05:09",
      bill % ("0219", "$97.80", "March 29, 2027"))
    ack = ("Thank you for writing to Alliant Energy.\n\nWe received your message and logged it as %s.\n\nIf you asked "
           "us to stop promotional contact by postal mail or e-mail, or asked the PowerHouse Catalog not to share your "
           "name with other catalog companies, we will update our records within 10 business days. You may still "
           "receive mailings that were already in preparation.\n\nIf your message needs a personal answer, a member of "
           "our Customer Care team will reply.\n\nAlliant Energy Customer Care\nThis message was sent automatically. "
           "Please do not reply to it.")
    for key, ref, when in (("ACK1", "CC-2027-02-00418", "2027-02-19 16:40"), ("ACK2", "CC-2027-02-00421", "2027-02-21 18:02"),
                           ("ACK3", "CC-2027-03-00012", "2027-03-01 09:12"), ("ACK4", "CC-2027-03-00057", "2027-03-05 11:47"),
                           ("ACK5", "CC-2027-03-00083", "2027-03-08 15:20"), ("ACK6", "CC-2027-03-00101", "2027-03-10 09:03"),
                           ("ACK7", "CC-2027-03-00109", "2027-03-10 14:31")):
        o(key, "Alliant Energy Customer Care", MBX["customercare"], "We received your request [%s]" % ref, when,
          ack % ref)
    o("PHISH", "Alliant Energy", MBX["customercare"], "URGENT: Final Disconnection Notice - Account #AE-88231",
      "2027-03-03 07:41",
      "Dear Valued Customer,\n\nOur records show that your Alliant Energy account is PAST DUE in the amount of $318.62.\n\n"
      "Your electric service is scheduled to be DISCONNECTED TODAY within 2 hours unless payment is received.\n\nTo avoid "
      "disconnection, verify your account and pay now:\nhttps://alliant-energy-billpay.com/secure/verify\n\nPayment by "
      "card or gift card accepted.\n\nAlliant Energy Billing Department\nRef: AE-88231")


# ------------------------------------------------------------------------------------ assembly
def auth_block(host, P, env, fromdom, spf="pass", dmarc="pass", dkim_result="pass"):
    parts = []
    if P.get("dkim"):
        dd, sel = P["dkim"]
        parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
            dkim_result, dd, dd, sel, P["_bh"]))
    else:
        parts.append("dkim=none")
    envdom = env.split("@")[1] if "@" in env else P["helo"]
    if env:
        parts.append("spf=%s smtp.mailfrom=%s" % (spf, env))
    else:
        parts.append("spf=%s smtp.helo=%s" % (spf, P["helo"]))
    parts.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (
        dmarc, "reject" if dmarc == "fail" else "none", "reject" if dmarc == "fail" else "none", fromdom))
    del envdom
    return "Authentication-Results: %s;\n\t%s" % (host, ";\n\t".join(parts))


def wrap(c, s, d, P, env, head_lines, body, fromdom, spf="pass", dmarc="pass", dkim_result="pass"):
    mailbox = MBX[s["mb"]]
    mx = c.R.choice(["mx1", "mx2"])
    t1 = local_ct(d + dt.timedelta(seconds=c.R.randint(2, 9)))
    t2 = t1 + dt.timedelta(seconds=c.R.randint(0, 2))
    P["_bh"] = c.b64(8)
    top = ["Return-Path: <%s>" % env, "X-Original-To: %s" % mailbox, "Delivered-To: %s" % mailbox,
           "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.40.2.%d])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
               mx, mx, 21 if mx == "mx1" else 22, c.qid(), mailbox, rfc(t2))]
    if P.get("internal"):
        top.append("Received: from out01.alliant-energy.com (out01.alliant-energy.com [10.40.3.40])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s (CST)" % (
            mx, c.qid(), mailbox, rfc(t1)))
    else:
        top.append(auth_block("%s.alliant-energy.com" % mx, P, env, fromdom, spf, dmarc, dkim_result))
        top.append("Received-SPF: %s (%s) identity=%s; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>" % (
            {"pass": "Pass", "none": "None", "fail": "Fail", "softfail": "Softfail"}[spf], "mailfrom" if env else "helo",
            "mailfrom" if env else "helo", P["ip"], P["helo"], env or "<>"))
        top.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
            P["helo"], P["helo"], P["ip"], mx, c.qid(), mailbox, rfc(t1)))
    lines = top + P["prov"] + head_lines
    text = "\n".join(lines) + "\n" + body
    return crlf(text).encode("utf-8")


def split_body(body):
    h, _, rest = body.partition("\n\n")
    return h.split("\n"), rest


def human(c, s):
    d = parse_date(s["d"], s.get("tz", "-0600"))
    mailbox = MBX[s["mb"]]
    s["rcpt"] = mailbox
    s["env"] = s.get("env") or s["email"]
    prof = s["prof"]
    dom = s["email"].split("@")[1]
    if prof == "gws":
        P = prov_gws(c, s, d, dom)
    elif prof in ("m365", "m365mc"):
        P = prov_m365(c, s, d, dom, mimecast=(prof == "m365mc"))
    elif prof == "isp":
        P = prov_plain_isp(c, s, d, dom)
    elif prof == "outlook":
        P = PROVIDERS[prof](c, s, d, dom)
    else:
        P = PROVIDERS[prof](c, s, d)
    if s.get("client") == "applemail":
        P["mid"] = "<%s@%s>" % (c.uuid(True), dom)
    client = s.get("client") or {"gmail": "gmail", "gws": "gmail", "yahoo": "yahoo", "aol": "yahoo",
                                 "outlook": "outlook", "hotmail": "outlook", "m365": "outlook", "m365mc": "outlook",
                                 "icloud": "icloud", "comcast": "comcast", "isp": "tbird", "webform": "webform"}[prof]
    o = OURS.get(s.get("quote")) if s.get("quote") else None
    fwd = s.get("fwd", False)
    me = s["email"] if client not in ("outlook",) else (s["name"] or s["email"])
    qstyle = {"gmail": "gmail", "outlook": "outlook", "yahoo": "yahoo", "icloud": "icloud", "applemail": "applemail",
              "comcast": "comcast", "tbird": "tbird", "android": "gmail"}.get(client, client)
    q_plain = quote_plain(qstyle, o, me, fwd) if o else None
    q_html = quote_html(qstyle, o, me, fwd) if (o and client not in ("icloud", "tbird")) else None
    new = s["body"]
    if s.get("subj") is not None:
        subj = s["subj"]
    elif o:
        pre = {"outlook": "RE: ", "yahoo": "Re: "}.get(client, "Re: ")
        if fwd:
            pre = {"outlook": "FW: ", "gmail": "Fwd: ", "icloud": "Fwd: ", "yahoo": "Fwd: "}.get(client, "Fwd: ")
        subj = pre + o["subject"]
    else:
        subj = ""
    if o and not fwd:
        to = s.get("to") or (o["reply_to"] or addr(o["name"], o["addr"]))
    else:
        to = s.get("to") or mailbox
    frm = addr(s["name"], s["email"])
    refs = []
    if o and not fwd:
        refs = ["References: %s" % o["mid"], "In-Reply-To: %s" % o["mid"]]
    extra = list(s.get("headers", []))
    if s.get("rt"):
        extra.append("Reply-To: %s" % s["rt"])
    if s.get("cc"):
        extra.append("Cc: %s" % s["cc"])
    attach = s.get("attach", ())
    dstr = rfc(d)
    subj_h = "Subject: %s" % ew(subj) if subj else "Subject: "

    if client == "gmail":
        body = body_gmail(c, new, q_plain, q_html, attach)
        heads = ["MIME-Version: 1.0"] + refs + ["From: %s" % frm, "Date: %s" % dstr, "Message-ID: %s" % P["mid"],
                                               subj_h, "To: %s" % to] + extra
        bh, rest = split_body(body)
        head = heads + bh
    elif client == "outlook":
        s["_pr"] = P["pr"]
        s["_mid_tail"] = P["mid"][len(P["pr"]) + 1:len(P["pr"]) + 11]
        s["_d"] = d
        body = body_outlook(c, new, q_plain, q_html, s, attach)
        bh, rest = split_body(body)
        head = ["From: %s" % frm, "To: %s" % to] + [x for x in extra if x.startswith("Cc:")] + [
            subj_h, "Thread-Topic: %s" % (ew(subj.split(": ", 1)[1]) if subj[:4] in ("RE: ", "FW: ") else ew(subj)),
            "Thread-Index: %s" % c.b64(28), "Date: %s" % rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
            "Message-ID: %s" % P["mid"]] + refs + [x for x in extra if not x.startswith("Cc:")] + [
            "Accept-Language: en-US", "Content-Language: %s" % ("es-US" if s.get("lang") == "es" else "en-US"),
            "X-MS-Has-Attach:" + (" yes" if attach else ""), "X-MS-TNEF-Correlator:", "msip_labels:"] + bh + ["MIME-Version: 1.0"]
    elif client == "yahoo":
        s["_ms"] = P["ms"]
        body = body_yahoo(c, new, q_plain, q_html, s)
        bh, rest = split_body(body)
        mailer = s.get("mailer", "WebService/1.1.23187 YMailNorrin")
        head = ["Date: %s" % rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000 (UTC)"), "From: %s" % frm,
                "To: %s" % to] + extra + ["Message-ID: %s" % P["mid"]] + refs[::-1] + [subj_h, "MIME-Version: 1.0"] + bh + [
            "X-Mailer: %s" % mailer]
    elif client == "icloud":
        body = body_iphone(c, new, q_plain, s.get("sig", "Sent from my iPhone"))
        bh, rest = split_body(body)
        head = bh + ["From: %s" % frm, "Mime-Version: 1.0 (1.0)", subj_h, "Date: %s" % dstr,
                     "Message-Id: %s" % P["mid"]] + refs + extra + ["To: %s" % to, "X-Mailer: iPhone Mail (22D72)"]
    elif client == "applemail":
        body = body_applemail(c, new, q_plain, q_html)
        bh, rest = split_body(body)
        irt = ["In-Reply-To: %s" % o["mid"]] if (o and not fwd) else []
        rf = ["References: %s" % o["mid"]] if (o and not fwd) else []
        head = bh + ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))", subj_h,
                     "From: %s" % frm] + extra + irt + ["Date: %s" % dstr, "Message-Id: %s" % P["mid"]] + rf + [
            "To: %s" % to, "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    elif client == "comcast":
        s["_ms"] = P["ms"]
        body = body_comcast(c, new, q_plain, q_html, s)
        bh, rest = split_body(body)
        head = ["Date: %s" % dstr, "From: %s" % frm, "To: %s" % to] + extra + ["Message-ID: %s" % P["mid"]] + refs[::-1] + [
            subj_h, "MIME-Version: 1.0"] + bh + ["X-Priority: 3", "Importance: Normal",
                                                  "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "X-Originating-Client: open-xchange-appsuite"]
    elif client == "tbird":
        body = body_tbird(c, new, q_plain)
        bh, rest = split_body(body)
        head = ["Message-ID: %s" % P["mid"], "Date: %s" % dstr, "MIME-Version: 1.0",
                "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", "To: %s" % to, "From: %s" % frm] + extra + [
            subj_h] + refs[::-1] + bh
    elif client == "webform":
        body = leaf("text/plain", new + "\n", "utf-8", "quoted-printable")
        bh, rest = split_body(body)
        head = ["Date: %s" % dstr, "From: Alliant Energy Website <noreply@alliantenergy.com>",
                "Reply-To: %s" % addr(s["name"], s["email"]), "To: %s" % to, subj_h,
                "Message-ID: %s" % P["mid"], "X-Mailer: AE-WebForms/4.2", "MIME-Version: 1.0"] + bh
        s["env"] = "noreply@alliantenergy.com"
    else:
        raise ValueError(client)
    fromdom = "alliantenergy.com" if client == "webform" else dom
    return wrap(c, s, d, P, s["env"], head, "\n" + rest, fromdom, s.get("spf", "pass"), s.get("dmarc", "pass"))


def machine(c, s):
    d = parse_date(s["d"], s.get("tz", "-0600"))
    s["rcpt"] = MBX[s["mb"]]
    s["env"] = ""
    fn = getattr(M, s["machine"]) if isinstance(s["machine"], str) else s["machine"]
    args = dict(s.get("args", {}))
    if "o" in args:
        args["o"] = OURS[args["o"]]
    r = fn(c, s, d, **args)
    bh, rest = split_body(r["body"])
    P = dict(helo=r["helo"], ip=r["ip"], dkim=r["dkim"], prov=r["prov"], internal=r.get("internal"))
    return wrap(c, s, d, P, r["env"], r["headers"] + bh, "\n" + rest, r["fromdom"], r["spf"], r["dmarc"],
                r.get("dkim_result", "pass"))


KEYS = ("file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to")
LABEL_ORDER = ("marketing_opt_out", "catalog_share_opt_out", "question")


def main():
    rnd = random.Random(SEED)
    c = Ctx(rnd)
    define_ours(c)
    specs = sorted(SPECS, key=lambda s: parse_date(s["d"], s.get("tz", "-0600")).astimezone(dt.timezone.utc))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows, index = [], []
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        raw = machine(c, s) if s.get("machine") else human(c, s)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        automated = bool(s.get("automated") or s.get("machine"))
        labels = [l for l in LABEL_ORDER if l in s.get("labels", [])]
        if automated:
            ack = None
        elif "ack" in s:
            ack = s["ack"]
        else:
            ack = s.get("rt_addr") or s["email"]
        ents = {k: s.get("ents", {})[k] for k in ("name", "postal_code", "account") if k in s.get("ents", {})}
        row = dict(file=fn, mailbox=s["mb"] if s["mb"] in MBX else s["mb"], automated=automated, labels=labels,
                   unclear=bool(s.get("unclear")), entities={} if automated else ents, note=s["note"], ack_to=ack)
        rows.append({k: row[k] for k in KEYS})
        index.append("%s\t%s" % (fn, s["cat"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tcategory\n" + "\n".join(index) + "\n")
    with open(os.path.join(HERE, "ours.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: dict(name=v["name"], addr=v["addr"], subject=v["subject"], date=rfc(v["date"]), token=v["token"],
                           mid=v["mid"], reply_to=v["reply_to"]) for k, v in OURS.items()}, fh, indent=1)
        fh.write("\n")
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
