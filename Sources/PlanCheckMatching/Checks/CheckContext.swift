import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// What a structural check may read: the document, the rule it serves, and — for checks run
/// after the others — their results and a way to judge their conditions elsewhere.
package struct CheckContext {
    let matching: Matcher.Context
    package let rule: Rule
    /// The results of the rules evaluated before this one (every other rule, for `.afterRules`).
    package let earlier: [RequirementResult]
    /// The rule library, compiled.
    let rules: [CompiledRule]
    /// Judges a rule's conditions over a scope, as the matcher does.
    let judge: (CompiledRule, Scope) -> RequirementResult

    package var document: StructuredDocument { matching.document }
    package var source: SourceText { document.document.source }

    /// The tasks the rule is about: the data tasks for a data-scoped rule.
    package var tasks: [PlanTask] { rule.scope == .data ? document.dataTasks : document.tasks }

    /// The task's first words, for messages.
    package func summary(of task: PlanTask) -> String {
        // Reads only as far as the fifteenth word: a title may be a whole paragraph.
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for offset in task.title.clamped(to: 0..<source.count) {
            let scalar = source.scalars[offset]
            if scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
                if words.count > 14 { break }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty, words.count <= 14 { words.append(String(word)) }
        return words.prefix(14).joined(separator: " ") + (words.count > 14 ? "…" : "")
    }

    package func location(of task: PlanTask) -> SourceLocation {
        matching.location(task.title, node: task.node)
    }

    package func location(_ range: Range<Int>, node: Int) -> SourceLocation {
        matching.location(range, node: node)
    }

    /// The first line of a segment (the document's first when nil).
    package func location(ofSegment index: Int?) -> SourceLocation {
        matching.location(ofSegment: index)
    }

    /// Where the rule's text belongs in the plan (see `belongs_in`), for a finding about something absent.
    package var place: SourceLocation { location(ofSegment: matching.place(of: rule) ?? 0) }

    package func evidence(_ range: Range<Int>, node: Int) -> Evidence {
        Evidence(quote: source.string(range), location: location(range, node: node), confidence: .high)
    }

    /// Covered when nothing fails, partial when some do, missing when all do.
    package static func status(failing: Int, of total: Int) -> RequirementStatus {
        total == 0 ? .notApplicable : failing == 0 ? .covered : failing == total ? .missing : .partial
    }
}
