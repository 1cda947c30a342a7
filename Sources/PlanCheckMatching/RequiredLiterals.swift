/// The literal strings a regex cannot match without, read off its top level: a run of plain
/// characters and groups of plain alternatives that every match passes through in order
/// ("(tm|kt|q)\\." needs one of "tm.", "kt.", "q."). The longest such run is kept (its shortest
/// alternative the longest), so that the text is searched for the rarest thing it can be.
///
/// Conservative by construction: anything not understood (a class, `\\d`, a lookaround, a
/// quantified atom, a nested group) ends a run; a top-level `|`, a start or end anchor outside
/// `(?m)`, or case folding that changes a literal gives no literals at all.
enum RequiredLiterals {
    /// Alternatives a run may hold at most; more and the run ends.
    static let maxAlternatives = 16

    static func of(_ pattern: String) -> [[Unicode.Scalar]]? {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        var multiline = false
        var best: [[Unicode.Scalar]] = []
        var run: [[Unicode.Scalar]] = [[]]
        func score(_ alternatives: [[Unicode.Scalar]]) -> Int { alternatives.map(\.count).min() ?? 0 }
        func endRun() {
            if score(run) > score(best) { best = run }
            run = [[]]
        }
        func append(_ alternatives: [[Unicode.Scalar]]) {
            let product = run.flatMap { head in alternatives.map { head + $0 } }
            if product.count > maxAlternatives {
                endRun()
                run = alternatives
            } else {
                run = product
            }
        }
        /// Whether the atom just read is made optional or repeated by what follows; skips it.
        func quantified() -> (optional: Bool, repeated: Bool) {
            guard index < scalars.count else { return (false, false) }
            switch scalars[index] {
            case "?", "*":
                index += 1
                if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
                return (true, true)
            case "+":
                index += 1
                if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
                return (false, true)
            case "{":
                var end = index
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                let bounds = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                index = min(end + 1, scalars.count)
                if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
                let lower = Int(bounds.split(separator: ",", omittingEmptySubsequences: false).first ?? "") ?? 0
                return (lower == 0, true)
            default:
                return (false, false)
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "|":
                return nil  // a top-level alternation: no single run is required
            case "^", "$":
                if !multiline { return nil }
                index += 1
                endRun()
            case ".":
                index += 1
                _ = quantified()
                endRun()
            case "[":
                index += 1
                if index < scalars.count, scalars[index] == "^" { index += 1 }
                if index < scalars.count, scalars[index] == "]" { index += 1 }
                var depth = 1
                while index < scalars.count, depth > 0 {
                    if scalars[index] == "\\" { index += 1 } else if scalars[index] == "[" { depth += 1 } else if scalars[index] == "]" { depth -= 1 }
                    index += 1
                }
                _ = quantified()
                endRun()
            case "(":
                // Find the matching parenthesis.
                var depth = 0, end = index
                while end < scalars.count {
                    if scalars[end] == "\\" { end += 2; continue }
                    if scalars[end] == "[" {
                        end += 1
                        while end < scalars.count, scalars[end] != "]" { if scalars[end] == "\\" { end += 1 }; end += 1 }
                    }
                    if end < scalars.count, scalars[end] == "(" { depth += 1 }
                    if end < scalars.count, scalars[end] == ")" { depth -= 1; if depth == 0 { break } }
                    end += 1
                }
                guard end < scalars.count else { return nil }
                var body = Array(scalars[(index + 1)..<end])
                index = end + 1
                if body.first == "?" {
                    // Flags alone ("(?m)", "(?i)"), a non-capturing group, or a lookaround.
                    if body.count >= 2, body[1] == ":" {
                        body.removeFirst(2)
                    } else if body.dropFirst().allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) {
                        let on = body.dropFirst().prefix { $0 != "-" }
                        if body.contains("x") { return nil }  // free spacing: spaces are not literals
                        if on.contains("m") { multiline = true }
                        continue
                    } else {
                        _ = quantified()
                        endRun()  // a lookaround: zero width, no literal
                        continue
                    }
                }
                let (optional, repeated) = quantified()
                if optional { endRun(); continue }
                guard let alternatives = plainAlternatives(body) else { endRun(); continue }
                append(alternatives)
                if repeated { endRun() }
            case "\\":
                guard index + 1 < scalars.count else { return nil }
                let next = scalars[index + 1]
                index += 2
                // Anchors to the text searched; quoting and named references, whose text this
                // reading would take for pattern characters.
                if "AzZGQEkN".unicodeScalars.contains(next) { return nil }
                if next.properties.isAlphabetic || next.properties.numericType != nil {
                    // \d, \s, \b, \p{…}, back references: not a literal.
                    if next == "p" || next == "P", index < scalars.count, scalars[index] == "{" {
                        while index < scalars.count, scalars[index] != "}" { index += 1 }
                        index += 1
                    }
                    _ = quantified()
                    endRun()
                    continue
                }
                let (optional, repeated) = quantified()
                if optional { endRun(); continue }
                append([[next]])
                if repeated { endRun() }
            default:
                index += 1
                let (optional, repeated) = quantified()
                if optional { endRun(); continue }
                append([[scalar]])
                if repeated { endRun() }
            }
        }
        endRun()
        guard score(best) > 0 else { return nil }
        // Case-insensitive matching folds case: keep literals whose lowercase is their case fold.
        var lowered: [[Unicode.Scalar]] = []
        for alternative in best {
            let text = String(String.UnicodeScalarView(alternative)).lowercased()
            guard !text.unicodeScalars.contains(where: { $0.properties.changesWhenCaseFolded }) else { return nil }
            lowered.append(Array(text.unicodeScalars))
        }
        return lowered
    }

    /// The alternatives of a group body made of plain characters only ("tm|kt|q", "ủy ban").
    private static func plainAlternatives(_ body: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        var alternatives: [[Unicode.Scalar]] = [[]]
        var index = 0
        while index < body.count {
            let scalar = body[index]
            switch scalar {
            case "|": alternatives.append([])
            case "\\":
                guard index + 1 < body.count else { return nil }
                let next = body[index + 1]
                if next.properties.isAlphabetic || next.properties.numericType != nil { return nil }
                alternatives[alternatives.count - 1].append(next)
                index += 1
            case "(", ")", "[", "]", ".", "*", "+", "?", "{", "}", "^", "$":
                return nil
            default:
                alternatives[alternatives.count - 1].append(scalar)
            }
            index += 1
        }
        guard alternatives.count <= maxAlternatives, alternatives.allSatisfy({ !$0.isEmpty }) else { return nil }
        return alternatives
    }
}
