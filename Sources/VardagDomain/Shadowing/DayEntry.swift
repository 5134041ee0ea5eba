/// A stored day's log for one participant: whom she shadowed, the tasks seen, the lessons.
public struct DayEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var teamId: Int64
    public var participantId: Int64
    public var date: LocalDate
    public var role: ShadowedRole
    /// The staff member of the host team who was shadowed, when the supervisor named her.
    public var staffId: Int64?
    /// Her name as the register has it now (nil when none was named).
    public var staffName: String?
    public var tasks: [ObservedTask]
    public var lessons: String

    public init(id: Int64, teamId: Int64, participantId: Int64, date: LocalDate, role: ShadowedRole,
                staffId: Int64? = nil, staffName: String? = nil, tasks: [ObservedTask], lessons: String) {
        self.id = id; self.teamId = teamId; self.participantId = participantId; self.date = date
        self.role = role; self.staffId = staffId; self.staffName = staffName; self.tasks = tasks; self.lessons = lessons
    }

    /// The observed minutes of the day.
    public var totalMinutes: Int { tasks.reduce(0) { $0 + $1.minutes } }

    /// The entry as a draft for another date: the "copy yesterday" starting point.
    /// - Parameter date: the new date.
    /// - Returns: the same role, staff member and tasks, with empty lessons (lessons are the day's own).
    public func draft(for date: LocalDate) -> DayEntryDraft {
        DayEntryDraft(
            teamId: teamId, participantId: participantId, date: date.iso, role: role, staffId: staffId,
            tasks: tasks.map { .init(taskId: $0.taskId, minutes: String($0.minutes), judgement: $0.judgement) },
            lessons: "")
    }
}
