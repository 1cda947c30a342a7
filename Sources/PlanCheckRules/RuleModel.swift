import PlanCheckYAML
// The shared words (profile, form, task field, language) come with this module: its API speaks them.
@_exported import PlanCheckDomain

/// How serious a gap in a requirement is: error (a mandatory task), warning, info.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error
    private var order: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
}

/// Where a requirement comes from; sets how hard the rule may be.
public enum Basis: String, Sendable, Codable, CaseIterable {
    case letter, strategy, law, convention, inferred
}

/// Which plans a rule is for: a ministry's, a province's, or both.
public enum AppliesTo: String, Sendable, Codable, CaseIterable {
    case ministry, province, both
}

/// Which part of a document a rule reads.
public enum RuleScope: Sendable, Hashable {
    /// The whole document.
    case document
    /// The whole document except its past-results parts ("Phần I. Kết quả thực hiện năm 2026")
    /// and the basis lines before its first part ("Căn cứ …"): what the plan commits to. A report
    /// already sent is not a duty to report.
    case plan
    /// The data sections of an embedded plan (the whole plan otherwise).
    case data
    /// The tasks within data scope: tasks sections and task-table rows.
    case task
    /// Section titles only.
    case headings
    /// The header and title block (issuer, number, place and date, document type).
    case header
    /// The annexes ("Phụ lục I …") with their titles and tables.
    case annex
    /// The closing block: recipients and signature ("Nơi nhận", "TM. ỦY BAN NHÂN DÂN", the
    /// signer), where a name on a line of its own is the signer's.
    case closing
    /// Sections whose heading contains one of these phrases, with their content.
    case sections([String])

    public var name: String {
        switch self {
        case .document: return "document"
        case .plan: return "plan"
        case .data: return "data"
        case .task: return "task"
        case .headings: return "headings"
        case .header: return "header"
        case .annex: return "annex"
        case .closing: return "closing"
        case .sections(let phrases): return "section: " + phrases.joined(separator: " | ")
        }
    }
}

/// A condition tree over terms.
public indirect enum Condition: Sendable, Equatable {
    case any([Condition])
    case all([Condition])
    case none([Condition])
    /// True when one of the phrases occurs (whole syllables, normalised).
    case phrases([String])
    /// True when the pattern matches the normalised text (lowercase, NFC).
    case regex(String)
    /// True when one phrase of every group occurs within `within` syllables of the others.
    case near(groups: [[String]], within: Int)
    /// True when a section title in scope contains one of the phrases.
    case heading([String])
    /// True when the condition holds in another part of the document than the rule's scope: a
    /// task-group rule half met by what the implementation part asks, a catalogue issued as an
    /// annex.
    case scoped(RuleScope, Condition)
}

extension Condition {
    /// The scopes that `scoped` conditions within this one read, each once, in order.
    public var otherScopes: [RuleScope] {
        var found: [RuleScope] = []
        func walk(_ condition: Condition) {
            switch condition {
            case .any(let children), .all(let children), .none(let children): children.forEach(walk)
            case .scoped(let scope, let inner):
                if !found.contains(scope) { found.append(scope) }
                walk(inner)
            case .phrases, .regex, .near, .heading: break
            }
        }
        walk(self)
        return found
    }
}

/// A snippet that a rule must judge a given way; the suite runs every one.
public struct RuleExample: Sendable, Equatable {
    public enum Expectation: String, Sendable, CaseIterable { case covered, partial, missing }
    public var expect: Expectation
    public var text: String
    public var mark: YAMLMark
}

/// One requirement of the catalogue, encoded.
public struct Rule: Sendable {
    /// The rule with its message and hint worded for a profile (see `LocalizedText.byProfile`).
    public func forProfile(_ profile: Profile?) -> Rule {
        var rule = self
        rule.message = message.forProfile(profile)
        rule.partialMessage = partialMessage?.forProfile(profile)
        rule.hint = hint.forProfile(profile)
        return rule
    }

    /// The text a hint offers to add to the plan: what it quotes (“…”), when it quotes something
    /// ("Bổ sung: “Kinh phí thực hiện từ nguồn …”."). Editors insert it; Word copies suggest it.
    public func insertion(_ language: Language) -> String? {
        let hint = self.hint.text(language)
        guard let open = hint.firstIndex(of: "“"), let close = hint[open...].firstIndex(of: "”") else { return nil }
        let text = hint[hint.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    public var id: String
    public var name: String
    public var title: LocalizedText
    public var basis: Basis
    public var citation: String
    public var appliesTo: AppliesTo
    /// Forms the rule applies to; empty means all plans.
    public var forms: [DocumentForm]
    public var scope: RuleScope
    public var severity: Severity
    /// What a finding says when the requirement is missing.
    public var message: LocalizedText
    /// What a finding says when it is only partly met (what is there, what is not); without one,
    /// the finding names the parts found and the parts not found.
    public var partialMessage: LocalizedText?
    public var hint: LocalizedText
    /// The condition for `covered`; a rule has either this or a `check`.
    public var match: Condition?
    public var partial: Condition?
    /// A structural check, of one of the kinds the loader was given (see `RuleCheckKind`).
    public var check: (any RuleCheckKind)?
    /// Where the rule's text belongs in a plan: a missing finding is shown there.
    public var belongsIn: SectionKind?
    /// Phrases whose words are not evidence for this rule: a hit inside one of them does not
    /// count ("đào tạo" in the name "Sở Giáo dục và Đào tạo" is no training task).
    public var except: [String] = []
    public var examples: [RuleExample]
    /// A detector says something about the checking itself (not a plan, evidence only in past
    /// results, a legacy encoding), not a requirement of the plan: summaries count it apart.
    public var isDetector = false
    /// Where the rule is written, for messages about it.
    public var file: String
    public var mark: YAMLMark
}

/// One rule file: its id, version, title, source and rules.
public struct RuleSet: Sendable {
    /// What a set's rules are: requirements of a plan, or detectors about the checking itself.
    public enum Kind: String, Sendable, CaseIterable { case requirements, detectors }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var source: String
    public var rules: [Rule]
    public var file: String
    public var kind: Kind = .requirements
}

/// A problem in a rule file, positioned at the offending node.
public struct RuleIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var mark: YAMLMark
    public var message: String

    public init(file: String, mark: YAMLMark, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(file):\(mark.line):\(mark.column): error: \(message)" }
}
