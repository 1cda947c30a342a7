import Foundation

/// Writes a copy of an .odt with comments (`office:annotation`) on given paragraphs, numbered as
/// `OdtReader` numbers them (paragraphs and headings outside tables; a table's rows carry the
/// number of the paragraph before the table, so their comments go there). Only `content.xml`
/// changes, by insertion after each paragraph's start tag; every other part is copied unchanged,
/// `mimetype` first and stored, as OpenDocument requires. Read under the same limits as the reader.
public enum OdtCommentWriter {
    public static func annotate(_ bytes: [UInt8], comments: [WordComment], author: String = WordCommentWriter.author,
                                date: Date = Date()) throws(DocumentError) -> [UInt8] {
        var zip = try SafeZip(bytes, kind: ".odt")
        guard let data = try zip.part("content.xml") else { throw .noOpenDocumentText }
        let content = try WordCommentWriter.utf8(data, part: "content.xml")
        let paragraphs = Self.paragraphs(in: content)
        guard !paragraphs.isEmpty else { throw .noParagraphs(part: "content.xml") }
        var notes: [Int: String] = [:]
        let stamp = WordCommentWriter.timestamp(date)
        for comment in comments {
            let target = min(max(comment.paragraph, 1), paragraphs.count) - 1
            notes[target, default: ""] += "<office:annotation xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>"
                + XMLText.escape(author) + "</dc:creator><dc:date>\(stamp)</dc:date>"
                + (comment.text.isEmpty ? [""] : comment.text).map { "<text:p>\(XMLText.escape($0))</text:p>" }.joined()
                + "</office:annotation>"
        }
        var utf8 = Array(content.utf8)
        for (index, paragraph) in paragraphs.enumerated().reversed() {
            guard let note = notes[index] else { continue }
            if paragraph.isEmpty {
                // `<text:p …/>` becomes `<text:p …>note</text:p>`.
                utf8.replaceSubrange(paragraph.end - 2..<paragraph.end, with: Array((">" + note + "</\(paragraph.name)>").utf8))
            } else {
                utf8.insert(contentsOf: Array(note.utf8), at: paragraph.end)
            }
        }
        return try zip.rewritten(replacing: ["content.xml": Data(utf8)], kind: ".odt")
    }

    struct Paragraph {
        var name: String
        /// Offset just after the start tag's ">".
        var end: Int
        var isEmpty: Bool
    }

    /// The paragraphs `OdtReader` counts: `text:p` and `text:h` outside tables and outside
    /// tracked changes, annotations, note citations and sequence declarations.
    static func paragraphs(in xml: String) -> [Paragraph] {
        var scanner = XMLTagScanner(xml)
        var result: [Paragraph] = []
        var tables = 0
        while let tag = scanner.next(outside: ["text:tracked-changes", "office:annotation", "text:note-citation", "text:sequence-decls"]) {
            if tag.closing && tag.name != "table:table" { continue }
            switch tag.name {
            case "table:table":
                if tag.closing { tables -= 1 } else if !tag.selfClosing { tables += 1 }
            case "text:p" where tables == 0, "text:h" where tables == 0:
                result.append(Paragraph(name: tag.name, end: tag.end, isEmpty: tag.selfClosing))
            default:
                break
            }
        }
        return result
    }
}
