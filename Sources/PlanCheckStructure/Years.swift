import PlanCheckText

/// Years written in a plan (2000–2099), as opposed to numbers that only look like years.
package enum Years {
    /// The token as a year, unless it is part of a document number ("13/2023/NĐ-CP", "2024/QĐ")
    /// or of the date of a document cited by its number ("Quyết định số 2155/QĐ-BTP ngày 28 tháng
    /// 9 năm 2021"): that year is the cited document's, not a time of the plan.
    package static func year(ofToken index: Int, tokens: [Token], source: SourceText) -> Int? {
        let token = tokens[index]
        guard let value = token.key.number, (2000...2099).contains(value) else { return nil }
        let start = Int(token.start), end = Int(token.end)
        let slashAfter = end < source.count && source.scalars[end] == "/"
        if slashAfter, start > 0, source.scalars[start - 1] == "/" { return nil }
        if slashAfter, end + 1 < source.count, source.scalars[end + 1].properties.isAlphabetic { return nil }
        if datesACitedDocument(index, tokens: tokens, source: source) { return nil }
        return value
    }

    private static let day = Syllable.word("ngày")

    /// "… số 2155/QĐ-BTP ngày 28 tháng 9 năm 2021", "… 60/2024/QH15 ngày 30/11/2024": the date
    /// ("ngày" within six syllables before the year) follows a document symbol (a word holding a
    /// "/" and a letter) directly.
    private static func datesACitedDocument(_ index: Int, tokens: [Token], source: SourceText) -> Bool {
        guard let dayIndex = (max(0, index - 6)..<index).last(where: { tokens[$0].key == day }) else { return false }
        var cursor = Int(tokens[dayIndex].start)
        while cursor > 0, source.scalars[cursor - 1] == " " || source.scalars[cursor - 1].value == 0xA0 { cursor -= 1 }
        var slash = false, letter = false, length = 0
        while cursor > 0, length < 40 {
            let scalar = source.scalars[cursor - 1]
            if scalar.properties.isWhitespace { break }
            if scalar == "/" { slash = true } else if scalar.properties.isAlphabetic { letter = true }
            cursor -= 1
            length += 1
        }
        return slash && letter
    }

    /// Every year inside an original range.
    package static func years(in range: Range<Int>, normalized: NormalizedText, source: SourceText) -> [Int] {
        normalized.tokenRange(range).compactMap { year(ofToken: $0, tokens: normalized.tokens, source: source) }
    }
}
