/// Runs and reports the PostgreSQL migrations (`PostgresMigrations`), recording each
/// applied identifier in `vardag_migrations`, as GRDB records SQLite's in `grdb_migrations`.
///
/// Several Vardags may start on one new database at once: a session advisory lock lets
/// one migrate while the others wait, and then find nothing left to do.
enum PostgresMigrator {
    /// The identifiers this build knows, in order (the same as SQLite's).
    static var identifiers: [String] { PostgresMigrations.all.map(\.identifier) }

    /// Brings the database to this build's schema.
    /// - Throws: `StoreError.newerSchema` when it has migrations this build does not know,
    ///   `.foreignServerDatabase` when it holds other tables and no Vardag migrations
    ///   (nothing is changed then), or the server's errors.
    static func migrate(_ connection: PostgresConnection) throws {
        try connection.execute(script: "SELECT pg_advisory_lock(7461721)")
        defer { _ = try? connection.execute(script: "SELECT pg_advisory_unlock(7461721)") }
        if try !hasMigrationTable(connection) {
            let others = try connection.execute(sql: "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                                                arguments: []).row(0).values.first
            guard others == .integer(0) else { throw StoreError.foreignServerDatabase(server: connection.serverDescription) }
            try connection.execute(script: """
                CREATE TABLE vardag_migrations (
                    identifier TEXT COLLATE "C" PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """)
        }
        let applied = try appliedIdentifiers(connection)
        let unknown = Set(applied).subtracting(identifiers).sorted()
        if !unknown.isEmpty { throw StoreError.newerSchema(path: connection.serverDescription, unknownMigrations: unknown) }
        for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
            try connection.execute(script: "BEGIN")
            do {
                try connection.execute(script: migration.sql)
                _ = try connection.execute(sql: "INSERT INTO vardag_migrations (identifier) VALUES ($1)",
                                           arguments: [.text(migration.identifier)])
                try connection.execute(script: "COMMIT")
            } catch {
                _ = try? connection.execute(script: "ROLLBACK")
                throw error
            }
        }
    }

    /// Whether the current schema has Vardag's table of applied migrations.
    static func hasMigrationTable(_ connection: PostgresConnection) throws -> Bool {
        try connection.execute(sql: """
            SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'vardag_migrations'
            """, arguments: []).row(0).values.first == .integer(1)
    }

    /// The identifiers recorded as applied, in the order they were applied.
    private static func appliedIdentifiers(_ connection: PostgresConnection) throws -> [String] {
        let result = try connection.execute(sql: "SELECT identifier FROM vardag_migrations ORDER BY applied_at, identifier",
                                            arguments: [])
        return (0..<result.rowCount).compactMap { result.row($0)[0] as String? }
    }

    /// The migrations applied and known, for `vardag check`.
    static func schemaVersion(_ writer: any StoreWriter) throws -> SchemaVersion {
        let applied = try writer.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM vardag_migrations") }
        let known = identifiers
        let ordered = known.filter { applied.contains($0) } + applied.filter { !known.contains($0) }.sorted()
        return SchemaVersion(applied: ordered, known: known)
    }

    /// The server keeps its own pages whole (checksums and WAL are its job); what Vardag
    /// can check is that every constraint holds for every row: a constraint added
    /// `NOT VALID` and never validated is named.
    static func integrityCheck(_ writer: any StoreWriter) throws -> [String] {
        let unchecked = try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT conrelid::regclass::text || ': ' || conname FROM pg_constraint
                WHERE NOT convalidated AND connamespace = current_schema()::regnamespace ORDER BY 1
                """)
        }
        return unchecked.isEmpty ? ["ok"] : unchecked.map { "constraint not validated: \($0)" }
    }
}
