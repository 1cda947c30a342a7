import Foundation
import PlanCheck

/// Documents done / total, rate and time left on one stderr line, redrawn at most ten times a
/// second. Only when stderr is a terminal: CI logs stay clean.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()
    private let language: Language

    init?(total: Int, language: Language, enabled: Bool) {
        guard enabled, total > 0, isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
        self.language = language
    }

    func update(_ done: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rateText = String(format: "%.1f", rate)
        let text = language == .en
            ? "\(bar) \(done)/\(total) documents · \(rateText)/s · \(left / 60)m\(String(format: "%02d", left % 60))s left"
            : "\(bar) \(done)/\(total) văn bản · \(rateText)/giây · còn \(left / 60) phút \(String(format: "%02d", left % 60)) giây"
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
