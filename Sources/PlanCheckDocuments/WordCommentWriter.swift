import Foundation
import ZIPFoundation

/// A comment for one Word paragraph: the paragraph's number as `DocxReader` counts them (the
/// `paragraph` of a block), and the comment's paragraphs of text.
public struct WordComment: Sendable, Equatable {
    public var paragraph: Int
    public var text: [String]

    public init(paragraph: Int, text: [String]) {
        self.paragraph = paragraph
        self.text = text
    }
}

/// Text to propose after a Word paragraph as a tracked insertion the reader accepts or rejects.
public struct WordInsertion: Sendable, Equatable {
    public var paragraph: Int
    public var text: String

    public init(paragraph: Int, text: String) {
        self.paragraph = paragraph
        self.text = text
    }
}

/// Writes a copy of a .docx with comments on given paragraphs, the way a reviewer's remarks come
/// back in Word. Only three things change: `word/document.xml` gains comment range marks (the
/// rest of its text is kept byte for byte; suggested text comes as new paragraphs marked as tracked
/// insertions), `word/comments.xml` gains the comments (created, or
/// extended after the comments already there), and the relationship and content type of that part
/// are added when missing. Every other part is copied unchanged. The package is read under the
/// same limits as `DocxReader`.
public enum WordCommentWriter {
    public static let author = "plancheck"

    public static func annotate(_ bytes: [UInt8], comments: [WordComment], insertions: [WordInsertion] = [], author: String = author,
                                initials: String = "PC", date: Date = Date()) throws(DocumentError) -> [UInt8] {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw OldFormats.binaryWord }
        var zip = try SafeZip(bytes, kind: ".docx")
        guard let bodyData = try zip.part("word/document.xml") else { throw .noWordDocument }
        let body = try Self.utf8(bodyData, part: "word/document.xml")
        let existing = try zip.part("word/comments.xml").map { data throws(DocumentError) in try Self.utf8(data, part: "word/comments.xml") }
        // Comment ids are one space across the body and the comments part.
        let firstID = max(Self.largestID(in: body), existing.map(Self.largestID) ?? -1) + 1
        let paragraphs = WordParagraphScanner.paragraphs(in: body)
        guard !paragraphs.isEmpty else { throw .noWordDocument }
        var opening: [Int: String] = [:], closing: [Int: String] = [:]  // marks by paragraph index
        var entries: [String] = []
        for (index, comment) in comments.enumerated() {
            let id = firstID + index
            // A number past the body's paragraphs (a footnote's) goes on the last one.
            let target = min(max(comment.paragraph, 1), paragraphs.count) - 1
            opening[target, default: ""] += "<w:commentRangeStart w:id=\"\(id)\"/>"
            closing[target, default: ""] += "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
            entries.append(Self.comment(id: id, text: comment.text, author: author, initials: initials, date: date))
        }
        var edits: [(range: Range<Int>, text: String, order: Int)] = []
        // Suggestions: a new paragraph after the target, its mark and its run inserted by the author.
        var nextID = firstID + comments.count
        let stamp = Self.timestamp(date)
        for insertion in insertions {
            let paragraph = paragraphs[min(max(insertion.paragraph, 1), paragraphs.count) - 1]
            let after = paragraph.isEmpty ? paragraph.contentStart + 2 : paragraph.contentEnd + "</w:p>".utf8.count
            let attributes = "w:author=\"\(escape(author))\" w:date=\"\(stamp)\""
            let xml = "<w:p><w:pPr><w:rPr><w:ins w:id=\"\(nextID)\" \(attributes)/></w:rPr></w:pPr>"
                + "<w:ins w:id=\"\(nextID + 1)\" \(attributes)><w:r><w:t xml:space=\"preserve\">\(escape(insertion.text))</w:t></w:r></w:ins></w:p>"
            nextID += 2
            edits.append((after..<after, xml, 2))
        }
        for (index, paragraph) in paragraphs.enumerated() {
            guard let open = opening[index], let close = closing[index] else { continue }
            if paragraph.isEmpty {
                // `<w:p …/>` becomes `<w:p …>marks</w:p>`.
                edits.append((paragraph.contentStart..<paragraph.contentStart + 2, ">" + open + close + "</w:p>", 0))
            } else {
                edits.append((paragraph.contentStart..<paragraph.contentStart, open, 0))
                edits.append((paragraph.contentEnd..<paragraph.contentEnd, close, 1))
            }
        }
        var utf8 = Array(body.utf8)
        // From the end, so earlier offsets stay valid; at one offset the range's end goes in first,
        // so that its start comes before it.
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.order) > ($1.range.lowerBound, $1.order) }) {
            utf8.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        let annotated = String(decoding: utf8, as: UTF8.self)
        let commentsPart: String
        if let existing, let close = existing.range(of: "</w:comments>", options: .backwards) {
            commentsPart = existing[..<close.lowerBound] + entries.joined() + existing[close.lowerBound...]
        } else {
            commentsPart = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + entries.joined() + "</w:comments>"
        }
        var replaced: [String: Data] = ["word/document.xml": Data(annotated.utf8), "word/comments.xml": Data(commentsPart.utf8)]
        let relsPath = "word/_rels/document.xml.rels"
        if let rels = try zip.part(relsPath).map({ String(decoding: $0, as: UTF8.self) }), !rels.contains("/relationships/comments\"") {
            let id = Self.freeRelationshipID(in: rels)
            replaced[relsPath] = Data(Self.before("</Relationships>", in: rels, insert:
                "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>").utf8)
        } else if try zip.part(relsPath) == nil {
            replaced[relsPath] = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdPlancheckComments\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                + "</Relationships>").utf8)
        }
        if let types = try zip.part("[Content_Types].xml").map({ String(decoding: $0, as: UTF8.self) }),
           !types.contains("PartName=\"/word/comments.xml\"") {
            replaced["[Content_Types].xml"] = Data(Self.before("</Types>", in: types, insert:
                "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>").utf8)
        }
        return try zip.rewritten(replacing: replaced, kind: ".docx")
    }

    // MARK: Parts

    /// The text of a part written in UTF-8; marks are inserted into its bytes, so another
    /// encoding (UTF-16, which Word does not write) is refused rather than damaged.
    static func utf8(_ data: Data, part: String) throws(DocumentError) -> String {
        let head = String(decoding: data.prefix(100), as: UTF8.self).lowercased()
        let declared = head.range(of: #"encoding\s*=\s*["']([^"']+)["']"#, options: .regularExpression).map { String(head[$0]) }
        guard !(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])),
              declared.map({ $0.contains("utf-8") || $0.contains("utf8") }) ?? true,
              let text = String(data: data, encoding: .utf8) else { throw .annotationNeedsUTF8(part: part) }
        return text
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func comment(id: Int, text: [String], author: String, initials: String, date: Date) -> String {
        var xml = "<w:comment w:id=\"\(id)\" w:author=\"\(escape(author))\" w:date=\"\(timestamp(date))\" w:initials=\"\(escape(initials))\">"
        for (index, paragraph) in (text.isEmpty ? [""] : text).enumerated() {
            xml += "<w:p>" + (index == 0 ? "<w:r><w:annotationRef/></w:r>" : "")
                + "<w:r><w:t xml:space=\"preserve\">\(escape(paragraph))</w:t></w:r></w:p>"
        }
        return xml + "</w:comment>"
    }

    /// Text for XML: markup characters escaped, characters XML 1.0 cannot hold dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func largestID(in xml: String) -> Int {
        var largest = -1
        var rest = xml[...]
        while let range = rest.range(of: "w:id=\"") {
            let digits = rest[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { largest = max(largest, value) }
            rest = rest[range.upperBound...]
        }
        return largest
    }

    private static func freeRelationshipID(in rels: String) -> String {
        var candidate = "rIdPlancheckComments"
        var number = 1
        while rels.contains("Id=\"\(candidate)\"") {
            number += 1
            candidate = "rIdPlancheckComments\(number)"
        }
        return candidate
    }

    private static func before(_ closing: String, in xml: String, insert: String) -> String {
        guard let range = xml.range(of: closing, options: .backwards) else { return xml }
        return xml[..<range.lowerBound] + insert + xml[range.lowerBound...]
    }
}

/// Finds the body's paragraphs in the text of `word/document.xml`, counted as `DocxReader` counts
/// them (every `w:p` in document order, not those inside deleted or moved-away text or an
/// `mc:Fallback`), with where a comment's range can start (after the paragraph's properties) and end
/// (before `</w:p>`). A scan over the text, not a parse: the bytes around the marks stay as they are.
enum WordParagraphScanner {
    struct Paragraph {
        /// Offset (UTF-8) of "<w:p".
        var tagStart: Int
        var contentStart: Int
        var contentEnd: Int
        /// Written `<w:p …/>`: `contentStart` is then the offset of its "/>".
        var isEmpty: Bool
    }

    static func paragraphs(in xml: String) -> [Paragraph] {
        var scanner = XMLTagScanner(xml)
        var result: [Paragraph] = []
        var open: [Int] = []  // indexes into result of paragraphs not yet closed
        var skipped: [String] = []  // skipped elements open, innermost last
        while let tag = scanner.next() {
            if ["w:del", "w:moveFrom", "mc:Fallback"].contains(tag.name) {
                if tag.closing { if skipped.last == tag.name { skipped.removeLast() } } else if !tag.selfClosing { skipped.append(tag.name) }
                continue
            }
            if !skipped.isEmpty { continue }
            if tag.name == "w:p" {
                if tag.closing {
                    if let last = open.popLast() { result[last].contentEnd = tag.start }
                } else if tag.selfClosing {
                    result.append(Paragraph(tagStart: tag.start, contentStart: tag.end - 2, contentEnd: tag.end - 2, isEmpty: true))
                } else {
                    result.append(Paragraph(tagStart: tag.start, contentStart: tag.end, contentEnd: tag.end, isEmpty: false))
                    open.append(result.count - 1)
                }
            } else if tag.name == "w:pPr", let last = open.last, !tag.closing, scanner.onlySpace(result[last].contentStart, tag.start) {
                // The properties come first in a paragraph; the comment starts after them.
                if tag.selfClosing {
                    result[last].contentStart = tag.end
                } else if let close = scanner.find("</w:pPr>", from: tag.end) {
                    result[last].contentStart = close + "</w:pPr>".utf8.count
                    scanner.index = result[last].contentStart
                }
            }
        }
        return result
    }
}
