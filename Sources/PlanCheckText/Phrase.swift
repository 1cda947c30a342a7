import Foundation

/// A phrase of a rule or of the structure vocabulary, tokenised exactly like documents are.
/// It matches whole syllables only: "dữ liệu" never matches inside "cơ sở dữ liệuxyz".
package struct Phrase: Sendable, Hashable, CustomStringConvertible {
    public enum Strength: Int, Sendable, Comparable {
        /// A single common syllable ("Cục", "Vụ"): it may mean something else here.
        case weak = 0
        /// Found only by comparing without diacritics, in text written without them.
        case fallback = 1
        case exact = 2
        public static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    public let text: String
    public let keys: [Syllable]
    public let folds: [Syllable]
    /// Where the phrase itself is written with clause punctuation ("sở, ban, ngành"): only there
    /// may the text have it too.
    public let breaks: [Bool]
    /// One syllable that is not an acronym ("Vụ", "142"; but not "LGSP", "ATTT") is weak evidence.
    /// Worked out once: `match` asks for it at every candidate.
    public let isWeak: Bool

    public init(_ text: String) {
        // The rules and the structure's vocabulary name the same wordings many times (a concept
        // in every rule that uses it): each text is normalised once per process.
        if let known = PhraseCache.shared.phrase(text) {
            self = known
            return
        }
        self.text = text
        let tokens = TextNormalizer.keys(of: text)
        keys = tokens.map(\.key)
        folds = tokens.map(\.fold)
        breaks = tokens.map(\.clauseBreakBefore)
        isWeak = Self.isWeak(text, syllables: tokens.count)
        PhraseCache.shared.keep(self)
    }

    public var isEmpty: Bool { keys.isEmpty }

    private static func isWeak(_ text: String, syllables: Int) -> Bool {
        guard syllables == 1 else { return false }
        let letters = text.filter(\.isLetter)
        return !(letters.count >= 3 && letters.count == text.trimmingCharacters(in: .whitespaces).count
                 && letters.allSatisfy(\.isUppercase))
    }
    public var description: String { text }

    /// Whether the phrase occurs at `start` in `tokens`, and how strongly. A document token
    /// written with diacritics must match exactly; one written without them may match the
    /// phrase's diacritic-free form, which is weaker evidence. The phrase's syllables must stand
    /// in one clause: "hồ sơ, kết quả" does not contain "sơ kết".
    package func match(at start: Int, in tokens: [Token]) -> Strength? {
        guard !keys.isEmpty, start >= 0, start + keys.count <= tokens.count else { return nil }
        var strength = Strength.exact
        for offset in 0..<keys.count {
            let token = tokens[start + offset]
            if offset > 0, token.clauseBreakBefore, !breaks[offset] { return nil }
            if token.key == keys[offset] { continue }
            guard token.allowsFallback, token.fold == folds[offset] else { return nil }
            strength = .fallback
        }
        return isWeak ? .weak : strength
    }
}

/// Phrases already made, by their text (see `Phrase.init`). Bounded: rules are; past the limit
/// (phrases made from documents' text, say) a phrase is made each time.
final class PhraseCache: @unchecked Sendable {
    static let shared = PhraseCache()
    static let limit = 20_000
    private let lock = NSLock()
    private var phrases: [String: Phrase] = [:]

    func phrase(_ text: String) -> Phrase? {
        lock.lock()
        defer { lock.unlock() }
        return phrases[text]
    }

    func keep(_ phrase: Phrase) {
        lock.lock()
        defer { lock.unlock() }
        if phrases.count < Self.limit { phrases[phrase.text] = phrase }
    }
}
