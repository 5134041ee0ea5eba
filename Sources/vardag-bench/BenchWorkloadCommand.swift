import ArgumentParser
import Foundation
import Glibc
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
@_spi(Seeding) import VardagStore

/// `vardag-bench workload`: generates the large Fyrfältaren database and measures the
/// team overview (12 periods), its aggregate, a grid key and the CSV export, each on SQLite
/// and (with `--server`) on a copy of the same data on PostgreSQL, the aggregate, the key's
/// write and the export beside `sqlite3` or `psql` doing the same on the same data.
struct BenchWorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload",
        abstract: HelpText.text("Fyrfältaren: översikt för 12 perioder och en tangent i fyrfältet på stor databas; jämförelse med sqlite3.", en: "Fyrfältaren: overview of 12 periods and a key in the grid on a large database; compared with sqlite3."))

    @Option(name: .long, help: HelpText.help("Antal team.", en: "Number of teams."))
    var teams = 100

    @Option(name: .long, help: HelpText.help("Medarbetare per team.", en: "Staff per team."))
    var staffPerTeam = 20

    @Option(name: .long, help: HelpText.help("Antal veckor med skattningar.", en: "Number of weeks with ratings."))
    var weeks = 104

    @Option(name: .long, help: HelpText.help("Ärenden per medarbetare.", en: "Cases per staff member."))
    var cases = 15

    @Option(name: .long, help: HelpText.help("Antal mätningar per mått.", en: "Number of runs per measure."))
    var repeats = 200

    @Option(name: .long, help: HelpText.help("Antal veckor i exportmätningen.", en: "Number of weeks in the export measurement."))
    var exportWeeks = 13

    @Option(name: .long, help: HelpText.help(
        "Veckor per exportmätning, med komma emellan (t.ex. 1,26,104); annars --export-weeks.",
        en: "Weeks per export measurement, separated by commas (e.g. 1,26,104); else --export-weeks."))
    var exportSizes: String?

    @Option(name: .long, help: HelpText.help(
        "Programmet vardag som exporten körs med (standard: bredvid vardag-bench).",
        en: "The vardag program the export runs as (default: next to vardag-bench)."))
    var vardag: String?

    /// The week counts the export is measured for.
    var exportWeekCounts: [Int] {
        guard let exportSizes else { return [exportWeeks] }
        let counts = exportSizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        return counts.isEmpty ? [exportWeeks] : counts
    }

    /// The `vardag` binary: `--vardag`, else the one beside this program.
    var vardagProgram: String { VardagProgram.path(vardag) }

    @Flag(name: .long, help: HelpText.help(
        "Bara översikten och dess aggregat (t.ex. under valgrind --tool=callgrind --toggle-collect='*measuredReload*').",
        en: "Only the overview and its aggregate (e.g. under valgrind --tool=callgrind --toggle-collect='*measuredReload*')."))
    var overviewOnly = false

    @Option(name: .long, help: HelpText.help(
        "Antal omgångar av översiktens mätning per databas (samma data; för tre mätningar utan tre genereringar).",
        en: "Rounds of the overview measurement per database (same data; three figures without three generations)."))
    var rounds = 1

    @Option(name: .long, help: HelpText.help(
        "SQLite-fil med genererade data att återanvända (genereras dit och behålls när den saknas).",
        en: "An SQLite file of generated data to reuse (generated there and kept when missing)."))
    var data: String?

    @OptionGroup var backends: BenchServerOptions

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-workload-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = data ?? folder.appendingPathComponent("large.sqlite").path
        let reused = data.map { FileManager.default.fileExists(atPath: $0) } ?? false
        print("Vardag bench workload (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        let today = LocalDate.today()
        let lastWeek = WorkloadPeriod(containing: today, kind: .week)
        let generationStart = DispatchTime.now().uptimeNanoseconds
        let generated = try AppDatabase.open(path: path, user: "bench")
        let summary: Generated
        if reused {
            // The same data as a run before: only the summary is read back (same day, same weeks).
            summary = try generated.readForTiming { db in
                Generated(
                    teamIds: try Int64.fetchAll(db, sql: "SELECT id FROM team ORDER BY id"),
                    staff: try Int.fetchOne(db, sql: "SELECT count(*) FROM medarbetare") ?? 0,
                    ratings: try Int.fetchOne(db, sql: "SELECT count(*) FROM workload_rating") ?? 0, lastWeek: lastWeek)
            }
        } else {
            let populated = try WorkloadLargeData.populate(
                generated, plan: .init(teams: teams, staffPerTeam: staffPerTeam, weeks: weeks, casesPerPerson: cases), lastWeek: lastWeek)
            summary = Generated(teamIds: populated.teamIds, staff: populated.staff, ratings: populated.ratings, lastWeek: populated.lastWeek)
        }
        try generated.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        print(String(format: "Genererat: %d team, %d medarbetare, %d veckor, %d skattningar på %.1f s (fil %.0f MB)",
                     summary.teamIds.count, summary.staff, weeks, summary.ratings,
                     BenchStatistics.milliseconds(since: generationStart) / 1000, Double(size) / 1_048_576))

        let server = BenchBackend.serverCopy(of: path, options: backends, purpose: "workload")
        // The same server database as a team leader under row-level security (issue 17): the
        // overview and the grid key of her team beside the owner's figures.
        let leader = server.flatMap { BenchBackend.teamLeader(on: $0, teamId: summary.teamIds[0]) }
        let backendList = [BenchBackend.sqlite(path: path, options: backends)] + [server, leader].compactMap { $0 }
        // The program's size before any work, printed beside the export's peaks.
        let baseline = overviewOnly || !FileManager.default.isExecutableFile(atPath: vardagProgram)
            ? nil : try ProcessSpawn.helpBaseline(vardagProgram)
        for backend in backendList {
            try measure(backend, summary: summary, today: today, baseline: baseline)
        }
    }

    /// Every figure on one backend.
    /// - Parameter baseline: `vardag --help`'s peak memory, printed beside the export's.
    private func measure(_ backend: BenchBackend, summary: Generated, today: LocalDate, baseline: PeakMemory?) throws {
        let lastWeek = summary.lastWeek
        let store = try backend.open()
        defer { try? store.close() }
        // As the app opens it: checkpoints wait for an idle moment, not a key.
        try store.deferCheckpointsToIdle()
        let strings = try Strings.load(.sv)
        let context = AppContext(store: store, strings: strings, theme: .color, user: "bench", databasePath: store.location, today: today)
        let settings = try store.workloadSettings()

        for round in 1...max(1, rounds) {
            if rounds > 1 { print("Omgång \(round) av \(rounds), \(backend.name):") }
            try measureOverview(backend, store: store, context: context, settings: settings, summary: summary)
        }
        if overviewOnly { return }
        // 3. A grid key: raise or lower time (a write with audit, then reload and draw) at 80x24,
        //    beside the tool running the rating's UPDATE alone.
        let person = try store.teamMembers(teamId: summary.teamIds[0]).first?.id ?? 1
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(model: AppModel(context: context, root: WorkloadGridScreen(medarbetareId: person, period: lastWeek)),
                               terminal: terminal)
        runner.drawFrame()
        var keySamples: [BenchSample] = []
        var moveTimes: [Double] = []
        for i in 0..<repeats {
            // Alternate s and S so the case moves back and forth across the high boundary.
            let key: TerminalKit.Key = i % 2 == 0 ? .char("s") : .char("S")
            keySamples.append(BenchSample.measure { runner.step(Event.key(key)) })
            let moveStart = DispatchTime.now().uptimeNanoseconds
            runner.step(Event.key(i % 4 < 2 ? TerminalKit.Key.down : TerminalKit.Key.up))
            moveTimes.append(BenchStatistics.milliseconds(since: moveStart))
        }
        let update = """
            UPDATE workload_rating SET time = 6 - time WHERE medarbetare_id = \(person) AND period = '\(lastWeek)'
            AND case_id = (SELECT min(case_id) FROM workload_rating WHERE medarbetare_id = \(person) AND period = '\(lastWeek)')
            """
        BenchComparison(label: "Fyrfältet, tangent som ändrar skattning (skrivning + revision + omläsning + bild, 80x24)",
                        backend: backend.name, ours: keySamples.map(\.wall), tool: "\(backend.tool.name) (skattningens UPDATE)",
                        floor: try backend.tool.sessionTimes(update, runs: 50, writes: true), target: "mål < 2 ms").print()
        print(String(format: "  p99 utan väntan på CPU %.3f ms; sämst: ", BenchStatistics.percentile(keySamples.map(\.own), 0.99))
              + BenchSample.slowest(keySamples).joined(separator: "; "))
        let idle = BenchSample.measure { store.checkpointWhenIdle() }
        print(String(format: "  checkpoint i vila efter %d skattningar (som appen gör när ingen tangent kommit på 200 ms): %.1f ms, %d write",
                     repeats, idle.wall, idle.writeCalls))
        print(String(format: "Fyrfältet, piltangent (bara bild), %@: median %.3f ms, p99 %.3f ms",
                     backend.name, BenchStatistics.median(moveTimes), BenchStatistics.percentile(moveTimes, 0.99)))
        // The same keys through ncurses on a pty: what the real app costs and sends per key.
        do {
            let keys: [TerminalKit.Key] = (0..<repeats).flatMap { i -> [TerminalKit.Key] in
                [i % 2 == 0 ? .char("s") : .char("S"), i % 4 < 2 ? .down : .up]
            }
            let real = try BenchPseudoTerminal.keyToFrame(
                model: { AppModel(context: context, root: WorkloadGridScreen(medarbetareId: person, period: lastWeek)) }, keys: keys)
            let rating = BenchPseudoTerminal.KeyFigures(
                samples: stride(from: 0, to: keys.count, by: 2).map { real.samples[$0] },
                writesPerFrame: stride(from: 0, to: keys.count, by: 2).map { real.writesPerFrame[$0] },
                bytesPerFrame: stride(from: 0, to: keys.count, by: 2).map { real.bytesPerFrame[$0] })
            print("  skattningstangent genom ncurses (pty, xterm-256color, 80x24), \(backend.name): \(rating.summary) (mål p99 < 2 ms, 1 write per bild)")
            print("    sämst: " + BenchSample.slowest(rating.samples).joined(separator: "; "))
        } catch {
            print("  genom ncurses: hoppas över (\(error))")
        }

        // 4. `vardag export workload` of the last weeks as CSV, beside the tool writing the same rows as CSV.
        for weeks in exportWeekCounts {
            try measureExport(backend, store: store, lastWeek: lastWeek, weeks: weeks, baseline: baseline)
        }
    }

    /// The overview (screen reload and frame, per team) and its aggregate beside the tool's, on one backend.
    private func measureOverview(_ backend: BenchBackend, store: AppDatabase, context: AppContext, settings: WorkloadSettings,
                                 summary: Generated) throws {
        let lastWeek = summary.lastWeek
        // The overview's aggregate as the tool runs it: the same SQL with the values written in.
        let periods = lastWeek.trailing(12).map(\.description)
        let aggregateTeam = backend.ledTeam ?? summary.teamIds[summary.teamIds.count / 2]
        let aggregateSQL = AppDatabase.overviewAggregateSQL(periods: periods.count)
        var literalSQL = aggregateSQL
        for (i, value) in ([String(settings.highThreshold), String(aggregateTeam)] + periods.map { "'\($0)'" }).enumerated().reversed() {
            literalSQL = literalSQL.replacingOccurrences(of: "?\(i + 1)", with: value)
        }

        // 1. The overview: screen reload (aggregate + overall + people) and a frame, per team.
        //    On SQLite each reload is followed by the same aggregate through SQLite's C API
        //    (`BenchSQLiteStatement`): a floor taken under the same conditions as the reload.
        var overviewSamples: [BenchSample] = []
        var queryOnly: [Double] = []
        var pairedFloor: [Double] = []
        let floorStatement = backend.tool.kind == .sqlite3 ? try BenchSQLiteStatement(path: backend.tool.database, sql: literalSQL) : nil
        // A team leader under row-level security measures her own team, as the owner's
        // figure for that team shows (printed below it).
        let teams = backend.ledTeam.map { [$0] } ?? summary.teamIds
        var screen: BenchOverviewScreen?
        for i in 0..<repeats {
            // Two reloads (p, then n) per team, each team's overview opened before its first.
            let teamId = teams[(i / 2) % teams.count]
            if screen?.teamId != teamId {
                screen = BenchOverviewScreen(context: context, teamId: teamId, period: lastWeek)
            }
            guard let open = screen else { break }
            overviewSamples.append(BenchSample.measure { open.measuredReload() })
            try open.checkLastReload()
            if let floorStatement {
                let start = DispatchTime.now().uptimeNanoseconds
                try floorStatement.run()
                pairedFloor.append(BenchStatistics.milliseconds(since: start))
            }
            let queryStart = DispatchTime.now().uptimeNanoseconds
            _ = try store.workloadOverview(teamId: teamId, period: lastWeek, periods: 12, settings: settings)
            queryOnly.append(BenchStatistics.milliseconds(since: queryStart))
        }
        let overview = overviewSamples.map(\.wall)
        let reloads = backend.ledTeam == nil ? "\(repeats) omläsningar, \(min(teams.count, (repeats + 1) / 2)) team"
                                             : "hennes team \(repeats) gånger"
        print(String(format: "Översikt, 12 perioder, omläsning (p/n) + bild (120x40), %@, %@: median %.2f ms, p99 %.2f ms, sämst %.2f ms (mål < 20 ms)",
                     reloads, backend.name, BenchStatistics.median(overview), BenchStatistics.percentile(overview, 0.99), overview.max() ?? 0))
        print("  sämst: " + BenchSample.slowest(overviewSamples).joined(separator: "; "))
        print(String(format: "  varav frågorna (workloadOverview): median %.2f ms", BenchStatistics.median(queryOnly)))
        if backend.serverDatabase != nil {
            // The owner's figure for the team the team leader's backend measures, to set beside hers.
            let ledTeam = summary.teamIds[0]
            var ownTeam: [Double] = []
            for _ in 0..<repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try store.workloadOverview(teamId: ledTeam, period: lastWeek, periods: 12, settings: settings)
                ownTeam.append(BenchStatistics.milliseconds(since: start))
            }
            print(String(format: "  frågorna för teamet %lld (som teamledaren nedan): median %.2f ms", ledTeam, BenchStatistics.median(ownTeam)))
        }

        // 2. The overview's aggregate, as the store runs it (prepared, parameters bound),
        //    beside the tool's.
        var arguments: [any StoreValueConvertible] = [settings.highThreshold, aggregateTeam]
        arguments += periods
        var aggregateTimes: [Double] = []
        var rowsOut = 0
        try store.readForTiming { db in
            let statement = try db.cachedStatement(sql: aggregateSQL)
            for _ in 0..<50 {
                let start = DispatchTime.now().uptimeNanoseconds
                rowsOut = try StoreRow.fetchAll(statement, arguments: StoreArguments(arguments)).count
                aggregateTimes.append(BenchStatistics.milliseconds(since: start))
            }
        }
        let timer = backend.tool.kind == .sqlite3 ? "en session" : "\\timing"
        let aggregateFloor = try backend.tool.sessionTimes(literalSQL, runs: 50)
        BenchComparison(label: "Översiktens aggregat (\(summary.staff) medarbetare × \(weeks) veckor, ett team, \(rowsOut) rader ut)",
                        backend: backend.name, ours: aggregateTimes, tool: "\(backend.tool.name) (\(timer))",
                        floor: aggregateFloor,
                        target: backend.serverDatabase == nil && backend.ledTeam == nil ? "" : "mål kvot ≤ 2").print()
        // The whole reload (settings, aggregate, overall ratings, people, a frame) beside the
        // tool's aggregate alone: what the screen costs over its one necessary query.
        BenchComparison(label: "Översiktens hela omläsning (fråga + bild) mot aggregatet ensamt",
                        backend: backend.name, ours: overview, tool: "\(backend.tool.name) (\(timer))",
                        floor: aggregateFloor, target: "mål kvot ≤ 1,5, p99 < 20 ms").print()
        if !pairedFloor.isEmpty {
            // Each reload over the aggregate run right after it: the drift of the machine's
            // speed cancels out of each pair.
            let pairs = zip(overview, pairedFloor).map { $0 / max($1, 0.000_001) }
            print(String(format: "  växelvis med samma aggregat genom SQLites C-API i processen (median %.3f ms): kvot %.2f, parvis median %.2f (mål ≤ 1,5)",
                         BenchStatistics.median(pairedFloor), BenchStatistics.median(overview) / max(BenchStatistics.median(pairedFloor), 0.000_001),
                         BenchStatistics.median(pairs)))
        }
    }

    /// The workload export of the last `weeks` weeks as CSV, three runs, beside the tool
    /// writing the same rows as CSV: on SQLite both as new processes (the real `vardag
    /// export workload`, output to /dev/null), with each one's peak memory (resident from
    /// GNU `time`, and the private part sampled) beside `vardag --help`'s (`baseline`);
    /// on a server in this process, streamed to /dev/null (time only).
    private func measureExport(_ backend: BenchBackend, store: AppDatabase, lastWeek: WorkloadPeriod, weeks: Int,
                               baseline: PeakMemory?) throws {
        let from = lastWeek.trailing(weeks).first ?? lastWeek
        let filter = WorkloadExport.Filter(from: from, to: lastWeek)
        let bounds = [(from, ">="), (lastWeek, "<=")].map { "r.period \($1) '\($0)' AND length(r.period) = \($0.description.count)" }
        let whereClause = "WHERE " + bounds.joined(separator: " AND ")
        let exportSQL = WorkloadExport.workloadRowsSQL(whereClause: whereClause, withOverall: true)
        let rows = try store.readForTiming { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM workload_rating r " + whereClause) ?? 0
        }
        var exportTimes: [Double] = []
        var ourPeak: PeakMemory?
        let program = vardagProgram
        if backend.serverDatabase == nil, FileManager.default.isExecutableFile(atPath: program) {
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                let run = try ProcessSpawn.runMeasured(program, [
                    "export", "workload", "--db", backend.tool.database, "--from", from.description, "--to", lastWeek.description,
                ])
                exportTimes.append(BenchStatistics.milliseconds(since: start))
                guard run.status == 0 else { throw CommandLineTool.Failure(description: "vardag export exited with \(run.status)") }
                ourPeak = ourPeak.map { $0.merged(with: run.memory) } ?? run.memory
            }
        } else {
            if backend.serverDatabase == nil { print("  (\(program) saknas: exporten mäts i den här processen, utan minne)") }
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                try ExportWriter.stream(to: "/dev/null") { try WorkloadExport.writeWorkload(from: store, filter: filter, format: .csv, into: $0) }
                exportTimes.append(BenchStatistics.milliseconds(since: start))
            }
        }
        let csvFlag = backend.tool.kind == .sqlite3 ? "-csv" : "--csv"
        let tool = try backend.tool.processRuns(exportSQL, runs: 3, csv: true)
        let how = ourPeak == nil ? "i processen" : "ny process"
        BenchComparison(label: "Export workload, \(weeks) veckor (\(rows) skattningar) som CSV, \(how)",
                        backend: backend.name, ours: exportTimes, tool: "\(backend.tool.name) \(csvFlag) (ny process)",
                        floor: tool?.times, target: "mål kvot ≤ 2").print()
        // `vardag export` checks the file's pages first (a damaged index can leave rows out of
        // a plain read without an error): beside sqlite3 doing the same check and the same rows.
        if ourPeak != nil, backend.tool.kind == .sqlite3,
           let checked = try backend.tool.processRuns(exportSQL, runs: 3, csv: true, checkingFirst: true) {
            BenchComparison(label: "  samma export mot sqlite3 som också kontrollerar filen först (PRAGMA quick_check)",
                            backend: backend.name, ours: exportTimes, tool: "sqlite3 quick_check + -csv (ny process)",
                            floor: checked.times, target: "mål kvot ≤ 2").print()
        }
        // The target is the private memory's: the rest is shared library pages (see `PeakMemory`).
        print("  toppminne: Vardag \(ourPeak?.text(baseline: baseline) ?? "–"), \(backend.tool.name) \(tool?.peak.text ?? "–")"
              + " (mål < 40 MB privat oavsett antal rader)")
    }
}

extension BenchWorkloadCommand {
    /// What the generated data holds (from the generation, or read back from `--data`).
    struct Generated {
        var teamIds: [Int64]
        var staff: Int
        var ratings: Int
        var lastWeek: WorkloadPeriod
    }
}
