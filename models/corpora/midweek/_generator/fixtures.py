"""Binary attachments: small but well-formed enough to look real (PNG is valid,
JPEG and PDF have real structure around random 'scan' bytes)."""
import struct
import zlib

from core import rng, randbytes


def png(key, w=120, h=36, rgb=(0, 68, 124)):
    r = rng("png:" + key)
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            edge = (x // 6 + y // 6) % 5 == 0
            c = tuple(min(255, v + (40 if edge else 0) + r.randint(0, 3)) for v in rgb)
            row += bytes(c)
        rows += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def jpeg(key, size=9000, make=b"Apple", model=b"iPhone 14"):
    r = rng("jpg:" + key)
    exif = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x02\x01\x0f\x00\x02\x00\x00\x00\x06\x00\x00\x00&\x01\x10\x00\x02" \
           b"\x00\x00\x00\x0a\x00\x00\x00,\x00\x00\x00\x00" + make + b"\x00" + model.ljust(10, b"\x00")[:10]
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    dqt = b"\xff\xdb\x00\x43\x00" + bytes(r.randint(1, 40) for _ in range(64))
    sof = b"\xff\xc0\x00\x11\x08\x03\xc0\x05\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sos = b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    data = bytes(b if b != 0xff else 0xfe for b in randbytes(r, size))
    return b"\xff\xd8" + app1 + dqt + sof + sos + data + b"\xff\xd9"


def pdf_scan(key, producer=b"HP Scan", pages=1, size=14000):
    r = rng("pdf:" + key)
    objs = []
    img = bytes(b if b != 0xff else 0xfe for b in randbytes(r, size))
    img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\xc8\x00\xc8\x00\x00" + img + b"\xff\xd9"
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 5 0 R >> >> "
                b"/Contents 4 0 R >>")
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /XObject /Subtype /Image /Width 1700 /Height 2200 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(img) + img + b"\nendstream")
    objs.append(b"<< /Producer (" + producer + b") /CreationDate (D:20271014093112-05'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return out


def p7s(key, size=3800):
    """Looks like a DER CMS SignedData blob (random inside)."""
    r = rng("p7s:" + key)
    body = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x82" + struct.pack(">H", size) + randbytes(r, size)
    return b"\x30\x82" + struct.pack(">H", len(body)) + body


def ics(lines):
    return "\r\n".join(lines) + "\r\n"
