import Foundation
import Testing
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanCheckTestSupport
@testable import PlanCheckDocuments

/// Comments written into a copy of a .docx: on the right paragraphs, everything else as it was.
@Suite struct WordCommentWriterTests {
    private static let w = DocxReaderTests.w

    private static func parts(_ bytes: [UInt8]) throws -> [String: String] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    /// The paragraph (as the reader numbers it) that holds each comment id's range start: the
    /// innermost one around it.
    private static func anchors(_ body: String) -> [Int: Int] {
        let paragraphs = WordParagraphScanner.paragraphs(in: body)
        var result: [Int: Int] = [:]
        for match in body.matches(of: #/<w:commentRangeStart w:id="(\d+)"/>/#) {
            let offset = body.utf8.distance(from: body.utf8.startIndex, to: match.range.lowerBound.samePosition(in: body.utf8) ?? body.utf8.startIndex)
            let around = paragraphs.indices.filter { index in
                let paragraph = paragraphs[index]
                let end = paragraph.isEmpty ? paragraph.contentStart + 2 : paragraph.contentEnd
                return paragraph.tagStart <= offset && offset <= end
            }
            if let id = Int(match.1), let innermost = around.max(by: { paragraphs[$0].tagStart < paragraphs[$1].tagStart }) {
                result[id] = innermost + 1
            }
        }
        return result
    }

    @Test(arguments: ["ke-hoach-cds-tinh-2025.docx", "ke-hoach-cds-tinh-2025-unstyled.docx", "ke-hoach-cds-tinh-2025-numbered.docx",
                      "ke-hoach-tinh-son-la-tcvn3.docx", "chien-luoc-du-lieu-tinh-lao-cai.docx"])
    func commentsLandOnTheirParagraphsAndTheTextStays(name: String) throws {
        let original = [UInt8](try Data(contentsOf: TestSupport.officeDirectory.appendingPathComponent(name)))
        let document = try DocxReader.read(original, path: name)
        // A comment on every third paragraph that has text, and one on the first.
        let numbered: [Int] = document.blocks.compactMap { $0.paragraph }
        var chosen: Set<Int> = [numbered[0]]
        for (offset, number) in numbered.enumerated() where offset % 3 == 0 { chosen.insert(number) }
        let targets = chosen.sorted()
        let comments = targets.map { WordComment(paragraph: $0, text: ["Đoạn \($0) <&> \"trích\"", "second line"]) }
        let annotated = try WordCommentWriter.annotate(original, comments: comments, date: Date(timeIntervalSince1970: 0))
        // The plan reads the same: same text, same paragraph numbers.
        let again = try DocxReader.read(annotated, path: name)
        #expect(again.source.string(0..<again.source.count) == document.source.string(0..<document.source.count))
        #expect(again.blocks.map { $0.paragraph } == document.blocks.map { $0.paragraph })
        let before = try Self.parts(original), after = try Self.parts(annotated)
        // Every other part is as it was; the comments part holds one comment per finding.
        for (path, text) in before where !["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"].contains(path) {
            #expect(after[path] == text, "\(path) changed")
        }
        let commentsPart = try #require(after["word/comments.xml"])
        #expect(commentsPart.components(separatedBy: "<w:comment ").count - 1 == comments.count)
        #expect(commentsPart.contains("Đoạn \(targets[0]) &lt;&amp;&gt; &quot;trích&quot;"))
        #expect(after["[Content_Types].xml"]?.contains(#"PartName="/word/comments.xml""#) == true)
        #expect(after["word/_rels/document.xml.rels"]?.contains("relationships/comments") == true)
        // Each id's range starts in its paragraph; ends and references match the starts.
        let body = try #require(after["word/document.xml"])
        let anchors = Self.anchors(body)
        #expect(anchors.count == comments.count)
        for (offset, comment) in comments.enumerated() { #expect(anchors[offset] == comment.paragraph) }
        #expect(body.components(separatedBy: "<w:commentRangeEnd ").count - 1 == comments.count)
        #expect(body.components(separatedBy: "<w:commentReference ").count - 1 == comments.count)
        // Only marks were added to the body.
        let stripped = body.replacing(#/<w:commentRangeStart w:id="\d+"/>|<w:commentRangeEnd w:id="\d+"/><w:r><w:commentReference w:id="\d+"/></w:r>/#, with: "")
        #expect(stripped == before["word/document.xml"])
        #expect(XMLParser(data: Data(body.utf8)).parse() && XMLParser(data: Data(commentsPart.utf8)).parse())
    }

    /// Existing comments and tracked changes are kept; new ids follow the old ones; paragraphs
    /// inside deleted text and a text box's fallback are not counted, as the reader does not.
    @Test func existingCommentsTrackedChangesTextBoxesAndEmptyParagraphs() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:commentRangeStart w:id="7"/><w:r><w:t>KẾ HOẠCH</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>"#
            + #"<w:p><w:r><w:t>Có </w:t></w:r><w:ins w:id="20" w:author="A"><w:r><w:t>bổ sung</w:t></w:r></w:ins><w:del w:id="21" w:author="A"><w:r><w:delText>xóa</w:delText></w:r></w:del></w:p>"#
            + #"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
            + #"<w:p/><w:p w:rsidR="00A1"><w:r><w:t>Sau hộp "văn bản" > đó</w:t></w:r></w:p>"#
        let existing = #"<?xml version="1.0"?><w:comments \#(Self.w)><w:comment w:id="7" w:author="Viện"><w:p><w:r><w:t>Cũ</w:t></w:r></w:p></w:comment></w:comments>"#
        let original = try DocxReaderTests.package([
            "word/document.xml": #"<?xml version="1.0"?><w:document \#(Self.w)><w:body>\#(body)</w:body></w:document>"#,
            "word/comments.xml": existing,
            "word/_rels/document.xml.rels": #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#,
            "[Content_Types].xml": #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>"#,
        ])
        let document = try DocxReader.read(original, path: "t.docx")
        let numbers = Dictionary(document.blocks.map { (document.source.string($0.range), $0.paragraph ?? 0) }, uniquingKeysWith: { $1 })
        #expect(numbers["Sau hộp \"văn bản\" > đó"] == 6)  // the text box's paragraph counts once, the empty one too
        let comments = [WordComment(paragraph: 1, text: ["a"]), WordComment(paragraph: 2, text: ["b"]), WordComment(paragraph: 4, text: ["c"]),
                        WordComment(paragraph: 5, text: ["d"]), WordComment(paragraph: 6, text: ["e"])]
        let annotated = try WordCommentWriter.annotate(original, comments: comments)
        let after = try Self.parts(annotated)
        let commentsPart = try #require(after["word/comments.xml"])
        #expect(commentsPart.contains(#"<w:comment w:id="7" w:author="Viện">"#) && commentsPart.contains(">Cũ<"))
        // New ids are the smallest the package does not use (7 is the old comment's, 20 and 21 the
        // tracked changes').
        #expect([0, 1, 2, 3, 4].allSatisfy { commentsPart.contains(#"w:id="\#($0)" w:author="plancheck""#) })
        #expect(after["word/_rels/document.xml.rels"]?.components(separatedBy: "relationships/comments").count == 2)  // not added twice
        let body2 = try #require(after["word/document.xml"])
        #expect(body2.contains(#"<w:ins w:id="20" w:author="A">"#) && body2.contains("<w:delText>xóa</w:delText>"))
        #expect(Self.anchors(body2) == [7: 1, 0: 1, 1: 2, 2: 4, 3: 5, 4: 6])
        #expect(body2.contains(#"<w:p><w:commentRangeStart w:id="3"/><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>"#))
        // The properties stay first in their paragraph.
        #expect(body2.contains(#"<w:pPr><w:pStyle w:val="Title"/></w:pPr><w:commentRangeStart w:id="0"/>"#))
        #expect(XMLParser(data: Data(body2.utf8)).parse())
        let again = try DocxReader.read(annotated, path: "t.docx")
        #expect(again.source.string(0..<again.source.count) == document.source.string(0..<document.source.count))
    }

    /// Suggested text is a new paragraph after its target, marked as inserted by plancheck (mark
    /// and run), so Word offers to accept or reject it; the reader then reads it in its place.
    @Test func suggestionsAreTrackedInsertionsAfterTheirParagraph() throws {
        let body = #"<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>V. TỔ CHỨC THỰC HIỆN</w:t></w:r></w:p><w:p/>"#
        let original = try DocxReaderTests.package(["word/document.xml": #"<?xml version="1.0"?><w:document \#(Self.w)><w:body>\#(body)</w:body></w:document>"#])
        let annotated = try WordCommentWriter.annotate(original, comments: [WordComment(paragraph: 2, text: ["thiếu"])],
                                                       insertions: [WordInsertion(paragraph: 2, text: "Định kỳ báo cáo <Bộ>."),
                                                                    WordInsertion(paragraph: 3, text: "Cuối.")],
                                                       date: Date(timeIntervalSince1970: 0))
        let after = try Self.parts(annotated)
        let xml = try #require(after["word/document.xml"])
        #expect(xml.contains(#"V. TỔ CHỨC THỰC HIỆN</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p><w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="plancheck" w:date="1970-01-01T00:00:00Z"/></w:rPr></w:pPr><w:ins w:id="2" w:author="plancheck" w:date="1970-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">Định kỳ báo cáo &lt;Bộ&gt;.</w:t></w:r></w:ins></w:p>"#))
        #expect(xml.hasSuffix(#"<w:p/><w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="plancheck" w:date="1970-01-01T00:00:00Z"/></w:rPr></w:pPr><w:ins w:id="4" w:author="plancheck" w:date="1970-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">Cuối.</w:t></w:r></w:ins></w:p></w:body></w:document>"#))
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        let source = try DocxReader.read(annotated, path: "t.docx").source
        let lines = source.string(0..<source.count).components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.suffix(3) == ["V. TỔ CHỨC THỰC HIỆN", "Định kỳ báo cáo <Bộ>.", "Cuối."])
    }

    /// An .odt gets `office:annotation`s after its paragraphs' start tags, numbered as the reader
    /// numbers them; `mimetype` stays first and stored; the text reads the same.
    @Test(arguments: ["ke-hoach-cds-tinh-2025.odt", "chien-luoc-du-lieu-tinh-lao-cai.odt", "ke-hoach-bo-y-te.odt"])
    func openDocumentCommentsLandOnTheirParagraphs(name: String) throws {
        let original = [UInt8](try Data(contentsOf: TestSupport.officeDirectory.appendingPathComponent(name)))
        let document = try OdtReader.read(original, path: name)
        // (Rows of a table before any paragraph carry 0: their comments go on the first paragraph.)
        let numbers = Array(Set(document.blocks.compactMap { $0.paragraph }.filter { $0 > 0 })).sorted()
        let targets = numbers.enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        let annotated = try OdtCommentWriter.annotate(original, comments: targets.map { WordComment(paragraph: $0, text: ["Đoạn \($0) <&>"]) })
        let again = try OdtReader.read(annotated, path: name)
        #expect(again.source.string(0..<again.source.count) == document.source.string(0..<document.source.count))
        let archive = try Archive(data: Data(annotated), accessMode: .read)
        let first = try #require(archive.makeIterator().next())
        #expect(first.path == "mimetype" && first.compressedSize == first.uncompressedSize)
        let before = try Self.parts(original), after = try Self.parts(annotated)
        for (path, text) in before where path != "content.xml" { #expect(after[path] == text, "\(path) changed") }
        let content = try #require(after["content.xml"])
        #expect(content.components(separatedBy: "<office:annotation ").count - 1 == targets.count)
        #expect(content.contains("Đoạn \(targets[0]) &lt;&amp;&gt;"))
        #expect(XMLParser(data: Data(content.utf8)).parse())
        // Each note sits right after the start tag of the paragraph with its number.
        let paragraphs = OdtCommentWriter.paragraphs(in: content)
        let bytes = Array(content.utf8)
        for target in targets {
            let end = paragraphs[target - 1].end
            let after = String(decoding: bytes[end..<min(bytes.count, end + 4000)], as: UTF8.self)
            #expect(after.hasPrefix("<office:annotation "))
            // The paragraph's own text follows its note: the reader's block with that number.
            guard let noteEnd = after.range(of: "</office:annotation>"),
                  let block = document.blocks.first(where: { $0.paragraph == target && $0.kind == .line }) else { continue }
            let text = after[noteEnd.upperBound...].prefix { $0 != "\n" }.replacing(#/<[^>]*>/#, with: "")
            let expected = document.source.string(block.range)
            #expect(expected.hasSuffix(String(text.prefix(8))) || text.hasPrefix(expected.prefix(8)) || expected.contains(text.prefix(8)),
                    "paragraph \(target): «\(text.prefix(30))» is not «\(expected.prefix(30))»")
        }
    }

    /// Shapes an attack on the writer found: huge and single-quoted ids, a comments part of
    /// another name, a closing tag with a space, a tracked change of properties, a comment before
    /// the properties, a processing instruction with an apostrophe.
    @Test func oddButValidPackagesKeepTheirAnnotationsWhole() throws {
        let body = #"<w:p><w:bookmarkStart w:id="9223372036854775807" w:name="x"/><w:r><w:t>KẾ HOẠCH</w:t></w:r><w:bookmarkEnd w:id="9223372036854775807"/></w:p >"#
            + #"<w:p><!-- ghi chú --><w:pPr><w:jc w:val="center"/><w:pPrChange w:id='0' w:author="X"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:commentRangeStart w:id='1'/><w:r><w:t>I. MỤC TIÊU</w:t></w:r><w:commentRangeEnd w:id='1'/><w:r><w:commentReference w:id='1'/></w:r></w:p>"#
            + #"<?x don't?><w:p><w:r><w:t>II. NHIỆM VỤ</w:t></w:r></w:p>"#
        let original = try DocxReaderTests.package([
            "word/document.xml": #"<?xml version="1.0"?><w:document \#(Self.w)><w:body>\#(body)</w:body></w:document>"#,
            "word/comments1.xml": #"<?xml version="1.0"?><w:comments \#(Self.w)><w:comment w:id='1' w:author="Viện"><w:p><w:r><w:t>Cũ</w:t></w:r></w:p></w:comment></w:comments >"#,
            "word/_rels/document.xml.rels": #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id='rId9' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments' Target='comments1.xml'/></Relationships>"#,
            "[Content_Types].xml": #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName='/word/comments1.xml' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>"#,
        ])
        let annotated = try WordCommentWriter.annotate(original, comments: (1...3).map { WordComment(paragraph: $0, text: ["n\($0)"]) },
                                                       insertions: [WordInsertion(paragraph: 1, text: "Thêm.")])
        let after = try Self.parts(annotated)
        #expect(after["word/comments.xml"] == nil)  // the comments go where the relationship points
        let comments = try #require(after["word/comments1.xml"])
        #expect(comments.contains("Cũ") && comments.components(separatedBy: "<w:comment ").count - 1 == 4)
        #expect(after["word/_rels/document.xml.rels"]?.components(separatedBy: "relationships/comments").count == 2)
        #expect(after["[Content_Types].xml"]?.components(separatedBy: "PartName").count == 2)
        let xml = try #require(after["word/document.xml"])
        #expect(XMLParser(data: Data(xml.utf8)).parse() && XMLParser(data: Data(comments.utf8)).parse())
        // New ids avoid 0 and 1 (single-quoted); no arithmetic on the bookmark's huge id. (Counted in
        // the copy, where the suggestion after the first paragraph is the second.)
        #expect(Self.anchors(xml) == [2: 1, 3: 3, 4: 4])
        // After the whole properties (not inside the tracked change), and the suggestion after "</w:p >".
        #expect(xml.contains(#"</w:pPrChange></w:pPr><w:commentRangeStart w:id="3"/>"#))
        #expect(xml.contains(#"</w:p ><w:p><w:pPr><w:rPr><w:ins w:id="5""#))
        let again = try DocxReader.read(annotated, path: "t.docx")
        #expect(again.source.string(0..<again.source.count).contains("Thêm."))
    }

    @Test func aDamagedPackageIsTheReadersError() throws {
        #expect(throws: DocumentError.self) { try WordCommentWriter.annotate(Array("not a zip".utf8), comments: []) }
        #expect(throws: DocumentError.self) { try WordCommentWriter.annotate([0xD0, 0xCF, 0x11, 0xE0, 0, 0], comments: []) }
        // A body in UTF-16 is refused, not damaged by marks written as UTF-8.
        let utf16 = try DocxReaderTests.package(["word/document.xml": #"<?xml version="1.0" encoding="UTF-16"?><w:document/>"#])
        #expect(throws: DocumentError.annotationNeedsUTF8(part: "word/document.xml")) {
            try WordCommentWriter.annotate(utf16, comments: [WordComment(paragraph: 1, text: ["x"])])
        }
    }
}
