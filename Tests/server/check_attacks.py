#!/usr/bin/env python3
"""The attacks of issue 13 replayed against `plancheck serve` from outside, with bounds on time and
memory: heavy checks saturating the slots while /healthz is asked; requests beyond the slots; the
time limit; trickled headers, a stalled body and an idle keep-alive connection; memory after load.
The bounds are generous (a loaded CI machine must not fail them) and the figures are printed.

Usage: check_attacks.py PLANCHECK_BINARY
"""
import concurrent.futures, http.client, json, os, re, socket, subprocess, sys, threading, time

binary = sys.argv[1]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def serve(*args):
    process = subprocess.Popen([binary, "serve", "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://([0-9.]+):(\d+)", line)
    if not match:
        process.kill()
        sys.exit(f"check-attacks: the server did not start: {line!r}")
    return process, match.group(1), int(match.group(2))


def rss_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def request(host, port, method, path, body=b"", headers=None, timeout=120):
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, time.monotonic() - started


def heavy_plan(megabytes):
    """Many tasks and targets: every per-task rule has work to do."""
    lines, index = ["KẾ HOẠCH", "Phát triển dữ liệu số của tỉnh năm 2026", "I. MỤC TIÊU",
                    "Đến năm 2030, 70% hồ sơ thủ tục hành chính được số hóa.", "II. NHIỆM VỤ"], 0
    size = 0
    while size < megabytes << 20:
        index += 1
        line = (f"- Sở ngành số {index} xây dựng cơ sở dữ liệu chuyên ngành {index}, kết nối, chia sẻ dữ liệu "
                f"với nền tảng tích hợp của tỉnh, bảo đảm an toàn thông tin theo cấp độ; hoàn thành năm {2026 + index % 5}.")
        lines.append(line)
        size += len(line.encode()) + 1
    return ("\n".join(lines) + "\n").encode()


# --- Heavy checks on two slots with a 0.7 s limit -----------------------------------------------
# As many slots as cores: the checks saturate the machine while /healthz is asked. 8 MB takes a
# release build about 1.8 s on two cores (a debug build far longer), so either build is stopped.
slots = max(os.cpu_count() or 2, 2)
server, host, port = serve("--max-concurrent", str(slots), "--time-limit", "0.7", "--idle-timeout", "1", "--body-timeout", "2")
try:
    baseline = rss_mb(server.pid)
    plan = heavy_plan(8)
    headers = {"Content-Type": "text/plain"}
    peak = baseline
    with concurrent.futures.ThreadPoolExecutor(max_workers=slots + 4) as pool:
        first = [pool.submit(request, host, port, "POST", "/api/v1/check", plan, headers) for _ in range(slots)]
        time.sleep(0.3)  # both admitted and checking
        beyond = [pool.submit(request, host, port, "POST", "/api/v1/check", plan, headers) for _ in range(2)]
        health = []
        while not all(f.done() for f in first):
            health.append(request(host, port, "GET", "/healthz")[2])
            peak = max(peak, rss_mb(server.pid))
            time.sleep(0.05)
        answers = [f.result() for f in first]
        refused = [f.result() for f in beyond]
    slowest_health = max(health) if health else 0
    print(f"check-attacks: /healthz asked {len(health)} times while {slots} heavy checks ran: slowest {slowest_health * 1000:.0f} ms")
    check(health and slowest_health < 0.5, f"/healthz took {slowest_health:.2f} s while checks ran")
    for status, body, elapsed in answers:
        print(f"check-attacks: an 8 MB check with --time-limit 0.7: {status} after {elapsed:.2f} s")
        check(status == 503 and b"timed_out" in body and elapsed < 0.7 + 3, f"heavy check: {status} after {elapsed:.2f} s")
    for status, body, elapsed in refused:
        print(f"check-attacks: a request beyond the slots: {status} after {elapsed:.2f} s")
        check(status == 503 and b"busy" in body and elapsed < 1, f"request beyond the limit: {status} after {elapsed:.2f} s")
    # Both slots come back once the stopped checks end; then memory returns near its baseline.
    small = open("Examples/ke-hoach-tinh-son-la.md", "rb").read()

    def every_slot_free(attempts=300):
        for _ in range(attempts):
            with concurrent.futures.ThreadPoolExecutor(max_workers=slots) as all_slots:
                statuses = [f.result()[0] for f in [all_slots.submit(request, host, port, "POST", "/api/v1/check", small,
                                                                     {"Content-Type": "text/markdown"}) for _ in range(slots)]]
            if statuses == [200] * slots:
                return True
            time.sleep(0.1)
        return False
    check(every_slot_free(), "the slots did not come back after the stopped checks")
    after = rss_mb(server.pid)
    print(f"check-attacks: server memory {baseline} MB before, {peak} MB at the peak, {after} MB after")
    check(after <= baseline + 100, f"memory did not come back: {baseline} → {peak} → {after} MB")

    # --- Connections that keep the server waiting ---------------------------------------------------
    def closed_within(sock, seconds, feed=None):
        """Whether the server closes the connection within `seconds` (feeding bytes meanwhile)."""
        sock.settimeout(0.2)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                if feed:
                    feed()
                data = sock.recv(4096)
                if data == b"":
                    return True
            except socket.timeout:
                continue
            except OSError:
                return True
        return False

    trickle = socket.create_connection((host, port))
    trickle.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    def one_byte():
        try:
            trickle.sendall(b"X")
        except OSError:
            pass
    check(closed_within(trickle, 6, one_byte), "a trickled header kept its connection open")
    stalled = socket.create_connection((host, port))
    stalled.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nKE HOACH")
    check(closed_within(stalled, 6), "a stalled body kept its connection open")
    idle = socket.create_connection((host, port))
    idle.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    idle.settimeout(5)
    check(b"200" in idle.recv(4096), "keep-alive request")
    check(closed_within(idle, 6), "an idle keep-alive connection stayed open")
    # The stalled upload's slot was given back.
    check(every_slot_free(50), "a slot stayed taken after a stalled body")
finally:
    server.kill()

for problem in problems:
    print("check-attacks: " + problem, file=sys.stderr)
if problems:
    sys.exit(1)
print("check-attacks: heavy checks, requests beyond the slots, the time limit, slow connections and memory within bounds")
