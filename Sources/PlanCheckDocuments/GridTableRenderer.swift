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
/// again in place as pipe rows: each row's first line becomes "|cell|cell|" with each cell's lines
/// joined, its other lines and the borders spaces. Every line keeps its number and, as far as the
/// joined row fits in its own lines, every offset after the row is the file's own: positions
/// outside the table are exact, inside a row they name the row's first line.
///
/// A row line belongs to the table when it is as wide as the border above it (pandoc aligns every
/// line of a table); its cells are cut where the border has a "+" and the line a "|", so a "|"
/// inside a cell stays text and a cell spanning columns (no wall there) stays one cell.
enum GridTableRenderer {
    /// The text with its grid tables written as pipe rows; nil when it has none.
    static func render(_ source: SourceText) -> SourceText? {
        let scalars = source.scalars
        // Most plans have no grid table: found without copying anything.
        guard let firstBorder = (0..<source.lineCount).first(where: { borderColumns(source, $0) != nil }) else { return nil }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count + 64)
        // Everything before the first table as it is, in one copy.
        output += scalars[0..<source.lineStarts[firstBorder]]
        var line = firstBorder
        // Appends a line's content and its own terminator ("\n", "\r\n", "\r"; the last has none).
        func emit<C: Collection>(_ content: C, line index: Int) where C.Element == Unicode.Scalar {
            output += content
            if index + 1 < source.lineCount { output += scalars[source.lineEnds[index]..<source.lineStarts[index + 1]] }
        }
        while line < source.lineCount {
            guard let border = borderColumns(source, line) else {
                emit(scalars[source.lineRange(line)], line: line)
                line += 1
                continue
            }
            var current = border
            var group: [(line: Int, cells: [[Unicode.Scalar]], walls: [Int])] = []
            func closeRow() {
                guard let first = group.first else { return }
                let columns = group.map(\.cells.count).max() ?? 0
                // Each cell's lines joined; a "|" inside a cell escaped, as a pipe table writes it.
                let joined = (0..<columns).map { column -> [Unicode.Scalar] in
                    let pieces = group.compactMap { column < $0.cells.count ? $0.cells[column] : nil }.filter { !$0.isEmpty }
                    return Array(pieces.joined(separator: [" "])).flatMap { $0 == "|" ? ["\\", "|"] : [$0] }
                }
                // Where every cell fits between its walls on the first line, there (its columns are
                // the file's); else one after the other.
                var row = Array(scalars[source.lineRange(first.line)])
                let start = source.lineStarts[first.line]
                let walls = first.walls.map { $0 - start }
                if walls.count == columns + 1, zip(joined, zip(walls, walls.dropFirst())).allSatisfy({ $0.count <= $1.1 - $1.0 - 2 }) {
                    for (column, text) in joined.enumerated() {
                        let width = walls[column + 1] - walls[column] - 1
                        row.replaceSubrange(walls[column] + 1..<walls[column + 1],
                                            with: [" "] + text + Array(repeating: " ", count: width - 1 - text.count))
                    }
                } else {
                    row = ["|"] + joined.flatMap { $0 + ["|"] }
                }
                // The row on its first line; its other lines give up their width to what it takes
                // beyond its own, so that what follows keeps its offsets.
                var overflow = max(0, row.count - source.lineRange(first.line).count)
                row += Array(repeating: " ", count: max(0, source.lineRange(first.line).count - row.count))
                emit(row, line: first.line)
                for other in group.dropFirst() {
                    let width = source.lineRange(other.line).count
                    let taken = min(overflow, width)
                    overflow -= taken
                    emit(blank(width - taken, line: other.line, in: source), line: other.line)
                }
                group = []
            }
            emit(blank(source.lineRange(line).count, line: line, in: source), line: line)
            line += 1
            while line < source.lineCount {
                if let next = borderColumns(source, line) {
                    closeRow()
                    current = next
                    emit(blank(source.lineRange(line).count, line: line, in: source), line: line)
                } else if let (cells, walls) = cells(source, line, columns: current) {
                    group.append((line, cells, walls))
                } else {
                    break
                }
                line += 1
            }
            closeRow()
        }
        return SourceText(String(scalars: output))
    }

    /// Spaces standing for a line given up; one at least where an empty line would join a "\r"
    /// before it and a "\n" after it into one line break.
    private static func blank(_ width: Int, line: Int, in source: SourceText) -> [Unicode.Scalar] {
        let scalars = source.scalars
        let afterCR = line > 0 && source.lineEnds[line - 1] < scalars.count && scalars[source.lineEnds[line - 1]] == "\r"
            && source.lineStarts[line] - source.lineEnds[line - 1] == 1
        let beforeLF = source.lineEnds[line] < scalars.count && scalars[source.lineEnds[line]] == "\n"
        return Array(repeating: " ", count: max(width, afterCR && beforeLF ? 1 : 0))
    }

    /// "+----+=====+": pluses, dashes or equals signs (and colons for alignment), nothing else:
    /// the display columns of its "+"; nil when the line is not a border.
    private static func borderColumns(_ source: SourceText, _ line: Int) -> [Int]? {
        let range = source.lineRange(line)
        // Cheap refusal first: a border's first character, after spaces, is "+".
        guard let first = source.scalars[range].first(where: { $0 != " " && $0 != "\t" }), first == "+" else { return nil }
        let text = trimmed(source.scalars[range])
        guard text.count >= 3, text.first == "+", text.last == "+",
              text.allSatisfy({ $0 == "+" || $0 == "-" || $0 == "=" || $0 == ":" }),
              text.contains(where: { $0 == "-" || $0 == "=" }) else { return nil }
        return text.indices.filter { text[$0] == "+" }.map { $0 - text.startIndex }
    }

    /// The cells of a row line ("| a | b |") as wide as its border, cut at the border's columns
    /// where the line has a wall; trimmed, a trailing "\" (pandoc's line break) dropped. Nil when
    /// the line is not a row of this table.
    private static func cells(_ source: SourceText, _ line: Int, columns: [Int]) -> (cells: [[Unicode.Scalar]], walls: [Int])? {
        let text = trimmed(source.scalars[source.lineRange(line)])
        guard text.first == "|", text.last == "|", let last = columns.last else { return nil }
        // Display columns: a combining mark (an NFD tone) takes none.
        var walls: [Slice<ScalarBuffer>.Index] = []
        var column = 0
        let boundaries = Set(columns)
        for index in text.indices {
            let scalar = text[index]
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "|", boundaries.contains(column) { walls.append(index) }
            column += 1
        }
        guard column == last + 1, walls.count >= 2 else { return nil }
        let cells = zip(walls, walls.dropFirst()).map { open, close in
            var piece = trimmed(text[(open + 1)..<close])
            if piece.last == "\\" { piece = trimmed(piece.dropLast()) }
            return Array(piece)
        }
        return (cells, walls)
    }

    private static func trimmed(_ text: Slice<ScalarBuffer>) -> Slice<ScalarBuffer> {
        var lower = text.startIndex, upper = text.endIndex
        while lower < upper, text[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].properties.isWhitespace { upper -= 1 }
        return text[lower..<upper]
    }
}
