/// What a task states besides its content.
public enum TaskField: String, Sendable, CaseIterable, Codable {
    case lead, partners, deadline, output
}
