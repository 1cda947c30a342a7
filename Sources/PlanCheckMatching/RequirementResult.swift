import PlanCheckText
import PlanCheckRules

/// How far a plan meets one requirement: covered, partial or missing (with evidence or a finding),
/// not applicable to its profile or form, waived by the configuration, or unknown (not established,
/// with the reason).
public enum RequirementStatus: String, Sendable, Codable, CaseIterable {
    case covered, partial, missing
    case notApplicable = "not_applicable"
    case waived
    /// The evaluation was stopped (a regex search over its work budget) before it could say
    /// covered or missing; `RequirementResult.reason` says why. Never reported as missing.
    case unknown
}

/// How much a covered or partial status can be trusted.
public enum Confidence: String, Sendable, Codable, Comparable, CaseIterable {
    /// Rests on a single common syllable.
    case low
    /// Found only after removing diacritics, in text written without them.
    case medium
    /// Found in the normalised text as written.
    case high

    private var order: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
    public static func < (a: Confidence, b: Confidence) -> Bool { a.order < b.order }

    init(_ strength: Phrase.Strength) {
        switch strength {
        case .exact: self = .high
        case .fallback: self = .medium
        case .weak: self = .low
        }
    }

    var minimumStrength: Phrase.Strength {
        switch self {
        case .high: return .exact
        case .medium: return .fallback
        case .low: return .weak
        }
    }
}

/// Where something is in the original document: 1-based lines, columns in Unicode scalars,
/// offsets in Unicode scalars from the start of the text.
public struct SourceLocation: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var offset: Int
    public var endOffset: Int
    /// Section path such as "III.2.a"; empty for text before the first numbered section.
    public var section: String
    /// The Word or LibreOffice paragraph number, or the PDF page, where the file has them.
    public var paragraph: Int?
    public var page: Int?

    public init(range: Range<Int>, source: SourceText, section: String, paragraph: Int? = nil, page: Int? = nil) {
        self.paragraph = paragraph
        self.page = page
        let start = source.position(of: range.lowerBound)
        let end = source.position(of: range.upperBound)
        line = start.line
        column = start.column
        endLine = end.line
        endColumn = end.column
        offset = range.lowerBound
        endOffset = range.upperBound
        self.section = section
    }
}

/// A quote from the document that shows a requirement is (partly) met.
public struct Evidence: Sendable, Equatable, Codable {
    /// The matched text exactly as written in the original.
    public var quote: String
    public var location: SourceLocation
    public var confidence: Confidence
}

/// The verdict on one requirement for one document.
public struct RequirementResult: Sendable {
    public var rule: Rule
    public var status: RequirementStatus
    public var confidence: Confidence?
    public var evidence: [Evidence]
    /// Why the requirement is waived, when it is.
    public var waiver: String?
    /// Why the status is `unknown`; for `partial`, the parts of the requirement found and not found.
    public var reason: LocalizedText?
    /// Every finding of this requirement is in the team's baseline (known before): not shown as new.
    public var baselined = false
    public var id: String { rule.id }
    public var severity: Severity { rule.severity }

    public init(rule: Rule, status: RequirementStatus, confidence: Confidence?, evidence: [Evidence], waiver: String? = nil,
                reason: LocalizedText? = nil) {
        self.rule = rule
        self.status = status
        self.confidence = confidence
        self.evidence = evidence
        self.waiver = waiver
        self.reason = reason
    }
}

/// Something a user should act on: a requirement missing or partial, located in the document; or
/// one whose evaluation could not be completed (`unknown`), to be reviewed by a person.
public struct Finding: Sendable {
    public var rule: Rule
    public var status: RequirementStatus
    public var location: SourceLocation
    /// What exactly is wrong here, beyond the rule's message (the task, the number, the rule
    /// whose evidence is only in past results).
    public var detail: LocalizedText?
    public var ruleId: String { rule.id }
    public var severity: Severity { rule.severity }

    public init(rule: Rule, status: RequirementStatus, location: SourceLocation, detail: LocalizedText? = nil) {
        self.rule = rule
        self.status = status
        self.location = location
        self.detail = detail
    }
}
