import Foundation
import VardagDomain

/// Skuggning's handledare: the team's pool (from the host team's staff), who supervises whom
/// and when, and the weekly figures of places against participants.
extension AppDatabase {
    // MARK: Reads

    /// The team's pool of handledare, by name.
    /// - Throws: a failed read.
    public func shadowingSupervisorPool(teamId: Int64) throws -> [ShadowingSupervisor] {
        try writer.read { db in try Self.supervisorPool(db, teamId: teamId) }
    }

    /// Every handledare assignment of the team's participants, by participant and first day.
    /// - Throws: a failed read.
    public func supervisionAssignments(teamId: Int64) throws -> [SupervisionAssignment] {
        try writer.read { db in try Self.assignments(db, teamId: teamId) }
    }

    /// The team's supervision week by week over a date range: participants, handledare,
    /// places, shortage and those without a handledare (`SupervisionRules.weeks`).
    /// - Throws: `StoreError.notFound` for the team, a failed read.
    public func supervisionWeeks(teamId: Int64, from: LocalDate, to: LocalDate) throws -> [SupervisionWeek] {
        try writer.read { db in
            guard let team = try Self.shadowingTeam(db, id: teamId) else { throw StoreError.notFound(entity: "shadowing_team", id: teamId) }
            return SupervisionRules.weeks(team: team, from: from, to: to, participants: try Self.participants(db, teamId: teamId),
                                          pool: try Self.supervisorPool(db, teamId: teamId),
                                          assignments: try Self.assignments(db, teamId: teamId))
        }
    }

    static func supervisorPool(_ db: any StoreConnection, teamId: Int64) throws -> [ShadowingSupervisor] {
        try StoreRow.fetchAll(db, sql: """
            SELECT p.team_id, p.medarbetare_id, m.name, p.trained_on, p.places, p.since
            FROM shadowing_supervisor_pool p JOIN medarbetare m ON m.id = p.medarbetare_id
            WHERE p.team_id = ? ORDER BY m.sort_key, m.id
            """, arguments: [teamId]).compactMap { row in
            guard let since = try? LocalDate.parse(row[5] as String) else { return nil }
            return ShadowingSupervisor(teamId: row[0], medarbetareId: row[1], name: row[2],
                                       trainedOn: (row[3] as String?).flatMap { try? LocalDate.parse($0) }, places: row[4], since: since)
        }
    }

    static func assignments(_ db: any StoreConnection, teamId: Int64) throws -> [SupervisionAssignment] {
        try StoreRow.fetchAll(db, sql: """
            SELECT id, participant_id, medarbetare_id, from_date, to_date FROM shadowing_supervision
            WHERE team_id = ? ORDER BY participant_id, from_date
            """, arguments: [teamId]).compactMap { row in
            guard let from = try? LocalDate.parse(row[3] as String) else { return nil }
            return SupervisionAssignment(id: row[0], participantId: row[1], supervisorId: row[2], from: from,
                                         to: (row[4] as String?).flatMap { try? LocalDate.parse($0) })
        }
    }

    // MARK: Writes

    /// Puts a staff member of the host team in the team's pool, or changes her training
    /// date, places and day joined when she is in it already.
    /// - Parameters:
    ///   - teamId: the skuggningsteam.
    ///   - medarbetareId: an active staff member of the host team, or one in the pool already.
    ///   - trainedOn: the handledarutbildning's date as typed (YYYY-MM-DD), empty for none.
    ///   - places: participants at once, 0–10, as typed.
    ///   - since: the day she joins the pool (YYYY-MM-DD).
    /// - Returns: the pool member as stored.
    /// - Throws: `StoreError.notFound` for the team; `ShadowingValidationFailure` (`.supervisor`
    ///   notInTeam, `.trainedOn`/`.since` invalidDate, `.places` placesOutOfRange).
    @discardableResult
    public func saveShadowingSupervisor(teamId: Int64, medarbetareId: Int64, trainedOn: String, places: String,
                                        since: String) throws -> ShadowingSupervisor {
        try writer.write { db in
            try self.writeShadowingSupervisor(db, teamId: teamId, medarbetareId: medarbetareId, trainedOn: trainedOn, places: places, since: since)
        }
    }

    @_spi(Seeding) public func writeShadowingSupervisor(_ db: any StoreConnection, teamId: Int64, medarbetareId: Int64, trainedOn: String,
                                                        places: String, since: String) throws -> ShadowingSupervisor {
        guard let team = try Self.shadowingTeam(db, id: teamId) else { throw StoreError.notFound(entity: "shadowing_team", id: teamId) }
        var problems: [ShadowingField: ShadowingProblem] = [:]
        // A new pool member comes from the host team; one already in it (the team form's
        // handledare may work elsewhere) keeps her place.
        let before = try Self.supervisorPool(db, teamId: teamId).first { $0.medarbetareId == medarbetareId }
        let name = try before?.name ?? String.fetchOne(db, sql: "SELECT name FROM medarbetare WHERE id = ? AND team_id = ? AND active = 1",
                                                       arguments: [medarbetareId, team.hostTeamId])
        if name == nil { problems[.supervisor] = .notInTeam }
        let trained = trainedOn.trimmingCharacters(in: .whitespaces)
        let trainedDate = trained.isEmpty ? nil : try? LocalDate.parse(trained)
        if !trained.isEmpty && trainedDate == nil { problems[.trainedOn] = .invalidDate }
        let sinceDate = try? LocalDate.parse(since.trimmingCharacters(in: .whitespaces))
        if sinceDate == nil { problems[.since] = .invalidDate }
        let placeCount = SupervisionRules.places(places)
        if placeCount == nil { problems[.places] = .placesOutOfRange }
        guard problems.isEmpty, let name, let sinceDate, let placeCount else { throw ShadowingValidationFailure(problems) }
        let supervisor = ShadowingSupervisor(teamId: teamId, medarbetareId: medarbetareId, name: name, trainedOn: trainedDate,
                                             places: placeCount, since: sinceDate)
        if before == nil {
            try db.execute(sql: """
                INSERT INTO shadowing_supervisor_pool (team_id, medarbetare_id, trained_on, places, since) VALUES (?, ?, ?, ?, ?)
                """, arguments: [teamId, medarbetareId, trainedDate?.iso, placeCount, sinceDate.iso])
        } else {
            try db.execute(sql: """
                UPDATE shadowing_supervisor_pool SET trained_on = ?, places = ?, since = ? WHERE team_id = ? AND medarbetare_id = ?
                """, arguments: [trainedDate?.iso, placeCount, sinceDate.iso, teamId, medarbetareId])
        }
        try self.recordAudit(db, before == nil ? .insert : .update, entity: "shadowing_supervisor_pool", entityId: medarbetareId,
                             before: before.map(Self.audit), after: Self.audit(supervisor))
        return supervisor
    }

    /// Gives a participant a handledare from a day on. Her running assignment ends the day
    /// before; one that begins the same day is replaced.
    /// - Parameters:
    ///   - participantId: a participant who has not left by `from`.
    ///   - supervisorId: a handledare in the participant's team's pool.
    ///   - from: the first day (YYYY-MM-DD), in the team's period, not before her latest assignment began.
    /// - Returns: the new assignment.
    /// - Throws: `StoreError.notFound` for the participant; `ShadowingValidationFailure` (`.supervisor`
    ///   notInTeam, `.date` invalidDate, outsidePeriod, leftOn, dateBeforePrevious).
    @discardableResult
    public func assignSupervisor(participantId: Int64, supervisorId: Int64, from: String) throws -> SupervisionAssignment {
        try writer.write { db in try self.writeSupervisorAssignment(db, participantId: participantId, supervisorId: supervisorId, from: from) }
    }

    @_spi(Seeding) public func writeSupervisorAssignment(_ db: any StoreConnection, participantId: Int64, supervisorId: Int64,
                                                         from: String) throws -> SupervisionAssignment {
        guard let teamId = try Int64.fetchOne(db, sql: "SELECT team_id FROM shadowing_participant WHERE id = ?", arguments: [participantId]),
              let team = try Self.shadowingTeam(db, id: teamId),
              let participant = try Self.participants(db, teamId: teamId).first(where: { $0.id == participantId }) else {
            throw StoreError.notFound(entity: "shadowing_participant", id: participantId)
        }
        guard let day = try? LocalDate.parse(from.trimmingCharacters(in: .whitespaces)) else {
            throw ShadowingValidationFailure([.date: .invalidDate])
        }
        guard try Self.supervisorPool(db, teamId: teamId).contains(where: { $0.medarbetareId == supervisorId }) else {
            throw ShadowingValidationFailure([.supervisor: .notInTeam])
        }
        let latest = try Self.assignments(db, teamId: teamId).last { $0.participantId == participantId }
        try SupervisionRules.checkAssignment(from: day, latest: latest, participant: participant, team: team)
        var assignment = SupervisionAssignment(id: 0, participantId: participantId, supervisorId: supervisorId, from: day, to: nil)
        if let latest, latest.from == day {
            try db.execute(sql: "UPDATE shadowing_supervision SET medarbetare_id = ? WHERE id = ?", arguments: [supervisorId, latest.id])
            assignment.id = latest.id
            assignment.to = latest.to
            try self.recordAudit(db, .update, entity: "shadowing_supervision", entityId: latest.id,
                                 before: Self.audit(latest), after: Self.audit(assignment))
            return assignment
        }
        if let latest, latest.to.map({ $0 >= day }) ?? true {
            var ended = latest
            ended.to = day.adding(days: -1)
            try db.execute(sql: "UPDATE shadowing_supervision SET to_date = ? WHERE id = ?", arguments: [ended.to?.iso, latest.id])
            try self.recordAudit(db, .update, entity: "shadowing_supervision", entityId: latest.id,
                                 before: Self.audit(latest), after: Self.audit(ended))
        }
        try db.execute(sql: """
            INSERT INTO shadowing_supervision (team_id, participant_id, medarbetare_id, from_date, to_date) VALUES (?, ?, ?, ?, NULL)
            """, arguments: [teamId, participantId, supervisorId, day.iso])
        assignment.id = try db.lastInsertedRowID()
        try self.recordAudit(db, .insert, entity: "shadowing_supervision", entityId: assignment.id, before: nil, after: Self.audit(assignment))
        return assignment
    }

    /// Takes a handledare out of the team's pool: only one who has never supervised anyone
    /// there, since who supervised whom refers to her (set her places to 0 instead).
    /// - Throws: `StoreError.notFound` when she is not in the pool; `ShadowingValidationFailure`
    ///   (`.supervisor` hasSupervised).
    public func removeShadowingSupervisor(teamId: Int64, medarbetareId: Int64) throws {
        try writer.write { db in
            guard let before = try Self.supervisorPool(db, teamId: teamId).first(where: { $0.medarbetareId == medarbetareId }) else {
                throw StoreError.notFound(entity: "shadowing_supervisor_pool", id: medarbetareId)
            }
            if try Self.assignments(db, teamId: teamId).contains(where: { $0.supervisorId == medarbetareId }) {
                throw ShadowingValidationFailure([.supervisor: .hasSupervised])
            }
            try db.execute(sql: "DELETE FROM shadowing_supervisor_pool WHERE team_id = ? AND medarbetare_id = ?",
                           arguments: [teamId, medarbetareId])
            try self.recordAudit(db, .delete, entity: "shadowing_supervisor_pool", entityId: medarbetareId,
                                 before: Self.audit(before), after: [:])
        }
    }

    /// Puts the team form's handledare in the team's pool when they are not in it (untrained,
    /// two places, from the team's start), so the two fields and the pool agree.
    static func addFormSupervisorsToPool(_ db: any StoreConnection, team: ShadowingTeam, supervisorIds: [Int64]) throws {
        for id in Set(supervisorIds).sorted() {
            try db.execute(sql: """
                INSERT INTO shadowing_supervisor_pool (team_id, medarbetare_id, trained_on, places, since) VALUES (?, ?, NULL, 2, ?)
                ON CONFLICT (team_id, medarbetare_id) DO NOTHING
                """, arguments: [team.id, id, team.startDate.iso])
        }
    }

    static func audit(_ s: ShadowingSupervisor) -> [String: AuditValue] {
        ["team_id": .integer(s.teamId), "medarbetare_id": .integer(s.medarbetareId), "training_date": s.trainedOn.map { .text($0.iso) } ?? .null,
         "places": .integer(Int64(s.places)), "since": .text(s.since.iso)]
    }

    static func audit(_ a: SupervisionAssignment) -> [String: AuditValue] {
        ["participant_id": .integer(a.participantId), "medarbetare_id": .integer(a.supervisorId), "start_date": .text(a.from.iso),
         "end_date": a.to.map { .text($0.iso) } ?? .null]
    }
}
