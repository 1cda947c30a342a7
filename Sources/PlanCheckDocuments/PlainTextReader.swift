import PlanCheckText

/// Plain text: each non-blank line is a block; a line with two tabs or more is a table row (a
/// table copied out of Word arrives with its cells separated by tabs), and so is a line with one
/// tab right after a row (a group row whose cells were merged), and a line of three cells or more
/// between "|". A plan forwarded by e-mail, most of its lines quoted ("> I. MỤC ĐÍCH"), is its
/// quoted lines without their markers: the message around it (headers, the sender's note and
/// signature) is not the plan.
public enum PlainTextReader: DocumentReader {
    public static let extensions = ["txt", "text"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        var (source, legacy) = try decodeText(bytes)
        var blocks: [Block] = []
        var afterBreak = true
        var suppressions: [InlineSuppression] = []
        let quoted = Self.isQuoted(source)
        var insides: [Range<Int>?] = []
        if quoted {
            insides = (0..<source.lineCount).map { Self.unquoted(source.lineRange($0), in: source) }
            // The markers become spaces: offsets, lines and columns stay the file's, and what reads
            // the text (a rule's "^II. NHIỆM VỤ", the issuer in the header) sees the plan's lines.
            var scalars = Array(source.scalars)
            for (line, inside) in insides.enumerated() {
                guard let inside else { continue }
                for offset in source.lineRange(line).lowerBound..<inside.lowerBound where scalars[offset] == ">" { scalars[offset] = " " }
            }
            source = SourceText(String(String.UnicodeScalarView(scalars)))
        }
        for line in 0..<source.lineCount {
            var lineRange = source.lineRange(line)
            if quoted {
                guard let inside = insides[line] else {
                    if !trimmed(lineRange, in: source).isEmpty { afterBreak = true }
                    continue
                }
                lineRange = inside
            }
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
            let whole = lineRange
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

    /// Whether most lines with text (half or more, ten at least) open with a quote marker, as a
    /// message forwarded by e-mail quotes the plan it carries. One quoted line is text: "> 80%".
    private static func isQuoted(_ source: SourceText) -> Bool {
        var quoted = 0, text = 0
        for line in 0..<source.lineCount {
            let range = trimmed(source.lineRange(line), in: source)
            guard !range.isEmpty else { continue }
            text += 1
            if source.scalars[range.lowerBound] == ">" { quoted += 1 }
        }
        return quoted >= 10 && quoted * 2 >= text
    }

    /// The line after its quote markers ("> ", "> > ", ">"), one space after each marker being
    /// part of it: what is indented after the marker stays indented. Nil for a line not quoted.
    private static func unquoted(_ line: Range<Int>, in source: SourceText) -> Range<Int>? {
        var start = line.lowerBound
        while start < line.upperBound, source.scalars[start] == " " { start += 1 }
        guard start < line.upperBound, source.scalars[start] == ">" else { return nil }
        while start < line.upperBound, source.scalars[start] == ">" {
            start += 1
            if start < line.upperBound, source.scalars[start] == " " { start += 1 }
        }
        return start..<line.upperBound
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
