import Foundation
import PlanCheckMatching
import PlanCheckRules

/// SARIF 2.1.0 for code-scanning dashboards. Columns are Unicode code points (`columnKind`), as
/// everywhere in plancheck. Results stop at GitHub's per-run display limit.
public struct SARIFFormatter: Sendable {
    public static let informationURI = "https://plancheck.invalid/"
    /// GitHub code scanning shows at most this many results of a run.
    public static let maxResults = 5_000

    public let rules: [Rule]
    public let options: FormatOptions

    public init(rules: [Rule], options: FormatOptions = FormatOptions()) {
        self.rules = rules
        self.options = options
    }

    public func format(_ report: Report) -> String {
        let language = options.language
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var results: [Result] = []
        var notifications: [Notification] = []
        for document in report.documents {
            let uri = Self.uri(PathDisplay.relative(document.path, to: options.baseDirectory))
            guard let result = document.result else {
                notifications.append(Notification(level: "error", message: Message(text: "\(document.path): \(document.error?.text(language) ?? "")"),
                                                  locations: [Location(uri: uri, region: nil)]))
                continue
            }
            notifications += result.warnings.map { notification($0, uri: uri) }
            for finding in result.findings {
                let l = finding.location
                // An unknown verdict is for a person to review (SARIF §3.27.9: kind "review", level "none").
                let review = finding.status == .unknown
                results.append(Result(ruleId: finding.ruleId, ruleIndex: index[finding.ruleId], kind: review ? "review" : nil,
                                      level: review ? "none" : Self.level(finding.severity), message: Message(text: finding.text(language)),
                                      locations: [Location(uri: uri, region: Region(l))],
                                      partialFingerprints: ["plancheck/v1": finding.fingerprint],
                                      suppressions: nil))
            }
            for requirement in result.requirements {
                switch requirement.status {
                case .covered where options.sarifPasses:
                    results.append(Result(ruleId: requirement.id, ruleIndex: index[requirement.id], kind: "pass", level: "none",
                                          message: Message(text: requirement.rule.title.text(language)),
                                          locations: requirement.evidence.first.map { [Location(uri: uri, region: Region($0.location))] }
                                              ?? [Location(uri: uri, region: nil)],
                                          partialFingerprints: ["plancheck/v1": Fingerprint.hex(requirement.id + "|pass")],
                                          suppressions: nil))
                case .waived:
                    results.append(Result(ruleId: requirement.id, ruleIndex: index[requirement.id], kind: "fail",
                                          level: Self.level(requirement.severity), message: Message(text: requirement.rule.message.text(language)),
                                          locations: [Location(uri: uri, region: nil)],
                                          partialFingerprints: ["plancheck/v1": Fingerprint.hex(requirement.id + "|waived")],
                                          suppressions: [Suppression(kind: "external", justification: requirement.waiver ?? "")]))
                default: break
                }
            }
        }
        let failed = notifications.contains { $0.level == "error" }
        notifications += report.warnings.map { notification($0, uri: nil) }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: Report.toolName, version: report.toolVersion, informationUri: Self.informationURI,
                                      rules: rules.map { RuleDescriptor($0, language: language) })),
            invocations: [Invocation(executionSuccessful: !failed, toolExecutionNotifications: notifications)],
            results: Array(results.prefix(Self.maxResults)),
            columnKind: "unicodeCodePoints")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }  // plain value types always encode
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A warning about the check (not a finding) as a notification: where it is (the document's
    /// line, or the configuration file), its kind as the descriptor, its rule when it has one.
    private func notification(_ warning: CheckWarning, uri documentURI: String?) -> Notification {
        let uri = warning.file.map { Self.uri(PathDisplay.relative($0, to: options.baseDirectory)) } ?? documentURI
        let region = warning.line.map { Region(startLine: $0, startColumn: warning.column) }
        return Notification(level: "warning", message: Message(text: warning.message.text(options.language)),
                            locations: uri.map { [Location(uri: $0, region: region)] } ?? [],
                            descriptor: Reference(id: warning.kind.rawValue), associatedRule: warning.ruleId.map { Reference(id: $0) })
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative path as a URI reference: each segment percent-encoded (Vietnamese file names too).
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#[]")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    // MARK: The SARIF object model (the part plancheck writes)

    struct Log: Encodable {
        let version = "2.1.0"
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }

    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let results: [Result]
        let columnKind: String
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [RuleDescriptor]
    }

    struct Message: Encodable {
        let text: String
    }

    struct MultiformatMessage: Encodable {
        let text: String
        let markdown: String?
    }

    struct RuleDescriptor: Encodable {
        struct Configuration: Encodable { let level: String }
        struct Properties: Encodable {
            let basis: String
            let appliesTo: String
            let scope: String
            let citation: String
            let tags: [String]
        }
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: MultiformatMessage
        let defaultConfiguration: Configuration
        let properties: Properties

        init(_ rule: Rule, language: Language) {
            id = rule.id
            name = rule.name
            shortDescription = Message(text: rule.title.text(language))
            fullDescription = Message(text: rule.message.text(language))
            let citation = (language == .en ? "Basis: " : "Căn cứ: ") + rule.citation
            help = MultiformatMessage(text: rule.hint.text(language) + "\n" + citation,
                                      markdown: rule.hint.text(language) + "\n\n*" + citation + "*")
            defaultConfiguration = Configuration(level: SARIFFormatter.level(rule.severity))
            properties = Properties(basis: rule.basis.rawValue, appliesTo: rule.appliesTo.rawValue, scope: rule.scope.name,
                                    citation: rule.citation, tags: ["plancheck", rule.basis.rawValue])
        }
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
        var endLine: Int? = nil
        var endColumn: Int? = nil
        var charOffset: Int? = nil
        var charLength: Int? = nil

        init(_ location: SourceLocation) {
            startLine = location.line
            startColumn = location.column
            endLine = location.endLine
            endColumn = max(location.endColumn, 1)
            charOffset = location.offset
            charLength = max(0, location.endOffset - location.offset)
        }

        /// A line (and column) only: where a warning is.
        init(startLine: Int, startColumn: Int?) {
            self.startLine = startLine
            self.startColumn = startColumn
        }
    }

    struct Location: Encodable {
        struct Physical: Encodable {
            struct Artifact: Encodable { let uri: String }
            let artifactLocation: Artifact
            let region: Region?
        }
        let physicalLocation: Physical

        init(uri: String, region: Region?) {
            physicalLocation = Physical(artifactLocation: .init(uri: uri), region: region)
        }
    }

    struct Suppression: Encodable {
        let kind: String
        let justification: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let kind: String?
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
    }

    struct Notification: Encodable {
        let level: String
        let message: Message
        let locations: [Location]
        var descriptor: Reference? = nil
        var associatedRule: Reference? = nil
    }

    /// A reportingDescriptorReference by id.
    struct Reference: Encodable { let id: String }

    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]
    }
}

extension Finding {
    /// Identifies a finding across unrelated edits: its rule, and for a finding about one place (a
    /// task, a target) that place's section and detail; never its line. A requirement found
    /// missing is the rule alone: it is shown where its text belongs, which moves when that
    /// part of the plan is added or removed.
    public var fingerprint: String {
        guard let detail else { return Fingerprint.hex(ruleId + "||") }
        return Fingerprint.hex(ruleId + "|" + location.section + "|" + detail.vi)
    }
}

/// FNV-1a, 64 bits: a stable fingerprint without a cryptography dependency.
enum Fingerprint {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16).leftPadded(16)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

extension SARIFFormatter: ReportFormatter {
    public static let name = "sarif"
    public static let mediaType = "application/sarif+json"
    public func output(_ report: Report) -> String { format(report) }
}
