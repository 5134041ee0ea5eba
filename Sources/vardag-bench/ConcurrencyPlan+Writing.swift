import VardagDomain
import VardagStore

extension ConcurrencyPlan.Write {
    /// Makes the write through the store's intent, as the app's screens do.
    /// - Parameters:
    ///   - store: the database.
    ///   - today: today, for the period rules.
    ///   - period: the Fyrfältaren period of the cases.
    /// - Throws: whatever the intent throws; the benchmark counts it as an error.
    func perform(on store: AppDatabase, today: LocalDate, period: WorkloadPeriod) throws {
        switch self {
        case let .rating(medarbetareId, reference, time, difficulty):
            try store.addCase(medarbetareId: medarbetareId, period: period,
                              draft: CaseDraft(reference: reference, time: String(time), difficulty: String(difficulty)), today: today)
        case let .diary(medarbetareId, day, category, minutes):
            try store.setDiaryMinutes(medarbetareId: medarbetareId, day: day, category: TimeCategory(rawValue: category)!,
                                      minutes: String(minutes), today: today)
        case let .observation(teamId, participantId, date, taskIds, minutes, lessons):
            try store.saveDayEntry(DayEntryDraft(
                teamId: teamId, participantId: participantId, date: date, role: .underskoterska,
                tasks: taskIds.map { .init(taskId: $0, minutes: String(minutes), judgement: .yes) }, lessons: lessons))
        case let .meeting(loopId, kind, date, guide1, guide2):
            try store.logMeeting(MeetingDraft(loopId: loopId, kind: TraffTyp(rawValue: kind)!, date: date, guide1: guide1, guide2: guide2,
                                              brukareCount: "4", staffCount: "3", notes: "Bänk"), today: today)
        }
    }
}
