import Foundation

/// Asks a check in progress to stop: set from another thread (the server's time limit), polled by
/// the check between phases, between rules and during long regex searches. A stopped check gives
/// no verdicts: what it did not reach is `unknown`, and the server answers that time ran out.
///
/// The layers below the check (XML parsing, normalisation, the section tree, task extraction)
/// poll the cancellation *current on this thread* (`with(_:_:)`), so that stopping reaches the
/// costliest loops without threading a parameter through every reader; what they return once
/// stopped is incomplete and is never judged.
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

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `body` with `cancellation` current on this thread (nil: none).
    public static func with<T, E: Error>(_ cancellation: Cancellation?, _ body: () throws(E) -> T) throws(E) -> T {
        let previous = pthread_getspecific(key)
        // Unretained: `cancellation` is alive for the whole call.
        pthread_setspecific(key, cancellation.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) })
        defer { pthread_setspecific(key, previous) }
        return try body()
    }

    /// Whether the cancellation current on this thread has been set. Cheap enough for a loop to ask
    /// every few thousand iterations.
    public static var requested: Bool {
        guard let pointer = pthread_getspecific(key) else { return false }
        return Unmanaged<Cancellation>.fromOpaque(pointer).takeUnretainedValue().isCancelled
    }
}
