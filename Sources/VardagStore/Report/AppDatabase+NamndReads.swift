import VardagDomain

/// The reads of the nämnd report's tool sections: a kommun's figures for one month, as
/// counts and sums (no person's row leaves the store). They read what the login may read,
/// as every read does: on PostgreSQL a login sees the teams, units and slingor of its
/// scope, so the report made by a login and the exports made by the same login agree.
extension AppDatabase {
    /// Fyrfältaren for a kommun's month: per active team, over its active members, the
    /// raters, ratings and ratings in tung over the month's periods
    /// (`NamndWorkloadMonth.periods(in:kind:)`), the people flagged heavy in any of them
    /// (the overview's own read and `HeavyFlag` rule), and the time diaries of the month's days.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - month: the month.
    /// - Returns: the periods and the teams in unit and team order (teams without data included).
    /// - Throws: the store's errors.
    public func namndWorkload(kommunId: Int64, month: StaffMonth) throws -> NamndWorkloadMonth {
        try writer.read { db in
            let settings = try Self.fetchWorkloadSettings(db)
            let periods = NamndWorkloadMonth.periods(in: month, kind: settings.periodKind)
            var teams = try StoreRow.fetchAll(db, sql: """
                SELECT t.id, e.name, t.name FROM team t JOIN enhet e ON e.id = t.enhet_id
                WHERE e.kommun_id = ? AND t.active = 1 AND e.active = 1
                ORDER BY e.sort_key, e.id, t.sort_key, t.id
                """, arguments: [kommunId]).map { NamndWorkloadTeam(teamId: $0[0], enhetName: $0[1], teamName: $0[2]) }
            let index = Dictionary(uniqueKeysWithValues: teams.enumerated().map { ($1.teamId, $0) })
            if !periods.isEmpty {
                var arguments: [any StoreValueConvertible] = [settings.highThreshold, settings.highThreshold, kommunId]
                arguments += periods.map(\.description)
                for row in try StoreRow.fetchAll(db, sql: """
                    SELECT m.team_id, count(DISTINCT m.id), count(*), count(*) FILTER (WHERE r.time >= ? AND r.difficulty >= ?)
                    FROM workload_rating r
                    JOIN medarbetare m ON m.id = r.medarbetare_id
                    JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                    WHERE e.kommun_id = ? AND m.active = 1 AND r.period IN (\(periods.map { _ in "?" }.joined(separator: ", ")))
                    GROUP BY m.team_id
                    """, arguments: StoreArguments(arguments)) {
                    guard let i = index[row[0] as Int64] else { continue }
                    teams[i].raters = row[1]
                    teams[i].ratings = row[2]
                    teams[i].tung = row[3]
                }
            }
            let first = month.firstDay, last = month.lastDay
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT m.team_id, count(DISTINCT m.id), sum(CASE WHEN d.category = 'direkt' THEN d.minutes ELSE 0 END), sum(d.minutes)
                FROM timediary_entry d
                JOIN medarbetare m ON m.id = d.medarbetare_id
                JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE e.kommun_id = ? AND m.active = 1 AND d.day BETWEEN ? AND ?
                GROUP BY m.team_id
                """, arguments: [kommunId, first.iso, last.iso]) {
                guard let i = index[row[0] as Int64] else { continue }
                teams[i].diaryKeepers = row[1]
                teams[i].directMinutes = row[2]
                teams[i].loggedMinutes = row[3]
            }
            // The month's periods are consecutive: one overview read per team reaches back far
            // enough for the flag of each (the `heavyPeriodsInRow` periods ending with it).
            let run = max(1, settings.heavyPeriodsInRow)
            if let lastPeriod = periods.last {
                for i in teams.indices where teams[i].raters > 0 {
                    let rows = try Self.overviewRows(db, teamId: teams[i].teamId, period: lastPeriod,
                                                     periods: periods.count + run - 1, settings: settings)
                    teams[i].heavy = rows.filter { row in
                        (0..<periods.count).contains { j in HeavyFlag.isRaised(Array(row.history.prefix(run + j)), settings: settings) }
                    }.count
                }
            }
            return NamndWorkloadMonth(periods: periods, teams: teams)
        }
    }

    /// Delaktighetsmodellen for a kommun, the year to a month's end: per active unit its
    /// target and the slingor, relay questions and actions `NamndDialogueUnit` describes.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - month: the month (its year is the target's year).
    /// - Returns: the units in name order.
    /// - Throws: the store's errors.
    public func namndDialogue(kommunId: Int64, month: StaffMonth) throws -> [NamndDialogueUnit] {
        let (from, _) = Self.yearBounds(month.year)
        let to = month.lastDay.iso
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT e.id, e.name, t.target,
                    (SELECT count(*) FROM dialogue_loop l WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ?),
                    (SELECT count(*) FROM dialogue_loop l WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ?
                        AND l.finished_on <= ?),
                    (SELECT count(*) FROM dialogue_question q JOIN dialogue_loop l ON l.id = q.loop_id
                        JOIN dialogue_meeting a ON a.id = q.asked_meeting_id
                        WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ? AND a.held_on <= ?),
                    (SELECT count(*) FROM dialogue_question q JOIN dialogue_loop l ON l.id = q.loop_id
                        JOIN dialogue_meeting a ON a.id = q.answered_meeting_id
                        WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ? AND a.held_on <= ?),
                    (SELECT count(*) FROM dialogue_action x JOIN dialogue_loop l ON l.id = x.loop_id
                        WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ?),
                    (SELECT count(*) FROM dialogue_action x JOIN dialogue_loop l ON l.id = x.loop_id
                        WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ? AND x.status = 'klar'),
                    (SELECT count(*) FROM dialogue_action x JOIN dialogue_loop l ON l.id = x.loop_id
                        WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on <= ? AND x.fed_back = 1)
                FROM enhet e
                LEFT JOIN dialogue_target t ON t.enhet_id = e.id AND t.year = ?
                WHERE e.kommun_id = ? AND e.active = 1
                ORDER BY e.sort_key, e.id
                """, arguments: [from, to, from, to, to, from, to, to, from, to, to, from, to, from, to, from, to,
                                 month.year, kommunId]).map { row in
                NamndDialogueUnit(enhetId: row[0], enhetName: row[1], target: row[2], held: row[3], finished: row[4],
                                  questionsAsked: row[5], questionsAnswered: row[6], actions: row[7], actionsDone: row[8],
                                  actionsFedBack: row[9])
            }
        }
    }

    /// Whether this login's reads cover every row, so that a kommun's figures read through
    /// it are the whole kommun's: on SQLite always (the file is owner-only and its reads are
    /// not scoped), on PostgreSQL for the data's owner and a systemförvaltare, whose
    /// row-level security lets every row through. Another login reads only its scope.
    /// - Throws: the store's errors.
    public func readsEveryRow() throws -> Bool {
        try writer.read { db in try db.dialect == .sqlite || Self.viewer(db, login: user).seesEverything }
    }

    /// The id of the kommun with this name (ignoring case and Unicode form), or nil.
    /// - Parameter name: the name.
    /// - Throws: the store's errors.
    public func kommunId(named name: String) throws -> Int64? {
        try writer.read { db in
            try StoreRow.fetchOne(db, sql: "SELECT id FROM kommun WHERE name_key = ?",
                                  arguments: [RegisterName.uniquenessKey(name)]).map { $0[0] as Int64 }
        }
    }
}

extension AppDatabase {
    /// Skuggning for a kommun's month: each of its skuggningsteam whose period meets the
    /// month, with `shadowingAnalysis` over the month's days (the same figures as
    /// `vardag export shadowing --kind summary --team NAME --from FIRST --to LAST`).
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - month: the month.
    /// - Throws: the store's errors.
    public func namndShadowing(kommunId: Int64, month: StaffMonth) throws -> [NamndShadowingTeam] {
        try shadowingTeams().filter { $0.kommunId == kommunId && $0.startDate <= month.lastDay && $0.endDate >= month.firstDay }
            .map { NamndShadowingTeam(team: $0, analysis: try shadowingAnalysis(teamId: $0.id, from: month.firstDay, to: month.lastDay)) }
    }

    /// Kompetenstrappa for a kommun: its active people with their gaps as
    /// `vardag export competence --kind gaps` assesses them on `today`, and the plan items
    /// whose target date falls in the month's quarter.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - month: the month (its quarter).
    ///   - today: the day gaps are judged on.
    /// - Throws: the store's errors.
    public func namndCompetence(kommunId: Int64, month: StaffMonth, today: LocalDate) throws -> NamndCompetence {
        let titles = Dictionary(uniqueKeysWithValues: try competenceTitles().map { ($0.id, $0) })
        let ladders = try competenceLadders()
        let people = try competencePeople(.kommun(kommunId))
        let quarter = Quarter(month.firstDay)
        let units = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.enhetId) })
        let items = try competencePlanItems(.kommun(kommunId)).filter { Quarter($0.targetDate) == quarter }
            .compactMap { item in units[item.medarbetareId].map { NamndCompetence.PlanEntry(enhetId: $0, status: item.status) } }
        return NamndCompetence(people: people.map { person in
            let title = person.mapping.titleId.flatMap { titles[$0] }
            let assessment = CompetenceAssessment.assess(mapping: person.mapping, title: title, hasLadder: ladders[person.omrade] != nil,
                                                         plannedSteps: person.plannedSteps, today: today)
            return NamndCompetence.Person(enhetId: person.enhetId, enhetName: person.enhetName, isManager: person.isManager,
                                          title: title?.name ?? person.registerTitle, gaps: assessment.gaps.count)
        }, quarter: quarter, planItems: items)
    }
}
