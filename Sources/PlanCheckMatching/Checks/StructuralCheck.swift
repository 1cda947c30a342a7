import PlanCheckText
import PlanCheckStructure
import PlanCheckRules
import PlanCheckYAML

/// A requirement judged from the document's structure rather than from phrases. Each kind is one
/// type in its own file and one line in `StructuralChecks.all`, from which the rule decoder reads
/// `check:` (names, parameters, errors) and the matcher its phases.
package protocol StructuralCheck: RuleCheckKind {
    /// When the matcher runs it (by default with the phrase rules).
    static var phase: CheckPhase { get }
    func run(_ context: CheckContext) -> CheckOutcome
}

extension StructuralCheck {
    package static var phase: CheckPhase { .withRules }
}

/// When a structural check runs.
package enum CheckPhase: Sendable {
    /// With the phrase rules, on plans only.
    case withRules
    /// On any document, a plan or not: it says what the document is (DS901, DS903).
    case diagnostic
    /// After every other rule, whose results it judges (DS902).
    case afterRules
}

/// What a structural check concluded: a status, evidence to quote, and one finding per place at
/// fault (a task without a lead, a target below its floor).
package struct CheckOutcome {
    package struct Spot {
        package var location: SourceLocation
        package var detail: LocalizedText?

        package init(location: SourceLocation, detail: LocalizedText?) {
            self.location = location
            self.detail = detail
        }
    }

    package var status: RequirementStatus
    package var evidence: [Evidence] = []
    package var findings: [Spot] = []

    package init(status: RequirementStatus, evidence: [Evidence] = [], findings: [Spot] = []) {
        self.status = status
        self.evidence = evidence
        self.findings = findings
    }
}

/// Every kind of structural check rules may name; pass it to `RuleLoader`.
public enum StructuralChecks {
    public static let all: [any RuleCheckKind.Type] = [
        FormDeclaredCheck.self, IsPlanCheck.self, ResultsOnlyCheck.self, TextVariantsCheck.self, TaskTableCheck.self,
        TaskFieldCheck.self, DeadlineHorizonCheck.self, TargetFloorsCheck.self,
    ]
}

/// A check written by its name alone (`check: is_plan`).
package protocol ParameterlessCheck: StructuralCheck {
    init()
}

extension ParameterlessCheck {
    package static var parameterUsage: String? { nil }
    package static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> Self? { Self() }
}
