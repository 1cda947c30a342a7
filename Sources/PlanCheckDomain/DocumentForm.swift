/// How a document carries its data content.
public enum DocumentForm: String, Sendable, Codable, CaseIterable {
    /// A plan whose whole subject is data.
    case standalone
    /// A local data strategy (Chiến lược dữ liệu của tỉnh/bộ).
    case strategy
    /// A digital-transformation plan with data sections.
    case embedded
    /// Not a plan at all.
    case notAPlan = "not_a_plan"
}
