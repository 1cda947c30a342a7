import Foundation
import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// For sending back after a screening: one section per agency's plan (one printed page each), its
/// issuer, number, scores and what it must add — each missing or partial requirement with its
/// message and hint in the plan's profile wording, errors first. Documents that are not plans,
/// could not be read or repeat another are left out.
public struct AgencySummaryWriter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    public func format(_ matrix: CoverageMatrix, report: Report) -> String {
        let strings = UIStrings(language)
        let labels = MatrixLabels(language)
        let agencies = matrix.rows.compactMap { row -> [String: Any]? in
            guard row.isPlan, row.duplicateOf == nil, let result = row.document.result else { return nil }
            let metadata = result.metadata
            let gaps = result.requirements
                .filter { ($0.status == .missing || $0.status == .partial) && !$0.rule.isDetector }
                .sorted { ($1.rule.severity, $0.id) < ($0.rule.severity, $1.id) }
                .map { requirement -> [String: Any] in
                    ["id": requirement.id, "title": requirement.rule.title.text(language),
                     "status": strings.status(requirement.status, of: requirement.rule), "severity": strings.severity(requirement.rule.severity),
                     "message": requirement.rule.message(for: requirement.status, language),
                     "hint": requirement.rule.hint.text(language), "hintLabel": strings.hintLabel]
                }
            let facts = [metadata.type, metadata.number, metadata.date.map(strings.date), strings.profile(result.profile)]
                .compactMap { $0 }.filter { !$0.isEmpty }
            var agency: [String: Any] = [
                    "issuer": metadata.issuer ?? pick("(không rõ cơ quan ban hành)", "(issuer not found)"),
                    "facts": facts.joined(separator: " · "), "path": row.path,
                    "scores": [Severity.error, .warning, .info].compactMap { severity -> [String: String]? in
                        guard row.scores[severity]?.value != nil else { return nil }
                        return ["label": pick("Điểm", "Score") + " (\(strings.severity(severity)))", "value": labels.score(row.scores[severity])]
                    },
                    "gaps": gaps, "gapCount": gaps.count, "hasGaps": !gaps.isEmpty]
            if let parent = metadata.issuerParent { agency["parent"] = parent }
            return agency
        }
        let view: [String: Any] = ["lang": language.rawValue, "vi": language != .en, "toolVersion": report.toolVersion, "agencies": agencies]
        return HTMLReportWriter.templates.render(view, template: "summary")
    }
}
