/// Spellings that mean the same thing, applied to token streams (documents and rule phrases
/// alike) after tokenising. Abbreviations are not expanded here: rules list them as phrases, so
/// a reviewer sees in the rule exactly what counts.
enum Vocabulary {
    /// Two-syllable words whose syllables may come in either order with the same meaning.
    private static let swapped: [(String, String)] = [("đảm", "bảo")]

    static func rewrite(_ tokens: inout [Token]) {
        guard tokens.count >= 2 else { return }
        for index in 0..<(tokens.count - 1) {
            for (first, second) in swapped where tokens[index].key == first && tokens[index + 1].key == second {
                let (a, b) = (tokens[index], tokens[index + 1])
                (tokens[index].key, tokens[index].fold) = (b.key, b.fold)
                (tokens[index + 1].key, tokens[index + 1].fold) = (a.key, a.fold)
            }
        }
    }
}
