/// A day's log for one participant as typed, before the rules have checked it.
public struct DayEntryDraft: Hashable, Sendable {
    /// One observed task as typed.
    public struct TaskLine: Hashable, Sendable {
        /// The catalogue task, or nil when nothing was picked.
        public var taskId: Int64?
        /// The minutes as typed.
        public var minutes: String
        public var judgement: TransferJudgement

        public init(taskId: Int64?, minutes: String, judgement: TransferJudgement) {
            self.taskId = taskId
            self.minutes = minutes
            self.judgement = judgement
        }
    }

    public var teamId: Int64
    public var participantId: Int64?
    /// The date as typed (YYYY-MM-DD).
    public var date: String
    public var role: ShadowedRole
    /// The staff member of the host team who was shadowed, or nil for the role alone.
    public var staffId: Int64?
    public var tasks: [TaskLine]
    /// Lärdomar: free text, never brukare names.
    public var lessons: String

    public init(teamId: Int64, participantId: Int64?, date: String, role: ShadowedRole, staffId: Int64? = nil,
                tasks: [TaskLine], lessons: String) {
        self.teamId = teamId
        self.participantId = participantId
        self.date = date
        self.role = role
        self.staffId = staffId
        self.tasks = tasks
        self.lessons = lessons
    }
}
