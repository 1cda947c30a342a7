import PlanCheckText

/// Plain text: each non-blank line is a block.
public enum PlainTextReader: DocumentReader {
    public static let extensions = ["txt", "text"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        let (source, legacy) = try decodeText(bytes)
        var blocks: [Block] = []
        var afterBreak = true
        var suppressions: [InlineSuppression] = []
        for line in 0..<source.lineCount {
            let range = trimmed(source.lineRange(line), in: source)
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
            blocks.append(Block(kind: .line, range: range, followsBreak: afterBreak))
            afterBreak = false
        }
        return PlanDocument(path: path, format: .text, source: source, blocks: blocks,
                            legacyEncodings: legacy.map { [$0] } ?? [], suppressions: suppressions)
    }
}
