import PlanCheckRules

/// Something a person should know about a check that is not a finding about the plan: a waiver
/// that has expired, a suppression comment that waives nothing, a rule that could not be fully
/// evaluated. Every output carries them (JSON `warnings`, SARIF tool execution notifications, a
/// line in text), not only standard error.
public struct CheckWarning: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A configuration waiver past its `expires` date: no longer applied.
        case expiredWaiver = "expired_waiver"
        /// A `plancheck-disable` comment without a reason, or naming no known requirement.
        case ignoredSuppression = "ignored_suppression"
        /// A rule whose evaluation stopped (a search over its work budget): its status is unknown.
        case ruleProblem = "rule_problem"
    }

    public var kind: Kind
    public var ruleId: String?
    public var message: LocalizedText
    /// Where it is: a file other than the document (the configuration), or nil for the document
    /// itself; and a line and column when there is one.
    public var file: String?
    public var line: Int?
    public var column: Int?

    public init(kind: Kind, ruleId: String? = nil, message: LocalizedText, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.ruleId = ruleId
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }
}
