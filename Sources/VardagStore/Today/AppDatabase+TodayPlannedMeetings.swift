import VardagDomain

/// The Idag list's planned träffar: the slingor a vägledare leads whose next träff is planned
/// within the coming days, or was planned for a day that has passed without it being held.
extension AppDatabase {
    /// How many days ahead of today Idag lists planned träffar (today and the next seven).
    public static let todayPlannedDays = 7

    /// The planned next träffar of the unfinished slingor the guide is assigned to: first those
    /// whose planned day has passed without the träff being held (logging it spends the plan),
    /// oldest first, then those planned from today to `todayPlannedDays` days ahead, soonest first.
    /// - Parameters:
    ///   - guideId: the vägledare's medarbetare id.
    ///   - today: the day.
    /// - Returns: `.plannedMeeting` items.
    /// - Throws: the store's errors.
    public func plannedMeetings(guideId: Int64, today: LocalDate) throws -> [TodayItem] {
        let last = today.adding(days: Self.todayPlannedDays)
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT l.id, l.theme, e.name, (SELECT max(seq) FROM dialogue_meeting m WHERE m.loop_id = l.id), l.next_planned_on
                FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id
                WHERE lg.guide_id = ? AND l.finished_on IS NULL AND l.next_planned_on IS NOT NULL AND l.next_planned_on <= ?
                ORDER BY l.next_planned_on, l.id
                """, arguments: [guideId, last.iso]).compactMap { row in
                guard let next = Self.next(afterSeq: row[3]), let on = Self.date(row[4]) else { return nil }
                return .plannedMeeting(loopId: row[0], theme: row[1], enhetName: row[2], meeting: next, on: on,
                                       daysAway: today.days(to: on))
            }
        }
    }
}
