/// How far an åtgärd from the gemensam träff has come.
///
/// The raw values are stable codes stored in the database and exports; never change them.
public enum ActionStatus: String, CaseIterable, Codable, Hashable, Sendable {
    case planerad = "planerad"
    case pagar = "pagar"
    case klar = "klar"

    /// The Swedish name for CSV exports.
    public var displayName: String {
        switch self {
        case .planerad: return "Planerad"
        case .pagar: return "Pågår"
        case .klar: return "Klar"
        }
    }

    /// The next status when the user steps it: planerad → pågår → klar → planerad.
    public var next: ActionStatus {
        switch self {
        case .planerad: return .pagar
        case .pagar: return .klar
        case .klar: return .planerad
        }
    }
}
