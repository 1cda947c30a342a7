import PlanCheckText

/// Plain text: each non-blank line is a block; a line with two tabs or more is a table row (a
/// table copied out of Word arrives with its cells separated by tabs), and so is a line with one
/// tab right after a row (a group row whose cells were merged), and a line of three cells or more
/// between "|".
public enum PlainTextReader: DocumentReader {
    public static let extensions = ["txt", "text"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        let (source, legacy) = try decodeText(bytes)
        var blocks: [Block] = []
        var afterBreak = true
        var suppressions: [InlineSuppression] = []
        for line in 0..<source.lineCount {
            let lineRange = source.lineRange(line)
            let range = trimmed(lineRange, in: source)
            if range.isEmpty {
                afterBreak = true
                continue
            }
            // Only comment lines are made into Strings.
            if starts(source.scalars[range], "<!--"),
               let suppression = InlineSuppression.parse(source.string(range), line: line + 1) {
                suppressions.append(suppression)
                continue
            }
            let whole = source.lineRange(line)
            // One tab is enough right after a row: a group row of merged cells ("II<tab>Hạ tầng số").
            let tabs = source.scalars[whole].lazy.filter({ $0 == "\t" }).count
            let afterRow = !afterBreak && blocks.last.map { if case .tableRow = $0.kind { return true } else { return false } } == true
            if tabs >= 2 || (tabs == 1 && afterRow) {
                blocks.append(Block(kind: .tableRow(cells: Self.cells(whole, in: source)), range: range, followsBreak: afterBreak))
            } else if let cells = Self.pipeCells(range, in: source) {
                // A table typed with "|" between cells ("STT | Nhiệm vụ | Đơn vị chủ trì"): its
                // separator line ("---|---") is not a row.
                if !cells.allSatisfy({ source.scalars[$0].allSatisfy { "-:= ".unicodeScalars.contains($0) } }) {
                    blocks.append(Block(kind: .tableRow(cells: cells), range: range, followsBreak: afterBreak))
                }
            } else {
                blocks.append(Block(kind: .line, range: range, followsBreak: afterBreak,
                                    indent: Self.indent(of: range, line: lineRange, in: source)))
            }
            afterBreak = false
        }
        return PlanDocument(path: path, format: .text, source: source, blocks: blocks,
                            legacyEncodings: legacy.map { [$0] } ?? [], suppressions: suppressions)
    }

    /// The cells of a line with two "|" or more between text, each trimmed (a "|" at either end
    /// opens or closes the row); nil for any other line.
    private static func pipeCells(_ line: Range<Int>, in source: SourceText) -> [Range<Int>]? {
        let pipes = line.filter { source.scalars[$0] == "|" }
        guard pipes.count >= 2 else { return nil }
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for pipe in pipes {
            cells.append(trimmed(start..<pipe, in: source))
            start = pipe + 1
        }
        cells.append(trimmed(start..<line.upperBound, in: source))
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells.count >= 3 ? cells : nil
    }

    /// The cells of a tab-separated line, each trimmed; empty cells are kept in their column.
    private static func cells(_ line: Range<Int>, in source: SourceText) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where source.scalars[index] == "\t" {
            cells.append(trimmed(start..<index, in: source))
            start = index + 1
        }
        cells.append(trimmed(start..<line.upperBound, in: source))
        return cells
    }
}
