import PlanCheckDocuments
import Foundation
import PlanCheckMatching
import PlanCheckRules
import ZIPFoundation

/// The screening as an Excel workbook (Office Open XML SpreadsheetML, written through ZIPFoundation):
/// the matrix with coloured, labelled statuses; every finding and evidence quote with its location;
/// the documents with their metadata, scores and read errors. Inline strings keep the package to
/// the parts Excel requires; text is escaped and stripped of characters XML cannot hold.
public struct XLSXMatrixWriter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    /// Cell styles, by index into styles.xml's cellXfs.
    enum Style: Int {
        case plain = 0, header, covered, partial, missing, notApplicable, waived, percent, wrap, unknown
        init(_ status: RequirementStatus?) {
            switch status {
            case .covered?: self = .covered
            case .partial?: self = .partial
            case .missing?: self = .missing
            case .notApplicable?: self = .notApplicable
            case .waived?: self = .waived
            case .unknown?: self = .unknown
            case nil: self = .plain
            }
        }
    }

    enum Value {
        case text(String)
        case number(Double)
    }

    struct Cell {
        var value: Value
        var style: Style = .plain
        init(_ text: String, _ style: Style = .plain) { value = .text(text); self.style = style }
        init(number: Double, _ style: Style) { value = .number(number); self.style = style }
    }

    struct Sheet {
        var name: String
        var widths: [Double]
        var rows: [[Cell]]
        /// Frozen header rows and columns.
        var frozenRows = 1
        var frozenColumns = 0
    }

    public func data(_ matrix: CoverageMatrix) throws -> Data {
        let sheets = [matrixSheet(matrix), findingsSheet(matrix), documentsSheet(matrix)]
        let archive = try Archive(accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", Self.rootRelationships),
            ("docProps/app.xml", Self.appProperties),
            ("docProps/core.xml", Self.coreProperties),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        // A fixed date keeps the file the same from run to run for the same input.
        let date = Date(timeIntervalSince1970: 1_767_225_600)
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    // MARK: Sheets

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    private func documentCells(_ row: CoverageMatrix.Row, in matrix: CoverageMatrix, labels: MatrixLabels) -> [Cell] {
        let texts = labels.documentCells(row, in: matrix)
        var cells = texts.map { Cell($0) }
        for (offset, severity) in [Severity.error, .warning, .info].enumerated() {
            if let value = row.scores[severity]?.value { cells[MatrixLabels.firstScoreColumn + offset] = Cell(number: value, .percent) }
        }
        return cells
    }

    func matrixSheet(_ matrix: CoverageMatrix) -> Sheet {
        let labels = MatrixLabels(language)
        let compared = matrix.comparison.map { _ in [labels.comparisonHeading] } ?? []
        let header = (labels.documentHeadings + matrix.columns.map(labels.requirementHeading) + compared).map { Cell($0, .header) }
        var rows = [header]
        for (index, row) in matrix.rows.enumerated() {
            let change = matrix.comparison.map { [Cell($0.summary(document: index, language), .wrap)] } ?? []
            rows.append(documentCells(row, in: matrix, labels: labels) + row.cells.map { Cell(labels.cell($0?.status), Style($0?.status)) } + change)
        }
        let widths = [40.0, 30, 30, 16, 12, 14, 22, 10, 10, 10, 30, 30] + Array(repeating: 14.0, count: matrix.columns.count)
            + compared.map { _ in 30.0 }
        return Sheet(name: pick("Ma trận", "Matrix"), widths: widths, rows: rows, frozenColumns: 1)
    }

    func findingsSheet(_ matrix: CoverageMatrix) -> Sheet {
        let strings = UIStrings(language)
        let header = [pick("Văn bản", "Document"), pick("Yêu cầu", "Requirement"), pick("Tên yêu cầu", "Title"),
                      pick("Mức độ", "Severity"), pick("Trạng thái", "Status"), pick("Loại", "Kind"),
                      pick("Dòng", "Line"), pick("Cột", "Column"), pick("Mục", "Section"), pick("Trang", "Page"),
                      pick("Đoạn", "Paragraph"), pick("Trích dẫn / chi tiết", "Quote / detail"),
                      pick("Gợi ý", "Hint"), pick("Căn cứ", "Citation")].map { Cell($0, .header) }
        var rows = [header]
        for row in matrix.rows {
            guard let result = row.document.result else { continue }
            for requirement in result.requirements where requirement.status != .notApplicable {
                let rule = requirement.rule
                let common = [Cell(row.path), Cell(rule.id), Cell(rule.title.text(language)), Cell(strings.severity(rule.severity)),
                              Cell(labelsCell(requirement.status), Style(requirement.status))]
                for evidence in requirement.evidence {
                    let location = evidence.location
                    rows.append(common + [Cell(pick("bằng chứng", "evidence")), Cell(number: Double(location.line), .plain),
                                          Cell(number: Double(location.column), .plain), Cell(location.section),
                                          optionalNumber(location.page), optionalNumber(location.paragraph),
                                          Cell(evidence.quote, .wrap), Cell(""), Cell(rule.citation)])
                }
                for finding in result.findings where finding.ruleId == rule.id {
                    let location = finding.location
                    let detail = finding.detail?.text(language) ?? rule.message(for: finding.status, language)
                    rows.append(common + [Cell(pick("phát hiện", "finding")), Cell(number: Double(location.line), .plain),
                                          Cell(number: Double(location.column), .plain), Cell(location.section),
                                          optionalNumber(location.page), optionalNumber(location.paragraph),
                                          Cell(detail, .wrap), Cell(rule.hint.text(language), .wrap), Cell(rule.citation)])
                }
            }
        }
        let widths = [36.0, 9, 32, 11, 14, 12, 7, 7, 10, 7, 7, 60, 50, 40]
        return Sheet(name: pick("Phát hiện", "Findings"), widths: widths, rows: rows)
    }

    func documentsSheet(_ matrix: CoverageMatrix) -> Sheet {
        let labels = MatrixLabels(language)
        let strings = UIStrings(language)
        let header = (labels.documentHeadings + [pick("Nơi ban hành", "Place"), pick("Loại văn bản", "Type"),
                                                 pick("Trích yếu", "Title"), pick("Nguồn xác định loại cơ quan", "Profile source"),
                                                 pick("Trích dẫn Chiến lược", "Cites the Strategy")]).map { Cell($0, .header) }
        var rows = [header]
        for row in matrix.rows {
            let result = row.document.result
            let metadata = result?.metadata
            rows.append(documentCells(row, in: matrix, labels: labels) + [
                Cell(metadata?.place ?? ""), Cell(metadata?.type ?? ""), Cell(metadata?.title ?? "", .wrap),
                Cell(result.map { strings.profileSource($0.profileSource) } ?? ""),
                Cell(metadata.map { $0.citesStrategy ? pick("có", "yes") : pick("không", "no") } ?? ""),
            ])
        }
        let widths = [40.0, 30, 16, 12, 14, 22, 10, 10, 10, 40, 16, 14, 50, 20, 12]
        return Sheet(name: pick("Văn bản", "Documents"), widths: widths, rows: rows)
    }

    private func labelsCell(_ status: RequirementStatus) -> String { MatrixLabels(language).cell(status) }

    private func optionalNumber(_ value: Int?) -> Cell {
        value.map { Cell(number: Double($0), .plain) } ?? Cell("")
    }

    // MARK: XML

    static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Text fit for an XML element, cut to Excel's 32,767 characters per cell.
    static func xmlText(_ text: String) -> String { XMLText.escape(text, maxScalars: 32_000) }

    func worksheet(_ sheet: Sheet) -> String {
        let columnCount = sheet.rows.map(\.count).max() ?? 1
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += "<dimension ref=\"A1:\(Self.columnName(columnCount - 1))\(max(sheet.rows.count, 1))\"/>"
        let topLeft = "\(Self.columnName(sheet.frozenColumns))\(sheet.frozenRows + 1)"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane"
        if sheet.frozenColumns > 0 { xml += " xSplit=\"\(sheet.frozenColumns)\"" }
        xml += " ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"\(sheet.frozenColumns > 0 ? "bottomRight" : "bottomLeft")\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in sheet.widths.prefix(columnCount).enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(Self.columnName(columnIndex))\(rowIndex + 1)"
                let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
                switch cell.value {
                case .text(let text):
                    guard !text.isEmpty else {
                        if cell.style != .plain { xml += "<c r=\"\(reference)\"\(style)/>" }
                        continue
                    }
                    xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.xmlText(text))</t></is></c>"
                case .number(let number):
                    xml += "<c r=\"\(reference)\"\(style)><v>\(number)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.rows.count > 1 {
            xml += "<autoFilter ref=\"A1:\(Self.columnName(columnCount - 1))\(sheet.rows.count)\"/>"
        }
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup orientation=\"landscape\"/></worksheet>"
        return xml
    }

    func workbook(_ sheets: [Sheet]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(Self.xmlText(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() where sheet.rows.count > 1 {
            let columns = sheet.rows.map(\.count).max() ?? 1
            xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">'\(Self.xmlText(sheet.name))'!$A$1:$\(Self.columnName(columns - 1))$\(sheet.rows.count)</definedName>"
        }
        xml += "</definedNames></workbook>"
        return xml
    }

    func workbookRelationships(_ count: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 1...count {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    func contentTypes(_ count: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        for index in 1...count {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let rootRelationships = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
    """#

    static let appProperties = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>plancheck</Application></Properties>
    """#

    static let coreProperties = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>plancheck</dc:title><dc:creator>plancheck</dc:creator></cp:coreProperties>
    """#

    /// Fonts, fills and cell formats in the order of `Style`: statuses as green, amber, red, grey,
    /// blue and (unknown) lilac fills (the cell text carries a symbol and a word as well).
    static let styles = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="8"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE4DFEC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="6" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="7" borderId="0" xfId="0" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """#
}
