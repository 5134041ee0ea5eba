/// What the rules need to know about a logged meeting.
public struct MeetingFacts: Hashable, Sendable {
    public var id: Int64
    public var kind: TraffTyp
    public var date: LocalDate
    public var staffCount: Int

    public init(id: Int64, kind: TraffTyp, date: LocalDate, staffCount: Int) {
        self.id = id
        self.kind = kind
        self.date = date
        self.staffCount = staffCount
    }
}
