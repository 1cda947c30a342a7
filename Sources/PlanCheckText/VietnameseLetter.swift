/// A Vietnamese letter taken apart: its lowercase base, the vowel-quality mark and the tone.
/// Keeping the tone apart from the letter is what lets "hoà" and "hòa" compare equal.
struct VietnameseLetter: Hashable {
    enum Quality: UInt8 { case none, breve, circumflex, horn }
    enum Tone: UInt8 { case level, grave, acute, hook, tilde, dot }

    var base: Unicode.Scalar
    var quality: Quality

    var isVowel: Bool {
        switch base { case "a", "e", "i", "o", "u", "y": return true; default: return false }
    }

    /// Combining marks that carry a tone (U+0340/0341 are deprecated clones some encoders emit).
    static func tone(ofMark value: UInt32) -> Tone? {
        switch value {
        case 0x0300, 0x0340: return .grave
        case 0x0301, 0x0341: return .acute
        case 0x0309: return .hook
        case 0x0303: return .tilde
        case 0x0323: return .dot
        default: return nil
        }
    }

    static func quality(ofMark value: UInt32) -> Quality? {
        switch value {
        case 0x0306: return .breve
        case 0x0302: return .circumflex
        case 0x031B: return .horn
        default: return nil
        }
    }

    static func combiningMark(for tone: Tone) -> Unicode.Scalar? {
        switch tone {
        case .level: return nil
        case .grave: return "\u{0300}"
        case .acute: return "\u{0301}"
        case .hook: return "\u{0309}"
        case .tilde: return "\u{0303}"
        case .dot: return "\u{0323}"
        }
    }
}

/// Tables of the precomposed Vietnamese letters, built once from the rows below (tone order:
/// level, huyền, sắc, hỏi, ngã, nặng). This file is NFC.
enum VietnameseAlphabet {
    private static let rows: [(Unicode.Scalar, VietnameseLetter.Quality, String)] = [
        ("a", .none, "aàáảãạ"), ("a", .breve, "ăằắẳẵặ"), ("a", .circumflex, "âầấẩẫậ"),
        ("e", .none, "eèéẻẽẹ"), ("e", .circumflex, "êềếểễệ"), ("i", .none, "iìíỉĩị"),
        ("o", .none, "oòóỏõọ"), ("o", .circumflex, "ôồốổỗộ"), ("o", .horn, "ơờớởỡợ"),
        ("u", .none, "uùúủũụ"), ("u", .horn, "ưừứửữự"), ("y", .none, "yỳýỷỹỵ"),
    ]

    struct Decomposition {
        var letter: VietnameseLetter
        var tone: VietnameseLetter.Tone
    }

    struct ComposeKey: Hashable {
        var letter: VietnameseLetter
        var tone: VietnameseLetter.Tone
    }

    /// Precomposed scalar (either case) → its parts; also Đ/đ and the look-alike Ð/ð.
    static let decompositions: [UInt32: Decomposition] = {
        var table: [UInt32: Decomposition] = [:]
        for (base, quality, forms) in rows {
            for (index, scalar) in forms.unicodeScalars.enumerated() {
                guard let tone = VietnameseLetter.Tone(rawValue: UInt8(index)) else { continue }
                let parts = Decomposition(letter: VietnameseLetter(base: base, quality: quality), tone: tone)
                table[scalar.value] = parts
                for upper in scalar.properties.uppercaseMapping.unicodeScalars { table[upper.value] = parts }
            }
        }
        let dStroke = Decomposition(letter: VietnameseLetter(base: "đ", quality: .none), tone: .level)
        for value: UInt32 in [0x0110, 0x0111, 0x00D0, 0x00F0] { table[value] = dStroke }
        return table
    }()

    /// (lowercase letter, tone) → precomposed lowercase scalar.
    static let compositions: [ComposeKey: Unicode.Scalar] = {
        var table: [ComposeKey: Unicode.Scalar] = [:]
        for (base, quality, forms) in rows {
            for (index, scalar) in forms.unicodeScalars.enumerated() {
                guard let tone = VietnameseLetter.Tone(rawValue: UInt8(index)) else { continue }
                table[ComposeKey(letter: VietnameseLetter(base: base, quality: quality), tone: tone)] = scalar
            }
        }
        return table
    }()

    /// Letters without any diacritic, đ as d; combining marks dropped.
    static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            if let parts = decompositions[scalar.value] {
                view.append(parts.letter.base == "đ" ? "d" : parts.letter.base)
            } else if !(0x0300...0x036F).contains(scalar.value) {
                view.append(scalar)
            }
        }
        return String(view)
    }
}
