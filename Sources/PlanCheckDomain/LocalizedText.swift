/// Text in the two languages plancheck speaks. Vietnamese is what users read first.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var vi: String
    public var en: String
    /// Wording for one profile ("ministry", "province") where the general one would address the
    /// other ("cơ sở dữ liệu của tỉnh" told to a ministry); messages and hints only.
    public var byProfile: [String: LocalizedText]?
    public init(vi: String, en: String, byProfile: [String: LocalizedText]? = nil) {
        self.vi = vi
        self.en = en
        self.byProfile = byProfile
    }
    public func text(_ language: Language) -> String { language == .en ? en : vi }

    /// The wording for a profile: its own variant when there is one, else the general text.
    public func forProfile(_ profile: Profile?) -> LocalizedText {
        guard let profile, let variant = byProfile?[profile.rawValue] else { return LocalizedText(vi: vi, en: en) }
        return variant
    }
}
