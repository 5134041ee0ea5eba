import Foundation
import TestSupport
import XCTest

/// Generated command lines on the real binary: every run ends with exit 0, a usage
/// error (64) or a refusal with exactly one line on stderr, never a crash signal, and
/// nothing it prints carries a control character or an escape sequence.
///
/// `VARDAG_FUZZ_SEED` replays a run; `VARDAG_FUZZ_CLI_RUNS` sets the number of runs.
final class CommandLineFuzzTests: XCTestCase {
    /// Subcommand paths of `vardag` that run quickly on a small database.
    static let commands: [[String]] = [
        [], ["open"], ["demo"], ["check"], ["export"], ["export", "register"], ["help"], ["no-such-command"],
        ["export", "dialogue"], ["export", "shadowing"],
        ["export", "workload"], ["export", "competence"], ["import", "competence"], ["import", "competence", "--dry-run"],
        ["import"], ["export", "workload", "timediary"],
    ]
    /// Paths of `vardag-bench`, which are only asked for their help (a benchmark takes minutes).
    static let benchCommands: [[String]] = [
        ["--help"], ["register", "--help"], ["dialogue", "--help"], ["shadowing", "--help"],
        ["workload", "--help"], ["competence", "--help"],
    ]
    static let options = [
        "--db", "--lang", "--force", "--format", "--output", "--user", "--no-color", "--help", "-h",
        "--version", "--", "-x", "--db=", "--lang=en", "--format=json",
        "--kommun", "--year", "--kind", "--team", "--from", "--to", "--dry-run", "--period",
    ]

    func testGeneratedCommandLinesNeverCrash() throws {
        let binary = try VardagBinary.path()
        let bench = try VardagBinary.benchPath()
        let programs = Self.commands.map { (binary, $0) } + Self.benchCommands.map { (bench, $0) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-clifuzz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Fixtures: a database, a non-SQLite file, an empty file, a directory.
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", "\(dir)/demo.sqlite"]).status, 0)
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/text.sqlite"))
        try Data().write(to: URL(fileURLWithPath: "\(dir)/empty.sqlite"))
        try FileManager.default.createDirectory(atPath: "\(dir)/folder", withIntermediateDirectories: true)
        let mapping = try Spawn.run([binary, "export", "competence", "--db", "\(dir)/demo.sqlite", "--output", "\(dir)/mapping.csv"])
        XCTAssertEqual(mapping.status, 0, mapping.errorOutput)
        let values = [
            "\(dir)/demo.sqlite", "\(dir)/new-\(UUID().uuidString).sqlite", "\(dir)/text.sqlite", "\(dir)/empty.sqlite",
            "\(dir)/folder", "\(dir)/missing/deeper/x.sqlite", "\(dir)/out.csv", "\(dir)/\u{1b}[2J.sqlite",
            "sv", "en", "xx", "", " ", "-", "--", "csv", "json", "xml", "0", "-1", "99999999999999999999",
            "Åsa Öberg", "\u{1b}]0;pwned\u{7}", "\u{9b}2J", "\u{202e}", "é", "2026-W48", "2026-02-30",
            "2026-11-23", "2026", "1999", "loops", "meetings", "questions", "actions", "tasks", "summary", "Åsbro",
            "Skuggningsteam Linköpingsmodellen", "\(dir)/folder/", "mapping", "gaps", "plan", "comparison",
            "\(dir)/mapping.csv", "\(dir)/mapping.csv", "2026-11", "2026-13",
        ]
        var random = ReplayableRandom(fromEnvironment: "VARDAG_FUZZ_SEED", label: "command-line fuzz")
        let runs = ReplayableRandom.count("VARDAG_FUZZ_CLI_RUNS", default: 300)
        let env = [
            "PATH": "/usr/bin:/bin", "HOME": dir, "XDG_DATA_HOME": "\(dir)/xdg", "VARDAG_DB": "\(dir)/env.sqlite",
            "USER": "fuzz", "TERM": "xterm-256color", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
        ]
        var statuses: [Int32: Int] = [:]
        for run in 0..<runs {
            let (program, command) = programs.randomElement(using: &random)!
            var arguments = command
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<6:
                    arguments.append(Self.options.randomElement(using: &random)!)
                    arguments.append(values.randomElement(using: &random)!)
                case 6..<8: arguments.append(Self.options.randomElement(using: &random)!)
                default: arguments.append(values.randomElement(using: &random)!)
                }
            }
            let result = try Spawn.run([program] + arguments, environment: env, timeout: 30, workingDirectory: dir)
            statuses[result.status, default: 0] += 1
            let what = "run \(run): \(URL(fileURLWithPath: program).lastPathComponent) \(arguments.map(\.debugDescription).joined(separator: " ")) → \(result.status), stderr \(result.errorOutput.debugDescription)"
            XCTAssertLessThan(result.status, 128, "ended by a signal: \(what)")
            XCTAssertFalse(Self.hasControlCharacter(result.errorOutput), "control character on stderr: \(what)")
            // CSV on stdout ends its lines with CRLF, as the format wants.
            let stdout = result.output.replacingOccurrences(of: "\r\n", with: "\n")
            XCTAssertFalse(Self.hasControlCharacter(stdout), "control character on stdout: \(what)")
            switch result.status {
            case 0: break
            case 64:
                // ArgumentParser's usage error (several lines, "Fel: …" or under
                // --lang en "Error: …" first), or a command's own refusal of a value (one line).
                XCTAssertTrue(result.errorOutput.hasPrefix("Fel:") || result.errorOutput.hasPrefix("Error:")
                              || result.errorOutput.split(separator: "\n").count == 1,
                              "a usage error says so: \(what)")
            case 65:
                // An import's refused rows: one line each (`vardag: FILE: rad N: …`), then the total.
                XCTAssertTrue(result.errorOutput.hasSuffix("\n"), what)
                XCTAssertTrue(result.errorOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("vardag: ") },
                              "every refused row on its own line: \(what)")
            default:
                XCTAssertTrue(result.errorOutput.hasSuffix("\n"), what)
                XCTAssertEqual(result.errorOutput.split(separator: "\n").count, 1, "one line on stderr: \(what)")
            }
        }
        print("command-line fuzz: \(runs) runs, exit codes \(statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))")
    }

    /// Any C0 control but a line break, DEL, a C1 control, or a bidi control.
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A) || (0x7F..<0xA0).contains(s.value) || s.properties.isBidiControl
        }
    }
}
