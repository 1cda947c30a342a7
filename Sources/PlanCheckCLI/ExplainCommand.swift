import ArgumentParser
import PlanCheck

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Giải thích một yêu cầu hoặc khái niệm. Explain a requirement (what it asks, why, the citation, examples, how to fix) or a concept (its wordings)."
    )

    @Argument(help: help("Mã hoặc tên yêu cầu (DS305, security-privacy), hoặc tên khái niệm (lead-unit).", "Requirement ID or name (DS305, security-privacy), or a concept name (lead-unit)."))
    var requirement: String

    @Option(help: help("Ngôn ngữ của phần giải thích: vi hoặc en.", "Language of the explanation."))
    var lang: Language = .vi

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let checker = try rules.checker()
        let wanted = requirement.uppercased()
        if let concept = checker.concepts[requirement.lowercased()] {
            print(ConceptExplanation(concept: concept, language: lang).render(), terminator: "")
            return
        }
        guard let rule = checker.rules.first(where: { $0.id == wanted || $0.name == requirement.lowercased() }) else {
            let known = checker.rules.map(\.id)
            let range = "\(known.first ?? "")…\(known.last ?? "") (plancheck rules list)"
            let concepts = checker.concepts.names.joined(separator: ", ")
            // A near miss ("lead-unt", "DS35") is answered with the name meant.
            let names = checker.rules.flatMap { [$0.id, $0.name] } + checker.concepts.names
            if let meant = Spelling.suggestion(for: requirement, among: names) ?? Spelling.suggestion(for: wanted, among: names) {
                printProblem("không có yêu cầu hay khái niệm '\(requirement)'; có phải ý bạn là `plancheck explain \(meant)`?",
                             "no requirement or concept '\(requirement)'; did you mean `plancheck explain \(meant)`?", lang)
                throw ExitCode(ExitStatus.invalid)
            }
            printProblem("không có yêu cầu hay khái niệm '\(requirement)'; yêu cầu: \(range), khái niệm: \(concepts)",
                         "no requirement or concept '\(requirement)'; requirements: \(range), concepts: \(concepts)", lang)
            throw ExitCode(ExitStatus.invalid)
        }
        print(RuleExplanation(rule: rule, language: lang).render(), terminator: "")
    }
}

/// The text `explain` prints for one concept: what it is, its wordings, its examples.
struct ConceptExplanation {
    let concept: Concept
    let language: Language

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    func render() -> String {
        let kind = switch concept.kind {
        case .phrase: pick("điều kế hoạch nêu", "something a plan says")
        case .section: pick("loại mục, nhận ra từ tiêu đề", "a kind of section, read from headings")
        case .field: pick("thông tin của nhiệm vụ, trong câu và trong cột bảng", "a field of a task, in sentences and table columns")
        }
        var lines = ["\(concept.name) — \(concept.title.text(language))", "\(pick("Loại", "Kind")): \(kind)", ""]
        lines.append(pick("Cách viết được nhận:", "Wordings recognised:"))
        lines += concept.wordings.map { "  • \($0)" }
        if !concept.columns.isEmpty {
            lines.append(pick("Tiêu đề cột bảng nhiệm vụ:", "Task-table column headers:"))
            lines += concept.columns.map { "  • \($0)" }
        }
        for (expectation, heading) in [(RuleExample.Expectation.covered, pick("Có khái niệm:", "Found in:")),
                                       (.missing, pick("Không có khái niệm:", "Not found in:"))] {
            let examples = concept.examples.filter { $0.expect == expectation }
            guard !examples.isEmpty else { continue }
            lines.append("")
            lines.append(heading)
            lines += examples.map { "  • \($0.text)" }
        }
        lines.append("")
        // The rule set's folder and file, not where the bundle happens to be installed.
        let parts = concept.file.split(separator: "/")
        let file = parts.lastIndex(of: "Rules").map { parts[$0...].joined(separator: "/") }
            ?? (parts.contains { $0.hasSuffix(".resources") } ? "Rules/" + parts.suffix(2).joined(separator: "/") : concept.file)
        lines.append("\(pick("Định nghĩa tại", "Defined in")) \(file):\(concept.mark.line)")
        return lines.joined(separator: "\n") + "\n"
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
        lines.append("\(pick("Mức độ", "Severity")): \(strings.severity(rule.severity))")
        lines.append("\(pick("Nguồn yêu cầu", "Comes from")): \(strings.basis(rule.basis))")
        lines.append("\(pick("Áp dụng cho", "Applies to")): \(strings.appliesTo(rule.appliesTo, forms: rule.forms))")
        lines.append("\(pick("Phạm vi đọc", "Reads")): \(strings.scope(rule.scope))")
        // Parts a `scoped` condition reads besides the rule's own.
        for (condition, vi, en) in [(rule.match, "Cũng đọc, để xét đạt", "Also reads, for met"),
                                    (rule.partial, "Cũng đọc, để xét đạt một phần", "Also reads, for partly met")] {
            let scopes = condition?.otherScopes ?? []
            if !scopes.isEmpty { lines.append("\(pick(vi, en)): \(scopes.map(strings.scope).joined(separator: "; "))") }
        }
        lines.append("")
        lines.append("\(pick("Yêu cầu", "What it requires")): \(rule.title.text(language))")
        lines.append("\(pick("Khi thiếu, plancheck báo", "When missing, plancheck says")): \(rule.message.text(language))")
        if let partial = rule.partialMessage {
            lines.append("\(pick("Khi mới có một phần", "When partly met")): \(partial.text(language))")
        }
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
