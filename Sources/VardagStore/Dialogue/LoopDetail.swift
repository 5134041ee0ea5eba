import VardagDomain

/// Everything the loop screen shows about one slinga, read in one transaction.
public struct LoopDetail: Hashable, Sendable {
    /// One change (or the first choice) of the theme.
    public struct ThemeChange: Hashable, Sendable {
        public var date: LocalDate
        public var theme: String
        public var chosenBy: ThemeChooser
        public var reason: String
        public var user: String
    }

    /// One of the slinga's two vägledare.
    public struct Guide: Hashable, Sendable {
        public var id: Int64
        public var name: String
        public var kommunName: String
        /// True when her time was bought from another kommun.
        public var bought: Bool
        /// The minutes she gave to the slinga (the exchange ledger); nil when not recorded.
        public var minutes: Int? = nil
    }

    /// A staff member taking part.
    public struct Staff: Hashable, Sendable {
        public var id: Int64
        public var name: String
    }

    /// A meeting held.
    public struct Meeting: Hashable, Sendable, Identifiable {
        public var id: Int64
        public var kind: TraffTyp
        public var date: LocalDate
        public var guide1Id: Int64
        public var guide2Id: Int64
        public var guideNames: String
        public var brukareCount: Int
        public var staffCount: Int
        public var notes: String
        /// The chef who joined the gemensam träff at its end; nil when none did (or not recorded).
        public var chefId: Int64? = nil
        public var chefName: String? = nil

        /// The facts the rules need.
        public var facts: MeetingFacts { MeetingFacts(id: id, kind: kind, date: date, staffCount: staffCount) }
    }

    /// A relay question and, once answered, its answer.
    public struct Question: Hashable, Sendable, Identifiable {
        public var id: Int64
        public var from: DialogueGroup
        public var to: DialogueGroup
        public var askedMeetingId: Int64
        public var askedKind: TraffTyp
        public var askedDate: LocalDate
        public var text: String
        public var answeredMeetingId: Int64?
        public var answeredKind: TraffTyp?
        public var answeredDate: LocalDate?
        public var answer: String?
        public var level: Int?

        public var isOpen: Bool { answeredMeetingId == nil }
    }

    /// An åtgärd from the gemensam träff.
    public struct Action: Hashable, Sendable, Identifiable {
        public var id: Int64
        public var what: String
        public var responsible: String
        public var due: LocalDate
        public var status: ActionStatus
        public var fedBack: Bool
        /// When and how it was fed back; nil when not, or when only "ja" was recorded (before v21).
        public var fedBackOn: LocalDate? = nil
        public var fedBackHow: FeedbackWay? = nil
        public var overdue: Bool
    }

    public var id: Int64
    public var enhetId: Int64
    public var enhetName: String
    public var kommunId: Int64
    public var kommunName: String
    public var theme: String
    public var themeChosenBy: ThemeChooser
    public var plannedStart: LocalDate
    /// The date the next träff is planned for; nil when not planned.
    public var nextPlannedOn: LocalDate?
    public var themeHistory: [ThemeChange]
    public var guides: [Guide]
    public var staff: [Staff]
    public var meetings: [Meeting]
    public var questions: [Question]
    public var actions: [Action]
    /// The loop's warnings, and the unit's target warning for this year.
    public var warnings: [DialogueWarning]

    /// The meeting to log next; nil when all five are held.
    public var nextMeeting: TraffTyp? { DialogueRules.nextMeeting(after: meetings.map(\.kind)) }
    /// Questions still waiting for an answer.
    public var openQuestions: [Question] { questions.filter(\.isOpen) }
}
