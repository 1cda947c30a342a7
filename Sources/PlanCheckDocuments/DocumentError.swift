/// Why a document could not be read. The message completes "PATH: …" in one line.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
