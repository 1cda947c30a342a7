#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write five Vietnamese data plans as Word .docx files, formatted the way
officials really type them in Word: no heading styles, every paragraph in
the Normal style, headings made only with direct formatting (bold runs,
typed labels "I.", "1.", "a)", capitals, sometimes centred), headers as
borderless two-column tables or tab-aligned lines, task tables as real
<w:tbl> with header text split over two paragraphs inside a cell.

Standard library only (zipfile + hand-written WordprocessingML).
It also writes NAME.annotation.json next to each NAME.docx and checks that
every quoted piece of evidence in the annotations (text inside curly
quotes) occurs in the text a reader sees in Word.

Markup used for the plan texts below (one line = one paragraph):
  {c} centre  {r} right  {l} left, no indent  {n} justified, no indent
  {b} whole paragraph bold  {i} whole paragraph italic  {sz=N} half-points
  {tab} tab-aligned header line (centre tabs at 1800 and 6300 twips)
  **x** toggles bold, __x__ toggles italic, <br> soft line break, <tab> tab
  [pagebreak]                       page break
  [table widths=a,b,c grid|none hdr sz=24] ... [/table]
      one row per line, cells separated by " || ", paragraphs inside a
      cell by " ^^ "; a cell starting with {span=N} spans N grid columns.
"""
import json
import os
import re
import sys
import zipfile
import subprocess
import shutil
from xml.dom import minidom
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
</w:tblBorders>
<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style>
</w:styles>""" % W_NS

FLAG_RE = re.compile(r"^\{(c|r|l|n|b|i|tab|sz=\d+|span=\d+)\}")


def split_flags(line):
    flags = {}
    while True:
        m = FLAG_RE.match(line)
        if not m:
            return flags, line
        f = m.group(1)
        if "=" in f:
            k, v = f.split("=")
            flags[k] = int(v)
        else:
            flags[f] = True
        line = line[m.end():]


def runs_xml(text, bold, italic, size):
    """Inline markup -> runs; consecutive pieces with the same format share a run."""
    pieces = []  # (kind, value, b, i)
    b, i = bold, italic
    for tok in re.split(r"(\*\*|__|<br>|<tab>)", text):
        if tok == "**":
            b = not b
        elif tok == "__":
            i = not i
        elif tok == "<br>":
            pieces.append(("br", None, b, i))
        elif tok == "<tab>":
            pieces.append(("tab", None, b, i))
        elif tok:
            pieces.append(("t", tok, b, i))
    out = []
    cur = None
    for kind, val, pb, pi in pieces:
        if cur is None or cur[0] != (pb, pi):
            cur = [(pb, pi), []]
            out.append(cur)
        cur[1].append((kind, val))
    xml = []
    for (pb, pi), items in out:
        rpr = ""
        if pb:
            rpr += "<w:b/><w:bCs/>"
        if pi:
            rpr += "<w:i/><w:iCs/>"
        if size:
            rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        body = []
        for kind, val in items:
            if kind == "t":
                body.append('<w:t xml:space="preserve">%s</w:t>' % escape(val))
            elif kind == "br":
                body.append("<w:br/>")
            else:
                body.append("<w:tab/>")
        xml.append("<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", "".join(body)))
    return "".join(xml)


def para_xml(line, in_cell=False, cell_size=None):
    flags, text = split_flags(line.strip())
    ppr = []
    if flags.get("tab"):
        ppr.append('<w:tabs><w:tab w:val="center" w:pos="1800"/><w:tab w:val="center" w:pos="6300"/></w:tabs>')
    if in_cell:
        ppr.append('<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>')
    elif flags.get("tab"):
        ppr.append('<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
    indent = not (in_cell or flags.get("c") or flags.get("r") or flags.get("l")
                  or flags.get("n") or flags.get("tab"))
    if indent:
        ppr.append('<w:ind w:firstLine="567"/>')
    if flags.get("c"):
        ppr.append('<w:jc w:val="center"/>')
    elif flags.get("r"):
        ppr.append('<w:jc w:val="right"/>')
    elif flags.get("l") or flags.get("tab") or in_cell:
        pass
    else:
        ppr.append('<w:jc w:val="both"/>')
    size = flags.get("sz") or cell_size
    p = "<w:p>"
    if ppr:
        p += "<w:pPr>%s</w:pPr>" % "".join(ppr)
    if text:
        p += runs_xml(text, bool(flags.get("b")), bool(flags.get("i")), size)
    return p + "</w:p>", flags.get("span")


def table_xml(opts, rows):
    m = re.search(r"widths=([\d,]+)", opts)
    widths = [int(x) for x in m.group(1).split(",")]
    grid = "grid" in opts.split()
    hdr = "hdr" in opts.split()
    ms = re.search(r"sz=(\d+)", opts)
    size = int(ms.group(1)) if ms else None
    total = sum(widths)
    tblpr = ""
    if grid:
        tblpr += '<w:tblStyle w:val="TableGrid"/>'
    tblpr += '<w:tblW w:w="%d" w:type="dxa"/>' % total
    if grid:
        tblpr += '<w:tblLayout w:type="fixed"/>'
        tblpr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    else:
        tblpr += ("<w:tblBorders>" + "".join(
            '<w:%s w:val="none" w:sz="0" w:space="0" w:color="auto"/>' % s
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
        tblpr += '<w:tblLayout w:type="fixed"/>'
        tblpr += '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
    out = ["<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>" % (
        tblpr, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for ri, row in enumerate(rows):
        cells = row.split(" || ")
        tr = "<w:tr>"
        if hdr and ri == 0:
            tr += "<w:trPr><w:tblHeader/></w:trPr>"
        col = 0
        for cell in cells:
            paras = cell.split(" ^^ ")
            pxml = []
            span = None
            for k, ptxt in enumerate(paras):
                x, sp = para_xml(ptxt, in_cell=True, cell_size=size)
                if k == 0 and sp:
                    span = sp
                pxml.append(x)
            n = span or 1
            w = sum(widths[col:col + n])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            if grid:
                tcpr += '<w:vAlign w:val="center"/>'
            tr += "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, "".join(pxml))
            col += n
        if col != len(widths):
            raise ValueError("row has %d columns, grid has %d: %s" % (col, len(widths), row[:60]))
        out.append(tr + "</w:tr>")
    out.append("</w:tbl>")
    # Word wants a paragraph between two adjacent tables / after a table
    return "".join(out)


def build_document(markup):
    body = []
    lines = markup.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("[table"):
            opts = line[len("[table"):].rstrip("]")
            rows = []
            i += 1
            while not lines[i].startswith("[/table]"):
                if lines[i].strip():
                    rows.append(lines[i].strip())
                i += 1
            body.append(table_xml(opts, rows))
            body.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
            i += 1
            continue
        if line.strip() == "[pagebreak]":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            i += 1
            continue
        body.append(para_xml(line)[0])
        i += 1
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
            'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
            % (W_NS, R_NS, "".join(body), sect))


def write_docx(path, markup):
    doc = build_document(markup)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)


def visible_text(path):
    """The text as a reader sees it: paragraphs on lines, tabs, soft breaks;
    table cells separated by tabs, rows by newlines."""
    with zipfile.ZipFile(path) as z:
        dom = minidom.parseString(z.read("word/document.xml"))
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            tag = ch.tagName
            if tag == "w:p":
                out.append(para_text(ch))
                out.append("\n")
            elif tag == "w:tbl":
                for tr in ch.getElementsByTagName("w:tr"):
                    cells = []
                    for tc in [c for c in tr.childNodes if c.nodeType == c.ELEMENT_NODE and c.tagName == "w:tc"]:
                        cells.append("\n".join(para_text(p) for p in tc.getElementsByTagName("w:p")))
                    out.append("\t".join(cells) + "\n")
            else:
                walk(ch)

    def para_text(p):
        s = []
        for el in p.getElementsByTagName("*"):
            if el.tagName == "w:t":
                s.append("".join(t.data for t in el.childNodes if t.nodeType == t.TEXT_NODE))
            elif el.tagName == "w:tab" and el.parentNode.tagName == "w:r":
                s.append("\t")
            elif el.tagName == "w:br":
                s.append("\n")
        return "".join(s)

    walk(dom.documentElement)
    return "".join(out)


# ---------------------------------------------------------------------------
# C1. UBND tỉnh Nghệ An: standalone plan, bold typed headings, annex table
# ---------------------------------------------------------------------------
C1 = r"""
[table widths=3402,5669 none]
{c}{b}{sz=26}ỦY BAN NHÂN DÂN ^^ {c}{b}{sz=26}TỈNH NGHỆ AN || {c}{b}{sz=24}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ^^ {c}{b}Độc lập - Tự do - Hạnh phúc
{c}Số: 745/KH-UBND || {c}{i}Nghệ An, ngày 18 tháng 8 năm 2026
[/table]
{c}{b}KẾ HOẠCH
{c}{b}Triển khai Chiến lược dữ liệu quốc gia và phát triển dữ liệu số
{c}{b}trên địa bàn tỉnh Nghệ An giai đoạn 2026 - 2030
{i}Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;
{i}Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước;
{i}Căn cứ Quyết định số 142/QĐ-TTg ngày 02 tháng 02 năm 2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030;
{i}Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
{i}Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 1287/TTr-SKHCN ngày 05 tháng 8 năm 2026,
Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai Chiến lược dữ liệu quốc gia và phát triển dữ liệu số trên địa bàn tỉnh giai đoạn 2026 - 2030, cụ thể như sau:
{b}I. MỤC ĐÍCH, YÊU CẦU
{b}1. Mục đích
- Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Chiến lược dữ liệu quốc gia đến năm 2030 phù hợp với điều kiện thực tế của tỉnh Nghệ An sau khi tổ chức chính quyền địa phương hai cấp; xác định rõ nhiệm vụ, lộ trình và trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường trong phát triển, quản lý, khai thác dữ liệu số.
- Hình thành hệ thống dữ liệu số của tỉnh đồng bộ, thống nhất, kết nối thông suốt với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu của các bộ, ngành; từng bước đưa dữ liệu trở thành tài nguyên, động lực phát triển kinh tế - xã hội của tỉnh.
- Nâng cao hiệu quả chỉ đạo, điều hành của các cấp chính quyền dựa trên dữ liệu; phục vụ người dân, doanh nghiệp ngày càng tốt hơn.
{b}2. Yêu cầu
- Các cơ quan, đơn vị xác định phát triển dữ liệu là nhiệm vụ trọng tâm, thường xuyên; người đứng đầu trực tiếp chỉ đạo và chịu trách nhiệm về kết quả thực hiện tại cơ quan, đơn vị mình.
- Dữ liệu được thu thập, cập nhật bảo đảm "đúng, đủ, sạch, sống", thống nhất, dùng chung; không thu thập trùng lặp dữ liệu đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành.
- Việc triển khai phải gắn với Đề án 06 của Chính phủ, Chương trình chuyển đổi số của tỉnh và bảo đảm an toàn thông tin trong suốt quá trình thu thập, lưu trữ, chia sẻ, khai thác dữ liệu.
{b}II. MỤC TIÊU
{b}1. Mục tiêu chung
Phát triển dữ liệu số của tỉnh Nghệ An theo hướng tập trung, thống nhất, có khả năng kết nối, chia sẻ, khai thác hiệu quả; xây dựng Kho dữ liệu dùng chung của tỉnh làm nền tảng cho chính quyền số, kinh tế số và xã hội số; đến năm 2030 dữ liệu số của tỉnh được khai thác phục vụ chỉ đạo, điều hành và cung cấp dịch vụ công trực tuyến toàn trình.
{b}2. Mục tiêu cụ thể đến năm 2030
a) 100% sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các xã, phường mở và cung cấp dữ liệu mở bảo đảm chất lượng theo danh mục được phê duyệt, phục vụ phát triển kinh tế số, xã hội số.
b) 90% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử tại Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.
c) 100% nhu cầu kết nối, tích hợp, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh và với các bộ, ngành Trung ương được thực hiện qua Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Nghệ An (LGSP), kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).
d) Trung tâm dữ liệu tỉnh và Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh được kết nối với Trung tâm dữ liệu quốc gia theo hướng dẫn của Bộ Công an.
đ) Nền tảng điện toán đám mây phục vụ chính quyền số của tỉnh đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu của các cơ quan nhà nước trên địa bàn.
e) 100% cơ sở dữ liệu chuyên ngành do các sở, ngành quản lý được chuẩn hóa, cập nhật đầy đủ và kết nối với Kho dữ liệu dùng chung của tỉnh.
{b}III. NHIỆM VỤ, GIẢI PHÁP
{b}1. Hoàn thiện thể chế, quy định về dữ liệu
- Xây dựng, ban hành Quy định quản lý, kết nối và chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh Nghệ An thay thế quy chế ban hành năm 2021, phù hợp với Luật Dữ liệu và các nghị định hướng dẫn.
- Ban hành Danh mục dữ liệu dùng chung của tỉnh; quy định trách nhiệm cập nhật, khai thác dữ liệu dùng chung của từng cơ quan, đơn vị.
- Ban hành Quy chế vận hành, khai thác Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP).
{b}2. Phát triển hạ tầng dữ liệu
- Nâng cấp Trung tâm dữ liệu tỉnh, bổ sung năng lực lưu trữ, máy chủ; thiết lập hệ thống sao lưu, dự phòng dữ liệu tại điểm thứ hai, bảo đảm hoạt động liên tục.
- Mở rộng nền tảng điện toán đám mây của tỉnh; rà soát, đánh giá khả năng tái sử dụng máy chủ, thiết bị lưu trữ hiện có của các sở, ngành trước khi đầu tư mới.
- Kết nối Trung tâm dữ liệu tỉnh, IOC tỉnh với Trung tâm dữ liệu quốc gia.
{b}3. Phát triển dữ liệu
- Xây dựng Kho dữ liệu dùng chung của tỉnh; tích hợp dữ liệu từ các cơ sở dữ liệu chuyên ngành đất đai, hộ tịch, y tế, giáo dục, đối tượng bảo trợ xã hội.
- Số hóa, làm sạch dữ liệu hộ tịch, dữ liệu đất đai bảo đảm "đúng, đủ, sạch, sống"; chuẩn hóa dữ liệu theo danh mục, mã định danh dùng chung.
- Xây dựng cơ sở dữ liệu chuyên ngành nông nghiệp (vùng trồng cam Vinh, chè, chăn nuôi bò sữa) và cơ sở dữ liệu du lịch (điểm đến Nam Đàn, Cửa Lò, Con Cuông).
{b}4. Kết nối, chia sẻ dữ liệu
- Kết nối, chia sẻ dữ liệu giữa Kho dữ liệu dùng chung của tỉnh với Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về đất đai, Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp qua LGSP và NDXP.
- Tiếp tục triển khai các tiện ích của Đề án 06 trên địa bàn tỉnh; làm giàu dữ liệu dân cư từ dữ liệu chuyên ngành.
{b}5. Bảo đảm an toàn thông tin
- Phê duyệt hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ đối với Trung tâm dữ liệu tỉnh, LGSP, Kho dữ liệu dùng chung.
- Giám sát an toàn thông tin tập trung (SOC) đối với các hệ thống thông tin của tỉnh; tổ chức diễn tập ứng cứu sự cố hằng năm.
{b}6. Khai thác, sử dụng dữ liệu
- Xây dựng các bảng điều hành (dashboard) trên IOC tỉnh phục vụ chỉ đạo, điều hành của Tỉnh ủy, Ủy ban nhân dân tỉnh; phân tích dữ liệu về tình hình kinh tế - xã hội, thu ngân sách, giải ngân vốn đầu tư công.
- Thí điểm ứng dụng trí tuệ nhân tạo trong tổng hợp, phân tích dữ liệu phản ánh, kiến nghị của người dân trên Hệ thống 1022 Nghệ An.
{b}7. Dữ liệu mở
- Xây dựng, ban hành Danh mục dữ liệu mở của tỉnh; công bố dữ liệu mở trên Cổng dữ liệu mở tỉnh Nghệ An và Cổng dữ liệu quốc gia (data.gov.vn).
{b}8. Phát triển nguồn nhân lực, nâng cao nhận thức
- Đào tạo, bồi dưỡng kỹ năng quản trị, phân tích dữ liệu cho đội ngũ cán bộ chuyên trách công nghệ thông tin, cán bộ đầu mối dữ liệu của các sở, ngành, xã, phường.
- Tuyên truyền nâng cao nhận thức về giá trị của dữ liệu, trách nhiệm cung cấp, cập nhật dữ liệu của cơ quan, tổ chức, cá nhân.
{i}(Nhiệm vụ cụ thể, cơ quan chủ trì, thời gian hoàn thành và sản phẩm dự kiến chi tiết tại Phụ lục kèm theo Kế hoạch này)
{b}IV. KINH PHÍ THỰC HIỆN
- Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình, đề án, dự án chuyển đổi số của tỉnh và nguồn vốn hợp pháp khác.
- Các cơ quan, đơn vị căn cứ nhiệm vụ được giao lập dự toán kinh phí, tổng hợp chung vào dự toán ngân sách hằng năm gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền bố trí.
{b}V. TỔ CHỨC THỰC HIỆN
{b}1. Sở Khoa học và Công nghệ
- Là cơ quan thường trực, chủ trì tham mưu, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.
- Chủ trì xây dựng Kho dữ liệu dùng chung, vận hành LGSP, Cổng dữ liệu mở của tỉnh.
- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Khoa học và Công nghệ định kỳ hằng năm (trước ngày 10 tháng 12) hoặc đột xuất khi có yêu cầu.
{b}2. Công an tỉnh
Chủ trì kết nối, làm giàu Cơ sở dữ liệu quốc gia về dân cư; phối hợp kết nối Trung tâm dữ liệu tỉnh với Trung tâm dữ liệu quốc gia; hướng dẫn, kiểm tra công tác bảo đảm an ninh mạng đối với các hệ thống thông tin quan trọng của tỉnh.
{b}3. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch; chủ trì cung cấp dữ liệu về đăng ký doanh nghiệp, đầu tư công.
{b}4. Các sở, ban, ngành cấp tỉnh
Căn cứ chức năng, nhiệm vụ, chủ động triển khai các nhiệm vụ được giao tại Phụ lục; xây dựng, cập nhật cơ sở dữ liệu chuyên ngành; cử cán bộ đầu mối về dữ liệu; báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 30 tháng 11 hằng năm.
{b}5. Ủy ban nhân dân các xã, phường
Tổ chức cập nhật, số hóa dữ liệu phát sinh tại địa phương; khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính; bố trí nhân lực thực hiện.
Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.
[table widths=4300,4771 none]
{l}{b}{i}{sz=24}Nơi nhận: ^^ {l}{sz=22}- Bộ Khoa học và Công nghệ (để b/c); ^^ {l}{sz=22}- Bộ Công an (Cục C06); ^^ {l}{sz=22}- Thường trực Tỉnh ủy; ^^ {l}{sz=22}- Thường trực HĐND tỉnh; ^^ {l}{sz=22}- Chủ tịch, các PCT UBND tỉnh; ^^ {l}{sz=22}- Các sở, ban, ngành cấp tỉnh; ^^ {l}{sz=22}- UBND các xã, phường; ^^ {l}{sz=22}- Lưu: VT, KGVX. || {c}{b}TM. ỦY BAN NHÂN DÂN ^^ {c}{b}KT. CHỦ TỊCH ^^ {c}{b}PHÓ CHỦ TỊCH ^^ {c} ^^ {c} ^^ {c} ^^ {c}{b}Hoàng Minh Tuấn
[/table]
[pagebreak]
{c}{b}Phụ lục
{c}{b}DANH MỤC NHIỆM VỤ TRIỂN KHAI CHIẾN LƯỢC DỮ LIỆU QUỐC GIA TRÊN ĐỊA BÀN TỈNH NGHỆ AN GIAI ĐOẠN 2026 - 2030
{c}{i}(Kèm theo Kế hoạch số 745/KH-UBND ngày 18 tháng 8 năm 2026 của UBND tỉnh Nghệ An)
[table widths=567,2835,1418,1418,1276,1557 grid hdr sz=24]
{c}{b}TT || {c}{b}Nhiệm vụ || {c}{b}Cơ quan chủ ^^ {c}{b}trì || {c}{b}Cơ quan phối ^^ {c}{b}hợp || {c}{b}Thời gian hoàn ^^ {c}{b}thành || {c}{b}Sản phẩm dự ^^ {c}{b}kiến
{c}1 || Xây dựng Quy định quản lý, kết nối và chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh Nghệ An || Sở Khoa học và Công nghệ || Sở Tư pháp, Công an tỉnh, các sở, ngành || {c}Quý IV/2025 || Quyết định của UBND tỉnh
{c}2 || Ban hành Danh mục dữ liệu dùng chung của tỉnh || Sở Khoa học và Công nghệ || Các sở, ngành; UBND các xã, phường || {c}Quý I/2027 || Quyết định của UBND tỉnh
{c}3 || Ban hành Quy chế vận hành, khai thác LGSP tỉnh || Sở Khoa học và Công nghệ || Các sở, ngành || {c}Quý IV/2026 || Quyết định của UBND tỉnh
{c}4 || Nâng cấp Trung tâm dữ liệu tỉnh; xây dựng hệ thống sao lưu, dự phòng dữ liệu tại điểm thứ hai || Sở Khoa học và Công nghệ || Sở Tài chính, Công an tỉnh || {c}2027 - 2028 || Dự án được phê duyệt, đưa vào vận hành
{c}5 || Kết nối Trung tâm dữ liệu tỉnh, IOC tỉnh với Trung tâm dữ liệu quốc gia || Công an tỉnh || Sở Khoa học và Công nghệ || {c}Năm 2027 || Kết nối được thiết lập, vận hành ổn định
{c}6 || Xây dựng Kho dữ liệu dùng chung của tỉnh || Sở Khoa học và Công nghệ || Các sở, ngành || {c}2026 - 2028 || Kho dữ liệu dùng chung vận hành chính thức
{c}7 || Số hóa, làm sạch dữ liệu hộ tịch || Sở Tư pháp || UBND các xã, phường; Công an tỉnh || {c}Năm 2027 || Dữ liệu hộ tịch được số hóa, làm sạch
{c}8 || Chỉnh lý, hoàn thiện cơ sở dữ liệu đất đai || Sở Nông nghiệp và Môi trường || UBND các xã, phường || {c}2026 - 2028 || CSDL đất đai vận hành, đồng bộ với CSDL quốc gia về đất đai
{c}9 || Xây dựng CSDL vùng trồng, chăn nuôi || Sở Nông nghiệp và Môi trường || UBND các xã || {c}2027 - 2029 || CSDL chuyên ngành nông nghiệp
{c}10 || Xây dựng CSDL du lịch || Sở Văn hóa, Thể thao và Du lịch || Sở Khoa học và Công nghệ || {c}Năm 2027 || {l}
{c}11 || Kết nối Kho dữ liệu dùng chung với CSDL quốc gia về dân cư, đất đai, đăng ký doanh nghiệp qua LGSP, NDXP || Sở Khoa học và Công nghệ || Công an tỉnh, Sở Tài chính, Sở Nông nghiệp và Môi trường || {c}2027 - 2028 || Dịch vụ chia sẻ dữ liệu trên LGSP
{c}12 || Triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ cho Trung tâm dữ liệu tỉnh, LGSP, Kho dữ liệu dùng chung || Sở Khoa học và Công nghệ || Công an tỉnh || {c}Hằng năm || Hồ sơ cấp độ được phê duyệt; phương án được triển khai
{c}13 || Xây dựng bảng điều hành trên IOC; thí điểm trí tuệ nhân tạo phân tích phản ánh, kiến nghị || Sở Khoa học và Công nghệ || Văn phòng UBND tỉnh || {c}2026 - 2027 || Bảng điều hành trên IOC; báo cáo kết quả thí điểm
{c}14 || Ban hành Danh mục dữ liệu mở; công bố dữ liệu mở trên Cổng dữ liệu mở tỉnh và data.gov.vn || Sở Khoa học và Công nghệ || Các sở, ngành || {c}Năm 2027, cập nhật hằng năm || Danh mục dữ liệu mở; các bộ dữ liệu được công bố
{c}15 || Đào tạo, bồi dưỡng kỹ năng dữ liệu; tuyên truyền nâng cao nhận thức || Sở Khoa học và Công nghệ || Sở Nội vụ; Báo và Phát thanh, Truyền hình Nghệ An || {c}Thường xuyên || {l}
[/table]
"""

# ---------------------------------------------------------------------------
# C2. Bộ Xây dựng: annual digital-transformation plan 2026, data section III.4
# ---------------------------------------------------------------------------
C2 = r"""
[table widths=3402,5669 none]
{c}{b}{sz=26}BỘ XÂY DỰNG ^^ {c}______________ || {c}{b}{sz=24}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ^^ {c}{b}Độc lập - Tự do - Hạnh phúc ^^ {c}______________________
{c}Số: 52/KH-BXD || {c}{i}Hà Nội, ngày 13 tháng 01 năm 2026
[/table]
{c}{b}KẾ HOẠCH
{c}{b}Chuyển đổi số của Bộ Xây dựng năm 2026
{n}{i}Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;
{n}{i}Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;
{n}{i}Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030;
{n}{i}Căn cứ Văn bản số 1901/BTTTT-VCL ngày 16/5/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Chiến lược dữ liệu quốc gia;
{n}{i}Xét đề nghị của Giám đốc Trung tâm Thông tin,
Bộ Xây dựng ban hành Kế hoạch chuyển đổi số năm 2026 với các nội dung sau:
{b}I. MỤC ĐÍCH, YÊU CẦU
{b}1. Mục đích
- Triển khai đồng bộ các nhiệm vụ chuyển đổi số của Bộ Xây dựng sau khi hợp nhất với Bộ Giao thông vận tải; thống nhất hạ tầng số, nền tảng số và dữ liệu số của các lĩnh vực xây dựng, nhà ở, thị trường bất động sản, giao thông vận tải.
- Lồng ghép các nội dung phát triển dữ liệu số của ngành theo Chiến lược dữ liệu quốc gia trong kế hoạch chuyển đổi số hằng năm của Bộ.
{b}2. Yêu cầu
- Nhiệm vụ phải cụ thể, có đơn vị chủ trì, thời hạn hoàn thành; gắn trách nhiệm người đứng đầu đơn vị.
- Bảo đảm tính kế thừa các hệ thống thông tin, cơ sở dữ liệu của hai Bộ trước hợp nhất, tránh đầu tư trùng lặp, lãng phí.
{b}II. MỤC TIÊU, CHỈ TIÊU NĂM 2026
{b}1. Mục tiêu chung
Hoàn thành hợp nhất hạ tầng, hệ thống thông tin của Bộ; cung cấp dịch vụ công trực tuyến toàn trình; dữ liệu ngành xây dựng, giao thông vận tải được chuẩn hóa, kết nối, chia sẻ, phục vụ chỉ đạo, điều hành của Lãnh đạo Bộ và người dân, doanh nghiệp.
{b}2. Các chỉ tiêu cụ thể
{b}a) Về hạ tầng số, nền tảng số
- 100% hệ thống thông tin của Bộ được phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin.
- Hoàn thành chuyển đổi, hợp nhất hệ thống máy chủ của hai Trung tâm dữ liệu (trước hợp nhất) về Trung tâm dữ liệu của Bộ Xây dựng.
{b}b) Về chính phủ số
- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 80%.
- 100% văn bản trao đổi giữa các đơn vị thuộc Bộ dưới dạng điện tử (trừ văn bản mật).
{b}c) Về phát triển dữ liệu số
- 100% hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ được số hóa, lưu trữ điện tử.
- Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính của Bộ được khai thác, tái sử dụng, bảo đảm người dân, doanh nghiệp chỉ phải cung cấp thông tin một lần.
- Mở và cung cấp dữ liệu mở bảo đảm chất lượng thuộc các lĩnh vực xây dựng, nhà ở, giao thông vận tải; công bố tối thiểu 15 bộ dữ liệu mở trên Cổng dữ liệu quốc gia trong năm 2026.
- 100% nhu cầu kết nối, chia sẻ dữ liệu của Bộ với các bộ, ngành, địa phương được thực hiện qua Nền tảng tích hợp, chia sẻ dữ liệu của Bộ Xây dựng, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).
- Cơ sở dữ liệu quốc gia về hoạt động xây dựng và Cơ sở dữ liệu về nhà ở và thị trường bất động sản được cập nhật thường xuyên, vận hành chính thức, kết nối với Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu quốc gia về đất đai.
{b}d) Về nhân lực số
- 100% cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản trên nền tảng học trực tuyến mở đại trà.
{b}III. NHIỆM VỤ, GIẢI PHÁP
{b}1. Hoàn thiện thể chế, chính sách
- Rà soát, sửa đổi Quy chế quản lý, vận hành và khai thác các hệ thống thông tin của Bộ cho phù hợp với cơ cấu tổ chức mới.
- Rà soát quy trình nội bộ giải quyết thủ tục hành chính sau hợp nhất, cắt giảm thành phần hồ sơ trùng lặp.
{b}2. Phát triển hạ tầng số
- Hợp nhất, quy hoạch lại Trung tâm dữ liệu của Bộ trên cơ sở hai Trung tâm dữ liệu của Bộ Xây dựng và Bộ Giao thông vận tải (trước hợp nhất); triển khai hệ thống sao lưu dự phòng, bảo đảm hoạt động liên tục.
- Thuê dịch vụ điện toán đám mây cho các hệ thống thông tin có nhu cầu mở rộng linh hoạt; nâng cấp mạng nội bộ, kết nối mạng truyền số liệu chuyên dùng.
{b}3. Phát triển chính phủ số
- Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của Bộ, tích hợp với Cổng Dịch vụ công quốc gia; cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục cấp chứng chỉ hành nghề, giấy phép vận tải.
- Hợp nhất Hệ thống quản lý văn bản và điều hành của hai Bộ (trước hợp nhất); triển khai chữ ký số trên thiết bị di động.
{b}4. Phát triển dữ liệu số
{b}a) Hoàn thiện quy định về dữ liệu
Ban hành Quy định quản lý, kết nối, chia sẻ dữ liệu của Bộ Xây dựng thay thế các quy chế của hai Bộ trước hợp nhất; cập nhật Danh mục dữ liệu dùng chung và Danh mục cơ sở dữ liệu của Bộ sau hợp nhất; xây dựng khung quản trị dữ liệu của Bộ.
{b}b) Xây dựng, hoàn thiện cơ sở dữ liệu
- Hoàn thiện, vận hành Cơ sở dữ liệu quốc gia về hoạt động xây dựng; cập nhật dữ liệu chứng chỉ hành nghề, chứng chỉ năng lực hoạt động xây dựng, dữ liệu cấp phép xây dựng.
- Vận hành Hệ thống thông tin, cơ sở dữ liệu về nhà ở và thị trường bất động sản; cập nhật dữ liệu giao dịch, dữ liệu nhà ở xã hội.
- Chuẩn hóa, hợp nhất cơ sở dữ liệu kết cấu hạ tầng giao thông, cơ sở dữ liệu đăng kiểm phương tiện giao thông; làm sạch dữ liệu bảo đảm "đúng, đủ, sạch, sống".
{b}c) Kết nối, chia sẻ dữ liệu
- Kết nối Cơ sở dữ liệu về nhà ở và thị trường bất động sản với Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về đất đai; chia sẻ dữ liệu đăng kiểm với Bộ Công an phục vụ Đề án 06.
{b}d) Dữ liệu mở
- Ban hành Danh mục dữ liệu mở của Bộ Xây dựng; công bố dữ liệu mở trên Cổng dữ liệu quốc gia.
- Phối hợp với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phát triển dữ liệu mở về quy hoạch xây dựng, giá vật liệu xây dựng, nhà ở xã hội của ngành.
{b}đ) Khai thác, phân tích dữ liệu
- Xây dựng hệ thống báo cáo, bảng điều hành phục vụ chỉ đạo của Lãnh đạo Bộ; phân tích dữ liệu thị trường bất động sản, chỉ số giá xây dựng, lưu lượng vận tải.
{b}e) Bảo vệ dữ liệu
- Rà soát, phân loại dữ liệu cá nhân trong các cơ sở dữ liệu do Bộ quản lý; áp dụng các biện pháp bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân.
{b}g) Nhân lực dữ liệu
- Tập huấn kỹ năng quản trị, khai thác dữ liệu cho cán bộ đầu mối dữ liệu tại các Cục, Vụ thuộc Bộ.
{b}5. Bảo đảm an toàn thông tin, an ninh mạng
- Triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ; áp dụng mô hình bảo vệ 4 lớp; giám sát an toàn thông tin tập trung (SOC) đối với 100% hệ thống thông tin của Bộ.
- Tổ chức diễn tập thực chiến an ninh mạng ít nhất 01 lần trong năm.
{b}6. Phát triển nhân lực số, tuyên truyền
- Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; tuyên truyền về chuyển đổi số trên Cổng thông tin điện tử, Báo Xây dựng.
{i}(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)
{b}IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước chi đầu tư phát triển, chi thường xuyên năm 2026 của Bộ và các nguồn hợp pháp khác. Các đơn vị lập dự toán chi tiết gửi Vụ Kế hoạch - Tài chính tổng hợp, trình Bộ trưởng phê duyệt.
{b}V. TỔ CHỨC THỰC HIỆN
**1. Trung tâm Thông tin** là đơn vị thường trực, đầu mối giúp Bộ trưởng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Lãnh đạo Bộ kết quả thực hiện 6 tháng (trước ngày 15/6/2026) và cả năm (trước ngày 05/12/2026).
**2. Văn phòng Bộ** chủ trì các nhiệm vụ về cải cách thủ tục hành chính, Hệ thống thông tin giải quyết thủ tục hành chính của Bộ.
**3. Vụ Kế hoạch - Tài chính** bố trí kinh phí thực hiện các nhiệm vụ theo quy định.
**4. Các Cục, Vụ, đơn vị thuộc Bộ** chủ trì thực hiện các nhiệm vụ được giao tại Phụ lục; định kỳ báo cáo kết quả về Trung tâm Thông tin để tổng hợp.
[table widths=4300,4771 none]
{l}{b}{i}{sz=24}Nơi nhận: ^^ {l}{sz=22}- Bộ trưởng (để b/c); ^^ {l}{sz=22}- Các Thứ trưởng; ^^ {l}{sz=22}- Các đơn vị thuộc Bộ; ^^ {l}{sz=22}- Cổng TTĐT Bộ Xây dựng; ^^ {l}{sz=22}- Lưu: VT, TTTT. || {c}{b}KT. BỘ TRƯỞNG ^^ {c}{b}THỨ TRƯỞNG ^^ {c} ^^ {c} ^^ {c} ^^ {c}{b}Lê Quang Vinh
[/table]
[pagebreak]
{c}{b}PHỤ LỤC
{c}{b}DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026 CỦA BỘ XÂY DỰNG
{c}{i}(Kèm theo Kế hoạch số 52/KH-BXD ngày 13/01/2026 của Bộ Xây dựng)
[table widths=567,3969,1701,1701,1133 grid hdr sz=24]
{c}{b}TT || {c}{b}Nội dung nhiệm vụ || {c}{b}Đơn vị chủ ^^ {c}{b}trì || {c}{b}Đơn vị phối ^^ {c}{b}hợp || {c}{b}Thời gian ^^ {c}{b}thực hiện
{c}{b}I || {span=4}{b}HẠ TẦNG SỐ
{c}1 || Hợp nhất Trung tâm dữ liệu của Bộ; hệ thống sao lưu dự phòng || Trung tâm Thông tin || Văn phòng Bộ || {c}Quý III/2026
{c}2 || Thuê dịch vụ điện toán đám mây || Trung tâm Thông tin || Vụ Kế hoạch - Tài chính || {c}Quý II/2026
{c}{b}II || {span=4}{b}CHÍNH PHỦ SỐ
{c}3 || Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của Bộ || Văn phòng Bộ || Trung tâm Thông tin || {c}Quý II/2026
{c}4 || Hợp nhất Hệ thống quản lý văn bản và điều hành || Văn phòng Bộ || Trung tâm Thông tin || {c}Quý I/2026
{c}{b}III || {span=4}{b}DỮ LIỆU SỐ
{c}5 || Xây dựng, ban hành Quy định quản lý, kết nối, chia sẻ dữ liệu của Bộ Xây dựng || Trung tâm Thông tin || Vụ Pháp chế; các đơn vị thuộc Bộ || {c}Quý II/2026
{c}6 || Cập nhật Danh mục dữ liệu dùng chung, Danh mục cơ sở dữ liệu của Bộ || Trung tâm Thông tin || Các đơn vị thuộc Bộ || {c}Quý III/2026
{c}7 || Hoàn thiện, vận hành Cơ sở dữ liệu quốc gia về hoạt động xây dựng || Cục Kinh tế - Quản lý đầu tư xây dựng || Trung tâm Thông tin || {c}Năm 2026
{c}8 || Vận hành, cập nhật Hệ thống thông tin, CSDL về nhà ở và thị trường bất động sản || Cục Quản lý nhà và thị trường bất động sản || Sở Xây dựng các tỉnh, thành phố || {c}Năm 2026
{c}9 || Chuẩn hóa, hợp nhất CSDL kết cấu hạ tầng giao thông, CSDL đăng kiểm || Cục Đường bộ Việt Nam; Cục Đăng kiểm Việt Nam || Trung tâm Thông tin || {c}Quý IV/2026
{c}10 || Kết nối, chia sẻ dữ liệu với CSDL quốc gia về dân cư, CSDL quốc gia về đất đai; phục vụ Đề án 06 || Trung tâm Thông tin || Bộ Công an; Bộ Nông nghiệp và Môi trường || {c}Năm 2026
{c}11 || Ban hành Danh mục dữ liệu mở; công bố dữ liệu mở trên Cổng dữ liệu quốc gia || Trung tâm Thông tin || Các Cục, Vụ || {c}Quý III/2026
{c}12 || Phối hợp với các địa phương phát triển dữ liệu mở của ngành || Cục Quy hoạch - Kiến trúc || Sở Xây dựng các tỉnh, thành phố || {c}Quý IV/2026
{c}13 || Hệ thống báo cáo, bảng điều hành phục vụ Lãnh đạo Bộ || Trung tâm Thông tin || Văn phòng Bộ || {c}Quý IV/2026
{c}14 || Phân loại, bảo vệ dữ liệu cá nhân trong các CSDL của Bộ || Trung tâm Thông tin || Các đơn vị quản lý CSDL || {c}Năm 2026
{c}15 || Tập huấn quản trị, khai thác dữ liệu cho cán bộ đầu mối || Trung tâm Thông tin || Vụ Tổ chức cán bộ || {c}Quý III/2026
{c}{b}IV || {span=4}{b}AN TOÀN THÔNG TIN, NHÂN LỰC SỐ
{c}16 || Bảo đảm an toàn hệ thống thông tin theo cấp độ; giám sát SOC || Trung tâm Thông tin || Các đơn vị thuộc Bộ || {c}Thường xuyên
{c}17 || Diễn tập thực chiến an ninh mạng || Trung tâm Thông tin || Bộ Công an || {c}Quý IV/2026
{c}18 || Bồi dưỡng kỹ năng số; tuyên truyền chuyển đổi số || Vụ Tổ chức cán bộ || Báo Xây dựng || {c}Năm 2026
[/table]
"""

# ---------------------------------------------------------------------------
# C3. UBND thành phố Hải Phòng (after merging with Hải Dương): annual plan
#     2026, header typed with tab stops, Phần I results, Phần II plan
# ---------------------------------------------------------------------------
C3 = r"""
{tab}{b}{sz=24}<tab>ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{tab}{b}{sz=24}<tab>THÀNH PHỐ HẢI PHÒNG<tab>Độc lập - Tự do - Hạnh phúc
{tab}{sz=24}
{tab}{sz=26}<tab>Số: 38/KH-UBND<tab>__Hải Phòng, ngày 15 tháng 01 năm 2026__
{c}
{c}{b}KẾ HOẠCH
{c}{b}Chuyển đổi số thành phố Hải Phòng năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030;
Căn cứ Kế hoạch số 05-KH/TU ngày 20/8/2025 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 57-NQ/TW;
Ủy ban nhân dân thành phố ban hành Kế hoạch chuyển đổi số thành phố Hải Phòng năm 2026 như sau:
{c}{b}Phần I. TÌNH HÌNH THỰC HIỆN NĂM 2025
{b}1. Kết quả đạt được
**a) Về thể chế, chính sách:** Trước hợp nhất, Ủy ban nhân dân thành phố Hải Phòng và Ủy ban nhân dân tỉnh Hải Dương đều đã ban hành Quy chế quản lý, kết nối, chia sẻ dữ liệu số; sau hợp nhất, Ủy ban nhân dân thành phố đã ban hành Danh mục cơ sở dữ liệu của thành phố (Quyết định số 2210/QĐ-UBND ngày 25/9/2025).
**b) Về hạ tầng và dữ liệu:** Trung tâm dữ liệu thành phố đã kết nối với Trung tâm dữ liệu quốc gia; Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của thành phố đã kết nối với NDXP, thực hiện hơn 12,5 triệu giao dịch trong năm. Thành phố đã ban hành Danh mục dữ liệu mở và công bố 162 bộ dữ liệu mở trên Cổng dữ liệu mở thành phố, đồng bộ lên Cổng dữ liệu quốc gia. Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa đạt 92,4%.
**c) Về nhân lực:** Tổ chức 14 lớp tập huấn kỹ năng dữ liệu, an toàn thông tin cho 1.260 lượt cán bộ, công chức cấp thành phố và cấp xã; phổ biến Luật Dữ liệu đến 100% cơ quan, đơn vị.
{b}2. Tồn tại, hạn chế
- Dữ liệu của tỉnh Hải Dương (cũ) và thành phố Hải Phòng (cũ) chưa được hợp nhất; nhiều cơ sở dữ liệu chuyên ngành trùng lặp, chưa đồng bộ danh mục, mã định danh.
- Việc khai thác dữ liệu phục vụ chỉ đạo, điều hành còn hạn chế; Trung tâm Giám sát, điều hành đô thị thông minh (IOC) mới tích hợp được 18 lĩnh vực.
- Nhân lực chuyên trách công nghệ thông tin tại cấp xã còn thiếu sau sắp xếp.
{c}{b}Phần II. KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026
{b}I. MỤC ĐÍCH, YÊU CẦU
- Hoàn thành hợp nhất hạ tầng số, nền tảng số, dữ liệu số của hai địa phương (cũ), bảo đảm vận hành thông suốt chính quyền hai cấp.
- Nhiệm vụ phải gắn với Chiến lược dữ liệu quốc gia, Đề án 06 và chỉ tiêu Thành ủy giao; xác định rõ cơ quan chủ trì, thời gian hoàn thành, sản phẩm.
{b}II. MỤC TIÊU
{b}1. Mục tiêu chung
Xây dựng chính quyền số thành phố Hải Phòng thống nhất sau hợp nhất; phát triển dữ liệu số làm nền tảng cho quản trị đô thị, phát triển kinh tế biển, cảng biển, logistics.
{b}2. Chỉ tiêu cụ thể năm 2026
{b}a) Chính quyền số
- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
- 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.
{b}b) Dữ liệu số
- 100% sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu mở và cung cấp dữ liệu mở bảo đảm chất lượng thuộc phạm vi quản lý.
- Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng.
- 100% nhu cầu kết nối, chia sẻ dữ liệu được thực hiện qua LGSP thành phố, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.
- Hoàn thành hợp nhất 100% cơ sở dữ liệu dùng chung của hai địa phương (cũ) vào Kho dữ liệu dùng chung của thành phố.
{b}c) Kinh tế số, xã hội số
- Tỷ trọng kinh tế số đạt 20% GRDP; 100% hộ gia đình có kết nối Internet băng rộng cáp quang.
{b}III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
{b}1. Nâng cao nhận thức, hoàn thiện thể chế
- Kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố; tuyên truyền về chuyển đổi số trên Báo và Phát thanh, Truyền hình Hải Phòng.
- Ban hành Quy chế hoạt động của Tổ công nghệ số cộng đồng tại các xã, phường, đặc khu.
{b}2. Phát triển hạ tầng số
- Phủ sóng 5G tại 100% phường và khu công nghiệp; nâng cấp mạng truyền số liệu chuyên dùng đến 114 xã, phường, đặc khu.
{b}3. Phát triển dữ liệu số
a) Xây dựng, ban hành Quy định quản lý, kết nối và chia sẻ dữ liệu số của thành phố Hải Phòng thay thế 02 quy chế của hai địa phương trước hợp nhất; ban hành Quy chế vận hành LGSP thành phố.
b) Nâng cấp Trung tâm dữ liệu thành phố; bổ sung hệ thống sao lưu, dự phòng dữ liệu; sử dụng nền tảng điện toán đám mây của thành phố để lưu trữ, chia sẻ dữ liệu cho các sở, ngành, xã, phường, đặc khu.
c) Hợp nhất, làm sạch dữ liệu của hai địa phương (cũ); xây dựng Kho dữ liệu dùng chung của thành phố; hoàn thiện cơ sở dữ liệu đất đai, hộ tịch, cơ sở dữ liệu cảng biển - logistics. Số hóa tài liệu lưu trữ tại Trung tâm Lưu trữ lịch sử thành phố; tiếp nhận hồ sơ, kết quả đo đạc địa chính của các xã thuộc tỉnh Hải Dương (cũ) để cập nhật vào cơ sở dữ liệu đất đai.
d) Kết nối, chia sẻ dữ liệu qua LGSP với Cơ sở dữ liệu quốc gia về dân cư; tích hợp dữ liệu phục vụ các tiện ích của Đề án 06; bảo đảm đồng bộ với kế hoạch phát triển dữ liệu của các bộ, ngành chủ quản.
đ) Phê duyệt cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ cho Kho dữ liệu dùng chung, LGSP; đánh giá tác động xử lý dữ liệu cá nhân, bảo vệ dữ liệu cá nhân của công dân trong các cơ sở dữ liệu của thành phố.
e) Phát triển IOC thành phố; xây dựng bảng điều hành, phân tích dữ liệu giao thông, cảng biển, thu ngân sách phục vụ chỉ đạo, điều hành của Thành ủy, Ủy ban nhân dân thành phố.
{i}(Chi tiết tại Phụ lục kèm theo)
{b}4. Phát triển chính quyền số
- Vận hành Hệ thống thông tin giải quyết thủ tục hành chính thống nhất của thành phố; tái cấu trúc quy trình thủ tục hành chính sau hợp nhất.
- Triển khai trợ lý ảo hỗ trợ cán bộ, công chức tại bộ phận một cửa các xã, phường, đặc khu.
{b}5. Phát triển kinh tế số, xã hội số
- Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; phát triển thương mại điện tử cho sản phẩm OCOP (vải thiều Thanh Hà, gốm Chu Đậu).
{b}IV. KINH PHÍ THỰC HIỆN
Ngân sách thành phố theo phân cấp, nguồn Chương trình phát triển khoa học, công nghệ và chuyển đổi số của thành phố năm 2026; nguồn xã hội hóa và các nguồn hợp pháp khác.
{b}V. TỔ CHỨC THỰC HIỆN
**1. Sở Khoa học và Công nghệ:** cơ quan thường trực, đầu mối tham mưu Ủy ban nhân dân thành phố tổ chức, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân thành phố và Bộ Khoa học và Công nghệ trước ngày 10/12/2026.
**2. Công an thành phố:** chủ trì hợp nhất dữ liệu dân cư, hộ tịch; triển khai Đề án 06; bảo đảm an ninh mạng đối với các hệ thống thông tin quan trọng.
**3. Sở Tài chính:** bố trí kinh phí thực hiện Kế hoạch.
**4. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường, đặc khu:** thực hiện nhiệm vụ được giao; báo cáo kết quả 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 30/11/2026) về Sở Khoa học và Công nghệ.
[table widths=4300,4771 none]
{l}{b}{i}{sz=24}Nơi nhận: ^^ {l}{sz=22}- Bộ Khoa học và Công nghệ; ^^ {l}{sz=22}- Bộ Công an; ^^ {l}{sz=22}- TT Thành ủy, TT HĐND TP; ^^ {l}{sz=22}- CT, các PCT UBND TP; ^^ {l}{sz=22}- Các sở, ban, ngành TP; ^^ {l}{sz=22}- UBND các xã, phường, đặc khu; ^^ {l}{sz=22}- CVP, các PCVP UBND TP; ^^ {l}{sz=22}- Lưu: VT. || {c}{b}TM. ỦY BAN NHÂN DÂN ^^ {c}{b}KT. CHỦ TỊCH ^^ {c}{b}PHÓ CHỦ TỊCH ^^ {c} ^^ {c} ^^ {c} ^^ {c}{b}Trần Minh Đức
[/table]
[pagebreak]
{c}{b}Phụ lục
{c}{b}DANH MỤC NHIỆM VỤ TRỌNG TÂM CHUYỂN ĐỔI SỐ NĂM 2026
{c}{i}(Kèm theo Kế hoạch số 38/KH-UBND ngày 15/01/2026 của UBND thành phố Hải Phòng)
[table widths=567,2835,1418,1418,1276,1557 grid hdr sz=24]
{c}{b}TT || {c}{b}Nhiệm vụ || {c}{b}Cơ quan chủ ^^ {c}{b}trì || {c}{b}Cơ quan phối ^^ {c}{b}hợp || {c}{b}Thời gian hoàn ^^ {c}{b}thành || {c}{b}Sản phẩm
{c}{b}I || {span=5}{b}HẠ TẦNG SỐ
{c}1 || Phủ sóng 5G tại các phường, khu công nghiệp || Sở Khoa học và Công nghệ || Các doanh nghiệp viễn thông || {c}Năm 2026 || Hạ tầng 5G
{c}2 || Nâng cấp mạng truyền số liệu chuyên dùng đến xã, phường, đặc khu || Sở Khoa học và Công nghệ || Bưu điện thành phố || {c}Quý II/2026 || Mạng được nâng cấp
{c}{b}II || {span=5}{b}DỮ LIỆU SỐ
{c}3 || Quy định quản lý, kết nối và chia sẻ dữ liệu số của thành phố || Sở Khoa học và Công nghệ || Sở Tư pháp; các sở, ngành || {c}Quý II/2026 || Quyết định của UBND thành phố
{c}4 || Quy chế vận hành LGSP thành phố || Sở Khoa học và Công nghệ || Các sở, ngành || {c}Quý III/2026 || Quyết định của UBND thành phố
{c}5 || Nâng cấp Trung tâm dữ liệu thành phố; hệ thống sao lưu, dự phòng || Sở Khoa học và Công nghệ || Sở Tài chính || {c}Quý IV/2026 || Hệ thống sao lưu, dự phòng vận hành
{c}6 || Hợp nhất dữ liệu dân cư, hộ tịch của hai địa phương (cũ) || Công an thành phố || Sở Tư pháp; UBND các xã, phường || {c}Quý IV/2025 || Dữ liệu được hợp nhất, đồng bộ
{c}7 || Xây dựng Kho dữ liệu dùng chung của thành phố || Sở Khoa học và Công nghệ || Các sở, ngành || {c}Năm 2026 || Kho dữ liệu dùng chung (giai đoạn 1)
{c}8 || Hoàn thiện cơ sở dữ liệu đất đai || Sở Nông nghiệp và Môi trường || UBND các xã, phường, đặc khu || {c}Năm 2026 || CSDL đất đai được cập nhật, đồng bộ
{c}9 || Cơ sở dữ liệu cảng biển - logistics || Sở Xây dựng || Cảng vụ Hàng hải Hải Phòng; Sở Công Thương || {c}Quý IV/2026 || {l}
{c}10 || Kết nối LGSP với CSDL quốc gia về dân cư; tiện ích Đề án 06 || Công an thành phố || Sở Khoa học và Công nghệ || {c}Thường xuyên || Dịch vụ kết nối, chia sẻ dữ liệu
{c}11 || An toàn hệ thống thông tin theo cấp độ; bảo vệ dữ liệu cá nhân || Sở Khoa học và Công nghệ || Công an thành phố || {c}Năm 2026 || Hồ sơ cấp độ được phê duyệt; báo cáo đánh giá tác động
{c}12 || Phát triển IOC, bảng điều hành || Sở Khoa học và Công nghệ || Văn phòng UBND thành phố || {c}Quý III/2026 || Bảng điều hành trên IOC
{c}{b}III || {span=5}{b}CHÍNH QUYỀN SỐ
{c}13 || Hệ thống thông tin giải quyết thủ tục hành chính thống nhất || Văn phòng UBND thành phố || Sở Khoa học và Công nghệ || {c}Quý I/2026 || Hệ thống vận hành
{c}14 || Trợ lý ảo tại bộ phận một cửa || Sở Khoa học và Công nghệ || UBND các xã, phường, đặc khu || {c}Quý III/2026 || Trợ lý ảo
{c}{b}IV || {span=5}{b}KINH TẾ SỐ, XÃ HỘI SỐ
{c}15 || Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; thương mại điện tử sản phẩm OCOP || Sở Công Thương || Sở Khoa học và Công nghệ || {c}Năm 2026 || Số doanh nghiệp được hỗ trợ
[/table]
"""

# ---------------------------------------------------------------------------
# C4. Bộ Giáo dục và Đào tạo: decision + plan, tasks written as prose items
# ---------------------------------------------------------------------------
C4 = r"""
[table widths=3402,5669 none]
{c}{b}{sz=26}BỘ GIÁO DỤC VÀ ĐÀO TẠO ^^ {c}{sz=20}──────── || {c}{b}{sz=24}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ^^ {c}{b}Độc lập - Tự do - Hạnh phúc ^^ {c}{sz=20}───────────────
{c}Số: 2815/QĐ-BGDĐT || {c}{i}Hà Nội, ngày 09 tháng 10 năm 2026
[/table]
{c}{b}QUYẾT ĐỊNH
{c}{b}Ban hành Kế hoạch triển khai Chiến lược dữ liệu quốc gia<br>trong ngành Giáo dục giai đoạn 2026 - 2030
{c}{b}BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO
{i}Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;
{i}Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;
{i}Căn cứ Quyết định số 142/QĐ-TTg ngày 2/2/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030;
{i}Thực hiện hướng dẫn của Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) về triển khai Chiến lược dữ liệu quốc gia;
{i}Theo đề nghị của Cục trưởng Cục Khoa học, Công nghệ và Thông tin.
{c}{b}QUYẾT ĐỊNH:
**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược dữ liệu quốc gia trong ngành Giáo dục giai đoạn 2026 - 2030.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
**Điều 3.** Chánh Văn phòng, Cục trưởng Cục Khoa học, Công nghệ và Thông tin, Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các sở giáo dục và đào tạo, Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học, trường cao đẳng sư phạm và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
[table widths=4300,4771 none]
{l}{b}{i}{sz=24}Nơi nhận: ^^ {l}{sz=22}- Như Điều 3; ^^ {l}{sz=22}- Bộ trưởng (để b/c); ^^ {l}{sz=22}- Bộ Khoa học và Công nghệ (để p/h); ^^ {l}{sz=22}- Bộ Công an (Cục C06); ^^ {l}{sz=22}- UBND các tỉnh, thành phố trực thuộc TW; ^^ {l}{sz=22}- Cổng TTĐT Bộ GDĐT; ^^ {l}{sz=22}- Lưu: VT, Cục KHCNTT. || {c}{b}KT. BỘ TRƯỞNG ^^ {c}{b}THỨ TRƯỞNG ^^ {c} ^^ {c} ^^ {c} ^^ {c}{b}Đặng Quốc Minh
[/table]
[pagebreak]
[table widths=3402,5669 none]
{c}{b}{sz=26}BỘ GIÁO DỤC VÀ ĐÀO TẠO || {c}{b}{sz=24}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ^^ {c}{b}Độc lập - Tự do - Hạnh phúc
[/table]
{c}{b}KẾ HOẠCH
{c}{b}Triển khai Chiến lược dữ liệu quốc gia trong ngành Giáo dục giai đoạn 2026 - 2030
{c}{i}(Ban hành kèm theo Quyết định số 2815/QĐ-BGDĐT ngày 09 tháng 10 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo)
{b}I. MỤC ĐÍCH VÀ YÊU CẦU
1. Chi tiết hóa các nhiệm vụ Chiến lược dữ liệu quốc gia giao cho Bộ Giáo dục và Đào tạo; phát triển dữ liệu ngành giáo dục thống nhất từ trung ương đến cơ sở giáo dục, phục vụ quản lý nhà nước, đổi mới giáo dục và nhu cầu của người học.
2. Dữ liệu ngành được thu thập một lần, dùng chung cho các cấp quản lý; cơ sở giáo dục không phải báo cáo trùng lặp; bảo mật thông tin của người học, nhà giáo.
3. Các đơn vị xây dựng kế hoạch hằng năm để triển khai, gắn với kế hoạch chuyển đổi số của ngành.
{b}II. MỤC TIÊU
{b}1. Mục tiêu tổng quát
Đến năm 2030, dữ liệu ngành giáo dục được số hóa toàn diện, chuẩn hóa, kết nối với các cơ sở dữ liệu quốc gia, trở thành nền tảng cho quản trị giáo dục dựa trên dữ liệu, cá thể hóa học tập và dự báo nhu cầu nhân lực.
{b}2. Mục tiêu cụ thể
{b}{i}a) Đến hết năm 2027
- 100% cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên cập nhật đầy đủ dữ liệu người học, đội ngũ, cơ sở vật chất lên cơ sở dữ liệu ngành; 100% học sinh có mã định danh trùng khớp với số định danh cá nhân.
- 70% cơ sở giáo dục đại học kết nối, đồng bộ dữ liệu lên Hệ thống thông tin quản lý giáo dục đại học (HEMIS).
{b}{i}b) Đến năm 2030
- 100% hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ được số hóa.
- Bộ Giáo dục và Đào tạo mở và cung cấp dữ liệu mở của ngành bảo đảm chất lượng, phục vụ người học, nhà nghiên cứu, doanh nghiệp.
- 100% nhu cầu kết nối, chia sẻ dữ liệu giữa cơ sở dữ liệu ngành với hệ thống thông tin của các bộ, ngành, địa phương được thực hiện qua Nền tảng tích hợp, chia sẻ dữ liệu của Bộ, kết nối với NDXP.
- Trung tâm dữ liệu ngành Giáo dục được kết nối với Trung tâm dữ liệu quốc gia.
- Cơ sở dữ liệu ngành giáo dục và đào tạo, Hệ thống thông tin quản lý văn bằng, chứng chỉ được hoàn thiện, cập nhật thường xuyên và khai thác hiệu quả.
{b}III. NHIỆM VỤ, GIẢI PHÁP
**1. Hoàn thiện thể chế về dữ liệu ngành.** Xây dựng Thông tư quy định về quản lý, kết nối, chia sẻ và khai thác dữ liệu ngành giáo dục thay thế Thông tư số 42/2021/TT-BGDĐT; ban hành khung quản trị dữ liệu ngành; cập nhật Danh mục dữ liệu dùng chung của ngành. Cục Khoa học, Công nghệ và Thông tin chủ trì, phối hợp với Vụ Pháp chế thực hiện, trình Bộ trưởng trong năm 2027.
**2. Phát triển hạ tầng dữ liệu.** Nâng cấp Trung tâm dữ liệu ngành Giáo dục, bảo đảm năng lực lưu trữ dữ liệu của hơn 23 triệu người học; xây dựng hệ thống sao lưu dự phòng tại địa điểm thứ hai; kết nối với Trung tâm dữ liệu quốc gia. Thời gian thực hiện: 2026 - 2028.
**3. Hoàn thiện, làm sạch cơ sở dữ liệu ngành.** Cục Khoa học, Công nghệ và Thông tin chủ trì, phối hợp với các sở giáo dục và đào tạo chuẩn hóa, làm sạch dữ liệu người học, nhà giáo bảo đảm "đúng, đủ, sạch, sống"; số hóa sổ gốc cấp văn bằng, chứng chỉ từ năm 1975 đến nay. Sản phẩm: cơ sở dữ liệu ngành được làm sạch; kho dữ liệu văn bằng số. Thời gian hoàn thành: giai đoạn 2026 - 2032.
**4. Kết nối, chia sẻ dữ liệu.** Kết nối cơ sở dữ liệu ngành với Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu quốc gia về bảo hiểm, Cơ sở dữ liệu về cán bộ, công chức, viên chức; chia sẻ dữ liệu văn bằng phục vụ Đề án 06 và công tác tuyển dụng. Cục Khoa học, Công nghệ và Thông tin chủ trì, phối hợp với Bộ Công an, Bộ Nội vụ, Bảo hiểm xã hội Việt Nam thực hiện thường xuyên.
**5. Bảo vệ dữ liệu cá nhân của người học.** Rà soát, phân loại dữ liệu cá nhân, dữ liệu cá nhân nhạy cảm của trẻ em, học sinh, sinh viên trong các hệ thống thông tin của ngành; lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân; hướng dẫn cơ sở giáo dục bảo vệ dữ liệu cá nhân của người học. Cục Khoa học, Công nghệ và Thông tin chủ trì, hoàn thành năm 2027.
**6. Khai thác, phân tích dữ liệu phục vụ quản lý, điều hành.** Xây dựng hệ thống phân tích dữ liệu, bảng điều hành ngành giáo dục; ứng dụng trí tuệ nhân tạo dự báo quy mô người học, nhu cầu giáo viên, cơ cấu ngành đào tạo. Thực hiện năm 2027 - 2028. Sản phẩm: Hệ thống phân tích, dự báo dữ liệu ngành.
**7. Dữ liệu mở, dữ liệu lớn.** Ban hành Danh mục dữ liệu mở ngành giáo dục; công bố dữ liệu mở trên Cổng dữ liệu quốc gia (data.gov.vn) và Cổng thông tin điện tử của Bộ; ban hành Danh mục dữ liệu lớn của ngành giáo dục phục vụ nghiên cứu, phát triển trí tuệ nhân tạo. Cục Khoa học, Công nghệ và Thông tin chủ trì, hoàn thành trong Quý IV/2027. Sản phẩm: Quyết định ban hành các danh mục.
**8. Nâng cao năng lực, nhận thức về dữ liệu.** Bồi dưỡng kỹ năng quản trị, khai thác dữ liệu cho cán bộ phụ trách dữ liệu của các sở giáo dục và đào tạo, cơ sở giáo dục đại học; lồng ghép nội dung năng lực số, năng lực dữ liệu trong chương trình bồi dưỡng thường xuyên giáo viên. Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì, thực hiện hằng năm.
**9. Phối hợp với địa phương.** Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo sở giáo dục và đào tạo bố trí nhân lực cập nhật dữ liệu lên cơ sở dữ liệu ngành, bảo đảm dữ liệu của các cơ sở giáo dục trên địa bàn được cập nhật kịp thời.
{b}IV. TỔ CHỨC THỰC HIỆN
**1. Cục Khoa học, Công nghệ và Thông tin** là đơn vị đầu mối, giúp Bộ trưởng hướng dẫn, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; định kỳ hằng năm (trước ngày 20 tháng 12) tổng hợp, báo cáo Bộ trưởng kết quả thực hiện, đồng thời gửi Bộ Khoa học và Công nghệ để theo dõi, tổng hợp.
**2. Văn phòng Bộ** chủ trì số hóa hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ.
**3. Các Vụ, Cục, đơn vị thuộc Bộ** căn cứ chức năng, nhiệm vụ, phối hợp với Cục Khoa học, Công nghệ và Thông tin thực hiện các nhiệm vụ liên quan; cung cấp, cập nhật dữ liệu thuộc lĩnh vực quản lý.
**4. Các sở giáo dục và đào tạo** chỉ đạo các cơ sở giáo dục trên địa bàn cập nhật dữ liệu đầy đủ, chính xác; báo cáo kết quả về Bộ (qua Cục Khoa học, Công nghệ và Thông tin) trước ngày 10 tháng 12 hằng năm.
**5. Các đại học, học viện, trường đại học** kết nối dữ liệu lên HEMIS; công khai dữ liệu theo quy định.
"""

# ---------------------------------------------------------------------------
# C5. UBND tỉnh Đồng Tháp (after merging with Tiền Giang): draft plan,
#     header typed as stacked centred lines, "PHẦN THỨ ..." headings with a
#     soft line break, tasks with "+" sub-lines, no annex
# ---------------------------------------------------------------------------
C5 = r"""
{r}{b}DỰ THẢO
{c}{b}{sz=26}ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
{c}{b}{sz=26}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{c}{b}Độc lập - Tự do - Hạnh phúc
{c}Số:          /KH-UBND
{r}{i}Đồng Tháp, ngày      tháng 11 năm 2026
{c}{b}KẾ HOẠCH<br>Thực hiện Luật Dữ liệu và Chiến lược dữ liệu quốc gia<br>trên địa bàn tỉnh Đồng Tháp đến năm 2030
{c}{b}PHẦN THỨ NHẤT<br>SỰ CẦN THIẾT, CĂN CỨ XÂY DỰNG KẾ HOẠCH VÀ THỰC TRẠNG
{n}{b}I. SỰ CẦN THIẾT
Từ ngày 01/7/2025, tỉnh Đồng Tháp (mới) được hình thành trên cơ sở hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp, tổ chức chính quyền địa phương hai cấp với 102 xã, phường. Hạ tầng, nền tảng và dữ liệu số của hai tỉnh (cũ) được đầu tư riêng rẽ, chưa thống nhất; yêu cầu quản trị dựa trên dữ liệu đối với một tỉnh có quy mô sản xuất nông nghiệp, thủy sản lớn nhất vùng Đồng bằng sông Cửu Long đặt ra nhu cầu cấp thiết phải có kế hoạch thống nhất về phát triển dữ liệu.
{n}{b}II. CĂN CỨ XÂY DỰNG KẾ HOẠCH
- Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024;
- Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước;
- Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân;
- Chiến lược dữ liệu quốc gia đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 142/QĐ-TTg ngày 02 tháng 02 năm 2024;
- Công văn số 1901/BTTTT-VCL ngày 16/5/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Chiến lược dữ liệu quốc gia.
{n}{b}III. THỰC TRẠNG
- Tỉnh đang vận hành song song 02 Trung tâm dữ liệu (tại Mỹ Tho và Cao Lãnh) và 02 Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của hai tỉnh (cũ), đều đã kết nối với NDXP.
- Quy chế quản lý, kết nối, chia sẻ dữ liệu số của tỉnh Đồng Tháp (cũ) ban hành năm 2021 không còn phù hợp với Luật Dữ liệu; tỉnh Tiền Giang (cũ) chưa ban hành danh mục dữ liệu dùng chung.
- Dữ liệu nông nghiệp (mã số vùng trồng, vùng nuôi) còn phân tán ở nhiều đơn vị, chủ yếu lưu trữ dưới dạng bảng tính.
{c}{b}PHẦN THỨ HAI<br>MỤC TIÊU
{n}{b}I. MỤC TIÊU CHUNG
Hình thành hệ thống dữ liệu số thống nhất của tỉnh Đồng Tháp sau hợp nhất, kết nối thông suốt với các cơ sở dữ liệu quốc gia; khai thác dữ liệu phục vụ chỉ đạo, điều hành, phát triển nông nghiệp số, kinh tế số.
{n}{b}II. MỤC TIÊU CỤ THỂ
{n}{b}{i}1. Đến năm 2027
- 60% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng.
- Hoàn thành hợp nhất 02 Nền tảng tích hợp, chia sẻ dữ liệu của hai tỉnh (cũ) thành LGSP tỉnh Đồng Tháp.
{n}{b}{i}2. Đến năm 2030
- 100% cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh mở và cung cấp dữ liệu mở bảo đảm chất lượng trên Cổng dữ liệu quốc gia.
- 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.
- Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng; người dân, doanh nghiệp chỉ cung cấp thông tin một lần khi thực hiện thủ tục hành chính.
- 100% nhu cầu kết nối, tích hợp, chia sẻ dữ liệu được thực hiện qua LGSP tỉnh, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.
- Hạ tầng điện toán đám mây của tỉnh đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu của các cơ quan nhà nước.
{c}{b}PHẦN THỨ BA<br>NHIỆM VỤ VÀ GIẢI PHÁP
{n}{b}1. Hoàn thiện thể chế
**1.1.** Xây dựng Quy định về quản lý, kết nối, chia sẻ và khai thác dữ liệu số trên địa bàn tỉnh Đồng Tháp, thay thế Quy chế ban hành năm 2021 của tỉnh Đồng Tháp (cũ).
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tư pháp, Công an tỉnh.
+ Thời gian: Quý I/2027.
+ Kết quả: Quyết định của Ủy ban nhân dân tỉnh.
**1.2.** Ban hành Danh mục cơ sở dữ liệu của tỉnh và Danh mục dữ liệu dùng chung; rà soát, cập nhật hằng năm.
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ.
+ Thời gian: Quý II/2027; cập nhật hằng năm.
+ Kết quả: Quyết định ban hành danh mục.
{n}{b}2. Hạ tầng dữ liệu
**2.1.** Hợp nhất 02 Trung tâm dữ liệu của hai tỉnh (cũ) thành Trung tâm dữ liệu tỉnh Đồng Tháp đặt tại Mỹ Tho; chuyển Trung tâm dữ liệu tại Cao Lãnh thành trung tâm dự phòng, sao lưu dữ liệu.
+ Thời gian: 2027 - 2028.
+ Kết quả: Trung tâm dữ liệu tỉnh và hệ thống dự phòng vận hành.
**2.2.** Mở rộng nền tảng điện toán đám mây của tỉnh, bảo đảm tài nguyên cho Kho dữ liệu dùng chung và các hệ thống thông tin dùng chung.
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ; các doanh nghiệp viễn thông phối hợp.
+ Thời gian: 2027 - 2030.
{n}{b}3. Phát triển dữ liệu
**3.1.** Xây dựng Kho dữ liệu dùng chung của tỉnh; hợp nhất dữ liệu của hai tỉnh (cũ); làm sạch dữ liệu hộ tịch, đất đai, an sinh xã hội bảo đảm "đúng, đủ, sạch, sống".
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp.
+ Thời gian: 2027 - 2029.
+ Kết quả: Kho dữ liệu dùng chung vận hành.
**3.2.** Xây dựng cơ sở dữ liệu nông nghiệp: mã số vùng trồng sầu riêng, xoài, vú sữa Lò Rèn; vùng nuôi cá tra; truy xuất nguồn gốc nông sản xuất khẩu.
+ Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.
+ Thời gian: 2027 - 2028.
+ Kết quả: Cơ sở dữ liệu nông nghiệp tích hợp vào Kho dữ liệu dùng chung.
{n}{b}4. Kết nối, chia sẻ dữ liệu
**4.1.** Hợp nhất LGSP; kết nối, chia sẻ dữ liệu với NDXP, Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu quốc gia, chuyên ngành; phục vụ Đề án 06. Việc kết nối bảo đảm đồng bộ với kế hoạch phát triển dữ liệu của các bộ, ngành chủ quản.
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ, Công an tỉnh.
+ Thời gian: Năm 2027.
+ Kết quả: LGSP tỉnh Đồng Tháp thống nhất, kết nối NDXP.
{n}{b}5. An toàn thông tin, bảo vệ dữ liệu cá nhân
**5.1.** Bảo đảm an toàn hệ thống thông tin theo cấp độ đối với Trung tâm dữ liệu, LGSP, Kho dữ liệu dùng chung; bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân.
+ Cơ quan thực hiện: Công an tỉnh, Sở Khoa học và Công nghệ.
+ Thời gian: Hằng năm.
+ Kết quả: Hồ sơ cấp độ được phê duyệt; hồ sơ đánh giá tác động xử lý dữ liệu cá nhân.
{n}{b}6. Khai thác, sử dụng dữ liệu
**6.1.** Phát triển Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh; xây dựng bảng điều hành; ứng dụng trí tuệ nhân tạo phân tích dữ liệu nông nghiệp, dự báo sâu bệnh, xâm nhập mặn.
+ Cơ quan thực hiện: Sở Khoa học và Công nghệ.
+ Thời gian: 2027 - 2030.
+ Kết quả: Bảng điều hành trên IOC; mô hình dự báo.
{n}{b}7. Nhân lực và nhận thức
**7.1.** Bồi dưỡng kỹ năng quản trị, khai thác dữ liệu cho cán bộ, công chức cấp tỉnh và cấp xã; tuyên truyền nâng cao nhận thức của người dân, doanh nghiệp về dữ liệu.
+ Cơ quan thực hiện: Sở Nội vụ, Sở Khoa học và Công nghệ.
+ Thời gian: Hằng năm.
{c}{b}PHẦN THỨ TƯ<br>TỔ CHỨC THỰC HIỆN
{n}{b}I. KINH PHÍ
Ngân sách tỉnh theo phân cấp hiện hành; lồng ghép trong Chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh; huy động nguồn xã hội hóa và các nguồn hợp pháp khác.
{n}{b}II. TRÁCH NHIỆM THỰC HIỆN
**1. Sở Khoa học và Công nghệ:** là cơ quan đầu mối, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
**2. Công an tỉnh:** chủ trì kết nối, làm giàu dữ liệu dân cư; bảo vệ dữ liệu cá nhân; phòng, chống tội phạm mạng.
**3. Sở Tài chính:** tham mưu bố trí kinh phí.
**4. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường:** thực hiện các nhiệm vụ được giao; cử cán bộ đầu mối về dữ liệu; gửi kết quả thực hiện về Sở Khoa học và Công nghệ.
{n}{b}{i}Nơi nhận:
{l}{sz=22}- Thường trực Tỉnh ủy;
{l}{sz=22}- Thường trực HĐND tỉnh;
{l}{sz=22}- CT, các PCT UBND tỉnh;
{l}{sz=22}- Các sở, ban, ngành tỉnh;
{l}{sz=22}- UBND các xã, phường;
{l}{sz=22}- Lưu: VT, KGVX.
{r}{b}TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH
{r}
{r}{b}Huỳnh Văn Lộc
"""

PLANS = [
    ("tuned/c1-ke-hoach-du-lieu-tinh-nghe-an", C1),
    ("tuned/c2-ke-hoach-cds-2026-bo-xay-dung", C2),
    ("tuned/c3-ke-hoach-cds-2026-tp-hai-phong", C3),
    ("tuned/c4-quyet-dinh-ke-hoach-du-lieu-bo-giao-duc", C4),
    ("held-apart/c5-ke-hoach-du-lieu-tinh-dong-thap", C5),
]

# ---------------------------------------------------------------------------
# Annotations: how a careful reviewer at the Ministry's institute would mark
# each plan. Quoted evidence is in curly quotes and is checked against the
# text a reader sees in Word.
# ---------------------------------------------------------------------------
NA_OTHER = "not_applicable"
LOCAL_IDS = ["DS52%d" % k for k in range(9)]
NA_LOCAL = ("not_applicable", "The document is a plan, not a provincial local data strategy (Chiến lược dữ liệu của tỉnh).")
NA_PROV = ("not_applicable", "Ministry-only requirement; this is a provincial plan.")
NA_MIN = ("not_applicable", "Province-only requirement; this is a ministry plan.")
NA_LOCAL_MIN = ("not_applicable", "Local data strategy outline applies to provinces only; this is a ministry document.")

ANN = {}

ANN["c1"] = dict(
    profile="province", form="standalone", local_strategy=False,
    style="Header as a borderless two-column table; every heading is a bold Normal paragraph with typed labels (I., 1., a)); '-' lists; italic legal bases; body tasks are one-line summaries pointing to an annex task table whose header cells are split over two paragraphs ('Cơ quan chủ' / 'trì').",
    req={
        "DS101": ("covered", "Legal basis: “Căn cứ Quyết định số 142/QĐ-TTg ngày 02 tháng 02 năm 2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030”."),
        "DS102": ("missing", "Bases cite Luật Dữ liệu, Nghị định 47/2020, QĐ 142 and NQ 57 only; neither the guidance letter 1901/BTTTT-VCL nor MIC's/Bộ KH&CN's implementation guidance is mentioned."),
        "DS103": ("covered", "Standalone data plan: title “Triển khai Chiến lược dữ liệu quốc gia và phát triển dữ liệu số”."),
        "DS104": ("covered", "Localised with named provincial systems and units: “Cổng dữ liệu mở tỉnh Nghệ An”, “Hệ thống 1022 Nghệ An”, Kho dữ liệu dùng chung, annex leads such as Sở Tư pháp, Công an tỉnh."),
        "DS105": ("covered", "“báo cáo Ủy ban nhân dân tỉnh và Bộ Khoa học và Công nghệ định kỳ hằng năm (trước ngày 10 tháng 12)”; Nơi nhận also lists “Bộ Khoa học và Công nghệ (để b/c)”."),
        "DS201": ("covered", "Target II.2.a: “100% sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các xã, phường mở và cung cấp dữ liệu mở bảo đảm chất lượng”."),
        "DS202": ("partial", "The indicator is restated but at a lower level: “90% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa” by 2030 against the national 100% (see DS290)."),
        "DS203": ("missing", "No reuse / once-only target. The only “tái sử dụng” is about hardware (“khả năng tái sử dụng máy chủ, thiết bị lưu trữ hiện có”), not TTHC result data."),
        "DS204": ("covered", "Target c): “được thực hiện qua Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Nghệ An (LGSP), kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)”."),
        "DS205": ("covered", "Target d): “Trung tâm dữ liệu tỉnh và Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh được kết nối với Trung tâm dữ liệu quốc gia”; also task III.2 and annex row 5. Regional data centres not mentioned."),
        "DS206": ("covered", "Target đ): “Nền tảng điện toán đám mây phục vụ chính quyền số của tỉnh đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu”."),
        "DS207": NA_PROV, "DS208": NA_PROV,
        "DS290": ("missing", "Below the national floor: “90% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa” for 2030, national target is 100% (Decision 142)."),
        "DS291": ("covered", "“2. Mục tiêu cụ thể đến năm 2030” with percentage indicators (100%, 90%, 100%)."),
        "DS301": ("covered", "III.1: “Xây dựng, ban hành Quy định quản lý, kết nối và chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh Nghệ An”; “Ban hành Danh mục dữ liệu dùng chung của tỉnh”; LGSP operating rules; annex rows 1-3."),
        "DS302": ("covered", "III.2: “thiết lập hệ thống sao lưu, dự phòng dữ liệu tại điểm thứ hai, bảo đảm hoạt động liên tục”; annex row 4."),
        "DS303": ("covered", "III.3: “Xây dựng Kho dữ liệu dùng chung của tỉnh”; “Số hóa, làm sạch dữ liệu hộ tịch, dữ liệu đất đai”; annex rows 6-10."),
        "DS304": ("covered", "III.4: “Kết nối, chia sẻ dữ liệu giữa Kho dữ liệu dùng chung của tỉnh với Cơ sở dữ liệu quốc gia về dân cư”; Đề án 06; annex row 11."),
        "DS305": ("partial", "Security by level is there (“triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ”, annex row 12) but personal-data protection is not mentioned anywhere."),
        "DS306": ("covered", "III.6: “Xây dựng các bảng điều hành (dashboard) trên IOC tỉnh”; AI pilot on citizen feedback; annex row 13."),
        "DS307": ("covered", "III.8: “Đào tạo, bồi dưỡng kỹ năng quản trị, phân tích dữ liệu”; “Tuyên truyền nâng cao nhận thức về giá trị của dữ liệu”; annex row 15."),
        "DS308": ("covered", "III.7: “Xây dựng, ban hành Danh mục dữ liệu mở của tỉnh; công bố dữ liệu mở trên Cổng dữ liệu mở tỉnh Nghệ An và Cổng dữ liệu quốc gia (data.gov.vn)”; annex row 14."),
        "DS309": NA_PROV, "DS310": NA_PROV,
        "DS311": ("missing", "No commitment to align with line ministries' data-development plans; “kết nối thông suốt với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu của các bộ, ngành” (purpose) is about connection, not alignment of plans."),
        "DS312": ("missing", "No database catalogue (danh mục cơ sở dữ liệu); only the shared-data and open-data catalogues are planned."),
        "DS401": ("covered", "“V. TỔ CHỨC THỰC HIỆN” assigns Sở Khoa học và Công nghệ, Công an tỉnh, Sở Tài chính, sở ngành, UBND xã/phường."),
        "DS402": ("covered", "Sở Khoa học và Công nghệ: “Là cơ quan thường trực, chủ trì tham mưu, hướng dẫn, theo dõi, đôn đốc”."),
        "DS403": ("covered", "“Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành”, plus other lawful sources."),
        "DS404": ("covered", "Annual reporting with dates: “định kỳ hằng năm (trước ngày 10 tháng 12)”; sở ngành report “trước ngày 30 tháng 11 hằng năm”."),
        "DS410": ("covered", "All 15 annex rows have a 'Cơ quan chủ trì'. Body items III.1-III.8 only summarise the annex (“chi tiết tại Phụ lục kèm theo Kế hoạch này”)."),
        "DS411": ("covered", "Every annex row has a 'Thời gian hoàn thành' (quarter, year range, “Hằng năm”, “Thường xuyên”)."),
        "DS412": ("partial", "'Sản phẩm dự kiến' is empty for row 10 (“Xây dựng CSDL du lịch”) and row 15 (training/communication); other rows name an output."),
        "DS413": ("missing", "Annex row 1 (Quy định quản lý, kết nối và chia sẻ dữ liệu số) has deadline “Quý IV/2025”, before the plan's own date of 18/8/2026."),
        "DS501": ("covered", "“I. MỤC ĐÍCH, YÊU CẦU” with 1. Mục đích, 2. Yêu cầu."),
        "DS502": ("covered", "“II. MỤC TIÊU” with general and specific targets."),
        "DS503": ("covered", "“III. NHIỆM VỤ, GIẢI PHÁP”."),
        "DS504": ("covered", "Annex “DANH MỤC NHIỆM VỤ TRIỂN KHAI CHIẾN LƯỢC DỮ LIỆU QUỐC GIA TRÊN ĐỊA BÀN TỈNH NGHỆ AN” with lead, partner, deadline and output columns."),
        "DS601": ("covered", "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” / “Độc lập - Tự do - Hạnh phúc” in the header table."),
        "DS602": ("covered", "“Số: 745/KH-UBND”."),
        "DS603": ("covered", "“Nghệ An, ngày 18 tháng 8 năm 2026”."),
        "DS604": ("covered", "“KẾ HOẠCH” followed by the summary line “Triển khai Chiến lược dữ liệu quốc gia và phát triển dữ liệu số”."),
        "DS605": ("covered", "“Nơi nhận:” list in the signature table."),
        "DS606": ("covered", "“TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”, “Hoàng Minh Tuấn”."),
        "DS901": ("covered", "It is a plan: header, number, targets, tasks, annex."),
        "DS902": ("covered", "No past-results part; nothing rests on reported results."),
        "DS903": ("covered", "Ordinary Unicode (NFC) text."),
    })

ANN["c2"] = dict(
    profile="ministry", form="embedded", local_strategy=False,
    style="Ministry annual CĐS plan; borderless header table with typed underscore rules; data content only in targets 'c) Về phát triển dữ liệu số', tasks 'III.4 Phát triển dữ liệu số' and annex group 'III DỮ LIỆU SỐ' (group rows made with gridSpan); annex has no output column; infrastructure, backup and security-by-level sit only in non-data sections.",
    req={
        "DS101": ("covered", "“Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030”."),
        "DS102": ("covered", "“Căn cứ Văn bản số 1901/BTTTT-VCL ngày 16/5/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Chiến lược dữ liệu quốc gia”."),
        "DS103": ("covered", "Embedded plan (“Chuyển đổi số của Bộ Xây dựng năm 2026”) with identifiable data parts: “c) Về phát triển dữ liệu số”, “4. Phát triển dữ liệu số”, annex group “DỮ LIỆU SỐ”."),
        "DS104": ("covered", "Names the ministry's own units and databases: “Cục Kinh tế - Quản lý đầu tư xây dựng”, “Cơ sở dữ liệu quốc gia về hoạt động xây dựng”, CSDL đăng kiểm."),
        "DS105": ("missing", "Results go only to the ministry's leadership (“tổng hợp, báo cáo Lãnh đạo Bộ kết quả thực hiện 6 tháng”); no sending/reporting to Bộ KH&CN (ex-MIC) and Nơi nhận does not list it."),
        "DS201": ("covered", "“Mở và cung cấp dữ liệu mở bảo đảm chất lượng thuộc các lĩnh vực xây dựng, nhà ở, giao thông vận tải”."),
        "DS202": ("covered", "“100% hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ được số hóa, lưu trữ điện tử.” (in the data targets)."),
        "DS203": ("covered", "“Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính của Bộ được khai thác, tái sử dụng, bảo đảm người dân, doanh nghiệp chỉ phải cung cấp thông tin một lần”."),
        "DS204": ("covered", "“qua Nền tảng tích hợp, chia sẻ dữ liệu của Bộ Xây dựng, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)”."),
        "DS205": ("missing", "Nothing connects the ministry's data centre to the National Data Centre; the only data-centre text (outside the data part) is about merging the two ministries' servers (“hợp nhất hệ thống máy chủ của hai Trung tâm dữ liệu”)."),
        "DS206": NA_MIN,
        "DS207": ("covered", "“Cơ sở dữ liệu quốc gia về hoạt động xây dựng và Cơ sở dữ liệu về nhà ở và thị trường bất động sản được cập nhật thường xuyên, vận hành chính thức”; tasks III.4.b."),
        "DS208": ("missing", "No target or task on sector data for the digital economy (or heritage digitisation); the sector databases are counted under DS207 only."),
        "DS290": ("covered", "Data targets are at or above the national floors (100% digitised, “Tối thiểu 80%” reused)."),
        "DS291": ("covered", "“II. MỤC TIÊU, CHỈ TIÊU NĂM 2026” with percentages and counts (“tối thiểu 15 bộ dữ liệu mở”)."),
        "DS301": ("covered", "III.4.a: “Ban hành Quy định quản lý, kết nối, chia sẻ dữ liệu của Bộ Xây dựng”; “xây dựng khung quản trị dữ liệu của Bộ”; annex row 5."),
        "DS302": ("missing", "No infrastructure task in the data part or data rows. Data-centre merge, “hệ thống sao lưu dự phòng” and cloud are in “2. Phát triển hạ tầng số” / annex group I, outside the data scope."),
        "DS303": ("covered", "III.4.b: “Hoàn thiện, vận hành Cơ sở dữ liệu quốc gia về hoạt động xây dựng”; standardisation and cleaning “bảo đảm \"đúng, đủ, sạch, sống\"”; annex rows 7-9."),
        "DS304": ("covered", "III.4.c: “Kết nối Cơ sở dữ liệu về nhà ở và thị trường bất động sản với Cơ sở dữ liệu quốc gia về dân cư”; Đề án 06; annex row 10."),
        "DS305": ("partial", "Data part has personal-data protection only (“áp dụng các biện pháp bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP”); security by level is only in III.5 and annex group IV, outside the data scope."),
        "DS306": ("covered", "III.4.đ: “Xây dựng hệ thống báo cáo, bảng điều hành phục vụ chỉ đạo của Lãnh đạo Bộ; phân tích dữ liệu thị trường bất động sản”."),
        "DS307": ("covered", "III.4.g: “Tập huấn kỹ năng quản trị, khai thác dữ liệu cho cán bộ đầu mối dữ liệu”; annex row 15."),
        "DS308": ("covered", "III.4.d: “Ban hành Danh mục dữ liệu mở của Bộ Xây dựng; công bố dữ liệu mở trên Cổng dữ liệu quốc gia.”"),
        "DS309": ("missing", "No big-data catalogue of the sector (danh mục dữ liệu lớn) anywhere."),
        "DS310": ("covered", "“Phối hợp với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phát triển dữ liệu mở về quy hoạch xây dựng”; annex row 12. (Open data only; big data not mentioned.)"),
        "DS311": NA_MIN,
        "DS312": ("covered", "III.4.a: “cập nhật Danh mục dữ liệu dùng chung và Danh mục cơ sở dữ liệu của Bộ sau hợp nhất”; annex row 6."),
        "DS401": ("covered", "“V. TỔ CHỨC THỰC HIỆN” assigns Trung tâm Thông tin, Văn phòng Bộ, Vụ Kế hoạch - Tài chính, Cục/Vụ."),
        "DS402": ("covered", "Trung tâm Thông tin “là đơn vị thường trực, đầu mối giúp Bộ trưởng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch”."),
        "DS403": ("covered", "“Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước chi đầu tư phát triển, chi thường xuyên năm 2026”."),
        "DS404": ("covered", "6-month and annual reports with dates: “(trước ngày 15/6/2026)”, “(trước ngày 05/12/2026)”."),
        "DS410": ("covered", "Every data row of the annex (rows 5-15) names a 'Đơn vị chủ trì'; III.4 items summarise those rows."),
        "DS411": ("covered", "Every data row has a 'Thời gian thực hiện' (Quý II-IV/2026, Năm 2026)."),
        "DS412": ("missing", "The annex has no output column and the data tasks in III.4 name no sản phẩm / kết quả."),
        "DS413": ("covered", "All data-row deadlines fall in 2026, after the plan's date (13/01/2026) and before 2030."),
        "DS501": ("covered", "“I. MỤC ĐÍCH, YÊU CẦU”."),
        "DS502": ("covered", "“II. MỤC TIÊU, CHỈ TIÊU NĂM 2026”."),
        "DS503": ("covered", "“III. NHIỆM VỤ, GIẢI PHÁP”."),
        "DS504": ("partial", "Annex task table exists (“DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026 CỦA BỘ XÂY DỰNG”) with lead, partner and time columns but no output column."),
        "DS520": NA_LOCAL_MIN, "DS521": NA_LOCAL_MIN, "DS522": NA_LOCAL_MIN, "DS523": NA_LOCAL_MIN,
        "DS524": NA_LOCAL_MIN, "DS525": NA_LOCAL_MIN, "DS526": NA_LOCAL_MIN, "DS527": NA_LOCAL_MIN, "DS528": NA_LOCAL_MIN,
        "DS601": ("covered", "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” / “Độc lập - Tự do - Hạnh phúc”."),
        "DS602": ("covered", "“Số: 52/KH-BXD”."),
        "DS603": ("covered", "“Hà Nội, ngày 13 tháng 01 năm 2026”."),
        "DS604": ("covered", "“KẾ HOẠCH” + “Chuyển đổi số của Bộ Xây dựng năm 2026”."),
        "DS605": ("covered", "“Nơi nhận:” list."),
        "DS606": ("covered", "“KT. BỘ TRƯỞNG”, “THỨ TRƯỞNG”, “Lê Quang Vinh”."),
        "DS901": ("covered", "It is a plan."),
        "DS902": ("covered", "No past-results part."),
        "DS903": ("covered", "Ordinary Unicode (NFC) text."),
    })

ANN["c3"] = dict(
    profile="province", form="embedded", local_strategy=False,
    style="Header typed on tab-aligned lines (no table); 'Phần I. TÌNH HÌNH THỰC HIỆN NĂM 2025' reports results before 'Phần II'; the TTHC-digitisation target sits under 'a) Chính quyền số', not under data; 'hồ sơ, kết quả' juxtaposition in a cadastral-records sentence; annex table with gridSpan group rows and two-paragraph header cells.",
    req={
        "DS101": ("covered", "“Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030”."),
        "DS102": ("missing", "The guidance letter 1901/BTTTT-VCL / MIC's implementation guidance is not cited."),
        "DS103": ("covered", "Embedded annual CĐS plan with data parts “b) Dữ liệu số” (targets), “3. Phát triển dữ liệu số” (tasks) and annex group “DỮ LIỆU SỐ”."),
        "DS104": ("covered", "Named local items: “Kho dữ liệu dùng chung của thành phố”, “cơ sở dữ liệu cảng biển - logistics”, Công an thành phố, Cảng vụ Hàng hải Hải Phòng."),
        "DS105": ("covered", "“báo cáo Ủy ban nhân dân thành phố và Bộ Khoa học và Công nghệ trước ngày 10/12/2026”."),
        "DS201": ("covered", "Data target: “100% sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu mở và cung cấp dữ liệu mở bảo đảm chất lượng”."),
        "DS202": ("missing", "Not in the data part: the 100% digitisation target is under “a) Chính quyền số”; the 92,4% is a 2025 result in Phần I; “tiếp nhận hồ sơ, kết quả đo đạc địa chính” in III.3.c is about cadastral survey records, not TTHC digitisation."),
        "DS203": ("covered", "“Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng.”"),
        "DS204": ("covered", "“100% nhu cầu kết nối, chia sẻ dữ liệu được thực hiện qua LGSP thành phố, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.”"),
        "DS205": ("missing", "Only a 2025 result: “Trung tâm dữ liệu thành phố đã kết nối với Trung tâm dữ liệu quốc gia” (Phần I). Phần II only upgrades the data centre."),
        "DS206": ("covered", "III.3.b: “sử dụng nền tảng điện toán đám mây của thành phố để lưu trữ, chia sẻ dữ liệu cho các sở, ngành, xã, phường, đặc khu”."),
        "DS207": NA_PROV, "DS208": NA_PROV,
        "DS290": ("covered", "Data targets meet the national floors (100% open data, “Tối thiểu 80%” reuse). The 92,4% figure is a past result, not a target."),
        "DS291": ("covered", "“2. Chỉ tiêu cụ thể năm 2026” with percentages."),
        "DS301": ("covered", "III.3.a: “Xây dựng, ban hành Quy định quản lý, kết nối và chia sẻ dữ liệu số của thành phố Hải Phòng”; “ban hành Quy chế vận hành LGSP thành phố”."),
        "DS302": ("covered", "III.3.b: “Nâng cấp Trung tâm dữ liệu thành phố; bổ sung hệ thống sao lưu, dự phòng dữ liệu”; annex row 5."),
        "DS303": ("covered", "III.3.c: “Hợp nhất, làm sạch dữ liệu của hai địa phương (cũ); xây dựng Kho dữ liệu dùng chung của thành phố”."),
        "DS304": ("covered", "III.3.d: “Kết nối, chia sẻ dữ liệu qua LGSP với Cơ sở dữ liệu quốc gia về dân cư”; Đề án 06; annex row 10."),
        "DS305": ("covered", "Both halves: “triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ” and “bảo vệ dữ liệu cá nhân của công dân trong các cơ sở dữ liệu của thành phố”."),
        "DS306": ("covered", "III.3.e: “Phát triển IOC thành phố; xây dựng bảng điều hành, phân tích dữ liệu giao thông, cảng biển”."),
        "DS307": ("missing", "No training/awareness task in the data part or data rows. Training figures are 2025 results (Phần I); the “tuyên truyền về chuyển đổi số” task is in III.1, outside the data scope."),
        "DS308": ("missing", "Only reported as done in 2025 (“Thành phố đã ban hành Danh mục dữ liệu mở và công bố 162 bộ dữ liệu mở”); no 2026 task. The open-data target in II.2.b is not a task."),
        "DS309": NA_PROV, "DS310": NA_PROV,
        "DS311": ("covered", "III.3.d: “bảo đảm đồng bộ với kế hoạch phát triển dữ liệu của các bộ, ngành chủ quản”."),
        "DS312": ("missing", "Only a past result: “đã ban hành Danh mục cơ sở dữ liệu của thành phố (Quyết định số 2210/QĐ-UBND ngày 25/9/2025)”; no update task in Phần II."),
        "DS401": ("covered", "“V. TỔ CHỨC THỰC HIỆN” assigns Sở Khoa học và Công nghệ, Công an thành phố, Sở Tài chính, sở ngành, xã/phường/đặc khu."),
        "DS402": ("covered", "Sở Khoa học và Công nghệ: “cơ quan thường trực, đầu mối tham mưu Ủy ban nhân dân thành phố tổ chức, theo dõi, đôn đốc thực hiện Kế hoạch”."),
        "DS403": ("covered", "“IV. KINH PHÍ THỰC HIỆN”: “Ngân sách thành phố theo phân cấp”, xã hội hóa and other lawful sources."),
        "DS404": ("covered", "“báo cáo kết quả 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 30/11/2026)”."),
        "DS410": ("covered", "Every data row (annex rows 3-12) has a 'Cơ quan chủ trì'; III.3 items summarise them (“Chi tiết tại Phụ lục kèm theo”)."),
        "DS411": ("covered", "Every data row has a 'Thời gian hoàn thành' (quarters, “Năm 2026”, “Thường xuyên”)."),
        "DS412": ("partial", "Row 9 “Cơ sở dữ liệu cảng biển - logistics” has an empty 'Sản phẩm' cell; the other data rows name outputs."),
        "DS413": ("missing", "Row 6 “Hợp nhất dữ liệu dân cư, hộ tịch của hai địa phương (cũ)” has deadline “Quý IV/2025”, before the plan's date 15/01/2026."),
        "DS501": ("covered", "Phần II “I. MỤC ĐÍCH, YÊU CẦU”."),
        "DS502": ("covered", "“II. MỤC TIÊU” with 1. Mục tiêu chung, 2. Chỉ tiêu cụ thể năm 2026."),
        "DS503": ("covered", "“III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM”."),
        "DS504": ("covered", "Annex “DANH MỤC NHIỆM VỤ TRỌNG TÂM CHUYỂN ĐỔI SỐ NĂM 2026” with lead, partner, deadline and output columns."),
        "DS601": ("covered", "Tab-aligned header lines carry “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” and “Độc lập - Tự do - Hạnh phúc”."),
        "DS602": ("covered", "“Số: 38/KH-UBND”."),
        "DS603": ("covered", "“Hải Phòng, ngày 15 tháng 01 năm 2026”."),
        "DS604": ("covered", "“KẾ HOẠCH” + “Chuyển đổi số thành phố Hải Phòng năm 2026”."),
        "DS605": ("covered", "“Nơi nhận:” list."),
        "DS606": ("covered", "“TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “Trần Minh Đức”."),
        "DS901": ("covered", "It is a plan."),
        "DS902": ("missing", "DS205, DS308 and DS312 (and the training part of DS307) have evidence only in “Phần I. TÌNH HÌNH THỰC HIỆN NĂM 2025”, which reports results, not commitments."),
        "DS903": ("covered", "Ordinary Unicode (NFC) text."),
    })

ANN["c4"] = dict(
    profile="ministry", form="standalone", local_strategy=False,
    style="Decision wrapper (QUYẾT ĐỊNH, Điều 1-3, its own Nơi nhận and signature) with a soft line break in its title, then the plan after a page break; tasks are nine numbered prose paragraphs with a bold lead-in, lead unit / time / output written inline and irregularly; no annex, no funding part.",
    req={
        "DS101": ("covered", "“Căn cứ Quyết định số 142/QĐ-TTg ngày 2/2/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030”."),
        "DS102": ("covered", "By description, without the number: “Thực hiện hướng dẫn của Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) về triển khai Chiến lược dữ liệu quốc gia”."),
        "DS103": ("covered", "Standalone data plan wrapped in a decision: “Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược dữ liệu quốc gia trong ngành Giáo dục”."),
        "DS104": ("covered", "Named units and systems: “Cục Khoa học, Công nghệ và Thông tin chủ trì”, HEMIS, replacement of “Thông tư số 42/2021/TT-BGDĐT”."),
        "DS105": ("covered", "“đồng thời gửi Bộ Khoa học và Công nghệ để theo dõi, tổng hợp”."),
        "DS201": ("covered", "“Bộ Giáo dục và Đào tạo mở và cung cấp dữ liệu mở của ngành bảo đảm chất lượng”."),
        "DS202": ("covered", "“100% hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ được số hóa.”"),
        "DS203": ("missing", "No reuse / once-only target for TTHC result data. “Dữ liệu ngành được thu thập một lần, dùng chung cho các cấp quản lý” (purpose) is about school reporting, not the Strategy's reuse target."),
        "DS204": ("covered", "“được thực hiện qua Nền tảng tích hợp, chia sẻ dữ liệu của Bộ, kết nối với NDXP”."),
        "DS205": ("covered", "“Trung tâm dữ liệu ngành Giáo dục được kết nối với Trung tâm dữ liệu quốc gia.”; task 2."),
        "DS206": NA_MIN,
        "DS207": ("covered", "“Cơ sở dữ liệu ngành giáo dục và đào tạo, Hệ thống thông tin quản lý văn bằng, chứng chỉ được hoàn thiện, cập nhật thường xuyên và khai thác hiệu quả”; task 3."),
        "DS208": ("missing", "No target on sector data for the digital economy or on cultural-heritage digitisation."),
        "DS290": ("covered", "No target below a national floor. “70% cơ sở giáo dục đại học kết nối, đồng bộ dữ liệu lên Hệ thống thông tin quản lý giáo dục đại học (HEMIS)” is a sector indicator with no national counterpart; TTHC digitisation is 100%."),
        "DS291": ("covered", "Targets with percentages by year: “a) Đến hết năm 2027”, “b) Đến năm 2030”."),
        "DS301": ("covered", "Task 1: “Xây dựng Thông tư quy định về quản lý, kết nối, chia sẻ và khai thác dữ liệu ngành giáo dục”; “ban hành khung quản trị dữ liệu ngành”."),
        "DS302": ("covered", "Task 2: “xây dựng hệ thống sao lưu dự phòng tại địa điểm thứ hai”."),
        "DS303": ("covered", "Task 3: “chuẩn hóa, làm sạch dữ liệu người học, nhà giáo”; “số hóa sổ gốc cấp văn bằng, chứng chỉ”."),
        "DS304": ("covered", "Task 4: “Kết nối cơ sở dữ liệu ngành với Cơ sở dữ liệu quốc gia về dân cư”; Đề án 06."),
        "DS305": ("partial", "Task 5 covers personal data (“lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân”) but there is no information security by level / cybersecurity task; “bảo mật thông tin của người học” appears only in the requirements."),
        "DS306": ("covered", "Task 6: “Xây dựng hệ thống phân tích dữ liệu, bảng điều hành ngành giáo dục; ứng dụng trí tuệ nhân tạo”."),
        "DS307": ("covered", "Task 8: “Bồi dưỡng kỹ năng quản trị, khai thác dữ liệu cho cán bộ phụ trách dữ liệu”."),
        "DS308": ("covered", "Task 7: “Ban hành Danh mục dữ liệu mở ngành giáo dục; công bố dữ liệu mở trên Cổng dữ liệu quốc gia (data.gov.vn)”."),
        "DS309": ("covered", "Task 7: “ban hành Danh mục dữ liệu lớn của ngành giáo dục”."),
        "DS310": ("partial", "Task 9 coordinates with localities but only to keep the sector database updated (“chỉ đạo sở giáo dục và đào tạo bố trí nhân lực cập nhật dữ liệu lên cơ sở dữ liệu ngành”), not to develop open/big data."),
        "DS311": NA_MIN,
        "DS312": ("missing", "No catalogue of databases (danh mục cơ sở dữ liệu); only “Danh mục dữ liệu dùng chung của ngành” and the open/big-data catalogues."),
        "DS401": ("covered", "“IV. TỔ CHỨC THỰC HIỆN” assigns Cục KHCN&TT, Văn phòng Bộ, Vụ/Cục, sở GDĐT, universities."),
        "DS402": ("covered", "Cục Khoa học, Công nghệ và Thông tin “là đơn vị đầu mối, giúp Bộ trưởng hướng dẫn, theo dõi, đôn đốc”."),
        "DS403": ("missing", "Neither the decision nor the plan says how the plan is funded (no kinh phí part)."),
        "DS404": ("covered", "“định kỳ hằng năm (trước ngày 20 tháng 12) tổng hợp, báo cáo Bộ trưởng kết quả thực hiện”; sở GDĐT report “trước ngày 10 tháng 12 hằng năm”."),
        "DS410": ("partial", "Tasks 2 (hạ tầng dữ liệu, “Thời gian thực hiện: 2026 - 2028.”) and 6 (phân tích dữ liệu) name no lead unit; the others do (task 9 is addressed to UBND tỉnh)."),
        "DS411": ("partial", "Task 9 (phối hợp với địa phương) has no time frame; the others have one (2027, 2026 - 2028, thường xuyên, hằng năm ...)."),
        "DS412": ("partial", "Outputs are named for tasks 1 (Thông tư), 3, 6 and 7 (a 'Sản phẩm:' line) and 5 (hồ sơ đánh giá tác động); tasks 2, 4, 8 and 9 name none."),
        "DS413": ("missing", "Task 3: “Thời gian hoàn thành: giai đoạn 2026 - 2032” runs past 2030."),
        "DS501": ("covered", "“I. MỤC ĐÍCH VÀ YÊU CẦU”."),
        "DS502": ("covered", "“II. MỤC TIÊU” with 1. Mục tiêu tổng quát, 2. Mục tiêu cụ thể."),
        "DS503": ("covered", "“III. NHIỆM VỤ, GIẢI PHÁP”."),
        "DS504": ("missing", "No annex task table; tasks are prose paragraphs."),
        "DS520": NA_LOCAL_MIN, "DS521": NA_LOCAL_MIN, "DS522": NA_LOCAL_MIN, "DS523": NA_LOCAL_MIN,
        "DS524": NA_LOCAL_MIN, "DS525": NA_LOCAL_MIN, "DS526": NA_LOCAL_MIN, "DS527": NA_LOCAL_MIN, "DS528": NA_LOCAL_MIN,
        "DS601": ("covered", "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” / “Độc lập - Tự do - Hạnh phúc” (decision header, repeated above the plan)."),
        "DS602": ("covered", "“Số: 2815/QĐ-BGDĐT”."),
        "DS603": ("covered", "“Hà Nội, ngày 09 tháng 10 năm 2026”."),
        "DS604": ("covered", "“QUYẾT ĐỊNH” + “Ban hành Kế hoạch triển khai Chiến lược dữ liệu quốc gia”; the plan carries “KẾ HOẠCH” and its own summary line."),
        "DS605": ("covered", "“Nơi nhận:” under the decision."),
        "DS606": ("covered", "“KT. BỘ TRƯỞNG”, “THỨ TRƯỞNG”, “Đặng Quốc Minh” (the attached plan itself is unsigned, as usual)."),
        "DS901": ("covered", "A decision issuing a plan; the plan has targets and tasks."),
        "DS902": ("covered", "No past-results part."),
        "DS903": ("covered", "Ordinary Unicode (NFC) text."),
    })

ANN["c5"] = dict(
    profile="province", form="standalone", local_strategy=False,
    style="Draft (DỰ THẢO) with blank number and day; header as stacked centred paragraphs (no table); centred 'PHẦN THỨ NHẤT/HAI/BA/TƯ' headings with a soft line break before the heading text; decimal task numbers '1.1.' each followed by '+ Cơ quan thực hiện / + Thời gian / + Kết quả' lines; funding folded into 'Tổ chức thực hiện'; signature as one right-aligned paragraph with soft breaks; no annex.",
    req={
        "DS101": ("covered", "Strategy named, then the decision: “Chiến lược dữ liệu quốc gia đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 142/QĐ-TTg ngày 02 tháng 02 năm 2024”."),
        "DS102": ("covered", "“Công văn số 1901/BTTTT-VCL ngày 16/5/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Chiến lược dữ liệu quốc gia”."),
        "DS103": ("covered", "Standalone data plan: “Thực hiện Luật Dữ liệu và Chiến lược dữ liệu quốc gia”."),
        "DS104": ("covered", "Local detail: “mã số vùng trồng sầu riêng, xoài, vú sữa Lò Rèn”, “Trung tâm dữ liệu tỉnh Đồng Tháp đặt tại Mỹ Tho”, LGSP merger of the two former provinces."),
        "DS105": ("missing", "Results go only to the provincial People's Committee (“tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện”); nothing is sent to Bộ KH&CN and Nơi nhận does not list it."),
        "DS201": ("covered", "“100% cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh mở và cung cấp dữ liệu mở bảo đảm chất lượng trên Cổng dữ liệu quốc gia”."),
        "DS202": ("covered", "“100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.”"),
        "DS203": ("covered", "“Tối thiểu 80% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng; người dân, doanh nghiệp chỉ cung cấp thông tin một lần”."),
        "DS204": ("covered", "“100% nhu cầu kết nối, tích hợp, chia sẻ dữ liệu được thực hiện qua LGSP tỉnh, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.”"),
        "DS205": ("missing", "The data centres are merged (task 2.1) but nothing connects the provincial data centre or IOC to the National Data Centre or a regional data centre."),
        "DS206": ("covered", "“Hạ tầng điện toán đám mây của tỉnh đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu”; task 2.2."),
        "DS207": NA_PROV, "DS208": NA_PROV,
        "DS290": ("covered", "No target below a national floor for the same or a later year: “60% dữ liệu kết quả giải quyết thủ tục hành chính được khai thác, tái sử dụng.” is a 2027 milestone; the 2030 target is “Tối thiểu 80%”."),
        "DS291": ("covered", "Percent targets for “1. Đến năm 2027” and “2. Đến năm 2030”."),
        "DS301": ("covered", "Task 1.1: “Xây dựng Quy định về quản lý, kết nối, chia sẻ và khai thác dữ liệu số trên địa bàn tỉnh Đồng Tháp”; task 1.2 Danh mục dữ liệu dùng chung."),
        "DS302": ("covered", "Task 2.1: “chuyển Trung tâm dữ liệu tại Cao Lãnh thành trung tâm dự phòng, sao lưu dữ liệu”; task 2.2 cloud."),
        "DS303": ("covered", "Task 3.1: “Xây dựng Kho dữ liệu dùng chung của tỉnh”; task 3.2 agricultural database."),
        "DS304": ("covered", "Task 4.1: “kết nối, chia sẻ dữ liệu với NDXP, Cơ sở dữ liệu quốc gia về dân cư”; Đề án 06."),
        "DS305": ("covered", "Task 5.1: “Bảo đảm an toàn hệ thống thông tin theo cấp độ” and “bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP”."),
        "DS306": ("covered", "Task 6.1: “xây dựng bảng điều hành; ứng dụng trí tuệ nhân tạo phân tích dữ liệu nông nghiệp”."),
        "DS307": ("covered", "Task 7.1: “Bồi dưỡng kỹ năng quản trị, khai thác dữ liệu”; “tuyên truyền nâng cao nhận thức”."),
        "DS308": ("missing", "Open data appears only as a 2030 target (Phần thứ hai); no task issues or publishes an open-data catalogue."),
        "DS309": NA_PROV, "DS310": NA_PROV,
        "DS311": ("covered", "Task 4.1: “Việc kết nối bảo đảm đồng bộ với kế hoạch phát triển dữ liệu của các bộ, ngành chủ quản.”"),
        "DS312": ("covered", "Task 1.2: “Ban hành Danh mục cơ sở dữ liệu của tỉnh và Danh mục dữ liệu dùng chung”."),
        "DS401": ("covered", "“PHẦN THỨ TƯ” (Tổ chức thực hiện) with “II. TRÁCH NHIỆM THỰC HIỆN” assigning Sở KH&CN, Công an tỉnh, Sở Tài chính, sở ngành, xã/phường."),
        "DS402": ("covered", "Sở Khoa học và Công nghệ “là cơ quan đầu mối, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch”."),
        "DS403": ("covered", "“I. KINH PHÍ”: “Ngân sách tỉnh theo phân cấp hiện hành”, xã hội hóa, other lawful sources."),
        "DS404": ("partial", "Reporting is mentioned (“tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện”; units “gửi kết quả thực hiện về Sở Khoa học và Công nghệ”) but with no period or date."),
        "DS410": ("partial", "Task 2.1 (merging the data centres) has no “+ Cơ quan thực hiện” line; every other task names one."),
        "DS411": ("covered", "Every task has a “+ Thời gian” line (Quý I/2027 ... 2027 - 2030, Hằng năm)."),
        "DS412": ("partial", "Tasks 2.2 (cloud) and 7.1 (training) have no “+ Kết quả” line; the others name an output."),
        "DS413": ("covered", "All deadlines lie between Quý I/2027 and 2030, after the draft's date (November 2026)."),
        "DS501": ("missing", "No purpose/requirements section; Phần thứ nhất has only need, legal bases and current state."),
        "DS502": ("covered", "“PHẦN THỨ HAI” MỤC TIÊU with “I. MỤC TIÊU CHUNG” and “II. MỤC TIÊU CỤ THỂ”."),
        "DS503": ("covered", "“PHẦN THỨ BA” NHIỆM VỤ VÀ GIẢI PHÁP."),
        "DS504": ("missing", "No annex task table; tasks carry their own '+' lines."),
        "DS520": NA_LOCAL, "DS521": NA_LOCAL, "DS522": NA_LOCAL, "DS523": NA_LOCAL, "DS524": NA_LOCAL,
        "DS525": NA_LOCAL, "DS526": NA_LOCAL, "DS527": NA_LOCAL, "DS528": NA_LOCAL,
        "DS601": ("covered", "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” / “Độc lập - Tự do - Hạnh phúc” (stacked centred lines)."),
        "DS602": ("partial", "Draft: the symbol “/KH-UBND” is there but the number is left blank."),
        "DS603": ("partial", "Draft: place and month/year present (“tháng 11 năm 2026”) but the day is left blank."),
        "DS604": ("covered", "“KẾ HOẠCH” + “Thực hiện Luật Dữ liệu và Chiến lược dữ liệu quốc gia” (soft line breaks inside the title paragraph)."),
        "DS605": ("covered", "“Nơi nhận:” list."),
        "DS606": ("covered", "“TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “Huỳnh Văn Lộc”."),
        "DS901": ("covered", "It is a (draft) plan with targets and tasks."),
        "DS902": ("covered", "The “III. THỰC TRẠNG” part reports existing LGSP/NDXP links and the 2021 rules, but every requirement it touches also has evidence in targets or tasks (DS204 target, DS301 task 1.1)."),
        "DS903": ("covered", "Ordinary Unicode (NFC) text."),
    })

ALL_IDS = (["DS10%d" % k for k in range(1, 6)] + ["DS20%d" % k for k in range(1, 9)] + ["DS290", "DS291"]
           + ["DS3%02d" % k for k in range(1, 13)] + ["DS40%d" % k for k in range(1, 5)]
           + ["DS41%d" % k for k in range(0, 4)] + ["DS50%d" % k for k in range(1, 5)] + LOCAL_IDS
           + ["DS60%d" % k for k in range(1, 7)] + ["DS90%d" % k for k in range(1, 4)])
assert len(ALL_IDS) == 57


def annotation(key):
    a = ANN[key]
    req = dict(a["req"])
    for i in LOCAL_IDS:
        req.setdefault(i, NA_LOCAL)
    missing = [i for i in ALL_IDS if i not in req]
    extra = [i for i in req if i not in ALL_IDS]
    if missing or extra:
        raise SystemExit("%s: ids missing %s extra %s" % (key, missing, extra))
    return {
        "profile": a["profile"],
        "form": a["form"],
        "local_strategy": a["local_strategy"],
        "style": a["style"],
        "requirements": {i: {"status": req[i][0], "why": req[i][1]} for i in ALL_IDS},
    }


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    base = os.path.dirname(os.path.abspath(__file__))
    ok = True
    for rel, markup in PLANS:
        path = os.path.join(base, rel + ".docx")
        write_docx(path, markup)
        # valid zip, well-formed XML parts
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                raise SystemExit("corrupt member %s in %s" % (bad, path))
            for n in z.namelist():
                minidom.parseString(z.read(n))
        text = visible_text(path)
        key = os.path.basename(rel).split("-")[0]
        ann = annotation(key)
        ntext = norm(text)
        for rid, v in ann["requirements"].items():
            for q in re.findall(r"“([^”]+)”", v["why"]):
                if norm(q.replace('\\"', '"')) not in ntext:
                    print("  quote not found in %s %s: %s" % (key, rid, q))
                    ok = False
        with open(os.path.join(base, rel + ".annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=2)
            f.write("\n")
        counts = {}
        for v in ann["requirements"].values():
            counts[v["status"]] = counts.get(v["status"], 0) + 1
        print("%-58s %6d bytes of text  %s" % (rel + ".docx", len(text.encode("utf-8")), counts))
    # PDF copies of c1 and c3, only if LibreOffice is installed
    soffice = shutil.which("soffice")
    if soffice:
        for rel, _ in PLANS[:1] + PLANS[2:3]:
            path = os.path.join(base, rel + ".docx")
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir",
                            os.path.dirname(path), path], check=False)
    else:
        print("soffice not found: PDF conversion skipped")
    if not ok:
        raise SystemExit("some quoted evidence was not found in the visible text")


if __name__ == "__main__":
    main()
