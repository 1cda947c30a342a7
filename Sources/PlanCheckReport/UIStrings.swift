import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// The words of plancheck's own output, Vietnamese first.
package struct UIStrings: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    public func status(_ status: RequirementStatus) -> String {
        switch status {
        case .covered: return pick("đạt", "covered")
        case .partial: return pick("một phần", "partial")
        case .missing: return pick("thiếu", "missing")
        case .notApplicable: return pick("không áp dụng", "not applicable")
        case .waived: return pick("miễn trừ", "waived")
        case .unknown: return pick("chưa xác định", "unknown")
        }
    }

    /// A requirement's status in words. A detector's "missing" is a problem it found ("Văn bản là
    /// một kế hoạch: không đạt"), not something the plan lacks.
    public func status(_ status: RequirementStatus, of rule: Rule) -> String {
        rule.isDetector && status == .missing ? pick("không đạt", "not met") : self.status(status)
    }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return pick("lỗi", "error")
        case .warning: return pick("cảnh báo", "warning")
        case .info: return pick("thông tin", "info")
        }
    }

    public func profile(_ profile: Profile?) -> String {
        switch profile {
        case .ministry: return pick("bộ, ngành", "ministry")
        case .province: return pick("tỉnh, thành phố", "province")
        case nil: return pick("chưa xác định", "not determined")
        }
    }

    public func profileSource(_ source: ProfileSource) -> String {
        switch source {
        case .detected: return pick("nhận diện từ văn bản", "detected")
        case .option: return pick("theo tùy chọn", "from option")
        case .none: return pick("không nhận diện được", "not detected")
        }
    }

    public func form(_ form: DocumentForm) -> String {
        switch form {
        case .standalone: return pick("kế hoạch riêng về dữ liệu", "standalone data plan")
        case .strategy: return pick("chiến lược dữ liệu của địa phương/ngành", "local data strategy")
        case .embedded: return pick("lồng ghép trong kế hoạch chuyển đổi số", "embedded in a digital-transformation plan")
        case .notAPlan: return pick("không phải kế hoạch", "not a plan")
        }
    }

    /// Where a requirement comes from, as a reader would name it.
    public func basis(_ basis: Basis) -> String {
        switch basis {
        case .letter: return pick("công văn hướng dẫn của Bộ", "the Ministry's guidance letter")
        case .strategy: return pick("Chiến lược dữ liệu quốc gia (QĐ 142/QĐ-TTg)", "the National Data Strategy (Decision 142/QĐ-TTg)")
        case .law: return pick("luật, nghị định", "a law or decree")
        case .convention: return pick("thông lệ soạn thảo kế hoạch, văn bản hành chính", "common practice in administrative plans and documents")
        case .inferred: return pick("suy ra từ các yêu cầu trên", "inferred from the requirements above")
        }
    }

    /// Which plans a requirement is for; `brief` for a table column.
    public func appliesTo(_ appliesTo: AppliesTo, forms: [DocumentForm] = [], brief: Bool = false) -> String {
        if brief {
            let who = switch appliesTo {
            case .ministry: pick("bộ, ngành", "ministries")
            case .province: pick("tỉnh", "provinces")
            case .both: pick("bộ, ngành; tỉnh", "ministries; provinces")
            }
            return forms.isEmpty ? who : who + " (" + forms.map(form).joined(separator: "; ") + ")"
        }
        let who = switch appliesTo {
        case .ministry: pick("kế hoạch của bộ, ngành", "ministries' plans")
        case .province: pick("kế hoạch của tỉnh, thành phố", "provinces' plans")
        case .both: pick("kế hoạch của bộ, ngành và tỉnh, thành phố", "ministries' and provinces' plans")
        }
        guard !forms.isEmpty else { return who }
        return who + pick(", dạng: ", ", as: ") + forms.map(form).joined(separator: pick("; ", "; "))
    }

    /// Which part of a document a requirement reads.
    public func scope(_ scope: RuleScope) -> String {
        switch scope {
        case .document: return pick("toàn văn bản", "the whole document")
        case .plan: return pick("toàn văn bản, trừ phần đánh giá kết quả đã đạt", "the whole document except its past results")
        case .data: return pick("phần về dữ liệu", "the data part")
        case .task: return pick("các nhiệm vụ", "the tasks")
        case .headings: return pick("tiêu đề các mục", "section headings")
        case .header: return pick("phần đầu văn bản (cơ quan, số, ngày, tên loại)", "the header (issuer, number, date, document type)")
        case .annex: return pick("các phụ lục", "the annexes")
        case .closing: return pick("phần cuối văn bản (nơi nhận, chữ ký)", "the closing block (recipients, signature)")
        case .sections(let phrases):
            // The first few wordings; `explain` of the concept lists them all.
            let shown = phrases.prefix(3).map { "“\($0)”" }.joined(separator: pick(" hoặc ", " or "))
            let more = phrases.count > 3 ? pick(" (và \(phrases.count - 3) cách viết khác)", " (and \(phrases.count - 3) other wordings)") : ""
            return pick("các mục có tiêu đề ", "sections headed ") + shown + more
        }
    }

    public func confidence(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: return pick("tin cậy cao", "high confidence")
        case .medium: return pick("khớp không dấu", "matched without diacritics")
        case .low: return pick("bằng chứng yếu", "weak evidence")
        }
    }

    public func more(_ count: Int) -> String { pick("và \(count) chỗ khác (xem tất cả: --all-findings)", "and \(count) more (see them all: --all-findings)") }

    public var waivedLabel: String { pick("Miễn trừ vì", "Waived because") }
    public var profileLabel: String { pick("Cơ quan", "Profile") }
    public var formLabel: String { pick("Hình thức", "Form") }
    public var hintLabel: String { pick("Gợi ý", "Hint") }
    public var basisLabel: String { pick("Căn cứ", "Basis") }
    /// A date as the reader writes it: "20/06/2024" in Vietnamese, ISO in English; anything
    /// that is not yyyy-mm-dd is shown as it is.
    public func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard language == .vi, parts.count == 3, parts[0].count == 4 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// The profile and how it was known, in one phrase: "tỉnh, thành phố (nhận diện từ văn bản)",
    /// or "chưa xác định".
    public func profile(_ profile: Profile?, source: ProfileSource) -> String {
        profile == nil ? self.profile(nil) : "\(self.profile(profile)) (\(profileSource(source)))"
    }

    public var summaryLabel: String { pick("Tổng hợp", "Summary") }
    public var duplicateLabel: String { pick("trùng với (không tính lại)", "duplicate of (not counted again)") }
    public var detectorsLabel: String { pick("lưu ý về việc kiểm tra", "notes on the checking") }
    public var unreadableLabel: String { pick("không đọc được", "unreadable") }
    public func position(_ line: Int, _ column: Int) -> String {
        pick("dòng \(line), cột \(column)", "line \(line), column \(column)")
    }
    public var sectionLabel: String { pick("mục", "section") }
    /// Where a quote or finding is, for people: "dòng 12, cột 3 · mục II.2 · trang 4 · đoạn 17".
    public func place(_ location: SourceLocation) -> String {
        var parts = [position(location.line, location.column)]
        // "mục II.3", but "Phần II.3", "Phụ lục I", "Nơi nhận": a worded label says what it is.
        if !location.section.isEmpty {
            parts.append(location.section.first?.isUppercase == true && location.section.first?.isLetter == true
                         && location.section.contains(" ") ? location.section : "\(sectionLabel) \(location.section)")
        }
        if let page = location.page { parts.append(pick("trang \(page)", "page \(page)")) }
        if let paragraph = location.paragraph { parts.append(pick("đoạn \(paragraph)", "paragraph \(paragraph)")) }
        return parts.joined(separator: " · ")
    }
    /// A warning as one line: where it is ("dòng 12", ".plancheck.yml:4:5"), then what it says.
    public func warning(_ warning: CheckWarning) -> String {
        var place = warning.file ?? ""
        if let line = warning.line {
            place = warning.file.map { "\($0):\(line)" + (warning.column.map { ":\($0)" } ?? "") }
                ?? pick("dòng \(line)", "line \(line)")
        }
        return (place.isEmpty ? "" : place + ": ") + warning.message.text(language)
    }

    public var notApplicableLabel: String { pick("Không áp dụng", "Not applicable") }
    public func documents(_ count: Int) -> String {
        pick("\(count) văn bản", count == 1 ? "1 document" : "\(count) documents")
    }
}
