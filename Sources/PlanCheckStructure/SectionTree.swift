import PlanCheckText
import PlanCheckDocuments

/// The outline of a plan, built from its administrative numbering and Markdown headings, and
/// the segments of text that hang from it.
package struct SectionTree: Sendable {
    package private(set) var nodes: [SectionNode]
    package private(set) var segments: [Segment]
    /// A table of the document: its rows as segment indices, one per cell.
    package struct Table: Sendable {
        public var node: Int
        public var rows: [[Int]]
    }
    package private(set) var tables: [Table]

    /// The segment index of every token (tokens outside any segment get -1).
    package private(set) var segmentOfToken: [Int32]

    /// The innermost section path at an offset, for locating evidence.
    package func path(ofNode node: Int) -> String { nodes[node].path }

    /// Nodes from `node` up to the root, innermost first.
    package func ancestors(of node: Int) -> [Int] {
        var result: [Int] = []
        var current: Int? = node
        while let index = current {
            result.append(index)
            current = nodes[index].parent
        }
        return result
    }

    package func title(of node: Int) -> Segment? {
        nodes[node].titleSegment.map { segments[$0] }
    }

    /// For every node, whether it is one of `roots` or lies inside one.
    package func insideMask(_ roots: Set<Int>) -> [Bool] {
        var inside = [Bool](repeating: false, count: nodes.count)
        guard !roots.isEmpty else { return inside }
        for index in nodes.indices {
            if roots.contains(index) {
                inside[index] = true
            } else if let parent = nodes[index].parent, parent < index {
                inside[index] = inside[parent]
            }
        }
        return inside
    }

    /// Nodes are numbered in document order, so a node's subtree is the run of nodes from it to
    /// its last descendant: `subtreeEnd[node]` is one past that run.
    package var subtreeEnd: [Int] {
        var end = Array(nodes.indices).map { $0 + 1 }
        for index in nodes.indices.reversed() {
            if let parent = nodes[index].parent { end[parent] = max(end[parent], end[index]) }
        }
        return end
    }

    /// Segments (ascending) that belong to one of `roots` or their descendants.
    package func segments(inSubtreesOf roots: Set<Int>) -> [Int] {
        guard !roots.isEmpty else { return [] }
        let inside = insideMask(roots)
        return segments.indices.filter { inside[segments[$0].node] }
    }

    /// `leadIns` are the words of unnumbered lead-in lines that open a part of a section
    /// ("Mục tiêu:", "Nhiệm vụ:"): such a line becomes a heading of its own.
    /// `partTitles` are the titles of a plan's parts: in a plan without numbered parts, a short
    /// line in capitals that opens with one is a part's heading.
    init(document: PlanDocument, normalized: NormalizedText, leadIns: PhraseIndex = PhraseIndex([]),
         partTitles: PhraseIndex = PhraseIndex([])) {
        var builder = Builder(document: document, normalized: normalized, leadIns: leadIns, partTitles: partTitles)
        builder.build()
        nodes = builder.nodes
        segments = builder.segments
        tables = builder.tables
        var owner = [Int32](repeating: -1, count: normalized.tokens.count)
        for (index, segment) in builder.segments.enumerated() {
            for token in segment.tokens { owner[token] = Int32(index) }
        }
        segmentOfToken = owner
    }

    struct Builder {
        let document: PlanDocument
        let normalized: NormalizedText
        var nodes: [SectionNode]
        var segments: [Segment] = []
        var tables: [Table] = []
        var open: [Int] = [0]
        /// The segment that an unlabelled line right below may continue.
        var continuable: Int?
        let leadIns: PhraseIndex
        let partTitles: PhraseIndex
        /// The plan numbers no part ("I.", "Phần I") and has no heading markup: its parts are
        /// bare lines in capitals. Worked out when a line first could be one (most plans have none).
        var bareParts: Bool?

        init(document: PlanDocument, normalized: NormalizedText, leadIns: PhraseIndex, partTitles: PhraseIndex) {
            self.document = document
            self.normalized = normalized
            self.leadIns = leadIns
            self.partTitles = partTitles
            nodes = [SectionNode(label: nil, rank: 0, parent: nil, range: 0..<document.source.count,
                                 titleSegment: nil, isHeading: false, path: "")]
        }

        mutating func build() {
            var previousWasRow = false
            for (count, block) in document.blocks.enumerated() {
                // A stopped check (see Cancellation): the tree is then incomplete and never judged.
                if count & 0x3FF == 0x3FF, Cancellation.requested { break }
                switch block.kind {
                case .heading(let level):
                    let label = parseLabel(block.range)
                    openNode(label: label, rank: label?.rank ?? level, start: block.range.lowerBound,
                             title: (label?.contentStart ?? block.range.lowerBound)..<block.range.upperBound, isHeading: true,
                             markupLevel: level)
                    continuable = nil
                case .tableRow(let cells):
                    let node = open.last ?? 0
                    if !previousWasRow || tables.isEmpty { tables.append(Table(node: node, rows: [])) }
                    var row: [Int] = []
                    let above = tables[tables.count - 1].rows.last ?? []
                    for (column, cell) in cells.enumerated() {
                        // A cell spanning rows is the same cell in each of them (one segment: its
                        // text is in the plan once).
                        if column < above.count, !cell.isEmpty, segments[above[column]].range == cell {
                            row.append(above[column])
                        } else {
                            row.append(addSegment(.cell, cell, node: node))
                        }
                    }
                    tables[tables.count - 1].rows.append(row)
                    continuable = nil
                case .line:
                    line(block)
                }
                if case .tableRow = block.kind { previousWasRow = true } else { previousWasRow = false }
            }
            splitInlineItems()
            for index in open.reversed() { close(index, at: document.source.count) }
        }

        private mutating func line(_ block: Block) {
            // An HTML list item with no typed label is an item as "- " would make it.
            if let label = parseLabel(block.range) ?? (block.listItem ? Label(kind: .dash, text: "•", contentStart: block.range.lowerBound) : nil),
               !continuesWithNumber(block, label) {
                let title = label.contentStart..<block.range.upperBound
                let heading = Self.readsAsHeading(label: label, title: title, source: document.source, emphasized: block.emphasized)
                // A bullet indented under another is its sub-item ("- Xây dựng …" then "  - Chủ trì: …").
                var rank = label.isBullet ? label.rank + min(block.indent, 16) : label.rank
                // So is a number indented under a number of its kind ("1. Định hướng đến năm 2030:"
                // then "   1. 70% dữ liệu …", a Markdown list nested by indentation).
                // Its siblings after it are set where it is, and take its rank.
                if !label.isBullet, let top = open.last, top != 0, nodes[top].markupLevel == nil,
                   let outer = nodes[top].label, outer.kind == label.kind, outer.rank == label.rank {
                    let own = indentOfLine(at: block.range.lowerBound), above = indentOfLine(at: nodes[top].range.lowerBound)
                    // Three levels at most, above the lettered items (a hostile file indenting
                    // each line deeper must not nest thousands deep).
                    if own >= above + 2, nodes[top].rank < Self.leadInRank - 1 {
                        rank = nodes[top].rank + 1
                    } else if abs(own - above) <= 1 {
                        rank = nodes[top].rank
                    }
                }
                openNode(label: label, rank: rank, start: block.range.lowerBound, title: title, isHeading: heading)
                return
            }
            let source = document.source
            // A label alone on its line ("Phần thứ nhất", "II.") has its title on the next line,
            // also after a blank line when that line reads as a title ("**Phần I**", blank,
            // "**KẾT QUẢ THỰC HIỆN NĂM 2025**", as Markdown exported from Word has it). An annex's
            // title may be long ("DANH MỤC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU TỈNH …").
            if block.followsBreak, let previous = continuable, segments[previous].range.isEmpty,
               segments[previous].role == .heading, Self.isUpperCase(block.range, source), tokenCount(block.range) <= 24 {
                extend(previous, to: block.range.upperBound)
                return
            }
            if !block.followsBreak, let previous = continuable,
               segments[previous].range.isEmpty || !Self.endsSentence(segments[previous].range, source) {
                // A wrapped heading goes on in upper case; a wrapped sentence goes on in lower case
                // (a new sentence or item starts with a capital).
                if segments[previous].role == .heading, Self.isUpperCase(block.range, source) {
                    extend(previous, to: block.range.upperBound)
                    return
                }
                if Self.startsLowerCase(block.range, source) || isFullLine(segments[previous].range) {
                    extend(previous, to: block.range.upperBound)
                    demoteToSentence(previous)
                    return
                }
            }
            // "   iv) … đạt 40% trong năm 2027;" then "       phấn đấu đến năm 2030 đạt 60%.": a line
            // wrapped under the item's text (indented past its label) after a semicolon goes on
            // with the item. Lines set where the item starts are items of a list of their own
            // ("gồm:" then "x;" and "y;"), however they are written.
            if !block.followsBreak, let previous = continuable, !segments[previous].range.isEmpty,
               Self.lastCharacter(segments[previous].range, source) == ";", Self.startsLowerCase(block.range, source),
               block.indent > indentOfLine(at: segments[previous].range.lowerBound) + 1 {
                extend(previous, to: block.range.upperBound)
                demoteToSentence(previous)
                return
            }
            if Self.isUpperCase(block.range, source), opensWith(partTitles, block.range, within: 12), hasBareParts() {
                openNode(label: nil, rank: Self.barePartRank, start: block.range.lowerBound, title: block.range, isHeading: true)
                return
            }
            if isLeadIn(block.range) {
                // "Mục tiêu:", "*Nhiệm vụ:*": a part of the section above, below its numbered items.
                openNode(label: nil, rank: Self.leadInRank, start: block.range.lowerBound, title: block.range, isHeading: true)
                continuable = nil
                return
            }
            let role: Segment.Role = Self.isUpperCase(block.range, source) && tokenCount(block.range) <= 16 ? .heading : .body
            continuable = addSegment(role, block.range, node: open.last ?? 0)
        }

        /// Below numbered items ("1.", "1.1.") and above lettered ones ("a)") and bullets.
        static let leadInRank = 7
        /// A bare part title ranks as a Roman-numbered part: numbered items go under it.
        static let barePartRank = 2

        private mutating func hasBareParts() -> Bool {
            if let bareParts { return bareParts }
            let bare = !document.blocks.contains { block in
                switch block.kind {
                case .heading: return true
                case .line: return parseLabel(block.range).map { $0.kind == .roman || $0.kind == .part } ?? false
                case .tableRow: return false
                }
            }
            bareParts = bare
            return bare
        }

        /// A line of at most `within` tokens that opens with one of `phrases`.
        private func opensWith(_ phrases: PhraseIndex, _ range: Range<Int>, within: Int) -> Bool {
            let tokens = normalized.tokenRange(range)
            guard !tokens.isEmpty, tokens.count <= within else { return false }
            return phrases.matchesAny(at: tokens.lowerBound, in: normalized.tokens, end: tokens.upperBound)
        }

        /// A short unnumbered line ending with a colon that opens with a lead-in word.
        private func isLeadIn(_ range: Range<Int>) -> Bool {
            guard !leadIns.isEmpty else { return false }
            let source = document.source
            guard let last = source.scalars[range].last(where: { $0 != "*" && $0 != "_" && !$0.properties.isWhitespace }),
                  last == ":" else { return false }
            return opensWith(leadIns, range, within: 6)
        }

        private mutating func openNode(label: Label?, rank: Int, start: Int, title: Range<Int>, isHeading: Bool,
                                       markupLevel: Int? = nil) {
            // The recipients block ("Nơi nhận:") holds its list only: a numbered part after it (the
            // plan a decision issues, an annex) is not inside it.
            // A heading without a label ("### Nhóm 1. Hạ tầng") holds the numbered paragraphs
            // after it, whatever rank its markup level gives it.
            while let top = open.last, top != 0,
                  (nodes[top].rank >= rank && !(nodes[top].label == nil && nodes[top].isHeading && !isHeading && label != nil)
                   && !opensRomanList(under: top, label)
                   && !nestsBesideSections(under: top, label)
                   && !opensCapitalList(under: top, label, markupLevel: markupLevel)
                   && !restartsNumbersInside(top, label, markupLevel: markupLevel))
                    // A line marked up as a heading ends the list items before it, whatever its level.
                    || (markupLevel != nil && !nodes[top].isHeading)
                    || (nodes[top].label?.kind == .recipients && !(label?.isBullet ?? false)) {
                close(top, at: start)
                open.removeLast()
            }
            let parent = open.last ?? 0
            if let label { promoteNumberedGroup(parent, child: label) }
            let index = nodes.count
            let path = label.map { Self.path(nodes[parent].path, then: $0) } ?? nodes[parent].path
            var node = SectionNode(label: label, rank: rank, parent: parent, range: start..<document.source.count,
                                   titleSegment: nil, isHeading: isHeading, path: path)
            node.markupLevel = markupLevel
            nodes.append(node)
            nodes[parent].children.append(index)
            open.append(index)
            let segment = addSegment(isHeading ? .heading : .body, title, node: index)
            nodes[index].titleSegment = segment
            continuable = segment
        }

        /// Parts lettered "A.", "B.", "C." over Roman-numbered sections ("C. NHIỆM VỤ CỤ THỂ", then
        /// "I. HOÀN THIỆN THỂ CHẾ", "II. …"): a Roman list that starts at "I" under a lettered heading,
        /// and goes on there, is inside it. "V. TỔ CHỨC THỰC HIỆN" after "Đ. …" goes on a list
        /// begun elsewhere: a sibling.
        private func opensRomanList(under top: Int, _ label: Label?) -> Bool {
            guard let label, label.kind == .roman, nodes[top].label?.kind == .capital, nodes[top].isHeading else { return false }
            return label.text == "I" || nodes[top].children.contains { nodes[$0].label?.kind == .roman }
        }

        /// "Mục" sections rank with Roman sections and articles; whichever comes first holds the
        /// other: "II. NHIỆM VỤ" then "Mục 1. …" (sections of a Roman part), "Mục 1. NHIỆM VỤ" then
        /// "I. …" (a Roman list inside a section, begun at "I" or going on), "Mục 2" then "Điều 3."
        /// (articles inside a section, as in a legal text).
        private func nestsBesideSections(under top: Int, _ label: Label?) -> Bool {
            guard let label, let outer = nodes[top].label, nodes[top].isHeading else { return false }
            switch (outer.kind, label.kind) {
            case (.roman, .section):
                // Not a Roman list that is itself inside a section: "Mục 2." ends it.
                var parent = nodes[top].parent
                while let index = parent, index != 0 {
                    if nodes[index].label?.kind == .section { return false }
                    parent = nodes[index].parent
                }
                return true
            case (.section, .article): return true
            case (.section, .roman):
                return label.text == "I" || nodes[top].children.contains { nodes[$0].label?.kind == .roman }
            default: return false
            }
        }

        /// "1." after the heading "2. Chỉ tiêu cụ thể" does not go on from it (numbers do not go
        /// back): it opens a numbered list inside that section, as a list whose numbering was lost
        /// ("1." for every item, as Google Docs exports it) or that restarts under each heading has
        /// it. Only under a heading marked up as one ("## 2. …"), by a line that is not: items of a
        /// list at one level are siblings, whatever their numbers.
        private func restartsNumbersInside(_ top: Int, _ label: Label?, markupLevel: Int?) -> Bool {
            guard markupLevel == nil, nodes[top].markupLevel != nil, let label, label.kind == .arabic, nodes[top].isHeading,
                  let outer = nodes[top].label, outer.kind == .arabic,
                  let own = Int(label.text), let above = Int(outer.text) else { return false }
            // Once begun inside it, the list goes on there: "3." after "1.", "2." under "### 2.".
            let begun = nodes[top].children.contains { !nodes[$0].isHeading && nodes[$0].label?.kind == .arabic }
            return own <= above || begun
        }

        /// Groups lettered "A.", "B.", "C." under a Roman-numbered section ("IV. NHIỆM VỤ CỤ THỂ",
        /// then "A. Hoàn thiện thể chế", "1. …", "B. …"): a lettered list that starts at "A" as the
        /// section's first numbered part, and goes on there, is inside it — unless its heading is
        /// marked up at the Roman section's level or above ("# C." after "## II.").
        private func opensCapitalList(under top: Int, _ label: Label?, markupLevel: Int?) -> Bool {
            guard let label, label.kind == .capital, nodes[top].label?.kind == .roman, nodes[top].isHeading else { return false }
            if let level = markupLevel, let outer = nodes[top].markupLevel, level <= outer { return false }
            let labelled = nodes[top].children.compactMap { nodes[$0].label }.filter { !$0.isBullet }
            return (label.text == "A" && labelled.isEmpty) || labelled.contains { $0.kind == .capital }
        }

        /// A section's path as a reader says it: the parent's path and the label, each number once.
        /// A decimal label repeats its parents' numbers ("7.1" under "III.7"), so what the
        /// parent's path already ends with is not written again: "III.7.1", not "III.7.7.1".
        static func path(_ parent: String, then label: Label) -> String {
            guard !label.isBullet else { return parent }
            guard !parent.isEmpty else { return label.text }
            var own = label.text.split(separator: ".").map(String.init)
            if label.kind == .dotted, own.count > 1 {
                let above = parent.split(separator: ".").map(String.init)
                let shared = (1..<own.count).reversed().first { count in
                    count <= above.count && Array(above.suffix(count)) == Array(own.prefix(count))
                } ?? 0
                own.removeFirst(shared)
            }
            return ([parent] + own).joined(separator: ".")
        }

        private mutating func close(_ index: Int, at end: Int) {
            nodes[index].range = nodes[index].range.lowerBound..<max(nodes[index].range.lowerBound, end)
        }

        @discardableResult
        private mutating func addSegment(_ role: Segment.Role, _ range: Range<Int>, node: Int) -> Int {
            // The segment before this one can no longer be extended by a wrapped line: it is whole.
            splitInlineItems()
            segments.append(Segment(role: role, range: range, tokens: normalized.tokenRange(range), node: node))
            return segments.count - 1
        }

        private mutating func extend(_ segment: Int, to end: Int) {
            let range = segments[segment].range.lowerBound..<end
            segments[segment].range = range
            segments[segment].tokens = normalized.tokenRange(range)
        }

        /// A paragraph that runs its items inline, "(1) Rà soát …; (2) Xây dựng …; (3) …", is one
        /// paragraph per item, as the same list written one item to a line would be: each item is
        /// a task of its own, with its own lead and time. Only the last segment can be such a
        /// paragraph (it is split once no wrapped line can extend it), only a body paragraph that
        /// opens with "(1)" and numbers on in order after a ";" or "." (a lead-in's list, "gồm: (1)
        /// …; (2) …", is one statement), and never a section's title.
        private mutating func splitInlineItems() {
            guard let last = segments.indices.last, segments[last].role == .body,
                  nodes[segments[last].node].titleSegment != last else { return }
            let starts = Self.inlineItemStarts(segments[last].range, document.source.scalars)
            guard starts.count >= 2, let lastStart = starts.last,
                  !Self.endsWithSharedFields(lastStart..<segments[last].range.upperBound, document.source.scalars) else { return }
            let whole = segments.removeLast()
            for (number, start) in starts.enumerated() {
                var end = number + 1 < starts.count ? starts[number + 1] : whole.range.upperBound
                while end > start, document.source.scalars[end - 1].properties.isWhitespace { end -= 1 }
                let range = (number == 0 ? whole.range.lowerBound : start)..<end
                segments.append(Segment(role: .body, range: range, tokens: normalized.tokenRange(range), node: whole.node))
            }
            if continuable == last { continuable = segments.count - 1 }
        }

        /// Whether the last item runs on into a sentence of fields for all the items ("(3) Kết nối ….
        /// Chủ trì: Sở …; thời gian: Quý IV/2027."): the list is then one task with its parts.
        static func endsWithSharedFields(_ range: Range<Int>, _ scalars: ScalarBuffer) -> Bool {
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                if scalars[index] == ".", scalars[index + 1].properties.isWhitespace {
                    // A label within the next sentence's first few words: "Chủ trì:", "Thời gian thực hiện:".
                    var words = 0, next = index + 1
                    while next < range.upperBound, words <= 4, scalars[next] != "." {
                        if scalars[next] == ":" { return true }
                        if scalars[next].properties.isWhitespace, next > index + 1, !scalars[next - 1].properties.isWhitespace { words += 1 }
                        next += 1
                    }
                }
                index += 1
            }
            return false
        }

        /// Where each inline item of a paragraph that opens with the first one starts: "(1)", "(2)",
        /// …, or "(i)", "(ii)", …, or "(a)", "(b)", … (one kind, in order).
        static func inlineItemStarts(_ range: Range<Int>, _ scalars: ScalarBuffer) -> [Int] {
            var index = range.lowerBound
            while index < range.upperBound, scalars[index] == "*" || scalars[index] == "_" || scalars[index].properties.isWhitespace {
                index += 1
            }
            guard let first = InlineItemMarker(at: index, range, scalars), first.ordinal == 1 else { return [] }
            var starts = [index]
            var expected = 2
            index = first.end
            while index < range.upperBound {
                if scalars[index] == "(", let item = InlineItemMarker(at: index, range, scalars, as: first.kind),
                   item.ordinal == expected {
                    var before = index
                    while before > range.lowerBound, scalars[before - 1].properties.isWhitespace
                            || scalars[before - 1] == "*" || scalars[before - 1] == "_" { before -= 1 }
                    if before < index, before > range.lowerBound, scalars[before - 1] == ";" || scalars[before - 1] == "." {
                        starts.append(index)
                        expected += 1
                    }
                    index = item.end
                } else {
                    index += 1
                }
            }
            return starts
        }

        /// A number that starts a line wrapped out of a full-width sentence ("… phục vụ Đề án / 06.
        /// Chủ trì: …") continues that sentence; it is not a new item.
        private mutating func continuesWithNumber(_ block: Block, _ label: Label) -> Bool {
            guard label.kind == .arabic, !block.followsBreak, let previous = continuable,
                  segments[previous].role == .body || !nodes[segments[previous].node].isHeading,
                  !segments[previous].range.isEmpty, !Self.endsSentence(segments[previous].range, document.source)
            else { return false }
            return isFullLine(segments[previous].range)
        }

        /// The width at which lines were wrapped: a line that long was wrapped, not ended. In a PDF,
        /// page by page (its landscape annex pages are wider than its text pages), the length that
        /// a quarter of the page's lines of text reach; in text formats, where a line may be a
        /// whole paragraph, the longest line.
        lazy var fullWidths: [Int: Int] = {
            var lengths: [Int: [Int]] = [:]
            for block in document.blocks {
                guard case .line = block.kind, block.range.count >= 20 else { continue }
                lengths[block.page ?? 0, default: []].append(block.range.count)
            }
            return lengths.mapValues { page in
                let sorted = page.sorted()
                return document.format == .pdf ? sorted[sorted.count * 3 / 4] : sorted[sorted.count - 1]
            }
        }()

        private mutating func fullWidth(at offset: Int) -> Int {
            fullWidths[document.block(at: offset)?.page ?? 0] ?? 0
        }

        /// Whether the last line of a segment runs (nearly) the full width and ends on a lower-case
        /// word, so the next line continues it even when it starts with a capital ("… báo cáo Bộ
        /// Khoa học và / Công nghệ …"). A title ending on a year or a name does not.
        private mutating func isFullLine(_ range: Range<Int>) -> Bool {
            let source = document.source
            let line = source.lineIndex(of: max(range.lowerBound, range.upperBound - 1))
            let length = min(range.upperBound, source.lineEnds[line]) - max(range.lowerBound, source.lineStarts[line])
            let fullWidth = fullWidth(at: range.upperBound - 1)
            guard fullWidth >= 50, length * 5 >= fullWidth * 4 else { return false }
            var start = range.upperBound
            while start > range.lowerBound, !source.scalars[start - 1].properties.isWhitespace { start -= 1 }
            // A lower-case word, or a capitalised one that a name goes on from ("… và Bộ" / "Khoa
            // học và Công nghệ"); not an acronym ("… UBND").
            let word = source.scalars[start..<range.upperBound]
            guard let first = word.first else { return false }
            return first.properties.isLowercase
                || (first.properties.isUppercase && word.count >= 2 && word.dropFirst().allSatisfy { $0.properties.isLowercase })
        }

        /// "3.4." under "3. Xây dựng, hoàn thiện cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành"
        /// says by its number that "3." is the group it belongs to: a heading, however long its
        /// title, unless it was written as a sentence (a final stop, a comma or a semicolon).
        private mutating func promoteNumberedGroup(_ parent: Int, child: Label) {
            let node = nodes[parent]
            guard !node.isHeading, child.kind == .dotted, let label = node.label,
                  label.kind == .arabic || label.kind == .dotted,
                  child.text.hasPrefix(label.text + "."),
                  let title = node.titleSegment, segments[title].role == .body,
                  let last = document.source.scalars[segments[title].range].last(where: { $0 != "*" && $0 != "_" }),
                  last != ".", last != ";", last != ",", last != ":" else { return }
            nodes[parent].isHeading = true
            segments[title].role = .heading
        }

        /// A title that wraps onto a lower-case line was a sentence, not a heading.
        private mutating func demoteToSentence(_ segment: Int) {
            guard segments[segment].role == .heading else { return }
            segments[segment].role = .body
            let node = segments[segment].node
            if nodes[node].titleSegment == segment, let label = nodes[node].label, label.rank >= 3 {
                nodes[node].isHeading = false
            }
        }

        /// Columns of white space before the text of the line that holds `offset` (a tab is four).
        private func indentOfLine(at offset: Int) -> Int {
            let source = document.source
            var index = source.lineStarts[source.lineIndex(of: offset)]
            var columns = 0
            while index < source.scalars.count, source.scalars[index] == " " || source.scalars[index] == "\t" {
                columns += source.scalars[index] == "\t" ? 4 : 1
                index += 1
            }
            return columns
        }

        static func lastCharacter(_ range: Range<Int>, _ source: SourceText) -> Unicode.Scalar? {
            source.scalars[range].last(where: { !$0.properties.isWhitespace })
        }

        static func endsSentence(_ range: Range<Int>, _ source: SourceText) -> Bool {
            guard let last = source.scalars[range].last(where: { !$0.properties.isWhitespace }) else { return true }
            return ".;:!?".unicodeScalars.contains(last)
        }

        static func startsLowerCase(_ range: Range<Int>, _ source: SourceText) -> Bool {
            source.scalars[range].first(where: { $0.properties.isAlphabetic })?.properties.isLowercase ?? false
        }

        private func parseLabel(_ range: Range<Int>) -> Label? {
            LabelParser.parse(range, source: document.source, tokens: normalized.tokens,
                              firstToken: normalized.firstToken(endingAfter: range.lowerBound))
        }

        private func tokenCount(_ range: Range<Int>) -> Int { normalized.tokenRange(range).count }

        /// Headings are short and do not end like a sentence; parts and Roman sections always are.
        /// A numbered line is a heading when it is short and reads as a title; set wholly in bold
        /// ("**3. Xây dựng, hoàn thiện các cơ sở dữ liệu của ngành Tư pháp**") it may be longer.
        static func readsAsHeading(label: Label, title: Range<Int>, source: SourceText, emphasized: Bool = false) -> Bool {
            switch label.kind {
            case .part, .annex, .article, .section, .roman, .recipients: return true
            case .dash, .plus: return false
            case .arabic, .dotted, .letter, .capital:
                guard !title.isEmpty else { return true }
                let last = source.scalars[title.upperBound - 1]
                if last == ";" || last == "," { return false }
                let words = Self.wordCount(title, source)
                if isUpperCase(title, source) { return words <= 20 }
                if emphasized { return words <= 24 && last != "." }
                return words <= 12 && last != "."
            }
        }

        /// Runs of non-space scalars, counted without making a String.
        static func wordCount(_ range: Range<Int>, _ source: SourceText) -> Int {
            var count = 0, inWord = false
            for scalar in source.scalars[range] {
                let space = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0xA0
                if !space, !inWord { count += 1 }
                inWord = !space
            }
            return count
        }

        /// Has letters, and none of them lower-case.
        static func isUpperCase(_ range: Range<Int>, _ source: SourceText) -> Bool {
            var letters = 0
            for scalar in source.scalars[range] where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                letters += 1
            }
            return letters >= 2
        }
    }
}
