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
        // ZIPFoundation trusts the central directory; a damaged one crashes it (found by fuzzing),
        // so its records are checked against the file first.
        try Self.checkCentralDirectory(bytes, kind: kind)
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

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private static func uint32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    /// The end-of-central-directory record and every central directory entry must lie inside
    /// the file, and so must the local header each entry points to.
    static func checkCentralDirectory(_ bytes: [UInt8], kind: String) throws(DocumentError) {
        let damaged = DocumentError("is not a valid \(kind) file (damaged zip directory)")
        guard bytes.count >= 22 else { throw DocumentError("is not a valid \(kind) file (not a readable zip package)") }
        var end = -1
        var index = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while index >= lowest {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                end = index
                break
            }
            index -= 1
        }
        guard end >= 0 else { throw DocumentError("is not a valid \(kind) file (not a readable zip package)") }
        let entries = uint16(bytes, end + 10)
        let size = uint32(bytes, end + 12), offset = uint32(bytes, end + 16)
        // A document package never needs ZIP64 for its directory (ZIPFoundation crashed following
        // a forged one; found by fuzzing).
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw DocumentError("is not a valid \(kind) file (ZIP64 directory, which document packages do not use)")
        }
        guard offset + size <= end else { throw damaged }
        var position = offset
        for _ in 0..<entries {
            guard position + 46 <= offset + size,
                  uint32(bytes, position) == 0x0201_4B50 else { throw damaged }
            let nameLength = uint16(bytes, position + 28), extraLength = uint16(bytes, position + 30)
            let commentLength = uint16(bytes, position + 32), localHeader = uint32(bytes, position + 42)
            let compressedSize = uint32(bytes, position + 20)
            // The entry's local header and data must lie before the directory too (a short read
            // there made ZIPFoundation loop for ever; found by fuzzing).
            guard localHeader + 30 <= offset, uint32(bytes, localHeader) == 0x0403_4B50 else { throw damaged }
            let dataStart = localHeader + 30 + uint16(bytes, localHeader + 26) + uint16(bytes, localHeader + 28)
            if compressedSize != 0xFFFF_FFFF, dataStart + compressedSize > offset { throw damaged }
            position += 46 + nameLength + extraLength + commentLength
            guard position <= offset + size else { throw damaged }
        }
    }

    private static func describe(_ error: Error) -> String {
        if let archiveError = error as? Archive.ArchiveError { return "\(archiveError)" }
        return "\(error)"
    }
}
