"""Envelope/transport headers: Return-Path, Delivered-To, the Received chain
ending at mx1/mx2 -> mbx01, Authentication-Results, and each provider's own
signature/internal headers."""
import datetime as _dt
from mailkit import rs, b64blob, rfc_date, chicago, epoch, utc, HEX, ALNUM

MX_IP = {"mx1": "10.44.8.21", "mx2": "10.44.8.22"}


def qid(rng):
    return "4" + rs(rng, 1, "XYZ") + rs(rng, 4, ALNUM) + rs(rng, 7, ALNUM)


def top_chain(rng, rcpt, when, helo, rdns, ip, mx="mx1", tls=True, spam=None):
    """The two hops our side adds, newest first."""
    t_mx = chicago(when + _dt.timedelta(seconds=rng.randint(2, 40)))
    t_mbx = t_mx + _dt.timedelta(seconds=rng.randint(0, 2))
    lines = []
    lines.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
                 "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
                 "\tfor <%s>; %s" % (mx, mx, MX_IP[mx], qid(rng), rcpt,
                                     rfc_date(t_mbx, pad=True, comment=True)))
    hop = "Received: from %s (%s [%s])\r\n" % (helo, rdns, ip)
    if tls:
        hop += ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
                "\t(No client certificate requested)\r\n")
    hop += ("\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n"
            "\tfor <%s>; %s" % (mx, "ESMTPS" if tls else "ESMTP", qid(rng), rcpt,
                               rfc_date(t_mx, pad=True, comment=True)))
    lines.append(hop)
    return lines, t_mx


def auth_results(rng, mx, dom, selector, ip, mailfrom, hfrom_dom, dkim="pass", spf="pass",
                 dmarc="pass", policy="p=NONE sp=NONE dis=NONE", arc=None):
    parts = ["%s.alliant-energy.com" % mx]
    if dkim:
        if dkim == "none":
            parts.append("dkim=none")
        else:
            parts.append("dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                         "header.s=%s header.b=%s" % (dkim, dom, dom, selector, rs(rng, 8)))
    if arc:
        parts.append("arc=%s" % arc)
    if spf:
        if mailfrom:
            parts.append("spf=%s (%s.alliant-energy.com: domain of %s designates %s as permitted sender) "
                         "smtp.mailfrom=%s" % (spf, mx, mailfrom, ip, mailfrom))
        else:
            parts.append("spf=%s smtp.helo=%s" % (spf, ip))
    if dmarc:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, hfrom_dom))
    return "Authentication-Results: " + ";\r\n\t".join(parts)


def dkim(rng, d, s, when, hlist, indent="        "):
    bh = b64blob(rng, 43) + "="
    b = b64blob(rng, 342) + "=="
    h = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
         "%sd=%s; s=%s; t=%d;\r\n%sh=%s;\r\n%sbh=%s;\r\n%sb=" %
         (indent, d, s, epoch(when), indent, hlist, indent, bh, indent))
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    h += ("\r\n" + indent + " ").join(chunks)
    return h


def msft_blob(rng, n=60):
    return b64blob(rng, n)


def spam_hdrs(rng, score=None):
    score = score if score is not None else rng.choice(["-0.1", "-1.9", "0.0", "-0.8", "1.2"])
    return ["X-Spam-Checker-Version: SpamAssassin 4.0.1 (2024-03-26) on mx1.alliant-energy.com",
            "X-Spam-Level: ",
            "X-Spam-Status: No, score=%s required=5.0 tests=DKIM_SIGNED,DKIM_VALID,\r\n"
            "\tHTML_MESSAGE,SPF_HELO_NONE,SPF_PASS autolearn=ham autolearn_force=no\r\n"
            "\tversion=4.0.1" % score]
