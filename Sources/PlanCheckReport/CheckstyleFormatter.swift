import PlanCheckDocuments
import PlanCheckMatching
import PlanCheckRules

/// Checkstyle XML, which many CI dashboards read.
public struct CheckstyleFormatter: Sendable {
    public let options: FormatOptions
    public init(options: FormatOptions = FormatOptions()) { self.options = options }

    public func format(_ report: Report) -> String {
        var xml = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<checkstyle version="4.3">"#]
        for document in report.documents {
            xml.append(#"  <file name="\#(XMLText.escape(PathDisplay.relative(document.path, to: options.baseDirectory)))">"#)
            if let error = document.error {
                xml.append(#"    <error line="1" column="1" severity="error" message="\#(XMLText.escape(error.text(options.language)))" source="plancheck.read"/>"#)
            }
            for finding in document.result?.findings ?? [] {
                let severity = finding.severity == .info ? "info" : finding.severity.rawValue
                xml.append(#"    <error line="\#(finding.location.line)" column="\#(finding.location.column)" severity="\#(severity)" "#
                           + #"message="\#(XMLText.escape(finding.text(options.language)))" source="plancheck.\#(finding.ruleId)"/>"#)
            }
            xml.append("  </file>")
        }
        xml.append("</checkstyle>")
        return xml.joined(separator: "\n") + "\n"
    }
}

extension CheckstyleFormatter: ReportFormatter {
    public static let name = "checkstyle"
    public static let mediaType = "application/xml"
    public init(rules: [Rule], options: FormatOptions) { self.init(options: options) }
    public func output(_ report: Report) -> String { format(report) }
}
