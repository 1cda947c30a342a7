import PlanCheckStructure
import PlanCheckRules

/// `text_variants`: the text was written in one Unicode form, without look-alike letters or a
/// legacy encoding (DS903). It runs on any document.
struct TextVariantsCheck: ParameterlessCheck {
    static let name = "text_variants"
    static let phase = CheckPhase.diagnostic

    func run(_ context: CheckContext) -> CheckOutcome {
        let document = context.document
        let variants = document.normalized.variants
        let legacy = document.document.legacyEncodings.map(\.rawValue).sorted()
        guard !variants.isEmpty || !legacy.isEmpty else { return CheckOutcome(status: .covered) }
        var vi: [String] = [], en: [String] = []
        if !legacy.isEmpty {
            vi.append("chuyển từ bảng mã \(legacy.joined(separator: ", ")) sang Unicode")
            en.append("converted from \(legacy.joined(separator: ", ")) to Unicode")
        }
        if variants.contains(.decomposed) {
            vi.append("chữ viết ở dạng tổ hợp (NFD)")
            en.append("letters written decomposed (NFD)")
        }
        if variants.contains(.ethForDStroke) {
            vi.append("dùng chữ “Ð” (U+00D0) thay cho “Đ”")
            en.append("“Ð” (U+00D0) used for “Đ”")
        }
        return CheckOutcome(status: .missing, findings: [.init(location: context.location(ofSegment: 0), detail: LocalizedText(
            vi: "Đã chuẩn hóa: " + vi.joined(separator: "; "), en: "Normalised: " + en.joined(separator: "; ")))])
    }
}
