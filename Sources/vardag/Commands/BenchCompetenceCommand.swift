import ArgumentParser
import Foundation

/// `vardag bench competence`: import vs sqlite3, grid key to frame, comparison.
struct BenchCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: "Import jämfört med sqlite3, tangent-till-bild i kompetensrutnätet, jämförelse mellan kommuner.")

    func run() throws {}
}
