import Foundation

/// The issuing agency of a plan, read from the header block above its title, as a reader names
/// it: "UBND tỉnh Quảng Ninh", "Bộ Y tế", and, when the header names a parent and a unit
/// ("UBND TỈNH X / SỞ Y"), both. Headers arrive as lines, table cells (`|`, `<br>`) or two
/// columns set apart by spaces (the national title on the right); rules ("-----"), the national
/// title and motto, markup and sentences are not names.
public struct AgencyName: Sendable, Equatable, Codable {
    /// The agency that issues the document (the unit, when the header names two).
    public var name: String
    /// The body the unit belongs to, when the header names one ("UBND tỉnh Lào Cai").
    public var parent: String?

    public init(name: String, parent: String? = nil) {
        self.name = name
        self.parent = parent
    }

    /// At most this much of the header is read: a header is a few short lines.
    static let maxHeaderScalars = 3_000

    /// Words that open an agency's name in a header; a line that starts otherwise ("TỈNH LAI
    /// CHÂU") continues the name above it.
    static let heads = ["ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "BỘ", "SỞ", "TỔNG CỤC", "CỤC", "VỤ", "BAN",
                        "VĂN PHÒNG", "TRUNG TÂM", "NGÂN HÀNG", "BẢO HIỂM", "THANH TRA", "ỦY BAN", "UỶ BAN", "CÔNG AN", "VIỆN",
                        "ĐÀI", "THÔNG TẤN XÃ", "KIỂM TOÁN", "TÒA ÁN", "VIỆN KIỂM SÁT", "PHÒNG", "CHI CỤC"]
    /// A document's type or a stamp: the name block has ended, or this is no name.
    static let notNames = ["KẾ HOẠCH", "QUYẾT ĐỊNH", "BIÊN BẢN", "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "THÔNG BÁO", "CHIẾN LƯỢC",
                           "ĐỀ ÁN", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "HƯỚNG DẪN", "DỰ THẢO", "MẬT", "TỐI MẬT", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]
    /// A person's title before the agency ("BỘ TRƯỞNG BỘ …" on a minister's decision): not part of the name.
    static let titles = ["BỘ TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC", "THỦ TRƯỞNG", "TỔNG GIÁM ĐỐC", "CỤC TRƯỞNG", "VỤ TRƯỞNG"]
    /// Administrative units whose name that follows is a place: every syllable capitalised.
    static let places = ["TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU"]
    /// Words that keep their capitals inside a name.
    static let properNouns = ["VIỆT NAM": "Việt Nam", "CHÍNH PHỦ": "Chính phủ", "NHÀ NƯỚC": "Nhà nước", "QUỐC HỘI": "Quốc hội",
                              "TRUNG ƯƠNG": "Trung ương", "CÔNG THƯƠNG": "Công Thương"]

    /// The agency named by a header: `header` is the original text above the document type
    /// line (KẾ HOẠCH, QUYẾT ĐỊNH …). Nil when no line of it is an agency's name.
    public static func read(header: String) -> AgencyName? {
        let lines = leftColumn(String(header.unicodeScalars.prefix(maxHeaderScalars)))
        var agencies: [String] = []
        for line in lines {
            let stop = nameLine(line).map { text in notNames.contains { text == $0 || text.hasPrefix($0 + " ") } } ?? false
            if stop, !agencies.isEmpty { break }
            guard !stop, let upper = nameLine(line) else {
                if !agencies.isEmpty { break }  // the name block has ended
                continue
            }
            var text = upper
            for title in titles where text.hasPrefix(title + " ") && heads.contains(where: { text.dropFirst(title.count + 1).hasPrefix($0) }) {
                text = String(text.dropFirst(title.count + 1))
            }
            if agencies.isEmpty || heads.contains(where: { text == $0 || text.hasPrefix($0 + " ") }) {
                agencies.append(text)
            } else {
                agencies[agencies.count - 1] += " " + text
            }
        }
        guard let last = agencies.last else { return nil }
        let parent = agencies.count > 1 ? agencies[agencies.count - 2] : nil
        return AgencyName(name: normalized(last), parent: parent.map(normalized))
    }

    /// The header's lines as read down the left column: table cells and `<br>` split, a second
    /// column set apart by three or more spaces (or a tab) dropped.
    static func leftColumn(_ header: String) -> [String] {
        var lines: [String] = []
        for raw in header.split(whereSeparator: \.isNewline) {
            var line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                line = String(cells.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "")
            }
            if let gap = line.range(of: #"\S(\s{3,}|\t)\S"#, options: .regularExpression) {
                line = String(line[..<line.index(after: gap.lowerBound)])
            }
            lines += line.components(separatedBy: "<br>").map { $0 }
        }
        return lines
    }

    /// A line of an agency's name, in capitals, without markup, rules, the national title or
    /// motto; nil for anything else (a number line, a place and date, a sentence).
    static func nameLine(_ line: String) -> String? {
        var text = line.precomposedStringWithCanonicalMapping.filter { !$0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format } }
            .replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: " ")
        text = text.replacingOccurrences(of: #"CỘNG\s+H(ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"#, with: " ",
                                         options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: #"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc"#, with: " ", options: [.regularExpression, .caseInsensitive])
        // Rules under the name, however drawn: "-----", "───", "___", "===".
        text = text.replacingOccurrences(of: #"[\p{Pd}\u2500-\u257F=_.~]{3,}"#, with: " ", options: .regularExpression)
        let words = text.split(whereSeparator: \.isWhitespace)
        text = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " :;,|"))
        let letters = text.filter(\.isLetter)
        // A name is short and in capitals; a sentence that lost its header is not one. A name in
        // ordinary case ("Ủy ban nhân dân" / "tỉnh Đắk Lắk") is a few words that open with an
        // agency's head or a place's unit, without figures or punctuation.
        guard letters.count >= 2, words.count <= 14, !text.contains(where: \.isNumber) else { return nil }
        if letters.allSatisfy(\.isUppercase) { return text }
        let upper = text.uppercased()
        guard words.count <= 6, !text.contains(where: { ",.;:()".contains($0) }),
              (heads + places).contains(where: { upper == $0 || upper.hasPrefix($0 + " ") }) else { return nil }
        return upper
    }

    /// Cities under the central government: "UBND thành phố Hà Nội", not "tỉnh".
    static let cities: Set = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]
    /// Ministry-level issuers by the code in their symbol ("KH-BYT").
    static let byCode = ["BYT": "Bộ Y tế", "BTC": "Bộ Tài chính", "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao",
                         "BTP": "Bộ Tư pháp", "BNV": "Bộ Nội vụ", "BCT": "Bộ Công Thương", "BXD": "Bộ Xây dựng",
                         "BKHCN": "Bộ Khoa học và Công nghệ", "BGDĐT": "Bộ Giáo dục và Đào tạo", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
                         "BNNMT": "Bộ Nông nghiệp và Môi trường", "BDTTG": "Bộ Dân tộc và Tôn giáo", "NHNN": "Ngân hàng Nhà nước Việt Nam",
                         "BHXH": "Bảo hiểm xã hội Việt Nam", "VPCP": "Văn phòng Chính phủ", "TTCP": "Thanh tra Chính phủ"]

    /// When the header was lost (a table flattened, a scan's text), the symbol still says who
    /// issued the document: "KH-BYT" is the Ministry of Health; "KH-UBND" with the place of issue
    /// is that province's (or city's) people's committee. Nil when neither says enough.
    /// A Party document's symbol ends with its committee: "21-CTr/TU" is the province's Party
    /// Committee, "05-NQ/ThU" the city's.
    public static func fromSymbol(_ number: String?, place: String?) -> AgencyName? {
        guard let number else { return nil }
        let place = place?.trimmingCharacters(in: .whitespaces)
        let knownPlace = place.flatMap { $0.isEmpty || $0.split(separator: " ").count > 4 || $0.first?.isUppercase != true ? nil : $0 }
        if let slash = number.lastIndex(of: "/"), number[..<slash].contains("-"), let place = knownPlace {
            switch number[number.index(after: slash)...] {
            case "TU": return AgencyName(name: "Tỉnh ủy \(place)")
            case "ThU": return AgencyName(name: "Thành ủy \(place)")
            default: break
            }
        }
        guard let dash = number.lastIndex(of: "-") else { return nil }
        let code = String(number[number.index(after: dash)...]).uppercased()
        if let ministry = byCode[code] { return AgencyName(name: ministry) }
        guard code == "UBND", let place = knownPlace else { return nil }
        return AgencyName(name: "UBND \(cities.contains(place) ? "thành phố" : "tỉnh") \(place)")
    }

    /// Heads after which the agency's field is named with a capital: "Bộ Y tế", "Sở Tài chính",
    /// "Ủy ban Dân tộc" (but "Bảo hiểm xã hội", "Ngân hàng Nhà nước" as they are written).
    static let prefixes = ["BỘ", "SỞ", "TỔNG CỤC", "CHI CỤC", "CỤC", "VỤ", "BAN", "VĂN PHÒNG", "TRUNG TÂM", "ỦY BAN", "UỶ BAN", "VIỆN",
                           "THANH TRA", "PHÒNG"]

    /// "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" → "UBND tỉnh Quảng Ninh"; "BỘ KHOA HỌC VÀ CÔNG NGHỆ" →
    /// "Bộ Khoa học và Công nghệ"; "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông".
    static func normalized(_ upper: String) -> String {
        var words = upper.split(separator: " ").map(String.init)
        var out: [String] = []
        for long in ["ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND"] where words.starts(with: long.split(separator: " ").map(String.init)) {
            out = ["UBND"]
            words.removeFirst(long.split(separator: " ").count)
            break
        }
        func startsWith(_ phrase: String, at index: Int) -> Bool {
            let parts = phrase.split(separator: " ").map(String.init)
            return index + parts.count <= words.count && Array(words[index..<index + parts.count]) == parts
        }
        // Where a place begins (its unit, then its name), if the name has one.
        // ("XÃ HỘI" in "Bảo hiểm xã hội" is no commune.)
        let placeStart = words.indices.first { index in
            (out.isEmpty ? index > 0 : true) && places.contains { startsWith($0, at: index) } && !startsWith("XÃ HỘI", at: index)
        }
        let nameWords = words[..<(placeStart ?? words.count)]
        // The field after a prefix and each part after "và" or a comma start with a capital.
        let prefix = prefixes.first { startsWith($0, at: 0) && !nameWords.isEmpty }.map { $0.split(separator: " ").count } ?? 0
        var startsPart = true
        for (offset, word) in nameWords.enumerated() {
            if word == "VÀ" {
                out.append("và")
                startsPart = true
                continue
            }
            out.append(startsPart ? capitalized(word) : word.lowercased())
            startsPart = word.hasSuffix(",") || offset + 1 == prefix
        }
        if let placeStart, let unit = places.first(where: { startsWith($0, at: placeStart) }) {
            let count = unit.split(separator: " ").count
            out += words[placeStart..<placeStart + count].map { $0.lowercased() }
            out += words[(placeStart + count)...].map(capitalized)
        }
        var name = out.joined(separator: " ")
        for (upper, proper) in properNouns {
            name = name.replacingOccurrences(of: upper, with: proper, options: .caseInsensitive)
        }
        return name
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }
}
