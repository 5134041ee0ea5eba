import VardagDomain

/// The register's edit forms saved without lost updates: only the fields the person
/// changed are written, and a change someone else saved since the form opened is either
/// kept (other fields) or put to her as an `EditConflict` (the same fields).
extension AppDatabase {
    /// Saves the kommun form.
    /// - Parameters:
    ///   - edited: the kommun as the person saves it.
    ///   - base: the kommun as the form opened it.
    ///   - resolution: nil to ask on a conflict, else her answer to the question.
    /// - Throws: `EditConflict<Kommun>`, `ValidationFailure`, `StoreError.notFound`.
    @discardableResult
    public func saveKommunEdit(_ edited: Kommun, openedAs base: Kommun, resolution: EditResolution<Kommun>? = nil) throws -> EditSaved<Kommun> {
        try writer.write { db in
            let before = try Self.fetch(KommunRecord.self, db, id: base.id, entity: "kommun")
            return try Self.guardedEdit(base: base, mine: edited, theirs: before.kommun, resolution: resolution) { merged in
                _ = try self.renameKommun(db, before: before, name: merged.name)
            }
        }
    }

    /// Saves the unit form.
    /// - Parameters:
    ///   - edited: the unit as the person saves it.
    ///   - base: the unit as the form opened it.
    ///   - resolution: nil to ask on a conflict, else her answer to the question.
    /// - Throws: `EditConflict<Enhet>`, `ValidationFailure`, `StoreError.notFound`.
    @discardableResult
    public func saveEnhetEdit(_ edited: Enhet, openedAs base: Enhet, resolution: EditResolution<Enhet>? = nil) throws -> EditSaved<Enhet> {
        try writer.write { db in
            let before = try Self.fetch(EnhetRecord.self, db, id: base.id, entity: "enhet")
            return try Self.guardedEdit(base: base, mine: edited, theirs: before.enhet, resolution: resolution) { merged in
                _ = try self.updateEnhet(db, before: before, name: merged.name, omrade: merged.omrade, kommunId: merged.kommunId)
            }
        }
    }

    /// Saves the team form.
    /// - Parameters:
    ///   - edited: the team as the person saves it.
    ///   - base: the team as the form opened it.
    ///   - resolution: nil to ask on a conflict, else her answer to the question.
    /// - Throws: `EditConflict<Team>`, `ValidationFailure`, `StoreError.notFound`.
    @discardableResult
    public func saveTeamEdit(_ edited: Team, openedAs base: Team, resolution: EditResolution<Team>? = nil) throws -> EditSaved<Team> {
        try writer.write { db in
            let before = try Self.fetch(TeamRecord.self, db, id: base.id, entity: "team")
            return try Self.guardedEdit(base: base, mine: edited, theirs: before.team, resolution: resolution) { merged in
                _ = try self.updateTeam(db, before: before, name: merged.name, enhetId: merged.enhetId)
            }
        }
    }

    /// Saves the staff form.
    /// - Parameters:
    ///   - id: the medarbetare.
    ///   - edited: the form's values as the person saves them.
    ///   - base: the values the form opened with.
    ///   - resolution: nil to ask on a conflict, else her answer to the question.
    /// - Throws: `EditConflict<MedarbetareDraft>`, `ValidationFailure`, `StoreError.notFound`.
    @discardableResult
    public func updateMedarbetare(
        id: Int64, _ edited: MedarbetareDraft, openedAs base: MedarbetareDraft, resolution: EditResolution<MedarbetareDraft>? = nil
    ) throws -> EditSaved<MedarbetareDraft> {
        try writer.write { db in
            let before = try Self.fetch(MedarbetareRecord.self, db, id: id, entity: "medarbetare")
            let stored = before.medarbetare
            let theirs = MedarbetareDraft(teamId: stored.teamId, name: stored.name, title: stored.title,
                                          role: stored.role, startDate: stored.startDate)
            return try Self.guardedEdit(base: base, mine: edited, theirs: theirs, resolution: resolution) { merged in
                _ = try self.updateMedarbetare(db, before: before, merged)
            }
        }
    }
}
