import PlanCheckText
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// Runs the `examples` each rule carries, the way SwiftLint runs its triggering and
/// non-triggering examples: every snippet must get the status it is filed under.
package enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: Rule
        public var example: RuleExample
        public var actual: RequirementStatus

        public var description: String {
            "\(rule.file):\(example.mark.line):\(example.mark.column): error: \(rule.id) (\(rule.name)) example expected "
                + "\(example.expect.rawValue) but was \(actual.rawValue): \"\(example.text.prefix(120))\""
        }
    }

    static let tasksHeading = "I. NHIỆM VỤ, GIẢI PHÁP\n"

    /// Returns the examples that failed, and how many were run (of the rules `only` names, else of
    /// all). Every example is checked with all the rules, since some (DS902) judge the others.
    public static func run(_ matcher: Matcher, only: Set<String>? = nil) -> (failures: [Failure], count: Int) {
        var failures: [Failure] = []
        var count = 0
        let matcher = Matcher(rules: matcher.rules, vocabulary: matcher.vocabulary)
        for compiled in matcher.rules where only?.contains(compiled.rule.id) ?? true {
            let rule = compiled.rule
            // A snippet stands for the relevant part of a plan of a profile and form the rule applies to.
            let profile: Profile = rule.appliesTo == .ministry ? .ministry : .province
            let form = rule.forms.first ?? .standalone
            for example in rule.examples {
                count += 1
                var document = matcher.structure(MarkdownReader.snippet(example.text))
                if rule.scope == .task, document.taskNodes.isEmpty, document.tasks.isEmpty {
                    // A task snippet stands in a tasks section.
                    document = matcher.structure(MarkdownReader.snippet(Self.tasksHeading + example.text))
                }
                let result = matcher.evaluate(document, profile: profile, form: form)
                let status = result.requirements.first { $0.id == rule.id }?.status ?? .notApplicable
                if status.rawValue != example.expect.rawValue {
                    failures.append(Failure(rule: rule, example: example, actual: status))
                }
            }
        }
        return (failures, count)
    }
}

/// Runs the examples each concept carries: a concept's wordings must occur in every `covered`
/// snippet and in no `missing` one (phrases matched as rules match them).
package enum ConceptExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var concept: Concept
        public var example: RuleExample

        public var description: String {
            "\(concept.file):\(example.mark.line):\(example.mark.column): error: concept \(concept.name) "
                + (example.expect == .covered ? "not found in" : "found in") + " its \(example.expect.rawValue) example: \"\(example.text.prefix(120))\""
        }
    }

    /// Column headers are checked by the structure tests; examples are running text.
    public static func run(_ concepts: ConceptVocabulary) -> (failures: [Failure], count: Int) {
        var failures: [Failure] = []
        var count = 0
        for name in concepts.names {
            guard let concept = concepts[name] else { continue }
            let phrases = concept.wordings.map(Phrase.init).filter { !$0.isEmpty }
            for example in concept.examples {
                count += 1
                let tokens = TextNormalizer.normalize(example.text).tokens
                let found = tokens.indices.contains { start in phrases.contains { $0.match(at: start, in: tokens) != nil } }
                if found != (example.expect == .covered) { failures.append(Failure(concept: concept, example: example)) }
            }
        }
        return (failures, count)
    }
}
