import PlanCheckText

/// Markdown as plans are written in it: ATX headings, pipe tables, lists and paragraphs.
/// Emphasis markers stay in the text (the normaliser ignores them); fenced code and HTML comments
/// are not plan content and are skipped.
public enum MarkdownReader: DocumentReader {
    public static let extensions = ["md", "markdown"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        let (source, legacy) = try decodeText(bytes)
        var blocks: [Block] = []
        var afterBreak = true
        var inFence = false
        var inComment = false
        var suppressions: [InlineSuppression] = []
        for line in 0..<source.lineCount {
            let range = trimmed(source.lineRange(line), in: source)
            let text = source.string(range)
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                inFence.toggle()
                afterBreak = true
                continue
            }
            if inComment {
                if text.contains("-->") { inComment = false }
                continue
            }
            if text.hasPrefix("<!--") {
                if let suppression = InlineSuppression.parse(text, line: line + 1) { suppressions.append(suppression) }
                inComment = !text.contains("-->")
                continue
            }
            if inFence { continue }
            if range.isEmpty {
                afterBreak = true
                continue
            }
            if let block = heading(range, source: source) ?? tableRow(range, text: text, source: source) {
                blocks.append(Block(kind: block.kind, range: block.range, followsBreak: afterBreak))
            } else if !isTableSeparator(text) && !isThematicBreak(text) {
                blocks.append(Block(kind: .line, range: range, followsBreak: afterBreak))
            }
            afterBreak = false
        }
        var document = PlanDocument(path: path, format: .markdown, source: source, blocks: blocks,
                                    legacyEncodings: legacy.map { [$0] } ?? [])
        document.suppressions = suppressions
        return document
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

    private static func tableRow(_ range: Range<Int>, text: String, source: SourceText) -> Block? {
        guard text.hasPrefix("|"), !isTableSeparator(text) else { return nil }
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

    private static func isTableSeparator(_ text: String) -> Bool {
        text.hasPrefix("|") && text.allSatisfy { "|-: ".contains($0) } && text.contains("-")
    }

    private static func isThematicBreak(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }
}

extension MarkdownReader {
    /// A document made of a text snippet (rule examples, library callers with text in hand).
    public static func snippet(_ text: String, path: String = "<snippet>") -> PlanDocument {
        (try? read(Array(text.utf8), path: path))  // UTF-8 from a String always decodes
            ?? PlanDocument(path: path, format: .markdown, source: SourceText(text), blocks: [])
    }
}
