/// The formats plancheck reads: one list, in the document layer, that the loader, the folder
/// search, the server (by MIME type), the pages, the help texts and the language server read. A new
/// reader is its own file and one line here.
public enum DocumentFormats {
    public struct Format: Sendable {
        public let reader: any DocumentReader.Type
        /// File extensions, lowercase without the dot; the first is the one shown.
        public let extensions: [String]
        /// MIME types a raw upload of this format is sent with.
        public let mimeTypes: [String]
        /// Text an editor holds as such (the language server checks these buffers).
        public let isText: Bool
    }

    public static let all: [Format] = [
        Format(reader: DocxReader.self, extensions: DocxReader.extensions,
               mimeTypes: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], isText: false),
        Format(reader: OdtReader.self, extensions: OdtReader.extensions, mimeTypes: ["application/vnd.oasis.opendocument.text"], isText: false),
        Format(reader: PdfReader.self, extensions: PdfReader.extensions, mimeTypes: ["application/pdf"], isText: false),
        Format(reader: MarkdownReader.self, extensions: MarkdownReader.extensions, mimeTypes: ["text/markdown", "text/x-markdown"], isText: true),
        Format(reader: PlainTextReader.self, extensions: PlainTextReader.extensions, mimeTypes: ["text/plain"], isText: true),
    ]

    /// Every extension read.
    public static var extensions: [String] { all.flatMap(\.extensions) }

    /// The format of an extension (any case), if plancheck reads it.
    public static func format(forExtension ext: String) -> Format? {
        let ext = ext.lowercased()
        return all.first { $0.extensions.contains(ext) }
    }

    /// The extension that stands for a MIME type (parameters and case ignored).
    public static func fileExtension(forMIMEType type: String) -> String? {
        let bare = String(type.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return all.first { $0.mimeTypes.contains(bare) }?.extensions.first
    }

    /// ".docx, .odt, .pdf, .md, .txt": the main extension of each format, for messages and help.
    public static var listing: String { all.compactMap(\.extensions.first).map { "." + $0 }.joined(separator: ", ") }

    /// The same, joined with a final "or" / "hoặc" for sentences.
    public static func listing(finalWord: String) -> String {
        let items = all.compactMap(\.extensions.first).map { "." + $0 }
        guard items.count > 1 else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + " \(finalWord) " + (items.last ?? "")
    }
}
