import PlanCheckStructure
import PlanCheckRules

/// `is_plan`: the document looks like a plan at all (DS901). It runs on any document: on one that
/// is not a plan, it is what the checker says instead of reporting every requirement missing.
struct IsPlanCheck: ParameterlessCheck {
    static let name = "is_plan"
    static let phase = CheckPhase.diagnostic

    func run(_ context: CheckContext) -> CheckOutcome {
        guard context.document.form == .notAPlan else { return CheckOutcome(status: .covered) }
        return CheckOutcome(status: .missing, findings: [.init(location: context.location(ofSegment: 0), detail: nil)])
    }
}
