import PlanCheckText
import PlanCheckDocuments

/// A document with everything the matcher needs: the normalised tokens, the section tree, the
/// detected profile, form and metadata, the tasks, and which parts count for which rules.
package struct StructuredDocument: Sendable {
    public let document: PlanDocument
    public let normalized: NormalizedText
    package let tree: SectionTree
    /// Segments of the header and title block: everything before the first part, article or
    /// Roman-numbered section.
    public let headerSegments: Range<Int>
    /// The document type line and its summary (trích yếu): "KẾ HOẠCH / Triển khai …".
    public let titleSegments: Range<Int>
    /// The profile read from the header or the document symbol, with the segment that shows it.
    public let detectedProfile: (profile: Profile, segment: Int)?
    public let metadata: DocumentMetadata
    public let form: DocumentForm
    /// Section nodes whose heading names data; for a standalone plan, the root.
    public let dataNodes: [Int]
    /// Segments that open with "Căn cứ": the legal basis list. Naming a decree there is not a
    /// commitment to do what it requires, so data- and task-scope rules do not read them.
    public let basisSegments: Set<Int>
    /// Parts that report past results ("Phần I. Đánh giá kết quả thực hiện năm 2024"): what they
    /// report is a result, not a commitment (DS902).
    public let resultsNodes: [Int]
    /// The segments that report results: those of the results parts, and paragraphs elsewhere that
    /// open on an earlier year's results ("Năm 2025 đã ban hành …" at the head of a task group).
    public let resultSegments: [Int]
    /// The segments of tasks the plan itself stops or puts off ("| … | Tạm dừng |", "…: chưa thực
    /// hiện trong năm 2026"): not commitments, so not evidence; those tasks are not in `tasks`.
    public let withdrawnSegments: Set<Int>
    /// Clauses that do not commit firmly: they make what they say wait on a condition ("việc công
    /// bố danh mục … sẽ thực hiện sau khi có hướng dẫn của Bộ", "(triển khai khi được bố trí kinh
    /// phí)") or only study it ("nghiên cứu phương án kết nối …"). Token ranges, sorted (the
    /// matcher merges them). What they say covers no rule and is at most partial evidence; so is a
    /// task-table row whose note or time cell opens with a condition, and a target-table row with
    /// no figure under any year.
    public let tentativeClauses: [Range<Int>]
    /// Clauses that move their task past a plan for one year ("…, việc công bố … sẽ được xem xét
    /// triển khai từ năm 2028" in a plan for 2027): no evidence at all. Token ranges, sorted.
    public let deferredClauses: [Range<Int>]
    /// Reviewers' notes in square brackets and text struck through in a draft ("[Vụ KHTC: đề nghị
    /// làm rõ nguồn vốn]", "~~Quý IV/2026~~"): not the plan, so no evidence. Token ranges, sorted.
    public let draftNotes: [Range<Int>]
    /// Section nodes whose heading names tasks ("Nhiệm vụ, giải pháp", "Nhiệm vụ trọng tâm").
    public let taskNodes: [Int]
    /// Headings of targets ("Mục tiêu cụ thể", "Chỉ tiêu", "*Mục tiêu:*"), also inside a tasks
    /// section: what stands under them is a target, not a task.
    public let targetNodes: [Int]
    /// What data-scope rules read: the data sections and the data rows of task tables (the whole
    /// plan when it is all about data), without the basis list and past results.
    public let dataSegments: [Int]
    /// Every task of the plan outside past results.
    public let tasks: [PlanTask]
    /// The tasks that data-scope rules judge.
    public let dataTasks: [PlanTask]
    /// Tables of tasks with their recognised columns.
    public let taskTables: [TaskTable]
    /// Where each part of the plan starts (a segment), for the parts it has.
    package let parts: [SectionKind: Int]

    /// An embedded plan whose data section could not be found: data-scope rules see the whole
    /// document instead.
    public var dataSectionMissing: Bool { form == .embedded && dataNodes == [0] }

    /// `vocabulary` gives the words of section kinds and task fields (the rule library's concepts).
    /// Under a requested `Cancellation` the result is incomplete and must not be judged (the
    /// matcher, given the same cancellation, says `unknown`).
    public init(_ document: PlanDocument, vocabulary: StructureVocabulary) {
        let normalized = TextNormalizer.normalize(document.source)
        let tree = SectionTree(document: document, normalized: normalized,
                               leadIns: vocabulary.leadIns, partTitles: vocabulary.partTitles)
        self.document = document
        self.normalized = normalized
        self.tree = tree
        let header = Self.headerSegments(tree)
        headerSegments = header
        let finder = PhraseFinder(tokens: normalized.tokens, tree: tree, vocabulary: vocabulary)
        let title = finder.titleSegments(in: header)
        titleSegments = title
        let profile = Self.detectProfile(finder: finder, header: header, source: document.source)
        metadata = MetadataExtractor(tree: tree, normalized: normalized, source: document.source, finder: finder)
            .extract(header: header, title: title, issuerSegment: profile?.1)
        // Else the issuer the header names ("BỘ XÂY DỰNG" in a table cell above a symbol whose
        // number is left blank for signing, "Số:      /KH-BXD").
        detectedProfile = profile ?? metadata.issuer.flatMap(Self.profile(ofIssuer:)).map { ($0, header.lowerBound) }

        // The year the plan starts from: its title's first year not before its date ("Kế hoạch …
        // năm 2027" signed in December 2026 starts in 2027, and "Năm 2026, …" is then the past).
        // Only its summary lines: a paragraph of sentences the title block ran into is not the title.
        let summaryLines = title.filter { segment in
            !tree.segments[segment].tokens.dropFirst().contains { normalized.tokens[$0].sentenceBreakBefore }
        }
        let titleYears = summaryLines.flatMap { Years.years(in: tree.segments[$0].range, normalized: normalized, source: document.source) }
        let planYear = metadata.year.map { signed in titleYears.filter { $0 >= signed && $0 <= signed + 1 }.min() ?? signed }
        let titleTokens = summaryLines.flatMap { Array(tree.segments[$0].tokens) }
        let annualYear = planYear.flatMap { Self.annualYear($0, titleTokens: titleTokens, normalized: normalized, source: document.source) }
        // Results by title ("Phần I. Đánh giá kết quả thực hiện"), or by a results word with only
        // years before the plan's ("I. KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025" in a plan for 2026).
        // Not among the tasks: "1. Công tác triển khai Luật Dữ liệu năm 2024" under "II. NHIỆM VỤ".
        let inTaskHeadings = tree.insideMask(Set(Self.headings(vocabulary.taskHeadings, finder)))
        let pastYearHeadings = planYear.map { year in
            Self.headings(vocabulary.pastResultWords, finder).filter { index in
                guard !inTaskHeadings[index], let title = tree.nodes[index].titleSegment else { return false }
                let years = Years.years(in: tree.segments[title].range, normalized: normalized, source: document.source)
                return !years.isEmpty && years.allSatisfy { $0 < year }
            }
        } ?? []
        let results = Self.outermost(Array(Set(Self.headings(vocabulary.resultsHeadings, finder) + pastYearHeadings)).sorted(), tree)
        resultsNodes = results
        let inResults = tree.insideMask(Set(results))
        let dataHeadings = Self.headings(finder.vocabulary.dataTopic, finder).filter { !inResults[$0] }
        basisSegments = Set(tree.segments.indices.filter { finder.startsWith(vocabulary.basisOpeners, segment: $0) })
        taskNodes = Self.headings(vocabulary.taskHeadings, finder).filter { !inResults[$0] }
        let taskHeadingNodes = Set(taskNodes)
        targetNodes = Self.headings(vocabulary.targetHeadings, finder).filter { !taskHeadingNodes.contains($0) }
        let form = Self.classify(finder: finder, source: document.source, header: header, title: title, hasTasks: !taskNodes.isEmpty,
                                 hasDataHeadings: !dataHeadings.isEmpty)
        self.form = form
        let embedded = form == .embedded && !dataHeadings.isEmpty
        // Items titled by a short lead-in ("c) Về dữ liệu số: 100% hồ sơ …" among "a) Về hạ tầng số:
        // …") are the data part's pieces in a list of targets or tasks by topic.
        let dataItems = embedded ? Self.leadInTitled(finder.vocabulary.dataTopic, finder, document.source).filter { !inResults[$0] } : []
        dataNodes = embedded ? Self.outermost(dataHeadings + dataItems, tree) : [0]

        // Where a plan has a section naming its tasks, a section of solutions alone ("II. GIẢI PHÁP
        // THỰC HIỆN") holds its enablers, not tasks to give a lead and a deadline.
        let naming = Set(Self.headings(vocabulary.taskNamingHeadings, finder))
        let solutionsOnly = taskNodes.filter { !naming.contains($0) }
        var notTasks = naming.isEmpty || solutionsOnly.isEmpty ? inResults
            : zip(inResults, tree.insideMask(Set(solutionsOnly))).map { $0 || $1 }
        let viewpoints = Self.headings(vocabulary.viewpointHeadings, finder).filter { !taskHeadingNodes.contains($0) }
        if !viewpoints.isEmpty { notTasks = zip(notTasks, tree.insideMask(Set(viewpoints))).map { $0 || $1 } }
        // Nor are a purpose or requirements stated inside a tasks section, as a decision whose
        // article issues the tasks opens with them ("Điều 1. Ban hành Danh mục nhiệm vụ … 1. Mục
        // đích … 2. Yêu cầu …"): headed by those words alone, label aside ("2. Yêu cầu bảo đảm an
        // toàn dữ liệu" is a group of tasks).
        let insideTasks = tree.insideMask(taskHeadingNodes)
        let purposes = tree.nodes.indices.filter { index in
            let node = tree.nodes[index]
            guard insideTasks[index], !taskHeadingNodes.contains(index), node.isHeading, let title = node.titleSegment else { return false }
            let words = tree.segments[title].tokens
            let start = node.label.map { label in words.first { Int(normalized.tokens[$0].start) >= label.contentStart } ?? words.upperBound }
                ?? words.lowerBound
            return start < words.upperBound && (start..<words.upperBound).allSatisfy { Self.purposeWords.contains(normalized.tokens[$0].key) }
        }
        if !purposes.isEmpty { notTasks = zip(notTasks, tree.insideMask(Set(purposes))).map { $0 || $1 } }
        let extractor = TaskExtractor(tree: tree, normalized: normalized, source: document.source, finder: finder)
        var (tasks, taskTables) = extractor.tasks(taskNodes: taskNodes, targetNodes: targetNodes, excluded: notTasks)
        let pastParagraphs = Self.pastResultParagraphs(tree, normalized: normalized, finder: finder, planYear: planYear,
                                                       source: document.source)
        resultSegments = Array(Set(tree.segments(inSubtreesOf: Set(results))).union(pastParagraphs)).sorted()
        // A paragraph reporting last year's results is not a task of this plan. (In place: the
        // tasks of a large plan are megabytes.)
        tasks.removeAll { task in task.segments.first.map { pastParagraphs.contains($0) } ?? false }
        // What the plan itself stops or puts off: a part, an item (with its sub-items) or a table
        // row. Not only tasks: a body item told again by an annex row is stopped with it.
        var withdrawn: Set<Int> = []
        var tentativeRows: [Range<Int>] = []
        let subtreeEnds = tree.subtreeEnd
        let reader = WithdrawalReader(tree: tree, normalized: normalized, finder: finder, planYear: planYear, annualYear: annualYear,
                                      source: document.source)
        for (index, node) in tree.nodes.enumerated() where index != 0 && (node.label != nil || node.isHeading) {
            guard let title = node.titleSegment else { continue }
            if node.isHeading {
                // "III. CÁC NHIỆM VỤ TẠM DỪNG THỰC HIỆN": everything under it.
                if reader.postponesAnywhere(title) { withdrawn.formUnion(tree.segments(inSubtreesOf: [index])) }
                continue
            }
            // The item's line and its field lines ("- Thời gian: Lùi sang năm 2028."), not the
            // paragraphs or tables that follow the last item of a section and hang from it.
            let lines = [title] + (index + 1..<subtreeEnds[index]).compactMap { tree.nodes[$0].label != nil ? tree.nodes[$0].titleSegment : nil }
            guard lines.contains(where: { reader.withdraws($0) }) else { continue }
            withdrawn.formUnion(lines)
        }
        // A paragraph that stops or puts off what it tells ("Nhiệm vụ xây dựng, công bố Danh mục dữ
        // liệu mở … được lùi sang năm 2028").
        for (index, segment) in tree.segments.enumerated() where segment.role == .body && tree.nodes[segment.node].titleSegment != index {
            if reader.withdraws(index) { withdrawn.insert(index) }
        }
        // A row whose note or time cell opens with it ("| … | Tạm dừng |", "| Lùi sang năm 2028 |"):
        // not another column's ("| Kết quả năm 2025 | Chưa triển khai |").
        for table in tree.tables where table.rows.count > 1 {
            let headerIndex = extractor.headerRow(of: table)
            let header = table.rows[headerIndex]
            let timeColumns = header.indices.filter { reader.isTimeHeader(header[$0]) }
            let noteColumns = header.indices.filter { !timeColumns.contains($0) && reader.isNoteHeader(header[$0]) }
            // Columns of a target table headed by the plan's year or a later one ("| Chỉ tiêu | ĐVT |
            // Năm 2027 | Đến 2030 |"): a table with a column of indicators or of units.
            let targetTable = header.contains { cell in
                finder.contains(Self.targetTableHeaders, in: cell..<cell + 1)
            }
            let yearColumns = !targetTable ? [] : header.indices.filter { column in
                tree.segments[header[column]].tokens.count <= 6
                    && Years.years(in: tree.segments[header[column]].range, normalized: normalized, source: document.source)
                        .contains { year in planYear.map { year >= $0 } ?? true }
            }
            for row in table.rows.dropFirst(headerIndex + 1) {
                // A group's row across a task table ("| II. Về hạ tầng dữ liệu |" spanning every
                // column) names the topic of the rows under it; they hold what the plan commits to.
                let first = tree.segments[row[0]].range
                if !timeColumns.isEmpty, row.count >= 3, !tree.segments[row[0]].tokens.isEmpty,
                   row.allSatisfy({ document.source.scalars[tree.segments[$0].range].elementsEqual(document.source.scalars[first]) }) {
                    tentativeRows.append(contentsOf: row.map { tree.segments[$0].tokens })
                    continue
                }
                // An indicator with no figure for any year ("| Tỷ lệ … dữ liệu mở | % | - | - | |")
                // names the target and sets none. A mark ("x", "✓") is a figure.
                if !yearColumns.isEmpty, yearColumns.allSatisfy({ $0 >= row.count || Self.isBlank(tree.segments[row[$0]].range, document.source) }),
                   row.contains(where: { !tree.segments[$0].tokens.isEmpty }) {
                    tentativeRows.append(contentsOf: row.map { tree.segments[$0].tokens })
                    continue
                }
                let times = timeColumns.filter { $0 < row.count }.map { row[$0] }
                let notes = noteColumns.filter { $0 < row.count }.map { row[$0] }
                // A time the row gives in the plan's year (or none at all, only a condition or a
                // later year) decides; a note cannot put off a row timed in the plan's year
                // ("| Quý IV/2027 | Năm 2028 tiếp tục cập nhật |").
                let timed = times.contains { reader.namesThePlansYear($0) }
                let untimed = times.allSatisfy { tree.segments[$0].tokens.isEmpty || reader.opensWithCondition($0) || reader.namesOnlyLaterYears($0) }
                if (times + notes).contains(where: reader.opensWithWithdrawal)
                    || (!timed && (times + (untimed ? notes : [])).contains(where: { reader.namesOnlyLaterYears($0) })) {
                    withdrawn.formUnion(row)
                } else if times.contains(where: { reader.opensWithCondition($0) || reader.endsWithCondition($0) })
                            || (untimed && notes.contains(where: reader.opensWithCondition)) {
                    // "| Đầu tư hệ thống sao lưu … | Khi được bố trí kinh phí |": the task stays (with no
                    // time frame), but the row is no firm commitment; nor is one timed "Năm 2027, nếu
                    // được bố trí kinh phí".
                    tentativeRows.append(contentsOf: row.map { tree.segments[$0].tokens })
                }
            }
        }
        // A task's time line reads as a row's time cell does: "- Thời gian: Sau khi có hướng dẫn." or
        // "Năm 2027, nếu được bố trí kinh phí" leaves the task no firm commitment; "- Thời gian:
        // Năm 2028" puts it off a plan for 2027.
        for task in tasks where !task.isTableRow {
            guard let line = task.timeLine else { continue }
            if !reader.namesThePlansYear(line, afterLabel: true), reader.namesOnlyLaterYears(line, afterLabel: true) {
                withdrawn.formUnion(task.segments)
            } else if reader.opensWithCondition(line) || reader.endsWithCondition(line) {
                tentativeRows.append(contentsOf: task.segments.map { tree.segments[$0].tokens })
            }
        }
        if !withdrawn.isEmpty {
            tasks.removeAll { task in
                if case .tableRow = task.origin { return task.segments.contains(where: withdrawn.contains) }
                return withdrawn.contains(task.segments.first ?? -1)
            }
        }
        withdrawnSegments = withdrawn
        let clauses = reader.tentativeClauses()
        // The heading of a group of tasks ("5. Bảo đảm an toàn thông tin, an ninh mạng và bảo vệ dữ
        // liệu cá nhân") names their topics; what the plan commits to is in the tasks under it, so the
        // heading alone is at most partial evidence. A task written as a heading is a task.
        let taskTitles = Set(tasks.map(\.title.lowerBound))
        let inTasks = tree.insideMask(Set(taskNodes))
        let taskNodeSet = Set(taskNodes)
        // (Two tasks under it at least: a heading over one task — "Hoạt động 5.2. Phối hợp với các địa
        // phương …" over its paragraph and fields — is that task's title.)
        var tasksUnder: [Int: Int] = [:]
        for task in tasks where !task.isTableRow {
            // A paragraph task hangs from its heading's node; an item is its own node.
            let own: Int? = if case .item(let node) = task.origin { node } else { nil }
            for ancestor in tree.ancestors(of: task.node) where ancestor != own { tasksUnder[ancestor, default: 0] += 1 }
        }
        let groupsWithTasks = Set(tasksUnder.filter { $0.value >= 2 }.keys)
        let groupHeadings = tree.nodes.indices.compactMap { index -> Range<Int>? in
            let node = tree.nodes[index]
            guard inTasks[index], !taskNodeSet.contains(index), node.isHeading, groupsWithTasks.contains(index),
                  let title = node.titleSegment, !taskTitles.contains(tree.segments[title].range.lowerBound) else { return nil }
            // A part of the plan's own kind ("VIII. TỔ CHỨC THỰC HIỆN") is a part, not a group of tasks.
            let words = tree.segments[title].tokens
            let lead = words.lowerBound..<min(words.upperBound, words.lowerBound + 8)
            if finder.vocabulary.partHeadings.contains(where: { _, phrases in
                lead.contains { phrases.matchesAny(at: $0, in: normalized.tokens, end: lead.upperBound) }
            }) { return nil }
            return words
        }
        tentativeClauses = (clauses.tentative + tentativeRows + groupHeadings).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        deferredClauses = clauses.deferred
        draftNotes = DraftNotes.find(in: document.source, normalized)
        // The English translation under each item of a bilingual plan is that item again, not a
        // task of its own without a lead (a plan all in English keeps its tasks).
        let english = tasks.map { Self.isEnglish(normalized.tokenRange($0.title), normalized.tokens) }
        if english.contains(false), english.contains(true) {
            var kept = 0
            for index in tasks.indices where !english[index] {
                tasks.swapAt(kept, index)
                kept += 1
            }
            tasks.removeLast(tasks.count - kept)
        }
        self.tasks = tasks
        self.taskTables = taskTables
        parts = Self.parts(tree: tree, finder: finder, header: header, title: title, basis: basisSegments,
                           targets: targetNodes, tasks: taskNodes, excluded: inResults)
        let excluded = basisSegments.union(pastParagraphs).union(withdrawn)
        if embedded {
            // Data sections, plus the rows of task tables elsewhere that are about data.
            let inData = tree.insideMask(Set(dataNodes))
            var segments = Set(tree.segments.indices.filter { inData[tree.segments[$0].node] })
            var dataTasks: [PlanTask] = []
            for task in tasks {
                // A row under a group row belongs where its group does ("III. DỮ LIỆU SỐ", not
                // "I. HẠ TẦNG SỐ" even when its task names a data centre); other rows by their words.
                let aboutData = inData[task.node]
                    || (task.isTableRow && finder.contains(finder.vocabulary.dataTopic, in: task.group.map { [$0] } ?? task.segments))
                if aboutData {
                    dataTasks.append(task)
                    segments.formUnion(task.segments)
                }
            }
            // So are the rows of a targets table filed under data by a column of fields ("| 4 | Dữ
            // liệu số | Tỷ lệ dữ liệu … được tái sử dụng | 75% |" among the targets of every field):
            // a short cell that names data, as a group row would.
            let inTargets = tree.insideMask(Set(targetNodes))
            for table in tree.tables where inTargets[table.node] && !inResults[table.node] {
                for row in table.rows where row.contains(where: { cell in
                    tree.segments[cell].tokens.count <= 4 && finder.contains(finder.vocabulary.dataTopic, in: [cell])
                }) {
                    segments.formUnion(row)
                }
            }
            self.dataTasks = dataTasks
            dataSegments = segments.subtracting(excluded).sorted()
        } else {
            dataTasks = tasks
            dataSegments = tree.segments.indices.filter { !inResults[tree.segments[$0].node] && !excluded.contains($0) }
        }
    }


    /// The words of a purpose-and-requirements heading ("Mục đích", "Yêu cầu", "Mục đích, yêu cầu").
    private static let purposeWords: Set<Syllable> = Set(["mục", "đích", "yêu", "cầu", "và", "chung"].map(Syllable.word))

    /// Body paragraphs that open on an earlier year's results: an opener ("Năm", "Trong năm") and a
    /// year before the plan's own, with "đã" among the next dozen syllables.
    private static func pastResultParagraphs(_ tree: SectionTree, normalized: NormalizedText, finder: PhraseFinder,
                                             planYear: Int?, source: SourceText) -> Set<Int> {
        guard let planYear else { return [] }
        let tokens = normalized.tokens
        var result: Set<Int> = []
        for (index, segment) in tree.segments.enumerated() where segment.role == .body {
            let start = segment.tokens.lowerBound
            // The year comes after the opener, so the opener ends before the segment does.
            guard let opener = finder.vocabulary.pastResultOpeners.first(at: start, in: tokens, end: segment.tokens.upperBound - 1)
            else { continue }
            let yearToken = start + opener.keys.count
            guard let year = Years.year(ofToken: yearToken, tokens: tokens, source: source), year < planYear else { continue }
            // A later sentence that opens on the plan's own year ("… Năm 2027, ban hành …") makes
            // the paragraph last year's results and this year's tasks: it stays.
            let turnsToThePlan = segment.tokens.dropFirst().contains { start in
                tokens[start].sentenceBreakBefore
                    && finder.vocabulary.pastResultOpeners.first(at: start, in: tokens, end: segment.tokens.upperBound - 1).map { opener in
                        Years.year(ofToken: start + opener.keys.count, tokens: tokens, source: source).map { $0 >= planYear } ?? false
                    } ?? false
            }
            if turnsToThePlan { continue }
            // "Kết quả năm 2026: Hoàn thành …" names the results itself.
            let namesResults = zip(opener.keys, opener.keys.dropFirst()).contains { $0 == Self.result.0 && $1 == Self.result.1 }
            let window = yearToken + 1..<min(segment.tokens.upperBound, yearToken + 13)
            if namesResults || window.contains(where: { tokens[$0].key == Self.already }) {
                result.insert(index)
                continue
            }
            // "Năm 2026, trong bối cảnh …, công tác … đạt nhiều kết quả tích cực.": its first
            // sentence speaks of the year's results.
            var end = yearToken + 1
            while end < segment.tokens.upperBound, end < yearToken + 60, !tokens[end].sentenceBreakBefore { end += 1 }
            if (yearToken + 1..<end).contains(where: { tokens[$0].key == Self.result.0 && $0 + 1 < end && tokens[$0 + 1].key == Self.result.1 }) {
                result.insert(index)
            }
        }
        return result
    }

    /// The plan's year when the plan is for that year alone: its title names "năm 2027" and no
    /// later year of its own ("Kế hoạch … năm 2027"; not "giai đoạn 2027–2030", "năm 2027 và định
    /// hướng đến năm 2030"). A year that the Strategy's own name carries ("Chiến lược dữ liệu quốc
    /// gia đến năm 2030") is the Strategy's, wherever it stands.
    private static func annualYear(_ planYear: Int, titleTokens: [Int], normalized: NormalizedText, source: SourceText) -> Int? {
        let tokens = normalized.tokens
        guard let at = titleTokens.firstIndex(where: { index in
            index > 0 && tokens[index - 1].key == Self.yearWord && Years.year(ofToken: index, tokens: tokens, source: source) == planYear
        }) else { return nil }
        // The Strategy's own horizon in its name ("… năm 2027 Chiến lược dữ liệu quốc gia đến năm 2030") is not the plan's.
        let later = titleTokens.contains { index in
            guard let year = Years.year(ofToken: index, tokens: tokens, source: source), year > planYear else { return false }
            return !(index >= 3 && tokens[index - 1].key == Self.yearWord && tokens[index - 2].key == Self.until && tokens[index - 3].key == Self.nation)
        }
        return later ? nil : planYear
    }

    /// Header cells of a table of targets: its indicators or their units.
    private static let targetTableHeaders = PhraseIndex(["chỉ tiêu", "đơn vị tính", "đvt", "đơn vị đo"].map(Phrase.init))

    /// A cell with nothing in it but dashes or dots.
    private static func isBlank(_ range: Range<Int>, _ source: SourceText) -> Bool {
        source.scalars[range].allSatisfy { $0.properties.isWhitespace || "-–—….".unicodeScalars.contains($0) }
    }

    private static let yearWord = Syllable.word("năm"), until = Syllable.word("đến"), nation = Syllable.word("gia")

    /// Words of English that Vietnamese, with or without its diacritics, does not write ("that"
    /// is "thật" typed without them).
    private static let englishMarkers = Set(["and", "of", "with", "for", "will", "from", "this", "is", "are", "by",
                                            "which", "shall", "its", "their", "into"].map(Syllable.word))

    /// Text in English: not a diacritic, and English function words among its words.
    static func isEnglish(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var words = 0, markers = 0
        for index in range where tokens[index].isWord {
            guard tokens[index].isPlain else { return false }
            words += 1
            if englishMarkers.contains(tokens[index].key) { markers += 1 }
        }
        return words >= 4 && markers >= 2 && markers * 100 >= words * 8
    }

    private static let already = Syllable.word("đã"), ministry = Syllable.word("bộ")
    private static let result = (Syllable.word("kết"), Syllable.word("quả"))

    /// Heading nodes whose title contains one of the phrases.
    private static func headings(_ phrases: PhraseIndex, _ finder: PhraseFinder) -> [Int] {
        let tree = finder.tree
        return tree.nodes.indices.filter { index in
            index != 0 && tree.nodes[index].isHeading
                && tree.nodes[index].titleSegment.map { finder.contains(phrases, in: $0..<$0 + 1) } == true
        }
    }

    /// Labelled items, not headings, whose text opens with a lead-in of at most six syllables
    /// ended by a colon ("Về dữ liệu số:") that holds one of the phrases.
    private static func leadInTitled(_ phrases: PhraseIndex, _ finder: PhraseFinder, _ source: SourceText) -> [Int] {
        let tree = finder.tree, tokens = finder.tokens
        return tree.nodes.indices.filter { index in
            let node = tree.nodes[index]
            guard index != 0, !node.isHeading, node.label != nil, let title = node.titleSegment else { return false }
            let range = tree.segments[title].tokens
            // An item of no words ("- …", "<li>-</li>") opens no lead-in.
            guard range.count >= 2 else { return false }
            // The lead-in ends where the first clause break (the colon, or anything else) stands.
            guard let end = (range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 7)).first(where: { tokens[$0].clauseBreakBefore }),
                  (Int(tokens[end - 1].end)..<Int(tokens[end].start)).contains(where: { source.scalars[$0] == ":" }) else { return false }
            return (range.lowerBound..<end).contains { phrases.matchesAny(at: $0, in: tokens, end: end) }
        }
    }

    /// The first segment of each part a plan has: the heading of its section, or for the header,
    /// title and basis their first segment; recipients and signature at "Nơi nhận".
    private static func parts(tree: SectionTree, finder: PhraseFinder, header: Range<Int>, title: Range<Int>, basis: Set<Int>,
                              targets: [Int], tasks: [Int], excluded: [Bool]) -> [SectionKind: Int] {
        var parts: [SectionKind: Int] = [:]
        if !header.isEmpty { parts[.header] = header.lowerBound }
        parts[.title] = title.first
        parts[.basis] = basis.min()
        func first(_ nodes: [Int]) -> Int? { nodes.filter { !excluded[$0] }.compactMap { tree.nodes[$0].titleSegment }.min() }
        parts[.targets] = first(targets)
        parts[.tasks] = first(tasks)
        for (kind, phrases) in finder.vocabulary.partHeadings {
            parts[kind] = first(headings(phrases, finder))
        }
        parts[.annex] = first(tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex })
        parts[.signature] = first(tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .recipients })
        return parts
    }

    /// Where text of a kind belongs: that part's start, else the nearest earlier part the plan
    /// has, else the title, else the first line. For a data rule of an embedded plan, tasks
    /// belong in its data section.
    package func place(of kind: SectionKind, dataScope: Bool = false) -> Int {
        if kind == .tasks, dataScope, form == .embedded, !dataSectionMissing,
           let data = dataNodes.compactMap({ tree.nodes[$0].titleSegment }).min() {
            return data
        }
        for candidate in SectionKind.allCases.reversed() where candidate <= kind {
            if let segment = parts[candidate] { return segment }
        }
        return titleSegments.first ?? 0
    }

    /// The nodes that are not inside another of them.
    private static func outermost(_ nodes: [Int], _ tree: SectionTree) -> [Int] {
        let set = Set(nodes)
        return nodes.filter { !tree.ancestors(of: $0).dropFirst().contains(where: set.contains) }
    }

    private static func headerSegments(_ tree: SectionTree) -> Range<Int> {
        for (index, segment) in tree.segments.enumerated() {
            let node = tree.nodes[segment.node]
            if let label = node.label, label.rank <= 2, !label.isBullet { return 0..<index }
        }
        return 0..<min(tree.segments.count, 40)
    }

    private static func detectProfile(finder: PhraseFinder, header: Range<Int>, source: SourceText) -> (Profile, Int)? {
        for index in header {
            if finder.contains(StructureVocabulary.provinceIssuers, in: index..<index + 1) { return (.province, index) }
            if finder.contains(StructureVocabulary.ministryIssuers, in: index..<index + 1) { return (.ministry, index) }
            let segment = finder.tree.segments[index]
            // "BỘ Y TẾ" as a heading, or in capitals in the header table's cell (a draft's header
            // with its number left blank names no issuer code to go by).
            if let first = segment.tokens.first, finder.tokens[first].key == Self.ministry,
               Int(finder.tokens[first].start) == segment.range.lowerBound,
               segment.role == .heading
                || (segment.role == .cell && first + 1 < segment.tokens.upperBound
                    && isIssuerLine(source.string(Int(finder.tokens[first].start)..<Int(finder.tokens[first + 1].end)))) {
                return (.ministry, index)
            }
        }
        // The symbol line: "Số: 210/KH-UBND", "Số: 123/KH-BYT".
        for index in header {
            let text = source.string(finder.tree.segments[index].range)
            guard let slash = text.firstIndex(of: "/"), let dash = text[slash...].firstIndex(of: "-") else { continue }
            let issuerCode = text[text.index(after: dash)...].prefix { $0.isLetter && $0.isUppercase }
            guard !issuerCode.isEmpty, text[..<slash].contains(where: \.isNumber) else { continue }
            // The symbol line names the profile but is not the issuer: that is the capitalised
            // line above it ("BỘ Y TẾ" in a table cell, which the loop above does not take).
            let issuer = header.prefix { $0 < index }.first { isIssuerLine(source.string(finder.tree.segments[$0].range)) } ?? index
            if issuerCode.hasPrefix("UBND") { return (.province, issuer) }
            if StructureVocabulary.ministrySymbolPrefixes.contains(where: { issuerCode.hasPrefix($0) }) {
                return (.ministry, issuer)
            }
        }
        return nil
    }

    /// The profile an issuer's name gives: "Bộ …" and the ministry-level bodies, or a province's
    /// or a city's People's Committee.
    private static func profile(ofIssuer name: String) -> Profile? {
        let words = TextNormalizer.normalize(name).tokens.map(\.key)
        if words.first == Self.ministry { return .ministry }
        func opens(_ index: PhraseIndex) -> Bool { index.phrases.contains { words.starts(with: $0.keys) } }
        if opens(StructureVocabulary.provinceIssuers) { return .province }
        if opens(StructureVocabulary.ministryIssuers) { return .ministry }
        return nil
    }

    /// A line in capitals that is not the national title: "BỘ Y TẾ", "| ỦY BAN NHÂN DÂN TỈNH |".
    private static func isIssuerLine(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase) && !text.uppercased().contains("CỘNG H")
    }

    private static func classify(finder: PhraseFinder, source: SourceText, header: Range<Int>, title: Range<Int>,
                                 hasTasks: Bool, hasDataHeadings: Bool) -> DocumentForm {
        if title.isEmpty {
            // No plan type line: a plan only by its tasks section, unless the header names another
            // type in capitals, as a heading or a long title line ("BÁO CÁO KẾT QUẢ … VÀ PHƯƠNG
            // HƯỚNG, NHIỆM VỤ NĂM 2027": next year's direction in a report is no plan).
            let tree = finder.tree
            let otherType = header.contains { index in
                guard let type = finder.first(StructureVocabulary.otherDocumentTypes, startingSegment: index) else { return false }
                if tree.segments[index].role == .heading { return true }
                let first = tree.segments[index].tokens.lowerBound
                let words = Int(finder.tokens[first].start)..<Int(finder.tokens[first + type.keys.count - 1].end)
                return words.lowerBound == tree.segments[index].range.lowerBound
                    && source.string(words).allSatisfy { !$0.isLetter || $0.isUppercase }
            }
            // A submission that carries its plan ("TỜ TRÌNH …", then an unnumbered "KẾ HOẠCH …" or
            // "CHƯƠNG TRÌNH HÀNH ĐỘNG …" heading) is read as the plan it carries; "III. KẾ HOẠCH NĂM
            // 2027" in a report is one of its sections.
            let carriesAPlan = tree.segments.indices.contains { index in
                let node = tree.nodes[tree.segments[index].node]
                return tree.segments[index].role == .heading && !(node.titleSegment == index && node.label != nil)
                    && finder.startsWith(StructureVocabulary.planTypes, segment: index)
            }
            if !hasTasks || (otherType && !carriesAPlan) { return .notAPlan }
        }
        // A decision or a resolution that issues no plan and sets no tasks (naming streets,
        // adopting a budget) is no plan.
        if !title.isEmpty, !hasTasks, let type = finder.first(StructureVocabulary.documentTypes, startingSegment: title.lowerBound),
           StructureVocabulary.wrapperTypes.phrases.contains(type), !finder.contains(StructureVocabulary.planTypes, in: title),
           !finder.contains(finder.vocabulary.dataTopic, in: title), !finder.contains(StructureVocabulary.digitalTransformation, in: title) {
            return .notAPlan
        }
        let namesStrategy = finder.contains(StructureVocabulary.dataStrategy, in: title)
            || finder.contains(StructureVocabulary.vision, in: title) && finder.contains(finder.vocabulary.dataTopic, in: title)
                && !finder.contains(StructureVocabulary.planOnlyTypes, in: title)
                && !finder.contains(StructureVocabulary.digitalTransformation, in: title)
        let titleNamesDataStrategy = namesStrategy && !finder.contains(StructureVocabulary.nationalStrategy, in: title)
        if titleNamesDataStrategy, let type = finder.first(StructureVocabulary.documentTypes, startingSegment: title.lowerBound),
           StructureVocabulary.strategyTypes.phrases.contains(type) {
            return .strategy
        }
        if finder.contains(StructureVocabulary.digitalTransformation, in: title)
            && !finder.contains(StructureVocabulary.dataStrategy, in: title) {
            return .embedded
        }
        if finder.contains(finder.vocabulary.dataTopic, in: title) { return .standalone }
        // "Kế hoạch triển khai Quyết định số 142/QĐ-TTg": a plan for the Strategy is a data plan,
        // whatever its data headings.
        if finder.contains(StructureVocabulary.strategyCitations, in: title) { return .standalone }
        return hasDataHeadings ? .embedded : .standalone
    }
}

/// Phrase search over segments, through each list's index.
struct PhraseFinder {
    let tokens: [Token]
    let tree: SectionTree
    let vocabulary: StructureVocabulary

    func contains<S: Sequence>(_ phrases: PhraseIndex, in segments: S) -> Bool where S.Element == Int {
        for index in segments where index < tree.segments.count {
            let range = tree.segments[index].tokens
            for start in range where phrases.matchesAny(at: start, in: tokens, end: range.upperBound) { return true }
        }
        return false
    }

    func startsWith(_ phrases: PhraseIndex, segment: Int) -> Bool {
        first(phrases, startingSegment: segment) != nil
    }

    /// The first phrase of the list that opens the segment.
    func first(_ phrases: PhraseIndex, startingSegment segment: Int) -> Phrase? {
        guard segment < tree.segments.count else { return nil }
        let range = tree.segments[segment].tokens
        return phrases.first(at: range.lowerBound, in: tokens, end: range.upperBound)
    }

    /// The type line ("KẾ HOẠCH", "QUYẾT ĐỊNH" …, upper case, at the start of a segment) and up to
    /// two summary segments after it, stopping at the basis paragraphs ("Căn cứ …").
    func titleSegments(in header: Range<Int>) -> Range<Int> {
        guard let type = header.first(where: { index in
            tree.segments[index].role == .heading && startsWith(StructureVocabulary.documentTypes, segment: index)
        }) else { return header.lowerBound..<header.lowerBound }
        var end = type + 1
        while end < header.upperBound, end < type + 3, !startsWith(vocabulary.basisOpeners, segment: end) || isSummaryLine(end, after: type) {
            end += 1
        }
        return type..<end
    }

    /// The line right after the type line is its summary even when it opens like a basis
    /// ("KẾ HOẠCH / Triển khai Quyết định số 142/QĐ-TTg …"), unless it ends as a basis paragraph does.
    private func isSummaryLine(_ segment: Int, after type: Int) -> Bool {
        guard segment == type + 1, let last = tree.segments[segment].tokens.last else { return false }
        // Clause punctuation other than a full stop after the last word (";", ":", ","): the
        // next token carries it.
        guard last + 1 < tokens.count else { return true }
        return !(tokens[last + 1].clauseBreakBefore && !tokens[last + 1].sentenceBreakBefore)
    }
}
