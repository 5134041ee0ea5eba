import ArgumentParser
import Foundation
import VardagDomain
import VardagStore

/// `vardag purge`: gallring — deletes or anonymises records past their retention per kind.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Gallring: tar bort eller avidentifierar poster som är äldre än sin bevarandetid.",
        discussion: """
            Varje slag har en bevarandetid (standard: workload 2y, dialogue 5y, shadowing 3y, \
            competence 5y, staff 2y, audit 5y). --older-than kan bara spara mer: en post gallras \
            när den är äldre än både sitt slags bevarandetid och --older-than. Körningen skrivs \
            i granskningsloggen. --dry-run räknar utan att ändra något.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Gallra bara det som är äldre än detta, t.ex. 2y, 18m eller 90d.")
    var olderThan: String?

    @Flag(name: .long, help: "Visa vad som skulle gallras utan att ändra något.")
    var dryRun = false

    @Option(name: .long, help: "Dagens datum (YYYY-MM-DD) för beräkningen; för tester.")
    var today: String?

    @Option(name: .long, help: "Ändra ett slags bevarandetid, t.ex. dialogue=7y (kan upprepas); gallrar inte.")
    var setRetention: [String] = []

    @Flag(name: .long, help: "Visa bevarandetiderna och avsluta utan att gallra.")
    var showRetention = false

    func run() throws {
        try reportingFailures {
            let duration: RetentionDuration?
            do {
                duration = try olderThan.map { try RetentionDuration.parse($0) }
            } catch {
                throw CommandFailure(message: "vardag: --older-than: \(error)", exitCode: 64)
            }
            let day: LocalDate
            do {
                day = try today.map { try LocalDate.parse($0) } ?? LocalDate.today()
            } catch {
                throw CommandFailure(message: "vardag: --today: \(error)", exitCode: 64)
            }
            let changes = try setRetention.map(Self.parseSetting)
            let user = currentUserName(environment: ProcessInfo.processInfo.environment)
            // Counting and showing only read: the file must stay byte for byte as it was.
            let readsOnly = changes.isEmpty && (dryRun || showRetention)
            let store = readsOnly
                ? try common.openExistingStoreForReading(user: user)
                : try common.openExistingStore(user: user)
            defer { try? store.close() }
            if showRetention || !changes.isEmpty {
                do {
                    for (kind, duration) in changes { try store.setRetention(kind, to: duration) }
                    let settings = try store.retentionSettings()
                    print(RetentionKind.allCases.map { "\($0.rawValue)=\(settings[$0] ?? $0.defaultRetention)" }.joined(separator: "\n"))
                } catch {
                    throw CommandFailure(message: "vardag: kunde inte spara bevarandetiden: \(error)", exitCode: 1)
                }
                return
            }
            let report: PurgeReport
            do {
                report = try store.purge(today: day, olderThan: duration, dryRun: dryRun)
            } catch {
                throw CommandFailure(message: "vardag: gallringen misslyckades, inget ändrades: \(error)", exitCode: 1)
            }
            print(Self.describe(report))
        }
    }

    /// Parses `kind=duration`, e.g. `dialogue=7y`.
    static func parseSetting(_ text: String) throws -> (RetentionKind, RetentionDuration) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let kinds = RetentionKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let kind = RetentionKind(rawValue: parts[0]) else {
            throw CommandFailure(message: "vardag: --set-retention \"\(text)\": skriv slag=tid, där slag är \(kinds).", exitCode: 64)
        }
        do {
            return (kind, try RetentionDuration.parse(parts[1]))
        } catch {
            throw CommandFailure(message: "vardag: --set-retention \(kind.rawValue): \(error)", exitCode: 64)
        }
    }

    /// The report as lines: one per kind and target, then a total.
    static func describe(_ report: PurgeReport) -> String {
        var lines = [report.dryRun ? "Provkörning – inget ändrades:" : "Gallring klar:"]
        for line in report.lines {
            let verb = line.effect == "deleted"
                ? (report.dryRun ? "skulle tas bort" : "borttagna")
                : (report.dryRun ? "skulle avidentifieras" : "avidentifierade")
            lines.append("  \(line.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) före \(line.cutoff.iso)  \(line.target): \(line.count) \(verb)")
        }
        lines.append("Totalt \(report.total) rader.")
        return lines.joined(separator: "\n")
    }
}
