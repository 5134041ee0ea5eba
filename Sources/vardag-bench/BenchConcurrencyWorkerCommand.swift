import ArgumentParser
import Foundation
import VardagApp
import VardagDomain
import VardagStore

/// `vardag-bench concurrency-worker`: one of the processes `vardag-bench concurrency`
/// starts; not for people (hidden from the help).
///
/// Opens the database, says `ready`, waits for a line on standard input (so all workers
/// begin together), makes its share of the plan's writes and prints a
/// `ConcurrencyWorkerReport` as one line of JSON.
struct BenchConcurrencyWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concurrency-worker", abstract: "One worker of `vardag-bench concurrency`.", shouldDisplay: false)

    @Option(name: .long, help: "The database: an SQLite file or a PostgreSQL connection string.")
    var db: String

    @Option(name: .long, help: "The plan file the coordinating process wrote.")
    var plan: String

    @Option(name: .long, help: "This worker's number in the plan, from 0.")
    var worker: Int

    func run() throws {
        let plan = try ConcurrencyPlan.read(from: plan)
        guard plan.workers.indices.contains(worker) else { throw ValidationError("--worker \(worker) is not in the plan") }
        let today = try LocalDate.parse(plan.today)
        let period = try WorkloadPeriod.parse(plan.period)
        let strings = try Strings.load(.en)
        let store = try BenchDatabase.open(db, user: "bänk-\(worker)")
        // Straight to the pipe (print would wait in a buffer): the coordinator waits for it.
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        guard readLine() != nil else { return }

        var report = ConcurrencyWorkerReport()
        for write in plan.workers[worker] {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                try write.perform(on: store, today: today, period: period)
            } catch {
                report.errors.append("\(write): \(ErrorText.describe(error, strings)) (\(error))")
            }
            report.latencies.append(BenchStatistics.milliseconds(since: start))
        }
        report.retries = store.retriedWrites
        try store.close()
        FileHandle.standardOutput.write(try JSONEncoder().encode(report) + Data("\n".utf8))
    }
}
