import Foundation
import PlanCheckStructure
import PlanCheckRules
import PlanCheckYAML

/// `deadline_horizon: 2030`: no task's deadline after that year or before the plan's own date
/// (DS413); one finding per task.
struct DeadlineHorizonCheck: StructuralCheck {
    static let name = "deadline_horizon"
    static let parameterUsage: String? = "YEAR"
    let latest: Int

    static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> DeadlineHorizonCheck? {
        guard let node = parameters, let year = reader.year(node, name) else { return nil }
        return DeadlineHorizonCheck(latest: year)
    }

    func run(_ context: CheckContext) -> CheckOutcome {
        let dated = context.tasks.filter { !$0.deadlineYears.isEmpty }
        // A draft dated only by its year ("ngày … tháng … năm 2026") puts the deadlines of earlier
        // years before it.
        let metadata = context.document.metadata
        let planDate = metadata.month ?? metadata.draft.map { (year: $0.year, month: 1) }
        var spots: [CheckOutcome.Spot] = []
        for task in dated {
            guard let end = task.deadlineEnd else { continue }
            if end.year > latest {
                let text = context.summary(of: task)
                spots.append(.init(location: context.location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(end.year) vượt quá năm \(latest) của Chiến lược: «\(text)»",
                    en: "Deadline \(end.year) is after the Strategy's \(latest): «\(text)»")))
            } else if let planDate, (end.year, end.month) < (planDate.year, planDate.month) {
                let when = end.month == 12 ? "\(end.year)" : "\(end.month)/\(end.year)"
                let text = context.summary(of: task)
                let dated = metadata.month != nil ? "\(planDate.month)/\(planDate.year)" : "\(planDate.year)"
                spots.append(.init(location: context.location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(when) trước ngày ban hành kế hoạch (\(dated)): «\(text)»",
                    en: "Deadline \(when) is before the plan's own date (\(dated)): «\(text)»")))
            }
        }
        // One deadline outside the horizon is a fault of the plan, as one target below its floor is.
        // Time frames without a year ("Quý II", a Gantt chart's marked quarter) fall in the plan's
        // own year: inside the horizon. Only a plan whose tasks give no time at all has nothing here.
        let timed = !dated.isEmpty || context.tasks.contains { $0.fields[.deadline] != nil }
        let status: RequirementStatus = !timed ? .notApplicable : spots.isEmpty ? .covered : .missing
        return CheckOutcome(status: status, findings: spots)
    }
}
