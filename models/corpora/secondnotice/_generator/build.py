#!/usr/bin/env python3
"""Build set 'secondnotice': writes NNNN.eml, manifest.jsonl, index.tsv and README.md.
Standard library only; every byte is deterministic (seeded per message key)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import mimekit as mk          # noqa: E402
import profiles               # noqa: E402
import machines               # noqa: E402
import content                # noqa: E402
import readme                 # noqa: E402

MAILBOX_ADDR = {"customercare": content.CC, "powerhousecatalog": content.PH}
MX = {1: ("mx1.alliant-energy.com", "10.20.1.11"), 2: ("mx2.alliant-energy.com", "10.20.1.12")}


def addr_of(hdr):
    from email.utils import parseaddr
    return parseaddr(str(hdr or ""))[1].lower()


def arrival(spec):
    d = mk.parse_local(spec["date"], spec.get("tz", "CDT"))
    rng = mk.rng_for(spec["key"] + ":arr")
    return mk.plus(d, rng.randint(2, 40))


def our_trace(spec, b, arr):
    rng = mk.rng_for(spec["key"] + ":trace")
    rcpt = MAILBOX_ADDR[spec["mailbox"]]
    mxn = 2 if getattr(b, "internal", False) else rng.choice([1, 1, 2])
    mxh, mxip = MX[mxn]
    a_local, tzname = mk.our_tz(arr)
    a2, _ = mk.our_tz(mk.plus(arr, rng.randint(1, 3)))
    env = b.env_from or ""
    h = [("Return-Path", "<%s>" % env), ("Delivered-To", rcpt)]
    h.append(("Received", "from %s (%s [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (mxh, mxh, mxip, mk.postfix_qid(rng), rcpt, mk.rfc_date(a2, tzname, comment=True))))
    if getattr(b, "internal", False):
        h.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                  % (b.helo, b.rdns, b.ip, mxh, mk.postfix_qid(rng), rcpt, mk.rfc_date(a_local, tzname, comment=True))))
        h.append(("Authentication-Results", "%s; none" % mxh))
        return h
    h.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n"
              "\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (b.helo, b.rdns, b.ip, mxh, mk.postfix_qid(rng), rcpt, mk.rfc_date(a_local, tzname, comment=True))))
    from_dom = None
    for k, v in b.headers:
        if k.lower() == "from":
            from_dom = addr_of(v).split("@")[-1]
            break
    parts = []
    if b.dkim:
        parts.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=\"%s\""
                     % (b.dkim, b.dkim, mk.b64junk(rng, 8)))
    else:
        parts.append("dkim=none")
    if env:
        parts.append("spf=%s smtp.mailfrom=%s" % (b.spf, env))
    else:
        parts.append("spf=%s smtp.helo=%s" % ("pass" if b.spf == "pass" else b.spf, b.helo))
    aligned = b.dkim and from_dom and (from_dom == b.dkim or from_dom.endswith("." + b.dkim))
    spf_aligned = env and from_dom and env.split("@")[-1].endswith(from_dom) and b.spf == "pass"
    if aligned or spf_aligned:
        parts.append("dmarc=pass (p=none dis=none) header.from=%s" % from_dom)
    elif b.spf in ("fail", "softfail"):
        parts.append("dmarc=fail (p=none dis=none) header.from=%s" % from_dom)
    else:
        parts.append("dmarc=none (p=none dis=none) header.from=%s" % from_dom)
    h.append(("Authentication-Results", "%s;\n\t%s" % (mxh, ";\n\t".join(parts))))
    return h


def render(spec):
    d = mk.parse_local(spec["date"], spec.get("tz", "CDT"))
    spec["rcpt"] = MAILBOX_ADDR[spec["mailbox"]]
    if spec["automated"]:
        b = machines.build(spec, d)
    else:
        b = profiles.build(spec, d)
        extra = spec.get("extra_client_headers")
        if extra:
            idx = [i for i, (k, _) in enumerate(b.headers) if k.lower() == "subject"][0] + 1
            b.headers[idx:idx] = extra
    arr = arrival(spec)
    hdrs = our_trace(spec, b, arr) + b.trace + [(k, v) for k, v in b.headers if v is not None]
    msg = mk.headers_to_str(hdrs) + "\n" + b.body
    if not msg.endswith("\n"):
        msg += "\n"
    return mk.finish(msg), b


def manifest_row(spec, fname, b):
    ack = spec["ack_to"]
    if ack == "from":
        ack = spec["from_addr"]
    elif ack == "reply_to":
        ack = addr_of(spec["reply_to"])
    return {"file": fname, "mailbox": spec["mailbox"], "automated": spec["automated"], "labels": spec["labels"],
            "unclear": spec["unclear"], "entities": spec["entities"], "note": spec["note"], "ack_to": ack}


def main():
    specs = list(content.SPECS)
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate spec keys"
    specs.sort(key=lambda s: (arrival(s), s["key"]))
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{4}\.eml", f):
            os.remove(os.path.join(OUT, f))
    rows, index = [], []
    for i, spec in enumerate(specs, 1):
        fname = "%04d.eml" % i
        data, b = render(spec)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append(manifest_row(spec, fname, b))
        a_local, _ = mk.our_tz(arrival(spec))
        index.append((fname, spec["key"], spec["category"], spec.get("lang", "en"), spec.get("program"),
                      a_local.isoformat()))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for r in index:
            fh.write("\t".join(r) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.render(rows, index))
    print("wrote %d messages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
