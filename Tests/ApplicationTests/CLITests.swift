import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheckDocuments
@testable import PlanCheckStructure

/// Runs the built `plancheck` executable the way users and CI do.
@Suite struct CLITests {
    private let cli = CLIRunner()
    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> CLIRunner.Run { try cli.run(arguments, environment: environment) }
    func validateAgainstSchema(_ json: String) throws { try cli.validateAgainstSchema(json) }
    func validate(_ json: String, schema: String, draft: String) throws { try cli.validate(json, schema: schema, draft: draft) }

    @Test func completePlanExitsZeroWithValidJSON() throws {
        let result = try run(["lint", "Examples/ke-hoach-tinh-son-la.md", "--format", "json"])
        #expect(result.status == 0)
        try validateAgainstSchema(result.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]]
        #expect(documents?.first?["profile"] as? String == "province")
        #expect(documents?.first?["profileSource"] as? String == "detected")
        let requirements = documents?.first?["requirements"] as? [[String: Any]] ?? []
        #expect(requirements.count >= 50)
        #expect(requirements.allSatisfy { ["covered", "not_applicable"].contains($0["status"] as? String) })
        let metadata = documents?.first?["metadata"] as? [String: Any]
        #expect(metadata?["number"] as? String == "210/KH-UBND")
        #expect(metadata?["date"] as? String == "2024-10-08")
        #expect(metadata?["citesStrategy"] as? Bool == true)
    }

    @Test func planWithGapsExitsOneAndLintIsTheDefaultCommand() throws {
        let result = try run(["Examples/ke-hoach-tinh-thieu.txt", "--format", "json"])
        #expect(result.status == 1)
        try validateAgainstSchema(result.stdout)
        #expect(result.stdout.contains("\"ruleId\" : \"DS101\""))
        let warningOnly = try run(["Examples/ke-hoach-tinh-thieu.txt", "--fail-on", "error", "--rules", "Rules/qd142/structure.yml"])
        #expect(warningOnly.status == 0)
    }

    @Test func unreadableFileIsOneLineAndTheOthersAreStillChecked() throws {
        let folder = try TestSupport.temporaryDirectory()
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data([0x4B, 0xE9, 0x20, 0x68, 0x6F, 0x1E]).write(to: latin1)
        let result = try run(["lint", latin1.path, "Examples/ke-hoach-tinh-son-la.md", "missing.md", "--format", "json"])
        #expect(result.status == 3)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        // In Vietnamese by default (every word of the line), in English with --lang en.
        #expect(lines.first?.hasPrefix("plancheck: lỗi: \(latin1.path): không phải UTF-8 hợp lệ") == true)
        #expect(lines.last == "plancheck: lỗi: missing.md: không có tệp hay thư mục này")
        let english = try run(["lint", latin1.path, "missing.md", "--lang", "en"])
        #expect(english.stderr.split(separator: "\n").map(String.init) == [
            "plancheck: error: \(latin1.path): is not valid UTF-8 (first bad byte at offset 1); save it as UTF-8 (and it does not read as TCVN3, VNI, VISCII or Windows-1258 Vietnamese)",
            "plancheck: error: missing.md: no such file or folder"])
        try validateAgainstSchema(result.stdout)
        #expect(result.stdout.contains("\"status\" : \"covered\""))
    }

    /// An output that cannot be written fails the run before any plan is checked: exit 4, one
    /// line, nothing printed as if the run had worked.
    @Test func anUnwritableOutputFailsFirst() throws {
        for arguments in [["lint", "Examples/ke-hoach-tinh-son-la.md", "--output", "json=/khong-co-thu-muc/ket-qua.json"],
                          ["lint", "Examples/ke-hoach-tinh-son-la.md", "--write-baseline", "/khong-co-thu-muc/baseline.json"],
                          ["report", "Examples/ke-hoach-tinh-son-la.md", "--json", "/khong-co-thu-muc/bao-cao.json"]] {
            let result = try run(arguments)
            #expect(result.status == 4)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("plancheck: lỗi: không ghi được /khong-co-thu-muc/"))
            #expect(result.stderr.hasSuffix(": không có thư mục /khong-co-thu-muc\n"))
            let english = try run(arguments + ["--lang", "en"])
            #expect(english.stderr == "plancheck: error: cannot write /khong-co-thu-muc/\((arguments.last! as NSString).lastPathComponent): no such folder /khong-co-thu-muc\n")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["lint", "--frmat", "json", "x.md"]).status == 2)
        #expect(try run(["lint", "x.md", "--profile", "county"]).status == 2)
        #expect(try run(["--version"]).status == 0)
    }

    @Test func badRulesAreListedWithPositionsAndNothingIsChecked() throws {
        let folder = try TestSupport.temporaryDirectory()
        let bad = try TestSupport.write(TestSupport.ruleSet().replacingOccurrences(of: "basis: inferred", with: "bassis: inferred"),
                                        to: "bad.yml", in: folder)
        let validate = try run(["rules", "validate", bad])
        #expect(validate.status == 2)
        #expect(validate.stderr.contains("\(bad):9:5: error: unknown key 'bassis' in rule; did you mean 'basis'?"))
        let lint = try run(["lint", "Examples/ke-hoach-tinh-son-la.md", "--rules", folder.path])
        #expect(lint.status == 2)
        #expect(lint.stdout.isEmpty)
        let good = try run(["rules", "validate"])
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix("8 rule sets, 57 rules, ") && good.stdout.contains(" concepts, 32 abbreviations: OK"))
    }

    @Test func rulesTestRunsEveryExample() throws {
        let result = try run(["rules", "test"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func textOutputIsVietnameseByDefaultEnglishOnRequestAndPlainWhenPiped() throws {
        let vi = try run(["lint", "Examples/ke-hoach-tinh-thieu.txt"])
        #expect(vi.stdout.contains("✗ DS101"))
        #expect(vi.stdout.contains("Gợi ý:"))
        #expect(vi.stdout.contains("Tổng hợp (1 văn bản): lỗi: "))
        // The agency by name, the date as Vietnamese write it, the profile in one phrase.
        #expect(vi.stdout.contains("\n  UBND tỉnh Hà Giang — KẾ HOẠCH · 95/KH-UBND · 20/06/2024\n  Cơ quan: tỉnh, thành phố (nhận diện từ văn bản) · "))
        let minutes = try run(["lint", "Examples/bien-ban-hop.txt"])
        #expect(minutes.stdout.contains("  Cơ quan: chưa xác định · Hình thức: không phải kế hoạch\n"))
        // A detector's finding is "không đạt", not "thiếu"; a summary with nothing assessed says so.
        #expect(minutes.stdout.contains("✗ DS901 Văn bản là một kế hoạch [cảnh báo, không đạt]"))
        #expect(minutes.stdout.contains("): không có yêu cầu nào được xét · lưu ý về việc kiểm tra: DS901 ×1"))
        #expect(!vi.stdout.contains("\u{1B}["))
        let en = try run(["lint", "Examples/ke-hoach-tinh-thieu.txt", "--lang", "en"])
        #expect(en.stdout.contains("Hint:"))
        #expect(en.stdout.contains("Summary (1 document): error: "))
        let colored = try run(["lint", "Examples/ke-hoach-tinh-thieu.txt", "--color", "always"])
        #expect(colored.stdout.contains("\u{1B}[31m✗ DS101"))
    }
}

@Suite struct CLICommandTests {
    let cli = CLITests()

    @Test func rulesListShowsEveryRule() throws {
        let result = try cli.run(["rules", "list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("MÃ") == true)
        #expect(lines.count == 58)  // header + 57 rules
        #expect(lines.contains { $0.hasPrefix("DS305  security-privacy") && $0.contains("lỗi") && $0.contains("Chiến lược dữ liệu quốc gia") })
        // Values are words in the chosen language, not the YAML's keys.
        #expect(!result.stdout.contains(" strategy ") && !result.stdout.contains(" both "))
        let en = try cli.run(["rules", "list", "--lang", "en"])
        #expect(en.stdout.split(separator: "\n").contains { $0.hasPrefix("DS305  security-privacy") && $0.contains("error") && $0.contains("ministries; provinces") })
    }

    /// Text lists the first ten findings of a requirement and says how to see the rest;
    /// --all-findings lists every one.
    @Test func allFindingsInText() throws {
        let folder = try TestSupport.temporaryDirectory()
        let tasks = (1...14).map { "\($0). Xây dựng cơ sở dữ liệu chuyên ngành số \($0)." }.joined(separator: "\n")
        let plan = try TestSupport.write("# KẾ HOẠCH Phát triển dữ liệu năm 2026\n\n## II. NHIỆM VỤ\n" + tasks + "\n", to: "p.md", in: folder)
        func leadLines(_ output: String) -> Int {
            let block = output.components(separatedBy: "DS410")[1].components(separatedBy: "→")[0]
            return block.components(separatedBy: "\n").filter { $0.hasPrefix("      • ") && !$0.hasPrefix("      • …") }.count
        }
        let brief = try cli.run(["lint", plan])
        #expect(leadLines(brief.stdout) == 10 && brief.stdout.contains("• … và 4 chỗ khác (xem tất cả: --all-findings)"))
        let all = try cli.run(["lint", plan, "--all-findings", "--lang", "en"])
        #expect(leadLines(all.stdout) == 14 && !all.stdout.contains("more (see them all"))
    }

    @Test func explainNamesTheCitationAndExamples() throws {
        let vi = try cli.run(["explain", "DS305"])
        #expect(vi.status == 0)
        #expect(vi.stdout.hasPrefix("DS305 security-privacy — "))
        #expect(vi.stdout.contains("Căn cứ: QĐ 142/QĐ-TTg"))
        #expect(vi.stdout.contains("Ví dụ một phần:"))
        // Where it comes from, who it is for and what it reads, in words (not "strategy", "both", "task").
        #expect(vi.stdout.contains("Nguồn yêu cầu: Chiến lược dữ liệu quốc gia (QĐ 142/QĐ-TTg)\nÁp dụng cho: kế hoạch của bộ, ngành và tỉnh, thành phố\nPhạm vi đọc: các nhiệm vụ\n"))
        for key in ["strategy", "both", ": task", "Cơ sở:"] { #expect(!vi.stdout.contains(key)) }
        let en = try cli.run(["explain", "security-privacy", "--lang", "en"])
        #expect(en.stdout.contains("How to fix: "))
        #expect(en.stdout.contains("Comes from: the National Data Strategy (Decision 142/QĐ-TTg)\nApplies to: ministries' and provinces' plans\nReads: the tasks\n"))
        let sections = try cli.run(["explain", "DS402"])
        #expect(!sections.stdout.contains("section:"))
        // Parts a `scoped` condition reads besides the rule's own are named.
        #expect(try cli.run(["explain", "DS312", "--lang", "en"]).stdout.contains("Reads: the tasks\nAlso reads, for met: the annexes\n"))
        #expect(try cli.run(["explain", "DS310"]).stdout.contains("Phạm vi đọc: các nhiệm vụ\nCũng đọc, để xét đạt một phần: các mục có tiêu đề “tổ chức thực hiện”"))
        #expect(!vi.stdout.contains("Cũng đọc"))
        let unknown = try cli.run(["explain", "DS999", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no requirement or concept 'DS999'"))
        #expect(try cli.run(["explain", "DS999"]).stderr.contains("không có yêu cầu hay khái niệm 'DS999'"))
    }

    @Test func explainShowsAConceptsWordings() throws {
        let concept = try cli.run(["explain", "task-output"])
        #expect(concept.status == 0)
        #expect(concept.stdout.hasPrefix("task-output — Sản phẩm, kết quả của nhiệm vụ"))
        #expect(concept.stdout.contains("  • kết quả đầu ra\n"))
        #expect(concept.stdout.contains("Tiêu đề cột bảng nhiệm vụ:"))
        #expect(try cli.run(["explain", "lead-unit", "--lang", "en"]).stdout.contains("Wordings recognised:\n  • cơ quan đầu mối"))
        #expect(try cli.run(["explain", "lead-unit"]).stdout.contains("Định nghĩa tại Rules/qd142/concepts.yml:"))
        let near = try cli.run(["explain", "lead-unt"])
        #expect(near.status == 2 && near.stderr.contains("có phải ý bạn là `plancheck explain lead-unit`?"))
    }

    @Test func minConfidenceOption() throws {
        let result = try cli.run(["lint", "Examples/ke-hoach-tinh-son-la.md", "--min-confidence", "high", "--format", "json"])
        #expect(result.status == 0)
        try cli.validateAgainstSchema(result.stdout)
    }
}

@Suite struct ExtractCommandTests {
    @Test func extractShowsTheRenditionWithLinesSectionsAndPlaces() throws {
        let cli = CLITests()
        let docx = try cli.run(["extract", "Examples/office/ke-hoach-tinh-son-la.docx"])
        #expect(docx.status == 0)
        let lines = docx.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("III.4.a") && $0.contains("│ a) Bảo đảm an toàn hệ thống thông tin theo cấp độ") })
        #expect(lines.first?.hasPrefix("    1 ¶1") == true)
        let pdf = try cli.run(["extract", "Examples/office/ke-hoach-tinh-son-la.pdf"])
        #expect(pdf.stdout.contains(" p.2 "))
        let vni = try cli.run(["extract", "Examples/office/ke-hoach-tinh-thieu-vni.txt"])
        #expect(vni.stdout.contains("│ KẾ HOẠCH"))
        #expect(vni.stderr.contains("plancheck: lưu ý: đã chuyển từ bảng mã VNI"))
        // A very long section path is shown by its end: the output grows with the lines only.
        let folder = try TestSupport.temporaryDirectory()
        let label = (1...40).map(String.init).joined(separator: ".") + "."
        let long = try TestSupport.write("KẾ HOẠCH\n\n" + label + " Nội dung\n" + String(repeating: "Dòng văn bản.\n", count: 50),
                                         to: "duong-dan-dai.md", in: folder)
        let padded = try cli.run(["extract", long])
        #expect(padded.status == 0)
        let shown = padded.stdout.split(separator: "\n").filter { $0.contains("Dòng văn bản") }
        #expect(shown.count == 50 && shown.allSatisfy { $0.count < 60 && $0.contains("…33.34.35.36.37.38.39.40 │") })
        let broken = try cli.run(["extract", "Tests/Fixtures/hostile/zip-bomb.docx"])
        #expect(broken.status == 3)
        #expect(broken.stderr.hasPrefix("plancheck: lỗi: Tests/Fixtures/hostile/zip-bomb.docx: "))
    }
}

@Suite struct PdfToolTests {
    @Test func aTableRowIsCutAtThreeSpacesButJustifiedProseIsNot() {
        func cells(_ line: String) -> [String] {
            let scalars = Array(line.unicodeScalars)
            return PdfReader.columns(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        #expect(cells("STT    Nhiệm vụ    Cơ quan chủ trì    Thời gian   Sản phẩm") == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Sản phẩm"])
        #expect(cells("Kinh phí thực hiện   từ nguồn   ngân sách nhà nước") == ["Kinh phí thực hiện   từ nguồn   ngân sách nhà nước"])
    }

    @Test func syllablesSplitByJustificationAreJoined() {
        func repaired(_ text: String) -> String {
            String(String.UnicodeScalarView(PdfReader.joiningSplitSyllables(Array(text.unicodeScalars))))
        }
        #expect(repaired("ngân sách nhà n ước, th ẩm đ ịnh") == "ngân sách nhà nước, thẩm định")
        #expect(repaired("báo cáo S ở Khoa h ọc và Công ngh ệ") == "báo cáo Sở Khoa học và Công nghệ")
        #expect(repaired("Trung tâm dữ li ệu qu ốc gia, mu ốn, đ ư ờng, Qu ản lý") == "Trung tâm dữ liệu quốc gia, muốn, đường, Quản lý")
        // A syllable ending in a vowel before a word that starts with one stays apart.
        #expect(repaired("khi ấy, đi ở, ai ơi, QU ỐC") == "khi ấy, đi ở, ai ơi, QU ỐC")
        // Real words and acronyms stay apart: "ở", "ước" after a syllable with a vowel, "TP ở".
        #expect(repaired("người dân ở xã, ước tính, TP ở, KH ứng, a) ơ") == "người dân ở xã, ước tính, TP ở, KH ứng, a) ơ")
        // Column gaps of a layout line are not touched.
        #expect(repaired("Sở Tư    pháp") == "Sở Tư    pháp")
    }

    @Test func aTableWithVerticallyCentredCellsIsReadRowByRow() throws {
        // As pdftotext -layout prints a Word task table whose cells are centred: the row number
        // stands on its row's middle line, the other cells' lines above and below it.
        let layout = """
                                          Cơ quan      Cơ quan       Thời gian    Sản phẩm
        TT          Nhiệm vụ               chủ          phối           hoàn          dự
                                            trì         hợp           thành         kiến
             Xây dựng Quy định quản                   Sở Tư
                                         Sở Khoa                                 Quyết định
             lý, kết nối và chia sẻ dữ                pháp, Công       Quý
        1                                học và                                  của UBND
             liệu số của các cơ quan                  an tỉnh, các   IV/2025
                                         Công nghệ                               tỉnh
             nhà nước tỉnh Nghệ An                    sở, ngành
                                                      Các sở,
                                         Sở Khoa                                 Quyết định
             Ban hành Danh mục dữ                     ngành;           Quý
        2                                học và                                  của UBND
             liệu dùng chung của tỉnh                 UBND các        I/2027
                                         Công nghệ                               tỉnh
                                                      xã, phường
        II   DỮ LIỆU SỐ
             Xây dựng Kho dữ liệu        Sở Khoa      Các sở,        2026 -      Kho dữ liệu
        3    dùng chung của tỉnh         học và       ngành          2028        vận hành
                                         Công nghệ
        """
        let lines = layout.split(separator: "\n").map { Array($0.unicodeScalars) }
        let rows = try #require(PdfReader.centredRows(lines, continuing: false)).map { $0.map(\.text) }
        #expect(rows.count == 5)
        #expect(rows[0] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"])
        #expect(rows[1] == ["1", "Xây dựng Quy định quản lý, kết nối và chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh Nghệ An",
                            "Sở Khoa học và Công nghệ", "Sở Tư pháp, Công an tỉnh, các sở, ngành", "Quý IV/2025", "Quyết định của UBND tỉnh"])
        #expect(rows[2][1] == "Ban hành Danh mục dữ liệu dùng chung của tỉnh")
        #expect(rows[2][3] == "Các sở, ngành; UBND các xã, phường")
        #expect(rows[3][0] == "II" && rows[3][1] == "DỮ LIỆU SỐ")
        #expect(rows[4][2] == "Sở Khoa học và Công nghệ")
        // A table whose cells sit at the top (the number on the row's first line) is not taken so.
        let top = """
        STT               Nội dung         Cơ quan chủ        Thời gian       Sản phẩm
                                           trì
        1                 Nâng cấp hạ      Sở Khoa học        2025            Mạng được
                          tầng mạng        và Công nghệ                       nâng cấp
        2                 Cập nhật cơ sở   Sở Tài chính       2025            Dữ liệu được
        """
        #expect(PdfReader.centredRows(top.split(separator: "\n").map { Array($0.unicodeScalars) }, continuing: false) == nil)
    }

    /// Rows numbered under a group ("1" then "1.1", "1.2"): the group is its one line, each
    /// numbered row a row; an annex's attachment note with a draft's blanks is one line of text.
    @Test func rowsNumberedUnderAGroupInACentredTable() throws {
        let layout = """
                                                    PHỤ LỤC
                  (Kèm theo Kế hoạch số             /KH-TTX ngày            /     /2026 của Thông tấn xã Việt Nam)
                                                                                         Thời gian
          TT        Nhiệm vụ                       Đơn vị chủ trì     Đơn vị phối hợp                  Sản phẩm
                                                                                         hoàn thành
          1   Hoàn thiện thể chế, quản trị dữ liệu
              Xây dựng, ban hành Quy chế quản      Trung tâm Kỹ       Văn phòng; Ban                   Quyết định ban
          1.1                                                                            Quý I/2027
              lý dữ liệu của TTXVN                 thuật Thông tấn    Thư ký                           hành Quy chế
              Ban hành Bộ tiêu chuẩn siêu          Trung tâm Kỹ       Ban Thư ký                       Bộ tiêu chuẩn
          1.2                                                                            Quý II/2027
              dữ liệu thông tấn                    thuật Thông tấn    biên tập                         được ban hành
          2   Phát triển hạ tầng dữ liệu
              Nâng cấp Trung tâm dữ liệu           Trung tâm Kỹ       Ban Kế hoạch -                   Hạ tầng được
          2.1                                                                            Quý III/2027
              TTXVN                                thuật Thông tấn    Tài chính                        nâng cấp
        """
        let document = try PdfReader.document(fromLayout: layout, path: "phu-luc.pdf")
        let lines = document.source.string(0..<document.source.scalars.count).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("(Kèm theo Kế hoạch số") })
        #expect(lines.contains { $0.hasPrefix("| 1 | Hoàn thiện thể chế, quản trị dữ liệu |") })
        #expect(lines.contains { $0.hasPrefix("| 1.1 | Xây dựng, ban hành Quy chế quản lý dữ liệu của TTXVN | Trung tâm Kỹ thuật Thông tấn |") })
        #expect(lines.contains { $0.hasPrefix("| 2.1 | Nâng cấp Trung tâm dữ liệu TTXVN |") })
        // The group rows are no tasks: every task has its lead and its time.
        let structured = StructuredDocument(document, vocabulary: TestSupport.vocabulary)
        #expect(structured.tasks.map { document.source.string($0.title).prefix(9) } == ["Xây dựng,", "Ban hành ", "Nâng cấp "])
        #expect(structured.tasks.allSatisfy { $0.fields[.lead] != nil && $0.fields[.deadline] != nil })
    }

    @Test func aCentredHeaderCellOnTwoLinesAndCentredRowsMakeOneTable() throws {
        // "Thời gian / hoàn thành" centred on two lines around the header's other cells; the task
        // text indented past the "STT" column under a centred "Nhiệm vụ"; then, after a gap of
        // blank lines, an indented heading that is not a row of the table.
        let layout = """
        Các nhiệm vụ cụ thể như sau:
                                                                                           Thời gian
        STT                  Nhiệm vụ                      Chủ trì        Phối hợp
                                                                                          hoàn thành
              Xây dựng, trình Ủy ban nhân dân tỉnh
              ban hành Quy chế quản lý, kết nối và
              chia sẻ dữ liệu số của các cơ quan nhà                  Sở Khoa học và
              nước tỉnh Khánh Hòa, thay thế các quy                   Công nghệ; Sở Tư
        1                                                Công an tỉnh                  Quý II/2027
              chế do tỉnh Khánh Hòa và tỉnh Ninh                      pháp; Văn phòng
              Thuận (cũ) ban hành trước đây (Sản                      UBND tỉnh
              phẩm: Quyết định của Ủy ban nhân dân
              tỉnh).
              Hợp nhất, chuẩn hóa dữ liệu của hai tỉnh
              trước sắp xếp vào Kho dữ liệu dùng                      Các sở, ban,
                                                       Sở Khoa học
              chung tỉnh Khánh Hòa; xây dựng bộ mã                    ngành; UBND
        2                                              và Công                            Quý IV/2027
              định danh, từ điển dữ liệu dùng chung                   các xã, phường,
                                                       nghệ
              của tỉnh; rà soát, làm sạch dữ liệu bảo                 đặc khu
              đảm “đúng, đủ, sạch, sống”.


              4. Phát triển kinh tế số
        Sở Công Thương chủ trì hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử.
        """
        let document = try PdfReader.document(fromLayout: layout, path: "ke-hoach.pdf")
        let lines = document.source.string(0..<document.source.count).split(separator: "\n").map(String.init)
        #expect(lines.contains("| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành |"))
        #expect(lines.contains { $0.hasPrefix("| 1 | Xây dựng, trình Ủy ban nhân dân tỉnh ban hành Quy chế") && $0.hasSuffix("| Quý II/2027 |") })
        #expect(lines.contains { $0.hasPrefix("| 2 | Hợp nhất, chuẩn hóa dữ liệu") && $0.contains("| Sở Khoa học và Công nghệ |") })
        #expect(lines.contains("4. Phát triển kinh tế số"))
        #expect(!lines.contains { $0.contains("Thời gian") && !$0.hasPrefix("|") })
    }

    @Test func headerCellsCentredOverTheirColumnsAreRealignedToWhereTheCellsStart() throws {
        // pdftotext -layout of an annex whose header words stand centred over columns whose text
        // starts further left: cut at the header, "Vụ Giáo dục Phổ thông" was split across cells.
        let layout = """
        TT                    Nội dung nhiệm vụ                       Đơn vị chủ trì            Đơn vị phối hợp          Thời gian         Kết quả/sản phẩm
         I    HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH
        1     Sửa đổi quy định về học bạ số đối với cấp trung học Vụ Giáo dục Phổ thông Vụ Pháp chế; Cục                Quý II/2027   Thông tư sửa đổi được ban
              phổ thông                                                                 KHCN&TT                                       hành
        2     Ban hành quy định về dạy học trực tuyến, kết hợp    Vụ Giáo dục Đại học      Vụ Pháp chế                 Quý III/2027 Thông tư
              trong giáo dục đại học
        3     Hoàn thiện khung năng lực số cho người học các      Vụ Giáo dục Phổ thông Vụ Giáo dục Đại học; Cục         Năm 2027     Quyết định ban hành khung
              cấp                                                                       GDNN&GDTX                                     năng lực số
        4     Quy chế quản lý, kết nối và chia sẻ dữ liệu ngành   Cục KHCN&TT              Vụ Pháp chế; các Vụ, Cục     Quý II/2027   Quyết định ban hành Quy chế
              giáo dục (thay thế quy chế hiện hành)
        II    PHÁT TRIỂN HẠ TẦNG SỐ
        5     Nâng cấp hạ tầng mạng, hệ thống máy chủ tại trụ sở Văn phòng Bộ              Cục KHCN&TT                 Quý III/2027 Hạ tầng được nâng cấp, vận
              Bộ                                                                                                                    hành
        """
        let lines = layout.split(separator: "\n").map { Array($0.unicodeScalars) }
        let rows = try #require(PdfReader.realignedRows(lines)).map { $0.map(\.text) }
        #expect(rows.first == ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả/sản phẩm"])
        #expect(rows[1] == ["I", "HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH"])
        #expect(rows[2] == ["1", "Sửa đổi quy định về học bạ số đối với cấp trung học phổ thông", "Vụ Giáo dục Phổ thông",
                            "Vụ Pháp chế; Cục KHCN&TT", "Quý II/2027", "Thông tư sửa đổi được ban hành"])
        #expect(rows.contains { $0.first == "5" && $0.count > 3 && $0[2] == "Văn phòng Bộ" && $0[3] == "Cục KHCN&TT" })
        // A header already where its cells start is left to the ordinary reading.
        let aligned = """
        TT    Nhiệm vụ                 Chủ trì          Thời gian
        1     Ban hành Quy chế         Sở Tư pháp       Quý II/2027
        2     Xây dựng Kho dữ liệu     Sở KH&CN         Năm 2027
        """
        #expect(PdfReader.realignedRows(aligned.split(separator: "\n").map { Array($0.unicodeScalars) }) == nil)
    }

    @Test func aPdfTableRowBrokenByAPageGoesOnUnderTheRepeatedHeader() throws {
        // Word repeats a table's header on each page; row 2 breaks across the page, and row 3
        // leaves its lead empty (its partners stay in their own column). "II" is a group whose
        // title, in sentence case, runs over the columns as one chunk.
        let layout = """
        TT    Nhiệm vụ                      Chủ trì          Phối hợp           Thời gian
        1     Ban hành Quy chế quản lý      Sở Tư pháp       Các sở, ngành      Quý II/2027
              dữ liệu của tỉnh
        2     Xây dựng Kho dữ liệu dùng     Sở Khoa học      Các sở, ngành      Quý IV/2027
              chung của tỉnh                và Công nghệ
        \u{0C}TT    Nhiệm vụ                      Chủ trì          Phối hợp           Thời gian
              (giai đoạn 2)                                  UBND các xã
        II    Mở dữ liệu, khai thác và sử dụng dữ liệu của tỉnh
        3     Công bố Danh mục dữ liệu mở                    Các sở, ngành      Quý III/2027
        """
        let document = try PdfReader.document(fromLayout: layout, path: "ke-hoach.pdf")
        let lines = document.source.string(0..<document.source.count).split(separator: "\n").map(String.init)
        #expect(lines.contains("| 2 | Xây dựng Kho dữ liệu dùng chung của tỉnh (giai đoạn 2) | Sở Khoa học và Công nghệ | Các sở, ngành UBND các xã | Quý IV/2027 |"))
        #expect(lines.filter { $0.hasPrefix("| TT |") }.count == 2)
        #expect(!lines.contains { $0.hasPrefix("|  | (giai đoạn 2)") })
        #expect(lines.contains("| II | Mở dữ liệu, khai thác và sử dụng dữ liệu của tỉnh |"))
        #expect(lines.contains("| 3 | Công bố Danh mục dữ liệu mở |  | Các sở, ngành | Quý III/2027 |"))
        // The rows before the break stay on their page; the broken row is on the next.
        func page(_ prefix: String) -> Int? {
            document.blocks.first { document.source.string($0.range).hasPrefix(prefix) }?.page
        }
        #expect(page("| 1 |") == 1)
        #expect(page("| 2 |") == 2)
    }

    @Test func missingPdftotextSaysWhatToInstall() throws {
        let result = try CLITests().run(["lint", "Examples/office/ke-hoach-tinh-son-la.pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cần pdftotext để đọc PDF; hãy cài poppler-utils"))
    }

    @Test func aHangingPdftotextIsStopped() throws {
        // A stand-in pdftotext that never finishes; the reader must give up at its time limit.
        let folder = try TestSupport.temporaryDirectory()
        let tool = try TestSupport.write("#!/bin/sh\nexec sleep 60\n", to: "pdftotext", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool)
        let result = try CLITests().run(["lint", "Examples/office/ke-hoach-tinh-son-la.pdf", "--lang", "en"],
                                        environment: ["PATH": folder.path + ":/usr/bin:/bin", "PLANCHECK_PDFTOTEXT_TIMEOUT": "0.5"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("took pdftotext longer than 0.5 s; refused"))
    }

    /// `annotate`: a reviewed copy with one comment per finding; inputs it cannot annotate are
    /// refused in the chosen language, and the original is never overwritten.
    @Test func annotateWritesOneCommentPerFinding() throws {
        let folder = try TestSupport.temporaryDirectory()
        let output = folder.appendingPathComponent("nhan-xet.docx").path
        let plan = "Examples/office/ke-hoach-cds-tinh-2025.docx"
        let result = try CLITests().run(["annotate", plan, "-o", output])
        #expect(result.status == 0)
        let lint = try CLITests().run(["lint", plan, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any]
        let findings = ((object?["documents"] as? [[String: Any]])?.first?["findings"] as? [Any])?.count ?? -1
        #expect(findings > 5)
        #expect(result.stdout.contains("\(findings) nhận xét"))
        let annotated = try DocxReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: output))), path: output)
        let original = try DocxReader.read([UInt8](Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(plan))), path: plan)
        #expect(annotated.source.string(0..<annotated.source.count) == original.source.string(0..<original.source.count))
        let markdown = try CLITests().run(["annotate", "Examples/ke-hoach-tinh-son-la.md", "-o", output])
        #expect(markdown.status == 2 && markdown.stderr.contains("chỉ ghi nhận xét được vào tệp Word .docx hoặc LibreOffice .odt"))
        let english = try CLITests().run(["annotate", "Examples/ke-hoach-tinh-son-la.md", "-o", output, "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("comments can only be written into a Word .docx or a LibreOffice .odt"))
        let odtCopy = folder.appendingPathComponent("nhan-xet.odt").path
        let odt = try CLITests().run(["annotate", "Examples/office/ke-hoach-bo-y-te.odt", "-o", odtCopy])
        #expect(odt.status == 0 && FileManager.default.fileExists(atPath: odtCopy))
        let mixed = try CLITests().run(["annotate", "Examples/office/ke-hoach-bo-y-te.odt", "-o", output])
        #expect(mixed.status == 2 && mixed.stderr.contains("phải cùng loại với bản gốc (.odt)"))
        let same = try CLITests().run(["annotate", plan, "-o", plan])
        #expect(same.status == 2 && same.stderr.contains("không ghi đè bản gốc"))
        let broken = try TestSupport.write("không phải zip", to: "hong.docx", in: folder)
        let unreadable = try CLITests().run(["annotate", broken, "-o", output])
        #expect(unreadable.status == 3 && unreadable.stderr.contains("hong.docx"))
    }

    /// `lint` takes folders as `report` does; a mistyped subcommand is a usage error with a
    /// suggestion, not a plan; a missing path says it is not there, not that it has no extension.
    @Test func lintTakesFoldersAndSuggestsSubcommands() throws {
        let folder = try CLITests().run(["lint", "Examples/office", "--format", "line"])
        let paths = Set(folder.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(folder.status == 1 && paths.contains("Examples/office/ke-hoach-bo-y-te.docx") && paths.contains("Examples/office/ke-hoach-bo-y-te.odt"))
        let typo = try CLITests().run(["exlpain", "DS305"])
        #expect(typo.status == 2 && typo.stderr.contains("có phải ý bạn là `plancheck explain`?"))
        let english = try CLITests().run(["lint", "exlpain", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("did you mean `plancheck explain`?"))
        let emptyFolder = try TestSupport.temporaryDirectory()
        let empty = try CLITests().run(["lint", emptyFolder.path])
        #expect(empty.status == 2 && empty.stderr.contains("không có tệp kế hoạch nào"))
        let missing = try CLITests().run(["lint", "khong-co-thu-muc/"])
        #expect(missing.status == 3 && missing.stderr.contains("khong-co-thu-muc/: không có tệp hay thư mục này") && !missing.stderr.contains("extension"))
    }

    /// Usage errors speak Vietnamese unless the command line asks for English; what the user
    /// typed stays as typed.
    @Test func usageErrorsSpeakTheUsersLanguage() throws {
        let typo = try CLITests().run(["lint", "--formt", "json", "Examples/ke-hoach-tinh-thieu.txt"])
        #expect(typo.status == 2)
        #expect(typo.stderr.hasPrefix("Lỗi: không có tùy chọn '--formt'. Có phải ý bạn là '--format'?\nCách dùng: plancheck lint"))
        #expect(typo.stderr.contains("Xem 'plancheck lint --help' để biết thêm."))
        let value = try CLITests().run(["lint", "--format", "xml", "Examples/ke-hoach-tinh-thieu.txt"])
        #expect(value.status == 2 && value.stderr.hasPrefix("Lỗi: giá trị 'xml' không hợp lệ cho '--format <format>'. Hãy dùng một trong các giá trị:"))
        let missing = try CLITests().run(["explain"])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("Lỗi: thiếu tham số '<requirement>'"))
        let english = try CLITests().run(["lint", "--formt", "json", "x.md", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: Unknown option '--formt'. Did you mean '--format'?"))
        // Help in the same language: headings, option texts, values and defaults.
        let help = try CLITests().run(["lint", "--help"])
        #expect(help.status == 0 && help.stdout.contains("TÙY CHỌN:") && help.stdout.contains("Xem hướng dẫn."))
        #expect(help.stdout.contains("SARIF: ghi cả các yêu cầu đã đạt (kind pass).") && !help.stdout.contains("OPTIONS:"))
        let englishHelp = try CLITests().run(["lint", "--help", "--lang", "en"])
        #expect(englishHelp.stdout.contains("OPTIONS:") && englishHelp.stdout.contains("SARIF: include covered requirements as results of"))
    }
}
