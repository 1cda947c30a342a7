import Foundation

/// Asks a check in progress to stop: set from another thread (the server's time limit), polled by
/// the check between phases, between rules and during long regex searches. A stopped check gives
/// no verdicts: what it did not reach is `unknown`, and the server answers that time ran out.
public final class Cancellation: @unchecked Sendable {
    // `cancelled` is guarded by `lock`.
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }
}
