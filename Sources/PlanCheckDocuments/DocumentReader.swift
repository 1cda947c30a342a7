import PlanCheckText

/// Reads the bytes of one format into a `PlanDocument`.
public protocol DocumentReader: Sendable {
    /// File extensions (lowercase, without dot) this reader handles.
    static var extensions: [String] { get }
    static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument
}

/// Input limits shared by every reader.
public enum DocumentLimits {
    /// Largest file read, in bytes. A plan is rarely over a few megabytes of text.
    public static let maxBytes = 64 << 20
}

extension DocumentReader {
    /// Decodes plain text with the shared decoder and turns decoding failures into a message.
    static func decodeText(_ bytes: [UInt8]) throws(DocumentError) -> SourceText {
        do {
            return SourceText(try InputDecoder.decode(bytes))
        } catch {
            throw DocumentError(error.description)
        }
    }

    /// Trims spaces at both ends of a range of the source.
    static func trimmed(_ range: Range<Int>, in source: SourceText) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, source.scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, source.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }
}
