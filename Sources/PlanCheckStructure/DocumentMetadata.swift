import Foundation
import PlanCheckText

/// What the header block of a plan says about it.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// The issuing agency as a reader names it ("UBND tỉnh Sơn La", "Bộ Y tế"): from the header,
    /// or when the header is lost, from the symbol and the place of issue. Never a sentence.
    public var issuer: String?
    /// The body the issuing unit belongs to, when the header names both ("UBND tỉnh Lào Cai"
    /// above "Sở Khoa học và Công nghệ").
    public var issuerParent: String?
    /// Number and symbol, e.g. "210/KH-UBND".
    public var number: String?
    /// Date of issue as YYYY-MM-DD.
    public var date: String?
    public var place: String?
    /// Document type as written ("KẾ HOẠCH", "QUYẾT ĐỊNH").
    public var type: String?
    /// The summary line(s) after the type (trích yếu).
    public var title: String?
    public var citesStrategy: Bool
    /// The year, and the month when given, of a draft whose date is left to fill in ("ngày
    /// tháng 12 năm 2026", "ngày … tháng … năm 2027"): not a date of issue, but the time the plan
    /// is written in.
    package var draft: (year: Int, month: Int?)?

    /// The year of issue, or of the draft when its date is left blank.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } ?? draft?.year }

    /// The month of issue (or of the draft, when it names one), as year and month.
    package var month: (year: Int, month: Int)? {
        if let date {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            return parts.count >= 2 ? (parts[0], parts[1]) : nil
        }
        return draft.flatMap { draft in draft.month.map { (draft.year, $0) } }
    }

    private enum CodingKeys: String, CodingKey {
        case issuer, issuerParent, number, date, place, type, title, citesStrategy
    }

    public static func == (a: DocumentMetadata, b: DocumentMetadata) -> Bool {
        a.issuer == b.issuer && a.issuerParent == b.issuerParent && a.number == b.number && a.date == b.date
            && a.place == b.place && a.type == b.type && a.title == b.title && a.citesStrategy == b.citesStrategy
            && a.draft?.year == b.draft?.year && a.draft?.month == b.draft?.month
    }
}

/// Reads the metadata from the header and title segments. Patterns run on the normalised text
/// (so NFD, Ð and odd spaces do not matter) and values are quoted from the original.
struct MetadataExtractor {
    let tree: SectionTree
    let normalized: NormalizedText
    let source: SourceText
    let finder: PhraseFinder

    // These patterns are constants; a failure to compile would be a programming error caught by tests.
    /// "Số: 210/KH-UBND", and a Party document's "Số 21-CTr/TU".
    private static let number = try? NSRegularExpression(pattern: #"số\s*:?\s*(\d+\s*/\s*[0-9a-zđ&\-/.]*[a-zđ]|\d+\s*-\s*[a-zđ]+\s*/\s*[a-zđ]+)"#)
    private static let wordedDate = try? NSRegularExpression(pattern: #"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#)
    private static let numericDate = try? NSRegularExpression(pattern: #"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/])"#)
    /// A draft's date with the day (and perhaps the month) left blank: "ngày    tháng 12 năm
    /// 2026", "ngày ... tháng ... năm 2027".
    /// Possessive: the blanks ("……", "____") are never given back, so a line of dots with no
    /// "năm" after it fails at once instead of trying every split of them.
    private static let draftDate = try? NSRegularExpression(pattern: #"ngày[\s.…_]*+tháng[\s.…_]*+(?:(\d{1,2})[\s.…_]*+)?năm\s++(\d{4})"#)

    func extract(header: Range<Int>, title: Range<Int>, issuerSegment: Int?) -> DocumentMetadata {
        var metadata = DocumentMetadata(citesStrategy: false)
        // The header is the text above the document type line (or the header segments when
        // there is no type line).
        let headerEnd = !title.isEmpty ? tree.segments[title.lowerBound].range.lowerBound
            : header.isEmpty ? 0 : tree.segments[header.upperBound - 1].range.upperBound
        let agency = AgencyName.read(header: source.string(0..<headerEnd))
        // Number, place and date stand above the title; dates below it are those of cited documents.
        for index in header.lowerBound..<(title.isEmpty ? header.upperBound : title.lowerBound) {
            let segment = tree.segments[index]
            let range = normalized.normalizedRange(segment.range)
            let string = normalized.string(range)
            if metadata.number == nil, let match = Self.firstMatch(Self.number, in: string), match.count > 1 {
                metadata.number = text(normalized.originalRange(shift(match[1], by: range.lowerBound, in: string)))
                    .replacingOccurrences(of: " ", with: "")
            }
            if metadata.date == nil {
                for pattern in [Self.wordedDate, Self.numericDate] {
                    guard let match = Self.firstMatch(pattern, in: string), match.count == 4 else { continue }
                    let parts = match.dropFirst().map { Int(string[$0].trimmingCharacters(in: .whitespaces)) ?? 0 }
                    guard (1...31).contains(parts[0]), (1...12).contains(parts[1]), (1945...2100).contains(parts[2]) else { continue }
                    metadata.date = String(format: "%04d-%02d-%02d", parts[2], parts[1], parts[0])
                    let before = string[string.startIndex..<match[0].lowerBound]
                    if let comma = before.lastIndex(of: ",") {
                        let placeRange = string.startIndex..<comma
                        let place = Self.placeName(text(normalized.originalRange(shift(placeRange, by: range.lowerBound, in: string))))
                        metadata.place = place.isEmpty ? nil : place
                    }
                    break
                }
            }
            if metadata.date == nil, metadata.draft == nil, let regex = Self.draftDate,
               let match = regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)),
               let yearRange = Range(match.range(at: 2), in: string), let year = Int(string[yearRange]), (1945...2100).contains(year) {
                let month = Range(match.range(at: 1), in: string).flatMap { Int(string[$0]) }
                metadata.draft = (year, month.flatMap { (1...12).contains($0) ? $0 : nil })
            }
        }
        if let agency = agency ?? AgencyName.fromSymbol(metadata.number, place: metadata.place) {
            metadata.issuer = agency.name
            metadata.issuerParent = agency.parent
        }
        if !title.isEmpty {
            let typeSegment = tree.segments[title.lowerBound]
            if let type = finder.first(StructureVocabulary.documentTypes, startingSegment: title.lowerBound) {
                let tokens = typeSegment.tokens.lowerBound..<typeSegment.tokens.lowerBound + type.keys.count
                metadata.type = text(Int(normalized.tokens[tokens.lowerBound].start)..<Int(normalized.tokens[tokens.upperBound - 1].end))
                let rest = Int(normalized.tokens[tokens.upperBound - 1].end)..<typeSegment.range.upperBound
                let summary = ([text(rest)] + title.dropFirst().map { text(tree.segments[$0].range) }).filter { !$0.isEmpty }
                metadata.title = summary.isEmpty ? nil : summary.joined(separator: " ")
            }
        }
        metadata.citesStrategy = finder.contains(StructureVocabulary.strategyCitations, in: 0..<tree.segments.count)
        return metadata
    }

    /// Original text with Markdown emphasis and runs of white space tidied.
    private func text(_ range: Range<Int>) -> String {
        let raw = source.string(range).replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "")
        return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " |,;:_"))
    }

    /// A range of a String made from normalised scalars, as normalised scalar offsets.
    private func shift(_ range: Range<String.Index>, by base: Int, in string: String) -> Range<Int> {
        let lower = string.unicodeScalars.distance(from: string.startIndex, to: range.lowerBound)
        let upper = string.unicodeScalars.distance(from: string.startIndex, to: range.upperBound)
        return (base + lower)..<(base + upper)
    }

    /// The place of issue without what a header cell joined into one line puts before it: the
    /// national title and motto ("CỘNG HÒA … Hạnh phúc ----- Khánh Hòa"), or the Party's
    /// ("ĐẢNG CỘNG SẢN VIỆT NAM Quảng Trị").
    static func placeName(_ text: String) -> String {
        var rest = Substring(text)
        for marker in ["hạnh phúc", "đảng cộng sản việt nam"] {
            if let found = rest.range(of: marker, options: [.caseInsensitive, .backwards]) { rest = rest[found.upperBound...] }
        }
        // The rule under the motto ("-----", "―――", "____") and any other mark before the name.
        return String(rest.drop { !$0.isLetter }).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func firstMatch(_ regex: NSRegularExpression?, in string: String) -> [Range<String.Index>]? {
        guard let regex, let match = regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) else { return nil }
        return (0..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: string) }
    }
}
