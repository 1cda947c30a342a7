import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// Column headings and cell texts shared by the CSV, XLSX and HTML screening outputs.
struct MatrixLabels {
    let strings: UIStrings
    private var language: Language { strings.language }
    init(_ language: Language) { strings = UIStrings(language) }

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    /// Where the three scores (error, warning, info) stand among the document columns.
    static let firstScoreColumn = 7

    /// The document columns that come before the requirements.
    var documentHeadings: [String] {
        [pick("Văn bản", "Document"), pick("Cơ quan ban hành", "Issuer"), pick("Cơ quan cấp trên", "Parent body"), pick("Số, ký hiệu", "Number"),
         pick("Ngày", "Date"), pick("Loại cơ quan", "Profile"), pick("Hình thức", "Form"),
         pick("Điểm (lỗi)", "Score (error)"), pick("Điểm (cảnh báo)", "Score (warning)"), pick("Điểm (thông tin)", "Score (info)"),
         pick("Lỗi đọc tệp", "Read error"), pick("Trùng với", "Duplicate of")]
    }

    func profile(_ profile: Profile?) -> String {
        switch profile {
        case .ministry: return pick("Bộ, ngành", "Ministry")
        case .province: return pick("Tỉnh, thành phố", "Province")
        case nil: return pick("Chưa xác định", "Not detected")
        }
    }

    /// Symbol and word: "✓ đạt".
    func cell(_ status: RequirementStatus?) -> String {
        guard let status else { return "" }
        return CoverageMatrix.symbol(status) + " " + strings.status(status)
    }

    var comparisonHeading: String { pick("So với đợt trước", "Since the previous round") }

    func requirementHeading(_ column: CoverageMatrix.Column) -> String {
        "\(column.id) \(column.rule.title.text(language))"
    }

    func score(_ score: CoverageMatrix.Score?) -> String {
        guard let value = score?.value else { return "" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// The document columns of a row, as text.
    func documentCells(_ row: CoverageMatrix.Row, in matrix: CoverageMatrix) -> [String] {
        let duplicateOf = row.duplicateOf.map { matrix.rows[$0].path }
        let result = row.document.result
        let metadata = result?.metadata
        return [row.path, metadata?.issuer ?? "", metadata?.issuerParent ?? "", metadata?.number ?? "", metadata?.date ?? "",
                result == nil ? "" : profile(result?.profile), result.map { strings.form($0.form) } ?? "",
                score(row.scores[.error]), score(row.scores[.warning]), score(row.scores[.info]),
                row.document.error?.text(language) ?? "", duplicateOf ?? ""]
    }
}
