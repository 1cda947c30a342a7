import PlanCheckText

/// The words by which the structure layer recognises issuers, document types, sections and task
/// fields. Issuers and document types describe how Vietnamese administrative documents are built
/// and live here; section kinds and task fields come from the rule library's concept vocabulary
/// (`Rules/…/concepts.yml`), so that a wording added there reaches the rules and the structure alike.
package struct StructureVocabulary: Sendable {
    /// The concepts the structure reads, by name.
    public static let conceptNames = ["section-tasks", "task-list-heading", "section-targets", "section-past-results",
                                      "section-current-state", "section-data", "basis-opener", "task-lead", "task-partners",
                                      "task-deadline", "task-completion", "time-before-year", "task-frequency", "task-output", "task-content", "task-lead-subject", "annex-reference",
                                      "past-result-opener", "past-results-word", "task-postponed", "task-deferred", "task-withdrawn", "task-condition-opener", "task-condition", "task-study", "task-hedge", "section-purpose", "section-implementation", "section-funding"]

    // Every list is a `PhraseIndex`: the structure asks for them at every heading or task.
    let taskHeadings: PhraseIndex
    /// The task headings that name tasks, not only solutions ("giải pháp"): a plan with both has
    /// its tasks under the first and its enablers (leadership, resources, cooperation) under a
    /// "Giải pháp thực hiện" of their own.
    let taskNamingHeadings: PhraseIndex
    /// Headings of targets: items under them inside a tasks section are targets, not tasks.
    let targetHeadings: PhraseIndex
    /// Headings of viewpoints ("I. Quan điểm"): principles, not tasks, inside a part that also
    /// holds the tasks ("Phần thứ ba. QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP").
    let viewpointHeadings: PhraseIndex
    /// Unnumbered lead-in lines that open a part of a section ("Mục tiêu:", "Nhiệm vụ:").
    let leadIns: PhraseIndex
    /// The titles of a plan's parts, which a plan without numbered parts writes as a bare line in
    /// capitals ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN").
    let partTitles: PhraseIndex
    /// Units a task sentence may open with, naming its lead ("Sở …", "Công an tỉnh …", "Giao …").
    let subjectUnits: PhraseIndex
    /// Words that complete a stage of a task ("hoàn thành"): a later year with them extends its time frame.
    let completions: PhraseIndex
    /// Words after which a year is a time ("trong năm 2027", "Quý II/2027"; not "năm học 2027").
    let timeWords: PhraseIndex
    /// A recurring task's rhythm ("thường xuyên", "hằng năm"): a time frame with no date.
    let frequencies: PhraseIndex
    /// How a body item points to the annex that lists its tasks ("chi tiết tại Phụ lục").
    let annexReferences: PhraseIndex
    /// How a paragraph reporting an earlier year's results opens ("Năm 2025 đã …").
    let pastResultOpeners: PhraseIndex
    /// Headings of parts that report past results or the current state ("Phần I. Kết quả đạt
    /// được năm 2025", "II. Đánh giá hiện trạng"): what they say is not a commitment.
    let resultsHeadings: PhraseIndex
    /// Words that make a heading with only past years a results part ("KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025").
    let pastResultWords: PhraseIndex
    /// How a plan puts off a task of its own ("Tạm dừng", "Lùi sang năm 2028"), and says it is
    /// not done ("Không thực hiện", "Chưa triển khai": see `WithdrawalReader`).
    let postponements: PhraseIndex
    /// How a task is moved to a later year ("từ năm 2028", "sang năm 2028"): with that year after
    /// the plan's, in a plan for one year.
    let deferrals: PhraseIndex
    let withdrawals: PhraseIndex
    /// How a plan makes a task wait on a condition: a conjunction ("khi", "nếu", "tùy") and, soon
    /// after it in its clause, what is awaited ("có hướng dẫn", "bố trí kinh phí").
    let conditionOpeners: PhraseIndex
    let conditions: PhraseIndex
    /// How a task only studies what it names ("nghiên cứu phương án", "nghiên cứu khả năng"), or
    /// only edges towards it ("từng bước mở và cung cấp dữ liệu mở").
    let studies: PhraseIndex
    let dataTopic: PhraseIndex
    /// Headings of the purpose, implementation and funding sections: where missing text belongs.
    let partHeadings: [(SectionKind, PhraseIndex)]
    /// How the basis paragraphs after a title start.
    let basisOpeners: PhraseIndex
    /// Column headers of task tables: the task itself, then its fields (partners first, so that
    /// "Cơ quan phối hợp" is not read as a lead column).
    let taskColumn: PhraseIndex
    let taskColumns: [(TaskField, PhraseIndex)]
    /// Every wording of a task field in running text: the markers (lead, time frame, output in
    /// running text), and the column headers, which count only as a label before a colon
    /// (`asLabel`). A time-frame word other than a frequency ("thường xuyên") needs a time with it
    /// (`needsTime`): "rút ngắn thời gian giải quyết" gives none.
    let fieldWordings: PhraseIndex
    let fieldWordingRoles: [FieldWordingRole]

    struct FieldWordingRole {
        var field: TaskField
        var asLabel = false
        var needsTime = false
    }

    /// From concept wordings and column headers by concept name (a field without its own column
    /// headers is looked for by its wordings); `missing` lists the concepts of `conceptNames`
    /// that were not given.
    public init(wordings: [String: [String]], columns columnWordings: [String: [String]] = [:]) {
        func phrases(_ name: String) -> [Phrase] { (wordings[name] ?? []).map(Phrase.init).filter { !$0.isEmpty } }
        func columns(_ name: String) -> [Phrase] {
            (columnWordings[name] ?? wordings[name] ?? []).map(Phrase.init).filter { !$0.isEmpty }
        }
        let tasks = phrases("section-tasks") + phrases("task-list-heading"), targets = phrases("section-targets")
        taskHeadings = PhraseIndex(tasks)
        let solution = Set(TextNormalizer.keys(of: "giải pháp").map(\.key))
        taskNamingHeadings = PhraseIndex(tasks.filter { phrase in !solution.isSubset(of: Set(phrase.keys)) })
        targetHeadings = PhraseIndex(targets)
        viewpointHeadings = PhraseIndex(phrases("section-viewpoints"))
        leadIns = PhraseIndex(targets + tasks)
        partTitles = PhraseIndex(targets + phrases("section-tasks") + phrases("section-past-results") + phrases("section-current-state")
            + phrases("section-purpose") + phrases("section-implementation") + phrases("section-funding"))
        subjectUnits = PhraseIndex(phrases("task-lead-subject"))
        completions = PhraseIndex(phrases("task-completion"))
        timeWords = PhraseIndex(phrases("time-before-year"))
        annexReferences = PhraseIndex(phrases("annex-reference"))
        pastResultOpeners = PhraseIndex(phrases("past-result-opener"))
        resultsHeadings = PhraseIndex(phrases("section-past-results") + phrases("section-current-state"))
        pastResultWords = PhraseIndex(phrases("past-results-word"))
        postponements = PhraseIndex(phrases("task-postponed"))
        deferrals = PhraseIndex(phrases("task-deferred"))
        withdrawals = PhraseIndex(phrases("task-withdrawn"))
        conditionOpeners = PhraseIndex(phrases("task-condition-opener"))
        conditions = PhraseIndex(phrases("task-condition"))
        // A commitment hedged to "step by step" with nothing to measure is read as a study is.
        studies = PhraseIndex(phrases("task-study") + phrases("task-hedge"))
        dataTopic = PhraseIndex(phrases("section-data"))
        basisOpeners = PhraseIndex(phrases("basis-opener"))
        partHeadings = [(.purpose, PhraseIndex(phrases("section-purpose"))),
                        (.implementation, PhraseIndex(phrases("section-implementation"))),
                        (.funding, PhraseIndex(phrases("section-funding")))]
        let markers: [(TaskField, [Phrase])] = [(.lead, phrases("task-lead")), (.partners, phrases("task-partners")),
                                                (.deadline, phrases("task-deadline")), (.output, phrases("task-output"))]
        let headers: [(TaskField, [Phrase])] = [(.partners, columns("task-partners")), (.lead, columns("task-lead")),
                                                (.deadline, columns("task-deadline")), (.output, columns("task-output"))]
        taskColumn = PhraseIndex(columns("task-content"))
        taskColumns = headers.map { ($0.0, PhraseIndex($0.1)) }
        let frequencies = phrases("task-frequency")
        self.frequencies = PhraseIndex(frequencies)
        fieldWordings = PhraseIndex(markers.flatMap(\.1) + frequencies + headers.flatMap(\.1))
        fieldWordingRoles = markers.flatMap { field, phrases in
            phrases.map { _ in FieldWordingRole(field: field, needsTime: field == .deadline) }
        } + frequencies.map { _ in FieldWordingRole(field: .deadline) }
            + headers.flatMap { field, phrases in phrases.map { _ in FieldWordingRole(field: field, asLabel: true) } }
        missing = Self.conceptNames.filter { wordings[$0] == nil }
    }

    /// Concepts the structure needs that the vocabulary did not define.
    public let missing: [String]


    /// A province's People's Committee or Council, or its Party Committee ("TỈNH ỦY QUẢNG TRỊ",
    /// "THÀNH ỦY HẢI PHÒNG" over a Party action programme).
    static let provinceIssuers = phrases("ủy ban nhân dân tỉnh", "ủy ban nhân dân thành phố", "ubnd tỉnh",
                                         "ubnd thành phố", "hội đồng nhân dân tỉnh", "tỉnh ủy", "thành ủy")
    /// Ministry-level issuers whose name does not start with "Bộ".
    static let ministryIssuers = phrases("ngân hàng nhà nước việt nam", "thanh tra chính phủ", "văn phòng chính phủ",
                                         "ủy ban dân tộc", "bảo hiểm xã hội việt nam", "đài truyền hình việt nam",
                                         "thông tấn xã việt nam", "viện hàn lâm")
    /// Symbol suffixes of ministry-level issuers: KH-BYT, QĐ-BTTTT, KH-NHNN …
    static let ministrySymbolPrefixes = ["B", "NHNN", "TTCP", "VPCP", "UBDT", "BHXH"]

    static let documentTypes = phrases("kế hoạch", "chiến lược", "đề án", "quyết định", "chương trình", "nghị quyết")
    /// What a plan itself is called; a decision or resolution is a plan when it issues one.
    static let planTypes = phrases("kế hoạch", "chiến lược", "đề án", "chương trình")
    static let wrapperTypes = phrases("quyết định", "nghị quyết")
    /// A plan or a programme: a vision in its title makes it no strategy.
    static let planOnlyTypes = phrases("kế hoạch", "chương trình")
    /// Types of documents that are not plans (Decree 30, Appendix III), even with a "Phương hướng,
    /// nhiệm vụ năm sau" part: a results report, minutes, a submission, a notice, an invitation.
    static let otherDocumentTypes = phrases("báo cáo", "biên bản", "tờ trình", "thông báo", "giấy mời", "công văn")
    static let dataStrategy = phrases("chiến lược dữ liệu")
    static let nationalStrategy = phrases("chiến lược dữ liệu quốc gia", "chiến lược dữ liệu số quốc gia")
    static let digitalTransformation = phrases("chuyển đổi số")
    /// Types whose title may name a local data strategy: the strategy itself, a scheme, or the
    /// decision or People's Council resolution that issues it.
    static let strategyTypes = phrases("chiến lược", "quyết định", "nghị quyết", "đề án")
    /// A vision beyond the horizon ("đến năm 2030, tầm nhìn đến năm 2035") makes a data scheme a
    /// strategy, as the letter's outline for local data strategies has it.
    static let vision = phrases("tầm nhìn")
    static let strategyCitations = phrases("142/QĐ-TTg", "quyết định số 142", "quyết định 142", "qđ 142", "qđ số 142",
                                           "chiến lược dữ liệu quốc gia", "chiến lược dữ liệu số quốc gia")

    private static func phrases(_ texts: String...) -> PhraseIndex { PhraseIndex(texts.map(Phrase.init)) }
}
