import ArgumentParser
import Foundation
import Glibc
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench competence`: on a generated region of 14 kommuner, measures the CSV import
/// against `sqlite3`'s `.import` of the same file, key to frame in the competence grid of the
/// largest unit, and the cross-kommun comparison, and prints the figures.
///
/// Everything runs in a temporary folder; the user's database is never touched. With
/// `--server` the import is measured on PostgreSQL instead (`BenchCompetenceServer.swift`).
struct BenchCompetenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: HelpText.text("Import jämfört med sqlite3, tangent-till-bild i kompetensrutnätet, jämförelse mellan kommuner.", en: "Import compared with sqlite3, key to frame in the competence grid, comparison across kommuner."))

    @Option(name: .long, help: HelpText.help("Antal medarbetare i regionen (14 kommuner).", en: "Number of staff in the region (14 kommuner)."))
    var staff = 30_000

    @Option(name: .long, help: HelpText.help("Antal tangenttryck i rutnätsmätningen.", en: "Number of key presses in the grid measurement."))
    var keys = 2_000

    @Option(name: .long, help: HelpText.help("Antal upprepningar av import och jämförelse.", en: "Number of repeats of the import and the comparison."))
    var runs = 7

    @Option(name: .long, help: HelpText.help("Spara den genererade regionen i denna (nya) fil, t.ex. för att mäta frågor med sqlite3.", en: "Keep the generated region in this (new) file, e.g. to time queries with sqlite3."))
    var keepRegion: String?

    @Option(name: .long, help: HelpText.help(
        "Programmet vardag som importen och appen körs med (standard: bredvid vardag-bench).",
        en: "The vardag program the import and the app run as (default: next to vardag-bench)."))
    var vardag: String?

    /// The `vardag` binary: `--vardag`, else the one beside this program.
    var vardagProgram: String { VardagProgram.path(vardag) }

    @Option(name: .long, help: HelpText.help("Mät importen på PostgreSQL i denna tomma databas (libpq-anslutningssträng) mot psql \\copy, i stället för på SQLite.", en: "Measure the import on PostgreSQL in this empty database (libpq connection string) against psql \\copy, instead of on SQLite."))
    var server: String?

    func run() throws {
        if let server { return try runOnServer(server) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-competence-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("Vardag bench competence (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        // The region.
        let path = keepRegion ?? folder.appendingPathComponent("region.sqlite").path
        let store = try AppDatabase.open(path: path, user: "bench")
        var start = DispatchTime.now().uptimeNanoseconds
        let (register, mapped) = try CompetenceBenchRegion.populate(store, staff: staff)
        print(String(format: "Region: %d kommuner, %d enheter, %d team, %d medarbetare (%d aktiva kartlagda, %d klara steg, %d planposter), genererad på %.1f s",
                     register.kommuner, register.enheter, register.teams, register.medarbetare, mapped.mapped, mapped.steps,
                     mapped.planItems, BenchStatistics.milliseconds(since: start) / 1000))

        // 1. Import of the mapping file versus sqlite3 .import of the same file.
        let csvURL = folder.appendingPathComponent("kartlaggning.csv")
        let table = try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: LocalDate.today())
        let csv = try CompetenceExport.csv(table)
        try csv.write(to: csvURL)
        // The same people with every row changed (each wish and every step date), for an
        // import that has to rewrite everyone.
        try CompetenceBenchRegion.changeEveryMapping(store)
        let changedURL = folder.appendingPathComponent("kartlaggning-andrad.csv")
        try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: LocalDate.today()))
            .write(to: changedURL)
        var summary: CompetenceImportSummary?
        /// Imports a file once, after `prepare` (not timed).
        /// - Returns: wall and CPU milliseconds.
        func timeImport(_ url: URL = csvURL, dryRun: Bool = false, prepare: () throws -> Void = {}) throws -> (wall: Double, cpu: Double) {
            let data = try Data(contentsOf: url)
            try prepare()
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.processCPUMilliseconds()
            summary = try store.importCompetence(data, source: "bench.csv", dryRun: dryRun)
            return (BenchStatistics.milliseconds(since: started), Self.processCPUMilliseconds() - cpuStart)
        }
        // Each run times the four side by side, so a machine that is slower for a while
        // (a shared 2-core machine often is) slows both sides of a ratio alike.
        var firstLoad: [(wall: Double, cpu: Double)] = []
        var replacing: [(wall: Double, cpu: Double)] = []
        var changing: [(wall: Double, cpu: Double)] = []
        var checking: [(wall: Double, cpu: Double)] = []
        var sqlite: [(wall: Double, cpu: Double)] = []
        var sameWrites: [(wall: Double, cpu: Double)] = []
        var sameContent: Bool?
        for run in 0..<runs {
            // The first load: the file into the region before any mapping exists, as sqlite3
            // .import loads it into an empty table (the emptying is not timed).
            firstLoad.append(try timeImport { try CompetenceBenchRegion.removeMappings(store) })
            let target = folder.appendingPathComponent("sqlite-import-\(run).sqlite").path
            start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.childrenCPUMilliseconds()
            try Self.sqliteImport(csv: csvURL.path, into: target)
            sqlite.append((BenchStatistics.milliseconds(since: start), Self.childrenCPUMilliseconds() - cpuStart))
            // The same file again: every row already stored as it says.
            replacing.append(try timeImport())
            // A file in which every row differs: every mapping and step rewritten; first by
            // sqlite3 (the same writes, plainly) on a copy of the database as the file finds it.
            let copy = folder.appendingPathComponent("same-writes-\(run).sqlite")
            try store.backup(to: copy, replacing: true)
            sameWrites.append(try CompetenceSameWrites(csv: changedURL).run(on: copy.path, scriptFile: folder.appendingPathComponent("same-writes.sql")))
            changing.append(try timeImport(changedURL))
            if run == 0 { sameContent = try CompetenceSameWrites.tables(of: copy.path) == CompetenceSameWrites.tables(of: path) }
            try? FileManager.default.removeItem(at: copy)
            // The checking alone (a dry run reads the register and checks every row, writes nothing).
            checking.append(try timeImport(dryRun: true))
        }
        func ratios(_ ours: [(wall: Double, cpu: Double)], to floor: [(wall: Double, cpu: Double)]? = nil) -> (wall: Double, cpu: Double) {
            let floor = floor ?? sqlite
            return (BenchStatistics.median(zip(ours, floor).map { $0.wall / $1.wall }), BenchStatistics.median(zip(ours, floor).map { $0.cpu / $1.cpu }))
        }
        let sqliteWall = BenchStatistics.median(sqlite.map(\.wall)), sqliteCPU = BenchStatistics.median(sqlite.map(\.cpu))
        print(String(format: "Import av %d rader (%d personer, %d steg, %.1f MB), %d körningar, medianer:",
                     table.rows.count, summary?.people ?? 0, summary?.steps ?? 0, Double(csv.count) / 1_000_000, runs))
        print(String(format: "  sqlite3 .import av samma fil (ny process, tom tabell, inga kontroller): %.1f ms, CPU %.1f ms",
                     sqliteWall, sqliteCPU))
        let first = ratios(firstLoad), replace = ratios(replacing), change = ratios(changing)
        print(String(format: "  första inläsningen (ingen kartläggning förut, som .import i tom tabell): %.1f ms, CPU %.1f ms; kvot mot sqlite3: väggtid %.2f, CPU-tid %.2f (mål ≤ 3)",
                     BenchStatistics.median(firstLoad.map(\.wall)), BenchStatistics.median(firstLoad.map(\.cpu)), first.wall, first.cpu))
        print(String(format: "  samma fil igen (allt redan lagrat så): %.1f ms, CPU %.1f ms; kvot mot sqlite3: väggtid %.2f, CPU-tid %.2f",
                     BenchStatistics.median(replacing.map(\.wall)), BenchStatistics.median(replacing.map(\.cpu)), replace.wall, replace.cpu))
        print(String(format: "  en fil där alla %d rader ändrats (varje önskemål och varje stegdatum skrivs om): %.1f ms, CPU %.1f ms; kvot mot sqlite3: väggtid %.2f, CPU-tid %.2f",
                     summary?.people ?? 0, BenchStatistics.median(changing.map(\.wall)), BenchStatistics.median(changing.map(\.cpu)), change.wall, change.cpu))
        let same = ratios(changing, to: sameWrites)
        print(String(format: "    samma ändringar av sqlite3 från samma fil (.import till en temporär tabell, UPDATE … FROM av kartläggningar och steg i person-id-ordning, inga kontroller; samma innehåll efteråt: %@): %.1f ms, CPU %.1f ms; Vardag mot det: väggtid %.2f, CPU-tid %.2f",
                     sameContent.map { $0 ? "ja" : "NEJ" } ?? "–", BenchStatistics.median(sameWrites.map(\.wall)),
                     BenchStatistics.median(sameWrites.map(\.cpu)), same.wall, same.cpu))
        print(String(format: "  varav kontroll av alla rader (torrkörning, skriver inget): %.1f ms, CPU %.1f ms",
                     BenchStatistics.median(checking.map(\.wall)), BenchStatistics.median(checking.map(\.cpu))))

        // The real `vardag import competence` of a file where every row changed, as a new
        // process, for its peak memory beside sqlite3's .import of the same file.
        try measureImportProcess(database: path, files: [csvURL, changedURL], folder: folder)

        // 2. Key to frame in the grid of the largest unit.
        let units = try store.competenceUnits()
        guard let unit = units.max(by: { $0.staffCount < $1.staffCount }) else { return }
        let context = AppContext(store: store, strings: try Strings.load(.sv), theme: .color, user: "bench",
                                 databasePath: path, today: LocalDate.today())
        for (width, height) in [(80, 24), (120, 40)] {
            let terminal = InMemoryTerminal(width: width, height: height)
            let runner = AppRunner(model: AppModel(context: context, root: CompetenceScreen(enhetId: unit.id)), terminal: terminal)
            runner.drawFrame()
            var timings: [Double] = []
            let cpuStart = Self.processCPUMilliseconds()
            let pattern: [Key] = Array(repeating: .down, count: 30) + [.right, .right, .pageDown, .pageDown, .left, .up, .end, .home, .pageDown]
            for i in 0..<keys {
                let key = pattern[i % pattern.count]
                start = DispatchTime.now().uptimeNanoseconds
                runner.step(.key(key))
                timings.append(BenchStatistics.milliseconds(since: start))
            }
            let cpuPerKey = (Self.processCPUMilliseconds() - cpuStart) / Double(keys)
            let mean = timings.reduce(0, +) / Double(timings.count)
            print(String(format: "Tangent till bild, rutnätet för %@ (%d personer), %dx%d, %d tangenter: median %.3f ms, medel %.3f ms, p99 %.3f ms, sämst %.3f ms, CPU %.3f ms/tangent (mål < 2 ms)",
                         unit.name, unit.staffCount, width, height, keys, BenchStatistics.median(timings), mean,
                         BenchStatistics.percentile(timings, 0.99), timings.max()!, cpuPerKey))
        }
        var opening: [Double] = []
        for _ in 0..<runs {
            let terminal = InMemoryTerminal(width: 80, height: 24)
            start = DispatchTime.now().uptimeNanoseconds
            AppRunner(model: AppModel(context: context, root: CompetenceScreen(enhetId: unit.id)), terminal: terminal).drawFrame()
            opening.append(BenchStatistics.milliseconds(since: start))
        }
        // The floor: sqlite3 running the grid's reads of the unit (the units with their head
        // counts, and the unit's people with their mapping) in one session.
        let sqlite3 = CommandLineTool(kind: .sqlite3, program: "/usr/bin/sqlite3", database: path)
        let gridFloor = try? sqlite3.sessionTimes("""
            SELECT (SELECT count(*) FROM (SELECT e.id, count(*) FROM medarbetare m JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id WHERE m.active = 1 AND e.active = 1
                GROUP BY e.id ORDER BY k.sort_key, e.sort_key)),
              (SELECT count(*) FROM (SELECT m.id, m.name, m.title, c.title_id, c.points, c.wishes FROM medarbetare m
                JOIN team t ON t.id = m.team_id LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                WHERE m.active = 1 AND t.enhet_id = \(unit.id) ORDER BY m.sort_key, m.id)),
              (SELECT count(*) FROM competence_step_done s JOIN medarbetare m ON m.id = s.medarbetare_id
                JOIN team t ON t.id = m.team_id WHERE m.active = 1 AND t.enhet_id = \(unit.id))
            """, runs: runs)
        BenchComparison(label: "Öppna rutnätet för \(unit.name) (läs in enheterna och enhetens personer, bedöm alla, rita)", backend: "SQLite",
                        ours: opening, tool: "sqlite3 med samma läsningar (en session)", floor: gridFloor ?? nil, target: "mål < 50 ms").print()

        // 3. The comparison across all 14 kommuner.
        var comparisonTimes: [Double] = []
        var comparisonCPU: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.processCPUMilliseconds()
            rows = try store.competenceComparison().rows.count
            comparisonCPU.append(Self.processCPUMilliseconds() - cpuStart)
            comparisonTimes.append(BenchStatistics.milliseconds(since: start))
        }
        print(String(format: "Jämförelse, %d kommuner × %d kriterier över %d medarbetare: median %.1f ms, bäst %.1f ms, CPU median %.1f ms (mål < 100 ms)",
                     register.kommuner, rows, register.medarbetare, BenchStatistics.median(comparisonTimes), comparisonTimes.min()!,
                     BenchStatistics.median(comparisonCPU)))
        // The floor: the comparison's counts as plain SQL aggregates (the views of
        // v12-access-policies, grouped per kommun and område) in sqlite3.
        let comparisonFloor = try? sqlite3.sessionTimes("""
            SELECT (SELECT count(*) FROM competence_comparison_titled), (SELECT count(*) FROM competence_comparison_untitled),
                   (SELECT count(*) FROM competence_comparison_steps)
            """, runs: runs)
        BenchComparison(label: "  Jämförelsen bredvid samma aggregat i ren SQL", backend: "SQLite", ours: comparisonTimes,
                        tool: "sqlite3 med jämförelsens tre vyer (en session)", floor: comparisonFloor ?? nil, target: "mål < 100 ms").print()
        try store.close()

        // 4. The app's peak memory with Jämförelse open on this region.
        try measureAppMemory(database: path)
    }

    /// `vardag import competence` as a new process, three runs, each a file in which every
    /// row differs from what is stored (the two files in turn), beside `sqlite3 .import` of
    /// the same file into an empty table; wall time and peak memory of each (resident from
    /// GNU `time`, and the private part sampled), ours beside `vardag --help`'s.
    private func measureImportProcess(database: String, files: [URL], folder: URL) throws {
        let program = vardagProgram
        guard FileManager.default.isExecutableFile(atPath: program) else {
            print("  vardag import competence som ny process: hoppas över (\(program) saknas; bygg produkten vardag eller ange --vardag)")
            print("  toppminne vid importen: Vardag – (hoppas över)")
            return
        }
        var ours: [Double] = [], floor: [Double] = []
        var ourPeak = PeakMemory(residentKilobytes: 0), floorPeak = PeakMemory(residentKilobytes: 0)
        for run in 0..<3 {
            // After the runs above the changed file is stored: the original, then the changed one, … each rewrites every row.
            let file = files[run % files.count]
            var start = DispatchTime.now().uptimeNanoseconds
            let result = try ProcessSpawn.runMeasured(program, ["import", "competence", file.path, "--db", database])
            ours.append(BenchStatistics.milliseconds(since: start))
            guard result.status == 0 else { throw CommandLineTool.Failure(description: "vardag import competence exited with \(result.status)") }
            ourPeak = ourPeak.merged(with: result.memory)
            let target = folder.appendingPathComponent("sqlite-process-import-\(run).sqlite").path
            start = DispatchTime.now().uptimeNanoseconds
            let tool = try ProcessSpawn.runMeasured("/usr/bin/sqlite3", [target, "-cmd", ".mode csv", "-cmd", ".separator ;", ".import '\(file.path)' mapping"])
            floor.append(BenchStatistics.milliseconds(since: start))
            guard tool.status == 0 else { throw CommandLineTool.Failure(description: "sqlite3 .import exited with \(tool.status)") }
            floorPeak = floorPeak.merged(with: tool.memory)
        }
        BenchComparison(label: "  vardag import competence, alla rader ändrade (kontroll + import), ny process", backend: "SQLite",
                        ours: ours, tool: "sqlite3 .import (ny process, tom tabell)", floor: floor).print()
        // The target is the private memory's: the rest is shared library pages (see `PeakMemory`).
        let baseline = try ProcessSpawn.helpBaseline(program)
        print("  toppminne vid importen: Vardag \(ourPeak.text(baseline: baseline)), sqlite3 \(floorPeak.text), "
              + "\(ourPeak.ratios(to: floorPeak)) (mål < 40 MB privat)")
    }

    /// The real app on this region in a pseudo-terminal of 120 × 40: the main menu, the
    /// Kompetenstrappa (4), Tab to Jämförelse, Esc and q; three runs, the app's peak memory
    /// (resident from GNU `time`, and the private part sampled) beside `vardag --help`'s and
    /// beside sqlite3's running the comparison's three aggregate views.
    private func measureAppMemory(database: String) throws {
        let program = vardagProgram
        guard FileManager.default.isExecutableFile(atPath: program) else {
            print("Appens toppminne med Jämförelse öppen: hoppas över (\(program) saknas; bygg produkten vardag eller ange --vardag)")
            return
        }
        var peaks: [Double] = [], privatePeaks: [Double] = []
        var problems: [String] = []
        for _ in 0..<3 {
            let run = try BenchAppProcess.run(program, ["--db", database],
                                              inputs: [.keys("4", until: "Rutnät"), .keys("\t"), .keys("\t"), .keys("\t", until: "steg 1")], expect: "steg 1",
                                              quit: [.escape, .keys("q")])
            if run.status != 0 { problems.append("status \(run.status)") }
            if !run.sawExpected { problems.append("Jämförelsen syntes inte") }
            if let peak = run.peakKilobytes { peaks.append(Double(peak) / 1024) }
            if let peak = run.privateKilobytes { privatePeaks.append(Double(peak) / 1024) }
        }
        let sql = """
            SELECT count(*) FROM competence_comparison_titled; SELECT count(*) FROM competence_comparison_untitled;
            SELECT count(*) FROM competence_comparison_steps;
            """
        let tool = try ProcessSpawn.runMeasured("/usr/bin/sqlite3", [database, sql])
        guard !peaks.isEmpty else {
            print("Appens toppminne med Jämförelse öppen: hoppas över (GNU time saknas: /usr/bin/time)")
            return
        }
        let baseline = try ProcessSpawn.helpBaseline(program)
        // The medians as one run's peaks, for the ratios to sqlite3's.
        let median = PeakMemory(residentKilobytes: Int(BenchStatistics.median(peaks) * 1024),
                                privateKilobytes: privatePeaks.isEmpty ? nil : Int(BenchStatistics.median(privatePeaks) * 1024))
        let privateFigures = privatePeaks.isEmpty ? "–"
            : String(format: "median %.1f MB, högst %.1f MB", BenchStatistics.median(privatePeaks), privatePeaks.max()!)
        // The target is the private memory's: the rest is shared library pages (see `PeakMemory`).
        print(String(format: "Appens toppminne med Jämförelse öppen (vardag i en pty 120x40, meny → 4 → Tab×3 → Esc, q), 3 körningar: median %.1f MB, högst %.1f MB, varav privat %@ (vardag --help %@, varav privat %@); sqlite3 med jämförelsens tre vyer %@, %@ (mål < 32 MB privat)%@",
                     BenchStatistics.median(peaks), peaks.max()!, privateFigures, PeakMemory.megabytes(baseline.residentKilobytes),
                     PeakMemory.megabytes(baseline.privateKilobytes), tool.memory.text, median.ratios(to: tool.memory),
                     problems.isEmpty ? "" : " – varning: " + Set(problems).sorted().joined(separator: ", ")))
    }

    /// Runs `sqlite3 FILE -cmd '.mode csv' -cmd '.separator ;' '.import CSV mapping'`.
    private static func sqliteImport(csv: String, into database: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, "-cmd", ".mode csv", "-cmd", ".separator ;", ".import '\(csv)' mapping"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(message: "vardag: sqlite3 .import misslyckades (status \(process.terminationStatus))", exitCode: 1)
        }
    }

    /// CPU time (user + system) of this process so far, in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Self.milliseconds(usage.ru_utime) + Self.milliseconds(usage.ru_stime)
    }

    /// CPU time of finished child processes (sqlite3) so far, in milliseconds.
    static func childrenCPUMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Self.milliseconds(usage.ru_utime) + Self.milliseconds(usage.ru_stime)
    }

    private static func milliseconds(_ time: timeval) -> Double {
        Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }
}
