import Foundation

/// Picks the reader for a file by its extension and enforces the input limits.
public enum DocumentLoader {
    public static let readers: [any DocumentReader.Type] = [MarkdownReader.self, PlainTextReader.self, DocxReader.self,
                                                            OdtReader.self, PdfReader.self]

    /// Formats people send that plancheck does not read, with what to convert them to.
    static let conversions: [String: String] = [
        "doc": "is an old binary Word document (.doc); save it as .docx (Word: File › Save As › Word Document) or as PDF",
        "rtf": "is an RTF file; save it as .docx or PDF",
        "wpd": "is a WordPerfect file; save it as .docx or PDF",
        "xls": "is a spreadsheet; plancheck reads plans (.docx, .odt, .pdf, .md, .txt)",
        "xlsx": "is a spreadsheet; plancheck reads plans (.docx, .odt, .pdf, .md, .txt)",
        "pptx": "is a presentation; plancheck reads plans (.docx, .odt, .pdf, .md, .txt)",
        "html": "is a web page; save it as .docx or PDF, or as text (.txt)",
        "htm": "is a web page; save it as .docx or PDF, or as text (.txt)",
    ]

    public static var supportedExtensions: [String] { readers.flatMap { $0.extensions } }

    /// The reader for a file name's extension, or why there is none.
    static func reader(for name: String) throws(DocumentError) -> any DocumentReader.Type {
        let ext = (name as NSString).pathExtension.lowercased()
        if let advice = conversions[ext] { throw DocumentError(advice) }
        guard let reader = readers.first(where: { $0.extensions.contains(ext) }) else {
            let known = supportedExtensions.map { "." + $0 }.joined(separator: ", ")
            throw DocumentError(ext.isEmpty ? "has no file extension; plancheck reads \(known)"
                                            : "unsupported file type .\(ext); plancheck reads \(known)")
        }
        return reader
    }

    /// A document held in memory (an upload), read by the reader for `name`'s extension, under
    /// the same limits as a file.
    public static func read(bytes: [UInt8], name: String) throws(DocumentError) -> PlanDocument {
        let reader = try reader(for: name)
        guard bytes.count <= DocumentLimits.maxBytes else {
            throw DocumentError("is \(bytes.count / (1 << 20)) MB; the limit is \(DocumentLimits.maxBytes / (1 << 20)) MB")
        }
        return try reader.read(bytes, path: name)
    }

    public static func read(path: String) throws(DocumentError) -> PlanDocument {
        let reader = try reader(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError("no such file")
        }
        guard !isDirectory.boolValue else { throw DocumentError("is a folder, not a file") }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= DocumentLimits.maxBytes else {
            throw DocumentError("is \(size / (1 << 20)) MB; the limit is \(DocumentLimits.maxBytes / (1 << 20)) MB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError("cannot be read (permission denied?)")
        }
        return try reader.read([UInt8](data), path: path)
    }
}
