import PlanCheckText

/// The numbering at the start of a line of a Vietnamese administrative document.
package struct Label: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case part        // Phần I, Phần thứ nhất, Chương II
        case annex       // Phụ lục, Phụ lục I
        case article     // Điều 1.
        case section     // Mục 1.  Mục II:  (the sections of a part: "PHẦN THỨ HAI" then "Mục 1. QUAN ĐIỂM")
        case roman       // I.
        case capital     // A.  B.  Đ.  (groups above numbered items: "A. Hoàn thiện thể chế")
        case arabic      // 1.
        case dotted      // 1.1.  2.3.1
        case letter      // a)  đ)
        case dash        // -  –  •  *
        case plus        // +
        case recipients  // Nơi nhận: (the closing block, not a section of the plan)
    }

    public var kind: Kind
    /// The label as a path component: "III", "2", "1.1", "a", "Phần I", "Phụ lục II", "Điều 1".
    public var text: String
    /// Where the content after the label starts (scalar offset).
    public var contentStart: Int

    /// Nesting rank: a node closes every open node of the same or a higher rank.
    public var rank: Int {
        switch kind {
        case .part, .annex, .recipients: return 1
        case .article, .section, .roman, .capital: return 2
        case .arabic: return 3
        case .dotted: return 3 + text.split(separator: ".").count - 1
        case .letter: return 8
        case .dash: return 9
        case .plus: return 10
        }
    }

    /// Bullets are items of a list, not sections: they do not appear in section paths.
    public var isBullet: Bool { kind == .dash || kind == .plus }
}

/// Recognises labels by looking at scalars (for numbers and bullets) and at the normalised
/// tokens (for the worded labels), so "PHẦN", "Phần" and an NFD "Phần" are all seen.
enum LabelParser {
    static func parse(_ range: Range<Int>, source: SourceText, tokens: [Token], firstToken: Int) -> Label? {
        guard !range.isEmpty else { return nil }
        if let worded = wordedLabel(range, source: source, tokens: tokens, first: firstToken) { return worded }
        // Markdown escapes hide no label: Word-to-Markdown converters write a typed "- ", "b) " or
        // "1. " as "\- ", "b\) ", "1\. ". The label is read without them; offsets stay the source's.
        if let escaped = EscapedHead(range, source.scalars) {
            guard var label = scalarLabel(0..<escaped.scalars.count, escaped.scalars) else { return nil }
            label.contentStart = escaped.offsets[label.contentStart]
            return label
        }
        return scalarLabel(range, source.scalars)
    }

    /// A line with the backslashes of escaped punctuation among its first scalars removed, and
    /// for each remaining scalar (and the end) its offset in the source.
    private struct EscapedHead {
        /// What CommonMark lets a backslash escape: ASCII punctuation.
        static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)
        var scalars = ScalarBuffer()
        var offsets: [Int] = []

        init?(_ range: Range<Int>, _ source: ScalarBuffer) {
            let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 12)
            guard source[head].contains("\\") else { return nil }
            var index = range.lowerBound
            while index < range.upperBound {
                if index + 1 < head.upperBound, source[index] == "\\", Self.escapable.contains(source[index + 1]) {
                    index += 1
                }
                scalars.append(source[index])
                offsets.append(index)
                index += 1
            }
            offsets.append(range.upperBound)
        }
    }

    /// Labels written with numbers, letters and bullets.
    private static func scalarLabel(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        let first = scalars[range.lowerBound]
        switch first {
        case "-", "–", "—", "•", "·":
            return bullet(.dash, range, scalars)
        case "*" where range.count > 1 && scalars[range.lowerBound + 1].properties.isWhitespace:
            return bullet(.dash, range, scalars)
        case "+":
            return bullet(.plus, range, scalars)
        case _ where Self.symbolBullets.contains(first):
            // "✅ Cụ thể hóa …", "👉 MỤC TIÊU CHUNG" (a draft sent round by chat or e-mail); an
            // emoji may carry its presentation selector before the space.
            var next = range.lowerBound + 1
            if next < range.upperBound, scalars[next] == "\u{FE0F}" { next += 1 }
            guard next < range.upperBound, scalars[next].properties.isWhitespace else { return nil }
            return Label(kind: .dash, text: String(first), contentStart: skipSpaces(next, range, scalars))
        default:
            break
        }
        // Emphasis before a label ("**1. Xây dựng …** Chủ trì: …") does not hide it.
        var start = range.lowerBound
        while start + 1 < range.upperBound, scalars[start] == "*" || scalars[start] == "_",
              !scalars[start + 1].properties.isWhitespace { start += 1 }
        let labelled = start..<range.upperBound
        return numbered(labelled, scalars) ?? romanLabel(labelled, scalars) ?? capitalLabel(labelled, scalars)
            ?? letterLabel(labelled, scalars)
    }

    /// Symbols and emoji typed as bullets where a list has no markup.
    static let symbolBullets: Set<Unicode.Scalar> = Set("✅☑✔✓👉➡▶►▸🔹🔸🔷🔶📌📍❖◆◇●○■□▪▫★☆➢➤⇒→⭐🔺🔻💡⚡✦✧".unicodeScalars)

    private static func bullet(_ kind: Label.Kind, _ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        let next = range.lowerBound + 1
        guard next < range.upperBound, scalars[next].properties.isWhitespace else { return nil }
        return Label(kind: kind, text: String(scalars[range.lowerBound]), contentStart: skipSpaces(next, range, scalars))
    }

    /// 1.  1)  1.1.  1.1  2.3.1.  and, as some offices type them, 1-  2.3-  1/  (a dash or a slash and
    /// a space).
    private static func numbered(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        var index = range.lowerBound
        var groups = 0
        var text = ""
        while index < range.upperBound {
            let start = index
            while index < range.upperBound, scalars[index].properties.numericType == .decimal, scalars[index].isASCII { index += 1 }
            guard index > start, index - start <= 3 else { return nil }
            groups += 1
            text += String(String.UnicodeScalarView(scalars[start..<index]))
            guard index < range.upperBound else { return nil }
            let separator = scalars[index]
            if separator == ".", index + 1 < range.upperBound, scalars[index + 1].properties.numericType == .decimal {
                text += "."
                index += 1
                continue
            }
            let afterSeparator = index + 1
            let endsLabel: Bool
            if separator == "." || separator == ")" || separator == "-" || separator == "–" || separator == "/" {
                // "1- Về thể chế", "1/ MỤC ĐÍCH": the dash or slash must be followed by a space
                // ("2026-2030" is a period, "6/2027" a month, not a label).
                endsLabel = afterSeparator == range.upperBound ? separator != "-" && separator != "–" && separator != "/"
                    : scalars[afterSeparator].properties.isWhitespace
                index = afterSeparator
            } else {
                // "1.1 Tiêu đề": a dotted number may end without a dot.
                endsLabel = groups >= 2 && separator.properties.isWhitespace
            }
            guard endsLabel else { return nil }
            // "1/" numbers a part only before a title in capitals ("1/ MỤC ĐÍCH, YÊU CẦU"): a
            // footnote ("1/ Theo Nghị định …") or a date wrapped after its slash is none.
            if separator == "/" {
                let letters = scalars[index..<range.upperBound].filter { $0.properties.isAlphabetic }
                guard letters.count >= 3, letters.allSatisfy({ !$0.properties.isLowercase }) else { return nil }
            }
            return Label(kind: groups >= 2 ? .dotted : .arabic, text: text, contentStart: skipSpaces(index, range, scalars))
        }
        return nil
    }

    private static let romanDigits: Set<Unicode.Scalar> = ["I", "V", "X", "L", "C"]

    /// I.  II.  IV.  (uppercase only, so the word "I" of English text or "V/v" is not a label)
    private static func romanLabel(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        var index = range.lowerBound
        while index < range.upperBound, romanDigits.contains(scalars[index]) { index += 1 }
        guard index > range.lowerBound, index - range.lowerBound <= 6, index < range.upperBound else { return nil }
        // "C.", "D.", "L." alone are capital letters of a list (A., B., C., D. …): no plan has
        // fifty sections. "I.", "V.", "X." stay Roman numerals.
        if index - range.lowerBound == 1, "CDLM".unicodeScalars.contains(scalars[range.lowerBound]) { return nil }
        let separator = scalars[index]
        guard separator == "." || separator == ")" || separator == "-" || separator == "–" else { return nil }
        let after = index + 1
        guard after == range.upperBound || scalars[after].properties.isWhitespace else { return nil }
        let text = String(String.UnicodeScalarView(scalars[range.lowerBound..<index]))
        return Label(kind: .roman, text: text, contentStart: skipSpaces(after, range, scalars))
    }

    /// A.  B.  Đ.  G.  (one capital letter of the Vietnamese alphabet, a full stop or bracket, a space)
    private static func capitalLabel(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        let start = range.lowerBound
        guard start + 2 < range.upperBound else { return nil }
        let letter = scalars[start]
        guard ("A"..."Z").contains(letter) || letter == "Đ", scalars[start + 1] == "." || scalars[start + 1] == ")",
              scalars[start + 2].properties.isWhitespace else { return nil }
        return Label(kind: .capital, text: String(letter), contentStart: skipSpaces(start + 2, range, scalars))
    }

    /// a)  b)  đ)  (Vietnamese lists use the 29-letter alphabet: a, b, c, d, đ, e, …), and the
    /// small Roman numerals of the same lists' other style: i)  ii)  iv)  vii.  ("i)" and "v)"
    /// read as either; a list of one kind stays together, since both rank as letters).
    private static func letterLabel(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Label? {
        let start = range.lowerBound
        guard start + 1 < range.upperBound else { return nil }
        if scalars[start + 1] == ")" {
            let letter = scalars[start]
            guard ("a"..."z").contains(letter) || letter == "đ" else { return nil }
            return Label(kind: .letter, text: String(letter), contentStart: skipSpaces(start + 2, range, scalars))
        }
        var index = start
        while index < range.upperBound, index - start < 5, "ivx".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index - start >= 2, index + 1 < range.upperBound, scalars[index] == ")" || scalars[index] == ".",
              scalars[index + 1].properties.isWhitespace else { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard Self.smallRomans.contains(text) else { return nil }
        return Label(kind: .letter, text: text, contentStart: skipSpaces(index + 1, range, scalars))
    }

    /// The small Roman numerals of two letters or more that lists reach (ii … xx).
    private static let smallRomans: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv",
                                                   "xv", "xvi", "xvii", "xviii", "xix", "xx"]

    /// Phần I / Phần thứ nhất / Chương II / Phụ lục (I) / Điều 1. / Mục 1.
    private static func wordedLabel(_ range: Range<Int>, source: SourceText, tokens: [Token], first: Int) -> Label? {
        guard first < tokens.count else { return nil }
        // Markdown emphasis may come first: "**Nơi nhận:**".
        var start = range.lowerBound
        while start < range.upperBound, source.scalars[start] == "*" || source.scalars[start] == "_" { start += 1 }
        guard Int(tokens[first].start) == start else { return nil }
        let head = tokens[first].key
        let kind: Label.Kind
        var wordCount = 1
        if head == Words.noi, first + 1 < tokens.count, tokens[first + 1].key == Words.nhan {
            // The words stay in the title so that rules can find "Nơi nhận".
            return Label(kind: .recipients, text: "Nơi nhận", contentStart: start)
        }
        switch head {
        case Words.phan, Words.chuong: kind = .part
        case Words.dieu: kind = .article
        case Words.muc: kind = .section
        case Words.phu where first + 1 < tokens.count && tokens[first + 1].key == Words.luc:
            kind = .annex
            wordCount = 2
        case Words.nhiem where first + 1 < tokens.count && tokens[first + 1].key == Words.vu,
             Words.du where first + 1 < tokens.count && tokens[first + 1].key == Words.an,
             Words.giai where first + 1 < tokens.count && tokens[first + 1].key == Words.phap,
             Words.hop where first + 1 < tokens.count && tokens[first + 1].key == Words.phan,
             Words.hoat where first + 1 < tokens.count && tokens[first + 1].key == Words.dong,
             Words.tieu where first + 1 < tokens.count && tokens[first + 1].key == Words.muc:
            // "Nhiệm vụ 1: …", "Dự án 2. …": a numbered item written with its noun; so are the
            // components and activities of a plan written as a project document ("Hợp phần 1.",
            // "Hoạt động 1.2.") and its sub-parts ("Tiểu mục 2.1.").
            return namedItem(range, source: source, tokens: tokens, number: first + 2)
        default: return nil
        }
        var next = first + wordCount
        var end = Int(tokens[next - 1].end)
        func isOnLine(_ index: Int) -> Bool { index < tokens.count && Int(tokens[index].start) < range.upperBound }
        if isOnLine(next), tokens[next].key == Words.thu, isOnLine(next + 1) {
            next += 2  // Phần thứ nhất
            end = Int(tokens[next - 1].end)
        } else if isOnLine(next), isNumeral(tokens[next].key.text) {
            next += 1
            end = Int(tokens[next - 1].end)
        } else if kind != .annex {
            return nil  // "Phần lớn…", "Điều kiện…" are words, not labels
        }
        if kind == .section, !isSectionLabel(head: start, number: next - 1, end: end, range, source: source, tokens: tokens) {
            return nil
        }
        var contentStart = end
        // "**Mục 2**: …": the emphasis that closes around a section's label is not its title.
        let skipped: Set<Unicode.Scalar> = kind == .section ? [".", ":", "-", "–", ")", "*", "_"] : [".", ":", "-", "–", ")"]
        while contentStart < range.upperBound,
              skipped.contains(source.scalars[contentStart]) || source.scalars[contentStart].properties.isWhitespace {
            contentStart += 1
        }
        // Written as a reader says it whatever the markup and case: "**PHẦN II" is "Phần II",
        // "PHẦN THỨ HAI" is "Phần thứ hai".
        let words = source.string(start..<end).split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let numbered = next - first > wordCount && tokens[first + wordCount].key != Words.thu
        let text = words.enumerated().map { index, word in
            index == 0 ? word.prefix(1).uppercased() + word.dropFirst()
                : numbered && index == words.count - 1 ? word.uppercased() : word
        }.joined(separator: " ")
        return Label(kind: kind, text: text, contentStart: contentStart)
    }

    /// "Mục 1. QUAN ĐIỂM", "**Mục 2**: Phát triển dữ liệu", "MỤC II – NHIỆM VỤ": a section of a part,
    /// written with a capital, numbered in digits or Roman numerals, punctuation after the number
    /// and a title after it on the line. Not "Mục 2 Phần II của Kế hoạch …" (no punctuation), "mục 3."
    /// ending a wrapped sentence ("… theo thời hạn tại / mục 3."), "Mục III.2 …" (a cross-reference
    /// whose number goes on), "Mục b) khoản 2 …".
    private static func isSectionLabel(head: Int, number: Int, end: Int, _ range: Range<Int>, source: SourceText,
                                       tokens: [Token]) -> Bool {
        guard source.scalars[head].properties.isUppercase,
              tokens[number].key.text.allSatisfy({ $0.isNumber || "ivxlc".contains($0) }) else { return false }
        var index = end
        while index < range.upperBound, ["*", "_", " ", "\t"].contains(source.scalars[index]) { index += 1 }
        guard index < range.upperBound, [".", ":", ")", "-", "–"].contains(source.scalars[index]) else { return false }
        // "Mục 1.2", "Mục III.2": the number goes on.
        if index + 1 < range.upperBound, source.scalars[index + 1].properties.numericType != nil { return false }
        var title = index + 1
        while title < range.upperBound, ["*", "_", " ", "\t", ".", ":", "-", "–"].contains(source.scalars[title]) { title += 1 }
        return title < range.upperBound && source.scalars[title].properties.isUppercase
    }

    /// "Nhiệm vụ 1:", "Dự án 2." — the number (digits) then ":", ".", ")" or a dash: an item
    /// numbered like "1.", its number the path component. "Nhiệm vụ 2 năm…" is a sentence.
    private static func namedItem(_ range: Range<Int>, source: SourceText, tokens: [Token], number: Int) -> Label? {
        guard number < tokens.count, Int(tokens[number].start) < range.upperBound, let value = tokens[number].key.number,
              !tokens[number].isWord else { return nil }
        var index = Int(tokens[number].end)
        // "Hoạt động 1.2.": a number of several levels, as a dotted label has.
        var text = String(value)
        while index + 1 < range.upperBound, source.scalars[index] == ".", source.scalars[index + 1].properties.numericType != nil {
            var end = index + 1
            while end < range.upperBound, source.scalars[end].properties.numericType != nil { end += 1 }
            text += "." + String(String.UnicodeScalarView(source.scalars[index + 1..<end]))
            index = end
        }
        while index < range.upperBound, source.scalars[index] == " " { index += 1 }
        guard index < range.upperBound, [":", ".", ")", "-", "–"].contains(source.scalars[index]) else { return nil }
        // "**Nhiệm vụ 1.** Xây dựng …": the emphasis that closes around the label is not content.
        var content = index + 1
        while content < range.upperBound, ["*", "_", " "].contains(source.scalars[content]) { content += 1 }
        return Label(kind: text.contains(".") ? .dotted : .arabic, text: text, contentStart: content)
    }

    /// The label words, as token keys.
    private enum Words {
        static let noi = Syllable.word("nơi"), nhan = Syllable.word("nhận"), phan = Syllable.word("phần"),
                   chuong = Syllable.word("chương"), dieu = Syllable.word("điều"), phu = Syllable.word("phụ"),
                   luc = Syllable.word("lục"), thu = Syllable.word("thứ"), nhiem = Syllable.word("nhiệm"),
                   vu = Syllable.word("vụ"), du = Syllable.word("dự"), an = Syllable.word("án"),
                   giai = Syllable.word("giải"), phap = Syllable.word("pháp"), muc = Syllable.word("mục"),
                   hop = Syllable.word("hợp"), hoat = Syllable.word("hoạt"), dong = Syllable.word("động"),
                   tieu = Syllable.word("tiểu")
    }

    /// 2, II, or one letter ("Phần B", "PHẦN A").
    private static func isNumeral(_ key: String) -> Bool {
        key.allSatisfy(\.isNumber) || (!key.isEmpty && key.allSatisfy { "ivxlc".contains($0) })
            || (key.count == 1 && key.allSatisfy { $0.isLetter })
    }

    private static func skipSpaces(_ index: Int, _ range: Range<Int>, _ scalars: ScalarBuffer) -> Int {
        var index = index
        while index < range.upperBound, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }
}
