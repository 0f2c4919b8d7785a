"""Small binary attachments made with the standard library (a PDF letter, a PNG photo, a vCard)."""
import struct
import zlib


def pdf(lines, title="Letter"):
    """A minimal, valid one-page PDF showing the given text lines."""
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 72 740 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) >>" % esc(title),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def png(width=48, height=32, seed=7):
    """A small grey-scale PNG (two mailing labels, roughly)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            label = (4 <= x <= 43) and ((3 <= y <= 13) or (18 <= y <= 28))
            text = label and (x + y * seed) % 5 == 0 and (y % 10) in (6, 7, 8, 1, 2, 3)
            row.append(40 if text else (235 if label else 150))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def vcard(full, last, first, email, city, region, zipc, tel=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (last, first), "FN:%s" % full,
             "EMAIL;TYPE=INTERNET:%s" % email, "ADR;TYPE=HOME:;;;%s;%s;%s;USA" % (city, region, zipc)]
    if tel:
        lines.append("TEL;TYPE=HOME:%s" % tel)
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
