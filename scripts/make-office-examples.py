#!/usr/bin/env python3
"""Writes the Word versions of the example plans (`--markups`: only the bold-line and HTML Markdown and unstyled Word variants) (Examples/*.md → Examples/office/*.docx) with real
heading styles, Word automatic numbering for I./1./a) labels and Word tables; then, when LibreOffice
is installed, .odt and .pdf versions of each. Also writes the legacy-encoding fixtures: a .docx whose
runs use the TCVN3 fonts .VnTime/.VnTimeH, and a VNI plain-text file. Run it on purpose; the outputs
are committed and the tests compare their statuses with the Markdown originals."""
import os, re, subprocess, sys, zipfile
from xml.sax.saxutils import escape

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
examples = os.path.join(root, "Examples")
out_dir = os.path.join(examples, "office")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
TCVN3_CODES = [0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6, 0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB,
               0xAE, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1, 0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE,
               0xDF, 0xE3, 0xE1, 0xE2, 0xE4, 0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9, 0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE,
               0xEF, 0xF3, 0xF1, 0xF2, 0xF4, 0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE,
               0xA1, 0xA2, 0xA7, 0xA3, 0xA4, 0xA5, 0xA6]
TCVN3 = {l: chr(c) for l, c in zip(TCVN3_LETTERS, TCVN3_CODES)}


def tcvn3(text):
    """(font, text) runs: .VnTimeH for lines in capitals (TCVN3 has no capital toned letters), .VnTime otherwise."""
    if text.upper() == text and any(ch.isalpha() for ch in text):
        return ".VnTimeH", "".join(TCVN3.get(ch, ch) for ch in text.lower())
    return ".VnTime", "".join(TCVN3.get(ch, ch) for ch in text)


def run(text, bold=False, legacy=False):
    font = ""
    if legacy:
        name, text = tcvn3(text)
        font = f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}"/>'
    props = f"<w:rPr>{font}{'<w:b/>' if bold else ''}</w:rPr>" if font or bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, style=None, num=None, bold=False, legacy=False):
    ppr = ""
    if style or num is not None:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num is not None:
            ppr += f'<w:numPr><w:ilvl w:val="{num}"/><w:numId w:val="1"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run(text, bold, legacy) if text else ''}</w:p>"


def table(rows, legacy=False):
    width = 9000 // len(rows[0])
    xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>']
    xml += [f'<w:gridCol w:w="{width}"/>' for _ in rows[0]] + ["</w:tblGrid>"]
    for row in rows:
        xml.append("<w:tr>")
        for cell in row:
            bold = cell.startswith("**") and cell.endswith("**")
            xml.append(f"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{paragraph(cell.strip('*'), bold=bold, legacy=legacy)}</w:tc>")
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


LABEL = [(re.compile(r"^(?:#+\s*)?([IVXLC]+)\.\s+(.*)$"), 0), (re.compile(r"^(?:#+\s*)?(\d+)\.\s+(.*)$"), 1),
         (re.compile(r"^([a-zđ])\)\s+(.*)$"), 2)]


def body_from_markdown(text, legacy=False, unstyled=False, numbered=False):
    """Word paragraphs from Markdown: with heading styles and Word numbering, or `unstyled` as
    officials often type them: Normal paragraphs, headings in bold, the label typed in the text
    or (`numbered`) given by Word's automatic numbering on a Normal paragraph."""
    parts, rows = [], []
    for line in text.split("\n") + [""]:
        stripped = line.strip()
        if stripped.startswith("|"):
            if not re.fullmatch(r"\|[\s:|-]+\|", stripped):
                rows.append([c.strip() for c in stripped.strip("|").split("|")])
            continue
        if rows:
            parts.append(table(rows, legacy))
            rows = []
        if not stripped:
            continue
        heading = len(stripped) - len(stripped.lstrip("#"))
        content = stripped.lstrip("#").strip()
        bold = content.startswith("**") and content.endswith("**")
        content = content.replace("**", "").strip("*").strip()
        style, num = (f"Heading{min(heading, 3)}" if heading else None), None
        if unstyled:
            num = None
            for pattern, level in LABEL if numbered else []:
                match = pattern.match(content)
                if match and not content.startswith("Phần"):
                    content, num = match.group(2), level
                    break
            parts.append(paragraph(content, None, num, bold or bool(heading), legacy))
            continue
        for pattern, level in LABEL:
            match = pattern.match(content)
            if match and not content.startswith("Phần"):
                # Word numbering renders the label; the text holds only what follows it.
                content, num = match.group(2), level
                break
        if content.startswith("- "):
            content = "- " + content[2:]
        parts.append(paragraph(content, style, num, bold, legacy))
    return "".join(parts)


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
""" + "".join(f"""<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="{n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
""" for n in (1, 2, 3)) + """<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"""


def write_docx(path, body):
    document = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps keep the files identical from run to run.
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document),
                           ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def vni(text):
    """Unicode → VNI-Windows bytes (base letter + mark characters), for the VNI fixture."""
    import unicodedata
    marks = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
    circ = {None: 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
    breve = {None: 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
    i_forms = {"\u0301": 0xED, "\u0300": 0xEC, "\u0309": 0xE6, "\u0303": 0xF3, "\u0323": 0xF2}
    out = bytearray()
    for ch in text:
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        d = unicodedata.normalize("NFD", ch)
        base, rest = d[0], d[1:]
        if not rest:
            out += ch.encode("cp1252", errors="replace")
            continue
        upper = base.isupper()
        shift = 0x20 if upper else 0
        tone = next((m for m in rest if m in marks), None)
        quality = next((m for m in rest if m in "\u0302\u0306\u031b"), None)
        if base.lower() == "i" and tone:
            out += bytes([i_forms[tone] - shift])
            continue
        if base.lower() == "y" and tone == "\u0323":
            out += bytes([0xEE - shift])
            continue
        if quality == "\u031b":
            out += bytes([(0xF4 if base.lower() == "o" else 0xF6) - shift])
            if tone:
                out += bytes([marks[tone] - shift])
            continue
        out += base.encode("ascii")
        if quality == "\u0302":
            out += bytes([circ[tone] - shift])
        elif quality == "\u0306":
            out += bytes([breve[tone] - shift])
        elif tone:
            out += bytes([marks[tone] - shift])
    return bytes(out)


def html_markup(text):
    """Markdown as a web portal's editor pastes it: HTML headings, paragraphs, lists and tables,
    bold and italics as tags, "&" as "&amp;", empty paragraphs as "<p>&nbsp;</p>", and list items
    without their typed "- " (the marker is the <li>)."""
    def inline(s):
        s = escape(s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        return re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    out, in_list, in_table = [], False, False
    for line in text.split("\n"):
        stripped = line.strip()
        bullet = re.match(r"^[-+*] (.*)", stripped)
        if in_list and not bullet and stripped:
            out.append("</ul>")
            in_list = False
        if in_table and not stripped.startswith("|"):
            out.append("</tbody></table>")
            in_table = False
        if not stripped:
            out.append("")
        elif stripped.startswith("<!--"):
            out.append(stripped)
        elif bullet:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{inline(bullet.group(1))}</li>")
        elif stripped.startswith("|"):
            if re.fullmatch(r"[|:\- ]+", stripped):
                continue
            if not in_table:
                out.append('<table border="1"><tbody>')
                in_table = True
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            out.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in cells) + "</tr>")
        elif (heading := re.match(r"^(#+) (.*)", stripped)):
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
            out.append("<p>&nbsp;</p>")
        else:
            out.append(f"<p>{inline(stripped)}</p>")
    if in_list:
        out.append("</ul>")
    if in_table:
        out.append("</tbody></table>")
    return "\n".join(out)


def markups():
    """The same plans in more markups: headings as bold lines (Markdown exported from Word), HTML
    pasted from a web portal, and Word files without heading styles, labels typed or from automatic
    numbering or the whole plan inside a layout table. The tests check every markup gets the
    original's statuses."""
    for name in ("ke-hoach-tinh-son-la", "ke-hoach-bo-y-te", "ke-hoach-cds-tinh-2025", "chien-luoc-du-lieu-tinh-lao-cai"):
        text = open(os.path.join(examples, name + ".md"), encoding="utf-8").read()
        bold = "\n".join(re.sub(r"^#+\s*(.*?)\s*$", r"**\1**", line) if line.startswith("#") else line
                         for line in text.split("\n"))
        with open(os.path.join(out_dir, name + "-bold.md"), "w", encoding="utf-8") as f:
            f.write(bold)
        with open(os.path.join(out_dir, name + "-html.md"), "w", encoding="utf-8") as f:
            f.write(html_markup(text))
        write_docx(os.path.join(out_dir, name + "-unstyled.docx"), body_from_markdown(text, unstyled=True))
        write_docx(os.path.join(out_dir, name + "-numbered.docx"), body_from_markdown(text, unstyled=True, numbered=True))
        # An agency template's layout: the whole plan in the one cell of a borderless table, its
        # tables nested in that cell.
        write_docx(os.path.join(out_dir, name + "-layout.docx"),
                   f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc>"
                   f"{body_from_markdown(text, unstyled=True)}<w:p/></w:tc></w:tr></w:tbl>")
        if subprocess.run(["which", "soffice"], capture_output=True).returncode == 0:
            # The unstyled Word file as a PDF: typed labels and bold headings through pdftotext.
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out_dir,
                            os.path.join(out_dir, name + "-unstyled.docx")], check=True, capture_output=True)


def main():
    if sys.argv[1:] == ["--markups"]:
        markups()
        return
    os.makedirs(out_dir, exist_ok=True)
    markups()
    made = []
    for name in sorted(os.listdir(examples)):
        if not name.endswith(".md"):
            continue
        text = open(os.path.join(examples, name), encoding="utf-8").read()
        target = os.path.join(out_dir, name[:-3] + ".docx")
        write_docx(target, body_from_markdown(text))
        made.append(target)
    son_la = open(os.path.join(examples, "ke-hoach-tinh-son-la.md"), encoding="utf-8").read()
    write_docx(os.path.join(out_dir, "ke-hoach-tinh-son-la-tcvn3.docx"), body_from_markdown(son_la, legacy=True))
    gaps = open(os.path.join(examples, "ke-hoach-tinh-thieu.txt"), encoding="utf-8").read()
    with open(os.path.join(out_dir, "ke-hoach-tinh-thieu-vni.txt"), "wb") as f:
        f.write(vni(gaps))

    if subprocess.run(["which", "soffice"], capture_output=True).returncode == 0:
        for target in made:
            for fmt in ("odt", "pdf"):
                subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, target],
                               check=True, capture_output=True)
    else:
        print("LibreOffice (soffice) not found: .odt and .pdf versions not written", file=sys.stderr)
    print("\n".join(sorted(os.listdir(out_dir))))


if __name__ == "__main__":
    main()
