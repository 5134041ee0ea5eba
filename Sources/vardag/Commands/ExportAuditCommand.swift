import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag export audit`: the audit trail, optionally for a period.
struct ExportAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: HelpText.text("Exporterar granskningsloggen: vem, när, vad, vilken post, före och efter.", en: "Exports the audit log: who, when, what, which record, before and after."))

    @OptionGroup var export: ExportOptions

    @Option(name: .long, help: HelpText.help("Första dag (YYYY-MM-DD, UTC) som tas med.", en: "First day (YYYY-MM-DD, UTC) included."))
    var from: String?

    @Option(name: .long, help: HelpText.help("Sista dag (YYYY-MM-DD, UTC) som tas med.", en: "Last day (YYYY-MM-DD, UTC) included."))
    var to: String?

    func run() throws {
        try reportingFailures {
            let s = try export.common.strings()
            func day(_ text: String?, _ option: String) throws -> LocalDate? {
                guard let text else { return nil }
                do { return try LocalDate.parse(text) } catch {
                    throw CommandFailure(message: s.format("cli.export.option", option, ErrorText.describe(error, s)), exitCode: 64)
                }
            }
            let first = try day(from, "--from")
            let last = try day(to, "--to")
            if let first, let last, last < first {
                throw CommandFailure(message: s.format("cli.export.toBeforeFrom", last.iso, first.iso), exitCode: 64)
            }
            let store = try export.openStore()
            defer { try? store.close() }
            try export.write { try AuditExport.write(from: store, from: first, to: last, format: export.format, into: $0) }
        }
    }
}
