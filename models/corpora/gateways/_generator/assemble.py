"""spec dict -> raw message bytes, with our trace (sender -> mx1|mx2 -> mbx01) on top."""
import datetime as dt

from mime import NL, BOX, rng, hexid, when, rfc_date, to_utc, enc, addr, fold, render


def _ip(r):
    return "%d.%d.%d.%d" % (r.choice([34, 40, 52, 64, 66, 74, 98, 104, 148, 167, 198, 206, 209]), r.randint(1, 254),
                            r.randint(1, 254), r.randint(1, 254))


def make(s):
    key = s["id"]
    r = rng("trace:" + key)
    d = s.get("date") or when(key, s.get("month"), s.get("tz"))
    s["date"] = d
    frm_disp, frm_addr = s["frm"]
    dom = frm_addr.split("@")[1]
    rcpt = s.get("rcpt") or BOX[s["mailbox"]]
    mx = "mx%d" % r.randint(1, 2)
    helo, ip = s.get("relay") or ("mail-%s.%s" % (hexid(key, 4), s.get("relay_dom", dom)), _ip(r))
    qid = hexid("q" + key, 10).upper()
    lmtp = hexid("l" + key, 22)
    t_in = d + dt.timedelta(seconds=r.randint(2, 40))
    t_box = t_in + dt.timedelta(seconds=r.randint(0, 2))
    # our servers stamp Central time: CDT in summer, CST in winter
    local = dt.timezone(dt.timedelta(hours=-5 if 4 <= d.month <= 10 else -6))
    h = []
    h.append("Return-Path: <%s>" % (s["return_path"] if "return_path" in s else frm_addr))
    h.append("Delivered-To: " + BOX[s["mailbox"]])
    h.append(fold("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.1%s]) by "
                  "mbx01.alliant-energy.com with LMTP id %s (envelope-from <%s>) for <%s>; %s"
                  % (mx, mx, mx[-1], lmtp, s.get("return_path", frm_addr), BOX[s["mailbox"]],
                     rfc_date(t_box.astimezone(local)))))
    h.append(fold("Received", "from %s (%s [%s]) by %s.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s"
                  % (helo, helo, ip, mx, qid, rcpt, rfc_date(t_in.astimezone(local)))))
    for extra in s.get("received", []):
        h.append(fold("Received", extra % {"date": rfc_date(to_utc(d))}))
    auth = s.get("auth", "pass")
    if auth == "pass":
        auth = "spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s" % (dom, dom, dom)
    elif auth == "fail":
        auth = "spf=softfail smtp.mailfrom=%s; dkim=none; dmarc=fail header.from=%s" % (dom, dom)
    h.append(fold("Authentication-Results", "%s.alliant-energy.com; %s" % (mx, auth)))
    for name, val in s.get("pre_headers", []):
        h.append(enc(name, val))
    h.append("From: " + addr(frm_disp, frm_addr))
    if s.get("sender"):
        h.append("Sender: " + s["sender"])
    h.append(fold("To", ", ".join(s.get("to") or [BOX[s["mailbox"]]])))
    if s.get("cc"):
        h.append(fold("Cc", ", ".join(s["cc"])))
    if s.get("reply_to"):
        h.append("Reply-To: " + addr(*s["reply_to"]))
    if s.get("subject") is not None:
        h.append(enc("Subject", s["subject"]))
    h.append("Date: " + rfc_date(d))
    h.append("Message-ID: <%s@%s>" % (s.get("msgid_local") or hexid("m" + key, 24), s.get("msgid_dom", dom)))
    if s.get("in_reply_to"):
        h.append("In-Reply-To: " + s["in_reply_to"])
        h.append("References: " + s["in_reply_to"])
    for name, val in s.get("headers", []):
        h.append(enc(name, val))
    h.append("MIME-Version: 1.0")
    lines = render(s["body"], key)
    out = NL.join(h + lines)
    if not out.endswith(NL):
        out += NL
    return out.encode("ascii")
