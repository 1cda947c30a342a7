import Foundation
import PlanCheck
import ZIPFoundation

// plancheck-bench: deterministic plans from 10 KB to 50 MB, a folder of 1,000 .docx plans, the
// library against ten times as many rules, and ripgrep on the same text as the physical reference.
// Prints figures; never fails. Run: swift run -c release plancheck-bench [--quick] [--only sizes|rules|batch]

let arguments = CommandLine.arguments

// Child mode: check one file, print its timings and this process's peak memory.
if let position = arguments.firstIndex(of: "--one"), position + 1 < arguments.count {
    let path = arguments[position + 1]
    guard let checker = try? PlanChecker() else { exit(1) }
    // The process's floor: the runtime and the compiled rules, before any document.
    let floor = peakRSSKilobytes()
    var document: PlanDocument?
    var structured: StructuredDocument?
    let read = seconds { document = try? DocumentLoader.read(path: path) }
    let structure = seconds { structured = document.map { checker.matcher.structure($0) } }
    var result: DocumentResult?
    let match = seconds { result = structured.map { checker.matcher.evaluate($0) } }
    print("\(read) \(structure) \(match) \(peakRSSKilobytes()) \(result?.findings.count ?? -1) \(floor)")
    exit(0)
}

let quick = arguments.contains("--quick")
// `--only sizes|rules|batch`: one part of the benchmark (e.g. to profile it alone).
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
func runs(_ part: String) -> Bool { only == nil || only == part }
let work = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-bench")
try? FileManager.default.removeItem(at: work)
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// A plan of about `bytes` bytes: the complete example's header, then its tasks section repeated
/// with numbers changed so that no two sections are the same text.
func plan(bytes: Int) throws -> String {
    let example = try String(contentsOf: root.appendingPathComponent("Examples/ke-hoach-tinh-son-la.md"), encoding: .utf8)
    let parts = example.components(separatedBy: "## III. NHIỆM VỤ, GIẢI PHÁP")
    let body = parts.count > 1 ? parts[1].components(separatedBy: "## IV.")[0] : example
    var text = parts[0] + "## III. NHIỆM VỤ, GIẢI PHÁP\n"
    var index = 0
    while text.utf8.count < bytes {
        text += body.replacingOccurrences(of: "### ", with: "### \(index % 50 + 1).").replacingOccurrences(of: "2025", with: String(2025 + index % 5))
        index += 1
    }
    return text
}

func runChild(_ path: String) throws -> [Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    process.arguments = ["--one", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

/// A plan of about `bytes` bytes that is nearly all tasks: tens of thousands of items, each with
/// its lead, time frame and output, some lacking one (the per-task work at its largest).
func tasksPlan(bytes: Int) -> String {
    var text = "KẾ HOẠCH\nTriển khai Chiến lược dữ liệu quốc gia\n\n## III. NHIỆM VỤ, GIẢI PHÁP\n\n"
    var index = 0
    let units = ["Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Tài chính", "Văn phòng UBND tỉnh", "Sở Nội vụ"]
    while text.utf8.count < bytes {
        if index % 40 == 0 { text += "### \(index / 40 + 1). Nhóm nhiệm vụ \(index / 40 + 1) về dữ liệu\n\n" }
        text += "- Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành số \(index) của tỉnh, kết nối với Kho dữ liệu dùng chung"
        text += index % 7 == 3 ? "." : ". Chủ trì: \(units[index % units.count])"
        text += index % 11 == 5 ? "." : "; thời gian: Quý \(["I", "II", "III", "IV"][index % 4])/\(2026 + index % 5)"
        text += index % 13 == 7 ? ".\n" : "; sản phẩm: cơ sở dữ liệu được đưa vào vận hành.\n"
        index += 1
    }
    return text
}

/// ripgrep with every phrase of the library, fixed strings, case-insensitive: the physical
/// reference for one pass over the text. Measured as plancheck is: plancheck's figures leave out
/// loading its rules, so ripgrep's leave out its launch and the compiling of its patterns (its
/// time on a one-line file with the same patterns; its lazily built automaton grows with the text it
/// meets, so small files still show a few milliseconds). Best of five.
func ripgrep(_ path: String, patterns: String) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rg") else { return nil }
    // posix_spawn and waitpid: Foundation's waitUntilExit polls, which hides times under ~50 ms.
    func best(_ file: String) -> Double {
        var best = Double.infinity
        let arguments = ["/usr/bin/rg", "-F", "-i", "-c", "-f", patterns, file]
        for _ in 0..<5 {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            var argv = arguments.map { strdup($0) } + [nil]
            var pid: pid_t = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
            var status: Int32 = 0
            if spawned == 0 { waitpid(pid, &status, 0) }
            let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            argv.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            if spawned == 0 { best = min(best, time) }
        }
        return best
    }
    // A one-line file: ripgrep skips an empty one before building its matcher.
    let tiny = work.appendingPathComponent("one-line.md")
    try? Data("dữ liệu\n".utf8).write(to: tiny)
    return max(best(path) - best(tiny.path), 0.0001)
}

let checker = try PlanChecker()
let phrases = checker.matcher.automaton.phrases.map(\.text)
let patternFile = work.appendingPathComponent("phrases.txt")
try Data((phrases.joined(separator: "\n") + "\n").utf8).write(to: patternFile)
print("plancheck-bench — \(checker.rules.count) rules, \(phrases.count) distinct phrases, \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
print("size      read+decode  normalise+structure  matching   total      MB/s (total)  peak RSS   RSS/input  above floor  ripgrep scan  total/rg")
let sizes = !runs("sizes") ? [] : quick ? [10 << 10, 1 << 20] : [10 << 10, 100 << 10, 1 << 20, 10 << 20, 20 << 20, 50 << 20]
let shapes: [(name: String, size: Int, text: () throws -> String)] = sizes.map { size in ("", size, { try plan(bytes: size) }) }
    + (quick || !runs("sizes") ? [] : [("tasks ", 20 << 20, { tasksPlan(bytes: 20 << 20) })])
for (name, size, make) in shapes {
    let file = work.appendingPathComponent("plan-\(name.isEmpty ? "" : "tasks-")\(size).md")
    let text = try make()
    try Data(text.utf8).write(to: file)
    let runs = (0..<(size <= 1 << 20 ? 3 : 1)).compactMap { _ in try? runChild(file.path) }.filter { $0.count == 6 }
    guard let best = runs.min(by: { $0[0] + $0[1] + $0[2] < $1[0] + $1[1] + $1[2] }) else { continue }
    let (read, structure, match, rss, floor) = (best[0], best[1], best[2], best[3], best[5])
    let total = read + structure + match
    let megabytes = Double(text.utf8.count) / 1_048_576
    let rg = ripgrep(file.path, patterns: patternFile.path)
    let label = name + (size >= 1 << 20 ? "\(size >> 20) MB" : "\(size >> 10) KB")
    print(String(format: "%-9@ %9.1f ms %14.1f ms %9.1f ms %8.1f ms %10.1f %9.0f MB %9.2f× %10.2f× %10@ %9@",
                 label, read * 1000, structure * 1000, match * 1000, total * 1000, megabytes / total, rss / 1024,
                 rss * 1024 / Double(text.utf8.count), (rss - floor) * 1024 / Double(text.utf8.count),
                 rg.map { String(format: "%.1f ms", $0 * 1000) } ?? "n/a",
                 rg.map { String(format: "%.1f×", total / $0) } ?? "n/a"))
}

if runs("rules") {
    // Rule-count scaling: the library, and the library with ten times as many rules (copies whose
    // phrases carry an extra syllable, so they are distinct and mostly do not match).
    print("")
    let oneMB = work.appendingPathComponent("plan-scaling.md")
    try Data(try plan(bytes: 1 << 20).utf8).write(to: oneMB)
    let scalingDocument = checker.matcher.structure(try DocumentLoader.read(path: oneMB.path))
    func matchingTime(_ checker: PlanChecker) -> Double {
        (0..<3).map { _ in seconds { _ = checker.matcher.evaluate(scalingDocument) } }.min() ?? 0
}
var synthetic: [RuleSet] = checker.ruleSets
for copy in 1...9 {
    for set in checker.ruleSets {
        var clone = set
        clone.id += "-copy\(copy)"
        clone.rules = set.rules.map { rule in
            var rule = rule
            rule.id = String(rule.id.prefix(2)) + String(copy) + String(rule.id.suffix(3))
            rule.name += "-copy\(copy)"
            rule.match = rule.match.map { extend($0, "bản\(copy)") }
            rule.partial = rule.partial.map { extend($0, "bản\(copy)") }
            return rule
        }
        synthetic.append(clone)
    }
}
func extend(_ condition: Condition, _ syllable: String) -> Condition {
    switch condition {
    case .any(let c): return .any(c.map { extend($0, syllable) })
    case .all(let c): return .all(c.map { extend($0, syllable) })
    case .none(let c): return .none(c.map { extend($0, syllable) })
    case .phrases(let p): return .phrases(p.map { $0 + " " + syllable })
    case .heading(let p): return .heading(p.map { $0 + " " + syllable })
    case .near(let groups, let within): return .near(groups: groups.map { $0.map { $0 + " " + syllable } }, within: within)
    case .scoped(let scope, let inner): return .scoped(scope, extend(inner, syllable))
    case .regex: return condition
    }
}
let tenTimes = try PlanChecker(ruleSets: synthetic)
let base = matchingTime(checker), scaled = matchingTime(tenTimes)
print(String(format: "rules     %d rules: %.1f ms matching; %d rules: %.1f ms (%.2f×) on a 1 MB plan",
             checker.rules.count, base * 1000, tenTimes.rules.count, scaled * 1000, scaled / base))
}

// 1,000 .docx plans of about 30 pages each, screened on all cores.
if runs("batch") {
    print("")
    let count = quick ? 100 : 1_000
    let folder = work.appendingPathComponent("docx")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let pageText = try plan(bytes: 60 << 10)  // about 30 pages of a plan
    var paths: [String] = []
    for index in 0..<count {
        let paragraphs = pageText.replacingOccurrences(of: "Sơn La", with: "Tỉnh \(index)").split(separator: "\n")
        let body = paragraphs.map { line -> String in
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            return "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
        }.joined()
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"# + body + "</w:body></w:document>"
        let url = folder.appendingPathComponent("plan-\(index).docx")
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        paths.append(url.path)
}
var report: Report?
let batch = seconds { report = checker.check(paths: paths) }
let unreadable = report?.documents.filter { $0.error != nil }.count ?? -1
print(String(format: "batch     %d .docx plans (~30 pages, %.0f KB of text each): %.2f s on %d cores, %.0f documents/s, %d unreadable",
             count, Double(pageText.utf8.count) / 1024, batch, ProcessInfo.processInfo.activeProcessorCount, Double(count) / batch, unreadable))
}
if ProcessInfo.processInfo.environment["PLANCHECK_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: work) }
