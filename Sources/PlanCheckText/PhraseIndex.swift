/// A list of phrases indexed by the diacritic-free form of their first syllable, which every
/// match shares (exact and fallback alike): asking which phrases start at a token looks only at
/// those that can, instead of comparing every phrase at every token.
package struct PhraseIndex: Sendable {
    package let phrases: [Phrase]
    private let byFirstFold: [Syllable: [Int]]
    /// One bit per bucket of first folds (`bucket(_:)`): most tokens start no phrase, and a clear
    /// bit says so without hashing the token into the dictionary.
    private let firstFoldBits: [UInt64]

    package init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var byFirstFold: [Syllable: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: Self.bucketCount / 64)
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.folds.first else { continue }
            byFirstFold[first, default: []].append(index)
            let bucket = Self.bucket(first)
            bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
        self.byFirstFold = byFirstFold
        self.firstFoldBits = bits
    }

    private static let bucketCount = 1 << 14

    private static func bucket(_ syllable: Syllable) -> Int {
        Int(truncatingIfNeeded: (syllable.id &* 0x9E37_79B1) >> 18)
    }

    private func candidates(at start: Int, in tokens: [Token], end: Int) -> [Int]? {
        guard start >= 0, start < min(end, tokens.count) else { return nil }
        let fold = tokens[start].fold
        let bucket = Self.bucket(fold)
        guard firstFoldBits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
        return byFirstFold[fold]
    }

    package var isEmpty: Bool { phrases.isEmpty }

    /// Indices (in the order given) of the phrases that match at `start` and end by `end`.
    package func matches(at start: Int, in tokens: [Token], end: Int) -> [Int] {
        guard let candidates = candidates(at: start, in: tokens, end: end) else { return [] }
        return candidates.filter { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
    }

    /// The first phrase (in the order given) that matches at `start` and ends by `end`.
    package func first(at start: Int, in tokens: [Token], end: Int) -> Phrase? {
        guard let candidates = candidates(at: start, in: tokens, end: end) else { return nil }
        return candidates.first { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
            .map { phrases[$0] }
    }

    /// Whether any phrase matches at `start` and ends by `end`.
    package func matchesAny(at start: Int, in tokens: [Token], end: Int) -> Bool {
        guard let candidates = candidates(at: start, in: tokens, end: end) else { return false }
        return candidates.contains { start + phrases[$0].keys.count <= end && phrases[$0].match(at: start, in: tokens) != nil }
    }
}
