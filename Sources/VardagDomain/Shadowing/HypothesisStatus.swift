/// Where a hypothesis stands: att pröva → pågår → bekräftad or förkastad.
///
/// Raw values are stored in the database; never change them.
public enum HypothesisStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case attProva = "att_prova"
    case pagar
    case bekraftad
    case forkastad

    /// True while the hypothesis still needs reviewing (att pröva or pågår).
    public var isOpen: Bool { self == .attProva || self == .pagar }
}
