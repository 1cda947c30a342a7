import PlanCheckText

/// The formats plancheck can read.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown
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

    public init(kind: Kind, range: Range<Int>, followsBreak: Bool) {
        self.kind = kind
        self.range = range
        self.followsBreak = followsBreak
    }
}

/// A document read into plancheck's model: the original text and its blocks. Readers know
/// nothing of rules; everything after them knows nothing of file formats.
public struct PlanDocument: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var source: SourceText
    public var blocks: [Block]

    public init(path: String, format: DocumentFormat, source: SourceText, blocks: [Block]) {
        self.path = path
        self.format = format
        self.source = source
        self.blocks = blocks
    }
}
