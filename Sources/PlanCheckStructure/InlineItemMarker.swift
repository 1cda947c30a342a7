import PlanCheckText

/// The number of an item written inline in a paragraph, in brackets and followed by a space:
/// "(3) ", "(iii) ", "(c) ". Its ordinal counts from 1 in its own kind's order (the Vietnamese
/// alphabet for letters: a, b, c, d, đ, e, g, …), so "(i)" opens a Roman list and "(a)" a lettered one.
struct InlineItemMarker {
    enum Kind { case number, roman, letter }

    var kind: Kind
    var ordinal: Int
    /// Where the text after the marker (and its space) starts.
    var end: Int

    static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
    static let letters: [Unicode.Scalar] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
                                            "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The marker at `index`, read as `kind` when given (the later items of a lettered list read
    /// "(i)" as its ninth letter), else as the first kind it reads as.
    init?(at index: Int, _ range: Range<Int>, _ scalars: ScalarBuffer, as wanted: Kind? = nil) {
        guard index < range.upperBound, scalars[index] == "(" else { return nil }
        var close = index + 1
        while close < range.upperBound, close - index <= 5, scalars[close] != ")" { close += 1 }
        guard close < range.upperBound, scalars[close] == ")", close > index + 1 else { return nil }
        // Bold or italic around the marker ("**(1)** Rà soát …") does not hide it.
        var after = close + 1
        while after < range.upperBound, scalars[after] == "*" || scalars[after] == "_" { after += 1 }
        guard after < range.upperBound, scalars[after].properties.isWhitespace else { return nil }
        let inner = scalars[(index + 1)..<close]
        guard let (kind, ordinal) = (wanted.map { [$0] } ?? [.number, .roman, .letter]).lazy
            .compactMap({ kind in Self.ordinal(of: inner, as: kind).map { (kind, $0) } }).first else { return nil }
        self.kind = kind
        self.ordinal = ordinal
        end = after
    }

    private static func ordinal(of inner: Slice<ScalarBuffer>, as kind: Kind) -> Int? {
        switch kind {
        case .number:
            guard inner.count <= 3, inner.allSatisfy({ $0.isASCII && $0.properties.numericType == .decimal }) else { return nil }
            return inner.reduce(0) { $0 * 10 + Int($1.value) - 48 }
        case .roman:
            return romans.firstIndex(of: String(String.UnicodeScalarView(inner))).map { $0 + 1 }
        case .letter:
            guard inner.count == 1, let first = inner.first else { return nil }
            return letters.firstIndex(of: first).map { $0 + 1 }
        }
    }
}
