import Foundation

/// How `plancheck serve` runs: where it listens and the limits that keep it up under load and
/// hostile uploads.
public struct ServerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Largest upload accepted (413 above it), checked on Content-Length before reading.
    public var maxUploadBytes = 20 << 20
    /// Checks running at once; a request beyond them gets 503 at once rather than queueing.
    public var maxConcurrentChecks = max(ProcessInfo.processInfo.activeProcessorCount * 2, 2)
    /// Longest a request waits for its check (503 after it); the regex and PDF budgets bound the work.
    public var timeLimit: TimeInterval = 60
    /// When set, the API and the form require this bearer token.
    public var token: String?

    public init() {}
}
