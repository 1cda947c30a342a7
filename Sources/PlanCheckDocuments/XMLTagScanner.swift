/// Walks the tags of an XML text by offset (UTF-8), for writers that insert markup between tags
/// and must leave every other byte as it was. Comments, processing instructions and CDATA are
/// passed over; quoted attribute values may hold ">".
struct XMLTagScanner {
    struct Tag {
        /// Offsets of "<" and just after ">".
        var start: Int
        var end: Int
        var name: String
        var closing: Bool
        var selfClosing: Bool
    }

    let bytes: [UInt8]
    var index = 0
    /// Elements of `next(outside:)` open at the current offset, innermost last.
    private var skipped: [String] = []

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func next() -> Tag? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let start = index
            guard let end = endOfTag(from: start) else { index = bytes.count; return nil }
            index = end
            let next = start + 1 < bytes.count ? bytes[start + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") { continue }
            let closing = next == UInt8(ascii: "/")
            return Tag(start: start, end: end, name: name(from: start + (closing ? 2 : 1)), closing: closing,
                       selfClosing: !closing && bytes[end - 2] == UInt8(ascii: "/"))
        }
        return nil
    }

    /// The next tag outside the elements named: theirs and their content's are passed over.
    mutating func next(outside names: Set<String>) -> Tag? {
        while let tag = next() {
            if names.contains(tag.name) {
                if tag.closing { if skipped.last == tag.name { skipped.removeLast() } } else if !tag.selfClosing { skipped.append(tag.name) }
                continue
            }
            if skipped.isEmpty { return tag }
        }
        return nil
    }

    /// The offset after the tag's ">", with quoted attribute values skipped (in a tag only: a
    /// comment, a processing instruction or CDATA ends at its own closing sequence).
    private func endOfTag(from start: Int) -> Int? {
        if bytes[start...].starts(with: Array("<!--".utf8)) { return find("-->", from: start + 4).map { $0 + 3 } }
        if bytes[start...].starts(with: Array("<![CDATA[".utf8)) { return find("]]>", from: start + 9).map { $0 + 3 } }
        if bytes[start...].starts(with: Array("<?".utf8)) { return find("?>", from: start + 2).map { $0 + 2 } }
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private func name(from start: Int) -> String {
        var end = start
        while end < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "\t"),
                                   UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[end]) { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// Only white space, comments and processing instructions between two offsets.
    func onlyMarkup(_ from: Int, _ to: Int) -> Bool {
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1; continue }
            if bytes[index...].starts(with: Array("<!--".utf8)), let end = find("-->", from: index + 4) { index = end + 3; continue }
            if bytes[index...].starts(with: Array("<?".utf8)), let end = find("?>", from: index + 2) { index = end + 2; continue }
            return false
        }
        return from <= to
    }

    /// An attribute's value in a start tag, in either quotes.
    func attribute(_ name: String, of tag: Tag) -> String? {
        let text = String(decoding: bytes[tag.start..<tag.end], as: UTF8.self)
        for quote in ["\"", "'"] {
            guard let range = text.range(of: " \(name)=\(quote)") ?? text.range(of: "\n\(name)=\(quote)") ?? text.range(of: "\t\(name)=\(quote)"),
                  let close = text[range.upperBound...].firstIndex(of: Character(quote)) else { continue }
            return String(text[range.upperBound..<close])
        }
        return nil
    }
}
