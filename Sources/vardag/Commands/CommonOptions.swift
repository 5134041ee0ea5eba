import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// Options every subcommand takes: which database and which language.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.help(
        "Databasfilen, eller en PostgreSQL-databas som postgresql://… eller \"host=… dbname=…\" (annars VARDAG_DB eller standardplatsen).",
        en: "The database file, or a PostgreSQL database as postgresql://… or \"host=… dbname=…\" (else VARDAG_DB or the default location)."))
    var db: String?

    @Option(name: .long, help: HelpText.help("Språk: sv eller en.", en: "Language: sv or en."))
    var lang: Language = .sv

    /// The database file this run uses.
    var databaseURL: URL {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    /// The libpq connection string when `--db` (or else `VARDAG_DB`) names a PostgreSQL
    /// database (see `ServerAddress.isServer`), or nil for an SQLite file.
    var serverConninfo: String? {
        let given = (db ?? "").isEmpty ? (ProcessInfo.processInfo.environment["VARDAG_DB"] ?? "") : (db ?? "")
        return ServerAddress.isServer(given) ? given : nil
    }

    /// Where this run's data is, for messages: the file path, or the server connection
    /// string without its password.
    var databaseDescription: String {
        serverConninfo.map(ServerAddress.describe) ?? databaseURL.path
    }

    /// True when neither `--db` nor `VARDAG_DB` names the file: only then may a missing
    /// directory be created (a path the user typed with a missing folder is more likely a typo).
    var usesDefaultLocation: Bool {
        (db ?? "").isEmpty && (ProcessInfo.processInfo.environment["VARDAG_DB"] ?? "").isEmpty
    }

    /// The string catalogue for the chosen language.
    func strings() throws -> Strings {
        do {
            return try Strings.load(lang)
        } catch {
            throw CommandFailure(message: "vardag: kan inte läsa språkfilen för \(lang.rawValue): \(error)", exitCode: 70)
        }
    }
}

extension Language: ExpressibleByArgument {}
