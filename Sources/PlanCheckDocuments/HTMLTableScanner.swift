import PlanCheckText

/// HTML tables inside Markdown, as converters write them when cells hold more than one line
/// (`<table><tr><th>STT</th><th>Nhiệm vụ</th>…</tr><tr><td>1</td><td>Xây dựng …<br>…</td>…`):
/// each `<tr>` is a table row, each `<td>` or `<th>` a cell whose range is its content in the
/// original text. The tags inside a cell stay in the text; the normaliser reads them as spaces.
/// Not an HTML parser: rows and cells only, nested tables read as cells of the outer one.
enum HTMLTableScanner {
    /// Where each `</table>` of a text ends, in order: found once per document, so that many
    /// tables (or many stray "<table" lines) cost one pass.
    static func tableEnds(in source: SourceText) -> [Int] {
        let scalars = source.scalars
        var ends: [Int] = []
        var inFence = false
        for line in 0..<source.lineCount {
            let range = source.lineRange(line)
            let text = scalars[range].drop { $0 == " " || $0 == "\t" }
            // A "</table>" shown in fenced code closes nothing.
            if text.starts(with: "```".unicodeScalars) || text.starts(with: "~~~".unicodeScalars) {
                inFence.toggle()
                continue
            }
            guard !inFence, text.contains("<") else { continue }
            var index = range.lowerBound
            while let close = find("</table", in: scalars, from: index, before: range.upperBound) {
                let end = closeOfTag(scalars, from: close)
                ends.append(end)
                index = end
            }
        }
        return ends
    }

    /// The rows of the table that starts at `start`, and where it ends (after its `</table>`);
    /// nil when no `</table>` follows: a stray "<table" in the text is a line of text, and the
    /// rest of the plan is not swallowed into a table.
    static func rows(in source: SourceText, from start: Int, ends: [Int]) -> (rows: [Block], end: Int)? {
        let scalars = source.scalars
        var low = 0, high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] <= start { low = mid + 1 } else { high = mid }
        }
        guard low < ends.count else { return nil }
        let tableEnd = ends[low]
        var rows: [Block] = []
        var index = start
        // Text of the table outside its rows (a "<caption>", a note between rows) is a line of
        // the plan, not lost.
        func textBetween(_ range: Range<Int>) {
            let text = bareContent(range, source: source)
            if scalars[text].contains(where: { $0.properties.isAlphabetic }) {
                rows.append(Block(kind: .line, range: text, followsBreak: true))
            }
        }
        // Cells spanning rows ("rowspan=\"4\"", a time shared by four tasks) by column: the rows
        // below show the same cell there (its range again; nil for a column it spans empty).
        var spanned: [Int: (range: Range<Int>?, rows: Int)] = [:]
        // Cells that spans add to a table, at most: markup of a few bytes per row must not
        // become millions of cells.
        var fillers = 0
        while let row = find("<tr", in: scalars, from: index, before: tableEnd) {
            textBetween(index..<row)
            let open = closeOfTag(scalars, from: row)
            let next = find("<tr", in: scalars, from: open, before: tableEnd) ?? tableEnd
            let rowEnd = find("</tr", in: scalars, from: open, before: next).map { closeOfTag(scalars, from: $0) } ?? next
            // Empty cells stand where the row has got to, so that its own cells stay in order.
            var cells: [Range<Int>] = []
            var position = open
            func placeSpanned() {
                while cells.count < spanLimit, fillers < fillerLimit, let above = spanned[cells.count] {
                    fillers += 1
                    spanned[cells.count] = above.rows > 1 ? (above.range, above.rows - 1) : nil
                    cells.append(above.range ?? position..<position)
                }
            }
            for cell in cellRanges(scalars, in: open..<rowEnd) {
                placeSpanned()
                let content = bareContent(cell.range, source: source)
                position = content.upperBound
                // Spans fill at most `spanLimit` columns of a row, however they add up; a cell of
                // the row's own always has its place.
                for column in 0..<cell.columns where column == 0 || (cells.count < spanLimit && fillers < fillerLimit) {
                    if column > 0 { fillers += 1 }
                    if cell.rows > 1, cells.count < spanLimit { spanned[cells.count] = (column == 0 ? content : nil, cell.rows - 1) }
                    // A cell spanning columns leaves the columns after it empty, so that the next
                    // cell stands under its own header.
                    cells.append(column == 0 ? content : position..<position)
                }
            }
            // A row shorter than a span from above still has the span in its column (empty
            // columns before it), and the span is used up there, not carried to a later row.
            while cells.count < spanLimit, fillers < fillerLimit, let last = spanned.keys.max(), cells.count <= last {
                if spanned[cells.count] != nil {
                    placeSpanned()
                } else {
                    fillers += 1
                    cells.append(position..<position)
                }
            }
            if !cells.isEmpty {
                rows.append(Block(kind: .tableRow(cells: cells), range: row..<rowEnd, followsBreak: false))
            }
            index = max(rowEnd, open)
        }
        textBetween(index..<tableEnd)
        return (rows, tableEnd)
    }

    /// Each `<td …>` or `<th …>` in a row: from after its opening tag to its closing tag, or to the
    /// next cell or the row's end when it is not closed. One pass over the row.
    private static func cellRanges(_ scalars: ScalarBuffer, in row: Range<Int>) -> [(range: Range<Int>, columns: Int, rows: Int)] {
        var cells: [(range: Range<Int>, columns: Int, rows: Int)] = []
        var content: Int?   // where the open cell's content starts
        var spans = (columns: 1, rows: 1)  // what the open cell spans
        func close(at end: Int) {
            guard let start = content else { return }
            cells.append((start..<max(start, end), spans.columns, spans.rows))
            content = nil
        }
        var index = row.lowerBound
        while let tag = find("<", in: scalars, from: index, before: row.upperBound) {
            let closing = tag + 1 < row.upperBound && scalars[tag + 1] == "/"
            let name = tag + (closing ? 2 : 1)
            guard isCellName(scalars, at: name) else {
                index = tag + 1
                continue
            }
            close(at: tag)
            index = closeOfTag(scalars, from: tag)
            if !closing {
                content = index
                spans = (span(named: "colspan", scalars, in: tag..<index), span(named: "rowspan", scalars, in: tag..<index))
            }
        }
        close(at: row.upperBound)
        return cells
    }

    /// Most columns or rows a cell is taken to span, and most columns the spans of a row fill: a
    /// larger span is markup gone wrong, not a table.
    static let spanLimit = 64
    /// Most cells the spans of one table add (columns left empty by a colspan, cells repeated
    /// or left empty below a rowspan).
    static let fillerLimit = 100_000

    /// The colspan or rowspan of a cell's opening tag (`<td colspan="2">`, `<th rowspan=3>`), 1
    /// without one.
    private static func span(named name: String, _ scalars: ScalarBuffer, in tag: Range<Int>) -> Int {
        guard let attribute = find(name, in: scalars, from: tag.lowerBound, before: tag.upperBound) else { return 1 }
        var index = attribute + name.unicodeScalars.count
        var digits = 0
        var value = 0
        while index < tag.upperBound, digits < 3 {
            let scalar = scalars[index]
            if let digit = Int(String(scalar)), scalar.isASCII {
                value = value * 10 + digit
                digits += 1
            } else if digits > 0 {
                break
            }
            index += 1
        }
        return min(max(1, value), spanLimit)
    }

    /// "td" or "th" (any case) ending there ("<td>", "<td class=…>", not "<thead>").
    private static func isCellName(_ scalars: ScalarBuffer, at start: Int) -> Bool {
        guard start + 2 < scalars.count else { return false }
        let first = scalars[start].value | 0x20, second = scalars[start + 1].value | 0x20
        guard first == 0x74, second == 0x64 || second == 0x68 else { return false }
        let after = scalars[start + 2]
        return after == ">" || after == " " || after == "/" || after == "\t" || after == "\n"
    }

    /// A cell's content without the tags and spaces around it ("<b>II. DỮ LIỆU SỐ</b>" → "II. DỮ
    /// LIỆU SỐ"), so that its label reads as in any other table.
    private static func bareContent(_ range: Range<Int>, source: SourceText) -> Range<Int> {
        let scalars = source.scalars
        var lower = range.lowerBound, upper = range.upperBound
        var changed = true
        while changed, lower < upper {
            changed = false
            let trimmed = MarkdownReader.trimmed(lower..<upper, in: source)
            (lower, upper) = (trimmed.lowerBound, trimmed.upperBound)
            if lower < upper, scalars[lower] == "<", let end = tagEnd(scalars, from: lower, limit: upper) {
                lower = end
                changed = true
            }
            // "&nbsp;", as Word writes an empty cell ("<p>&nbsp;</p>"), is a space.
            if lower < upper, scalars[lower] == "&", let entity = TextNormalizer.htmlEntity(scalars, from: lower),
               entity.meaning == "\u{A0}", entity.end <= upper {
                lower = entity.end
                changed = true
            }
            // Backwards over a few characters only: an entity is short, and a cell of thousands
            // of tags ending in ";" is not searched again for each of them.
            if lower < upper, scalars[upper - 1] == ";", let amp = scalars[max(lower, upper - 12)..<upper].lastIndex(of: "&"),
               let entity = TextNormalizer.htmlEntity(scalars, from: amp), entity.meaning == "\u{A0}", entity.end == upper {
                upper = amp
                changed = true
            }
            if lower < upper, scalars[upper - 1] == ">", let open = scalars[max(lower, upper - 512)..<upper].lastIndex(of: "<"),
               tagEnd(scalars, from: open, limit: upper) == upper {
                upper = open
                changed = true
            }
        }
        return lower..<max(lower, upper)
    }

    /// The end of the tag at `start` when the normaliser reads it as markup.
    private static func tagEnd(_ scalars: ScalarBuffer, from start: Int, limit: Int) -> Int? {
        guard let end = TextNormalizer.htmlTagEnd(scalars, from: start), end <= limit else { return nil }
        return end
    }

    /// After the ">" that closes the tag opening at `start` (or the end of the text).
    private static func closeOfTag(_ scalars: ScalarBuffer, from start: Int) -> Int {
        // A tag the normaliser reads as markup ends where it says (a quoted ">" is inside it).
        if let end = TextNormalizer.htmlTagEnd(scalars, from: start) { return end }
        var index = start
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        return min(scalars.count, index + 1)
    }

    /// The first case-insensitive occurrence of an ASCII `needle` at or after `from`, before `before`.
    static func find(_ needle: String, in scalars: ScalarBuffer, from: Int, before: Int? = nil) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        let end = min(before ?? scalars.count, scalars.count)
        guard !pattern.isEmpty, from + pattern.count <= end else { return nil }
        var index = from
        while index + pattern.count <= end {
            var matches = true
            for offset in 0..<pattern.count {
                var value = scalars[index + offset].value
                if (0x41...0x5A).contains(value) { value += 0x20 }
                if value != pattern[offset].value {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }
}
