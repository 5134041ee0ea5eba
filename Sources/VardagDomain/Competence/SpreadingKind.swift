/// How what was learned is spread in the workplace (the Fyrbodal model's fourth part).
/// Raw values are stored; never change them.
public enum SpreadingKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A presentation at the arbetsplatsträff.
    case presentation = "presentation"
    /// A workshop with colleagues.
    case workshop = "workshop"
    /// Handledning of colleagues in daily work.
    case handledning = "handledning"
    /// A routine changed because of what was learned.
    case rutin = "rutin"

    /// The Swedish name used in exports.
    public var displayName: String {
        switch self {
        case .presentation: return "Presentation på arbetsplatsträff"
        case .workshop: return "Workshop"
        case .handledning: return "Handledning av kollegor"
        case .rutin: return "Ändrad rutin"
        }
    }
}
