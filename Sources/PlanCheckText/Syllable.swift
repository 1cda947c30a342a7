import Foundation

/// A token's spelling as a number. Every distinct spelling gets one ID, process-wide, so that
/// tokens and phrases compare as integers (a String comparison of Vietnamese text normalises
/// both sides first) and a token stores 8 bytes of spelling instead of two Strings.
///
/// Three kinds of ID:
/// - numbers of one to nine digits without a leading zero ("2026", "142") are their own value
///   and never enter the table;
/// - other spellings get the next free slot of the table, which keeps their text;
/// - once the table is full (`SyllableTable.shared`, hostile or endless input), further ones get
///   an ID from a 30-bit hash of the spelling: equal spellings still compare equal, the text is
///   kept only as a placeholder ("#4a1f…"), and two different spellings share an ID with a chance of
///   about one in a billion.
///   Every phrase of the rules is interned when the rules load, before any document.
package struct Syllable: Hashable, Sendable, CustomStringConvertible {
    package let id: UInt32

    static let numberFlag: UInt32 = 0x8000_0000
    static let hashedFlag: UInt32 = 0x4000_0000

    package init(id: UInt32) { self.id = id }

    /// The ID of an already normalised spelling (a token key or fold). Use `word(_:)` for text
    /// as written.
    package init(_ spelling: String) {
        if let number = Self.number(spelling) {
            id = Self.numberFlag | number
        } else {
            id = SyllableTable.shared.intern(spelling)
        }
    }

    /// The key of one word as written, through the normaliser: `Syllable.word("Đã")` equals the
    /// key of every "đã" in a document.
    package static func word(_ text: String) -> Syllable {
        TextNormalizer.keys(of: text).first?.key ?? Syllable("")
    }

    /// The spelling; a placeholder for a hashed ID (see the type's note).
    package var text: String {
        if id & Self.numberFlag != 0 { return String(id & ~Self.numberFlag) }
        return SyllableTable.shared.text(of: id)
    }

    /// The value of a number token ("2026" → 2026).
    package var number: Int? {
        id & Self.numberFlag != 0 ? Int(id & ~Self.numberFlag) : nil
    }

    package var description: String { text }

    /// One to nine ASCII digits without a leading zero ("0" itself is a number).
    private static func number(_ spelling: String) -> UInt32? {
        let utf8 = spelling.utf8
        guard (1...9).contains(utf8.count), utf8.first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value: UInt32 = 0
        for byte in utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + UInt32(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

/// The process-wide spelling table behind `Syllable`. Documents intern each distinct spelling
/// once (the normaliser caches spellings per document), so the lock is taken per new word, not
/// per token. Beyond `capacity` spellings, IDs come from a hash (see `Syllable`).
package final class SyllableTable: @unchecked Sendable {
    /// The table of the process: at most 2^20 spellings (about 50 MB), far more than the
    /// distinct words of any plan or of a day of a busy server.
    package static let shared = SyllableTable(capacity: 1 << 20)

    package let capacity: Int
    private let lock = NSLock()
    private var ids: [String: UInt32] = [:]
    private var spellings: [String] = []

    package init(capacity: Int) {
        self.capacity = min(capacity, Int(Syllable.hashedFlag))
    }

    package var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return spellings.count
    }

    package func intern(_ spelling: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[spelling] { return id }
        guard spellings.count < capacity else { return Self.hashedID(spelling) }
        let id = UInt32(spellings.count)
        ids[spelling] = id
        spellings.append(spelling)
        return id
    }

    package func text(of id: UInt32) -> String {
        if id & Syllable.hashedFlag != 0 { return "#" + String(id & ~Syllable.hashedFlag, radix: 16) }
        lock.lock()
        defer { lock.unlock() }
        return Int(id) < spellings.count ? spellings[Int(id)] : ""
    }

    /// FNV-1a over the UTF-8 bytes, folded to 30 bits and flagged: fixed across runs, unlike
    /// `Hasher`, so that a document gets the same IDs in every process.
    private static func hashedID(_ spelling: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in spelling.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return 0x4000_0000 | UInt32(truncatingIfNeeded: (hash ^ (hash >> 30) ^ (hash >> 60)) & 0x3FFF_FFFF)
    }
}
