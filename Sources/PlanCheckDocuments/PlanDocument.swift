import PlanCheckText

/// The formats plancheck can read.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, docx, odt, pdf
}

/// One block of a document as its reader saw it: a line of text, a heading the format marks as
/// such, or a table row. Ranges are scalar offsets into `PlanDocument.source`.
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case line
        /// A heading the format marks (Markdown `#`), with its level (1…6).
        case heading(level: Int)
        /// A table row with the range of each cell's content.
        case tableRow(cells: [Range<Int>])
    }

    public var kind: Kind
    /// The content of the block, without markup (`#`, `|`) and surrounding spaces.
    public var range: Range<Int>
    /// A blank line (or the start of the document) comes before this block.
    public var followsBreak: Bool
    /// Where the block is in the file a person opens: the paragraph number of a Word or
    /// LibreOffice document, the page of a PDF.
    public var paragraph: Int?
    public var page: Int?
    /// The whole block is set in bold or italics ("**3. Xây dựng cơ sở dữ liệu**"): how a heading
    /// is marked when no heading style or `#` is used.
    public var emphasized: Bool
    /// Columns of indentation before the block in a text format (a tab is four): a list item
    /// indented under another is its sub-item.
    public var indent: Int
    /// An item of a list whose marker is markup, not text (HTML's `<li>`): an item as a typed
    /// "- " would make it.
    public var listItem: Bool

    public init(kind: Kind, range: Range<Int>, followsBreak: Bool, paragraph: Int? = nil, page: Int? = nil,
                emphasized: Bool = false, indent: Int = 0, listItem: Bool = false) {
        self.kind = kind
        self.range = range
        self.followsBreak = followsBreak
        self.paragraph = paragraph
        self.page = page
        self.emphasized = emphasized
        self.indent = indent
        self.listItem = listItem
    }
}

/// `<!-- plancheck-disable DS412 — lý do -->` in a Markdown or text plan.
public struct InlineSuppression: Sendable, Equatable {
    /// Requirement IDs or names.
    public var ids: [String]
    public var reason: String?
    /// 1-based line of the comment.
    public var line: Int

    /// Reads a comment's text; nil when it is not a plancheck directive.
    public static func parse(_ comment: String, line: Int) -> InlineSuppression? {
        var text = comment.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("<!--") else { return nil }
        text = String(text.dropFirst(4))
        if let end = text.range(of: "-->") { text = String(text[..<end.lowerBound]) }
        text = text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("plancheck-disable") else { return nil }
        text = String(text.dropFirst("plancheck-disable".count))
        // The reason follows a dash (—, –, -) or a colon after the IDs.
        var reason: String?
        for separator in [" — ", " – ", " - ", ": "] {
            if let range = text.range(of: separator) {
                reason = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                text = String(text[..<range.lowerBound])
                break
            }
        }
        let ids = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !ids.isEmpty else { return nil }
        return InlineSuppression(ids: ids, reason: reason.flatMap { isPlaceholder($0) ? nil : $0 }, line: line)
    }

    /// A reason still to be written: empty, or a placeholder in angle brackets as the editor's
    /// quick fix inserts it ("<lý do>", "<reason>").
    static func isPlaceholder(_ reason: String) -> Bool {
        let text = reason.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || (text.hasPrefix("<") && text.hasSuffix(">"))
    }
}

/// A document read into plancheck's model: the original text and its blocks. Readers know
/// nothing of rules; everything after them knows nothing of file formats.
public struct PlanDocument: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var source: SourceText
    public var blocks: [Block]
    /// Legacy encodings the text was converted from (reported as DS903).
    public var legacyEncodings: Set<LegacyEncoding>
    /// plancheck-disable comments found in the text.
    public var suppressions: [InlineSuppression] = []

    public init(path: String, format: DocumentFormat, source: SourceText, blocks: [Block],
                legacyEncodings: Set<LegacyEncoding> = [], suppressions: [InlineSuppression] = []) {
        self.path = path
        self.format = format
        self.source = source
        self.blocks = blocks
        self.legacyEncodings = legacyEncodings
        self.suppressions = suppressions
    }

    /// The block that holds an offset, for the paragraph or page of a location.
    public func block(at offset: Int) -> Block? {
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < blocks.count, blocks[low].range.lowerBound <= offset || low == 0 else {
            return low > 0 ? blocks[low - 1] : nil
        }
        return blocks[low]
    }
}
