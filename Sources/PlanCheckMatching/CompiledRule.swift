import Foundation
import PlanCheckText
import PlanCheckRules

/// A condition with its phrases tokenised and its regexes compiled, once per rule set.
indirect enum CompiledCondition: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe.
    case any([CompiledCondition])
    case all([CompiledCondition])
    case none([CompiledCondition])
    case phrases([Phrase])
    case regex(RuleRegex)
    case near([[Phrase]], within: Int)
    case heading([Phrase])
    /// A condition read over another scope; `sectionPhrases` select a `.sections` scope.
    case scoped(RuleScope, sectionPhrases: [Phrase], CompiledCondition)

    init(_ condition: Condition) throws {
        switch condition {
        case .any(let children): self = .any(try children.map(CompiledCondition.init))
        case .all(let children): self = .all(try children.map(CompiledCondition.init))
        case .none(let children): self = .none(try children.map(CompiledCondition.init))
        case .phrases(let texts): self = .phrases(Self.phrases(texts))
        case .heading(let texts): self = .heading(Self.phrases(texts))
        case .near(let groups, let within): self = .near(groups.map(Self.phrases), within: within)
        case .regex(let pattern):
            self = .regex(try RuleRegex(pattern: pattern))
        case .scoped(let scope, let inner):
            self = .scoped(scope, sectionPhrases: CompiledRule.sectionPhrases(of: scope), try CompiledCondition(inner))
        }
    }

    /// Phrases with no syllable (e.g. only punctuation) can never match; they are dropped here
    /// and rejected by the loader.
    private static func phrases(_ texts: [String]) -> [Phrase] {
        texts.map(Phrase.init).filter { !$0.isEmpty }
    }
}

/// A rule ready to run.
package struct CompiledRule: Sendable {
    package let rule: Rule
    let match: CompiledCondition?
    let partial: CompiledCondition?
    let sectionPhrases: [Phrase]
    /// The rule's structural check, when it has one instead of conditions.
    let check: (any StructuralCheck)?
    /// When the matcher evaluates the rule: phrase rules run with the structural checks of that phase.
    var phase: CheckPhase { check.map { type(of: $0).phase } ?? .withRules }
    /// Phrases inside whose occurrences a hit of this rule does not count.
    let exceptions: [Phrase]

    /// Every phrase the rule's conditions use (for the shared automaton).
    var phrases: [Phrase] {
        func collect(_ condition: CompiledCondition?) -> [Phrase] {
            switch condition {
            case .any(let children)?, .all(let children)?, .none(let children)?: return children.flatMap(collect)
            case .phrases(let list)?, .heading(let list)?: return list
            case .near(let groups, _)?: return groups.flatMap { $0 }
            case .scoped(_, _, let inner)?: return collect(inner)
            case .regex?, nil: return []
            }
        }
        return collect(match) + collect(partial) + exceptions
    }

    /// The literals the rule's regexes need (see `RequiredLiterals`), for the shared literal index.
    var regexLiterals: [[Unicode.Scalar]] {
        func collect(_ condition: CompiledCondition?) -> [[Unicode.Scalar]] {
            switch condition {
            case .any(let children)?, .all(let children)?, .none(let children)?: return children.flatMap(collect)
            case .regex(let regex)?: return regex.requiredLiterals ?? []
            case .scoped(_, _, let inner)?: return collect(inner)
            case .phrases?, .heading?, .near?, nil: return []
            }
        }
        return collect(match) + collect(partial)
    }

    package init(_ rule: Rule) throws {
        self.rule = rule
        match = try rule.match.map(CompiledCondition.init)
        if let named = rule.check {
            guard let runnable = named as? any StructuralCheck else { throw UnrunnableCheck(name: named.name) }
            check = runnable
        } else {
            check = nil
        }
        partial = try rule.partial.map(CompiledCondition.init)
        exceptions = rule.except.map(Phrase.init).filter { !$0.isEmpty }
        sectionPhrases = Self.sectionPhrases(of: rule.scope)
    }
}

extension CompiledRule {
    /// The title phrases a `.sections` scope selects by; none for the other scopes.
    static func sectionPhrases(of scope: RuleScope) -> [Phrase] {
        guard case .sections(let texts) = scope else { return [] }
        return texts.map(Phrase.init).filter { !$0.isEmpty }
    }
}

/// A rule decoded with a check kind the matcher cannot run (one not in `StructuralChecks.all`).
struct UnrunnableCheck: Error, CustomStringConvertible {
    let name: String
    var description: String { "the check '\(name)' is not one the matcher can run" }
}
