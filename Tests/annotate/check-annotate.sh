#!/usr/bin/env bash
# Annotates Word plans of several shapes (styled, numbered, unstyled, legacy-font, tables; the
# corpus's Word plans) with `plancheck annotate` and checks them as the people who receive them
# would: python-docx opens each copy, its paragraphs (and table cells) read exactly as the
# original's, and it holds one comment per finding of `plancheck lint`, each anchored in a
# paragraph of the body. LibreOffice (when installed) renders one copy with its comments to PDF and
# a PNG of the first page, for a look.
# Usage: Tests/annotate/check-annotate.sh [PLANCHECK_BINARY]   (run by scripts/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/plancheck}"
work=".build/annotate-check"
rm -rf "$work" && mkdir -p "$work"
plans=(Examples/office/*.docx Examples/corpus/tuned/*.docx)
for plan in "${plans[@]}" Examples/office/*.odt; do
  name=$(basename "$plan"); kind="${name##*.}"; name="${name%.*}"
  "$binary" annotate "$plan" -o "$work/$name.nhan-xet.$kind" >/dev/null
  status=0; "$binary" lint "$plan" --format json >"$work/$name.$kind.json" || status=$?
  [ "$status" -le 1 ] || { echo "check-annotate: lint failed on $plan" >&2; exit 1; }
done
# LibreOffice documents: one office:annotation per finding, the package still an OpenDocument.
python3 - "$work" Examples/office/*.odt <<'PY'
import json, os, sys, zipfile
work, plans = sys.argv[1], sys.argv[2:]
problems = []
for plan in plans:
    name = os.path.basename(plan)[:-4]
    findings = len(json.load(open(f"{work}/{name}.odt.json", encoding="utf-8"))["documents"][0]["findings"])
    with zipfile.ZipFile(f"{work}/{name}.nhan-xet.odt") as package:
        first = package.infolist()[0]
        notes = package.read("content.xml").decode("utf-8").count("<office:annotation ")
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED: problems.append(f"{name}.odt: mimetype is not first and stored")
    if notes != findings: problems.append(f"{name}.odt: {notes} annotations for {findings} findings")
for p in problems: print("check-annotate: " + p, file=sys.stderr)
if problems: sys.exit(1)
print(f"check-annotate: {len(plans)} LibreOffice plans annotated, one office:annotation per finding")
PY
python3 - "$work" "${plans[@]}" <<'PY'
import json, os, re, sys, zipfile
import docx
work, plans = sys.argv[1], sys.argv[2:]
problems, total = [], 0
def texts(document):
    result = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                result += [p.text for p in cell.paragraphs]
    return result
for plan in plans:
    name = os.path.basename(plan)[:-5]
    copy = f"{work}/{name}.nhan-xet.docx"
    original, annotated = docx.Document(plan), docx.Document(copy)
    if texts(original) != texts(annotated):
        problems.append(f"{name}: the annotated copy's text differs from the original's")
    findings = len(json.load(open(f"{work}/{name}.docx.json", encoding="utf-8"))["documents"][0]["findings"])
    with zipfile.ZipFile(copy) as package:
        comments = package.read("word/comments.xml").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
        bad = package.testzip()
    count = len(re.findall(r"<w:comment ", comments))
    # A draft may come with its reviewers' comments: they stay, beside one per finding.
    with zipfile.ZipFile(plan) as package:
        own = (len(re.findall(r"<w:comment ", package.read("word/comments.xml").decode("utf-8")))
               if "word/comments.xml" in package.namelist() else 0)
    starts = set(re.findall(r'<w:commentRangeStart w:id="(\d+)"/>', body))
    refs = set(re.findall(r'<w:commentReference w:id="(\d+)"/>', body))
    ids = set(re.findall(r'<w:comment w:id="(\d+)"', comments))
    if bad: problems.append(f"{name}: damaged entry {bad}")
    if count != findings + own: problems.append(f"{name}: {count} comments for {findings} findings and {own} of the draft's")
    if not (ids == starts == refs): problems.append(f"{name}: comment ids, ranges and references do not match")
    if 'w:author="plancheck"' not in comments and findings: problems.append(f"{name}: comments are not by plancheck")
    total += count
for p in problems: print("check-annotate: " + p, file=sys.stderr)
if problems: sys.exit(1)
print(f"check-annotate: {len(plans)} Word plans annotated, {total} comments; python-docx reads each copy with the original's text")
PY
if command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libswlo.so ]; then
  copy="$work/ke-hoach-cds-tinh-2025.nhan-xet.docx"
  timeout 180 soffice --headless --convert-to pdf --outdir "$work/lo" "$copy" >/dev/null 2>&1 || true
  pdf="$work/lo/ke-hoach-cds-tinh-2025.nhan-xet.pdf"
  [ -s "$pdf" ] || { echo "check-annotate: LibreOffice could not open the annotated copy" >&2; exit 1; }
  pdftoppm -r 70 -png -f 1 -l 1 "$pdf" "$work/lo/page" 2>/dev/null
  echo "check-annotate: LibreOffice rendered the annotated copy: $pdf, $work/lo/page-1.png"
else
  echo "check-annotate: LibreOffice Writer not installed; the copies are checked with python-docx only"
fi
