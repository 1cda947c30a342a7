import Foundation
import PlanCheck
import Testing

/// Uses only the public API, as another Swift package would.
@Suite struct LibraryAPITests {
    @Test func checkAPlanInAFewLines() throws {
        let checker = try PlanChecker()  // the rules bundled with the package
        let report = checker.check(text: """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA
            KẾ HOẠCH
            Triển khai Chiến lược dữ liệu quốc gia
            I. NHIỆM VỤ, GIẢI PHÁP
            1. Bảo đảm an toàn thông tin theo cấp độ.
            """)
        let result = try #require(report.result)
        #expect(result.profile == .province)
        let byID = Dictionary(uniqueKeysWithValues: result.requirements.map { ($0.id, $0) })
        #expect(byID["DS101"]?.status == .covered)
        #expect(byID["DS503"]?.status == .covered)
        #expect(byID["DS305"]?.status == .partial)
        #expect(byID["DS401"]?.status == .missing)
        #expect(result.findings.map(\.ruleId).contains("DS401"))
        #expect(!checker.ruleSets.isEmpty)
    }

    @Test func reportsFormatWithoutTheCLI() throws {
        let checker = try PlanChecker()
        let report = Report(toolVersion: PlanCheckVersion.current, ruleSets: checker.ruleSetInfo,
                            documents: [checker.check(text: "KẾ HOẠCH", path: "a.md")])
        #expect(JSONFormatter().format(report).contains("\"path\" : \"a.md\""))
        #expect(TextFormatter(language: .en).format(report).contains("a.md"))
        #expect(report.fails(at: .error))
    }

    /// The public API is pinned: docs/public-api.txt lists every public declaration of the library
    /// modules (from the symbol graphs of the modules this test was built with), and every public
    /// type has a documentation comment. A change to the API fails here until the list is
    /// regenerated on purpose (scripts/public-api).
    @Test func thePublicAPIIsTheListedOne() throws {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let modules = executable.deletingLastPathComponent().appendingPathComponent("Modules")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/public-api").path, "--check", modules.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func givenRulePathsThatDoNotExistFailWithIssues() {
        #expect(throws: RuleLoadError.self) { try PlanChecker(rulePaths: ["/nonexistent/rules"]) }
    }
}
