import PlanCheckMatching
import PlanCheckRules

/// Human-readable output, grouped by document, Vietnamese by default. Status is shown by a
/// symbol and a word, colour only adds to it (and only on a terminal).
public struct TextFormatter: Sendable {
    public let language: Language
    public let color: Bool
    /// Show covered and not-applicable requirements too, not just what needs work.
    public let verbose: Bool
    /// Per-finding lines shown under one requirement, the rest counted; nil shows them all.
    public let detailLimit: Int?

    public init(language: Language = .vi, color: Bool = false, verbose: Bool = true, allFindings: Bool = false) {
        self.language = language
        self.color = color
        self.verbose = verbose
        detailLimit = allFindings ? nil : Self.defaultDetailLimit
    }

    private var strings: UIStrings { UIStrings(language) }
    /// Per-finding lines shown under one requirement unless every one is asked for (--all-findings).
    public static let defaultDetailLimit = 10

    public func format(_ report: Report) -> String {
        var out: [String] = []
        let leaders = report.duplicateOf
        for (index, document) in report.documents.enumerated() {
            var lines = format(document)
            // Under its name: the plan it repeats, whose results count.
            if let leader = leaders[index] { lines.insert("  ≡ \(strings.duplicateLabel): \(report.documents[leader].path)", at: 1) }
            out += lines
            out.append("")
        }
        for warning in report.warnings { out.append(paint("! " + strings.warning(warning), .yellow)) }
        out.append(summaryLine(report.summary))
        return out.joined(separator: "\n") + "\n"
    }

    private func format(_ document: DocumentReport) -> [String] {
        var lines = [paint(document.path, .bold)]
        guard let result = document.result else {
            lines.append("  " + paint("✗ \(strings.unreadableLabel): \(document.error?.text(language) ?? "")", .red))
            return lines
        }
        let meta = result.metadata
        let identity = [meta.type, meta.number, meta.date.map(strings.date)].compactMap { $0 }.joined(separator: " · ")
        if !identity.isEmpty || meta.issuer != nil {
            lines.append("  " + ([meta.issuer].compactMap { $0 } + (identity.isEmpty ? [] : [identity])).joined(separator: " — "))
        }
        // Undetected, a plan's profile can be given; a document that is not a plan needs none.
        let profile = result.profile == nil
            ? strings.profile(nil) + (result.form == .notAPlan ? "" : language == .en ? " (give it with --profile ministry or province)"
                                                                                    : " (chọn bằng --profile ministry hoặc province)")
            : strings.profile(result.profile, source: result.profileSource)
        lines.append("  \(strings.profileLabel): \(profile) · \(strings.formLabel): \(strings.form(result.form))")
        let order: [RequirementStatus] = [.missing, .partial, .unknown, .covered, .waived]
        for status in order {
            for requirement in result.requirements where requirement.status == status && !requirement.baselined {
                if status == .covered && !verbose { continue }
                lines += format(requirement, findings: result.findings.filter { $0.ruleId == requirement.id })
            }
        }
        for warning in result.warnings { lines.append("  " + paint("! " + strings.warning(warning), .yellow)) }
        let skipped = result.requirements.filter { $0.status == .notApplicable }.map(\.id)
        if verbose, !skipped.isEmpty {
            lines.append("  " + paint("– \(strings.notApplicableLabel): \(skipped.joined(separator: ", "))", .dim))
        }
        return lines
    }

    private func format(_ requirement: RequirementResult, findings: [Finding]) -> [String] {
        let rule = requirement.rule
        // The symbols of every output (CoverageMatrix.symbol); colour only adds to them.
        let symbol = CoverageMatrix.symbol(requirement.status)
        let tone: Tone = switch requirement.status {
        case .covered: .green
        case .partial, .unknown: .yellow
        case .missing: .red
        case .waived, .notApplicable: .dim
        }
        var lines = ["  " + paint("\(symbol) \(rule.id)", tone) + " \(rule.title.text(language)) "
                     + paint("[\(strings.severity(rule.severity)), \(strings.status(requirement.status, of: rule))]", tone)]
        if requirement.status == .waived, let reason = requirement.waiver {
            lines.append(paint("      \(strings.waivedLabel): \(reason)", .dim))
        }
        if requirement.status == .unknown, let reason = requirement.reason {
            lines.append("      \(reason.text(language))")
        }
        if requirement.status == .missing || requirement.status == .partial {
            lines.append("      \(rule.message(for: requirement.status, language))")
            let limit = detailLimit ?? findings.count
            for finding in findings.prefix(limit) {
                guard let detail = finding.detail else { continue }
                lines.append("      • \(strings.place(finding.location)): \(detail.text(language))")
            }
            if findings.count > limit {
                lines.append("      • … \(strings.more(findings.count - limit))")
            }
            lines.append("      → \(strings.hintLabel): \(rule.hint.text(language))")
            lines.append(paint("      \(strings.basisLabel): \(rule.citation)", .dim))
            if requirement.status == .missing, findings.first?.detail == nil, let location = findings.first?.location {
                lines.append(paint("      @ \(strings.place(location))", .dim))
            }
        }
        for evidence in requirement.evidence {
            let weak = evidence.confidence == .high ? "" : " (\(strings.confidence(evidence.confidence)))"
            lines.append("      «\(evidence.quote)» \(strings.place(evidence.location))\(weak)")
        }
        return lines
    }

    private func summaryLine(_ summary: Summary) -> String {
        var parts: [String] = []
        for severity in Severity.allCases.reversed() {
            guard let counts = summary.bySeverity[severity],
                  counts.covered + counts.partial + counts.missing + counts.waived > 0 else { continue }
            var part = "\(strings.severity(severity)): \(counts.covered) \(strings.status(.covered)) / "
                + "\(counts.partial) \(strings.status(.partial)) / \(counts.missing) \(strings.status(.missing))"
            if counts.waived > 0 { part += " / \(counts.waived) \(strings.status(.waived))" }
            parts.append(part)
        }
        var line = "\(strings.summaryLabel) (\(strings.documents(summary.documents))"
        if summary.unreadable > 0 { line += ", \(summary.unreadable) \(strings.unreadableLabel)" }
        if summary.notPlans > 0 { line += ", \(summary.notPlans) \(strings.form(.notAPlan))" }
        if summary.duplicates > 0 { line += language == .en ? ", \(summary.duplicates) duplicates" : ", \(summary.duplicates) bản trùng" }
        line += "): " + (parts.isEmpty ? (language == .en ? "no requirement assessed" : "không có yêu cầu nào được xét") : parts.joined(separator: " · "))
        // Detectors are about the checking, not requirements: what they found, apart.
        if !summary.detectors.isEmpty {
            line += " · \(strings.detectorsLabel): " + summary.detectors.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        }
        return paint(line, .bold)
    }

    private enum Tone: String {
        case red = "31", green = "32", yellow = "33", dim = "2", bold = "1"
    }

    private func paint(_ text: String, _ tone: Tone) -> String {
        color ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension TextFormatter: ReportFormatter {
    public static let name = "text"
    public static let mediaType = "text/plain; charset=utf-8"
    public init(rules: [Rule], options: FormatOptions) {
        self.init(language: options.language, color: options.color, verbose: options.verbose, allFindings: options.allFindings)
    }
    public func output(_ report: Report) -> String { format(report) }
}
