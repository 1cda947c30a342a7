import PlanCheckText

/// The words by which the structure layer recognises issuers, document types and data sections.
/// They describe how Vietnamese administrative documents are built, not what a plan must contain,
/// so they live here rather than in a rule set.
enum StructureVocabulary {
    static let provinceIssuers = phrases("ủy ban nhân dân tỉnh", "ủy ban nhân dân thành phố", "ubnd tỉnh",
                                         "ubnd thành phố", "hội đồng nhân dân tỉnh")
    /// Ministry-level issuers whose name does not start with "Bộ".
    static let ministryIssuers = phrases("ngân hàng nhà nước việt nam", "thanh tra chính phủ", "văn phòng chính phủ",
                                         "ủy ban dân tộc", "bảo hiểm xã hội việt nam", "đài truyền hình việt nam",
                                         "thông tấn xã việt nam", "viện hàn lâm")
    /// Symbol suffixes of ministry-level issuers: KH-BYT, QĐ-BTTTT, KH-NHNN …
    static let ministrySymbolPrefixes = ["B", "NHNN", "TTCP", "VPCP", "UBDT", "BHXH"]

    static let documentTypes = phrases("kế hoạch", "chiến lược", "đề án", "quyết định", "chương trình")
    static let dataTopic = phrases("dữ liệu")
    static let dataStrategy = phrases("chiến lược dữ liệu")
    static let nationalStrategy = phrases("chiến lược dữ liệu quốc gia", "chiến lược dữ liệu số quốc gia")
    static let digitalTransformation = phrases("chuyển đổi số")
    static let strategyTypes = phrases("chiến lược", "quyết định")
    static let taskHeadings = phrases("nhiệm vụ")
    /// How the basis paragraphs after a title start.
    static let basisOpeners = phrases("căn cứ", "thực hiện quyết định", "thực hiện nghị quyết", "thực hiện chỉ thị",
                                      "thực hiện công văn", "thực hiện kế hoạch", "theo đề nghị")

    private static func phrases(_ texts: String...) -> [Phrase] { texts.map(Phrase.init) }
}
