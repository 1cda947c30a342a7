import PlanCheckStructure
import PlanCheckRules

/// `form_declared`: the document is a standalone plan, a local strategy, or an embedded plan
/// whose data section can be found (DS103).
struct FormDeclaredCheck: ParameterlessCheck {
    static let name = "form_declared"

    func run(_ context: CheckContext) -> CheckOutcome {
        let document = context.document
        if document.form == .embedded, document.dataSectionMissing {
            return CheckOutcome(status: .missing, findings: [.init(location: context.location(ofSegment: document.titleSegments.first ?? 0), detail: LocalizedText(
                vi: "Kế hoạch chuyển đổi số nhưng không tìm thấy mục riêng về dữ liệu; các yêu cầu về dữ liệu được xét trên toàn văn bản.",
                en: "A digital-transformation plan without an identifiable data section; data requirements were checked on the whole document."))])
        }
        if document.form == .notAPlan { return CheckOutcome(status: .notApplicable) }
        guard let title = document.titleSegments.first else { return CheckOutcome(status: .covered) }
        let quote = context.source.string(document.tree.segments[title].range)
        return CheckOutcome(status: .covered, evidence: [Evidence(quote: quote, location: context.location(ofSegment: title), confidence: .high)])
    }
}
