import ArgumentParser
import Foundation
import TerminalKit
import VardagDomain
import VardagStore

/// `vardag demo [--db PATH] [--force]`: creates a fictional demo database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Skapar en påhittad demodatabas (vägrar skriva över en befintlig utan --force).")

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Ersätt en befintlig databas.")
    var force = false

    func run() throws {
        try reportingFailures {
            let url = common.databaseURL
            let fm = FileManager.default
            if fm.fileExists(atPath: url.path) {
                guard force else {
                    throw CommandFailure(
                        message: "vardag: \(url.path) finns redan; ange --force för att ersätta den.", exitCode: 1)
                }
                for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: url.path + suffix) }
            }
            let store = try openStore(at: url, user: "demo", createMissingDirectory: common.usesDefaultLocation)
            do {
                // The register first; each tool then adds its own demo data on top.
                _ = try DemoData.populate(store)
                _ = try DialogueDemo.populate(store, today: LocalDate.today())
                _ = try ShadowingDemoData.populate(store)
                _ = try WorkloadDemo.populate(store)
                _ = try CompetenceDemo.populate(store)
            } catch {
                throw CommandFailure(message: "vardag: kunde inte skapa demodata: \(error)", exitCode: 1)
            }
            print("Demodatabas skapad: \(TextSanitizer.clean(url.path))")
        }
    }
}
