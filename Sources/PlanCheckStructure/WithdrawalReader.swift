import PlanCheckText

/// Reads where a plan stops or puts off a task of its own, so that the task is neither checked nor
/// evidence. Two kinds of wording (concepts): a postponement ("Tạm dừng", "Lùi sang năm 2028",
/// "sẽ xem xét sau") and a plain "not done" ("Không thực hiện", "Chưa triển khai"), which in running
/// text says so only with the plan's year after it ("không thực hiện trong năm 2027"): "không thực
/// hiện gửi nhận văn bản giấy", "các xã chưa triển khai số hóa" are ways of working and targets. Where:
/// an item's or a paragraph's opening, a clause after a colon, or a sentence whose subject is the
/// task ("Việc cập nhật … không thực hiện trong năm 2027", "Nhiệm vụ này chưa thực hiện trong năm
/// 2026, sẽ xem xét sau"). With a year before the plan's as the clause's first, it is the task's
/// history ("Chưa triển khai năm 2025, chuyển tiếp sang năm 2026").
struct WithdrawalReader {
    let tree: SectionTree
    let normalized: NormalizedText
    let finder: PhraseFinder
    let planYear: Int?
    /// The plan's year when the plan is for that year alone: a task moved to a later year
    /// ("Việc … thực hiện từ năm 2028") is then not this plan's.
    let annualYear: Int?
    let source: SourceText

    private var tokens: [Token] { normalized.tokens }
    private static let viec = Syllable.word("việc"), nhiem = Syllable.word("nhiệm"), vu = Syllable.word("vụ"),
                       ghi = Syllable.word("ghi"), chu = Syllable.word("chú"), tinh = Syllable.word("tình"), trang = Syllable.word("trạng")

    /// A heading that names a postponement anywhere ("CÁC NHIỆM VỤ TẠM DỪNG THỰC HIỆN").
    func postponesAnywhere(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        return words.contains { finder.vocabulary.postponements.matchesAny(at: $0, in: tokens, end: words.upperBound) }
    }

    /// A cell that opens with either kind ("Tạm dừng", "Không thực hiện do trùng với dự án …").
    func opensWithWithdrawal(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard let first = words.first else { return false }
        return (finder.vocabulary.postponements.matchesAny(at: first, in: tokens, end: words.upperBound)
            || finder.vocabulary.withdrawals.matchesAny(at: first, in: tokens, end: words.upperBound)) && !isHistory(first, in: words)
    }

    /// A cell that opens with a condition ("Khi được bố trí kinh phí", "Sau khi Bộ ban hành hướng
    /// dẫn"), after the words of doing the task ("Thực hiện sau khi Chính phủ ban hành Nghị định").
    func opensWithCondition(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard var first = words.first else { return false }
        while first + 1 < words.upperBound, first - words.lowerBound < 4, Self.taskWords.contains(tokens[first].key),
              !tokens[first + 1].clauseBreakBefore { first += 1 }
        let start = tokens[first].key == Self.sau && first + 1 < words.upperBound ? first + 1 : first
        return conditionEnd(at: start, end: words.upperBound) != nil
    }

    /// A time cell whose last clause is a condition ("Năm 2027, nếu được bố trí kinh phí"): its
    /// time holds only if the condition does.
    func endsWithCondition(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard var last = words.last else { return false }
        while last > words.lowerBound, !tokens[last].clauseBreakBefore, !tokens[last].sentenceBreakBefore { last -= 1 }
        guard last > words.lowerBound else { return false }
        var start = last
        if tokens[start].key == Self.sau || tokens[start].key == Self.trong, start + 1 < words.upperBound { start += 1 }
        return conditionEnd(at: start, end: words.upperBound) != nil
    }

    private static let trong = Syllable.word("trong"), thi = Syllable.word("thì")
    /// How many words a field's label runs to before its colon ("Nội dung:", "Nhiệm vụ 8.2:").
    private static let labelLength = 5
    /// Words on either side of a comma that lists units as one ("bộ, ngành", "sở, ban, ngành",
    /// "cơ quan, đơn vị", "tổ chức, cá nhân", "người dân, doanh nghiệp", "xã, phường").
    private static let boundPairs: Set<[Syllable]> = Set([("bộ", "ngành"), ("sở", "ngành"), ("sở", "ban"), ("ban", "ngành"),
                                                          ("quan", "đơn"), ("quan", "tổ"), ("chức", "cá"), ("dân", "doanh"),
                                                          ("xã", "phường"), ("huyện", "xã"), ("xã", "thị")]
        .map { [Syllable.word($0.0), Syllable.word($0.1)] })
    private static let sau = Syllable.word("sau"), tuy = Syllable.word("tùy")
    /// How far after its conjunction a condition names what it awaits ("khi được cấp có thẩm
    /// quyền bố trí vốn", "sau khi Bộ Khoa học và Công nghệ ban hành hướng dẫn"), in syllables as
    /// read: an abbreviation counts as its expansion ("khi TTDLQG sẵn sàng tiếp nhận và có hướng dẫn").
    private static let conditionReach = 20

    /// Where the condition that opens at `start` ends: a conjunction, then what is awaited within
    /// reach and in the same clause. Nil when none opens there.
    private func conditionEnd(at start: Int, end: Int) -> Int? {
        let vocabulary = finder.vocabulary
        guard let opener = vocabulary.conditionOpeners.matches(at: start, in: tokens, end: end).first else { return nil }
        var index = start + vocabulary.conditionOpeners.phrases[opener].keys.count
        let limit = min(end, index + Self.conditionReach)
        var passive = false
        while index < limit, !tokens[index].clauseBreakBefore, !tokens[index].sentenceBreakBefore {
            if let awaited = vocabulary.conditions.matches(at: index, in: tokens, end: end).first {
                let keys = vocabulary.conditions.phrases[awaited].keys
                let after = index + keys.count
                // Money given to the task: "khi được bố trí kinh phí", not the units' own act in
                // "khi xây dựng dự toán cần bố trí kinh phí". Guidance awaited, not guidance
                // followed ("khi có thay đổi theo hướng dẫn") nor new guidance to adapt to ("điều
                // chỉnh Kế hoạch khi Bộ ban hành hướng dẫn mới").
                // A rule issued counts only with who issues it: "sau khi Danh mục được ban hành"
                // follows the plan's own step.
                let agent = index > start + 1 && namesAnAgent(endingAt: index - 1)
                let given = keys[0] == Self.ban ? agent
                    : passive || !Self.givingVerbs.contains(keys[0]) || keys.contains(Self.duoc) || agent
                let followed = keys[0] == Self.huong && index > start && tokens[index - 1].key == Self.theo
                // So is an act awaited of another that renews what the plan follows ("khi Bộ ban
                // hành hướng dẫn mới", "khi Chính phủ ban hành Nghị định mới").
                let reach = keys[0] == Self.ban ? min(end, after + 4) : min(end, after + 1)
                let renewed = (after..<reach).contains { tokens[$0].key == Self.moi }
                    && !(after..<reach).contains { tokens[$0].clauseBreakBefore }
                if given && !followed && !renewed { return after }
            }
            if tokens[index].key == Self.duoc { passive = true }
            index += 1
        }
        return nil
    }

    /// Whether the word before a giving verb ends the name of who gives: money or approval given by
    /// another ("sau khi UBND tỉnh phê duyệt dự án", "khi Trung ương phân bổ kinh phí", "khi cấp
    /// có thẩm quyền bố trí vốn") is awaited as the passive is; after a common noun ("khi lập dự
    /// toán các đơn vị chủ động bố trí kinh phí") the act is the units' own.
    private func namesAnAgent(endingAt index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if Self.agentEnds.contains(token.key) { return true }
        let first = Int(token.start)
        return first < source.scalars.count && source.scalars[first].properties.isUppercase
    }

    private static let agentEnds: Set<Syllable> = Set(["tỉnh", "quyền", "ương", "trưởng", "tướng", "phủ", "bộ"].map(Syllable.word))

    private static let duoc = Syllable.word("được"), theo = Syllable.word("theo"), moi = Syllable.word("mới"), ve = Syllable.word("về"), and = Syllable.word("và"),
                       huong = Syllable.word("hướng")
    private static let givingVerbs: Set<Syllable> = Set(["bố", "cấp", "phân", "phê", "ban"].map(Syllable.word))
    private static let ban = Syllable.word("ban")

    /// How far into its clause a study opens ("Công an tỉnh nghiên cứu phương án kết nối …").
    private static let studyLead = 8
    /// Words that can stand before a condition that conditions the whole task ("…; thực hiện sau
    /// khi có hướng dẫn của Bộ", "(triển khai khi được bố trí kinh phí)", "Nhiệm vụ này triển khai
    /// khi …").
    private static let taskWords: Set<Syllable> = Set(["triển", "khai", "thực", "hiện", "nhiệm", "vụ", "này", "việc",
                                                        "sẽ", "được", "chỉ", "các", "nội", "dung", "trên"].map(Syllable.word))

    /// Each clause that does not commit firmly, holding a condition or opening with a study
    /// ("Nghiên cứu phương án kết nối …"); and apart, each that moves its task to a later year than
    /// a plan for one year ("…, việc công bố … triển khai từ năm 2028"), which commits to nothing
    /// in this plan. A clause runs between punctuation (",", ";", ":", "(",
    /// ")") or sentence ends, within its segment: "…, tùy theo khả năng cân đối ngân sách" leaves
    /// the funding before it firm. A sentence whose subject is the task ("Việc công bố danh mục … sẽ
    /// thực hiện sau khi có hướng dẫn") is tentative whole, and so is the item or cell whose
    /// clause is only the condition on the task ("…; thực hiện sau khi có hướng dẫn của Bộ"). Token
    /// ranges in text order.
    func tentativeClauses() -> (tentative: [Range<Int>], deferred: [Range<Int>]) {
        // A comma inside a set list of units ("các bộ, ngành", "các sở, ban, ngành", "người dân,
        // doanh nghiệp") ends no clause: "báo cáo Bộ Khoa học và Công nghệ và các bộ, ngành khi có
        // yêu cầu" is one.
        func stopsBefore(_ index: Int) -> Bool {
            tokens[index].sentenceBreakBefore
                || (tokens[index].clauseBreakBefore && !(index > 0 && Self.boundPairs.contains([tokens[index - 1].key, tokens[index].key])
                                                        && source.scalars[gapBefore(index)].allSatisfy { $0 == "," || $0 == " " }))
        }
        var clauses: [Range<Int>] = [], deferredClauses: [Range<Int>] = []
        for segment in tree.segments {
            let words = segment.tokens
            var index = words.lowerBound
            // The current clause's and sentence's starts, kept as the scan goes (linear in a
            // clause however long).
            var clauseStart = words.lowerBound, sentenceStart = words.lowerBound
            while index < words.upperBound {
                if index > words.lowerBound, stopsBefore(index) { clauseStart = index }
                if index > words.lowerBound, tokens[index].sentenceBreakBefore { sentenceStart = index }
                var start = clauseStart
                var found = conditionEnd(at: index, end: words.upperBound)
                let byCondition = found != nil
                // After ";", "(" or a sentence's end, not a comma ("…, tùy theo khả năng cân đối ngân
                // sách" qualifies only the funding clause before it), a condition on the task's own
                // doing ("…; thực hiện sau khi có hướng dẫn"), in brackets ("(khi được bố trí kinh
                // phí)") or opening the item or cell ("Khi được bố trí kinh phí") conditions it
                // whole; one that opens its clause ahead of a main clause ("…; trường hợp chưa có
                // hướng dẫn, chủ động đề xuất …") only itself.
                var wholeTask = false
                if found != nil {
                    let gap = start > words.lowerBound ? gapBefore(start) : start..<start
                    let bracketed = gap.contains { source.scalars[$0] == "(" }
                    // After a field's label ("**Nội dung:** Nếu được bố trí kinh phí, …") the
                    // condition opens the task as at the item's start.
                    let opensItem = start == words.lowerBound
                        || (start - words.lowerBound <= Self.labelLength && afterColon(start)
                            && !(words.lowerBound + 1..<start).contains(where: afterColon))
                    let ownClause = opensItem || tokens[start].sentenceBreakBefore || bracketed
                        || gap.contains { source.scalars[$0] == ";" }
                    wholeTask = ownClause && (opensItem || bracketed
                        || (start < index && (start..<index).allSatisfy { Self.taskWords.contains(tokens[$0].key) }))
                }
                // A study opening its clause, or after its subject: "Xây dựng kho dữ liệu và nghiên
                // cứu giải pháp …" does the first thing.
                if found == nil, index - start <= Self.studyLead, !(index > start && tokens[index - 1].key == Self.and),
                   let study = finder.vocabulary.studies.matches(at: index, in: tokens, end: words.upperBound).first {
                    found = index + finder.vocabulary.studies.phrases[study].keys.count
                }
                var deferral = false
                if found == nil, deferred(at: index, end: words.upperBound) {
                    (found, deferral, wholeTask) = (index + 1, true, false)
                }
                guard let awaited = found else {
                    index += 1
                    continue
                }
                var end = awaited
                while end < words.upperBound, !stopsBefore(end) { end += 1 }
                // The sentence of the task as its subject: from its start to its end.
                if opensWithTheTask(at: sentenceStart, end: words.upperBound) {
                    start = sentenceStart
                    while end < words.upperBound, !tokens[end].sentenceBreakBefore { end += 1 }
                }
                if wholeTask { (start, end) = (words.lowerBound, words.upperBound) }
                // A condition that opens a clause ending its item or sentence, its lead or time in
                // brackets aside ("Hợp nhất Trung tâm dữ liệu tỉnh …, trong trường hợp dự án được bố
                // trí vốn (Sở KH&CN chủ trì);"), conditions what the item does. "tùy theo khả năng
                // cân đối ngân sách" only qualifies the clause before it, and "…, khi Bộ ban hành
                // hướng dẫn thì kịp thời cập nhật" only the update it names.
                // A table cell is one task: a condition that ends it, wherever it opens, conditions
                // the cell ("| Tổ chức đào tạo, bồi dưỡng … trong trường hợp được bố trí kinh phí. |").
                else if byCondition, let awaited = found, tokens[index].key != Self.tuy,
                        !(awaited..<end).contains(where: { tokens[$0].key == Self.thi }),
                        segment.role == .cell || (start > words.lowerBound && index - start <= 1 && !tokens[start].sentenceBreakBefore),
                        endsItem(after: end, before: words.upperBound),
                        let item = itemStart(before: start, from: words.lowerBound, inlineItem: opensInlineItem(segment)) {
                    start = item
                }
                // A topic lead-in before a colon ("Về kết nối với Trung tâm dữ liệu quốc gia:
                // nghiên cứu phương án …") says no more than the clause after it.
                if start > words.lowerBound, tokens[words.lowerBound].key == Self.ve, afterColon(start),
                   !(words.lowerBound + 1..<start).contains(where: afterColon) {
                    start = words.lowerBound
                }
                // A move to a later year in a clause that also names the plan's own year or a
                // rhythm ("hoàn thành trong Quý II năm 2027, làm cơ sở … từ năm 2028", "được duy
                // trì thường xuyên, tiếp tục mở rộng … từ năm 2028") keeps the clause.
                if !deferral {
                    clauses.append(start..<end)
                } else if !namesThePlansYear(in: start..<end) && !namesARhythm(start..<end) {
                    deferredClauses.append(start..<end)
                }
                index = end
                clauseStart = end
                if end < words.upperBound, tokens[end].sentenceBreakBefore { sentenceStart = end }
            }
        }
        return (clauses, deferredClauses)
    }

    /// How far back a condition that ends its item reaches, and how far on it looks for the
    /// item's end: items are a few lines; past this, the condition stays in its clause.
    private static let itemReach = 160

    /// Where the item or sentence holding `start` starts: after the last ";" outside brackets, or
    /// at its sentence's or segment's start. Nil past `itemReach` tokens. In an inline item ("(i)
    /// Hợp nhất …; nâng cấp …, trong trường hợp …;"), a ";" parts the item's clauses, not items.
    private func itemStart(before start: Int, from lower: Int, inlineItem: Bool) -> Int? {
        var index = start
        while index > lower, start - index < Self.itemReach {
            if tokens[index].sentenceBreakBefore { return index }
            if !inlineItem, tokens[index].clauseBreakBefore, let semicolon = source.scalars[gapBefore(index)].firstIndex(of: ";"),
               !source.scalars.isInsideBrackets(semicolon) { return index }
            index -= 1
        }
        return index == lower ? lower : nil
    }

    /// Whether the segment is an item of a paragraph's inline list ("(ii) …", as `SectionTree`
    /// splits "(i) …; (ii) …").
    private func opensInlineItem(_ segment: Segment) -> Bool {
        var index = segment.range.lowerBound
        while index < segment.range.upperBound, source.scalars[index] == "*" || source.scalars[index] == "_" { index += 1 }
        return InlineItemMarker(at: index, segment.range, source.scalars) != nil
    }

    /// Whether nothing but brackets ("(Sở KH&CN chủ trì, Quý IV/2027)") stands between `end` and
    /// the end of the item or sentence.
    private func endsItem(after end: Int, before upper: Int) -> Bool {
        var index = end, depth = 0
        while index < upper, index - end < Self.itemReach {
            if tokens[index].sentenceBreakBefore { return true }
            for scalar in source.scalars[gapBefore(index)] {
                if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
                else if scalar == ";", depth == 0 { return true }
            }
            if depth == 0 { return false }
            index += 1
        }
        return index == upper
    }

    /// The text between a token and the one before it (empty where an abbreviation's expansion
    /// puts both at one place).
    private func gapBefore(_ index: Int) -> Range<Int> {
        let lower = Int(tokens[index - 1].end)
        return lower..<max(lower, Int(tokens[index].start))
    }

    /// Whether the tokens name a rhythm ("thường xuyên", "hằng năm").
    private func namesARhythm(_ range: Range<Int>) -> Bool {
        range.contains { finder.vocabulary.frequencies.matchesAny(at: $0, in: tokens, end: range.upperBound) }
    }

    /// Whether the tokens name the plan's own year (or one before it) as a year.
    private func namesThePlansYear(in range: Range<Int>) -> Bool {
        guard let annualYear else { return false }
        return range.contains { Years.year(ofToken: $0, tokens: tokens, source: source).map { $0 <= annualYear } ?? false }
    }

    /// In a plan for one year, a cell whose first clause names years, all after the plan's ("Năm
    /// 2028 (chưa triển khai trong năm 2027)", "Quý I/2028", "Dự kiến năm 2028"): "2027 - 2028" is
    /// a time frame that starts in the plan's year.
    func namesOnlyLaterYears(_ segment: Int, afterLabel: Bool = false) -> Bool {
        guard let annualYear else { return false }
        let years = firstClause(of: segment, afterLabel: afterLabel).compactMap { Years.year(ofToken: $0, tokens: tokens, source: source) }
        return !years.isEmpty && years.allSatisfy { $0 > annualYear }
    }

    /// A cell whose first clause names the plan's own year or an earlier one ("Quý IV/2027",
    /// "2027 - 2028"; not "Năm 2028 (chưa triển khai trong năm 2027)").
    func namesThePlansYear(_ segment: Int, afterLabel: Bool = false) -> Bool {
        namesThePlansYear(in: firstClause(of: segment, afterLabel: afterLabel))
    }

    /// The segment's first clause; with `afterLabel`, the first after a field's label and its
    /// colon ("Thời gian: Năm 2028").
    private func firstClause(of segment: Int, afterLabel: Bool = false) -> Range<Int> {
        let words = tree.segments[segment].tokens
        guard var first = words.first else { return words }
        if afterLabel, let colon = (first + 1..<min(words.upperBound, first + 6)).first(where: afterColon) { first = colon }
        var end = first + 1
        while end < words.upperBound, !tokens[end].clauseBreakBefore, !tokens[end].sentenceBreakBefore { end += 1 }
        return first..<end
    }

    /// A header cell of notes or status ("Ghi chú", "Tình trạng").
    func isNoteHeader(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard words.count <= 6 else { return false }
        return words.indices.dropLast().contains { index in
            (tokens[index].key == Self.ghi && tokens[index + 1].key == Self.chu)
                || (tokens[index].key == Self.tinh && tokens[index + 1].key == Self.trang)
        }
    }

    /// A header cell of time ("Thời gian hoàn thành", "Tiến độ").
    func isTimeHeader(_ segment: Int) -> Bool {
        guard tree.segments[segment].tokens.count <= 6 else { return false }
        return finder.vocabulary.taskColumns.contains { field, phrases in
            field == .deadline && finder.contains(phrases, in: segment..<segment + 1)
        }
    }

    /// Whether a line of running text (an item's, a field line, a paragraph) stops or puts off its task.
    func withdraws(_ segment: Int) -> Bool {
        let words = tree.segments[segment].tokens
        guard !words.isEmpty else { return false }
        var sentenceStart = words.lowerBound
        var subject = false
        for start in words {
            if start == words.lowerBound || tokens[start].sentenceBreakBefore {
                sentenceStart = start
                subject = opensWithTheTask(at: start, end: words.upperBound)
            }
            let opening = start == sentenceStart || afterColon(start)
            // "Trong năm 2027, chưa triển khai …": after a time of the plan's year only.
            let afterPlanTime = !opening && tokens[start].clauseBreakBefore && start - sentenceStart <= 4
                && Years.years(in: Int(tokens[sentenceStart].start)..<Int(tokens[start].start), normalized: normalized, source: source)
                    .contains { year in planYear.map { year >= $0 } ?? true }
            guard opening || afterPlanTime || subject else { continue }
            if finder.vocabulary.postponements.matchesAny(at: start, in: tokens, end: words.upperBound) {
                if !isHistory(start, in: words) { return true }
            } else if let match = finder.vocabulary.withdrawals.matches(at: start, in: tokens, end: words.upperBound).first {
                // A plain "not done" only with the plan's year right after it.
                let after = start + finder.vocabulary.withdrawals.phrases[match].keys.count
                let window = Int(tokens[min(after, words.upperBound - 1)].start)..<Int(tokens[min(after + 3, words.upperBound - 1)].end)
                let year = after < words.upperBound
                    ? Years.years(in: window, normalized: normalized, source: source).first : nil
                if let year, planYear.map({ year >= $0 }) ?? true { return true }
            }
        }
        return false
    }

    /// "từ năm 2028", "sang năm 2028", "từ Quý I/2028", "từ tháng 3 năm 2028" in a plan for 2027 alone.
    private func deferred(at start: Int, end: Int) -> Bool {
        guard let annualYear, let match = finder.vocabulary.deferrals.matches(at: start, in: tokens, end: end).first else { return false }
        var yearToken = start + finder.vocabulary.deferrals.phrases[match].keys.count
        // A quarter's or a month's number, and "năm", between the wording and the year.
        while yearToken < end, yearToken < start + finder.vocabulary.deferrals.phrases[match].keys.count + 2,
              !tokens[yearToken].clauseBreakBefore, Self.periodNumbers.contains(tokens[yearToken].key) {
            yearToken += 1
        }
        guard yearToken < end, let year = Years.year(ofToken: yearToken, tokens: tokens, source: source) else { return false }
        return year > annualYear
    }

    private static let periodNumbers: Set<Syllable> = {
        let words: [String] = ["i", "ii", "iii", "iv", "năm"] + (1...12).map { String($0) } + (1...9).map { "0" + String($0) }
        return Set(words.map(Syllable.word))
    }()

    /// "Việc …", "Nhiệm vụ …" (not the label "Nhiệm vụ:") opening a sentence.
    private func opensWithTheTask(at start: Int, end: Int) -> Bool {
        guard start + 2 < end else { return false }
        return tokens[start].key == Self.viec
            || (tokens[start].key == Self.nhiem && tokens[start + 1].key == Self.vu && !tokens[start + 2].clauseBreakBefore)
    }

    private func afterColon(_ start: Int) -> Bool {
        guard start > 0, tokens[start].clauseBreakBefore else { return false }
        return gapBefore(start).contains { source.scalars[$0] == ":" }
    }

    /// The clause's first year is before the plan's: it tells what happened, not what is put off.
    private func isHistory(_ start: Int, in words: Range<Int>) -> Bool {
        guard let planYear else { return false }
        var end = start + 1
        while end < words.upperBound, !tokens[end].clauseBreakBefore, !tokens[end].sentenceBreakBefore { end += 1 }
        let year = Years.years(in: Int(tokens[start].start)..<Int(tokens[end - 1].end), normalized: normalized, source: source).first
        return year.map { $0 < planYear } ?? false
    }
}
