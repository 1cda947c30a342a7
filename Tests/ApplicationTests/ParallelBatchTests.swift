import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// The batch runs documents on all cores; the result must not depend on the scheduling. Run
/// under ThreadSanitizer in CI (scripts/sanitizers).
@Suite struct ParallelBatchTests {
    @Test func parallelBatchEqualsOneByOne() throws {
        let checker = try #require(TestSupport.checker)
        let examples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.examplesDirectory.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted().map(TestSupport.example)
        let office = try FileManager.default.contentsOfDirectory(atPath: TestSupport.officeDirectory.path)
            .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted().map { TestSupport.officeDirectory.appendingPathComponent($0).path }
        let paths = Array(repeating: examples + office + ["missing.md"], count: 3).flatMap { $0 }
        let parallel = checker.check(paths: paths)
        #expect(parallel.documents.map(\.path) == paths)
        for (index, path) in paths.enumerated() {
            let alone = checker.check(path: path)
            let together = parallel.documents[index]
            #expect(together.error == alone.error)
            #expect(together.result?.requirements.map(\.status) == alone.result?.requirements.map(\.status), "\(path)")
            #expect(together.result?.findings.map(\.location) == alone.result?.findings.map(\.location), "\(path)")
        }
    }
}
