import VardagDomain

/// Corrections in Skuggning: a path step's date, taking the latest step back, and
/// removing a hypothesis. One transaction each with its audit row; the path rules
/// (`ParticipantPath`) are checked again.
extension AppDatabase {
    /// Corrects the date of a step a participant has reached.
    /// - Parameters:
    ///   - participantId: the participant.
    ///   - step: a step on her path.
    ///   - date: `YYYY-MM-DD`, between the steps around it and not after she left.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`, `.date`).
    public func correctPathStepDate(participantId: Int64, step: PathStep, date: String) throws {
        try writer.write { db in
            let path = try Self.path(db, participantId: participantId)
            guard let parsed = try? LocalDate.parse(date.trimmingCharacters(in: .whitespaces)) else {
                throw ShadowingValidationFailure([.date: date.trimmingCharacters(in: .whitespaces).isEmpty ? .required : .invalidDate])
            }
            try path.checkRedate(step, to: parsed)
            let old = path.steps.first { $0.step == step }?.date
            try db.execute(sql: "UPDATE shadowing_step SET date = ? WHERE participant_id = ? AND step = ?",
                           arguments: [parsed.iso, participantId, step.rawValue])
            try self.recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                                 before: ["step": .text(step.rawValue), "step_date": old.map { .text($0.iso) } ?? .null],
                                 after: ["step": .text(step.rawValue), "step_date": .text(parsed.iso)])
        }
    }

    /// Takes back the latest step on a participant's path (recorded by mistake).
    /// - Parameter participantId: a participant still in the team, with at least one step.
    /// - Throws: `StoreError.notFound`, `ShadowingValidationFailure` (`.step`).
    public func removeLatestPathStep(participantId: Int64) throws {
        try writer.write { db in
            let path = try Self.path(db, participantId: participantId)
            try path.checkRemoveLatest()
            guard let latest = path.steps.last else { return }
            try db.execute(sql: "DELETE FROM shadowing_step WHERE participant_id = ? AND step = ?",
                           arguments: [participantId, latest.step.rawValue])
            let previous = path.steps.dropLast().last
            try self.recordAudit(db, .update, entity: "shadowing_participant", entityId: participantId,
                                 before: ["step": .text(latest.step.rawValue), "step_date": .text(latest.date.iso)],
                                 after: ["step": previous.map { .text($0.step.rawValue) } ?? .null,
                                         "step_date": previous.map { .text($0.date.iso) } ?? .null])
        }
    }

    /// Removes a hypothesis, its notes and history, and its links to day entries (the entries stay).
    /// - Parameter id: the hypothesis.
    /// - Throws: `StoreError.notFound`.
    public func removeHypothesis(id: Int64) throws {
        try writer.write { db in
            guard let before = try Self.hypothesis(db, id: id) else { throw StoreError.notFound(entity: "shadowing_hypothesis", id: id) }
            try db.execute(sql: "DELETE FROM shadowing_hypothesis_link WHERE hypothesis_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM shadowing_hypothesis_event WHERE hypothesis_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM shadowing_hypothesis WHERE id = ?", arguments: [id])
            try self.recordAudit(db, .delete, entity: "shadowing_hypothesis", entityId: id, before: Self.audit(before), after: [:])
        }
    }
}
