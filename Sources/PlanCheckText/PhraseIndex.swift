/// A list of phrases indexed by the diacritic-free form of their first syllable, which every
/// match shares (exact and fallback alike): asking which phrases start at a token looks only at
/// those that can, instead of comparing every phrase at every token.
package struct PhraseIndex: Sendable {
    package let phrases: [Phrase]
    private let byFirstFold: [Syllable: [Int]]

    package init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var byFirstFold: [Syllable: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.folds.first else { continue }
            byFirstFold[first, default: []].append(index)
        }
        self.byFirstFold = byFirstFold
    }

    package var isEmpty: Bool { phrases.isEmpty }

    /// Indices (in the order given) of the phrases that match at `start` and end by `end`.
    package func matches(at start: Int, in tokens: [Token], end: Int) -> [Int] {
        guard start >= 0, start < min(end, tokens.count), let candidates = byFirstFold[tokens[start].fold] else { return [] }
        return candidates.filter { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
    }

    /// The first phrase (in the order given) that matches at `start` and ends by `end`.
    package func first(at start: Int, in tokens: [Token], end: Int) -> Phrase? {
        guard start >= 0, start < min(end, tokens.count), let candidates = byFirstFold[tokens[start].fold] else { return nil }
        return candidates.first { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
            .map { phrases[$0] }
    }

    /// Whether any phrase matches at `start` and ends by `end`.
    package func matchesAny(at start: Int, in tokens: [Token], end: Int) -> Bool {
        guard start >= 0, start < min(end, tokens.count), let candidates = byFirstFold[tokens[start].fold] else { return false }
        return candidates.contains { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
    }
}
