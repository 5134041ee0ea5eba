import ArgumentParser
import Foundation
import Glibc
import GRDB
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench workload`: generates the large Fyrfältaren database and measures the
/// team overview (12 periods) and a grid key, each as query + render, and compares the
/// overview aggregate with the same SQL run by the sqlite3 command-line tool.
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

    @Option(name: .long, help: HelpText.help("sqlite3-programmet för jämförelsen.", en: "The sqlite3 program for the comparison."))
    var sqlite3 = "/usr/bin/sqlite3"

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-workload-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.sqlite").path
        print("Vardag bench workload (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        let today = LocalDate.today()
        let lastWeek = WorkloadPeriod(containing: today, kind: .week)
        let generationStart = DispatchTime.now().uptimeNanoseconds
        var store = try AppDatabase.open(path: path, user: "bench")
        let summary = try WorkloadLargeData.populate(
            store, plan: .init(teams: teams, staffPerTeam: staffPerTeam, weeks: weeks, casesPerPerson: cases), lastWeek: lastWeek)
        try store.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        print(String(format: "Genererat: %d team, %d medarbetare, %d veckor, %d skattningar på %.1f s (fil %.0f MB)",
                     summary.teamIds.count, summary.staff, weeks, summary.ratings,
                     BenchStatistics.milliseconds(since: generationStart) / 1000, Double(size) / 1_048_576))

        store = try AppDatabase.open(path: path, user: "bench")
        let strings = try Strings.load(.sv)
        let context = AppContext(store: store, strings: strings, theme: .color, user: "bench", databasePath: path, today: today)
        let settings = try store.workloadSettings()

        // 1. The overview: screen reload (aggregate + overall + people) and a frame, per team.
        var overview: [Double] = []
        var queryOnly: [Double] = []
        for i in 0..<repeats {
            let teamId = summary.teamIds[i % summary.teamIds.count]
            let start = DispatchTime.now().uptimeNanoseconds
            let terminal = InMemoryTerminal(width: 120, height: 40)
            let runner = AppRunner(
                model: AppModel(context: context, root: WorkloadOverviewScreen(teamId: teamId, teamName: "Team", period: lastWeek)),
                terminal: terminal)
            runner.drawFrame()
            overview.append(BenchStatistics.milliseconds(since: start))
            let queryStart = DispatchTime.now().uptimeNanoseconds
            _ = try store.workloadOverview(teamId: teamId, period: lastWeek, periods: 12, settings: settings)
            queryOnly.append(BenchStatistics.milliseconds(since: queryStart))
        }
        print(String(format: "Översikt, 12 perioder, fråga + bild (120x40), %d team: median %.2f ms, p99 %.2f ms, sämst %.2f ms (mål < 20 ms)",
                     repeats, BenchStatistics.median(overview), BenchStatistics.percentile(overview, 0.99), overview.max() ?? 0))
        print(String(format: "  varav frågorna (workloadOverview): median %.2f ms", BenchStatistics.median(queryOnly)))

        // 2. A grid key: raise or lower time (a write with audit, then reload and draw) at 80x24.
        let person = try store.teamMembers(teamId: summary.teamIds[0]).first?.id ?? 1
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(model: AppModel(context: context, root: WorkloadGridScreen(medarbetareId: person, period: lastWeek)),
                               terminal: terminal)
        runner.drawFrame()
        var keyTimes: [Double] = []
        var moveTimes: [Double] = []
        for i in 0..<repeats {
            // Alternate s and S so the case moves back and forth across the high boundary.
            let key: TerminalKit.Key = i % 2 == 0 ? .char("s") : .char("S")
            let start = DispatchTime.now().uptimeNanoseconds
            runner.step(Event.key(key))
            keyTimes.append(BenchStatistics.milliseconds(since: start))
            let moveStart = DispatchTime.now().uptimeNanoseconds
            runner.step(Event.key(i % 4 < 2 ? TerminalKit.Key.down : TerminalKit.Key.up))
            moveTimes.append(BenchStatistics.milliseconds(since: moveStart))
        }
        print(String(format: "Fyrfältet, tangent som ändrar skattning (skrivning + revision + omläsning + bild, 80x24): median %.2f ms, p99 %.2f ms (mål < 2 ms)",
                     BenchStatistics.median(keyTimes), BenchStatistics.percentile(keyTimes, 0.99)))
        print(String(format: "Fyrfältet, piltangent (bara bild): median %.3f ms, p99 %.3f ms",
                     BenchStatistics.median(moveTimes), BenchStatistics.percentile(moveTimes, 0.99)))

        // 3. The same aggregate through GRDB and through the sqlite3 command-line tool.
        let periods = lastWeek.trailing(12).map(\.description)
        let teamId = summary.teamIds[summary.teamIds.count / 2]
        var literalSQL = AppDatabase.overviewAggregateSQL(periods: periods.count)
        for (i, value) in ([String(settings.highThreshold), String(teamId)] + periods.map { "'\($0)'" }).enumerated().reversed() {
            literalSQL = literalSQL.replacingOccurrences(of: "?\(i + 1)", with: value)
        }
        let queue = try DatabaseQueue(path: path)
        var grdbTimes: [Double] = []
        try queue.read { db in
            for _ in 0..<50 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try Row.fetchAll(db, sql: literalSQL)
                grdbTimes.append(BenchStatistics.milliseconds(since: start))
            }
        }
        try queue.close()
        if let cliTimes = try Self.sqliteCLITimes(sqlite3, path: path, sql: literalSQL, runs: 50) {
            let ours = BenchStatistics.median(grdbTimes), theirs = BenchStatistics.median(cliTimes)
            print(String(format: "Översiktens aggregat (%d rader ut): GRDB median %.3f ms, sqlite3 %@ median %.3f ms (.timer real), kvot %.2f",
                         try DatabaseQueue(path: path).read { try Row.fetchAll($0, sql: literalSQL).count },
                         ours, sqlite3, theirs, ours / max(theirs, 0.000_001)))
        } else {
            print("sqlite3-jämförelse: hoppas över (\(sqlite3) saknas eller gav inga tider).")
        }
        try store.close()
    }

    /// Runs a statement several times in one sqlite3 process with `.timer on` and returns each run's real time in ms.
    private static func sqliteCLITimes(_ program: String, path: String, sql: String, runs: Int) throws -> [Double]? {
        guard FileManager.default.isExecutableFile(atPath: program) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-readonly", path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let oneLine = sql.split(separator: "\n").joined(separator: " ")
        var script = ".output /dev/null\n.timer on\n"
        for _ in 0..<runs { script += oneLine + ";\n" }
        script += ".quit\n"
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let times = text.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time: real ") else { return nil }
            return line.dropFirst("Run Time: real ".count).split(separator: " ").first.flatMap { Double($0) }.map { $0 * 1000 }
        }
        return times.isEmpty ? nil : times
    }
}
