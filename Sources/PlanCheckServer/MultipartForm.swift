import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts, in memory. Bounded: at most
/// `maxParts` parts and `maxHeaderBytes` of headers per part; anything malformed is an error the
/// caller turns into 400.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var data: ArraySlice<UInt8>
    }

    struct Malformed: Error { var reason: String }

    static let maxParts = 16
    static let maxHeaderBytes = 8 << 10

    var parts: [Part]

    func part(named name: String) -> Part? { parts.first { $0.name == name } }
    func text(_ name: String) -> String? { part(named: name).map { String(decoding: $0.data, as: UTF8.self) } }

    /// The boundary parameter of a Content-Type header, if it is multipart/form-data.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = pieces.first, first.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    init(body: [UInt8], boundary: String) throws(Malformed) {
        // A delimiter is "--boundary" at a line start: at the very start of the body, else after CRLF.
        let dash = Array("--\(boundary)".utf8)
        let delimiter: [UInt8] = [13, 10] + dash
        let later = Self.occurrences(of: delimiter, in: body)
        var cursor: Int
        if body.starts(with: dash) {
            cursor = dash.count
        } else if let first = later.first {
            cursor = first + delimiter.count  // after a preamble
        } else {
            throw Malformed(reason: "no multipart boundary in the body")
        }
        parts = []
        for next in later where next >= cursor {
            if body[cursor...].starts(with: [45, 45]) { return }  // "--": the closing delimiter
            while cursor < body.count, body[cursor] == 32 || body[cursor] == 9 { cursor += 1 }  // transport padding
            guard body[cursor...].starts(with: [13, 10]), cursor + 2 <= next else {
                throw Malformed(reason: "a boundary is not followed by a line end and a part")
            }
            guard parts.count < Self.maxParts else { throw Malformed(reason: "more than \(Self.maxParts) parts") }
            parts.append(try Self.part(body[(cursor + 2)..<next]))
            cursor = next + delimiter.count
        }
        if body[cursor...].starts(with: [45, 45]) { return }
        throw Malformed(reason: "the body does not end with the closing boundary")
    }

    private static func part(_ bytes: ArraySlice<UInt8>) throws(Malformed) -> Part {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headerEnd = occurrences(of: separator, in: Array(bytes.prefix(maxHeaderBytes + 4))).first else {
            throw Malformed(reason: "a part has no header end (or headers over \(maxHeaderBytes) bytes)")
        }
        let headerText = String(decoding: bytes.prefix(headerEnd), as: UTF8.self)
        var name: String?, filename: String?, contentType: String?
        for line in headerText.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "content-disposition":
                name = parameter("name", in: pair[1])
                filename = parameter("filename", in: pair[1])
            case "content-type":
                contentType = pair[1]
            default:
                break
            }
        }
        guard let name else { throw Malformed(reason: "a part has no name") }
        let start = bytes.startIndex + headerEnd + separator.count
        return Part(name: name, filename: filename, contentType: contentType, data: bytes[start...])
    }

    /// `name="value"` from a header value (quoted or bare).
    private static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return nil
    }

    /// Start offsets of every occurrence of `needle` (first byte scan, then compare).
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let head = needle.first, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == head, haystack[index..<index + needle.count].elementsEqual(needle) {
                result.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }
}
