import ArgumentParser
import Foundation
import VardagStore

/// `vardag import competence FILE [--db PATH] [--dry-run]`: imports competence mapping from an HR system's CSV.
struct ImportCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: "Läser in kompetenskartläggning från CSV (semikolon, UTF-8, BOM tillåten); allt eller inget.",
        discussion: """
            Kolumner: Id (valfri), Kommun, Enhet, Team (valfri), Namn, Titel, Utbildning, Poäng, \
            Utbildningsår (valfri), Bevis, Övergång (valfri), Steg 1–Steg 5 (datum, ev. följt av V för validering), \
            Önskemål (valfri). Samma format som 'vardag export competence --kind mapping'. \
            Varje felaktig rad rapporteras med radnummer; då lagras ingenting.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "CSV-filen att läsa in.")
    var file: String

    @Flag(name: .long, help: "Kontrollera bara; lagra ingenting.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure(message: "vardag: kan inte läsa \(file): \(error.localizedDescription)", exitCode: 66)
            }
            let store = try common.openExistingStore(user: currentUserName(environment: ProcessInfo.processInfo.environment))
            do {
                let summary = try store.importCompetence(data, source: (file as NSString).lastPathComponent, dryRun: dryRun)
                if dryRun {
                    print("Provkörning: \(summary.people) personer och \(summary.steps) klara steg skulle läsas in; inget lagrat.")
                } else {
                    print("Inläst: \(summary.people) personer och \(summary.steps) klara steg.")
                }
            } catch let failure as CompetenceImportFailure {
                let lines = failure.problems.map { "vardag: \(file): \($0)" }
                throw CommandFailure(
                    message: lines.joined(separator: "\n") + "\nvardag: inget lästes in (\(failure.problems.count) fel).",
                    exitCode: 65)
            } catch {
                throw CommandFailure(message: "vardag: importen misslyckades: \(error)", exitCode: 1)
            }
        }
    }
}
