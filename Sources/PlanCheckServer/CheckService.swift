import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PlanCheck

/// Runs checks on threads of their own, at most `maxConcurrentChecks` at once and at a lower
/// scheduling priority than the event loops, so that health checks and pages are answered in
/// milliseconds however busy the checks are. A slot is taken from the request head, before the
/// body is read; the work (reading, checking and rendering the answer) runs in it, and the slot is
/// given back only when that work has really ended. Nothing is written to disk or logged.
final class CheckService: @unchecked Sendable {
    // `running` is guarded by `lock`.
    let checker: PlanChecker
    let options: ServerOptions
    private let lock = NSLock()
    private var running = 0
    /// Time limits fire here: a queue no check ever runs on, so a limit is never late.
    private let timers = DispatchQueue(label: "plancheck.time-limits")

    /// Stack of a check thread: structure and rendering recurse modestly; 16 MB leaves room.
    static let stackBytes = 16 << 20

    init(checker: PlanChecker, options: ServerOptions) {
        self.checker = checker
        self.options = options
    }

    /// A check slot held for one request.
    final class Slot: @unchecked Sendable {
        // `held` is guarded by `lock`.
        private let service: CheckService
        private let lock = NSLock()
        private var held = true

        fileprivate init(service: CheckService) { self.service = service }

        /// Gives the slot back (once; later calls do nothing).
        func release() {
            lock.lock()
            let wasHeld = held
            held = false
            lock.unlock()
            if wasHeld { service.giveBack() }
        }

        deinit { release() }
    }

    /// A slot, or nil when every one is taken (the request gets 503 at once).
    func admit() -> Slot? {
        lock.lock()
        defer { lock.unlock() }
        guard running < options.maxConcurrentChecks else { return nil }
        running += 1
        return Slot(service: self)
    }

    fileprivate func giveBack() {
        lock.lock()
        running -= 1
        let idle = running == 0
        lock.unlock()
        // A check of a large plan leaves freed memory in the allocator's arenas; hand it back to
        // the system once nothing runs, so the server returns to its baseline after load.
        if idle { _ = Self.trim?(0) }
    }

    /// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module does not include),
    /// looked up once; nil elsewhere.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    enum Outcome<Value: Sendable>: Sendable {
        case done(Value)
        case timedOut
    }

    /// Runs `work` on a check thread in `slot`; answers with its value, or `.timedOut` at the time
    /// limit. At the limit the work is asked to stop (`Cancellation`, polled between phases and
    /// rules) and the slot stays taken until it has.
    func run<Value: Sendable>(in slot: Slot, _ work: @escaping @Sendable (Cancellation) -> Value) async -> Outcome<Value> {
        let cancellation = Cancellation()
        let once = Once()
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                Self.lowerPriority()
                let value = work(cancellation)
                slot.release()
                if once.claim() { continuation.resume(returning: cancellation.isCancelled ? .timedOut : .done(value)) }
            }
            thread.stackSize = Self.stackBytes
            thread.start()
            timers.asyncAfter(deadline: .now() + options.timeLimit) {
                cancellation.cancel()
                if once.claim() { continuation.resume(returning: .timedOut) }
            }
        }
    }

    /// Checks run at nice +10: when they saturate the cores, the event loops still get the CPU.
    /// (On Linux the nice value is per thread, and `who` 0 is the calling thread.)
    private static func lowerPriority() {
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
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
