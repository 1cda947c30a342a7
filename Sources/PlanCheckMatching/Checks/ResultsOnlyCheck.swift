import PlanCheckStructure
import PlanCheckRules

/// `results_only`: no requirement is met only by text in a past-results part ("Phần I. Kết quả
/// đạt được năm 2025") — results are not commitments (DS902). It runs after the other rules and
/// judges again, over the past-results part alone, the data, task and plan rules they left short.
struct ResultsOnlyCheck: ParameterlessCheck {
    static let name = "results_only"
    static let phase = CheckPhase.afterRules

    func run(_ context: CheckContext) -> CheckOutcome {
        let results = Scope(segments: context.document.resultSegments)
        var spots: [CheckOutcome.Spot] = []
        if !results.segments.isEmpty {
            for other in context.rules where other.match != nil && ([.data, .task, .plan].contains(other.rule.scope)) {
                guard let earlier = context.earlier.first(where: { $0.id == other.rule.id }),
                      earlier.status == .missing || earlier.status == .partial else { continue }
                let there = context.judge(other, results)
                guard there.status == .covered, let evidence = there.evidence.first else { continue }
                spots.append(.init(location: evidence.location, detail: LocalizedText(
                    vi: "\(other.rule.id) (\(other.rule.title.vi)) chỉ có trong phần đánh giá kết quả: «\(evidence.quote)»",
                    en: "\(other.rule.id) (\(other.rule.title.en)) appears only in the past-results part: «\(evidence.quote)»")))
            }
        }
        return CheckOutcome(status: spots.isEmpty ? .covered : .missing, findings: spots)
    }
}
