import Testing
import PlanCheckTestSupport
@testable import PlanCheck

@Suite struct TaskAndMetadataTests {
    private func structure(_ text: String) -> StructuredDocument {
        StructuredDocument(MarkdownReader.snippet(text), vocabulary: TestSupport.vocabulary)
    }

    @Test func itemTasksWithFieldsByWording() {
        let document = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Hoàn thiện thể chế
            a) Ban hành Quy chế chia sẻ dữ liệu. Chủ trì: Sở Khoa học và Công nghệ; thời gian: Quý II/2025; sản phẩm: Quyết định.
            - Rà soát văn bản hiện hành.
            b) Bảo vệ dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP.
            """)
        #expect(document.tasks.count == 2)
        let first = document.tasks[0], second = document.tasks[1]
        let source = document.document.source
        #expect(first.fields[.lead].map(source.string) == "Chủ trì: Sở Khoa học và Công nghệ")
        #expect(first.fields[.deadline].map(source.string) == "thời gian: Quý II/2025")
        #expect(first.deadlineYears == [2025])
        #expect(first.fields[.output] != nil)
        #expect(first.segments.count == 2)  // the sub-bullet belongs to the task
        #expect(second.fields.isEmpty)      // 2023 is part of a decree number, not a deadline
        #expect(document.tree.path(ofNode: first.node) == "II.1.a")
    }

    /// A paragraph that lists its tasks inline, "(1) …; (2) …", holds one task per item, each with
    /// its own lead and time; a lettered or Roman list reads its own kind, "(i)" included as a
    /// ninth letter. A list after a lead-in ("gồm: (1) …") and numbers out of order are one
    /// paragraph.
    @Test func tasksListedInlineInOneParagraphAreTasksEach() {
        let document = structure("""
            IV. NHIỆM VỤ
            1. Hoàn thiện thể chế

            (1) Ban hành Quy chế chia sẻ dữ liệu (Sở Tư pháp chủ trì, Quý II/2027); (2) Xây dựng khung quản trị dữ liệu; (3) Rà soát văn bản (Công an tỉnh chủ trì).
            2. Hạ tầng

            (i) Nâng cấp Trung tâm dữ liệu tỉnh (Sở Khoa học và Công nghệ chủ trì, năm 2027). (ii) Sao lưu dữ liệu.
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title).prefix(6) } == ["(1) Ba", "(2) Xâ", "(3) Rà", "(i) Nâ", "(ii) S"])
        #expect(document.tasks[0].fields[.lead] != nil && document.tasks[0].fields[.deadline] != nil)
        #expect(document.tasks[1].fields.isEmpty)
        #expect(document.tasks[2].fields[.lead] != nil && document.tasks[2].fields[.deadline] == nil)
        #expect(document.tasks[4].fields.isEmpty)
        func taskCount(_ paragraph: String) -> Int {
            structure("IV. NHIỆM VỤ\n1. Hoàn thiện thể chế\n\n" + paragraph).tasks.count
        }
        #expect(taskCount("(a) Xây dựng; (b) Ban hành; (c) Rà soát; (d) Cập nhật; (đ) Số hóa; (e) Kết nối; (g) Chia sẻ; "
                          + "(h) Công bố; (i) Đào tạo; (k) Kiểm tra.") == 10)
        #expect(taskCount("Nhiệm vụ gồm: (1) xây dựng quy chế; (2) ban hành danh mục.") == 1)
        #expect(taskCount("(1) Xây dựng quy chế; (3) ban hành danh mục.") == 1)
        #expect(taskCount("(1) Xây dựng quy chế theo mẫu (2) của Bộ.") == 1)  // no clause mark before "(2)": no item
        // Bold markers are markers; fields after the last item for all of them keep the list one task.
        #expect(taskCount("**(1)** Xây dựng quy chế; **(2)** Ban hành danh mục; **(3)** Kết nối dữ liệu.") == 3)
        let shared = structure("IV. NHIỆM VỤ\n1. Hoàn thiện thể chế\n\n(1) Rà soát văn bản; (2) Xây dựng quy chế; (3) Kết nối dữ liệu. "
                               + "Chủ trì: Sở Nông nghiệp và Môi trường; thời gian hoàn thành: Quý IV/2027.")
        #expect(shared.tasks.count == 1 && shared.tasks[0].fields[.lead] != nil && shared.tasks[0].fields[.deadline] != nil)
    }

    /// A lead left to a reviewer's question, a partners line that uses a lead's words and a lead
    /// that names no one in particular give no lead, in a plan without a task table too; a lead in
    /// square brackets is one.
    @Test func leadsThatNameNoOne() {
        let document = structure("""
            IV. NHIỆM VỤ

            Nhiệm vụ 1: Tổ chức diễn tập ứng cứu sự cố an toàn thông tin.
            - Đơn vị chủ trì: [Cục TMĐT&KTS hay Văn phòng Bộ? - đề nghị Lãnh đạo Bộ cho ý kiến]
            - Thời gian: Quý III/2027.

            Nhiệm vụ 2: Rà soát, làm sạch dữ liệu trong các cơ sở dữ liệu chuyên ngành.
            - Đơn vị phối hợp: Trung tâm Thông tin, các đơn vị chủ quản cơ sở dữ liệu.
            - Thời gian: Quý II/2027.

            Nhiệm vụ 3: Cập nhật danh mục dữ liệu mở [Sở KH&CN; Quý II/2027].

            Nhiệm vụ 4: Số hóa hồ sơ lưu trữ. Chủ trì: Các cơ quan, đơn vị liên quan.

            Nhiệm vụ 5: Công bố dữ liệu mở.
            - Chủ trì:
            - Phối hợp: Sở Tài chính.
            """)
        #expect(document.tasks.count == 5)
        #expect(document.tasks.map { $0.fields[.lead] != nil } == [false, false, true, false, false])
    }

    /// A row with no number and no task (a Word table's further product or stage, converted as a
    /// row of its own) belongs to the task above: it gives the fields that task lacks, and a
    /// further time frame's years.
    @Test func aContinuationRowAddsToTheTaskAbove() {
        let document = structure("""
            II. NHIỆM VỤ
            | STT | Nội dung công việc | Kết quả/sản phẩm | Thời hạn | Cơ quan chủ trì |
            |---|---|---|---|---|
            | 1 | Ban hành Danh mục dữ liệu mở | | Quý I/2027 | Sở Khoa học và Công nghệ |
            | | | Quyết định ban hành Danh mục | | |
            | 2 | Công bố dữ liệu mở | 40 bộ dữ liệu | Quý II/2027 | Sở Khoa học và Công nghệ |
            | | | 80 bộ dữ liệu | Quý IV/2031 | |
            | **II** | **HẠ TẦNG** | | | |
            | | | | Năm 2035 | |
            """)
        let source = document.document.source
        #expect(document.tasks.count == 2)
        #expect(document.tasks.first?.fields[.output].map(source.string) == "Quyết định ban hành Danh mục")
        #expect(document.tasks.last?.fields[.output].map(source.string) == "40 bộ dữ liệu")
        #expect(document.tasks.last?.deadlineYears == [2027, 2031])
        #expect(document.tasks.last?.deadlineEnd?.year == 2031)  // not 2035: a group row came between
        // Word merges the number and the task down over a stage's row (vMerge repeats them in the
        // text); a group merged down beside distinct tasks repeats one cell only.
        let merged = structure("""
            II. NHIỆM VỤ
            | STT | Nhiệm vụ | Chủ trì | Sản phẩm |
            |---|---|---|---|
            | 1 | Công bố dữ liệu mở | Sở Khoa học và Công nghệ | 40 bộ dữ liệu |
            | 1 | Công bố dữ liệu mở | | 80 bộ dữ liệu |
            | 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | Hồ sơ số |
            """)
        #expect(merged.tasks.count == 2)
        #expect(merged.tasks.first?.fields[.lead] != nil)
        let grouped = structure("""
            II. NHIỆM VỤ
            | Nhóm | TT | Nhiệm vụ | Chủ trì |
            |---|---|---|---|
            | I. Thể chế | 1 | Ban hành quy chế | Sở Tư pháp |
            | I. Thể chế | 2 | Ban hành danh mục | Sở Khoa học và Công nghệ |
            """)
        #expect(grouped.tasks.count == 2)
    }

    @Test func tasksAsAReviewerReadsThem() {
        // Prose paragraphs under a heading without numbered items, attributes on the next line,
        // the lead as the sentence's subject; targets under a targets heading are not tasks.
        let prose = structure("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP
            1. MỤC TIÊU CỤ THỂ
            a) 100% hồ sơ thủ tục hành chính được số hóa.
            2. HOÀN THIỆN THỂ CHẾ
            Sở Tư pháp rà soát các văn bản quy phạm pháp luật về dữ liệu trong năm 2026.
            Giao Công an tỉnh kết nối Cơ sở dữ liệu quốc gia về dân cư.
            Kết quả: các dịch vụ chia sẻ dữ liệu được công bố.
            Ban hành Quy chế chia sẻ dữ liệu.
            Căn cứ Luật Dữ liệu năm 2024.
            """)
        let source = prose.document.source
        #expect(prose.tasks.map { source.string($0.title).prefix(12) } == ["Sở Tư pháp r", "Giao Công an", "Ban hành Quy"])
        #expect(prose.tasks[0].fields[.lead].map(source.string)?.hasPrefix("Sở Tư pháp") == true)
        #expect(prose.tasks[0].deadlineYears == [2026])
        #expect(prose.tasks[1].fields[.lead] != nil)
        #expect(prose.tasks[1].fields[.output].map(source.string) == "Kết quả: các dịch vụ chia sẻ dữ liệu được công bố.")
        #expect(prose.tasks[2].fields[.lead] == nil)  // "Ban hành …" opens with a verb, not a unit

        // Body items that point to the annex or tell an annex row again are not tasks of their own.
        let annexed = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Xây dựng Kho dữ liệu dùng chung của tỉnh, tích hợp dữ liệu chuyên ngành.
            2. Hoàn thiện thể chế về dữ liệu (chi tiết tại Phụ lục kèm theo).
            3. Tổ chức tập huấn kỹ năng dữ liệu cho cán bộ.
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            | STT | Nội dung | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Xây dựng Kho dữ liệu dùng chung của tỉnh | Sở KH&CN | 2026 |
            """)
        #expect(annexed.tasks.map { annexed.document.source.string($0.title).prefix(12) } == ["Tổ chức tập ", "Xây dựng Kho"])
        #expect(annexed.tasks.last?.isTableRow == true)
    }

    @Test func aTasksSectionThatDelegatesToTheAnnexHasTheAnnexRowsAsItsTasks() {
        let document = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            1. Hạ tầng dữ liệu
            - Mở rộng nền tảng điện toán đám mây của tỉnh.
            2. Khai thác dữ liệu
            - Xây dựng các bảng điều hành trên IOC tỉnh.
            (Nhiệm vụ cụ thể, cơ quan chủ trì, thời gian hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này)
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở KH&CN | 2027 |
            """)
        #expect(document.tasks.count == 1)
        #expect(document.tasks.first?.isTableRow == true)
        // An annex that is not attached takes over nothing, whatever table the section holds
        // among its own groups: the items stay tasks, leads or not.
        let unattached = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            Các nhóm nhiệm vụ sau (danh mục nhiệm vụ chi tiết tại Phụ lục kèm theo Kế hoạch này):
            1. Hạ tầng dữ liệu
            - Mở rộng nền tảng điện toán đám mây của tỉnh.
            2. Khai thác dữ liệu
            | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Xây dựng các bảng điều hành trên IOC tỉnh | Sở KH&CN | 2027 |
            """)
        #expect(unattached.tasks.count == 2)
        #expect(unattached.tasks.contains { !$0.isTableRow && $0.fields[.lead] == nil })
    }

    @Test func anItemThatAssignsItsOwnLeadIsATaskEvenWhereTheSectionDelegatesToTheAnnex() {
        // The note says every task is in the annex; the second item is not there and names its lead.
        let document = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            Các nhiệm vụ dưới đây được phân công chi tiết tại Phụ lục kèm theo Kế hoạch này.
            1. Hạ tầng dữ liệu
            a) Nâng cấp Trung tâm dữ liệu của tỉnh (Phụ lục, mục 1).
            b) Chuyển các phần mềm của các sở về hạ tầng tập trung. Trung tâm Công nghệ thông tin chủ trì.
            c) Xây dựng các bảng điều hành trên IOC tỉnh.
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở KH&CN | 2027 |
            """)
        let titles = document.tasks.map { document.document.source.string($0.title).prefix(12) }
        #expect(titles == ["Chuyển các p", "Nâng cấp Tru"])
        #expect(document.tasks.first?.fields[.deadline] == nil)
    }

    /// A long item that shares common words with a short row ("cơ sở dữ liệu quốc gia", "thông
    /// tin") is not that row told again: "thông tin" is not "tín dụng". Typed without marks, the
    /// row still mirrors the item that has them.
    @Test func anItemMirrorsARowByItsWordsAsWritten() {
        let annex = { (row: String) in self.structure("""
            III. NHIỆM VỤ
            4.1. Duy trì kết nối với Cơ sở dữ liệu quốc gia về dân cư để xác thực thông tin khách hàng; hướng dẫn làm sạch dữ liệu.
            PHỤ LỤC
            | STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | \(row) | CIC | 2027 |
            """) }
        #expect(annex("Nâng cấp Cơ sở dữ liệu thông tin tín dụng quốc gia").tasks.count == 2)
        #expect(annex("Duy tri ket noi voi Co so du lieu quoc gia ve dan cu de xac thuc thong tin khach hang").tasks.count == 1)
    }

    /// A body item told again by a row of a table of lead and time gives the row what the table
    /// has no column for (its output); a column the row leaves empty stays empty.
    @Test func anItemToldAgainByARowGivesTheRowWhatTheTableHasNoColumnFor() {
        let document = structure("""
            III. NHIỆM VỤ
            1. Hoàn thiện Kho dữ liệu dùng chung tỉnh Đồng Nai. Sản phẩm: Kho dữ liệu hợp nhất được đưa vào vận hành. Thời gian: Quý IV/2027.
            2. Làm sạch, chuẩn hóa dữ liệu hộ tịch của tỉnh. Chủ trì: Sở Tư pháp. Sản phẩm: Bộ dữ liệu hộ tịch đã làm sạch.
            PHỤ LỤC
            | Nhiệm vụ | Cơ quan chủ trì | Tiến độ |
            |---|---|---|
            | Hoàn thiện Kho dữ liệu dùng chung tỉnh Đồng Nai | Sở Khoa học và Công nghệ | Quý II/2027 |
            | Làm sạch, chuẩn hóa dữ liệu hộ tịch của tỉnh |  | Năm 2027 |
            """)
        let source = document.document.source
        #expect(document.tasks.count == 2)
        #expect(document.tasks.filter { $0.isTableRow }.count == 2)
        let outputs = document.tasks.map { $0.fields[.output].map { source.string($0) } }
        #expect(outputs[0]?.contains("Kho dữ liệu hợp nhất") == true)
        #expect(outputs[1]?.contains("Bộ dữ liệu hộ tịch") == true)
        // The row's own time stands; the empty lead cell is not filled from the item.
        #expect(document.tasks[0].fields[.deadline].map { source.string($0) } == "Quý II/2027")
        #expect(document.tasks[1].fields[.lead] == nil)
        // A plan sent three times over: every copy's row gets its output (each row is visited once,
        // not once per item that tells it).
        let plan = """
            III. NHIỆM VỤ
            1. Hoàn thiện Kho dữ liệu dùng chung tỉnh Đồng Nai. Sản phẩm: Kho dữ liệu hợp nhất được đưa vào vận hành.
            PHỤ LỤC
            | Nhiệm vụ | Cơ quan chủ trì | Tiến độ |
            |---|---|---|
            | Hoàn thiện Kho dữ liệu dùng chung tỉnh Đồng Nai | Sở Khoa học và Công nghệ | Quý II/2027 |

            """
        let repeated = structure(String(repeating: plan, count: 3))
        #expect(repeated.tasks.filter { $0.isTableRow }.count == 3)
        #expect(repeated.tasks.allSatisfy { $0.fields[.output] != nil })
    }

    /// "Thời hạn: Theo lộ trình do Bộ Công an hướng dẫn" defers to another schedule and names no
    /// time: the task has no time frame, and a year elsewhere in it does not stand in.
    @Test func aTimeFrameThatDefersToAnotherScheduleIsNone() {
        let document = structure("""
            III. NHIỆM VỤ
            1. Kết nối dữ liệu khách hàng theo Đề án 06 năm 2022.
            Chủ trì: Vụ Thanh toán.
            Thời hạn: Theo lộ trình do Bộ Công an hướng dẫn.
            2. Xây dựng kho dữ liệu.
            Chủ trì: Cục Công nghệ thông tin.
            Tiến độ: Theo tiến độ dự án (2026 - 2027).
            """)
        #expect(document.tasks.count == 2)
        #expect(document.tasks[0].fields[.deadline] == nil && document.tasks[0].deadlineYears.isEmpty)
        #expect(document.tasks[1].deadlineYears == [2026, 2027])
    }

    @Test func anAnnexListedAsItemsWithFieldsIsTheAnnexOfTasksEvenTypedWithoutDiacritics() {
        // The annex lists its tasks as numbered lines typed without marks, with abbreviations
        // ("UBND", "KH&CN") whose expansions carry marks; the body points to it.
        let document = structure("""
            IV. NHIỆM VỤ, GIẢI PHÁP
            Các nhiệm vụ cụ thể, cơ quan chủ trì, thời gian thực hiện được phân công chi tiết tại Phụ lục kèm theo.
            1. Thể chế
            a) Xây dựng, trình UBND tỉnh ban hành Quy chế quản lý dữ liệu số của tỉnh.
            PHỤ LỤC
            DANH MỤC NHIỆM VỤ
            (Kem theo Ke hoach so 38/KH-UBND ngay 20/01/2027 cua UBND tinh)
            I. THE CHE
            1. Xay dung, trinh UBND tinh ban hanh Quy che quan ly du lieu so cua tinh; Chu tri: So KH&CN; Thoi gian: Quy II/2027.
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title).prefix(12) } == ["Xay dung, tr"])
        #expect(document.tasks.first?.fields[.lead].map { source.string($0) } == "Chu tri: So KH&CN")
    }

    @Test func aFieldLineAfterTheLastItemOfAGroupGivesItsTimeToEveryItem() {
        let document = structure("""
            IV. NHIỆM VỤ, GIẢI PHÁP
            #### 1.1. Xây dựng Quy chế quản lý dữ liệu của Bộ

            1.1.1. Rà soát các quy chế, quy định về quản lý dữ liệu đã ban hành trước khi sắp xếp tổ chức bộ máy.

            1.1.2. Xây dựng, trình Bộ trưởng ban hành Quy chế quản lý, kết nối, chia sẻ dữ liệu của Bộ.

            *Thời gian thực hiện:* Quý II/2027.
            """)
        #expect(document.tasks.count == 2)
        #expect(document.tasks.allSatisfy { $0.deadlineYears == [2027] })
    }

    @Test func aSectionOfSolutionsBesideOneOfTasksHoldsNoTasks() {
        let both = structure("""
            IV. NHIỆM VỤ VÀ GIẢI PHÁP
            1. NHIỆM VỤ TRỌNG TÂM
            a) Xây dựng Kho dữ liệu dùng chung của tỉnh; Sở KH&CN chủ trì; năm 2026.
            2. GIẢI PHÁP THỰC HIỆN
            a) Nâng cao vai trò, trách nhiệm người đứng đầu trong triển khai dữ liệu.
            """)
        #expect(both.tasks.map { both.document.source.string($0.title).prefix(8) } == ["Xây dựng"])
        // Where solutions are the only heading, their items are the tasks.
        let only = structure("""
            III. CÁC GIẢI PHÁP CHỦ YẾU
            a) Xây dựng Kho dữ liệu dùng chung của tỉnh; Sở KH&CN chủ trì; năm 2026.
            b) Nâng cao vai trò, trách nhiệm người đứng đầu trong triển khai dữ liệu.
            """)
        #expect(only.tasks.count == 2)
    }

    @Test func aPartnersLineIsNotTheLeadThoughItOpensWithAUnitWord() {
        let document = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            - Nhiệm vụ 16: Kết nối, chia sẻ dữ liệu của các CSDL chuyên ngành với các bộ, ngành qua NDXP.
                - Đơn vị phối hợp: Trung tâm Công nghệ thông tin; các Cục quản lý chuyên ngành.
                - Thời gian: 2026 - 2028.
            - Nhiệm vụ 17: Cập nhật dữ liệu về nhiệm vụ KH&CN cấp tỉnh.
                - Đơn vị chủ trì thực hiện: Cục Thông tin, Thống kê.
            """)
        #expect(document.tasks.count == 2)
        #expect(document.tasks[0].fields[.lead] == nil)
        #expect(document.tasks[0].fields[.partners] != nil)
        #expect(document.tasks[1].fields[.lead] != nil)
    }

    @Test func anUnnumberedRowWithoutFieldsGroupsTheNumberedRowsBelowIt() {
        let document = structure("""
            IV. NHIỆM VỤ, GIẢI PHÁP
            | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            |  | Hoàn thiện thể chế, quy định về dữ liệu |  |  |
            | 1 | Xây dựng Quy chế quản lý dữ liệu | Sở KH&CN | 2026 |
            """)
        #expect(document.tasks.count == 1)
        #expect(document.tasks.first?.group != nil)
    }

    @Test func barePartTitlesInCapitalsAreSectionsWhenNoPartIsNumbered() {
        let plain = structure("""
            KẾ HOẠCH
            Triển khai Chiến lược dữ liệu quốc gia năm 2026

            MỤC TIÊU
            Đến năm 2026, 100% cơ sở dữ liệu của tỉnh được kết nối.

            NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
            - Xây dựng Kho dữ liệu dùng chung của tỉnh; Sở KH&CN chủ trì; năm 2026.

            TỔ CHỨC THỰC HIỆN
            Sở Khoa học và Công nghệ theo dõi, đôn đốc.
            """)
        #expect(plain.targetNodes.count == 1)
        #expect(plain.tasks.map { plain.document.source.string($0.title).prefix(8) } == ["Xây dựng"])
        #expect(plain.parts[.implementation] != nil)
        // With numbered parts, a line in capitals inside one is not a part of its own.
        let numbered = structure("""
            II. NHIỆM VỤ VÀ GIẢI PHÁP
            MỤC TIÊU CỤ THỂ CỦA NHIỆM VỤ
            - Xây dựng Kho dữ liệu dùng chung của tỉnh; Sở KH&CN chủ trì; năm 2026.
            """)
        #expect(numbered.targetNodes.isEmpty)
        #expect(numbered.tasks.count == 1)
    }

    @Test func anAnnexNoteSpeaksForTheSectionItClosesOnly() {
        // The note ends III.1 only: III.2 lists tasks of its own, and they are tasks.
        let document = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            1. Hạ tầng dữ liệu
            - Mở rộng nền tảng điện toán đám mây của tỉnh.
            (Chi tiết tại Phụ lục, Mục I)
            2. Khai thác dữ liệu
            - Xây dựng các bảng điều hành trên IOC tỉnh.
            - Rà soát, cập nhật Danh mục cơ sở dữ liệu của tỉnh trong Quý II/2027.
            IV. TỔ CHỨC THỰC HIỆN
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở KH&CN | 2027 |
            """)
        let titles = document.tasks.map { document.document.source.string($0.title).prefix(12) }
        #expect(titles == ["Xây dựng các", "Rà soát, cập", "Nâng cấp Tru"])
    }

    @Test func markdownEscapesHideNoLabel() {
        // Word-to-Markdown converters escape typed labels: "b\\) ", "\\- ", "1\\. ".
        let document = structure("""
            **III. NHIỆM VỤ, GIẢI PHÁP**

            **1\\. Dữ liệu số**

            b\\) Nhiệm vụ

            \\- Ban hành Quy định quản lý dữ liệu của tỉnh. Chủ trì: Sở Khoa học và Công nghệ.

            \\- Xây dựng Kho dữ liệu dùng chung.
            """)
        #expect(document.tasks.count == 2)
        let source = document.document.source
        #expect(document.tasks.first.map { document.tree.path(ofNode: $0.node) } == "III.1.b")
        // Positions stay those of the text as written, backslashes included.
        #expect(document.tasks.first.map { source.string($0.title).hasPrefix("Ban hành Quy định") } == true)
        #expect(document.tasks.first?.fields[.lead].map(source.string) == "Chủ trì: Sở Khoa học và Công nghệ")
    }

    @Test func aBoldNumberedLineIsAHeadingItsNumberedItemsTasks() {
        // Too long for a title in plain text, but set in bold: a heading, so 3.1 and 3.2 are two tasks.
        let document = structure("""
            **III. NHIỆM VỤ, GIẢI PHÁP**

            **3. Xây dựng, hoàn thiện các cơ sở dữ liệu của ngành Tư pháp và các đơn vị thuộc Bộ**

            3.1. Số hóa sổ hộ tịch lưu trữ. Giao Cục Hộ tịch chủ trì, hoàn thành trong năm 2026.

            3.2. Nghiên cứu xây dựng bộ tiêu chí đánh giá chất lượng dữ liệu; thực hiện trong năm 2027.
            """)
        #expect(document.tasks.count == 2)
        #expect(document.tasks.map { $0.fields[.lead] != nil } == [true, false])
    }

    @Test func aNumberThatItsItemsContinueIsTheirGroupHoweverLongItsTitle() {
        // "3.4." under "3." says "3." is its group: a heading in plain text too, so 3.4 and 3.5
        // are two tasks, each with its own time frame (10/2026 stays its own, not lost in 2027).
        let document = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            3. Xây dựng, hoàn thiện cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành của Bộ
            3.4. Số hóa hồ sơ thi hành án dân sự; xây dựng Cơ sở dữ
            liệu về thi hành án dân sự thống nhất trong toàn hệ thống.
            - Thời gian: Năm 2027.
            3.5. Hoàn thiện cơ sở dữ liệu về công chứng, luật sư.
            - Thời gian: Hoàn thành trong tháng 10/2026.
            4. Xây dựng hệ thống báo cáo thống kê của ngành, kết nối với hệ thống của Chính phủ.
            4.1 mục tiêu: phục vụ chỉ đạo, điều hành.
            """)
        #expect(document.tasks.map { document.tree.path(ofNode: $0.node) } == ["III.3.4", "III.3.5", "III.4"])
        #expect(document.tasks.map(\.deadlineYears) == [[2027], [2026], []])
    }

    @Test func indentedBulletsAreSubItemsAndAGroupsFieldLineGivesItsTasksTheirLead() {
        // Indented sub-bullets are the task's own fields.
        let nested = structure("""
            ### 1. Hoàn thiện thể chế
            - Xây dựng Thông tư quy định về cơ sở dữ liệu ngành
              - Đơn vị chủ trì: Cục Công nghệ thông tin
              - Thời hạn: Quý IV/2027
            - Ban hành Danh mục dữ liệu dùng chung của Bộ
            """.replacingOccurrences(of: "### 1.", with: "## III. NHIỆM VỤ, GIẢI PHÁP\n### 1."))
        #expect(nested.tasks.count == 2)
        #expect(nested.tasks.map { $0.fields[.lead] != nil } == [true, false])
        #expect(nested.tasks.first?.deadlineYears == [2027])
        // A field line among the items of a group, after its tasks, is the group's.
        let grouped = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            a) Kiện toàn cơ chế điều phối dữ liệu
            + Ban hành Quy định quản lý, kết nối và chia sẻ dữ liệu số của tỉnh.
            + Thành lập Tổ điều phối dữ liệu của tỉnh.
            + Cơ quan chủ trì: Sở Khoa học và Công nghệ; phối hợp: Văn phòng UBND tỉnh.
            b) Phát triển hạ tầng dữ liệu
            + Nâng cấp Trung tâm dữ liệu của tỉnh.
            """)
        #expect(grouped.tasks.count == 3)
        #expect(grouped.tasks.map { $0.fields[.lead] != nil } == [true, true, false])
    }

    @Test func aPlanForTheStrategyIsADataPlanWhateverItsHeadings() {
        // Data headings in the tasks section, no "dữ liệu" in the title: the title names the
        // Strategy (in full, by its abbreviation or by its decision), so the plan is standalone.
        for title in ["Triển khai thực hiện CLDLQG đến năm 2030 trên địa bàn tỉnh",
                      "Triển khai Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ"] {
            let document = structure("""
                KẾ HOẠCH
                \(title)
                III. NHIỆM VỤ, GIẢI PHÁP
                1. Hoàn thiện thể chế về dữ liệu
                - Ban hành Quy định quản lý dữ liệu của tỉnh.
                2. Phát triển hạ tầng dữ liệu
                - Nâng cấp Trung tâm dữ liệu của tỉnh.
                """)
            #expect(document.form == .standalone, "\(title)")
        }
    }

    @Test func aTimeFrameWordNeedsATime() {
        let document = structure("""
            III. NHIỆM VỤ, GIẢI PHÁP
            1. Rút ngắn thời gian giải quyết thủ tục hành chính nhờ dữ liệu dùng chung. Chủ trì: Sở Nội vụ.
            2. Sao lưu định kỳ cơ sở dữ liệu của tỉnh. Chủ trì: Sở Khoa học và Công nghệ.
            3. Cập nhật dữ liệu đất đai thường xuyên. Chủ trì: Sở Nông nghiệp và Môi trường.
            4. Kết nối Kho dữ liệu với NDXP trong Quý II. Chủ trì: Công an tỉnh.
            5. Thay thế Quyết định số 2155/QĐ-UBND ngày 28 tháng 9 năm 2021 về chia sẻ dữ liệu. Chủ trì: Sở Tư pháp.
            6. Xây dựng Kho dữ liệu dùng chung giai đoạn 1. Chủ trì: Sở Khoa học và Công nghệ.
            7. Số hóa hồ sơ địa chính giai đoạn II. Chủ trì: Sở Nông nghiệp và Môi trường.
            8. Mở rộng Kho dữ liệu dùng chung, giai đoạn 2027–2028. Chủ trì: Sở Khoa học và Công nghệ.
            9. Nâng cấp Trung tâm dữ liệu tỉnh. Thời gian thực hiện: giai đoạn 2. Chủ trì: Sở Khoa học và Công nghệ.
            10. Số hóa tài liệu lưu trữ, hoàn thành trong giai đoạn 1. Chủ trì: Sở Nội vụ.
            """)
        // "Kho dữ liệu … giai đoạn 1" names a phase of the work; a phase as the time of the task
        // (after a colon, "trong giai đoạn 1") and a year after it are times.
        #expect(document.tasks.map { $0.fields[.deadline] != nil } == [false, false, true, true, false, false, false, true, true, true])
        // A cited document's date is not a time of the plan.
        #expect(document.tasks.count == 10 && document.tasks[4].deadlineYears == [])
    }

    @Test func aPartLabelAloneTakesItsTitleFromTheNextLineAfterABlank() {
        // "**Phần I**", a blank line, "**KẾT QUẢ THỰC HIỆN NĂM 2025**": one heading, a results part,
        // whose numbered sections are results too.
        let document = structure("""
            **Phần I**

            **KẾT QUẢ THỰC HIỆN NĂM 2025**

            **1. Về dữ liệu số**

            - Công bố 52 bộ dữ liệu mở trên Cổng dữ liệu mở của tỉnh.

            **Phần II**

            **KẾ HOẠCH NĂM 2026**
            """)
        let source = document.document.source
        let partOne = document.tree.nodes.firstIndex { $0.label?.text == "Phần I" }
        #expect(partOne.flatMap { document.tree.nodes[$0].titleSegment }.map { source.string(document.tree.segments[$0].range) }?
            .contains("KẾT QUẢ THỰC HIỆN NĂM 2025") == true)
        #expect(partOne.map { document.resultsNodes.contains($0) } == true)
        let item = document.tree.segments.firstIndex { source.string($0.range).hasPrefix("Công bố 52") }
        #expect(item.map { document.resultSegments.contains($0) } == true)
    }

    @Test func aTaskWrittenAsAHeadingTakesItsFieldsFromItsItems() {
        let document = structure("""
            ### 3. NHIỆM VỤ, GIẢI PHÁP
            ### 3.1.1. Xây dựng Quy chế quản lý, kết nối, chia sẻ dữ liệu của Bộ
            - Đơn vị chủ trì: Cục Thương mại điện tử và Kinh tế số.
            - Thời hạn: Quý II/2026.
            - Sản phẩm: Quyết định của Bộ trưởng ban hành Quy chế.
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            *(Kèm theo Kế hoạch số 12/KH-BCT)*
            | TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
            |---|---|---|---|
            | 1 | Cập nhật danh mục dữ liệu | Cục TMĐT | 2026 |
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title).prefix(10) } == ["Xây dựng Q", "Cập nhật d"])
        #expect(Set(document.tasks[0].fields.keys) == [.lead, .deadline, .output])
        #expect(document.tasks[0].deadlineYears == [2026])
    }

    @Test func leadInLinesSplitASectionIntoTargetsAndTasks() {
        let document = structure("""
            III. NHIỆM VỤ TRỌNG TÂM
            **4. Phát triển dữ liệu**

            *Mục tiêu:*

            * 100% sở, ngành cung cấp dữ liệu mở theo Danh mục dữ liệu mở của tỉnh đã ban hành.

            *Nhiệm vụ:*

            * Xây dựng Kho dữ liệu dùng chung của tỉnh (Sở KH&CN chủ trì; năm 2026).
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title).prefix(8) } == ["Xây dựng"])
        #expect(document.targetNodes.count == 1)
        #expect(document.tree.nodes[document.targetNodes[0]].isHeading)
    }

    @Test func aUnitInBracketsAfterATerseTaskIsItsLead() {
        let document = structure("""
            III. NHIỆM VỤ
            - Xây dựng Kho DL dùng chung tỉnh [Sở KH&CN] [2026-2028]
            - Dashboard chỉ đạo điều hành trên IOC [VP UBND tỉnh] [2027]
            - Thí điểm trợ lý ảo AI hỗ trợ tra cứu TTHC [2028]
            - Xây dựng kho dữ liệu (giai đoạn 2026-2027)
            - Cập nhật dữ liệu mở lên Cổng dữ liệu mở [Các sở, ban, ngành; thường xuyên]
            - Chuẩn hóa dữ liệu (các trường dữ liệu bắt buộc)
            - Bồi dưỡng kỹ năng dữ liệu cho cán bộ (các cơ quan, đơn vị thuộc tỉnh)
            """)
        let source = document.document.source
        // A collective lead in the assigning square brackets is the assignment; "(các trường …)" is
        // not a unit, and "(các cơ quan, đơn vị thuộc tỉnh)" explains whom the task serves.
        #expect(document.tasks.map { $0.fields[.lead].map(source.string) }
                == ["[Sở KH&CN]", "[VP UBND tỉnh]", nil, nil, "[Các sở, ban, ngành; thường xuyên]", nil, nil])
        #expect(document.tasks.prefix(4).map(\.deadlineYears) == [[2026, 2028], [2027], [2028], [2026, 2027]])
    }

    @Test func aMarkedTimeFrameWinsOverAYearInTheSentence() {
        let document = structure("""
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Ban hành Quy chế thay thế quy chế ban hành trước ngày 01/7/2025. Thời gian hoàn thành: Quý III/2026.
            2. Bảo vệ dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân năm 2025 (Công an tỉnh chủ trì; thường xuyên).
            3. Xây dựng kho dữ liệu trong năm 2027.
            """)
        #expect(document.tasks.map(\.deadlineYears) == [[2026], [], [2027]])
    }

    @Test func leadsAssignedByTaskNumberInTheImplementationPart() {
        let document = structure("""
            ## III. NHIỆM VỤ
            **Nhiệm vụ 1.** Xây dựng Quy chế quản lý dữ liệu của Bộ.
            **Nhiệm vụ 2.** Rà soát Danh mục cơ sở dữ liệu của Bộ.
            **Nhiệm vụ 3.** Nâng cấp Trung tâm dữ liệu. Chủ trì: Văn phòng Bộ.
            **Nhiệm vụ 4.** Công bố dữ liệu mở của Bộ.
            ## IV. PHÂN CÔNG THỰC HIỆN
            1. Cục Công nghệ thông tin chủ trì các nhiệm vụ 1, 3 và 4; là đơn vị đầu mối theo dõi.
            2. Các đơn vị thuộc Bộ phối hợp thực hiện nhiệm vụ 2.
            """)
        let source = document.document.source
        // Task 3 keeps its own lead; task 2 is assigned to no unit (a collective subject is none).
        #expect(document.tasks.map { $0.fields[.lead].map(source.string) } == [
            "Cục Công nghệ thông tin", nil, "Chủ trì: Văn phòng Bộ", "Cục Công nghệ thông tin",
        ])
        // Numbers that start again in each group name no one task: nothing is assigned.
        let restarted = structure("""
            ## III. NHIỆM VỤ
            ### 1. Thể chế
            1. Xây dựng Quy chế quản lý dữ liệu.
            ### 2. Hạ tầng
            1. Nâng cấp Trung tâm dữ liệu.
            ## IV. TỔ CHỨC THỰC HIỆN
            Văn phòng Bộ chủ trì nhiệm vụ 1.
            """)
        #expect(restarted.tasks.allSatisfy { $0.fields[.lead] == nil })
    }

    @Test func roadmapsFundingTablesAndViewpointsHoldNoTasks() {
        // A roadmap by phases (its period columns hold text) and a funding estimate (amounts, no
        // lead) list task groups, not tasks; viewpoints are principles. The roadmap still counts
        // as a table of the tasks' lead and time (DS504 reads it).
        let document = structure("""
            ## Phần thứ ba. QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP
            ### I. Quan điểm
            Dữ liệu được thu thập một lần, sử dụng nhiều lần.
            ### III. Nhiệm vụ và giải pháp
            ### Nhiệm vụ 1. Hoàn thiện thể chế
            Sở Tư pháp chủ trì xây dựng Quy chế dữ liệu trong năm 2026. Sản phẩm: Quyết định.
            ### IV. Lộ trình
            | Nội dung | Giai đoạn 2026–2027 | Giai đoạn 2028–2030 | Đơn vị chủ trì |
            |---|---|---|---|
            | Thể chế | Ban hành Quy chế quản lý dữ liệu | Bổ sung quy định về dữ liệu | Sở Tư pháp |
            | Dữ liệu mở | Ban hành danh mục dữ liệu mở | Cập nhật dữ liệu mở hằng năm | Sở KH&CN |
            ### V. Kinh phí
            | STT | Nhóm nhiệm vụ | Giai đoạn 2026–2027 (tỷ đồng) | Nguồn vốn |
            |---|---|---|---|
            | 1 | Thể chế | 1,5 | Chi thường xuyên |
            """)
        #expect(document.tasks.count == 1)
        #expect(document.tasks.first?.fields[.output] != nil)
        #expect(document.taskTables.count == 1 && document.taskTables.first?.columns.contains(.lead) == true)
    }

    /// The annexes beside the task list: the cost estimate, whose unit column is the budget
    /// holder ("Đơn vị dự toán"), and the catalogue of databases with what each gets this year.
    /// Neither gives a time; their rows are not tasks.
    @Test func aCostEstimateAndADatabaseCatalogueAreNotTaskTables() {
        let document = structure("""
            Phụ lục II
            | STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn | Kết quả đầu ra |
            |---|---|---|---|---|
            | 1 | Ban hành Quy chế dữ liệu | Cục Chuyển đổi số | Quý II/2027 | Quyết định |
            Phụ lục III
            | STT | Tên cơ sở dữ liệu | Đơn vị chủ quản | Hiện trạng | Nội dung thực hiện năm 2027 |
            |---|---|---|---|---|
            | 1 | Cơ sở dữ liệu quốc gia về đất đai | Cục Quản lý đất đai | Đang vận hành | Làm sạch dữ liệu địa chính |
            Phụ lục IV
            | STT | Nhóm nhiệm vụ/nội dung | Đơn vị dự toán | Nguồn kinh phí | Dự kiến kinh phí (triệu đồng) |
            |---|---|---|---|---|
            | 1 | Hoàn thiện thể chế về dữ liệu | Cục Chuyển đổi số | Chi thường xuyên | 2.800 |
            Phụ lục V
            | TT | Nhóm nhiệm vụ | Đơn vị dự toán | Giai đoạn 2026-2027 (triệu đồng) | Giai đoạn 2028-2030 (triệu đồng) |
            |---|---|---|---|---|
            | 1 | Hạ tầng dữ liệu | Cục Chuyển đổi số | 1.500 | 2.000 |
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title) } == ["Ban hành Quy chế dữ liệu"])
        #expect(document.taskTables.count == 1)
        // With partners, or a period marked per row, a table with costs is a table of tasks.
        let costed = structure("""
            Phụ lục
            | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí dự kiến (triệu đồng) |
            |---|---|---|---|---|
            | 1 | Xây dựng kho dữ liệu | Sở KH&CN | Các sở, ngành | 5.000 |

            Bảng 2. Tiến độ
            | STT | Nhiệm vụ | Cơ quan chủ trì | 2026 | 2027 | Kinh phí (triệu đồng) |
            |---|---|---|---|---|---|
            | 1 | Công bố dữ liệu mở | Sở KH&CN | x | | 300 |
            """)
        #expect(costed.tasks.map { costed.document.source.string($0.title) } == ["Xây dựng kho dữ liệu", "Công bố dữ liệu mở"])
    }

    @Test func anOutputLabelledInANotesCellIsTheOutput() {
        let document = structure("""
            ## PHỤ LỤC
            | STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành | Ghi chú |
            |---|---|---|---|---|
            | 1 | Ban hành Quy chế dữ liệu | Sở Tư pháp | 30/6/2027 | Sản phẩm: Quyết định của UBND tỉnh |
            | 2 | Nâng cấp Trung tâm dữ liệu | Sở KH&CN | 31/12/2027 | Thực hiện theo dự án |
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.output].map(source.string) } == ["Sản phẩm: Quyết định của UBND tỉnh", nil])
    }

    @Test func anItemTitledByADataLeadInIsPartOfTheDataSection() {
        // An embedded plan's targets by topic: "c) Về dữ liệu số:" is data scope, "a) Về hạ tầng
        // số:" is not, and an item whose colon comes late ("… dữ liệu …: …") has no lead-in.
        let document = structure("""
            # KẾ HOẠCH Chuyển đổi số năm 2027
            ## II. MỤC TIÊU
            a) Về hạ tầng số: 100% cơ sở có kết nối Internet băng rộng cố định.
            b) Cải thiện hạ tầng mạng cho các cơ sở có dữ liệu lớn như sau: nâng băng thông.
            c) Về dữ liệu số: công bố tối thiểu 30 bộ dữ liệu mở của ngành.
            ## III. NHIỆM VỤ
            ### 1. Phát triển hạ tầng số
            Nâng cấp mạng nội bộ.
            ### 2. Phát triển dữ liệu số
            Xây dựng Kho dữ liệu dùng chung.
            """)
        #expect(document.form == .embedded)
        let source = document.document.source
        let dataText = document.dataSegments.map { source.string(document.tree.segments[$0].range) }
        #expect(dataText.contains { $0.contains("Về dữ liệu số: công bố") })
        #expect(!dataText.contains { $0.contains("Về hạ tầng số") || $0.contains("Cải thiện hạ tầng mạng") })
        #expect(dataText.contains { $0.hasPrefix("Xây dựng Kho dữ liệu") })
    }

    @Test func aLabelledTimeLineWinsOverAYearInTheDescription() {
        // "Nội dung: … Giai đoạn 1 (năm 2027) …" comes first, but "Thời gian thực hiện:" is the time frame.
        let document = structure("""
            ## III. NHIỆM VỤ CỤ THỂ
            Nhiệm vụ 5: Xây dựng Kho dữ liệu dùng chung của tỉnh
            \tNội dung: Tập trung dữ liệu chủ của tỉnh. Giai đoạn 1 (năm 2027) tập trung dữ liệu dân cư.
            \tCơ quan chủ trì: Sở Khoa học và Công nghệ.
            \tThời gian thực hiện: 2027 - 2031 (giai đoạn 1 hoàn thành trong năm 2027).
            """)
        let source = document.document.source
        #expect(document.tasks.count == 1)
        #expect(document.tasks.first?.fields[.deadline].map(source.string)?.contains("2027 - 2031") == true)
        #expect(document.tasks.first?.deadlineYears.max() == 2031)
    }

    @Test func aHeadingThatIsOnlyATimeGivesItsTasksTheirTimeFrame() {
        // Tasks arranged by quarter: "#### Quý I/2027" holds the items after it, whatever its level,
        // and is their time frame; a heading that says more than a time is not.
        let document = structure("""
            ## III. NHIỆM VỤ
            #### Quý I/2027
            1) Trung tâm Công nghệ thông tin chủ trì xây dựng Quy chế dữ liệu.
            2) Vụ Pháp chế chủ trì rà soát văn bản về dữ liệu.
            #### Quý IV/2027
            1) Cục Kinh tế chủ trì xây dựng cơ sở dữ liệu giá.
            #### Nhiệm vụ của năm 2027 và các năm sau
            1) Văn phòng Bộ chủ trì số hóa hồ sơ lưu trữ.
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.deadline].map(source.string) } == ["Quý I/2027", "Quý I/2027", "Quý IV/2027", nil])
        #expect(document.tasks.map(\.deadlineYears) == [[2027], [2027], [2027], []])
    }

    /// Task groups written as items, each over a table of its tasks ("5. Bảo đảm an toàn thông
    /// tin" above "| Công việc | Chủ trì | Phối hợp | Thời gian |"): the rows are the tasks, not the item.
    @Test func anItemOverATaskTableIsItsGroup() {
        let document = structure("""
            IV. NHIỆM VỤ
            5. Bảo đảm an toàn thông tin, an ninh mạng
            Cùng với việc mở rộng kết nối, các cơ quan phải bảo đảm an toàn cho hệ thống.
            | Công việc | Chủ trì | Phối hợp | Thời gian |
            |---|---|---|---|
            | Vận hành Trung tâm giám sát an toàn thông tin | Sở Khoa học và Công nghệ | Công an tỉnh | Thường xuyên |
            6. Phát triển nhân lực số
            a) Sở Nội vụ chủ trì bồi dưỡng kỹ năng dữ liệu, năm 2027.
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title) } == ["Sở Nội vụ chủ trì bồi dưỡng kỹ năng dữ liệu, năm 2027.",
                                                                     "Vận hành Trung tâm giám sát an toàn thông tin"])
    }

    /// A decision whose first article issues the tasks opens with their purpose and requirements:
    /// those items are not tasks (a requirement about 2025 is no deadline before the plan).
    @Test func aPurposeInsideATasksSectionIsNoTask() {
        let document = structure("""
            Điều 1. Ban hành Danh mục nhiệm vụ phát triển dữ liệu năm 2027
            1. Mục đích
            a) Cụ thể hóa các nhiệm vụ của Chiến lược dữ liệu quốc gia.
            2. Yêu cầu
            a) Các nhiệm vụ bám sát tổ chức bộ máy sau sắp xếp năm 2025.
            3. Nhóm nhiệm vụ đáp ứng yêu cầu quản lý dữ liệu
            a) Cục Chuyển đổi số chủ trì xây dựng Quy chế dữ liệu, Quý II/2027.
            4. Yêu cầu bảo đảm an toàn dữ liệu
            a) Phân loại, gán nhãn dữ liệu cá nhân.
            """)
        let source = document.document.source
        // "4. Yêu cầu bảo đảm an toàn dữ liệu" says more than "requirements": a group of tasks.
        #expect(document.tasks.map { source.string($0.title) } == ["Cục Chuyển đổi số chủ trì xây dựng Quy chế dữ liệu, Quý II/2027.",
                                                                     "Phân loại, gán nhãn dữ liệu cá nhân."])
    }

    @Test func aHeadingThatNamesARhythmGivesItsTasksTheirTimeFrame() {
        // "5. Nhiệm vụ thực hiện thường xuyên trong năm 2027" after the quarters: a rhythm is a time
        // frame (as "thường xuyên" in a task's own text is); a long heading that mentions one is not.
        let document = structure("""
            IV. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN
            1. Quý I/2027
            1.1. Công an tỉnh chủ trì xây dựng Quy chế khai thác dữ liệu.
            2. Nhiệm vụ thực hiện thường xuyên trong năm 2027
            2.1. Ủy ban nhân dân các xã, phường rà soát, cập nhật biến động dân cư, hộ tịch.
            3. Phát triển các cơ sở dữ liệu chuyên ngành được cập nhật thường xuyên, đồng bộ với hệ thống của Trung ương và tỉnh
            3.1. Sở Y tế chủ trì xây dựng cơ sở dữ liệu y tế.
            4. Bảo đảm dữ liệu được cập nhật thường xuyên
            4.1. Sở Tư pháp chủ trì làm sạch dữ liệu hộ tịch.
            5. Nhiệm vụ sử dụng kinh phí chi thường xuyên
            5.1. Sở Tài chính chủ trì bố trí kinh phí.
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.deadline].map(source.string) } == [
            "1. Quý I/2027", "2. Nhiệm vụ thực hiện thường xuyên trong năm 2027", nil, nil, nil,
        ].map { $0.map { String($0.drop(while: { $0 != " " }).dropFirst()) } })
    }

    @Test func fieldsLabelledInOneColumnGiveEachRowItsFields() {
        // "| Nhiệm vụ | Phân công thực hiện |": no column names a field, but the second labels them
        // in each row; a group cell merged across the row is a group, not a task.
        let document = structure("""
            ## IV. NHIỆM VỤ, GIẢI PHÁP
            | Nhiệm vụ | Phân công thực hiện |
            |---|---|
            | 1. Hoàn thiện thể chế về dữ liệu | 1. Hoàn thiện thể chế về dữ liệu |
            | 1.1. Ban hành Quy chế chia sẻ dữ liệu | Chủ trì: Sở Tư pháp. Phối hợp: Sở KH&CN. Thời gian: Quý II/2027. Sản phẩm: Quyết định của UBND tỉnh. |
            | 1.2. Xây dựng Kho dữ liệu dùng chung | Phối hợp: các sở, ngành. Thời gian: năm 2027. |
            """)
        let source = document.document.source
        #expect(document.tasks.count == 2)
        #expect(document.tasks.map { $0.fields[.lead].map(source.string) } == ["Chủ trì: Sở Tư pháp", nil])
        #expect(document.tasks.map { $0.fields[.deadline] != nil } == [true, true])
        #expect(document.tasks.first?.fields[.output].map(source.string)?.contains("Quyết định của UBND tỉnh") == true)
        #expect(document.taskTables.first?.columns.isSuperset(of: [.lead, .deadline, .output]) == true)
        // One line per field in the cell (a "<br>" between): each field ends at the next label.
        let lines = structure("""
            ## IV. NHIỆM VỤ, GIẢI PHÁP
            | Nhiệm vụ | Phân công thực hiện |
            |---|---|
            | 1. Ban hành Quy chế dữ liệu | Chủ trì: Sở Tư pháp<br>Thời gian: 2026<br>Sản phẩm: Báo cáo giai đoạn 2031-2035 |
            | 2. Xây dựng Kho dữ liệu | Chủ trì: Sở KH&CN<br>Thời gian: 2027 |
            """)
        let linesSource = lines.document.source
        #expect(lines.tasks.first?.fields[.deadline].map(linesSource.string) == "Thời gian: 2026")
        #expect(lines.tasks.first?.fields[.lead].map(linesSource.string) == "Chủ trì: Sở Tư pháp")
        #expect(lines.tasks.first?.deadlineYears == [2026])
        // One row labelling a field is not such a column: the table holds no tasks.
        let notes = structure("""
            ## IV. NHIỆM VỤ, GIẢI PHÁP
            | Nội dung | Diễn giải |
            |---|---|
            | Bối cảnh | Thời gian: từ năm 2021 |
            | Quan điểm | Dữ liệu là tài nguyên |
            | Mục tiêu | Dữ liệu thông suốt |
            """)
        #expect(notes.taskTables.isEmpty)
    }

    @Test func periodColumnsMarkedWithAnXGiveTheTimeFrame() {
        // A Gantt-like annex: one column per quarter, "x" where the task runs; the last mark is
        // the time frame, a row with no mark has none, and the period columns are the time column.
        let document = structure("""
            ## PHỤ LỤC
            | TT | Nhiệm vụ | Đơn vị chủ trì | Quý I | Quý II | Quý III | Quý IV/2027 | Sản phẩm |
            |---|---|---|---|---|---|---|---|
            | 1 | Ban hành Quy chế dữ liệu | Văn phòng Bộ | x | x |  |  | Quyết định |
            | 2 | Nâng cấp Trung tâm dữ liệu | Cục Công nghệ thông tin |  |  | x | X | Hệ thống |
            | 3 | Công bố dữ liệu mở | Cục Công nghệ thông tin |  |  |  |  | Danh mục |
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.deadline].map(source.string) } == ["Quý II", "Quý IV/2027", nil])
        #expect(document.tasks.map(\.deadlineYears) == [[], [2027], []])
        #expect(document.taskTables.first?.columns.contains(.deadline) == true)
        // Figures by year, no mark: the year columns are not a time frame, the table holds no tasks.
        let figures = structure("""
            ## II. NHIỆM VỤ
            | STT | Nội dung | Năm 2026 | Năm 2027 |
            |---|---|---|---|
            | 1 | Tỷ lệ hồ sơ được số hóa | 80% | 100% |
            """)
        #expect(figures.tasks.isEmpty && figures.taskTables.isEmpty)
    }

    @Test func tableTasksByColumnHeader() {
        let document = structure("""
            ## PHỤ LỤC. DANH MỤC NHIỆM VỤ
            | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm |
            |---|---|---|---|---|---|
            | I | **HOÀN THIỆN THỂ CHẾ** | | | | |
            | 1 | Ban hành quy chế | Sở KH&CN | Các sở | 2025 | Quyết định |
            | 2 | Xây dựng kho dữ liệu | | | 2031 | |
            """)
        #expect(document.taskTables.count == 1)
        #expect(document.taskTables[0].columns == [.lead, .partners, .deadline, .output])
        #expect(document.taskTables[0].inAnnex)
        let rows = document.tasks.filter(\.isTableRow)
        #expect(rows.count == 2)  // the group row is not a task
        #expect(rows[0].fields.keys.count == 4)
        #expect(rows[1].fields[.lead] == nil && rows[1].deadlineYears == [2031])
        #expect(document.document.source.string(rows[1].title) == "Xây dựng kho dữ liệu")
    }

    @Test func metadataFromTheHeader() {
        let document = structure("""
            ỦY BAN NHÂN DÂN
            TỈNH HÀ GIANG
            Số: 95 / KH-UBND
            Hà Giang, ngày 20 tháng 6 năm 2024
            KẾ HOẠCH
            Phát triển dữ liệu số tỉnh Hà Giang
            Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024;
            I. MỤC TIÊU
            """)
        let metadata = document.metadata
        #expect(metadata.issuer == "UBND tỉnh Hà Giang")  // as a reader names it
        #expect(metadata.number == "95/KH-UBND")
        #expect(metadata.date == "2024-06-20")
        #expect(metadata.place == "Hà Giang")
        #expect(metadata.type == "KẾ HOẠCH")
        #expect(metadata.title == "Phát triển dữ liệu số tỉnh Hà Giang")
        #expect(metadata.citesStrategy)
        // A Word header cell joined into one line: the place without the motto and its rule; a
        // Party committee's programme, its number and its province.
        let joined = structure("| ỦY BAN NHÂN DÂN TỈNH GIA LAI Số: 12/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ――――― Gia Lai, ngày 1 tháng 2 năm 2027 |\n|---|---|\n\n# KẾ HOẠCH\n\n## I. MỤC TIÊU")
        #expect(joined.metadata.place == "Gia Lai")
        #expect(joined.metadata.issuer == "UBND tỉnh Gia Lai")
        let party = structure("| TỈNH ỦY QUẢNG TRỊ * Số 21-CTr/TU | ĐẢNG CỘNG SẢN VIỆT NAM Quảng Trị, ngày 15 tháng 4 năm 2026 |\n|---|---|\n\n# CHƯƠNG TRÌNH HÀNH ĐỘNG\n\n## I. MỤC TIÊU")
        #expect(party.metadata.place == "Quảng Trị")
        #expect(party.metadata.number == "21-CTr/TU")
        #expect(party.metadata.issuer == "Tỉnh ủy Quảng Trị")
        #expect(party.detectedProfile?.profile == .province)
        let numeric = structure("BỘ Y TẾ\nSố: 12/KH-BYT\nHà Nội, 08/10/2024\nKẾ HOẠCH\nI. MỤC TIÊU").metadata
        #expect(numeric.date == "2024-10-08" && numeric.place == "Hà Nội")
        #expect(!numeric.citesStrategy)
        // The ministry is named only in a header table cell; the symbol line tells the profile.
        let table = structure("| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 1234/KH-BYT | Độc lập - Tự do - Hạnh phúc |\n\n# KẾ HOẠCH\n\n## I. MỤC TIÊU").metadata
        #expect(table.issuer == "Bộ Y tế")
        #expect(table.number == "1234/KH-BYT")
        // A draft leaves the number blank for signing: the issuer in the table cell gives the profile.
        let draft = structure("| **BỘ XÂY DỰNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|:---:|:---:|\n| Số:        /KH-BXD | *Hà Nội, ngày 22 tháng 12 năm 2026* |\n\n**KẾ HOẠCH**\n\n**I. MỤC TIÊU**")
        #expect(draft.metadata.issuer == "Bộ Xây dựng")
        #expect(draft.detectedProfile?.profile == .ministry)
        // A Word draft puts issuer and blank number in one cell, after a "DỰ THẢO" line.
        let merged = structure("DỰ THẢO 2\n| BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH _______ Số:        /KH-BVHTTDL | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n\nKẾ HOẠCH\n\nI. MỤC TIÊU")
        #expect(merged.detectedProfile?.profile == .ministry)
        // Body text opening "Bộ …" in a table is not an issuer.
        let body = structure("KẾ HOẠCH\n\nI. MỤC TIÊU\n\n| Bộ phận một cửa | số hóa hồ sơ |\n|---|---|")
        #expect(body.detectedProfile == nil)
    }

    @Test func aGroupHeadedByAUnitGivesItsTasksTheirLead() {
        // Tasks listed by unit: the unit heading above them is their lead, for lettered items and
        // for a paragraph alike.
        let document = structure("""
            III. NHIỆM VỤ CỦA CÁC ĐƠN VỊ
            1. Cục Công nghệ thông tin và Chuyển đổi số:
            a) Xây dựng Quy chế quản lý dữ liệu của Bộ. Thời gian: Quý I/2027.
            b) Rà soát Danh mục cơ sở dữ liệu của Bộ. Thời gian: Quý II/2027.
            2. Ủy ban Chứng khoán Nhà nước:
            Kết nối dữ liệu giám sát giao dịch chứng khoán với dữ liệu của Cục Thuế. Thời gian: Năm 2027.
            3. Phát triển dữ liệu mở:
            a) Công bố dữ liệu mở của Bộ. Thời gian: Quý III/2027.
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.lead].map(source.string) } == [
            "Cục Công nghệ thông tin và Chuyển đổi số", "Cục Công nghệ thông tin và Chuyển đổi số",
            "Ủy ban Chứng khoán Nhà nước", nil,
        ])
    }

    @Test func pastResultsAndEmbeddedDataScope() {
        let document = structure("""
            KẾ HOẠCH
            Chuyển đổi số năm 2025
            Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024
            1. Đã ban hành danh mục dữ liệu mở.
            Phần II. KẾ HOẠCH NĂM 2025
            I. NHIỆM VỤ
            1. Phát triển chính quyền số
            a) Nâng cấp Cổng dịch vụ công.
            2. Phát triển dữ liệu số
            a) Xây dựng kho dữ liệu.
            """)
        #expect(document.form == .embedded)
        #expect(document.resultsNodes.map { document.tree.path(ofNode: $0) } == ["Phần I"])
        #expect(document.dataNodes.map { document.tree.path(ofNode: $0) } == ["Phần II.I.2"])
        let text = document.dataSegments.map { document.document.source.string(document.tree.segments[$0].range) }
        #expect(text == ["Phát triển dữ liệu số", "Xây dựng kho dữ liệu."])
        #expect(document.dataTasks.count == 1 && document.tasks.count == 2)
    }

    /// A field labelled inline as a table header would name it ("…; kết quả: …") is that field;
    /// the same word without the colon is not ("hồ sơ, kết quả giải quyết TTHC").
    @Test func inlineLabelledFieldsNeedTheirColon() {
        let document = structure("""
            II. NHIỆM VỤ
            1. Xây dựng cơ sở dữ liệu du lịch. Cục Du lịch chủ trì; năm 2026; kết quả: Cơ sở dữ liệu du lịch vận hành.
            2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Cục Du lịch chủ trì; năm 2026.
            """)
        #expect(document.tasks.count == 2)
        let outputs = document.tasks.map { $0.fields[.output].map { document.document.source.string($0) } }
        #expect(outputs == ["kết quả: Cơ sở dữ liệu du lịch vận hành", nil])

        // A label written as a sentence ("Sản phẩm của nhiệm vụ là …") gives the output; the same
        // noun inside a clause is a thing the task uses.
        let sentences = structure("""
            II. NHIỆM VỤ
            1. Ban hành Quy chế dữ liệu của Bộ. Sản phẩm của nhiệm vụ là Thông tư của Bộ trưởng.
            2. Mã hóa kênh truyền bằng sản phẩm mật mã của ngành Cơ yếu (hằng năm).
            """)
        #expect(sentences.tasks.map { $0.fields[.output] != nil } == [true, false])
    }

    /// "Nhiệm vụ 1: …" (or "Dự án 2.", "Giải pháp 3 –") numbers an item like "1." does: the
    /// lines after it are its fields. "Nhiệm vụ 2 năm …" and "Nhiệm vụ 1.2" are not such labels.
    @Test func itemsNumberedWithTheirNounCarryTheFieldsBelowThem() {
        let document = structure("""
            II. NHIỆM VỤ VÀ GIẢI PHÁP
            Nhiệm vụ 1: Hoàn thiện thể chế về dữ liệu ngành
            Kết quả: Quy chế quản lý dữ liệu được ban hành.
            Tiến độ: Tháng 9/2027.
            Chủ trì: Cục Khoa học, Công nghệ và Thông tin.
            **Dự án 2.** Xây dựng kho dữ liệu dùng chung
            Chủ trì: Văn phòng Bộ; thời gian: Quý IV/2027.
            """)
        #expect(document.tasks.count == 2)
        let source = document.document.source
        let leads = document.tasks.map { $0.fields[.lead].map { source.string($0) } }
        #expect(leads == ["Chủ trì: Cục Khoa học, Công nghệ và Thông tin.", "Chủ trì: Văn phòng Bộ; thời gian: Quý IV/2027."])
        #expect(document.tasks.allSatisfy { $0.fields[.deadline] != nil })
        #expect(document.tasks[0].fields[.output] != nil)
        // The emphasis closing around the label is not the title: "Xây dựng kho …", not "** Xây dựng".
        let titles = document.tree.nodes.filter { $0.label?.kind == .arabic }
            .compactMap { node in node.titleSegment.map { source.string(document.tree.segments[$0].range) } }
        #expect(titles.last?.hasPrefix("Xây dựng kho") == true)
        let labels = document.tree.nodes.compactMap(\.label).filter { $0.kind == .arabic }.map(\.text)
        #expect(labels == ["1", "2"])
        #expect(structure("Nhiệm vụ 1.2 đã hoàn thành.\nDự án 3 năm 2026 đã xong.").tree.nodes.count == 1)
    }

    /// A task followed by a small table of its fields ("| Đơn vị chủ trì | Sở … |") takes them from
    /// it; an empty value cell gives nothing, and a table of two columns of something else (most
    /// rows not naming a field) gives nothing either.
    @Test func aTableOfATasksFieldsGivesThem() throws {
        let document = structure("""
            II. NHIỆM VỤ
            Nhiệm vụ 1: Xây dựng Quy chế quản lý, kết nối, chia sẻ dữ liệu (thay thế Quy chế năm 2021)

            | Đơn vị chủ trì | Sở Khoa học và Công nghệ |
            |---|---|
            | Đơn vị phối hợp | Sở Tư pháp, Công an tỉnh |
            | Thời gian thực hiện | Quý II/2027 |
            | Sản phẩm | |
            """)
        let source = document.document.source
        let task = try #require(document.tasks.first)
        #expect(task.fields[.lead].map { source.string($0) } == "Sở Khoa học và Công nghệ")
        #expect(task.fields[.partners].map { source.string($0) } == "Sở Tư pháp, Công an tỉnh")
        #expect(task.fields[.deadline].map { source.string($0) } == "Quý II/2027")
        // The table's time, not the year the title mentions.
        #expect(task.deadlineYears == [2027])
        #expect(task.deadlineEnd == YearMonth(year: 2027, month: 6))
        #expect(task.fields[.output] == nil)
        // Most of this table's rows name no field: it is not the task's fields.
        let other = structure("""
            II. NHIỆM VỤ
            Nhiệm vụ 1: Rà soát Danh mục cơ sở dữ liệu của tỉnh
            Đơn vị chủ trì: Sở Nội vụ.

            | Hạng mục | Ghi chú |
            |---|---|
            | Phạm vi | Toàn tỉnh |
            | Đơn vị chủ trì | Sở Tư pháp |
            """)
        #expect(other.tasks.first?.fields[.lead].map { other.document.source.string($0) } == "Đơn vị chủ trì: Sở Nội vụ.")
    }

    /// A task completed in stages runs to its last: a later year in a clause that says what is
    /// completed by then extends its time frame. A later year in a clause saying no such thing
    /// ("tầm nhìn đến năm 2035") does not.
    @Test func aLaterCompletionStageExtendsTheTimeFrame() {
        let document = structure("""
            II. NHIỆM VỤ
            1. Số hóa tài liệu lưu trữ; năm 2027 hoàn thành số hóa hồ sơ cấp phép; toàn bộ tài liệu hoàn thành trước năm 2032. Văn phòng chủ trì.
            2. Xây dựng kho dữ liệu, hoàn thành trong năm 2027; phục vụ Chiến lược đến năm 2030, tầm nhìn đến năm 2035. Sở Tài chính chủ trì.
            3. Xây dựng kho dữ liệu; thời gian: năm 2027; góp phần hoàn thành mục tiêu của Chiến lược, tầm nhìn đến năm 2045.
            4. Số hóa hồ sơ địa chính; thời gian: năm 2027; hoàn thành số hóa 2050 hồ sơ.
            5. Chuẩn hóa dữ liệu; thời gian: năm 2027; hoàn thành toàn bộ giai đoạn 2026 - 2032.
            """)
        #expect(document.tasks.count == 5)
        // The completion's own year, written as a time and within a few words of it; not a
        // vision's horizon later in the clause, nor a count.
        #expect(document.tasks.map(\.deadlineEnd) == [YearMonth(year: 2032, month: 12), YearMonth(year: 2027, month: 12),
                                                     YearMonth(year: 2027, month: 12), YearMonth(year: 2027, month: 12),
                                                     YearMonth(year: 2032, month: 12)])
    }

    /// A title merged across a task table's first row ("DANH MỤC NHIỆM VỤ …" in every cell)
    /// stands above the header: the header is the next row, and the rows below are the tasks.
    @Test func aTitleRowAboveATaskTablesHeaderIsNotItsHeader() {
        let document = structure("""
            PHỤ LỤC
            | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 | DANH MỤC NHIỆM VỤ NĂM 2027 |
            |---|---|---|---|
            | TT | Nội dung | Cơ quan thực hiện | Thời gian |
            | 1 | Xây dựng kho dữ liệu dùng chung | Chủ trì: Sở Khoa học và Công nghệ; Phối hợp: các sở | Quý II/2027 |
            | 2 | Công bố danh mục dữ liệu mở | Chủ trì: Văn phòng UBND tỉnh | Quý IV/2027 |
            """)
        let source = document.document.source
        #expect(document.taskTables.count == 1)
        #expect(document.tasks.count == 2)
        #expect(document.tasks.map { $0.fields[.deadline].map(source.string) } == ["Quý II/2027", "Quý IV/2027"])
        #expect(document.tasks.first?.fields[.lead].map(source.string)?.contains("Sở Khoa học và Công nghệ") == true)
    }

    /// A year in a task's words is its time frame only when written as a time: after a time word,
    /// a day or a month, or standing apart; a school year or a vision's horizon is not one.
    @Test func aYearInATasksWordsIsATimeOnlyWhenWrittenAsOne() {
        let document = structure("""
            II. NHIỆM VỤ
            1. Xây dựng kho dữ liệu dùng chung, hoàn thành trong năm 2027.
            2. Ban hành danh mục dữ liệu mở (2027).
            3. Công bố dữ liệu mở trước ngày 30/6/2027.
            4. Hợp nhất cơ sở dữ liệu ngành giáo dục; cập nhật dữ liệu năm học 2027 - 2028.
            5. Phát triển dữ liệu số theo Tầm nhìn 2045 của tỉnh.
            6. Xây dựng hệ thống, dự kiến hoàn thành vào 2027.
            7. Triển khai kết nối – 2028.
            8. Báo cáo Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031.
            """)
        #expect(document.tasks.map { $0.deadlineYears } == [[2027], [2027], [2027], [], [], [2027], [2028], []])
    }

    /// The header repeated inside a table (a page's repeated header row) is no task, and a row
    /// merged across (its text in every cell) is a group though its text stands in the field
    /// columns.
    @Test func aRepeatedHeaderRowIsNoTaskAndAMergedRowIsAGroup() {
        let document = structure("""
            PHỤ LỤC
            | TT | Nhiệm vụ | Chủ trì | Thời gian |
            |---|---|---|---|
            | Giai đoạn 2026 - 2035 | Giai đoạn 2026 - 2035 | Giai đoạn 2026 - 2035 | Giai đoạn 2026 - 2035 |
            | 1 | Xây dựng kho dữ liệu | Sở Tư pháp | Năm 2027 |
            | TT | Nhiệm vụ | Chủ trì | Thời gian |
            | 2 | Công bố dữ liệu mở | Văn phòng | Năm 2028 |
            """)
        let source = document.document.source
        #expect(document.tasks.map { source.string($0.title) } == ["Xây dựng kho dữ liệu", "Công bố dữ liệu mở"])
        #expect(document.tasks.allSatisfy { $0.deadlineEnd.map { $0.year <= 2028 } == true })
        #expect(document.tasks.first?.group.map { source.string(document.tree.segments[$0].range) } == "Giai đoạn 2026 - 2035")
    }

    /// One column for the lead and the partners ("Cơ quan chủ trì / phối hợp") gives both.
    @Test func aColumnNamingLeadAndPartnersGivesBoth() {
        let document = structure("""
            PHỤ LỤC
            | TT | Nhiệm vụ | Cơ quan chủ trì / phối hợp | Thời gian hoàn thành | Kết quả dự kiến |
            |---|---|---|---|---|
            | 1 | Xây dựng kho dữ liệu dùng chung | Sở KH&CN / các sở, ngành | Quý II | Kho dữ liệu vận hành |
            """)
        #expect(document.taskTables.first?.columns == [.lead, .partners, .deadline, .output])
        #expect(document.tasks.first?.fields[.lead].map { document.document.source.string($0) } == "Sở KH&CN / các sở, ngành")
    }

    /// "Các đơn vị thuộc Bộ" names nobody in particular: no lead. "Các sở, ban, ngành" is a kind of
    /// unit, and a lead.
    @Test func aLeadThatNamesNoUnitIsNoLead() {
        let document = structure("""
            PHỤ LỤC
            | STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn |
            |---|---|---|---|
            | 1 | Rà soát, làm sạch dữ liệu thuộc phạm vi quản lý | Các đơn vị thuộc Bộ | Thường xuyên |
            | 2 | Hợp nhất dữ liệu chuyên ngành | Các cơ quan, đơn vị liên quan | Năm 2027 |
            | 3 | Cập nhật dữ liệu dùng chung | Các sở, ban, ngành | Năm 2027 |
            | 4 | Ban hành Quy chế dữ liệu | Cục Chuyển đổi số | Quý II/2027 |
            | 5 | Kết nối dữ liệu với các bộ | Các Bộ | Năm 2027 |
            | 6 | Làm sạch dữ liệu | Các cơ quan, đơn vị (theo chức năng, nhiệm vụ) | Năm 2027 |
            """)
        let source = document.document.source
        #expect(document.tasks.map { $0.fields[.lead].map(source.string) } == [nil, nil, "Các sở, ban, ngành", "Cục Chuyển đổi số",
                                                                              "Các Bộ", nil])
    }

    /// One column for the output and the time ("Sản phẩm, thời hạn") gives both; a cell that
    /// holds only a time gives no output.
    @Test func aColumnNamingOutputAndTimeGivesBothButATimeIsNoOutput() {
        let document = structure("""
            PHỤ LỤC
            | STT | Nhiệm vụ | Đơn vị chủ trì, phối hợp | Sản phẩm, thời hạn |
            |---|---|---|---|
            | 1 | Ban hành Quy chế dữ liệu | Chủ trì: Cục CNTT; Phối hợp: Vụ Pháp chế | Quyết định ban hành Quy chế; Quý II/2027 |
            | 2 | Kết nối Cơ sở dữ liệu quốc gia về dân cư | Chủ trì: Cục Thuế | Hoàn thành trước Quý IV/2027 |
            | 3 | Xây dựng kho dữ liệu | Chủ trì: Cục CNTT | Kho dữ liệu vận hành |
            """)
        let source = document.document.source
        #expect(document.taskTables.first?.columns == [.lead, .partners, .deadline, .output])
        #expect(document.tasks.map { $0.fields[.output].map(source.string) } == ["Quyết định ban hành Quy chế; Quý II/2027", nil,
                                                                                "Kho dữ liệu vận hành"])
        // A cell of that column that names no time gives none.
        #expect(document.tasks.map { $0.fields[.deadline] != nil } == [true, true, false])
    }

    /// In an embedded plan's annex, a row belongs where its group row does: a data centre under
    /// "HẠ TẦNG SỐ" is infrastructure; a row of "DỮ LIỆU SỐ" is data whatever its words.
    @Test func annexRowsAreDataByTheirGroup() {
        let document = structure("""
            KẾ HOẠCH
            Chuyển đổi số năm 2026
            I. NHIỆM VỤ
            1. Phát triển hạ tầng số
            2. Phát triển dữ liệu số
            PHỤ LỤC
            | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | I | **HẠ TẦNG SỐ** | | |
            | 1 | Kết nối Trung tâm dữ liệu tỉnh với Trung tâm dữ liệu quốc gia | Sở Khoa học và Công nghệ | 2026 |
            | III | **DỮ LIỆU SỐ** | | |
            | 1 | Ban hành Quy định chia sẻ thông tin | Sở Khoa học và Công nghệ | 2026 |
            """)
        #expect(document.form == .embedded)
        let rows = document.tasks.filter(\.isTableRow)
        #expect(rows.count == 2)
        let data = document.dataTasks.filter(\.isTableRow).map { document.document.source.string($0.title) }
        #expect(data == ["Ban hành Quy định chia sẻ thông tin"])
    }

    @Test func recipientsCloseThePlan() {
        let document = structure("""
            II. NHIỆM VỤ
            1. Xây dựng kho dữ liệu. Chủ trì: Sở KH&CN.
            **Nơi nhận:**
            - Bộ Khoa học và Công nghệ;
            """)
        #expect(document.tasks.count == 1)
        #expect(document.tree.nodes.contains { $0.label?.kind == .recipients })
    }
}
