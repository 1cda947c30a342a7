#!/usr/bin/env python3
"""Writes Tests/Fixtures/hostile/: broken and hostile files that every reader must refuse quickly
with one clear line (zip bombs, billion laughs, deep nesting, truncation, wrong types, scans).
Run it on purpose; the files are committed and Tests/ApplicationTests/HostileCorpusTests.swift
checks each one."""
import io, os, zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "Tests", "Fixtures", "hostile")
os.makedirs(out, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(name, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(out, name), "w", compression) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data)


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'


good = document('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>')

# A zip bomb: 300 MB of zeros as document.xml, about 300 KB compressed.
with zipfile.ZipFile(os.path.join(out, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    info = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as f:
        chunk = b"0" * (1 << 20)
        for _ in range(300):
            f.write(chunk)

# Billion laughs in document.xml: refused before any parsing.
laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + \
    f']><w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
docx("billion-laughs.docx", {"word/document.xml": laughs})

# The same attack in UTF-16 (with a byte-order mark): a guard that looks only for the UTF-8 bytes
# of "<!DOCTYPE" misses it.
docx("billion-laughs-utf16.docx", {"word/document.xml": b"\xff\xfe" + laughs.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16-le")})

# An encoding libxml2 hands to iconv, with bytes invalid in it (SHIFT_JIS: once a crash in libxml2),
# and the billion laughs in UTF-7, where "<!" is written "+ADwAIQ-" and a byte guard sees nothing.
docx("shift-jis.docx", {"word/document.xml": f'<?xml version="1.0" encoding="SHIFT_JIS"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
                        + b"S\xe1\xbb\x9f" + b"</w:t></w:r></w:p></w:body></w:document>"})
docx("billion-laughs-utf7.docx", {"word/document.xml": laughs.replace('version="1.0"', 'version="1.0" encoding="UTF-7"')
                                  .replace("<!", "+ADwAIQ-").encode()})

# Elements nested 100,000 deep.
docx("deep-nesting.docx", {"word/document.xml": document("<w:p>" * 100000 + "</w:p>" * 100000)}, zipfile.ZIP_STORED)

# Malformed XML.
docx("malformed-xml.docx", {"word/document.xml": document("<w:p><w:r><w:t>KẾ HOẠCH</w:r></w:p>")})

# A package without word/document.xml, and path-traversal entry names.
docx("no-document.docx", {"word/styles.xml": "<w:styles/>", "../../etc/evil.xml": "x", "/abs/evil.xml": "x"})

# Too many entries.
with zipfile.ZipFile(os.path.join(out, "many-entries.docx"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("word/document.xml", good)
    for i in range(6000):
        z.writestr(f"e/{i}", "")

# A good document cut in half.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", good + "<!--" + "x" * 4000 + "-->")
data = buffer.getvalue()
open(os.path.join(out, "truncated.docx"), "wb").write(data[: len(data) // 2])

# Not a zip at all, empty, and an old binary Word file under both names.
open(os.path.join(out, "random-bytes.docx"), "wb").write(bytes((i * 73 + 41) % 256 for i in range(4096)))
open(os.path.join(out, "empty.docx"), "wb").write(b"")
ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
open(os.path.join(out, "old-word.doc"), "wb").write(ole)
open(os.path.join(out, "old-word-renamed.docx"), "wb").write(ole)

# ODT with a billion-laughs content.xml.
with zipfile.ZipFile(os.path.join(out, "billion-laughs.odt"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", laughs.replace("w:document", "office:document-content"))

# A PDF with no text layer (what a scan gives), a truncated PDF, and a non-PDF named .pdf.
pdf = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
4 0 obj << /Length 44 >> stream
0 0 1 rg 100 100 200 200 re f 0 0 0 rg
endstream endobj
"""
xref_at = len(pdf)
offsets = [pdf.index(f"{n} 0 obj".encode()) for n in range(1, 5)]
pdf += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
pdf += f"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
open(os.path.join(out, "scan-no-text.pdf"), "wb").write(pdf)
open(os.path.join(out, "truncated.pdf"), "wb").write(pdf[:120])
open(os.path.join(out, "not-a-pdf.pdf"), "wb").write(b"KE HOACH\n")

# Plain text: binary content, and bytes that are no Vietnamese encoding.
open(os.path.join(out, "binary.txt"), "wb").write(b"KE HOACH\x00\x01\x02" * 10)
open(os.path.join(out, "garbage-bytes.txt"), "wb").write(bytes([0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)
# An empty plan, and a UTF-8 plan with three damaged bytes (never to be guessed as VISCII).
open(os.path.join(out, "empty.txt"), "wb").write(b"")
plan = "KẾ HOẠCH\nPhát triển dữ liệu số của tỉnh năm 2026\n".encode() * 20
damaged = bytearray(plan)
for near in (30, 300, 700):  # on ASCII letters, so the bad sequence starts exactly there
    at = next(i for i in range(near, len(damaged)) if damaged[i] < 0x80 and chr(damaged[i]).isalpha())
    damaged[at] = 0xFF
open(os.path.join(out, "damaged-utf8.txt"), "wb").write(bytes(damaged))
print("\n".join(sorted(os.listdir(out))))
