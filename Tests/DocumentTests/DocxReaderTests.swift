import Foundation
import Testing
import ZIPFoundation
@testable import PlanCheckDocuments

/// Word features one at a time, on packages built in the test.
@Suite struct DocxReaderTests {
    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    static func package(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static func read(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil) throws -> PlanDocument {
        var parts = ["word/document.xml": #"<?xml version="1.0"?><w:document \#(w)><w:body>\#(body)</w:body></w:document>"#]
        if let styles { parts["word/styles.xml"] = #"<w:styles \#(w)>\#(styles)</w:styles>"# }
        if let numbering { parts["word/numbering.xml"] = #"<w:numbering \#(w)>\#(numbering)</w:numbering>"# }
        if let footnotes { parts["word/footnotes.xml"] = #"<w:footnotes \#(w)>\#(footnotes)</w:footnotes>"# }
        return try DocxReader.read(try package(parts), path: "t.docx")
    }

    static func lines(_ document: PlanDocument) -> [String] {
        document.source.string(0..<document.source.count).components(separatedBy: "\n")
    }

    static func p(_ text: String, style: String? = nil, num: (Int, Int)? = nil) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if let (numId, ilvl) = num { properties += #"<w:numPr><w:ilvl w:val="\#(ilvl)"/><w:numId w:val="\#(numId)"/></w:numPr>"# }
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    /// A template's layout table (the plan's paragraphs in one cell, a table nested among them) is
    /// read as the paragraphs and the table it holds; a task table whose cells hold a few lines
    /// each stays a table of rows.
    @Test func aLayoutTableIsReadAsWhatItHolds() throws {
        func cell(_ paragraphs: [String]) -> String { "<w:tc>" + paragraphs.map { Self.p($0) }.joined() + "</w:tc>" }
        let task = "<w:tbl><w:tr>" + cell(["STT"]) + cell(["Nhiệm vụ"]) + cell(["Chủ trì"]) + "</w:tr><w:tr>" + cell(["1"])
            + cell(["Xây dựng kho dữ liệu", "dùng chung"]) + cell(["Sở Khoa học và Công nghệ", "Phối hợp: các sở", "Quý II/2027"]) + "</w:tr></w:tbl>"
        let kept = try Self.read(body: task)
        #expect(Self.lines(kept) == ["| STT | Nhiệm vụ | Chủ trì |",
                                     "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ Phối hợp: các sở Quý II/2027 |"])
        let body = ["I. MỤC TIÊU", "Phát triển dữ liệu.", "II. NHIỆM VỤ"].map { Self.p($0) }.joined() + task + Self.p("III. TỔ CHỨC THỰC HIỆN")
        let layout = try Self.read(body: "<w:tbl><w:tr>" + cell(["ỦY BAN NHÂN DÂN TỈNH"]) + "</w:tr><w:tr><w:tc>" + body + "</w:tc></w:tr></w:tbl>")
        #expect(Self.lines(layout) == ["ỦY BAN NHÂN DÂN TỈNH", "I. MỤC TIÊU", "Phát triển dữ liệu.", "II. NHIỆM VỤ",
                                       "| STT | Nhiệm vụ | Chủ trì |",
                                       "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ Phối hợp: các sở Quý II/2027 |",
                                       "III. TỔ CHỨC THỰC HIỆN"])
        // Each paragraph keeps its Word number (comments from `annotate` land on it).
        #expect(layout.blocks.compactMap { $0.paragraph } == [1, 2, 3, 4, 5, 8, 14])
        // A task table whose partner cell lists twelve units, one per line, is still a table.
        let partners = (1...12).map { "Sở \($0)" }
        let long = try Self.read(body: "<w:tbl><w:tr>" + cell(["STT"]) + cell(["Nhiệm vụ"]) + cell(["Phối hợp"]) + "</w:tr><w:tr>" + cell(["1"])
            + cell(["Xây dựng kho dữ liệu"]) + cell(partners) + "</w:tr></w:tbl>")
        #expect(Self.lines(long) == ["| STT | Nhiệm vụ | Phối hợp |", "| 1 | Xây dựng kho dữ liệu | " + partners.joined(separator: " ") + " |"])
        // A table nested in a cell of the nested task table keeps its text in that cell.
        let stages = "<w:tbl><w:tr>" + cell(["Giai đoạn 1"]) + cell(["Năm 2026"]) + "</w:tr></w:tbl>"
        let deep = try Self.read(body: "<w:tbl><w:tr><w:tc>" + body.replacingOccurrences(of: "Quý II/2027</w:t></w:r></w:p>",
            with: "Quý II/2027</w:t></w:r></w:p>" + stages + Self.p("")) + "</w:tc></w:tr></w:tbl>")
        #expect(Self.lines(deep).contains("| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ Phối hợp: các sở Quý II/2027 Giai đoạn 1 Năm 2026 |"))
    }

    /// ODF writes a cell merged across columns as the cell and a covered cell for each further
    /// column; merged down, as a covered cell in the rows below. Each row keeps its columns.
    @Test func openDocumentMergedCellsKeepTheirRowsColumns() throws {
        let office = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#
        func cell(_ text: String, across: Int = 1, down: Int = 1) -> String {
            #"<table:table-cell table:number-columns-spanned="\#(across)" table:number-rows-spanned="\#(down)"><text:p>\#(text)</text:p></table:table-cell>"#
        }
        let covered = "<table:covered-table-cell/>"
        let rows = [
            cell("TT") + cell("Nhiệm vụ") + cell("Quý I") + cell("Quý II"),
            cell("I. DỮ LIỆU SỐ", across: 4) + covered + covered + covered,
            cell("1") + cell("Xây dựng kho dữ liệu", down: 2) + cell("x") + cell(""),
            cell("2") + covered + cell("") + cell("x"),
            // One element for several cells: two covered by the span before them, then one
            // merged down from the row above; three empty cells in one.
            cell("II. HẠ TẦNG", across: 3) + #"<table:covered-table-cell table:number-columns-repeated="2"/>"# + covered,
            cell("3") + #"<table:table-cell table:number-columns-repeated="3"/>"#,
        ].map { "<table:table-row>\($0)</table:table-row>" }.joined()
        let content = #"<?xml version="1.0"?><office:document-content \#(office)><office:body><office:text><table:table>\#(rows)</table:table></office:text></office:body></office:document-content>"#
        let document = try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content]), path: "t.odt")
        let cells = document.blocks.compactMap { block -> [String]? in
            guard case .tableRow(let cells) = block.kind else { return nil }
            return cells.map { document.source.string($0) }
        }
        #expect(cells == [["TT", "Nhiệm vụ", "Quý I", "Quý II"],
                          ["I. DỮ LIỆU SỐ", "I. DỮ LIỆU SỐ", "I. DỮ LIỆU SỐ", "I. DỮ LIỆU SỐ"],
                          ["1", "Xây dựng kho dữ liệu", "x", ""],
                          ["2", "Xây dựng kho dữ liệu", "", "x"],
                          ["II. HẠ TẦNG", "II. HẠ TẦNG", "II. HẠ TẦNG", "x"],
                          ["3", "", "", ""]])
    }

    @Test func headingsFromStylesAndNumberingRenderedAsLabels() throws {
        let styles = #"<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:basedOn w:val="H1"/></w:style><w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>"#
        let numbering = #"<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>"#
        let document = try Self.read(body: Self.p("MỤC TIÊU", style: "Muc", num: (3, 0)) + Self.p("Mục tiêu chung", style: "Outline", num: (3, 1))
                                     + Self.p("Nội dung", num: (3, 2)) + Self.p("Nội dung hai", num: (3, 2))
                                     + Self.p("NHIỆM VỤ", style: "H1", num: (3, 0)) + Self.p("Xây dựng", num: (3, 2)),
                                     styles: styles, numbering: numbering)
        #expect(Self.lines(document) == ["I. MỤC TIÊU", "I.1. Mục tiêu chung", "a) Nội dung", "b) Nội dung hai", "II. NHIỆM VỤ", "a) Xây dựng"])
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .heading(level: 2), .line, .line, .heading(level: 1), .line])
        #expect(document.blocks.map(\.paragraph) == [1, 2, 3, 4, 5, 6])
    }

    @Test func tablesWithMergedCellsBecomeRows() throws {
        let cell = { (text: String, extra: String) in "<w:tc><w:tcPr>\(extra)</w:tcPr>\(Self.p(text))</w:tc>" }
        let body = "<w:tbl>"
            + "<w:tr>" + cell("Nhiệm vụ", "") + cell("Chủ trì", "") + cell("Thời gian", "") + "</w:tr>"
            + "<w:tr>" + cell("Kho dữ liệu", "") + cell("Sở KH&amp;CN", #"<w:vMerge w:val="restart"/>"#) + cell("2025", "") + "</w:tr>"
            + "<w:tr>" + cell("Quy chế", "") + cell("", "<w:vMerge/>") + cell("2026", "") + "</w:tr>"
            + "<w:tr>" + cell("Ghi chú chung", #"<w:gridSpan w:val="3"/>"#) + "</w:tr>"
            + "</w:tbl>"
        let document = try Self.read(body: body)
        #expect(Self.lines(document) == ["| Nhiệm vụ | Chủ trì | Thời gian |", "| Kho dữ liệu | Sở KH&CN | 2025 |",
                                         "| Quy chế | Sở KH&CN | 2026 |", "| Ghi chú chung | Ghi chú chung | Ghi chú chung |"])
        guard case .tableRow(let cells) = document.blocks[2].kind else { Issue.record("not a row"); return }
        #expect(cells.map { document.source.string($0) } == ["Quy chế", "Sở KH&CN", "2026"])
    }

    @Test func trackedChangesAcceptedTextBoxesOnceFootnotesIncluded() throws {
        let body = #"<w:p><w:r><w:t>Bảo đảm </w:t></w:r><w:del><w:r><w:delText>không </w:delText></w:r></w:del><w:ins><w:r><w:t>an toàn thông tin</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> theo cấp độ.</w:t></w:r></w:p>"#
            + #"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp văn bản</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Trong hộp văn bản</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
        let footnotes = #"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Chi tiết tại Phụ lục.</w:t></w:r></w:p></w:footnote>"#
        let document = try Self.read(body: body, footnotes: footnotes)
        #expect(Self.lines(document) == ["Bảo đảm an toàn thông tin theo cấp độ.", "Trong hộp văn bản", "Chi tiết tại Phụ lục."])
    }

    @Test func legacyFontRunsAreConvertedRunByRun() throws {
        let styles = #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>"#
        let body = #"<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">KÕ ho¹ch </w:t></w:r><w:r><w:t>dữ liệu </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="VNI-Times"/></w:rPr><w:t>soá</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTimeH"/></w:rPr><w:t>nhiÖm vô</w:t></w:r></w:p>"#
        let document = try Self.read(body: body, styles: styles)
        #expect(Self.lines(document) == ["Kế hoạch dữ liệu số", "NHIỆM VỤ"])
        #expect(document.legacyEncodings == [.tcvn3, .vni])
    }
}
