import PlanCheckText

/// What a draft carries that is not the plan: reviewers' notes left in square brackets ("[Vụ KHTC:
/// đề nghị làm rõ nguồn vốn]", "[ý kiến Văn phòng Bộ: đề nghị lùi sang 2028]") and text struck
/// through as typed ("~~Quý IV/2026~~ Quý II/2027"). Neither commits to anything: no evidence.
/// A bracket of a few words only ("[1]", "[x]", a Markdown link "[Phụ lục](…)") is not a note.
enum DraftNotes {
    /// Words a bracket must hold to be a note, and how far on its line a note may run.
    static let minimumWords = 4
    static let reach = 2_000

    /// Token ranges of the notes, in text order. One pass over the text: brackets are paired on
    /// their line with a stack, "~~" marks two by two.
    static func find(in source: SourceText, _ normalized: NormalizedText) -> [Range<Int>] {
        let scalars = source.scalars
        var notes: [Range<Int>] = []
        // Open brackets on the line, each with whether a pair closed inside it: only innermost
        // pairs are read, so every scalar is read once whatever the nesting.
        var opens: [(offset: Int, nests: Bool)] = []
        var struckFrom: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                opens.removeAll(keepingCapacity: true)
                struckFrom = nil
            } else if scalar == "[" {
                opens.append((index, false))
            } else if scalar == "]", let open = opens.popLast() {
                if !opens.isEmpty { opens[opens.count - 1].nests = true }
                let inner = (open.offset + 1)..<index
                let link = index + 1 < scalars.count && scalars[index + 1] == "("
                if !open.nests, inner.count <= reach, !link {
                    let tokens = normalized.tokenRange(inner)
                    if !tokens.isEmpty, holdsRemark(inner, tokens, scalars, normalized) { notes.append(tokens) }
                }
            } else if scalar == "~", index + 1 < scalars.count, scalars[index + 1] == "~" {
                if let from = struckFrom {
                    let tokens = normalized.tokenRange(from..<index)
                    if !tokens.isEmpty, index - from <= reach { notes.append(tokens) }
                    struckFrom = nil
                } else {
                    struckFrom = index + 2
                }
                index += 2
                continue
            }
            index += 1
        }
        return notes.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether the "[" at `open` opens a note that closes within `range` (a task's lead: short).
    static func isNote(opening open: Int, in range: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        guard open < range.upperBound else { return false }
        var depth = 0
        for index in (open + 1)..<range.upperBound {
            if scalars[index] == "[" { depth += 1 }
            if scalars[index] == "]" {
                if depth == 0 { return holdsRemark((open + 1)..<index, normalized.tokenRange((open + 1)..<index), scalars, normalized) }
                depth -= 1
            }
        }
        return false
    }

    /// A few words at least, and a remark.
    private static func holdsRemark(_ inner: Range<Int>, _ tokens: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        normalized.tokens[tokens].filter(\.isWord).count >= minimumWords && isRemark(inner, tokens, scalars, normalized)
    }

    /// A remark, not a bracketed list ("[Sở Du lịch; Sở Văn hóa]"): who says it before a colon
    /// ("[Vụ KHTC: …]"), a question ("[Cục TMĐT&KTS hay Văn phòng Bộ?]"), or the words of one
    /// ("[đề nghị làm rõ nguồn vốn]", "[ý kiến: …]").
    private static func isRemark(_ inner: Range<Int>, _ tokens: Range<Int>, _ scalars: ScalarBuffer, _ normalized: NormalizedText) -> Bool {
        if scalars[inner].contains("?") { return true }
        // A colon after who speaks ("[Vụ KHTC: …]", "[Văn phòng Bộ: …]"), not after a list's
        // lead-in ("[gồm: …]", "[Nguồn: …]") or a field's label ("[Chủ trì: …]").
        if scalars[inner].contains(":"), let first = tokens.first, speakers.contains(normalized.tokens[first].key) { return true }
        return tokens.contains { index in remarkWords.matchesAny(at: index, in: normalized.tokens, end: tokens.upperBound) }
    }

    /// The first word of who makes a remark: a unit or a person.
    private static let speakers: Set<Syllable> = Set(["vụ", "cục", "văn", "sở", "ban", "phòng", "trung", "thanh", "bộ", "ubnd",
                                                      "lãnh", "đồng", "đ/c", "tổ", "nhóm", "viện", "tổng", "ý"].map(Syllable.word))

    private static let remarkWords = PhraseIndex(["đề nghị", "ý kiến", "góp ý", "lưu ý", "ghi chú", "cân nhắc", "bổ sung sau"].map(Phrase.init))
}
