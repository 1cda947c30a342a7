import Foundation
import PlanCheckText

/// Word (.docx): body paragraphs and tables in order, headings from styles and outline levels,
/// automatic numbering rendered into labels, tracked changes read as accepted, text boxes and
/// footnotes included, page headers and footers left out, runs in legacy fonts converted.
///
/// The document becomes a plain-text rendition, one line per paragraph or table row, which is
/// what `plancheck extract` prints and what line and column refer to; every block also keeps its
/// Word paragraph number.
public enum DocxReader: DocumentReader {
    public static let extensions = ["docx", "docm", "dotx"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw OldFormats.binaryWord }
        var zip = try SafeZip(bytes, kind: ".docx")
        guard let body = try zip.part("word/document.xml") else {
            throw .noWordDocument
        }
        let styles = try WordStyles(styles: try zip.part("word/styles.xml"), numbering: try zip.part("word/numbering.xml"))
        let builder = WordBodyBuilder(styles: styles)
        try builder.read(body, part: "word/document.xml")
        if let footnotes = try zip.part("word/footnotes.xml") {
            try builder.readNotes(footnotes, part: "word/footnotes.xml")
        }
        return builder.document(path: path, format: .docx)
    }
}

/// Collects Word paragraphs and table rows from a body part's events. A class, since the XML
/// reader calls back into it.
final class WordBodyBuilder {
    struct Paragraph {
        /// Its ordinal among the body's paragraphs (Word's count: table cells and text boxes too).
        var number = 0
        var text = ""
        var style: String?
        var numId: String?
        var ilvl: Int?
        var outlineLevel: Int?
    }

    struct Cell {
        var text = ""
        var span = 1
        var continuesMerge = false
        /// What the cell holds, in order, for a layout table (see `isLayout`): its paragraphs and
        /// the tables nested in it.
        var items: [Item] = []
    }

    enum Item {
        case paragraph(Paragraph)
        case table([[Cell]], rowParagraphs: [Int])
    }

    let styles: WordStyles
    private(set) var rendition = Rendition()
    private var counter = NumberingCounter()
    private var legacy: Set<LegacyEncoding> = []
    private var paragraphNumber = 0

    init(styles: WordStyles) { self.styles = styles }

    func read(_ data: Data, part: String) throws(DocumentError) {
        var state = State()
        try XMLEventReader.read(data, part: part) { event in
            self.handle(event, &state)
        }
    }

    /// Footnotes carry content in plans ("Chi tiết tại Phụ lục …"): read them after the body,
    /// skipping the separator notes Word keeps there.
    func readNotes(_ data: Data, part: String) throws(DocumentError) {
        var state = State()
        state.inNotes = true
        try XMLEventReader.read(data, part: part) { event in
            self.handle(event, &state)
        }
    }

    func document(path: String, format: DocumentFormat) -> PlanDocument {
        rendition.document(path: path, format: format, legacyEncodings: legacy)
    }

    struct State {
        var paragraphs: [Paragraph] = []      // a stack: text boxes nest paragraphs in paragraphs
        var runFont: String?
        var inRunProperties = false
        var inText = false
        var skipDepth = 0                      // inside deleted text or a fallback copy
        var tables: [[[Cell]]] = []            // a stack of tables, each a list of rows
        var cell: Cell?
        /// A cell of a table nested in `cell`, and where each of that table's rows starts.
        var innerCell: Cell?
        var innerRowParagraphs: [Int] = []
        var cellDepth = 0
        var inNotes = false
        var noteIsSeparator = false
        /// The Word paragraph number where each row of the outer table starts.
        var rowParagraphs: [Int] = []
    }

    private func handle(_ event: XMLEventReader.Event, _ state: inout State) {
        switch event {
        case .start(let name, let attributes):
            if state.skipDepth > 0 {
                state.skipDepth += 1
                return
            }
            switch name {
            case "w:del", "w:moveFrom", "mc:Fallback":
                state.skipDepth = 1
            case "w:footnote":
                let type = attributes["w:type"] ?? ""
                state.noteIsSeparator = type == "separator" || type == "continuationSeparator" || type == "continuationNotice"
            case "w:p":
                paragraphNumber += 1  // Word counts the paragraphs of table cells too
                state.paragraphs.append(Paragraph(number: paragraphNumber))
            case "w:pStyle": if var paragraph = state.paragraphs.popLast() {
                paragraph.style = attributes["w:val"]
                state.paragraphs.append(paragraph)
            }
            case "w:numId": if var paragraph = state.paragraphs.popLast() {
                paragraph.numId = attributes["w:val"]
                state.paragraphs.append(paragraph)
            }
            case "w:ilvl": if var paragraph = state.paragraphs.popLast() {
                paragraph.ilvl = attributes["w:val"].flatMap(Int.init)
                state.paragraphs.append(paragraph)
            }
            case "w:outlineLvl": if var paragraph = state.paragraphs.popLast() {
                paragraph.outlineLevel = attributes["w:val"].flatMap(Int.init)
                state.paragraphs.append(paragraph)
            }
            case "w:r": state.runFont = nil
            case "w:rPr": state.inRunProperties = true
            case "w:rFonts" where state.inRunProperties:
                state.runFont = attributes["w:ascii"] ?? attributes["w:hAnsi"] ?? state.runFont
            case "w:t": state.inText = true
            case "w:tab": appendText("\t", &state)
            case "w:br", "w:cr": appendText(" ", &state)
            case "w:noBreakHyphen": appendText("-", &state)
            case "w:tbl": state.tables.append([])
            case "w:tr":
                if !state.tables.isEmpty { state.tables[state.tables.count - 1].append([]) }
                if state.tables.count == 1 { state.rowParagraphs.append(paragraphNumber + 1) }
                if state.tables.count == 2 { state.innerRowParagraphs.append(paragraphNumber + 1) }
            case "w:tc":
                if state.tables.count == 1 { state.cell = Cell() }
                if state.tables.count == 2 { state.innerCell = Cell() }
                state.cellDepth += 1
            case "w:gridSpan":
                let span = max(1, min(attributes["w:val"].flatMap(Int.init) ?? 1, 64))
                if state.tables.count == 1 { state.cell?.span = span }
                if state.tables.count == 2 { state.innerCell?.span = span }
            case "w:vMerge":
                if state.tables.count == 1 { state.cell?.continuesMerge = attributes["w:val"] != "restart" }
                if state.tables.count == 2 { state.innerCell?.continuesMerge = attributes["w:val"] != "restart" }
            default: break
            }
        case .end(let name):
            if state.skipDepth > 0 {
                state.skipDepth -= 1
                return
            }
            switch name {
            case "w:t": state.inText = false
            case "w:rPr": state.inRunProperties = false
            case "w:p":
                guard let paragraph = state.paragraphs.popLast() else { return }
                if state.cell != nil || state.tables.count > 1 {
                    // Paragraphs of a cell (and of tables nested in it) make the cell's text.
                    // (In place: a copy of the cell per paragraph made a long cell quadratic.)
                    let text = paragraph.text.trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty, let separator = state.cell.map({ $0.text.isEmpty ? "" : " " }) {
                        state.cell?.text += separator + text
                        if state.tables.count == 1 { state.cell?.items.append(.paragraph(paragraph)) }
                    }
                    // A paragraph of a table nested deeper still is text of the nested table's cell.
                    if !text.isEmpty, state.tables.count >= 2, let separator = state.innerCell.map({ $0.text.isEmpty ? "" : " " }) {
                        state.innerCell?.text += separator + text
                    }
                } else if !(state.inNotes && state.noteIsSeparator) {
                    emit(paragraph)
                }
            case "w:tc":
                state.cellDepth -= 1
                if state.tables.count == 1, let cell = state.cell, !state.tables[0].isEmpty {
                    state.tables[0][state.tables[0].count - 1].append(cell)
                    state.cell = nil
                }
                if state.tables.count == 2, let inner = state.innerCell, !state.tables[1].isEmpty {
                    state.tables[1][state.tables[1].count - 1].append(inner)
                    state.innerCell = nil
                }
            case "w:tbl":
                guard let table = state.tables.popLast() else { return }
                if state.tables.isEmpty {
                    if Self.isLayout(table) {
                        emitContents(of: table)
                    } else {
                        emit(table: table, paragraphs: state.rowParagraphs)
                    }
                    state.rowParagraphs = []
                } else if state.tables.count == 1 {
                    state.cell?.items.append(.table(table, rowParagraphs: state.innerRowParagraphs))
                    state.innerRowParagraphs = []
                }
            default: break
            }
        case .text(let text):
            if state.skipDepth == 0, state.inText { appendText(text, &state, convert: true) }
        }
    }

    private func appendText(_ text: String, _ state: inout State, convert: Bool = false) {
        guard !state.paragraphs.isEmpty else { return }
        var text = text
        if convert {
            let styleFont = styles.resolve(state.paragraphs.last?.style) { $0.font }
            if let font = state.runFont ?? styleFont ?? styles.defaultFont, let (encoding, upper) = LegacyEncoding.font(font),
               text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value <= 0xFF }) || upper {
                text = encoding.convert(latin1: text, upperCase: upper)
                legacy.insert(encoding)
            }
        }
        state.paragraphs[state.paragraphs.count - 1].text += text
    }

    private func emit(_ paragraph: Paragraph) {
        let text = paragraph.text.trimmingCharacters(in: .whitespaces)
        let numId = paragraph.numId ?? styles.resolve(paragraph.style) { $0.numId }
        let ilvl = paragraph.ilvl ?? styles.resolve(paragraph.style) { $0.ilvl } ?? 0
        var label: String?
        if let numId, !text.isEmpty { label = counter.label(numId: numId, ilvl: ilvl, styles: styles) }
        let level = paragraph.outlineLevel.flatMap { $0 < 9 ? $0 + 1 : nil } ?? styles.headingLevel(paragraph.style)
        rendition.addParagraph(label.map { $0 + " " + text } ?? text, headingLevel: level, paragraph: paragraph.number)
    }

    /// A table used to lay out the page, not to tabulate: agency templates put the whole plan in
    /// one cell (the header block in the row above). A frame of at most three rows and two
    /// columns with a cell holding many paragraphs, or paragraphs and a table of its own, is such
    /// a place; a task table has more rows or columns, whatever one of its cells holds (twelve
    /// partner units, one per line).
    static func isLayout(_ table: [[Cell]]) -> Bool {
        guard table.count <= 3, table.allSatisfy({ $0.reduce(0) { $0 + $1.span } <= 2 }) else { return false }
        return table.contains { row in
            row.contains { cell in
                let paragraphs = cell.items.count { if case .paragraph = $0 { true } else { false } }
                let tables = cell.items.count - paragraphs
                return paragraphs >= layoutParagraphs || (tables > 0 && paragraphs >= 3)
            }
        }
    }

    /// Paragraphs in one cell from which a table is a layout table.
    static let layoutParagraphs = 12

    /// A layout table's cells in order, each paragraph as a body paragraph and each table nested
    /// in a cell as a table of the body.
    private func emitContents(of table: [[Cell]]) {
        for row in table {
            for cell in row {
                for item in cell.items {
                    switch item {
                    case .paragraph(let paragraph): emit(paragraph)
                    case .table(let rows, let paragraphs): emit(table: rows, paragraphs: paragraphs)
                    }
                }
            }
        }
    }

    private func emit(table: [[Cell]], paragraphs: [Int]) {
        var above: [String] = []
        for (index, row) in table.enumerated() {
            var cells: [String] = []
            for cell in row {
                // A vertically merged cell shows the text of the cell it continues.
                let text = cell.continuesMerge && cells.count < above.count ? above[cells.count] : cell.text
                for _ in 0..<cell.span { cells.append(text) }
            }
            above = cells
            rendition.addRow(cells, paragraph: index < paragraphs.count ? paragraphs[index] : paragraphNumber)
        }
    }
}

/// Builds the plain-text rendition of a structured document (Word, LibreOffice) and its blocks.
struct Rendition {
    /// Word and LibreOffice paragraphs are units of their own; PDF lines are pieces of paragraphs.
    let separateParagraphs: Bool
    private var text = ""
    private var scalarCount = 0
    private var blocks: [Block] = []
    private var afterBreak = true

    init(separateParagraphs: Bool = true) {
        self.separateParagraphs = separateParagraphs
    }

    mutating func addParagraph(_ paragraph: String, headingLevel: Int?, paragraph number: Int?, page: Int? = nil) {
        let line = paragraph.replacingOccurrences(of: "\n", with: " ")
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else {
            // Word's empty paragraphs are spacing; PDF's blank lines end paragraphs.
            if !separateParagraphs, !text.isEmpty, !afterBreak { _ = append("") }
            afterBreak = true
            return
        }
        let start = append(line)
        let kind: Block.Kind = headingLevel.map { .heading(level: $0) } ?? .line
        blocks.append(Block(kind: kind, range: start..<start + line.unicodeScalars.count,
                            followsBreak: separateParagraphs || afterBreak || headingLevel != nil,
                            paragraph: number, page: page))
        afterBreak = false
    }

    mutating func addRow(_ cells: [String], paragraph number: Int?, page: Int? = nil) {
        var line = "|"
        var ranges: [Range<Int>] = []
        let start = scalarCount + (text.isEmpty ? 0 : 1)
        var offset = 1
        for cell in cells {
            let text = cell.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "/")
            line += " " + text + " |"
            let length = text.unicodeScalars.count
            ranges.append(start + offset + 1..<start + offset + 1 + length)
            offset += length + 3
        }
        _ = append(line)
        blocks.append(Block(kind: .tableRow(cells: ranges), range: start..<start + line.unicodeScalars.count,
                            followsBreak: false, paragraph: number, page: page))
        afterBreak = false
    }

    /// Adds a line and returns the offset where it starts.
    private mutating func append(_ line: String) -> Int {
        if !text.isEmpty {
            text += "\n"
            scalarCount += 1
        }
        let start = scalarCount
        text += line
        scalarCount += line.unicodeScalars.count
        return start
    }

    func document(path: String, format: DocumentFormat, legacyEncodings: Set<LegacyEncoding>) -> PlanDocument {
        PlanDocument(path: path, format: format, source: SourceText(text), blocks: blocks, legacyEncodings: legacyEncodings)
    }
}

/// Formats plancheck recognises but does not read, with what to do instead.
enum OldFormats {
    static let binaryWord = DocumentError.convert(.doc)
}
