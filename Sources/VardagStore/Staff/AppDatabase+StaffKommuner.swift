import VardagDomain

/// The kommuner whose staff figures the login may see or enter, for the Rapport screen's choice.
extension AppDatabase {
    /// A kommun with staff figures the login may see or units she may enter them for, and its
    /// last month with figures.
    public struct StaffKommun: Hashable, Sendable {
        /// The kommun.
        public var kommun: Kommun
        /// The last month any of its visible units has figures for; nil before the first.
        public var latestMonth: StaffMonth?

        public init(kommun: Kommun, latestMonth: StaffMonth?) {
            self.kommun = kommun
            self.latestMonth = latestMonth
        }
    }

    /// The kommuner with staff figures in units the login may see (every unit for the
    /// systemförvaltare and the data's owner, her own units for an enhetschef, none for
    /// others), or with an active unit she may enter them for in an active kommun, in the
    /// register's order, each with its last month with figures (nil for none yet); in one read.
    /// - Throws: the store's errors.
    public func staffKommuner() throws -> [StaffKommun] {
        try writer.read { db in
            let visible = try Self.staffUnitsVisible(db, login: user)
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT k.id, k.name, k.active, e.id, e.active, MAX(s.month)
                FROM enhet e JOIN kommun k ON k.id = e.kommun_id LEFT JOIN staff_month s ON s.enhet_id = e.id
                GROUP BY k.id, k.name, k.active, k.sort_key, e.id, e.active
                ORDER BY k.sort_key, k.id
                """)
            var result: [StaffKommun] = []
            for row in rows {
                let unit: Int64 = row[3]
                if let visible, !visible.contains(unit) { continue }
                let active: Int = row[2], unitActive: Int = row[4]
                let month = (row[5] as String?).flatMap { try? StaffMonth.parse($0) }
                // A unit without figures counts only where figures can still be entered.
                if month == nil && (active == 0 || unitActive == 0) { continue }
                let id: Int64 = row[0]
                if result.last?.kommun.id == id {
                    result[result.count - 1].latestMonth = [result[result.count - 1].latestMonth, month].compactMap { $0 }.max()
                } else {
                    result.append(StaffKommun(kommun: Kommun(id: id, name: row[1], active: active != 0), latestMonth: month))
                }
            }
            return result
        }
    }
}
