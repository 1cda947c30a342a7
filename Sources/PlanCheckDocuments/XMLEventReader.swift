import Foundation
import PlanCheckText
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX pass over an XML part with the limits a hostile file needs: no DTD at all (so no entity
/// can be declared, let alone expanded), no external entities, and a maximum depth.
final class XMLEventReader: NSObject, XMLParserDelegate {
    enum Event {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    static let maxDepth = 256
    private let handler: (Event) -> Void
    private var depth = 0
    private var failure: DocumentError?
    private let part: String

    private init(part: String, handler: @escaping (Event) -> Void) {
        self.part = part
        self.handler = handler
    }

    /// Reads `data`, calling `handler` for every element and text; throws on malformed or
    /// refused input, naming the part.
    static func read(_ data: Data, part: String, handler: @escaping (Event) -> Void) throws(DocumentError) {
        // OOXML and ODF never use a DTD; one in a part is an attack (billion laughs) or garbage. The
        // guard reads the text in the encoding the parser will use, so UTF-16 cannot hide it.
        let text = try guardText(data, part: part)
        // Only encodings libxml2 decodes itself: others go through iconv, where invalid bytes have
        // crashed the parser (SHIFT_JIS, UTF-7 …), and UTF-7 could hide "<!DOCTYPE" from the guard.
        if let declared = declaredEncoding(text), !Self.allowedEncodings.contains(declared.lowercased()) {
            throw .declaresEncoding(part: part, encoding: declared)
        }
        if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
            throw .declaresDTD(part: part)
        }
        let reader = XMLEventReader(part: part, handler: handler)
        // Fed as a stream: libxml2 refuses a single chunk over 10 MB ("huge input lookup"), and
        // parts up to the documented part limit (64 MB) must read.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        let ok = parser.parse()
        if let failure = reader.failure { throw failure }
        // On Linux parse() can return true after errors; parserError tells.
        guard ok, parser.parserError == nil else {
            let line = parser.lineNumber, column = parser.columnNumber
            throw .malformedXML(part: part, line: line, column: column)
        }
    }

    /// The part as text for the DTD guard: UTF-16 (by byte-order mark or by `<?` in two bytes)
    /// decoded, anything ASCII-compatible as its bytes; UTF-32 and EBCDIC, which no office format
    /// writes, refused.
    static func guardText(_ data: Data, part: String) throws(DocumentError) -> String {
        let head = Array(data.prefix(4))
        func starts(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0x00, 0x3C])
            || starts([0x3C, 0x00, 0x00, 0x00]) || starts([0x4C, 0x6F, 0xA7, 0x94]) {
            throw .unusualEncoding(part: part)
        }
        let littleEndian = starts([0xFF, 0xFE]) || starts([0x3C, 0x00])
        if littleEndian || starts([0xFE, 0xFF]) || starts([0x00, 0x3C]) {
            let body = starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) ? data.dropFirst(2) : data[...]
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index + 1 < body.endIndex {
                let a = UInt16(body[index]), b = UInt16(body[index + 1])
                units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Encodings office documents use and libxml2 reads without iconv.
    static let allowedEncodings: Set<String> = ["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii",
                                                "iso-8859-1", "latin1"]

    /// The `encoding` of the XML declaration at the start of the part, if any.
    static func declaredEncoding(_ text: String) -> String? {
        let head = text.unicodeScalars.drop { $0 == "\u{FEFF}" }.prefix(400)
        guard String(String.UnicodeScalarView(head.prefix(5))) == "<?xml" else { return nil }
        let declaration = String(String.UnicodeScalarView(head))
        guard let end = declaration.range(of: "?>"),
              let key = declaration.range(of: "encoding", range: declaration.startIndex..<end.lowerBound) else { return nil }
        var rest = declaration[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return "" }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
    }

    // A declaration reported by the parser is refused too, whatever the bytes looked like.
    private func refuseDeclaration(_ parser: XMLParser) {
        if failure == nil { failure = .declaresDTD(part: part) }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) { refuseDeclaration(parser) }
    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuseDeclaration(parser)
    }
    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?,
                notationName: String?) { refuseDeclaration(parser) }
    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) { refuseDeclaration(parser) }
    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuseDeclaration(parser)
    }

    private var elements = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements += 1
        if elements & 0xFFF == 0, Cancellation.requested {
            failure = .stopped(part: part)
            parser.abortParsing()
            return
        }
        depth += 1
        if depth > Self.maxDepth {
            failure = .tooDeep(part: part, limit: Self.maxDepth)
            parser.abortParsing()
            return
        }
        handler(.start(name: elementName, attributes: attributeDict))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        handler(.end(name: elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler(.text(string))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = .malformedXML(part: part, line: parser.lineNumber, column: parser.columnNumber)
        }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }
}
