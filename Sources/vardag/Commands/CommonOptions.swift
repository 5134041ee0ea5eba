import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagStore

/// Options every subcommand takes: which database and which language.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Databasfilen (annars VARDAG_DB eller standardplatsen).", en: "The database file (else VARDAG_DB or the default location)."))
    var db: String?

    @Option(name: .long, help: HelpText.help("Språk: sv eller en.", en: "Language: sv or en."))
    var lang: Language = .sv

    /// The database file this run uses.
    var databaseURL: URL {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
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
