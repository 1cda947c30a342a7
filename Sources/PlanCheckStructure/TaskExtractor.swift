import Foundation
import PlanCheckText

/// Finds the tasks of a plan: the top items under the headings of tasks sections, and the rows of
/// tables whose header names a task column and a lead, time or output column.
struct TaskExtractor {
    let tree: SectionTree
    let normalized: NormalizedText
    let source: SourceText
    var tokens: [Token] { normalized.tokens }
    let finder: PhraseFinder
    /// A stopped check (`Cancellation`): the work per task is the costliest part of reading a large
    /// plan's structure. A stopped extraction is incomplete; the check says so.
    private var stopped: Bool { Cancellation.requested }
    /// Tables of a task's fields, by the node they stand in, in document order (see `tableFields`).
    private var keyValueTables: [(node: Int, fields: [TaskField: Range<Int>])] = []

    init(tree: SectionTree, normalized: NormalizedText, source: SourceText, finder: PhraseFinder) {
        self.tree = tree
        self.normalized = normalized
        self.source = source
        self.finder = finder
        keyValueTables = tree.tables.compactMap { table in
            guard table.rows.allSatisfy({ $0.count == 2 }) else { return nil }
            var fields: [TaskField: Range<Int>] = [:]
            var named = 0
            for row in table.rows {
                guard let field = fieldName(row[0]) else { continue }
                named += 1
                if fields[field] == nil, !tree.segments[row[1]].tokens.isEmpty { fields[field] = tree.segments[row[1]].range }
            }
            // Most rows name a field: a table of two columns of something else may have one such row.
            return named >= 2 && named * 2 > table.rows.count ? (table.node, fields) : nil
        }.sorted { $0.node < $1.node }
    }

    func tasks(taskNodes: [Int], targetNodes: [Int], excluded: [Bool]) -> (tasks: [PlanTask], tables: [TaskTable]) {
        let (tableRows, tables) = tableTasks(excluded: excluded)
        // An annex without a task table may list its tasks as numbered items with their fields
        // ("1. Xây dựng …; Chủ trì: …; Thời gian: …"): those items are the annex's rows.
        let listed = tables.isEmpty ? annexListTasks(excluded: excluded) : []
        var rows = tableRows + listed
        let listedNodes = Set(listed.compactMap { task -> Int? in if case .item(let node) = task.origin { node } else { nil } })
        // A body item that only points to the annex ("… chi tiết tại Phụ lục") is the annex
        // row's task told again: the row counts, the summary does not.
        let items = itemTasks(taskNodes: taskNodes, targetNodes: targetNodes, excluded: excluded, rowNodes: rows.map(\.node),
                              tableNodes: Set(tables.map(\.node)))
            .filter { task in if case .item(let node) = task.origin { !listedNodes.contains(node) } else { true } }
        guard !rows.isEmpty else { return (dated(assigningLeadsByNumber(withoutGenericLeads(items, keepsBareLabels: true))), tables) }
        // Words as syllables; their spellings only order rows and break ties, so that the order
        // does not depend on when a spelling was first interned.
        var spellings: [Syllable: String] = [:]
        for task in rows + items {
            for token in normalized.tokenRange(task.title).map({ tokens[$0] }) {
                for key in [token.key, token.fold] where spellings[key] == nil { spellings[key] = key.text }
            }
        }
        let names = spellings
        let order: (Syllable) -> String = { syllable in names[syllable] ?? syllable.text }
        // A row's word as written; without diacritics when it was typed without them, so that an
        // annex typed so still mirrors the body. An item offers each word both ways: "tín dụng"
        // does not mirror "thông tin", but "tin dung" in an unaccented annex mirrors "tín dụng".
        var rowsByWords: [Set<Syllable>: [Int]] = [:]
        for (position, row) in rows.enumerated() { rowsByWords[Set(rowWords(row.title)), default: []].append(position) }
        let index = MirrorIndex(Array(rowsByWords.keys), order: order)
        var known: [Set<Syllable>: [Int]] = [:]  // plans repeat items; each wording is looked up once
        // What items tell of each row wording, the first item's word for each field.
        var toldOf: [Int: [TaskField: (range: Range<Int>, years: [Int])]] = [:]
        var kept: [PlanTask] = []
        for item in items {
            let written = normalized.tokenRange(item.title).map { tokens[$0] }
            let words = Set(written.map(\.key)).union(written.map(\.fold))
            let mirrored = known[words] ?? index.mirroring(words, count: Set(written.map(\.key)).count)
            known[words] = mirrored
            guard !mirrored.isEmpty else {
                kept.append(item)
                continue
            }
            for wording in mirrored {
                for (field, range) in item.fields where toldOf[wording]?[field] == nil {
                    toldOf[wording, default: [:]][field] = (range, field == .deadline ? item.deadlineYears : [])
                }
            }
        }
        // The row is the task; what an item says of it and the row's table has no column for (an
        // output "Sản phẩm: …" in the body beside a table of lead and time) is the task's too. A
        // column left empty or filled with no time stays as the row has it. Each row is visited
        // once, however many items tell it.
        let columnsOf = Dictionary(tables.map { ($0.table, $0.columns) }, uniquingKeysWith: { first, _ in first })
        for (wording, fields) in toldOf {
            for position in rowsByWords[index.rows[wording]] ?? [] {
                // An annex listed as items has no columns: what it lacks, the body may give.
                var columns: Set<TaskField> = []
                if case .tableRow(let table, _) = rows[position].origin { columns = columnsOf[table] ?? [] }
                for (field, told) in fields where rows[position].fields[field] == nil && !columns.contains(field) {
                    rows[position].fields[field] = told.range
                    if field == .deadline, rows[position].deadlineYears.isEmpty { rows[position].deadlineYears = told.years }
                }
            }
        }
        return (dated(assigningLeadsByNumber(withoutGenericLeads(kept + rows))), tables)
    }

    /// A lead that names no unit ("Các cơ quan, đơn vị liên quan", "Các đơn vị thuộc Bộ") is no
    /// lead: nobody in particular answers for the task. A kind of unit ("Các sở, ban, ngành") is one.
    /// `keepsBareLabels`: a label that ends its line is kept (in a plan without a task table, a PDF
    /// wraps "Chủ trì:" at a line's end and gives its unit on the next).
    private func withoutGenericLeads(_ tasks: consuming [PlanTask], keepsBareLabels: Bool = false) -> [PlanTask] {
        var tasks = tasks
        for index in tasks.indices {
            guard let lead = tasks[index].fields[.lead] else { continue }
            var words = normalized.tokenRange(lead)
            if let colon = source.scalars[lead].firstIndex(of: ":") {
                words = max(words.lowerBound, normalized.firstToken(endingAfter: colon))..<words.upperBound
            }
            // What is in brackets explains the unit ("(theo chức năng, nhiệm vụ)"); a reviewer's
            // note in square brackets asks who it is ("[Cục TMĐT&KTS hay Văn phòng Bộ? - đề nghị
            // Lãnh đạo Bộ cho ý kiến]"), where "[Sở KH&CN; Quý II/2026]" names it.
            if let open = source.scalars[lead].firstIndex(where: { $0 == "(" })
                ?? source.scalars[lead].firstIndex(of: "[").flatMap({ open in
                    DraftNotes.isNote(opening: open, in: lead, source.scalars, normalized) ? open : nil }) {
                words = words.lowerBound..<max(words.lowerBound, min(words.upperBound, normalized.firstToken(endingAfter: open)))
            }
            // A label with nothing after it ("Chủ trì:" above "Phối hợp: …", "Chủ trì: (chưa phân
            // công)") or a rule for finding one ("Chủ trì: Theo chức năng, nhiệm vụ") names no one.
            // (Only a label at the end of a longer line: "- Chủ trì:" on a line of its own is empty.)
            if words.isEmpty, keepsBareLabels, source.scalars[lead].last(where: { !$0.properties.isWhitespace }) == ":",
               !tasks[index].segments.contains(where: { tree.segments[$0].range.lowerBound == lead.lowerBound }) { continue }
            if words.isEmpty || tokens[words.lowerBound].key == Self.theo {
                tasks[index].fields[.lead] = nil
                continue
            }
            // "Bộ", "tỉnh" name no unit only as whose units they are ("thuộc Bộ", "của tỉnh"): "Các
            // Bộ", "Các tỉnh" are units.
            if words.count >= 2, tokens[words.lowerBound].key == Self.cac,
               words.allSatisfy({ index in
                   Self.genericUnitWords.contains(tokens[index].key)
                       || (Self.ownerWords.contains(tokens[index].key) && index > words.lowerBound
                           && Self.ofWords.contains(tokens[index - 1].key))
               }) {
                tasks[index].fields[.lead] = nil
            }
        }
        return tasks
    }

    private static let genericUnitWords: Set<Syllable> = Set(["các", "cơ", "quan", "đơn", "vị", "liên", "thuộc", "trực",
                                                               "của", "có", "và"].map(Syllable.word))
    private static let ownerWords: Set<Syllable> = Set(["bộ", "tỉnh"].map(Syllable.word))
    private static let ofWords: Set<Syllable> = Set(["thuộc", "của"].map(Syllable.word))

    /// Each task with the end of its time frame, once its fields are final.
    /// (Consumed: the caller's array is not kept, so the tasks are dated in place, not copied.)
    private func dated(_ tasks: consuming [PlanTask]) -> [PlanTask] {
        var tasks = tasks
        for index in tasks.indices where !tasks[index].deadlineYears.isEmpty {
            tasks[index].deadlineEnd = Years.deadlineEnd(of: tasks[index], normalized: normalized)
        }
        return tasks
    }

    /// Finds whether a body item tells again a task-table row: most of the words (70%) of the
    /// shorter of the two, of four words at least, are the other's. The row, with its columns, is
    /// the task. Rows are found through their rarest words, so that a plan of thousands of items
    /// and rows is not compared pair by pair: if 70% of the shorter side's words are shared, one
    /// of its ⌊0.3·n⌋+1 rarest words is, by pigeonhole.
    private struct MirrorIndex {
        let rows: [Set<Syllable>]
        /// A word's spelling, for an order independent of the interning.
        let order: (Syllable) -> String
        /// In how many rows each word occurs.
        let frequency: [Syllable: Int]
        /// Rows by each word that is among their rarest.
        let byRareWord: [Syllable: [Int]]
        /// Rows by every word they hold.
        let byWord: [Syllable: [Int]]

        /// Rows compared with one item at most, in a fixed order: the comparison stays
        /// bounded on a plan of many near-identical rows (each candidate shares a rare word).
        static let candidateLimit = 4_096

        init(_ rows: [Set<Syllable>], order: @escaping (Syllable) -> String) {
            // One order, whatever the hashing: by the rows' sorted words.
            let rows = rows.map { ($0, $0.map(order).sorted()) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
            self.rows = rows
            self.order = order
            var frequency: [Syllable: Int] = [:]
            var byWord: [Syllable: [Int]] = [:]
            for (index, words) in rows.enumerated() {
                for word in words {
                    frequency[word, default: 0] += 1
                    byWord[word, default: []].append(index)
                }
            }
            var byRareWord: [Syllable: [Int]] = [:]
            for (index, words) in rows.enumerated() where words.count >= 4 {
                for word in Self.rarest(words, frequency, order) { byRareWord[word, default: []].append(index) }
            }
            self.frequency = frequency
            self.byRareWord = byRareWord
            self.byWord = byWord
        }

        static func rarest(_ words: Set<Syllable>, _ frequency: [Syllable: Int], _ order: (Syllable) -> String) -> [Syllable] {
            let count = words.count * 3 / 10 + 1
            return Array(words.map { (frequency[$0, default: 0], order($0), $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
                .prefix(count).map(\.2))
        }

        /// The row wordings (indices into `rows`) the item tells again. `words` are the item's
        /// words written both ways, `count` how many distinct words it has.
        func mirroring(_ words: Set<Syllable>, count: Int) -> [Int] {
            guard !rows.isEmpty, count >= 4 else { return [] }
            // The item the shorter side: a row holding one of its rarest words. The row the
            // shorter side: a row one of whose rarest words the item holds.
            var candidates = Set(Self.rarest(words, frequency, order).flatMap { byWord[$0] ?? [] })
            for word in words { candidates.formUnion(byRareWord[word] ?? []) }
            return candidates.sorted().prefix(Self.candidateLimit).filter { index in
                let other = rows[index]
                let shorter = min(count, other.count)
                return shorter >= 4 && words.intersection(other).count * 10 >= shorter * 7
            }
        }
    }

    /// The segments of each node outside table cells, ascending.
    private func textSegmentsByNode() -> [Int: [Int]] {
        var segmentsOfNode: [Int: [Int]] = [:]
        // A reviewer's note on a line of its own ("[Vụ KHTC: đề nghị làm rõ nguồn vốn]") is no part
        // of a task: not its field, not its lead.
        for (index, segment) in tree.segments.enumerated() where segment.role != .cell && !isBracketedNote(index, opening: ["["]) {
            segmentsOfNode[segment.node, default: []].append(index)
        }
        return segmentsOfNode
    }

    /// The fields of the tables of two columns among these nodes whose first cells name them
    /// ("| Đơn vị chủ trì | Sở Khoa học và Công nghệ |", "| Thời gian thực hiện | Quý II/2027 |"),
    /// as a plan that follows each task with a small table of its fields has them. A row whose
    /// value cell is empty gives nothing; the first row of a field holds.
    private func tableFields(_ nodes: Range<Int>) -> [TaskField: Range<Int>] {
        var fields: [TaskField: Range<Int>] = [:]
        var low = 0, high = keyValueTables.count
        while low < high {
            let middle = (low + high) / 2
            if keyValueTables[middle].node < nodes.lowerBound { low = middle + 1 } else { high = middle }
        }
        for table in keyValueTables[low...] {
            guard nodes.contains(table.node) else { break }
            for (field, value) in table.fields where fields[field] == nil { fields[field] = value }
        }
        return fields
    }

    /// A cell that is only a field's name: six words at most, naming the partners ("Đơn vị phối
    /// hợp") or else one field.
    private func fieldName(_ segment: Int) -> TaskField? {
        guard tree.segments[segment].tokens.count <= 6 else { return nil }
        let fields = finder.vocabulary.taskColumns
        if let partners = fields.first(where: { $0.0 == .partners }), finder.contains(partners.1, in: segment..<segment + 1) { return .partners }
        return fields.first { finder.contains($0.1, in: segment..<segment + 1) }?.0
    }

    private func rowWords(_ range: Range<Int>) -> [Syllable] {
        normalized.tokenRange(range).map { tokens[$0].isPlain ? tokens[$0].fold : tokens[$0].key }
    }

    /// The numbered items of an annex that carry two of a lead, a time frame and an output of
    /// their own: an annex written as a list instead of a table, whose items are its rows.
    private func annexListTasks(excluded: [Bool]) -> [PlanTask] {
        let annexes = tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex }
        guard !annexes.isEmpty else { return [] }
        let inAnnex = tree.insideMask(Set(annexes))
        let segmentsOfNode = textSegmentsByNode()
        let subtreeEnd = tree.subtreeEnd
        var result: [PlanTask] = []
        for (index, node) in tree.nodes.enumerated() where inAnnex[index] && !excluded[index] {
            if stopped { break }
            guard !node.isHeading, let label = node.label, !label.isBullet, let parent = node.parent,
                  tree.nodes[parent].isHeading || tree.nodes[parent].label?.kind == .annex,
                  let title = node.titleSegment, attribute(of: title) == nil else { continue }
            let segments = (index..<subtreeEnd[index]).flatMap { segmentsOfNode[$0] ?? [] }.sorted()
            guard let first = segments.first, let last = segments.last else { continue }
            let range = tree.segments[first].range.lowerBound..<tree.segments[last].range.upperBound
            let task = task(.item(node: index), segments: segments, range: range, title: tree.segments[title].range, node: index)
            // A list item of an annex is a task when it is given at least two of its fields.
            if [TaskField.lead, .deadline, .output].filter({ task.fields[$0] != nil }).count >= 2 { result.append(task) }
        }
        return result
    }

    // MARK: Items

    /// The top items under the headings of tasks sections; under a heading with no numbered
    /// items, each paragraph ("Sở Tư pháp chủ trì …"), with the attribute lines after it
    /// ("Sản phẩm: …", "Kết quả: …"). Items under a targets heading are targets, not tasks.
    /// `tableNodes`: where the task tables stand.
    private func itemTasks(taskNodes: [Int], targetNodes: [Int], excluded: [Bool], rowNodes: [Int], tableNodes: Set<Int>) -> [PlanTask] {
        let annexRows = !rowNodes.isEmpty
        let inside = tree.insideMask(Set(taskNodes))
        let targets = tree.insideMask(Set(targetNodes))
        let segmentsOfNode = textSegmentsByNode()
        var result: [PlanTask] = []
        let subtreeEnd = tree.subtreeEnd
        // A section that says its tasks are detailed in the annex ("Nhiệm vụ cụ thể, cơ quan chủ
        // trì, thời gian … chi tiết tại Phụ lục") delegates them to the annex rows: its items are
        // summaries, not tasks of their own. The note is a paragraph of its own (after the last
        // item it hangs from that item's node), not an item's title. It speaks for the section it
        // stands in (its nearest heading) and for every enclosing section it closes: "(Chi tiết tại
        // Phụ lục, Mục I)" ending III.1 leaves III.2's own tasks alone; the same note ending III.8,
        // the last part of III, speaks for all of III.
        var delegating: Set<Int> = []
        if annexRows {
            for (node, segments) in segmentsOfNode where inside[node] {
                for note in segments where note != tree.nodes[node].titleSegment && pointsToAnnex([note]) {
                    var section = node
                    while !tree.nodes[section].isHeading, let parent = tree.nodes[section].parent { section = parent }
                    let next = note + 1 < tree.segments.count ? tree.segments[note + 1].node : tree.nodes.count
                    while let parent = tree.nodes[section].parent, inside[parent], tree.nodes[parent].isHeading,
                          !(parent..<subtreeEnd[parent]).contains(next) {
                        section = parent
                    }
                    // The annex it points to holds rows outside it: a table among its own groups
                    // is one of its groups, and an annex not attached takes over nothing.
                    let own = section..<subtreeEnd[section]
                    if rowNodes.contains(where: { !own.contains($0) }) { delegating.insert(section) }
                }
            }
        }
        let delegated = tree.insideMask(delegating)
        // A group's own field lines ("+ Cơ quan chủ trì: Sở Khoa học và Công nghệ; phối hợp: …" among
        // the items under "a) Kiện toàn cơ chế điều phối …") give every task of the group that lacks them.
        var groupFields: [Int: [TaskField: Range<Int>]] = [:]
        for (index, node) in tree.nodes.enumerated() where inside[index] && !node.isHeading && node.label != nil {
            guard let parent = node.parent, tree.nodes[parent].isHeading, let title = node.titleSegment,
                  let field = attribute(of: title), groupFields[parent]?[field] == nil else { continue }
            groupFields[parent, default: [:]][field] = tree.segments[title].range
        }
        // A group headed by a unit ("2. Cục Thuế:" above "a) …", "b) …", as a plan that lists its
        // tasks by unit has them) gives that unit as the lead of each of its tasks.
        for (index, node) in tree.nodes.enumerated() where inside[index] && node.isHeading && node.label != nil {
            guard let title = node.titleSegment, groupFields[index]?[.lead] == nil,
                  let lead = unitHeading(title, titleStart: node.label?.contentStart) else { continue }
            groupFields[index, default: [:]][.lead] = lead
        }
        // A group headed by a time ("#### Quý I/2027", "Năm 2027" above the tasks due then) or by a
        // rhythm ("5. Nhiệm vụ thực hiện thường xuyên") gives each of its tasks that time frame.
        for (index, node) in tree.nodes.enumerated() where inside[index] && node.isHeading {
            guard let title = node.titleSegment, groupFields[index]?[.deadline] == nil,
                  namesOnlyATime(title) || namesARhythm(title) else { continue }
            groupFields[index, default: [:]][.deadline] = tree.segments[title].range
        }
        // So do its unnumbered field paragraphs: under the heading itself, or after its last item
        // when no other item gives that field ("*Thời gian thực hiện:* Quý II/2027" after the items
        // 1.1.1–1.1.3 under "1.1. Xây dựng Quy chế …" is the time of all three).
        for (index, node) in tree.nodes.enumerated() where inside[index] && node.isHeading {
            let items = node.children.filter { !tree.nodes[$0].isHeading && tree.nodes[$0].label != nil }
            func fieldLines(_ owner: Int) -> [(TaskField, Int)] {
                (segmentsOfNode[owner] ?? []).compactMap { segment in
                    guard segment != tree.nodes[owner].titleSegment, tree.segments[segment].role == .body,
                          let field = attribute(of: segment) else { return nil }
                    return (field, segment)
                }
            }
            var lines = fieldLines(index)
            if items.count >= 2, let last = items.last {
                let others = Set(items.dropLast().flatMap { item in fieldLines(item).map(\.0) })
                lines += fieldLines(last).filter { !others.contains($0.0) }
            }
            for (field, segment) in lines where groupFields[index]?[field] == nil {
                groupFields[index, default: [:]][field] = tree.segments[segment].range
            }
        }
        for (index, node) in tree.nodes.enumerated() where inside[index] && !excluded[index] && !targets[index] {
            if stopped { break }
            // In a delegating section only an item that assigns its own lead ("Thanh tra Bộ chủ trì")
            // is a task of the body: the annex may not carry it, whatever the note says. Items
            // that tell an annex row again are dropped below, as everywhere.
            if delegated[index] && (node.isHeading || node.label == nil) { continue }
            if node.isHeading {
                if let task = headingTask(index, segmentsOfNode: segmentsOfNode, subtreeEnd: subtreeEnd) {
                    result.append(task)
                } else if !tableNodes.contains(index) {
                    // Under a task table's heading, paragraphs are notes ("(Kèm theo Kế hoạch …)").
                    result += paragraphTasks(under: index, segments: segmentsOfNode[index] ?? [], annexRows: annexRows,
                                             group: groupFields[index] ?? [:])
                }
                continue
            }
            guard let parent = node.parent, tree.nodes[parent].isHeading, node.label != nil else { continue }
            // "- Đơn vị chủ trì: …" under a task written as a heading is a field of that task.
            if let title = node.titleSegment, attribute(of: title) != nil { continue }
            // The item and everything under it (sub-bullets are details of the same task).
            let segments = (index..<subtreeEnd[index]).flatMap { segmentsOfNode[$0] ?? [] }.sorted()
            guard let first = segments.first, let last = segments.last else { continue }
            if annexRows, pointsToAnnex(segments) { continue }
            // An item over a task table of its own ("5. Bảo đảm an toàn thông tin" above "Bảng 5.
            // | Công việc | Chủ trì | …") names a group of the table's rows: the rows are the tasks.
            if !tableNodes.isEmpty, (index..<subtreeEnd[index]).contains(where: { tableNodes.contains($0) }) { continue }
            let range = tree.segments[first].range.lowerBound..<tree.segments[last].range.upperBound
            let title = node.titleSegment.map { tree.segments[$0].range } ?? range
            let table = tableFields(index..<subtreeEnd[index])
            if delegated[index] {
                let own = task(.item(node: index), segments: segments, range: range, title: title, node: index, table: table)
                if own.fields[.lead] != nil { result.append(own) }
                continue
            }
            result.append(task(.item(node: index), segments: segments, range: range, title: title, node: index,
                               group: groupFields[parent] ?? [:], table: table))
        }
        return result
    }

    /// A task written as a heading whose items are only its fields ("3.1.1. Xây dựng Quy chế …"
    /// then "- Đơn vị chủ trì: …", "- Thời hạn: …").
    private func headingTask(_ index: Int, segmentsOfNode: [Int: [Int]], subtreeEnd: [Int]) -> PlanTask? {
        let node = tree.nodes[index]
        let items = node.children.filter { !tree.nodes[$0].isHeading }
        guard let title = node.titleSegment, !items.isEmpty,
              items.allSatisfy({ tree.nodes[$0].titleSegment.map { attribute(of: $0) != nil } == true }) else { return nil }
        let segments = (index..<subtreeEnd[index]).flatMap { segmentsOfNode[$0] ?? [] }.sorted()
        guard let last = segments.last else { return nil }
        let range = tree.segments[title].range.lowerBound..<tree.segments[last].range.upperBound
        return task(.item(node: index), segments: segments, range: range, title: tree.segments[title].range, node: index,
                    table: tableFields(index..<subtreeEnd[index]))
    }

    /// Paragraphs of a heading without numbered items, each with the attribute lines after it. A
    /// heading with sections under it has an introduction there ("Mỗi nhiệm vụ dưới đây ghi rõ …"),
    /// not tasks: the tasks are in its sections.
    private func paragraphTasks(under node: Int, segments: [Int], annexRows: Bool,
                                group: [TaskField: Range<Int>] = [:]) -> [PlanTask] {
        guard !tree.nodes[node].children.contains(where: { child in
            tree.nodes[child].isHeading || tree.nodes[child].label != nil
        }) else { return [] }
        var groups: [[Int]] = []
        for segment in segments where segment != tree.nodes[node].titleSegment && tree.segments[segment].role == .body {
            // The legal basis ("Căn cứ …") is not a task, nor is a note in brackets ("(Kèm theo Kế
            // hoạch số …)", "(Chi tiết tại Phụ lục)").
            if finder.startsWith(finder.vocabulary.basisOpeners, segment: segment) || isBracketedNote(segment) { continue }
            if attribute(of: segment) != nil, !groups.isEmpty {
                groups[groups.count - 1].append(segment)
            } else {
                groups.append([segment])
            }
        }
        return groups.compactMap { paragraphs -> PlanTask? in
            guard let first = paragraphs.first, let last = paragraphs.last, !(annexRows && pointsToAnnex(paragraphs)) else { return nil }
            let range = tree.segments[first].range.lowerBound..<tree.segments[last].range.upperBound
            return task(.paragraph(segment: first), segments: paragraphs, range: range, title: tree.segments[first].range,
                        node: node, group: group)
        }
    }

    /// A paragraph wholly in brackets (markup and a final stop aside): its first bracket closes at
    /// its end ("(3) Rà soát … (Công an tỉnh chủ trì)." is an item, not a note). A reviewer's note
    /// in square brackets ("[Vụ Tổ chức cán bộ: đề nghị bổ sung nhiệm vụ đào tạo …]") is one too.
    private func isBracketedNote(_ segment: Int, opening: Set<Unicode.Scalar> = ["(", "["]) -> Bool {
        let range = tree.segments[segment].range
        let text = source.scalars[range].filter { $0 != "*" && $0 != "_" && !$0.properties.isWhitespace }
        guard let open = text.first, opening.contains(open) else { return false }
        // Square brackets hold a reviewer's remark, or fields ("[Chủ trì: Sở …; thời gian: …]").
        if open == "[" {
            guard let at = source.scalars[range].firstIndex(of: "["), DraftNotes.isNote(opening: at, in: range, source.scalars, normalized)
            else { return false }
        }
        let close: Unicode.Scalar = open == "(" ? ")" : "]"
        let end = text.last == "." ? text.dropLast() : text[...]
        guard end.last == close else { return false }
        var depth = 0
        for (offset, scalar) in end.enumerated() {
            if scalar == open { depth += 1 } else if scalar == close { depth -= 1 }
            if depth <= 0 { return offset == end.count - 1 }
        }
        return false
    }

    private func task(_ origin: PlanTask.Origin, segments: [Int], range: Range<Int>, title: Range<Int>, node: Int,
                      group: [TaskField: Range<Int>] = [:], table: [TaskField: Range<Int>] = [:]) -> PlanTask {
        // The task's own table of fields ("| Đơn vị chủ trì | Sở … |") labels them as lines do.
        var fields = table
        // A line that labels a field ("Thời gian thực hiện: 2027 - 2031") says it first, whichever
        // line it is: a year the task's description mentions ("Giai đoạn 1 (năm 2027) …") does not.
        var timeLine: Int?
        var partnerLines: Set<Int> = []
        for segment in segments {
            guard let field = attribute(of: segment) else { continue }
            if field == .partners { partnerLines.insert(segment) }
            if fields[field] == nil {
                fields[field] = tree.segments[segment].range
                if field == .deadline, segment != segments.first { timeLine = segment }
            }
        }
        // A partners line names no lead, whatever words it uses ("Đơn vị phối hợp: …, các đơn vị
        // chủ quản cơ sở dữ liệu").
        for segment in segments where !partnerLines.contains(segment) {
            for (field, found) in fieldsByWording(in: segment) where fields[field] == nil { fields[field] = found }
        }
        // Without a marked time frame, the first year; without a marked lead, the unit the task
        // sentence opens with ("Sở Tư pháp rà soát …", "Giao Công an tỉnh …") or names in brackets.
        // A time frame given but naming no time ("Tiến độ: Theo tiến độ của Bộ Công an") is none,
        // and no year elsewhere in the task stands in for it.
        // (Explicit calls, not method references: a reference copies the whole extractor, retaining
        // each of its arrays, once per task.)
        let deferred = fields[.deadline].map { namesNoTime($0) } ?? false
        if deferred {
            fields[.deadline] = nil
        } else if fields[.deadline] == nil, group[.deadline] == nil, let year = firstOf(segments, { yearClause(in: $0) }) {
            // The group's time frame, when it gives one, wins over a year the sentence mentions
            // ("thay thế Quy chế năm 2021").
            fields[.deadline] = year
        }
        if fields[.lead] == nil, let first = segments.first, let lead = subjectLead(in: first, title: title) { fields[.lead] = lead }
        if fields[.lead] == nil, let lead = firstOf(segments, { bracketedLead(in: $0) }) { fields[.lead] = lead }
        for (field, range) in group where fields[field] == nil && !(field == .deadline && deferred) { fields[field] = range }
        if let deadline = fields[.deadline], namesNoTime(deadline) { fields[.deadline] = nil }
        var years = fields[.deadline].map { self.years(in: $0) } ?? []
        if let deadline = fields[.deadline], let last = years.max() {
            // A later stage the task completes by ("năm 2027 hoàn thành hồ sơ cấp phép; toàn bộ
            // hoàn thành trước năm 2032"): its time frame runs to that year.
            for segment in segments { years += laterCompletionYears(in: segment, after: last, outside: deadline) }
        }
        var planTask = PlanTask(origin: origin, range: range, title: title, segments: segments, node: node, fields: fields, deadlineYears: years)
        planTask.timeLine = timeLine
        return planTask
    }

    /// Years after `last` in the clauses of a segment that say what the task completes by then
    /// (a completion word before the year in one clause), outside the time frame already found.
    /// The year is the completion's own: within six syllables of the word and written as a time
    /// ("hoàn thành trước năm 2032"; not "hoàn thành mục tiêu … tầm nhìn đến năm 2045", nor
    /// "hoàn thành số hóa 2050 hồ sơ").
    private func laterCompletionYears(in segmentIndex: Int, after last: Int, outside deadline: Range<Int>) -> [Int] {
        let segment = tree.segments[segmentIndex]
        var found: [Int] = []
        var clauseEnd = segment.range.lowerBound
        for start in segment.tokens where Int(tokens[start].start) >= clauseEnd {
            guard finder.vocabulary.completions.matchesAny(at: start, in: tokens, end: segment.tokens.upperBound),
                  !deadline.contains(Int(tokens[start].start)) else { continue }
            clauseEnd = clause(from: Int(tokens[start].start), in: segment).upperBound
            for index in start..<min(segment.tokens.upperBound, start + 8) {
                guard Int(tokens[index].start) < clauseEnd else { break }
                if let year = year(at: index), year > last, writtenAsTime(index, in: segment) { found.append(year) }
            }
        }
        return found
    }

    /// "Sản phẩm: …", "Kết quả: …", "Thời gian: …": a line that gives one field of the task above:
    /// it opens with the field's wording, a colon at most three words after it. A label naming the
    /// partners anywhere before its colon ("Đơn vị phối hợp:") gives them, as a table header does,
    /// though it opens with a lead's unit word ("đơn vị").
    private func attribute(of segmentIndex: Int) -> TaskField? {
        let segment = tree.segments[segmentIndex]
        let start = segment.tokens.lowerBound
        if let colon = labelColon(segment), let partners = finder.vocabulary.taskColumns.first(where: { $0.0 == .partners })?.1 {
            let label = start..<normalized.firstToken(endingAfter: colon)
            if label.contains(where: { partners.matchesAny(at: $0, in: tokens, end: label.upperBound) }) { return .partners }
        }
        for (field, phrases) in finder.vocabulary.taskColumns {
            for index in phrases.matches(at: start, in: tokens, end: segment.tokens.upperBound) {
                let phrase = phrases.phrases[index]
                let end = Int(tokens[start + phrase.keys.count - 1].end)
                // The label is followed by a colon: "Sản phẩm dự kiến:" allows words before it.
                var index = end
                var words = 0
                while index < segment.range.upperBound, words <= 3 {
                    let scalar = source.scalars[index]
                    if scalar == ":" { return field }
                    if scalar == " " { words += 1 }
                    if scalar == "." || scalar == ";" || scalar == "," { break }
                    index += 1
                }
            }
        }
        return nil
    }

    /// The colon ending a segment's first words (six at most), if they are a label.
    private func labelColon(_ segment: Segment) -> Int? {
        var words = 0, index = segment.range.lowerBound
        while index < segment.range.upperBound, words <= 6 {
            let scalar = source.scalars[index]
            if scalar == ":" { return index }
            if scalar == " " { words += 1 }
            if scalar == "." || scalar == ";" || scalar == "," { return nil }
            index += 1
        }
        return nil
    }

    private func pointsToAnnex(_ segments: [Int]) -> Bool {
        finder.contains(finder.vocabulary.annexReferences, in: segments)
    }

    /// A unit in brackets after the task: "… [Sở KH&CN] [2026]", "… (Công an tỉnh; 2026)".
    private func bracketedLead(in segmentIndex: Int) -> Range<Int>? {
        let segment = tree.segments[segmentIndex]
        var index = segment.range.lowerBound
        while index < segment.range.upperBound {
            let scalar = source.scalars[index]
            if scalar == "[" || scalar == "(" {
                let start = normalized.firstToken(endingAfter: index + 1)
                // In the square brackets that assign a task, a collective lead is still its
                // assignment ("[Các sở, ban, ngành; thường xuyên]"); in parentheses it is more often
                // an explanation ("cho cán bộ (các cơ quan, đơn vị thuộc tỉnh)").
                let collective = scalar == "[" && start < segment.tokens.upperBound && tokens[start].key == Self.cac
                    && (start + 1 < segment.tokens.upperBound && Self.collectiveHeads.contains(tokens[start + 1].key)
                        || finder.vocabulary.subjectUnits.matchesAny(at: start + 1, in: tokens, end: segment.tokens.upperBound))
                if collective || finder.vocabulary.subjectUnits.matchesAny(at: start, in: tokens, end: segment.tokens.upperBound) {
                    let close: Unicode.Scalar = scalar == "[" ? "]" : ")"
                    var end = index + 1
                    while end < segment.range.upperBound, source.scalars[end] != close { end += 1 }
                    return index..<min(end + 1, segment.range.upperBound)
                }
            }
            index += 1
        }
        return nil
    }

    /// The clause of a task that opens with a unit ("Sở …", "Công an tỉnh …", "Giao Cục …").
    private func subjectLead(in segmentIndex: Int, title: Range<Int>) -> Range<Int>? {
        let segment = tree.segments[segmentIndex]
        let start = normalized.firstToken(endingAfter: title.lowerBound)
        guard start < segment.tokens.upperBound,
              finder.vocabulary.subjectUnits.matchesAny(at: start, in: tokens, end: segment.tokens.upperBound)
        else { return nil }
        return clause(from: Int(tokens[start].start), in: segment)
    }

    /// A heading that is a unit's name and a colon ("Cục Công nghệ thông tin và Chuyển đổi số:"):
    /// the name, without the colon.
    private func unitHeading(_ segmentIndex: Int, titleStart: Int?) -> Range<Int>? {
        let segment = tree.segments[segmentIndex]
        let start = normalized.firstToken(endingAfter: titleStart ?? segment.range.lowerBound)
        guard start < segment.tokens.upperBound, segment.tokens.upperBound - start <= 16,
              finder.vocabulary.subjectUnits.matchesAny(at: start, in: tokens, end: segment.tokens.upperBound) else { return nil }
        var end = segment.range.upperBound
        while end > segment.range.lowerBound, source.scalars[end - 1] == "*" || source.scalars[end - 1] == "_"
                || source.scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard end > segment.range.lowerBound, source.scalars[end - 1] == ":" else { return nil }
        return Int(tokens[start].start)..<(end - 1)
    }

    /// "Chủ trì: Sở …", "Sở … chủ trì", "thời gian: Quý II/2025", "năm 2025", "Sản phẩm: …".
    private func fieldsByWording(in segmentIndex: Int) -> [TaskField: Range<Int>] {
        let segment = tree.segments[segmentIndex]
        var found: [TaskField: Range<Int>] = [:]
        var labels: [Int] = []  // where each labelled field starts: one field's text ends at the next's label
        let wordings = finder.vocabulary.fieldWordings
        // Each clause's end and the next year are found once, walking forward with the wordings:
        // a cell that repeats a time word ("quý quý quý …") is not scanned again at each of them.
        var clauseEnd = segment.range.lowerBound
        var nextYear = segment.tokens.lowerBound
        for start in segment.tokens {
            for index in wordings.matches(at: start, in: tokens, end: segment.tokens.upperBound) {
                let role = finder.vocabulary.fieldWordingRoles[index]
                // A field labelled as in a table's header, inline: "…; kết quả: Quyết định …". Only with
                // the colon: "hồ sơ, kết quả giải quyết TTHC" names no output.
                let last = start + wordings.phrases[index].keys.count - 1
                let labelled = followedByColon(tokens[last].range.upperBound, in: segment)
                    || namesItsValue(start: start, last: last, in: segment)
                if labelled { labels.append(Int(tokens[start].start)) }
                guard found[role.field] == nil else { continue }
                if role.asLabel, !labelled { continue }
                let offset = Int(tokens[start].start)
                if offset >= clauseEnd { clauseEnd = clause(from: offset, in: segment).upperBound }
                let clause = offset..<clauseEnd
                if role.needsTime, !labelled {
                    while nextYear < segment.tokens.upperBound, nextYear < start || year(at: nextYear) == nil { nextYear += 1 }
                    let yearInClause = nextYear < segment.tokens.upperBound && Int(tokens[nextYear].start) < clauseEnd
                    if !yearInClause, !numberFollows(start, last, before: clauseEnd) { continue }
                }
                found[role.field] = clause
            }
        }
        // A field's text ends where the next labelled field begins ("Thời gian: 2026 <br> Sản
        // phẩm: …" in one cell, or its paragraphs joined).
        for (field, range) in found {
            if let next = labels.first(where: { $0 > range.lowerBound && $0 < range.upperBound }) {
                var end = next
                while end > range.lowerBound {
                    let scalar = source.scalars[end - 1]
                    if scalar.properties.isWhitespace || scalar == "/" || scalar == "|" {
                        end -= 1
                    } else if scalar == ">", let open = (max(range.lowerBound, end - 8)..<end).last(where: { source.scalars[$0] == "<" }) {
                        end = open  // a line-break tag between the fields ("<br>")
                    } else {
                        break
                    }
                }
                found[field] = range.lowerBound..<max(range.lowerBound, end)
            }
        }
        return found
    }

    /// A number right after a time-frame word, within its clause: "Quý II", "quý 3/2026", "thời gian
    /// thực hiện: giai đoạn 2", "hoàn thành trong giai đoạn 1". A phase that names a thing ("Kho dữ
    /// liệu giai đoạn 1") is no time: after "giai đoạn" a small number counts only where the phase
    /// opens its clause or follows "trong", "vào", "từ", "thuộc".
    private func numberFollows(_ start: Int, _ last: Int, before clauseEnd: Int) -> Bool {
        let next = last + 1
        if tokens[last].key == Self.đoạn, start > 0, !tokens[start].clauseBreakBefore, !tokens[start].sentenceBreakBefore,
           !Self.timePrepositions.contains(tokens[start - 1].key) {
            return false
        }
        return next < tokens.count && Int(tokens[next].start) < clauseEnd
            && (tokens[next].key.number != nil || Self.romanNumerals.contains(tokens[next].key))
    }

    /// "Thời hạn: Theo lộ trình do Bộ Công an hướng dẫn", a cell "Theo tiến độ dự án": a time
    /// frame that defers to another schedule and has no number in it names no time; nor does one
    /// that waits on a condition ("Khi được bố trí kinh phí", "Sau khi có hướng dẫn của Bộ …",
    /// "Tùy theo khả năng cân đối").
    private func namesNoTime(_ range: Range<Int>) -> Bool {
        let tokens = normalized.tokenRange(range)
        var first = tokens.lowerBound
        if let colon = source.scalars[range].firstIndex(of: ":") { first = max(first, normalized.firstToken(endingAfter: colon)) }
        // "Thực hiện sau khi Chính phủ ban hành Nghị định": doing the task once something else is.
        let opening = first
        while first + 1 < tokens.upperBound, first - opening < 3, Self.doingWords.contains(normalized.tokens[first].key) { first += 1 }
        guard first < tokens.upperBound, Self.deferringOpeners.contains(normalized.tokens[first].key) else { return false }
        // A rhythm names a time all the same ("Sau khi hoàn thành nâng cấp LGSP, thực hiện thường xuyên").
        let rhythm = (first..<tokens.upperBound).contains { finder.vocabulary.frequencies.matchesAny(at: $0, in: normalized.tokens, end: tokens.upperBound) }
        return !rhythm && normalized.tokens[first..<tokens.upperBound].allSatisfy(\.isWord)
    }

    /// How a time frame that names no time opens: another schedule or a condition.
    private static let doingWords: Set<Syllable> = Set(["thực", "hiện", "triển", "khai", "sẽ", "chỉ"].map(Syllable.word))
    private static let deferringOpeners: Set<Syllable> = Set(["theo", "khi", "sau", "tùy", "tuỳ", "nếu", "chờ", "trường"].map(Syllable.word))

    /// The first non-nil result of `find` over the segments.
    private func firstOf(_ segments: [Int], _ find: (Int) -> Range<Int>?) -> Range<Int>? {
        for segment in segments { if let found = find(segment) { return found } }
        return nil
    }

    /// A line that opens "(Kèm theo …)": what follows is attached to the plan.
    private func attaches(_ segment: Int) -> Bool {
        let range = tree.segments[segment].tokens
        return range.count >= 2 && tokens[range.lowerBound].key == Self.kem && tokens[range.lowerBound + 1].key == Self.theo
            && source.scalars[tree.segments[segment].range].first(where: { $0 != "*" && $0 != "_" && $0 != " " }) == "("
    }

    private static let kem = Syllable.word("kèm")
    private static let theo = Syllable.word("theo"), cac = Syllable.word("các")
    private static let collectiveHeads: Set<Syllable> = Set(["cơ", "đơn", "sở", "bộ", "địa"].map(Syllable.word))

    private static let timePrepositions: Set<Syllable> = Set(["trong", "vào", "từ", "thuộc"].map(Syllable.word))
    private static let romanNumerals: Set<Syllable> = Set(["i", "ii", "iii", "iv"].map(Syllable.word))

    /// A label written as a sentence: the wording opens a clause and "là" follows within four
    /// syllables ("Sản phẩm là Kho dữ liệu …", "Sản phẩm của nhiệm vụ là Thông tư …"). Inside a
    /// clause the same noun is a thing the task uses ("bằng sản phẩm mật mã").
    private func namesItsValue(start: Int, last: Int, in segment: Segment) -> Bool {
        guard start == segment.tokens.lowerBound || tokens[start].clauseBreakBefore || tokens[start].sentenceBreakBefore else { return false }
        let end = min(last + 5, segment.tokens.upperBound)
        return (last + 1..<max(last + 1, end)).contains { tokens[$0].key == Self.la && !tokens[$0].clauseBreakBefore }
    }

    private static let la = Syllable.word("là")

    private func followedByColon(_ offset: Int, in segment: Segment) -> Bool {
        var index = offset
        while index < segment.range.upperBound, source.scalars[index] == " " { index += 1 }
        return index < segment.range.upperBound && source.scalars[index] == ":"
    }

    /// The clause of the first year in a segment ("… trong năm 2026"): the time frame when no
    /// marker gives one. A marker wins over it: in "thay thế quy chế ban hành trước ngày 01/7/2025.
    /// Thời gian hoàn thành: Quý III/2026" the deadline is 2026.
    /// The year must be written as a time: first in its segment or clause ("(2027)", "; 2027"),
    /// or after a day, a month or a time word ("30/6/2027", "trong năm 2027", "Quý II/2027");
    /// "năm học 2027 - 2028" and "Tầm nhìn 2045" give none.
    private func yearClause(in segmentIndex: Int) -> Range<Int>? {
        let segment = tree.segments[segmentIndex]
        guard let start = segment.tokens.first(where: { index in
            year(at: index).map({ (2000...2099).contains($0) }) == true && writtenAsTime(index, in: segment)
        }) else { return nil }
        return clause(from: Int(tokens[start].start), in: segment)
    }

    /// A year token written as a time: first in its segment or clause, after a dash ("– 2027"),
    /// after a day or a month ("30/6/2027"), or after a time word. After a year, a range ("2027 -
    /// 2028") is a time as its first year is.
    private func writtenAsTime(_ index: Int, in segment: Segment) -> Bool {
        guard index > segment.tokens.lowerBound, !tokens[index].clauseBreakBefore else { return true }
        var before = Int(tokens[index].start)
        while before > segment.range.lowerBound, source.scalars[before - 1] == " " { before -= 1 }
        if before > segment.range.lowerBound, "-–—".unicodeScalars.contains(source.scalars[before - 1]) {
            return tokens[index - 1].key.number.map { $0 >= 1000 } == true ? writtenAsTime(index - 1, in: segment) : true
        }
        return tokens[index - 1].key.number.map { $0 < 100 } == true
            || finder.vocabulary.timeWords.matchesAny(at: index - 1, in: tokens, end: index)
    }

    /// From an offset to the end of its clause (";" or ". " or the segment's end).
    private func clause(from start: Int, in segment: Segment) -> Range<Int> {
        var end = start
        while end < segment.range.upperBound {
            let scalar = source.scalars[end]
            if scalar == ";" { break }
            if scalar == ".", end + 1 == segment.range.upperBound || source.scalars[end + 1] == " " { break }
            end += 1
        }
        return start..<end
    }

    private func year(at index: Int) -> Int? { Years.year(ofToken: index, tokens: tokens, source: source) }

    /// A title that is a time and nothing else: "Quý I/2027", "Năm 2027", "Tháng 6/2027" (a
    /// period word, its number, the year), label and markup aside.
    private func namesOnlyATime(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard let first = words.first(where: { Self.periodWords.contains(tokens[$0].key) }),
              words.upperBound - first <= 3, first - words.lowerBound <= 2,
              (first + 1..<words.upperBound).contains(where: { year(at: $0) != nil }) else { return false }
        // Before the period word only the label ("1.", "a)", "II"), nothing else.
        return (words.lowerBound..<first).allSatisfy { tokens[$0].key.number != nil || Self.romanNumerals.contains(tokens[$0].key)
            || tokens[$0].range.count == 1 }
    }

    /// A short heading that names a group of tasks by their rhythm: "Các nhiệm vụ thường xuyên",
    /// "Nhiệm vụ thực hiện hằng năm"; not "Bảo đảm dữ liệu được cập nhật thường xuyên" (a task),
    /// "Nhiệm vụ chi thường xuyên" (a budget line) or "Nhiệm vụ không thường xuyên".
    private func namesARhythm(_ segment: Int) -> Bool {
        tree.segments[segment].tokens.count <= 12 && finder.contains(finder.vocabulary.frequencies, in: segment..<segment + 1)
            && finder.contains(Self.taskNouns, in: segment..<segment + 1) && !finder.contains(Self.notARhythm, in: segment..<segment + 1)
    }

    private static let taskNouns = PhraseIndex(["nhiệm vụ", "công việc", "hoạt động"].map(Phrase.init))
    private static let notARhythm = PhraseIndex(["chi thường xuyên", "không thường xuyên", "kinh phí thường xuyên"].map(Phrase.init))

    /// Text that is a time frame and nothing else ("Quý II/2027", "Hoàn thành trước 30/9/2026"):
    /// numbers and the words of time expressions.
    private func isOnlyATime(_ range: Range<Int>) -> Bool {
        let span = normalized.tokenRange(range)
        return span.allSatisfy { index in
            let token = tokens[index]
            return !token.isWord || token.key.number != nil || Self.timeExpressionWords.contains(token.key)
                || !finder.vocabulary.timeWords.matches(at: index, in: tokens, end: index + 1).isEmpty
        }
    }

    /// Text that names some time: a number (a year, a quarter, a date) or a rhythm.
    private func namesATime(_ range: Range<Int>) -> Bool {
        let span = normalized.tokenRange(range)
        return span.contains { !tokens[$0].isWord || Self.romanNumerals.contains(tokens[$0].key) }
            || span.contains { finder.vocabulary.frequencies.matchesAny(at: $0, in: tokens, end: span.upperBound) }
    }

    /// Words of time expressions that do not stand before a year ("hoàn thành", "thời gian", "tiến độ").
    private static let timeExpressionWords: Set<Syllable> = Set(["hoàn", "thời", "giai", "tiến", "thực", "dự", "chậm",
                                                                  "thường", "xuyên", "hằng", "hàng"].map(Syllable.word))

    private func years(in range: Range<Int>) -> [Int] {
        Years.years(in: range, normalized: normalized, source: source)
    }

    // MARK: Tables

    private func tableTasks(excluded: [Bool]) -> ([PlanTask], [TaskTable]) {
        var result: [PlanTask] = []
        var tables: [TaskTable] = []
        for (tableIndex, table) in tree.tables.enumerated() where !excluded[table.node] && !table.rows.isEmpty {
            let headerIndex = headerRow(of: table)
            let header = table.rows[headerIndex]
            let body = table.rows.dropFirst(headerIndex + 1)
            var columns: [TaskField: Int] = [:]
            var taskColumn: Int?
            for (column, segment) in header.enumerated() {
                if taskColumn == nil, finder.contains(finder.vocabulary.taskColumn, in: segment..<segment + 1) {
                    taskColumn = column
                    continue
                }
                // A header may name several fields: "Cơ quan chủ trì / phối hợp", "Sản phẩm, thời hạn".
                // A column of amounts is never the time ("Giai đoạn 2026–2027 (triệu đồng)").
                let ofAmounts = finder.contains(Self.amountWords, in: segment..<segment + 1)
                for (field, phrases) in finder.vocabulary.taskColumns where columns[field] == nil && !(field == .deadline && ofAmounts) {
                    if finder.contains(phrases, in: segment..<segment + 1) { columns[field] = column }
                }
            }
            // A header that is only a completion word ("| Công việc | Chủ trì | Hoàn thành | Kết quả |")
            // heads the time column. Only as the whole cell: "Kết quả hoàn thành" is the output, and
            // in running text "hoàn thành" is no label ("Thời gian hoàn thành:").
            if columns[.deadline] == nil, let column = header.indices.first(where: { column in
                let tokens = tree.segments[header[column]].tokens
                return column != taskColumn && !columns.values.contains(column)
                    && finder.vocabulary.completions.matches(at: tokens.lowerBound, in: self.tokens, end: tokens.upperBound)
                        .contains { finder.vocabulary.completions.phrases[$0].keys.count == tokens.count }
            }) {
                columns[.deadline] = column
            }
            let amounts = header.contains(where: { finder.contains(Self.amountWords, in: $0..<$0 + 1) })
            // A table of amounts without a lead ("| Nhóm nhiệm vụ | Giai đoạn 2026–2027 (tỷ đồng) |
            // … | Nguồn vốn |") is the funding estimate, not a list of tasks. (An annex of tasks may
            // give each its cost or its source of funds beside its lead.)
            if columns[.lead] == nil, amounts { continue }
            // A column per period: marked in each row ("Quý I | Quý II | …" with "x" where the task
            // runs, as a Gantt chart), the last period marked is the time frame; filled with text
            // ("| Dữ liệu mở | Ban hành danh mục; 200 bộ dữ liệu mở | 400 bộ dữ liệu mở |"), the
            // table is a roadmap by phases, its rows groups of the tasks, not tasks.
            let periods = periodColumns(header)
            let roadmap = isRoadmap(body, periods: periods)
            // Marks make the period columns the time column; without any (a table of figures by
            // year, "| Chỉ tiêu | Năm 2026 | Năm 2030 |") they are not a time frame.
            let marked = columns[.deadline] == nil && !roadmap && body.contains { row in
                periods.contains { $0 < row.count && isMark(row[$0]) }
            }
            if marked, let first = periods.first { columns[.deadline] = first }
            // Nor is one whose only unit column is the budget holder ("| Nhóm nhiệm vụ | Đơn vị dự toán |
            // Nguồn kinh phí | Dự kiến kinh phí (triệu đồng) |"): no partners, no time, no output.
            let timeless = columns[.deadline] == nil && columns[.output] == nil
            if amounts, timeless, columns[.partners] == nil { continue }
            // A catalogue of databases or systems ("| Tên cơ sở dữ liệu | Đơn vị chủ quản | Hiện trạng |
            // Nội dung thực hiện năm 2027 |") lists what the agency holds, not its tasks, when it gives
            // them no time.
            if columns[.deadline] == nil, let taskColumn,
               header.prefix(taskColumn).contains(where: { finder.contains(Self.catalogueColumns, in: $0..<$0 + 1) }) { continue }
            // No column named for a field, but one whose cells label them ("| Nhiệm vụ | Phân công
            // thực hiện |" with "Chủ trì: … Phối hợp: … Thời gian: …" in each row): that column
            // gives each row its fields.
            var labelled: (column: Int, fields: [[TaskField: Range<Int>]])?
            if columns.isEmpty, let taskColumn, let found = labelledColumn(body, besides: taskColumn) {
                labelled = found
                for field in Set(found.fields.flatMap(\.keys)) { columns[field] = found.column }
            }
            guard let taskColumn, !columns.isEmpty else { continue }
            // In an annex: under a "Phụ lục" label, or right after the line that attaches it
            // ("BIỂU TỔNG HỢP NHIỆM VỤ / (Kèm theo Kế hoạch số 58/KH-UBND …)").
            let inAnnex = tree.ancestors(of: table.node).contains { tree.nodes[$0].label?.kind == .annex }
                || table.rows[0].first.map { first in (max(0, first - 3)..<first).contains { attaches($0) } } == true
            tables.append(TaskTable(table: tableIndex, node: table.node, columns: Set(columns.keys), inAnnex: inAnnex))
            // A roadmap lists the tasks by phase (DS504 reads its columns), but its rows are not tasks.
            if roadmap { continue }
            var group: Int?
            // Whether the row above was a task (or went on with one): only then may a row go on with it.
            var afterTask = false
            for (rowIndex, row) in table.rows.enumerated().dropFirst(headerIndex + 1) where taskColumn < row.count {
                if stopped { break }
                let content = tree.segments[row[taskColumn]]
                // The number and task cells merged down over this row too (Word's vMerge and HTML's
                // rowspan repeat them): the row goes on with the task above, as an empty pair does.
                // Both must repeat: a group column merged down beside distinct tasks is no such row.
                let above = table.rows[rowIndex - 1]
                let mergedDown = afterTask && taskColumn > 0 && taskColumn < above.count && sameText(row[taskColumn], above[taskColumn])
                    && !tree.segments[row[0]].tokens.isEmpty && sameText(row[0], above[0])
                guard !content.tokens.isEmpty, !mergedDown else {
                    // A row with no number and no task adds to the task above (a Word table's
                    // further product or stage, converted as a row of its own); a group row between
                    // them ends that task.
                    if afterTask {
                        var fields = columns
                        if marked { fields[.deadline] = periods.last { $0 < row.count && isMark(row[$0]) } }
                        afterTask = continueTask(&result, table: tableIndex, row: row, columns: fields, skipping: labelled?.column,
                                                 header: marked ? header : nil, mergedDown: mergedDown)
                    }
                    continue
                }
                afterTask = false
                // The header again (a PDF's or a Word table's header repeated on each page) is no task.
                if row.count == header.count, zip(row, header).allSatisfy({ cell, name in
                    source.scalars[tree.segments[cell].range].elementsEqual(source.scalars[tree.segments[name].range])
                }) { continue }
                // One cell merged across the row (every cell the same text) is a group, though its
                // text stands in the field columns too.
                if isMergedTitle(row) {
                    group = row[taskColumn]
                    continue
                }
                // The columns' numbers under the header ("| (1) | (2) | (3) |", "| 1 | 2 | 3 |") are no task.
                if row.count >= 3, row.allSatisfy({ isColumnNumber(tree.segments[$0].range) }) { continue }
                var fields: [TaskField: Range<Int>] = [:]
                for (field, column) in columns where column < row.count && column != labelled?.column {
                    let cell = tree.segments[row[column]]
                    if !cell.tokens.isEmpty { fields[field] = cell.range }
                }
                if let labelled { fields.merge(labelled.fields[rowIndex - headerIndex - 1]) { own, _ in own } }
                // A unit cell that labels its lead and partners ("Chủ trì: … ⏎ Phối hợp: …"): the
                // lead is what its label gives, if anything.
                if let column = columns[.lead], column < row.count, column != labelled?.column, fields[.lead] != nil {
                    let inCell = fieldsByWording(in: row[column])
                    if let lead = inCell[.lead], let partners = inCell[.partners] {
                        fields[.lead] = lead
                        if fields[.partners] == nil { fields[.partners] = partners }
                    }
                }
                if marked {
                    fields[.deadline] = periods.last { $0 < row.count && isMark(row[$0]) }.map { tree.segments[header[$0]].range }
                }
                // An output the columns do not give, labelled in a cell ("| Ghi chú | … | Sản phẩm:
                // Quyết định … |"). Only the output: a year in the task's words is not its time frame
                // when its time column is empty.
                if fields[.output] == nil, let output = row.lazy.compactMap({ self.fieldsByWording(in: $0)[.output] }).first {
                    fields[.output] = output
                }
                if let deadline = fields[.deadline], namesNoTime(deadline) { fields[.deadline] = nil }
                // A column of both output and time gives no output where its cell holds only a time, and
                // no time where it holds none ("| Sản phẩm, thời hạn |" with "Kho dữ liệu vận hành").
                if let column = columns[.output], columns[.deadline] == column, let output = fields[.output], isOnlyATime(output) {
                    fields[.output] = nil
                }
                if let column = columns[.deadline], columns.contains(where: { $0.key != .deadline && $0.value == column }),
                   let deadline = fields[.deadline], !namesATime(deadline) {
                    fields[.deadline] = nil
                }
                let below = rowIndex + 1 < table.rows.count ? table.rows[rowIndex + 1].first : nil
                if fields.isEmpty, isGroupRow(row, content: content, numberBelow: below) {
                    group = row[taskColumn]
                    continue
                }
                let first = tree.segments[row[0]].range.lowerBound
                let last = tree.segments[row[row.count - 1]].range.upperBound
                result.append(PlanTask(origin: .tableRow(table: tableIndex, row: rowIndex), range: first..<max(first, last),
                                       title: content.range, segments: row, node: table.node, fields: fields,
                                       deadlineYears: fields[.deadline].map { years(in: $0) } ?? [], group: group))
                afterTask = true
            }
        }
        return (result, tables)
    }

    /// Adds a continuation row's fields to the last task of the same table: those it lacks, and
    /// the years of a further time frame (a later stage still has to fall in the horizon).
    /// `header`: a Gantt chart's header, whose marked period names the time (its cell is the mark).
    /// Whether the row went on with the task.
    private func continueTask(_ tasks: inout [PlanTask], table: Int, row: [Int], columns: [TaskField: Int], skipping: Int?,
                              header: [Int]?, mergedDown: Bool) -> Bool {
        guard var task = tasks.last, case .tableRow(table, _) = task.origin,
              let first = row.first, mergedDown || tree.segments[first].tokens.isEmpty else { return false }
        var added = false
        for (field, column) in columns where column < row.count && column != skipping {
            let named = field == .deadline && header != nil && column < (header?.count ?? 0) ? header?[column] : nil
            let cell = tree.segments[named ?? row[column]]
            guard !cell.tokens.isEmpty, !task.segments.contains(row[column]) else { continue }
            if task.fields[field] == nil {
                task.fields[field] = cell.range
                if field == .deadline { task.deadlineYears = years(in: cell.range) }
            } else if field == .deadline {
                task.deadlineYears += years(in: cell.range)
            }
            added = true
        }
        guard added else { return false }
        task.segments += row.filter { !task.segments.contains($0) }
        if let last = row.last { task.range = task.range.lowerBound..<max(task.range.upperBound, tree.segments[last].range.upperBound) }
        tasks[tasks.count - 1] = task
        return true
    }

    /// Whether two cells hold the same text (the same segment, or a copy of it).
    private func sameText(_ a: Int, _ b: Int) -> Bool {
        a == b || source.scalars[tree.segments[a].range].elementsEqual(source.scalars[tree.segments[b].range])
    }

    /// The header cells that each name one period, when there are two or more: "Quý I", "Quý
    /// IV/2027", "Năm 2026", "2027", "Tháng 6", "Giai đoạn 2026–2027".
    private func periodColumns(_ header: [Int]) -> [Int] {
        let periods = header.indices.filter { column in
            var cell = tree.segments[header[column]].tokens
            if cell.count >= 3, tokens[cell.lowerBound].key == Self.giai, tokens[cell.lowerBound + 1].key == Self.đoạn {
                cell = cell.dropFirst(2)  // "Giai đoạn 2026–2027": its years
                return cell.count <= 2 && cell.allSatisfy { year(at: $0) != nil }
            }
            guard let first = cell.first, cell.count <= 4 else { return false }
            if cell.count == 1 { return year(at: first) != nil }
            let next = first + 1
            return Self.periodWords.contains(tokens[first].key)
                && (tokens[next].key.number != nil || Self.romanNumerals.contains(tokens[next].key))
        }
        return periods.count >= 2 ? periods : []
    }

    /// Whether the period columns of most rows hold text rather than marks: a roadmap by phases.
    private func isRoadmap(_ rows: ArraySlice<[Int]>, periods: [Int]) -> Bool {
        guard !periods.isEmpty else { return false }
        var text = 0, marks = 0
        for row in rows {
            for column in periods where column < row.count {
                let cell = row[column]
                if isMark(cell) { marks += 1 } else if tree.segments[cell].tokens.count >= 3 { text += 1 }
            }
        }
        return text > marks * 2 && text >= 2
    }

    private static let periodWords: Set<Syllable> = Set(["quý", "năm", "tháng"].map(Syllable.word))
    private static let giai = Syllable.word("giai"), đoạn = Syllable.word("đoạn")
    private static let amountWords = PhraseIndex(["tỷ đồng", "triệu đồng", "nghìn đồng"].map(Phrase.init))
    private static let catalogueColumns = PhraseIndex(["tên cơ sở dữ liệu", "tên hệ thống thông tin", "tên hệ thống"].map(Phrase.init))

    /// A cell that only marks its column ("x", "X", "✓", "•"): the row's task runs in that period.
    private func isMark(_ segment: Int) -> Bool {
        let text = source.scalars[tree.segments[segment].range].filter { !$0.properties.isWhitespace && $0 != "*" }
        return text.count == 1 && "xX×✓✔•●+".unicodeScalars.contains(text[0])
    }

    /// The column (other than the task column) whose cells label a task's fields in at least
    /// half the rows with a task, two rows at least, and the fields it labels in each row (in the
    /// order of `rows`), read once.
    private func labelledColumn(_ rows: ArraySlice<[Int]>, besides taskColumn: Int) -> (column: Int, fields: [[TaskField: Range<Int>]])? {
        let width = rows.map(\.count).max() ?? 0
        let tasks = rows.filter { taskColumn < $0.count && !tree.segments[$0[taskColumn]].tokens.isEmpty }.count
        for column in 0..<width where column != taskColumn {
            let fields = rows.map { column < $0.count ? fieldsByWording(in: $0[column]) : [:] }
            let labelled = fields.filter { !$0.isEmpty }.count
            if labelled >= 2, labelled * 2 >= tasks { return (column, fields) }
        }
        return nil
    }

    /// A cell holding only a number, perhaps in brackets: "(5)", "5".
    private func isColumnNumber(_ range: Range<Int>) -> Bool {
        let text = source.scalars[range].filter { !$0.properties.isWhitespace && $0 != "(" && $0 != ")" }
        return !text.isEmpty && text.count <= 2 && text.allSatisfy { $0.properties.numericType != nil }
    }

    /// A row of two cells or more all holding the same text: one cell merged across the row.
    private func isMergedTitle(_ row: [Int]) -> Bool {
        guard row.count >= 2, let first = row.first, !tree.segments[first].tokens.isEmpty else { return false }
        let text = source.scalars[tree.segments[first].range]
        return row.dropFirst().allSatisfy { source.scalars[tree.segments[$0].range].elementsEqual(text) }
    }

    /// The row that heads a table's columns: the first, unless a title merged across it stands
    /// above the header ("| DANH MỤC NHIỆM VỤ … | (same) | … |").
    func headerRow(of table: SectionTree.Table) -> Int {
        table.rows.count > 2 && isTitleRow(table.rows[0]) ? 1 : 0
    }

    /// A table's first row that is a title above its header: one cell merged across the row,
    /// written in every cell (Word) or in the first with the others empty (an HTML colspan).
    private func isTitleRow(_ row: [Int]) -> Bool {
        isMergedTitle(row) || (row.count >= 3 && !tree.segments[row[0]].tokens.isEmpty
                               && row.dropFirst().allSatisfy { tree.segments[$0].tokens.isEmpty })
    }

    /// A row that groups the tasks below it: "| I | **HOÀN THIỆN THỂ CHẾ** | | |", or one cell
    /// merged across the row (every cell holds the same text).
    /// `numberBelow`: the first cell of the row below.
    private func isGroupRow(_ row: [Int], content: Segment, numberBelow: Int?) -> Bool {
        let text = source.string(content.range)
        let number = source.string(tree.segments[row[0]].range).trimmingCharacters(in: .whitespaces)
        // Bold, capitals, a Roman number, or no number at all where the rows are numbered
        // ("\tHoàn thiện thể chế, quy định về dữ liệu\t\t\t" above "1\tXây dựng …"), or a
        // number that the rows below number under ("1" above "1.1").
        let parent = !number.isEmpty && number.allSatisfy(\.isNumber) && numberBelow.map {
            source.string(tree.segments[$0].range).trimmingCharacters(in: .whitespaces).hasPrefix(number + ".")
        } == true
        return text.hasPrefix("**") || SectionTree.Builder.isUpperCase(content.range, source)
            || (!number.isEmpty && number.allSatisfy { "IVXLC".contains($0) })
            || (number.isEmpty && tree.segments[row[0]].range != content.range)
            || parent
    }
}
