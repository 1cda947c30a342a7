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

    static func rewrite(_ tokens: inout [Token]) {
        expandAbbreviations(&tokens)
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
    private static func expandAbbreviations(_ tokens: inout [Token]) {
        guard let first = tokens.firstIndex(where: { mayStartAbbreviation($0.key) }) else { return }
        var result: [Token] = []
        result.reserveCapacity(tokens.count + tokens.count / 8)
        result.append(contentsOf: tokens[..<first])
        var index = first
        while index < tokens.count {
            var matched = false
            let candidate = mayStartAbbreviation(tokens[index].key)
            for length in stride(from: min(longestAbbreviation, tokens.count - index), through: 1, by: -1) where candidate {
                let keys = tokens[index..<index + length].map(\.key)
                guard let words = abbreviations[keys] else { continue }
                let start = Int(tokens[index].start), end = Int(tokens[index + length - 1].end)
                for (position, word) in words.enumerated() {
                    var expanded = Token(key: word.key, fold: word.fold, isWord: true, start: start, end: end)
                    // The written abbreviation keeps its place in the clause; its words run together.
                    expanded.clauseBreakBefore = position == 0 && tokens[index].clauseBreakBefore
                    result.append(expanded)
                }
                index += length
                matched = true
                break
            }
            if !matched {
                result.append(tokens[index])
                index += 1
            }
        }
        tokens = result
    }
}
