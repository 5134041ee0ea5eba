/// Where a slinga stands: planned (brukarträff 1 not held), running, or finished
/// (uppföljning held). The loop list filters on it.
public enum LoopStage: String, CaseIterable, Hashable, Sendable {
    case planerad, pagar, klar

    /// The stage of a slinga from the days it started and finished.
    /// - Parameters:
    ///   - startedOn: the day of brukarträff 1, if held.
    ///   - finishedOn: the day of the uppföljning, if held.
    public init(startedOn: LocalDate?, finishedOn: LocalDate?) {
        self = finishedOn != nil ? .klar : startedOn != nil ? .pagar : .planerad
    }
}
