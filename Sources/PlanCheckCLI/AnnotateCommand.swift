import ArgumentParser
import Foundation
import PlanCheck

/// `plancheck annotate PLAN.docx -o REVIEWED.docx`: a copy of the Word plan with one comment per
/// finding where the fix belongs, as the institute's remarks come back to an agency.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Ghi nhận xét vào bản sao Word (.docx, .odt) của kế hoạch. Write a copy of a Word or LibreOffice plan with a comment for each finding, where the fix belongs."
    )

    enum Comments: String, ExpressibleByArgument, CaseIterable {
        case gaps, all
    }

    @Argument(help: help("Kế hoạch dạng Word (.docx) hoặc LibreOffice (.odt).", "A Word (.docx) or LibreOffice (.odt) plan."))
    var file: String

    @Option(name: .shortAndLong, help: help("Bản sao có nhận xét sẽ ghi ra (.docx, hoặc .odt cho tệp .odt).", "The annotated copy to write (.docx, or .odt for an .odt)."))
    var output: String

    @Option(help: help("Yêu cầu nào được nhận xét: gaps (thiếu, một phần, chưa xác định) hoặc all (cả yêu cầu đã đạt, tại trích dẫn).", "Which requirements get a comment: gaps (missing, partial, unknown) or all (also covered ones, at their quote)."))
    var comments: Comments = .gaps

    @Flag(help: help("Đề xuất thêm nội dung gợi ý cho từng yêu cầu còn thiếu, dưới dạng sửa đổi có theo dõi ngay dưới mục phù hợp, để chấp nhận hoặc từ chối trong Word (chỉ .docx).", "Also propose the text each missing requirement's hint quotes, as tracked insertions by plancheck under the heading where it belongs, to accept or reject in Word (.docx only)."))
    var suggest = false

    @Option(help: help("Loại cơ quan ban hành khi không nhận diện được: ministry (bộ, ngành) hoặc province (tỉnh).", "The plan's issuer when it cannot be detected."))
    var profile: Profile?

    @Option(help: help("Ngôn ngữ của nhận xét và thông báo: vi hoặc en.", "Language of the comments and messages."))
    var lang: Language = .vi

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        let vi = lang != .en
        let kind = (file as NSString).pathExtension.lowercased()
        guard kind == "docx" || kind == "odt" else {
            throw ValidationError(vi ? "\(file): chỉ ghi nhận xét được vào tệp Word .docx hoặc LibreOffice .odt; với .md, .txt, .pdf hãy dùng `plancheck lint`."
                                     : "\(file): comments can only be written into a Word .docx or a LibreOffice .odt; for .md, .txt and .pdf use `plancheck lint`.")
        }
        guard (output as NSString).pathExtension.lowercased() == kind else {
            throw ValidationError(vi ? "\(output): bản có nhận xét phải cùng loại với bản gốc (.\(kind))."
                                     : "\(output): the annotated copy must be of the original's kind (.\(kind)).")
        }
        let same = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        guard !same else {
            throw ValidationError(vi ? "\(output): hãy ghi bản có nhận xét ra tệp khác, không ghi đè bản gốc."
                                     : "\(output): write the annotated copy to another file, not over the original.")
        }
    }

    func run() throws {
        let checker = try rules.checker()
        let odt = (file as NSString).pathExtension.lowercased() == "odt"
        let bytes: [UInt8]
        let document: PlanDocument
        do {
            bytes = try DocumentLoader.contents(of: file)
            document = try (odt ? OdtReader.read(bytes, path: file) : DocxReader.read(bytes, path: file))
        } catch {
            cannotRead(file, error, lang)
            throw ExitCode(ExitStatus.unreadable)
        }
        let report = checker.check(document, profile: profile)
        let notes = WordReview.comments(report, language: lang, includeCovered: comments == .all)
        let annotated: [UInt8]
        do {
            annotated = odt ? try OdtCommentWriter.annotate(bytes, comments: notes)
                : try WordCommentWriter.annotate(bytes, comments: notes, insertions: suggest ? WordReview.insertions(report) : [])
        } catch {
            cannotRead(file, error, lang)
            throw ExitCode(ExitStatus.unreadable)
        }
        do {
            try Data(annotated).write(to: URL(fileURLWithPath: output))
        } catch {
            cannotWrite(output, (error.localizedDescription, error.localizedDescription), lang)
            throw ExitCode(ExitStatus.outputFailed)
        }
        let gaps = notes.count
        print(lang == .en ? "\(output): \(gaps) comments" : "\(output): \(gaps) nhận xét")
    }
}
