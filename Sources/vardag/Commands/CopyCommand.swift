import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagStore

/// `vardag copy --from SRC --to DST`: a whole Vardag database from one backend to the other.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: HelpText.text("Kopierar en hel Vardag-databas, t.ex. en SQLite-fil till PostgreSQL eller tillbaka, eller för in en kommuns fil i en regional databas.",
                                en: "Copies a whole Vardag database, e.g. an SQLite file to PostgreSQL or back, or brings a kommun's file into a regional database."),
        discussion: HelpText.text("""
            SRC och DST är en databasfil eller en PostgreSQL-databas (postgresql://… eller "host=… dbname=…"). \
            Allt eller inget, i en transaktion. Är målet nytt eller tomt kopieras allt med samma id. \
            Har målet redan data (en regional databas) slås källan ihop med det: kommunens rader läggs till med nya id \
            (alla hänvisningar och granskningsloggens id följer med), kataloger och inställningar matchas på namn och \
            målets behålls. Finns en kommun eller ett skuggningsteam med samma namn redan i målet vägras allt (kod 14). \
            Efteråt visas rader och kontrollsummor per tabell för källan och det som lades till; de ska vara lika.
            """, en: """
            SRC and DST are a database file or a PostgreSQL database (postgresql://… or "host=… dbname=…"). \
            All or nothing, in one transaction. A new or empty destination gets everything with the same ids. \
            A destination that already holds data (a regional database) gets the source merged in: the kommun's rows \
            are added with new ids (every reference and the audit trail's ids follow), catalogues and settings are \
            matched by name and the destination's kept. A kommun or skuggningsteam whose name the destination already \
            has refuses it all (exit 14). Afterwards rows and checksums per table are shown for the source and for what \
            was added; they must agree.
            """))

    @Option(name: .long, help: HelpText.help("Databasen som kopieras.", en: "The database to copy."))
    var from: String

    @Option(name: .long, help: HelpText.help("Den nya databasen, eller den regionala att föra in källan i.", en: "The new database, or the regional one to bring the source into."))
    var to: String

    @Option(name: .long, help: HelpText.help("Språk: sv eller en.", en: "Language: sv or en."))
    var lang: Language = .sv

    @Flag(name: .long, help: HelpText.help("Ersätt en befintlig målfil i stället för att slå ihop.", en: "Replace an existing destination file instead of merging."))
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
            let destination = ServerAddress.isServer(to) ? ServerAddress.describe(to) : to
            let outcome: Outcome
            do {
                outcome = try copyOrMerge(source)
            } catch let refusal as CopyRefusal {
                throw Self.failure(refusal, destination: destination, s)
            } catch let refusal as MergeRefusal {
                throw Self.failure(refusal, destination: destination, s)
            } catch {
                throw CommandFailure(message: s.format("cli.copy.failed", ErrorText.describe(error, s)), exitCode: storeExitCode(for: error))
            }
            switch outcome {
            case .copied(let report):
                print(CopyReportText.table(report, s))
                print(s.format("cli.copy.done", report.tables.count, report.tables.map(\.destinationRows).reduce(0, +)))
            case .merged(let report):
                print(MergeReportText.table(report, s))
                print(s.format("cli.copy.merged", report.tables.count, report.addedRows))
            }
        }
    }

    /// What happened: a whole copy into an empty database, or a merge into one that holds data.
    private enum Outcome {
        case copied(CopyReport)
        case merged(MergeReport)
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

    /// Copies into the destination, or merges when it already holds data: a new file is built
    /// aside and moved into place when whole; an existing file (without `--force`) or a server
    /// database is written in one transaction.
    private func copyOrMerge(_ source: AppDatabase) throws -> Outcome {
        let path = URL(fileURLWithPath: to).standardizedFileURL.path
        if ServerAddress.isServer(to) || (!force && FileManager.default.fileExists(atPath: path)) {
            let destination = ServerAddress.isServer(to) ? try AppDatabase.open(server: to, user: "copy")
                : try AppDatabase.open(path: path, user: "copy")
            defer { try? destination.close() }
            do {
                return .copied(try source.copyEverything(to: destination))
            } catch CopyRefusal.destinationNotEmpty {
                return .merged(try source.mergeKommun(into: destination))
            }
        }
        var report: CopyReport?
        try AppDatabase.build(at: path, replacing: force, createMissingDirectory: false, user: "copy") { destination in
            report = try source.copyEverything(to: destination)
        }
        return .copied(report!)
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

    private static func failure(_ refusal: MergeRefusal, destination: String, _ s: Strings) -> CommandFailure {
        switch refusal {
        case .nameClash(let clashes):
            let names = clashes.map { clash in
                s.format(clash.table == "kommun" ? "cli.copy.clashKommun" : "cli.copy.clashShadowingTeam", TextSanitizer.clean(clash.name))
            }
            return CommandFailure(message: s.format("cli.copy.clash", destination, names.joined(separator: ", ")), exitCode: 14)
        case .unclassified(let table, let column):
            return CommandFailure(message: s.format("cli.copy.unclassified", column.map { "\(table).\($0)" } ?? table), exitCode: 1)
        case .unmappable(let table, let column, let id):
            return CommandFailure(message: s.format("cli.copy.unmappable", "\(table).\(column)", id), exitCode: 1)
        case .mismatch(let report):
            return CommandFailure(message: MergeReportText.table(report, s) + "\n" + s["cli.copy.mismatch"], exitCode: 4)
        }
    }
}
