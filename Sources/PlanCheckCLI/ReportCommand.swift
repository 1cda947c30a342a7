import ArgumentParser
import Foundation
import PlanCheck

/// `plancheck report`: screens many plans and writes the coverage matrix as HTML, XLSX, CSV, JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rà soát nhiều kế hoạch, lập ma trận văn bản × yêu cầu. Screen many plans into a coverage matrix (HTML, XLSX, CSV, JSON).",
        discussion: """
        Folders are searched recursively for \(DocumentFormats.listing) (and .doc/.rtf, which are \
        reported as unreadable with advice). Each document is checked as `plancheck lint` checks it. \
        Exit status: 0 all read, 2 invalid usage or rules, 3 some document could not be read (it is \
        still a row of the report), 4 an output could not be written.
        """
    )

    @Argument(help: help("Các tệp và thư mục kế hoạch.", "Plan files and folders."))
    var paths: [String]

    @Option(help: help("Ghi báo cáo HTML (một tệp độc lập) vào đây.", "Write the HTML report (one self-contained file) here."))
    var html: String?

    @Option(help: help("Ghi sổ tính Excel (ma trận, phát hiện, văn bản) vào đây.", "Write the Excel workbook (matrix, findings, documents) here."))
    var xlsx: String?

    @Option(help: help("Ghi ma trận dạng CSV (UTF-8 có BOM) vào đây.", "Write the matrix as CSV (UTF-8 with BOM) here."))
    var csv: String?

    @Option(help: help("Ghi JSON của lint kèm ma trận vào đây.", "Write the lint JSON plus the matrix here."))
    var json: String?

    @Option(help: help("Bỏ qua đường dẫn khớp mẫu này (nêu được nhiều lần; `*` đi qua cả thư mục), ví dụ --exclude '*/nhap/*'.",
                                "Skip paths matching this glob (repeatable; `*` also crosses folders), e.g. --exclude '*/nhap/*'.", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: help("Loại cơ quan của mọi văn bản. Mặc định: nhận diện từng văn bản.", "The profile of every document. Default: detected per document."))
    var profile: Profile?

    @Option(help: help("Ngôn ngữ của báo cáo: vi hoặc en.", "Language of the reports."))
    var lang: Language = .vi

    @Option(help: help("Lưu kết quả trong thư mục này, theo nội dung tệp, quy tắc, cấu hình và phiên bản, để lần chạy lại bỏ qua kế hoạch không đổi.", "Keep results in DIR, keyed by file content, rules, configuration and version, so that a re-run skips unchanged plans."))
    var cache: String?

    @Option(help: help("Tệp cấu hình. Mặc định: .plancheck.yml gần nhất phía trên đường dẫn đầu tiên.", "Configuration file. Default: the nearest .plancheck.yml above the first path."))
    var config: String?

    @Option(name: .customLong("min-confidence"), help: help("Bỏ qua bằng chứng yếu hơn.", "Ignore weaker evidence."))
    var minConfidence: Confidence = .low

    @Option(help: help("Ghi nhận xét gửi lại các cơ quan vào đây: mỗi kế hoạch một trang (cơ quan, điểm, nội dung cần bổ sung kèm gợi ý).", "Write remarks for sending back here: one page per agency's plan (issuer, scores, what to add with hints)."))
    var summary: String?

    @Option(help: help("So với báo cáo JSON của đợt trước (ghi bằng --json): với từng văn bản, các yêu cầu tiến bộ, thụt lùi; văn bản mới và không còn.",
                                "Compare with the previous round's JSON report (written by --json): per document, the requirements improved and regressed, new and gone documents.", valueName: "previous.json"))
    var compare: String?

    @Flag(help: help("Không vẽ thanh tiến độ và không in tổng hợp ra stderr.", "No progress bar and no summary on stderr."))
    var quiet = false

    @OptionGroup var rules: RuleOptions
    @OptionGroup var limits: FindingLimitOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one plan file or folder") }
    }

    func run() throws {
        try requireWritable([html, xlsx, csv, json, summary].compactMap { $0 }, lang)
        // The previous round is read first: a wrong file fails before the screening.
        var previous: RoundComparison.PreviousRound?
        if let compare {
            do {
                previous = try RoundComparison.load(compare)
            } catch {
                printProblem(error.message.vi, error.message.en, lang)
                throw ExitCode(ExitStatus.invalid)
            }
        }
        let configuration = try loadConfiguration(explicit: config, near: paths.first)
        let checker = try rules.checker(minimumConfidence: minConfidence, configuration: configuration,
                                          maxFindingsPerRule: limits.maxFindingsPerRule)
        let plans = PlanFinder(excludes: exclude).plans(in: paths)
        guard !plans.isEmpty else {
            let places = paths.joined(separator: ", ")
            printProblem("không có tệp kế hoạch nào (\(DocumentFormats.listing)) trong \(places)",
                         "no plan files (\(DocumentFormats.listing)) under \(places)", lang)
            throw ExitCode(ExitStatus.invalid)
        }
        var resultCache: ResultCache?
        if let cache {
            do {
                resultCache = try ResultCache(directory: cache, checker: checker, profile: profile)
            } catch {
                printProblem("không dùng được thư mục bộ đệm \(cache): \(error.localizedDescription); chạy không có bộ đệm",
                             "cannot use cache folder \(cache): \(error.localizedDescription); running without it", lang, warning: true)
            }
        }
        let progress = ProgressBar(total: plans.count, language: lang, enabled: !quiet)
        let start = Date()
        var onProgress: (@Sendable (Int) -> Void)?
        if let progress { onProgress = { progress.update($0) } }
        let (report, fromCache) = checker.screen(paths: plans, profile: profile, cache: resultCache, progress: onProgress)
        progress?.finish()
        let elapsed = Date().timeIntervalSince(start)

        var matrix = checker.coverageMatrix(report)
        if let previous, let compare { matrix.comparison = RoundComparison(current: report, previous: previous, previousFile: compare) }
        var failedOutputs = false
        func write(_ path: String?, _ make: () throws -> Data) {
            guard let path else { return }
            do {
                try make().write(to: URL(fileURLWithPath: path))
            } catch {
                cannotWrite(path, (error.localizedDescription, error.localizedDescription), lang)
                failedOutputs = true
            }
        }
        write(html) { Data(HTMLReportWriter(language: lang).format(matrix, report: report).utf8) }
        write(xlsx) { try XLSXMatrixWriter(language: lang).data(matrix) }
        write(csv) { Data(CSVMatrixWriter(language: lang).format(matrix).utf8) }
        write(summary) { Data(AgencySummaryWriter(language: lang).format(matrix, report: report).utf8) }
        write(json) { Data((JSONFormatter(language: lang).format(report, matrix: matrix) + "\n").utf8) }

        for document in report.documents {
            if let error = document.error { printProblem("\(document.path): \(error.vi)", "\(document.path): \(error.en)", lang) }
        }
        // Without any output file the summary goes to stdout: the run must show something.
        let closing = summaryText(matrix, elapsed: elapsed, fromCache: fromCache)
        if html == nil && xlsx == nil && csv == nil && json == nil && summary == nil {
            print(closing)
        } else if !quiet {
            printError(closing)
        }
        if failedOutputs { throw ExitCode(ExitStatus.outputFailed) }
        if report.hasUnreadable { throw ExitCode(ExitStatus.unreadable) }
    }

    private func summaryText(_ matrix: CoverageMatrix, elapsed: TimeInterval, fromCache: Int) -> String {
        let unreadable = matrix.rows.filter { $0.document.error != nil }.count
        let rate = String(format: "%.1f", elapsed)
        var lines = [lang == .en
            ? "\(matrix.rows.count) documents (\(unreadable) unreadable, \(fromCache) from cache) in \(rate) s"
            : "\(matrix.rows.count) văn bản (\(unreadable) không đọc được, \(fromCache) lấy từ bộ đệm) trong \(rate) giây"]
        let missing = matrix.mostOftenMissing(limit: 5).map { summary in
            "  \(matrix.columns[summary.column].id) \(matrix.columns[summary.column].rule.title.text(lang)): \(summary.all.missing)/\(summary.applicable)"
        }
        if !missing.isEmpty {
            lines.append(lang == .en ? "Most often missing:" : "Thiếu ở nhiều kế hoạch nhất:")
            lines += missing
        }
        return lines.joined(separator: "\n")
    }
}
