extension ScalarBuffer {
    /// Whether the scalar at `offset` stands inside brackets that open before it and close after
    /// it on its line ("(Sở Du lịch; Sở Văn hóa)", "[…; …]", nested too). A bracket never closed
    /// encloses nothing. Looks at most `Self.bracketReach` scalars either way.
    package func isInsideBrackets(_ offset: Int) -> Bool {
        let scalars = self
        var depth = 0, index = offset - 1
        let floor = Swift.max(0, offset - Self.bracketReach)
        while index >= floor, scalars[index] != "\n" {
            switch scalars[index] {
            case ")", "]": depth -= 1
            case "(", "[": depth += 1
            default: break
            }
            if depth > 0 { break }
            index -= 1
        }
        guard depth > 0 else { return false }
        depth = 0
        index = offset + 1
        let ceiling = Swift.min(scalars.count, offset + Self.bracketReach)
        while index < ceiling, scalars[index] != "\n" {
            switch scalars[index] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            if depth < 0 { return true }
            index += 1
        }
        return false
    }

    static let bracketReach = 400
}
