#!/usr/bin/env bash
# Screens the generated plan variants (scripts/make-variants.py, 221 files) with `plancheck report`
# and checks everything a user would: every status against expected.json, the XLSX read back with
# openpyxl (and with LibreOffice when it has Calc), a cached re-run, and the HTML opened in headless
# Chromium, asserting the page's own checks through --dump-dom (rows rendered, filters, the details
# of a cell with its quote, no script from a plan run) and taking a screenshot.
# Usage: Tests/report/check-report.sh [PLANCHECK_BINARY]   (run by scripts/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/plancheck}"
work=".build/report-check"
rm -rf "$work" && mkdir -p "$work"
count=$(python3 scripts/make-variants.py "$work/plans")
[ "$count" -ge 200 ] || { echo "check-report: only $count variants" >&2; exit 1; }

run_report() {  # the exit status is 3: two damaged files are rows with their error
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$binary" report "$work/plans" --html "$work/report.html" \
    --xlsx "$work/report.xlsx" --csv "$work/report.csv" --json "$work/report.json" --cache "$work/cache" \
    2>"$work/stderr" || status=$?
  [ "$status" -eq 3 ] || { cat "$work/stderr" >&2; echo "check-report: exit status $status, expected 3" >&2; exit 1; }
}
run_report
read -r seconds rss < <(tail -1 "$work/time")
echo "check-report: $count plans screened in ${seconds} s, peak RSS $((rss / 1024)) MB (debug build unless given)"
grep -q "($((2)) không đọc được, 0 lấy từ bộ đệm)" "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
run_report
grep -q "(2 không đọc được, $((count - 2)) lấy từ bộ đệm)" "$work/stderr" \
  || { cat "$work/stderr" >&2; echo "check-report: the re-run did not come from the cache" >&2; exit 1; }

if command -v script >/dev/null; then  # a pseudo-terminal: the progress bar must show, and end cleared
  script -qec "$binary report $work/plans --cache $work/cache-tty" /dev/null >"$work/tty.txt" 2>&1 || true
  grep -q "$count/$count văn bản" "$work/tty.txt" || { echo "check-report: no progress bar on a terminal" >&2; exit 1; }
  echo "check-report: progress bar drawn on a terminal"
fi

lo_csv=()
if command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libsclo.so ]; then
  HOME="$PWD/$work" timeout 180 soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$work/lo" "$work/report.xlsx" >/dev/null 2>&1 || true
  [ -s "$work/lo/report.csv" ] || { echo "check-report: LibreOffice could not open the workbook" >&2; exit 1; }
  lo_csv=("$work/lo/report.csv")
  echo "check-report: LibreOffice opened the workbook"
else
  echo "check-report: LibreOffice Calc not installed; the workbook is checked with openpyxl only"
fi
python3 Tests/report/check_report.py "$work/plans" "$work/report.json" "$work/report.xlsx" "${lo_csv[@]}"

# Which row and column to open, and what the page must then show, from the JSON.
read -r row column quote ministries < <(python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
docs = report["documents"]
row = next(i for i, d in enumerate(docs) if d["path"].endswith("ke-hoach-tinh-son-la--goc.md"))
ids = [r["id"] for r in report["matrix"]["requirements"]]
column = ids.index("DS201")
quote = next(r for r in docs[row]["requirements"] if r["id"] == "DS201")["evidence"][0]["quote"]
ministries = sum(1 for d in docs if d["profile"] == "ministry")
print(row, column, quote.replace(" ", "\u00a0"), ministries)
PY
)
quote="${quote//$'\u00a0'/ }"
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000)
url="file://$PWD/$work/report.html"
timeout 120 "${chrome[@]}" --dump-dom "$url#cell=$row,$column" >"$work/dom.html" 2>/dev/null
timeout 120 "${chrome[@]}" --dump-dom "$url#profile=ministry" >"$work/dom-ministry.html" 2>/dev/null
timeout 120 "${chrome[@]}" --dump-dom "$url#sort=DS101" >"$work/dom-sorted.html" 2>/dev/null
timeout 120 "${chrome[@]}" --screenshot="$work/report.png" "$url#cell=$row,$column" >/dev/null 2>&1
python3 - "$work/dom.html" "$work/dom-ministry.html" "$work/report.png" "$count" "$row" "$quote" "$ministries" <<'PY'
import os, re, sys
dom, dom_ministry, png, count, row, quote, ministries = sys.argv[1:]
page = open(dom, encoding="utf-8").read()
problems = []
def attribute(text, name):
    match = re.search(r'<body[^>]*\s' + name + r'="([^"]*)"', text)
    return match.group(1) if match else None
if attribute(page, "data-ready") != "1": problems.append("the page's script did not finish")
if attribute(page, "data-rendered-rows") != count: problems.append(f"rendered rows {attribute(page, 'data-rendered-rows')}, expected {count}")
if attribute(page, "data-shown-rows") != count: problems.append("not every row is shown without filters")
if attribute(open(dom_ministry, encoding="utf-8").read(), "data-shown-rows") != ministries:
    problems.append(f"the ministry filter does not show the {ministries} ministry plans")
details = re.search(r'<aside id="details"[^>]*>.*?</aside>', page, re.S)
if not details or f'data-row="{row}"' not in details.group(0) or "hidden" in details.group(0).split(">")[0]:
    problems.append("the cell's details did not open")
elif quote not in details.group(0) or "DS201" not in details.group(0):
    problems.append(f"the details do not show the quote {quote!r}")
title = re.search(r"<title>(.*?)</title>", page, re.S)
if not title or "PWNED" in title.group(1).upper() or re.search(r"<img[^>]*onerror", page, re.I) or re.search(r"<script>document", page, re.I):
    problems.append("a plan's HTML ran in the report")
if not re.search(r"&lt;img src=x onerror", page, re.I): problems.append("the plan's HTML is not shown as text")
# Sorted on the first requirement column (DS101): rows whose DS101 is missing come first.
sorted_page = open(dom.replace("dom.html", "dom-sorted.html"), encoding="utf-8").read()
cells = re.findall(r'<td class="c s-([a-z_]+)" data-c="0"', sorted_page)
order = {"missing": 0, "partial": 1, "waived": 2, "covered": 3, "not_applicable": 4}
if not cells or [order[c] for c in cells] != sorted(order[c] for c in cells) or cells[0] != "missing":
    problems.append("sorting on DS101 does not put missing first")
if not os.path.exists(png) or os.path.getsize(png) < 10000 or open(png, "rb").read(4) != b"\x89PNG":
    problems.append("no screenshot")
for p in problems: print("check-report: " + p, file=sys.stderr)
if problems: sys.exit(1)
print(f"check-report: Chromium rendered {count} rows, filtered to {ministries} ministries, opened row {row} with its quote; screenshot {png}")
PY

# "Which provinces miss DS403?": the requirement filter with the profile filter shows exactly the
# provinces whose DS403 is missing or partial in the JSON.
timeout 120 "${chrome[@]}" --dump-dom "$url#req=DS403&profile=province" >"$work/dom-ds403.html" 2>/dev/null
python3 - "$work/report.json" "$work/dom-ds403.html" <<'PY'
import json, re, sys
report, dom = sys.argv[1:]
docs = json.load(open(report, encoding="utf-8"))["documents"]
want = sum(1 for d in docs if d["profile"] == "province"
           and any(r["id"] == "DS403" and r["status"] in ("missing", "partial") for r in d["requirements"]))
got = re.search(r'data-shown-rows="(\d+)"', open(dom, encoding="utf-8").read())
if not got or int(got.group(1)) != want:
    print(f"check-report: the DS403 filter shows {got and got.group(1)} provinces, the JSON has {want}", file=sys.stderr); sys.exit(1)
print(f"check-report: the requirement filter finds the {want} provinces that miss DS403")
PY

# Printed: the landscape print style puts every requirement column on the page with the document
# column beside it (checked on the first page's text), and the page renders to an image.
timeout 120 "${chrome[@]}" --print-to-pdf="$work/report.pdf" --no-pdf-header-footer "$url" >/dev/null 2>&1
pdftotext -f 1 -l 1 -layout "$work/report.pdf" "$work/page-1.txt"
pdftoppm -f 1 -l 1 -singlefile -png -r 60 "$work/report.pdf" "$work/page" >/dev/null 2>&1
python3 - "$work/report.json" "$work/page-1.txt" "$work/page.png" <<'PY'
import json, os, re, sys
report, page, png = sys.argv[1:]
ids = [r["id"] for r in json.load(open(report, encoding="utf-8"))["matrix"]["requirements"]]
text = open(page, encoding="utf-8").read()
missing = [i for i in ids if i not in text]
first = os.path.basename(json.load(open(report, encoding="utf-8"))["documents"][0]["path"])
problems = []
if missing: problems.append(f"the printed page lacks the columns {missing[:5]}…")
if first[:20] not in text.replace("\n", ""): problems.append(f"the printed page does not name the first document {first}")
if not os.path.exists(png) or open(png, "rb").read(4) != b"\x89PNG": problems.append("the printed page did not render")
for p in problems: print("check-report: " + p, file=sys.stderr)
if problems: sys.exit(1)
print(f"check-report: printed landscape, the first page shows all {len(ids)} requirement columns beside the document names")
PY

# A second round in which one plan gained a funding section: --compare shows DS403 improved for
# it in the page Chromium renders and in the workbook openpyxl reads. The plan moved folders and
# was renamed: it is matched by its issuer and number.
round="$work/round"
rm -rf "$round" && mkdir -p "$round/1" "$round/2"
grep -v "KINH PHÍ\|Kinh phí thực hiện từ nguồn" Examples/ke-hoach-tinh-thieu.txt >"$round/1/ha-giang.txt"
cp Examples/ke-hoach-tinh-thieu.txt "$round/2/ha-giang-da-sua.txt"
cp Examples/ke-hoach-bo-y-te.md "$round/1/" && cp Examples/ke-hoach-bo-y-te.md "$round/2/"
"$binary" report "$round/1" --json "$round/1.json" --quiet
"$binary" report "$round/2" --compare "$round/1.json" --html "$round/2.html" --xlsx "$round/2.xlsx" --quiet
timeout 120 "${chrome[@]}" --dump-dom "file://$PWD/$round/2.html" >"$round/dom.html" 2>/dev/null
python3 - "$round/dom.html" "$round/2.xlsx" <<'PY'
import re, sys, openpyxl
dom, xlsx = sys.argv[1:]
page = open(dom, encoding="utf-8").read()
problems = []
if not re.search(r'<td class="up">DS403</td>', page): problems.append("the page's comparison does not list DS403 as improved")
row = next((r for r in re.findall(r'<tr data-row[^>]*>.*?</tr>', page, re.S) if "ha-giang-da-sua.txt" in r), "")
if not re.search(r'title="DS403: đạt \(tiến bộ\)">✓↑</td>', row): problems.append("the plan's DS403 cell has no ↑")
sheet = openpyxl.load_workbook(xlsx).worksheets[0]
header = [c.value for c in sheet[1]]
values = {r[0]: r[header.index("So với đợt trước")] for r in sheet.iter_rows(min_row=2, values_only=True)}
plan = next((v for k, v in values.items() if k.endswith("ha-giang-da-sua.txt")), None)
if plan != "↑ DS403": problems.append(f"the workbook says {plan!r} for the plan, not ↑ DS403")
for p in problems: print("check-report: " + p, file=sys.stderr)
if problems: sys.exit(1)
print("check-report: a second round shows DS403 improved for the amended plan in Chromium and in openpyxl")
PY
