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

    /// The templates under Templates/, embedded by scripts/embed-templates (EmbeddedTemplates.swift).
    package static let templates = TemplateLibrary(Templates.sources)

    public func format(_ matrix: CoverageMatrix, report: Report) -> String {
        let labels = MatrixLabels(language)
        let strings = labels.strings
        let readable = matrix.rows.filter { $0.document.result != nil }
        // A plan sent twice counts once.
        let counted = readable.filter { $0.duplicateOf == nil }
        let severities = [Severity.error, .warning, .info]
        let cards: [[String: Any]] = [
            ["id": "documents", "value": matrix.rows.count, "label": pick("văn bản", "documents")],
            ["id": "ministries", "value": counted.filter { $0.isPlan && $0.profile == .ministry }.count, "label": pick("bộ, ngành", "ministries")],
            ["id": "provinces", "value": counted.filter { $0.isPlan && $0.profile == .province }.count, "label": pick("tỉnh, thành phố", "provinces")],
            ["id": "not-plans", "value": counted.filter { !$0.isPlan }.count, "label": pick("không phải kế hoạch", "not plans")],
            ["id": "duplicates", "value": readable.count - counted.count, "label": pick("bản trùng", "duplicates")],
            ["id": "unreadable", "value": matrix.rows.count - readable.count, "label": pick("không đọc được", "unreadable")],
            ["id": "requirements", "value": matrix.columns.count, "label": pick("yêu cầu", "requirements")],
        ]
        func filter(_ id: String, _ label: String, _ options: [(String, String)]) -> [String: Any] {
            ["id": id, "label": label, "options": options.map { ["value": $0.0, "text": $0.1] }]
        }
        let filters = [
            filter("f-profile", pick("Loại cơ quan", "Profile"), [("ministry", labels.profile(.ministry)), ("province", labels.profile(.province)), ("none", labels.profile(nil))]),
            filter("f-form", pick("Hình thức", "Form"), DocumentForm.allCases.map { ($0.rawValue, strings.form($0)) }),
            filter("f-severity", pick("Mức độ", "Severity"), Severity.allCases.reversed().map { ($0.rawValue, strings.severity($0)) }),
            filter("f-status", pick("Có yêu cầu ở trạng thái", "Has a requirement that is"), [RequirementStatus.missing, .partial, .unknown, .covered, .waived].map { ($0.rawValue, strings.status($0)) }),
            // "Which agencies miss DS305?": the status filter then asks of this requirement only.
            filter("f-req", pick("Yêu cầu", "Requirement"), matrix.columns.map { ($0.id, "\($0.id) — \($0.rule.title.text(language))") }),
        ]
        let headings = labels.documentHeadings
        let columns: [[String: Any]] = matrix.columns.map { column in
            ["id": column.id, "severity": column.rule.severity.rawValue,
             "title": "\(column.id) — \(column.rule.title.text(language)) (\(strings.severity(column.rule.severity)))"]
        }
        let view: [String: Any] = [
            "lang": language.rawValue, "vi": language != .en,
            "ruleSets": report.ruleSets.map { "\($0.id) \($0.version)" }.joined(separator: ", "),
            "cards": cards, "filters": filters,
            "legend": [RequirementStatus.covered, .partial, .missing, .unknown, .notApplicable, .waived].map {
                ["status": $0.rawValue, "symbol": CoverageMatrix.symbol($0), "label": strings.status($0)]
            },
            "headings": ["document": headings[0], "issuer": headings[1], "number": headings[3], "profile": headings[5], "form": headings[6],
                         "scores": Array(headings[MatrixLabels.firstScoreColumn..<MatrixLabels.firstScoreColumn + 3])],
            "columns": columns,
            "rows": rows(matrix, labels: labels),
            "chart": chart(matrix),
            "severities": severities.map { strings.severity($0) },
            "groups": matrix.groups.map { group -> [String: Any] in
                ["name": group.notPlans ? strings.form(.notAPlan) : labels.profile(group.profile), "documents": group.documents,
                 "scores": severities.map { labels.score(group.scores[$0]) }]
            },
            "mostOftenMissing": matrix.mostOftenMissing().map { summary -> [String: Any] in
                let column = matrix.columns[summary.column]
                return ["id": column.id, "title": column.rule.title.text(language), "missing": summary.all.missing, "applicable": summary.applicable]
            },
            "comparison": matrix.comparison.map { comparison(matrix, $0) } as Any,
            "toolVersion": report.toolVersion,
            // Script-safe JSON (see `scriptSafe`), inserted as it is.
            "data": dataJSON(matrix),
        ]
        return Self.templates.render(view, template: "report")
    }

    /// One row per document: its facts, scores and one cell per requirement. Dictionaries rather
    /// than structs: a screening of hundreds of plans renders tens of thousands of cells.
    private func rows(_ matrix: CoverageMatrix, labels: MatrixLabels) -> [[String: Any]] {
        let strings = labels.strings
        let severities = matrix.columns.map { $0.rule.severity.rawValue }
        return matrix.rows.enumerated().map { rowIndex, row in
            let result = row.document.result
            let metadata = result?.metadata
            let facts = [metadata?.issuer, metadata?.number, metadata?.date.map(strings.date)].compactMap { $0 }.filter { !$0.isEmpty }
            var fields: [String: Any] = ["index": rowIndex, "path": row.path, "profile": result?.profile?.rawValue ?? "none",
                                         "form": result?.form.rawValue ?? "", "unreadable": result == nil]
            if !facts.isEmpty { fields["facts"] = facts.joined(separator: " · ") }
            fields["issuer"] = metadata?.issuer ?? ""
            fields["parent"] = metadata?.issuerParent
            fields["number"] = metadata?.number ?? ""
            if let leader = row.duplicateOf {
                fields["duplicateOf"] = matrix.rows[leader].path
                fields["duplicateLabel"] = pick("Trùng với", "Duplicate of")
            }
            guard let result else {
                fields["span"] = 7 + matrix.columns.count
                fields["label"] = strings.unreadableLabel
                fields["error"] = row.document.error?.text(language) ?? ""
                return fields
            }
            fields["profileName"] = labels.profile(result.profile)
            fields["formName"] = strings.form(result.form)
            fields["scores"] = [Severity.error, .warning, .info].map { severity -> [String: Any] in
                let value = row.scores[severity]?.value
                return ["value": value.map { String(format: "%.4f", $0) } ?? "-1", "text": labels.score(row.scores[severity])]
            }
            fields["cells"] = row.cells.enumerated().map { columnIndex, cell -> [String: Any] in
                let status = cell?.status
                // Since the previous round: ↑ improved, ↓ regressed.
                let arrow = matrix.comparison?.arrow(document: rowIndex, requirement: matrix.columns[columnIndex].id) ?? ""
                return ["s": status?.rawValue ?? "none", "c": columnIndex, "sev": severities[columnIndex],
                        "t": matrix.columns[columnIndex].id + ": " + (status.map { strings.status($0) } ?? "")
                            + (arrow == "↑" ? pick(" (tiến bộ)", " (improved)") : arrow == "↓" ? pick(" (thụt lùi)", " (regressed)") : ""),
                        "y": CoverageMatrix.symbol(status) + arrow]
            }
            return fields
        }
    }

    /// The "since the previous round" section: counts and the documents that changed.
    private func comparison(_ matrix: CoverageMatrix, _ comparison: RoundComparison) -> [String: Any] {
        let changed = zip(matrix.rows, comparison.changes).compactMap { row, change -> [String: Any]? in
            guard let change, !change.improved.isEmpty || !change.regressed.isEmpty else { return nil }
            return ["path": row.path, "issuer": row.document.result?.metadata.issuer ?? "",
                    "improved": change.improved.joined(separator: ", "), "regressed": change.regressed.joined(separator: ", ")]
        }
        return ["previous": comparison.previousFile, "changed": changed,
                "improvedCount": comparison.changes.filter { !($0?.improved.isEmpty ?? true) }.count,
                "regressedCount": comparison.changes.filter { !($0?.regressed.isEmpty ?? true) }.count,
                "newCount": comparison.new.count, "disappearedCount": comparison.disappeared.count,
                "disappeared": comparison.disappeared]
    }

    /// One stacked bar per requirement: covered, partial, missing among the plans it applies to.
    private func chart(_ matrix: CoverageMatrix) -> [String: Any] {
        // Each bar is labelled with its requirement's ID and title (shortened), not the ID alone.
        let rowHeight = 20, labelWidth = 330, barWidth = 330, width = 960
        let documents = max(matrix.rows.filter { $0.document.result != nil }.count, 1)
        // Requirements only: a detector's bar would read as a requirement most plans meet.
        let requirements = matrix.requirements.filter { !matrix.columns[$0.column].rule.isDetector }
        let bars = requirements.enumerated().map { index, summary -> [String: Any] in
            let column = matrix.columns[summary.column]
            let y = index * rowHeight + 4
            var x = Double(labelWidth)
            var segments: [[String: Any]] = []
            for (count, status) in [(summary.all.covered, RequirementStatus.covered), (summary.all.partial, .partial), (summary.all.missing, .missing)] where count > 0 {
                let w = Double(barWidth) * Double(count) / Double(documents)
                segments.append(["status": status.rawValue, "x": String(format: "%.1f", x), "y": y,
                                 "width": String(format: "%.1f", w), "height": rowHeight - 6])
                x += w
            }
            let counts = [(RequirementStatus.covered, summary.all.covered), (.partial, summary.all.partial), (.missing, summary.all.missing)]
                .map { CoverageMatrix.symbol($0.0) + "\($0.1)" }.joined(separator: " ")
            // Covered out of the plans it applies to; a profile it does not apply to says so.
            func share(_ counts: Summary.Counts) -> String {
                let applicable = counts.covered + counts.partial + counts.missing
                return applicable == 0 ? pick("không áp dụng", "n/a") : "\(counts.covered)/\(applicable)"
            }
            let byProfile = "\(pick("Bộ", "Min.")) \(share(summary.ministries)) · \(pick("Tỉnh", "Prov.")) \(share(summary.provinces))"
            let title = column.rule.title.text(language)
            let short = title.count > 44 ? String(title.prefix(43)) + "…" : title
            return ["title": "\(column.id) \(title)", "id": column.id, "label": short, "textY": y + 13,
                    "segments": segments, "countsX": labelWidth + barWidth + 8, "counts": counts + "   " + byProfile]
        }
        return ["width": width, "height": requirements.count * rowHeight + 10, "bars": bars]
    }

    // MARK: Data for the script

    private struct DataPayload: Encodable {
        struct Requirement: Encodable {
            var id, title, severity, area, citation: String
            /// What is said of a gap, by the document's profile ("" when it has none): the
            /// message for missing, the one for partial, the hint, each in the profile's wording.
            var words: [String: Words]
        }
        struct Words: Encodable { var missing, partial, hint: String }
        struct Quote: Encodable { var text, place: String }
        struct Cell: Encodable {
            var status: String
            var quotes: [Quote]
            var details: [Quote]
            var waiver: String?
        }
        struct Document: Encodable {
            var path: String
            var profile: String
            var cells: [Cell?]
        }
        var labels: [String: String]
        var requirements: [Requirement]
        var documents: [Document]
    }

    private func dataJSON(_ matrix: CoverageMatrix) -> String {
        let strings = UIStrings(language)
        let requirements = matrix.columns.map { column in
            var words: [String: DataPayload.Words] = [:]
            for profile in [Profile?.none, .ministry, .province] {
                let rule = column.rule.forProfile(profile)
                words[profile?.rawValue ?? ""] = DataPayload.Words(missing: rule.message(for: .missing, language),
                                                                   partial: rule.message(for: .partial, language), hint: rule.hint.text(language))
            }
            return DataPayload.Requirement(id: column.id, title: column.rule.title.text(language), severity: strings.severity(column.rule.severity),
                                           area: column.area.text(language), citation: column.rule.citation, words: words)
        }
        let documents = matrix.rows.map { row in
            DataPayload.Document(path: row.path, profile: row.profile?.rawValue ?? "", cells: row.cells.map { cell in
                cell.map { requirement in
                    let findings = row.document.result?.findings.filter { $0.ruleId == requirement.id } ?? []
                    return DataPayload.Cell(
                        status: requirement.status.rawValue,
                        quotes: requirement.evidence.map { DataPayload.Quote(text: $0.quote, place: strings.place($0.location)) },
                        details: findings.map { DataPayload.Quote(text: $0.detail?.text(language) ?? requirement.rule.message(for: requirement.status, language), place: strings.place($0.location)) },
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
