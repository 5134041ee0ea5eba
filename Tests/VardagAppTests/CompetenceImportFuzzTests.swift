import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// The competence CSV import (`vardag import competence` and its store function) with
/// thousands of generated files built from a real export: each is accepted or refused
/// with a message naming the problem, never a crash; an exported file imports and
/// exports again byte for byte.
final class CompetenceImportFuzzTests: XCTestCase {
    func testGeneratedFilesAreAcceptedOrRefusedWithAMessage() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try AppDriver.demo(store)
        let today = try LocalDate(year: 2026, month: 11, day: 23)
        let exported = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        // A small file (header and 12 people) keeps thousands of imports quick.
        let lines = String(decoding: exported, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let canonical = Array(lines.prefix(13))
        XCTAssertEqual(canonical.count, 13)
        XCTAssertNoThrow(try store.importCompetence(Data((canonical.joined(separator: "\r\n") + "\r\n").utf8), source: "ok.csv", dryRun: true))

        var random = ReplayableRandom(fromEnvironment: "VARDAG_FUZZ_SEED", label: "fuzz competence import")
        // Each import reads the register, so fewer files than other parsers get inputs.
        let count = ReplayableRandom.count("VARDAG_FUZZ_INPUTS", default: 2_000)
        var accepted = 0, refused = 0
        for index in 0..<count {
            let data = Self.mutated(canonical, using: &random)
            do {
                let summary = try store.importCompetence(data, source: "fuzz.csv", dryRun: true)
                XCTAssertTrue(summary.dryRun)
                accepted += 1
            } catch {
                refused += 1
                let message = String(describing: error)
                XCTAssertFalse(message.isEmpty, "input \(index): refusal has a message")
            }
        }
        XCTAssertGreaterThan(accepted, 0)
        XCTAssertGreaterThan(refused, 0)
        print("fuzz competence import: \(count) files, \(accepted) accepted, \(refused) refused")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    /// Export, import, export: the same bytes (the file is the mapping's canonical form).
    func testExportImportExportIsByteForByte() throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try AppDriver.demo(store)
        let today = try LocalDate(year: 2026, month: 11, day: 23)
        let first = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        try store.importCompetence(first, source: "export.csv")
        let second = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        XCTAssertEqual(first, second)
    }

    /// A file made from the canonical lines with one to three changes: cells replaced by
    /// generated text, lines dropped, doubled or swapped, bytes cut off or made invalid.
    static func mutated(_ canonical: [String], using random: inout ReplayableRandom) -> Data {
        var rows = canonical.map { $0.components(separatedBy: ";") }
        var cutAt: Int? = nil
        var extraBytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let row = Int.random(in: 0..<rows.count, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5 where !rows[row].isEmpty:
                let column = Int.random(in: 0..<rows[row].count, using: &random)
                var fuzz = ParserFuzz(random: ReplayableRandom(seed: random.next()))
                rows[row][column] = fuzz.input { _ in rows[row][column] }
            case 5: if rows.count > 1 { rows.remove(at: row) }
            case 6: rows.insert(rows[row], at: row)
            case 7: if rows[row].count > 1 { rows[row].removeLast() } else { rows[row].append("extra") }
            case 8: cutAt = Int.random(in: 0...400, using: &random)
            default: extraBytes = [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF], Array("\"".utf8), Array("\r".utf8)].randomElement(using: &random)!
            }
        }
        var bytes = Array((rows.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n").utf8)
        if !extraBytes.isEmpty { bytes.insert(contentsOf: extraBytes, at: Int.random(in: 0...bytes.count, using: &random)) }
        if let cutAt, cutAt < bytes.count { bytes = Array(bytes.prefix(cutAt)) }
        if Int.random(in: 0..<4, using: &random) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        return Data(bytes)
    }
}
