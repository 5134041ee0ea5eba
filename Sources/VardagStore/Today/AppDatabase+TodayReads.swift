import VardagDomain

/// The Idag list: what is due for the person working, by the roles she holds.
///
/// Each read is named by what it finds and runs the same on SQLite and PostgreSQL; where a
/// tool already has the rule (the heavy flag, the day view, a hypothesis being due, the
/// protected title) the read goes through that tool's read, so Idag and the tool agree.
extension AppDatabase {
    /// How many lines of one kind a section holds before it says "and N more".
    public static let todaySectionLimit = 6

    /// Everything due for a viewer today, one section per grant (medarbetare first, as the
    /// roles are ordered), each kept to `todaySectionLimit` lines of each kind.
    /// - Parameters:
    ///   - viewer: who is working; a viewer without a person has no list.
    ///   - today: the day.
    /// - Returns: the sections; a role with nothing due gives an empty section.
    /// - Throws: the store's errors.
    public func dueToday(for viewer: Viewer, today: LocalDate) throws -> [TodaySection] {
        guard let personId = viewer.personId else { return [] }
        let limit = Self.todaySectionLimit
        let settings = try workloadSettings()
        let period = WorkloadPeriod(containing: today, kind: settings.periodKind)
        var sections: [TodaySection] = []
        let grants = viewer.grants.sorted {
            (AccessRole.allCases.firstIndex(of: $0.role) ?? 0, $0.scope?.name ?? "") < (AccessRole.allCases.firstIndex(of: $1.role) ?? 0, $1.scope?.name ?? "")
        }
        for grant in grants {
            let scope = grant.scope
            switch grant.role {
            case .medarbetare:
                sections.append(.capped(.medarbetare, nil, try casesAwaitingRating(medarbetareId: personId, period: period),
                                        try reviewsDue(medarbetareId: personId, today: today), limit: limit))
            case .teamledare:
                guard let scope else { continue }
                sections.append(.capped(.teamledare, scope.name,
                                        try heavyMembers(teamId: scope.id, teamName: scope.name, period: period, settings: settings),
                                        try reviewsDue(teamId: scope.id, today: today), limit: limit))
            case .enhetschef:
                guard let scope else { continue }
                sections.append(.capped(.enhetschef, scope.name, try heavyMembers(enhetId: scope.id, period: period, settings: settings),
                                        try overdueActions(enhetId: scope.id, today: today), limit: limit))
            case .vagledare:
                sections.append(.capped(.vagledare, nil, try plannedMeetings(guideId: personId, today: today),
                                        try nextMeetings(guideId: personId, today: today),
                                        try overdueActions(guideId: personId, today: today), limit: limit))
            case .handledare:
                guard let scope else { continue }
                sections.append(.capped(.handledare, scope.name, try missingLogs(shadowingTeamId: scope.id, date: today),
                                        try hypothesesDue(shadowingTeamId: scope.id, today: today), limit: limit))
            case .kompetensstrateg:
                guard let scope else { continue }
                sections.append(.capped(.kompetensstrateg, scope.name, try planStepsDue(kommunId: scope.id, today: today),
                                        try protectedTitleHoldersWithoutCertificate(kommunId: scope.id, today: today), limit: limit))
            case .regionalSamordnare:
                sections.append(.capped(.regionalSamordnare, nil, try overdueActionsByKommun(today: today), limit: limit))
            case .systemforvaltare:
                sections.append(TodaySection(role: .systemforvaltare, scopeName: nil,
                                             items: [.register(activeStaff: try counts().activeMedarbetare)]))
            }
        }
        return sections
    }

    // MARK: Fyrfältaren

    /// Her cases rated last period and not yet this period: those the grid's copy-forward
    /// (`copyForward`) would carry into `period`, in reference order.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: this period.
    /// - Throws: the store's errors.
    public func casesAwaitingRating(medarbetareId: Int64, period: WorkloadPeriod) throws -> [TodayItem] {
        try writer.read { db in
            let previous = try Self.carriedCases(db, period: period.previous, intoOwner: medarbetareId)
            let rated = Set(try Int64.fetchAll(db, sql: """
                SELECT r.case_id FROM workload_rating r JOIN workload_case c ON c.id = r.case_id
                WHERE r.period = ? AND (r.medarbetare_id = ? OR c.medarbetare_id = ?)
                """, arguments: [period.description, medarbetareId, medarbetareId]))
            let carries = CopyForward.carries(from: previous, to: medarbetareId, alreadyRated: rated)
            guard !carries.isEmpty else { return [] }
            let ids = carries.map(\.caseId)
            let references = Dictionary(uniqueKeysWithValues: try StoreRow.fetchAll(db, sql: """
                SELECT id, reference FROM workload_case WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
                """, arguments: StoreArguments(ids)).map { (row: StoreRow) -> (Int64, String) in (row[0], row[1]) })
            return carries.compactMap { carry -> (Int64, String)? in references[carry.caseId].map { (carry.caseId, $0) } }
                .sorted { $0.1.compare($1.1, options: [.numeric, .caseInsensitive]) == .orderedAscending }
                .map { .awaitingRating(caseId: $0.0, reference: $0.1, medarbetareId: medarbetareId, period: period) }
        }
    }

    /// Her cases whose latest decision is kan vänta with a review date today or earlier, earliest first.
    /// - Parameters:
    ///   - medarbetareId: the case owner.
    ///   - today: the day.
    /// - Throws: the store's errors.
    public func reviewsDue(medarbetareId: Int64, today: LocalDate) throws -> [TodayItem] {
        try reviewsDue(filter: "c.medarbetare_id = ?", medarbetareId, today: today)
    }

    /// The cases of a team's active members whose latest decision is kan vänta with a review
    /// date today or earlier, earliest first (the waiting list's due rows).
    /// - Parameters:
    ///   - teamId: the team.
    ///   - today: the day.
    /// - Throws: the store's errors.
    public func reviewsDue(teamId: Int64, today: LocalDate) throws -> [TodayItem] {
        try reviewsDue(filter: "m.team_id = ? AND m.active = 1", teamId, today: today)
    }

    private func reviewsDue(filter: String, _ id: Int64, today: LocalDate) throws -> [TodayItem] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT c.id, c.reference, m.id, m.name, d.review_date
                FROM workload_case c
                JOIN medarbetare m ON m.id = c.medarbetare_id
                JOIN workload_decision d ON d.id = (SELECT max(id) FROM workload_decision WHERE case_id = c.id)
                WHERE \(filter) AND d.kind = 'kan_vanta' AND d.review_date <= ?
                ORDER BY d.review_date, c.reference, c.id
                """, arguments: [id, today.iso]).compactMap { row in
                guard let date = Self.date(row[4]) else { return nil }
                return .reviewDue(caseId: row[0], reference: row[1], medarbetareId: row[2], medarbetareName: row[3], reviewDate: date)
            }
        }
    }

    /// The team's active members the overview flags heavy in `period` (the overview's own rule and read).
    /// - Throws: the store's errors.
    public func heavyMembers(teamId: Int64, teamName: String, period: WorkloadPeriod, settings: WorkloadSettings) throws -> [TodayItem] {
        try workloadOverview(teamId: teamId, period: period, settings: settings).filter(\.flagged).map {
            .heavy(medarbetareId: $0.id, name: $0.name, teamName: teamName, period: period)
        }
    }

    /// The heavy-flagged members of every active team of a unit, team by team.
    /// - Throws: the store's errors.
    public func heavyMembers(enhetId: Int64, period: WorkloadPeriod, settings: WorkloadSettings) throws -> [TodayItem] {
        let teams = try writer.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT id, name FROM team WHERE enhet_id = ? AND active = 1 ORDER BY sort_key, id",
                                  arguments: [enhetId]).map { (id: $0[0] as Int64, name: $0[1] as String) }
        }
        return try teams.flatMap { try heavyMembers(teamId: $0.id, teamName: $0.name, period: period, settings: settings) }
    }

    // MARK: Delaktighetsmodellen

    /// The meeting to log next in each unfinished slinga the guide is assigned to, earliest planned start first,
    /// leaving out those `plannedMeetings` lists (a next träff planned up to `todayPlannedDays` days ahead, or passed).
    /// - Parameters:
    ///   - guideId: the vägledare's medarbetare id.
    ///   - today: the day.
    /// - Throws: the store's errors.
    public func nextMeetings(guideId: Int64, today: LocalDate) throws -> [TodayItem] {
        let last = today.adding(days: Self.todayPlannedDays)
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT l.id, l.theme, e.name, (SELECT max(seq) FROM dialogue_meeting m WHERE m.loop_id = l.id)
                FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id JOIN enhet e ON e.id = l.enhet_id
                WHERE lg.guide_id = ? AND l.finished_on IS NULL AND (l.next_planned_on IS NULL OR l.next_planned_on > ?)
                ORDER BY coalesce(l.started_on, l.planned_start), l.id
                """, arguments: [guideId, last.iso]).compactMap { row in
                guard let next = Self.next(afterSeq: row[3]) else { return nil }
                return .nextMeeting(loopId: row[0], theme: row[1], enhetName: row[2], meeting: next)
            }
        }
    }

    /// Åtgärder past their date and not done in the slingor the guide is assigned to, oldest first.
    /// - Throws: the store's errors.
    public func overdueActions(guideId: Int64, today: LocalDate) throws -> [TodayItem] {
        try overdueActions(filter: "l.id IN (SELECT loop_id FROM dialogue_loop_guide WHERE guide_id = ?)", guideId, today: today)
    }

    /// Åtgärder past their date and not done in a unit's slingor, oldest first.
    /// - Throws: the store's errors.
    public func overdueActions(enhetId: Int64, today: LocalDate) throws -> [TodayItem] {
        try overdueActions(filter: "l.enhet_id = ?", enhetId, today: today)
    }

    private func overdueActions(filter: String, _ id: Int64, today: LocalDate) throws -> [TodayItem] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT a.id, a.loop_id, a.what, a.due_date, e.name
                FROM dialogue_action a JOIN dialogue_loop l ON l.id = a.loop_id JOIN enhet e ON e.id = l.enhet_id
                WHERE \(filter) AND a.status != 'klar' AND a.due_date < ?
                ORDER BY a.due_date, a.id
                """, arguments: [id, today.iso]).compactMap { row in
                guard let due = Self.date(row[3]) else { return nil }
                return .overdueAction(loopId: row[1], actionId: row[0], what: row[2], due: due, enhetName: row[4])
            }
        }
    }

    /// Per kommun, how many åtgärder in its slingor are overdue: counts only, for the regional view.
    /// They come from `dialogue_open_actions` (`v16-dialogue-open-actions`), which on PostgreSQL
    /// counts past the row-level security: the regional samordnare reads no slinga herself.
    /// - Throws: the store's errors.
    public func overdueActionsByKommun(today: LocalDate) throws -> [TodayItem] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT k.id, k.name, CAST(sum(a.actions) AS BIGINT)
                FROM dialogue_open_actions a JOIN kommun k ON k.id = a.kommun_id
                WHERE a.due_date < ?
                GROUP BY k.id, k.name, k.sort_key
                ORDER BY sum(a.actions) DESC, k.sort_key
                """, arguments: [today.iso]).map { .kommunOverdueActions(kommunId: $0[0], kommunName: $0[1], count: $0[2]) }
        }
    }

    // MARK: Skuggning

    /// The team's participants without a day entry for `date`, as the day view lists them;
    /// none when the date lies outside the team's period, and none who had left before it.
    /// - Throws: the store's errors.
    public func missingLogs(shadowingTeamId: Int64, date: LocalDate) throws -> [TodayItem] {
        guard let team = try shadowingTeam(id: shadowingTeamId) else { return [] }
        return try dayView(teamId: team.id, date: date).filter {
            $0.entry == nil && ShadowingRules.dayProblem(on: date, period: team.period, participant: $0.participant) == nil
        }.map {
            .missingLog(teamId: team.id, teamName: team.name, participantId: $0.participant.id, participantName: $0.participant.name, date: date)
        }
    }

    /// The team's open hypotheses whose review date has come, earliest first.
    /// - Throws: the store's errors.
    public func hypothesesDue(shadowingTeamId: Int64, today: LocalDate) throws -> [TodayItem] {
        try hypotheses(teamId: shadowingTeamId).filter { $0.isDue(on: today) }
            .sorted { ($0.reviewDate, $0.id) < ($1.reviewDate, $1.id) }
            .map { .hypothesisDue(teamId: $0.teamId, hypothesisId: $0.id, statement: $0.statement, reviewDate: $0.reviewDate) }
    }

    // MARK: Kompetenstrappa

    /// Open plan items of the kommun's active staff whose target date falls in this quarter or before, earliest first.
    /// - Throws: the store's errors.
    public func planStepsDue(kommunId: Int64, today: LocalDate) throws -> [TodayItem] {
        let quarter = Quarter(today)
        let people = Dictionary(uniqueKeysWithValues: try competencePeople(.kommun(kommunId)).map { ($0.id, $0) })
        return try competencePlanItems(.kommun(kommunId)).filter { $0.status.isOpen && Quarter($0.targetDate) <= quarter }
            .compactMap { item in
                guard let person = people[item.medarbetareId] else { return nil }
                return .planStepDue(enhetId: person.enhetId, planItemId: item.id, medarbetareId: person.id, name: person.name,
                                    step: item.step, course: item.course, targetDate: item.targetDate)
            }
    }

    /// The kommun's active staff whose title is protected (undersköterska) and who have neither
    /// the certificate nor the right to the transition, judged by `ProtectedTitleRule` as the
    /// competence grid does (an unmapped person counts by her register title, with nothing recorded).
    /// - Throws: the store's errors.
    public func protectedTitleHoldersWithoutCertificate(kommunId: Int64, today: LocalDate) throws -> [TodayItem] {
        let protected = Set(try competenceTitles().filter(\.protected).map(\.id))
        return try competencePeople(.kommun(kommunId)).filter { person in
            guard let title = person.mapping.titleId, protected.contains(title) else { return false }
            return ProtectedTitleRule.standing(certificate: person.mapping.certificate,
                                               employedAsTitleOnProtectionDay: person.mapping.employedOnProtectionDay,
                                               today: today) == .missingCertificate
        }.map { .missingCertificate(enhetId: $0.enhetId, medarbetareId: $0.id, name: $0.name, enhetName: $0.enhetName) }
    }
}
