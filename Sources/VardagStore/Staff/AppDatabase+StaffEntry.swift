import VardagDomain

/// What the Rapport screen's form for one unit's month needs: the units a login may enter
/// figures for, and one unit's stored month.
extension AppDatabase {
    /// A unit the login may enter staff figures for.
    public struct StaffUnit: Hashable, Sendable {
        /// The unit's id.
        public var id: Int64
        /// The unit's name.
        public var name: String
        /// False once the unit is deactivated.
        public var active: Bool

        public init(id: Int64, name: String, active: Bool) {
            self.id = id
            self.name = name
            self.active = active
        }
    }

    /// A kommun's units whose figures the login may enter (every unit for the
    /// systemförvaltare and the data's owner, her own for an enhetschef, none for others),
    /// with or without figures, in the register's order; in one read.
    /// - Parameter kommunId: the kommun.
    /// - Throws: the store's errors.
    public func staffUnits(kommunId: Int64) throws -> [StaffUnit] {
        try writer.read { db in
            let visible = try Self.staffUnitsVisible(db, login: user)
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT id, name, active FROM enhet WHERE kommun_id = ? ORDER BY sort_key, id
                """, arguments: [kommunId])
            return rows.compactMap { row -> StaffUnit? in
                let id: Int64 = row[0]
                if let visible, !visible.contains(id) { return nil }
                let active: Int = row[2]
                return StaffUnit(id: id, name: row[1], active: active != 0)
            }
        }
    }

    /// One unit's stored figures for one month, as entered (not hidden as in the public
    /// document), or nil when the month has none.
    /// - Parameters:
    ///   - enhetId: the unit.
    ///   - month: the month.
    /// - Throws: `AccessFailure.notAllowed` for a unit the login may not change, the store's errors.
    public func staffMonth(enhetId: Int64, month: StaffMonth) throws -> StaffFigures? {
        try writer.read { db in
            try Self.requireStaffWriter(db, login: user, units: [enhetId])
            return try Self.storedStaffFigures(db, [(enhetId, month)])[StaffKey(enhetId: enhetId, month: month)]
        }
    }
}
