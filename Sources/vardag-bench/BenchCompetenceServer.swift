import Foundation
import Glibc
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench competence --server CONNINFO`: the CSV import on PostgreSQL against
/// `psql`'s `\copy` of the same file.
///
/// The region is generated in a temporary SQLite file and copied to the server database
/// (which must be empty: `copyEverything` refuses one with a register), so both backends
/// hold the same people with the same ids. Each run times, side by side:
/// - the first load (no mapping stored), the same file again, and a file with every row changed;
/// - `psql -c '\copy …'` of the same file into a scratch table of text columns (a new
///   `psql` process, an empty table, no checks): the floor a server import cannot go under;
/// - `psql -c '\copy …'` of the file's values in the real tables' layout into
///   `competence_mapping` and `competence_step_done` (emptied first, not timed), with
///   their keys, foreign keys and CHECKs: what the database itself costs.
extension BenchCompetenceCommand {
    func runOnServer(_ conninfo: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-competence-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("Vardag bench competence på server (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        let local = try AppDatabase.open(path: folder.appendingPathComponent("region.sqlite").path, user: "bench")
        var start = DispatchTime.now().uptimeNanoseconds
        let (register, mapped) = try CompetenceBenchRegion.populate(local, staff: staff)
        let server = try AppDatabase.open(server: conninfo, user: "bench")
        _ = try local.copyEverything(to: server)
        print(String(format: "Region: %d kommuner, %d medarbetare (%d kartlagda, %d klara steg), genererad och kopierad till %@ på %.1f s",
                     register.kommuner, register.medarbetare, mapped.mapped, mapped.steps, server.location,
                     BenchStatistics.milliseconds(since: start) / 1000))

        let csvURL = folder.appendingPathComponent("kartlaggning.csv")
        let table = try CompetenceExport.table(from: local, kind: .mapping, kommuner: [], today: LocalDate.today())
        let csv = try CompetenceExport.csv(table)
        try csv.write(to: csvURL)
        try CompetenceBenchRegion.changeEveryMapping(local)
        let changedURL = folder.appendingPathComponent("kartlaggning-andrad.csv")
        try CompetenceExport.csv(try CompetenceExport.table(from: local, kind: .mapping, kommuner: [], today: LocalDate.today()))
            .write(to: changedURL)
        // The real tables' rows as the import stores them from the file, for psql's \copy into them.
        let (mappingURL, stepURL) = (folder.appendingPathComponent("mapping.tsv"), folder.appendingPathComponent("steps.tsv"))
        try server.importCompetence(csv, source: "bench.csv")
        try Self.psql(conninfo, "\\copy competence_mapping TO '\(mappingURL.path)'")
        try Self.psql(conninfo, "\\copy competence_step_done TO '\(stepURL.path)'")
        try Self.psql(conninfo, "DROP TABLE IF EXISTS bench_competence_scratch; CREATE TABLE bench_competence_scratch (\(table.header.indices.map { "c\($0) text" }.joined(separator: ", ")))")

        var summary: CompetenceImportSummary?
        func timeImport(_ url: URL, prepare: () throws -> Void = {}) throws -> (wall: Double, cpu: Double) {
            let data = try Data(contentsOf: url)
            try prepare()
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.processCPUMilliseconds()
            summary = try server.importCompetence(data, source: "bench.csv")
            return (BenchStatistics.milliseconds(since: started), Self.processCPUMilliseconds() - cpuStart)
        }
        /// Runs commands in one psql process and one transaction, after `prepare` (not timed).
        func timePsql(_ commands: [String], prepare: String) throws -> (wall: Double, cpu: Double) {
            try Self.psql(conninfo, prepare)
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.childrenCPUMilliseconds()
            try Self.psql(conninfo, commands)
            return (BenchStatistics.milliseconds(since: started), Self.childrenCPUMilliseconds() - cpuStart)
        }
        var firstLoad: [(wall: Double, cpu: Double)] = [], replacing: [(wall: Double, cpu: Double)] = []
        var changing: [(wall: Double, cpu: Double)] = []
        var scratch: [(wall: Double, cpu: Double)] = [], real: [(wall: Double, cpu: Double)] = []
        for _ in 0..<runs {
            scratch.append(try timePsql(["\\copy bench_competence_scratch FROM '\(csvURL.path)' WITH (FORMAT csv, DELIMITER ';', HEADER true)"],
                                        prepare: "TRUNCATE bench_competence_scratch"))
            real.append(try timePsql(["\\copy competence_mapping FROM '\(mappingURL.path)'", "\\copy competence_step_done FROM '\(stepURL.path)'"],
                                     prepare: "DELETE FROM competence_step_done; DELETE FROM competence_mapping"))
            firstLoad.append(try timeImport(csvURL) { try CompetenceBenchRegion.removeMappings(server) })
            replacing.append(try timeImport(csvURL))
            changing.append(try timeImport(changedURL))
            // Back to the original file's values for the next run's "same file again".
            try server.importCompetence(csv, source: "bench.csv")
        }
        try Self.psql(conninfo, "DROP TABLE bench_competence_scratch")
        func median(_ values: [(wall: Double, cpu: Double)]) -> (wall: Double, cpu: Double) {
            (BenchStatistics.median(values.map(\.wall)), BenchStatistics.median(values.map(\.cpu)))
        }
        func ratio(_ ours: [(wall: Double, cpu: Double)], _ theirs: [(wall: Double, cpu: Double)]) -> Double {
            BenchStatistics.median(zip(ours, theirs).map { $0.wall / $1.wall })
        }
        let copyScratch = median(scratch), copyReal = median(real)
        print(String(format: "Import av %d rader (%d personer, %d steg, %.1f MB) på PostgreSQL, %d körningar, medianer (väggtid; CPU är klientprocessens):",
                     table.rows.count, summary?.people ?? 0, summary?.steps ?? 0, Double(csv.count) / 1_000_000, runs))
        print(String(format: "  psql \\copy av filen till en tabell med textkolumner (ny process, tom tabell, inga kontroller): %.1f ms, CPU %.1f ms",
                     copyScratch.wall, copyScratch.cpu))
        print(String(format: "  psql \\copy av filens värden till de riktiga tabellerna (nycklar, främmande nycklar, CHECK): %.1f ms, CPU %.1f ms",
                     copyReal.wall, copyReal.cpu))
        for (label, values) in [("första inläsningen (ingen kartläggning förut)", firstLoad), ("samma fil igen (allt redan lagrat så)", replacing),
                                ("en fil där alla rader ändrats (varje önskemål och varje stegdatum)", changing)] {
            let ours = median(values)
            print(String(format: "  %@: %.1f ms, CPU %.1f ms; kvot mot \\copy till textkolumner %.2f, mot \\copy till de riktiga tabellerna %.2f (mål ≤ 3)",
                         label, ours.wall, ours.cpu, ratio(values, scratch), ratio(values, real)))
        }
        try local.close()
    }

    /// Runs SQL or psql meta-commands (`\copy`), one `-c` each, in one transaction
    /// (`psql -X -q -1 -v ON_ERROR_STOP=1`).
    private static func psql(_ conninfo: String, _ commands: String...) throws {
        try psql(conninfo, commands)
    }

    private static func psql(_ conninfo: String, _ commands: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", conninfo] + commands.flatMap { ["-c", $0] }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(message: "vardag: psql misslyckades (status \(process.terminationStatus))", exitCode: 1)
        }
    }
}
