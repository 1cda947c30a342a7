/// Where each token key occurs in a document, so that a phrase is looked up by its first
/// syllable instead of scanning the whole token list once per phrase.
public struct TokenIndex: Sendable {
    private var byKey: [String: [Int32]] = [:]
    /// Positions of tokens written without diacritics, by their folded form.
    private var plainByFold: [String: [Int32]] = [:]

    public init(_ tokens: [Token]) {
        for (index, token) in tokens.enumerated() {
            byKey[token.key, default: []].append(Int32(index))
            if token.allowsFallback, !token.fold.isEmpty {
                plainByFold[token.fold, default: []].append(Int32(index))
            }
        }
    }

    /// Start positions (ascending) of every occurrence of `phrase`, with its strength.
    public func occurrences(of phrase: Phrase, in tokens: [Token]) -> [(start: Int, strength: Phrase.Strength)] {
        guard let firstKey = phrase.keys.first, let firstFold = phrase.folds.first else { return [] }
        var starts = byKey[firstKey] ?? []
        if firstFold != firstKey, let plain = plainByFold[firstFold] {
            starts = Array(Set(starts).union(plain)).sorted()
        }
        var result: [(start: Int, strength: Phrase.Strength)] = []
        for start in starts {
            if let strength = phrase.match(at: Int(start), in: tokens) {
                result.append((Int(start), strength))
            }
        }
        return result
    }
}
