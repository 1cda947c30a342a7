import Foundation
import PlanCheckText

/// What plancheck needs from a Word package's styles.xml and numbering.xml: heading levels,
/// fonts (for legacy encodings) and automatic numbering formats.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var ilvl: Int?
        var font: String?
    }

    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    var styles: [String: Style] = [:]
    var defaultFont: String?
    /// numId → abstract numbering's levels by ilvl.
    var numbering: [String: [Int: Level]] = [:]

    init(styles stylesXML: Data?, numbering numberingXML: Data?) throws(DocumentError) {
        if let stylesXML { try readStyles(stylesXML) }
        if let numberingXML { try readNumbering(numberingXML) }
    }

    /// Follows basedOn links (bounded, since a file could loop them).
    func resolve<T>(_ styleId: String?, _ value: (Style) -> T?) -> T? {
        var current = styleId
        var steps = 0
        while let id = current, let style = styles[id], steps < 16 {
            if let found = value(style) { return found }
            current = style.basedOn
            steps += 1
        }
        return nil
    }

    /// The heading level (1…9) of a paragraph style, from its outline level or its name
    /// ("heading 2", "Title"), following basedOn links.
    func headingLevel(_ styleId: String?) -> Int? {
        if let level = resolve(styleId, { $0.outlineLevel }), level < 9 { return level + 1 }
        return resolve(styleId) { style in
            let name = style.name.lowercased()
            if name == "title" { return 1 }
            for prefix in ["heading ", "tiêu đề "] where name.hasPrefix(prefix) {
                if let level = Int(name.dropFirst(prefix.count)), (1...9).contains(level) { return level }
            }
            return nil
        }
    }

    private mutating func readStyles(_ data: Data) throws(DocumentError) {
        var current: (id: String, style: Style)?
        var inDefaults = false
        var stack: [String] = []
        var collected: [String: Style] = [:]
        var defaultFont: String?
        try XMLEventReader.read(data, part: "word/styles.xml") { event in
            switch event {
            case .start(let name, let attributes):
                stack.append(name)
                switch name {
                case "w:docDefaults": inDefaults = true
                case "w:style" where attributes["w:type"] == "paragraph" || attributes["w:type"] == "character":
                    current = (attributes["w:styleId"] ?? "", Style())
                case "w:name": current?.style.name = attributes["w:val"] ?? ""
                case "w:basedOn": current?.style.basedOn = attributes["w:val"]
                case "w:outlineLvl": current?.style.outlineLevel = attributes["w:val"].flatMap(Int.init)
                case "w:numId": current?.style.numId = attributes["w:val"]
                case "w:ilvl": current?.style.ilvl = attributes["w:val"].flatMap(Int.init)
                case "w:rFonts":
                    let font = attributes["w:ascii"] ?? attributes["w:hAnsi"]
                    if inDefaults { defaultFont = font } else { current?.style.font = font }
                default: break
                }
            case .end(let name):
                stack.removeLast()
                if name == "w:docDefaults" { inDefaults = false }
                if name == "w:style", let style = current {
                    collected[style.id] = style.style
                    current = nil
                }
            case .text: break
            }
        }
        styles = collected
        self.defaultFont = defaultFont
    }

    private mutating func readNumbering(_ data: Data) throws(DocumentError) {
        var abstracts: [String: [Int: Level]] = [:]
        var numToAbstract: [String: String] = [:]
        var abstractId: String?
        var level: (Int, Level)?
        var numId: String?
        try XMLEventReader.read(data, part: "word/numbering.xml") { event in
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "w:abstractNum": abstractId = attributes["w:abstractNumId"]
                case "w:lvl" where abstractId != nil: level = (attributes["w:ilvl"].flatMap(Int.init) ?? 0, Level())
                case "w:start": if let value = attributes["w:val"].flatMap(Int.init) { level?.1.start = max(0, min(value, 100_000)) }
                case "w:numFmt": if let value = attributes["w:val"] { level?.1.format = value }
                case "w:lvlText": if let value = attributes["w:val"] { level?.1.text = value }
                case "w:num": numId = attributes["w:numId"]
                case "w:abstractNumId": if let numId, let value = attributes["w:val"] { numToAbstract[numId] = value }
                default: break
                }
            case .end(let name):
                if name == "w:lvl", let (ilvl, value) = level, let abstractId {
                    abstracts[abstractId, default: [:]][ilvl] = value
                    level = nil
                }
                if name == "w:abstractNum" { abstractId = nil }
                if name == "w:num" { numId = nil }
            case .text: break
            }
        }
        for (num, abstract) in numToAbstract {
            numbering[num] = abstracts[abstract] ?? [:]
        }
    }
}

/// Renders Word's automatic numbering back into the labels a reader sees ("I.", "1.2.", "a)").
struct NumberingCounter {
    private var counters: [String: [Int: Int]] = [:]

    mutating func label(numId: String, ilvl: Int, styles: WordStyles) -> String? {
        guard numId != "0", let levels = styles.numbering[numId], let level = levels[ilvl] else { return nil }
        var counts = counters[numId] ?? [:]
        counts[ilvl] = (counts[ilvl] ?? (level.start - 1)) + 1
        for deeper in counts.keys where deeper > ilvl { counts[deeper] = nil }
        counters[numId] = counts
        if level.format == "bullet" { return "-" }
        if level.format == "none" { return nil }
        var text = level.text
        for index in (0...8).reversed() where text.contains("%\(index + 1)") {
            let format = levels[index]?.format ?? "decimal"
            let value = counts[index] ?? (levels[index]?.start ?? 1)
            text = text.replacingOccurrences(of: "%\(index + 1)", with: Self.format(value, format))
        }
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperLetter": return letter(value).uppercased()
        case "lowerLetter": return letter(value)
        default: return String(value)
        }
    }

    private static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = max(1, min(value, 3999)), result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }

    /// Word letters lists a, b, c … z, whatever the language (aa, bb … after z).
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz")

    private static func letter(_ value: Int) -> String {
        let index = max(0, value - 1)
        // A hostile start value must not make a label millions of letters long.
        return String(repeating: String(alphabet[index % alphabet.count]), count: min(index / alphabet.count + 1, 4))
    }
}
