import Foundation

/// Vietnamese encodings from before Unicode that plans still arrive in.
public enum LegacyEncoding: String, Sendable, CaseIterable, Codable {
    case tcvn3 = "TCVN3"
    case vni = "VNI"
    case viscii = "VISCII"
    case windows1258 = "Windows-1258"

    /// The encoding a font implies: `.VnTime`, `.VnTimeH` (upper-case glyphs), `VNI-Times` …
    public static func font(_ name: String) -> (encoding: LegacyEncoding, upperCase: Bool)? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(".Vn") || trimmed.hasPrefix(".VN") {
            return (.tcvn3, trimmed.hasSuffix("H") || trimmed.hasSuffix("h"))
        }
        if trimmed.uppercased().hasPrefix("VNI-") || trimmed.uppercased().hasPrefix("VNI ") { return (.vni, false) }
        if trimmed.uppercased().hasPrefix("VI ") || trimmed.uppercased().hasPrefix("VISCII") { return (.viscii, false) }
        return nil
    }

    /// Converts text whose characters are the codes of this encoding read as Latin-1 (as Word stores a
    /// run in a legacy font, or a legacy file opened as Latin-1) into Unicode NFC.
    public func convert(latin1 text: String, upperCase: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value >= 0x80, scalar.value <= 0xFF else {
                scalars.append(scalar)
                continue
            }
            append(UInt8(scalar.value), to: &scalars)
        }
        var result = String(scalars).precomposedStringWithCanonicalMapping
        if upperCase { result = result.uppercased() }
        return result
    }

    /// Decodes the bytes of a plain-text file in this encoding.
    public func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80, self != .viscii { scalars.append(Unicode.Scalar(byte)) } else { append(byte, to: &scalars) }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    private func append(_ byte: UInt8, to scalars: inout String.UnicodeScalarView) {
        switch self {
        case .tcvn3:
            scalars.append(Unicode.Scalar(Self.tcvn3Table[Int(byte)]) ?? Unicode.Scalar(byte))
        case .viscii:
            scalars.append(Unicode.Scalar(LegacyTables.viscii[Int(byte)]) ?? "\u{FFFD}")
        case .windows1258:
            scalars.append(Unicode.Scalar(LegacyTables.windows1258[Int(byte)]) ?? "\u{FFFD}")
        case .vni:
            if let parts = Self.vniTable[byte] { scalars.append(contentsOf: parts) } else { scalars.append(Unicode.Scalar(byte)) }
        }
    }

    private static let tcvn3Table: [UInt32] = {
        var table = (0..<256).map { UInt32($0) }
        for (code, letter) in LegacyTables.tcvn3 { table[Int(code)] = letter }
        return table
    }()

    /// VNI writes a base letter and then a mark character; each code becomes combining marks
    /// (or a whole letter), and NFC composition puts them together.
    private static let vniTable: [UInt8: [Unicode.Scalar]] = {
        let grave: Unicode.Scalar = "\u{0300}", acute: Unicode.Scalar = "\u{0301}", hook: Unicode.Scalar = "\u{0309}"
        let tilde: Unicode.Scalar = "\u{0303}", dot: Unicode.Scalar = "\u{0323}"
        let circumflex: Unicode.Scalar = "\u{0302}", breve: Unicode.Scalar = "\u{0306}", horn: Unicode.Scalar = "\u{031B}"
        let lower: [(UInt8, [Unicode.Scalar])] = [
            (0xF9, [acute]), (0xF8, [grave]), (0xFB, [hook]), (0xF5, [tilde]), (0xEF, [dot]),
            (0xE2, [circumflex]), (0xE1, [circumflex, acute]), (0xE0, [circumflex, grave]), (0xE5, [circumflex, hook]),
            (0xE3, [circumflex, tilde]), (0xE4, [circumflex, dot]),
            (0xEA, [breve]), (0xE9, [breve, acute]), (0xE8, [breve, grave]), (0xFA, [breve, hook]),
            (0xFC, [breve, tilde]), (0xEB, [breve, dot]),
            (0xED, ["i", acute]), (0xEC, ["i", grave]), (0xE6, ["i", hook]), (0xF3, ["i", tilde]), (0xF2, ["i", dot]),
            (0xEE, ["y", dot]), (0xF4, ["o", horn]), (0xF6, ["u", horn]), (0xF1, ["đ"]),
        ]
        var table: [UInt8: [Unicode.Scalar]] = [:]
        for (code, parts) in lower {
            table[code] = parts
            // The upper-case form of each code is 0x20 lower, with upper-case letters.
            table[code - 0x20] = parts.map { $0.properties.isLowercase ? ($0.properties.uppercaseMapping.unicodeScalars.first ?? $0) : $0 }
        }
        return table
    }()
}

/// Finds legacy-encoded Vietnamese in plain text and converts it.
package enum LegacyTextDetector {
    /// The most plausible legacy encoding for bytes that are not UTF-8, judged by how much
    /// Vietnamese each decoding yields against how much junk.
    public static func detect(_ bytes: [UInt8]) -> LegacyEncoding? {
        var best: (LegacyEncoding, Int)?
        for encoding in LegacyEncoding.allCases {
            let score = Self.score(encoding.decode(bytes))
            if score > 0, score > (best?.1 ?? 0) { best = (encoding, score) }
        }
        return best?.0
    }

    /// Lines of UTF-8 text that are legacy text read as Latin-1 ("Kª ho¹ch" for "Kế hoạch"),
    /// converted line by line; nil when there is none.
    public static func repairMojibake(_ text: String) -> (text: String, encoding: LegacyEncoding)? {
        // Fast path: legacy text read as Latin-1 has a line with symbols above 0xA0 and nothing
        // above 0xFF; ordinary Vietnamese lines have letters above 0xFF.
        var lineHasHigh = false, lineHasLatin1 = false, found = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if lineHasLatin1 && !lineHasHigh { found = true; break }
                lineHasHigh = false
                lineHasLatin1 = false
            } else if scalar.value > 0xFF {
                lineHasHigh = true
            } else if scalar.value >= 0xA0 {
                lineHasLatin1 = true
            }
        }
        guard found || (lineHasLatin1 && !lineHasHigh) else { return nil }
        var lines = text.components(separatedBy: "\n")
        var candidates: [Int] = []
        // A line whose characters above 0x9F are all letters Vietnamese writes with them ("Ghi
        // chú: dùng chung") is Vietnamese as it stands, whatever a conversion would make of it.
        for (index, line) in lines.enumerated() where isLatin1Only(line)
            && line.unicodeScalars.contains(where: { $0.value >= 0xA0 && !Self.vietnameseLatin1.contains($0) }) {
            candidates.append(index)
        }
        guard !candidates.isEmpty else { return nil }
        let sample = candidates.map { lines[$0] }.joined(separator: "\n")
        var best: (LegacyEncoding, Int)?
        for encoding in [LegacyEncoding.tcvn3, .vni] {
            let gain = score(encoding.convert(latin1: sample)) - score(sample)
            if gain > 0, gain > (best?.1 ?? 0) { best = (encoding, gain) }
        }
        guard let (encoding, _) = best else { return nil }
        var changed = false
        for index in candidates {
            let converted = encoding.convert(latin1: lines[index])
            if score(converted) > score(lines[index]) {
                lines[index] = converted
                changed = true
            }
        }
        return changed ? (lines.joined(separator: "\n"), encoding) : nil
    }

    /// The letters of Latin-1 that Vietnamese uses (the others it writes above 0xFF).
    static let vietnameseLatin1: Set<Unicode.Scalar> = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars)

    private static func isLatin1Only(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0.value <= 0xFF }
    }

    /// Common syllables of administrative Vietnamese: a wrong decoding rarely produces them.
    static let commonSyllables: Set<Syllable> = Set("""
        của và các được trong có cho với là những này đã để theo về tại từ một không khi đến \
        thực hiện dữ liệu kế hoạch năm tỉnh cơ quan nhà nước phát triển bảo đảm thông tin số quốc gia \
        xây dựng quản lý hệ thống chuyển đổi nhiệm vụ giải pháp mục tiêu đơn vị chủ trì thời gian \
        sở ban ngành ủy nhân dân bộ chính phủ quyết định căn cứ chiến lược kết nối chia sẻ an toàn \
        mạng triển khai tổ chức hướng dẫn công nghệ khoa học cấp huyện xã hành thủ tục dịch vụ người \
        doanh nghiệp kinh tế hội đồng yêu cầu báo cáo kinh phí ngân sách đào tạo nâng cao chất lượng \
        trung tâm nền tảng tích hợp danh mục mở lớn cá nhân bảo vệ sử dụng khai thác cập nhật \
        thường xuyên hằng giai đoạn đầu tư phối hợp tiếp tục tăng cường đẩy mạnh hoàn thiện ban hành
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Syllable.word(String($0)) })

    /// How much a decoding reads as Vietnamese: common syllables count for it; symbols, controls
    /// and letters Vietnamese does not use count against it.
    static func score(_ text: String) -> Int {
        var score = 0
        for token in TextNormalizer.normalize(text).tokens where commonSyllables.contains(token.key) {
            score += 4
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value < 0x20, value != 0x0A, value != 0x0D, value != 0x09 { score -= 3 }
                continue
            }
            if VietnameseAlphabet.decompositions[value] != nil || (0x0300...0x036F).contains(value) { continue }
            score -= (value == 0xFFFD || !scalar.properties.isAlphabetic) ? 3 : 1
        }
        return score
    }
}
