import Foundation
import PlanCheck

/// The pages of `plancheck serve`: upload, result, error. Vietnamese by default, English with
/// `lang=en`; the upload works without JavaScript (the script only adds drag and drop). All text
/// from a plan is escaped.
struct WebPages {
    let language: Language
    let options: ServerOptions

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }
    private func e(_ text: String) -> String { XMLText.escape(text) }

    private var privacy: String {
        pick("Tệp tải lên chỉ được xử lý trong bộ nhớ rồi bỏ đi: không lưu vào ổ đĩa, không ghi vào nhật ký.",
             "Uploaded files are processed in memory and dropped: nothing is written to disk or logged.")
    }

    private func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title><style>\(Self.css)</style></head>
        <body><header><a class="home" href="/?lang=\(language.rawValue)">plancheck</a>
        <nav>\(language == .en ? "<a href=\"/?lang=vi\" hreflang=\"vi\">Tiếng Việt</a>" : "<a href=\"/?lang=en\" hreflang=\"en\">English</a>")</nav></header>
        <main>\(body)</main>
        <footer><p>\(e(privacy))</p><p>\(e(pick("Đối chiếu với Chiến lược dữ liệu quốc gia (Quyết định 142/QĐ-TTg) và hướng dẫn của Bộ. Kết quả là gợi ý tự động; hãy đọc trích dẫn.", "Checked against the National Data Strategy (Decision 142/QĐ-TTg) and the Ministry's guidance. Results are automatic suggestions; read the quotes.")))</p></footer>
        </body></html>

        """
    }

    func upload(message: String? = nil) -> String {
        var body = "<h1>\(e(pick("Kiểm tra kế hoạch dữ liệu", "Check a data plan")))</h1>"
        let formats = DocumentFormats.listing
        body += "<p>\(e(pick("Tải lên dự thảo kế hoạch (\(formats)) để xem nhiệm vụ bắt buộc nào đã có, kèm trích dẫn, và còn thiếu gì.", "Upload a draft plan (\(formats)) to see which mandatory tasks it covers, with quotes, and what is missing.")))</p>"
        if let message { body += "<p class=\"error\" role=\"alert\">\(e(message))</p>" }
        body += "<form id=\"upload\" method=\"post\" action=\"/check?lang=\(language.rawValue)\" enctype=\"multipart/form-data\">"
        body += "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">"
        body += "<label id=\"drop\" for=\"file\"><span>\(e(pick("Chọn tệp hoặc kéo thả vào đây", "Choose a file or drop it here")))</span>"
        body += "<input type=\"file\" id=\"file\" name=\"file\" accept=\"\(DocumentFormats.extensions.map { "." + $0 }.joined(separator: ","))\"></label>"
        body += "<details><summary>\(e(pick("Hoặc dán nội dung kế hoạch", "Or paste the plan's text")))</summary>"
        body += "<textarea name=\"text\" rows=\"8\" aria-label=\"\(e(pick("Nội dung kế hoạch", "Plan text")))\"></textarea></details>"
        body += "<label>\(e(pick("Loại cơ quan", "Issuer"))) <select name=\"profile\"><option value=\"\">\(e(pick("tự nhận diện", "detect")))</option>"
        body += "<option value=\"ministry\">\(e(pick("Bộ, ngành", "Ministry")))</option><option value=\"province\">\(e(pick("Tỉnh, thành phố", "Province")))</option></select></label>"
        body += "<button type=\"submit\">\(e(pick("Kiểm tra", "Check")))</button></form>"
        body += "<p class=\"note\">\(e(pick("Tối đa \(options.maxUploadBytes >> 20) MB. ", "Up to \(options.maxUploadBytes >> 20) MB. ")))\(e(privacy))</p>"
        body += "<script>\(Self.dropScript)</script>"
        return page(title: pick("Kiểm tra kế hoạch dữ liệu", "Check a data plan"), body: body)
    }

    /// When the service needs an access token: a form that posts it once; the server keeps it in
    /// a session cookie, so uploads carry it in their head and are refused before being read.
    func signIn(message: String? = nil) -> String {
        var body = "<h1>\(e(pick("Kiểm tra kế hoạch dữ liệu", "Check a data plan")))</h1>"
        body += "<p>\(e(pick("Dịch vụ này cần mã truy cập.", "This service needs an access token.")))</p>"
        if let message { body += "<p class=\"error\" role=\"alert\">\(e(message))</p>" }
        body += "<form id=\"session\" method=\"post\" action=\"/session?lang=\(language.rawValue)\">"
        body += "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">"
        body += "<label>\(e(pick("Mã truy cập", "Access token"))) <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label>"
        body += "<button type=\"submit\">\(e(pick("Tiếp tục", "Continue")))</button></form>"
        return page(title: pick("Kiểm tra kế hoạch dữ liệu", "Check a data plan"), body: body)
    }

    func error(title: String, message: String) -> String {
        page(title: title, body: "<h1>\(e(title))</h1><p class=\"error\" role=\"alert\">\(e(message))</p><p><a href=\"/?lang=\(language.rawValue)\">\(e(pick("Kiểm tra tệp khác", "Check another file")))</a></p>")
    }

    /// The checklist: requirements grouped by area, each with its status, quotes and locations,
    /// or for what is missing the message, the finding's detail, the hint and the citation.
    func result(_ report: DocumentReport, name: String, checker: PlanChecker, downloads: [(label: String, file: String, type: String, data: Data)]) -> String {
        let strings = UIStrings(language)
        guard let result = report.result else { return error(title: name, message: report.error?.text(language) ?? "") }
        var body = "<h1>\(e(pick("Kết quả kiểm tra", "Result"))): <span class=\"file\">\(e(name))</span></h1>"
        let metadata = result.metadata
        let facts = [metadata.issuer, metadata.type, metadata.number, metadata.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !facts.isEmpty { body += "<p class=\"facts\">\(e(facts.joined(separator: " · ")))</p>" }
        body += "<p class=\"facts\">\(e(strings.profileLabel)): \(e(strings.profile(result.profile))) (\(e(strings.profileSource(result.profileSource)))) · \(e(strings.formLabel)): \(e(strings.form(result.form)))</p>"
        var counts: [RequirementStatus: Int] = [:]
        for requirement in result.requirements { counts[requirement.status, default: 0] += 1 }
        body += "<ul class=\"counts\" id=\"counts\">"
        for status in [RequirementStatus.covered, .partial, .missing, .unknown, .notApplicable, .waived] where counts[status, default: 0] > 0 {
            body += "<li class=\"s-\(status.rawValue)\" data-status=\"\(status.rawValue)\" data-count=\"\(counts[status, default: 0])\">\(CoverageMatrix.symbol(status)) \(counts[status, default: 0]) \(e(strings.status(status)))</li>"
        }
        body += "</ul>"
        body += "<p class=\"downloads\">\(e(pick("Tải về", "Download"))): " + downloads.map { item in
            "<a download=\"\(e(item.file))\" href=\"data:\(item.type);base64,\(item.data.base64EncodedString())\">\(e(item.label))</a>"
        }.joined(separator: " · ") + "</p>"

        var areas: [(title: String, rules: [String])] = []
        for set in checker.ruleSets {
            areas.append((set.title.text(language), set.rules.map(\.id)))
        }
        let byID = Dictionary(result.requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for area in areas {
            let requirements = area.rules.sorted().compactMap { byID[$0] }
            guard !requirements.isEmpty else { continue }
            body += "<section class=\"area\"><h2>\(e(area.title))</h2><ol class=\"checklist\">"
            for requirement in requirements {
                let rule = requirement.rule
                body += "<li class=\"req s-\(requirement.status.rawValue)\" id=\"\(e(rule.id))\" data-status=\"\(requirement.status.rawValue)\">"
                body += "<div class=\"head\"><span class=\"badge\">\(CoverageMatrix.symbol(requirement.status)) \(e(strings.status(requirement.status)))</span> "
                body += "<b>\(e(rule.id))</b> \(e(rule.title.text(language))) <span class=\"sev\">\(e(strings.severity(rule.severity)))</span></div>"
                if let waiver = requirement.waiver { body += "<p>\(e(strings.waivedLabel)): \(e(waiver))</p>" }
                if let reason = requirement.reason { body += "<p class=\"message\">\(e(reason.text(language)))</p>" }
                for evidence in requirement.evidence {
                    body += "<blockquote class=\"quote\">\(e(evidence.quote))</blockquote><p class=\"where\">\(e(strings.place(evidence.location)))</p>"
                }
                if requirement.status == .missing || requirement.status == .partial {
                    body += "<p class=\"message\">\(e(rule.message.text(language)))</p>"
                    for finding in result.findings where finding.ruleId == rule.id {
                        if let detail = finding.detail {
                            body += "<p class=\"detail\">\(e(detail.text(language)))</p><p class=\"where\">\(e(strings.place(finding.location)))</p>"
                        }
                    }
                    body += "<p class=\"hint\"><b>\(e(strings.hintLabel)):</b> \(e(rule.hint.text(language)))</p>"
                }
                if requirement.status != .notApplicable {
                    body += "<p class=\"citation\"><b>\(e(strings.basisLabel)):</b> \(e(rule.citation))</p>"
                }
                body += "</li>"
            }
            body += "</ol></section>"
        }
        body += "<p><a href=\"/?lang=\(language.rawValue)\">\(e(pick("Kiểm tra tệp khác", "Check another file")))</a></p>"
        return page(title: "\(pick("Kết quả", "Result")): \(name)", body: body)
    }

    static let css = """
    *{box-sizing:border-box}body{font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;color:#1f2328}
    header{display:flex;justify-content:space-between;padding:.6rem 1.2rem;background:#0b3d91;color:#fff}header a{color:#fff}
    .home{font-weight:700;text-decoration:none}main{max-width:60rem;margin:0 auto;padding:1rem 1.2rem}
    h1{font-size:1.5rem}h1 .file{font-weight:400}h2{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid #d0d7de}
    form{display:grid;gap:.8rem;max-width:34rem}textarea{width:100%;font:inherit}#drop{display:block;border:2px dashed #8c959f;border-radius:8px;padding:1.2rem;text-align:center;cursor:pointer}
    #drop.over{border-color:#0b3d91;background:#ddf4ff}#drop span{display:block;margin-bottom:.5rem}
    button{font:inherit;padding:.5rem 1.2rem;background:#0b3d91;color:#fff;border:0;border-radius:6px;cursor:pointer;justify-self:start}
    .error{color:#cf222e;background:#ffebe9;padding:.5rem .8rem;border-radius:6px}.note,.facts,.where{color:#57606a}.where{font-size:.9em;margin-top:0}
    .counts{display:flex;gap:.6rem;flex-wrap:wrap;list-style:none;padding:0}.counts li{padding:.2rem .6rem;border-radius:6px}
    .checklist{list-style:none;padding:0}.req{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
    .badge{font-weight:700;white-space:nowrap}.sev{color:#57606a;font-size:.85em}
    blockquote{margin:.4rem 0 0;padding:.2rem .7rem;border-left:3px solid #d0d7de;white-space:pre-wrap}
    .s-covered{border-left-color:#1a7f37;background:#f0fff4}.s-covered .badge,li.s-covered{color:#1a7f37}
    .s-partial{border-left-color:#bf8700;background:#fffbea}.s-partial .badge{color:#9a6700}
    .s-missing{border-left-color:#cf222e;background:#fff5f5}.s-missing .badge{color:#cf222e}
    .s-not_applicable{border-left-color:#8c959f}.s-waived{border-left-color:#0969da}.s-unknown{border-left-color:#8250df}
    footer{max-width:60rem;margin:2rem auto;padding:0 1.2rem;color:#57606a;font-size:.9em}
    @media print{header,form,.downloads,nav{display:none}}
    """

    /// Drag and drop onto the file field; the form works without it.
    static let dropScript = """
    (function(){var d=document.getElementById("drop"),f=document.getElementById("file");if(!d||!f)return;
    ["dragenter","dragover"].forEach(function(t){d.addEventListener(t,function(e){e.preventDefault();d.classList.add("over");});});
    ["dragleave","drop"].forEach(function(t){d.addEventListener(t,function(e){e.preventDefault();d.classList.remove("over");});});
    d.addEventListener("drop",function(e){if(e.dataTransfer&&e.dataTransfer.files.length){f.files=e.dataTransfer.files;
    d.querySelector("span").textContent=e.dataTransfer.files[0].name;}});
    f.addEventListener("change",function(){if(f.files.length)d.querySelector("span").textContent=f.files[0].name;});
    document.body.setAttribute("data-ready","1");})();
    """
}
