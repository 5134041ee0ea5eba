import VardagDomain

/// A meeting as typed into the form; the store checks order, date, guides and counts.
public struct MeetingDraft: Hashable, Sendable {
    public var loopId: Int64
    public var kind: TraffTyp
    public var date: String
    public var guide1: Int64?
    public var guide2: Int64?
    public var brukareCount: String
    public var staffCount: String
    public var notes: String
    /// The chef who joined a gemensam träff at its end; nil for none (and at every other träff).
    public var chefId: Int64?

    public init(loopId: Int64, kind: TraffTyp, date: String, guide1: Int64?, guide2: Int64?,
                brukareCount: String, staffCount: String, notes: String, chefId: Int64? = nil) {
        self.chefId = chefId
        self.loopId = loopId
        self.kind = kind
        self.date = date
        self.guide1 = guide1
        self.guide2 = guide2
        self.brukareCount = brukareCount
        self.staffCount = staffCount
        self.notes = notes
    }
}
