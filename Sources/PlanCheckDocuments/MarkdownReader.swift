import PlanCheckText

/// Markdown as plans are written in it: ATX headings, pipe tables, HTML tables and pandoc's grid
/// tables (as converters write tables whose cells hold several lines), lists and paragraphs, and
/// the HTML headings, paragraphs and lists of text pasted from a web page (HTMLBlockScanner).
/// Emphasis markers stay in the text (the normaliser ignores them); fenced code and HTML comments
/// are not plan content and are skipped.
public enum MarkdownReader: DocumentReader {
    public static let extensions = ["md", "markdown"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        let (decoded, legacy) = try decodeText(bytes)
        // Pandoc's grid tables are written again as pipe rows, line for line (see GridTableRenderer).
        let source = GridTableRenderer.render(decoded) ?? decoded
        var blocks: [Block] = []
        var afterBreak = true
        var inFence = false
        var inComment = false
        var suppressions: [InlineSuppression] = []
        var htmlTableEnd = 0
        var html = HTMLBlockScanner.State()
        var tableEnds: [Int]?   // where each "</table>" ends, found at the first "<table"
        for line in 0..<source.lineCount {
            let lineRange = source.lineRange(line)
            // Lines of an HTML table already read as its rows.
            if lineRange.upperBound <= htmlTableEnd { continue }
            let range = trimmed(lineRange, in: source)
            // Line tests work on the scalars: no String is made for ordinary lines.
            let text = source.scalars[range]
            if Self.starts(text, "```") || Self.starts(text, "~~~") {
                inFence.toggle()
                afterBreak = true
                continue
            }
            if inComment {
                if Self.contains(text, "-->") { inComment = false }
                continue
            }
            if Self.starts(text, "<!--") {
                if let suppression = InlineSuppression.parse(source.string(range), line: line + 1) { suppressions.append(suppression) }
                inComment = !Self.contains(text, "-->")
                continue
            }
            if inFence { continue }
            if text.first == "<", let start = HTMLBlockScanner.tableStart(range, source: source) {
                if tableEnds == nil { tableEnds = HTMLTableScanner.tableEnds(in: source) }
                if let table = HTMLTableScanner.rows(in: source, from: start, ends: tableEnds ?? []) {
                    blocks += table.rows
                    htmlTableEnd = table.end
                    // Text after "</table>" on its line is a line of its own (closing tags are not).
                    let rest = trimmed(table.end..<source.lineEnds[source.lineIndex(of: max(0, table.end - 1))], in: source)
                    if !HTMLBlockScanner.isMarkupOnly(rest, source: source) { blocks.append(Block(kind: .line, range: rest, followsBreak: true)) }
                    afterBreak = true
                    continue
                }
            }
            if html.openHeading != nil {
                if let heading = HTMLBlockScanner.continueHeading(range, source: source, state: &html) { blocks.append(heading) }
                afterBreak = true
                continue
            }
            if range.isEmpty {
                afterBreak = true
                continue
            }
            if text.first == "<", let read = HTMLBlockScanner.blocks(range, source: source, state: &html, afterBreak: afterBreak) {
                blocks += read.blocks
                afterBreak = read.endsBlock || (afterBreak && read.blocks.isEmpty)
                continue
            }
            if let block = heading(range, source: source) ?? tableRow(range, source: source) {
                html.pendingItem = false  // a `<li>` with no text before a heading or a row is empty
                blocks.append(Block(kind: block.kind, range: block.range, followsBreak: afterBreak))
            } else if !Self.isTableSeparator(text) && !Self.isThematicBreak(text) {
                var content = Self.withoutEmphasis(range, source: source)
                let emphasized = content != range
                if !content.isEmpty, source.scalars[content.upperBound - 1] == ">" {
                    content = HTMLBlockScanner.withoutClosingTags(content, source: source)
                }
                // The text of a `<li>` written on the lines after it is the item.
                let item = html.pendingItem
                html.pendingItem = false
                blocks.append(Block(kind: .line, range: content, followsBreak: afterBreak || item, emphasized: emphasized,
                                    indent: item ? 4 * html.listDepth : Self.indent(of: range, line: lineRange, in: source),
                                    listItem: item))
                if html.listDepth > 0 { HTMLBlockScanner.countLists(range, source: source, state: &html) }
            }
            afterBreak = false
        }
        return PlanDocument(path: path, format: .markdown, source: source, blocks: blocks,
                            legacyEncodings: legacy.map { [$0] } ?? [], suppressions: suppressions)
    }

    /// A line wholly in bold or italics ("**I. MỤC ĐÍCH, YÊU CẦU**", as Word exports headings)
    /// without its markers, so that its label and title read as those of any other line.
    static func withoutEmphasis(_ range: Range<Int>, source: SourceText) -> Range<Int> {
        let scalars = source.scalars
        var lower = range.lowerBound, upper = range.upperBound
        while upper - lower >= 2, scalars[lower] == scalars[upper - 1], scalars[lower] == "*" || scalars[lower] == "_" {
            lower += 1
            upper -= 1
        }
        // Nothing but markers ("**"): not a line of text to read as a heading.
        guard lower > range.lowerBound, lower < upper else { return range }
        // "**a** và **b**" is not one emphasised line: the markers must open and close the whole.
        let marker = scalars[range.lowerBound]
        if scalars[lower..<upper].contains(marker) { return range }
        return trimmed(lower..<upper, in: source)
    }

    private static func contains(_ text: Slice<ScalarBuffer>, _ needle: String) -> Bool {
        let pattern = Array(needle.unicodeScalars)
        guard text.count >= pattern.count else { return false }
        var index = text.startIndex
        while index + pattern.count <= text.endIndex {
            if text[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    private static func heading(_ range: Range<Int>, source: SourceText) -> Block? {
        var index = range.lowerBound
        while index < range.upperBound, source.scalars[index] == "#" { index += 1 }
        let level = index - range.lowerBound
        guard (1...6).contains(level), index == range.upperBound || source.scalars[index] == " " else { return nil }
        var end = range.upperBound
        while end > index, source.scalars[end - 1] == "#" { end -= 1 }  // closing hashes
        return Block(kind: .heading(level: level), range: trimmed(index..<end, in: source), followsBreak: true)
    }

    private static func tableRow(_ range: Range<Int>, source: SourceText) -> Block? {
        let text = source.scalars[range]
        guard text.first == "|", !isTableSeparator(text) else { return nil }
        var cells: [Range<Int>] = []
        var start = range.lowerBound + 1
        var index = start
        while index < range.upperBound {
            let scalar = source.scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "|" {
                cells.append(trimmed(start..<index, in: source))
                start = index + 1
            }
            index += 1
        }
        if start < range.upperBound { cells.append(trimmed(start..<range.upperBound, in: source)) }
        return Block(kind: .tableRow(cells: cells), range: range, followsBreak: false)
    }

    private static func isTableSeparator(_ text: Slice<ScalarBuffer>) -> Bool {
        text.first == "|" && text.allSatisfy { "|-: ".unicodeScalars.contains($0) } && text.contains("-")
    }

    /// `---`, `***` or `___` (spaces allowed between).
    private static func isThematicBreak(_ text: Slice<ScalarBuffer>) -> Bool {
        var mark: Unicode.Scalar?
        var count = 0
        for scalar in text where scalar != " " {
            if mark == nil, scalar == "-" || scalar == "*" || scalar == "_" { mark = scalar }
            guard scalar == mark else { return false }
            count += 1
        }
        return count >= 3
    }
}

extension MarkdownReader {
    /// Whether text pasted without a file name is Markdown: it has an ATX heading ("# …" to
    /// "###### …"), a pipe table's separator row ("|---|---|"), or two lines that are bold
    /// only ("**I. MỤC TIÊU**"), which plain text copied from Word does not have.
    public static func looksLikeMarkdown(_ text: String) -> Bool {
        var boldLines = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let scalars = trimmed.unicodeScalars
            let hashes = scalars.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), scalars.dropFirst(hashes).first == " " { return true }
            if isTableSeparator(ScalarBuffer(scalars)[...]) { return true }
            let body = trimmed.trimmingCharacters(in: .whitespaces)
            if body.count > 4, body.hasPrefix("**"), body.hasSuffix("**"), !body.dropFirst(2).dropLast(2).contains("**") {
                boldLines += 1
                if boldLines == 2 { return true }
            }
        }
        return false
    }

    /// A document made of a text snippet (rule examples, library callers with text in hand).
    public static func snippet(_ text: String, path: String = "<snippet>") -> PlanDocument {
        (try? read(Array(text.utf8), path: path))  // UTF-8 from a String always decodes
            ?? PlanDocument(path: path, format: .markdown, source: SourceText(text), blocks: [])
    }
}
