import Foundation
@_spi(Seeding) import VardagStore

/// A database a benchmark measures on, SQLite or PostgreSQL, with the command-line tool
/// that runs the same SQL on the same data.
struct BenchBackend {
    /// "SQLite" or "PostgreSQL", as printed.
    let name: String
    /// `sqlite3` on the file or `psql` on the server database.
    let tool: CommandLineTool
    /// Opens the database as the app does (a new connection each call).
    let open: () throws -> AppDatabase
    /// The server database, kept for as long as the backend (it is dropped with it).
    let serverDatabase: BenchServerDatabase?
    /// The one team a login under row-level security leads, when the backend is such a login
    /// (`teamLeader(on:teamId:)`); nil for the data's owner, who measures every team.
    var ledTeam: Int64?

    /// A generated SQLite file.
    static func sqlite(path: String, options: BenchServerOptions) -> BenchBackend {
        BenchBackend(name: "SQLite", tool: CommandLineTool(kind: .sqlite3, program: options.sqlite3, database: path),
                     open: { try AppDatabase.open(path: path, user: "bench") }, serverDatabase: nil, ledTeam: nil)
    }

    /// A copy of a generated SQLite file in a new database on the `--server`, or nil
    /// without `--server`. When the server cannot be used, says why and returns nil, so
    /// the benchmark goes on with SQLite alone.
    /// - Parameters:
    ///   - path: the SQLite file to copy (all of it, ids kept, as `vardag copy` does).
    ///   - options: `--server` and `--psql`.
    ///   - purpose: a word for the database's name.
    /// - Returns: the backend, or nil.
    static func serverCopy(of path: String, options: BenchServerOptions, purpose: String) -> BenchBackend? {
        guard let server = options.server else { return nil }
        do {
            let database = try BenchServerDatabase(server: server, psql: options.psql, purpose: purpose)
            let start = DispatchTime.now().uptimeNanoseconds
            let source = try AppDatabase.open(path: path, user: "bench")
            let destination = try AppDatabase.open(server: database.conninfo, user: "bench")
            let report = try source.copyEverything(to: destination)
            try source.close()
            try destination.close()
            // A bulk load is followed by autovacuum's ANALYZE within a minute; done here at
            // once, so the first measurement does not plan with an empty table's statistics.
            try database.tool().command("VACUUM ANALYZE")
            print(String(format: "PostgreSQL: %@ kopierad till %@ (%d rader) på %.1f s",
                         (path as NSString).lastPathComponent, database.name,
                         report.tables.reduce(0) { $0 + $1.destinationRows },
                         BenchStatistics.milliseconds(since: start) / 1000))
            let conninfo = database.conninfo
            return BenchBackend(name: "PostgreSQL", tool: database.tool(),
                                open: { try AppDatabase.open(server: conninfo, user: "bench") }, serverDatabase: database, ledTeam: nil)
        } catch {
            print("PostgreSQL: hoppas över (\(error))")
            return nil
        }
    }

    /// The same server database as `owner`, opened as a login that is teamledare of one team
    /// and a medarbetare, under the row-level security of `v12-access-policies`; `psql` stays
    /// the owner's, so the figures compare the policies' cost with the owner's plain query.
    /// When the login cannot be made (no CREATEROLE, no app role, a server that does not trust
    /// the new login), says why and returns nil.
    /// - Parameters:
    ///   - owner: the owner's backend on the server database.
    ///   - teamId: the team she leads.
    /// - Returns: the backend, or nil.
    static func teamLeader(on owner: BenchBackend, teamId: Int64) -> BenchBackend? {
        guard let database = owner.serverDatabase else { return nil }
        let login = "vardag_bench_teamledare"
        do {
            _ = try owner.tool.command("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN CREATE ROLE \(login) LOGIN; END IF;
                    EXECUTE format('GRANT %I TO \(login)', vardag_app_role());
                END $$;
                INSERT INTO access_login (login, medarbetare_id)
                    SELECT '\(login)', min(id) FROM medarbetare WHERE team_id = \(teamId) AND active = 1;
                INSERT INTO access_grant (login, role, team_id) VALUES ('\(login)', 'teamledare', \(teamId)), ('\(login)', 'medarbetare', NULL);
                """)
            let conninfo = Self.conninfo(database.conninfo, user: login)
            _ = try AppDatabase.open(server: conninfo, user: login).viewer()
            return BenchBackend(name: "PostgreSQL som teamledare (RLS)", tool: owner.tool,
                                open: { try AppDatabase.open(server: conninfo, user: login) }, serverDatabase: nil, ledTeam: teamId)
        } catch {
            print("PostgreSQL som teamledare: hoppas över (\(error))")
            return nil
        }
    }

    /// The connection string with another user: a URI's user replaced, or `user=` added to a
    /// keyword string (a later keyword wins in libpq).
    private static func conninfo(_ conninfo: String, user: String) -> String {
        let lowered = conninfo.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://"), var components = URLComponents(string: conninfo) {
            components.user = user
            components.password = nil
            return components.string ?? conninfo
        }
        return conninfo + " user=" + user
    }
}
