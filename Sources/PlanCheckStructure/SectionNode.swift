/// A numbered part of a plan (Phần, I., 1., 1.1., a), a bullet, or a Markdown heading. Node 0 is
/// the document itself.
package struct SectionNode: Sendable {
    public var label: Label?
    public var rank: Int
    public var parent: Int?
    public var children: [Int] = []
    /// From the start of the node's line to the start of the next node of the same or a higher rank.
    public var range: Range<Int>
    /// The segment that holds the node's own line (its title), if any.
    public var titleSegment: Int?
    /// Whether the node reads as a heading rather than a list item or a task sentence.
    public var isHeading: Bool
    /// Labels of the numbered ancestors and the node itself, e.g. "III.2.a".
    public var path: String
    /// The Markdown heading level (1–6) when the node's line is marked up as a heading.
    public var markupLevel: Int?

    public init(label: Label?, rank: Int, parent: Int?, range: Range<Int>, titleSegment: Int?, isHeading: Bool, path: String) {
        self.label = label
        self.rank = rank
        self.parent = parent
        self.range = range
        self.titleSegment = titleSegment
        self.isHeading = isHeading
        self.path = path
    }
}
