/// Turns the bytes of a plain-text file into a String: UTF-8 with or without BOM, UTF-16 with BOM.
/// Anything else is refused with a message saying what the file looks like.
package enum InputDecoder {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case binary
        case invalidUTF8(byteOffset: Int)
        case invalidUTF16
        case utf32

        public var description: String {
            switch self {
            case .binary:
                return "looks like a binary file, not text (NUL bytes)"
            case .invalidUTF8(let offset):
                return "is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8"
            case .invalidUTF16:
                return "has a UTF-16 byte-order mark but invalid UTF-16 content"
            case .utf32:
                return "is UTF-32 text; save it as UTF-8"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes[3...])
        }
        // A UTF-32 mark starts like UTF-16's ("FF FE" then "00 00"): refused, not read as UTF-16 with NULs.
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { throw .utf32 }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), littleEndian: false) }
        if bytes.contains(0) { throw .binary }
        return try utf8(bytes[...])
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(Failure) -> String {
        // Fast path: the standard library validates and copies in one go.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        var offset = bytes.startIndex
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                view.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                throw .invalidUTF8(byteOffset: offset)
            }
        }
        return String(view)
    }

    /// How much of `bytes` reads as UTF-8: well-formed multi-byte sequences, ill-formed ones and the
    /// offset of the first. A UTF-8 file damaged in a few places has many of the first and few of
    /// the second; legacy Vietnamese encodings (TCVN3, VNI, VISCII) have almost none of the first.
    public static func utf8Damage(_ bytes: [UInt8]) -> (multibyte: Int, invalid: Int, firstInvalid: Int?) {
        var multibyte = 0, invalid = 0
        var first: Int?
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let width: Int
            switch lead {
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: width = 0
            }
            var ok = width > 0 && index + width <= bytes.count
            if ok {
                for offset in 1..<width where bytes[index + offset] & 0xC0 != 0x80 { ok = false }
            }
            // Overlong and surrogate forms are ill-formed too; the standard library's decoder says.
            if ok, String(validating: bytes[index..<(index + width)], as: UTF8.self) == nil { ok = false }
            if ok {
                multibyte += 1
                index += width
            } else {
                invalid += 1
                if first == nil { first = index }
                index += 1
            }
        }
        return (multibyte, invalid, first)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(Failure) -> String {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var view = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): view.append(scalar)
            case .emptyInput: break loop
            case .error: throw .invalidUTF16
            }
        }
        return String(view)
    }
}
