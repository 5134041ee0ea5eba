import Foundation
import VardagDomain

/// A participant on the competence ladder, and her employment as servicebiträde: one
/// transaction each with its audit rows; the rules are `ParticipantLadder`'s.
extension AppDatabase {
    /// The register's name key of the title a participant is employed with.
    static let servicebitradeTitleKey = RegisterName.uniquenessKey("Servicebiträde")

    /// Marks a competence step done for a participant.
    /// - Parameters:
    ///   - participantId: the participant (not yet employed).
    ///   - step: 1–5, the next step she has not done.
    ///   - date: as typed, `YYYY-MM-DD`, not after today nor before her previous step.
    ///   - today: the app's today.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`, `.date`).
    public func markParticipantLadderStep(participantId: Int64, step: Int, date: String, today: LocalDate) throws {
        try writer.write { db in
            let participant = try Self.participant(db, id: participantId)
            let typed = date.trimmingCharacters(in: .whitespaces)
            guard let parsed = try? LocalDate.parse(typed) else {
                throw ShadowingValidationFailure([.date: typed.isEmpty ? .required : .invalidDate])
            }
            try participant.ladder.checkComplete(step: step, on: parsed, today: today, employed: participant.employment != nil)
            try db.execute(sql: "INSERT INTO shadowing_ladder_step (participant_id, step_no, completed_on) VALUES (?, ?, ?)",
                           arguments: [participantId, step, parsed.iso])
            try self.recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                                 before: ["ladder": .text(Self.ladderText(participant.ladder.completions))],
                                 after: ["ladder": .text(Self.ladderText(participant.ladder.completions
                                                                           + [StepCompletion(step: step, date: parsed)]))])
        }
    }

    /// Takes back a participant's latest competence step (a mark made by mistake), audited.
    /// - Parameter participantId: the participant (not yet employed: then her steps are in Kompetenstrappa).
    /// - Returns: the step taken back.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`: `.alreadyEmployed`, `.noLadderStep`).
    @discardableResult
    public func removeLatestParticipantLadderStep(participantId: Int64) throws -> StepCompletion {
        try writer.write { db in
            let participant = try Self.participant(db, id: participantId)
            let latest = try participant.ladder.checkRemoveLatest(employed: participant.employment != nil)
            try db.execute(sql: "DELETE FROM shadowing_ladder_step WHERE participant_id = ? AND step_no = ?",
                           arguments: [participantId, latest.step])
            try self.recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                                 before: ["ladder": .text(Self.ladderText(participant.ladder.completions))],
                                 after: ["ladder": .text(Self.ladderText(participant.ladder.completions.dropLast()))])
            return latest
        }
    }

    /// Employs a participant as servicebiträde: she becomes a medarbetare with that title in a
    /// team of the host unit, her ladder steps are carried over to her staff mapping, her path
    /// gets the step anställd and her leaving (as servicebiträde) on the start date, and the
    /// participant keeps all her history. One transaction, audited (the register's own row for
    /// the new medarbetare, her mapping's, and one for the participant).
    /// - Parameters:
    ///   - participantId: the participant, not employed before.
    ///   - teamId: a team of the host team's unit.
    ///   - startDate: her first day, `YYYY-MM-DD`, not before her latest path step.
    /// - Returns: the employment.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`, `.date`, `.hostTeam`).
    @discardableResult
    public func employParticipant(participantId: Int64, teamId: Int64, startDate: String) throws -> ParticipantEmployment {
        try writer.write { db in try self.writeEmployment(db, participantId: participantId, teamId: teamId, startDate: startDate) }
    }

    @_spi(Seeding) public func writeEmployment(_ db: any StoreConnection, participantId: Int64, teamId: Int64,
                                               startDate: String) throws -> ParticipantEmployment {
        let participant = try Self.participant(db, id: participantId)
        let typed = startDate.trimmingCharacters(in: .whitespaces)
        guard let start = try? LocalDate.parse(typed) else {
            throw ShadowingValidationFailure([.date: typed.isEmpty ? .required : .invalidDate])
        }
        try ParticipantLadder.checkEmploy(path: participant.path, employed: participant.employment != nil, start: start)
        guard let team = try Self.shadowingTeam(db, id: participant.teamId),
              try Self.hostUnitTeamIds(db, hostTeamId: team.hostTeamId).contains(teamId) else {
            throw ShadowingValidationFailure([.hostTeam: .unknownReference])
        }
        guard let titleRow = try StoreRow.fetchOne(db, sql: "SELECT id, name FROM competence_title WHERE name_key = ?",
                                                   arguments: [Self.servicebitradeTitleKey]) else {
            throw ShadowingValidationFailure([.step: .noServicebitradeTitle])
        }
        let titleId: Int64 = titleRow["id"]
        let staff = try insertMedarbetare(db, MedarbetareDraft(teamId: teamId, name: participant.name, title: titleRow["name"],
                                                               role: .medarbetare, startDate: start))
        let mapping = CompetenceMapping(medarbetareId: staff.id, titleId: titleId, completions: participant.ladder.completions)
        try writeMapping(db, mapping)
        try db.execute(sql: "INSERT INTO shadowing_employment (participant_id, medarbetare_id, start_date) VALUES (?, ?, ?)",
                       arguments: [participantId, staff.id, start.iso])
        let changes = ParticipantLadder.employmentChanges(path: participant.path)
        if changes.addsStep {
            try db.execute(sql: "INSERT INTO shadowing_step (participant_id, step, date) VALUES (?, ?, ?)",
                           arguments: [participantId, PathStep.anstalld.rawValue, start.iso])
        }
        if changes.leaves {
            try db.execute(sql: "UPDATE shadowing_participant SET left_on = ?, outcome = ? WHERE id = ?",
                           arguments: [start.iso, PathOutcome.servicebitrade.rawValue, participantId])
        }
        try recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                        before: ["step": participant.path.current.map { .text($0.rawValue) } ?? .null,
                                 "left_on": participant.path.left.map { .text($0.date.iso) } ?? .null, "medarbetare_id": .null],
                        after: ["step": .text(PathStep.anstalld.rawValue), "left_on": .text(participant.path.left?.date.iso ?? start.iso),
                                "outcome": .text(PathOutcome.servicebitrade.rawValue), "medarbetare_id": .integer(staff.id),
                                "employed_from": .text(start.iso), "team_id": .integer(teamId)])
        return ParticipantEmployment(medarbetareId: staff.id, startDate: start)
    }

    /// The active teams of the host team's unit, the host team first: where a participant can be employed.
    /// - Parameter hostTeamId: the skuggningsteam's host team.
    /// - Returns: (id, name) pairs.
    public func hostUnitTeams(hostTeamId: Int64) throws -> [(id: Int64, name: String)] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT t.id, t.name FROM team t JOIN team h ON h.enhet_id = t.enhet_id
                WHERE h.id = ? AND (t.active = 1 OR t.id = h.id) ORDER BY t.id <> h.id, t.sort_key, t.id
                """, arguments: [hostTeamId]).map { (id: $0["id"], name: $0["name"]) }
        }
    }

    static func hostUnitTeamIds(_ db: any StoreConnection, hostTeamId: Int64) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, sql: """
            SELECT t.id FROM team t JOIN team h ON h.enhet_id = t.enhet_id WHERE h.id = ? AND (t.active = 1 OR t.id = h.id)
            """, arguments: [hostTeamId]))
    }

    static func participant(_ db: any StoreConnection, id: Int64) throws -> ShadowingParticipant {
        guard let teamId = try Int64.fetchOne(db, sql: "SELECT team_id FROM shadowing_participant WHERE id = ?", arguments: [id]),
              let participant = try participants(db, teamId: teamId).first(where: { $0.id == id }) else {
            throw StoreError.notFound(entity: "shadowing_participant", id: id)
        }
        return participant
    }

    /// The ladder steps of a team's participants, by participant.
    static func ladderSteps(_ db: any StoreConnection, teamId: Int64) throws -> [Int64: [StepCompletion]] {
        var steps: [Int64: [StepCompletion]] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT s.participant_id, s.step_no, s.completed_on FROM shadowing_ladder_step s
            JOIN shadowing_participant p ON p.id = s.participant_id WHERE p.team_id = ?
            """, arguments: [teamId]) {
            if let date = try? LocalDate.parse(row[2] as String) {
                steps[row[0], default: []].append(StepCompletion(step: row[1], date: date))
            }
        }
        return steps
    }

    /// The employments of a team's participants, by participant.
    static func employments(_ db: any StoreConnection, teamId: Int64) throws -> [Int64: ParticipantEmployment] {
        var found: [Int64: ParticipantEmployment] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT e.participant_id, e.medarbetare_id, e.start_date FROM shadowing_employment e
            JOIN shadowing_participant p ON p.id = e.participant_id
            WHERE p.team_id = ?
            """, arguments: [teamId]) {
            if let date = try? LocalDate.parse(row[2] as String) {
                found[row[0]] = ParticipantEmployment(medarbetareId: row[1], startDate: date)
            }
        }
        return found
    }

    private static func ladderText(_ completions: some Sequence<StepCompletion>) -> String {
        completions.sorted { $0.step < $1.step }.map { "\($0.step):\($0.date.iso)" }.joined(separator: " ")
    }
}
