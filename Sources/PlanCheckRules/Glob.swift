/// Shell-style globs, matched in time proportional to pattern length × path length whatever the
/// pattern (a set of pattern positions advanced one character at a time, never backtracking):
/// a pull request can change `.plancheck.yml`, so `*a*a*a*a*a*a*b` must not hang CI or the
/// language server. One implementation for the configuration, `--exclude` and the language server.
///
/// `?` one character, `[abc]` `[a-z]` `[!x]` one of a set, `*` any run of characters within a path
/// segment, `**` any run across segments and `**/` zero or more whole folders. With `crossing`,
/// `*` also crosses `/` (fnmatch without FNM_PATHNAME, as `--exclude` documents).
package struct Glob: Sendable {
    enum Token: Sendable {
        case literal(Unicode.Scalar)
        case one
        case set([ClosedRange<Unicode.Scalar>], negated: Bool)
        case star(crossing: Bool)
        /// `**/`: empty, or anything ending with `/`.
        case folders
    }

    let tokens: [Token]
    /// `*`, `?` and `[…]` also match `/` (fnmatch without FNM_PATHNAME).
    let crossing: Bool

    public init(_ pattern: String, crossing: Bool = false) {
        let scalars = Array(pattern.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                let double = index + 1 < scalars.count && scalars[index + 1] == "*"
                if double, index + 2 < scalars.count, scalars[index + 2] == "/" {
                    tokens.append(.folders)
                    index += 3
                } else {
                    tokens.append(.star(crossing: crossing || double))
                    index += double ? 2 : 1
                    // Runs of stars match what one star matches; collapsing keeps the state set small.
                    while index < scalars.count, scalars[index] == "*" { index += 1 }
                }
                continue
            case "?":
                tokens.append(.one)
            case "[":
                if let (set, negated, next) = Self.bracket(scalars, from: index) {
                    tokens.append(.set(set, negated: negated))
                    index = next
                    continue
                }
                tokens.append(.literal(scalar))
            default:
                tokens.append(.literal(scalar))
            }
            index += 1
        }
        self.tokens = tokens
        self.crossing = crossing
    }

    /// `[…]` from `start` (at the `[`): the ranges, whether negated, and the index after `]`;
    /// nil when unterminated (then `[` is an ordinary character, as in fnmatch).
    private static func bracket(_ scalars: [Unicode.Scalar], from start: Int) -> ([ClosedRange<Unicode.Scalar>], Bool, Int)? {
        var index = start + 1
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "]" && !first { return (ranges, negated, index + 1) }
            first = false
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]", scalar <= scalars[index + 2] {
                ranges.append(scalar...scalars[index + 2])
                index += 3
            } else {
                ranges.append(scalar...scalar)
                index += 1
            }
        }
        return nil
    }

    public func matches(_ path: String) -> Bool {
        let count = tokens.count
        // States 0...count are "before token i" (count = matched); count+1+i is "inside `**/` i".
        var active = [Bool](repeating: false, count: 2 * count + 2)
        var next = active
        active[0] = true
        close(&active)
        for scalar in path.unicodeScalars {
            for index in next.indices { next[index] = false }
            var any = false
            for index in 0..<count {
                let here = active[index], inside = active[count + 1 + index]
                guard here || inside else { continue }
                switch tokens[index] {
                case .folders:
                    next[count + 1 + index] = true
                    if scalar == "/" { next[index + 1] = true }
                    any = true
                case .star(let crossing):
                    if crossing || scalar != "/" {
                        next[index] = true
                        any = true
                    }
                case .literal(let literal):
                    if here, literal == scalar { next[index + 1] = true; any = true }
                case .one:
                    if here, crossing || scalar != "/" { next[index + 1] = true; any = true }
                case .set(let ranges, let negated):
                    if here, crossing || scalar != "/", ranges.contains(where: { $0.contains(scalar) }) != negated {
                        next[index + 1] = true
                        any = true
                    }
                }
            }
            guard any else { return false }
            close(&next)
            swap(&active, &next)
        }
        return active[count]
    }

    /// Adds the states reachable without a character: past a star or `**/` (they may match nothing).
    private func close(_ states: inout [Bool]) {
        for index in 0..<tokens.count where states[index] {
            switch tokens[index] {
            case .star, .folders: states[index + 1] = true
            default: break
            }
        }
    }

    public static func matches(any patterns: [String], path: String) -> Bool {
        patterns.contains { Glob($0).matches(path) }
    }

    public static func matches(_ pattern: String, path: String) -> Bool {
        Glob(pattern).matches(path)
    }
}
