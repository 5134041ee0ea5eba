import ArgumentParser
import Foundation
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag demo [--db PATH] [--force]`: creates a fictional demo database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: HelpText.text("Skapar en påhittad demodatabas (vägrar skriva över en befintlig utan --force).", en: "Creates a made-up demo database (refuses to replace an existing one without --force)."))

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: HelpText.help("Ersätt en befintlig databas.", en: "Replace an existing database."))
    var force = false

    func run() throws {
        try reportingFailures {
            let s = try common.strings()
            let url = common.databaseURL
            let today = try CommandDay.today()
            let fill: (AppDatabase) throws -> Void = { store in try FullDemo.populate(store, today: today) }
            let place = common.databaseDescription
            if common.serverConninfo == nil, FileManager.default.fileExists(atPath: url.path), !force {
                throw CommandFailure(message: s.format("cli.demo.exists", place), exitCode: 1)
            }
            do {
                if let conninfo = common.serverConninfo {
                    // Built in a schema of its own and swapped in whole: nothing half-made is seen.
                    try AppDatabase.build(server: conninfo, replacing: force, user: "demo", fill: fill)
                } else {
                    // Built aside and moved into place when complete: a full disk (exit 8) or any
                    // other failure leaves the path as it was, with --force the old file too.
                    try AppDatabase.build(at: url.path, replacing: force, createMissingDirectory: common.usesDefaultLocation,
                                          user: "demo", fill: fill)
                }
            } catch StoreError.destinationExists {
                throw CommandFailure(message: s.format("cli.demo.exists", place), exitCode: 1)
            } catch let error as StoreError {
                throw try common.storeFailure(error)
            } catch {
                throw CommandFailure(message: s.format("cli.demo.failed", ErrorText.describe(error, s)), exitCode: 1)
            }
            print(s.format("cli.demo.made", TextSanitizer.clean(place)))
        }
    }
}
