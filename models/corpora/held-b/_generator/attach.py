"""Attachment payloads: vCards, small images, winmail.dat, PDFs, calendar data."""
import struct
import zlib


def png(w=24, h=24, rgb=(0, 80, 122)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


GIF1 = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def vcard(full, last, first, email, tel=None, org=None, adr=None, title=None, v3=True):
    lines = ["BEGIN:VCARD", "VERSION:3.0" if v3 else "VERSION:2.1",
             "N:%s;%s;;;" % (last, first), "FN:%s" % full]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=CELL:%s" % tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s" % adr)
    lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def tnef(rng, n=900):
    # TNEF signature 0x223E9F78, a legacy key, then opaque attribute data
    head = struct.pack("<IH", 0x223E9F78, rng.randint(1, 0xFFFF))
    body = bytes(rng.randint(0, 255) for _ in range(n))
    return head + b"\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00" + body


def pdf(lines):
    text = "BT /F1 11 Tf 50 740 Td 14 TL " + " ".join("(%s) '" % ln.replace("(", "[").replace(")", "]")
                                                      for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % x for x in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def zipfile_bytes(name, content):
    import io
    import zipfile
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2025, 8, 12, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return bio.getvalue()
