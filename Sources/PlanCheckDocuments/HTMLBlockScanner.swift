import PlanCheckText

/// Block-level HTML in Markdown pasted from a web portal or a CMS: `<h3>I. MỤC TIÊU</h3>`,
/// `<p><strong>1. Mục đích</strong></p>`, `<ul><li>…</li></ul>`, `<br>`. Each heading, paragraph
/// and list item is a block of its own, as its Markdown spelling would be; a paragraph set wholly in
/// `<strong>` or `<b>` is emphasised (a heading without heading markup). Ranges stay the source's;
/// tags and `&nbsp;` inside a block are spaces to the normaliser. Tables are HTMLTableScanner's.
/// Not an HTML parser: a line is read on its own, with only the depth of open lists carried over.
enum HTMLBlockScanner {
    /// What carries from one line to the next.
    struct State {
        /// `<ul>` and `<ol>` open: an item's indentation (its nesting under another item).
        var listDepth = 0
        /// A `<li>` ended its line before any text: the next line's text is the item's.
        var pendingItem = false
        /// A heading whose `</hN>` is on a later line: its level, where its text starts, and how
        /// many lines it has run over.
        var openHeading: (level: Int, start: Int, lines: Int)?
    }

    /// Lines a heading may run over before it is taken as ended.
    static let headingLines = 4

    /// Elements whose start or end ends a block.
    private static let blockNames: Set<String> = [
        "p", "div", "li", "blockquote", "section", "article", "header", "footer", "center", "dd", "dt",
        "figure", "figcaption", "main", "aside", "nav", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    private static let emphasisNames: Set<String> = ["strong", "b"]

    /// The blocks of a line that opens with an HTML tag the normaliser knows, or nil for any other
    /// line. `afterBreak`: a blank line (or a closed block) came before. `endsBlock` says whether the
    /// line ends with a block closed, so that the next ordinary line starts a new paragraph.
    static func blocks(_ line: Range<Int>, source: SourceText, state: inout State,
                       afterBreak: Bool) -> (blocks: [Block], endsBlock: Bool)? {
        let scalars = source.scalars
        guard !line.isEmpty, scalars[line.lowerBound] == "<",
              let first = tag(scalars, at: line.lowerBound, limit: line.upperBound),
              first.name != "table" else { return nil }
        var blocks: [Block] = []
        var runStart: Int?
        var heading: Int?
        var item = state.pendingItem
        var itemOpened = state.pendingItem
        state.pendingItem = false
        var followsBreak = afterBreak
        var index = line.lowerBound

        func flush(upTo end: Int) {
            defer { runStart = nil }
            guard let start = runStart else { return }
            guard let content = content(start..<end, scalars) else { return }
            let kind: Block.Kind = heading.map { .heading(level: $0) } ?? .line
            blocks.append(Block(kind: kind, range: content.range, followsBreak: followsBreak || heading != nil,
                                emphasized: content.emphasized, indent: 4 * state.listDepth,
                                listItem: item && itemOpened))
            itemOpened = false
            followsBreak = false
        }

        while index < line.upperBound {
            guard scalars[index] == "<", let found = tag(scalars, at: index, limit: line.upperBound) else {
                if runStart == nil { runStart = index }
                index += 1
                continue
            }
            switch found.name {
            case "ul", "ol":
                flush(upTo: index)
                state.listDepth = max(0, min(16, state.listDepth + (found.closing ? -1 : 1)))
                followsBreak = true
            case "br" where heading == nil:
                // A line break inside a paragraph or item: its next line is a line of its own.
                flush(upTo: index)
            case "hr":
                flush(upTo: index)
                followsBreak = true
            case "p", "div" where item:
                // A paragraph inside an item (`<li><p>…</p></li>`) is the item's text.
                flush(upTo: index)
            case let name where blockNames.contains(name):
                flush(upTo: index)
                followsBreak = true
                heading = nil
                item = false
                if !found.closing {
                    if name.count == 2, name.first == "h", let level = Int(name.dropFirst()) { heading = level }
                    if name == "li" {
                        item = true
                        itemOpened = true
                    }
                }
            default:
                // Inline markup belongs to the text it marks.
                if runStart == nil { runStart = index }
            }
            index = found.end
        }
        if let level = heading {
            // The heading's `</hN>` is on a later line: it goes on there (MarkdownReader asks
            // `continueHeading`).
            state.openHeading = (level, runStart ?? line.upperBound, 1)
            return (blocks, false)
        }
        flush(upTo: line.upperBound)
        state.pendingItem = item && itemOpened
        let endsBlock = tag(scalars, endingAt: line).map {
            $0.tag.closing && (blockNames.contains($0.tag.name) || $0.tag.name == "ul" || $0.tag.name == "ol")
        } ?? false
        return (blocks, endsBlock)
    }

    /// A line while a heading is open: the heading when its `</hN>` is on this line (or it has
    /// run over `headingLines` lines), as one block from where its text starts; nil while it goes on.
    static func continueHeading(_ line: Range<Int>, source: SourceText, state: inout State) -> Block? {
        guard let open = state.openHeading else { return nil }
        let scalars = source.scalars
        var index = line.lowerBound
        var end: Int?
        while index < line.upperBound {
            if scalars[index] == "<", let found = tag(scalars, at: index, limit: line.upperBound), found.closing,
               found.name.count == 2, found.name.first == "h" {
                end = index
                break
            }
            index += 1
        }
        guard end != nil || open.lines + 1 >= headingLines else {
            state.openHeading = (open.level, open.start, open.lines + 1)
            return nil
        }
        state.openHeading = nil
        let range = open.start..<max(open.start, end ?? line.upperBound)
        return content(range, scalars).map { Block(kind: .heading(level: open.level), range: $0.range, followsBreak: true) }
    }

    /// Where an HTML table starts on a line that opens with it or with tags wrapping it
    /// (`<figure class="table"><table>`, as CKEditor writes it; `<div …><table>`).
    static func tableStart(_ line: Range<Int>, source: SourceText) -> Int? {
        let scalars = source.scalars
        var at = line.lowerBound
        for _ in 0..<4 {
            if HTMLTableScanner.find("<table", in: scalars, from: at, before: min(line.upperBound, at + 6)) != nil { return at }
            guard let found = tag(scalars, at: at, limit: line.upperBound), !found.closing, found.end < line.upperBound,
                  scalars[found.end] == "<" else { return nil }
            at = found.end
        }
        return nil
    }

    /// Whether a range holds nothing but tags and spaces.
    static func isMarkupOnly(_ range: Range<Int>, source: SourceText) -> Bool {
        let scalars = source.scalars
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index].properties.isWhitespace {
                index += 1
            } else if scalars[index] == "<", let found = tag(scalars, at: index, limit: range.upperBound) {
                index = found.end
            } else {
                return false
            }
        }
        return true
    }

    /// A line of text without the closing tags at its end ("… năm 2026</li></ul>"), so that a
    /// quote of it is the text.
    static func withoutClosingTags(_ range: Range<Int>, source: SourceText) -> Range<Int> {
        var upper = range.upperBound
        while let (start, found) = tag(source.scalars, endingAt: range.lowerBound..<upper), found.closing, start > range.lowerBound {
            upper = start
            while upper > range.lowerBound, source.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        }
        return range.lowerBound..<upper
    }

    /// Lists opened and closed on a line of text ("… năm 2026</li></ul>").
    static func countLists(_ line: Range<Int>, source: SourceText, state: inout State) {
        let scalars = source.scalars
        var index = line.lowerBound
        while index < line.upperBound {
            if scalars[index] == "<", let found = tag(scalars, at: index, limit: line.upperBound) {
                if found.name == "ul" || found.name == "ol" {
                    state.listDepth = max(0, min(16, state.listDepth + (found.closing ? -1 : 1)))
                }
                index = found.end
            } else {
                index += 1
            }
        }
    }

    private struct Tag {
        var name: String
        var closing: Bool
        var end: Int
    }

    /// The tag at `start` if the normaliser reads it as markup and it ends on the line.
    private static func tag(_ scalars: ScalarBuffer, at start: Int, limit: Int) -> Tag? {
        guard let end = TextNormalizer.htmlTagEnd(scalars, from: start), end <= limit else { return nil }
        var index = start + 1
        let closing = scalars[index] == "/"
        if closing { index += 1 }
        var name = ""
        while index < end, scalars[index].isASCII, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        return Tag(name: name.lowercased(), closing: closing, end: end)
    }

    /// The tag that ends `range` and where it starts, if the range ends with one.
    private static func tag(_ scalars: ScalarBuffer, endingAt range: Range<Int>) -> (start: Int, tag: Tag)? {
        guard range.upperBound > range.lowerBound, scalars[range.upperBound - 1] == ">" else { return nil }
        // A tag is short (the normaliser's limit): look back that far for its "<".
        var start = range.upperBound - 1
        let floor = max(range.lowerBound, range.upperBound - TextNormalizer.htmlTagLimit)
        while start > floor, scalars[start] != "<" { start -= 1 }
        guard scalars[start] == "<", let found = tag(scalars, at: start, limit: range.upperBound),
              found.end == range.upperBound else { return nil }
        return (start, found)
    }

    /// A run of text without the tags, spaces and `&nbsp;` around it; nil when nothing is left.
    /// Emphasised when the tags taken from its start open `<strong>` or `<b>`, those from its end
    /// close one, and no emphasis closes inside ("<b>a</b> và <b>b</b>" is not one bold line).
    private static func content(_ run: Range<Int>, _ scalars: ScalarBuffer) -> (range: Range<Int>, emphasized: Bool)? {
        var lower = run.lowerBound, upper = run.upperBound
        var opensBold = false, closesBold = false
        var changed = true
        while changed, lower < upper {
            changed = false
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1; changed = true }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1; changed = true }
            if lower < upper, scalars[lower] == "<", let found = tag(scalars, at: lower, limit: upper) {
                if !found.closing, emphasisNames.contains(found.name) { opensBold = true }
                lower = found.end
                changed = true
            }
            if lower < upper, scalars[lower] == "&", let entity = TextNormalizer.htmlEntity(scalars, from: lower),
               entity.meaning == "\u{A0}", entity.end <= upper {
                lower = entity.end
                changed = true
            }
            if let (start, found) = tag(scalars, endingAt: lower..<upper) {
                if found.closing, emphasisNames.contains(found.name) { closesBold = true }
                upper = start
                changed = true
            }
            if upper > lower, scalars[upper - 1] == ";", let amp = scalars[max(lower, upper - 12)..<upper].lastIndex(of: "&"),
               let entity = TextNormalizer.htmlEntity(scalars, from: amp), entity.meaning == "\u{A0}", entity.end == upper {
                upper = amp
                changed = true
            }
        }
        guard lower < upper else { return nil }
        var emphasized = opensBold && closesBold
        if emphasized {
            var index = lower
            while index < upper {
                if scalars[index] == "<", let found = tag(scalars, at: index, limit: upper) {
                    if found.closing, emphasisNames.contains(found.name) {
                        emphasized = false
                        break
                    }
                    index = found.end
                } else {
                    index += 1
                }
            }
        }
        return (lower..<upper, emphasized)
    }
}
