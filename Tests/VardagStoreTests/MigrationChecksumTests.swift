import GRDB
import XCTest
@testable import VardagStore

/// Shipped migrations are frozen: a database made by an older Vardag has run them as they
/// were, so a changed migration would leave new and upgraded databases with different
/// schemas (v4 was once edited after v5 existed). New schema goes into a new migration.
///
/// The migrations are Swift closures (some build their SQL from constants or read starter
/// data from `Resources/Data`), so the test checksums what each one does rather than its
/// source: on an empty database, each migration is run alone after the ones before it, and
/// its effect is every line of `sqlite_master` (type, name, table, SQL text as stored) and
/// every row of every table that it added or removed. Any change to a migration's SQL,
/// including a changed constant or starter file it reads, changes its checksum.
final class MigrationChecksumTests: XCTestCase {
    /// Each shipped migration, in order, with the FNV-1a (64-bit) checksum of its effect.
    static let shipped: [(id: String, checksum: String)] = [
        ("v1-register", "d1118783ed4e0543"),
        ("v1-audit", "23fb1c853f35e6f6"),
        ("v2-workload", "c88fb5677395e7e7"),
        ("v3-dialogue", "397e8f0dfc1f98fd"),
        ("v4-shadowing", "1f788648a6eaecd7"),
        ("v5-competence", "1debadf42948344a"),
        ("v6-retention", "c422265eb2df6d7a"),
        ("v7-competence-indexes", "ac41fc6b66272032"),
        ("v8-competence-step-date-check", "5c3b784f21919581"),
        ("v9-audit-purge-scrub", "b941992df32e7051"),
        ("v10-shadowing-team-choice", "f0778c6b39f5f4a1"),
        ("v11-access", "a529045fb2d03806"),
        ("v12-access-policies", "945a3ba726f7ab57"),
        ("v13-access-login-roles", "cbf29ce484222325"),
        ("v14-access-scope-views", "cbf29ce484222325"),
        ("v15-competence-comparison", "cbf29ce484222325"),
        ("v16-dialogue-open-actions", "539551bd622cb8c7"),
        ("v17-staff-figures", "4873a7df2f59cc68"),
        ("v18-workload-overall-index", "bf7442a483c5f181"),
        ("v19-workload-mismatch-settings", "7fb80440726395b2"),
        ("v20-shadowing-shadowed-staff", "bea9c5c591bc45af"),
        ("v21-dialogue-plans-feedback", "8c89fc3cb13cb97b"),
        ("v22-competence-plan-cost-and-title-history", "83fadecdcbce9696"),
        ("v23-shadowing-hypothesis-history", "7264d855aba1bb9b"),
        ("v24-competence-knowledge-spreading", "acbe9b1538455e57"),
        ("v25-shadowing-supervisors", "af51bd66b3ec490c"),
        ("v26-participant-ladder-and-employment", "5b70c2cedb467264"),
        ("v27-dialogue-chef-names", "751a476699f4bcf0"),
    ]

    func testShippedMigrationsAreUnchanged() throws {
        let known = SchemaMigrations.identifiers
        XCTAssertEqual(Array(known.prefix(Self.shipped.count)), Self.shipped.map(\.id),
                       "A shipped migration was removed, renamed or moved. Shipped migrations are frozen: "
                       + "leave them as they are and put new schema into a new migration at the end.")
        let checksums = try Self.effectChecksums()
        for (id, expected) in Self.shipped {
            guard let actual = checksums[id] else { continue }
            XCTAssertEqual(actual, expected, """
                Migration \(id) has changed: what it does to the database is no longer what shipped \
                (checksum \(actual), shipped \(expected)). Shipped migrations are frozen, since databases \
                made by an older Vardag have already run them as they were: undo the change and put the \
                new schema into a new migration at the end of SchemaMigrations.
                """)
        }
        for id in known.dropFirst(Self.shipped.count) {
            XCTFail("""
                Migration \(id) has no checksum yet. Before it ships, add ("\(id)", "\(checksums[id] ?? "?")") \
                to MigrationChecksumTests.shipped; from then on it is frozen like the others.
                """)
        }
    }

    func testTheChecksumSeesAChangedStatement() throws {
        // The same effect lines give the same checksum; one changed word gives another.
        let lines = ["+schema table kommun kommun: CREATE TABLE kommun (id INTEGER PRIMARY KEY)"]
        XCTAssertEqual(Self.fnv1a64(lines.joined(separator: "\n")), Self.fnv1a64(lines.joined(separator: "\n")))
        XCTAssertNotEqual(Self.fnv1a64(lines.joined(separator: "\n")),
                          Self.fnv1a64(lines[0].replacingOccurrences(of: "INTEGER", with: "TEXT")))
        // FNV-1a's published test vectors.
        XCTAssertEqual(Self.fnv1a64(""), "cbf29ce484222325")
        XCTAssertEqual(Self.fnv1a64("a"), "af63dc4c8601ec8c")
        XCTAssertEqual(Self.fnv1a64("foobar"), "85944171f73967e8")
    }

    /// The checksum of each known migration's effect, by identifier.
    static func effectChecksums() throws -> [String: String] {
        let queue = try DatabaseQueue()
        let migrator = SchemaMigrations.migrator
        var checksums: [String: String] = [:]
        var before = try queue.read(snapshot)
        for id in migrator.migrations {
            try migrator.migrate(queue, upTo: id)
            let after = try queue.read(snapshot)
            let effect = after.subtracting(before).map { "+" + $0 } + before.subtracting(after).map { "-" + $0 }
            checksums[id] = fnv1a64(effect.sorted().joined(separator: "\n"))
            before = after
        }
        return checksums
    }

    /// Every schema object and every table row of the database, one line each. GRDB's own
    /// table of applied migrations and SQLite's internal tables are left out.
    static func snapshot(_ db: Database) throws -> Set<String> {
        var lines: Set<String> = []
        let objects = try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master
            WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> 'grdb_migrations'
            """)
        for object in objects {
            let type: String = object["type"], name: String = object["name"], table: String = object["tbl_name"]
            lines.insert("schema \(type) \(name) \(table): \(object["sql"] as String? ?? "")")
            guard type == "table" else { continue }
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [name])
            let quoted = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
            for row in try String.fetchAll(db, sql: "SELECT \(quoted) FROM \"\(name)\"") {
                lines.insert("row \(name): \(row)")
            }
        }
        return lines
    }

    /// The 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 hexadecimal digits.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
