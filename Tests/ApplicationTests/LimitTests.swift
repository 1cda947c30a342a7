import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckMatching
import PlanCheckDocuments
import PlanCheckLSP
import ZIPFoundation

/// The input limits of docs/performance.md that no reader test covers: file size, the regex work
/// budget and the language server's message size.
@Suite struct LimitTests {
    /// A .docx holding only word/document.xml with `body` inside <w:body>, deflated.
    static func docx(body: String) throws -> [UInt8] {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "</w:body></w:document>"
        let archive = try Archive(accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return [UInt8](try #require(archive.data))
    }

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

    /// The text limit is counted on the text a reader produced (a package's parts can expand past
    /// the file limit), at the limit and one character over, and stays inside the matcher's offsets.
    @Test func theTextLimitIsCheckedOnTheTextRead() throws {
        let bytes = try Self.docx(body: "<w:p><w:r><w:t>Kế hoạch dữ liệu năm 2027</w:t></w:r></w:p>")
        let document = try DocumentLoader.read(bytes: bytes, name: "ke-hoach.docx")
        let count = document.source.count
        #expect(try DocumentLimits.checkText(document, limit: count).source.count == count)
        #expect {
            _ = try DocumentLimits.checkText(document, limit: count - 1)
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.message == "holds \(count) characters of text once read; the limit is \(count - 1) characters"
                && error.vietnamese.contains("giới hạn là \(count - 1) ký tự")
        }
        #expect(DocumentLimits.maxTextScalars < 1 << 29)
    }

    /// The limit is on what is opened: a link to a file over the limit is refused like the file.
    @Test func aLinkToAFileOverTheLimitIsRefused() throws {
        let folder = try TestSupport.temporaryDirectory()
        let target = folder.appendingPathComponent("that-lon.txt").path
        #expect(FileManager.default.createFile(atPath: target, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: target))
        try handle.truncate(atOffset: UInt64(DocumentLimits.maxBytes + 1))
        try handle.close()
        let link = folder.appendingPathComponent("lien-ket.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect { _ = try DocumentLoader.read(path: link) } throws: { error in
            (error as? DocumentError)?.message.contains("the limit is 64 MB") == true
        }
    }

    /// Exactly at the limit is read; one byte more is not, whatever the name says.
    @Test func theByteLimitIsCheckedOnTheBytesRead() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder.appendingPathComponent("vua-du.txt").path
        try Data(repeating: UInt8(ascii: "a"), count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(try DocumentLoader.contents(of: path, limit: 4096).count == 4096)
        #expect { _ = try DocumentLoader.contents(of: path, limit: 4095) } throws: { error in
            (error as? DocumentError)?.message.contains("the limit is") == true
        }
    }

    /// A stopped check stops the costliest loops below it too: the XML parser, the normaliser and
    /// the section tree poll the cancellation current on their thread, and it is restored after.
    @Test func aRequestedCancellationReachesTheReadersAndTheNormaliser() throws {
        let cancelled = Cancellation()
        cancelled.cancel()
        let text = String(repeating: "kế hoạch dữ liệu ", count: 50_000)
        let whole = TextNormalizer.normalize(text).tokens.count
        let stopped = Cancellation.with(cancelled) { TextNormalizer.normalize(text).tokens.count }
        #expect(stopped < whole)
        #expect(!Cancellation.requested)  // restored after the call
        #expect(TextNormalizer.normalize(text).tokens.count == whole)
        let bytes = try Self.docx(body: String(repeating: "<w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>", count: 10_000))
        #expect(try DocumentLoader.read(bytes: bytes, name: "a.docx").blocks.count == 10_000)
        #expect { _ = try DocumentLoader.read(bytes: bytes, name: "a.docx", cancellation: cancelled) } throws: { error in
            (error as? DocumentError)?.message.contains("was not read to the end: the check was stopped") == true
        }
    }

    /// A plan of thousands of tasks without a lead gives the first N findings per rule and one
    /// that counts the rest, whatever the output format.
    @Test func perTaskFindingsAreCappedPerRule() throws {
        var text = "KẾ HOẠCH\nPhát triển dữ liệu số năm 2026\nII. NHIỆM VỤ\n"
        for index in 1...500 { text += "\(index). Xây dựng cơ sở dữ liệu chuyên ngành số \(index) của tỉnh.\n" }
        let document = try MarkdownReader.read(Array(text.utf8), path: "nhieu.md")
        for (limit, expected) in [(nil as Int?, 100), (7, 7)] {
            let checker = try PlanChecker(maxFindingsPerRule: limit)
            let findings = try #require(checker.check(document).result).findings.filter { $0.ruleId == "DS410" }
            #expect(findings.count == expected + 1)
            #expect(findings.last?.detail?.vi.hasPrefix("… và \(500 - expected) chỗ khác cùng loại") == true)
            #expect(findings.last?.detail?.en.hasPrefix("… and \(500 - expected) more of the same kind") == true)
        }
        let (configuration, issues) = Configuration.parse("max_findings_per_rule: 0\n", file: "c.yml")
        #expect(configuration?.maxFindingsPerRule == nil && issues.map(\.message) == ["'max_findings_per_rule' must be a whole number from 1 to 100000"])
    }

    /// A target table of one row and thousands of columns (each its own year) is read through:
    /// every figure is compared with its column's year, in time linear in the row.
    @Test func aRowOfThousandsOfTargetsIsReadThrough() throws {
        let columns = 2_000
        var text = "KẾ HOẠCH\nPhát triển dữ liệu số\n\nII. MỤC TIÊU\n\n| Chỉ tiêu |"
        text += String(repeating: " Năm 2030 |", count: columns) + "\n|---|" + String(repeating: "---|", count: columns) + "\n"
        text += "| Tỷ lệ dữ liệu kết quả giải quyết TTHC được tái sử dụng |" + String(repeating: " 70% |", count: columns) + "\n"
        let document = try MarkdownReader.read(Array(text.utf8), path: "rong.md")
        let findings = try #require(PlanChecker().check(document).result).findings.filter { $0.ruleId == "DS290" }
        #expect(findings.count == 101)
        #expect(findings.last?.detail?.en.hasPrefix("… and \(columns - 100) more of the same kind") == true)
    }

    /// A FIFO with no writer would block a read forever; it is refused by its type at once.
    @Test func aPipeIsRefusedByItsType() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder.appendingPathComponent("ong.md").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect { _ = try DocumentLoader.read(path: path) } throws: { error in
            (error as? DocumentError)?.message == "is not a regular file (a pipe, device or socket); plancheck reads files"
        }
    }

    /// libxml2 refuses one chunk over 10 MB unless fed as a stream; parts up to the part limit read.
    @Test func anXMLPartOverTenMegabytesReads() throws {
        // Varied text, so the part stays under the zip-bomb ratio limit when deflated.
        var body = "", seed: UInt32 = 1, paragraphs = 1
        while body.utf8.count < 11 << 20 {
            paragraphs += 1
            var word = ""
            for _ in 0..<24 {
                seed = seed &* 1_103_515_245 &+ 12_345
                word.unicodeScalars.append(Unicode.Scalar(UInt8(97 + (seed >> 16) % 26)))
            }
            body += "<w:p><w:r><w:t>Xây dựng cơ sở dữ liệu \(word)</w:t></w:r></w:p>"
        }
        let bytes = try Self.docx(body: "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>" + body)
        #expect(bytes.count < 11 << 20)  // deflated
        let document = try DocumentLoader.read(bytes: bytes, name: "lon.docx")
        #expect(body.utf8.count > 11 << 20)
        #expect(document.blocks.count == paragraphs)  // every paragraph, to the last
    }

    @Test func aRunawayRegexInAUserRuleIsStoppedAtItsWorkBudgetAndSaysUnknown() throws {
        // (a|aa)+$ on sixty a's and a b backtracks about 10^12 times: without the budget it never ends.
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(TestSupport.ruleSet(match: "      any:\n        - regex: '(a|aa)+$'\n"),
                              to: "rules/runaway.yml", in: folder)
        let plan = try TestSupport.write("# Kế hoạch\n\nCông bố dữ liệu mở.\n" + String(repeating: "a", count: 60) + "b\n",
                                         to: "ke-hoach.md", in: folder)
        let arguments = ["lint", plan, "--rules", folder.appendingPathComponent("rules").path, "--format", "json"]
        let result = try CLITests().run(arguments, environment: ["PLANCHECK_REGEX_WORK_BASE": "2000"])
        #expect(result.status == 0)  // an unknown verdict is not a gap: it does not fail the run
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        let requirement = try #require((document["requirements"] as? [[String: Any]])?.first { $0["id"] as? String == "DS999" })
        #expect(requirement["status"] as? String == "unknown")  // never "missing": the search did not finish
        #expect((requirement["reason"] as? String)?.contains("giới hạn khối lượng xử lý") == true)
        #expect((document["ruleErrors"] as? [String])?.first?.hasPrefix("DS999: tìm kiếm theo biểu thức dừng sau 2") == true)
        let warning = try #require((document["warnings"] as? [[String: Any]])?.first)
        #expect(warning["kind"] as? String == "rule_problem" && warning["ruleId"] as? String == "DS999")
        let finding = try #require((document["findings"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "DS999" })
        #expect(finding["status"] as? String == "unknown")
        // The budget counts work, not time: the same input gives the same output on any machine load.
        let again = try CLITests().run(arguments, environment: ["PLANCHECK_REGEX_WORK_BASE": "2000"])
        #expect(again.stdout == result.stdout)
        // SARIF marks it for review rather than as a failure.
        let sarif = try CLITests().run(arguments.dropLast() + ["sarif"], environment: ["PLANCHECK_REGEX_WORK_BASE": "2000"])
        #expect(sarif.stdout.contains("\"kind\" : \"review\""))
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

    /// A header that never ends is given up at the header limit (8 KB), not read to 64 MB; a
    /// header just under the limit, arriving in small pieces, still reads.
    @Test func aLanguageServerHeaderHasItsOwnLimit() throws {
        let endless = Pipe()
        let transport = MessageTransport(input: endless.fileHandleForReading, output: FileHandle.nullDevice)
        // Three times the limit (within a pipe's buffer, so the write does not wait for the reader).
        endless.fileHandleForWriting.write(Data(repeating: UInt8(ascii: "x"), count: 3 * MessageTransport.maxHeaderBytes))
        try endless.fileHandleForWriting.close()
        #expect {
            _ = try transport.read()
        } throws: { error in
            if case .headerTooLong(let count) = error as? MessageTransport.ReadError {
                return count > MessageTransport.maxHeaderBytes && count <= 3 * MessageTransport.maxHeaderBytes
            }
            return false
        }
        let padded = Pipe()
        let reader = MessageTransport(input: padded.fileHandleForReading, output: FileHandle.nullDevice)
        let filler = "X-Padding: " + String(repeating: "a", count: MessageTransport.maxHeaderBytes - 64) + "\r\n"
        let message = Data((filler + "Content-Length: 2\r\n\r\n{}").utf8)
        for start in stride(from: 0, to: message.count, by: 100) {
            padded.fileHandleForWriting.write(message[start..<min(start + 100, message.count)])
        }
        #expect(try reader.read() == Data("{}".utf8))
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

/// The literals a regex cannot match without, which decide where it is run at all.
@Suite struct RequiredLiteralTests {
    private func literals(_ pattern: String) -> [String]? {
        RequiredLiterals.of(pattern)?.map { String(String.UnicodeScalarView($0)) }
    }

    @Test func plainRunsAndGroupsOfPlainAlternativesAreRequired() {
        #expect(literals(#"(?<![^\s*|])(tm|kt|q|tl|tuq)\.\s*(ủy ban|bộ\b)"#) == ["tm.", "kt.", "q.", "tl.", "tuq."])
        #expect(literals(#"(?m)nhiệm vụ(?<=^[#*\s]{0,6}x)[\s*:.]*$"#) == ["nhiệm vụ"])
        #expect(literals(#"\d{1,3}(?:[.,]\d+)?\s*%"#) == ["%"])
        #expect(literals(#"\d+([.,]\d+)?\s*(%|phần trăm|csdl)"#) == ["%", "phần trăm", "csdl"])
        // An optional atom ends a run; the longer run is kept; case is folded as ICU folds it.
        #expect(literals("colou?rs") == ["colo"])
        #expect(literals(#"\bSố\s*:"#) == ["số"])
    }

    @Test func anythingThatCouldMatchWithoutALiteralGivesNone() {
        for pattern in [#"^\s*số\s*:"#, #"số\s*:$"#, #"\Asố"#, "a|b", #"(?x) n h"#, #"\d+\s*\w+"#, "(ab)?c?", "[abc]+",
                        #"\Q(a|b)\E"#, #"(?<n>x)\k<n>"#] {
            #expect(literals(pattern) == nil, "\(pattern)")
        }
    }
}

/// What runs for a rule's pattern: NFC, a space any run of white space where that keeps the
/// pattern's meaning.
@Suite struct PreparedPatternTests {
    @Test func spacesBetweenWordsMatchAnyWhiteSpace() {
        #expect(CompiledPatterns.prepared("sử dụng lại") == #"sử\s+dụng\s+lại"#)
        // In a class, escaped, before a quantifier, inside a lookbehind: as written.
        #expect(CompiledPatterns.prepared("[ \\t]+x") == "[ \\t]+x")
        #expect(CompiledPatterns.prepared(#"a\ b"#) == #"a\ b"#)
        #expect(CompiledPatterns.prepared("a ?b") == "a ?b")
        #expect(CompiledPatterns.prepared("(?<!số )x y") == #"(?<!số )x\s+y"#)
        #expect(CompiledPatterns.prepared("[]a ]b c") == #"[]a ]b\s+c"#)
        // Only between two words: not at an edge, not beside a bracket or a named escape, not in a
        // nested set.
        #expect(CompiledPatterns.prepared(" công bố") == #" công\s+bố"#)
        #expect(CompiledPatterns.prepared("(phó )?chủ tịch") == #"(phó )?chủ\s+tịch"#)
        #expect(CompiledPatterns.prepared(#"mã\p{Lowercase Letter} x"#) == #"mã\p{Lowercase Letter} x"#)
        #expect(CompiledPatterns.prepared("liệu[[:L:] ]mở") == "liệu[[:L:] ]mở")
        // Free-spacing mode (with any other flags) and quoted text keep every space.
        #expect(CompiledPatterns.prepared("(?x) a b") == "(?x) a b")
        #expect(CompiledPatterns.prepared("(?ix)dữ liệu") == "(?ix)dữ liệu")
        #expect(CompiledPatterns.prepared(#"\Qa b\E"#) == #"\Qa b\E"#)
    }

    @Test func aPatternSavedInNFDMatchesNFCText() throws {
        let nfd = "dữ liệu".decomposedStringWithCanonicalMapping
        #expect(CompiledPatterns.prepared(nfd) == #"dữ\s+liệu"#)
        let expression = try CompiledPatterns.shared.expression(nfd + " mở")
        let text = "công bố dữ liệu mở"
        #expect(expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
    }
}
