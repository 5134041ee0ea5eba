import VardagDomain

/// Dialogue reads, named by what the screens, exports and reports need.
extension AppDatabase {
    // MARK: Guide pool

    /// The regional guide pool with each guide's open assignments and slingor led in a year.
    ///
    /// The counts come from `dialogue_guide_assignment`, which on PostgreSQL is read past the
    /// row-level security: a vägledare or regional samordnare sees every guide's load, not only
    /// the slingor she may open.
    /// - Parameter year: the year for "led this year".
    /// - Returns: the guides by kommun and name.
    /// - Throws: GRDB errors.
    public func guidePool(year: Int) throws -> [GuideRow] {
        let (from, to) = Self.yearBounds(year)
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT g.medarbetare_id, m.name, k.id, k.name, e.id, e.name, g.training_date, m.active,
                    (SELECT count(*) FROM dialogue_guide_assignment a WHERE a.guide_id = g.medarbetare_id AND a.finished_on IS NULL),
                    (SELECT count(*) FROM dialogue_guide_assignment a
                     WHERE a.guide_id = g.medarbetare_id AND a.started_on >= ? AND a.started_on < ?),
                    g.left_on
                FROM dialogue_guide g
                JOIN medarbetare m ON m.id = g.medarbetare_id
                JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id
                JOIN kommun k ON k.id = e.kommun_id
                ORDER BY k.sort_key, m.sort_key, m.id
                """, arguments: [from, to]).map { row in
                GuideRow(
                    id: row[0], name: row[1], kommunId: row[2], kommunName: row[3], enhetId: row[4], enhetName: row[5],
                    trainingDate: Self.date(row[6]) ?? .distantPast, active: row[7],
                    openAssignments: row[8], ledThisYear: row[9], leftOn: Self.date(row[10]))
            }
        }
    }

    /// Active medarbetare not yet in the pool, those with the register role vägledare first
    /// (the ones a course has most likely trained), then by kommun and name.
    /// - Returns: the candidates by kommun and name.
    /// - Throws: GRDB errors.
    public func guideCandidates() throws -> [GuideCandidate] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT m.id, m.name, e.name, k.name FROM medarbetare m
                JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE m.active = 1 AND NOT EXISTS (SELECT 1 FROM dialogue_guide g WHERE g.medarbetare_id = m.id)
                ORDER BY CASE WHEN m.role = 'vagledare' THEN 0 ELSE 1 END, k.sort_key, m.sort_key, m.id
                """).map { GuideCandidate(id: $0[0], name: $0[1], enhetName: $0[2], kommunName: $0[3]) }
        }
    }

    /// The slingor a guide is or was assigned to, newest first.
    /// - Parameter guideId: the guide's medarbetare id.
    /// - Returns: the assignments.
    /// - Throws: GRDB errors.
    public func guideAssignments(guideId: Int64) throws -> [GuideAssignment] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT l.id, l.theme, e.name, k.name, l.planned_start,
                    (SELECT max(seq) FROM dialogue_meeting m WHERE m.loop_id = l.id),
                    lg.providing_kommun_id != e.kommun_id, l.next_planned_on
                FROM dialogue_loop_guide lg JOIN dialogue_loop l ON l.id = lg.loop_id
                JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE lg.guide_id = ?
                ORDER BY l.planned_start DESC, l.id DESC
                """, arguments: [guideId]).map { row in
                GuideAssignment(
                    id: row[0], theme: row[1], enhetName: row[2], kommunName: row[3],
                    plannedStart: Self.date(row[4]) ?? .distantPast, nextMeeting: Self.next(afterSeq: row[5]),
                    nextPlannedOn: Self.date(row[7]), bought: row[6])
            }
        }
    }

    /// Bought guide services per pair of kommuner (provider → buyer), counted from
    /// `dialogue_guide_assignment` (aggregates, readable past the row-level security).
    /// - Parameter year: only slingor started (or, before starting, planned) in this year; nil for all years.
    /// - Returns: the exchanges by provider and buyer.
    /// - Throws: GRDB errors.
    public func guideExchanges(year: Int?) throws -> [GuideExchange] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT pk.name, bk.name, count(*), count(DISTINCT a.loop_id), count(DISTINCT a.guide_id),
                    CAST(coalesce(sum(h.minutes), 0) AS BIGINT), count(h.minutes)
                FROM dialogue_guide_assignment a
                LEFT JOIN dialogue_guide_hours h ON h.loop_id = a.loop_id AND h.guide_id = a.guide_id
                JOIN kommun bk ON bk.id = a.kommun_id
                JOIN kommun pk ON pk.id = a.providing_kommun_id
                WHERE a.providing_kommun_id != a.kommun_id
                  AND (CAST(? AS TEXT) IS NULL OR substr(coalesce(a.started_on, a.planned_start), 1, 4) = ?)
                GROUP BY pk.id, bk.id
                ORDER BY pk.sort_key, bk.sort_key
                """, arguments: [year.map(String.init), year.map(String.init)]).map { row in
                GuideExchange(providerName: row[0], buyerName: row[1], assignments: row[2], loops: row[3], guides: row[4],
                              minutes: row[5], assignmentsWithHours: row[6])
            }
        }
    }

    // MARK: Loops

    /// The slingor, by kommun, unit and planned start (newest first).
    /// - Parameters:
    ///   - enhetId: only this unit's slingor; nil for all.
    ///   - today: for counting overdue actions.
    /// - Returns: the rows.
    /// - Throws: GRDB errors.
    public func dialogueLoops(enhetId: Int64? = nil, today: LocalDate) throws -> [LoopRow] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT l.id, l.enhet_id, e.name, k.name, l.theme, l.planned_start, l.started_on, l.finished_on,
                    (SELECT max(seq) FROM dialogue_meeting m WHERE m.loop_id = l.id),
                    (SELECT count(*) FROM dialogue_question q WHERE q.loop_id = l.id AND q.answered_meeting_id IS NULL),
                    (SELECT count(*) FROM dialogue_action a WHERE a.loop_id = l.id AND a.status != 'klar' AND a.due_date < ?)
                FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE (CAST(? AS BIGINT) IS NULL OR l.enhet_id = ?)
                ORDER BY k.sort_key, e.sort_key, l.planned_start DESC, l.id DESC
                """,
                arguments: [today.iso, enhetId, enhetId]).map { row in
                LoopRow(
                    id: row[0], enhetId: row[1], enhetName: row[2], kommunName: row[3], theme: row[4],
                    plannedStart: Self.date(row[5]) ?? .distantPast, startedOn: Self.date(row[6]),
                    finishedOn: Self.date(row[7]), nextMeeting: Self.next(afterSeq: row[8]),
                    openQuestions: row[9], overdueActions: row[10])
            }
        }
    }

    /// Everything the loop screen shows about one slinga.
    /// - Parameters:
    ///   - id: the slinga.
    ///   - today: for overdue actions, the running time and the unit's target.
    /// - Returns: the detail, or nil when there is no such slinga.
    /// - Throws: GRDB errors.
    public func loopDetail(id: Int64, today: LocalDate) throws -> LoopDetail? {
        try writer.read { db in
            guard let head = try StoreRow.fetchOne(db.cachedStatement(sql: """
                SELECT l.enhet_id, e.name, k.id, k.name, l.theme, l.theme_chosen_by, l.planned_start, l.next_planned_on
                FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE l.id = ?
                """), arguments: [id]) else { return nil }
            let kommunId: Int64 = head[2]
            let history = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT changed_on, theme, chosen_by, reason, changed_by_user FROM dialogue_theme_change
                WHERE loop_id = ? ORDER BY id
                """), arguments: [id]).map { row in
                LoopDetail.ThemeChange(date: Self.date(row[0]) ?? .distantPast, theme: row[1],
                                       chosenBy: ThemeChooser(rawValue: row[2]) ?? .chef, reason: row[3], user: row[4])
            }
            let guides = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT lg.guide_id, m.name, pk.name, lg.providing_kommun_id, lg.minutes
                FROM dialogue_loop_guide lg JOIN medarbetare m ON m.id = lg.guide_id
                JOIN kommun pk ON pk.id = lg.providing_kommun_id
                WHERE lg.loop_id = ? ORDER BY lg.position
                """), arguments: [id]).map { row in
                LoopDetail.Guide(id: row[0], name: row[1], kommunName: row[2],
                                 bought: DialogueRules.isBought(guideKommunId: row[3], loopKommunId: kommunId),
                                 minutes: (row[4] as Int64?).map(Int.init))
            }
            let staff = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT m.id, m.name FROM dialogue_loop_staff s JOIN medarbetare m ON m.id = s.medarbetare_id
                WHERE s.loop_id = ? ORDER BY m.sort_key
                """), arguments: [id]).map { LoopDetail.Staff(id: $0[0], name: $0[1]) }
            let meetings = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT mt.id, mt.kind, mt.held_on, mt.guide1_id, mt.guide2_id, g1.name || ', ' || g2.name,
                    mt.brukare_count, mt.staff_count, mt.notes, mt.chef_id, coalesce(c.name, lc.chef_name)
                FROM dialogue_meeting mt
                JOIN medarbetare g1 ON g1.id = mt.guide1_id JOIN medarbetare g2 ON g2.id = mt.guide2_id
                LEFT JOIN medarbetare c ON c.id = mt.chef_id
                LEFT JOIN dialogue_loop_chef lc ON lc.loop_id = mt.loop_id AND lc.chef_id = mt.chef_id
                WHERE mt.loop_id = ? ORDER BY mt.seq
                """), arguments: [id]).map { row in
                LoopDetail.Meeting(id: row[0], kind: TraffTyp(rawValue: row[1]) ?? .brukartraff1,
                                   date: Self.date(row[2]) ?? .distantPast, guide1Id: row[3], guide2Id: row[4],
                                   guideNames: row[5], brukareCount: row[6], staffCount: row[7], notes: row[8],
                                   chefId: row[9], chefName: row[10])
            }
            let byId = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
            let questions = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT id, from_group, to_group, asked_meeting_id, text, answered_meeting_id, answer, participation_level
                FROM dialogue_question WHERE loop_id = ? ORDER BY id
                """), arguments: [id]).map { row -> LoopDetail.Question in
                let asked = byId[row[3]]
                let answeredId: Int64? = row[5]
                let answered = answeredId.flatMap { byId[$0] }
                return LoopDetail.Question(
                    id: row[0], from: DialogueGroup(rawValue: row[1]) ?? .brukare, to: DialogueGroup(rawValue: row[2]) ?? .personal,
                    askedMeetingId: row[3], askedKind: asked?.kind ?? .brukartraff1, askedDate: asked?.date ?? .distantPast,
                    text: row[4], answeredMeetingId: answeredId, answeredKind: answered?.kind, answeredDate: answered?.date,
                    answer: row[6], level: row[7])
            }
            let actions = try StoreRow.fetchAll(db.cachedStatement(sql: """
                SELECT id, what, responsible, due_date, status, fed_back, fed_back_on, fed_back_how
                FROM dialogue_action WHERE loop_id = ? ORDER BY due_date, id
                """), arguments: [id]).map { row -> LoopDetail.Action in
                let due = Self.date(row[3]) ?? .distantPast
                let status = ActionStatus(rawValue: row[4]) ?? .planerad
                return LoopDetail.Action(id: row[0], what: row[1], responsible: row[2], due: due, status: status,
                                         fedBack: row[5], fedBackOn: Self.date(row[6]), fedBackHow: (row[7] as String?).flatMap(FeedbackWay.init),
                                         overdue: DialogueRules.isOverdue(due: due, status: status, today: today))
            }
            let enhetId: Int64 = head[0]
            var warnings = DialogueRules.warnings(meetings: meetings.map(\.facts), staffGroupSize: staff.count, today: today)
            if let target = try self.targetWarning(db, enhetId: enhetId, today: today) { warnings.append(target) }
            return LoopDetail(
                id: id, enhetId: enhetId, enhetName: head[1], kommunId: kommunId, kommunName: head[3], theme: head[4],
                themeChosenBy: ThemeChooser(rawValue: head[5]) ?? .chef, plannedStart: Self.date(head[6]) ?? .distantPast,
                nextPlannedOn: Self.date(head[7]),
                themeHistory: history, guides: guides, staff: staff, meetings: meetings, questions: questions,
                actions: actions, warnings: warnings)
        }
    }

    /// Active staff of a unit who can take part in a slinga (not chefs or vägledare), by team and name.
    /// - Parameter enhetId: the unit.
    /// - Returns: (team id, team name, medarbetare id, name) rows.
    /// - Throws: GRDB errors.
    public func loopStaffCandidates(enhetId: Int64) throws -> [(teamId: Int64, teamName: String, id: Int64, name: String)] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT t.id, t.name, m.id, m.name FROM medarbetare m JOIN team t ON t.id = m.team_id
                WHERE t.enhet_id = ? AND m.active = 1 AND m.role IN ('medarbetare', 'teamledare')
                ORDER BY t.sort_key, m.sort_key
                """, arguments: [enhetId]).map { ($0[0], $0[1], $0[2], $0[3]) }
        }
    }

    // MARK: Targets and reports

    /// Every active unit with its target and progress in a year.
    /// - Parameters:
    ///   - year: the year.
    ///   - today: for the pro-rata target warning.
    /// - Returns: the rows by kommun and unit.
    /// - Throws: GRDB errors.
    public func dialogueTargets(year: Int, today: LocalDate) throws -> [DialogueTargetRow] {
        let (from, to) = Self.yearBounds(year)
        return try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT e.id, e.name, k.name, t.target,
                    (SELECT count(*) FROM dialogue_loop l WHERE l.enhet_id = e.id AND l.started_on >= ? AND l.started_on < ?),
                    (SELECT count(*) FROM dialogue_loop l WHERE l.enhet_id = e.id AND l.finished_on >= ? AND l.finished_on < ?)
                FROM enhet e JOIN kommun k ON k.id = e.kommun_id
                LEFT JOIN dialogue_target t ON t.enhet_id = e.id AND t.year = ?
                WHERE e.active = 1
                ORDER BY k.sort_key, e.sort_key
                """, arguments: [from, to, from, to, year]).map { row in
                let target: Int? = row[3]
                let started: Int = row[4]
                return DialogueTargetRow(
                    id: row[0], enhetName: row[1], kommunName: row[2], year: year, target: target, started: started,
                    finished: row[5],
                    warning: DialogueRules.targetWarning(target: target, started: started, year: year, today: today))
            }
        }
    }

    /// The yearly report of one kommun.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - year: the year.
    /// - Returns: the figures.
    /// - Throws: GRDB errors.
    public func dialogueReport(kommunId: Int64, year: Int) throws -> DialogueYearReport {
        try writer.read { db in
            DialogueYearReport.make(kommunId: kommunId, year: year, loops: try Self.loopFacts(db, kommunId: kommunId, year: year))
        }
    }

    /// The yearly report of every kommun, by name (kommuner without slingor included, with zeros).
    /// - Parameter year: the year.
    /// - Returns: one report per active kommun.
    /// - Throws: GRDB errors.
    public func dialogueReports(year: Int) throws -> [KommunYearReport] {
        try writer.read { db in
            let facts = Dictionary(grouping: try Self.loopFacts(db, kommunId: nil, year: year), by: \.kommunId)
            return try StoreRow.fetchAll(db, sql: "SELECT id, name FROM kommun WHERE active = 1 ORDER BY sort_key").map { row in
                let id: Int64 = row[0]
                return KommunYearReport(kommunName: row[1],
                                        report: DialogueYearReport.make(kommunId: id, year: year, loops: facts[id] ?? []))
            }
        }
    }

    // MARK: Helpers

    /// The facts of the slingor that started or finished in a year.
    ///
    /// Three statements whatever the number of slingor: the loops (found through the
    /// start and finish indexes), then all their guide assignments at once.
    static func loopFacts(_ db: any StoreConnection, kommunId: Int64?, year: Int) throws -> [LoopFacts] {
        let (from, to) = yearBounds(year)
        let rows = try StoreRow.fetchAll(db.cachedStatement(sql: """
            SELECT l.id, e.kommun_id, l.theme, l.started_on, l.finished_on,
                (SELECT count(*) FROM dialogue_question q WHERE q.loop_id = l.id),
                (SELECT count(*) FROM dialogue_question q WHERE q.loop_id = l.id AND q.answered_meeting_id IS NOT NULL),
                (SELECT count(*) FROM dialogue_action a WHERE a.loop_id = l.id),
                (SELECT count(*) FROM dialogue_action a WHERE a.loop_id = l.id AND a.status = 'klar')
            FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id
            WHERE l.id IN (SELECT id FROM dialogue_loop WHERE started_on >= ? AND started_on < ?
                           UNION SELECT id FROM dialogue_loop WHERE finished_on >= ? AND finished_on < ?)
              AND (CAST(? AS BIGINT) IS NULL OR e.kommun_id = ?)
            """), arguments: [from, to, from, to, kommunId, kommunId])
        var guides: [Int64: [LoopFacts.Assignment]] = [:]
        let ids = rows.map { $0[0] as Int64 }
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min(ids.count, $0 + 500)]) }) {
            let assignments = try StoreRow.fetchAll(db, sql: """
                SELECT loop_id, guide_id, providing_kommun_id FROM dialogue_loop_guide
                WHERE loop_id IN (\(chunk.map { _ in "?" }.joined(separator: ","))) ORDER BY loop_id, position
                """, arguments: StoreArguments(chunk))
            for row in assignments {
                guides[row[0], default: []].append(LoopFacts.Assignment(guideId: row[1], providingKommunId: row[2]))
            }
        }
        return rows.map { row in
            let loopId: Int64 = row[0]
            return LoopFacts(loopId: loopId, kommunId: row[1], theme: row[2], startedOn: date(row[3]),
                             finishedOn: date(row[4]), questionsAsked: row[5], questionsAnswered: row[6],
                             guides: guides[loopId] ?? [], actions: row[7], actionsDone: row[8])
        }
    }

    /// The unit's target warning for today's year.
    func targetWarning(_ db: any StoreConnection, enhetId: Int64, today: LocalDate) throws -> DialogueWarning? {
        let (from, to) = Self.yearBounds(today.year)
        let target = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT target FROM dialogue_target WHERE enhet_id = ? AND year = ?
            """), arguments: [enhetId, today.year])
        guard let target else { return nil }
        let started = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM dialogue_loop WHERE enhet_id = ? AND started_on >= ? AND started_on < ?
            """), arguments: [enhetId, from, to]) ?? 0
        return DialogueRules.targetWarning(target: target, started: started, year: today.year, today: today)
    }

    /// `YYYY-01-01` and the next year's `YYYY-01-01`, for range comparisons on ISO dates.
    static func yearBounds(_ year: Int) -> (String, String) {
        func pad(_ y: Int) -> String { String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) }
        return ("\(pad(year))-01-01", "\(pad(year + 1))-01-01")
    }

    static func date(_ text: String?) -> LocalDate? {
        text.flatMap { try? LocalDate.parse($0) }
    }

    static func next(afterSeq seq: Int?) -> TraffTyp? {
        guard let seq else { return .brukartraff1 }
        return seq < TraffTyp.allCases.count ? TraffTyp.allCases[seq] : nil
    }
}
