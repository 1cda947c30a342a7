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
    }

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
        var item = false
        var itemOpened = false
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
        flush(upTo: line.upperBound)
        let endsBlock = tag(scalars, endingAt: line).map {
            $0.tag.closing && (blockNames.contains($0.tag.name) || $0.tag.name == "ul" || $0.tag.name == "ol")
        } ?? false
        return (blocks, endsBlock)
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
