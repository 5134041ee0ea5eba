import VardagDomain

/// The kommuner whose staff figures the login may see, for the Rapport screen's choice.
extension AppDatabase {
    /// A kommun with staff figures the login may see, and its last month with figures.
    public struct StaffKommun: Hashable, Sendable {
        /// The kommun.
        public var kommun: Kommun
        /// The last month any of its visible units has figures for.
        public var latestMonth: StaffMonth

        public init(kommun: Kommun, latestMonth: StaffMonth) {
            self.kommun = kommun
            self.latestMonth = latestMonth
        }
    }

    /// The kommuner with staff figures in units the login may see (every unit for the
    /// systemförvaltare and the data's owner, her own units for an enhetschef, none for
    /// others), in the register's order, each with its last month with figures; in one read.
    /// - Throws: the store's errors.
    public func staffKommuner() throws -> [StaffKommun] {
        try writer.read { db in
            let visible = try Self.staffUnitsVisible(db, login: user)
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT k.id, k.name, k.active, e.id, MAX(s.month)
                FROM staff_month s JOIN enhet e ON e.id = s.enhet_id JOIN kommun k ON k.id = e.kommun_id
                GROUP BY k.id, k.name, k.active, k.sort_key, e.id
                ORDER BY k.sort_key, k.id
                """)
            var result: [StaffKommun] = []
            for row in rows {
                let unit: Int64 = row[3]
                if let visible, !visible.contains(unit) { continue }
                guard let month = try? StaffMonth.parse(row[4]) else { continue }
                let id: Int64 = row[0]
                if result.last?.kommun.id == id {
                    result[result.count - 1].latestMonth = max(result[result.count - 1].latestMonth, month)
                } else {
                    let active: Int = row[2]
                    result.append(StaffKommun(kommun: Kommun(id: id, name: row[1], active: active != 0), latestMonth: month))
                }
            }
            return result
        }
    }
}
