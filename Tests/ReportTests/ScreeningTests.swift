import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckReport
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `plancheck report`: finding the plans, the cache, the matrix and its HTML, XLSX, CSV, JSON forms.
@Suite struct ScreeningTests {
    static let examples = ["ke-hoach-tinh-son-la.md", "ke-hoach-bo-y-te.md", "ke-hoach-tinh-thieu.txt", "bien-ban-hop.txt"]
        .map(TestSupport.example)

    @Test func plansAreFoundRecursivelyByExtensionMinusExcludesAndSorted() throws {
        let folder = try TestSupport.temporaryDirectory()
        for name in ["b.md", "a/z.docx", "a/ý kiến.txt", "a/cu.doc", "x.png", ".git/c.md", "a/~$khoa.docx",
                     "nhap/d.md", "ke-hoach.PDF"] {
            try TestSupport.write("x", to: name, in: folder)
        }
        let root = folder.path
        let found = PlanFinder(excludes: ["*/nhap/*"]).plans(in: [root, root + "/b.md", root + "/khong-co.md"])
        #expect(found == ["a/cu.doc", "a/z.docx", "a/ý kiến.txt", "b.md", "ke-hoach.PDF", "khong-co.md"].map { root + "/" + $0 })
        #expect(PlanFinder(excludes: ["*.docx", "b.md"]).plans(in: [root + "/a"]) == [root + "/a/cu.doc", root + "/a/ý kiến.txt"])
    }

    @Test func cacheKeysAreSHA256() {
        // FIPS 180-4 test vectors through the cache's hashing (the system libcrypto's SHA-256, hex digits):
        // empty, one block, two blocks, and a message over many updates.
        #expect(ContentHash.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var hash = ContentHash()
        for _ in 0..<1000 { hash.update(Data(repeating: UInt8(ascii: "a"), count: 1000)) }
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aSecondRunComesFromTheCacheAndAChangedRuleSetOrFileInvalidatesIt() throws {
        let folder = try TestSupport.temporaryDirectory()
        let plan = try TestSupport.write(String(contentsOfFile: TestSupport.example("ke-hoach-tinh-thieu.txt"), encoding: .utf8),
                                         to: "plans/thieu.txt", in: folder)
        let paths = [plan, TestSupport.example("ke-hoach-bo-y-te.md"), folder.appendingPathComponent("plans/khong-co.md").path]
        let cacheFolder = folder.appendingPathComponent("cache").path
        let checker = try #require(TestSupport.checker)
        let cache = try ResultCache(directory: cacheFolder, checker: checker, profile: nil)

        let first = checker.screen(paths: paths, cache: cache)
        #expect(first.fromCache == 0)
        let second = checker.screen(paths: paths, cache: cache)
        #expect(second.fromCache == 2)  // the missing file is not cached: it is read again each run
        for (a, b) in zip(first.report.documents, second.report.documents) {
            #expect(a.path == b.path && a.error == b.error)
            #expect(a.result?.requirements.map { "\($0.id) \($0.status) \($0.evidence.map(\.quote))" }
                    == b.result?.requirements.map { "\($0.id) \($0.status) \($0.evidence.map(\.quote))" })
            #expect(a.result?.findings.map { "\($0.ruleId) \($0.location.line):\($0.location.column) \($0.detail?.vi ?? "")" }
                    == b.result?.findings.map { "\($0.ruleId) \($0.location.line):\($0.location.column) \($0.detail?.vi ?? "")" })
            #expect(a.result?.metadata == b.result?.metadata)
        }

        try TestSupport.write("KẾ HOẠCH\nI. MỤC TIÊU\nCông bố dữ liệu mở.\n", to: "plans/thieu.txt", in: folder)
        #expect(checker.screen(paths: paths, cache: cache).fromCache == 1)

        // Another rule set (here: one file of the library, edited) gives other keys; so does an
        // edited concept file: its wordings change what rules and structure read.
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        for file in ["structure.yml", "concepts.yml"] {
            let copy = rules.appendingPathComponent(file)
            try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Rules/qd142/\(file)"), to: copy)
            let before = try PlanChecker(rulePaths: [rules.path])
            _ = before.screen(paths: paths, cache: try ResultCache(directory: cacheFolder, checker: before, profile: nil))
            #expect(before.screen(paths: paths, cache: try ResultCache(directory: cacheFolder, checker: before, profile: nil)).fromCache == 2)
            try Data((try String(contentsOf: copy, encoding: .utf8) + "\n# sửa\n").utf8).write(to: copy)
            let edited = try PlanChecker(rulePaths: [rules.path])
            #expect(edited.screen(paths: paths, cache: try ResultCache(directory: cacheFolder, checker: edited, profile: nil)).fromCache == 0,
                    "editing \(file) must invalidate the cache")
        }
    }

    private func matrix() throws -> (CoverageMatrix, Report) {
        let checker = try #require(TestSupport.checker)
        let report = checker.check(paths: Self.examples + ["/khong/co/tep.docx"])
        return (CoverageMatrix(report: report, rules: checker.rules), report)
    }

    @Test func theMatrixCountsWhatTheDocumentsSay() throws {
        let (matrix, report) = try matrix()
        #expect(matrix.rows.count == 5 && matrix.columns.count == 57)
        for summary in matrix.requirements {
            let id = matrix.columns[summary.column].id
            let statuses = report.documents.compactMap { $0.result?.requirements.first { $0.id == id }?.status }
            #expect(summary.all.covered == statuses.filter { $0 == .covered }.count)
            #expect(summary.all.missing == statuses.filter { $0 == .missing }.count)
            let ministry = report.documents.filter { $0.result?.profile == .ministry }
                .compactMap { $0.result?.requirements.first { $0.id == id }?.status }
            #expect(summary.ministries.covered == ministry.filter { $0 == .covered }.count)
        }
        #expect(matrix.rows[4].document.error != nil && matrix.rows[4].cells.allSatisfy { $0 == nil })
        let missing = matrix.mostOftenMissing(limit: 5).map(\.all.missing)
        #expect(missing == missing.sorted(by: >) && !missing.isEmpty)
        // The complete plan scores 100% on errors; the incomplete one does not.
        #expect(matrix.rows[0].scores[.error]?.value == 1)
        #expect((matrix.rows[2].scores[.error]?.value ?? 1) < 1)
        #expect(Set(matrix.groups.map(\.profile)) == [.ministry, .province, nil])
    }

    /// Detectors (DS9xx) are about the checking, not requirements: the summaries count them
    /// apart and "most often missing" never lists them. A document that is not a plan (the
    /// meeting minutes) is in a group of its own, not counted under a profile.
    @Test func detectorsAndNotPlansAreApart() throws {
        let (matrix, report) = try matrix()
        let detectorIDs = Set(matrix.columns.filter(\.rule.isDetector).map(\.id))
        #expect(detectorIDs == ["DS901", "DS902", "DS903"])
        #expect(!matrix.mostOftenMissing(limit: 57).contains { detectorIDs.contains(matrix.columns[$0.column].id) })
        let summary = report.summary
        #expect(summary.notPlans == 1 && summary.detectors["DS901"] == 1)
        let counted = summary.bySeverity.values.reduce(0) { $0 + $1.covered + $1.partial + $1.missing + $1.notApplicable + $1.waived + $1.unknown }
        #expect(counted == 4 * (57 - detectorIDs.count))  // four readable documents, requirements only
        let notPlans = try #require(matrix.groups.first { $0.notPlans })
        #expect(notPlans.documents == 1)
        let minutes = try #require(matrix.rows.first { $0.path.hasSuffix("bien-ban-hop.txt") })
        #expect(!minutes.isPlan)
        #expect(matrix.groups.filter { !$0.notPlans }.map(\.documents).reduce(0, +) == 3)
        let ds901 = try #require(matrix.requirements.first { matrix.columns[$0.column].id == "DS901" })
        #expect(ds901.ministries.missing + ds901.provinces.missing == 0)  // the minutes are under no profile
        let text = ReportWriter.render(report, as: .text, rules: [], options: FormatOptions())
        #expect(text.contains(", 1 không phải kế hoạch): ") && text.contains(" · lưu ý về việc kiểm tra: DS901 ×1"))
        let json = ReportWriter.render(report, as: .json, rules: [], options: FormatOptions())
        #expect(json.contains(#""notPlans" : 1"#) && json.contains(#""DS901" : 1"#))
    }

    /// The same plan sent as .md and .docx (one issuer, one number) is one plan: the first row
    /// leads and lists the other, which names it, in every output; nothing is counted twice.
    @Test func aPlanSentTwiceIsFlaggedAndCountedOnce() throws {
        let checker = try #require(TestSupport.checker)
        let docx = TestSupport.packageRoot.appendingPathComponent("Examples/office/ke-hoach-tinh-son-la.docx").path
        let pdf = TestSupport.packageRoot.appendingPathComponent("Examples/office/ke-hoach-tinh-son-la.pdf").path
        let paths = [Self.examples[0], docx, Self.examples[1], pdf]
        let report = checker.check(paths: paths)
        let once = checker.check(paths: [Self.examples[0], Self.examples[1]])
        #expect(report.duplicateOf == [nil, 0, nil, 0])  // the .docx and the .pdf of the Sơn La plan
        let matrix = CoverageMatrix(report: report, rules: checker.rules)
        #expect(matrix.rows[0].duplicates == [1, 3] && matrix.rows[1].duplicateOf == 0 && matrix.rows[3].duplicateOf == 0)
        let single = CoverageMatrix(report: once, rules: checker.rules)
        #expect(matrix.requirements.map(\.all) == single.requirements.map(\.all))
        #expect(matrix.groups.map(\.documents) == single.groups.map(\.documents))
        #expect(report.summary.duplicates == 2 && report.summary.bySeverity == once.summary.bySeverity)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONFormatter().format(report).utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents[0]["duplicates"] as? [String] == [docx, pdf] && documents[1]["duplicateOf"] as? String == Self.examples[0])
        #expect(documents[2]["duplicates"] == nil && documents[2]["duplicateOf"] == nil)
        let csv = CSVMatrixWriter().format(matrix).components(separatedBy: "\r\n")
        #expect(csv[0].contains("Trùng với") && csv[2].contains("," + Self.examples[0] + ","))
        let html = HTMLReportWriter().format(matrix, report: report)
        #expect(html.contains("≡ Trùng với " + Self.examples[0]))
        let text = TextFormatter().format(report)
        #expect(text.contains("  ≡ trùng với (không tính lại): " + Self.examples[0]) && text.contains(", 2 bản trùng): "))
    }

    /// A second round in which one plan gained a funding section shows DS403 as improved for
    /// that plan (matched by issuer and number, though its folder changed), in JSON, HTML, CSV
    /// and XLSX; a wrong previous report is refused before anything is checked.
    @Test func aSecondRoundShowsWhatImproved() throws {
        let folder = try TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-thieu.txt"), encoding: .utf8)
        let withoutFunding = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("KINH PHÍ") && !$0.contains("Kinh phí thực hiện từ nguồn") }.joined(separator: "\n")
        #expect(withoutFunding != original)
        try TestSupport.write(withoutFunding, to: "dot-1/ha-giang.txt", in: folder)
        try TestSupport.write(original, to: "dot-2/ha-giang-sua.txt", in: folder)
        for round in ["dot-1", "dot-2"] {
            try TestSupport.write(try String(contentsOfFile: Self.examples[1], encoding: .utf8), to: "\(round)/bo-y-te.md", in: folder)
        }
        let previous = folder.appendingPathComponent("dot-1.json").path
        let first = try CLIRunner().run(["report", folder.appendingPathComponent("dot-1").path, "--json", previous, "--quiet"])
        #expect(first.status == 0)
        let out = { (name: String) in folder.appendingPathComponent(name).path }
        let second = try CLIRunner().run(["report", out("dot-2"), "--compare", previous, "--json", out("2.json"), "--html", out("2.html"),
                                          "--csv", out("2.csv"), "--xlsx", out("2.xlsx"), "--quiet"])
        #expect(second.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out("2.json")))) as? [String: Any])
        let comparison = try #require(json["comparison"] as? [String: Any])
        let documents = try #require(comparison["documents"] as? [[String: Any]])
        let plan = try #require(documents.first { ($0["path"] as? String)?.hasSuffix("ha-giang-sua.txt") == true })
        #expect(plan["improved"] as? [String] == ["DS403"] && plan["regressed"] as? [String] == [])
        #expect((plan["previousPath"] as? String)?.hasSuffix("dot-1/ha-giang.txt") == true)
        #expect(comparison["new"] as? [String] == [] && comparison["disappeared"] as? [String] == [])
        try CLIRunner().validateAgainstSchema(String(decoding: try Data(contentsOf: URL(fileURLWithPath: out("2.json"))), as: UTF8.self))
        let html = try String(contentsOfFile: out("2.html"), encoding: .utf8)
        #expect(html.contains("<h2>So với đợt trước</h2>") && html.contains("<td class=\"up\">DS403</td>") && html.contains("✓↑"))
        let csv = try String(contentsOfFile: out("2.csv"), encoding: .utf8)
        #expect(csv.contains(",So với đợt trước\r\n") && csv.contains(",↑ DS403\r\n"))
        let bad = try TestSupport.write("{\"khong\": 1}", to: "sai.json", in: folder)
        let refused = try CLIRunner().run(["report", out("dot-2"), "--compare", bad])
        #expect(refused.status == 2 && refused.stderr.contains("không phải báo cáo JSON của plancheck"))
    }

    /// A cell's details speak in the words of its document's profile and status: a ministry's plan
    /// gets the ministry's hint, a partial cell the partial message.
    @Test func cellDetailsUseTheProfilesAndTheStatusWords() throws {
        let (matrix, report) = try matrix()
        let html = HTMLReportWriter().format(matrix, report: report)
        let data = try #require(html.firstMatch(of: #/<script type="application\/json" id="report-data">(.*?)<\/script>/#.dotMatchesNewlines()))
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(String(data.1).utf8)) as? [String: Any])
        let requirements = try #require(payload["requirements"] as? [[String: Any]])
        let ds201 = try #require(requirements.first { $0["id"] as? String == "DS201" })
        let words = try #require(ds201["words"] as? [String: [String: String]])
        #expect(words["ministry"]?["hint"]?.contains("Bộ mở và cung cấp dữ liệu mở") == true)
        #expect(words["province"]?["hint"]?.contains("Cổng dữ liệu của tỉnh") == true)
        #expect(words[""]?["partial"]?.hasPrefix("Kế hoạch có nhắc đến dữ liệu mở nhưng") == true)
        let documents = try #require(payload["documents"] as? [[String: Any]])
        #expect(documents.map { $0["profile"] as? String } == report.documents.map { $0.result?.profile?.rawValue ?? "" })
    }

    /// Remarks to send back: one section per agency's plan (not the minutes, not a duplicate),
    /// its issuer by name and what it must add, errors first, in its profile's wording.
    @Test func remarksForEachAgency() throws {
        let (matrix, report) = try matrix()
        let html = AgencySummaryWriter().format(matrix, report: report)
        let issuers = html.matches(of: #/<h2>([^<]*)</h2>/#).map { String($0.1) }
        #expect(issuers == ["UBND tỉnh Sơn La", "Bộ Y tế", "UBND tỉnh Hà Giang"])
        let sections = html.components(separatedBy: "<section class=\"agency\">").dropFirst()
        let haGiang = try #require(sections.first { $0.contains("UBND tỉnh Hà Giang") })
        #expect(haGiang.contains("<h3>Cần bổ sung (") && haGiang.contains("<b>DS101</b>"))
        let severities = haGiang.matches(of: #/— (thiếu|một phần), (lỗi|cảnh báo|thông tin)</#).map { String($0.2) }
        #expect(!severities.isEmpty && severities == severities.sorted { ["lỗi": 0, "cảnh báo": 1, "thông tin": 2][$0]! < ["lỗi": 0, "cảnh báo": 1, "thông tin": 2][$1]! })
        #expect(sections.first { $0.contains("Sơn La") }?.contains("Kế hoạch đáp ứng các yêu cầu đã kiểm tra.") == true)
        #expect(html.contains("break-after:page"))
    }

    @Test func csvHasABOMQuotesAndNeutralisesFormulas() throws {
        let (matrix, _) = try matrix()
        let csv = CSVMatrixWriter().format(matrix)
        #expect(csv.hasPrefix("\u{FEFF}Văn bản,Cơ quan ban hành,Cơ quan cấp trên,\"Số, ký hiệu\","))
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 6)
        #expect(lines[1].hasPrefix(Self.examples[0] + ",UBND tỉnh Sơn La,,210/KH-UBND,2024-10-08,"))
        #expect(lines[1].contains("✓ đạt"))
        #expect(CSVMatrixWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVMatrixWriter.field("-1+2") == "'-1+2")
        #expect(CSVMatrixWriter.field("dòng 1\ndòng 2") == "\"dòng 1\ndòng 2\"")
        #expect(CSVMatrixWriter(language: .en).format(matrix).contains("✗ missing"))
    }

    @Test func htmlEscapesEveryPieceOfDocumentText() throws {
        let checker = try #require(TestSupport.checker)
        let folder = try TestSupport.temporaryDirectory()
        let hostile = try TestSupport.write("""
            ỦY BAN NHÂN DÂN TỈNH <SCRIPT>ALERT</SCRIPT>
            Số: 1/KH-UBND
            KẾ HOẠCH
            I. NHIỆM VỤ
            1. Công bố dữ liệu mở </script><img src=x onerror=alert(2)> & "trích" 'dẫn'
            """, to: "<b>ke-hoach</b>.txt", in: folder)
        let report = checker.check(paths: [hostile])
        let html = HTMLReportWriter().format(CoverageMatrix(report: report, rules: checker.rules), report: report)
        // Booleans, not the page: a failing expectation would print all of it.
        let hasRawScript = html.contains("<script>alert"), hasImage = html.contains("<img"), hasBold = html.contains("<b>ke-hoach")
        #expect(!hasRawScript && !hasImage && !hasBold)
        let escapedPath = html.contains("&lt;b&gt;ke-hoach&lt;/b&gt;.txt"), escapedIssuer = html.contains("tỉnh &lt;script&gt;alert&lt;/script&gt;")
        #expect(escapedPath && escapedIssuer)
        let scripts = html.components(separatedBy: "<script").count - 1, ends = html.components(separatedBy: "</script>").count - 1
        #expect(scripts == 2 && ends == 2)  // the data block and the page's script only
        let pathInData = html.contains("\\u003cb\\u003eke-hoach\\u003c/b\\u003e.txt")
        #expect(pathInData)
        let network = html.contains("src=\"http") || html.contains("href=\"http") || html.contains("url(http")
        #expect(!network)
        #expect(HTMLReportWriter(language: .en).format(CoverageMatrix(report: report, rules: checker.rules), report: report)
            .contains("<html lang=\"en\">"))
    }

    @Test func xlsxHoldsTheThreeSheetsWithStatusesAndWellFormedXML() throws {
        let (matrix, _) = try matrix()
        let data = try XLSXMatrixWriter().data(matrix)
        let archive = try Archive(data: data, accessMode: .read)
        let names = Set(archive.map(\.path))
        #expect(names.isSuperset(of: ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                      "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]))
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            let parser = XMLParser(data: bytes)
            #expect(parser.parse(), "\(entry.path) is not well-formed XML: \(String(describing: parser.parserError))")
            if entry.path == "xl/worksheets/sheet1.xml" {
                let xml = String(decoding: bytes, as: UTF8.self)
                #expect(xml.contains("<c r=\"M2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">✓ đạt</t></is></c>"))
                #expect(xml.contains("<pane xSplit=\"1\" ySplit=\"1\""))
                #expect(xml.contains("không có tệp hay thư mục này"))  // the read error, in the workbook's language
            }
            if entry.path == "xl/workbook.xml" {
                let xml = String(decoding: bytes, as: UTF8.self)
                #expect(xml.contains("name=\"Ma trận\"") && xml.contains("name=\"Phát hiện\"") && xml.contains("name=\"Văn bản\""))
            }
        }
        #expect(XLSXMatrixWriter.columnName(0) == "A" && XLSXMatrixWriter.columnName(25) == "Z"
                && XLSXMatrixWriter.columnName(26) == "AA" && XLSXMatrixWriter.columnName(66) == "BO")
        #expect(XLSXMatrixWriter.xmlText("a\u{1}b<c>&\u{FFFE}'") == "ab&lt;c&gt;&amp;&apos;")
        #expect(XLSXMatrixWriter.xmlText(String(repeating: "ệ", count: 40_000)).unicodeScalars.count == 32_001)  // cut, with "…"
    }

    @Test func reportCommandKeepsGoingPastUnreadableFilesAndItsJSONIsLintsPlusTheMatrix() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write("not a zip", to: "plans/hong.docx", in: folder)
        try FileManager.default.copyItem(atPath: TestSupport.example("ke-hoach-bo-y-te.md"),
                                         toPath: folder.appendingPathComponent("plans/bo-y-te.md").path)
        let plans = folder.appendingPathComponent("plans").path
        let json = folder.appendingPathComponent("report.json").path
        let html = folder.appendingPathComponent("report.html").path
        let result = try CLIRunner().run(["report", plans, "--json", json, "--html", html, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("plancheck: lỗi: \(plans)/hong.docx: "))
        #expect(!result.stderr.contains("\r"))  // no progress bar when stderr is not a terminal
        let summary = try CLIRunner().run(["report", plans, "--lang", "en"])  // no output file: summary on stdout
        #expect(summary.stdout.hasPrefix("2 documents (1 unreadable, 0 from cache) in "))
        let text = try String(contentsOfFile: json, encoding: .utf8)
        try CLIRunner().validateAgainstSchema(text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ["\(plans)/bo-y-te.md", "\(plans)/hong.docx"])
        let matrix = try #require(object["matrix"] as? [String: Any])
        let rows = try #require(matrix["rows"] as? [[String: Any]])
        #expect((rows[0]["statuses"] as? [String: String])?["DS101"] == "covered")
        #expect((rows[1]["statuses"] as? [String: String])?.isEmpty == true)

        // The same document through lint gives the same requirements.
        let lint = try CLIRunner().run(["lint", "\(plans)/bo-y-te.md", "--format", "json"])
        let lintObject = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        let lintDocument = try #require((lintObject["documents"] as? [[String: Any]])?.first)
        #expect(NSDictionary(dictionary: lintDocument).isEqual(to: documents[0]))
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("hong.docx"))

        // A folder with no plan is a usage error; a path that does not exist is an unreadable row.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rong"), withIntermediateDirectories: true)
        #expect(try CLIRunner().run(["report", folder.appendingPathComponent("rong").path]).status == 2)
        let absent = try CLIRunner().run(["report", folder.appendingPathComponent("khong-co.md").path])
        #expect(absent.status == 3 && absent.stderr.contains("khong-co.md: không có tệp hay thư mục này"))
    }
}
