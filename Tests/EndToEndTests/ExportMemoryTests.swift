import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// An export's memory does not grow with its rows: the real binary exports 200 000
/// generated ratings (the benchmark's generator) and its peak resident size (`ru_maxrss`,
/// read by GNU `time`) stays within a few megabytes of an export of one week's ratings.
/// Through `time`, because Linux keeps a peak across `execve` and a child spawned from this
/// test process would start from the test process's own size. Before exports streamed, every row was held twice
/// (the rows, then the output), about 660 bytes a rating: 130 MB more here.
final class ExportMemoryTests: XCTestCase {
    private var work = URL(fileURLWithPath: "/tmp")

    override func setUpWithError() throws {
        work = try TmuxSession.makeDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: work)
    }

    func testAnExportOfManyRatingsKeepsItsMemoryFlat() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("GNU time is missing") }
            throw XCTSkip("GNU time (/usr/bin/time) is missing")
        }
        let binary = try VardagBinary.path()
        let db = work.appendingPathComponent("large.sqlite").path
        let lastWeek = WorkloadPeriod(containing: try LocalDate(year: 2026, month: 11, day: 30), kind: .week)
        let store = try AppDatabase.open(path: db, user: "test")
        let summary = try WorkloadLargeData.populate(
            store, plan: .init(teams: 20, staffPerTeam: 10, weeks: 100, casesPerPerson: 10), lastWeek: lastWeek)
        try store.close()
        XCTAssertEqual(summary.ratings, 200_000)

        let oneWeek = try Self.peakKilobytes([binary, "export", "workload", "--db", db, "--from", lastWeek.description])
        var peaks: [String: Int] = [:]
        for format in ["csv", "json"] {
            peaks[format] = try Self.peakKilobytes([binary, "export", "workload", "--db", db, "--format", format])
        }
        // A week is 2 000 ratings (under 0.5 MB of output); all 200 000 must not cost more than 16 MB above it.
        // (No absolute bound: a debug binary starts at about 50 MB, a release one far lower; `vardag-bench workload` prints those.)
        for (format, peak) in peaks {
            XCTAssertLessThan(peak, oneWeek + 16 * 1024, "\(format): peak \(peak) kB against \(oneWeek) kB for one week")
            print("export workload --format \(format), 200 000 ratings: peak \(peak) kB; one week: \(oneWeek) kB")
        }

        // And every row arrives: the header and 200 000 lines, each ending in CRLF.
        let file = work.appendingPathComponent("all.csv").path
        try Self.spawnAndWait([binary, "export", "workload", "--db", db, "--output", file])
        let text = try Data(contentsOf: URL(fileURLWithPath: file))
        XCTAssertEqual(text.prefix(3), Data([0xEF, 0xBB, 0xBF]))
        XCTAssertEqual(text.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }, 200_001)
        XCTAssertEqual(text.suffix(2), Data([0x0D, 0x0A]))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o600)
    }

    /// Runs a command with its output to /dev/null and returns its peak resident size in kB.
    /// - Throws: `POSIXError` when GNU time cannot be started.
    private static func peakKilobytes(_ command: [String]) throws -> Int {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("export-peak-\(getpid())").path
        defer { unlink(report) }
        try spawnAndWait(["/usr/bin/time", "-f", "%M", "-o", report] + command)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        return try XCTUnwrap(text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, text)
    }

    /// Runs a command with its output to /dev/null and checks that it succeeds.
    private static func spawnAndWait(_ command: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard started == 0 else { throw POSIXError(POSIXErrorCode(rawValue: started) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        XCTAssertEqual(status, 0, "\(command.joined(separator: " ")) exited with \(status)")
    }
}
