import Foundation
import PlanCheckYAML

/// `.plancheck.yml`: which rules run, how hard, for which paths, and the waivers a team granted.
public struct Configuration: Sendable {
    public struct Waiver: Sendable, Equatable {
        public var id: String
        /// Glob patterns (relative to the configuration's folder); empty means every path.
        public var paths: [String]
        public var reason: String
        /// yyyy-mm-dd; the waiver stops applying after this day.
        public var expires: String?
        public var mark: YAMLMark
    }

    public struct Override: Sendable {
        public var paths: [String]
        public var profile: String?
        public var disable: [String]
        public var severity: [String: Severity]
    }

    /// Rule files or folders, resolved against the configuration's folder.
    public var rules: [String] = []
    public var profile: String?
    public var enable: [String] = []
    public var disable: [String] = []
    public var severity: [String: Severity] = [:]
    public var failOn: Severity?
    /// Per-task and per-target findings reported per rule (`max_findings_per_rule`); the rest are
    /// counted in one finding. nil: the matcher's default.
    public var maxFindingsPerRule: Int?
    public var overrides: [Override] = []
    public var waivers: [Waiver] = []
    /// The file it was read from, and its folder (patterns and paths are relative to it).
    public var file: String?
    public var directory: String

    public init(directory: String = FileManager.default.currentDirectoryPath) {
        self.directory = directory
    }

    public static let fileName = ".plancheck.yml"

    /// The nearest `.plancheck.yml` in `start` or a folder above it.
    public static func find(from start: String) -> String? {
        var url = URL(fileURLWithPath: start).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            url.deleteLastPathComponent()
        }
        for _ in 0..<64 {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return nil
    }

    /// Reads and validates a configuration file; every problem comes back with its position.
    public static func load(_ path: String) -> (Configuration?, [RuleIssue]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [RuleIssue(file: path, mark: YAMLMark(line: 1, column: 1), message: "cannot read the configuration file")])
        }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> (Configuration?, [RuleIssue]) {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            return (nil, [RuleIssue(file: file, mark: error.mark, message: error.message)])
        }
        var decoder = ConfigurationDecoder(file: file)
        var configuration = Configuration(directory: (file as NSString).deletingLastPathComponent)
        configuration.file = file
        if let root, !root.isNull { decoder.decode(root, into: &configuration) }
        let issues = decoder.issues.sorted { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }
        return (issues.isEmpty ? configuration : nil, issues)
    }

    /// Whether a rule runs at all (by ID or name).
    public func isEnabled(_ rule: Rule) -> Bool {
        if !enable.isEmpty, !enable.contains(rule.id), !enable.contains(rule.name) { return false }
        return !disable.contains(rule.id) && !disable.contains(rule.name)
    }

    /// Overrides whose paths match a document.
    public func overrides(for path: String) -> [Override] {
        overrides.filter { Glob.matches(any: $0.paths, path: relative(path)) }
    }

    /// The waiver for a requirement of a document, if one applies and has not expired.
    public func waiver(for rule: Rule, path: String, today: String) -> Waiver? {
        waivers.first { waiver in
            (waiver.id == rule.id || waiver.id == rule.name)
                && (waiver.paths.isEmpty || Glob.matches(any: waiver.paths, path: relative(path)))
                && !(waiver.expires.map { $0 < today } ?? false)
        }
    }

    public func expiredWaivers(today: String) -> [Waiver] {
        waivers.filter { $0.expires.map { $0 < today } ?? false }
    }

    /// A document path relative to the configuration's folder.
    public func relative(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: directory.isEmpty ? "." : directory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}

/// Validates `.plancheck.yml` with the same positioned messages as rule files.
struct ConfigurationDecoder {
    let file: String
    private(set) var issues: [RuleIssue] = []

    init(file: String) { self.file = file }

    static let keys = ["rules", "profile", "enable", "disable", "severity", "fail_on", "max_findings_per_rule", "overrides", "waivers"]

    mutating func decode(_ root: YAMLNode, into configuration: inout Configuration) {
        guard let fields = mapping(root, allowed: Self.keys, what: "configuration") else { return }
        configuration.rules = fields["rules"].map { strings($0, "rules") } ?? []
        configuration.profile = fields["profile"].flatMap { profile($0) }
        configuration.enable = fields["enable"].map { strings($0, "enable") } ?? []
        configuration.disable = fields["disable"].map { strings($0, "disable") } ?? []
        configuration.severity = fields["severity"].map { severities($0) } ?? [:]
        configuration.failOn = fields["fail_on"].flatMap { severity($0, "fail_on") }
        if let node = fields["max_findings_per_rule"] {
            if let value = node.int, (1...100_000).contains(value) { configuration.maxFindingsPerRule = value }
            else { issue(node, "'max_findings_per_rule' must be a whole number from 1 to 100000") }
        }
        if let list = fields["overrides"] {
            for item in sequence(list, "overrides") {
                guard let override = mapping(item, allowed: ["paths", "profile", "disable", "severity"], what: "override") else { continue }
                let paths = override["paths"].map { strings($0, "paths") } ?? []
                if paths.isEmpty { issue(item, "an override needs 'paths' (glob patterns)") }
                configuration.overrides.append(Configuration.Override(
                    paths: paths, profile: override["profile"].flatMap { profile($0) },
                    disable: override["disable"].map { strings($0, "disable") } ?? [],
                    severity: override["severity"].map { severities($0) } ?? [:]))
            }
        }
        if let list = fields["waivers"] {
            for item in sequence(list, "waivers") {
                guard let waiver = mapping(item, allowed: ["id", "paths", "reason", "expires"], what: "waiver") else { continue }
                guard let id = waiver["id"].flatMap({ string($0, "id") }) else {
                    issue(item, "a waiver needs the 'id' of the requirement it waives")
                    continue
                }
                guard let reason = waiver["reason"].flatMap({ string($0, "reason") }) else {
                    if waiver["reason"] == nil { issue(item, "waiver for \(id) has no 'reason'; say why the requirement does not apply") }
                    continue
                }
                var expires: String?
                if let node = waiver["expires"], let text = string(node, "expires") {
                    if Self.isCalendarDate(text) { expires = text }
                    else { issue(node, "'expires' must be a date written yyyy-mm-dd, not '\(text)'") }
                }
                configuration.waivers.append(Configuration.Waiver(id: id, paths: waiver["paths"].map { strings($0, "paths") } ?? [],
                                                                  reason: reason, expires: expires, mark: item.mark))
            }
        }
    }

    private mutating func profile(_ node: YAMLNode) -> String? {
        guard let text = string(node, "profile") else { return nil }
        guard ["ministry", "province"].contains(text) else {
            issue(node, "'profile' must be ministry or province, not '\(text)'" + Spelling.didYouMean(text, among: ["ministry", "province"]))
            return nil
        }
        return text
    }

    private mutating func severities(_ node: YAMLNode) -> [String: Severity] {
        guard let pairs = node.mapping else {
            issue(node, "'severity' maps requirement IDs or names to error, warning or info")
            return [:]
        }
        var result: [String: Severity] = [:]
        for (key, value) in pairs {
            guard let id = key.scalar else { continue }
            if let level = severity(value, "severity.\(id)") { result[id] = level }
        }
        return result
    }

    /// `YYYY-MM-DD` in ASCII digits naming a day that exists: waivers compare dates as text, so
    /// other digits (Arabic-Indic, full-width) or `9999-99-99` would make a waiver never expire.
    static func isCalendarDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year >= 1900, (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    private mutating func severity(_ node: YAMLNode, _ key: String) -> Severity? {
        guard let text = string(node, key) else { return nil }
        guard let value = Severity(rawValue: text) else {
            let names = Severity.allCases.map(\.rawValue)
            issue(node, "'\(key)' must be one of \(names.joined(separator: ", ")), not '\(text)'" + Spelling.didYouMean(text, among: names))
            return nil
        }
        return value
    }

    private mutating func strings(_ node: YAMLNode, _ key: String) -> [String] {
        if let text = node.scalar, !node.isNull { return [text] }
        return sequence(node, key).compactMap { string($0, key) }
    }

    private mutating func sequence(_ node: YAMLNode, _ key: String) -> [YAMLNode] {
        guard let items = node.sequence else {
            issue(node, "'\(key)' must be a list, not a \(node.typeName)")
            return []
        }
        return items
    }

    private mutating func string(_ node: YAMLNode, _ key: String) -> String? {
        guard let text = node.scalar, !node.isNull, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            issue(node, "'\(key)' must be text, not a \(node.typeName)")
            return nil
        }
        return text
    }

    private mutating func mapping(_ node: YAMLNode, allowed: [String], what: String) -> [String: YAMLNode]? {
        guard let pairs = node.mapping else {
            issue(node, "a \(what) must be a mapping, not a \(node.typeName)")
            return nil
        }
        var fields: [String: YAMLNode] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar else { continue }
            if allowed.contains(name) { fields[name] = value } else {
                issue(key, "unknown key '\(name)' in \(what)" + Spelling.didYouMean(name, among: allowed))
            }
        }
        return fields
    }

    private mutating func issue(_ node: YAMLNode, _ message: String) {
        issues.append(RuleIssue(file: file, mark: node.mark, message: message))
    }
}
