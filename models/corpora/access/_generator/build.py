#!/usr/bin/env python3
"""Rebuild the 'access' corpus: NNNN.eml, manifest.jsonl, index.tsv, README.md. Standard library only, deterministic."""
import base64
import collections
import datetime as dt
import email.utils
import json
import os
import pathlib
import quopri
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import machines  # noqa: E402
import ours  # noqa: E402
from clients import CLIENTS  # noqa: E402
from mailkit import MAILBOX, MX, central_to_utc, postfix_id, rfcdate, rng_for, to_crlf, alnum  # noqa: E402
from messages import SPECS, big  # noqa: E402
import readme_text  # noqa: E402

SEC = dt.timedelta(seconds=1)


def resolve(spec):
    spec = dict(spec)
    q = spec.get("quote")
    if isinstance(q, tuple):
        if q[0] == "promo":
            spec["quote"] = ours.promo(q[1], spec["frm"][1])
        elif q[0] == "ack":
            spec["quote"] = ours.ack(*q[1:])
        elif q[0] == "bill":
            spec["quote"] = ours.bill(spec["frm"][1], *q[1:])
    if spec.get("big") and spec.get("html") is None and spec["client"] != "raw":
        spec["html"] = big(spec.get("text", ""), spec["big"])
    return spec


def send_time(spec):
    """Sending instant: the spec's Central wall time plus seeded seconds; raw machine mail keeps its own Date header."""
    t = central_to_utc(spec["when"])
    if spec["client"] == "raw":
        d = header_value(spec["raw"].get("headers") or [], "Date")
        if d:
            return email.utils.parsedate_to_datetime(d).astimezone(dt.timezone.utc)
    if len(spec["when"]) <= 16:
        t += SEC * rng_for(spec["key"] + ":sec").randint(0, 59)
    return t


def finish_raw(spec, t, mbox):
    r = dict(spec["raw"])
    if r.get("mdn"):
        name, a, promo_key = r["mdn"]
        r["headers"], r["body"] = machines.mdn(spec["key"], t, mbox, ours.promo(promo_key, a), name, a, r["host"], r["ip"])
    elif r.get("calendar"):
        r["headers"], r["body"] = machines.calendar_invite(spec["key"], t, mbox)
    elif r.get("attach_html"):
        bh, body = machines.phish_relay_es(spec["key"])
        r["headers"] = r["headers"] + bh
        r["body"] = body
    body = r["body"]
    if body.startswith("__QP_LATIN1__"):
        body = quopri.encodestring(body[len("__QP_LATIN1__"):].encode("iso-8859-1")).decode("ascii")
    elif body.startswith("__QP__"):
        body = quopri.encodestring(body[len("__QP__"):].encode("ascii")).decode("ascii")
    elif body.startswith("__B64HTML__"):
        body = base64.encodebytes(body[len("__B64HTML__"):].replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    r["body"] = body
    spec = dict(spec)
    spec["raw"] = r
    return spec


def header_value(headers, name):
    for h in headers:
        if h.lower().startswith(name.lower() + ":"):
            return h.split(":", 1)[1].strip()
    return None


def from_domain(headers):
    v = header_value(headers, "From") or ""
    m = re.search(r"@([A-Za-z0-9.-]+)", v)
    return m.group(1).lower() if m else ""


def aligned(a, b):
    a, b = a.lower(), b.lower()
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def assemble(spec):
    rng = rng_for(spec["key"])
    t = send_time(spec)
    mbox = MAILBOX[spec["mailbox"]]
    if spec["client"] == "raw":
        spec = finish_raw(spec, t, mbox)
    c = CLIENTS[spec["client"]](spec, rng, t, mbox)
    mx = "mx1" if rng.random() < 0.62 else "mx2"
    t_mx = t + SEC * rng.randint(2, 9)
    t_mbx = t_mx + SEC * rng.randint(0, 2)
    env = c["env_from"]
    lines = ["Return-Path: <%s>" % env, "Delivered-To: %s" % mbox,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, mx, MX[mx], postfix_id(rng), mbox, rfcdate(t_mbx, "CT", True))]
    if c.get("internal"):
        lines.append("Authentication-Results: %s.alliant-energy.com; none" % mx)
        lines.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                     % (c["helo"], c["rdns"], c["ip"], mx, postfix_id(rng), mbox, rfcdate(t_mx, "CT", True)))
    else:
        fdom = from_domain(c["headers"])
        auth = c.get("auth")
        spf = c.get("spf") or "pass"
        parts = ["%s.alliant-energy.com;" % mx]
        if auth:
            parts.append("dkim=pass header.d=%s header.s=%s header.b=%s;" % (auth[0], auth[1], alnum(rng, 8)))
        else:
            parts.append("dkim=none;")
        if env:
            if spf == "pass":
                parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mx, env, c["ip"], env))
            else:
                parts.append("spf=%s (%s.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (spf, mx, env, c["ip"], env))
        else:
            parts.append("spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;" % (mx, c["helo"], c["ip"], c["helo"]))
        env_dom = env.split("@")[1] if "@" in env else c["helo"]
        dmarc = c.get("dmarc")
        if not dmarc:
            dmarc = "pass" if ((auth and aligned(auth[0], fdom)) or (spf == "pass" and aligned(env_dom, fdom))) else "none"
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, c.get("policy") or "p=NONE sp=NONE dis=NONE", fdom))
        lines.append("Authentication-Results: " + "\n\t".join(parts))
        lines.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % (c["helo"], c["rdns"], c["ip"], mx, postfix_id(rng), mbox, rfcdate(t_mx, "CT", True)))
    lines += c["trace"]
    hdrs = list(c["headers"])
    hdrs += spec.get("extra_headers", [])
    lines += hdrs
    body = c["body"]
    if not body.endswith("\n"):
        body += "\n"
    raw = "\n".join(lines) + "\n\n" + body
    return to_crlf(raw), hdrs, spec


def ack_address(spec, hdrs):
    a = spec.get("ack")
    if a is None:
        return None
    if a == "from":
        v = header_value(hdrs, "From")
        return email.utils.parseaddr(v)[1]
    if a == "reply_to":
        v = header_value(hdrs, "Reply-To")
        return email.utils.parseaddr(v)[1]
    return a


def main():
    specs = [resolve(s) for s in SPECS]
    specs.sort(key=send_time)
    for p in OUT.glob("*.eml"):
        p.unlink()
    manifest, index = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, spec in enumerate(specs, 1):
        fn = "%04d.eml" % i
        raw, hdrs, spec2 = assemble(spec)
        (OUT / fn).write_bytes(raw)
        ent = {k: spec["entities"][k] for k in ("name", "postal_code", "account") if k in spec["entities"]}
        rec = collections.OrderedDict([
            ("file", fn), ("mailbox", spec["mailbox"]), ("automated", spec["automated"]),
            ("labels", [l for l in ("marketing_opt_out", "catalog_share_opt_out", "question") if l in spec["labels"]]),
            ("unclear", spec["unclear"]), ("entities", ent), ("note", spec["note"]), ("ack_to", ack_address(spec, hdrs))])
        manifest.append(rec)
        index.append("\t".join([fn, spec["key"], spec["cat"], spec["lang"], spec["program"], send_time(spec).astimezone(dt.timezone(dt.timedelta(hours=-6))).strftime("%Y-%m-%d")]))
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in manifest:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index) + "\n")
    with open(OUT / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text.render(manifest, specs))
    print("wrote %d messages to %s" % (len(manifest), OUT))


if __name__ == "__main__":
    main()
