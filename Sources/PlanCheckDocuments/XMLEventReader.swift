import Foundation
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
    private var failure: String?

    private init(handler: @escaping (Event) -> Void) {
        self.handler = handler
    }

    /// Reads `data`, calling `handler` for every element and text; throws on malformed or
    /// refused input, naming the part.
    static func read(_ data: Data, part: String, handler: @escaping (Event) -> Void) throws(DocumentError) {
        // OOXML and ODF never use a DTD; one in a part is an attack (billion laughs) or garbage.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DocumentError("part \(part) declares a DTD or entities; refused (entity expansion is never performed)")
        }
        let reader = XMLEventReader(handler: handler)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        let ok = parser.parse()
        if let failure = reader.failure { throw DocumentError("part \(part) \(failure)") }
        // On Linux parse() can return true after errors; parserError tells.
        guard ok, parser.parserError == nil else {
            let line = parser.lineNumber, column = parser.columnNumber
            throw DocumentError("part \(part) is not well-formed XML (line \(line), column \(column))")
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        if depth > Self.maxDepth {
            failure = "nests elements deeper than \(Self.maxDepth) levels; refused"
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
            failure = "is not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber))"
        }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        nil
    }
}
