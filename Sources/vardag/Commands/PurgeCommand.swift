import ArgumentParser
import Foundation
import VardagApp
import VardagCommandLine
import VardagDomain
import VardagStore
#if canImport(Glibc)
import Glibc
#endif

/// `vardag purge`: gallring — deletes or anonymises records past their retention per kind.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: HelpText.text("Gallring: tar bort eller avidentifierar poster som är äldre än sin bevarandetid.", en: "Purge: deletes or de-identifies records older than their retention period."),
        discussion: HelpText.text("""
            Varje slag har en bevarandetid (standard: workload 2y, dialogue 5y, shadowing 3y, \
            competence 5y, staff 2y, audit 5y). --older-than kan bara spara mer: en post gallras \
            när den är äldre än både sitt slags bevarandetid och --older-than. Körningen skrivs \
            i granskningsloggen. --dry-run räknar utan att ändra något. En riktig körning visar \
            först vad som gallras och frågar "Gallra? [j/N]"; --yes hoppar över frågan (krävs \
            när standard in inte är en terminal, annars avslutas med kod 64). En bevarandetid under \
            en tiondel av standard (--set-retention workload=1d) frågas om på samma sätt.
            """, en: """
            Each kind has a retention period (default: workload 2y, dialogue 5y, shadowing 3y, \
            competence 5y, staff 2y, audit 5y). --older-than can only keep more: a record is purged \
            when it is older than both its kind's retention period and --older-than. The run is written \
            to the audit log. --dry-run counts without changing anything. A real run first shows \
            what will be purged and asks "Purge? [y/N]"; --yes skips \
            the question (needed when standard input is not a terminal, else it stops with code 64). \
            A retention below a tenth of the default (--set-retention workload=1d) is asked about the same way.
            """))

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: HelpText.help("Gallra bara det som är äldre än detta, t.ex. 2y, 18m eller 90d.", en: "Purge only what is older than this, e.g. 2y, 18m or 90d."))
    var olderThan: String?

    @Flag(name: .long, help: HelpText.help("Visa vad som skulle gallras utan att ändra något.", en: "Show what would be purged without changing anything."))
    var dryRun = false

    @Flag(name: .long, help: HelpText.help("Gallra, eller sätt en bevarandetid under en tiondel av standard, utan att fråga först (för skript).", en: "Purge, or set a retention below a tenth of the default, without asking first (for scripts)."))
    var yes = false

    @Option(name: .long, help: HelpText.help("Ändra ett slags bevarandetid, t.ex. dialogue=7y (kan upprepas); gallrar inte.", en: "Change one kind's retention period, e.g. dialogue=7y (may be repeated); purges nothing."))
    var setRetention: [String] = []

    @Flag(name: .long, help: HelpText.help("Visa bevarandetiderna och avsluta utan att gallra.", en: "Show the retention periods and stop without purging."))
    var showRetention = false

    func run() throws {
        try reportingFailures {
            let strings = try common.strings()
            let duration: RetentionDuration?
            do {
                duration = try olderThan.map { try RetentionDuration.parse($0) }
            } catch {
                throw CommandFailure(message: strings.format("cli.export.option", "--older-than", ErrorText.describe(error, strings)), exitCode: 64)
            }
            let day = try CommandDay.today()
            let changes = try setRetention.map { try Self.parseSetting($0, strings) }
            let shortRetention = ShortRetentionQuestion(changes, strings)
            try shortRetention.refuseWithoutTerminal(yes: yes)
            let purges = changes.isEmpty && !dryRun && !showRetention
            if purges && !yes && isatty(STDIN_FILENO) == 0 {
                throw CommandFailure(message: strings["privacy.purge.notATerminal"], exitCode: 64)
            }
            let user = try workingLogin(strings)
            if purges && !yes {
                // The plan and the question only read: a "no" leaves the file byte for byte as it was.
                try askFirst(day: day, olderThan: duration, user: user, strings)
            }
            // Counting and showing only read: the file must stay byte for byte as it was.
            let readsOnly = changes.isEmpty && (dryRun || showRetention)
            let store = readsOnly
                ? try common.openExistingStoreForReading(user: user)
                : try common.openExistingStore(user: user)
            defer { try? store.close() }
            if showRetention || !changes.isEmpty {
                if !shortRetention.short.isEmpty {
                    let current: [RetentionKind: RetentionDuration]
                    do { current = try store.retentionSettings() } catch {
                        throw CommandFailure(message: strings.format("cli.purge.retentionNotSaved", ErrorText.describe(error, strings)), exitCode: 1)
                    }
                    try shortRetention.ask(current: current, yes: yes)
                }
                do {
                    for (kind, duration) in changes { try store.setRetention(kind, to: duration) }
                    let settings = try store.retentionSettings()
                    print(RetentionKind.allCases.map { "\($0.rawValue)=\(settings[$0] ?? $0.defaultRetention)" }.joined(separator: "\n"))
                } catch {
                    throw CommandFailure(message: strings.format("cli.purge.retentionNotSaved", ErrorText.describe(error, strings)), exitCode: 1)
                }
                return
            }
            let report: PurgeReport
            do {
                report = try store.purge(today: day, olderThan: duration, dryRun: dryRun)
            } catch {
                throw CommandFailure(message: strings.format("privacy.purge.failed", ErrorText.describe(error, strings)), exitCode: 1)
            }
            print(Self.describe(report, report.dryRun ? .dryRun : .done, strings))
        }
    }

    /// Shows what the purge will do (a dry run's counts, in words) and asks `Gallra? [j/N]`
    /// on the terminal, through a read-only opening of the database.
    /// - Throws: `CommandFailure` (exit 1) unless the answer is j, ja, y or yes.
    private func askFirst(day: LocalDate, olderThan: RetentionDuration?, user: String, _ strings: Strings) throws {
        let plan: PurgeReport
        do {
            let reader = try common.openExistingStoreForReading(user: user)
            defer { try? reader.close() }
            plan = try reader.purge(today: day, olderThan: olderThan, dryRun: true)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(message: strings.format("privacy.purge.failed", ErrorText.describe(error, strings)), exitCode: 1)
        }
        print(Self.describe(plan, .plan, strings))
        print(strings["privacy.purge.question"], terminator: "")
        fflush(nil)
        guard Self.isYes(readLine()) else {
            throw CommandFailure(message: strings["privacy.purge.declined"], exitCode: 1)
        }
    }

    /// True for an answer that means yes: j, ja, y or yes (any case); no answer means no.
    static func isYes(_ answer: String?) -> Bool {
        guard let answer else { return false }
        return ["j", "ja", "y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Parses `kind=duration`, e.g. `dialogue=7y`.
    static func parseSetting(_ text: String, _ strings: Strings) throws -> (RetentionKind, RetentionDuration) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let kinds = RetentionKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let kind = RetentionKind(rawValue: parts[0]) else {
            throw CommandFailure(message: strings.format("cli.purge.settingForm", text, kinds), exitCode: 64)
        }
        do {
            return (kind, try RetentionDuration.parse(parts[1]))
        } catch {
            throw CommandFailure(message: strings.format("cli.export.option", "--set-retention \(kind.rawValue)", ErrorText.describe(error, strings)), exitCode: 64)
        }
    }

    /// Which report: a dry run's, the plan shown before the question, or the finished purge's.
    enum ReportMode: String {
        case dryRun, plan, done
    }

    /// The report as lines in the chosen language: a heading, one line per kind and
    /// target in words (e.g. "Fyrfältaren (före 2024-11-23): 12 ärendeskattningar tas bort"), a total.
    static func describe(_ report: PurgeReport, _ mode: ReportMode, _ strings: Strings) -> String {
        var lines = [strings["privacy.purge.\(mode.rawValue)"]]
        for line in report.lines {
            lines.append(strings.format("privacy.purge.line", strings["privacy.purge.kind.\(line.kind.rawValue)"], line.cutoff.iso,
                                        line.count, strings["privacy.purge.target.\(line.target)"],
                                        strings["privacy.purge.\(line.effect).\(mode.rawValue)"]))
        }
        lines.append(strings.format("privacy.purge.total", report.total))
        return lines.joined(separator: "\n")
    }
}
