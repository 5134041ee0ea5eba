/// How an åtgärd's result was fed back to the brukare: at a meeting, by letter, or by a
/// notice (anslag) where they live or meet.
public enum FeedbackWay: String, CaseIterable, Hashable, Sendable {
    case mote, brev, anslag
}
