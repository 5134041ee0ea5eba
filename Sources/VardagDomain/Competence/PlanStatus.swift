/// Where a development-plan item stands. Raw values are stored; never change them.
public enum PlanStatus: String, CaseIterable, Codable, Hashable, Sendable {
    case planerad = "planerad"
    case pagar = "pagar"
    case klar = "klar"
    case avbruten = "avbruten"

    /// Whether the item still counts toward the plan (can be overdue, covers a step).
    public var isOpen: Bool { self == .planerad || self == .pagar }

    /// The Swedish name used in CSV files.
    public var displayName: String {
        switch self {
        case .planerad: return "Planerad"
        case .pagar: return "Pågår"
        case .klar: return "Klar"
        case .avbruten: return "Avbruten"
        }
    }
}
