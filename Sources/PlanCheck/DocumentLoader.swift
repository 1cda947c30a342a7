import Foundation

/// Picks the reader for a file by its extension and enforces the input limits.
public enum DocumentLoader {
    public static let readers: [any DocumentReader.Type] = [MarkdownReader.self, PlainTextReader.self]

    public static var supportedExtensions: [String] { readers.flatMap { $0.extensions } }

    public static func read(path: String) throws(DocumentError) -> PlanDocument {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let reader = readers.first(where: { $0.extensions.contains(ext) }) else {
            let known = supportedExtensions.map { "." + $0 }.joined(separator: ", ")
            throw DocumentError(ext.isEmpty ? "has no file extension; plancheck reads \(known)"
                                            : "unsupported file type .\(ext); plancheck reads \(known)")
        }
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
