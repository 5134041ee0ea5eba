/// The handledare rules of Skuggning: places, shortage and who supervises whom, as pure
/// functions over the pool, the participants and the assignments.
public enum SupervisionRules {
    /// The most participants one handledare can be given places for.
    public static let placesRange = 0...10

    /// Parses places typed into a field.
    /// - Returns: the number, or nil unless a whole number 0–10.
    public static func places(_ text: String) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), placesRange.contains(value) else { return nil }
        return value
    }

    /// The day a participant joined the team: her first step's date, or the team's start.
    public static func joined(_ participant: ShadowingParticipant, team: ShadowingTeam) -> LocalDate {
        participant.path.steps.first?.date ?? team.startDate
    }

    /// Whether a participant is in the team on some day of a date range.
    public static func isActive(_ participant: ShadowingParticipant, team: ShadowingTeam, in range: ClosedRange<LocalDate>) -> Bool {
        joined(participant, team: team) <= range.upperBound && (participant.path.left.map { $0.date >= range.lowerBound } ?? true)
    }

    /// The participant's handledare on a day, or nil.
    public static func supervisor(of participantId: Int64, on date: LocalDate,
                                  assignments: [SupervisionAssignment]) -> SupervisionAssignment? {
        assignments.last { $0.participantId == participantId && $0.covers(date) }
    }

    /// How many participants each handledare supervises on a day (those still in the team).
    /// - Returns: medarbetare id → participants.
    public static func load(on date: LocalDate, participants: [ShadowingParticipant], team: ShadowingTeam,
                            assignments: [SupervisionAssignment]) -> [Int64: Int] {
        var load: [Int64: Int] = [:]
        for p in participants where isActive(p, team: team, in: date...date) {
            if let a = supervisor(of: p.id, on: date, assignments: assignments) { load[a.supervisorId, default: 0] += 1 }
        }
        return load
    }

    /// The supervision figures week by week over a date range (clipped to the team's period).
    /// - Returns: one row per ISO week touching the range, oldest first.
    public static func weeks(team: ShadowingTeam, from: LocalDate, to: LocalDate, participants: [ShadowingParticipant],
                             pool: [ShadowingSupervisor], assignments: [SupervisionAssignment]) -> [SupervisionWeek] {
        let start = max(from, team.startDate), end = min(to, team.endDate)
        guard start <= end else { return [] }
        var rows: [SupervisionWeek] = []
        var week = IsoWeek(containing: start)
        while week.monday <= end {
            let days = max(week.monday, start)...min(week.sunday, end)
            let active = participants.filter { isActive($0, team: team, in: days) }
            let inPool = pool.filter { $0.since <= days.upperBound }
            let without = active.filter { p in
                !assignments.contains { $0.participantId == p.id && $0.overlaps(days) }
            }.count
            rows.append(SupervisionWeek(week: week, participants: active.count, supervisors: inPool.count,
                                        places: inPool.reduce(0) { $0 + $1.places }, withoutSupervisor: without))
            week = week.next
        }
        return rows
    }

    /// Checks a new assignment against the participant's latest one: it may not begin
    /// before it (the same day replaces it), nor after the participant left.
    /// - Parameters:
    ///   - from: the new assignment's first day.
    ///   - latest: the participant's latest assignment, if any.
    ///   - participant: the participant.
    ///   - team: her team (the day must be in its period).
    /// - Throws: `ShadowingValidationFailure` at `.date`.
    public static func checkAssignment(from: LocalDate, latest: SupervisionAssignment?, participant: ShadowingParticipant,
                                       team: ShadowingTeam) throws(ShadowingValidationFailure) {
        if !team.period.contains(from) {
            throw ShadowingValidationFailure([.date: .outsidePeriod(start: team.startDate, end: team.endDate)])
        }
        if let left = participant.path.left, from > left.date { throw ShadowingValidationFailure([.date: .leftOn(left.date)]) }
        if let latest, from < latest.from { throw ShadowingValidationFailure([.date: .dateBeforePrevious(latest.from)]) }
    }
}
