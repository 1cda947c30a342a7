import Foundation

/// How `plancheck serve` runs: where it listens and the limits that keep it up under load and
/// hostile uploads.
public struct ServerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Largest upload accepted (413 above it), checked on Content-Length before reading.
    public var maxUploadBytes = 20 << 20
    /// Checks running at once, each on a thread of its own; a request beyond them gets 503 at once
    /// rather than queueing. Checks are CPU-bound: more than the cores only makes each slower.
    public var maxConcurrentChecks = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    /// Longest a request waits for its check (503 after it); the check is then asked to stop.
    public var timeLimit: TimeInterval = 60
    /// A connection closes when no complete request head arrives for this long (after it opens
    /// or after the previous answer): idle keep-alive connections and trickled headers alike.
    public var idleTimeout: TimeInterval = 15
    /// A request body must arrive in full within this long of its head.
    public var bodyTimeout: TimeInterval = 60
    /// Largest download offered on the result page (JSON, SARIF, HTML, XLSX each); a larger one
    /// is left out with a note (the findings are capped, so only a pathological plan gets there).
    public var maxDownloadBytes = 8 << 20
    /// When set, the API and the form require this bearer token.
    public var token: String?

    public init() {}
}
