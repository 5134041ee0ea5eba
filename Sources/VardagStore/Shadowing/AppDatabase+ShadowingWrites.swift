import Foundation
import VardagDomain
import VardagResources

/// Skuggning writes. Each runs in one transaction: the rules are checked against the
/// current data inside it, the change and its audit row are written together, and a
/// thrown `ShadowingValidationFailure` or `StoreError` leaves the database unchanged.
extension AppDatabase {
    // MARK: Catalogue

    /// Loads the shipped starter catalogue (`shadowing-tasks.json`) when the catalogue is
    /// empty, so a new database has tasks at first use; afterwards the users own it.
    /// - Returns: how many tasks were added (0 when the catalogue already had tasks).
    /// - Throws: when the file cannot be read, or GRDB errors.
    @discardableResult
    public func ensureShadowingCatalogue() throws -> Int {
        if try writer.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM shadowing_task") ?? 0 }) > 0 { return 0 }
        let tasks = try JSONDecoder().decode([ShadowingTask].self, from: VardagResources.data(named: "shadowing-tasks.json"))
        return try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM shadowing_task") == 0 else { return 0 }
            for task in tasks {
                _ = try self.insertShadowingTask(db, name: task.name, category: task.category,
                                                 judgement: task.defaultJudgement, minutes: String(task.defaultMinutes))
            }
            return tasks.count
        }
    }

    /// Adds a task to the catalogue.
    /// - Throws: `ShadowingValidationFailure` (`.name`: required, tooLong, invalidCharacters, duplicate; `.minutes(0)`).
    @discardableResult
    public func addShadowingTask(name: String, category: ShadowingCategory, judgement: TransferJudgement, minutes: String) throws -> ShadowingTask {
        try writer.write { db in try self.insertShadowingTask(db, name: name, category: category, judgement: judgement, minutes: minutes) }
    }

    /// Changes a catalogue task; observations keep pointing at it and show the new name.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure`.
    @discardableResult
    public func updateShadowingTask(id: Int64, name: String, category: ShadowingCategory, judgement: TransferJudgement,
                                    minutes: String, active: Bool = true) throws -> ShadowingTask {
        try writer.write { db in
            let before = try Self.shadowingTask(db, id: id)
            let task = try Self.checkedTask(db, id: id, name: name, category: category, judgement: judgement, minutes: minutes, active: active)
            try db.execute(sql: """
                UPDATE shadowing_task SET name = ?, name_key = ?, sort_key = ?, category = ?, default_judgement = ?,
                    default_minutes = ?, active = ? WHERE id = ?
                """, arguments: [task.name, RegisterName.uniquenessKey(task.name), RegisterName.swedishSortKey(task.name),
                                 task.category.rawValue, task.defaultJudgement.rawValue, task.defaultMinutes, task.active, id])
            try self.recordAudit(db, before.active == active ? .update : (active ? .reactivate : .deactivate),
                                 entity: "shadowing_task", entityId: id, before: Self.audit(before), after: Self.audit(task))
            return task
        }
    }

    func insertShadowingTask(_ db: any StoreConnection, name: String, category: ShadowingCategory, judgement: TransferJudgement, minutes: String) throws -> ShadowingTask {
        var task = try Self.checkedTask(db, id: nil, name: name, category: category, judgement: judgement, minutes: minutes, active: true)
        try db.execute(sql: """
            INSERT INTO shadowing_task (name, name_key, sort_key, category, default_judgement, default_minutes, active)
            VALUES (?, ?, ?, ?, ?, ?, 1)
            """, arguments: [task.name, RegisterName.uniquenessKey(task.name), RegisterName.swedishSortKey(task.name),
                             category.rawValue, judgement.rawValue, task.defaultMinutes])
        task.id = try db.lastInsertedRowID()
        try recordAudit(db, .insert, entity: "shadowing_task", entityId: task.id, before: nil, after: Self.audit(task))
        return task
    }

    private static func checkedTask(_ db: any StoreConnection, id: Int64?, name: String, category: ShadowingCategory,
                                    judgement: TransferJudgement, minutes: String, active: Bool) throws -> ShadowingTask {
        var problems: [ShadowingField: ShadowingProblem] = [:]
        var cleaned = ""
        do { cleaned = try ShadowingRules.validateText(name, field: .name, max: ShadowingRules.maxNameLength) } catch {
            problems.merge(error.problems) { a, _ in a }
        }
        if !cleaned.isEmpty, try Int64.fetchOne(db, sql: "SELECT id FROM shadowing_task WHERE name_key = ? AND id IS DISTINCT FROM ?",
                                                 arguments: [RegisterName.uniquenessKey(cleaned), id]) != nil {
            problems[.name] = .duplicate
        }
        let parsed = ShadowingRules.minutes(minutes)
        if parsed == nil { problems[.minutes(0)] = .minutesOutOfRange }
        guard problems.isEmpty, let parsed else { throw ShadowingValidationFailure(problems) }
        return ShadowingTask(id: id ?? 0, name: cleaned, category: category, defaultJudgement: judgement, defaultMinutes: parsed, active: active)
    }

    static func audit(_ task: ShadowingTask) -> [String: AuditValue] {
        ["name": .text(task.name), "category": .text(task.category.rawValue), "default_judgement": .text(task.defaultJudgement.rawValue),
         "default_minutes": .integer(Int64(task.defaultMinutes)), "active": .bool(task.active)]
    }

    // MARK: Team and participants

    /// Remembers the skuggningsteam this user chose, so the next opening of Skuggning shows it.
    ///
    /// A view preference of the user's own, not a change to anyone's data, so no audit row
    /// is written (the audit trail records who changed what, and this changes nothing).
    /// - Parameter teamId: the team.
    /// - Throws: `StoreError.notFound` when there is no such team.
    public func rememberShadowingTeam(id teamId: Int64) throws {
        try writer.write { db in
            guard try Self.shadowingTeam(db, id: teamId) != nil else {
                throw StoreError.notFound(entity: "shadowing_team", id: teamId)
            }
            try Self.storeTeamChoice(db, user: self.user, teamId: teamId)
        }
    }

    /// Writes a user's remembered team (one row per user).
    static func storeTeamChoice(_ db: any StoreConnection, user: String, teamId: Int64) throws {
        try db.execute(sql: """
            INSERT INTO shadowing_team_choice ("user", team_id) VALUES (?, ?)
            ON CONFLICT ("user") DO UPDATE SET team_id = excluded.team_id
            """, arguments: [user, teamId])
    }

    /// Creates a skuggningsteam with its supervisors.
    /// - Throws: `ShadowingValidationFailure` (`.name`, `.kommun`, `.hostTeam`, `.startDate`, `.endDate`).
    @discardableResult
    public func createShadowingTeam(_ draft: ShadowingTeamDraft) throws -> ShadowingTeam {
        try writer.write { db in try self.insertShadowingTeam(db, draft) }
    }

    @_spi(Seeding) public func insertShadowingTeam(_ db: any StoreConnection, _ draft: ShadowingTeamDraft) throws -> ShadowingTeam {
        let (name, period, kommunId, hostTeamId) = try Self.checkedTeam(db, draft, id: nil)
        try db.execute(sql: """
            INSERT INTO shadowing_team (kommun_id, host_team_id, name, name_key, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [kommunId, hostTeamId, name, RegisterName.uniquenessKey(name), period.lowerBound.iso, period.upperBound.iso])
        let team = ShadowingTeam(id: try db.lastInsertedRowID(), kommunId: kommunId, hostTeamId: hostTeamId, name: name,
                                 startDate: period.lowerBound, endDate: period.upperBound)
        for supervisor in Set(draft.supervisorIds) {
            try db.execute(sql: "INSERT INTO shadowing_supervisor (team_id, medarbetare_id) VALUES (?, ?)", arguments: [team.id, supervisor])
        }
        try Self.addFormSupervisorsToPool(db, team: team, supervisorIds: draft.supervisorIds)
        try recordAudit(db, .insert, entity: "shadowing_team", entityId: team.id, before: nil,
                        after: Self.audit(team, supervisors: draft.supervisorIds))
        return team
    }

    /// Changes a team's name, host team, period and supervisors.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure`; a period that would leave
    ///   logged days outside it is refused at `.startDate`/`.endDate`.
    @discardableResult
    public func updateShadowingTeam(id: Int64, _ draft: ShadowingTeamDraft) throws -> ShadowingTeam {
        try writer.write { db in
            guard let before = try Self.shadowingTeam(db, id: id) else { throw StoreError.notFound(entity: "shadowing_team", id: id) }
            let beforeSupervisors = try Int64.fetchAll(db, sql: "SELECT medarbetare_id FROM shadowing_supervisor WHERE team_id = ? ORDER BY medarbetare_id", arguments: [id])
            let (name, period, kommunId, hostTeamId) = try Self.checkedTeam(db, draft, id: id)
            let range = try StoreRow.fetchOne(db, sql: "SELECT min(date), max(date) FROM shadowing_entry WHERE team_id = ?", arguments: [id])
            if let first = range?[0] as String?, first < period.lowerBound.iso {
                throw ShadowingValidationFailure([.startDate: .outsidePeriod(start: period.lowerBound, end: period.upperBound)])
            }
            if let last = range?[1] as String?, last > period.upperBound.iso {
                throw ShadowingValidationFailure([.endDate: .outsidePeriod(start: period.lowerBound, end: period.upperBound)])
            }
            try db.execute(sql: """
                UPDATE shadowing_team SET kommun_id = ?, host_team_id = ?, name = ?, name_key = ?, start_date = ?, end_date = ? WHERE id = ?
                """, arguments: [kommunId, hostTeamId, name, RegisterName.uniquenessKey(name), period.lowerBound.iso, period.upperBound.iso, id])
            try db.execute(sql: "DELETE FROM shadowing_supervisor WHERE team_id = ?", arguments: [id])
            for supervisor in Set(draft.supervisorIds) {
                try db.execute(sql: "INSERT INTO shadowing_supervisor (team_id, medarbetare_id) VALUES (?, ?)", arguments: [id, supervisor])
            }
            let team = ShadowingTeam(id: id, kommunId: kommunId, hostTeamId: hostTeamId, name: name,
                                     startDate: period.lowerBound, endDate: period.upperBound)
            try Self.addFormSupervisorsToPool(db, team: team, supervisorIds: draft.supervisorIds)
            try self.recordAudit(db, .update, entity: "shadowing_team", entityId: id,
                                 before: Self.audit(before, supervisors: beforeSupervisors), after: Self.audit(team, supervisors: draft.supervisorIds))
            return team
        }
    }

    private static func checkedTeam(_ db: any StoreConnection, _ draft: ShadowingTeamDraft, id: Int64?) throws
        -> (String, ClosedRange<LocalDate>, Int64, Int64) {
        var problems: [ShadowingField: ShadowingProblem] = [:]
        var name = ""
        do { name = try ShadowingRules.validateText(draft.name, field: .name, max: ShadowingRules.maxNameLength) } catch {
            problems.merge(error.problems) { a, _ in a }
        }
        if !name.isEmpty, try Int64.fetchOne(db, sql: "SELECT id FROM shadowing_team WHERE name_key = ? AND id IS DISTINCT FROM ?",
                                             arguments: [RegisterName.uniquenessKey(name), id]) != nil {
            problems[.name] = .duplicate
        }
        var period: ClosedRange<LocalDate>?
        do { period = try ShadowingRules.validatePeriod(start: draft.startDate, end: draft.endDate) } catch {
            problems.merge(error.problems) { a, _ in a }
        }
        let kommunExists = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM kommun WHERE id = ?)", arguments: [draft.kommunId]) ?? false
        let hostExists = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM team WHERE id = ?)", arguments: [draft.hostTeamId]) ?? false
        if !kommunExists {
            problems[.kommun] = .unknownReference
        }
        if !hostExists {
            problems[.hostTeam] = .unknownReference
        }
        guard problems.isEmpty, let period, let kommunId = draft.kommunId, let hostTeamId = draft.hostTeamId else {
            throw ShadowingValidationFailure(problems)
        }
        return (name, period, kommunId, hostTeamId)
    }

    static func audit(_ team: ShadowingTeam, supervisors: [Int64]) -> [String: AuditValue] {
        ["kommun_id": .integer(team.kommunId), "host_team_id": .integer(team.hostTeamId), "name": .text(team.name),
         "start_date": .text(team.startDate.iso), "end_date": .text(team.endDate.iso),
         "supervisors": .text(Set(supervisors).sorted().map(String.init).joined(separator: ","))]
    }

    /// Adds a participant (a labour-market placement, staff-like; not a brukare).
    /// - Throws: `StoreError.notFound` for the team, `ShadowingValidationFailure` (`.name`).
    @discardableResult
    public func addShadowingParticipant(teamId: Int64, name: String) throws -> ShadowingParticipant {
        try writer.write { db in try self.insertShadowingParticipant(db, teamId: teamId, name: name) }
    }

    @_spi(Seeding) public func insertShadowingParticipant(_ db: any StoreConnection, teamId: Int64, name: String) throws -> ShadowingParticipant {
        guard try Self.shadowingTeam(db, id: teamId) != nil else { throw StoreError.notFound(entity: "shadowing_team", id: teamId) }
        let cleaned = try ShadowingRules.validateText(name, field: .name, max: ShadowingRules.maxNameLength)
        try db.execute(sql: "INSERT INTO shadowing_participant (team_id, name, sort_key) VALUES (?, ?, ?)",
                       arguments: [teamId, cleaned, RegisterName.swedishSortKey(cleaned)])
        let participant = ShadowingParticipant(id: try db.lastInsertedRowID(), teamId: teamId, name: cleaned)
        try recordAudit(db, .insert, entity: "shadowing_participant", entityId: participant.id, before: nil,
                        after: ["team_id": .integer(teamId), "name": .text(cleaned)])
        return participant
    }

    /// Records the next step on a participant's path.
    /// - Parameters:
    ///   - participantId: the participant.
    ///   - step: a step later than the current one.
    ///   - date: the date as typed (YYYY-MM-DD), not before the current step's date.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`, `.date`).
    public func recordPathStep(participantId: Int64, step: PathStep, date: String) throws {
        try writer.write { db in
            let path = try Self.path(db, participantId: participantId)
            guard let parsed = try? LocalDate.parse(date.trimmingCharacters(in: .whitespaces)) else {
                throw ShadowingValidationFailure([.date: .invalidDate])
            }
            try path.checkAdvance(to: step, on: parsed)
            try db.execute(sql: "INSERT INTO shadowing_step (participant_id, step, date) VALUES (?, ?, ?)",
                           arguments: [participantId, step.rawValue, parsed.iso])
            try self.recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                                 before: ["step": path.current.map { .text($0.rawValue) } ?? .null],
                                 after: ["step": .text(step.rawValue), "step_date": .text(parsed.iso)])
        }
    }

    /// Records that a participant left the team, and how it ended.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`, `.date`).
    public func recordLeaving(participantId: Int64, date: String, outcome: PathOutcome) throws {
        try writer.write { db in
            let path = try Self.path(db, participantId: participantId)
            guard let parsed = try? LocalDate.parse(date.trimmingCharacters(in: .whitespaces)) else {
                throw ShadowingValidationFailure([.date: .invalidDate])
            }
            try path.checkLeave(on: parsed)
            try db.execute(sql: "UPDATE shadowing_participant SET left_on = ?, outcome = ? WHERE id = ?",
                           arguments: [parsed.iso, outcome.rawValue, participantId])
            try self.recordAudit(db, .deactivate, entity: "shadowing_participant", entityId: participantId,
                                 before: ["left_on": .null, "outcome": .null],
                                 after: ["left_on": .text(parsed.iso), "outcome": .text(outcome.rawValue)])
        }
    }

    // MARK: Day entries

    /// Saves a participant's day (replacing an earlier save of the same day).
    ///
    /// The rules: a date inside the team's period, a participant of the team who had not
    /// left by that date, every task line with a catalogue task and minutes 1–600. One audit row holds
    /// the whole day before and after. In the same transaction the day's team becomes this
    /// user's remembered team (as `rememberShadowingTeam`), so Skuggning reopens on the team
    /// she last logged in, also when she reached it from Idag.
    /// - Parameter draft: the day as typed.
    /// - Returns: the stored entry.
    /// - Throws: `ShadowingValidationFailure` with every problem at its field; `StoreError.notFound` for the team.
    @discardableResult
    public func saveDayEntry(_ draft: DayEntryDraft) throws -> DayEntry {
        try writer.write { db in
            let entry = try self.writeDayEntry(db, draft)
            try Self.storeTeamChoice(db, user: self.user, teamId: entry.teamId)
            return entry
        }
    }

    @_spi(Seeding) public func writeDayEntry(_ db: any StoreConnection, _ draft: DayEntryDraft) throws -> DayEntry {
        guard let team = try Self.shadowingTeam(db, id: draft.teamId) else {
            throw StoreError.notFound(entity: "shadowing_team", id: draft.teamId)
        }
        // A participant may be logged up to the day she left (earlier days stay editable).
        let members = Set(try Int64.fetchAll(
            db, sql: "SELECT id FROM shadowing_participant WHERE team_id = ? AND (left_on IS NULL OR left_on >= ?)",
            arguments: [team.id, draft.date.trimmingCharacters(in: .whitespaces)]))
        let wanted = Set(draft.tasks.compactMap(\.taskId))
        var known: Set<Int64> = []
        if !wanted.isEmpty {
            let statement = try db.cachedStatement(sql: "SELECT id FROM shadowing_task WHERE id = ?")
            for id in wanted where try Int64.fetchOne(statement, arguments: [id]) != nil { known.insert(id) }
        }
        // The shadowed person, when named, must work in the host team (active or not: an old day stays editable).
        let hostStaff: Set<Int64> = try draft.staffId.map { id in
            Set(try Int64.fetchAll(db, sql: "SELECT id FROM medarbetare WHERE id = ? AND team_id = ?", arguments: [id, team.hostTeamId]))
        } ?? []
        let (date, minutes, lessons) = try ShadowingRules.validate(draft, period: team.period, members: members, taskIds: known,
                                                                   hostStaff: hostStaff)
        let participantId = draft.participantId!
        try Self.lockMonthSums(db, teamId: team.id, date: date)
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM shadowing_entry WHERE participant_id = ? AND date = ?", arguments: [participantId, date.iso])
        let before = try existing.map { try Self.entry(db, id: $0) }
        let entryId: Int64
        if let existing {
            try db.execute(sql: "UPDATE shadowing_entry SET role = ?, staff_id = ?, lessons = ? WHERE id = ?",
                           arguments: [draft.role.rawValue, draft.staffId, lessons, existing])
            try db.execute(sql: "DELETE FROM shadowing_observation WHERE entry_id = ?", arguments: [existing])
            entryId = existing
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO shadowing_entry (team_id, participant_id, date, role, staff_id, lessons) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [team.id, participantId, date.iso, draft.role.rawValue, draft.staffId, lessons])
            entryId = try db.lastInsertedRowID()
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO shadowing_observation (entry_id, position, team_id, date, task_id, minutes, judgement)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        // In the order of the monthly sums' key, so two saves add to the sums in the same order.
        let lines = draft.tasks.enumerated().sorted { ($0.element.taskId!, $0.element.judgement.rawValue, $0.offset)
            < ($1.element.taskId!, $1.element.judgement.rawValue, $1.offset) }
        for (i, line) in lines {
            try insert.execute(arguments: [entryId, i, team.id, date.iso, line.taskId, minutes[i], line.judgement.rawValue])
        }
        let after = try Self.entry(db, id: entryId)!
        try recordAudit(db, existing == nil ? .insert : .update, entity: "shadowing_entry", entityId: entryId,
                        before: before.flatMap { $0 }.map(Self.audit), after: Self.audit(after))
        return after
    }

    /// On PostgreSQL, locks the team's monthly sums of the day's month in the order of their
    /// key before the day's observations change them.
    ///
    /// Replacing a day removes its observations (each trigger updating a sum, in no
    /// particular order) and adds the new ones, so two saves of the same team and month
    /// would otherwise take the sums' row locks in different orders and deadlock, which
    /// the server detects only after `deadlock_timeout` (1 s) and which, with 20 writers,
    /// repeated until a write ran out of its retry budget. Locked first in one order, the
    /// second save waits for the first instead. SQLite has one writer at a time.
    static func lockMonthSums(_ db: any StoreConnection, teamId: Int64, date: LocalDate) throws {
        guard db.dialect == .postgres else { return }
        _ = try Int64.fetchAll(db, sql: """
            SELECT task_id FROM shadowing_month_sum WHERE team_id = ? AND month = ?
            ORDER BY task_id, judgement FOR UPDATE
            """, arguments: [teamId, String(date.iso.prefix(7))])
    }

    static func audit(_ entry: DayEntry) -> [String: AuditValue] {
        ["participant_id": .integer(entry.participantId), "date": .text(entry.date.iso), "role": .text(entry.role.rawValue),
         "staff_id": entry.staffId.map(AuditValue.integer) ?? .null, "lessons": .text(entry.lessons),
         "tasks": .text(entry.tasks.map { "\($0.taskName) \($0.minutes) \($0.judgement.rawValue)" }.joined(separator: "; "))]
    }

    // MARK: Hypotheses

    /// Adds a hypothesis, with its first status in its history.
    /// - Parameter conclusion: needed when the hypothesis starts closed (bekräftad, förkastad); ignored otherwise.
    /// - Throws: `ShadowingValidationFailure` (`.statement`, `.reviewDate`, `.conclusion`), `StoreError.notFound`.
    @discardableResult
    public func addHypothesis(teamId: Int64, statement: String, status: HypothesisStatus, reviewDate: String,
                              conclusion: String = "") throws -> Hypothesis {
        try writer.write { db in
            try self.insertHypothesis(db, teamId: teamId, statement: statement, status: status, reviewDate: reviewDate, conclusion: conclusion)
        }
    }

    @_spi(Seeding) public func insertHypothesis(_ db: any StoreConnection, teamId: Int64, statement: String, status: HypothesisStatus,
                                                reviewDate: String, conclusion: String = "") throws -> Hypothesis {
        guard try Self.shadowingTeam(db, id: teamId) != nil else { throw StoreError.notFound(entity: "shadowing_team", id: teamId) }
        let (text, date, concluded) = try Self.checkedHypothesis(statement: statement, reviewDate: reviewDate, status: status, conclusion: conclusion)
        try db.execute(sql: "INSERT INTO shadowing_hypothesis (team_id, statement, status, review_date, conclusion) VALUES (?, ?, ?, ?, ?)",
                       arguments: [teamId, text, status.rawValue, date.iso, concluded])
        let hypothesis = Hypothesis(id: try db.lastInsertedRowID(), teamId: teamId, statement: text, status: status, reviewDate: date,
                                    conclusion: concluded)
        try insertHypothesisEvent(db, hypothesisId: hypothesis.id, kind: .status, from: nil, to: status, text: concluded ?? "")
        try recordAudit(db, .insert, entity: "shadowing_hypothesis", entityId: hypothesis.id, before: nil, after: Self.audit(hypothesis))
        return hypothesis
    }

    /// Changes a hypothesis's statement, status and review date. A change of status goes into
    /// its history in the same transaction; closing it (bekräftad, förkastad) needs a
    /// conclusion, reopening it clears the conclusion (the closing line of the history keeps it).
    /// - Parameter conclusion: the conclusion for a closed status; nil keeps the one it has.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.conclusion` when closing without one).
    @discardableResult
    public func updateHypothesis(id: Int64, statement: String, status: HypothesisStatus, reviewDate: String,
                                 conclusion: String? = nil) throws -> Hypothesis {
        try writer.write { db in
            try self.changeHypothesis(db, id: id, statement: statement, status: status, reviewDate: reviewDate, conclusion: conclusion)
        }
    }

    /// `updateHypothesis` inside the caller's transaction (the demo's history is written so).
    @_spi(Seeding) @discardableResult
    public func changeHypothesis(_ db: any StoreConnection, id: Int64, statement: String, status: HypothesisStatus, reviewDate: String,
                                 conclusion: String? = nil) throws -> Hypothesis {
        guard let before = try Self.hypothesis(db, id: id) else { throw StoreError.notFound(entity: "shadowing_hypothesis", id: id) }
        let (text, date, concluded) = try Self.checkedHypothesis(
            statement: statement, reviewDate: reviewDate, status: status, conclusion: conclusion ?? before.conclusion ?? "")
        try db.execute(sql: "UPDATE shadowing_hypothesis SET statement = ?, status = ?, review_date = ?, conclusion = ? WHERE id = ?",
                       arguments: [text, status.rawValue, date.iso, concluded, id])
        var after = before
        after.statement = text; after.status = status; after.reviewDate = date; after.conclusion = concluded
        if status != before.status {
            try self.insertHypothesisEvent(db, hypothesisId: id, kind: .status, from: before.status, to: status, text: concluded ?? "")
        }
        try self.recordAudit(db, .update, entity: "shadowing_hypothesis", entityId: id, before: Self.audit(before), after: Self.audit(after))
        return after
    }

    /// Links a day entry (its observations and lessons) to a hypothesis, or unlinks it.
    /// - Throws: `StoreError.notFound` for either.
    public func setHypothesisLink(hypothesisId: Int64, entryId: Int64, linked: Bool) throws {
        try writer.write { db in
            guard let before = try Self.hypothesis(db, id: hypothesisId) else {
                throw StoreError.notFound(entity: "shadowing_hypothesis", id: hypothesisId)
            }
            guard try Self.entry(db, id: entryId) != nil else { throw StoreError.notFound(entity: "shadowing_entry", id: entryId) }
            if linked {
                try db.execute(sql: "INSERT INTO shadowing_hypothesis_link (hypothesis_id, entry_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               arguments: [hypothesisId, entryId])
            } else {
                try db.execute(sql: "DELETE FROM shadowing_hypothesis_link WHERE hypothesis_id = ? AND entry_id = ?",
                               arguments: [hypothesisId, entryId])
            }
            let after = try Self.hypothesis(db, id: hypothesisId)!
            try self.recordAudit(db, .update, entity: "shadowing_hypothesis", entityId: hypothesisId,
                                 before: Self.audit(before), after: Self.audit(after))
        }
    }

    private static func checkedHypothesis(statement: String, reviewDate: String, status: HypothesisStatus,
                                          conclusion: String) throws -> (String, LocalDate, String?) {
        var problems: [ShadowingField: ShadowingProblem] = [:]
        var text = ""
        do { text = try ShadowingRules.validateText(statement, field: .statement, max: ShadowingRules.maxStatementLength) } catch {
            problems.merge(error.problems) { a, _ in a }
        }
        let date = try? LocalDate.parse(reviewDate.trimmingCharacters(in: .whitespaces))
        if date == nil { problems[.reviewDate] = reviewDate.isEmpty ? .required : .invalidDate }
        var concluded: String?
        do { concluded = try ShadowingRules.validateConclusion(conclusion, status: status) } catch {
            problems.merge(error.problems) { a, _ in a }
        }
        guard problems.isEmpty, let date else { throw ShadowingValidationFailure(problems) }
        return (text, date, concluded)
    }

    static func audit(_ h: Hypothesis) -> [String: AuditValue] {
        ["statement": .text(h.statement), "status": .text(h.status.rawValue), "review_date": .text(h.reviewDate.iso),
         "entries": .text(h.linkedEntryIds.map(String.init).joined(separator: ",")), "conclusion": h.conclusion.map(AuditValue.text) ?? .null]
    }
}
