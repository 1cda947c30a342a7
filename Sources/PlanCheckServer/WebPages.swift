import Foundation
import PlanCheck

/// The pages of `plancheck serve`: upload, result, error. Vietnamese by default, English with
/// `lang=en`; the upload works without JavaScript (the script only adds drag and drop). All text
/// from a plan is escaped.
struct WebPages {
    let language: Language
    let options: ServerOptions

    /// The templates under Templates/, embedded by scripts/embed-templates (EmbeddedTemplates.swift).
    static let templates = TemplateLibrary(Templates.sources)

    /// The fields every page reads (`lang`, `vi`) with the page's own.
    private func render(_ template: String, _ fields: [String: Any?] = [:]) -> String {
        var view: [String: Any] = ["lang": language.rawValue, "vi": language != .en]
        for (key, value) in fields { if let value { view[key] = value } }
        return Self.templates.render(view, template: template)
    }

    func upload(message: String? = nil) -> String {
        render("upload", ["message": message, "formats": DocumentFormats.listing,
                          "accept": DocumentFormats.extensions.map { "." + $0 }.joined(separator: ","),
                          "maxMegabytes": options.maxUploadBytes >> 20])
    }

    /// When the service needs an access token: a form that posts it once; the server keeps it in
    /// a session cookie, so uploads carry it in their head and are refused before being read.
    func signIn(message: String? = nil) -> String {
        render("sign-in", ["message": message])
    }

    /// A request the service cannot serve (an unknown address, a wrong method), with a way back.
    func error(_ error: ServiceError) -> String {
        let title = language == .en ? "Cannot be served (\(error.status.code))" : "Không thực hiện được (\(error.status.code))"
        return render("error", ["title": title, "message": error.message(language)])
    }

    func error(title: String, message: String) -> String {
        render("error", ["title": title, "message": message])
    }

    private struct Count { var status: String; var symbol: String; var count: Int; var label: String; var anchor: String }
    private struct Download { var first: Bool; var file: String; var href: String; var label: String }
    private struct Quote { var quote: String; var place: String }
    private struct Detail { var detail: String; var place: String }
    private struct Item {
        var id, status, symbol, statusLabel, title, severity, area: String
        var waiver, reason: String?
        var evidence: [Quote]
        var gap: Bool
        var message, hint: String
        var details: [Detail]
        /// For a requirement found missing, where its text belongs in the plan.
        var at: String?
        var citation: String?
    }
    /// The checklist, what needs adding first: missing, partial and unknown requirements (errors
    /// first), each with its message, the finding's detail, the hint and the citation; then, folded,
    /// the covered ones with their quotes and places, and those not applicable or waived. For a
    /// Word upload, a copy with the findings as comments.
    func result(_ report: DocumentReport, name: String, checker: PlanChecker, downloads: [(label: String, file: String, type: String, data: Data)],
                annotated: (file: String, data: Data)? = nil) -> String {
        let strings = UIStrings(language)
        guard let result = report.result else { return error(title: name, message: report.error?.text(language) ?? "") }
        let metadata = result.metadata
        let facts = [metadata.issuer, metadata.type, metadata.number, metadata.date.map(strings.date)].compactMap { $0 }.filter { !$0.isEmpty }
        // Detectors (about the checking) are not requirements: not counted, and listed only when
        // they found something.
        let requirements = result.requirements.filter { !$0.rule.isDetector || $0.status == .missing || $0.status == .partial }
        var counts: [RequirementStatus: Int] = [:]
        for requirement in requirements where !requirement.rule.isDetector { counts[requirement.status, default: 0] += 1 }
        var areaOf: [String: String] = [:]
        for set in checker.ruleSets { for rule in set.rules { areaOf[rule.id] = set.title.text(language) } }
        let items = requirements.sorted { $0.id < $1.id }.map { requirement -> (RequirementResult, Item) in
            let rule = requirement.rule
            let gap = requirement.status == .missing || requirement.status == .partial
            return (requirement, Item(id: rule.id, status: requirement.status.rawValue, symbol: CoverageMatrix.symbol(requirement.status),
                        statusLabel: strings.status(requirement.status, of: rule), title: rule.title.text(language),
                        severity: strings.severity(rule.severity), area: areaOf[rule.id] ?? "", waiver: requirement.waiver,
                        reason: requirement.reason?.text(language),
                        evidence: requirement.evidence.map { Quote(quote: $0.quote, place: strings.place($0.location)) },
                        gap: gap, message: rule.message(for: requirement.status, language), hint: rule.hint.text(language),
                        details: gap ? result.findings.filter { $0.ruleId == rule.id }.compactMap { finding in
                            finding.detail.map { Detail(detail: $0.text(language), place: strings.place(finding.location)) }
                        } : [],
                        // Where the missing text belongs; a detector's finding is not text to add.
                        at: requirement.status == .missing && !rule.isDetector
                            ? result.findings.first { $0.ruleId == rule.id && $0.detail == nil }.map { strings.place($0.location) } : nil,
                        citation: requirement.status == .notApplicable ? nil : rule.citation))
        }
        // Missing, then partial, then unknown; errors before warnings before information.
        func rank(_ requirement: RequirementResult) -> (Int, Int, String) {
            let status = requirement.status == .missing ? 0 : requirement.status == .partial ? 1 : 2
            let severity = requirement.rule.severity == .error ? 0 : requirement.rule.severity == .warning ? 1 : 2
            return (status, severity, requirement.id)
        }
        let gaps = items.filter { [.missing, .partial, .unknown].contains($0.0.status) }.sorted { rank($0.0) < rank($1.0) }.map(\.1)
        let covered = items.filter { $0.0.status == .covered }.map(\.1)
        let others = items.filter { $0.0.status == .notApplicable || $0.0.status == .waived }.map(\.1)
        func anchor(_ status: RequirementStatus) -> String {
            status == .covered ? "da-dat" : status == .notApplicable || status == .waived ? "khong-ap-dung" : "can-bo-sung"
        }
        return render("result", [
            "name": name,
            "facts": facts.isEmpty ? nil : facts.joined(separator: " · "),
            "labels": ["profile": strings.profileLabel, "form": strings.formLabel, "waived": strings.waivedLabel,
                       "hint": strings.hintLabel, "basis": strings.basisLabel, "at": language == .en ? "Belongs at" : "Bổ sung tại"],
            "profile": strings.profile(result.profile, source: result.profileSource),
            "form": strings.form(result.form),
            "counts": [RequirementStatus.missing, .partial, .unknown, .covered, .notApplicable, .waived].compactMap { status in
                counts[status].map { Count(status: status.rawValue, symbol: CoverageMatrix.symbol(status), count: $0,
                                           label: strings.status(status), anchor: anchor(status)) }
            },
            // Base64 and a MIME type plancheck chose: nothing to escape, and a few megabytes not to scan.
            "downloads": downloads.enumerated().map { index, item in
                Download(first: index == 0, file: item.file, href: "data:\(item.type);base64,\(item.data.base64EncodedString())", label: item.label)
            },
            "annotated": annotated.map { copy in
                let odt = copy.file.lowercased().hasSuffix(".odt")
                let type = odt ? "application/vnd.oasis.opendocument.text" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                return Download(first: true, file: copy.file, href: "data:\(type);base64,\(copy.data.base64EncodedString())",
                                label: odt ? ".odt" : ".docx")
            },
            "gaps": gaps, "covered": covered, "others": others,
            "gapCount": gaps.count, "coveredCount": covered.count, "otherCount": others.count,
        ])
    }
}
