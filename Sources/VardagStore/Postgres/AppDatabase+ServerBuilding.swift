import Foundation

extension AppDatabase {
    /// Builds a whole new Vardag database in a server database, for `vardag demo`: the
    /// database is never seen half-made.
    ///
    /// The schema and contents are made in a new schema of their own (`vardag_build_…`)
    /// and then, in one transaction, put in place of the current schema: either all of it
    /// is there, or the database is as it was (with `replacing`, the old data too).
    /// - Parameters:
    ///   - conninfo: the server database.
    ///   - replacing: replace a database that holds a register instead of refusing.
    ///   - user: the author recorded in the audit trail.
    ///   - fill: adds the contents.
    /// - Throws: `StoreError.destinationExists` when the database has a register and
    ///   `replacing` is false, `.foreignServerDatabase` when it holds another program's
    ///   tables, the server's errors, or what `fill` threw.
    public static func build(server conninfo: String, replacing: Bool, user: String,
                             fill: (AppDatabase) throws -> Void) throws {
        let connection = try connect(conninfo)
        let target = try connection.execute(sql: "SELECT current_schema()", arguments: []).row(0)[0] as String
        let server = connection.serverDescription
        if try PostgresMigrator.hasMigrationTable(connection) {
            let kommuner = try connection.execute(sql: "SELECT count(*) FROM kommun", arguments: []).row(0)[0] as Int
            if kommuner > 0 && !replacing { throw StoreError.destinationExists(path: server) }
        } else if try connection.execute(sql: "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                                         arguments: []).row(0)[0] as Int > 0 {
            throw StoreError.foreignServerDatabase(server: server)
        }
        // One build at a time per database; a build that was killed left its schema
        // behind, which no build can be using any more once this lock is held.
        try connection.execute(script: "SELECT pg_advisory_lock(7461722)")
        defer { _ = try? connection.execute(script: "SELECT pg_advisory_unlock(7461722)") }
        try dropLeftoverBuilds(connection)
        let building = "vardag_build_" + UUID().uuidString.prefix(8).lowercased()
        try connection.execute(script: "CREATE SCHEMA \(building); SET search_path TO \(building)")
        do {
            try PostgresMigrator.migrate(connection)
            try fill(AppDatabase(server: PostgresStoreWriter(connection: connection), user: user, now: { Date() }))
            try connection.execute(script: """
                BEGIN;
                DROP SCHEMA \(quoted(target)) CASCADE;
                ALTER SCHEMA \(building) RENAME TO \(quoted(target));
                COMMIT;
                SET search_path TO DEFAULT
                """)
        } catch {
            _ = try? connection.execute(script: "ROLLBACK")
            _ = try? connection.execute(script: "DROP SCHEMA IF EXISTS \(building) CASCADE")
            throw error
        }
    }

    /// Drops the schemas of builds that never finished (their process was killed).
    private static func dropLeftoverBuilds(_ connection: PostgresConnection) throws {
        let result = try connection.execute(sql: "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'vardag\\_build\\_%'",
                                            arguments: [])
        for index in 0..<result.rowCount {
            try connection.execute(script: "DROP SCHEMA \(quoted(result.row(index)[0] as String)) CASCADE")
        }
    }

    /// An identifier in double quotes.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
