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
    /// Most characters (Unicode scalars) of text a read document may hold: a package's parts can
    /// expand past the file limit, and every offset in the matcher is stored in under 29 bits.
    public static let maxTextScalars = 64 << 20

    /// The document, or `textTooLong` when its text is over `limit` scalars (counted on the text
    /// actually read, whatever the file's size).
    package static func checkText(_ document: PlanDocument, limit: Int = maxTextScalars) throws(DocumentError) -> PlanDocument {
        guard document.source.count <= limit else { throw .textTooLong(scalars: document.source.count, limit: limit) }
        return document
    }
}

extension DocumentReader {
    /// Decodes plain text: UTF-8 or UTF-16 with BOM, else a legacy Vietnamese encoding recognised
    /// by its statistics; UTF-8 lines holding legacy text read as Latin-1 are repaired too.
    static func decodeText(_ bytes: [UInt8]) throws(DocumentError) -> (SourceText, LegacyEncoding?) {
        let text: String
        do {
            text = try InputDecoder.decode(bytes)
        } catch {
            guard case .invalidUTF8(let offset) = error else {
                throw error == .binary ? .binaryText : error == .utf32 ? .utf32Text : .invalidUTF16
            }
            // Mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, never a legacy encoding:
            // guessing would check garbage and say "not a plan". Refused with where the damage is.
            let damage = InputDecoder.utf8Damage(bytes)
            if damage.multibyte >= 8, damage.multibyte >= 4 * damage.invalid, let first = damage.firstInvalid {
                throw .damagedUTF8(count: damage.invalid, firstBadByte: first)
            }
            guard let encoding = LegacyTextDetector.detect(bytes) else {
                throw .notVietnameseText(firstBadByte: offset)
            }
            return (SourceText(encoding.decode(bytes)), encoding)
        }
        if let repaired = LegacyTextDetector.repairMojibake(text) {
            return (SourceText(repaired.text), repaired.encoding)
        }
        return (SourceText(text), nil)
    }

    /// Trims spaces at both ends of a range of the source.
    static func trimmed(_ range: Range<Int>, in source: SourceText) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, source.scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, source.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// Columns of spaces and tabs (four each) from `line` up to `content`.
    static func indent(of content: Range<Int>, line: Range<Int>, in source: SourceText) -> Int {
        source.scalars[line.lowerBound..<max(line.lowerBound, content.lowerBound)].reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
    }

    /// Line tests on scalars, so ordinary lines need no String.
    static func starts(_ text: Slice<ScalarBuffer>, _ prefix: String) -> Bool {
        text.starts(with: prefix.unicodeScalars)
    }
}
