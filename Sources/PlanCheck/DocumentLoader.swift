import Foundation

/// Picks the reader for a file by its extension and enforces the input limits.
package enum DocumentLoader {
    public static var readers: [any DocumentReader.Type] { DocumentFormats.all.map(\.reader) }

    /// Formats people send that plancheck does not read, with what to convert them to.
    static let conversions: [String: DocumentError.ConvertibleFormat] = [
        "doc": .doc, "rtf": .rtf, "wpd": .wpd, "xls": .spreadsheet, "xlsx": .spreadsheet, "pptx": .presentation,
        "html": .webPage, "htm": .webPage,
    ]

    public static var supportedExtensions: [String] { DocumentFormats.extensions }

    /// The reader for a file name's extension, or why there is none.
    static func reader(for name: String) throws(DocumentError) -> any DocumentReader.Type {
        let ext = (name as NSString).pathExtension.lowercased()
        if let format = conversions[ext] { throw .convert(format) }
        guard let format = DocumentFormats.format(forExtension: ext) else {
            let known = supportedExtensions.map { "." + $0 }.joined(separator: ", ")
            throw ext.isEmpty ? .noExtension(known: known) : .unsupportedExtension(ext, known: known)
        }
        return format.reader
    }

    /// A document held in memory (an upload), read by the reader for `name`'s extension, under
    /// the same limits as a file.
    /// `cancellation` stops the reading of a large document (XML parsing) when set.
    public static func read(bytes: [UInt8], name: String, cancellation: Cancellation? = nil) throws(DocumentError) -> PlanDocument {
        let reader = try reader(for: name)
        guard bytes.count <= DocumentLimits.maxBytes else {
            throw .tooLarge(bytes: bytes.count, limit: DocumentLimits.maxBytes)
        }
        guard !bytes.isEmpty else { throw .empty }
        return try Cancellation.with(cancellation) { () throws(DocumentError) -> PlanDocument in
            try DocumentLimits.checkText(reader.read(bytes, path: name))
        }
    }

    public static func read(path: String) throws(DocumentError) -> PlanDocument {
        // What is not there is said so first, whatever its name ("tinh/", "ke-hoach").
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .noSuchFile }
        if isDirectory.boolValue { throw .folder }
        let reader = try reader(for: path)
        let bytes = try contents(of: path)
        guard !bytes.isEmpty else { throw .empty }
        return try DocumentLimits.checkText(reader.read(bytes, path: path))
    }

    /// The bytes of a regular file, with the limits checked on the opened file itself, not on its
    /// name: a symbolic link is followed and its target measured, a file that grows while being read
    /// is cut at the limit and refused, and a FIFO or device is refused by type (opened without
    /// blocking, so a FIFO with no writer cannot hang the batch).
    package static func contents(of path: String, limit: Int = DocumentLimits.maxBytes) throws(DocumentError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .noSuchFile
            case EACCES, EPERM: throw .permissionDenied
            case ELOOP: throw .symlinkLoop
            default: throw .cannotOpen(String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotRead(String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegularFile
        }
        let tooLarge = { (size: Int) in DocumentError.tooLarge(bytes: size, limit: limit) }
        guard Int(status.st_size) <= limit else { throw tooLarge(Int(status.st_size)) }
        // Read to one byte past the limit whatever the size said: the size can change under us.
        var bytes = [UInt8](repeating: 0, count: min(Int(status.st_size), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { throw tooLarge(filled) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(max(bytes.count, 1 << 16), limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { throw tooLarge(filled) }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
