import Foundation
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

    /// "Tháng 6/2025", "Quý IV/2025", "quý 3/2026": a deadline to the month or the quarter; and a
    /// full date, "30/9/2026", "ngày 31/12/2027", whose month is the middle number.
    private static let monthDeadline = try? NSRegularExpression(
        pattern: #"(tháng|quý|(?<![\d/.-])\d{1,2}\s*[/.-])\s*(\d{1,2}|iv|iii|ii|i)\s*[/.-]\s*(\d{4})"#, options: [.caseInsensitive])

    /// The end of a task's time frame: the latest year it names, to the month when it is written
    /// "tháng M/YYYY" or "quý Q/YYYY" (a quarter ends with its third month).
    package static func deadlineEnd(of task: PlanTask, normalized: NormalizedText) -> YearMonth? {
        guard let lastYear = task.deadlineYears.max() else { return nil }
        var end = YearMonth(year: lastYear, month: 12)
        guard let range = task.fields[.deadline], let regex = monthDeadline else { return end }
        // The normalised text: "Quý" written NFD or with an old tone placement reads the same.
        // From a little before the clause: a time frame found by its year ("2026") may be written
        // "tháng 6/2026" just before it. A group's time frame may stand before the task (under the
        // group's heading): then from its own start.
        let lower = range.lowerBound >= task.range.lowerBound ? max(task.range.lowerBound, range.lowerBound - 12) : range.lowerBound
        let text = normalized.string(normalized.normalizedRange(lower..<range.upperBound))
        var monthOfLastYear: Int?
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let kindRange = Range(match.range(at: 1), in: text), let numberRange = Range(match.range(at: 2), in: text),
                  let yearRange = Range(match.range(at: 3), in: text), let year = Int(text[yearRange]), year == lastYear else { continue }
            let number = String(text[numberRange])
            let value = Int(number) ?? ["i": 1, "ii": 2, "iii": 3, "iv": 4][number] ?? 12
            let month = text[kindRange].hasPrefix("q") ? min(12, value * 3) : min(12, max(1, value))
            monthOfLastYear = max(monthOfLastYear ?? 0, month)
        }
        if let monthOfLastYear { end.month = monthOfLastYear }
        return end
    }
}
