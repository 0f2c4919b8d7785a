"""Builders for machine and not-a-request mail: plain/HTML bulk, DSN, MDN, calendar."""
import datetime as dt

import kit
from kit import (BOX, HEX, HEXU, Leaf, Multi, addr, ew, fold, parse_date, rfc_date, rnd, rng, text_leaf, trace,
                 auth_for)
from ours import OURS


def _env(s, r, d):
    rcpt = BOX[s["box"]]
    fa = s["frm"][1]
    dom = s.get("dom") or fa.split("@")[1]
    host = s.get("host") or "mta%d.%s" % (r.randint(1, 9), dom)
    ip = s.get("ip") or "%d.%d.%d.%d" % (r.randint(23, 212), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
    auth = s.get("auth") or auth_for(dom)
    recv = d + dt.timedelta(seconds=r.randint(1, 30))
    mfrom = s.get("mfrom", fa)
    return trace(s, r, rcpt, recv.astimezone(kit.TZ["-0500"]), mfrom, host, ip, auth), rcpt, dom


def _finish(s, r, d, body_part, first=None):
    hs, rcpt, dom = _env(s, r, d)
    ch, cb = body_part.render()
    mid = s.get("mid") or "<%s@%s>" % (rnd(r, 24, HEX), s.get("mid_dom", dom))
    subj = s.get("subj", "")
    to = s.get("to") or rcpt
    hs += list(first or [])
    hs += ["From: " + (addr(*s["frm"]) if s["frm"][0] is not None else s["frm"][1]), "To: " + to,
           fold("Subject", ew(subj)), "Date: " + rfc_date(d, False), "Message-ID: " + mid]
    hs += list(s.get("headers", []))
    hs += ["MIME-Version: 1.0"] + ch
    return "\n".join(hs) + "\n\n" + cb.rstrip("\n") + "\n"


def bulk(s):
    """Plain, HTML-only, or alternative; optional attachment."""
    r = rng(s["id"])
    d = parse_date(s["date"], s.get("tz", "-0500"))
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable")
    parts = []
    if s.get("body"):
        parts.append(text_leaf(s["body"], cs, cte))
    if s.get("html"):
        parts.append(text_leaf(s["html"], cs, s.get("hcte", cte), sub="html"))
    bp = parts[0] if len(parts) == 1 else Multi("alternative", parts, "b1_" + rnd(r, 32, HEX))
    if s.get("attach"):
        fn, ctype, data = s["attach"]
        att = Leaf(ctype, data, None, "base64", '; name="%s"' % fn, 'attachment; filename="%s"' % fn)
        bp = Multi("mixed", [bp, att], "b0_" + rnd(r, 32, HEX))
    return _finish(s, r, d, bp)


def _orig_headers(o, rcpt_addr, r):
    return ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            % (o["name"], o["addr"], rcpt_addr, o["subj"], rfc_date(o["dt"], False), o["mid"]))


def dsn(s):
    """multipart/report delivery-status for one of our campaigns."""
    r = rng(s["id"])
    d = parse_date(s["date"], s.get("tz", "-0500"))
    o = OURS[s["orig"]]
    who = s["failed"]
    human = text_leaf(s["body"], s.get("cs", "us-ascii"), s.get("cte", "7bit"))
    if s.get("html"):
        human = Multi("alternative", [human, text_leaf(s["html"], "utf-8", "quoted-printable", sub="html")],
                      "alt_" + rnd(r, 24, HEX))
    status = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
              "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
              % (s["reporting"], rnd(r, 10, HEXU), rfc_date(o["dt"], False), who, who, s.get("action", "failed"),
                 s["status"], s["remote"], s["diag"]))
    if s.get("no_queue"):
        status = status.replace("X-Postfix-Queue-ID: %s\n" % status.split("X-Postfix-Queue-ID: ")[1].split("\n")[0], "")
    st = Leaf("message/delivery-status", status, None, "7bit")
    st.ctype = "message/delivery-status"
    hd = Leaf("text/rfc822-headers", _orig_headers(o, who, r), "us-ascii", "7bit")
    hd.params = ""
    hd.cs = None
    bp = Multi("report", [human, st, hd], s.get("bnd") or "%s.%d/%s" % (rnd(r, 10, HEXU), 1790000000 + r.randint(0, 9999999), s["reporting"]),
               params=" report-type=delivery-status;")
    return _finish(s, r, d, bp)


def mdn(s):
    r = rng(s["id"])
    d = parse_date(s["date"], s.get("tz", "-0500"))
    o = OURS[s["orig"]]
    human = text_leaf(s["body"], "utf-8", "quoted-printable")
    disp = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n" % (s["ua"], s["frm"][1], o["mid"]))
    dl = Leaf("message/disposition-notification", disp, None, "7bit")
    bp = Multi("report", [human, dl], "----=_NextPart_" + rnd(r, 20, HEX), params=" report-type=disposition-notification;")
    return _finish(s, r, d, bp)


def calendar(s):
    r = rng(s["id"])
    d = parse_date(s["date"], s.get("tz", "-0500"))
    uid = s.get("uid") or rnd(r, 40, HEXU)
    start = s["start"]
    ics = ("BEGIN:VCALENDAR\nMETHOD:%s\nPRODID:%s\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Central Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
           "DTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\n"
           "END:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=%s:mailto:%s\n%s"
           "SUMMARY;LANGUAGE=en-US:%s\nDTSTART;TZID=Central Standard Time:%s\nDTEND;TZID=Central Standard Time:%s\n"
           "UID:%s\nDTSTAMP:%s\nSEQUENCE:0\nLOCATION:%s\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
           % (s["method"], "Microsoft Exchange Server 2010", s["org"][0], s["org"][1], s["attendees"], s["summary"],
              start, s["end"], uid, d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"), s["location"]))
    plain = text_leaf(s["body"], "utf-8", "quoted-printable")
    cal = Leaf("text/calendar", ics, "utf-8", "7bit", '; method=%s' % s["method"])
    cal.params = '; charset="utf-8"; method=' + s["method"]
    cal.ctype = "text/calendar"
    cal.cs = None
    bp = Multi("alternative", [plain, cal], "_000_" + rnd(r, 30, HEXU) + "_")
    return _finish(s, r, d, bp)
