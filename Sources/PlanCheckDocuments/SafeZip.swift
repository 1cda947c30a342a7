import Foundation
import ZIPFoundation

/// Read-only access to the parts of a zip package (.docx, .odt) with every size the file
/// controls bounded. Entry names are only ever looked up, never used as file paths.
struct SafeZip {
    struct Limits {
        /// Most entries a package may list.
        var maxEntries = 5_000
        /// Largest part read, uncompressed.
        var maxPartBytes = 64 << 20
        /// Largest total of all parts read.
        var maxTotalBytes = 128 << 20
        /// Highest compression ratio accepted for a part (a zip bomb compresses 1000:1 and more).
        var maxRatio: UInt64 = 200
    }

    static let limits = Limits()
    private let archive: Archive
    private var totalRead = 0

    init(_ bytes: [UInt8], kind: String) throws(DocumentError) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentError("is not a valid \(kind) file (not a readable zip package)")
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > Self.limits.maxEntries {
                throw DocumentError("has more than \(Self.limits.maxEntries) zip entries; refused")
            }
        }
        self.archive = archive
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of one part, or nil when the package has no such part.
    mutating func part(_ path: String) throws(DocumentError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limits = Self.limits
        guard entry.uncompressedSize <= UInt64(limits.maxPartBytes) else {
            throw DocumentError("part \(path) would be \(entry.uncompressedSize / (1 << 20)) MB uncompressed; the limit is \(limits.maxPartBytes >> 20) MB")
        }
        if entry.compressedSize > 0, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio,
           entry.uncompressedSize > 1 << 20 {
            throw DocumentError("part \(path) has a compression ratio over \(limits.maxRatio):1 (a zip bomb?); refused")
        }
        var data = Data()
        let budget = min(limits.maxPartBytes, limits.maxTotalBytes - totalRead)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The declared size may lie: count what actually comes out.
                guard data.count + chunk.count <= budget else { throw SizeExceeded() }
                data.append(chunk)
            }
        } catch is SizeExceeded {
            throw DocumentError("part \(path) expands past \(budget >> 20) MB; refused (a zip bomb?)")
        } catch {
            throw DocumentError("part \(path) is damaged (\(Self.describe(error)))")
        }
        totalRead += data.count
        return data
    }

    private struct SizeExceeded: Error {}

    private static func describe(_ error: Error) -> String {
        if let archiveError = error as? Archive.ArchiveError { return "\(archiveError)" }
        return "\(error)"
    }
}
