import Foundation
import PlanCheckText

/// LibreOffice Writer (.odt): the same model as Word, read from content.xml with the list styles
/// of styles.xml and content.xml. Headings from text:h outline levels, list numbering rendered
/// into labels, tables as rows and cells, frames and notes included, tracked changes and
/// comments left out.
public enum OdtReader: DocumentReader {
    public static let extensions = ["odt", "ott"]

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        var zip = try SafeZip(bytes, kind: ".odt")
        guard let content = try zip.part("content.xml") else {
            throw .noOpenDocumentText
        }
        var listStyles = ListStyles()
        if let styles = try zip.part("styles.xml") { try listStyles.read(styles, part: "styles.xml") }
        try listStyles.read(content, part: "content.xml")
        let builder = OdtBodyBuilder(listStyles: listStyles)
        try XMLEventReader.read(content, part: "content.xml") { builder.handle($0) }
        return builder.rendition.document(path: path, format: .odt, legacyEncodings: [])
    }
}

/// List styles: for each style and level, how the label is written.
struct ListStyles {
    struct Level {
        var format = "1"          // 1, I, i, A, a, or "" for none
        var template: String?      // loext:num-list-format, e.g. "%1%.%2%."
        var prefix = ""
        var suffix = "."
        var bullet = false
    }

    var styles: [String: [Int: Level]] = [:]

    mutating func read(_ data: Data, part: String) throws(DocumentError) {
        var current: String?
        var collected = styles
        try XMLEventReader.read(data, part: part) { event in
            guard case .start(let name, let attributes) = event else {
                if case .end(let name) = event, name == "text:list-style" { current = nil }
                return
            }
            switch name {
            case "text:list-style": current = attributes["style:name"]
            case "text:list-level-style-number", "text:list-level-style-bullet":
                guard let style = current, let level = attributes["text:level"].flatMap(Int.init) else { return }
                var value = Level()
                value.bullet = name == "text:list-level-style-bullet"
                value.format = attributes["style:num-format"] ?? "1"
                value.template = attributes["loext:num-list-format"]
                value.prefix = attributes["style:num-prefix"] ?? ""
                value.suffix = attributes["style:num-suffix"] ?? ""
                collected[style, default: [:]][level] = value
            default: break
            }
        }
        styles = collected
    }
}

final class OdtBodyBuilder {
    private let listStyles: ListStyles
    private(set) var rendition = Rendition()
    private var paragraphs: [(text: String, heading: Int?)] = []
    private var skipDepth = 0
    private var inBody = false
    private var paragraphNumber = 0
    // Lists: the style of the current list tree, the nesting, counters per style and level.
    private var listStack: [String] = []
    private var counters: [String: [Int: Int]] = [:]
    private var pendingLabel: String?
    // Tables: rows of cells for the outermost table; nested tables fold into the cell.
    private var tableDepth = 0
    private var rows: [[String]] = []
    private var cell: String?
    private var cellSpan = 1
    private var cellRepeat = 1
    private var covered = false
    /// Covered cells still to come that belong to the last cell's span across columns: they were
    /// placed with it.
    private var spannedAhead = 0

    init(listStyles: ListStyles) { self.listStyles = listStyles }

    func handle(_ event: XMLEventReader.Event) {
        switch event {
        case .start(let name, let attributes): start(name, attributes)
        case .end(let name): end(name)
        case .text(let text):
            if skipDepth == 0, inBody { append(text) }
        }
    }

    private func start(_ name: String, _ attributes: [String: String]) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        switch name {
        case "office:text": inBody = true
        case "text:tracked-changes", "office:annotation", "text:note-citation", "text:sequence-decls":
            skipDepth = 1
        case "text:list":
            let style = attributes["text:style-name"] ?? listStack.last ?? ""
            if listStack.isEmpty, attributes["text:continue-numbering"] != "true", attributes["text:continue-list"] == nil {
                counters[style] = [:]
            }
            listStack.append(style)
        case "text:list-item":
            let level = listStack.count
            guard let style = listStack.first else { return }
            var counts = counters[style] ?? [:]
            counts[level, default: 0] += 1
            for deeper in counts.keys where deeper > level { counts[deeper] = nil }
            counters[style] = counts
            pendingLabel = label(style: style, level: level, counts: counts)
        case "text:p", "text:h":
            paragraphs.append(("", name == "text:h" ? attributes["text:outline-level"].flatMap(Int.init) ?? 1 : nil))
            if tableDepth == 0 { paragraphNumber += 1 }
        case "text:s": append(String(repeating: " ", count: max(1, min(attributes["text:c"].flatMap(Int.init) ?? 1, 100))))
        case "text:tab": append("\t")
        case "text:line-break": append(" ")
        case "table:table":
            tableDepth += 1
            if tableDepth == 1 { rows = [] }
        case "table:table-row":
            if tableDepth == 1 {
                rows.append([])
                spannedAhead = 0
            }
        case "table:table-cell", "table:covered-table-cell":
            if tableDepth == 1 {
                cell = ""
                cellSpan = max(1, min(attributes["table:number-columns-spanned"].flatMap(Int.init) ?? 1, 64))
                // One element for several equal cells in a row ("three empty cells", "two covered").
                cellRepeat = max(1, min(attributes["table:number-columns-repeated"].flatMap(Int.init) ?? 1, 64))
                covered = name == "table:covered-table-cell"
            }
        default: break
        }
    }

    private func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "office:text": inBody = false
        case "text:list": _ = listStack.popLast()
        case "text:p", "text:h":
            guard let paragraph = paragraphs.popLast() else { return }
            let text = paragraph.text.trimmingCharacters(in: .whitespaces)
            if tableDepth > 0 || cell != nil {
                if !text.isEmpty, let current = cell { cell = current + (current.isEmpty ? "" : " ") + text }
                return
            }
            var line = text
            if let label = pendingLabel, !text.isEmpty {
                line = label + " " + text
                pendingLabel = nil
            }
            rendition.addParagraph(line, headingLevel: paragraph.heading, paragraph: paragraphNumber)
        case "table:table-cell", "table:covered-table-cell":
            guard tableDepth == 1, let text = cell, !rows.isEmpty else { return }
            defer { cell = nil }
            var count = cellRepeat
            // ODF writes a cell merged across N columns as the cell and N-1 covered cells.
            if covered, spannedAhead > 0 {
                let taken = min(count, spannedAhead)
                spannedAhead -= taken
                count -= taken
                if count == 0 { return }
            }
            // A row is as wide as a table can be (64 columns a cell, 1,024 a row).
            for _ in 0..<count where rows[rows.count - 1].count < 1_024 {
                let column = rows[rows.count - 1].count
                // A covered cell belongs to a merge: it shows the text above it (vertical merge).
                let value = covered && rows.count > 1 && column < rows[rows.count - 2].count ? rows[rows.count - 2][column] : text
                for _ in 0..<(covered ? 1 : cellSpan) { rows[rows.count - 1].append(value) }
                spannedAhead = covered ? 0 : cellSpan - 1
            }
        case "table:table":
            tableDepth -= 1
            if tableDepth == 0 {
                for row in rows { rendition.addRow(row, paragraph: paragraphNumber) }
                rows = []
            }
        default: break
        }
    }

    private func append(_ text: String) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
    }

    private func label(style: String, level: Int, counts: [Int: Int]) -> String? {
        guard let levels = listStyles.styles[style], let format = levels[level] else { return nil }
        if format.bullet { return "-" }
        if format.format.isEmpty { return nil }
        if let template = format.template {
            var text = template
            for index in (1...10).reversed() where text.contains("%\(index)%") {
                let value = counts[index] ?? 1
                text = text.replacingOccurrences(of: "%\(index)%", with: Self.format(value, levels[index]?.format ?? "1"))
            }
            return text
        }
        return format.prefix + Self.format(counts[level] ?? 1, format.format) + format.suffix
    }

    private static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "I": return NumberingCounter.format(value, "upperRoman")
        case "i": return NumberingCounter.format(value, "lowerRoman")
        case "A": return NumberingCounter.format(value, "upperLetter")
        case "a": return NumberingCounter.format(value, "lowerLetter")
        default: return String(value)
        }
    }
}
