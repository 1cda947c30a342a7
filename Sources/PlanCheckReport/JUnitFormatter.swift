import PlanCheckDocuments
import PlanCheckMatching
import PlanCheckRules

/// JUnit XML: one test suite per document, one test case per requirement (unique names), failed
/// when missing or partial, skipped when not applicable or waived.
public struct JUnitFormatter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    public func format(_ report: Report) -> String {
        var xml = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        var suites: [String] = []
        var totalTests = 0, totalFailures = 0, totalErrors = 0
        for document in report.documents {
            let name = XMLText.escape(document.path)
            guard let result = document.result else {
                totalTests += 1
                totalErrors += 1
                suites.append(#"  <testsuite name="\#(name)" tests="1" failures="0" errors="1" skipped="0">"#
                              + "\n" + #"    <testcase classname="plancheck" name="\#(name) read"><error message="\#(XMLText.escape(document.error?.text(language) ?? ""))"/></testcase>"#
                              + "\n  </testsuite>")
                continue
            }
            var cases: [String] = []
            var failures = 0, skipped = 0
            for requirement in result.requirements {
                let rule = requirement.rule
                var line = #"    <testcase classname="plancheck.\#(rule.id)" name="\#(name) \#(rule.id) \#(rule.name)""#
                switch requirement.status {
                case .covered:
                    line += "/>"
                case .notApplicable, .waived, .unknown:
                    skipped += 1
                    // In words: the status, and why (the waiver's reason, what stopped the evaluation).
                    let why = requirement.waiver ?? requirement.reason?.text(language)
                    let message = UIStrings(language).status(requirement.status) + (why.map { ": " + $0 } ?? "")
                    line += #"><skipped message="\#(XMLText.escape(message))"/></testcase>"#
                case .missing, .partial:
                    failures += 1
                    let findings = result.findings.filter { $0.ruleId == rule.id }
                    let body = findings.map { "\($0.location.line):\($0.location.column) \($0.text(language))" }.joined(separator: "\n")
                    line += #"><failure type="\#(requirement.status.rawValue)" message="\#(XMLText.escape(rule.message(for: requirement.status, language)))">"#
                        + XMLText.escape(body) + "</failure></testcase>"
                }
                cases.append(line)
            }
            totalTests += result.requirements.count
            totalFailures += failures
            suites.append(#"  <testsuite name="\#(name)" tests="\#(result.requirements.count)" failures="\#(failures)" errors="0" skipped="\#(skipped)">"#
                          + "\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        xml.append(#"<testsuites name="plancheck" tests="\#(totalTests)" failures="\#(totalFailures)" errors="\#(totalErrors)">"#)
        xml += suites
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }
}

extension JUnitFormatter: ReportFormatter {
    public static let name = "junit"
    public static let mediaType = "application/xml"
    public init(rules: [Rule], options: FormatOptions) { self.init(language: options.language) }
    public func output(_ report: Report) -> String { format(report) }
}
