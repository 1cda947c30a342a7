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

    func tasks(taskNodes: [Int], excluded: [Bool]) -> (tasks: [PlanTask], tables: [TaskTable]) {
        let (rows, tables) = tableTasks(excluded: excluded)
        return (itemTasks(taskNodes: taskNodes, excluded: excluded) + rows, tables)
    }

    // MARK: Items

    private func itemTasks(taskNodes: [Int], excluded: [Bool]) -> [PlanTask] {
        let inside = tree.insideMask(Set(taskNodes))
        var segmentsOfNode: [Int: [Int]] = [:]
        for (index, segment) in tree.segments.enumerated() where segment.role != .cell {
            segmentsOfNode[segment.node, default: []].append(index)
        }
        var result: [PlanTask] = []
        let subtreeEnd = tree.subtreeEnd
        for (index, node) in tree.nodes.enumerated() where inside[index] && !excluded[index] && !node.isHeading {
            guard let parent = node.parent, tree.nodes[parent].isHeading, node.label != nil else { continue }
            // The item and everything under it (sub-bullets are details of the same task).
            let segments = (index..<subtreeEnd[index]).flatMap { segmentsOfNode[$0] ?? [] }.sorted()
            guard let first = segments.first, let last = segments.last else { continue }
            let range = tree.segments[first].range.lowerBound..<tree.segments[last].range.upperBound
            var fields: [TaskField: Range<Int>] = [:]
            var years: [Int] = []
            for segment in segments {
                for (field, found) in fieldsByWording(in: segment) where fields[field] == nil { fields[field] = found }
            }
            if let deadline = fields[.deadline] { years = self.years(in: deadline) }
            let title = node.titleSegment.map { tree.segments[$0].range } ?? range
            result.append(PlanTask(origin: .item(node: index), range: range, title: title, segments: segments, node: index,
                                   fields: fields, deadlineYears: years))
        }
        return result
    }

    /// "Chủ trì: Sở …", "Sở … chủ trì", "thời gian: Quý II/2025", "năm 2025", "Sản phẩm: …".
    private func fieldsByWording(in segmentIndex: Int) -> [TaskField: Range<Int>] {
        let segment = tree.segments[segmentIndex]
        var found: [TaskField: Range<Int>] = [:]
        for start in segment.tokens {
            for (field, phrases) in finder.vocabulary.taskFieldMarkers where found[field] == nil {
                if phrases.contains(where: { start + $0.keys.count <= segment.tokens.upperBound && $0.match(at: start, in: tokens) != nil }) {
                    found[field] = clause(from: Int(tokens[start].start), in: segment)
                }
            }
            if found[.deadline] == nil, let year = year(at: start), (2000...2099).contains(year) {
                found[.deadline] = clause(from: Int(tokens[start].start), in: segment)
            }
        }
        return found
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

    private func years(in range: Range<Int>) -> [Int] {
        Years.years(in: range, normalized: normalized, source: source)
    }

    // MARK: Tables

    private func tableTasks(excluded: [Bool]) -> ([PlanTask], [TaskTable]) {
        var result: [PlanTask] = []
        var tables: [TaskTable] = []
        for (tableIndex, table) in tree.tables.enumerated() where !excluded[table.node] {
            guard let header = table.rows.first else { continue }
            var columns: [TaskField: Int] = [:]
            var taskColumn: Int?
            for (column, segment) in header.enumerated() {
                if taskColumn == nil, finder.contains(finder.vocabulary.taskColumn, in: segment..<segment + 1) {
                    taskColumn = column
                    continue
                }
                for (field, phrases) in finder.vocabulary.taskColumns where columns[field] == nil {
                    if finder.contains(phrases, in: segment..<segment + 1) {
                        columns[field] = column
                        break
                    }
                }
            }
            guard let taskColumn, !columns.isEmpty else { continue }
            let inAnnex = tree.ancestors(of: table.node).contains { tree.nodes[$0].label?.kind == .annex }
            tables.append(TaskTable(table: tableIndex, node: table.node, columns: Set(columns.keys), inAnnex: inAnnex))
            for (rowIndex, row) in table.rows.enumerated().dropFirst() where taskColumn < row.count {
                let content = tree.segments[row[taskColumn]]
                guard !content.tokens.isEmpty else { continue }
                var fields: [TaskField: Range<Int>] = [:]
                for (field, column) in columns where column < row.count {
                    let cell = tree.segments[row[column]]
                    if !cell.tokens.isEmpty { fields[field] = cell.range }
                }
                if fields.isEmpty, isGroupRow(row, content: content) { continue }
                let first = tree.segments[row[0]].range.lowerBound
                let last = tree.segments[row[row.count - 1]].range.upperBound
                result.append(PlanTask(origin: .tableRow(table: tableIndex, row: rowIndex), range: first..<max(first, last),
                                       title: content.range, segments: row, node: table.node, fields: fields,
                                       deadlineYears: fields[.deadline].map(years(in:)) ?? []))
            }
        }
        return (result, tables)
    }

    /// A row that groups the tasks below it: "| I | **HOÀN THIỆN THỂ CHẾ** | | |".
    private func isGroupRow(_ row: [Int], content: Segment) -> Bool {
        let text = source.string(content.range)
        let number = source.string(tree.segments[row[0]].range).trimmingCharacters(in: .whitespaces)
        return text.hasPrefix("**") || SectionTree.Builder.isUpperCase(content.range, source)
            || (!number.isEmpty && number.allSatisfy { "IVXLC".contains($0) })
    }
}
