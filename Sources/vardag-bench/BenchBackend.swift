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

    /// A generated SQLite file.
    static func sqlite(path: String, options: BenchServerOptions) -> BenchBackend {
        BenchBackend(name: "SQLite", tool: CommandLineTool(kind: .sqlite3, program: options.sqlite3, database: path),
                     open: { try AppDatabase.open(path: path, user: "bench") }, serverDatabase: nil)
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
                                open: { try AppDatabase.open(server: conninfo, user: "bench") }, serverDatabase: database)
        } catch {
            print("PostgreSQL: hoppas över (\(error))")
            return nil
        }
    }
}
