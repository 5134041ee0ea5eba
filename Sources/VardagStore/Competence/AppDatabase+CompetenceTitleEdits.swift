import VardagDomain

/// The title catalogue kept by the kompetensstrateg: new titles, renames, and retiring a
/// title (kept, with its requirements, for its holders and for history). One transaction
/// each, with its audit row.
extension AppDatabase {
    /// Adds a title with its education requirements; it is not protected by law.
    /// - Parameters:
    ///   - name: the name as typed (trimmed, NFC).
    ///   - educationKind: the least education the title requires.
    ///   - points: upper-secondary points required (0–5000; 0 unless `gymnasial`).
    ///   - certificateRequired: whether a certificate is needed.
    /// - Returns: the stored title.
    /// - Throws: `CompetenceError` (empty, too long, control characters, a name taken, points out of range).
    @discardableResult
    public func addCompetenceTitle(name: String, educationKind: EducationKind, points: Int,
                                   certificateRequired: Bool) throws -> CompetenceTitle {
        let name = RegisterName.normalize(name)
        guard (0...5000).contains(points) else { throw CompetenceError.pointsOutOfRange(points) }
        return try writer.write { db in
            try CompetenceTitle.validateName(name, otherNames: try Self.fetchTitles(db).map(\.name))
            let points = educationKind == .gymnasial ? points : 0
            try db.execute(sql: """
                INSERT INTO competence_title (name, name_key, education_kind, points, certificate_required, protected, active)
                VALUES (?, ?, ?, ?, ?, 0, 1)
                """, arguments: [name, RegisterName.uniquenessKey(name), educationKind.rawValue, points, certificateRequired])
            let title = CompetenceTitle(id: try db.lastInsertedRowID(), name: name, educationKind: educationKind, points: points,
                                        certificateRequired: certificateRequired, protected: false)
            try self.recordAudit(db, .insert, entity: "competence_title", entityId: title.id, before: nil, after: Self.titleAudit(title))
            return title
        }
    }

    /// Renames a title. People mapped to it keep it; the audit row keeps the old name.
    /// - Parameters:
    ///   - id: the title.
    ///   - name: the new name as typed.
    /// - Returns: the stored title.
    /// - Throws: `CompetenceError`, `StoreError.notFound`.
    @discardableResult
    public func renameCompetenceTitle(id: Int64, name: String) throws -> CompetenceTitle {
        let name = RegisterName.normalize(name)
        return try writer.write { db in
            let titles = try Self.fetchTitles(db)
            guard let before = titles.first(where: { $0.id == id }) else { throw StoreError.notFound(entity: "competence_title", id: id) }
            try CompetenceTitle.validateName(name, otherNames: titles.filter { $0.id != id }.map(\.name))
            try db.execute(sql: "UPDATE competence_title SET name = ?, name_key = ? WHERE id = ?",
                           arguments: [name, RegisterName.uniquenessKey(name), id])
            // On PostgreSQL a login that does not keep the catalogue reads the row but changes nothing.
            guard db.changesCount == 1 else { throw StoreError.notFound(entity: "competence_title", id: id) }
            var after = before
            after.name = name
            try self.recordAudit(db, .update, entity: "competence_title", entityId: id,
                                 before: Self.titleAudit(before), after: Self.titleAudit(after))
            return after
        }
    }

    /// Retires a title, or takes a retired one into use again.
    /// - Parameters:
    ///   - id: the title.
    ///   - active: false to retire it.
    /// - Returns: the stored title.
    /// - Throws: `StoreError.notFound`, also when the row-level security lets the login read
    ///   the title but not change it.
    @discardableResult
    public func setCompetenceTitleActive(id: Int64, active: Bool) throws -> CompetenceTitle {
        try writer.write { db in
            guard let before = try Self.fetchTitles(db).first(where: { $0.id == id }) else {
                throw StoreError.notFound(entity: "competence_title", id: id)
            }
            var after = before
            after.active = active
            guard before.active != active else { return after }
            try db.execute(sql: "UPDATE competence_title SET active = ? WHERE id = ?", arguments: [active, id])
            guard db.changesCount == 1 else { throw StoreError.notFound(entity: "competence_title", id: id) }
            try self.recordAudit(db, active ? .reactivate : .deactivate, entity: "competence_title", entityId: id,
                                 before: Self.titleAudit(before), after: Self.titleAudit(after))
            return after
        }
    }

    static func titleAudit(_ title: CompetenceTitle) -> [String: AuditValue] {
        ["name": .text(title.name), "education_kind": .text(title.educationKind.rawValue), "points": .integer(Int64(title.points)),
         "certificate_required": .bool(title.certificateRequired), "active": .bool(title.active)]
    }
}
