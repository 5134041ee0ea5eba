import VardagDomain

/// One row of the day view: a participant and her entry for the date, or nil when missing.
public struct DayViewRow: Hashable, Sendable {
    public var participant: ShadowingParticipant
    public var entry: DayEntry?
}
