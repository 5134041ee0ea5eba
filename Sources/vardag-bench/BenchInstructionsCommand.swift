import ArgumentParser
import Foundation
import Glibc
import VardagCommandLine
import VardagDemo
import VardagDomain
@_spi(Seeding) import VardagStore

/// `vardag-bench instructions`: instruction counts (valgrind's callgrind) of the figures
/// that timing on a busy machine hides, each beside `sqlite3` doing the same on the same data.
///
/// Counts repeat to within a fraction of a percent from run to run where times vary by
/// tens of percent, so a change of a few percent shows. The data are small (valgrind is
/// slow); a per-operation figure is the difference of two runs (see `Callgrind`).
struct BenchInstructionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instructions",
        abstract: HelpText.text("Antal instruktioner (callgrind) för export, översikt och tangenter, bredvid sqlite3.",
                                en: "Instruction counts (callgrind) of the export, the overview and keys, beside sqlite3."))

    @Option(name: .long, help: HelpText.help("Antal team.", en: "Number of teams."))
    var teams = 6

    @Option(name: .long, help: HelpText.help("Medarbetare per team.", en: "Staff per team."))
    var staffPerTeam = 10

    @Option(name: .long, help: HelpText.help("Antal veckor med skattningar.", en: "Number of weeks with ratings."))
    var weeks = 26

    @Option(name: .long, help: HelpText.help("Antal upprepningar per mått (skillnaden mot noll upprepningar räknas).",
                                             en: "Repeats per measure (counted as the difference from none)."))
    var count = 20

    @Option(name: .long, help: HelpText.help("Programmet vardag som exporten körs med (standard: bredvid vardag-bench).",
                                             en: "The vardag program the export runs as (default: next to vardag-bench)."))
    var vardag: String?

    func run() throws {
        print("Vardag bench instructions (\(VardagVersion.string)), callgrind")
        guard let callgrind = Callgrind.find() else {
            print("Instruktioner: hoppas över (valgrind saknas; Debian-paketet valgrind)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-instructions-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("small.sqlite").path
        let lastWeek = WorkloadPeriod(containing: LocalDate.today(), kind: .week)
        let generated = try AppDatabase.open(path: path, user: "bench")
        let summary = try WorkloadLargeData.populate(
            generated, plan: .init(teams: teams, staffPerTeam: staffPerTeam, weeks: weeks, casesPerPerson: 8), lastWeek: lastWeek)
        let settings = try generated.workloadSettings()
        let team = summary.teamIds[0]
        let person = try generated.teamMembers(teamId: team).first?.id ?? 1
        try generated.close()
        print("Genererat: \(summary.teamIds.count) team, \(summary.staff) medarbetare, \(weeks) veckor, \(summary.ratings) skattningar")
        let sqlite = CommandLineTool(kind: .sqlite3, program: "/usr/bin/sqlite3", database: path)
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let bench = own.path
        let vardagProgram = vardag ?? own.deletingLastPathComponent().appendingPathComponent("vardag").path
        func millions(_ count: Double) -> String { String(format: "%.2f M", count / 1_000_000) }
        func thousands(_ count: Double) -> String { String(format: "%.0f k", count / 1_000) }
        func ratio(_ ours: Double, _ floor: Double) -> String { floor > 0 ? String(format: "%.2f", ours / floor) : "–" }
        /// A script of `count` statements for sqlite3, in a file of its own.
        func script(_ statement: String, _ count: Int) throws -> String {
            let file = folder.appendingPathComponent("script-\(count).sql")
            let oneLine = statement.split(separator: "\n").joined(separator: " ")
            try Data((".output /dev/null\n" + String(repeating: oneLine + ";\n", count: count)).utf8).write(to: file)
            return file.path
        }

        // 1. The export, whole runs and per row, beside sqlite3 -csv writing the same rows.
        if FileManager.default.isExecutableFile(atPath: vardagProgram) {
            var figures: [(rows: Int, ours: Int, floor: Int)] = []
            for span in [1, weeks] {
                let from = lastWeek.trailing(span).first ?? lastWeek
                let bounds = [(from, ">="), (lastWeek, "<=")].map { "r.period \($1) '\($0)' AND length(r.period) = \($0.description.count)" }
                let whereClause = "WHERE " + bounds.joined(separator: " AND ")
                let counting = try AppDatabase.openForReading(path: path, user: "bench")
                let rows = try counting.readForTiming { db in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM workload_rating r " + whereClause) ?? 0
                }
                try counting.close()
                let ours = try callgrind.instructions(vardagProgram, [
                    "export", "workload", "--db", path, "--from", from.description, "--to", lastWeek.description,
                ])
                let floor = try callgrind.instructions(sqlite.program, ["-readonly", "-csv", "-header", path,
                                                                         WorkloadExport.workloadRowsSQL(whereClause: whereClause, withOverall: true)])
                figures.append((rows, ours, floor))
            }
            let (few, many) = (figures[0], figures[1])
            let rows = Double(max(1, many.rows - few.rows))
            let oursPerRow = Double(many.ours - few.ours) / rows, floorPerRow = Double(many.floor - few.floor) / rows
            print("Export workload som CSV, \(weeks) veckor (\(many.rows) skattningar), ny process: Vardag \(millions(Double(many.ours))), "
                  + "sqlite3 -csv \(millions(Double(many.floor))), kvot \(ratio(Double(many.ours), Double(many.floor)))")
            print(String(format: "  per rad (%d veckor mot 1): Vardag %.0f, sqlite3 -csv %.0f, kvot %@", weeks, oursPerRow, floorPerRow,
                         ratio(oursPerRow, floorPerRow)))
        } else {
            print("Export workload: hoppas över (\(vardagProgram) saknas)")
        }

        // 2. The overview reload and frame, beside sqlite3 running its aggregate.
        let periods = lastWeek.trailing(12).map(\.description)
        var literalSQL = AppDatabase.overviewAggregateSQL(periods: periods.count)
        for (i, value) in ([String(settings.highThreshold), String(team)] + periods.map { "'\($0)'" }).enumerated().reversed() {
            literalSQL = literalSQL.replacingOccurrences(of: "?\(i + 1)", with: value)
        }
        func worker(_ what: String) -> (Int) -> [String] {
            { count in
                ["instructions-worker", "--db", path, "--what", what, "--count", String(count), "--team", String(team),
                 "--person", String(person), "--period", lastWeek.description]
            }
        }
        let overview = try callgrind.perOperation(bench, many: count, arguments: worker("overview"))
        let aggregate = try callgrind.perOperation(sqlite.program, many: count, input: { try script(literalSQL, $0) },
                                                   arguments: { _ in ["-readonly", path] })
        print("Översikt, 12 perioder, omläsning (p/n) + bild (120x40): Vardag \(thousands(overview)) per omläsning; "
              + "aggregatet i sqlite3 \(thousands(aggregate)); kvot \(ratio(overview, aggregate))")

        // 3. Keys: an arrow on the register list, a rating key in the grid (beside its UPDATE in sqlite3).
        let registerKey = try callgrind.perOperation(bench, many: count, arguments: worker("register-key"))
        print("Registerlistan, piltangent (80x24): Vardag \(thousands(registerKey)) per tangent")
        let ratingKey = try callgrind.perOperation(bench, many: count, arguments: worker("rating-key"))
        let update = """
            UPDATE workload_rating SET time = 6 - time WHERE medarbetare_id = \(person) AND period = '\(lastWeek)'
            AND case_id = (SELECT min(case_id) FROM workload_rating WHERE medarbetare_id = \(person) AND period = '\(lastWeek)')
            """
        let updateCount = try callgrind.perOperation(sqlite.program, many: count, input: { try script(update, $0) },
                                                     arguments: { _ in [path] })
        print("Fyrfältet, skattningstangent (skrivning + revision + omläsning + bild, 80x24): Vardag \(thousands(ratingKey)) per tangent; "
              + "skattningens UPDATE i sqlite3 \(thousands(updateCount)); kvot \(ratio(ratingKey, updateCount))")
    }
}
