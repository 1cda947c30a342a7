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

    static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    public static func annotate(_ bytes: [UInt8], comments: [WordComment], insertions: [WordInsertion] = [], author: String = author,
                                initials: String = "PC", date: Date = Date()) throws(DocumentError) -> [UInt8] {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw OldFormats.binaryWord }
        var zip = try SafeZip(bytes, kind: ".docx")
        guard let bodyData = try zip.part("word/document.xml") else { throw .noWordDocument }
        let body = try Self.utf8(bodyData, part: "word/document.xml")
        let relsPath = "word/_rels/document.xml.rels"
        let rels = try zip.part(relsPath).map { data throws(DocumentError) in try Self.utf8(data, part: relsPath) }
        // The comments part is the one the body's relationship names (word/comments.xml by default).
        let linked = rels.flatMap(Self.commentsTarget)
        let commentsPath = linked ?? "word/comments.xml"
        let existing = try zip.part(commentsPath).map { data throws(DocumentError) in try Self.utf8(data, part: commentsPath) }
        let paragraphs = WordParagraphScanner.paragraphs(in: body)
        guard !paragraphs.isEmpty else { throw .noParagraphs(part: "word/document.xml") }
        // Ids: the smallest numbers no annotation of the package uses (bookmarks, tracked changes,
        // comments share the space in practice); never arithmetic on the file's own numbers.
        var ids = IDAllocator(used: Self.usedIDs(in: body).union(existing.map(Self.usedIDs) ?? []))
        var opening: [Int: String] = [:], closing: [Int: String] = [:]  // marks by paragraph index
        var entries: [String] = []
        for comment in comments {
            let id = ids.next()
            // A number past the body's paragraphs (a footnote's) goes on the last one.
            let target = min(max(comment.paragraph, 1), paragraphs.count) - 1
            opening[target, default: ""] += "<w:commentRangeStart w:id=\"\(id)\"/>"
            closing[target, default: ""] += "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
            entries.append(Self.comment(id: id, text: comment.text, author: author, initials: initials, date: date,
                                        declaring: existing.map { !$0.contains("xmlns:w=") } ?? false))
        }
        var edits: [(range: Range<Int>, text: String, order: Int)] = []
        // Suggestions: a new paragraph after the target, its mark and its run inserted by the author.
        let stamp = Self.timestamp(date)
        for insertion in insertions {
            let paragraph = paragraphs[min(max(insertion.paragraph, 1), paragraphs.count) - 1]
            let after = paragraph.end
            let attributes = "w:author=\"\(XMLText.escape(author))\" w:date=\"\(stamp)\""
            let xml = "<w:p><w:pPr><w:rPr><w:ins w:id=\"\(ids.next())\" \(attributes)/></w:rPr></w:pPr>"
                + "<w:ins w:id=\"\(ids.next())\" \(attributes)><w:r><w:t xml:space=\"preserve\">\(XMLText.escape(insertion.text))</w:t></w:r></w:ins></w:p>"
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
        var replaced: [String: Data] = ["word/document.xml": Data(annotated.utf8)]
        if let existing {
            // After the comments already there, whatever the root's prefix (a new comment declares
            // the namespace when the part does not bind "w"); a part that cannot take them is
            // refused, not replaced.
            guard let extended = Self.appending(entries.joined(), toComments: existing) else { throw .malformedXML(part: commentsPath, line: 1, column: 1) }
            replaced[commentsPath] = Data(extended.utf8)
        } else {
            replaced[commentsPath] = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:comments xmlns:w=\"\(mainNamespace)\">" + entries.joined() + "</w:comments>").utf8)
        }
        if linked == nil {
            let relationship = "<Relationship Id=\"\(Self.freeRelationshipID(in: rels ?? ""))\" Type=\"\(commentsType)\" Target=\"comments.xml\"/>"
            replaced[relsPath] = Data((rels.flatMap { Self.before(#/<\/([A-Za-z_][\w.-]*:)?Relationships\s*>/#, in: $0, insert: relationship) }
                ?? ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationship + "</Relationships>")).utf8)
        }
        let typesPath = "[Content_Types].xml"
        if let types = try zip.part(typesPath).map({ data throws(DocumentError) in try Self.utf8(data, part: typesPath) }),
           types.range(of: #"PartName\s*=\s*["']/\#(NSRegularExpression.escapedPattern(for: commentsPath))["']"#, options: .regularExpression) == nil,
           let extended = Self.before(#/<\/([A-Za-z_][\w.-]*:)?Types\s*>/#, in: types, insert:
               "<Override PartName=\"/\(commentsPath)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>") {
            replaced[typesPath] = Data(extended.utf8)
        }
        return try zip.rewritten(replacing: replaced, kind: ".docx")
    }

    /// The package path of the comments part a relationships part names, if any.
    static func commentsTarget(_ rels: String) -> String? {
        var scanner = XMLTagScanner(rels)
        while let tag = scanner.next() {
            guard !tag.closing, tag.name.hasSuffix("Relationship"), scanner.attribute("Type", of: tag)?.hasSuffix("/comments") == true,
                  let target = scanner.attribute("Target", of: tag), !target.isEmpty else { continue }
            // Targets are relative to word/ unless absolute.
            return target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
        }
        return nil
    }

    /// Every numeric `w:id` the part uses, in either quotes.
    static func usedIDs(in xml: String) -> Set<Int> {
        var used: Set<Int> = []
        for match in xml.matches(of: #/w:id\s*=\s*["'](-?\d{1,18})["']/#) {
            if let value = Int(match.1) { used.insert(value) }
        }
        return used
    }

    /// `entries` before the comments root's closing tag (`</w:comments>` with any prefix and
    /// spacing), or inside a root written empty (`<w:comments …/>`).
    static func appending(_ entries: String, toComments xml: String) -> String? {
        if let close = xml.ranges(of: #/<\/([A-Za-z_][\w.-]*:)?comments\s*>/#).last {
            return xml[..<close.lowerBound] + entries + xml[close.lowerBound...]
        }
        if let empty = xml.firstMatch(of: #/<(([A-Za-z_][\w.-]*:)?comments)\b([^>]*?)\/>/#) {
            return xml[..<empty.range.lowerBound] + "<\(empty.1)\(empty.3)>" + entries + "</\(empty.1)>" + xml[empty.range.upperBound...]
        }
        return nil
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

    /// `declaring`: the comments part does not bind the `w` prefix itself (a default namespace).
    private static func comment(id: Int, text: [String], author: String, initials: String, date: Date, declaring: Bool) -> String {
        var xml = "<w:comment\(declaring ? " xmlns:w=\"\(mainNamespace)\"" : "") w:id=\"\(id)\" w:author=\"\(XMLText.escape(author))\" w:date=\"\(timestamp(date))\" w:initials=\"\(XMLText.escape(initials))\">"
        for (index, paragraph) in (text.isEmpty ? [""] : text).enumerated() {
            xml += "<w:p>" + (index == 0 ? "<w:r><w:annotationRef/></w:r>" : "")
                + "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(paragraph))</w:t></w:r></w:p>"
        }
        return xml + "</w:comment>"
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

    /// `insert` before the last match of `closing` (the root's closing tag, any prefix and spacing).
    private static func before<Output>(_ closing: Regex<Output>, in xml: String, insert: String) -> String? {
        guard let close = xml.ranges(of: closing).last else { return nil }
        return xml[..<close.lowerBound] + insert + xml[close.lowerBound...]
    }
}

/// Hands out the smallest non-negative ids a package does not use yet.
struct IDAllocator {
    private var used: Set<Int>
    private var candidate = 0

    init(used: Set<Int>) { self.used = used }

    mutating func next() -> Int {
        while used.contains(candidate) { candidate += 1 }
        used.insert(candidate)
        return candidate
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
        /// Just after the paragraph: after `</w:p>`, or after `<w:p …/>`.
        var end: Int
        /// Written `<w:p …/>`: `contentStart` is then the offset of its "/>".
        var isEmpty: Bool
    }

    static func paragraphs(in xml: String) -> [Paragraph] {
        var scanner = XMLTagScanner(xml)
        var result: [Paragraph] = []
        var open: [Int] = []  // indexes into result of paragraphs not yet closed
        while let tag = scanner.next(outside: ["w:del", "w:moveFrom", "mc:Fallback"]) {
            if tag.name == "w:p" {
                if tag.closing {
                    if let last = open.popLast() {
                        result[last].contentEnd = tag.start
                        result[last].end = tag.end
                    }
                } else if tag.selfClosing {
                    result.append(Paragraph(tagStart: tag.start, contentStart: tag.end - 2, contentEnd: tag.end - 2, end: tag.end, isEmpty: true))
                } else {
                    result.append(Paragraph(tagStart: tag.start, contentStart: tag.end, contentEnd: tag.end, end: tag.end, isEmpty: false))
                    open.append(result.count - 1)
                }
            } else if tag.name == "w:pPr", let last = open.last, !tag.closing, scanner.onlyMarkup(result[last].contentStart, tag.start) {
                // The properties come first in a paragraph; the comment starts after them (after the
                // matching end tag: a tracked change of properties holds a w:pPr of its own).
                if tag.selfClosing {
                    result[last].contentStart = tag.end
                } else {
                    var depth = 1
                    while depth > 0, let inner = scanner.next() {
                        guard inner.name == "w:pPr" else { continue }
                        if inner.closing { depth -= 1 } else if !inner.selfClosing { depth += 1 }
                        if depth == 0 { result[last].contentStart = inner.end }
                    }
                }
            }
        }
        return result
    }
}
