/// One pass over the original scalars that produces the normalised text, its offset map and the
/// tokens. Phrases in rules go through the same function, so both sides always agree.
package enum TextNormalizer {
    public static func normalize(_ source: SourceText) -> NormalizedText {
        normalize(source.scalars)
    }

    public static func normalize(_ string: String) -> NormalizedText {
        normalize(ScalarBuffer(string.unicodeScalars))
    }

    /// The token keys of a phrase, e.g. for a rule term.
    package static func keys(of phrase: String) -> [Token] {
        normalize(phrase).tokens
    }

    public static func normalize(_ input: ScalarBuffer) -> NormalizedText {
        var pass = Pass(input: input)
        pass.run()
        Vocabulary.rewrite(&pass.tokens, defined: DefinedAbbreviations.uses(in: pass.tokens, source: input))
        markUnaccentedText(&pass.tokens, lineBreaks: pass.lineBreaks)
        // The reservation was a guess from the text's length; the tokens live as long as the
        // check, so a large unused part is given back (one copy, before the peak of the check).
        if pass.tokens.capacity - pass.tokens.count > max(4096, pass.tokens.count / 8) {
            pass.tokens = [Token](unsafeUninitializedCapacity: pass.tokens.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: pass.tokens)
            }
        }
        return NormalizedText(scalars: pass.output, offsets: pass.offsets, tokens: pass.tokens, variants: pass.variants)
    }

    /// Words around which (up to eight letter-words each side, on the same line) fewer than one
    /// in five carry a diacritic are in unaccented text. Vietnamese written normally has most
    /// syllables marked; a line typed without marks has none.
    static func markUnaccentedText(_ tokens: inout [Token], lineBreaks: [Int32]) {
        // The class table, not Character.isLetter: that builds a grapheme per token (5% of a run).
        // The words of an expanded abbreviation ("KH&CN" → "khoa học và công nghệ", all on the
        // written range) were not typed: their marks say nothing about how the line was typed.
        func expanded(_ index: Int) -> Bool {
            (index > 0 && tokens[index - 1].range == tokens[index].range)
                || (index + 1 < tokens.count && tokens[index + 1].range == tokens[index].range)
        }
        let words = tokens.indices.filter { tokens[$0].isWord && !expanded($0) }
        guard !words.isEmpty else { return }
        var marked = [Int](repeating: 0, count: words.count + 1)  // prefix sums
        var line = [Int](repeating: 0, count: words.count)
        var breakIndex = 0
        for (position, index) in words.enumerated() {
            marked[position + 1] = marked[position] + (tokens[index].isPlain ? 0 : 1)
            while breakIndex < lineBreaks.count, lineBreaks[breakIndex] < tokens[index].start { breakIndex += 1 }
            line[position] = breakIndex
        }
        let radius = 8
        for (position, index) in words.enumerated() {
            var lower = max(0, position - radius), upper = min(words.count, position + radius + 1)
            while line[lower] != line[position] { lower += 1 }
            while line[upper - 1] != line[position] { upper -= 1 }
            tokens[index].inUnaccentedText = (marked[upper] - marked[lower]) * 5 < (upper - lower)
        }
    }

    private struct Pass {
        let input: ScalarBuffer
        var output = ScalarBuffer()
        var offsets = OffsetMap()
        var tokens: [Token] = []
        var canonicalizer = SyllableCanonicalizer()
        var syllable: [Unicode.Scalar] = []
        var variants: NormalizedText.Variants = []
        /// Offsets of line feeds and carriage returns, ascending.
        var lineBreaks: [Int32] = []
        /// Clause punctuation came after the last token: the next one starts a new clause.
        var pendingBreak = false
        /// A full stop, "!" or "?" came after the last token: the next one starts a new sentence.
        var pendingSentenceBreak = false
        /// Punctuation that ends a clause: a phrase does not run across it ("hồ sơ, kết quả" does
        /// not say "sơ kết") unless the phrase is written with it.
        /// "&" is read as "và".
        static let and = (key: Syllable("và"), fold: Syllable("va"))
        static func breaksClause(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ",", ";", ":", ".", "(", ")", "[", "]", "…", "!", "?", "|": return true
            default: return false
            }
        }

        init(input: ScalarBuffer) {
            self.input = input
            output.reserveCapacity(input.count)
            // About one token per four or five scalars in Vietnamese prose: reserved once, the
            // array does not double (and copy) its way up, and abbreviations fit in the slack.
            tokens.reserveCapacity(input.count / 4 + 16)
            var slotCount = 16
            while slotCount < 1 << 12, slotCount < input.count { slotCount <<= 1 }
            slots = [Int32](repeating: 0, count: slotCount)
            slotHashes = [UInt64](repeating: 0, count: slotCount)
        }

        mutating func run() {
            var index = 0
            var steps = 0
            while index < input.count {
                // A stopped check (see Cancellation) ends the pass: the text is then incomplete,
                // and the check that asked for it never judges it.
                steps += 1
                if steps & 0xFFFF == 0, Cancellation.requested { break }
                let scalar = input[index]
                let kind = CharacterClass.of(scalar)
                switch kind {
                case .letter:
                    var end = index + 1
                    while end < input.count {
                        let next = CharacterClass.of(input[end])
                        if next == .letter || next == .mark { end += 1 } else if next == .ignorable { end += 1 } else { break }
                    }
                    word(index..<end)
                    index = end
                case .digit:
                    var end = index + 1
                    while end < input.count, CharacterClass.of(input[end]) == .digit { end += 1 }
                    let digits = Syllable(String(String.UnicodeScalarView(input[index..<end])))
                    emit(input[index..<end], from: index..<end)
                    append(Token(key: digits, fold: digits, isWord: false, start: index, end: end))
                    index = end
                case .ignorable:
                    index += 1
                case .mark:
                    // A combining mark with no letter before it: keep it, it is not a token.
                    emit(scalar, at: index)
                    index += 1
                case .other:
                    if scalar == "&", let (end, meaning) = TextNormalizer.htmlEntity(input, from: index) {
                        // "&nbsp;", "&amp;", "&#7879;": converted Markdown writes characters so.
                        emit(CollectionOfOne(meaning == "\u{A0}" ? " " : meaning), from: index..<end)
                        if meaning == "&" {
                            append(Token(key: Self.and.key, fold: Self.and.fold, isWord: true, start: index, end: end))
                        }
                        index = end
                        continue
                    }
                    if scalar == "<", let end = TextNormalizer.htmlTagEnd(input, from: index) {
                        // Markup of HTML tables and inline styles in converted Markdown ("<td>",
                        // "<b>", "<br>") is not text: one space stands for the tag.
                        emit(CollectionOfOne(" "), from: index..<end)
                        index = end
                        continue
                    }
                    if scalar == "\n" || scalar == "\r" { lineBreaks.append(Int32(truncatingIfNeeded: index)) }
                    let mapped = CharacterClass.replacement(for: scalar)
                    emit(mapped, at: index)
                    if mapped == "&" {
                        append(Token(key: Self.and.key, fold: Self.and.fold, isWord: true, start: index, end: index + 1))
                    } else if Self.breaksClause(mapped) {
                        pendingBreak = true
                        if mapped == "." || mapped == "!" || mapped == "?" { pendingSentenceBreak = true }
                    }
                    index += 1
                }
            }
        }

        /// What one written word becomes; words repeat, so each distinct spelling is worked out once.
        /// Flat: the spelling and the canonical scalars are ranges of two shared buffers, so that
        /// finding a known word copies no reference-counted storage (arrays per word cost more in
        /// retains and releases than the rest of the lookup).
        private struct WordForm {
            var spelling: Range<Int>
            var canonical: Range<Int>
            var key: Syllable
            var fold: Syllable
            var variants: NormalizedText.Variants
        }
        private var spellingScalars: [Unicode.Scalar] = []
        private var canonicalScalars: [Unicode.Scalar] = []
        private var forms: [WordForm] = []
        /// Open addressing by the spelling's FNV-1a hash (not `Hasher`, which would hash it again):
        /// each slot holds a form's index + 1, 0 when empty; at most half full. Sized to the text
        /// (up to 4,096 at first): a rule's phrase of three words needs 16, not 48 KB zeroed.
        private var slots: [Int32]
        private var slotHashes: [UInt64]
        /// Distinct spellings kept at most: hostile text cannot grow the table without end.
        static let formLimit = 100_000

        private mutating func word(_ range: Range<Int>) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for scalar in input[range] { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let known = Int(slots[slot]) - 1
                if slotHashes[slot] == hash, spellingScalars[forms[known].spelling].elementsEqual(input[range]) {
                    emit(word: forms[known], from: range)
                    return
                }
                slot = (slot + 1) & mask
            }
            var form = Self.form(of: input[range], canonicalizer: &canonicalizer, buffer: &syllable)
            form.spelling = spellingScalars.count..<spellingScalars.count + range.count
            form.canonical = canonicalScalars.count..<canonicalScalars.count + syllable.count
            if forms.count < Self.formLimit {
                spellingScalars.append(contentsOf: input[range])
                canonicalScalars.append(contentsOf: syllable)
                forms.append(form)
                slots[slot] = Int32(forms.count)
                slotHashes[slot] = hash
                if forms.count * 2 > slots.count { grow() }
                emit(word: form, from: range)
            } else {
                // Not kept: its canonical scalars are in `syllable` only.
                output.append(contentsOf: syllable)
                finish(word: form, canonicalCount: syllable.count, from: range)
            }
        }

        /// Twice the slots, every kept spelling placed again by its hash.
        private mutating func grow() {
            let count = slots.count * 2
            var newSlots = [Int32](repeating: 0, count: count)
            var newHashes = [UInt64](repeating: 0, count: count)
            for slot in slots.indices where slots[slot] != 0 {
                var target = Int(truncatingIfNeeded: slotHashes[slot]) & (count - 1)
                while newSlots[target] != 0 { target = (target + 1) & (count - 1) }
                newSlots[target] = slots[slot]
                newHashes[target] = slotHashes[slot]
            }
            slots = newSlots
            slotHashes = newHashes
        }

        private mutating func emit(word form: WordForm, from range: Range<Int>) {
            output.append(contentsOf: canonicalScalars[form.canonical])
            finish(word: form, canonicalCount: form.canonical.count, from: range)
        }

        /// After a word's canonical scalars are in `output`: its offsets, variants and token.
        private mutating func finish(word form: WordForm, canonicalCount: Int, from range: Range<Int>) {
            variants.formUnion(form.variants)
            offsets.append(canonicalCount, from: range)
            append(Token(key: form.key, fold: form.fold, isWord: true, start: range.lowerBound, end: range.upperBound))
        }

        private mutating func append(_ token: Token) {
            var token = token
            token.clauseBreakBefore = pendingBreak
            token.sentenceBreakBefore = pendingSentenceBreak
            pendingBreak = false
            pendingSentenceBreak = false
            tokens.append(token)
        }

        private static func form(of written: Slice<ScalarBuffer>, canonicalizer: inout SyllableCanonicalizer,
                                 buffer: inout [Unicode.Scalar]) -> WordForm {
            var variants: NormalizedText.Variants = []
            var letters = written.filter { CharacterClass.of($0) != .ignorable }[...]
            if letters.isEmpty { letters = ArraySlice(written) }
            for scalar in letters {
                if CharacterClass.of(scalar) == .mark { variants.insert(.decomposed) }
                if scalar.value == 0x00D0 || scalar.value == 0x00F0 { variants.insert(.ethForDStroke) }
            }
            buffer.removeAll(keepingCapacity: true)
            canonicalizer.canonicalize(letters, into: &buffer)
            let key = foldFinalY(buffer)
            // The ranges are set by the caller, which keeps the scalars (the canonical ones are in `buffer`).
            return WordForm(spelling: 0..<0, canonical: 0..<0, key: Syllable(String(scalars: key)),
                            fold: Syllable(VietnameseAlphabet.fold(key)), variants: variants)
        }

        /// Appends normalised scalars. When their count equals the original's they map one to
        /// one; otherwise each maps to the whole original range (tone moved, NFD composed).
        private mutating func emit<S: Collection>(_ scalars: S, from original: Range<Int>) where S.Element == Unicode.Scalar {
            output.append(contentsOf: scalars)
            offsets.append(scalars.count, from: original)
        }

        /// One scalar for one: spaces and punctuation, most of the scalars that are not letters.
        private mutating func emit(_ scalar: Unicode.Scalar, at original: Int) {
            output.append(scalar)
            offsets.append(1, from: original..<original + 1)
        }

        /// kỹ → kĩ, lý → lí: a final y right after a consonant is the same syllable as i.
        private static func foldFinalY(_ syllable: [Unicode.Scalar]) -> [Unicode.Scalar] {
            guard syllable.count >= 2, let last = syllable.last,
                  let parts = VietnameseAlphabet.decompositions[last.value], parts.letter.base == "y",
                  let previous = VietnameseAlphabet.decompositions[syllable[syllable.count - 2].value]
                    .map({ $0.letter }) ?? VietnameseLetter?.some(VietnameseLetter(base: syllable[syllable.count - 2], quality: .none)),
                  !previous.isVowel, previous.base.isASCII || previous.base == "đ",
                  let i = VietnameseAlphabet.compositions[.init(letter: VietnameseLetter(base: "i", quality: .none), tone: parts.tone)]
            else { return syllable }
            var result = syllable
            result[result.count - 1] = i
            return result
        }

    }
}

/// How the normaliser treats one scalar.
enum CharacterClass: UInt8, Equatable {
    case letter, mark, digit, ignorable, other

    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        if value < 0x10000 { return basicPlane[Int(value)] }
        return classify(scalar)
    }

    /// The class of every scalar of the Basic Multilingual Plane: the normaliser asks for every
    /// scalar of every document. Expanded from runs worked out when the table was generated
    /// (`CharacterClassTable`, checked against `classify` by the tests), not by asking the
    /// Unicode properties of 65,536 scalars at every start.
    private static let basicPlane: [CharacterClass] = expand(CharacterClassTable.runs)

    /// Runs as `start << 8 | class`, ascending, the first at 0.
    static func expand(_ runs: [UInt32]) -> [CharacterClass] {
        var table = [CharacterClass](repeating: .other, count: 0x10000)
        for (index, run) in runs.enumerated() {
            let start = Int(run >> 8), end = index + 1 < runs.count ? Int(runs[index + 1] >> 8) : 0x10000
            let kind = CharacterClass(rawValue: UInt8(truncatingIfNeeded: run)) ?? .other
            for value in start..<min(end, 0x10000) { table[value] = kind }
        }
        return table
    }

    /// The runs of `classify` over the Basic Multilingual Plane (what `CharacterClassTable` holds).
    static func runs() -> [UInt32] {
        var runs: [UInt32] = []
        var previous: CharacterClass?
        for value in 0..<0x10000 {
            let kind = Unicode.Scalar(UInt32(value)).map(classify) ?? .other
            if kind != previous { runs.append(UInt32(value) << 8 | UInt32(kind.rawValue)) }
            previous = kind
        }
        return runs
    }

    static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            default: return .other
            }
        }
        switch value {
        // Soft hyphen, zero-width (non-)joiner, word joiner, BOM: invisible inside a word.
        // A zero-width *space* is a word break and is handled as a space below.
        case 0x00AD, 0x200C, 0x200D, 0x2060, 0xFEFF: return .ignorable
        case 0x0300...0x036F: return .mark
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return properties.generalCategory == .nonspacingMark ? .mark : .letter }
        if properties.numericType == .decimal { return .digit }
        if properties.generalCategory == .nonspacingMark { return .mark }
        return .other
    }

    /// Spaces, quotes and dashes that have several spellings become one.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x09: return " "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        default: return scalar
        }
    }
}

extension TextNormalizer {
    /// HTML elements that converters write into Markdown: tables, line breaks, inline styles.
    /// Only these: "<tên đơn vị>", "<lý do>" are placeholders a plan's reader must see.
    package static let htmlTags: Set<String> = [
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "col", "colgroup", "caption",
        "br", "p", "div", "span", "b", "i", "u", "s", "em", "strong", "sup", "sub", "font", "a",
        "ul", "ol", "li", "hr", "mark", "small", "center", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "img", "code", "pre", "del", "ins", "strike", "dl", "dt", "dd", "section", "article", "header", "footer",
        "nav", "main", "aside", "figure", "figcaption", "abbr", "cite", "q", "big", "tt", "kbd", "wbr", "nobr",
        "o:p",  // Word's empty paragraph marker in HTML it saves
    ]
    /// Longest tag taken as markup (attributes included); a longer run is left as text.
    package static let htmlTagLimit = 200

    /// The end of an HTML character reference at `start` ("&nbsp;", "&amp;", "&lt;", "&#160;",
    /// "&#x1EC7;") and the character it stands for; nil for any other "&".
    package static func htmlEntity(_ input: ScalarBuffer, from start: Int) -> (end: Int, meaning: Unicode.Scalar)? {
        var index = start + 1
        var name = ""
        while index < input.count, index - start <= 10, input[index].isASCII,
              input[index].properties.isAlphabetic || ("0"..."9").contains(input[index]) || input[index] == "#" {
            name.unicodeScalars.append(input[index])
            index += 1
        }
        guard index < input.count, input[index] == ";", !name.isEmpty else { return nil }
        let named: [String: Unicode.Scalar] = ["nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        if let meaning = named[name] { return (index + 1, meaning) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
        return (index + 1, scalar)
    }

    /// The end of an HTML tag starting at `start` ("<td>", "</b>", "<br/>", "<td colspan=\"2\">"),
    /// or nil when the "<" does not open one of `htmlTags`.
    package static func htmlTagEnd(_ input: ScalarBuffer, from start: Int) -> Int? {
        var index = start + 1
        if index < input.count, input[index] == "/" { index += 1 }
        var name: [UInt8] = []
        while index < input.count, name.count < 10, input[index].isASCII {
            var byte = UInt8(input[index].value)
            if (0x41...0x5A).contains(byte) { byte += 0x20 }  // A–Z read as a–z
            // Letters, digits, and a namespace's colon inside the name ("o:p").
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (byte == 0x3A && !name.isEmpty) else { break }
            name.append(byte)
            index += 1
        }
        guard !name.isEmpty, htmlTags.contains(String(decoding: name, as: UTF8.self)), index < input.count else { return nil }
        // The name ends the tag or is followed by attributes or "/".
        guard input[index] == ">" || input[index] == " " || input[index] == "/" || input[index] == "\t" else { return nil }
        let limit = min(input.count, start + htmlTagLimit)
        while index < limit {
            switch input[index] {
            case ">": return index + 1
            case "<", "\n", "\r": return nil
            case "\"", "'":
                // A quoted attribute value may hold ">" or "<" ("title=\"5 > 3\"").
                let quote = input[index]
                index += 1
                while index < limit, input[index] != quote {
                    if input[index] == "\n" || input[index] == "\r" { return nil }
                    index += 1
                }
                index += 1
            default: index += 1
            }
        }
        return nil
    }
}
