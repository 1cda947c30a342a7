import Foundation
import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// Requirements judged from the document's structure: per-task fields and deadlines, targets
/// against national floors, the form, and how the text was written.
struct StructuralChecks {
    struct Spot {
        var location: SourceLocation
        var detail: LocalizedText?
    }

    struct Outcome {
        var status: RequirementStatus
        var evidence: [Evidence] = []
        var findings: [Spot] = []
    }

    let context: Matcher.Context
    private var document: StructuredDocument { context.document }
    private var source: SourceText { document.document.source }

    func run(_ compiled: CompiledRule) -> Outcome {
        switch compiled.rule.check {
        case .taskField(let name): return taskField(TaskField(rawValue: name) ?? .lead, rule: compiled.rule)
        case .deadlineHorizon(let latest): return deadlines(latest: latest, rule: compiled.rule)
        case .targetFloors: return targets(compiled.floors)
        case .formDeclared: return formDeclared()
        case .isPlan: return isPlan()
        case .textVariants: return textVariants()
        case .taskTable: return taskTable()
        case .resultsOnly, nil: return Outcome(status: .notApplicable)
        }
    }

    // MARK: Tasks

    private func tasks(for rule: Rule) -> [PlanTask] {
        rule.scope == .data ? document.dataTasks : document.tasks
    }

    /// Covered when every task has the field, partial when some lack it, missing when all do.
    private static func status(failing: Int, of total: Int) -> RequirementStatus {
        total == 0 ? .notApplicable : failing == 0 ? .covered : failing == total ? .missing : .partial
    }

    private func taskField(_ field: TaskField, rule: Rule) -> Outcome {
        let tasks = tasks(for: rule)
        let lacking = tasks.filter { $0.fields[field] == nil }
        var outcome = Outcome(status: Self.status(failing: lacking.count, of: tasks.count))
        outcome.findings = lacking.map { task in
            Spot(location: location(of: task), detail: LocalizedText(vi: "Nhiệm vụ: «\(summary(of: task))»", en: "Task: «\(summary(of: task))»"))
        }
        // Only the first few quotes are shown; do not build one for every task of a long plan.
        outcome.evidence = Array(tasks.lazy.compactMap { task in task.fields[field].map { (range: $0, node: task.node) } }
            .prefix(Matcher.evidenceLimit)).map { evidence($0.range, node: $0.node) }
        return outcome
    }

    /// "Tháng 6/2025", "Quý IV/2025", "quý 3/2026": a deadline to the month or the quarter.
    private static let monthDeadline = try? NSRegularExpression(
        pattern: #"(tháng|quý)\s*(\d{1,2}|iv|iii|ii|i)\s*[/.-]\s*(\d{4})"#, options: [.caseInsensitive])

    /// The end of a task's time frame as (year, month): the latest year it names, to the month
    /// when it is written "tháng M/YYYY" or "quý Q/YYYY" (a quarter ends with its third month).
    private func deadlineEnd(_ task: PlanTask) -> (year: Int, month: Int)? {
        guard let lastYear = task.deadlineYears.max() else { return nil }
        var end = (year: lastYear, month: 12)
        guard let range = task.fields[.deadline], let regex = Self.monthDeadline else { return end }
        // The normalised text: "Quý" written NFD or with an old tone placement reads the same.
        // From a little before the clause: a time frame found by its year ("2026") may be written
        // "tháng 6/2026" just before it.
        let lower = max(task.range.lowerBound, range.lowerBound - 12)
        let text = document.normalized.string(document.normalized.normalizedRange(lower..<range.upperBound))
        var monthOfLastYear: Int?
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let kindRange = Range(match.range(at: 1), in: text), let numberRange = Range(match.range(at: 2), in: text),
                  let yearRange = Range(match.range(at: 3), in: text), let year = Int(text[yearRange]), year == lastYear else { continue }
            let number = String(text[numberRange])
            let value = Int(number) ?? ["i": 1, "ii": 2, "iii": 3, "iv": 4][number] ?? 12
            let month = text[kindRange].hasPrefix("q") ? min(12, value * 3) : min(12, value)
            monthOfLastYear = max(monthOfLastYear ?? 0, month)
        }
        if let monthOfLastYear { end.month = monthOfLastYear }
        return end
    }

    private func deadlines(latest: Int, rule: Rule) -> Outcome {
        let dated = tasks(for: rule).filter { !$0.deadlineYears.isEmpty }
        let planDate = document.metadata.date.flatMap { date -> (year: Int, month: Int)? in
            let parts = date.split(separator: "-").compactMap { Int($0) }
            return parts.count >= 2 ? (parts[0], parts[1]) : nil
        }
        var spots: [Spot] = []
        for task in dated {
            guard let end = deadlineEnd(task) else { continue }
            let text = summary(of: task)
            if end.year > latest {
                spots.append(Spot(location: location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(end.year) vượt quá năm \(latest) của Chiến lược: «\(text)»",
                    en: "Deadline \(end.year) is after the Strategy's \(latest): «\(text)»")))
            } else if let planDate, (end.year, end.month) < (planDate.year, planDate.month) {
                let when = end.month == 12 ? "\(end.year)" : "\(end.month)/\(end.year)"
                spots.append(Spot(location: location(of: task), detail: LocalizedText(
                    vi: "Thời hạn \(when) trước ngày ban hành kế hoạch (\(planDate.month)/\(planDate.year)): «\(text)»",
                    en: "Deadline \(when) is before the plan's own date (\(planDate.month)/\(planDate.year)): «\(text)»")))
            }
        }
        // One deadline outside the horizon is a fault of the plan, as one target below its floor is.
        let status: RequirementStatus = dated.isEmpty ? .notApplicable : spots.isEmpty ? .covered : .missing
        return Outcome(status: status, findings: spots)
    }

    /// The task's first words, for messages.
    private func summary(of task: PlanTask) -> String {
        let words = source.string(task.title).split(whereSeparator: \.isWhitespace)
        return words.prefix(14).joined(separator: " ") + (words.count > 14 ? "…" : "")
    }

    private func location(of task: PlanTask) -> SourceLocation {
        context.location(task.title, node: task.node)
    }

    private func evidence(_ range: Range<Int>, node: Int) -> Evidence {
        Evidence(quote: source.string(range), location: context.location(range, node: node),
                 confidence: .high)
    }

    // MARK: Targets

    private static let percent = try? NSRegularExpression(pattern: #"(\d{1,3}(?:[.,]\d+)?)\s*%"#)

    /// Each percentage in a clause that names a national indicator, for the national year or
    /// later, compared with the national floor.
    private func targets(_ floors: [CompiledFloor]) -> Outcome {
        guard let regex = Self.percent else { return Outcome(status: .notApplicable) }
        let normalized = document.normalized
        let text = context.scan.regexText
        let data = Scope(segments: document.dataSegments)
        var comparable: [Evidence] = []
        var spots: [Spot] = []
        // A target table ("| Chỉ tiêu | Năm 2026 | Năm 2030 |"): the indicator is the row, the
        // year the column's header.
        var cells: [Int: (table: Int, row: Int, column: Int)] = [:]
        for (tableIndex, table) in document.tree.tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                for (column, segment) in row.enumerated() { cells[segment] = (tableIndex, rowIndex, column) }
            }
        }
        for match in regex.matches(in: text.string, range: text.fullRange) {
            let original = normalized.originalRange(text.scalarRange(match.range))
            guard let first = normalized.tokenRange(original).first, first < document.tree.segmentOfToken.count else { continue }
            let segmentIndex = Int(document.tree.segmentOfToken[first])
            guard data.contains(segment: segmentIndex) else { continue }
            let segment = document.tree.segments[segmentIndex]
            let digits = normalized.string(text.scalarRange(match.range(at: 1)))
            guard let value = Double(digits.replacingOccurrences(of: ",", with: ".")),
                  let clause = clauses(of: segment.range).first(where: { $0.contains(original.lowerBound) }) else { continue }
            var tokens = normalized.tokenRange(clause)
            var headerYear: Int?
            if segment.role == .cell, let place = cells[segmentIndex], place.row > 0 {
                let table = document.tree.tables[place.table]
                let row = table.rows[place.row].map { document.tree.segments[$0].tokens }
                tokens = (row.first?.lowerBound ?? tokens.lowerBound)..<(row.last?.upperBound ?? tokens.upperBound)
                if place.column < table.rows[0].count {
                    headerYear = Years.years(in: document.tree.segments[table.rows[0][place.column]].range, normalized: normalized,
                                             source: source).max()
                }
            }
            // When several indicators occur ("80% dữ liệu số hóa kết quả TTHC được tái sử dụng"), the
            // clause is about the one named last: the predicate comes after its subject.
            let named = floors.compactMap { compiled in indicatorEnd(compiled.indicator, in: tokens).map { (compiled, $0) } }
            for (compiled, _) in named.max(by: { $0.1 < $1.1 }).map({ [$0] }) ?? [] {
                guard let year = headerYear ?? targetYear(clause: clause, segment: segment), year >= compiled.floor.year else { continue }
                let quote = evidence(original, node: segment.node)
                comparable.append(quote)
                if value < compiled.floor.floor {
                    let floor = Self.format(compiled.floor.floor)
                    spots.append(Spot(location: quote.location, detail: LocalizedText(
                        vi: "Kế hoạch đặt \(Self.format(value))% (năm \(year)); mức quốc gia là \(floor)%: \(compiled.floor.national.vi)",
                        en: "The plan sets \(Self.format(value))% (for \(year)); the national floor is \(floor)%: \(compiled.floor.national.en)")))
                }
                break
            }
        }
        // No target for a national indicator: none is below its floor (DS291 judges whether the
        // plan has measurable targets at all).
        return Outcome(status: spots.isEmpty ? .covered : .missing, evidence: comparable, findings: spots)
    }

    /// Clauses of a segment, split at ";" and at a full stop followed by a space.
    private func clauses(of range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = source.scalars[index]
            let stop = scalar == ";" || (scalar == "." && index + 1 < range.upperBound && source.scalars[index + 1] == " ")
            if stop {
                result.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// Where the last of an indicator's phrases occurs in the tokens, when every group occurs.
    private func indicatorEnd(_ groups: [[Phrase]], in tokens: Range<Int>) -> Int? {
        let all = document.normalized.tokens
        var latest = -1
        for group in groups {
            guard let last = tokens.last(where: { start in
                group.contains { start + $0.keys.count <= tokens.upperBound && $0.match(at: start, in: all) != nil }
            }) else { return nil }
            latest = max(latest, last)
        }
        return latest
    }

    /// The year a target is for: in its clause, else in its segment, else in the titles of the
    /// sections around it or of the document.
    private func targetYear(clause: Range<Int>, segment: Segment) -> Int? {
        let normalized = document.normalized
        if let year = Years.years(in: clause, normalized: normalized, source: source).max() { return year }
        if let year = Years.years(in: segment.range, normalized: normalized, source: source).max() { return year }
        for node in document.tree.ancestors(of: segment.node) {
            if let title = document.tree.title(of: node),
               let year = Years.years(in: title.range, normalized: normalized, source: source).max() { return year }
        }
        for index in document.titleSegments {
            if let year = Years.years(in: document.tree.segments[index].range, normalized: normalized, source: source).max() { return year }
        }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    // MARK: The document as a whole

    /// Covered by a task table in an annex with lead, time and output columns; partial by a
    /// task table that lacks some of them or stands outside an annex.
    private func taskTable() -> Outcome {
        let required: Set<TaskField> = [.lead, .deadline, .output]
        guard let best = document.taskTables.max(by: { score($0, required) < score($1, required) }) else {
            return Outcome(status: .missing, findings: [Spot(location: context.location(ofSegment: 0), detail: nil)])
        }
        let header = document.tree.tables[best.table].rows.first ?? []
        let range = header.isEmpty ? 0..<0
            : document.tree.segments[header[0]].range.lowerBound..<document.tree.segments[header[header.count - 1]].range.upperBound
        let quote = evidence(range, node: best.node)
        if best.inAnnex && best.columns.isSuperset(of: required) {
            return Outcome(status: .covered, evidence: [quote])
        }
        let absent = required.subtracting(best.columns).map(\.rawValue).sorted()
        let where_ = best.inAnnex ? "" : "; not in an annex"
        return Outcome(status: .partial, evidence: [quote], findings: [Spot(location: quote.location, detail: LocalizedText(
            vi: (absent.isEmpty ? "" : "Bảng thiếu cột: \(absent.map(Self.columnName).joined(separator: ", "))") + (best.inAnnex ? "" : (absent.isEmpty ? "" : "; ") + "bảng không nằm trong phụ lục"),
            en: (absent.isEmpty ? "" : "Table lacks columns: \(absent.joined(separator: ", "))") + where_))])
    }

    private func score(_ table: TaskTable, _ required: Set<TaskField>) -> Int {
        table.columns.intersection(required).count * 2 + (table.inAnnex ? 1 : 0)
    }

    private static func columnName(_ field: String) -> String {
        switch field {
        case "lead": return "đơn vị chủ trì"
        case "deadline": return "thời gian"
        case "output": return "sản phẩm"
        default: return "đơn vị phối hợp"
        }
    }

    private func formDeclared() -> Outcome {
        if document.form == .embedded, document.dataSectionMissing {
            return Outcome(status: .missing, findings: [Spot(location: context.location(ofSegment: document.titleSegments.first ?? 0), detail: LocalizedText(
                vi: "Kế hoạch chuyển đổi số nhưng không tìm thấy mục riêng về dữ liệu; các yêu cầu về dữ liệu được xét trên toàn văn bản.",
                en: "A digital-transformation plan without an identifiable data section; data requirements were checked on the whole document."))])
        }
        if document.form == .notAPlan { return Outcome(status: .notApplicable) }
        let title = document.titleSegments.first.map { context.location(ofSegment: $0) }
        let quote = document.titleSegments.first.map { source.string(document.tree.segments[$0].range) } ?? ""
        return Outcome(status: .covered, evidence: title.map { [Evidence(quote: quote, location: $0, confidence: .high)] } ?? [])
    }

    private func isPlan() -> Outcome {
        guard document.form == .notAPlan else { return Outcome(status: .covered) }
        return Outcome(status: .missing, findings: [Spot(location: context.location(ofSegment: 0), detail: nil)])
    }

    private func textVariants() -> Outcome {
        let variants = document.normalized.variants
        let legacy = document.document.legacyEncodings.map(\.rawValue).sorted()
        guard !variants.isEmpty || !legacy.isEmpty else { return Outcome(status: .covered) }
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
        return Outcome(status: .missing, findings: [Spot(location: context.location(ofSegment: 0), detail: LocalizedText(
            vi: "Đã chuẩn hóa: " + vi.joined(separator: "; "), en: "Normalised: " + en.joined(separator: "; ")))])
    }
}
