/// Something about a slinga or a unit worth a look; shown, never blocking.
public enum DialogueWarning: Hashable, Sendable {
    /// From brukarträff 1 to the gemensam träff (or today, while it is not held) took longer than six weeks.
    case runningLong(days: Int)
    /// The number of staff at a meeting differs from the meeting before (or, at the first
    /// staff meeting, from the staff registered for the slinga).
    case staffChanged(at: TraffTyp, from: Int, to: Int)
    /// The unit has started fewer slingor this year than its target calls for by now.
    case behindTarget(started: Int, expected: Int, target: Int)
}
