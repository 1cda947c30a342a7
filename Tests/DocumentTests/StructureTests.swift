import Testing
import PlanCheckTestSupport
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
import PlanCheckText

@Suite struct StructureTests {
    private func structure(_ text: String, markdown: Bool = false) -> StructuredDocument {
        let document = markdown ? MarkdownReader.snippet(text)
            : (try? PlainTextReader.read(Array(text.utf8), path: "t.txt")) ?? MarkdownReader.snippet(text)
        return StructuredDocument(document, vocabulary: TestSupport.vocabulary)
    }

    private func paths(_ document: StructuredDocument) -> [String] {
        document.tree.nodes.dropFirst().map { node in
            "\(node.path)|\(node.label?.kind.rawValue ?? "md")|\(node.isHeading ? "H" : "-")"
        }
    }

    /// A plan written as a project document: "Hợp phần 1." holds "Hoạt động 1.1.", each activity
    /// a task with its field lines; "Tiểu mục 2.1." is a sub-part. "Hoạt động 24/7" is a phrase.
    @Test func componentsAndActivitiesOfAProjectDocument() {
        let document = structure("""
            ## Mục 3. NỘI DUNG THỰC HIỆN
            ### Hợp phần 1. Thể chế và quản trị dữ liệu
            **Hoạt động 1.1. Xây dựng Thông tư về dữ liệu ngành**
            - Đầu ra: Thông tư được ban hành.
            - Đơn vị thực hiện: Cục KHCN&TT chủ trì.
            - Thời gian: Quý III/2027.
            **Hoạt động 1.2. Ban hành khung quản trị dữ liệu**
            - Đầu ra: Quyết định ban hành Khung quản trị dữ liệu.
            ### Hợp phần 2. Hạ tầng dữ liệu
            Hoạt động 24/7 của Trung tâm dữ liệu được bảo đảm.
            ## Mục 4. TỔ CHỨC THỰC HIỆN
            ### Tiểu mục 4.1. Trách nhiệm của các đơn vị
            """, markdown: true)
        let labels = document.tree.nodes.compactMap { $0.label.map { "\($0.kind.rawValue) \($0.text)" } }
        #expect(labels.filter { !$0.hasPrefix("dash") } == ["section Mục 3", "arabic 1", "dotted 1.1", "dotted 1.2", "arabic 2",
                                                           "section Mục 4", "dotted 4.1"])
        let source = document.document.source
        // The paragraph under "Hợp phần 2." is its task, its first words no label.
        #expect(document.tasks.map { source.string($0.title) } == ["Xây dựng Thông tư về dữ liệu ngành", "Ban hành khung quản trị dữ liệu",
                                                                     "Hoạt động 24/7 của Trung tâm dữ liệu được bảo đảm."])
        #expect(document.tasks.first.map { [$0.fields[.lead], $0.fields[.deadline], $0.fields[.output]].allSatisfy { $0 != nil } } == true)
        #expect(document.tasks.last?.fields[.lead] == nil)
        #expect(document.tree.nodes.contains { $0.label?.kind == .dotted && $0.label?.text == "4.1" })
    }

    /// A plan forwarded by e-mail: its quoted lines are the plan, read without their markers (a
    /// heading is a heading, an item indented after its marker stays indented); the message
    /// around it is not read. One quoted line in a plan is text: "> 80%" keeps its sign.
    @Test func aPlanQuotedInAnEmailIsItsQuotedLines() throws {
        let lines = ["KẾ HOẠCH", "Phát triển dữ liệu số năm 2027", "", "I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa Chiến lược.",
                     "II. NHIỆM VỤ", "1. Sở Khoa học và Công nghệ chủ trì xây dựng Kho dữ liệu, Quý II/2027.",
                     "   - Phối hợp: các sở, ngành.", "2. Công an tỉnh chủ trì kết nối dữ liệu dân cư, năm 2027.",
                     "III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai Kế hoạch."]
        let mail = "---------- Forwarded message ---------\nFrom: Phòng CĐS <cds@ninhbinh.gov.vn>\n"
            + "Phụ lục bên em sẽ gửi riêng bằng file Excel ạ.\n\n"
            + lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n\n-- \nTrân trọng,\nNguyễn Thị Thu Trang\n"
        let document = try PlainTextReader.read(Array(mail.utf8), path: "mail.txt")
        let texts = document.blocks.map { document.source.string($0.range) }
        #expect(texts.first == "KẾ HOẠCH" && texts.last == "Các sở, ngành triển khai Kế hoạch.")
        // The markers are blanked in the text the rules read, at the same offsets: "^II. NHIỆM VỤ"
        // sees the heading, and line 9 of the file is line 9 of the text.
        #expect(document.source.string(document.source.lineRange(9)) == "  II. NHIỆM VỤ")
        #expect(document.source.scalars.count == Array(mail.unicodeScalars).count)
        #expect(document.blocks.first { document.source.string($0.range) == "- Phối hợp: các sở, ngành." }?.indent == 3)
        let structured = StructuredDocument(document, vocabulary: TestSupport.vocabulary)
        #expect(paths(structured).filter { $0.hasSuffix("|H") } == ["I|roman|H", "II|roman|H", "III|roman|H"])
        #expect(structured.tasks.count == 2)
        // A plan with one line that opens with ">" keeps it.
        let plain = try PlainTextReader.read(Array("II. MỤC TIÊU\n> 80% hồ sơ được số hóa.\n".utf8), path: "t.txt")
        #expect(plain.blocks.map { plain.source.string($0.range) } == ["II. MỤC TIÊU", "> 80% hồ sơ được số hóa."])
    }

    /// A part named by a results word and only years before the plan's own ("KẾT QUẢ CHUYỂN ĐỔI
    /// SỐ NĂM 2025" in a plan for 2026) reports results; "NHIỆM VỤ NĂM 2026" and a heading that also
    /// names the plan's year do not.
    @Test func aResultsWordWithOnlyPastYearsHeadsResults() {
        let document = structure("""
            ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
            Số: 123/KH-UBND
            Hà Giang, ngày 15 tháng 3 năm 2026

            KẾ HOẠCH
            Chuyển đổi số tỉnh Hà Giang năm 2026

            I. KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025
            - Tỉnh đã mở 120 tập dữ liệu mở.
            II. CÔNG TÁC DỮ LIỆU NĂM 2025 VÀ NHIỆM VỤ NĂM 2026
            1. Xây dựng Kho dữ liệu dùng chung. Chủ trì: Sở Khoa học và Công nghệ; thời gian: năm 2026.
            III. NHIỆM VỤ NĂM 2026
            1. Ban hành danh mục dữ liệu mở. Chủ trì: Văn phòng UBND tỉnh; thời gian: Quý III/2026.
            """)
        let titles = document.resultsNodes.compactMap { document.tree.nodes[$0].titleSegment }
            .map { document.document.source.string(document.tree.segments[$0].range) }
        #expect(titles == ["KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025"])
    }

    /// Markdown from Google Docs, numbering lost ("1." for every item): a "1." after the heading
    /// "## 2. …" is a list inside it, not a section beside it; an item indented under another of
    /// its kind is its sub-item, and items set where an item is are its siblings.
    @Test func listsWithLostNumberingNestUnderTheirHeadingAndByIndentation() {
        let document = structure("""
            ## **1. Mục tiêu chung**
            Phát triển dữ liệu số của tỉnh.
            ## **2. Chỉ tiêu cụ thể**
            1. Chỉ tiêu năm 2027:
               1. 55% dữ liệu được tái sử dụng.
               1. 100% hồ sơ được số hóa.
            1. Định hướng đến năm 2030:
               1. 80% dữ liệu được tái sử dụng.
            """, markdown: true)
        #expect(document.tree.nodes.dropFirst().map(\.path) == ["1", "2", "2.1", "2.1.1", "2.1.1", "2.1", "2.1.1"])
        // Numbered correctly, the list goes on inside the heading past its number: "3." under "### 2.".
        let numbered = structure("### 2. Phát triển dữ liệu số\n1. Xây dựng kho dữ liệu.\n2. Kết nối LGSP.\n3. Ban hành danh mục.\n### 3. Chính quyền số\n",
                                 markdown: true)
        #expect(numbered.tree.nodes.dropFirst().map(\.path) == ["2", "2.1", "2.2", "2.3", "3"])
        // Nesting by indentation is bounded: a file that indents each "1." deeper nests three levels at most.
        let deep = structure((0..<300).map { String(repeating: " ", count: 2 * $0) + "1. Mục \($0)" }.joined(separator: "\n"),
                             markdown: true)
        #expect(deep.tree.nodes.map { $0.path.split(separator: ".").count }.max() == 4)
        let ranks = document.tree.nodes.dropFirst().map(\.rank)
        #expect(ranks[3] == ranks[4] && ranks[3] > ranks[2] && ranks[5] == ranks[2])
    }

    /// A task the plan stops or puts off ("Tạm dừng", "…: chưa thực hiện trong năm 2027") is not a
    /// task to check nor evidence; one put off in an earlier year and carried over still is.
    @Test func tasksThePlanStopsAreNoCommitments() {
        let document = structure("""
            Đà Nẵng, ngày 10 tháng 12 năm 2026
            KẾ HOẠCH
            Phát triển dữ liệu năm 2027
            II. NHIỆM VỤ
            1. Xây dựng Kho dữ liệu dùng chung. Chủ trì: Sở Khoa học và Công nghệ; thời gian: năm 2027.
            2. Ban hành danh mục dữ liệu mở: chưa thực hiện trong năm 2027, sẽ xem xét sau.
            3. Việc cập nhật Danh mục cơ sở dữ liệu không thực hiện trong năm 2027 do đã ban hành trong năm 2026.
            4. Bảo đảm an toàn hệ thống thông tin theo cấp độ; không triển khai hệ thống chưa được phê duyệt cấp độ. Chủ trì: Công an tỉnh; thời gian: năm 2027.

            Nhiệm vụ xây dựng Cổng dữ liệu mở riêng của tỉnh được lùi sang năm 2028.

            III. NHIỆM VỤ CHUYỂN TIẾP
            | TT | Nhiệm vụ | Chủ trì | Kết quả năm 2026 | Ghi chú |
            |---|---|---|---|---|
            | 1 | Nâng cấp LGSP | Sở Khoa học và Công nghệ | Đã kết nối | Tạm dừng |
            | 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | Đang thực hiện | Chưa triển khai năm 2026, chuyển tiếp sang năm 2027 |
            | 3 | Ban hành danh mục dữ liệu mở | Sở Khoa học và Công nghệ | Chưa triển khai | |
            """, markdown: true)
        let titles = document.tasks.map { document.document.source.string($0.title) }
        // Kept: the plan's tasks, a ban inside a task ("; không triển khai hệ thống chưa được phê
        // duyệt"), a carried-over row, a row whose last year's status was "Chưa triển khai".
        #expect(titles.count == 4)
        #expect(titles.contains { $0.hasPrefix("Xây dựng Kho dữ liệu") } && titles.contains { $0.hasPrefix("Số hóa hồ sơ hộ tịch") }
            && titles.contains { $0.hasPrefix("Bảo đảm an toàn") } && titles.contains { $0.hasPrefix("Ban hành danh mục dữ liệu mở") })
        let withdrawn = document.withdrawnSegments.map { document.document.source.string(document.tree.segments[$0].range) }
        #expect(withdrawn.contains("Tạm dừng"))
        #expect(withdrawn.contains { $0.hasPrefix("Việc cập nhật Danh mục") } && withdrawn.contains { $0.hasPrefix("Nhiệm vụ xây dựng Cổng") })
    }

    /// A plan for one year does not commit to what it moves to a later year ("Việc … thực hiện từ
    /// năm 2028"); a plan for several years keeps its later stages. A paragraph that opens on "Kết
    /// quả năm 2026:" reports last year's results, and no task of this plan.
    @Test func tasksMovedPastAPlanForOneYearAreNoCommitments() {
        let text = { (title: String) in
            structure("""
                Đồng Nai, ngày 30 tháng 12 năm 2026
                KẾ HOẠCH
                \(title)
                II. NHIỆM VỤ
                ### 6. Dữ liệu mở
                *Kết quả năm 2026:* Hoàn thành công bố 86 tập dữ liệu mở trên Cổng dữ liệu mở của tỉnh.

                1. Xây dựng Kho dữ liệu dùng chung. Chủ trì: Sở Khoa học và Công nghệ; thời gian: năm 2027.

                Việc nâng cấp Cổng dữ liệu mở của tỉnh sẽ được xem xét, bố trí thực hiện từ năm 2028 khi cân đối được nguồn vốn.
                """, markdown: true)
        }
        let annual = text("Triển khai Chiến lược dữ liệu quốc gia trên địa bàn tỉnh năm 2027")
        let texts = { (document: StructuredDocument, segments: [Int]) in
            segments.map { document.document.source.string(document.tree.segments[$0].range) }
        }
        let tokens = annual.normalized.tokens
        let deferred = annual.deferredClauses.map { annual.document.source.string(Int(tokens[$0.lowerBound].start)..<Int(tokens[$0.upperBound - 1].end)) }
        #expect(deferred.contains { $0.hasPrefix("Việc nâng cấp Cổng") && $0.hasSuffix("nguồn vốn") })
        #expect(texts(annual, annual.resultSegments).contains { $0.hasPrefix("*Kết quả năm 2026:*") })
        #expect(annual.tasks.count == 1)
        // The notes column of a table whose first row is a title merged across it.
        let titled = structure("""
            Đồng Nai, ngày 30 tháng 12 năm 2026
            KẾ HOẠCH
            Triển khai Chiến lược dữ liệu quốc gia trên địa bàn tỉnh năm 2027
            II. NHIỆM VỤ
            | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 |
            |---|---|---|---|
            | TT | Nhiệm vụ | Chủ trì | Ghi chú |
            | 1 | Nâng cấp LGSP | Sở Khoa học và Công nghệ | |
            | 2 | Ban hành danh mục dữ liệu mở | Sở Khoa học và Công nghệ | Tạm dừng |
            """, markdown: true)
        #expect(titled.tasks.map { titled.document.source.string($0.title) } == ["Nâng cấp LGSP"])
        #expect(texts(titled, Array(titled.withdrawnSegments)).contains("Tạm dừng"))
        // Years of its own after the plan's: a plan for several years keeps "từ năm 2028".
        for title in ["Phát triển dữ liệu giai đoạn 2027 - 2030", "Phát triển dữ liệu năm 2027 và định hướng đến năm 2030"] {
            let stages = text(title)
            #expect(stages.withdrawnSegments.isEmpty && stages.deferredClauses.isEmpty, "\(title)")
        }
        // The Strategy's own horizon in the title does not make the plan one for several years.
        #expect(!text("Triển khai năm 2027 Chiến lược dữ liệu quốc gia đến năm 2030").deferredClauses.isEmpty)
    }

    /// What waits on a condition or is only studied is no firm commitment: the clause that says so
    /// ("việc công bố … sau khi có hướng dẫn của Bộ", "nghiên cứu phương án kết nối …") and a task
    /// row whose time cell is only a condition are marked for the matcher, and that cell is no time
    /// frame; a plan for 2027 alone does not commit to a row whose time is 2028.
    @Test func tentativeClausesAndRowsCommitToNothing() {
        let document = structure("""
            Hà Nội, ngày 22 tháng 01 năm 2027
            KẾ HOẠCH
            Triển khai Chiến lược dữ liệu quốc gia năm 2027
            III. MỤC TIÊU
            | TT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2030 |
            |---|---|---|---|---|
            | 1 | Tỷ lệ cơ quan mở và cung cấp dữ liệu mở bảo đảm chất lượng | % | - | |
            | 2 | Tỷ lệ hồ sơ thủ tục hành chính được số hóa | % | 90 | 100 |

            IV. NHIỆM VỤ
            - Rà soát, đề xuất danh mục dữ liệu mở; việc công bố danh mục trên Cổng dữ liệu quốc gia sẽ thực hiện sau khi có hướng dẫn của Bộ Khoa học và Công nghệ.
            - Công an tỉnh nghiên cứu phương án kết nối Trung tâm dữ liệu tỉnh với Trung tâm dữ liệu quốc gia; nâng cấp Trung tâm dữ liệu tỉnh.
            - Rà soát dữ liệu mở đã công bố; việc cập nhật dữ liệu mở trên Cổng dữ liệu quốc gia sẽ được xem xét triển khai từ năm 2028.
            - Về kết nối với Trung tâm dữ liệu quốc gia: nghiên cứu phương án kết nối Trung tâm dữ liệu của Bộ.
            - Tổ chức bồi dưỡng kỹ năng phân tích dữ liệu cho công chức (khi được bố trí kinh phí).
            - Cập nhật dữ liệu dân cư; CSDL hộ tịch (CSDL) được số hóa khi được bố trí kinh phí.
            - Bảo trì cổng dữ liệu, mở rộng Kho dữ liệu sau khi UBND tỉnh phê duyệt dự án.
            - Kết nối dữ liệu hộ tịch; việc mở rộng đến cấp xã dự kiến triển khai từ Quý I/2028.
            - Công bố dữ liệu mở từ Quý II/2027.
            - Từng bước mở và cung cấp dữ liệu mở của các cơ quan nhà nước.
            - Triển khai các biện pháp bảo vệ dữ liệu cá nhân, khi Bộ Công an ban hành hướng dẫn thì kịp thời cập nhật.
            - Xây dựng Kho dữ liệu dùng chung của tỉnh.
              - Chủ trì: Sở Khoa học và Công nghệ.
              - Thời gian: Năm 2027, nếu được bố trí kinh phí.
            - Nâng cấp Cổng dữ liệu mở của tỉnh.
              - Chủ trì: Sở Khoa học và Công nghệ.
              - Thời gian: Năm 2028.
            - Tổng hợp kết quả thực hiện; báo cáo Bộ Khoa học và Công nghệ và các bộ, ngành khi có yêu cầu.
            - **Nội dung:** Nếu được bố trí kinh phí, tổ chức bồi dưỡng kỹ năng phân tích dữ liệu.
            - Nâng cấp Trung tâm dữ liệu tỉnh, bổ sung máy chủ, trong trường hợp dự án được bố trí vốn (Sở KH&CN chủ trì, Quý IV/2027).
            - Triển khai kết nối TTDL tỉnh với TTDLQG khi TTDLQG sẵn sàng tiếp nhận và có hướng dẫn của cơ quan có thẩm quyền.

            (i) Hợp nhất hạ tầng hai Trung tâm dữ liệu (cũ); nâng cấp năng lực lưu trữ, trong trường hợp dự án được bố trí vốn (Sở KH&CN chủ trì); (ii) thuê dịch vụ điện toán đám mây (Sở KH&CN chủ trì, Quý IV/2027).

            | STT | Nội dung | Chủ trì | Tiến độ | Ghi chú |
            |---|---|---|---|---|
            | 1 | Ban hành Quy chế quản lý dữ liệu | Cục Công nghệ thông tin | Quý II/2027 | |
            | 2 | Đầu tư hệ thống sao lưu, dự phòng thảm họa | Cục Công nghệ thông tin | Khi được bố trí kinh phí | |
            | 3 | Kết nối Trung tâm dữ liệu của Bộ với Trung tâm dữ liệu quốc gia | Cục Công nghệ thông tin | Năm 2028 (chưa triển khai trong năm 2027) |
            | 4 | Công bố danh mục dữ liệu mở | Cục Công nghệ thông tin | Quý IV/2027 | Năm 2028 tiếp tục cập nhật |
            | 5 | Cập nhật danh mục dữ liệu dùng chung | Cục Công nghệ thông tin | Quý II/2027 | Khi có hướng dẫn của Bộ thì bổ sung |
            | 6 | Xây dựng danh mục dữ liệu mở | Cục Công nghệ thông tin | Thực hiện sau khi Chính phủ ban hành Nghị định về dữ liệu mở | |
            | II. Về hạ tầng dữ liệu | II. Về hạ tầng dữ liệu | II. Về hạ tầng dữ liệu | II. Về hạ tầng dữ liệu | II. Về hạ tầng dữ liệu |
            | 7 | Nâng cấp Trung tâm dữ liệu của Bộ | Cục Công nghệ thông tin | Năm 2027, nếu được bố trí kinh phí | |
            | 8 | Tổ chức đào tạo, bồi dưỡng kỹ năng dữ liệu trong trường hợp được bố trí kinh phí | Sở Nội vụ | Năm 2027 | |
            """, markdown: true)
        let source = document.document.source
        let tokens = document.normalized.tokens
        let masked = document.tentativeClauses.map { source.string(Int(tokens[$0.lowerBound].start)..<Int(tokens[$0.upperBound - 1].end)) }
        #expect(masked.contains("việc công bố danh mục trên Cổng dữ liệu quốc gia sẽ thực hiện sau khi có hướng dẫn của Bộ Khoa học và Công nghệ"))
        #expect(!masked.contains { $0.hasPrefix("Rà soát") })
        #expect(masked.contains("Công an tỉnh nghiên cứu phương án kết nối Trung tâm dữ liệu tỉnh với Trung tâm dữ liệu quốc gia"))
        #expect(!masked.contains { $0.hasPrefix("nâng cấp") })
        // An abbreviation's expansion at a clause's start (its words share one place in the text).
        #expect(masked.contains("được số hóa khi được bố trí kinh phí"))
        // A condition after a field's label opens the task; one that ends a task cell conditions it.
        #expect(masked.contains("Nội dung:** Nếu được bố trí kinh phí, tổ chức bồi dưỡng kỹ năng phân tích dữ liệu"))
        #expect(masked.contains("Tổ chức đào tạo, bồi dưỡng kỹ năng dữ liệu trong trường hợp được bố trí kinh phí"))
        // A report only on request sets no report; the comma of "các bộ, ngành" ends no clause.
        #expect(masked.contains("báo cáo Bộ Khoa học và Công nghệ và các bộ, ngành khi có yêu cầu"))
        #expect(!masked.contains { $0.hasPrefix("Tổng hợp kết quả") })
        // A commitment only "step by step" is read as a study is.
        #expect(masked.contains("Từng bước mở và cung cấp dữ liệu mở của các cơ quan nhà nước"))
        // A task's time line reads as a row's time cell: on a condition, or put off past the plan.
        #expect(masked.contains("Xây dựng Kho dữ liệu dùng chung của tỉnh"))
        #expect(!document.tasks.contains { source.string($0.title).hasPrefix("Nâng cấp Cổng dữ liệu mở") })
        #expect(document.tasks.contains { source.string($0.title).hasPrefix("Xây dựng Kho dữ liệu dùng chung") })
        // A condition whose "thì" names what waits on it conditions only that.
        #expect(!masked.contains { $0.hasPrefix("Triển khai các biện pháp bảo vệ") })
        // A condition that ends its item after a comma conditions the item.
        #expect(masked.contains("Nâng cấp Trung tâm dữ liệu tỉnh, bổ sung máy chủ, trong trường hợp dự án được bố trí vốn"))
        // In an inline item, a ";" parts the item's clauses: the condition ending it reaches its start.
        #expect(masked.contains { $0.contains("Hợp nhất hạ tầng hai Trung tâm dữ liệu (cũ); nâng cấp") })
        #expect(!masked.contains { $0.contains("thuê dịch vụ điện toán đám mây") })
        // Abbreviations expanded do not push what is awaited out of the condition's reach.
        #expect(masked.contains { $0.contains("khi TTDLQG sẵn sàng tiếp nhận và có hướng dẫn") })
        // Approval awaited from another, in the active voice.
        #expect(masked.contains("mở rộng Kho dữ liệu sau khi UBND tỉnh phê duyệt dự án"))
        #expect(!masked.contains { $0.hasPrefix("Bảo trì") })
        // A condition in brackets conditions the whole item.
        #expect(masked.contains("Tổ chức bồi dưỡng kỹ năng phân tích dữ liệu cho công chức (khi được bố trí kinh phí"))
        // A topic lead-in before the colon goes with the study after it.
        #expect(masked.contains("Về kết nối với Trung tâm dữ liệu quốc gia: nghiên cứu phương án kết nối Trung tâm dữ liệu của Bộ"))
        let deferred = document.deferredClauses.map { source.string(Int(tokens[$0.lowerBound].start)..<Int(tokens[$0.upperBound - 1].end)) }
        #expect(deferred == ["việc cập nhật dữ liệu mở trên Cổng dữ liệu quốc gia sẽ được xem xét triển khai từ năm 2028",
                             "việc mở rộng đến cấp xã dự kiến triển khai từ Quý I/2028"])
        // A target row with no figure under any year sets no target; one with figures does.
        #expect(masked.contains("Tỷ lệ cơ quan mở và cung cấp dữ liệu mở bảo đảm chất lượng"))
        #expect(!masked.contains("Tỷ lệ hồ sơ thủ tục hành chính được số hóa"))
        #expect(masked.contains("Đầu tư hệ thống sao lưu, dự phòng thảm họa") && masked.contains("Khi được bố trí kinh phí"))
        let rows = document.tasks.filter { if case .tableRow = $0.origin { true } else { false } }
        let titles = rows.map { source.string($0.title) }
        // A note cannot put off or make conditional a row timed in the plan's year.
        #expect(titles == ["Ban hành Quy chế quản lý dữ liệu", "Đầu tư hệ thống sao lưu, dự phòng thảm họa",
                           "Công bố danh mục dữ liệu mở", "Cập nhật danh mục dữ liệu dùng chung", "Xây dựng danh mục dữ liệu mở",
                           "Nâng cấp Trung tâm dữ liệu của Bộ", "Tổ chức đào tạo, bồi dưỡng kỹ năng dữ liệu trong trường hợp được bố trí kinh phí"])
        // A time cell that only does the task once another issues a rule is a condition too.
        #expect(masked.contains("Xây dựng danh mục dữ liệu mở") && rows[4].fields[.deadline] == nil)
        // So is one timed in the plan's year on a condition; it keeps its time. A group's row across
        // the table names the topic of its rows and commits to nothing itself.
        #expect(masked.contains("Nâng cấp Trung tâm dữ liệu của Bộ") && rows[5].fields[.deadline] != nil)
        #expect(masked.filter { $0 == "II. Về hạ tầng dữ liệu" }.count == 5)
        #expect(rows[1].fields[.deadline] == nil && rows[0].fields[.deadline] != nil)
        #expect(!masked.contains("Cập nhật danh mục dữ liệu dùng chung"))
        // Money the units put in themselves, guidance followed and new guidance to adapt to are no
        // condition; a condition after a comma leaves the clause before it firm.
        let firm = structure("""
            V. KINH PHÍ
            Các sở, ngành khi xây dựng dự toán hằng năm cần bố trí kinh phí cho nhiệm vụ dữ liệu.
            Khi lập dự toán các đơn vị chủ động bố trí kinh phí thực hiện.
            Cập nhật dữ liệu khi có thay đổi theo hướng dẫn của Bộ.
            Sở Khoa học và Công nghệ tổng hợp báo cáo trước ngày 15/12/2027 và tham mưu điều chỉnh Kế hoạch khi Bộ ban hành hướng dẫn mới.
            Kinh phí do ngân sách tỉnh bảo đảm theo phân cấp, tùy theo khả năng cân đối ngân sách hằng năm.
            Sở Khoa học và Công nghệ tổng hợp, báo cáo Bộ trước ngày 15/12/2027; trường hợp chưa có hướng dẫn cụ thể, chủ động đề xuất UBND tỉnh xem xét.
            Xây dựng kho dữ liệu và nghiên cứu giải pháp khai thác dữ liệu.
            Công bố dữ liệu mở ngay sau khi Danh mục được ban hành.
            """)
        let firmTokens = firm.normalized.tokens
        let firmMasked = firm.tentativeClauses.map { firm.document.source.string(Int(firmTokens[$0.lowerBound].start)..<Int(firmTokens[$0.upperBound - 1].end)) }
        #expect(firmMasked == ["tùy theo khả năng cân đối ngân sách hằng năm", "trường hợp chưa có hướng dẫn cụ thể"])
    }

    /// The heading of a group of tasks names their topics; the tasks under it commit. A heading
    /// over one task is that task's title, and a part of the plan's own kind is no group.
    @Test func aGroupHeadingIsAtMostPartialEvidence() {
        let document = structure("""
            ## IV. NHIỆM VỤ

            ### 1. Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân

            a) Phê duyệt hồ sơ đề xuất cấp độ cho các hệ thống thông tin.

            b) Tổ chức diễn tập ứng cứu sự cố.

            ### 2. Phối hợp với các địa phương phát triển dữ liệu mở

            Hướng dẫn các tỉnh mở dữ liệu giáo dục theo cấu trúc thống nhất.
            """, markdown: true)
        let source = document.document.source
        let tokens = document.normalized.tokens
        let masked = document.tentativeClauses.map { source.string(Int(tokens[$0.lowerBound].start)..<Int(tokens[$0.upperBound - 1].end)) }
        #expect(masked.contains("Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân"))
        #expect(!masked.contains("Phối hợp với các địa phương phát triển dữ liệu mở"))
        #expect(!masked.contains("NHIỆM VỤ"))
    }

    /// A draft's reviewers' notes in square brackets and its struck text are not the plan: no
    /// evidence, and a note on a line of its own is no task. A footnote mark, a checkbox and a link
    /// are not notes.
    @Test func reviewersNotesAndStruckTextInADraftAreNotThePlan() {
        let document = structure("""
            IV. NHIỆM VỤ

            1. Xây dựng kho dữ liệu dùng chung [1], hoàn thành ~~Quý IV/2026~~ Quý II/2027.

            [Vụ Tổ chức cán bộ: đề nghị bổ sung nhiệm vụ đào tạo, bồi dưỡng kỹ năng dữ liệu]

            2. Công bố dữ liệu mở theo hướng dẫn tại [Danh mục dữ liệu mở của tỉnh](danh-muc.md) [x].

            3. Kết nối dữ liệu của các sở [Sở Du lịch; Sở Văn hóa, Thể thao].

            4. Số hóa hồ sơ lưu trữ.

            [Chủ trì: Sở Nội vụ; thời gian: Quý IV/2027]

            5. Bảo đảm an toàn dữ liệu [gồm: an toàn hệ thống thông tin theo cấp độ, bảo vệ dữ liệu cá nhân].
            """, markdown: true)
        let source = document.document.source
        let tokens = document.normalized.tokens
        let notes = document.draftNotes.map { source.string(Int(tokens[$0.lowerBound].start)..<Int(tokens[$0.upperBound - 1].end)) }
        #expect(notes == ["Quý IV/2026", "Vụ Tổ chức cán bộ: đề nghị bổ sung nhiệm vụ đào tạo, bồi dưỡng kỹ năng dữ liệu"])
        // A list's lead-in and a line of fields in square brackets are the plan's.
        #expect(document.tasks.count == 5)
        #expect(document.tasks[0].fields[.lead] == nil)
        #expect(document.tasks[3].fields[.lead] != nil && document.tasks[3].fields[.deadline] != nil)
        #expect(!notes.contains { $0.hasPrefix("gồm") })
    }

    /// A unit cell that labels its lead and partners gives the lead its label gives: none when
    /// the label is empty or names no unit in particular.
    @Test func unitCellsWithLabelledLeadAndPartners() {
        let document = structure("""
            IV. NHIỆM VỤ
            | Nhiệm vụ | Đơn vị thực hiện | Thời gian |
            |---|---|---|
            | (1) | (2) | (3) |
            | Xây dựng Kho dữ liệu dùng chung của Bộ | Chủ trì: Trung tâm Công nghệ thông tin<br>Phối hợp: Vụ Pháp chế | Quý IV/2027 |
            | Rà soát danh mục dữ liệu mở của Bộ | Chủ trì:<br>Phối hợp: Các đơn vị thuộc Bộ | Quý III/2027 |
            | Kiểm tra an toàn thông tin các hệ thống | Chủ trì: Các đơn vị thuộc Bộ<br>Phối hợp: Trung tâm Công nghệ thông tin | Quý II/2027 |
            | Cập nhật dữ liệu chuyên ngành | Chủ trì: Theo chức năng, nhiệm vụ<br>Phối hợp: Văn phòng Bộ | Quý II/2027 |
            | Số hóa hồ sơ lưu trữ | Chủ trì: (chưa phân công)<br>Phối hợp: Văn phòng Bộ | Quý III/2027 |
            """, markdown: true)
        let source = document.document.source
        let leads = document.tasks.map { task in task.fields[.lead].map { source.string($0) } }
        // The columns' numbers under the header are no task.
        #expect(leads == ["Chủ trì: Trung tâm Công nghệ thông tin", nil, nil, nil, nil])
        #expect(document.tasks.first?.fields[.partners].map { source.string($0) } == "Phối hợp: Vụ Pháp chế")
    }

    /// A draft sent round by chat: parts numbered "1/", items marked with emoji; and the English
    /// translation under each item of a bilingual plan is no task of its own.
    @Test func slashNumbersEmojiBulletsAndTranslationsUnderItems() {
        let draft = structure("""
            KẾ HOẠCH
            Phát triển dữ liệu số năm 2027
            1/ MỤC ĐÍCH, YÊU CẦU
            ✅ Cụ thể hóa Chiến lược dữ liệu quốc gia.
            3/ NHIỆM VỤ, GIẢI PHÁP
            👉 Xây dựng Kho dữ liệu dùng chung. Chủ trì: Sở Khoa học và Công nghệ; thời gian: Quý II/2027.
            ☑️ Ban hành danh mục dữ liệu mở. Chủ trì: Văn phòng UBND tỉnh; thời gian: Quý III/2027.
            """)
        #expect(paths(draft) == ["1|arabic|H", "1|dash|-", "3|arabic|H", "3|dash|-", "3|dash|-"])
        #expect(draft.tasks.count == 2 && draft.tasks.allSatisfy { $0.fields[.lead] != nil })
        let bilingual = structure("""
            II. NHIỆM VỤ / TASKS
            1. Ban hành Quy chế quản lý dữ liệu của ngành. Cục Công nghệ thông tin chủ trì; năm 2027.
            Issue the Regulation on the management and sharing of the sector's data, with the IT Department as lead.
            2. Nâng cấp Trung tâm dữ liệu của Bộ. Văn phòng Bộ chủ trì; năm 2027.
            Upgrade the Ministry's data centre and its backup, which the Ministry's Office will lead.
            """)
        #expect(bilingual.tasks.count == 2)
        #expect(bilingual.tasks.allSatisfy { $0.fields[.lead] != nil })
        // Not a translation: Vietnamese typed without diacritics ("that" is "thật"), or an
        // English plan's own tasks; and a footnote "1/ Theo …" is no part.
        let plain = structure("II. NHIEM VU\n1. Xay dung kho du lieu. So Khoa hoc chu tri; nam 2027.\n2. Chong that thoat du lieu, bao dam du lieu that su dung.\n")
        #expect(plain.tasks.count == 2)
        let english = structure("II. NHIỆM VỤ\n1. Build the data warehouse of the province, which the Department will lead.\n2. Issue the rules for sharing and reuse of data by the agencies.\n")
        #expect(english.tasks.count == 2)
        let footnote = structure("II. NHIỆM VỤ\n1. Xây dựng kho dữ liệu. Sở Khoa học và Công nghệ chủ trì; năm 2027.\n1/ Theo Nghị định số 47/2020/NĐ-CP về quản lý dữ liệu.\n2. Ban hành danh mục dữ liệu mở. Văn phòng chủ trì; năm 2027.\n")
        #expect(paths(footnote) == ["II|roman|H", "II.1|arabic|-", "II.2|arabic|-"])
    }

    /// Small Roman numerals number items as letters do: "ii)" is the item after "i)", not a line
    /// of it, and "v)" after "iv)" as well as after "u)".
    @Test func smallRomanNumeralsAreItemLabels() {
        let document = structure("""
            IV. NHIỆM VỤ
            1) Hoàn thiện quy chế
               i) Xây dựng Quy chế — giao Ban Pháp chế chủ trì.
               ii) Ban hành Khung quản trị dữ liệu.
               iii) Cập nhật Danh mục cơ sở dữ liệu.
               iv) Rà soát bộ mã danh mục.
               v) Tập huấn.
            """)
        #expect(paths(document) == ["IV|roman|H", "IV.1|arabic|H", "IV.1.i|letter|-", "IV.1.ii|letter|-", "IV.1.iii|letter|-",
                                    "IV.1.iv|letter|-", "IV.1.v|letter|-"])
        #expect(structure("ii. Ban hành Khung quản trị.").tree.nodes.dropFirst().first?.label?.text == "ii")
        // Not numerals: "vì)", "xin)", a word.
        #expect(structure("vx) Ban hành.").tree.nodes.count == 1)
    }

    /// A hard-wrapped item goes on after a semicolon in lower case ("… đạt 40% trong năm 2027;"
    /// then "phấn đấu đến năm 2030 …"); an item that starts with a capital or a label is new.
    @Test func aLowerCaseLineAfterASemicolonContinuesTheItem() {
        let document = structure("""
            I. MỤC TIÊU
               a) Tỷ lệ dữ liệu được sử dụng lại đạt 40% trong năm 2027;
                  phấn đấu đến năm 2030 đạt tối thiểu 60%.
               b) Tỷ lệ hồ sơ được số hóa đạt 100%;
               Công khai dữ liệu mở.
            """)
        let texts = document.tree.segments.map { document.document.source.string($0.range) }
        #expect(texts.contains { $0.hasPrefix("Tỷ lệ dữ liệu") && $0.hasSuffix("tối thiểu 60%.") })
        #expect(texts.contains("Công khai dữ liệu mở."))
        // Lines set where the item starts are a list of their own, lower case or not.
        let list = structure("""
            I. MỤC TIÊU
            Mục tiêu cụ thể:
            tăng cường tái sử dụng dữ liệu kết quả giải quyết TTHC;
            tối thiểu 90% hồ sơ TTHC được số hóa.
            """)
        #expect(list.tree.segments.map { list.document.source.string($0.range) }.contains("tối thiểu 90% hồ sơ TTHC được số hóa."))
    }

    @Test func aNumberThatStartsAWrappedLineContinuesTheSentence() {
        let document = structure("""
            II. NHIỆM VỤ
            b) Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư phục vụ Đề án
            06. Chủ trì: Cục Công nghệ thông tin; thời gian: hằng năm.
            c) Phát triển dữ liệu lớn của ngành y tế, ứng dụng trí tuệ nhân tạo trong hỗ trợ.
            """)
        #expect(paths(document) == ["II|roman|H", "II.b|letter|-", "II.c|letter|-"])
        #expect(document.tasks.first?.fields[.lead] != nil)
    }

    @Test func aTabSeparatedTableInPlainTextIsATaskTable() {
        let document = structure("KẾ HOẠCH\nPHỤ LỤC. DANH MỤC NHIỆM VỤ\n"
            + "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
            + "I\tHOÀN THIỆN THỂ CHẾ\t\t\t\n"
            + "1\tBan hành Quy chế chia sẻ dữ liệu\tSở Khoa học và Công nghệ\tQuý II/2026\tQuyết định\n"
            + "2\tXây dựng kho dữ liệu\t\t2027\t\n")
        #expect(document.taskTables.count == 1)
        #expect(document.taskTables.first?.columns == [.lead, .deadline, .output])
        #expect(document.tasks.map { $0.fields[.lead] != nil } == [true, false])
        #expect(document.tasks.map(\.deadlineYears) == [[2026], [2027]])
        // A group row whose cells were merged has one tab; the table goes on past it.
        let merged = structure("KẾ HOẠCH\nPHỤ LỤC. DANH MỤC NHIỆM VỤ\n"
            + "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
            + "I\tHOÀN THIỆN THỂ CHẾ\n"
            + "1\tBan hành Quy chế chia sẻ dữ liệu\tSở Khoa học và Công nghệ\tQuý II/2026\tQuyết định\n"
            + "II\tPHÁT TRIỂN DỮ LIỆU\n"
            + "2\tXây dựng kho dữ liệu\tVăn phòng UBND tỉnh\t2027\tKho dữ liệu\n"
            + "\nGhi chú\tmột dòng có tab sau một dòng trống thì không\n")
        #expect(merged.taskTables.count == 1)
        #expect(merged.tasks.map { $0.fields[.lead] != nil } == [true, true])
    }

    @Test func capitalLetterGroupsAndLetteredPartsAreSections() {
        let document = structure("""
            PHẦN B. NHIỆM VỤ, GIẢI PHÁP
            A. Hoàn thiện thể chế
            1. Ban hành Quy chế chia sẻ dữ liệu.
            C. Phát triển dữ liệu
            2. Xây dựng kho dữ liệu.
            D. Khai thác dữ liệu
            Đ. Bảo đảm an toàn
            V. TỔ CHỨC THỰC HIỆN
            """)
        #expect(paths(document) == ["Phần B|part|H", "Phần B.A|capital|H", "Phần B.A.1|arabic|-", "Phần B.C|capital|H",
                                    "Phần B.C.2|arabic|-", "Phần B.D|capital|H", "Phần B.Đ|capital|H", "Phần B.V|roman|H"])
        #expect(document.tasks.count == 2)
    }

    /// Lettered parts over Roman-numbered sections: "I." that starts a list under "C." is inside
    /// it, and so is the rest of that list; the next letter closes them all.
    @Test func lettersOverRomanNumeralsNestTheList() {
        let document = structure("""
            A. MỤC ĐÍCH, YÊU CẦU
            C. NHIỆM VỤ CỤ THỂ
            I. HOÀN THIỆN THỂ CHẾ
            • Ban hành Quy chế quản lý dữ liệu của Bộ.
            II. PHÁT TRIỂN HẠ TẦNG DỮ LIỆU
            • Nâng cấp Trung tâm dữ liệu của Bộ.
            D. TỔ CHỨC THỰC HIỆN
            """)
        #expect(paths(document) == ["A|capital|H", "C|capital|H", "C.I|roman|H", "C.I|dash|-", "C.II|roman|H",
                                    "C.II|dash|-", "D|capital|H"])
        #expect(document.tasks.count == 2)
    }

    /// Letters under a Roman numeral: "A." as the first numbered part of "IV." is inside it, and
    /// so are "B.", "C." after it; the next Roman numeral closes them all.
    @Test func lettersUnderARomanNumeralNestUnderIt() {
        let document = structure("""
            III. MỤC TIÊU
            1. Số hóa hồ sơ.
            IV. NHIỆM VỤ CỤ THỂ
            A. Hoàn thiện thể chế và quản trị dữ liệu
            1. Trung tâm Công nghệ thông tin chủ trì xây dựng Quy chế dữ liệu.
            B. Phát triển hạ tầng phục vụ dữ liệu
            2. Văn phòng Bộ chủ trì nâng cấp hệ thống lưu trữ.
            V. KINH PHÍ THỰC HIỆN
            """)
        #expect(paths(document) == ["III|roman|H", "III.1|arabic|-", "IV|roman|H", "IV.A|capital|H", "IV.A.1|arabic|-",
                                    "IV.B|capital|H", "IV.B.2|arabic|-", "V|roman|H"])
        #expect(document.tasks.count == 2)
        // A letter after the section's own numbered items is not its first part: a sibling.
        let after = structure("""
            I. KẾT QUẢ
            1. Đã số hóa hồ sơ.
            A. PHẦN NHIỆM VỤ
            """)
        #expect(paths(after) == ["I|roman|H", "I.1|arabic|-", "A|capital|H"])
        // Marked up at the Roman section's level or above, a letter goes on the outer list.
        let marked = structure("""
            # A. PHẦN MỞ ĐẦU
            ## II. NHIỆM VỤ
            ### A. Hoàn thiện thể chế
            ### B. Phát triển hạ tầng
            # C. TỔ CHỨC THỰC HIỆN
            """, markdown: true)
        #expect(paths(marked) == ["A|capital|H", "II|roman|H", "II.A|capital|H", "II.B|capital|H", "C|capital|H"])
    }

    @Test func aLabelAloneOnItsLineTakesItsTitleFromTheNextLine() {
        let document = structure("""
            KẾ HOẠCH
            Phần thứ nhất
            KẾT QUẢ THỰC HIỆN NĂM 2025
            1. Đã số hóa hồ sơ.
            Phần thứ hai
            NHIỆM VỤ NĂM 2026
            """)
        let parts = document.tree.nodes.filter { $0.label?.kind == .part }
        #expect(parts.compactMap { $0.titleSegment.map { document.document.source.string(document.tree.segments[$0].range) } }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == ["KẾT QUẢ THỰC HIỆN NĂM 2025", "NHIỆM VỤ NĂM 2026"])
        #expect(document.resultsNodes.count == 1)  // recognised as past results by its title
    }

    @Test func boldLinesExportedFromWordAreHeadingsLikeHashHeadings() {
        let bold = structure("""
        **I. MỤC ĐÍCH, YÊU CẦU**
        Bảo đảm đồng bộ.
        **II. NHIỆM VỤ TRỌNG TÂM**
        **1. Phát triển dữ liệu số**
        * Ý thứ nhất
        __2. Hạ tầng số__
        **3. Xây dựng kho dữ liệu.** Chủ trì: Sở Khoa học và Công nghệ.
        """, markdown: true)
        #expect(paths(bold) == ["I|roman|H", "II|roman|H", "II.1|arabic|H", "II.1|dash|-", "II.2|arabic|H", "II.3|arabic|-"])
        let title = bold.tree.segments[bold.tree.nodes[1].titleSegment ?? 0]
        #expect(bold.document.source.string(title.range) == "MỤC ĐÍCH, YÊU CẦU")
        // "**a** và **b**" is emphasis inside a sentence, not a bold line.
        let inline = structure("**Sở** và **Bộ** phối hợp.", markdown: true)
        #expect(inline.tree.nodes.count == 1)
        // Markers alone are not a line to read; the heading after them still is.
        #expect(paths(structure("**\n____\n__\nI. MỤC TIÊU", markdown: true)) == ["I|roman|H"])
    }

    /// Some offices type a dash after the number ("1- Về thể chế", "2.3- Phát triển dữ liệu"); a
    /// period such as "2026-2030" at a line start is not a label, and the tasks section may be
    /// called "Những việc cần làm".
    @Test func dashedNumbersAreLabels() {
        let document = structure("""
            KẾ HOẠCH
            Phần thứ hai. NHỮNG VIỆC CẦN LÀM
            1- Hoàn thiện thể chế
            1.1- Ban hành Quy chế chia sẻ dữ liệu.
            2026-2030 là giai đoạn thực hiện.
            """)
        #expect(paths(document) == ["Phần thứ hai|part|H", "Phần thứ hai.1|arabic|H", "Phần thứ hai.1.1|dotted|-"])
        #expect(!document.taskNodes.isEmpty)
    }

    /// A path names each number once, as a reader says it: a decimal label repeats its parents'
    /// numbers, which are not written twice ("III.7.1", not "III.7.7.1"); a decimal label that does
    /// not continue its parent keeps all its numbers; worded labels read the same whatever the
    /// markup or case ("**PHẦN II**" is "Phần II").
    @Test func sectionPathsNameEachNumberOnce() throws {
        let decimal = structure("""
            III. NHIỆM VỤ
            7. Phát triển dữ liệu
            7.1. Cơ sở dữ liệu
            7.1.2. Kho dữ liệu dùng chung
            7.2. Chia sẻ dữ liệu
            8. Khác
            2.1. Mục lạc chỗ
            """)
        #expect(paths(decimal) == ["III|roman|H", "III.7|arabic|H", "III.7.1|dotted|H", "III.7.1.2|dotted|H",
                                   "III.7.2|dotted|H", "III.8|arabic|H", "III.8.2.1|dotted|H"])
        let mixed = structure("""
            **PHẦN II. KẾ HOẠCH**

            **I. NHIỆM VỤ**

            4. Dữ liệu

            4.2. Cơ sở dữ liệu

            a) Kho dữ liệu dùng chung;

            PHẦN THỨ BA. TỔ CHỨC
            """, markdown: true)
        #expect(paths(mixed).map { $0.components(separatedBy: "|")[0] }
                == ["Phần II", "Phần II.I", "Phần II.I.4", "Phần II.I.4.2", "Phần II.I.4.2.a", "Phần thứ ba"])
        // Word's own numbering ("%1.%2." over upper-roman and decimal levels).
        let numbering = #"<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>"#
        let word = try DocxReaderTests.read(body: DocxReaderTests.p("NHIỆM VỤ", num: (3, 0)) + DocxReaderTests.p("Phát triển dữ liệu", num: (3, 1))
                                            + DocxReaderTests.p("Cơ sở dữ liệu", num: (3, 2)) + DocxReaderTests.p("Chia sẻ dữ liệu", num: (3, 2)),
                                            numbering: numbering)
        #expect(paths(StructuredDocument(word, vocabulary: TestSupport.vocabulary)).map { $0.components(separatedBy: "|")[0] }
                == ["I", "I.1", "I.1.1", "I.1.2"])
    }

    /// A decision that issues a plan: the plan after the recipients block is not inside it.
    @Test func thePlanAfterTheRecipientsIsNotInsideThem() {
        let document = structure("""
            QUYẾT ĐỊNH
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.
            KẾ HOẠCH
            I. MỤC TIÊU
            1. Dữ liệu được chia sẻ.
            """)
        let paths = paths(document).map { $0.components(separatedBy: "|")[0] }
        #expect(paths.contains("I") && paths.contains("I.1") && !paths.contains { $0.hasPrefix("Nơi nhận.") })
    }

    /// Pasted text is Markdown when it has what plain text copied from Word does not: an ATX
    /// heading, a pipe table's separator row, or bold-only lines.
    @Test func pastedMarkdownIsRecognised() {
        #expect(MarkdownReader.looksLikeMarkdown("KẾ HOẠCH\n\n## II. NHIỆM VỤ\n1. Xây dựng kho dữ liệu."))
        #expect(MarkdownReader.looksLikeMarkdown("| STT | Nhiệm vụ |\n|---|:---:|\n| 1 | Kho dữ liệu |"))
        #expect(MarkdownReader.looksLikeMarkdown("**I. MỤC TIÊU**\nNội dung.\n**II. NHIỆM VỤ**\n"))
        #expect(!MarkdownReader.looksLikeMarkdown("KẾ HOẠCH\nI. MỤC TIÊU\n- Xây dựng kho dữ liệu.\n#1 ưu tiên\nSố: 12/KH-UBND"))
        #expect(!MarkdownReader.looksLikeMarkdown("**Nơi nhận:** Bộ Khoa học và Công nghệ;\nmột dòng **đậm** giữa câu"))
    }

    @Test func administrativeNumberingBuildsPaths() {
        let text = """
        Phần I. ĐÁNH GIÁ KẾT QUẢ
        Phần II. KẾ HOẠCH NĂM 2025
        I. MỤC TIÊU
        1. Mục tiêu chung
        1.1. Mục tiêu cụ thể
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Phát triển dữ liệu
        a) Xây dựng kho dữ liệu dùng chung của tỉnh;
        đ) Số hóa hồ sơ;
        - Ý thứ nhất;
        + Ý nhỏ;
        Phụ lục I
        Điều 1. Ban hành kèm theo Quyết định này.
        """
        #expect(paths(structure(text)) == [
            "Phần I|part|H", "Phần II|part|H", "Phần II.I|roman|H", "Phần II.I.1|arabic|H",
            "Phần II.I.1.1|dotted|H", "Phần II.II|roman|H", "Phần II.II.1|arabic|H",
            "Phần II.II.1.a|letter|-", "Phần II.II.1.đ|letter|-", "Phần II.II.1.đ|dash|-",
            "Phần II.II.1.đ|plus|-", "Phụ lục I|annex|H", "Phụ lục I.Điều 1|article|H",
        ])
    }

    @Test func wordsThatLookLikeLabelsAreText() {
        let document = structure("Phần lớn dữ liệu chưa được số hóa.\nĐiều kiện triển khai còn hạn chế.\nV/v hướng dẫn\n2030 là mốc"
                                 + "\nMục tiêu đến năm 2030.\nMục 2 Phần II của Kế hoạch được sửa đổi.")
        #expect(document.tree.nodes.count == 1)
    }

    /// An annex label set in bold on its own ("PHỤ LỤC"), its long title in the next paragraph:
    /// the title is the annex's, so a rule that looks for "danh mục nhiệm vụ" in headings finds it.
    @Test func aBoldAnnexLabelTakesItsLongTitleFromTheNextParagraph() throws {
        func bold(_ text: String) -> String { "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>\(text)</w:t></w:r></w:p>" }
        let title = "DANH MỤC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU TỈNH LÀO CAI ĐẾN NĂM 2030"
        let word = try DocxReaderTests.read(body: DocxReaderTests.p("VII. TỔ CHỨC THỰC HIỆN") + DocxReaderTests.p("Sở Tài chính bố trí kinh phí.")
                                            + bold("PHỤ LỤC") + bold(title) + DocxReaderTests.p("(Kèm theo Chiến lược dữ liệu tỉnh)"))
        let document = StructuredDocument(word, vocabulary: TestSupport.vocabulary)
        let annex = try #require(document.tree.nodes.first { $0.label?.kind == .annex })
        let heading = document.tree.segments[try #require(annex.titleSegment)]
        #expect(document.document.source.string(heading.range).trimmingCharacters(in: .whitespacesAndNewlines) == title)
    }

    /// A strategy written in parts and their sections: "PHẦN THỨ TƯ" then "Mục 1. …", each
    /// section a heading under its part, with its numbered items below it.
    @Test func sectionsOfAPartAreHeadingsUnderIt() {
        let document = structure("""
            PHẦN THỨ BA
            Mục 1. QUAN ĐIỂM
            Dữ liệu là tài nguyên.
            Mục 2: TẦM NHÌN ĐẾN NĂM 2035
            PHẦN THỨ TƯ
            Mục I. HOÀN THIỆN THỂ CHẾ
            1. Ban hành Quy chế chia sẻ dữ liệu.
            """)
        #expect(paths(document) == ["Phần thứ ba|part|H", "Phần thứ ba.Mục 1|section|H", "Phần thứ ba.Mục 2|section|H", "Phần thứ tư|part|H", "Phần thứ tư.Mục I|section|H",
                                    "Phần thứ tư.Mục I.1|arabic|-"])
    }

    /// "Mục" that is no section: a wrapped sentence ending "… tại / mục 3.", a cross-reference whose
    /// number goes on ("Mục III.2 …", "Mục 2.1 …"), a letter ("Mục b) khoản 2 …"). And sections
    /// nest with the labels they rank beside: inside a Roman part, around a Roman list or articles.
    @Test func sectionLabelsAreSectionsOnlyWhenTheyReadAsOne() {
        let prose = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Xây dựng Kho dữ liệu dùng chung, hoàn thành theo thời hạn tại
            mục 3.
            Mục III.2 Kế hoạch này quy định trách nhiệm báo cáo.
            Mục 2.1 Phát triển hạ tầng dữ liệu.
            Mục b) khoản 2 Điều 4 được sửa đổi.
            2. Ban hành Quy chế chia sẻ dữ liệu.
            """)
        #expect(!paths(prose).contains { $0.contains("Mục") })
        #expect(paths(prose).map { $0.components(separatedBy: "|")[0] } == ["II", "II.1", "II.2"])
        let nested = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            Mục 1. Hoàn thiện thể chế
            1. Ban hành Quy chế chia sẻ dữ liệu.
            Mục 2. Phát triển hạ tầng
            III. TỔ CHỨC THỰC HIỆN
            """)
        #expect(paths(nested).map { $0.components(separatedBy: "|")[0] } == ["II", "II.Mục 1", "II.Mục 1.1", "II.Mục 2", "III"])
        let around = structure("""
            **Mục 1**: NHIỆM VỤ CỤ THỂ
            I. HOÀN THIỆN THỂ CHẾ
            II. PHÁT TRIỂN HẠ TẦNG
            Mục 2. TỔ CHỨC THỰC HIỆN
            Điều 3. Trách nhiệm thi hành
            """, markdown: true)
        #expect(paths(around).map { $0.components(separatedBy: "|")[0] }
                == ["Mục 1", "Mục 1.I", "Mục 1.II", "Mục 2", "Mục 2.Điều 3"])
    }

    @Test func markdownHeadingsWithAndWithoutLabels() {
        let document = structure("# KẾ HOẠCH\n## I. MỤC TIÊU\nNội dung\n### 1. Mục tiêu chung\n## II. NHIỆM VỤ\n", markdown: true)
        #expect(paths(document) == ["|md|H", "I|roman|H", "I.1|arabic|H", "II|roman|H"])
    }

    @Test func wrappedUpperCaseHeadingIsJoined() {
        let document = structure("II. NHIỆM VỤ VÀ GIẢI\nPHÁP CHỦ YẾU\nNội dung nhiệm vụ.")
        let title = document.tree.title(of: 1)
        #expect(title.map { document.document.source.string($0.range) } == "NHIỆM VỤ VÀ GIẢI\nPHÁP CHỦ YẾU")
        #expect(document.tree.segments.count == 2)
    }

    @Test func wrappedParagraphLinesAreOneSegment() {
        let document = structure("a) Xây dựng kho dữ liệu dùng chung\ncủa tỉnh, bảo đảm kết nối;\n\nĐoạn mới.")
        #expect(document.tree.segments.count == 2)
        #expect(document.tree.segments[0].tokens.count == 13)
        #expect(document.tree.segments[0].role == .body)
        #expect(document.tree.nodes[1].isHeading == false)
    }

    @Test func plainTextWithPipesBetweenCellsIsATable() {
        let document = structure("""
        PHỤ LỤC
        STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện
        ----|---|---|---
        1 | Xây dựng Kho dữ liệu tập trung | Cục Công nghệ thông tin | 2027 - 2031
        Ghi chú: số liệu | tạm tính
        """)
        #expect(document.tree.tables.count == 1)
        #expect(document.tree.tables.first?.rows.count == 2)
        let row = document.tree.tables[0].rows[1].map { document.document.source.string(document.tree.segments[$0].range) }
        #expect(row == ["1", "Xây dựng Kho dữ liệu tập trung", "Cục Công nghệ thông tin", "2027 - 2031"])
    }

    @Test func aFullLineEndingInANameGoesOnIntoTheNextLine() {
        // Text hard-wrapped at a fixed width (a PDF's): a name cut after "Bộ" goes on.
        let text = """
        1. Sở Khoa học và Công nghệ: cơ quan thường trực, đầu mối tham
        mưu Ủy ban nhân dân thành phố tổ chức, theo dõi, đôn đốc thực hiện Kế
        hoạch; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân thành phố và Bộ
        Khoa học và Công nghệ trước ngày 10/12/2026.
        2. Công an thành phố: chủ trì hợp nhất dữ liệu dân cư.
        """
        let document = structure(text)
        #expect(document.tree.segments.count == 2)
        // An acronym ending a full line is not cut out of a name.
        let acronym = structure("""
        Các sở, ngành tổng hợp kết quả thực hiện, báo cáo định kỳ về Văn phòng UBND
        Sở Tài chính bố trí kinh phí thực hiện theo phân cấp ngân sách hiện hành.
        """)
        #expect(acronym.tree.segments.count == 2)
    }

    @Test func profileFromHeaderAndFromSymbol() {
        #expect(structure("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nKẾ HOẠCH\nI. MỤC TIÊU").detectedProfile?.profile == .province)
        #expect(structure("BỘ Y TẾ\nSố: 123/KH-BYT\nKẾ HOẠCH\nI. MỤC TIÊU").detectedProfile?.profile == .ministry)
        #expect(structure("CƠ QUAN X\nSố: 45/KH-UBND\nKẾ HOẠCH\nI. MỤC TIÊU").detectedProfile?.profile == .province)
        #expect(structure("Số: 813/QĐ-BTTTT\nQUYẾT ĐỊNH\nĐiều 1.").detectedProfile?.profile == .ministry)
        #expect(structure("KẾ HOẠCH\nI. MỤC TIÊU\nBộ Y tế phối hợp.").detectedProfile == nil)
    }

    @Test func formsAreClassifiedFromTheTitle() {
        #expect(structure("KẾ HOẠCH\nTriển khai Chiến lược dữ liệu quốc gia\nI. MỤC TIÊU").form == .standalone)
        #expect(structure("QUYẾT ĐỊNH\nBan hành Chiến lược dữ liệu tỉnh Sơn La đến năm 2030\nĐiều 1.").form == .strategy)
        // A data scheme with a vision beyond 2030 is the province's strategy, and so is the
        // People's Council resolution that adopts it; a scheme to 2030 alone is a plan.
        #expect(structure("NGHỊ QUYẾT\nThông qua Đề án phát triển dữ liệu số tỉnh An Giang đến năm 2030, tầm nhìn đến năm 2035\nĐiều 1.").form == .strategy)
        #expect(structure("ĐỀ ÁN\nPhát triển dữ liệu số tỉnh Lâm Đồng đến năm 2030, tầm nhìn đến năm 2035\nI. MỤC TIÊU").form == .strategy)
        #expect(structure("ĐỀ ÁN\nPhát triển dữ liệu số tỉnh Lâm Đồng đến năm 2030\nI. MỤC TIÊU").form == .standalone)
        #expect(structure("NGHỊ QUYẾT\nThông qua Kế hoạch phát triển dữ liệu tỉnh năm 2027\nĐiều 1.").form == .standalone)
        // A plan with a vision is still a plan; a resolution that issues no plan and sets no tasks is none.
        #expect(structure("QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển dữ liệu giai đoạn 2026 - 2030, tầm nhìn đến năm 2035\nĐiều 1.").form == .standalone)
        #expect(structure("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nNGHỊ QUYẾT\nVề việc đặt tên đường trên địa bàn tỉnh\nĐiều 1. Đặt tên 12 tuyến đường.\nĐiều 2. Hiệu lực thi hành.").form == .notAPlan)
        // A decision issuing a data roadmap is a plan however it is named; a resolution on data
        // with a vision is the province's strategy.
        #expect(structure("QUYẾT ĐỊNH\nBan hành Lộ trình phát triển dữ liệu số tỉnh Gia Lai\nĐiều 1. Ban hành kèm theo Quyết định này Lộ trình.").form == .standalone)
        #expect(structure("NGHỊ QUYẾT\nVề phát triển dữ liệu số tỉnh Gia Lai đến năm 2030, tầm nhìn đến năm 2045\nI. MỤC TIÊU").form == .strategy)
        #expect(structure("ĐỀ ÁN\nChuyển đổi số và phát triển dữ liệu tỉnh đến năm 2030, tầm nhìn đến năm 2035\nI. MỤC TIÊU\nII. NHIỆM VỤ\n3. Phát triển dữ liệu số\na) Xây dựng kho dữ liệu.").form == .embedded)
        #expect(structure("KẾ HOẠCH\nPhát triển dữ liệu đến năm 2030, tầm nhìn đến năm 2035\nI. MỤC TIÊU").form == .standalone)
        #expect(structure("""
        KẾ HOẠCH
        Chuyển đổi số tỉnh năm 2025
        Căn cứ Quyết định 142/QĐ-TTg phê duyệt Chiến lược dữ liệu quốc gia;
        I. MỤC TIÊU
        II. NHIỆM VỤ
        3. Phát triển dữ liệu số
        a) Xây dựng kho dữ liệu.
        """).form == .embedded)
        #expect(structure("Biên bản họp giao ban tuần.\nCác đồng chí dự họp.").form == .notAPlan)
    }

    /// A results report is no plan, however it names next year's direction; a submission that
    /// carries its plan after it is the plan.
    @Test func aReportWithNextYearsTasksIsNotAPlan() {
        let report = """
            BÁO CÁO
            Kết quả thực hiện Chiến lược dữ liệu quốc gia năm 2026
            I. KẾT QUẢ ĐẠT ĐƯỢC
            Đã số hóa 90% hồ sơ thủ tục hành chính.
            II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027
            1. Xây dựng Kho dữ liệu dùng chung của tỉnh.
            """
        #expect(structure(report).form == .notAPlan)
        // Without the report's type line the same text reads as a plan by its tasks section.
        #expect(structure(report.replacingOccurrences(of: "BÁO CÁO\n", with: "")).form != .notAPlan)
        let submission = """
            TỜ TRÌNH
            Về việc ban hành Kế hoạch phát triển dữ liệu năm 2027
            I. SỰ CẦN THIẾT
            Kính trình Ủy ban nhân dân tỉnh xem xét.
            KẾ HOẠCH
            Phát triển dữ liệu số của tỉnh năm 2027
            II. NHIỆM VỤ
            1. Xây dựng Kho dữ liệu dùng chung của tỉnh.
            """
        #expect(structure(submission).form != .notAPlan)
        // The carried plan's type line may run on ("CHƯƠNG TRÌNH HÀNH ĐỘNG …"); a report's long title
        // line in capitals is its type too, and its own "III. KẾ HOẠCH NĂM 2027" is one of its sections.
        #expect(structure(submission.replacingOccurrences(of: "KẾ HOẠCH\n", with: "CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ DỮ LIỆU\n")).form != .notAPlan)
        #expect(structure("""
            BÁO CÁO KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU QUỐC GIA NĂM 2026 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 CỦA TỈNH
            I. KẾT QUẢ ĐẠT ĐƯỢC
            Đã số hóa 90% hồ sơ thủ tục hành chính.
            II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027
            1. Xây dựng Kho dữ liệu dùng chung của tỉnh.
            III. KẾ HOẠCH NĂM 2027
            """).form == .notAPlan)
    }

    @Test func embeddedPlanFindsItsDataSection() {
        let document = structure("""
        KẾ HOẠCH
        Chuyển đổi số năm 2025
        I. MỤC TIÊU
        II. NHIỆM VỤ
        1. Phát triển hạ tầng số
        2. Phát triển dữ liệu số
        a) Xây dựng kho dữ liệu.
        3. Phát triển kinh tế số
        """)
        #expect(document.dataNodes.map { document.tree.nodes[$0].path } == ["II.2"])
        #expect(!document.dataSectionMissing)
    }

    @Test func basisParagraphsAreMarked() {
        let document = structure("KẾ HOẠCH\nCăn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân;\nI. MỤC TIÊU")
        #expect(document.basisSegments == [1])
    }

    @Test func htmlTablesInMarkdownBecomeRowsOfCells() {
        // As converters write a table whose cells hold several lines: <th> headers, a row over
        // several lines, <br> and <b> inside cells, multibyte text before every cell.
        let text = """
            🙂 Bảng nhiệm vụ:
            <table>
            <tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>
            <tr><td><b>II</b></td><td colspan="3"><b>DỮ LIỆU SỐ</b></td></tr>
            <tr>
              <td>1</td>
              <td>Xây dựng <i>kho dữ liệu</i> dùng chung<br>của tỉnh</td>
              <td>Sở Khoa học và Công nghệ</td>
              <td>Quý II/2027
            </tr>
            </table>
            **III. TỔ CHỨC THỰC HIỆN**
            """
        let document = structure(text, markdown: true)
        let source = document.document.source
        #expect(document.tree.tables.count == 1)
        let rows = document.tree.tables.first?.rows ?? []
        #expect(rows.map { $0.map { source.string(document.tree.segments[$0].range) } } == [
            ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
            ["II", "DỮ LIỆU SỐ", "", ""],  // colspan="3": the columns it spans stay empty
            ["1", "Xây dựng <i>kho dữ liệu</i> dùng chung<br>của tỉnh", "Sở Khoa học và Công nghệ", "Quý II/2027"],
        ])
        // The tags inside a cell are not words: the phrase reads across them.
        let normalized = document.normalized
        let task = rows.last.map { document.tree.segments[$0[1]].tokens } ?? 0..<0
        #expect(normalized.tokens[task].map(\.key.text) == ["xây", "dựng", "kho", "dữ", "liệu", "dùng", "chung", "của", "tỉnh"])
        // After the table, the plan goes on.
        #expect(document.tree.nodes.contains { $0.path == "III" && $0.isHeading })
        #expect(document.tasks.first?.fields[.deadline].map(source.string) == "Quý II/2027")
    }

    @Test func htmlHeadingsParagraphsAndListsPastedFromAPortalAreBlocks() {
        // As a CMS pastes a plan: headings, bold paragraphs, lists with the marker in the markup,
        // <br> inside a paragraph, empty "&nbsp;" paragraphs, multibyte text before every block.
        let text = """
            <h2>Phần thứ hai<br>KẾ HOẠCH NĂM 2027</h2>
            <p>&nbsp;</p>
            <h3 style="text-align:center">I. MỤC ĐÍCH, YÊU CẦU</h3>
            <p>Ủy ban nhân dân thành phố ban hành Kế hoạch.</p>
            <h3>III. NHIỆM VỤ</h3>
            <p><strong>1. Phát triển dữ liệu số</strong></p>
            <ol>
            <li><strong>Kho dữ liệu.</strong> Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành Quý II/2027.</li>
            <li>Số hóa hồ sơ<ul><li>ý con</li></ul></li>
            </ol>
            <p>- Dòng một;<br>- Dòng hai.</p>
            <p><b>Sở</b> và <b>Bộ</b> phối hợp.</p>
            <không phải thẻ> là chữ
            """
        let document = structure(text, markdown: true)
        let blocks = document.document.blocks
        let source = document.document.source
        #expect(blocks.map { source.string($0.range) } == [
            "Phần thứ hai<br>KẾ HOẠCH NĂM 2027", "I. MỤC ĐÍCH, YÊU CẦU", "Ủy ban nhân dân thành phố ban hành Kế hoạch.",
            "III. NHIỆM VỤ", "1. Phát triển dữ liệu số",
            "Kho dữ liệu.</strong> Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành Quý II/2027.",
            "Số hóa hồ sơ", "ý con", "- Dòng một;", "- Dòng hai.", "Sở</b> và <b>Bộ</b> phối hợp.", "<không phải thẻ> là chữ",
        ])
        #expect(blocks.map(\.kind).prefix(2) == [.heading(level: 2), .heading(level: 3)])
        #expect(blocks.map(\.emphasized) == [false, false, false, false, true, false, false, false, false, false, false, false])
        #expect(blocks.map(\.listItem) == [false, false, false, false, false, true, true, true, false, false, false, false])
        #expect(blocks[5].indent == 4 && blocks[7].indent == 8)  // the inner list's item is a sub-item
        #expect(blocks[9].followsBreak == false)  // after <br>: the same paragraph's next line
        #expect(paths(document) == ["Phần thứ hai|part|H", "Phần thứ hai.I|roman|H", "Phần thứ hai.III|roman|H",
                                    "Phần thứ hai.III.1|arabic|H", "Phần thứ hai.III.1|dash|-", "Phần thứ hai.III.1|dash|-",
                                    "Phần thứ hai.III.1|dash|-", "Phần thứ hai.III.1|dash|-", "Phần thứ hai.III.1|dash|-"])
        // A list item is a task as a typed "- " item is, with its fields.
        #expect(document.tasks.first?.fields[.deadline].map(source.string) == "Quý II/2027")
    }

    /// HTML as editors also write it: a `<p>` inside an item, an item whose text is on the next
    /// line, a list closed after text on a line, a heading wrapped over two lines, a table inside a
    /// `<figure>`; and an item of no words in an embedded plan (it crashed the lead-in search).
    @Test func htmlItemsHeadingsAndTablesWrittenOverSeveralLines() {
        let text = """
            <h2>II. NHIỆM VỤ,
            GIẢI PHÁP</h2>
            <ul>
            <li><p>Xây dựng cơ sở dữ liệu đất đai</p></li>
            <li>
            Kết nối dữ liệu dân cư với các sở
            </li>
            <li>Số hóa hồ sơ
            trong năm 2026</li></ul>
            <ul><li>Mở dữ liệu cho người dân</li></ul>
            <figure class="table"><table><tr><td>STT</td><td>Nhiệm vụ</td><td>Chủ trì</td></tr><tr><td>1</td><td>Xây dựng kho dữ liệu</td><td>Sở Khoa học và Công nghệ</td></tr></table></figure>
            """
        let document = structure(text, markdown: true)
        let source = document.document.source
        let blocks = document.document.blocks
        #expect(source.string(blocks[0].range) == "II. NHIỆM VỤ,\nGIẢI PHÁP")
        #expect(blocks[0].kind == .heading(level: 2))
        let items = blocks.filter(\.listItem).map { source.string($0.range) }
        #expect(items == ["Xây dựng cơ sở dữ liệu đất đai", "Kết nối dữ liệu dân cư với các sở", "Số hóa hồ sơ", "Mở dữ liệu cho người dân"])
        // The list closed after "năm 2026" leaves the next list at the same depth; the closing
        // tags are not part of the line.
        #expect(blocks.filter(\.listItem).map(\.indent) == [4, 4, 4, 4])
        #expect(blocks.contains { source.string($0.range) == "trong năm 2026" })
        #expect(document.tree.tables.count == 1)
        // Items of no words, in a plan with a data section: no crash, and no item of them.
        for empty in ["<ul><li>Xây dựng cơ sở dữ liệu đất đai</li><li>…</li><li>-</li><li>;</li></ul>", "- Xây dựng cơ sở dữ liệu\n- …"] {
            let embedded = structure("## II. NHIỆM VỤ\n\n### 2. Phát triển dữ liệu số\n\n" + empty, markdown: true)
            #expect(embedded.tree.nodes.contains { $0.path == "II.2" })
        }
    }

    @Test func htmlCellsSpanningRowsStandInEachRowTheySpan() {
        // A time shared by three tasks (rowspan) and a group row spanning its columns; the rows
        // below the shared cell keep their own cells under their own headers.
        let text = """
            🙂 Phụ lục:
            <table>
            <tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>
            <tr><td>1</td><td>Ban hành Quy chế dữ liệu</td><td>Văn phòng</td><td rowspan="3">Quý II/2027</td></tr>
            <tr><td>2</td><td>Xây dựng kho dữ liệu</td><td>Cục Công nghệ thông tin</td></tr>
            <tr><td>3</td><td>Công bố dữ liệu mở</td><td>Vụ Pháp chế</td></tr>
            <tr><td>4</td><td>Làm sạch dữ liệu</td><td rowspan="2" colspan="2">Cục Công nghệ thông tin, năm 2027</td></tr>
            <tr><td>5</td><td>Kết nối dữ liệu</td></tr>
            </table>
            """
        let document = structure(text, markdown: true)
        let source = document.document.source
        let rows = document.tree.tables.first?.rows ?? []
        #expect(rows.map { $0.map { source.string(document.tree.segments[$0].range) } } == [
            ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
            ["1", "Ban hành Quy chế dữ liệu", "Văn phòng", "Quý II/2027"],
            ["2", "Xây dựng kho dữ liệu", "Cục Công nghệ thông tin", "Quý II/2027"],
            ["3", "Công bố dữ liệu mở", "Vụ Pháp chế", "Quý II/2027"],
            ["4", "Làm sạch dữ liệu", "Cục Công nghệ thông tin, năm 2027", ""],
            ["5", "Kết nối dữ liệu", "Cục Công nghệ thông tin, năm 2027", ""],
        ])
        // One cell, one segment: the shared time is the same segment in the three rows.
        #expect(Set(rows[1...3].map { $0[3] }).count == 1)
        #expect(document.tasks.map { $0.fields[.deadline].map(source.string) } == ["Quý II/2027", "Quý II/2027", "Quý II/2027", nil, nil])
    }

    @Test func htmlSpansAreBoundedAndKeepTheirRowsInOrder() {
        // A row shorter than a span from above still has the span in its column; a column spanned
        // without text stands inside its row (not before it, which made a target row's range run
        // backwards); spans never make a row wider than the limit.
        let text = """
            Chỉ tiêu:
            <table>
            <tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2027</th><th>Năm 2030</th></tr>
            <tr><td>Tỷ lệ hồ sơ được số hóa</td><td>%</td><td rowspan="2" colspan="2">90</td></tr>
            <tr><!-- ghi chú --><td>Tỷ lệ dữ liệu được tái sử dụng</td><td>%</td></tr>
            <tr><td>1</td><td>Xây dựng kho</td><td rowspan="2">Năm 2035</td></tr>
            <tr><td>2</td></tr>
            <tr><td>3</td><td>Công bố dữ liệu mở</td><td>Năm 2027</td></tr>
            </table>
            <table><tr>\(String(repeating: "<td colspan=64 rowspan=64>x</td>", count: 200))</tr><tr><td>y</td></tr></table>
            """
        let document = structure(text, markdown: true)
        let source = document.document.source
        let rows = document.tree.tables.first?.rows ?? []
        let texts = rows.map { $0.map { source.string(document.tree.segments[$0].range) } }
        // (The second table follows the first directly: its rows go on the same table.)
        #expect(texts.count == 8)
        #expect(texts[7].first == "x" && texts[7].last == "y" && texts[7].count == HTMLTableScanner.spanLimit + 1)
        #expect(texts[2] == ["Tỷ lệ dữ liệu được tái sử dụng", "%", "90", ""])
        // Row 2 has only its number: the span is in its third column, then used up.
        #expect(texts[4] == ["2", "", "Năm 2035"])
        #expect(texts[5] == ["3", "Công bố dữ liệu mở", "Năm 2027"])
        // Every cell of its own lies inside its row, in order.
        let rowBlocks = document.document.blocks.filter { if case .tableRow = $0.kind { true } else { false } }
        for block in rowBlocks {
            guard case .tableRow(let cells) = block.kind else { continue }
            let own = cells.filter { $0.lowerBound >= block.range.lowerBound }
            #expect(own.allSatisfy { block.range.contains($0.lowerBound) || $0.lowerBound == block.range.upperBound })
            #expect(own.map(\.lowerBound) == own.map(\.lowerBound).sorted())
            #expect(cells.count <= HTMLTableScanner.spanLimit + own.count)
        }
    }

    @Test func pandocGridTablesBecomeRowsWithTheirWrappedCellsJoined() throws {
        let text = "Bảng 1.\r\n"
            + "+-----------+-------------------------------+\r\n"
            + "| **STT**   | **Nhiệm vụ**                  |\r\n"
            + "+===========+===============================+\r\n"
            + "| 1         | Xây dựng kho dữ liệu dùng     |\r\n"
            + "|           | chung của tỉnh\\               |\r\n"
            + "+-----------+-------------------------------+\r\n"
            + "| 2         | Hà Nội, ngày 10 tháng 12 năm  |\r\n"
            + "|           | 2026                          |\r\n"
            + "+-----------+-------------------------------+\r\n"
            + "**II. NHIỆM VỤ** 🙂"
        let document = try MarkdownReader.read(Array(text.utf8), path: "t.md")
        let rows = document.blocks.compactMap { block -> [String]? in
            guard case .tableRow(let cells) = block.kind else { return nil }
            return cells.map { document.source.string($0) }
        }
        #expect(rows == [["**STT**", "**Nhiệm vụ**"], ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh"],
                         ["2", "Hà Nội, ngày 10 tháng 12 năm 2026"]])
        // Every line keeps its number (and its CRLF): the heading after the table is still line 11.
        #expect(document.source.lineCount == 11)
        let heading = try #require(document.blocks.last)
        #expect(document.source.position(of: heading.range.lowerBound) == TextPosition(line: 11, column: 1))
    }

    @Test func aPdfLineIsFullByTheWidthOfItsOwnPage() {
        // Text pages wrap at ~60 columns; a landscape annex page has 150-column lines. A line of
        // a text page that runs its page's width goes on into the next line even when that line
        // opens with a capital ("… và gửi" / "Bộ Khoa học …"), whatever the annex's width.
        let prose = [
            "1. Cục Công nghệ thông tin là đơn vị đầu mối tổ chức triển khai,",
            "tổng hợp kết quả thực hiện, báo cáo Bộ trưởng và đồng thời gửi",
            "Bộ Khoa học và Công nghệ để theo dõi, tổng hợp chung về tình hình.",
            "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Chương trình.",
        ]
        let annex = String(repeating: "Xây dựng cơ sở dữ liệu chuyên ngành y tế, ", count: 4)
        var text = ""
        var blocks: [Block] = []
        for (index, line) in (prose + [annex, annex]).enumerated() {
            let start = text.unicodeScalars.count
            text += line + "\n"
            blocks.append(Block(kind: .line, range: start..<start + line.unicodeScalars.count, followsBreak: index == 0,
                                page: index < prose.count ? 1 : 2))
        }
        let document = StructuredDocument(PlanDocument(path: "t.pdf", format: .pdf, source: SourceText(text), blocks: blocks),
                                          vocabulary: TestSupport.vocabulary)
        let first = document.tree.segments.first { document.document.source.string($0.range).hasPrefix("Cục Công nghệ") }
        #expect(first.map { document.document.source.string($0.range).hasSuffix("tình hình.") } == true)
    }

    @Test func gridTablesKeepOffsetsCellsAndWhatFollows() throws {
        func rows(_ text: String) throws -> (document: PlanDocument, rows: [[String]]) {
            let document = try MarkdownReader.read(Array(text.utf8), path: "t.md")
            return (document, document.blocks.compactMap { block -> [String]? in
                guard case .tableRow(let cells) = block.kind else { return nil }
                return cells.map { document.source.string($0) }
            })
        }
        // A row that fits its lines keeps the file's columns; what follows keeps its offsets.
        let grid = "+-----+------------+\n| STT | Nhiệm vụ   |\n+=====+============+\n| 1   | Kho dữ liệu|\n+-----+------------+\nSau bảng"
        let (document, read) = try rows(grid)
        #expect(read == [["STT", "Nhiệm vụ"], ["1", "Kho dữ liệu"]])
        let task = try #require(document.blocks.compactMap { block -> Range<Int>? in
            if case .tableRow(let cells) = block.kind, cells.count == 2, document.source.string(cells[1]) == "Kho dữ liệu" { return cells[1] }
            return nil
        }.first)
        #expect(document.source.position(of: task.lowerBound) == TextPosition(line: 4, column: 9))
        let after = grid.unicodeScalars.count - "Sau bảng".unicodeScalars.count
        #expect(document.source.string(after..<document.source.count) == "Sau bảng")
        // A "|" inside a cell is the cell's (the border says where the walls are).
        #expect(try rows("+---+-------+\n| 1 | A|B   |\n+---+-------+").rows == [["1", "A\\|B"]])
        // A pipe table right after the closing border is a table of its own.
        let then = try rows("+---+-----+\n| 1 | Kho |\n+---+-----+\n| STT | Nhiệm vụ |\n|---|---|\n| 2 | Số hóa |").rows
        #expect(then == [["1", "Kho"], ["STT", "Nhiệm vụ"], ["2", "Số hóa"]])
        // A border after a lone CR does not join it and the next LF into one line break.
        let cr = try rows("Đầu\r+---+\n| 1 |\n+---+\nCuối")
        #expect(cr.document.source.lineCount == 5)
    }

    @Test func htmlCellsSpanColumnsAndEmptyCellsAreEmpty() {
        let document = structure("""
            <table>
            <tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>
            <tr><td colspan="2">Xây dựng kho dữ liệu</td><td title="5 > 3">Sở A</td><td><p>&nbsp;</p></td></tr>
            </table>
            """, markdown: true)
        let source = document.document.source
        let row = document.tree.tables.first?.rows.last ?? []
        #expect(row.map { source.string(document.tree.segments[$0].range) } == ["Xây dựng kho dữ liệu", "", "Sở A", ""])
        #expect(document.normalized.tokens.map(\.key.text).contains("title") == false)
        // A span is taken up to its limit, no further.
        let wide = MarkdownReader.snippet("<table><tr><td colspan=\"64\">a</td></tr><tr><td colspan=\"999\">b</td></tr></table>")
        let counts = wide.blocks.compactMap { block -> Int? in if case .tableRow(let cells) = block.kind { cells.count } else { nil } }
        #expect(counts == [HTMLTableScanner.spanLimit, HTMLTableScanner.spanLimit])
        // A table's spans add at most `fillerLimit` cells, however many rows ask for them; the
        // rows' own cells all stay.
        let rows = 2_000
        let many = MarkdownReader.snippet("<table>" + String(repeating: "<tr><td colspan=64 rowspan=2>a</td></tr>", count: rows) + "</table>")
        let cells = many.blocks.reduce(0) { total, block in if case .tableRow(let cells) = block.kind { total + cells.count } else { total } }
        #expect(cells == rows + HTMLTableScanner.fillerLimit)
    }

    @Test func textOfAnHtmlTableOutsideItsCellsIsNotLost() {
        // A caption, a note between rows, text after "</table>" on its line: lines of the plan.
        // A "</table>" shown in fenced code closes nothing.
        let document = MarkdownReader.snippet("""
            <table><caption>Bảng 1. Nhiệm vụ</caption>
            <tr><td>1</td><td>Kho dữ liệu</td></tr>
            Ghi chú giữa các dòng
            <tr><td>2</td><td>Dữ liệu mở</td></tr>
            </table> Căn cứ Công văn 1901
            <table>
            ```
            </table>
            ```
            ## II. NHIỆM VỤ
            """)
        let lines = document.blocks.compactMap { block -> String? in
            if case .line = block.kind { return document.source.string(block.range) }
            return nil
        }
        #expect(Array(lines.prefix(3)) == ["Bảng 1. Nhiệm vụ", "Ghi chú giữa các dòng", "Căn cứ Công văn 1901"])
        #expect(document.blocks.contains { block in
            if case .heading = block.kind { return document.source.string(block.range) == "II. NHIỆM VỤ" }
            return false
        })
    }

    @Test func aStrayTableTagSwallowsNothing() {
        let document = structure("Ví dụ <table> trong văn bản.\n<table>\n\n**II. NHIỆM VỤ**\n\n1. Xây dựng kho dữ liệu.\n", markdown: true)
        #expect(document.tree.tables.isEmpty)
        #expect(document.tree.nodes.contains { $0.path == "II.1" })
    }

    @Test func markdownTablesBecomeRowsOfCells() {
        let document = structure("| Nhiệm vụ | Chủ trì |\n|---|---|\n| Xây dựng kho dữ liệu | Sở KH&CN |\n", markdown: true)
        #expect(document.tree.tables.count == 1)
        #expect(document.tree.tables[0].rows.count == 2)
        let cell = document.tree.segments[document.tree.tables[0].rows[1][1]]
        #expect(document.document.source.string(cell.range) == "Sở KH&CN")
    }
}
