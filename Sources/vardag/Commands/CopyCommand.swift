import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// `vardag copy --from SRC --to DST`: a whole Vardag database from one backend to the other.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: HelpText.text("Kopierar en hel Vardag-databas, t.ex. en SQLite-fil till PostgreSQL eller tillbaka.",
                                en: "Copies a whole Vardag database, e.g. an SQLite file to PostgreSQL or back."),
        discussion: HelpText.text("""
            SRC och DST är en databasfil eller en PostgreSQL-databas (postgresql://… eller "host=… dbname=…"). \
            Allt eller inget: målet måste vara nytt och tomt (en fil skapas; en serverdatabas får inte ha något register). \
            Efteråt visas rader och kontrollsummor per tabell för båda sidor; de ska vara lika.
            """, en: """
            SRC and DST are a database file or a PostgreSQL database (postgresql://… or "host=… dbname=…"). \
            All or nothing: the destination must be new and empty (a file is created; a server database must hold no register). \
            Afterwards rows and checksums per table are shown for both sides; they must agree.
            """))

    @Option(name: .long, help: HelpText.help("Databasen som kopieras.", en: "The database to copy."))
    var from: String

    @Option(name: .long, help: HelpText.help("Den nya databasen.", en: "The new database."))
    var to: String

    @Option(name: .long, help: HelpText.help("Språk: sv eller en.", en: "Language: sv or en."))
    var lang: Language = .sv

    @Flag(name: .long, help: HelpText.help("Ersätt en befintlig målfil.", en: "Replace an existing destination file."))
    var force = false

    func run() throws {
        try reportingFailures {
            let s = try Strings.load(lang)
            let source = try openSource(s)
            defer { try? source.close() }
            if !ServerAddress.isServer(to), let path = source.path,
               URL(fileURLWithPath: to).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path {
                throw CommandFailure(message: s["cli.copy.sameDatabase"], exitCode: 1)
            }
            let report: CopyReport
            do {
                report = try copy(source)
            } catch let refusal as CopyRefusal {
                throw Self.failure(refusal, destination: ServerAddress.isServer(to) ? ServerAddress.describe(to) : to, s)
            } catch {
                throw CommandFailure(message: s.format("cli.copy.failed", ErrorText.describe(error, s)), exitCode: storeExitCode(for: error))
            }
            print(CopyReportText.table(report, s))
            print(s.format("cli.copy.done", report.tables.count, report.tables.map(\.destinationRows).reduce(0, +)))
        }
    }

    /// The source, opened without changing it (a file is read as it is; an older one is migrated first).
    private func openSource(_ s: Strings) throws -> AppDatabase {
        do {
            if ServerAddress.isServer(from) { return try AppDatabase.open(server: from, user: "copy") }
            let path = URL(fileURLWithPath: from).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure(message: s.format("cli.copy.missing", path), exitCode: 3)
            }
            return try AppDatabase.openForReading(path: path, user: "copy")
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(message: s.format("cli.error", ErrorText.describe(error, s)), exitCode: storeExitCode(for: error))
        }
    }

    /// Copies into the destination: a new file is built aside and moved into place when
    /// whole; a server database is filled in one transaction.
    private func copy(_ source: AppDatabase) throws -> CopyReport {
        if ServerAddress.isServer(to) {
            let destination = try AppDatabase.open(server: to, user: "copy")
            defer { try? destination.close() }
            return try source.copyEverything(to: destination)
        }
        var report: CopyReport?
        try AppDatabase.build(at: URL(fileURLWithPath: to).standardizedFileURL.path, replacing: force,
                              createMissingDirectory: false, user: "copy") { destination in
            report = try source.copyEverything(to: destination)
        }
        return report!
    }

    private static func failure(_ refusal: CopyRefusal, destination: String, _ s: Strings) -> CommandFailure {
        switch refusal {
        case .destinationNotEmpty:
            return CommandFailure(message: s.format("cli.copy.notEmpty", destination), exitCode: 1)
        case .differentSchema(let source, let target):
            return CommandFailure(message: s.format("cli.copy.schema", source, target), exitCode: 6)
        case .mismatch(let report):
            return CommandFailure(message: CopyReportText.table(report, s) + "\n" + s["cli.copy.mismatch"], exitCode: 4)
        }
    }
}
