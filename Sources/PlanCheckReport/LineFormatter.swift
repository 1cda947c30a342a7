import PlanCheckMatching
import PlanCheckRules

/// `path:line:col: severity: message [DS305]`, one finding a line, for editors' error formats
/// (Vim's default errorformat reads it with `:cfile`).
public struct LineFormatter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    public func format(_ report: Report) -> String {
        var lines: [String] = []
        for document in report.documents {
            if let error = document.error {
                lines.append("\(document.path):1:1: error: \(error.text(language)) [read]")
                continue
            }
            for finding in document.result?.findings ?? [] {
                let location = finding.location
                let message = finding.text(language).replacingOccurrences(of: "\n", with: " ")
                lines.append("\(document.path):\(location.line):\(location.column): \(finding.severity.rawValue): \(message) [\(finding.ruleId)]")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

extension LineFormatter: ReportFormatter {
    public static let name = "line"
    public static let mediaType = "text/plain; charset=utf-8"
    public init(rules: [Rule], options: FormatOptions) { self.init(language: options.language) }
    public func output(_ report: Report) -> String { format(report) }
}
