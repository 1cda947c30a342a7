/// All the phrases of a rule library compiled into one Aho–Corasick automaton over syllables, so
/// that one pass over a document's tokens finds every occurrence of every phrase.
///
/// Syllables are compared by their diacritic-free form (which every exact match shares); each
/// candidate is then confirmed by `Phrase.match`, which tells an exact match from a fallback one
/// and rejects text written with other diacritics.
package struct PhraseAutomaton: Sendable {
    package let phrases: [Phrase]
    /// Phrase IDs by syllables and the clause breaks written in them ("sở ban ngành" and "sở, ban,
    /// ngành" match differently).
    private let ids: [Identity: Int]
    private struct Identity: Hashable {
        var keys: [Syllable]
        var breaks: [Bool]
        init(_ phrase: Phrase) { (keys, breaks) = (phrase.keys, phrase.breaks) }
    }
    /// Symbols of the table's syllables by ID (-1: in no phrase); numbers and hashed IDs, which
    /// have no dense slot, in `otherSymbols`. An array, not a dictionary: the scan asks for every
    /// token of every document, and hashing a syllable cost more than the rest of the step.
    /// Bounded by the syllable table's capacity (2^20 IDs, 4 MB); phrases are interned when the
    /// rules load, so in practice a few thousand entries.
    private let denseSymbols: [Int32]
    private let otherSymbols: [Syllable: Int32]
    /// Transitions of each state: `edgeSymbols[edgeStart[s]..<edgeStart[s + 1]]` ascending, with
    /// their targets in `edgeTargets`; the root's by symbol in `rootNext` (0: none).
    private let edgeStart: [Int32]
    private let edgeSymbols: [Int32]
    private let edgeTargets: [Int32]
    private let rootNext: [Int32]
    private let fail: [Int32]
    /// Phrases that end in each state (including those reached through failure links).
    private let outputs: [[Int32]]

    package init(phrases input: [Phrase]) {
        var phrases: [Phrase] = []
        var ids: [Identity: Int] = [:]
        for phrase in input where !phrase.isEmpty && ids[Identity(phrase)] == nil {
            ids[Identity(phrase)] = phrases.count
            phrases.append(phrase)
        }
        var symbols: [Syllable: Int32] = [:]
        var next: [[Int32: Int32]] = [[:]]
        var outputs: [[Int32]] = [[]]
        for (id, phrase) in phrases.enumerated() {
            var state: Int32 = 0
            for fold in phrase.folds {
                let symbol = symbols[fold] ?? {
                    let new = Int32(symbols.count)
                    symbols[fold] = new
                    return new
                }()
                if let target = next[Int(state)][symbol] {
                    state = target
                } else {
                    next.append([:])
                    outputs.append([])
                    let target = Int32(next.count - 1)
                    next[Int(state)][symbol] = target
                    state = target
                }
            }
            outputs[Int(state)].append(Int32(id))
        }
        // Failure links, breadth first.
        var fail = [Int32](repeating: 0, count: next.count)
        var queue: [Int32] = Array(next[0].values)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (symbol, target) in next[Int(state)] {
                queue.append(target)
                var link = fail[Int(state)]
                while link != 0, next[Int(link)][symbol] == nil { link = fail[Int(link)] }
                let candidate = next[Int(link)][symbol] ?? 0
                fail[Int(target)] = candidate == target ? 0 : candidate
                outputs[Int(target)] += outputs[Int(fail[Int(target)])]
            }
        }
        self.phrases = phrases
        self.ids = ids
        self.fail = fail
        self.outputs = outputs
        var dense: [Int32] = []
        var other: [Syllable: Int32] = [:]
        for (syllable, symbol) in symbols {
            guard syllable.id & (Syllable.numberFlag | Syllable.hashedFlag) == 0 else {
                other[syllable] = symbol
                continue
            }
            if Int(syllable.id) >= dense.count { dense += repeatElement(-1, count: Int(syllable.id) + 1 - dense.count) }
            dense[Int(syllable.id)] = symbol
        }
        denseSymbols = dense
        otherSymbols = other
        var starts: [Int32] = [0], edgeSymbols: [Int32] = [], edgeTargets: [Int32] = []
        for transitions in next {
            for (symbol, target) in transitions.sorted(by: { $0.key < $1.key }) {
                edgeSymbols.append(symbol)
                edgeTargets.append(target)
            }
            starts.append(Int32(edgeSymbols.count))
        }
        edgeStart = starts
        self.edgeSymbols = edgeSymbols
        self.edgeTargets = edgeTargets
        var root = [Int32](repeating: 0, count: symbols.count)
        for (symbol, target) in next[0] { root[Int(symbol)] = target }
        rootNext = root
    }

    private func symbol(of syllable: Syllable) -> Int32? {
        if syllable.id & (Syllable.numberFlag | Syllable.hashedFlag) == 0 {
            let id = Int(syllable.id)
            guard id < denseSymbols.count else { return nil }
            let symbol = denseSymbols[id]
            return symbol < 0 ? nil : symbol
        }
        return otherSymbols[syllable]
    }

    /// The state reached from `state` by `symbol`, or nil.
    private func target(of state: Int32, _ symbol: Int32) -> Int32? {
        if state == 0 {
            let target = rootNext[Int(symbol)]
            return target == 0 ? nil : target
        }
        var low = Int(edgeStart[Int(state)]), high = Int(edgeStart[Int(state) + 1])
        while low < high {
            let mid = (low + high) / 2
            let value = edgeSymbols[mid]
            if value == symbol { return edgeTargets[mid] }
            if value < symbol { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    package func id(of phrase: Phrase) -> Int? { ids[Identity(phrase)] }

    /// Start positions (ascending) and strengths of every phrase, by phrase ID, in one pass.
    /// Starts are token indices as Int32 (8 bytes an occurrence, not 16: the lists of a large
    /// plan are a visible part of its memory).
    package func scan(_ tokens: [Token]) -> [[(start: Int32, strength: Phrase.Strength)]] {
        var found = [[(start: Int32, strength: Phrase.Strength)]](repeating: [], count: phrases.count)
        var state: Int32 = 0
        for (index, token) in tokens.enumerated() {
            guard let symbol = symbol(of: token.fold) else {
                state = 0
                continue
            }
            while state != 0, target(of: state, symbol) == nil { state = fail[Int(state)] }
            state = target(of: state, symbol) ?? 0
            for id in outputs[Int(state)] {
                let phrase = phrases[Int(id)]
                let start = index - phrase.keys.count + 1
                if let strength = phrase.match(at: start, in: tokens) { found[Int(id)].append((Int32(truncatingIfNeeded: start), strength)) }
            }
        }
        return found
    }
}
