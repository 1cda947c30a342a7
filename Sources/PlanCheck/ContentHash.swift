import CSystemCrypto
import Foundation

/// SHA-256 over the pieces of a cache key, as lowercase hex: a hash whose collisions nobody can
/// arrange, not just a checksum. It comes from the system's libcrypto (OpenSSL's EVP interface, like
/// libyaml and zlib a system library): swift-crypto compiled its own BoringSSL, 366 C files, in each
/// of CI's five builds, about a fifth of the CI budget for one hash.
struct ContentHash {
    /// The digest context; a class so that it is freed once. A ContentHash is not copied mid-hash.
    private final class Context {
        let pointer: OpaquePointer?
        init() {
            pointer = EVP_MD_CTX_new()
            if let pointer, EVP_DigestInit_ex(pointer, EVP_sha256(), nil) != 1 { failed = true }
            if pointer == nil { failed = true }
        }
        var failed = false
        deinit { EVP_MD_CTX_free(pointer) }
    }

    private let context = Context()

    mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update($0) }
    }

    mutating func update(_ data: Data) { data.withUnsafeBytes { update($0) } }

    private func update(_ bytes: UnsafeRawBufferPointer) {
        guard let pointer = context.pointer, !context.failed, !bytes.isEmpty else { return }
        if EVP_DigestUpdate(pointer, bytes.baseAddress, bytes.count) != 1 { context.failed = true }
    }

    private func update(_ bytes: UnsafeBufferPointer<UInt8>) { update(UnsafeRawBufferPointer(bytes)) }

    /// The digest as 64 lowercase hex digits; nil when libcrypto could not compute it (it could not
    /// allocate, or its configuration offers no SHA-256). Ends the hash.
    func hexDigest() -> String? {
        guard let pointer = context.pointer, !context.failed else { return nil }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(pointer, &digest, &length) == 1, length == 32 else { return nil }
        context.failed = true  // finalised: no further updates or digests
        let hex = Array("0123456789abcdef")
        return String(digest.prefix(Int(length)).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 0xf)]] })
    }

    static func hex(_ data: Data) -> String? {
        var hash = ContentHash()
        hash.update(data)
        return hash.hexDigest()
    }
}
