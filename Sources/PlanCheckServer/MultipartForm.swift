import Foundation
import MultipartKit
import PlanCheck

/// A `multipart/form-data` body (RFC 7578) split into its parts, in memory, by multipart-kit.
/// Bounded: at most `maxParts` parts and `maxHeaderBytes` of headers per part; anything malformed
/// is an error the caller turns into 400.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var data: ArraySlice<UInt8>
    }

    struct Malformed: Error { var reason: LocalizedText }

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

    /// Splits `body` with multipart-kit's parser (RFC 2046 framing: preamble, delimiters at line
    /// starts, transport padding, epilogue); the limits, the names and the checks that the body is
    /// whole are ours.
    init(body: [UInt8], boundary: String) throws(Malformed) {
        guard !boundary.isEmpty else { throw Malformed(reason: LocalizedText(vi: "boundary của multipart rỗng", en: "an empty multipart boundary")) }  // the parser requires one
        // multipart-kit accepts a body that stops inside a part or never closes; a truncated upload
        // must not be checked as if it were whole.
        let closing = Array("--\(boundary)--".utf8)
        guard body.starts(with: closing) || !Self.occurrences(of: [13, 10] + closing, in: body).isEmpty else {
            throw Malformed(reason: body.isEmpty || Self.occurrences(of: Array("--\(boundary)".utf8), in: body).isEmpty
                            ? LocalizedText(vi: "nội dung không có boundary của multipart", en: "no multipart boundary in the body")
                            : LocalizedText(vi: "nội dung không kết thúc bằng boundary đóng", en: "the body does not end with the closing boundary"))
        }
        // Every delimiter but the closing one opens a part; a part the parser did not deliver (a
        // delimiter straight after another) is malformed, not skipped.
        let dash = Array("--\(boundary)".utf8)
        let delimiters = Self.occurrences(of: [13, 10] + dash, in: body).count + (body.starts(with: dash) ? 1 : 0)
        if body.starts(with: closing) {  // no part at all (multipart-kit calls that a syntax error)
            self.parts = []
            return
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var headerBytes = 0
        var data: [UInt8] = []
        var failure: Malformed?
        parser.onHeader = { name, value in
            headerBytes += name.utf8.count + value.utf8.count + 4
            if headerBytes > Self.maxHeaderBytes, failure == nil {
                failure = Malformed(reason: LocalizedText(vi: "một phần có tiêu đề dài quá \(Self.maxHeaderBytes) byte", en: "a part has headers over \(Self.maxHeaderBytes) bytes"))
            }
            headers.append((name, value))
        }
        parser.onBody = { buffer in data.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            defer { headers = []; headerBytes = 0; data = [] }
            guard failure == nil else { return }
            guard parts.count < Self.maxParts else {
                failure = Malformed(reason: LocalizedText(vi: "nhiều hơn \(Self.maxParts) phần", en: "more than \(Self.maxParts) parts"))
                return
            }
            var name: String?, filename: String?, contentType: String?
            for (header, value) in headers {
                switch header.lowercased() {
                case "content-disposition":
                    name = Self.parameter("name", in: value)
                    filename = Self.parameter("filename", in: value)
                case "content-type":
                    contentType = value.trimmingCharacters(in: .whitespaces)
                default:
                    break
                }
            }
            guard let name else {
                failure = Malformed(reason: headers.isEmpty ? LocalizedText(vi: "một phần không có tiêu đề", en: "a part has no headers")
                                                  : LocalizedText(vi: "một phần không có tên", en: "a part has no name"))
                return
            }
            parts.append(Part(name: name, filename: filename, contentType: contentType, data: data[...]))
        }
        do {
            try parser.execute(body)
        } catch {
            throw Malformed(reason: LocalizedText(vi: "khung multipart không hợp lệ", en: "the multipart framing is malformed"))
        }
        if let failure { throw failure }
        guard parts.count == delimiters - 1 else { throw Malformed(reason: LocalizedText(vi: "sau một boundary không có phần nào", en: "a boundary is not followed by a part")) }
        self.parts = parts
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
