import PlanCheckText

/// Pandoc's grid tables, as a Word file converted to Markdown has them when its cells hold long
/// text:
///
///     +------------------+----------------------+
///     | **BỘ CÔNG THƯƠNG** | **CỘNG HÒA XÃ HỘI CHỦ  |
///     |                  | NGHĨA VIỆT NAM**       |
///     +==================+======================+
///
/// A cell's text runs down several lines, so no range of the file holds it. The table is written
/// again in place as pipe rows: each row's first line becomes "| cell | cell |" with each cell's
/// lines joined, and its other lines and the borders become empty. Every line keeps its number,
/// so positions outside the table are the file's own, and inside it they name the row's line.
enum GridTableRenderer {
    /// The text with its grid tables written as pipe rows; nil when it has none.
    static func render(_ source: SourceText) -> SourceText? {
        let scalars = source.scalars
        var lines: [[Unicode.Scalar]] = []
        var changed = false
        var line = 0
        while line < source.lineCount {
            guard isBorder(source, line) else {
                lines.append(Array(scalars[source.lineRange(line)]))
                line += 1
                continue
            }
            // A table: borders and rows of cell lines until a line that is neither.
            var group: [[[Unicode.Scalar]]] = []   // the cells of each line of the open row
            var groupStart = line
            func closeRow() {
                guard !group.isEmpty else { return }
                let columns = group.map(\.count).max() ?? 0
                var row: [Unicode.Scalar] = ["|"]
                for column in 0..<columns {
                    let pieces = group.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.isEmpty }
                    row += [" "] + Array(pieces.joined(separator: [" "])) + [" ", "|"]
                }
                lines[groupStart] = row
                group = []
            }
            while line < source.lineCount {
                if isBorder(source, line) {
                    closeRow()
                    lines.append([])
                    groupStart = lines.count
                } else if let cells = cells(source, line) {
                    if group.isEmpty { groupStart = lines.count }
                    group.append(cells)
                    lines.append([])
                } else {
                    break
                }
                line += 1
            }
            closeRow()
            changed = true
        }
        guard changed else { return nil }
        var text = String.UnicodeScalarView()
        for (index, content) in lines.enumerated() {
            text.append(contentsOf: content)
            // Each line keeps its own terminator ("\n", "\r\n", "\r"), the last none.
            if index + 1 < source.lineCount {
                text.append(contentsOf: scalars[source.lineEnds[index]..<source.lineStarts[index + 1]])
            }
        }
        return SourceText(String(text))
    }

    /// "+----+=====+": pluses, dashes or equals signs (and colons for alignment), nothing else.
    private static func isBorder(_ source: SourceText, _ line: Int) -> Bool {
        let text = trimmed(source.scalars[source.lineRange(line)])
        guard text.count >= 3, text.first == "+", text.last == "+" else { return false }
        return text.allSatisfy { $0 == "+" || $0 == "-" || $0 == "=" || $0 == ":" } && text.contains(where: { $0 == "-" || $0 == "=" })
    }

    /// The cells of a row line ("| a | b |"), trimmed, a trailing "\" (pandoc's line break) dropped;
    /// nil when the line is not one.
    private static func cells(_ source: SourceText, _ line: Int) -> [[Unicode.Scalar]]? {
        let text = trimmed(source.scalars[source.lineRange(line)])
        guard text.count >= 2, text.first == "|", text.last == "|" else { return nil }
        return text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { cell in
            var piece = trimmed(cell)
            if piece.last == "\\" { piece = trimmed(piece.dropLast()) }
            return Array(piece)
        }
    }

    private static func trimmed(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var lower = text.startIndex, upper = text.endIndex
        while lower < upper, text[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].properties.isWhitespace { upper -= 1 }
        return text[lower..<upper]
    }
}
