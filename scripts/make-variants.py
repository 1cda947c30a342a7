#!/usr/bin/env python3
"""Writes a folder of plan variants for screening tests, with what each should give.

Usage: scripts/make-variants.py OUT_DIR

From the example plans (Examples/*.md, *.txt) it writes: wording variants that must not change any
status (NFD, old tone placement, CRLF and no-break spaces, "đảm bảo" for "bảo đảm", all together),
the same in Word (.docx, through make-office-examples.py), variants with one top-level section
dropped (the requirement that section carries must then not be covered), the committed office
versions (.docx/.odt/.pdf, TCVN3, VNI), damaged files (which must be rows with an error) and a plan
with HTML in it (which the HTML report must show as text). OUT_DIR/expected.json holds, per file,
either {"statuses": {ID: covered | not_applicable | not_covered}} (as Examples/annotations.json reads
the original; not_covered is missing or partial), {"not_covered": [ID…]} or {"error": true}.
"""
import importlib.util, json, os, re, shutil, sys, unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
examples = os.path.join(root, "Examples")
spec = importlib.util.spec_from_file_location("office", os.path.join(root, "scripts", "make-office-examples.py"))
office = importlib.util.module_from_spec(spec)
spec.loader.exec_module(office)

out = sys.argv[1]
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
annotations = json.load(open(os.path.join(examples, "annotations.json"), encoding="utf-8"))
catalogue = [line.strip() for line in open(os.path.join(root, "Tests", "Fixtures", "catalogue-ids.txt")) if line.strip()]


def statuses(name, unicode_form_changed=False):
    """Every requirement as the reviewer's annotation reads the plan: covered, not_applicable, or
    not_covered (missing or partial). DS903 reports text that is not in NFC, so a variant whose
    Unicode form was changed is not held to the original's DS903."""
    entry = annotations[name]
    result = {rid: "not_covered" for rid in catalogue}
    for status in ("covered", "not_applicable"):
        for rid in entry.get(status, []):
            result[rid] = status
    if unicode_form_changed:
        result.pop("DS903", None)
    return result


OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
             "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
             "Ủy": "Uỷ", "ỦY": "UỶ"}


def old_tones(text):
    for new, old in OLD_TONES.items():
        text = text.replace(new, old)
    return text


TRANSFORMS = {
    "goc": lambda t: t,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "dau-cu": old_tones,
    "crlf": lambda t: t.replace(" dữ liệu", "\u00a0dữ liệu").replace("\n", "\r\n"),
    "dam-bao": lambda t: t.replace("bảo đảm", "đảm bảo").replace("Bảo đảm", "Đảm bảo"),
    "tron": lambda t: unicodedata.normalize("NFD", old_tones(t)).replace("\n", "\r\n"),
}

# What a dropped section carries: the requirements that must then not be covered.
CARRIES = [("TỔ CHỨC THỰC HIỆN", ["DS401"]), ("DANH MỤC NHIỆM VỤ", ["DS504"]),
           ("NHIỆM VỤ", ["DS503", "DS525"]), ("MỤC TIÊU", ["DS502", "DS524"]), ("MỤC ĐÍCH", ["DS501"]),
           ("ĐÁNH GIÁ HIỆN TRẠNG", ["DS521"]), ("QUAN ĐIỂM", ["DS522"]), ("TẦM NHÌN", ["DS523"]),
           ("SỰ CẦN THIẾT", ["DS520"]), ("KINH PHÍ", ["DS403"])]
HEADING = re.compile(r"^(#*)\s*(Phần\s+)?([IVX]+\.|PHỤ LỤC)\s*(.*)$")


def sections(lines):
    """(start, end, title) of each numbered top-level part (I., II., PHỤ LỤC) of a plan."""
    found = []
    for index, line in enumerate(lines):
        match = HEADING.match(line)
        if not match:
            continue
        level = len(match.group(1))
        end = index + 1
        while end < len(lines):
            other = HEADING.match(lines[end]) or re.match(r"^(#+)\s", lines[end])
            if other and (level == 0 and HEADING.match(lines[end]) or level > 0 and 0 < len(other.group(1)) <= level):
                break
            end += 1
        found.append((index, end, line.upper()))
    return found


expected = {}


def emit(name, text, expectation, docx=False):
    if docx:
        office.write_docx(os.path.join(out, name), office.body_from_markdown(text))
    else:
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    expected[name] = expectation


sources = [n for n in sorted(os.listdir(examples)) if n in annotations and n.endswith((".md", ".txt"))]
for source in sources:
    text = open(os.path.join(examples, source), encoding="utf-8").read()
    stem, ext = os.path.splitext(source)
    for key, transform in TRANSFORMS.items():
        want = {"statuses": statuses(source, unicode_form_changed=key in ("nfd", "tron"))}
        emit(f"{stem}--{key}{ext}", transform(text), want)
        if ext == ".md":
            emit(f"{stem}--{key}.docx", transform(text), want, docx=True)
    if source == "bien-ban-hop.txt":
        continue
    lines = text.split("\n")
    for number, (start, end, title) in enumerate(sections(lines)):
        carried = next((ids for word, ids in CARRIES if word in title), [])
        covered = [rid for rid in carried if statuses(source).get(rid) == "covered"]
        dropped = "\n".join(lines[:start] + lines[end:])
        for key in ("goc", "nfd", "dau-cu", "tron"):
            emit(f"{stem}--bo-muc-{number + 1}--{key}{ext}", TRANSFORMS[key](dropped), {"not_covered": covered})
        if ext == ".md":
            for key in ("goc", "dau-cu"):
                emit(f"{stem}--bo-muc-{number + 1}--{key}.docx", TRANSFORMS[key](dropped), {"not_covered": covered}, docx=True)

office_dir = os.path.join(examples, "office")
for name in sorted(os.listdir(office_dir)):
    stem = os.path.splitext(name)[0]
    original = stem.replace("-tcvn3", "").replace("-vni", "")
    source = next((s for s in sources if os.path.splitext(s)[0] == original), None)
    if source is None:
        continue
    expectation = statuses(source)
    if stem != original:  # legacy encodings: the same statuses, except DS903 which reports the conversion
        expectation = {k: v for k, v in expectation.items() if k != "DS903"}
    shutil.copy(os.path.join(office_dir, name), os.path.join(out, "office--" + name))
    expected["office--" + name] = {"statuses": expectation}

with open(os.path.join(out, "hong--cat-cut.docx"), "wb") as f:
    f.write(open(os.path.join(office_dir, "ke-hoach-bo-y-te.docx"), "rb").read()[:3000])
expected["hong--cat-cut.docx"] = {"error": True}
with open(os.path.join(out, "hong--word-cu.doc"), "wb") as f:
    f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
expected["hong--word-cu.doc"] = {"error": True}
# The header in capitals, as headers are, so that it is read as the issuer's name and shown.
emit("html--chen-ma.md", "| UBND TỈNH <IMG SRC=X ONERROR=\"DOCUMENT.TITLE='PWNED'\"> | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
     "|---|---|\n| Số: 9/KH-UBND | |\n\n# KẾ HOẠCH\n\n## I. NHIỆM VỤ\n\n1. Công bố dữ liệu mở <script>document.title='PWNED'</script>\n",
     {"not_covered": []})

with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(expected))
