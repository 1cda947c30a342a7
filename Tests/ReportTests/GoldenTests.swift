import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// Each example plan has a golden file of its statuses and findings (Tests/Golden). A change in
/// the rules or the matcher that alters them fails here; regenerate on purpose with
/// `PLANCHECK_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: TestSupport.examplesDirectory.path)) ?? [])
        .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        .sorted()

    static func summary(of report: DocumentReport) -> String {
        guard let result = report.result else { return "error: \(report.error?.en ?? "")\n" }
        var lines = ["profile: \(result.profile?.rawValue ?? "none") (\(result.profileSource.rawValue))",
                     "form: \(result.form.rawValue)"]
        for requirement in result.requirements {
            let quotes = requirement.evidence.map { "\($0.location.line):\($0.location.column)" }.joined(separator: ",")
            lines.append("\(requirement.id) \(requirement.status.rawValue)\(quotes.isEmpty ? "" : " @ \(quotes)")")
        }
        for finding in result.findings {
            lines.append("finding \(finding.ruleId) \(finding.status.rawValue) \(finding.location.line):\(finding.location.column)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 2)
    }

    @Test(arguments: Self.examples)
    func exampleMatchesItsGolden(name: String) throws {
        let checker = try #require(TestSupport.checker)
        let actual = Self.summary(of: checker.check(path: TestSupport.example(name)))
        let golden = TestSupport.packageRoot.appendingPathComponent("Tests/Golden/\(name).golden")
        if ProcessInfo.processInfo.environment["PLANCHECK_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "golden \(golden.lastPathComponent) differs")
    }
}
