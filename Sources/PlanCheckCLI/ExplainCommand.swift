import ArgumentParser
import PlanCheck

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Giải thích một yêu cầu. Explain a requirement: what it asks, why, the citation, examples, how to fix."
    )

    @Argument(help: "Requirement ID or name, e.g. DS305 or security-privacy.")
    var requirement: String

    @Option(help: "vi | en")
    var lang: Language = .vi

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let checker = try rules.checker()
        let wanted = requirement.uppercased()
        guard let rule = checker.rules.first(where: { $0.id == wanted || $0.name == requirement.lowercased() }) else {
            let known = checker.rules.map(\.id)
            printError("plancheck: error: no requirement '\(requirement)'; known: \(known.first ?? "")…\(known.last ?? "") (plancheck rules list)")
            throw ExitCode(ExitStatus.invalid)
        }
        print(RuleExplanation(rule: rule, language: lang).render(), terminator: "")
    }
}

/// The text `explain` prints for one rule.
struct RuleExplanation {
    let rule: Rule
    let language: Language

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    func render() -> String {
        let strings = UIStrings(language)
        var lines = ["\(rule.id) \(rule.name) — \(rule.title.text(language))", ""]
        lines.append("\(pick("Mức độ", "Severity")): \(strings.severity(rule.severity))   "
                     + "\(pick("Cơ sở", "Basis")): \(rule.basis.rawValue)   "
                     + "\(pick("Áp dụng", "Applies to")): \(rule.appliesTo.rawValue)"
                     + (rule.forms.isEmpty ? "" : " (\(rule.forms.joined(separator: ", ")))")
                     + "   \(pick("Phạm vi", "Scope")): \(rule.scope.name)")
        lines.append("")
        lines.append("\(pick("Yêu cầu", "What it requires")): \(rule.title.text(language))")
        lines.append("\(pick("Khi thiếu, plancheck báo", "When missing, plancheck says")): \(rule.message.text(language))")
        lines.append("\(pick("Căn cứ", "Citation")): \(rule.citation)")
        lines.append("\(pick("Cách khắc phục", "How to fix")): \(rule.hint.text(language))")
        for expectation in RuleExample.Expectation.allCases {
            let examples = rule.examples.filter { $0.expect == expectation }
            guard !examples.isEmpty else { continue }
            lines.append("")
            lines.append(pick("Ví dụ \(strings.status(status(expectation))):", "Examples judged \(strings.status(status(expectation))):"))
            for example in examples {
                let text = example.text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").joined(separator: "\n    ")
                lines.append("  • \(text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func status(_ expectation: RuleExample.Expectation) -> RequirementStatus {
        switch expectation {
        case .covered: return .covered
        case .partial: return .partial
        case .missing: return .missing
        }
    }
}
