import Foundation

/// JSON-RPC messages with LSP's `Content-Length` framing over a pair of file handles.
public final class MessageTransport: @unchecked Sendable {
    /// Largest message accepted from the client.
    public static let maxMessageBytes = 64 << 20
    /// Largest header: LSP headers are one or two short lines; a stream that sends more without
    /// the blank line that ends a header is not speaking LSP.
    public static let maxHeaderBytes = 8 << 10
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    private let writeLock = NSLock()

    public init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    public enum ReadError: Error { case endOfInput, badHeader(String), tooLarge(Int), headerTooLong(Int) }

    /// The body of the next message; throws at end of input or on a malformed header. The header's
    /// end is searched only in bytes not searched before, so a long header costs linear time.
    public func read() throws -> Data {
        var searched = 0  // bytes of the buffer known not to hold the end of the header
        while true {
            let from = buffer.startIndex + max(0, searched - 3)
            if let headerEnd = buffer[from...].range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                var length: Int?
                for line in header.components(separatedBy: "\r\n") {
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2, parts[0].lowercased() == "content-length" { length = Int(parts[1]) }
                }
                guard let length, length >= 0 else { throw ReadError.badHeader(header) }
                guard length <= Self.maxMessageBytes else { throw ReadError.tooLarge(length) }
                let bodyStart = headerEnd.upperBound
                while buffer.count - (bodyStart - buffer.startIndex) < length {
                    let chunk = input.availableData
                    if chunk.isEmpty { throw ReadError.endOfInput }
                    buffer.append(chunk)
                }
                let body = buffer.subdata(in: bodyStart..<bodyStart + length)
                buffer = Data(buffer[(bodyStart + length)...])
                return body
            }
            searched = buffer.count
            if buffer.count > Self.maxHeaderBytes { throw ReadError.headerTooLong(buffer.count) }
            let chunk = input.availableData
            if chunk.isEmpty { throw ReadError.endOfInput }
            buffer.append(chunk)
        }
    }

    public func write(_ body: Data) {
        writeLock.lock()
        defer { writeLock.unlock() }
        output.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8))
        output.write(body)
    }
}
