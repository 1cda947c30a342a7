import Foundation
import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// The screening as one self-contained HTML page: the matrix (sortable, filterable, each cell a
/// symbol and a colour, evidence or hint on click), bar charts per requirement, summaries by
/// profile and the requirements most often missing. No network: CSS, script and SVG are inline.
/// Every piece of document text is escaped; the data the script reads is JSON whose `<`, `>` and
/// `&` are written as \u escapes, so a plan containing `</script>` cannot end the block.
public struct HTMLReportWriter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    public func format(_ matrix: CoverageMatrix, report: Report) -> String {
        let labels = MatrixLabels(language)
        var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(XMLText.escape(pick("Báo cáo rà soát kế hoạch dữ liệu", "Data plan screening report")))</title>"
        html += "<style>\(Self.css)</style></head>\n<body data-ready=\"0\">"
        html += header(matrix, report: report)
        html += matrixSection(matrix, labels: labels)
        html += "<aside id=\"details\" role=\"dialog\" aria-modal=\"false\" hidden><button type=\"button\" id=\"details-close\" aria-label=\"\(XMLText.escape(pick("Đóng", "Close")))\">×</button><h3 id=\"details-title\"></h3><div id=\"details-body\"></div></aside>"
        html += chartSection(matrix)
        html += groupSection(matrix, labels: labels)
        html += missingSection(matrix)
        html += "<footer><p>\(XMLText.escape(pick("Tạo bởi", "Made by"))) plancheck \(XMLText.escape(report.toolVersion)). "
        html += XMLText.escape(pick("Trạng thái là kết quả so khớp tự động; hãy đọc trích dẫn trước khi kết luận.",
                                 "Statuses come from automatic matching; read the quotes before concluding."))
        html += "</p></footer>\n"
        html += "<script type=\"application/json\" id=\"report-data\">\(dataJSON(matrix))</script>\n"
        html += "<script>\(Self.script)</script>\n</body></html>\n"
        return html
    }

    // MARK: Sections

    private func header(_ matrix: CoverageMatrix, report: Report) -> String {
        let readable = matrix.rows.filter { $0.document.result != nil }
        let unreadable = matrix.rows.count - readable.count
        let sets = report.ruleSets.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        var html = "<header><h1>\(XMLText.escape(pick("Rà soát kế hoạch dữ liệu theo Chiến lược dữ liệu quốc gia", "Screening of data plans against the National Data Strategy")))</h1>"
        html += "<p class=\"sub\">\(XMLText.escape(pick("Quyết định 142/QĐ-TTg", "Decision 142/QĐ-TTg"))) · \(XMLText.escape(pick("bộ quy tắc", "rule sets"))): \(XMLText.escape(sets))</p>"
        html += "<div class=\"cards\">"
        func card(_ value: String, _ label: String, id: String) -> String {
            "<div class=\"card\" id=\"\(id)\"><b>\(XMLText.escape(value))</b><span>\(XMLText.escape(label))</span></div>"
        }
        html += card("\(matrix.rows.count)", pick("văn bản", "documents"), id: "card-documents")
        html += card("\(readable.filter { $0.profile == .ministry }.count)", pick("bộ, ngành", "ministries"), id: "card-ministries")
        html += card("\(readable.filter { $0.profile == .province }.count)", pick("tỉnh, thành phố", "provinces"), id: "card-provinces")
        html += card("\(unreadable)", pick("không đọc được", "unreadable"), id: "card-unreadable")
        html += card("\(matrix.columns.count)", pick("yêu cầu", "requirements"), id: "card-requirements")
        html += "</div></header>\n"
        return html
    }

    private func matrixSection(_ matrix: CoverageMatrix, labels: MatrixLabels) -> String {
        let strings = labels.strings
        var html = "<section id=\"matrix-section\"><h2>\(XMLText.escape(pick("Ma trận văn bản × yêu cầu", "Documents × requirements")))</h2>"
        html += "<form id=\"filters\" class=\"no-print\" onsubmit=\"return false\">"
        html += select("f-profile", pick("Loại cơ quan", "Profile"), [("ministry", labels.profile(.ministry)), ("province", labels.profile(.province)), ("none", labels.profile(nil))])
        html += select("f-form", pick("Hình thức", "Form"), DocumentForm.allCases.map { ($0.rawValue, strings.form($0)) })
        html += select("f-severity", pick("Mức độ", "Severity"), Severity.allCases.reversed().map { ($0.rawValue, strings.severity($0)) })
        html += select("f-status", pick("Có yêu cầu", "Has a requirement"), [RequirementStatus.missing, .partial, .unknown, .covered, .waived].map { ($0.rawValue, strings.status($0)) })
        html += "<label>\(XMLText.escape(pick("Tìm", "Search"))) <input type=\"search\" id=\"f-text\"></label>"
        html += "<output id=\"shown\"></output></form>"
        html += "<p class=\"legend\">" + [RequirementStatus.covered, .partial, .missing, .unknown, .notApplicable, .waived].map {
            "<span class=\"s-\($0.rawValue)\">\(CoverageMatrix.symbol($0)) \(XMLText.escape(strings.status($0)))</span>"
        }.joined(separator: " ") + " <span class=\"hint\">\(XMLText.escape(pick("Bấm vào một ô để xem trích dẫn hoặc gợi ý.", "Click a cell for its quotes or hint.")))</span></p>"
        html += "<div class=\"scroll\"><table id=\"matrix\"><thead><tr>"
        let headings = labels.documentHeadings
        html += "<th scope=\"col\" data-sort=\"text\" class=\"doc\">\(XMLText.escape(headings[0]))</th>"
        html += "<th scope=\"col\" data-sort=\"text\">\(XMLText.escape(headings[4]))</th><th scope=\"col\" data-sort=\"text\">\(XMLText.escape(headings[5]))</th>"
        for index in 6...8 { html += "<th scope=\"col\" data-sort=\"number\" class=\"score\">\(XMLText.escape(headings[index]))</th>" }
        for column in matrix.columns {
            let title = "\(column.id) — \(column.rule.title.text(language)) (\(strings.severity(column.rule.severity)))"
            html += "<th scope=\"col\" data-sort=\"status\" class=\"req sev-\(column.rule.severity.rawValue)\" data-sev=\"\(column.rule.severity.rawValue)\" title=\"\(XMLText.escape(title))\"><span>\(XMLText.escape(column.id))</span></th>"
        }
        html += "</tr></thead><tbody>"
        for (rowIndex, row) in matrix.rows.enumerated() {
            let result = row.document.result
            let metadata = result?.metadata
            html += "<tr data-row=\"\(rowIndex)\" data-profile=\"\(result?.profile?.rawValue ?? "none")\" data-form=\"\(result?.form.rawValue ?? "")\""
            html += row.document.error == nil ? ">" : " class=\"unreadable\">"
            let facts = [metadata?.issuer, metadata?.number, metadata?.date].compactMap { $0 }.filter { !$0.isEmpty }
            html += "<th scope=\"row\" class=\"doc\"><span class=\"path\">\(XMLText.escape(row.path))</span>"
            if !facts.isEmpty { html += "<small>\(XMLText.escape(facts.joined(separator: " · ")))</small>" }
            html += "</th>"
            guard let result else {
                html += "<td colspan=\"\(5 + matrix.columns.count)\" class=\"error\">⚠ \(XMLText.escape(strings.unreadableLabel)): \(XMLText.escape(row.document.error?.text(language) ?? ""))</td></tr>"
                continue
            }
            html += "<td>\(XMLText.escape(labels.profile(result.profile)))</td><td>\(XMLText.escape(strings.form(result.form)))</td>"
            for severity in [Severity.error, .warning, .info] {
                let value = row.scores[severity]?.value
                html += "<td class=\"score\" data-v=\"\(value.map { String(format: "%.4f", $0) } ?? "-1")\">\(XMLText.escape(labels.score(row.scores[severity])))</td>"
            }
            for (columnIndex, cell) in row.cells.enumerated() {
                let status = cell?.status
                let name = status.map { strings.status($0) } ?? ""
                html += "<td class=\"c s-\(status?.rawValue ?? "none")\" data-c=\"\(columnIndex)\" data-sev=\"\(matrix.columns[columnIndex].rule.severity.rawValue)\" tabindex=\"0\" title=\"\(XMLText.escape(matrix.columns[columnIndex].id + ": " + name))\">\(CoverageMatrix.symbol(status))</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table></div></section>\n"
        return html
    }

    private func select(_ id: String, _ label: String, _ options: [(String, String)]) -> String {
        var html = "<label>\(XMLText.escape(label)) <select id=\"\(id)\"><option value=\"\">\(XMLText.escape(pick("tất cả", "all")))</option>"
        for (value, text) in options { html += "<option value=\"\(XMLText.escape(value))\">\(XMLText.escape(text))</option>" }
        return html + "</select></label>"
    }

    /// One stacked bar per requirement: covered, partial, missing among the plans it applies to.
    private func chartSection(_ matrix: CoverageMatrix) -> String {
        let rowHeight = 20, labelWidth = 64, barWidth = 420, width = 860
        let documents = max(matrix.rows.filter { $0.document.result != nil }.count, 1)
        var html = "<section id=\"charts\"><h2>\(XMLText.escape(pick("Số kế hoạch đáp ứng từng yêu cầu", "Plans meeting each requirement")))</h2>"
        html += "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(matrix.requirements.count * rowHeight + 10)\" width=\"\(width)\" height=\"\(matrix.requirements.count * rowHeight + 10)\" xmlns=\"http://www.w3.org/2000/svg\">"
        html += "<title>\(XMLText.escape(pick("Số kế hoạch đạt, một phần, thiếu theo yêu cầu", "Plans covered, partial, missing per requirement")))</title>"
        for (index, summary) in matrix.requirements.enumerated() {
            let column = matrix.columns[summary.column]
            let y = index * rowHeight + 4
            html += "<g class=\"bar\"><title>\(XMLText.escape("\(column.id) \(column.rule.title.text(language))"))</title>"
            html += "<text x=\"0\" y=\"\(y + 13)\">\(XMLText.escape(column.id))</text>"
            var x = Double(labelWidth)
            for (count, status) in [(summary.all.covered, RequirementStatus.covered), (summary.all.partial, .partial), (summary.all.missing, .missing)] where count > 0 {
                let w = Double(barWidth) * Double(count) / Double(documents)
                html += "<rect class=\"s-\(status.rawValue)\" x=\"\(String(format: "%.1f", x))\" y=\"\(y)\" width=\"\(String(format: "%.1f", w))\" height=\"\(rowHeight - 6)\"/>"
                x += w
            }
            let counts = "✔\(summary.all.covered) ◐\(summary.all.partial) ✘\(summary.all.missing)"
            let byProfile = "\(pick("Bộ", "Min.")) \(summary.ministries.covered)/\(summary.ministries.covered + summary.ministries.partial + summary.ministries.missing) · \(pick("Tỉnh", "Prov.")) \(summary.provinces.covered)/\(summary.provinces.covered + summary.provinces.partial + summary.provinces.missing)"
            html += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 13)\">\(XMLText.escape(counts + "   " + byProfile))</text></g>"
        }
        html += "</svg><p class=\"hint\">\(XMLText.escape(pick("Thanh: ✔ đạt, ◐ một phần, ✘ thiếu, trên tổng số văn bản đọc được; bên phải: số bộ, tỉnh đạt trên số áp dụng.", "Bars: ✔ covered, ◐ partial, ✘ missing, out of all readable documents; right: ministries and provinces covered out of those it applies to.")))</p>"
        return html + "</section>\n"
    }

    private func groupSection(_ matrix: CoverageMatrix, labels: MatrixLabels) -> String {
        let strings = labels.strings
        var html = "<section id=\"groups\"><h2>\(XMLText.escape(pick("Bộ, ngành và tỉnh, thành phố", "Ministries and provinces")))</h2><table class=\"small\"><thead><tr>"
        html += "<th>\(XMLText.escape(pick("Nhóm", "Group")))</th><th>\(XMLText.escape(pick("Số văn bản", "Documents")))</th>"
        for severity in [Severity.error, .warning, .info] {
            html += "<th>\(XMLText.escape(pick("Điểm TB", "Score")) + " (" + XMLText.escape(strings.severity(severity)) + ")")</th>"
        }
        html += "</tr></thead><tbody>"
        for group in matrix.groups {
            html += "<tr><th scope=\"row\">\(XMLText.escape(labels.profile(group.profile)))</th><td>\(group.documents)</td>"
            for severity in [Severity.error, .warning, .info] {
                html += "<td>\(XMLText.escape(labels.score(group.scores[severity])))</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table><p class=\"hint\">\(XMLText.escape(pick("Điểm = (đạt + ½ một phần) / số yêu cầu áp dụng.", "Score = (covered + ½ partial) / applicable requirements.")))</p></section>\n"
        return html
    }

    private func missingSection(_ matrix: CoverageMatrix) -> String {
        var html = "<section id=\"missing\"><h2>\(XMLText.escape(pick("Yêu cầu hay thiếu nhất", "Requirements most often missing")))</h2><ol>"
        for summary in matrix.mostOftenMissing() {
            let column = matrix.columns[summary.column]
            html += "<li><b>\(XMLText.escape(column.id))</b> \(XMLText.escape(column.rule.title.text(language))): "
            html += XMLText.escape(pick("thiếu ở \(summary.all.missing)/\(summary.applicable) kế hoạch", "missing in \(summary.all.missing) of \(summary.applicable) plans"))
            html += "</li>"
        }
        return html + "</ol></section>\n"
    }

    // MARK: Data for the script

    private struct DataPayload: Encodable {
        struct Requirement: Encodable {
            var id, title, severity, area, message, hint, citation: String
        }
        struct Quote: Encodable { var text, place: String }
        struct Cell: Encodable {
            var status: String
            var quotes: [Quote]
            var details: [Quote]
            var waiver: String?
        }
        struct Document: Encodable {
            var path: String
            var cells: [Cell?]
        }
        var labels: [String: String]
        var requirements: [Requirement]
        var documents: [Document]
    }

    private func dataJSON(_ matrix: CoverageMatrix) -> String {
        let strings = UIStrings(language)
        let requirements = matrix.columns.map { column in
            DataPayload.Requirement(id: column.id, title: column.rule.title.text(language), severity: strings.severity(column.rule.severity),
                                    area: column.area.text(language), message: column.rule.message.text(language),
                                    hint: column.rule.hint.text(language), citation: column.rule.citation)
        }
        let documents = matrix.rows.map { row in
            DataPayload.Document(path: row.path, cells: row.cells.map { cell in
                cell.map { requirement in
                    let findings = row.document.result?.findings.filter { $0.ruleId == requirement.id } ?? []
                    return DataPayload.Cell(
                        status: requirement.status.rawValue,
                        quotes: requirement.evidence.map { DataPayload.Quote(text: $0.quote, place: strings.place($0.location)) },
                        details: findings.map { DataPayload.Quote(text: $0.detail?.text(language) ?? requirement.rule.message.text(language), place: strings.place($0.location)) },
                        waiver: requirement.waiver)
                }
            })
        }
        var labels: [String: String] = [
            "evidence": pick("Trích dẫn", "Quotes"), "findings": pick("Phát hiện", "Findings"),
            "hint": strings.hintLabel, "citation": strings.basisLabel, "waiver": strings.waivedLabel,
            "shown": pick("Đang hiển thị {n}/{t} văn bản", "Showing {n} of {t} documents"),
            "none": pick("Không có trích dẫn.", "No quotes."), "message": pick("Vấn đề", "Problem"),
        ]
        for status in RequirementStatus.allCases { labels[status.rawValue] = strings.status(status) }
        let payload = DataPayload(labels: labels, requirements: requirements, documents: documents)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "{}" }  // plain strings always encode
        return Self.scriptSafe(String(decoding: data, as: UTF8.self))
    }

    /// JSON that can sit inside a script element: `<`, `>` and `&` only occur inside strings,
    /// where \u escapes mean the same.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
