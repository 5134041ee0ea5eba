import VardagDomain

/// The monthly staff figures per unit: save one unit's month, read a kommun's months, and
/// the public document's threshold.
///
/// Who may: the enhetschef of the unit and the systemförvaltare (and the data's owner). On
/// PostgreSQL the server's policies (`v17-staff-figures`) enforce it; here the store also
/// checks, so the refusal is a sentence on both backends, and reads leave out the units the
/// viewer may not see.
extension AppDatabase {
    /// Saves one unit's figures for one month, replacing what was stored for that month, in
    /// one transaction with its audit row. Saving the same figures again writes nothing.
    /// - Parameters:
    ///   - enhetId: the unit.
    ///   - month: the month.
    ///   - figures: the figures.
    /// - Returns: whether anything was written.
    /// - Throws: `StaffFigureFailure` for figures that break the rules, `AccessFailure.notAllowed`
    ///   for a unit the login may not change, `StoreError`/GRDB errors.
    @discardableResult
    public func saveStaffMonth(enhetId: Int64, month: StaffMonth, figures: StaffFigures) throws -> Bool {
        let problems = figures.problems()
        if !problems.isEmpty { throw StaffFigureFailure(problems: problems) }
        let stored = try writer.read { db in
            try Self.requireStaffWriter(db, login: user, units: [enhetId])
            return try Self.storedStaffFigures(db, [(enhetId, month)])
        }
        if stored[StaffKey(enhetId: enhetId, month: month)] == figures { return false }
        try writer.write { db in
            try Self.requireStaffWriter(db, login: user, units: [enhetId])
            try self.writeStaffMonths(db, [(enhetId, month, figures)])
        }
        return true
    }

    /// A kommun's units with their figures in a span of months, units in the register's order.
    /// Units without any figure in the span are left out, and so are units the login may not see.
    /// - Parameters:
    ///   - kommunId: the kommun.
    ///   - from: the first month.
    ///   - to: the last month.
    /// - Throws: the store's errors.
    public func staffFigures(kommunId: Int64, from: StaffMonth, to: StaffMonth) throws -> [StaffPublication.Unit] {
        try writer.read { db in
            let visible = try Self.staffUnitsVisible(db, login: user)
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT e.id, e.name, s.month, \(StaffColumns.list(prefix: "s."))
                FROM staff_month s JOIN enhet e ON e.id = s.enhet_id
                WHERE e.kommun_id = ? AND s.month BETWEEN ? AND ?
                ORDER BY e.sort_key, e.id, s.month
                """, arguments: [kommunId, from.description, to.description])
            var units: [StaffPublication.Unit] = []
            for row in rows {
                let id: Int64 = row[0]
                if let visible, !visible.contains(id) { continue }
                guard let month = try? StaffMonth.parse(row[2]) else { continue }
                let figures = StaffColumns.figures((3..<row.count).map { row[$0] as Int })
                if units.last?.id != id { units.append(StaffPublication.Unit(id: id, name: row[1], figures: [:])) }
                units[units.count - 1].figures[month] = figures
            }
            return units
        }
    }

    /// The small-group rule of the public staff document (`staff_setting`, never below 10).
    /// - Throws: the store's errors.
    public func staffSuppression() throws -> StaffSuppression {
        try writer.read { db in
            StaffSuppression(stored: try Int.fetchOne(db, sql: "SELECT value FROM staff_setting WHERE key = 'suppression_threshold'"))
        }
    }

    /// Sets the public staff document's threshold (groups of this many people or fewer are hidden).
    /// - Parameter threshold: 10–100.
    /// - Throws: `StaffSuppressionError`, `AccessFailure.notAllowed` unless a systemförvaltare or
    ///   the data's owner, the store's errors.
    public func setStaffSuppressionThreshold(_ threshold: Int) throws {
        let rule = try StaffSuppression(threshold: threshold)
        try writer.write { db in
            guard try Self.viewer(db, login: user).seesEverything else { throw AccessFailure.notAllowed(login: user) }
            let old = try Int.fetchOne(db, sql: "SELECT value FROM staff_setting WHERE key = 'suppression_threshold'")
            guard old != rule.threshold else { return }
            try db.execute(sql: """
                INSERT INTO staff_setting (key, value) VALUES ('suppression_threshold', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, arguments: [rule.threshold])
            try self.recordAudit(db, old == nil ? .insert : .update, entity: "staff_setting", entityId: 1,
                                 before: old.map { ["suppression_threshold": .integer(Int64($0))] },
                                 after: ["suppression_threshold": .integer(Int64(rule.threshold))])
        }
    }

    // MARK: Shared with the import

    /// One unit's month.
    struct StaffKey: Hashable {
        var enhetId: Int64
        var month: StaffMonth
    }

    /// The stored figures of some unit-months (those without figures are absent).
    static func storedStaffFigures(_ db: any StoreConnection, _ keys: [(Int64, StaffMonth)]) throws -> [StaffKey: StaffFigures] {
        var result: [StaffKey: StaffFigures] = [:]
        let units = Set(keys.map(\.0))
        guard !units.isEmpty else { return result }
        let months = keys.map(\.1)
        let wanted = Set(keys.map { StaffKey(enhetId: $0.0, month: $0.1) })
        // One read per chunk of units over the months' span, filtered here.
        for chunk in Array(units).sorted().chunked(500) {
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT enhet_id, month, \(StaffColumns.list) FROM staff_month
                WHERE enhet_id IN (\(chunk.map { _ in "?" }.joined(separator: ","))) AND month BETWEEN ? AND ?
                """, arguments: StoreArguments(chunk.map { $0 as any StoreValueConvertible }
                                                + [months.min()!.description, months.max()!.description]))
            for row in rows {
                guard let month = try? StaffMonth.parse(row[1]) else { continue }
                let key = StaffKey(enhetId: row[0], month: month)
                guard wanted.contains(key) else { continue }
                result[key] = StaffColumns.figures((2..<row.count).map { row[$0] as Int })
            }
        }
        return result
    }

    /// Writes unit-months (insert or replace) with one audit row each, inside the caller's
    /// transaction; a unit-month stored with the same figures is skipped (no write, no audit).
    /// The figures must already be valid (`StaffFigures.problems()`); the schema's CHECKs refuse others.
    @_spi(Seeding) public func writeStaffMonths(_ db: any StoreConnection, _ months: [(Int64, StaffMonth, StaffFigures)]) throws {
        let stored = try Self.storedStaffFigures(db, months.map { ($0.0, $0.1) })
        let placeholders = Array(repeating: "?", count: StaffField.allCases.count).joined(separator: ", ")
        let updates = StaffField.allCases.map { "\(StaffColumns.column($0)) = excluded.\(StaffColumns.column($0))" }.joined(separator: ", ")
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO staff_month (enhet_id, month, \(StaffColumns.list)) VALUES (?, ?, \(placeholders))
            ON CONFLICT (enhet_id, month) DO UPDATE SET \(updates)
            """)
        for (enhetId, month, figures) in months {
            let old = stored[StaffKey(enhetId: enhetId, month: month)]
            if old == figures { continue }
            try upsert.execute(arguments: StoreArguments([enhetId as any StoreValueConvertible, month.description]
                                                    + StaffColumns.values(figures).map { $0 as any StoreValueConvertible }))
            try recordAudit(db, old == nil ? .insert : .update, entity: "staff_month", entityId: enhetId,
                            before: old.map { StaffColumns.audit(month, $0) }, after: StaffColumns.audit(month, figures))
        }
    }

    /// The units whose figures the login may see and change, or nil for every unit
    /// (the systemförvaltare and the data's owner); otherwise those she is enhetschef of.
    static func staffUnitsVisible(_ db: any StoreConnection, login: String) throws -> Set<Int64>? {
        let viewer = try viewer(db, login: login)
        return viewer.seesEverything ? nil : Set(viewer.scopeIds(.enhetschef))
    }

    /// Refuses a login that may not change one of these units' figures.
    /// - Throws: `AccessFailure.notAllowed`.
    static func requireStaffWriter(_ db: any StoreConnection, login: String, units: Set<Int64>) throws {
        guard let allowed = try staffUnitsVisible(db, login: login) else { return }
        if !units.isSubset(of: allowed) { throw AccessFailure.notAllowed(login: login) }
    }
}

fileprivate extension Array {
    /// The elements in consecutive pieces of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
