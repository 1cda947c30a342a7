/// Who a plan is from. Requirements apply to one profile or both.
public enum Profile: String, Sendable, Codable, CaseIterable {
    case ministry, province
}
