import Foundation
@testable import vardag_bench
import XCTest

/// The private-memory figure the bench prints beside each peak resident size: `RssAnon`
/// read from `/proc/PID/status`, and its largest value sampled while a real process runs.
final class PrivateMemorySamplerTests: XCTestCase {
    func testTheStatusLineGivesItsKilobytes() {
        let status = "Name:\tvardag\nState:\tS (sleeping)\nVmHWM:\t   41788 kB\nVmRSS:\t   41788 kB\n"
            + "RssAnon:\t    4884 kB\nRssFile:\t   36904 kB\nRssShmem:\t       0 kB\nThreads:\t1\n"
        XCTAssertEqual(PrivateMemorySampler.anonymousKilobytes(inStatus: status), 4884)
        XCTAssertEqual(PrivateMemorySampler.anonymousKilobytes(inStatus: "RssAnon:\t  4884 kB"), 4884)
    }

    func testAStatusWithoutTheLineGivesNothing() {
        // A zombie's status (its memory already gone) has no Rss lines.
        let zombie = "Name:\tvardag\nState:\tZ (zombie)\nTgid:\t4242\nThreads:\t1\n"
        XCTAssertNil(PrivateMemorySampler.anonymousKilobytes(inStatus: zombie))
        XCTAssertNil(PrivateMemorySampler.anonymousKilobytes(inStatus: ""))
    }

    /// This process's own status, as the kernel writes it, holds the line.
    func testThisProcessHasAnonymousMemory() throws {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        XCTAssertGreaterThan(PrivateMemorySampler.anonymousKilobytes(inStatus: status) ?? 0, 0)
    }

    /// A short-lived real child, sampled directly and, as the bench does, as GNU time's child.
    func testSamplingAShortLivedChildGivesAFigureBelowItsResidentSize() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["0.2"]
        try process.run()
        let sampler = PrivateMemorySampler(pid: process.processIdentifier, throughParent: false)
        process.waitUntilExit()
        let direct = try XCTUnwrap(sampler.finish())
        XCTAssertGreaterThan(direct, 0)
        // Asked again, the same figure.
        XCTAssertEqual(sampler.finish(), direct)

        let run = try ProcessSpawn.runMeasured("/bin/sleep", ["0.2"])
        XCTAssertEqual(run.status, 0)
        let sampled = try XCTUnwrap(run.privateKilobytes)
        XCTAssertGreaterThan(sampled, 0)
        XCTAssertLessThan(sampled, run.peakKilobytes)
        // Through GNU time the figure is sleep's own, not time's; sleep's private memory is
        // well under a megabyte either way, so only the bound is checked.
        XCTAssertLessThan(sampled, 4096)
    }

    /// A process that is already gone when the sampling starts gives no figure, and no hang.
    func testAProcessGoneBeforeSamplingGivesNothing() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let sampler = PrivateMemorySampler(pid: process.processIdentifier, throughParent: false)
        XCTAssertNil(sampler.finish())
    }
}
