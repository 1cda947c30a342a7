import Foundation
import PlanCheckMatching
import PlanCheckRules

/// A findings format: one type, reading only the report model, registered in `OutputFormat.all`.
/// Its name is what `--format`, `--output NAME=PATH` and the API's `?format=` accept.
public protocol ReportFormatter: Sendable {
    static var name: String { get }
    /// The MIME type of the output (the API answers with it).
    static var mediaType: String { get }
    /// `rules` are the loaded rules (SARIF describes them all).
    init(rules: [Rule], options: FormatOptions)
    /// The whole output for a report, as written to standard output or a file.
    func output(_ report: Report) -> String
}

/// The formats plancheck writes: one list (a new format is its own file and one line here), from
/// which the command line's values and help and the server's formats come.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, CaseIterable {
    public static let all: [any ReportFormatter.Type] = [
        TextFormatter.self, JSONFormatter.self, SARIFFormatter.self, LineFormatter.self,
        CheckstyleFormatter.self, JUnitFormatter.self, GitHubFormatter.self,
    ]

    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.all.contains(where: { $0.name == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    public static var allCases: [OutputFormat] { all.compactMap { OutputFormat(rawValue: $0.name) } }

    public static let text = OutputFormat(known: TextFormatter.name)
    public static let json = OutputFormat(known: JSONFormatter.name)
    public static let sarif = OutputFormat(known: SARIFFormatter.name)

    private init(known name: String) { rawValue = name }

    var formatter: (any ReportFormatter.Type)? { Self.all.first { $0.name == rawValue } }

    public var mediaType: String { formatter?.mediaType ?? "text/plain" }
}

/// What every formatter is given besides the report.
public struct FormatOptions: Sendable {
    public var language: Language
    public var color: Bool
    public var verbose: Bool
    /// SARIF: include covered requirements as `kind: "pass"` results.
    public var sarifPasses: Bool
    /// Paths in SARIF, checkstyle and GitHub output are made relative to this folder.
    public var baseDirectory: String
    /// Text: every finding of a requirement, not the first ten and a count of the rest.
    public var allFindings: Bool

    public init(language: Language = .vi, color: Bool = false, verbose: Bool = true, sarifPasses: Bool = false,
                baseDirectory: String = FileManager.default.currentDirectoryPath, allFindings: Bool = false) {
        self.allFindings = allFindings
        self.language = language
        self.color = color
        self.verbose = verbose
        self.sarifPasses = sarifPasses
        self.baseDirectory = baseDirectory
    }
}

/// Renders a report in any registered format, for callers that choose the format at run time.
public enum ReportWriter {
    /// The report in one format; `rules` are the loaded rules (SARIF describes them all).
    public static func render(_ report: Report, as format: OutputFormat, rules: [Rule], options: FormatOptions) -> String {
        guard let formatter = format.formatter else { return "" }
        return formatter.init(rules: rules, options: options).output(report)
    }
}

extension Rule {
    /// What plancheck says about the requirement with this status: the missing message; for
    /// partial, the partial message (or, without one, that it is partly met); for unknown, the
    /// requirement itself (there is no gap to describe).
    public func message(for status: RequirementStatus, _ language: Language) -> String {
        switch status {
        case .unknown: return title.text(language)
        // A check's findings are about one place each (a task without a lead): its message fits them.
        case .partial where partialMessage == nil && check != nil: return message.text(language)
        case .partial: return partialMessage?.text(language)
            ?? (language == .en ? "Partly met: \(title.en)." : "Mới đáp ứng một phần: \(title.vi).")
        default: return message.text(language)
        }
    }
}

extension Finding {
    /// The rule's message, with what is wrong at this place when there is more to say. An
    /// unknown verdict has no gap to describe: it names the requirement and why it is open; a
    /// partial one says so in the rule's partial message, or names the requirement as partly met.
    public func text(_ language: Language) -> String {
        let message = rule.message(for: status, language)
        guard let detail = detail?.text(language) else { return message }
        return message + " — " + detail
    }
}

/// Paths as users pass them, relative to a base folder when they lie inside it.
enum PathDisplay {
    static func relative(_ path: String, to base: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let root = URL(fileURLWithPath: base).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}

