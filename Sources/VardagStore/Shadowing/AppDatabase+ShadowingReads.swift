import Foundation
import VardagDomain

/// Skuggning reads, named by what the screens and exports need.
extension AppDatabase {
    /// All skuggningsteam, by name.
    public func shadowingTeams() throws -> [ShadowingTeam] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT * FROM shadowing_team ORDER BY name_key").map(Self.team)
        }
    }

    /// One team, or nil.
    public func shadowingTeam(id: Int64) throws -> ShadowingTeam? {
        try writer.read { db in try Self.shadowingTeam(db, id: id) }
    }

    /// The skuggningsteam this user chose last (see `rememberShadowingTeam`), or nil.
    public func chosenShadowingTeamId() throws -> Int64? {
        try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT team_id FROM shadowing_team_choice WHERE \"user\" = ?", arguments: [user])
        }
    }

    /// The team's supervisors: (medarbetare id, name), by name.
    public func shadowingSupervisors(teamId: Int64) throws -> [(id: Int64, name: String)] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT m.id, m.name FROM shadowing_supervisor s JOIN medarbetare m ON m.id = s.medarbetare_id
                WHERE s.team_id = ? ORDER BY m.sort_key
                """, arguments: [teamId]).map { ($0[0], $0[1]) }
        }
    }

    /// The team's participants with their paths, by name; those who left included.
    public func shadowingParticipants(teamId: Int64) throws -> [ShadowingParticipant] {
        try writer.read { db in try Self.participants(db, teamId: teamId) }
    }

    /// The task catalogue, alphabetical in Swedish order.
    /// - Parameter includeInactive: also retired tasks.
    public func shadowingTasks(includeInactive: Bool = true) throws -> [ShadowingTask] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT * FROM shadowing_task \(includeInactive ? "" : "WHERE active = 1") ORDER BY sort_key")
                .map(Self.task)
        }
    }

    /// Every participant of a team with her entry for a date; participants who had left
    /// by then are left out. Missing entries have `entry == nil`.
    public func dayView(teamId: Int64, date: LocalDate) throws -> [DayViewRow] {
        try writer.read { db in
            let participants = try Self.participants(db, teamId: teamId).filter { p in
                p.path.left.map { $0.date >= date } ?? true
            }
            let ids = try StoreRow.fetchAll(db, sql: "SELECT participant_id, id FROM shadowing_entry WHERE team_id = ? AND date = ?",
                                       arguments: [teamId, date.iso])
            var entries: [Int64: DayEntry] = [:]
            for row in ids { entries[row[0]] = try Self.entry(db, id: row[1]) }
            return participants.map { DayViewRow(participant: $0, entry: entries[$0.id]) }
        }
    }

    /// A participant's entry for a date, or nil.
    public func dayEntry(participantId: Int64, date: LocalDate) throws -> DayEntry? {
        try writer.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM shadowing_entry WHERE participant_id = ? AND date = ?",
                                              arguments: [participantId, date.iso]) else { return nil }
            return try Self.entry(db, id: id)
        }
    }

    /// The participant's latest entry before a date ("copy yesterday": yesterday's, or the
    /// last day she was logged when yesterday was a weekend).
    public func previousDayEntry(participantId: Int64, before date: LocalDate) throws -> DayEntry? {
        try writer.read { db in
            guard let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM shadowing_entry WHERE participant_id = ? AND date < ? ORDER BY date DESC LIMIT 1
                """, arguments: [participantId, date.iso]) else { return nil }
            return try Self.entry(db, id: id)
        }
    }

    /// Recent entries of a team that have lessons, newest first (for linking to hypotheses).
    public func entriesWithLessons(teamId: Int64, limit: Int = 200) throws -> [(entry: DayEntry, participant: String)] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT e.id, p.name FROM shadowing_entry e JOIN shadowing_participant p ON p.id = e.participant_id
                WHERE e.team_id = ? AND e.lessons != '' ORDER BY e.date DESC, p.sort_key LIMIT ?
                """, arguments: [teamId, limit]).compactMap { row in
                try Self.entry(db, id: row[0]).map { ($0, row[1]) }
            }
        }
    }

    /// The team's hypotheses: due ones first (by review date), then the rest by review date.
    public func hypotheses(teamId: Int64) throws -> [Hypothesis] {
        try writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM shadowing_hypothesis WHERE team_id = ? ORDER BY review_date, id",
                               arguments: [teamId]).compactMap { try Self.hypothesis(db, id: $0) }
        }
    }

    /// The analysis figures for a team over a date range.
    ///
    /// One grouped range scan of the covering index gives minutes and counts per task and
    /// judgement; the rest is arithmetic on a few dozen rows in `ShadowingAnalysis`.
    public func shadowingAnalysis(teamId: Int64, from: LocalDate, to: LocalDate) throws -> ShadowingAnalysis {
        try writer.read { db in
            let sums = try Self.taskSums(db, teamId: teamId, from: from, to: to)
            let tasks = Dictionary(uniqueKeysWithValues: try StoreRow.fetchAll(db, sql: "SELECT * FROM shadowing_task").map(Self.task).map { ($0.id, $0) })
            let taskSums = sums.compactMap { row -> ShadowingAnalysis.TaskSum? in
                guard let task = tasks[row[0]], let judgement = TransferJudgement(rawValue: row[1]) else { return nil }
                return ShadowingAnalysis.TaskSum(taskId: task.id, taskName: task.name, category: task.category,
                                                 judgement: judgement, minutes: row[2], observations: row[3])
            }
            var weeks: [IsoWeek: Int] = [:]
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT date, count(*) FROM shadowing_entry WHERE team_id = ? AND date BETWEEN ? AND ? AND lessons != '' GROUP BY date
                """, arguments: [teamId, from.iso, to.iso]) {
                if let date = try? LocalDate.parse(row[0] as String) { weeks[IsoWeek(containing: date), default: 0] += row[1] as Int }
            }
            let participants = try Self.participants(db, teamId: teamId)
            return ShadowingAnalysis(
                sums: taskSums, lessonsPerWeek: weeks.map { ($0.key, $0.value) },
                currentSteps: participants.map(\.path.current),
                outcomes: participants.compactMap { $0.path.left?.outcome })
        }
    }

    /// The team's lärdomar over a date range, grouped by ISO week: each logged day with
    /// lessons, by date and participant.
    /// - Throws: a failed read.
    public func weeklyLessons(teamId: Int64, from: LocalDate, to: LocalDate) throws -> [WeeklyLessons] {
        try writer.read { db in
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT e.date, p.name, e.lessons FROM shadowing_entry e JOIN shadowing_participant p ON p.id = e.participant_id
                WHERE e.team_id = ? AND e.date BETWEEN ? AND ? AND e.lessons != '' ORDER BY e.date, p.sort_key, p.id
                """, arguments: [teamId, from.iso, to.iso])
            return WeeklyLessons.grouped(rows.compactMap { r in
                (try? LocalDate.parse(r[0] as String)).map { WeeklyLessons.Lesson(date: $0, participant: r[1], text: r[2]) }
            })
        }
    }

    /// Minutes and counts per task and judgement over a date range: whole months from the
    /// monthly sums, the partial months at either end from the observations.
    static func taskSums(_ db: any StoreConnection, teamId: Int64, from: LocalDate, to: LocalDate) throws -> [StoreRow] {
        guard from <= to else { return [] }
        // The first day of the first whole month, and the first day of the month after the last whole month.
        let firstWhole = from.day == 1 ? from : try LocalDate(year: from.month == 12 ? from.year + 1 : from.year, month: from.month % 12 + 1, day: 1)
        let lastDayOfToMonth = LocalDate.daysInMonth(year: to.year, month: to.month)
        let afterWhole = to.day == lastDayOfToMonth ? to.adding(days: 1) : try LocalDate(year: to.year, month: to.month, day: 1)
        var parts: [(sql: String, arguments: StoreArguments)] = []
        if firstWhole < afterWhole {
            parts.append(("""
                SELECT task_id, judgement, minutes, observations FROM shadowing_month_sum
                WHERE team_id = ? AND month >= ? AND month < ?
                """, [teamId, String(firstWhole.iso.prefix(7)), String(afterWhole.iso.prefix(7))]))
            if from < firstWhole { parts.append(observationSum(teamId, from, firstWhole.adding(days: -1))) }
            if afterWhole <= to { parts.append(observationSum(teamId, afterWhole, to)) }
        } else {
            parts.append(observationSum(teamId, from, to))
        }
        let union = parts.map(\.sql).joined(separator: " UNION ALL ")
        var arguments = StoreArguments()
        for part in parts { arguments += part.arguments }
        return try StoreRow.fetchAll(db, sql: """
            SELECT task_id, judgement, sum(minutes), sum(observations) FROM (\(union)) AS observed
            GROUP BY task_id, judgement HAVING sum(observations) > 0
            """, arguments: arguments)
    }

    private static func observationSum(_ teamId: Int64, _ from: LocalDate, _ to: LocalDate) -> (sql: String, arguments: StoreArguments) {
        ("""
         SELECT task_id, judgement, sum(minutes) AS minutes, count(*) AS observations FROM shadowing_observation
         WHERE team_id = ? AND date BETWEEN ? AND ? GROUP BY task_id, judgement
         """, [teamId, from.iso, to.iso])
    }

    /// The number of observed tasks stored (all teams).
    public func observationCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM shadowing_observation") ?? 0 }
    }

    // MARK: StoreRow mapping (inside a transaction)

    static func team(_ row: StoreRow) throws -> ShadowingTeam {
        ShadowingTeam(id: row["id"], kommunId: row["kommun_id"], hostTeamId: row["host_team_id"], name: row["name"],
                      startDate: try LocalDate.parse(row["start_date"] as String), endDate: try LocalDate.parse(row["end_date"] as String))
    }

    @_spi(Seeding) public static func task(_ row: StoreRow) -> ShadowingTask {
        ShadowingTask(id: row["id"], name: row["name"], category: ShadowingCategory(rawValue: row["category"]) ?? .annat,
                      defaultJudgement: TransferJudgement(rawValue: row["default_judgement"]) ?? .no,
                      defaultMinutes: row["default_minutes"], active: row["active"])
    }

    static func shadowingTeam(_ db: any StoreConnection, id: Int64) throws -> ShadowingTeam? {
        try StoreRow.fetchOne(db, sql: "SELECT * FROM shadowing_team WHERE id = ?", arguments: [id]).map(team)
    }

    static func shadowingTask(_ db: any StoreConnection, id: Int64) throws -> ShadowingTask {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT * FROM shadowing_task WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(entity: "shadowing_task", id: id)
        }
        return task(row)
    }

    static func participants(_ db: any StoreConnection, teamId: Int64) throws -> [ShadowingParticipant] {
        let rows = try StoreRow.fetchAll(db, sql: "SELECT * FROM shadowing_participant WHERE team_id = ? ORDER BY sort_key, id", arguments: [teamId])
        var steps: [Int64: [(PathStep, LocalDate)]] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT s.participant_id, s.step, s.date FROM shadowing_step s
            JOIN shadowing_participant p ON p.id = s.participant_id WHERE p.team_id = ?
            """, arguments: [teamId]) {
            if let step = PathStep(rawValue: row[1]), let date = try? LocalDate.parse(row[2] as String) {
                steps[row[0], default: []].append((step, date))
            }
        }
        let ladders = try ladderSteps(db, teamId: teamId)
        let employments = try employments(db, teamId: teamId)
        return rows.map { row in
            let id: Int64 = row["id"]
            var left: (LocalDate, PathOutcome)?
            if let on = row["left_on"] as String?, let date = try? LocalDate.parse(on),
               let outcome = PathOutcome(rawValue: row["outcome"] ?? "") { left = (date, outcome) }
            return ShadowingParticipant(id: id, teamId: row["team_id"], name: row["name"],
                                        path: ParticipantPath(steps: steps[id] ?? [], left: left),
                                        ladder: ParticipantLadder(ladders[id] ?? []), employment: employments[id])
        }
    }

    static func path(_ db: any StoreConnection, participantId: Int64) throws -> ParticipantPath {
        guard let teamId = try Int64.fetchOne(db, sql: "SELECT team_id FROM shadowing_participant WHERE id = ?", arguments: [participantId]) else {
            throw StoreError.notFound(entity: "shadowing_participant", id: participantId)
        }
        return try participants(db, teamId: teamId).first { $0.id == participantId }!.path
    }

    static func entry(_ db: any StoreConnection, id: Int64) throws -> DayEntry? {
        guard let row = try StoreRow.fetchOne(db, sql: """
            SELECT e.*, m.name AS staff_name FROM shadowing_entry e LEFT JOIN medarbetare m ON m.id = e.staff_id WHERE e.id = ?
            """, arguments: [id]) else { return nil }
        let tasks = try StoreRow.fetchAll(db.cachedStatement(sql: """
            SELECT o.task_id, t.name, t.category, o.minutes, o.judgement FROM shadowing_observation o
            JOIN shadowing_task t ON t.id = o.task_id WHERE o.entry_id = ? ORDER BY o.position
            """), arguments: [id]).map { r in
            ObservedTask(taskId: r[0], taskName: r[1], category: ShadowingCategory(rawValue: r[2]) ?? .annat,
                         minutes: r[3], judgement: TransferJudgement(rawValue: r[4]) ?? .no)
        }
        return DayEntry(id: id, teamId: row["team_id"], participantId: row["participant_id"],
                        date: try LocalDate.parse(row["date"] as String), role: ShadowedRole(rawValue: row["role"]) ?? .underskoterska,
                        staffId: row["staff_id"], staffName: row["staff_name"], tasks: tasks, lessons: row["lessons"])
    }

    static func hypothesis(_ db: any StoreConnection, id: Int64) throws -> Hypothesis? {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT * FROM shadowing_hypothesis WHERE id = ?", arguments: [id]) else { return nil }
        let links = try Int64.fetchAll(db, sql: "SELECT entry_id FROM shadowing_hypothesis_link WHERE hypothesis_id = ? ORDER BY entry_id", arguments: [id])
        return Hypothesis(id: id, teamId: row["team_id"], statement: row["statement"],
                          status: HypothesisStatus(rawValue: row["status"]) ?? .attProva,
                          reviewDate: try LocalDate.parse(row["review_date"] as String), linkedEntryIds: links,
                          conclusion: row["conclusion"])
    }
}
