// The shared words (profile, form, task field, language) come with this module: its API speaks them.
@_exported import PlanCheckDomain

/// One task of a plan: an item of a tasks section, or a row of a task table.
package struct PlanTask: Sendable {
    public enum Origin: Sendable, Equatable {
        case item(node: Int)
        /// An unnumbered paragraph under a heading of a tasks section ("Sở Tư pháp chủ trì …").
        case paragraph(segment: Int)
        case tableRow(table: Int, row: Int)
    }

    public var origin: Origin
    /// Everything the task says, in original scalar offsets.
    public var range: Range<Int>
    /// What the task is: the item's own line, or the row's task cell.
    public var title: Range<Int>
    /// Segments of the task (its item with sub-items and wrapped lines, or the row's cells).
    public var segments: [Int]
    /// The section the task sits in, for its path.
    public var node: Int
    /// Where each recognised field is: a table cell under its column, or the clause after a
    /// marker such as "Chủ trì:" or a time expression.
    public var fields: [TaskField: Range<Int>]
    /// Years the deadline names (document numbers such as 13/2023/NĐ-CP are not years).
    public var deadlineYears: [Int]
    /// When the time frame ends: its latest year, to the month where it is written "tháng 6/2027"
    /// or "Quý III/2027" (December otherwise). Worked out once per task, for every rule that asks.
    public var deadlineEnd: YearMonth?
    /// For a table row under a group row ("| III | **DỮ LIỆU SỐ** | | |"), that row's task cell.
    public var group: Int?
    /// The line that labels the task's time ("- Thời gian: Năm 2027, nếu được bố trí kinh phí"),
    /// read as a table's time cell is: whether it conditions or puts off the task.
    package var timeLine: Int?

    public var isTableRow: Bool {
        if case .tableRow = origin { return true }
        return false
    }

    public init(origin: Origin, range: Range<Int>, title: Range<Int>, segments: [Int], node: Int, fields: [TaskField: Range<Int>],
                deadlineYears: [Int], group: Int? = nil) {
        self.group = group
        self.origin = origin
        self.range = range
        self.title = title
        self.segments = segments
        self.node = node
        self.fields = fields
        self.deadlineYears = deadlineYears
    }
}

/// A month of a year, ordered in time.
package struct YearMonth: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// A table whose header names a task column and at least one of lead, time and output.
package struct TaskTable: Sendable, Equatable {
    public var table: Int
    public var node: Int
    public var columns: Set<TaskField>
    /// The table sits in an annex ("Phụ lục …").
    public var inAnnex: Bool
}
