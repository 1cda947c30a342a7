/// A 1-based line and column. Columns count Unicode scalars of the original text (an NFD "ệ" is
/// three columns, an NFC one is one), so a position always refers to the file as it was read.
public struct TextPosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The original text of a document as Unicode scalars, with its line starts. Offsets everywhere in
/// plancheck are scalar offsets into this array.
public struct SourceText: Sendable {
    public let scalars: ScalarBuffer
    /// Offset of the first scalar of each line.
    public let lineStarts: [Int]
    /// Offset one past the last content scalar of each line (before `\n`, `\r\n` or `\r`).
    public let lineEnds: [Int]

    public init(_ string: String) {
        let scalars = Self.scalars(of: string)
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x0A || value == 0x0D {
                ends.append(index)
                if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(scalars.count)
        self.scalars = scalars
        self.lineStarts = starts
        self.lineEnds = ends
    }

    /// The scalars of a String, decoded from its UTF-8 in two tight passes (count, then fill):
    /// `Array(string.unicodeScalars)` grows the array as it goes and decodes scalar by scalar
    /// through the String's index, a visible part of reading a large plan. The count pass also
    /// sees whether any scalar needs four bytes (a four-byte UTF-8 sequence), and the fill writes
    /// the store of that width directly.
    static func scalars(of string: String) -> ScalarBuffer {
        var string = string
        return string.withUTF8 { bytes in
            var count = 0
            var astral = false
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
                if byte >= 0xF0 { astral = true }
            }
            return astral ? ScalarBuffer(wide: decode(bytes, count: count, as: UInt32.self))
                          : ScalarBuffer(narrow: decode(bytes, count: count, as: UInt16.self))
        }
    }

    private static func decode<Value: FixedWidthInteger>(_ bytes: UnsafeBufferPointer<UInt8>, count: Int, as: Value.Type) -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            // A String's UTF-8 is valid: each lead byte says how many continuation bytes follow.
            var index = 0, written = 0
            while index < bytes.count, written < count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                var length: Int
                switch lead {
                case 0..<0x80: (value, length) = (lead, 1)
                case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
                case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
                default: (value, length) = (lead & 0x07, 4)
                }
                for offset in 1..<max(1, length) where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                buffer[written] = Value(truncatingIfNeeded: Unicode.Scalar(value)?.value ?? 0xFFFD)
                written += 1
                index += length
            }
            initialized = written
        }
    }

    public var count: Int { scalars.count }
    public var lineCount: Int { lineStarts.count }

    /// The content range of a 0-based line, without its terminator.
    public func lineRange(_ line: Int) -> Range<Int> { lineStarts[line]..<lineEnds[line] }

    /// The 0-based line that contains `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public func position(of offset: Int) -> TextPosition {
        let line = lineIndex(of: offset)
        return TextPosition(line: line + 1, column: offset - lineStarts[line] + 1)
    }

    public func string(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        return String(scalars: scalars[clamped])
    }
}
