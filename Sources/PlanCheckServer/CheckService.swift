import Foundation
import PlanCheck

/// Checks uploaded plans in memory: nothing is written to disk or logged, and the bytes are
/// dropped when the check ends. At most `maxConcurrentChecks` run at once; a request waits at
/// most `timeLimit` for its result.
final class CheckService: @unchecked Sendable {
    // Mutable state (the running count) is guarded by `lock`.
    let checker: PlanChecker
    let options: ServerOptions
    private let lock = NSLock()
    private var running = 0
    private let queue = DispatchQueue(label: "plancheck.checks", attributes: .concurrent)

    enum Outcome {
        case checked(DocumentReport)
        /// The file could not be read (damaged, hostile, unsupported): the reason.
        case unreadable(String)
        case busy
        case timedOut
    }

    init(checker: PlanChecker, options: ServerOptions) {
        self.checker = checker
        self.options = options
    }

    private func acquire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard running < options.maxConcurrentChecks else { return false }
        running += 1
        return true
    }

    private func release() {
        lock.lock()
        running -= 1
        lock.unlock()
    }

    /// Reads and checks one upload. The slot is held until the work really ends, even after a
    /// time-out has answered the request, so overload stays bounded.
    func check(bytes: [UInt8], name: String, profile: Profile?) async -> Outcome {
        guard acquire() else { return .busy }
        let once = Once()
        return await withCheckedContinuation { continuation in
            queue.async {
                let outcome: Outcome
                do throws(DocumentError) {
                    let document = try DocumentLoader.read(bytes: bytes, name: name)
                    outcome = .checked(self.checker.check(document, profile: profile))
                } catch {
                    outcome = .unreadable(error.message)
                }
                self.release()
                if once.claim() { continuation.resume(returning: outcome) }
            }
            queue.asyncAfter(deadline: .now() + options.timeLimit) {
                if once.claim() { continuation.resume(returning: .timedOut) }
            }
        }
    }

    /// Lets exactly one of two racers resume a continuation.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var claimed = false
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if claimed { return false }
            claimed = true
            return true
        }
    }
}
