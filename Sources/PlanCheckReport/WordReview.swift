import PlanCheckDocuments
import PlanCheckMatching
import PlanCheckRules

/// What plancheck writes into a reviewed copy of a Word plan: one comment per finding, on the
/// paragraph it is about (a task's, a target's, the heading of the part where missing text
/// belongs), in the reader's language: the status, the requirement, the message, what exactly is
/// wrong there, the hint and the basis. With `includeCovered`, a short comment on the first quote of
/// each covered requirement too.
public enum WordReview {
    public static func comments(_ report: DocumentReport, language: Language, includeCovered: Bool = false) -> [WordComment] {
        guard let result = report.result else { return [] }
        let strings = UIStrings(language)
        var comments = result.findings.map { finding -> WordComment in
            let rule = finding.rule
            var text = [heading(rule, finding.status, strings), rule.message(for: finding.status, language)]
            if let detail = finding.detail { text.append(detail.text(language)) }
            text.append("\(strings.hintLabel): \(rule.hint.text(language))")
            text.append("\(strings.basisLabel): \(rule.citation)")
            return WordComment(paragraph: finding.location.paragraph ?? 1, text: text)
        }
        if includeCovered {
            for requirement in result.requirements where requirement.status == .covered {
                guard let evidence = requirement.evidence.first else { continue }
                comments.append(WordComment(paragraph: evidence.location.paragraph ?? 1, text: [
                    heading(requirement.rule, .covered, strings), "«\(evidence.quote)»", "\(strings.basisLabel): \(requirement.rule.citation)",
                ]))
            }
        }
        // In document order, so that Word lists them as they come.
        return comments.enumerated().sorted { ($0.element.paragraph, $0.offset) < ($1.element.paragraph, $1.offset) }.map(\.element)
    }

    /// The text each missing requirement's hint offers to add, proposed after the paragraph where
    /// it belongs (the heading of its part), to be accepted or rejected in Word.
    /// The text inserted is the plan's language, Vietnamese, whatever the language of the comments.
    public static func insertions(_ report: DocumentReport) -> [WordInsertion] {
        guard let result = report.result else { return [] }
        return result.findings.compactMap { finding in
            guard finding.status == .missing, finding.detail == nil, let text = finding.rule.insertion(.vi) else { return nil }
            return WordInsertion(paragraph: finding.location.paragraph ?? 1, text: text)
        }
    }

    private static func heading(_ rule: Rule, _ status: RequirementStatus, _ strings: UIStrings) -> String {
        "\(CoverageMatrix.symbol(status)) \(strings.status(status, of: rule)) · \(rule.id) — \(rule.title.text(strings.language))"
    }
}
