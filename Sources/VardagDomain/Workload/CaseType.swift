/// What kind of work a case is; optional on a case.
public enum CaseType: String, CaseIterable, Hashable, Sendable, Codable {
    case utredning
    case insats
    case uppfoljning
    case annat
}
