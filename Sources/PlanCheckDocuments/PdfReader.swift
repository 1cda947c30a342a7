import Foundation
import PlanCheckText

/// PDF through poppler's `pdftotext -layout -enc UTF-8`, run as a subprocess with a time limit.
/// Pages are kept for locations (pdftotext separates them with form feeds).
public enum PdfReader: DocumentReader {
    public static let extensions = ["pdf"]
    /// Longest pdftotext may run on one file: 30 s, or PLANCHECK_PDFTOTEXT_TIMEOUT seconds.
    public static var timeLimit: TimeInterval {
        ProcessInfo.processInfo.environment["PLANCHECK_PDFTOTEXT_TIMEOUT"].flatMap(TimeInterval.init).map { max(0.1, $0) } ?? 30
    }
    /// Largest text accepted from pdftotext.
    static let maxOutputBytes = 64 << 20

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        guard bytes.starts(with: Array("%PDF".utf8)) else { throw .notPDF }
        guard let tool = executable("pdftotext") else {
            throw .noPdftotext
        }
        return try document(fromLayout: run(tool, on: bytes), path: path)
    }

    /// The document in pdftotext's layout text: paragraphs, and tables from the columns of its lines.
    static func document(fromLayout text: String, path: String) throws(DocumentError) -> PlanDocument {
        var rendition = Rendition(separateParagraphs: false)
        var table: [[(column: Int, text: String)]] = []   // rows of cells with their start columns
        var lines: [[Unicode.Scalar]] = []                 // the table's lines as read
        var centred = false                                // the last table read was laid out centred
        var seenColumns: Set<Int> = []                     // where the open table's cells start
        var lastColumns: Set<Int> = []                     // and the last table's, which may go on
        var page = 1
        var letters = 0
        // A header cell centred on two lines ("Thời gian / hoàn thành") sets its first line above
        // the header's other cells: held until the next line says whether a "TT" header follows.
        var headerTop: (column: Int, text: String, scalars: [Unicode.Scalar])?
        var numberedHeader: [Int]?                         // the open table's "TT" header columns
        var blankLines = 0                                 // blank lines in a row since the last text
        // A row broken by a page whose next page repeats the table's header: the row and its
        // lines so far go on in the table under the repeated header, not as a row of their own.
        var carried: (row: [(column: Int, text: String)], lines: [[Unicode.Scalar]])?
        func flushTable(keepingLastRow: Bool = false) {
            let laidOut = lines.isEmpty ? nil : Self.centredRows(lines, continuing: centred)
            if !lines.isEmpty { centred = laidOut != nil }
            var rows = laidOut ?? Self.realignedRows(lines) ?? table
            if keepingLastRow, rows.count >= 3, let start = lines.lastIndex(where: Self.startsRow), start > 0 {
                carried = (rows.removeLast(), Array(lines[start...]))
            }
            for row in Self.placedInHeaderColumns(rows) { rendition.addRow(row, paragraph: nil, page: page) }
            table = []
            lines = []
            if !seenColumns.isEmpty { lastColumns = seenColumns }
            seenColumns = []
            numberedHeader = nil
        }
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, rawLine) in rawLines.enumerated() {
            var line = Substring(rawLine)
            while let feed = line.firstIndex(of: "\u{0C}") {
                // A form feed ends a page; what follows it starts the next.
                flushTable(keepingLastRow: lines.first.map {
                    Self.nextPageRepeats($0, after: line[line.index(after: feed)...], lines: rawLines[(lineIndex + 1)...])
                } == true)
                line = line[line.index(after: feed)...]
                page += 1
            }
            let scalars = Self.joiningSplitSyllables(Array(line.unicodeScalars))
            line = Substring(String(String.UnicodeScalarView(scalars)))
            letters += scalars.filter { $0.properties.isAlphabetic }.count
            var cells = Self.columns(scalars)
            // An annex's attachment note is one line of text, however its blanks for a draft's
            // number and date spread it ("(Kèm theo Kế hoạch số       /KH-TTX ngày     /    /2026 …)").
            if Self.isAttachmentNote(scalars), let first = cells.first, let last = cells.last { cells = [first.lowerBound..<last.upperBound] }
            // A group row set close in a narrow "TT" column ("I HOÀN THIỆN THỂ CHẾ …") is a row of
            // the open table, its label in the first column and its title in the second.
            if let header = table.first, header.count >= 3, let group = Self.groupRow(scalars) {
                table.append([(column: header[0].column, text: group.label), (column: header[1].column, text: group.title)])
                lines.append(scalars)
                continue
            }
            // A lone chunk indented under a column of the table above continues that column; so
            // does a row number with its cell's text far to the right ("6        học và"), as a
            // table with vertically centred cells has it.
            let indented = (cells.first?.lowerBound ?? 0) >= 5 && (table.last.map { row in
                row.contains { abs($0.column - (cells.first?.lowerBound ?? 0)) <= 3 } } == true
                || seenColumns.union(centred ? lastColumns : []).contains { abs($0 - (cells.first?.lowerBound ?? 0)) <= 3 })
            let numbered = !table.isEmpty && cells.count == 1 && Self.columns(scalars, gap: 4).count == 1
                && Self.isRowNumberBeforeGap(scalars)
            if table.isEmpty, cells.count == 1, let cell = cells.first, cell.lowerBound >= 20, cell.count <= 30,
               lineIndex + 1 < rawLines.count, !rawLines[lineIndex + 1].contains("\u{0C}"),
               Self.isNumberedHeader(Self.joiningSplitSyllables(Array(rawLines[lineIndex + 1].unicodeScalars))) {
                headerTop = (cell.lowerBound, Self.text(scalars, cell), scalars)
                continue
            }
            // In a table headed "TT", a line of one cell's text indented past the number column
            // ("      Xây dựng, trình Ủy ban …" under a centred "Nhiệm vụ") is a line of the table
            // when it spans at most one of the header's column starts; a paragraph spans them all.
            let inNumberedTable = cells.count == 1 && cells[0].lowerBound >= 5 && numberedHeader.map { starts in
                starts.filter { cells[0].lowerBound + 3 < $0 && $0 < cells[0].upperBound - 3 }.count <= 1
            } == true
            if cells.count > 1 || (cells.count == 1 && (indented || numbered || inNumberedTable)) {
                for cell in Self.columns(scalars, gap: 4) { seenColumns.insert(cell.lowerBound) }
                // Within a table, cut at the header's column starts: touching columns
                // ("Quý II/2025 Quyết định") separate there.
                let bounds = table.first.map { $0.map(\.column) } ?? cells.map(\.lowerBound)
                var row = table.isEmpty ? cells.map { (column: $0.lowerBound, text: Self.text(scalars, $0)) }
                                        : Self.split(scalars, at: bounds)
                if table.isEmpty, Self.isNumberedHeader(scalars) { numberedHeader = cells.map(\.lowerBound) }
                if table.isEmpty, let top = headerTop {
                    // The held first line of a centred header cell joins that cell, or stands as its own.
                    if let index = row.indices.first(where: { abs(row[$0].column - top.column) <= 3 }) {
                        row[index].text = top.text + " " + row[index].text
                    } else {
                        row.append((column: top.column, text: top.text))
                        row.sort { $0.column < $1.column }
                    }
                    seenColumns.insert(top.column)
                    numberedHeader?.append(top.column)
                    lines.append(top.scalars)
                }
                headerTop = nil
                if let last = table.last, Self.continues(row, last, columns: bounds.count) {
                    table[table.count - 1] = Self.merge(row, into: last)
                } else {
                    table.append(row)
                }
                lines.append(scalars)
                if table.count == 1, let (row, rowLines) = carried {
                    // The repeated header is this table's; the broken row goes on under it.
                    table.append(row)
                    lines += rowLines
                }
                carried = nil
                continue
            }
            flushTable()
            if let (row, rowLines) = carried, !line.allSatisfy(\.isWhitespace) {
                // The next page did not go on with the table after all: the row stands as it was.
                table = [row]
                lines = rowLines
                flushTable()
                carried = nil
            }
            if let top = headerTop {
                rendition.addParagraph(top.text, headingLevel: nil, paragraph: nil, page: page)
                headerTop = nil
            }
            let paragraph = String(line).trimmingCharacters(in: .whitespaces)
            // Only text between two tables ends a centred table, or a gap of blank lines (two or
            // more: pdftotext writes none at a page's foot): a page break does not.
            blankLines = paragraph.isEmpty ? blankLines + 1 : 0
            if !paragraph.isEmpty || blankLines >= 2 { centred = false }
            rendition.addParagraph(paragraph, headingLevel: nil, paragraph: nil, page: page)
        }
        flushTable()
        guard letters >= 20 else {
            throw .scannedPDF
        }
        return rendition.document(path: path, format: .pdf, legacyEncodings: [])
    }

    /// Justified lines in some PDFs come out of pdftotext with a space inside a syllable: "nhà
    /// n ước", "S ở Khoa h ọc", "dữ li ệu qu ốc gia". A run of consonant letters alone is never a
    /// Vietnamese syllable, so such a run followed by one space and a lower-case vowel is joined
    /// to it. So is "qu" (never a syllable alone) before any vowel, and an onset with an unmarked
    /// "i", "u" or "ư" before the vowel that makes the diphthong with it ("li ệu", "mu ốn", "đ ư ợc"
    /// → iê, uô, ươ): a syllable cannot end in "i" and the next begin with "ê". Acronyms in
    /// capitals ("TP", "KH") and anything else are left as they are.
    static func joiningSplitSyllables(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.count >= 3 else { return scalars }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var run = 0  // letters at the end of `result` since the last non-letter
        var consonantsOnly = true
        var capitals = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", run >= 1, run <= 4, capitals <= 1, index + 1 < scalars.count, isLowercaseVowel(scalars[index + 1]),
               !(run >= 2 && capitals == run),
               consonantsOnly ? run <= 3 : diphthongContinues(result.suffix(run), with: scalars[index + 1]) {
                continue  // drop the space: the two parts are one syllable
            }
            result.append(scalar)
            if scalar.properties.isAlphabetic {
                run += 1
                consonantsOnly = consonantsOnly && isConsonant(scalar)
                if scalar.properties.isUppercase { capitals += 1 }
            } else {
                (run, consonantsOnly, capitals) = (0, true, 0)
            }
        }
        return result
    }

    /// `head` is consonants and one unmarked i, u or ư, and `next` starts the diphthong's second
    /// vowel (ê after i, ô after u, ơ after ư), or `head` is "qu".
    private static func diphthongContinues(_ head: ArraySlice<Unicode.Scalar>, with next: Unicode.Scalar) -> Bool {
        guard let last = head.last, head.count >= 2, head.dropLast().allSatisfy(isConsonant) else { return false }
        let lowered = last.properties.lowercaseMapping
        let nextParts = Array(String(next).decomposedStringWithCanonicalMapping.unicodeScalars)
        let hat = nextParts.contains("\u{0302}"), horn = nextParts.contains("\u{031B}")
        switch lowered {
        case "u" where head.count == 2 && head.first?.properties.lowercaseMapping == "q": return true
        case "i": return nextParts.first == "e" && hat
        case "u": return nextParts.first == "o" && hat
        case "ư": return nextParts.first == "o" && horn
        default: return false
        }
    }

    private static let consonants = Set("bcdđghklmnpqrstvx".unicodeScalars)

    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.lowercaseMapping.unicodeScalars.first.map(consonants.contains) ?? false
    }

    private static func isLowercaseVowel(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isLowercase, let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
        else { return false }
        return "aeiouy".unicodeScalars.contains(base)
    }

    /// A line continues the table row above when each of its cells goes on with the text of the
    /// cell above it: a wrapped sentence (lower case) or a wrapped heading (upper case after upper
    /// case). In a table of three columns or more, a line whose first column is empty always
    /// continues the row (the row number stands only on its first line).
    private static func continues(_ row: [(column: Int, text: String)], _ above: [(column: Int, text: String)], columns: Int) -> Bool {
        let firstColumn = above.first?.column ?? 0
        let firstEmpty = !row.contains { abs($0.column - firstColumn) <= 3 && !$0.text.isEmpty }
        if columns >= 3, firstEmpty { return true }
        return row.allSatisfy { cell in
            guard let target = above.min(by: { abs($0.column - cell.column) < abs($1.column - cell.column) }),
                  abs(target.column - cell.column) <= 3 else { return false }
            if let last = target.text.last, ".;:!?".contains(last) { return false }
            let first = cell.text.unicodeScalars.first { $0.properties.isAlphabetic }
            if first?.properties.isLowercase == true || first == nil { return true }
            return cell.text == cell.text.uppercased() && target.text == target.text.uppercased()
        }
    }

    /// The columns of a table's lines: where cells start on many of them (a header word set apart
    /// on one line, like "Nhiệm vụ" in the middle of its column, is not a column).
    static func columnStarts(_ raw: [[Unicode.Scalar]]) -> [Int] {
        var starts: [Int] = []
        for line in raw where groupRow(line) == nil { starts += columns(line).map(\.lowerBound) }
        starts.sort()
        var bounds: [Int] = []
        var group: [Int] = []
        let needed = max(2, raw.count / 10)
        for start in starts + [Int.max] {
            if let last = group.last, start - last > 3 {
                if group.count >= needed, let first = group.first { bounds.append(first) }
                group = []
            }
            group.append(start)
        }
        return bounds
    }

    /// The rows of a table whose header cells are centred over columns whose text starts further
    /// left ("Đơn vị chủ trì" at 62 over cells starting at 52): cut at where the cells start, when
    /// each header cell falls in its own one of those columns. Nil when the header's columns are
    /// the cells' already, or the columns do not match the header one for one.
    static func realignedRows(_ raw: [[Unicode.Scalar]]) -> [[(column: Int, text: String)]]? {
        guard raw.count >= 3, let headerLine = raw.first, groupRow(headerLine) == nil else { return nil }
        let header = columns(headerLine).map(\.lowerBound)
        let bounds = columnStarts(Array(raw.dropFirst()))
        guard header.count >= 3, header.count == bounds.count,
              header.indices.allSatisfy({ index in
                  header[index] >= bounds[index] - 3 && (index + 1 == bounds.count || header[index] < bounds[index + 1] - 1)
              }),
              zip(header, bounds).contains(where: { $0 - $1 > 3 }) else { return nil }
        var rows: [[(column: Int, text: String)]] = []
        for line in raw {
            if let group = groupRow(line) {
                rows.append([(column: bounds[0], text: group.label), (column: bounds[1], text: group.title)])
                continue
            }
            let row = split(line, at: bounds, overflowing: true)
            if rows.count > 1, let last = rows.last, continues(row, last, columns: bounds.count) {
                rows[rows.count - 1] = merge(row, into: last)
            } else {
                rows.append(row)
            }
        }
        return rows
    }

    /// The rows of a table whose cells are centred vertically, as Word lays out a numbered task
    /// table: the row number (and the header's "TT") stands on the middle line of its row, with
    /// lines of the other cells above and below it. A row reaches as far below its number as above
    /// it, so the lines between two numbers split where the first row's lower half ends. Nil for
    /// any other table: one whose number stands on its row's first line, or that has no "TT"
    /// column (unless it goes on from such a table on the page before: `continuing`).
    static func centredRows(_ raw: [[Unicode.Scalar]], continuing: Bool) -> [[(column: Int, text: String)]]? {
        guard raw.count >= 3 else { return nil }
        let bounds = columnStarts(raw)
        guard bounds.count >= 3, let firstColumn = bounds.first else { return nil }
        let lines = raw.map { line in
            groupRow(line).map { [(column: bounds[0], text: $0.label), (column: bounds[1], text: $0.title)] } ?? split(line, at: bounds)
        }
        func firstCell(_ line: [(column: Int, text: String)]) -> String? {
            line.first(where: { abs($0.column - firstColumn) <= 3 }).map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
        }
        func isNumber(_ text: String) -> Bool {
            !text.isEmpty && (isArabic(text) || text.allSatisfy { "IVXLC".contains($0) })
        }
        /// "3", or a number of a numbered row under it: "3.1", "3.2.1".
        func isArabic(_ text: String) -> Bool {
            text.first?.isNumber == true && text.last?.isNumber == true && !text.contains("..")
                && text.allSatisfy { $0.isNumber || $0 == "." }
        }
        // Where a cell's line starts a cell (a capital) or goes on with one (lower case); lines
        // that open with a digit say neither.
        func opens(_ index: Int, _ column: Int) -> Bool? {
            guard let cell = lines[index].first(where: { $0.column == column }),
                  let first = cell.text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  first.properties.isAlphabetic else { return nil }
            return first.properties.isUppercase
        }
        let header = lines.firstIndex { numberLabels.contains(firstCell($0)?.lowercased() ?? "") }
        let numbers = lines.indices.filter { firstCell(lines[$0]).map(isNumber) == true }
        guard let firstNumber = numbers.first else { return nil }
        var anchors = numbers
        if let header, header < firstNumber {
            anchors.insert(header, at: 0)
        } else if !continuing {
            return nil
        }
        // Centred: above the first numbered row's number (a group row "I  HẠ TẦNG SỐ" is one line)
        // a cell opens, with a capital: the row's text starts before its number. In a table set
        // at the top of its cells only the header's wrapped words ("trì", "hợp") stand there.
        /// A group row: a Roman numeral ("II  DỮ LIỆU SỐ"), or a number whose next row numbers
        /// under it ("1  Hoàn thiện thể chế" above "1.1"). It is its one line.
        func isGroup(_ position: Int) -> Bool {
            guard let label = firstCell(lines[numbers[position]]) else { return false }
            if label.allSatisfy({ "IVXLC".contains($0) }) { return true }
            return position + 1 < numbers.count && firstCell(lines[numbers[position + 1]])?.hasPrefix(label + ".") == true
        }
        let groups = Set(numbers.indices.filter(isGroup).map { numbers[$0] })
        guard let firstRow = numbers.first(where: { !groups.contains($0) && firstCell(lines[$0]).map(isArabic) == true })
        else { return nil }
        let previous = anchors.last { $0 < firstRow }
        guard ((previous.map { $0 + 1 } ?? 0)..<firstRow).contains(where: { line in
            bounds.dropFirst().contains { opens(line, $0) == true }
        }) else { return nil }
        let textColumns = Array(bounds.dropFirst())
        /// How well the next row starting at `boundary` fits: the columns whose first line from
        /// there opens a cell. (A capital inside a cell, "UBND", "Công nghệ", is common; a row's
        /// cells all opening where it starts is not.)
        func fit(_ boundary: Int, after anchor: Int, before next: Int) -> Int {
            textColumns.filter { column in (boundary...next).lazy.compactMap { opens($0, column) }.first == true }.count
        }
        var rows: [[(column: Int, text: String)]] = []
        var start = 0
        for (position, anchor) in anchors.enumerated() {
            let above = anchor - start
            var end = lines.count
            if groups.contains(anchor) {
                end = anchor + 1  // a group row ("II  DỮ LIỆU SỐ") is its line
            } else if position + 1 < anchors.count {
                // Where the cells' capitals say the next row starts; among equals, nearest to where
                // a row as tall below its number as above it would end. A group row below ends it.
                let next = anchors[position + 1]
                let nextIsGroup = groups.contains(next)
                let estimate = min(next, anchor + 1 + above)
                // Looked for near the estimate only: a row is a few lines, and a long run of lines
                // without a number must not make the search quadratic.
                let window = max(anchor + 1, estimate - 32)...max(anchor + 1, min(next, estimate + 32))
                end = nextIsGroup ? next : window.max { a, b in
                    let (fa, fb) = (fit(a, after: anchor, before: next), fit(b, after: anchor, before: next))
                    return fa != fb ? fa < fb : abs(a - estimate) > abs(b - estimate)
                } ?? estimate
            }
            // Each column's text top to bottom; empty where the row says nothing there.
            let cells = lines[start..<end].flatMap { $0 }
            rows.append(bounds.map { bound in
                (column: bound, text: cells.filter { $0.column == bound }.map(\.text).joined(separator: " "))
            })
            start = end
        }
        return rows
    }

    /// The next page opens with the same header line as the table's (Word repeats a table's
    /// header row on each page): its first line with text after the form feed.
    static func nextPageRepeats(_ header: [Unicode.Scalar], after rest: Substring, lines: ArraySlice<Substring>) -> Bool {
        func cells(_ scalars: [Unicode.Scalar]) -> [String] { columns(scalars).map { text(scalars, $0) } }
        let wanted = cells(header)
        guard wanted.count >= 3 else { return false }
        for candidate in [rest] + lines.prefix(3) {
            if candidate.contains("\u{0C}") { return false }
            let scalars = joiningSplitSyllables(Array(candidate.unicodeScalars))
            if scalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
            return cells(scalars) == wanted
        }
        return false
    }

    /// "(Kèm theo …": the line that attaches an annex to its plan.
    static func isAttachmentNote(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { $0 != " " }) else { return false }
        let head = String(String.UnicodeScalarView(scalars[first...].prefix(10))).lowercased()
        return head.hasPrefix("(kèm theo")
    }

    /// A line that opens a row: a row number or a group's Roman numeral at the margin.
    static func startsRow(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { $0 != " " }), first < 3 else { return false }
        let word = scalars[first...].prefix { $0 != " " }
        let label = word.last == "." ? word.dropLast() : word
        // "3", "3.1" (a row numbered under a group), "II".
        let arabic = label.first?.properties.numericType != nil && label.allSatisfy { $0.properties.numericType != nil || $0 == "." }
        return !label.isEmpty && (arabic || label.allSatisfy { "IVXLC".unicodeScalars.contains($0) })
    }

    /// Each row's cells in the header's columns: a cell left empty in the middle of a row ("Đơn
    /// vị chủ trì" not given) stays empty instead of the next cell taking its place. A row that
    /// does not sit in the header's columns (each cell within three of a column start, one cell
    /// a column) is kept as it was read; empty cells at a row's end are left off.
    static func placedInHeaderColumns(_ rows: [[(column: Int, text: String)]]) -> [[String]] {
        guard let header = rows.first, header.count >= 3 else { return rows.map { $0.map(\.text) } }
        return rows.map { row in
            var cells = [String?](repeating: nil, count: header.count)
            for cell in row {
                guard let slot = header.indices.min(by: { abs(header[$0].column - cell.column) < abs(header[$1].column - cell.column) }),
                      abs(header[slot].column - cell.column) <= 3, cells[slot] == nil else { return row.map(\.text) }
                cells[slot] = cell.text
            }
            guard let last = cells.lastIndex(where: { $0 != nil }) else { return row.map(\.text) }
            return cells[...last].map { $0 ?? "" }
        }
    }

    /// What a header's number column is called, lower case.
    private static let numberLabels: Set<String> = ["tt", "stt", "số tt"]

    /// A table header that numbers its rows: three cells or more, the first "TT", "STT" or "Số TT".
    static func isNumberedHeader(_ scalars: [Unicode.Scalar]) -> Bool {
        let cells = columns(scalars)
        guard cells.count >= 3, let first = cells.first else { return false }
        var label = text(scalars, first).lowercased()
        if label.hasSuffix(".") { label.removeLast() }
        return numberLabels.contains(label)
    }

    /// A group row: a Roman numeral within three columns of the margin and a title in capitals
    /// written as one chunk ("I HOÀN THIỆN THỂ CHẾ, QUY ĐỊNH"), or a long title that runs on over
    /// the columns as one chunk; nil for any other line.
    static func groupRow(_ scalars: [Unicode.Scalar]) -> (label: String, title: String)? {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index <= 3 else { return nil }
        let labelStart = index
        while index < scalars.count, "IVXLC".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index > labelStart, index - labelStart <= 4 else { return nil }
        let label = String(String.UnicodeScalarView(scalars[labelStart..<index]))
        if index < scalars.count, scalars[index] == "." { index += 1 }
        guard index < scalars.count, scalars[index] == " " else { return nil }
        let title = text(scalars, index..<scalars.count)
        let letters = title.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 6 else { return nil }
        // Set close: one chunk. Or set in the task column after a gap, in sentence case, running
        // on as one chunk over the columns to its right ("V    Mở dữ liệu, khai thác và sử dụng
        // dữ liệu"): a row with cells has a gap between them.
        if columns(scalars).count == 1, letters.allSatisfy({ !$0.properties.isLowercase }) { return (label, title) }
        let rest = Array(scalars[index...])
        guard columns(rest, gap: 2).count == 1, title.unicodeScalars.first?.properties.isUppercase == true,
              title.unicodeScalars.count >= 30 else { return nil }
        return (label, title)
    }

    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range])).trimmingCharacters(in: .whitespaces)
    }

    /// Cuts a line at column starts (moved back to the space before a word cut in two); empty
    /// cells are dropped.
    /// `overflowing`: a word cut in two with no space just before the column start is the cell on
    /// the left running over it ("Thường xu|yên" where the next column starts): cut after it.
    static func split(_ scalars: [Unicode.Scalar], at bounds: [Int], overflowing: Bool = false) -> [(column: Int, text: String)] {
        // Cut at the space just before the column start when there is one within two characters.
        var cuts = bounds.map { bound -> Int in
            var cut = min(bound, scalars.count)
            while cut > 0, cut < scalars.count, scalars[cut - 1] != " ", bound - cut < 3 { cut -= 1 }
            if overflowing, cut > 0, cut < scalars.count, scalars[cut - 1] != " ", scalars[cut] != " " {
                var end = min(bound, scalars.count)
                while end < scalars.count, end - bound < 8, scalars[end] != " " { end += 1 }
                if end < scalars.count, scalars[end] == " " { cut = end }
            }
            return cut
        }
        cuts[0] = 0
        var result: [(column: Int, text: String)] = []
        for (index, start) in cuts.enumerated() {
            let end = index + 1 < cuts.count ? max(start, cuts[index + 1]) : scalars.count
            guard start < end else { continue }
            let cell = text(scalars, start..<end)
            if !cell.isEmpty { result.append((column: bounds[index], text: cell)) }
        }
        return result
    }

    private static func merge(_ row: [(column: Int, text: String)], into above: [(column: Int, text: String)]) -> [(column: Int, text: String)] {
        var merged = above
        for cell in row {
            guard let index = merged.indices.min(by: { abs(merged[$0].column - cell.column) < abs(merged[$1].column - cell.column) })
            else { continue }
            merged[index].text += " " + cell.text
        }
        return merged
    }

    /// In layout mode a wide gap (four spaces or more; justified text stretches gaps to two or
    /// three) separates columns of a header block or a table. A numbering label followed by a gap
    /// ("1.      Xây dựng …") is still one line. Returns the cells' ranges, or one range for a line.
    static func columns(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let cells = columns(scalars, gap: 4)
        // A line already cut into three columns or more is a table row: there, narrower columns
        // may stand three spaces apart ("Thời gian   Sản phẩm"), which justified prose never has
        // at three places on one line.
        return cells.count >= 3 ? columns(scalars, gap: 3) : cells
    }

    private static func columns(_ scalars: [Unicode.Scalar], gap: Int) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = scalars.firstIndex { $0 != " " } ?? scalars.count
        var index = start
        while index < scalars.count {
            guard scalars[index] == " " else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == " " { end += 1 }
            if end - index >= gap, end < scalars.count {
                cells.append(start..<index)
                start = end
            }
            index = end
        }
        var last = scalars.count
        while last > start, scalars[last - 1] == " " { last -= 1 }
        if start < last { cells.append(start..<last) }
        if cells.count == 2, isLabel(scalars[cells[0]]) {
            let joined = cells[0].lowerBound..<cells[1].upperBound
            cells.removeFirst(2)
            cells.insert(joined, at: 0)
        }
        return cells
    }

    /// "6                                học và", "II   DỮ LIỆU SỐ": a row number, a gap, then text.
    static func isRowNumberBeforeGap(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.firstIndex { $0 != " " } ?? scalars.count
        let start = index
        while index < scalars.count, scalars[index].properties.numericType != nil || "IVXLC.".unicodeScalars.contains(scalars[index]) {
            index += 1
        }
        guard index > start, index - start <= 4 else { return false }
        var gap = 0
        while index < scalars.count, scalars[index] == " " { gap += 1; index += 1 }
        return gap >= 3 && index < scalars.count
    }

    private static func isLabel(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        return text.range(of: #"^(Phần\s+\S+|[IVXLC]+[.)]|\d+(\.\d+)*[.)]?|[a-zđ]\)|[-+•])$"#, options: .regularExpression) != nil
    }

    private static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// An anonymous file in memory (Linux `memfd_create`) holding the bytes: pdftotext needs a
    /// seekable file, and a plan uploaded to `plancheck serve` must never be written to disk.
    /// Looked up at run time because Swift's Glibc module does not declare it.
    static func memoryFile(_ bytes: [UInt8]) -> Int32? {
        #if os(Linux)
        guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "memfd_create") else { return nil }
        typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32
        let descriptor = unsafeBitCast(symbol, to: MemfdCreate.self)("plancheck-pdf", 1)  // MFD_CLOEXEC
        guard descriptor >= 0 else { return nil }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { close(descriptor); return nil }
            written += count
        }
        return descriptor
        #else
        return nil
        #endif
    }

    /// Hands the PDF to pdftotext (from memory, else from a private temporary file), runs the
    /// tool with a deadline and returns its UTF-8 output.
    private static func run(_ tool: String, on bytes: [UInt8]) throws(DocumentError) -> String {
        let inputPath: String
        let cleanup: () -> Void
        if let descriptor = memoryFile(bytes) {
            // The child opens the parent's descriptor through /proc while the parent holds it open.
            inputPath = "/proc/\(getpid())/fd/\(descriptor)"
            cleanup = { close(descriptor) }
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-pdf-\(UUID().uuidString)")
            let input = folder.appendingPathComponent("input.pdf")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                        attributes: [.posixPermissions: 0o700])
                try Data(bytes).write(to: input)
            } catch {
                throw .pdftotextFailed(error.localizedDescription)
            }
            inputPath = input.path
            cleanup = { try? FileManager.default.removeItem(at: folder) }
        }
        defer { cleanup() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", inputPath, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .pdftotextFailed(error.localizedDescription) }
        let limit = timeLimit
        // SIGKILL, not terminate(): a parent may have left SIGTERM ignored, and children inherit that.
        let pid = process.processIdentifier
        let deadline = DispatchWorkItem { if process.isRunning { kill(pid, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: deadline)
        var data = Data()
        let handle = output.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxOutputBytes {
                kill(pid, SIGKILL)
                break
            }
        }
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        if process.terminationReason == .uncaughtSignal {
            throw data.count > maxOutputBytes ? .pdfTextTooLarge(limitMegabytes: maxOutputBytes >> 20) : .pdfTimeout(seconds: limit)
        }
        guard process.terminationStatus == 0 else {
            throw .pdfDamaged(exitStatus: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
