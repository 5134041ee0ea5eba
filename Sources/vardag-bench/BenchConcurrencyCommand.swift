import ArgumentParser
import Foundation
import VardagCommandLine
import VardagDomain
import VardagStore

/// `vardag-bench concurrency --db DB [--processes 20] [--writes 200]`: many Vardag
/// processes write into one database at the same time, and every write must be kept.
///
/// On an existing demo database (an SQLite file or a PostgreSQL database; it is written
/// to), it starts `--processes` workers of this program (`concurrency-worker`), which
/// wait until all are connected and then each make `--writes` writes through the store's
/// intents: Fyrfältaren cases with their ratings, time-diary minutes, a shadowing
/// participant's observed day and dialogue meetings, on a few teams so that they contend
/// (see `ConcurrencyPlan`). Afterwards every write is looked up. It prints the time, the
/// writes per second, the errors (a write that failed for the user), the retries the
/// PostgreSQL writer took, and the write latencies; it exits 1 when a write failed or is
/// missing.
struct BenchConcurrencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concurrency",
        abstract: HelpText.text("Många processer skriver samtidigt i en demodatabas; alla skrivningar ska finnas kvar.",
                                en: "Many processes write into a demo database at once; every write must be kept."))

    @Option(name: .long, help: HelpText.help("Demodatabasen (SQLite-fil eller PostgreSQL-anslutning); den skrivs i.",
                                             en: "The demo database (SQLite file or PostgreSQL connection); it is written to."))
    var db: String

    @Option(name: .long, help: HelpText.help("Antal samtidiga processer.", en: "Number of processes at once.", valueName: "n"))
    var processes = 20

    @Option(name: .long, help: HelpText.help("Skrivningar per process.", en: "Writes per process.", valueName: "n"))
    var writes = 200

    func validate() throws {
        guard (1...200).contains(processes) else { throw ValidationError("--processes must be 1–200") }
        guard (1...100_000).contains(writes) else { throw ValidationError("--writes must be 1–100000") }
    }

    func run() throws {
        try reportingFailures { try measure() }
    }

    private func measure() throws {
        let store = try BenchDatabase.open(db, user: "bänk")
        let backend = store.isOnServer ? "PostgreSQL" : "SQLite"
        print("Vardag bench concurrency (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor, \(backend)")
        let plan = try ConcurrencyPlan.make(store: store, processes: processes, writes: writes, today: LocalDate.today())
        let planFile = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-concurrency-\(getpid()).json").path
        try plan.write(to: planFile)
        defer { try? FileManager.default.removeItem(atPath: planFile) }

        let workers = try (0..<processes).map { try startWorker($0, planFile: planFile) }
        for (w, worker) in workers.enumerated() {
            guard try worker.waitForReady() else {
                workers.forEach { $0.stop() }
                throw CommandFailure(message: HelpText.text("vardag-bench: arbetsprocess \(w) startade inte", en: "vardag-bench: worker \(w) did not start"),
                                     exitCode: 1)
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        for worker in workers { worker.go() }
        var reports: [ConcurrencyWorkerReport] = []
        for (w, worker) in workers.enumerated() {
            guard let report = worker.report() else {
                throw CommandFailure(message: HelpText.text("vardag-bench: arbetsprocess \(w) slutade utan rapport (slutstatus \(worker.process.terminationStatus))",
                                                            en: "vardag-bench: worker \(w) ended without a report (exit \(worker.process.terminationStatus))"),
                                     exitCode: 1)
            }
            reports.append(report)
        }
        let seconds = BenchStatistics.milliseconds(since: start) / 1000

        let missing = try plan.missingWrites(in: store)
        try store.close()
        let errors = reports.flatMap(\.errors)
        let latencies = reports.flatMap(\.latencies)
        let total = processes * writes
        print(String(format: "Samtidiga skrivningar: %d processer × %d skrivningar = %d på %.2f s, %.0f skrivningar/s",
                     processes, writes, total, seconds, Double(total) / max(seconds, 0.001)))
        print("Fel: \(errors.count), saknade skrivningar: \(missing.count), omförsök: \(reports.map(\.retries).reduce(0, +))")
        print(String(format: "Tid per skrivning: p50 %.2f ms, p99 %.2f ms, längst %.2f ms",
                     BenchStatistics.median(latencies), BenchStatistics.percentile(latencies, 0.99), latencies.max() ?? 0))
        for line in (errors + missing).prefix(20) { FileHandle.standardError.write(Data("vardag-bench: \(line)\n".utf8)) }
        if !errors.isEmpty || !missing.isEmpty { throw ExitCode(1) }
    }

    /// Starts one worker process of this program.
    private func startWorker(_ number: Int, planFile: String) throws -> ConcurrencyWorker {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return try ConcurrencyWorker(executable: executable,
                                     arguments: ["concurrency-worker", "--db", db, "--plan", planFile, "--worker", String(number)])
    }
}
