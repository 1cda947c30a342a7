import PlanCheckText

/// Years written in a plan (2000–2099), as opposed to numbers that only look like years.
package enum Years {
    /// The token as a year, unless it is part of a document number ("13/2023/NĐ-CP", "2024/QĐ").
    package static func year(ofToken index: Int, tokens: [Token], source: SourceText) -> Int? {
        let token = tokens[index]
        guard let value = token.key.number, (2000...2099).contains(value) else { return nil }
        let start = Int(token.start), end = Int(token.end)
        let slashAfter = end < source.count && source.scalars[end] == "/"
        if slashAfter, start > 0, source.scalars[start - 1] == "/" { return nil }
        if slashAfter, end + 1 < source.count, source.scalars[end + 1].properties.isAlphabetic { return nil }
        return value
    }

    /// Every year inside an original range.
    package static func years(in range: Range<Int>, normalized: NormalizedText, source: SourceText) -> [Int] {
        normalized.tokenRange(range).compactMap { year(ofToken: $0, tokens: normalized.tokens, source: source) }
    }
}
