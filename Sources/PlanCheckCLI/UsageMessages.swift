import ArgumentParser
import Foundation
import PlanCheck

/// ArgumentParser writes its usage errors in English; plancheck's users read Vietnamese first. The
/// sentences it produces are few and fixed, so they are put into Vietnamese here (unless the
/// command line asks for `--lang en`); option names, values and the usage line stay as they are.
enum UsageMessages {
    /// The language the command line asks for: English only with `--lang en` (or `--lang=en`).
    static func language(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(index + 1).first == "en") { return .en }
        }
        return .vi
    }

    /// Each English pattern ArgumentParser (and plancheck's own checks) may print, and its
    /// Vietnamese; `$1`, `$2` keep what the user typed.
    static let translations: [(String, String)] = [
        (#"^Error: "#, "Lỗi: "),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "không có tùy chọn '$1'. Có phải ý bạn là '$2'?"),
        (#"Unknown option '([^']+)'"#, "không có tùy chọn '$1'"),
        (#"Unexpected argument '([^']+)'"#, "thừa tham số '$1'"),
        (#"Missing expected argument '([^']+)'"#, "thiếu tham số '$1'"),
        (#"Missing value for '([^']+)'"#, "thiếu giá trị cho '$1'"),
        (#"The value '([^']*)' is invalid for '([^']+)'\. Please provide one of the following:"#,
         "giá trị '$1' không hợp lệ cho '$2'. Hãy dùng một trong các giá trị:"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "giá trị '$1' không hợp lệ cho '$2'"),
        (#"give at least one plan file to check"#, "hãy nêu ít nhất một tệp kế hoạch cần kiểm tra"),
        (#"give at least one plan file or folder"#, "hãy nêu ít nhất một tệp hoặc thư mục kế hoạch"),
        (#"--output takes FORMAT=PATH with FORMAT one of ([^;]+); got '([^']*)'"#,
         "--output nhận ĐỊNH_DẠNG=ĐƯỜNG_DẪN, ĐỊNH_DẠNG là một trong $1; đã nhận '$2'"),
        (#"--max-findings-per-rule must be from 1 to 100000"#, "--max-findings-per-rule phải từ 1 đến 100000"),
        (#"--max-upload-mb must be 1 to 64"#, "--max-upload-mb phải từ 1 đến 64"),
        (#"--port must be 0 to 65535"#, "--port phải từ 0 đến 65535"),
        (#"--max-concurrent must be at least 1"#, "--max-concurrent phải ít nhất là 1"),
        (#"(?m)^Help: "#, "Trợ giúp: "),
        (#"(?m)^Usage: "#, "Cách dùng: "),
        (#"See '([^']+)' for more information\."#, "Xem '$1' để biết thêm."),
        // The help page's own words.
        (#"(?m)^OVERVIEW:"#, "TỔNG QUAN:"), (#"(?m)^USAGE:"#, "CÁCH DÙNG:"), (#"(?m)^ARGUMENTS:"#, "THAM SỐ:"),
        (#"(?m)^OPTIONS:"#, "TÙY CHỌN:"), (#"(?m)^SUBCOMMANDS:"#, "LỆNH:"), (#"\(values: "#, "(giá trị: "),
        (#"; default: "#, "; mặc định: "), (#"\(default: "#, "(mặc định: "), (#"Show help information\."#, "Xem hướng dẫn."),
        (#"Show the version\."#, "Xem phiên bản."),
        (#"See '([^']+) help <subcommand>' for detailed help\."#, "Xem '$1 help <lệnh>' để biết chi tiết từng lệnh."),
    ]

    static func localized(_ message: String, _ language: Language) -> String {
        guard language == .vi else { return message }
        var text = message
        for (pattern, replacement) in translations {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}

/// The language of this run's command line, for help texts built before parsing.
let commandLineLanguage = UsageMessages.language(Array(CommandLine.arguments.dropFirst()))

/// An option's help in the command line's language: Vietnamese, or English with `--lang en`.
func help(_ vi: String, _ en: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(commandLineLanguage == .en ? en : vi, valueName: valueName)
}
