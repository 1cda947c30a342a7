import Crypto
import Foundation

/// SHA-256 (swift-crypto) over the pieces of a cache key, as lowercase hex: a hash whose
/// collisions nobody can arrange, not just a checksum.
struct ContentHash {
    private var hasher = Crypto.SHA256()

    mutating func update(_ text: String) { hasher.update(data: Data(text.utf8)) }

    mutating func update(_ data: Data) { hasher.update(data: data) }

    /// The digest as 64 lowercase hex digits.
    func hexDigest() -> String {
        let hex = Array("0123456789abcdef")
        return String(hasher.finalize().flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 0xf)]] })
    }

    static func hex(_ data: Data) -> String {
        var hash = ContentHash()
        hash.update(data)
        return hash.hexDigest()
    }
}
