/// The matching view of a text: normalised scalars with a map back to the original, and the tokens.
///
/// Normalised text is what regex terms run on: NFC, lowercase, canonical tone placement, Ð → đ,
/// no-break and other spaces → space, zero-width characters and soft hyphens removed, curly
/// quotes → straight quotes, dashes → "-".
package struct NormalizedText: Sendable {
    /// Unusual ways of writing Vietnamese that the normaliser met (reported as DS903).
    public struct Variants: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Letters written as a base letter plus combining marks (NFD, or a mix).
        public static let decomposed = Variants(rawValue: 1)
        /// "Ð"/"ð" (Icelandic eth) used for "Đ"/"đ".
        public static let ethForDStroke = Variants(rawValue: 2)
    }

    public let scalars: ScalarBuffer
    public let variants: Variants
    /// For each normalised scalar, the original range it came from.
    let offsets: OffsetMap
    package let tokens: [Token]

    init(scalars: ScalarBuffer, offsets: OffsetMap, tokens: [Token], variants: Variants) {
        self.scalars = scalars
        self.variants = variants
        self.offsets = offsets
        self.tokens = tokens
    }

    /// The original range that a range of normalised scalars came from.
    public func originalRange(_ normalized: Range<Int>) -> Range<Int> {
        guard !normalized.isEmpty, normalized.lowerBound < scalars.count else {
            let at = normalized.lowerBound >= 0 && normalized.lowerBound < offsets.count ? offsets.start(of: normalized.lowerBound)
                : offsets.lastEnd
            return at..<at
        }
        let last = min(normalized.upperBound, scalars.count) - 1
        return offsets.start(of: normalized.lowerBound)..<offsets.end(of: last)
    }

    /// The normalised range that covers an original range.
    public func normalizedRange(_ original: Range<Int>) -> Range<Int> {
        let lower = offsets.firstEnding(after: original.lowerBound)
        let upper = offsets.firstStarting(atOrAfter: original.upperBound)
        return lower..<max(lower, upper)
    }

    /// Index of the first token that ends after `offset` (original offsets).
    public func firstToken(endingAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].end) <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Tokens that lie inside an original range.
    public func tokenRange(_ original: Range<Int>) -> Range<Int> {
        let lower = firstToken(endingAfter: original.lowerBound)
        var upper = lower
        while upper < tokens.count, Int(tokens[upper].start) < original.upperBound { upper += 1 }
        return lower..<upper
    }

    public func string(_ normalized: Range<Int>) -> String {
        return String(scalars: scalars[normalized.clamped(to: 0..<scalars.count)])
    }

}
