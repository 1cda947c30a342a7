/// Rewrites one written syllable (a run of letters and combining marks, in any case, NFC or NFD,
/// old or new tone placement) into its canonical form: lowercase NFC with the tone mark placed by
/// one convention ("hòa", "thủy", "khỏe", "quý"). Letters that are not Vietnamese pass through
/// lowercased.
struct SyllableCanonicalizer {
    private typealias Letter = VietnameseLetter
    private var letters: [Letter] = []
    private var foreign: [Int: [Unicode.Scalar]] = [:]

    /// Appends the canonical scalars of `input` to `output`.
    mutating func canonicalize(_ input: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar]) {
        letters.removeAll(keepingCapacity: true)
        foreign.removeAll(keepingCapacity: true)
        var tone: Letter.Tone = .level
        for scalar in input {
            let value = scalar.value
            if let parts = VietnameseAlphabet.decompositions[value] {
                letters.append(parts.letter)
                if parts.tone != .level, tone == .level { tone = parts.tone }
            } else if let markTone = Letter.tone(ofMark: value) {
                if tone == .level { tone = markTone }
            } else if let quality = Letter.quality(ofMark: value), let last = letters.indices.last,
                      letters[last].quality == .none, foreign[last] == nil {
                letters[last].quality = quality
            } else if value < 0x80 {
                let lower = (value >= 0x41 && value <= 0x5A) ? value + 0x20 : value
                letters.append(Letter(base: Unicode.Scalar(UInt8(lower)), quality: .none))
            } else {
                // A letter or mark outside Vietnamese: keep it, lowercased, where it stands.
                foreign[letters.count] = Array(scalar.properties.lowercaseMapping.unicodeScalars)
                letters.append(Letter(base: scalar, quality: .none))
            }
        }
        let tonePosition = tone == .level ? nil : Self.tonePosition(letters)
        for (index, letter) in letters.enumerated() {
            if let scalars = foreign[index] {
                output.append(contentsOf: scalars)
                continue
            }
            let here: Letter.Tone = index == tonePosition ? tone : .level
            if let composed = VietnameseAlphabet.compositions[.init(letter: letter, tone: here)] {
                output.append(composed)
            } else {
                output.append(letter.base)
                switch letter.quality {
                case .none: break
                case .breve: output.append("\u{0306}")
                case .circumflex: output.append("\u{0302}")
                case .horn: output.append("\u{031B}")
                }
                if let mark = Letter.combiningMark(for: here) { output.append(mark) }
            }
        }
        if tone != .level, tonePosition == nil, let mark = Letter.combiningMark(for: tone) {
            output.append(mark)
        }
    }

    /// Where the tone goes in the spelling most government documents use ("hòa", "thủy", "khỏe";
    /// "hoà" is the other convention): on the marked vowel (ơ of ươ), else on the last vowel of a
    /// closed syllable, else on the middle of three vowels or the first of two.
    private static func tonePosition(_ letters: [Letter]) -> Int? {
        var start = 0
        if letters.count > 2, letters[0].base == "q", letters[1] == Letter(base: "u", quality: .none) {
            start = 2
        } else if letters.count > 2, letters[0].base == "g", letters[1] == Letter(base: "i", quality: .none),
                  letters[2].isVowel {
            start = 2
        } else {
            while start < letters.count, !letters[start].isVowel { start += 1 }
        }
        var end = start
        while end < letters.count, letters[end].isVowel { end += 1 }
        if start == end {
            // "gì": the i of gi is the only vowel.
            if letters.count == 2, letters[0].base == "g", letters[1].base == "i" { return 1 }
            return nil
        }
        let nucleus = letters[start..<end]
        if let marked = nucleus.lastIndex(where: { $0.quality != .none }) { return marked }
        if nucleus.count == 1 { return start }
        if end < letters.count { return end - 1 }
        return nucleus.count >= 3 ? start + 1 : start
    }
}
