import PlanCheckText

/// Leads assigned by task number outside the tasks, as an implementation part does it:
/// "1. Cục Công nghệ thông tin chủ trì các nhiệm vụ 1, 5, 6, 8; …", "Văn phòng Bộ chủ trì nhiệm vụ
/// 12". Each numbered task without a lead of its own takes the unit that opens the sentence.
/// Only numbers that name one task of the plan (tasks numbered through, "Nhiệm vụ 1" … "Nhiệm vụ
/// 16", or annex rows) are read: "nhiệm vụ 3" in a plan whose groups each start again at 1 names
/// no one task.
extension TaskExtractor {
    func assigningLeadsByNumber(_ tasks: [PlanTask]) -> [PlanTask] {
        // The number of each task: its item's label or its row's first cell.
        var byNumber: [Int: [Int]] = [:]
        for (index, task) in tasks.enumerated() {
            if let number = number(of: task) { byNumber[number, default: []].append(index) }
        }
        guard byNumber.values.contains(where: { $0.count == 1 }) else { return tasks }
        let inTasks = Set(tasks.flatMap(\.segments))
        var result = tasks
        for (index, segment) in tree.segments.enumerated() where segment.role == .body && !inTasks.contains(index) {
            for (lead, numbers) in assignments(in: segment) {
                for number in numbers {
                    guard let owners = byNumber[number], owners.count == 1, let owner = owners.first,
                          result[owner].fields[.lead] == nil else { continue }
                    result[owner].fields[.lead] = lead
                }
            }
        }
        return result
    }

    /// "… chủ trì (thực hiện) (các) nhiệm vụ (số) 1, 5 và 6": the unit that opens the sentence,
    /// and the numbers. A sentence that does not open with a unit assigns nothing.
    private func assignments(in segment: Segment) -> [(lead: Range<Int>, numbers: [Int])] {
        var found: [(Range<Int>, [Int])] = []
        var sentenceStart = segment.tokens.lowerBound
        var index = segment.tokens.lowerBound
        while index + 3 < segment.tokens.upperBound {
            if tokens[index].sentenceBreakBefore || (tokens[index].clauseBreakBefore && isSemicolonBefore(index)) {
                sentenceStart = index
            }
            guard tokens[index].key == Self.chủ, tokens[index + 1].key == Self.trì else {
                index += 1
                continue
            }
            var next = index + 2
            if next + 1 < segment.tokens.upperBound, tokens[next].key == Self.thực, tokens[next + 1].key == Self.hiện { next += 2 }
            if next < segment.tokens.upperBound, tokens[next].key == Self.các { next += 1 }
            guard next + 1 < segment.tokens.upperBound, tokens[next].key == Self.nhiệm, tokens[next + 1].key == Self.vụ else {
                index += 2
                continue
            }
            next += 2
            if next < segment.tokens.upperBound, tokens[next].key == Self.số { next += 1 }
            var numbers: [Int] = []
            while next < segment.tokens.upperBound, let number = tokens[next].key.number, number < 1000 {
                // "1, 5, 6 và 8": numbers apart by commas or "và"; anything else ends the list.
                numbers.append(number)
                next += 1
                if next < segment.tokens.upperBound, tokens[next].key == Self.và { next += 1 }
            }
            if !numbers.isEmpty, finder.vocabulary.subjectUnits.matchesAny(at: sentenceStart, in: tokens, end: index),
               index > sentenceStart {
                found.append((Int(tokens[sentenceStart].start)..<Int(tokens[index - 1].end), numbers))
            }
            index = next
        }
        return found
    }

    /// Whether a ";" stands right before token `index` (a list of assignments: "Cục A chủ trì
    /// nhiệm vụ 1; Cục B chủ trì nhiệm vụ 2").
    private func isSemicolonBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        var offset = Int(tokens[index].start) - 1
        while offset >= Int(tokens[index - 1].end) {
            if source.scalars[offset] == ";" { return true }
            offset -= 1
        }
        return false
    }

    /// A task's number: "1" of an item "1.", "Nhiệm vụ 1." or a row "| 1 | …".
    private func number(of task: PlanTask) -> Int? {
        switch task.origin {
        case .item(let node):
            guard let label = tree.nodes[node].label, label.kind == .arabic else { return nil }
            return Int(label.text)
        case .tableRow:
            guard let first = task.segments.first else { return nil }
            return Int(source.string(tree.segments[first].range).trimmingCharacters(in: .whitespaces))
        case .paragraph:
            return nil
        }
    }

    private static let chủ = Syllable.word("chủ"), trì = Syllable.word("trì"), thực = Syllable.word("thực"),
                       hiện = Syllable.word("hiện"), các = Syllable.word("các"), nhiệm = Syllable.word("nhiệm"),
                       vụ = Syllable.word("vụ"), số = Syllable.word("số"), và = Syllable.word("và")
}
