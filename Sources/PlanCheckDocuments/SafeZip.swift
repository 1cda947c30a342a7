import CSystemZlib
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
    private let bytes: [UInt8]
    /// The directory as checked: where each part's data is, how it is stored.
    private let entries: [String: DirectoryEntry]
    private var totalRead = 0

    struct DirectoryEntry {
        var method: Int
        var dataStart: Int
        var compressedSize: Int
        var crc: UInt32
    }

    init(_ bytes: [UInt8], kind: String) throws(DocumentError) {
        // ZIPFoundation trusts the central directory; a damaged one crashes it (found by fuzzing),
        // so its records are checked against the file first.
        entries = try Self.checkCentralDirectory(bytes, kind: kind)
        self.bytes = bytes
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAPackage(kind: kind, detail: .unreadable)
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > Self.limits.maxEntries {
                throw .tooManyEntries(limit: Self.limits.maxEntries)
            }
        }
        self.archive = archive
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The entries' paths in the order the package lists them.
    var paths: [String] { archive.map(\.path) }

    /// A copy of the package with some parts replaced or added: every entry in its order, stored
    /// ones stored again (an OpenDocument's `mimetype` must stay first and uncompressed), each
    /// part's bytes as they were unless replaced; new parts after the others.
    mutating func rewritten(replacing replaced: [String: Data], kind: String) throws(DocumentError) -> [UInt8] {
        let output: Archive
        do {
            output = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw .notAPackage(kind: kind, detail: .unreadable)
        }
        var written: Set<String> = []
        func add(_ path: String, _ data: Data, stored: Bool) throws(DocumentError) {
            do {
                try output.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: stored ? .none : .deflate,
                                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
            } catch {
                throw .notAPackage(kind: kind, detail: .unreadable)
            }
            written.insert(path)
        }
        for path in paths where !written.contains(path) {
            if path.hasSuffix("/") {
                // A folder entry (OpenDocument packages list some): kept, empty.
                do {
                    try output.addEntry(with: path, type: .directory, uncompressedSize: Int64(0),
                                        provider: { _, _ in Data() })
                } catch {
                    throw .notAPackage(kind: kind, detail: .unreadable)
                }
                written.insert(path)
                continue
            }
            let stored = entries[path]?.method == 0
            if let data = replaced[path] {
                try add(path, data, stored: stored)
            } else if let data = try part(path) {
                try add(path, data, stored: stored)
            }
        }
        for (path, data) in replaced.sorted(by: { $0.key < $1.key }) where !written.contains(path) {
            try add(path, data, stored: false)
        }
        guard let data = output.data else { throw .notAPackage(kind: kind, detail: .unreadable) }
        return [UInt8](data)
    }

    /// The bytes of one part, or nil when the package has no such part.
    mutating func part(_ path: String) throws(DocumentError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limits = Self.limits
        guard entry.uncompressedSize <= UInt64(limits.maxPartBytes) else {
            throw .partTooLarge(part: path, megabytes: entry.uncompressedSize >> 20, limitMegabytes: limits.maxPartBytes >> 20)
        }
        if entry.compressedSize > 0, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio,
           entry.uncompressedSize > 1 << 20 {
            throw .compressionRatio(part: path, limit: UInt64(limits.maxRatio))
        }
        let budget = min(limits.maxPartBytes, limits.maxTotalBytes - totalRead)
        // ZIPFoundation found the entry; the data is read here from the checked directory, and
        // inflated with zlib under our limits (its own inflate can loop for ever on a stream that
        // never ends; found by fuzzing).
        guard let found = entries[path] else { throw .partNotInDirectory(part: path) }
        let compressed = bytes[found.dataStart..<found.dataStart + found.compressedSize]
        let data: Data
        switch found.method {
        case 0:
            guard compressed.count <= budget else { throw .partExpands(part: path, limitMegabytes: budget >> 20) }
            data = Data(compressed)
        case 8:
            data = try Self.inflate(compressed, limit: budget, part: path)
        default:
            throw .compressionMethod(part: path, method: Int(found.method))
        }
        // A damaged part must not be read as if it were whole.
        let crc = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        guard crc == found.crc else { throw .checksum(part: path) }
        totalRead += data.count
        return data
    }

    /// Raw deflate with an output limit; the input is finite, so the loop ends.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int, part: String) throws(DocumentError) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .inflate(part: part)
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
            // zlib only reads its input; next_in is not const for historical reasons.
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let (result, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    let result = CSystemZlib.inflate(&stream, Z_NO_FLUSH)
                    return (result, outBuffer.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return Z_MEM_ERROR }
                if result == Z_STREAM_END { return Z_STREAM_END }
                // No progress, or an error: the stream is damaged or cut short.
                if result != Z_OK || (produced == 0 && stream.avail_in == 0) { return result == Z_OK ? Z_DATA_ERROR : result }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw .partExpands(part: part, limitMegabytes: limit >> 20)
        default: throw .compressedDataDamaged(part: part)
        }
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private static func uint32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    /// The end-of-central-directory record and every central directory entry must lie inside
    /// the file, and so must the local header each entry points to.
    static func checkCentralDirectory(_ bytes: [UInt8], kind: String) throws(DocumentError) -> [String: DirectoryEntry] {
        var entriesByName: [String: DirectoryEntry] = [:]
        let damaged = DocumentError.notAPackage(kind: kind, detail: .damagedDirectory)
        guard bytes.count >= 22 else { throw .notAPackage(kind: kind, detail: .unreadable) }
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
        guard end >= 0 else { throw .notAPackage(kind: kind, detail: .unreadable) }
        let entries = uint16(bytes, end + 10)
        let size = uint32(bytes, end + 12), offset = uint32(bytes, end + 16)
        // A document package never needs ZIP64 for its directory (ZIPFoundation crashed following
        // a forged one; found by fuzzing).
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw .notAPackage(kind: kind, detail: .zip64)
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
            guard compressedSize != 0xFFFF_FFFF, dataStart + compressedSize <= offset else { throw damaged }
            // A stored entry is as long as its data. With a data descriptor (flag bit 3),
            // ZIPFoundation reads it after the data, measured by the uncompressed size when the
            // entry says "stored": past the end of the file it crashed (found by fuzzing).
            let flags = uint16(bytes, position + 8), method = uint16(bytes, position + 10)
            let uncompressedSize = uint32(bytes, position + 24)
            if method == 0, uncompressedSize != compressedSize { throw damaged }
            if flags & 0x8 != 0 {
                let dataSize = method == 0 ? uncompressedSize : compressedSize
                guard dataStart + dataSize + 12 <= offset, dataStart + dataSize + 16 <= bytes.count else { throw damaged }
            }
            guard position + 46 + nameLength <= bytes.count else { throw damaged }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entriesByName[name] = DirectoryEntry(method: uint16(bytes, position + 10), dataStart: dataStart,
                                                 compressedSize: compressedSize, crc: UInt32(uint32(bytes, position + 16)))
            position += 46 + nameLength + extraLength + commentLength
            guard position <= offset + size else { throw damaged }
        }
        return entriesByName
    }
}
