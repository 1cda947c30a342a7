#!/usr/bin/env python3
"""Checks a `plancheck report` run over the variants of scripts/make-variants.py.

Usage: check_report.py VARIANTS_DIR REPORT.json REPORT.xlsx [LIBREOFFICE.csv]
Exits 1 listing every document whose statuses differ from expected.json, or an XLSX cell that
does not read back as the JSON says.
"""
import json, os, sys

folder, json_path, xlsx_path = sys.argv[1:4]
expected = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))
report = json.load(open(json_path, encoding="utf-8"))
problems = []

documents = {os.path.basename(d["path"]): d for d in report["documents"]}
if sorted(documents) != sorted(expected):
    problems.append(f"documents differ: report has {len(documents)}, expected {len(expected)}: "
                    f"{sorted(set(documents) ^ set(expected))[:5]}")
paths = [d["path"] for d in report["documents"]]
if paths != sorted(paths):
    problems.append("documents are not sorted by path")

for name, want in sorted(expected.items()):
    document = documents.get(name)
    if document is None:
        continue
    got = {r["id"]: r["status"] for r in document["requirements"]}
    if want.get("error"):
        if not document["error"]:
            problems.append(f"{name}: expected an error row, got statuses")
        continue
    if document["error"]:
        problems.append(f"{name}: unexpected error {document['error']}")
        continue
    for rid, status in want.get("statuses", {}).items():
        actual = "not_covered" if got.get(rid) in ("missing", "partial") else got.get(rid)
        if actual != status:
            problems.append(f"{name}: {rid} is {got.get(rid)}, expected {status}")
    for rid in want.get("not_covered", []):
        if got.get(rid) == "covered":
            problems.append(f"{name}: {rid} is covered although its section was dropped")

matrix_rows = {os.path.basename(r["path"]): r for r in report["matrix"]["rows"]}
for name, document in documents.items():
    statuses = {r["id"]: r["status"] for r in document["requirements"]}
    if matrix_rows[name]["statuses"] != statuses:
        problems.append(f"{name}: matrix row differs from the document's requirements")

# The workbook, read back as Excel users get it.
import openpyxl
workbook = openpyxl.load_workbook(xlsx_path)
names = workbook.sheetnames
if len(names) != 3:
    problems.append(f"workbook sheets: {names}")
matrix = workbook.worksheets[0]
header = [c.value for c in matrix[1]]
if matrix.max_row != len(documents) + 1:
    problems.append(f"matrix sheet has {matrix.max_row - 1} rows for {len(documents)} documents")
symbols = {"covered": "✓", "partial": "◐", "missing": "✗", "not_applicable": "–", "waived": "⊘"}
requirement_columns = {h.split(" ")[0]: i for i, h in enumerate(header) if h and h.startswith("DS")}
checked_cells = 0
for row in matrix.iter_rows(min_row=2, values_only=True):
    document = documents.get(os.path.basename(row[0]))
    if document is None:
        problems.append(f"matrix sheet row for unknown document {row[0]}")
        continue
    if document["error"]:
        if document["error"] not in (row[header.index("Lỗi đọc tệp")] or ""):
            problems.append(f"{row[0]}: the error is not in the matrix sheet")
        continue
    for requirement in document["requirements"]:
        cell = row[requirement_columns[requirement["id"]]] or ""
        if not cell.startswith(symbols[requirement["status"]] + " "):
            problems.append(f"{row[0]} {requirement['id']}: sheet says {cell!r}, JSON {requirement['status']}")
        checked_cells += 1
fill = matrix.cell(row=2, column=requirement_columns["DS101"] + 1).fill.fgColor.rgb
if fill in (None, "00000000"):
    problems.append("status cells have no fill colour")
findings = workbook.worksheets[1]
finding_rows = sum(len(d["findings"]) for d in report["documents"])
evidence_rows = sum(len(r["evidence"]) for d in report["documents"] for r in d["requirements"] if r["status"] != "not_applicable")
if findings.max_row - 1 != finding_rows + evidence_rows:
    problems.append(f"findings sheet has {findings.max_row - 1} rows, expected {finding_rows} findings + {evidence_rows} quotes")

if len(sys.argv) > 4:  # LibreOffice's CSV of the matrix sheet: same header and row count
    import csv
    lines = list(csv.reader(open(sys.argv[4], encoding="utf-8-sig", newline="")))
    if len(lines) != len(documents) + 1 or lines[0][:2] != ["Văn bản", "Cơ quan ban hành"]:
        problems.append(f"LibreOffice read {len(lines)} rows from the matrix sheet")
    elif lines[0] != header:
        problems.append("LibreOffice reads another header than openpyxl")

for problem in problems[:40]:
    print("check-report: " + problem, file=sys.stderr)
if problems:
    print(f"check-report: {len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)
print(f"check-report: {len(documents)} documents as expected; {checked_cells} XLSX cells match the JSON")
