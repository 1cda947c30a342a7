import PlanCheckMatching
import PlanCheckRules

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
public struct GitHubFormatter: Sendable {
    public let options: FormatOptions
    public init(options: FormatOptions = FormatOptions()) { self.options = options }

    public func format(_ report: Report) -> String {
        var lines: [String] = []
        for document in report.documents {
            let file = PathDisplay.relative(document.path, to: options.baseDirectory)
            if let error = document.error {
                lines.append("::error file=\(Self.property(file)),title=\(Self.property("plancheck"))::\(Self.data(error.text(options.language)))")
                continue
            }
            for finding in document.result?.findings ?? [] {
                let l = finding.location
                let command: String
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
                let title = "\(finding.ruleId) \(finding.rule.name)"
                lines.append("::\(command) file=\(Self.property(file)),line=\(l.line),col=\(l.column),endLine=\(l.endLine),"
                             + "endColumn=\(l.endColumn),title=\(Self.property(title))::\(Self.data(finding.text(options.language)))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Escaping GitHub defines for the message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for properties, which also ends at ":" and ",".
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension GitHubFormatter: ReportFormatter {
    public static let name = "github"
    public static let mediaType = "text/plain; charset=utf-8"
    public init(rules: [Rule], options: FormatOptions) { self.init(options: options) }
    public func output(_ report: Report) -> String { format(report) }
}
