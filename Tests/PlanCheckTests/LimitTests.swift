import Foundation
import Testing
@testable import PlanCheck
@testable import PlanCheckMatching
import PlanCheckDocuments
import PlanCheckLSP

/// The input limits of docs/performance.md that no reader test covers: file size, the regex time
/// budget and the language server's message size.
@Suite struct LimitTests {
    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder.appendingPathComponent("qua-lon.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(DocumentLimits.maxBytes + 1))  // sparse: nothing is written
        try handle.close()
        #expect {
            _ = try DocumentLoader.read(path: path)
        } throws: { error in
            (error as? DocumentError)?.message.contains("the limit is 64 MB") == true
        }
    }

    @Test func aRunawayRegexInAUserRuleIsStoppedAtTheBudgetAndReported() throws {
        // (a|aa)+$ on sixty a's and a b backtracks about 10^12 times: without the budget it never ends.
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(TestSupport.ruleSet(match: "      any:\n        - regex: '(a|aa)+$'\n"),
                              to: "rules/runaway.yml", in: folder)
        let plan = try TestSupport.write("# Kế hoạch\n\nCông bố dữ liệu mở.\n" + String(repeating: "a", count: 60) + "b\n",
                                         to: "ke-hoach.md", in: folder)
        let result = try CLITests().run(["lint", plan, "--rules", folder.appendingPathComponent("rules").path,
                                         "--format", "json"],
                                        environment: ["PLANCHECK_REGEX_BUDGET_MS": "300"])
        #expect(result.status == 0)  // DS999 is a warning; the default --fail-on is error
        #expect(result.stdout.contains("DS999: regex evaluation stopped after 300 ms on this document"))
    }

    @Test func aLanguageServerMessageOverTheLimitIsRefusedWithoutReadingIt() throws {
        let pipe = Pipe()
        let transport = MessageTransport(input: pipe.fileHandleForReading, output: FileHandle.nullDevice)
        pipe.fileHandleForWriting.write(Data("Content-Length: \(MessageTransport.maxMessageBytes + 1)\r\n\r\n{".utf8))
        try pipe.fileHandleForWriting.close()
        #expect {
            _ = try transport.read()
        } throws: { error in
            if case .tooLarge(let length) = error as? MessageTransport.ReadError { return length == MessageTransport.maxMessageBytes + 1 }
            return false
        }
    }
}

/// Which regex shapes run with progress checks during a match.
@Suite struct RuleRegexShapeTests {
    @Test(arguments: [#"(a|aa)+$"#, #"(a+)+b"#, #"([a-z]+\s)*x"#, #"(?:\d|\w){2,}"#, #"((ab)*c)+"#, #"(x(y|z)){1,9}"#])
    func nestedRepetitionIsFlagged(_ pattern: String) {
        #expect(RuleRegex.hasNestedRepetition(pattern))
    }

    @Test(arguments: [#"\d+([.,]\d+)?\s*(%|phần trăm|csdl)"#, #"số\s*:?\s*\d+\s*/\s*(\d{4}\s*/\s*)?(kh|qđ)"#,
                      #"(?:ab)+"#, #"[(a+)]+"#, #"\(a+\)+"#, #"(ngày\s+)?\d{1,2}"#, #"(a|b){1}"#, #"\b20\d\d\b"#])
    func linearShapesAreNot(_ pattern: String) {
        #expect(!RuleRegex.hasNestedRepetition(pattern))
    }
}
