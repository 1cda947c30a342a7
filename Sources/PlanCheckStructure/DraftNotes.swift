import PlanCheckText

/// What a draft carries that is not the plan: reviewers' notes left in square brackets ("[Vụ KHTC:
/// đề nghị làm rõ nguồn vốn]", "[ý kiến Văn phòng Bộ: đề nghị lùi sang 2028]") and text struck
/// through as typed ("~~Quý IV/2026~~ Quý II/2027"). Neither commits to anything: no evidence.
/// A bracket of a few words only ("[1]", "[x]", a Markdown link "[Phụ lục](…)") is not a note.
enum DraftNotes {
    /// Words a bracket must hold to be a note, and how far on its line a note may run.
    static let minimumWords = 4
    static let reach = 2_000

    /// Token ranges of the notes, in text order.
    static func find(in source: SourceText, _ normalized: NormalizedText) -> [Range<Int>] {
        let scalars = source.scalars
        var notes: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[" || (scalar == "~" && index + 1 < scalars.count && scalars[index + 1] == "~") {
                let struck = scalar == "~"
                let open = struck ? 2 : 1
                if let close = closing(from: index + open, struck: struck, scalars) {
                    let inner = (index + open)..<close
                    let tokens = normalized.tokenRange(inner)
                    let end = close + open
                    let link = !struck && end < scalars.count && scalars[end] == "("
                    if !tokens.isEmpty, struck || (!link && holdsRemark(inner, tokens, scalars, normalized)) {
                        notes.append(tokens)
                    }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return notes
    }

    /// Whether the "[" at `open` opens a note that closes within `range`.
    static func isNote(opening open: Int, in range: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        guard let close = closing(from: open + 1, struck: false, scalars), close < range.upperBound else { return false }
        let inner = (open + 1)..<close
        return holdsRemark(inner, normalized.tokenRange(inner), scalars, normalized)
    }

    /// A few words at least, and a remark.
    private static func holdsRemark(_ inner: Range<Int>, _ tokens: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        normalized.tokens[tokens].filter(\.isWord).count >= minimumWords && isRemark(inner, tokens, scalars, normalized)
    }

    /// A remark, not a bracketed list ("[Sở Du lịch; Sở Văn hóa]"): who says it before a colon
    /// ("[Vụ KHTC: …]"), a question ("[Cục TMĐT&KTS hay Văn phòng Bộ?]"), or the words of one
    /// ("[đề nghị làm rõ nguồn vốn]", "[ý kiến: …]").
    private static func isRemark(_ inner: Range<Int>, _ tokens: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        if scalars[inner].contains(where: { $0 == ":" || $0 == "?" }) { return true }
        return tokens.contains { index in remarkWords.matchesAny(at: index, in: normalized.tokens, end: tokens.upperBound) }
    }

    private static let remarkWords = PhraseIndex(["đề nghị", "ý kiến", "góp ý", "lưu ý", "ghi chú", "cân nhắc", "bổ sung sau"].map(Phrase.init))

    /// Where the note opened before `start` closes on its line: "]" (after any nested "[…]") or "~~".
    private static func closing(from start: Int, struck: Bool, _ scalars: ScalarBuffer) -> Int? {
        var depth = 0, index = start
        while index < scalars.count, index - start < reach, scalars[index] != "\n" {
            let scalar = scalars[index]
            if struck {
                if scalar == "~", index + 1 < scalars.count, scalars[index + 1] == "~" { return index > start ? index : nil }
            } else if scalar == "[" {
                depth += 1
            } else if scalar == "]" {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }
}
