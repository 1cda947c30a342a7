#!/usr/bin/env python3
"""End-to-end checks of `plancheck serve` from outside: every example through the API and through
the form, statuses compared with `plancheck lint`; limits and hostile uploads refused with the right
status while other requests keep being served; the bearer token.

Usage: check_server.py BASE_URL PLANCHECK_BINARY [TOKEN_BASE_URL TOKEN]
"""
import concurrent.futures, glob, http.client, json, os, re, socket, subprocess, sys, time, urllib.parse, uuid

base, binary = sys.argv[1], sys.argv[2]
token_base, token = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else (None, None)
problems = []
TYPES = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".odt": "application/vnd.oasis.opendocument.text", ".pdf": "application/pdf",
         ".md": "text/markdown", ".txt": "text/plain"}


def request(method, path, body=b"", headers=None, url=base, timeout=120):
    u = urllib.parse.urlparse(url)
    connection = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), data


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data, ctype) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f'Content-Type: {ctype}\r\n\r\n'.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def lint_statuses(path):
    out = subprocess.run([binary, "lint", path, "--format", "json"], capture_output=True, text=True).stdout
    return {r["id"]: r["status"] for r in json.loads(out)["documents"][0]["requirements"]}


def check(condition, message):
    if not condition:
        problems.append(message)


examples = sorted(glob.glob("Examples/*.md") + glob.glob("Examples/*.txt") + glob.glob("Examples/office/*.*"))
for path in examples:
    name = os.path.basename(path)
    data = open(path, "rb").read()
    expected = lint_statuses(path)
    body, headers = multipart({"profile": "auto"}, {"file": (name, data, TYPES[os.path.splitext(name)[1]])})
    status, _, answer = request("POST", "/api/v1/check", body, headers)
    check(status == 200, f"API {name}: status {status}")
    if status == 200:
        got = {r["id"]: r["status"] for r in json.loads(answer)["documents"][0]["requirements"]}
        check(got == expected, f"API {name}: statuses differ from lint")
    status, headers_out, page = request("POST", "/check", *multipart({"lang": "vi"}, {"file": (name, data, TYPES[os.path.splitext(name)[1]])}))
    check(status == 200, f"form {name}: status {status}")
    html = page.decode("utf-8")
    got = dict(re.findall(r'<li class="req s-[a-z_]+" id="(DS\d+)" data-status="([a-z_]+)"', html))
    # The page lists detectors (DS9xx, about the checking) only when they found something.
    shown = {k: v for k, v in expected.items() if not k.startswith("DS9") or v in ("missing", "partial")}
    check(got == shown, f"form {name}: checklist differs from lint ({len(got)} items)")
    check("default-src 'none'" in headers_out.get("Content-Security-Policy", ""), f"form {name}: no CSP header")
    check('download="' in html and "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64," in html,
          f"form {name}: no XLSX download")
    # What needs adding comes first; a Word upload gets its copy with one comment per finding.
    order = [status for _, status in re.findall(r'<li class="req s-[a-z_]+" id="(DS\d+)" data-status="([a-z_]+)"', html)]
    gaps = [s for s in order if s in ("missing", "partial", "unknown")]
    check(order[:len(gaps)] == gaps, f"form {name}: the requirements to add do not come first")
    copy = re.search(r'<a id="annotated" download="([^"]+)" href="data:application/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.document|oasis\.opendocument\.text);base64,([A-Za-z0-9+/=]+)"', html)
    check((copy is not None) == name.endswith((".docx", ".odt")), f"form {name}: annotated copy {'missing' if copy is None else 'offered for a file that is not Word or LibreOffice'}")
    if copy and status == 200:
        import base64, io, zipfile
        findings = len(json.loads(answer)["documents"][0]["findings"])
        with zipfile.ZipFile(io.BytesIO(base64.b64decode(copy.group(2)))) as package:
            if name.endswith(".odt"):
                comments = package.read("content.xml").decode("utf-8").count("<office:annotation ")
            else:
                comments = package.read("word/comments.xml").decode("utf-8").count("<w:comment ")
        check(comments == findings, f"form {name}: the annotated copy has {comments} comments for {findings} findings")

# A raw body with its Content-Type, SARIF on request, English on request.
data = open("Examples/office/ke-hoach-bo-y-te.docx", "rb").read()
status, headers_out, answer = request("POST", "/api/v1/check?format=sarif&lang=en&filename=bo-y-te.docx", data,
                                      {"Content-Type": TYPES[".docx"]})
check(status == 200 and headers_out.get("Content-Type", "").startswith("application/sarif+json")
      and json.loads(answer)["version"] == "2.1.0", f"raw docx as SARIF: {status}")
status, _, answer = request("POST", "/api/v1/check", b"KE HOACH", {"Content-Type": "image/png"})
check(status == 415 and json.loads(answer)["error"]["code"] == "unsupported_type", f"image/png: {status}")
status, _, answer = request("POST", "/api/v1/check", *multipart({}, {}))
check(status == 400 and json.loads(answer)["error"]["code"] == "no_file", f"no file: {status}")
status, _, answer = request("POST", "/api/v1/check", b"--x--\r\n", {"Content-Type": "multipart/form-data"})
check(status == 400 and json.loads(answer)["error"]["code"] == "malformed", f"multipart without a boundary: {status}")
status, _, answer = request("POST", "/api/v1/check?profile=county", b"KE HOACH", {"Content-Type": "text/plain"})
check(status == 400 and json.loads(answer)["error"] == {"code": "bad_profile", "message":
      "Không có loại cơ quan “county”; dùng ministry (bộ, ngành), province (tỉnh) hoặc auto (tự nhận diện)."}, f"bad profile: {status} {answer}")
status, _, answer = request("POST", "/api/v1/check?format=xml&lang=en", b"KE HOACH", {"Content-Type": "text/plain"})
check(status == 400 and json.loads(answer)["error"]["message"] == "Unknown format “xml”; the API answers in json or sarif.",
      f"bad format: {status} {answer}")
status, headers_out, answer = request("PUT", "/api/v1/check")
check(status == 405 and headers_out.get("Allow") == "POST" and json.loads(answer)["error"] == {"code": "method_not_allowed",
      "message": "Địa chỉ này chỉ nhận yêu cầu POST."}, f"PUT: {status} {answer}")
status, _, answer = request("GET", "/api/v1/nope?lang=en")
check(status == 404 and json.loads(answer)["error"] == {"code": "not_found", "message": "There is no page or API at /api/v1/nope."},
      f"unknown API path: {status} {answer}")
status, _, page = request("GET", "/nope")
check(status == 404 and "Không có trang hay API nào tại /nope.".encode() in page, f"unknown page: {status}")
check(request("HEAD", "/")[0] == 200 and request("HEAD", "/healthz")[0] == 200, "HEAD of a page")
big = b"a" * (21 << 20)
status, _, answer = request("POST", "/api/v1/check", *multipart({}, {"file": ("lon.txt", big, "text/plain")}))
check(status == 413 and "20 MB" in json.loads(answer)["error"]["message"], f"21 MB upload: {status}")
status, _, page = request("POST", "/check?lang=en", *multipart({"lang": "en"}, {"file": ("lon.txt", big, "text/plain")}))
check(status == 413 and b"larger than 20 MB" in page, f"21 MB form upload: {status}")
status, _, page = request("POST", "/check", *multipart({"text": open("Examples/ke-hoach-tinh-thieu.txt").read()}, {}))
check(status == 200 and b'data-status="missing"' in page, f"pasted text: {status}")
# Markdown pasted into the form is read as Markdown: the same statuses as the uploaded .md file,
# unless the form says to read it as plain text.
markdown = open("Examples/ke-hoach-tinh-son-la.md", "rb").read()
def statuses(page):
    return sorted(re.findall(rb'data-status="(\w+)"', page))
_, _, uploaded = request("POST", "/check", *multipart({}, {"file": ("son-la.md", markdown, "text/markdown")}))
_, _, pasted = request("POST", "/check", *multipart({"text": markdown.decode()}, {}))
_, _, plain = request("POST", "/check", *multipart({"text": markdown.decode(), "text_format": "txt"}, {}))
check(statuses(pasted) == statuses(uploaded) and "Nội dung đã dán".encode() in pasted, "pasted Markdown reads as the uploaded .md")
check(statuses(plain) != statuses(uploaded), "pasted text read as plain text when the form says so")
# Detectors (DS9xx) are not requirements: not counted on the page, listed only when they find something.
check(b'id="DS903"' not in uploaded and b'id="DS901"' not in uploaded, "the page lists detectors that found nothing")
status, _, answer = request("POST", "/api/v1/check")
check(status == 400 and json.loads(answer)["error"]["code"] == "empty", f"an empty request: {status} {answer}")
status, _, page = request("POST", "/check", *multipart({"text": "  "}, {}))
check(status == 400 and "Hãy chọn tệp cần kiểm tra hoặc dán nội dung kế hoạch.".encode() in page and "trường".encode() not in page,
      f"the page's message for no file: {status}")

# Output bounded by design: 2,500 tasks without a lead, a time or an output give at most 101
# findings per rule, in the JSON and on the page (its downloads included).
many = "KẾ HOẠCH\nPhát triển dữ liệu số năm 2026\nII. NHIỆM VỤ\n" + "".join(
    f"- Xây dựng cơ sở dữ liệu chuyên ngành số {i} của tỉnh, kết nối với nền tảng tích hợp, chia sẻ dữ liệu.\n" for i in range(2500))
status, _, answer = request("POST", "/api/v1/check", many.encode(), {"Content-Type": "text/plain"})
findings = json.loads(answer)["documents"][0]["findings"] if status == 200 else []
per_rule = max([sum(1 for f in findings if f["ruleId"] == r) for r in ("DS410", "DS411", "DS412")] or [0])
check(status == 200 and per_rule == 101 and len(answer) < 1 << 20, f"many tasks: {status}, {per_rule} findings per rule, {len(answer)} bytes")
status, _, page = request("POST", "/check", *multipart({"text": many}, {}))
check(status == 200 and len(page) < 8 << 20, f"many tasks, result page: {status}, {len(page)} bytes")
print(f"check-server: 2,500 tasks: JSON {len(answer) >> 10} KB, result page {len(page) >> 10} KB")


def hostile(name):
    data = open(name, "rb").read()
    return request("POST", "/api/v1/check", *multipart({}, {"file": (os.path.basename(name), data, TYPES[".docx"])}))[0]


def gigabyte_declared():
    u = urllib.parse.urlparse(base)
    s = socket.create_connection((u.hostname, u.port), timeout=30)
    s.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\n")
    s.sendall(b"a" * 65536)
    answer = s.recv(200)
    s.close()
    return int(answer.split(b" ")[1])


def gigabyte_streamed():
    """1 GB sent chunked with no length: the 413 must arrive when the limit is passed, long before
    the end (the server then reads and discards the rest of the body without keeping it)."""
    import threading
    u = urllib.parse.urlparse(base)
    s = socket.create_connection((u.hostname, u.port), timeout=60)
    s.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"a" * (1 << 20)
    state = {"sent": 0, "answer": b"", "at": None}

    def listen():
        state["answer"] = s.recv(200)
        state["at"] = state["sent"]
    listener = threading.Thread(target=listen)
    listener.start()
    try:
        while state["sent"] < (1 << 30) and state["at"] is None:
            s.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            state["sent"] += len(chunk)
    except OSError:
        pass
    listener.join(timeout=60)
    s.close()
    return int(state["answer"].split(b" ")[1]), (state["at"] or state["sent"]) >> 20


# Hostile uploads at the same time as ordinary requests: all refused, the others still served.
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    attacks = {
        "zip bomb": pool.submit(hostile, "Tests/Fixtures/hostile/zip-bomb.docx"),
        "billion laughs": pool.submit(hostile, "Tests/Fixtures/hostile/billion-laughs.docx"),
        "1 GB declared": pool.submit(gigabyte_declared),
        "1 GB streamed": pool.submit(gigabyte_streamed),
    }
    ordinary = [pool.submit(request, "GET", "/healthz") for _ in range(20)]
    ordinary += [pool.submit(request, "POST", "/api/v1/check", open("Examples/ke-hoach-tinh-son-la.md", "rb").read(),
                             {"Content-Type": "text/markdown"}) for _ in range(4)]
    for future in ordinary:
        check(future.result()[0] == 200, f"an ordinary request during the attacks got {future.result()[0]}")
    check(attacks["zip bomb"].result() == 422, f"zip bomb: {attacks['zip bomb'].result()}")
    check(attacks["billion laughs"].result() == 422, f"billion laughs: {attacks['billion laughs'].result()}")
    check(attacks["1 GB declared"].result() == 413, f"1 GB declared: {attacks['1 GB declared'].result()}")
    streamed, megabytes = attacks["1 GB streamed"].result()
    check(streamed == 413 and megabytes < 100, f"1 GB streamed: {streamed} after {megabytes} MB")
check(request("GET", "/healthz")[0] == 200, "the server is down after the attacks")

if token_base:
    status, headers_out, _ = request("GET", "/api/v1/rules", url=token_base)
    check(status == 401 and headers_out.get("WWW-Authenticate") == "Bearer", f"no token: {status}")
    check(request("GET", "/api/v1/rules", headers={"Authorization": "Bearer wrong"}, url=token_base)[0] == 401, "wrong token")
    status, _, answer = request("GET", "/api/v1/rules", headers={"Authorization": f"Bearer {token}"}, url=token_base)
    check(status == 200 and len(json.loads(answer)["rules"]) == 57, f"token: {status}")
    check(request("GET", "/api/v1/rules", headers={"Authorization": f"bearer {token}"}, url=token_base)[0] == 200,
          "the scheme is case-insensitive")
    check(request("HEAD", "/api/v1/rules", url=token_base)[0] == 401, "HEAD of the rules without the token")
    # The pages: the token is posted once to /session and kept in a cookie; an upload without it is
    # refused from its head (the token in the body no longer counts).
    status, _, page = request("GET", "/", url=token_base)
    check(status == 200 and b'action="/session' in page and b'name="token"' in page, f"sign-in page: {status}")
    status, _, _ = request("POST", "/check", *multipart({"token": token, "text": "KẾ HOẠCH\nI. NHIỆM VỤ"}, {}), url=token_base)
    check(status == 401, f"form with the token in its body: {status}")
    status, headers_out, _ = request("POST", "/session", urllib.parse.urlencode({"token": "sai", "lang": "vi"}).encode(),
                                     {"Content-Type": "application/x-www-form-urlencoded"}, url=token_base)
    check(status == 401 and "Set-Cookie" not in headers_out, f"wrong token at /session: {status}")
    status, headers_out, _ = request("POST", "/session", urllib.parse.urlencode({"token": token, "lang": "vi"}).encode(),
                                     {"Content-Type": "application/x-www-form-urlencoded"}, url=token_base)
    cookie = headers_out.get("Set-Cookie", "").split(";")[0]
    check(status == 303 and cookie.startswith("plancheck_token=") and "HttpOnly" in headers_out.get("Set-Cookie", ""),
          f"/session: {status}")
    body, headers = multipart({"text": "KẾ HOẠCH\nI. NHIỆM VỤ"}, {})
    status, _, _ = request("POST", "/check", body, {**headers, "Cookie": cookie}, url=token_base)
    check(status == 200, f"form with the session cookie: {status}")
    check(request("GET", "/healthz", url=token_base)[0] == 200, "healthz needs no token")

for problem in problems:
    print("check-server: " + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check-server: {len(examples)} examples through the API and the form match lint; limits and hostile uploads refused while serving")
