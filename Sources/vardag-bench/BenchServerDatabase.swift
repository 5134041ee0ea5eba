import Foundation
import Glibc

/// A database of the benchmark's own on a PostgreSQL server, made empty at the start and
/// dropped at the end, so a benchmark never touches a database that was there before.
final class BenchServerDatabase {
    /// The new database's name: `vardag_bench_`, the process id and a purpose.
    let name: String
    /// The connection string of the new database.
    let conninfo: String
    /// `psql` on the server's maintenance database (the one `--server` names).
    private let maintenance: CommandLineTool
    private var dropped = false

    /// Creates an empty database next to the one `server` names.
    /// - Parameters:
    ///   - server: a libpq keyword string or `postgresql://` URI.
    ///   - psql: the `psql` program.
    ///   - purpose: a word for the name (`demo`, `large`, `workload`).
    /// - Throws: `CommandLineTool.Failure` when `psql` cannot make it.
    init(server: String, psql: String, purpose: String) throws {
        name = "vardag_bench_\(getpid())_\(purpose)"
        maintenance = CommandLineTool(kind: .psql, program: psql, database: server)
        conninfo = Self.conninfo(server, database: name)
        try maintenance.command("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try maintenance.command("CREATE DATABASE \(name)")
    }

    /// `psql` on this database.
    func tool() -> CommandLineTool {
        CommandLineTool(kind: .psql, program: maintenance.program, database: conninfo)
    }

    /// Drops the database, closing what is still connected to it; errors are ignored.
    func drop() {
        guard !dropped else { return }
        dropped = true
        _ = try? maintenance.command("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    deinit { drop() }

    /// The connection string `server` with another database: a URI's path replaced, or
    /// `dbname=` added to a keyword string (a later keyword wins in libpq).
    static func conninfo(_ server: String, database: String) -> String {
        let lowered = server.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://"),
           var components = URLComponents(string: server) {
            components.path = "/" + database
            return components.string ?? server
        }
        return server + " dbname=" + database
    }
}
