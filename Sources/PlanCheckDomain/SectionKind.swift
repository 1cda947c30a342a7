/// The parts of a plan where a requirement's text belongs, in the order a plan has them: a
/// missing requirement is shown at its part, or at the nearest earlier part the plan has.
public enum SectionKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// The national title, motto, number, place and date.
    case header
    /// The document type and summary line.
    case title
    /// The legal basis ("Căn cứ …").
    case basis
    /// Purpose and requirements (Mục đích, yêu cầu).
    case purpose
    /// Targets (Mục tiêu, chỉ tiêu).
    case targets
    /// Tasks and solutions (Nhiệm vụ, giải pháp); for a data rule of an embedded plan, its data section.
    case tasks
    /// Funding (Kinh phí).
    case funding
    /// Implementation (Tổ chức thực hiện), where reporting is assigned too.
    case implementation
    /// The annex (Phụ lục).
    case annex
    /// Recipients and signature (Nơi nhận, chữ ký).
    case signature

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: SectionKind, b: SectionKind) -> Bool { a.order < b.order }
}
