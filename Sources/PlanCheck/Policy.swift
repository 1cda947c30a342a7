import Foundation

/// What a configuration and a document's own comments do to its results: per-path rule
/// overrides, severity changes and waivers. Waived requirements become `waived` with their reason
/// and lose their findings.
struct Policy: Sendable {
    let configuration: Configuration?
    /// Today as yyyy-mm-dd, for waiver expiry.
    let today: String

    init(configuration: Configuration?, today: Date = Date()) {
        self.configuration = configuration
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "yyyy-MM-dd"
        self.today = formatter.string(from: today)
    }

    /// The profile a configuration sets for a path (a path override before the global one).
    func profile(for path: String) -> Profile? {
        guard let configuration else { return nil }
        let name = configuration.overrides(for: path).compactMap(\.profile).last ?? configuration.profile
        return name.flatMap(Profile.init(rawValue:))
    }

    func apply(to result: inout DocumentResult, path: String, suppressions: [InlineSuppression]) {
        let overrides = configuration?.overrides(for: path) ?? []
        let disabled = Set(overrides.flatMap(\.disable))
        var severities = configuration?.severity ?? [:]
        for override in overrides { severities.merge(override.severity) { $1 } }

        var requirements: [RequirementResult] = []
        var waived: Set<String> = []
        for var requirement in result.requirements {
            let rule = requirement.rule
            if disabled.contains(rule.id) || disabled.contains(rule.name) { continue }
            if let severity = severities[rule.id] ?? severities[rule.name] { requirement.rule.severity = severity }
            if requirement.status == .missing || requirement.status == .partial, let reason = waiver(for: rule, path: path, suppressions) {
                requirement.status = .waived
                requirement.waiver = reason
                waived.insert(rule.id)
            }
            requirements.append(requirement)
        }
        let kept = Dictionary(uniqueKeysWithValues: requirements.map { ($0.id, $0.rule) })
        result.findings = result.findings.compactMap { finding in
            guard let rule = kept[finding.ruleId], !waived.contains(finding.ruleId) else { return nil }
            var finding = finding
            finding.rule = rule
            return finding
        }
        result.requirements = requirements
        result.warnings += Self.ignored(suppressions, known: Set(result.requirements.flatMap { [$0.rule.id, $0.rule.name] })
            .union(disabled))
    }

    /// Suppression comments that waive nothing: without a reason (or with the placeholder), or
    /// naming no requirement plancheck knows.
    static func ignored(_ suppressions: [InlineSuppression], known: Set<String>) -> [CheckWarning] {
        var warnings: [CheckWarning] = []
        for suppression in suppressions {
            let ids = suppression.ids.joined(separator: ", ")
            if suppression.reason == nil {
                warnings.append(CheckWarning(kind: .ignoredSuppression, ruleId: suppression.ids.first, message: LocalizedText(
                    vi: "Miễn trừ \(ids) chưa có lý do nên không có hiệu lực: ghi lý do sau dấu “—”.",
                    en: "The suppression of \(ids) has no reason, so it waives nothing: write one after “—”."), line: suppression.line))
            }
            for id in suppression.ids where !known.contains(id) {
                warnings.append(CheckWarning(kind: .ignoredSuppression, ruleId: id, message: LocalizedText(
                    vi: "Chú thích miễn trừ nêu “\(id)”, không phải mã hay tên yêu cầu nào (xem plancheck rules list).",
                    en: "The suppression names “\(id)”, which is no requirement's ID or name (see plancheck rules list)."), line: suppression.line))
            }
        }
        return warnings
    }

    private func waiver(for rule: Rule, path: String, _ suppressions: [InlineSuppression]) -> String? {
        if let inline = suppressions.first(where: { ($0.ids.contains(rule.id) || $0.ids.contains(rule.name)) && $0.reason != nil }) {
            return inline.reason
        }
        return configuration?.waiver(for: rule, path: path, today: today)?.reason
    }
}
