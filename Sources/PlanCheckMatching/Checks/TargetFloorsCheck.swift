import Foundation
import PlanCheckText
import PlanCheckStructure
import PlanCheckRules
import PlanCheckYAML

/// `target_floors: [{indicator, floor, year, national}]`: no quantitative target of the plan
/// below the national floor for the same indicator (DS290); one finding per target.
struct TargetFloorsCheck: StructuralCheck {
    static let name = "target_floors"
    static let parameterUsage: String? = "[{indicator, floor, year, national}, …]"

    /// A national target a plan's own number must not fall below.
    struct Floor: Sendable {
        /// Every group must occur in the clause with the number (one phrase of each group).
        var indicator: [[Phrase]]
        /// The national figure, in percent.
        var floor: Double
        /// The year the national figure is for; plan targets for this year or later are compared.
        var year: Int
        /// The national target in words, quoted in the finding.
        var national: LocalizedText
    }

    let floors: [Floor]

    /// A percentage of the plan for a national indicator, with the year it is for.
    private struct Target {
        var value: Double
        var floor: Int
        var year: Int
        /// The year stands with the figure (its clause, its stretch, its table column), rather than
        /// being taken from the paragraph or the titles around it.
        var stated: Bool
        var segment: Int
        var range: Range<Int>
    }

    static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> TargetFloorsCheck? {
        guard let node = parameters else { return nil }
        guard let items = node.sequence, !items.isEmpty else {
            reader.issue(node, "'target_floors' must be a non-empty list of {indicator, floor, year, national}")
            return nil
        }
        let floors = items.compactMap { floor($0, &reader) }
        return floors.count == items.count ? TargetFloorsCheck(floors: floors) : nil
    }

    private static func floor(_ node: YAMLNode, _ reader: inout CheckParameterReader) -> Floor? {
        let keys = ["indicator", "floor", "year", "national"]
        guard let fields = reader.mapping(node, allowed: keys, required: keys, what: "target floor") else { return nil }
        var indicator: [[String]]?
        if let list = fields["indicator"] {
            if let items = list.sequence, !items.isEmpty {
                let groups = items.compactMap { item in
                    item.sequence != nil ? reader.phraseList(item, "indicator") : reader.phrase(item).map { [$0] }
                }
                if groups.count == items.count { indicator = groups }
            } else {
                reader.issue(list, "'indicator' must be a list of phrases or phrase lists that must all occur")
            }
        }
        var floor: Double?
        if let node = fields["floor"] {
            if let text = node.scalar, node.int != nil || Double(text) != nil, let value = Double(text), (0...100).contains(value) {
                floor = value
            } else {
                reader.issue(node, "'floor' must be a percentage from 0 to 100")
            }
        }
        let year = fields["year"].flatMap { reader.year($0, "year") }
        let national = fields["national"].flatMap { reader.localized($0, "national") }
        guard let indicator, let floor, let year, let national else { return nil }
        return Floor(indicator: indicator.map { $0.map(Phrase.init).filter { !$0.isEmpty } }, floor: floor, year: year, national: national)
    }

    private static let percent = try? RuleRegex(pattern: #"\d{1,3}(?:[.,]\d+)?\s*%"#)

    /// Each percentage in a clause that names a national indicator, for the national year or
    /// later, compared with the national floor.
    func run(_ context: CheckContext) -> CheckOutcome {
        guard let regex = Self.percent else { return CheckOutcome(status: .notApplicable) }
        let document = context.document
        let normalized = document.normalized
        let data = Scope(segments: document.dataSegments)
        var comparable: [Evidence] = []
        var targets: [Target] = []
        var clausesOf: (segment: Int, clauses: [Range<Int>])?
        var rowTokens: [Int: [Int: Range<Int>]] = [:]
        var indicatorsOf: [Range<Int>: [(Int, Int)]] = [:]
        /// The floors whose indicator the tokens name, with where its last phrase is.
        func indicatorsIn(_ tokens: Range<Int>) -> [(Int, Int)] {
            if let known = indicatorsOf[tokens] { return known }
            let found = floors.indices.compactMap { index in indicatorEnd(floors[index].indicator, in: tokens, document).map { (index, $0) } }
            indicatorsOf[tokens] = found
            return found
        }
        var spots: [CheckOutcome.Spot] = []
        // A target table ("| Chỉ tiêu | Năm 2026 | Năm 2030 |"): the indicator is the row, the
        // year the column's header.
        var cells: [Int: (table: Int, row: Int, column: Int)] = [:]
        for (tableIndex, table) in document.tree.tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                for (column, segment) in row.enumerated() { cells[segment] = (tableIndex, rowIndex, column) }
            }
        }
        // Through the document's regex search: only the data segments that hold a "%" are searched.
        for (scalars, segmentIndex) in context.matching.scan.regexMatches(regex, within: data).matches {
            let original = normalized.originalRange(scalars)
            guard data.contains(segment: segmentIndex) else { continue }
            let segment = document.tree.segments[segmentIndex]
            // The figure: the match without its "%" and the spaces before it.
            let digits = String(String.UnicodeScalarView(normalized.scalars[scalars].prefix { $0.properties.numericType != nil || $0 == "." || $0 == "," }))
            // Per segment, per row and per stretch of tokens once: a table row or a paragraph of
            // thousands of figures is read in linear time.
            if clausesOf?.segment != segmentIndex { clausesOf = (segmentIndex, clauses(of: segment.range, context.source)) }
            let segmentClauses = clausesOf?.clauses ?? []
            guard let value = Double(digits.replacingOccurrences(of: ",", with: ".")),
                  let clauseIndex = segmentClauses.firstIndex(where: { $0.contains(original.lowerBound) }) else { continue }
            let clause = segmentClauses[clauseIndex]
            var tokens = normalized.tokenRange(clause)
            var headerYear: Int?
            if segment.role == .cell, let place = cells[segmentIndex], place.row > 0 {
                let table = document.tree.tables[place.table]
                if let known = rowTokens[place.table]?[place.row] {
                    tokens = known
                } else {
                    let row = table.rows[place.row].map { document.tree.segments[$0].tokens }
                    // A row whose text wrapped onto a line of its own (plain text or PDF: "\tKTTV được
                    // số hóa" under "1\tTỷ lệ hồ sơ …\t70%\t90%") still names the row's indicator.
                    // (Its last own cell: a cell spanning rows from above lies before the row.)
                    var end = row.map(\.upperBound).max() ?? tokens.upperBound
                    for next in table.rows.dropFirst(place.row + 1) {
                        let filled = next.filter { !document.tree.segments[$0].tokens.isEmpty }
                        guard filled.count == 1, filled[0] != next[0] else { break }
                        end = max(end, document.tree.segments[filled[0]].tokens.upperBound)
                    }
                    let start = row.first?.lowerBound ?? tokens.lowerBound
                    tokens = start..<max(start, end)
                    rowTokens[place.table, default: [:]][place.row] = tokens
                }
                if place.column < table.rows[0].count {
                    headerYear = Years.years(in: document.tree.segments[table.rows[0][place.column]].range, normalized: normalized,
                                             source: context.source).max()
                }
            }
            // When several indicators occur, the target is about the one the sentence is about:
            // after the percentage the predicate comes last ("80% dữ liệu số hóa kết quả TTHC được
            // tái sử dụng"); before it the subject comes first ("Tỷ lệ tái sử dụng dữ liệu số hóa
            // kết quả TTHC đạt 60%").
            var named = indicatorsIn(tokens)
            // "…, tối thiểu 50% dữ liệu … được tái sử dụng; phấn đấu đến năm 2030 đạt 75%", "(phấn đấu
            // đạt 80% vào năm 2030)": a figure with only a time and connectives before it in its
            // clause continues the indicator of the clause before it.
            if named.isEmpty, segment.role != .cell, clauseIndex > 0, let figure = normalized.tokenRange(original).first {
                var start = figure
                while start > tokens.lowerBound, !normalized.tokens[start].clauseBreakBefore { start -= 1 }
                if Self.isBareFigure(start..<figure, normalized.tokens) {
                    let extended = normalized.tokenRange(segmentClauses[clauseIndex - 1].lowerBound..<clause.upperBound)
                    named = indicatorsIn(extended)
                }
            }
            let afterPercent = named.filter { Int(document.normalized.tokens[$0.1].start) >= original.upperBound }
            let chosen = afterPercent.isEmpty ? named.min(by: { $0.1 < $1.1 }) : afterPercent.max(by: { $0.1 < $1.1 })
            let own = ownYear(of: original, in: clause, context)
            let stated = headerYear ?? (own.decided ? own.year : Years.years(in: clause, normalized: normalized, source: context.source).max())
            if let (floor, _) = chosen, let year = stated ?? targetYear(clause: clause, segment: segment, context) {
                targets.append(Target(value: value, floor: floor, year: year, stated: stated != nil, segment: segmentIndex, range: original))
            }
        }
        targets += unitColumnTargets(data, context, indicatorsIn)
        for target in targets where target.year >= floors[target.floor].year {
            // "≥ 70% … (phấn đấu đạt 80% vào năm 2030)": a figure without a year of its own, beside a
            // figure for the same indicator that states the national year, is an interim target.
            if !target.stated, targets.contains(where: {
                $0.stated && $0.segment == target.segment && $0.floor == target.floor && $0.year >= floors[$0.floor].year
            }) { continue }
            let floor = floors[target.floor]
            let quote = context.evidence(target.range, node: document.tree.segments[target.segment].node)
            comparable.append(quote)
            if target.value < floor.floor {
                spots.append(.init(location: quote.location, detail: LocalizedText(
                    vi: "Kế hoạch đặt \(Self.format(target.value))% (năm \(target.year)); mức quốc gia là \(Self.format(floor.floor))%: \(floor.national.vi)",
                    en: "The plan sets \(Self.format(target.value))% (for \(target.year)); the national floor is \(Self.format(floor.floor))%: \(floor.national.en)")))
            }
        }
        // No target for a national indicator: none is below its floor (DS291 judges whether the
        // plan has measurable targets at all).
        return CheckOutcome(status: spots.isEmpty ? .covered : .missing, evidence: comparable, findings: spots)
    }

    /// Headers of a table's unit column.
    private static let unitHeaders = ["đơn vị tính", "đvt", "đơn vị đo"].map(Phrase.init)

    /// A target table with a unit column ("Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2030", a row
    /// "Tỷ lệ hồ sơ TTHC được số hóa | % | 80 | 95"): the bare figures of a "%" row are percentages,
    /// each for its column's year, about the row's indicator.
    private func unitColumnTargets(_ data: Scope, _ context: CheckContext,
                                   _ indicatorsIn: (Range<Int>) -> [(Int, Int)]) -> [Target] {
        let document = context.document
        let tree = document.tree
        let tokens = document.normalized.tokens
        var targets: [Target] = []
        for table in tree.tables {
            guard let header = table.rows.first, header.contains(where: data.contains(segment:)),
                  let unit = header.firstIndex(where: { cell in
                      let range = tree.segments[cell].tokens
                      return range.contains { start in Self.unitHeaders.contains { start + $0.keys.count <= range.upperBound && $0.match(at: start, in: tokens) != nil } }
                  }) else { continue }
            let years = header.map { Years.years(in: tree.segments[$0].range, normalized: document.normalized, source: context.source).max() }
            for row in table.rows.dropFirst() where unit < row.count {
                guard context.source.string(tree.segments[row[unit]].range).trimmingCharacters(in: .whitespaces) == "%" else { continue }
                // The row's own cells: a cell spanning rows from above is an earlier segment.
                let rowEnd = row.filter { $0 >= row[0] }.map { tree.segments[$0].tokens.upperBound }.max() ?? tree.segments[row[0]].tokens.upperBound
                let rowTokens = tree.segments[row[0]].tokens.lowerBound..<max(tree.segments[row[0]].tokens.lowerBound, rowEnd)
                guard let (floor, _) = indicatorsIn(rowTokens).min(by: { $0.1 < $1.1 }) else { continue }
                for (column, cell) in row.enumerated() where column != unit && column < years.count && data.contains(segment: cell) {
                    guard let year = years[column], let value = Self.bareFigure(context.source.string(tree.segments[cell].range)) else { continue }
                    targets.append(Target(value: value, floor: floor, year: year, stated: true, segment: cell, range: tree.segments[cell].range))
                }
            }
        }
        return targets
    }

    /// A cell that holds only a figure, perhaps after "≥" or ">": "95", "≥ 80", "97,5".
    private static func bareFigure(_ text: String) -> Double? {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        while let first = text.first, first == "≥" || first == ">" || first == " " { text = text.dropFirst() }
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
              let value = Double(text.replacingOccurrences(of: ",", with: ".")), (0...100).contains(value) else { return nil }
        return value
    }

    /// Words that can stand before a figure without saying what it measures.
    private static let connectives = Set(TextNormalizer.keys(of:
        "phấn đấu đến năm cuối hết vào tiến tới và đạt tối thiểu ít nhất khoảng trên trở lên từ mức là giai đoạn sau đó tỷ lệ này").map(\.key))

    /// The tokens before a clause's figure are only a time and connectives ("phấn đấu đến năm 2030 đạt").
    private static func isBareFigure(_ tokens: Range<Int>, _ all: [Token]) -> Bool {
        tokens.allSatisfy { !all[$0].isWord || connectives.contains(all[$0].key) }
    }

    /// Clauses of a segment, split at ";" and at a full stop followed by a space.
    private func clauses(of range: Range<Int>, _ source: SourceText) -> [Range<Int>] {
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
    private func indicatorEnd(_ groups: [[Phrase]], in tokens: Range<Int>, _ document: StructuredDocument) -> Int? {
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

    /// The year a percentage of a clause that sets several is for: "tối thiểu 60% vào cuối năm 2027,
    /// phấn đấu đạt 80% vào năm 2030" — the first year after it (before the next percentage), else
    /// the last year before it (after the previous one). A year that leads the next figure in
    /// ("tối thiểu 70% sở, ngành …, phấn đấu đến năm 2030 đạt 100%") is that figure's: the first
    /// then has a year only before it, or none. `decided` is false where its stretch names no year
    /// (the clause's year is then taken).
    private func ownYear(of percent: Range<Int>, in clause: Range<Int>, _ context: CheckContext) -> (year: Int?, decided: Bool) {
        let source = context.source
        let others = clause.filter { source.scalars[$0] == "%" && !percent.contains($0) }
        guard !others.isEmpty else { return (nil, false) }
        // Clamped: a match is expected inside its clause, but a range must never end before it starts.
        let next = max(percent.upperBound, others.first { $0 >= percent.upperBound } ?? clause.upperBound)
        let previous = min(percent.lowerBound, others.last { $0 < percent.lowerBound }.map { $0 + 1 } ?? clause.lowerBound)
        let normalized = context.document.normalized
        let before = Years.years(in: previous..<percent.lowerBound, normalized: normalized, source: source).last
        let between = normalized.tokenRange(percent.upperBound..<next)
        let tokens = normalized.tokens
        guard let yearToken = between.first(where: { Years.year(ofToken: $0, tokens: tokens, source: source) != nil }),
              let after = Years.year(ofToken: yearToken, tokens: tokens, source: source) else { return (before, true) }
        if next < clause.upperBound, let figure = between.last {
            // The words that lead the next figure in: back from it over times and connectives
            // ("…, phấn đấu đến năm 2030 đạt", "… và phấn đấu đến năm 2030 tỷ lệ này đạt").
            var start = figure
            while start > between.lowerBound, !tokens[start].clauseBreakBefore, Self.isBareFigure(start - 1..<start, tokens) { start -= 1 }
            if start <= yearToken { return (before, true) }
        }
        return (after, true)
    }

    /// The year a target is for: in its clause, else in its segment, else in the titles of the
    /// sections around it or of the document.
    private func targetYear(clause: Range<Int>, segment: Segment, _ context: CheckContext) -> Int? {
        let document = context.document
        let normalized = document.normalized
        let source = context.source
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
}
