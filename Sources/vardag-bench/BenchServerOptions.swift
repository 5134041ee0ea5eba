import ArgumentParser
import Foundation
import VardagCommandLine

/// `--server CONNINFO` and `--psql PATH`: the PostgreSQL server a benchmark also runs on,
/// beside SQLite, and the `psql` it is compared with.
struct BenchServerOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.help(
        "PostgreSQL-server att också mäta på (libpq-sträng eller URI; får skapa och ta bort databaser). Utan den mäts bara SQLite.",
        en: "A PostgreSQL server to measure on as well (libpq string or URI; may create and drop databases). Without it only SQLite is measured."))
    var server: String?

    @Option(name: .long, help: HelpText.help("psql-programmet för jämförelsen.", en: "The psql program for the comparison."))
    var psql = CommandLineTool.defaultPSQL

    @Option(name: .long, help: HelpText.help("sqlite3-programmet för jämförelsen.", en: "The sqlite3 program for the comparison."))
    var sqlite3 = "/usr/bin/sqlite3"
}

extension CommandLineTool {
    /// PostgreSQL 15's own `psql` when installed (Debian's `/usr/bin/psql` is a Perl
    /// wrapper that adds 25–30 ms to every start), else the first `psql` on the `PATH`.
    static var defaultPSQL: String {
        let direct = "/usr/lib/postgresql/15/bin/psql"
        if FileManager.default.isExecutableFile(atPath: direct) { return direct }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { "\($0)/psql" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/psql"
    }
}
