import ArgumentParser
import Foundation
import Glibc
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench report`: `vardag report namnd` for one large kommun (2,000 people by
/// default, two years of weekly ratings and monthly staff figures), timed as a person runs
/// it (a new process that opens the file, reads, and writes the HTML page), beside
/// `sqlite3` reading the same rows in a new process, and the page's parts timed in-process.
///
/// Everything runs in a temporary folder; the user's database is never touched.
struct BenchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text("Nämndrapporten för en stor kommun, som ny process, bredvid sqlite3 på samma data.",
                                en: "The nämnd report for a large kommun, as a new process, beside sqlite3 on the same data."))

    @Option(name: .long, help: HelpText.help("Antal team (20 medarbetare var) i kommunen.", en: "Number of teams (20 staff each) in the kommun."))
    var teams = 100

    @Option(name: .long, help: HelpText.help("Antal veckor med skattningar (104 = två år).", en: "Number of weeks of ratings (104 = two years)."))
    var weeks = 104

    @Option(name: .long, help: HelpText.help("Antal körningar per mått.", en: "Number of runs per measure."))
    var runs = 9

    @Option(name: .long, help: HelpText.help("Programmet vardag som rapporten körs med (standard: bredvid vardag-bench).",
                                             en: "The vardag program the report runs as (default: next to vardag-bench)."))
    var vardag: String?

    @Option(name: .long, help: HelpText.help("Spara den genererade kommunen i denna (nya) fil, t.ex. för att profilera rapporten.",
                                             en: "Keep the generated kommun in this (new) file, e.g. to profile the report."))
    var keepDatabase: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-report-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("Vardag bench report (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")
        let path = keepDatabase ?? folder.appendingPathComponent("kommun.sqlite").path
        let today = LocalDate.today()
        let month = StaffMonth(containing: today).adding(months: -1)
        let store = try AppDatabase.open(path: path, user: "bench")
        let start = DispatchTime.now().uptimeNanoseconds
        let workload = try WorkloadLargeData.populate(
            store, plan: WorkloadLargeData.Plan(teams: teams, staffPerTeam: 20, weeks: weeks, casesPerPerson: 15, kommuner: 1),
            lastWeek: WorkloadPeriod(containing: today, kind: .week))
        let monthStart = try LocalDate(year: month.year, month: month.month, day: 1)
        let monthEnd = try LocalDate(year: month.adding(months: 1).year, month: month.adding(months: 1).month, day: 1).adding(days: -1)
        let unitMonths = try StaffDemo.populate(store, today: monthStart)
        let kommun = try store.kommuner()[0].name
        print(String(format: "Kommun %@: %d medarbetare, %d skattningar över %d veckor, %d enhetsmånader personalsiffror; genererad på %.1f s",
                     kommun, workload.staff, workload.ratings, weeks, unitMonths, BenchStatistics.milliseconds(since: start) / 1000))

        // In-process: the content read, and the page made from it.
        let strings = try Strings.load(.sv)
        var reads: [Double] = [], pages: [Double] = []
        for _ in 0..<runs {
            var begun = DispatchTime.now().uptimeNanoseconds
            let content = try NamndPrintout.Content(store: store, kommun: kommun, month: month, today: today)
            reads.append(BenchStatistics.milliseconds(since: begun))
            begun = DispatchTime.now().uptimeNanoseconds
            _ = NamndPrintout.document(content, strings: strings, version: VardagVersion.string).html()
            pages.append(BenchStatistics.milliseconds(since: begun))
        }
        try store.close()
        print(String(format: "  läsningen (i processen): median %.1f ms, sämst %.1f ms", BenchStatistics.median(reads), reads.max() ?? 0))
        print(String(format: "  sidan (HTML, i processen): median %.1f ms, sämst %.1f ms", BenchStatistics.median(pages), pages.max() ?? 0))

        // A new process, as a person runs it.
        let output = folder.appendingPathComponent("namnd.html").path
        var whole: [Double] = []
        var peak = PeakMemory(residentKilobytes: 0)
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: output)
            let begun = DispatchTime.now().uptimeNanoseconds
            let run = try ProcessSpawn.runMeasured(vardagProgram, ["report", "namnd", "--kommun", kommun, "--month", month.description,
                                                                   "--db", path, "--output", output])
            whole.append(BenchStatistics.milliseconds(since: begun))
            guard run.status == 0 else { throw ValidationError("vardag report namnd exited with \(run.status)") }
            peak = peak.merged(with: run.memory)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "vardag report namnd (ny process, %d kB HTML): median %.0f ms, sämst %.0f ms, topp %@ (mål < 1000 ms)",
                     size / 1024, BenchStatistics.median(whole), whole.max() ?? 0, peak.text))

        // sqlite3 on the same file: the staff rows and the month's ratings per team.
        let sqlite = CommandLineTool(kind: .sqlite3, program: "/usr/bin/sqlite3", database: path)
        let first = month.adding(months: -(StaffTurnover.windowMonths - 1 + 12))
        let sql = """
            SELECT s.* FROM staff_month s JOIN enhet e ON e.id = s.enhet_id JOIN kommun k ON k.id = e.kommun_id
              WHERE k.name = '\(kommun)' AND s.month BETWEEN '\(first)' AND '\(month)'
            UNION ALL
            SELECT m.team_id, count(*), sum(r.time >= 3 AND r.difficulty >= 3), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
              FROM workload_rating r JOIN medarbetare m ON m.id = r.medarbetare_id
              WHERE r.period BETWEEN '\(WorkloadPeriod(containing: monthStart, kind: .week))'
                AND '\(WorkloadPeriod(containing: monthEnd, kind: .week))' GROUP BY m.team_id
            """
        if let times = try sqlite.processTimes(sql, runs: runs) {
            print(String(format: "  sqlite3 samma personalrader och månadens skattningar per team (ny process): median %.0f ms; kvot %.1f",
                         BenchStatistics.median(times), BenchStatistics.median(whole) / max(0.001, BenchStatistics.median(times))))
            // Every reading command checks the file's pages before it reads (as the exports do, so
            // a damaged index cannot silently drop rows): most of the process's time on a large file.
            if let check = try sqlite.processTimes("PRAGMA quick_check", runs: runs) {
                print(String(format: "  sqlite3 PRAGMA quick_check, sidkontrollen varje läsande kommando gör först (ny process): median %.0f ms",
                             BenchStatistics.median(check)))
            }
        } else {
            print("  sqlite3 saknas: ingen jämförelse")
        }
    }

    /// The `vardag` binary: `--vardag`, else the one beside this program.
    var vardagProgram: String { VardagProgram.path(vardag) }
}
