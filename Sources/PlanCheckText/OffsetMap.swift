/// Where each normalised scalar came from in the original text, stored as runs instead of two
/// offsets per scalar: a run maps a stretch of normalised scalars either one to one onto as many
/// original scalars, or all of them onto one original range (a word whose tone mark moved or
/// whose NFD letters were composed). Ordinary text is one run per removed character or
/// recomposed word, so the map takes bytes per run, not 8 bytes per character.
struct OffsetMap: Sendable {
    private struct Run {
        /// First normalised scalar of the run.
        var start: Int32
        /// Number of normalised scalars.
        var count: Int32
        /// The original range the run covers.
        var originalStart: Int32
        var originalEnd: Int32
        /// Each normalised scalar maps to one original scalar (else each maps to the whole range).
        var oneToOne: Bool
    }

    private var runs: [Run] = []
    private(set) var count = 0

    /// Appends `scalars` normalised scalars that came from `original`: one to one when the counts
    /// agree, otherwise each from the whole range.
    mutating func append(_ scalars: Int, from original: Range<Int>) {
        guard scalars > 0 else { return }
        let oneToOne = scalars == original.count
        if oneToOne, let last = runs.last, last.oneToOne, Int(last.originalEnd) == original.lowerBound {
            runs[runs.count - 1].count += Int32(truncatingIfNeeded: scalars)
            runs[runs.count - 1].originalEnd = Int32(truncatingIfNeeded: original.upperBound)
        } else {
            runs.append(Run(start: Int32(truncatingIfNeeded: count), count: Int32(truncatingIfNeeded: scalars),
                            originalStart: Int32(truncatingIfNeeded: original.lowerBound),
                            originalEnd: Int32(truncatingIfNeeded: original.upperBound), oneToOne: oneToOne))
        }
        count += scalars
    }

    /// The original start of normalised scalar `index` (`index < count`).
    func start(of index: Int) -> Int {
        let run = runs[run(containing: index)]
        return run.oneToOne ? Int(run.originalStart) + index - Int(run.start) : Int(run.originalStart)
    }

    /// The original end of normalised scalar `index` (`index < count`).
    func end(of index: Int) -> Int {
        let run = runs[run(containing: index)]
        return run.oneToOne ? Int(run.originalStart) + index - Int(run.start) + 1 : Int(run.originalEnd)
    }

    /// The original end of the last scalar, or 0.
    var lastEnd: Int { runs.last.map { Int($0.originalEnd) } ?? 0 }

    /// The first normalised scalar whose original end is after `offset` (`count` when none).
    func firstEnding(after offset: Int) -> Int {
        // Ends never decrease; the last end of a run is its originalEnd.
        guard let position = firstRun(where: { Int($0.originalEnd) > offset }) else { return count }
        let run = runs[position]
        guard run.oneToOne else { return Int(run.start) }
        return Int(run.start) + max(0, offset - Int(run.originalStart))
    }

    /// The first normalised scalar whose original start is at or after `offset` (`count` when none).
    func firstStarting(atOrAfter offset: Int) -> Int {
        guard let position = firstRun(where: { run in
            Int(run.oneToOne ? run.originalStart + run.count - 1 : run.originalStart) >= offset
        }) else { return count }
        let run = runs[position]
        guard run.oneToOne else { return Int(run.start) }
        return Int(run.start) + max(0, offset - Int(run.originalStart))
    }

    private func run(containing index: Int) -> Int {
        var low = 0, high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(runs[mid].start) <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The first run for which a monotone predicate holds.
    private func firstRun(where predicate: (Run) -> Bool) -> Int? {
        var low = 0, high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(runs[mid]) { high = mid } else { low = mid + 1 }
        }
        return low < runs.count ? low : nil
    }
}
