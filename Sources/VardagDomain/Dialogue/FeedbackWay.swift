/// How an åtgärd's result was fed back to the brukare: at a meeting, by letter, or by a
/// notice (anslag) where they live or meet.
public enum FeedbackWay: String, CaseIterable, Hashable, Sendable {
    case mote, brev, anslag

    /// The Swedish word, for exports.
    public var displayName: String {
        switch self {
        case .mote: return "Möte"
        case .brev: return "Brev"
        case .anslag: return "Anslag"
        }
    }
}
