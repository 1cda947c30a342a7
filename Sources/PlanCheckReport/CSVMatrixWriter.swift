import PlanCheckRules

/// The coverage matrix as CSV: UTF-8 with a byte-order mark (so that Excel shows Vietnamese),
/// CRLF line ends and RFC 4180 quoting. A cell that would start a spreadsheet formula (=, +, -, @)
/// gets a leading apostrophe: document text must not run as a formula in the reader's Excel.
public struct CSVMatrixWriter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    public func format(_ matrix: CoverageMatrix) -> String {
        let labels = MatrixLabels(language)
        let compared = matrix.comparison.map { _ in [labels.comparisonHeading] } ?? []
        var lines = [row(labels.documentHeadings + matrix.columns.map(labels.requirementHeading) + compared)]
        for (index, entry) in matrix.rows.enumerated() {
            let change = matrix.comparison.map { [$0.summary(document: index, language)] } ?? []
            lines.append(row(labels.documentCells(entry, in: matrix) + entry.cells.map { labels.cell($0?.status) } + change))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private func row(_ cells: [String]) -> String { cells.map(Self.field).joined(separator: ",") }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
