/// Whether a servicebiträde could take over an observed task: ja, med stöd, nej.
///
/// Raw values are stored in the database; never change them.
public enum TransferJudgement: String, CaseIterable, Hashable, Sendable, Codable {
    case yes = "ja"
    case withSupport = "med_stod"
    case no = "nej"

    /// The Swedish words for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .yes: return "ja"
        case .withSupport: return "med stöd"
        case .no: return "nej"
        }
    }
}
