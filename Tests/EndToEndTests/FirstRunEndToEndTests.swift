import Foundation
import TestSupport
import XCTest

/// A new user's first `make run`: an empty home with no data folder, `XDG_DATA_HOME`
/// unset. The Makefile's `open-demo` step (what `make run` does after building) makes
/// the folder (0700) and the demo, opens the main menu; a second run opens the same
/// database without making a new demo.
final class FirstRunEndToEndTests: XCTestCase {
    private func q(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The checkout's root: this file is Tests/EndToEndTests/FirstRunEndToEndTests.swift.
    private var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testMakeRunOnAnEmptyHomeMakesTheFolderAndDemoOnceAndOpensTheMenu() throws {
        let binary = try VardagBinary.path()
        let home = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let command = "make -s -C \(q(repositoryRoot.path)) open-demo VARDAG_RUN=\(q(binary))"
        let folder = home.appendingPathComponent(".local/share/vardag")
        let demo = folder.appendingPathComponent("demo.sqlite")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local").path))

        let first = try TmuxSession(command: command, width: 80, height: 24, term: "xterm-256color", environment: ["HOME": home.path])
        defer { first.close() }
        try first.waitFor(text: "Välj verktyg", timeout: 60)
        try first.sendKeys("q")
        let firstStatus = try first.waitForExit()
        let firstOutput = try first.capture()
        XCTAssertEqual(firstStatus, 0, firstOutput)
        XCTAssertTrue(firstOutput.contains("Demodatabas skapad"), firstOutput)
        let folderMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int)
        XCTAssertEqual(folderMode & 0o777, 0o700, "the data folder is the owner's only")
        let fileMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: demo.path)[.posixPermissions] as? Int)
        XCTAssertEqual(fileMode & 0o777, 0o600)
        let inode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: demo.path)[.systemFileNumber] as? Int)

        let second = try TmuxSession(command: command, width: 80, height: 24, term: "xterm-256color", environment: ["HOME": home.path])
        defer { second.close() }
        try second.waitFor(text: "Välj verktyg", timeout: 30)
        try second.sendKeys("q")
        let secondStatus = try second.waitForExit()
        let output = try second.capture()
        XCTAssertEqual(secondStatus, 0, output)
        XCTAssertFalse(output.contains("Demodatabas skapad"), "the second run opens the demo it made: \(output)")
        XCTAssertFalse(output.contains("finns redan"), output)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: demo.path)[.systemFileNumber] as? Int, inode,
                       "the same database file, not a new one")
    }
}
