/// Spellings that mean the same thing, applied to token streams (documents and rule phrases
/// alike) after tokenising, so that a rule written with one spelling matches the others.
enum Vocabulary {
    /// Two-syllable words whose syllables may come in either order with the same meaning.
    private static let swapped: [(Syllable, Syllable)] = [(Syllable("đảm"), Syllable("bảo"))]

    /// Abbreviations officials use, read as their full words: the `abbreviations:` list of the
    /// concept vocabulary (Rules/qd142/concepts.yml), built in as `AbbreviationTable`.
    private static let abbreviations: [[Syllable]: [(key: Syllable, fold: Syllable)]] = {
        var result: [[Syllable]: [(key: Syllable, fold: Syllable)]] = [:]
        for (short, long) in AbbreviationTable.entries {
            result[short.split(separator: " ").map { Syllable(String($0)) }] = long.split(separator: " ").map {
                (Syllable(String($0)), Syllable(VietnameseAlphabet.fold($0.unicodeScalars)))
            }
        }
        return result
    }()
    private static let longestAbbreviation = abbreviations.keys.map(\.count).max() ?? 1
    /// First syllables of the abbreviations: only tokens among these can start one.
    /// As sorted IDs, searched by halving: the check runs on every token of every document, and
    /// hashing a syllable for a `Set` cost more than the rest of the pass.
    private static let firstSyllables: [UInt32] = Set(abbreviations.keys.compactMap(\.first?.id)).sorted()

    private static func mayStartAbbreviation(_ syllable: Syllable) -> Bool {
        var low = 0, high = firstSyllables.count
        while low < high {
            let mid = (low + high) / 2
            if firstSyllables[mid] == syllable.id { return true }
            if firstSyllables[mid] < syllable.id { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// `defined`: where the text uses an abbreviation it defines for itself (`DefinedAbbreviations`),
    /// by token index; there its definition wins over a built-in one.
    static func rewrite(_ tokens: inout [Token], defined: [Int: DefinedAbbreviations.Words] = [:]) {
        expandAbbreviations(&tokens, defined: defined)
        guard tokens.count >= 2 else { return }
        for index in 0..<(tokens.count - 1) {
            for (first, second) in swapped where tokens[index].key == first && tokens[index + 1].key == second {
                let (a, b) = (tokens[index], tokens[index + 1])
                (tokens[index].key, tokens[index].fold) = (b.key, b.fold)
                (tokens[index + 1].key, tokens[index + 1].fold) = (a.key, a.fold)
            }
        }
    }

    /// Each expanded word keeps the range of what was written, so evidence quotes "CSDL".
    /// In place: the abbreviations are found first, the array grows once by the words they add,
    /// and tokens move right from the back — no second token array (it was the largest single
    /// allocation of a check).
    private static func expandAbbreviations(_ tokens: inout [Token], defined: [Int: DefinedAbbreviations.Words]) {
        func abbreviation(at index: Int) -> (Int, [(key: Syllable, fold: Syllable)])? {
            if !defined.isEmpty, let words = defined[index] { return (1, words) }
            return mayStartAbbreviation(tokens[index].key) ? Self.abbreviation(at: index, in: tokens) : nil
        }
        let firstDefined = defined.keys.min() ?? tokens.count
        guard let first = tokens[..<firstDefined].firstIndex(where: { mayStartAbbreviation($0.key) }) ?? (firstDefined < tokens.count ? firstDefined : nil)
        else { return }
        var found: [(index: Int, length: Int, words: [(key: Syllable, fold: Syllable)])] = []
        var added = 0
        var index = first
        while index < tokens.count {
            if let (length, words) = abbreviation(at: index) {
                found.append((index, length, words))
                added += words.count - length
                index += length
            } else {
                index += 1
            }
        }
        guard !found.isEmpty else { return }
        // Every abbreviation is written in no more syllables than its words (the generator of the
        // table refuses others; a test checks the table), so moving back to front never overwrites
        // a token not yet moved.
        let count = tokens.count
        tokens.reserveCapacity(count + added)
        if let last = tokens.last { tokens.append(contentsOf: repeatElement(last, count: added)) }
        var read = count, write = count + added
        for entry in found.reversed() {
            let end = entry.index + entry.length
            while read > end {
                read -= 1
                write -= 1
                tokens[write] = tokens[read]
            }
            for expanded in expansion(entry.words, of: tokens[entry.index..<end]).reversed() {
                write -= 1
                tokens[write] = expanded
            }
            read = entry.index
        }
    }

    /// The words of an abbreviation as tokens, on the written range.
    private static func expansion(_ words: [(key: Syllable, fold: Syllable)], of written: ArraySlice<Token>) -> [Token] {
        guard let first = written.first, let last = written.last else { return [] }
        return words.enumerated().map { position, word in
            var expanded = Token(key: word.key, fold: word.fold, isWord: true, start: Int(first.start), end: Int(last.end))
            // The written abbreviation keeps its place in the clause; its words run together.
            expanded.clauseBreakBefore = position == 0 && first.clauseBreakBefore
            return expanded
        }
    }

    /// The longest abbreviation written at `index`: its length in tokens and its words.
    private static func abbreviation(at index: Int, in tokens: [Token]) -> (Int, [(key: Syllable, fold: Syllable)])? {
        for length in stride(from: min(longestAbbreviation, tokens.count - index), through: 1, by: -1) {
            if let words = abbreviations[tokens[index..<index + length].map(\.key)] { return (length, words) }
        }
        return nil
    }
}
