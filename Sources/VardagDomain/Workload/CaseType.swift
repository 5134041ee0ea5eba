/// What kind of work a case is; optional on a case.
public enum CaseType: String, CaseIterable, Hashable, Sendable, Codable {
    case utredning
    case insats
    case uppfoljning
    case annat

    /// The Swedish word for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .utredning: return "utredning"
        case .insats: return "insats"
        case .uppfoljning: return "uppföljning"
        case .annat: return "annat"
        }
    }
}
