/// A run of text that phrases may not cross: the title of a section, a paragraph, a list item
/// with its wrapped lines, or a table cell.
package struct Segment: Sendable, Equatable {
    public enum Role: String, Sendable {
        case heading, body, cell
    }

    public var role: Role
    /// Scalar offsets in the original text.
    public var range: Range<Int>
    /// Token indices in the document's `NormalizedText`.
    public var tokens: Range<Int>
    /// The innermost section node this segment belongs to.
    public var node: Int

    public init(role: Role, range: Range<Int>, tokens: Range<Int>, node: Int) {
        self.role = role
        self.range = range
        self.tokens = tokens
        self.node = node
    }
}
