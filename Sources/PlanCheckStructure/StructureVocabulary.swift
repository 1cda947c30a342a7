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

    /// Headings of parts that report past results or the current state ("Phần I. Đánh giá kết quả
    /// thực hiện năm 2024", "II. Đánh giá hiện trạng"): what they say is not a commitment.
    static let resultsHeadings = phrases("đánh giá kết quả", "kết quả thực hiện", "kết quả đạt được", "tình hình thực hiện",
                                         "đánh giá tình hình", "kết quả triển khai", "hiện trạng", "thực trạng")
    static let strategyCitations = phrases("142/QĐ-TTg", "quyết định số 142", "quyết định 142", "qđ 142", "qđ số 142",
                                           "chiến lược dữ liệu quốc gia", "chiến lược dữ liệu số quốc gia")

    /// Words that state a task's lead, time frame or output in running text.
    static let taskFieldMarkers: [(TaskField, [Phrase])] = [
        (.lead, phrases("chủ trì", "cơ quan thực hiện", "đơn vị thực hiện", "cơ quan đầu mối", "đơn vị đầu mối")),
        (.partners, phrases("phối hợp")),
        (.deadline, phrases("thời gian", "thời hạn", "tiến độ", "hằng năm", "hàng năm", "thường xuyên", "quý", "giai đoạn")),
        (.output, phrases("sản phẩm", "kết quả cần đạt", "kết quả dự kiến", "kết quả đầu ra", "đầu ra")),
    ]

    /// Column headers of task tables.
    static let taskColumn = phrases("nhiệm vụ", "nội dung", "tên dự án", "hoạt động", "tên đề án")
    static let taskColumns: [(TaskField, [Phrase])] = [
        (.partners, phrases("phối hợp")),
        (.lead, phrases("chủ trì", "cơ quan thực hiện", "đơn vị thực hiện", "cơ quan thực hiện")),
        (.deadline, phrases("thời gian", "thời hạn", "tiến độ", "năm hoàn thành")),
        (.output, phrases("sản phẩm", "kết quả")),
    ]

    private static func phrases(_ texts: String...) -> [Phrase] { texts.map(Phrase.init) }
}
