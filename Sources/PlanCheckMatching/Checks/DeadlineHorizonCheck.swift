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
        let planDate = context.document.metadata.date.flatMap { date -> (year: Int, month: Int)? in
            let parts = date.split(separator: "-").compactMap { Int($0) }
            return parts.count >= 2 ? (parts[0], parts[1]) : nil
        }
        var spots: [CheckOutcome.Spot] = []
        for task in dated {
            guard let end = deadlineEnd(task, context) else { continue }
            if end.year > latest {
                let text = context.summary(of: task)
                spots.append(.init(location: context.location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(end.year) vượt quá năm \(latest) của Chiến lược: «\(text)»",
                    en: "Deadline \(end.year) is after the Strategy's \(latest): «\(text)»")))
            } else if let planDate, (end.year, end.month) < (planDate.year, planDate.month) {
                let when = end.month == 12 ? "\(end.year)" : "\(end.month)/\(end.year)"
                let text = context.summary(of: task)
                spots.append(.init(location: context.location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(when) trước ngày ban hành kế hoạch (\(planDate.month)/\(planDate.year)): «\(text)»",
                    en: "Deadline \(when) is before the plan's own date (\(planDate.month)/\(planDate.year)): «\(text)»")))
            }
        }
        // One deadline outside the horizon is a fault of the plan, as one target below its floor is.
        let status: RequirementStatus = dated.isEmpty ? .notApplicable : spots.isEmpty ? .covered : .missing
        return CheckOutcome(status: status, findings: spots)
    }

    /// "Tháng 6/2025", "Quý IV/2025", "quý 3/2026": a deadline to the month or the quarter; and a
    /// full date, "30/9/2026", "ngày 31/12/2027", whose month is the middle number.
    private static let monthDeadline = try? NSRegularExpression(
        pattern: #"(tháng|quý|(?<![\d/.-])\d{1,2}\s*[/.-])\s*(\d{1,2}|iv|iii|ii|i)\s*[/.-]\s*(\d{4})"#, options: [.caseInsensitive])

    /// The end of a task's time frame as (year, month): the latest year it names, to the month
    /// when it is written "tháng M/YYYY" or "quý Q/YYYY" (a quarter ends with its third month).
    private func deadlineEnd(_ task: PlanTask, _ context: CheckContext) -> (year: Int, month: Int)? {
        guard let lastYear = task.deadlineYears.max() else { return nil }
        var end = (year: lastYear, month: 12)
        guard let range = task.fields[.deadline], let regex = Self.monthDeadline else { return end }
        // The normalised text: "Quý" written NFD or with an old tone placement reads the same.
        // From a little before the clause: a time frame found by its year ("2026") may be written
        // "tháng 6/2026" just before it.
        let normalized = context.document.normalized
        // A group's time frame may stand before the task (under the group's heading): then from
        // its own start.
        let lower = range.lowerBound >= task.range.lowerBound ? max(task.range.lowerBound, range.lowerBound - 12) : range.lowerBound
        let text = normalized.string(normalized.normalizedRange(lower..<range.upperBound))
        var monthOfLastYear: Int?
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let kindRange = Range(match.range(at: 1), in: text), let numberRange = Range(match.range(at: 2), in: text),
                  let yearRange = Range(match.range(at: 3), in: text), let year = Int(text[yearRange]), year == lastYear else { continue }
            let number = String(text[numberRange])
            let value = Int(number) ?? ["i": 1, "ii": 2, "iii": 3, "iv": 4][number] ?? 12
            let month = text[kindRange].hasPrefix("q") ? min(12, value * 3) : min(12, max(1, value))
            monthOfLastYear = max(monthOfLastYear ?? 0, month)
        }
        if let monthOfLastYear { end.month = monthOfLastYear }
        return end
    }
}
