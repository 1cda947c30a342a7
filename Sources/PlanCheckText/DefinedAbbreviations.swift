/// Abbreviations a document defines for itself, read as their words wherever it writes them, as
/// the built-in ones are:
/// - after the words, in parentheses: "đơn vị sự nghiệp công lập (ĐVSNCL)", "Kho dữ liệu dùng
///   chung (sau đây gọi tắt là KDLDC)";
/// - before them, as a glossary line or row has it: "| KDLDC | Kho dữ liệu dùng chung |",
///   "HTTT: hệ thống thông tin".
///
/// A definition counts only when the abbreviation is one word of three to ten letters written in
/// capitals, its letters are the initials of the words beside it ("và", "của" and the like may be
/// skipped: "KHCN" for "khoa học và công nghệ"), and words and abbreviation stand on one line (in
/// one cell, or in the cell after it). A parenthesis that says something else ("Sở Tư pháp (chủ
/// trì)", "(LGSP)" after words it does not abbreviate) defines nothing. The first definition of an
/// abbreviation holds; only its uses written in capitals are read as its words ("CÁC" defined as
/// something leaves "các" alone).
enum DefinedAbbreviations {
    typealias Words = [(key: Syllable, fold: Syllable)]

    /// Most words one abbreviation stands for (its letters plus skipped small words).
    static let longest = 12

    /// Words an abbreviation may leave out of its letters.
    private static let skippable: Set<Syllable> = Set(["và", "của", "các", "với", "cho", "về", "trong", "thuộc"].map(Syllable.word))

    /// What may stand between the words and the abbreviation inside the parentheses.
    private static let introducers: [[Syllable]] = [
        "sau đây gọi tắt là", "sau đây gọi là", "sau đây viết tắt là", "sau đây viết là", "gọi tắt là", "viết tắt là", "gọi tắt",
        "viết tắt",
    ].map { $0.split(separator: " ").map { Syllable.word(String($0)) } }

    /// The uses of the abbreviations the text defines, by token index, with their words: every
    /// token written in capitals whose key an earlier or later definition gives.
    static func uses(in tokens: [Token], source: ScalarBuffer) -> [Int: Words] {
        var defined: [Syllable: Words] = [:]
        var capitalised: [Int] = []
        for index in tokens.indices where tokens[index].isWord {
            let token = tokens[index]
            let end = Int(token.end)
            guard end <= source.count, Int(token.start) < end else { continue }
            // Cheap refusals first: a capital to start with (most words fail here).
            guard isCapital(source[Int(token.start)]) else { continue }
            guard let letters = capitals(token, source) else { continue }
            capitalised.append(index)
            guard defined[token.key] == nil, end < source.count else { continue }
            let next = source[end]
            guard next == ")" || next == "|" || next == ":" || next == " " else { continue }
            if let close = nextVisible(after: end, in: source), close.scalar == ")",
               let words = before(index, letters: letters, tokens: tokens, source: source) {
                defined[token.key] = words
            } else if let words = after(index, letters: letters, tokens: tokens, source: source) {
                defined[token.key] = words
            }
        }
        guard !defined.isEmpty else { return [:] }
        var uses: [Int: Words] = [:]
        for index in capitalised { if let words = defined[tokens[index].key] { uses[index] = words } }
        return uses
    }

    /// The folded letters of a token written in capitals, three to ten of them.
    private static func capitals(_ token: Token, _ source: ScalarBuffer) -> [Unicode.Scalar]? {
        let range = Int(token.start)..<Int(token.end)
        guard range.count >= 3, range.count <= 30 else { return nil }  // ten letters, NFD marks beside them
        // All capitals first (most capitalised words fail at their second letter), then the letters.
        for offset in range {
            let scalar = source[offset]
            guard isCapital(scalar) else { return nil }
        }
        let letters: [Unicode.Scalar] = range.compactMap { offset in
            let scalar = source[offset]
            guard scalar.properties.generalCategory != .nonspacingMark else { return nil }  // an NFD mark
            return VietnameseAlphabet.fold(scalar.properties.lowercaseMapping.unicodeScalars).unicodeScalars.first
        }
        return (3...10).contains(letters.count) ? letters : nil
    }

    /// A capital letter (or an NFD mark, whose letter decides), told by its code point for ASCII
    /// and the Vietnamese letters: most words start with a small letter, and asking the Unicode
    /// property for each was a visible part of a check. Other scripts ask the property.
    @inline(__always) private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return true                              // A–Z
        case 0..<0x80: return false                                // other ASCII, a–z
        case 0xC0...0xDE: return value != 0xD7                     // À–Þ (not ×)
        case 0xDF...0xFF: return false                             // ß–ÿ
        case 0x1A0, 0x1AF: return true                             // Ơ, Ư
        case 0x1A1, 0x1B0: return false                            // ơ, ư
        case 0x100...0x137, 0x14A...0x177, 0x1EA0...0x1EF9: return value & 1 == 0  // Ă/ă, Đ/đ, Ạ/ạ …
        case 0x300...0x36F: return true                            // an NFD mark: its letter decides
        default: return scalar.properties.isUppercase
        }
    }

    private static func nextVisible(after offset: Int, in source: ScalarBuffer) -> (scalar: Unicode.Scalar, offset: Int)? {
        var offset = offset
        while offset < source.count, source[offset] == " " { offset += 1 }
        return offset < source.count ? (source[offset], offset) : nil
    }

    /// "… words (ABBR)" or "… words (sau đây gọi tắt là ABBR)": the words before the parenthesis.
    private static func before(_ index: Int, letters: [Unicode.Scalar], tokens: [Token], source: ScalarBuffer) -> Words? {
        var last = index - 1
        // An introducer between the parenthesis and the abbreviation.
        for introducer in introducers where last - introducer.count + 1 >= 0 {
            let start = last - introducer.count + 1
            if zip(tokens[start...last], introducer).allSatisfy({ $0.key == $1 }) {
                last = start - 1
                break
            }
        }
        guard last >= 0 else { return nil }
        // The parenthesis opens right after the words: nothing else stands between.
        let gap = (Int(tokens[last].end)..<Int(tokens[last + 1].start)).map { source[$0] }.filter { $0 != " " }
        guard gap == ["("] else { return nil }
        // Match letters from the last; the words run together (no clause break among them).
        var letter = letters.count - 1
        var first = last + 1
        var position = last
        while letter >= 0, position >= 0, last - position < longest {
            let word = tokens[position]
            guard word.isWord, position == last || !tokens[position + 1].clauseBreakBefore else { return nil }
            if initial(word, source) == letters[letter] {
                letter -= 1
                first = position
            } else if !skippable.contains(word.key) {
                return nil
            }
            position -= 1
        }
        guard letter < 0, onOneLine(Int(tokens[first].start)..<Int(tokens[index].start), source) else { return nil }
        return tokens[first...last].map { ($0.key, $0.fold) }
    }

    /// "ABBR | words |", "ABBR: words", "ABBR - words": the words after a separator.
    private static func after(_ index: Int, letters: [Unicode.Scalar], tokens: [Token], source: ScalarBuffer) -> Words? {
        let first = index + 1
        guard first < tokens.count else { return nil }
        let gap = Int(tokens[index].end)..<Int(tokens[first].start)
        let marks = gap.map { source[$0] }.filter { $0 != " " }
        guard marks.count == 1, let mark = marks.first, "|:-–—=".unicodeScalars.contains(mark) else { return nil }
        var letter = 0
        var position = first
        while letter < letters.count, position < tokens.count, position - first < longest {
            let word = tokens[position]
            guard word.isWord, position == first || !word.clauseBreakBefore else { return nil }
            if initial(word, source) == letters[letter] {
                letter += 1
            } else if !skippable.contains(word.key) || position == first {
                return nil
            }
            position += 1
        }
        // The words on the abbreviation's line, in the one cell after it.
        guard letter == letters.count, position > first,
              onOneLine(Int(tokens[index].end)..<Int(tokens[position - 1].end), source, walls: mark == "|" ? 1 : 0) else { return nil }
        return tokens[first..<position].map { ($0.key, $0.fold) }
    }

    /// No line break in the range, and at most `walls` table-cell walls ("|").
    private static func onOneLine(_ range: Range<Int>, _ source: ScalarBuffer, walls: Int = 0) -> Bool {
        var seen = 0
        for offset in range {
            let scalar = source[offset]
            if scalar == "\n" || scalar == "\r" { return false }
            if scalar == "|" { seen += 1; if seen > walls { return false } }
        }
        return true
    }

    /// The folded first letter of a word as written.
    private static func initial(_ token: Token, _ source: ScalarBuffer) -> Unicode.Scalar? {
        let start = Int(token.start)
        guard start < source.count else { return nil }
        return VietnameseAlphabet.fold(source[start].properties.lowercaseMapping.unicodeScalars).unicodeScalars.first
    }
}
