import VardagDomain

extension AppDatabase {
    /// A person the demo might give a login, with where she sits and what the other demos made her.
    public struct DemoAccessCandidate: Hashable, Sendable {
        public var id: Int64
        public var name: String
        public var role: MedarbetarRoll
        public var teamId: Int64
        public var team: String
        public var enhetId: Int64
        public var enhet: String
        public var kommun: String
        /// Whether she has Fyrfältaren cases.
        public var hasCases: Bool
        /// Whether she is in the guide pool.
        public var isGuide: Bool
        /// The skuggningsteam she supervises, if any.
        public var supervisedTeam: String?
    }

    /// Active staff in the register's order, for `AccessDemo` to pick demo logins from.
    /// - Throws: the store's errors.
    public func demoAccessCandidates() throws -> [DemoAccessCandidate] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT m.id, m.name, m.role, t.id, t.name, e.id, e.name, k.name,
                    CASE WHEN EXISTS (SELECT 1 FROM workload_case c WHERE c.medarbetare_id = m.id) THEN 1 ELSE 0 END,
                    CASE WHEN EXISTS (SELECT 1 FROM dialogue_guide g WHERE g.medarbetare_id = m.id) THEN 1 ELSE 0 END,
                    (SELECT min(s.name) FROM shadowing_supervisor x JOIN shadowing_team s ON s.id = x.team_id WHERE x.medarbetare_id = m.id)
                FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE m.active = 1 ORDER BY m.id
                """).map { row in
                DemoAccessCandidate(id: row[0], name: row[1], role: MedarbetarRoll(rawValue: row[2]) ?? .medarbetare,
                                    teamId: row[3], team: row[4], enhetId: row[5], enhet: row[6], kommun: row[7],
                                    hasCases: (row[8] as Int) == 1, isGuide: (row[9] as Int) == 1, supervisedTeam: row[10])
            }
        }
    }
}
