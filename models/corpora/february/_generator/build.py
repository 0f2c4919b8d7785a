#!/usr/bin/env python3
"""Build the 'february' set: every .eml, manifest.jsonl, index.tsv and README.md, byte for byte.

    python3 _generator/build.py

Standard library only; every random choice comes from random.Random seeded with the message's spec id.
"""
import json
import pathlib
import random
import sys

sys.dont_write_bytecode = True          # keep _generator/ free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from mime import CRLF, rfc_date, add, parse_date, tok, HEXU, ALNUM, B64CH  # noqa: E402
import clients  # noqa: E402
import people  # noqa: E402
import machines  # noqa: E402
import readme  # noqa: E402

BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

DMARC_POLICY = {"gmail.com": "p=none dis=none", "yahoo.com": "p=reject dis=none", "aol.com": "p=reject dis=none",
                "outlook.com": "p=none dis=none", "hotmail.com": "p=none dis=none", "live.com": "p=none dis=none",
                "icloud.com": "p=quarantine dis=none", "me.com": "p=quarantine dis=none",
                "mac.com": "p=quarantine dis=none", "comcast.net": "p=none dis=none",
                "proton.me": "p=quarantine dis=none", "fastmail.com": "p=none dis=none"}


def our_chain(spec, r, rng, t_mx, t_mbx):
    box = BOX[spec["box"]]
    mx = spec.get("mx") or rng.choice(["mx1", "mx2"])
    mxh = "%s.alliant-energy.com" % mx
    helo, rdns, ip = r["peer"]
    env = r["env_from"]
    lines = ["Return-Path: <%s>" % env, "Delivered-To: %s" % box]
    lines.append("Received: from %s (%s [10.40.2.%d])%s\tby mbx01.alliant-energy.com (Postfix) with LMTP id %s%s"
                 "\tfor <%s>; %s" % (mxh, mxh, 11 if mx == "mx1" else 12, CRLF, tok(rng, 10, HEXU), CRLF, box,
                                     rfc_date(t_mbx, "-0600", pad=True, comment=True)))
    # Authentication-Results
    from_dom = spec["frm"][1].split("@")[1].lower()
    parts = []
    auth = r.get("auth")
    dk_ok = False
    if auth:
        d, s, res = auth
        parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=%s header.b=%s" % (res, d, d, s, tok(rng, 8, B64CH.replace("+", "").replace("/", ""))))
        dk_ok = res == "pass" and (d == from_dom or from_dom.endswith("." + d))
    else:
        parts.append("dkim=none")
    spf = r.get("spf", "pass")
    if env:
        env_dom = env.split("@")[1].lower()
        if spf == "pass":
            parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mxh, env, ip, env))
        elif spf == "none":
            parts.append("spf=none (%s: %s does not designate permitted sender hosts) smtp.mailfrom=%s"
                         % (mxh, env_dom, env))
        else:
            parts.append("spf=%s (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mxh, env, ip, env))
        spf_al = spf == "pass" and (env_dom == from_dom or env_dom.endswith("." + from_dom))
    else:
        parts.append("spf=pass (%s: %s designates %s as permitted sender) smtp.helo=%s" % (mxh, helo, ip, helo))
        spf_al = False
    dm = r.get("dmarc")
    if dm is None:
        dm = "pass" if (dk_ok or spf_al) else "none"
    pol = r.get("dmarc_policy") or DMARC_POLICY.get(from_dom, "p=none dis=none")
    parts.append("dmarc=%s (%s) header.from=%s" % (dm, pol, from_dom))
    lines.append("Authentication-Results: %s;%s\t" % (mxh, CRLF) + (";" + CRLF + "\t").join(parts))
    if r.get("tls", True):
        tls = ("%s\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)%s\t key-exchange X25519 "
               "server-signature RSA-PSS (2048 bits) server-digest SHA256)%s\t(No client certificate requested)"
               % (CRLF, CRLF, CRLF))
        via = "ESMTPS"
    else:
        tls = ""
        via = "ESMTP"
    lines.append("Received: from %s (%s [%s])%s%s\tby %s (Postfix) with %s id 4%s%s\tfor <%s>; %s"
                 % (helo, rdns, ip, tls, CRLF, mxh, via, tok(rng, 11, ALNUM), CRLF, box,
                    rfc_date(t_mx, "-0600", pad=True, comment=True)))
    return lines


def assemble(spec):
    rng = random.Random("february:" + spec["id"])
    spec["dt"] = parse_date(spec["date"])
    spec["to_addr"] = BOX[spec["box"]]
    if "to_hdr" not in spec:
        orig = spec.get("reply")
        if orig is not None and orig.get("reply_to"):
            spec["to_hdr"] = orig["reply_to"]
        elif orig is not None:
            spec["to_hdr"] = "%s <%s>" % (orig["from_name"], orig["from_addr"])
        else:
            spec["to_hdr"] = BOX[spec["box"]]
    if spec.get("render"):
        r = spec["render"](spec, rng)
    else:
        r = clients.render_person(spec, rng)
    t_mx = add(spec["dt"], spec.get("delay", rng.randint(3, 28)))
    t_mbx = add(t_mx, rng.randint(0, 1))
    spec["arrival"] = t_mbx
    chain = our_chain(spec, r, rng, t_mx, t_mbx)
    top_bytes = r["top"].render()
    top_hdr, payload = top_bytes.split(b"\r\n\r\n", 1)
    hdrs = []
    inserted = False
    for x in r["headers"]:
        if x is None:
            if top_hdr:
                hdrs.append(top_hdr.decode("ascii"))
            inserted = True
        else:
            hdrs.append(x)
    if not inserted and top_hdr:
        hdrs.append(top_hdr.decode("ascii"))
    head = CRLF.join(chain + hdrs).encode("ascii")
    return head + b"\r\n\r\n" + payload


def ack_to(spec):
    a = spec.get("ack")
    if a is None:
        return None
    if a == "from":
        return spec["frm"][1]
    if a == "reply":
        return spec["reply_to"][1]
    raise ValueError(a)


def main():
    specs = people.SPECS + machines.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec id"
    built = []
    for s in specs:
        raw = assemble(s)
        built.append((s["arrival"], s["id"], s, raw))
    built.sort(key=lambda x: (x[0], x[1]))
    for old in OUT.glob("*.eml"):
        old.unlink()
    man = []
    idx = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for n, (arr, sid, s, raw) in enumerate(built, 1):
        fn = "%04d.eml" % n
        (OUT / fn).write_bytes(raw)
        rec = {"file": fn, "mailbox": s["box"], "automated": bool(s.get("automated", False)),
               "labels": s.get("labels", []), "unclear": bool(s.get("unclear", False)),
               "entities": s.get("entities", {}), "note": s["note"], "ack_to": ack_to(s)}
        man.append(rec)
        idx.append("\t".join([fn, sid, s["cat"], s.get("lang", "en"), s["prog"],
                              arr.strftime("%Y-%m-%dT%H:%M:%S%z")]))
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in man:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    with open(OUT / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.make(man, [b[2] for b in built]))
    print("wrote %d messages" % len(built))


if __name__ == "__main__":
    main()
