#!/usr/bin/env bash
# `plancheck serve` from outside, on loopback: every example through the API and the form (statuses
# as lint gives them), limits and hostile uploads (zip bomb, billion laughs, 1 GB bodies) refused with
# the right status while other requests are served, the bearer token (check_server.py); the API
# against docs/openapi.yaml with schemathesis; the upload page and a result page in headless
# Chromium (DOM asserted, screenshots taken); and a short load from a second process (no errors).
# Usage: Tests/server/check-server.sh [PLANCHECK_BINARY]   (run by scripts/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/plancheck}"
work="$PWD/.build/server-check"
rm -rf "$work" && mkdir -p "$work"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

start() {  # start NAME [ENV…]: a server on a free port; sets $url
  local name="$1"; shift
  # Eight slots: the attacks below run beside ordinary checks that must all be served.
  env "$@" "$binary" serve --port 0 --max-concurrent 8 >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  for _ in $(seq 1 100); do
    url=$(grep -o "http://[0-9.:]*" "$work/$name.out" 2>/dev/null || true)
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  echo "check-server: $name did not start" >&2; cat "$work/$name.err" >&2; exit 1
}
start open
open_url="$url"; open_pid="${pids[0]}"
start guarded PLANCHECK_TOKEN=geheim-123
guarded_url="$url"

python3 Tests/server/check_server.py "$open_url" "$binary" "$guarded_url" geheim-123
python3 Tests/server/check_attacks.py "$binary"

# The API as docs/openapi.yaml describes it. positive_data_acceptance is left out: a byte string
# that fits "format: binary" is not a readable plan, and 422 is the documented answer to it.
(cd "$work" && schemathesis run "$OLDPWD/docs/openapi.yaml" --url "$open_url" -n 30 \
   --exclude-checks positive_data_acceptance >"$work/schemathesis.txt" 2>&1) \
  || { tail -40 "$work/schemathesis.txt" >&2; echo "check-server: schemathesis found problems" >&2; exit 1; }
echo "check-server: schemathesis: $(grep -Eo '[0-9]+ generated, [0-9]+ passed' "$work/schemathesis.txt" | tail -1)"

# Chromium: the upload page, and a result page reached by submitting the form (a local page posts
# the pasted text, as a user would, and Chromium follows to the result).
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=10000)
timeout 120 "${chrome[@]}" --dump-dom "$open_url/?lang=en" >"$work/upload.html" 2>/dev/null
timeout 120 "${chrome[@]}" --window-size=1000,800 --screenshot="$work/upload.png" "$open_url/" >/dev/null 2>&1
python3 - "$open_url" >"$work/submit.html" <<'PY'
import html, sys
text = open("Examples/ke-hoach-tinh-thieu.txt", encoding="utf-8").read()
print(f'<!DOCTYPE html><meta charset="utf-8"><form method="post" action="{sys.argv[1]}/check?lang=vi" '
      f'enctype="multipart/form-data"><textarea name="text">{html.escape(text)}</textarea></form>'
      '<script>document.forms[0].submit()</script>')
PY
timeout 120 "${chrome[@]}" --dump-dom "file://$work/submit.html" >"$work/result.html" 2>/dev/null
timeout 120 "${chrome[@]}" --window-size=1200,1600 --screenshot="$work/result.png" "file://$work/submit.html" >/dev/null 2>&1
python3 - "$work" "$binary" <<'PY'
import json, os, re, subprocess, sys
work, binary = sys.argv[1:]
problems = []
upload = open(f"{work}/upload.html", encoding="utf-8").read()
if 'data-ready="1"' not in upload: problems.append("the upload page's script did not run")
if not re.search(r'<form id="upload" method="post" action="/check\?lang=en" enctype="multipart/form-data">', upload):
    problems.append("no upload form")
if 'name="file"' not in upload or "processed in memory" not in upload: problems.append("the upload page lacks the file field or the privacy note")
result = open(f"{work}/result.html", encoding="utf-8").read()
got = dict(re.findall(r'<li class="req s-[a-z_]+" id="(DS\d+)" data-status="([a-z_]+)"', result))
lint = json.loads(subprocess.run([binary, "lint", "Examples/ke-hoach-tinh-thieu.txt", "--format", "json"],
                                 capture_output=True, text=True).stdout)
# Detectors (DS9xx) are listed only when they found something.
expected = {r["id"]: r["status"] for r in lint["documents"][0]["requirements"]
            if not r["id"].startswith("DS9") or r["status"] in ("missing", "partial")}
if got != expected: problems.append(f"the result page in Chromium shows {len(got)} requirements, not lint's statuses")
if "Gợi ý:" not in result or "Căn cứ:" not in result: problems.append("the result page lacks hints or citations")
order = re.findall(r'<li class="req s-[a-z_]+" id="DS\d+" data-status="([a-z_]+)"', result)
if not order or order[0] != "missing": problems.append("the result page does not open with what is missing")
if not re.search(r'<details id="da-dat"[^>]*>', result) or 'data-ready="1"' not in result:
    problems.append("the covered requirements are not folded below, or the page's script did not run")
for name in ("upload.png", "result.png"):
    path = f"{work}/{name}"
    if not os.path.exists(path) or os.path.getsize(path) < 10000: problems.append(f"no screenshot {name}")
for p in problems: print("check-server: " + p, file=sys.stderr)
if problems: sys.exit(1)
print(f"check-server: Chromium showed the upload page and a result page with {len(got)} requirements as lint gives them; screenshots in {work}")
PY

# A short load from a second process: no request may fail (figures: scripts/load-server, longer run).
python3 - "$work/typical.docx" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("office", "scripts/make-office-examples.py")
office = importlib.util.module_from_spec(spec); spec.loader.exec_module(office)
text = open("Examples/ke-hoach-tinh-son-la.md", encoding="utf-8").read()
head, rest = text.split("## III. NHIỆM VỤ, GIẢI PHÁP")
tasks, tail = rest.split("## IV.")
body = head + "## III. NHIỆM VỤ, GIẢI PHÁP" + "".join(tasks.replace("### ", f"### {i + 1}.") for i in range(24)) + "## IV." + tail
office.write_docx(sys.argv[1], office.body_from_markdown(body))  # about 30 pages
PY
python3 scripts/load-server "$open_url" "$open_pid" "$work/typical.docx" 200 4
