import Foundation
import PlanCheck
import PlanCheckStructure

/// Paths and helpers shared by the test targets (one per layer).
package enum TestSupport {
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    package static let rulesDirectory = packageRoot.appendingPathComponent("Rules").path
    package static let examplesDirectory = packageRoot.appendingPathComponent("Examples")
    /// The Word and LibreOffice examples.
    package static let officeDirectory = examplesDirectory.appendingPathComponent("office")
    /// A checker with the bundled rules, shared by the suites that check whole plans.
    package static let checker: PlanChecker? = try? PlanChecker(rulePaths: [rulesDirectory])

    /// The structure vocabulary of the bundled concepts (section kinds, task fields).
    package static let vocabulary = StructureVocabulary(wordings: PlanChecker.bundledConcepts.wordings,
                                                    columns: PlanChecker.bundledConcepts.columns)

    package static func example(_ name: String) -> String { examplesDirectory.appendingPathComponent(name).path }

    /// A fresh folder under the system temp directory.
    package static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @discardableResult
    package static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A minimal valid rule set; tests break one line of it at a time.
    package static func ruleSet(id: String = "test-set", ruleID: String = "DS999", name: String = "test-rule",
                        extraRuleLines: String = "", match: String = "      any:\n        - dữ liệu mở\n") -> String {
        """
        id: \(id)
        version: "1"
        title: Bộ quy tắc thử
        source: Thử nghiệm
        rules:
          - id: \(ruleID)
            name: \(name)
            title: {vi: Thử, en: Test}
            basis: inferred
            citation: Không có
            applies_to: both
            scope: document
            severity: warning
            message: {vi: Thiếu, en: Missing}
            hint: {vi: Bổ sung, en: Add it}
        \(extraRuleLines)    match:
        \(match)    examples:
              covered: [Công bố dữ liệu mở.]
              missing: [Công bố dữ liệu.]

        """
    }
}
