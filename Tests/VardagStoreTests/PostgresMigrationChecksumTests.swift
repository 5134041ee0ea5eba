import XCTest
@testable import VardagStore

/// The PostgreSQL migrations are frozen like SQLite's: a server database that ran one as it
/// shipped must not differ from a new one. Each is one SQL text, so its FNV-1a checksum is
/// of the text itself; and the identifiers are SQLite's, in SQLite's order, so
/// `vardag check` names the same schema version on both backends.
final class PostgresMigrationChecksumTests: XCTestCase {
    /// Each shipped migration, in order, with the FNV-1a (64-bit) checksum of its SQL.
    static let shipped: [(id: String, checksum: String)] = [
        ("v1-register", "acee35a7dca990cb"),
        ("v1-audit", "72ea7b004c3ce78e"),
        ("v2-workload", "bf2fd9f7066dbbc0"),
        ("v3-dialogue", "cea861288b0ab3da"),
        ("v4-shadowing", "fdd127a4e74bd89a"),
        ("v5-competence", "beee631817ee637f"),
        ("v6-retention", "a17bf3b331236fa6"),
        ("v7-competence-indexes", "6b35626fd7951a16"),
        ("v8-competence-step-date-check", "fc5231539c20d659"),
        ("v9-audit-purge-scrub", "535263b5f7e4ecd2"),
        ("v10-shadowing-team-choice", "c5d351b070223ada"),
        ("v11-access", "e75007b4302cfadf"),
        ("v12-access-policies", "bc4a712e07348845"),
        ("v13-access-login-roles", "76c7f9f466510e58"),
        ("v14-access-scope-views", "d9353ea5d4cd3405"),
        ("v15-competence-comparison", "8443d692f8ff639a"),
        ("v16-dialogue-open-actions", "413dbc716b6d37ab"),
        ("v17-staff-figures", "a2227b08497d101b"),
        ("v18-workload-overall-index", "c4976b878e7045c2"),
        ("v19-workload-mismatch-settings", "500968a4491d3c25"),
        ("v20-shadowing-shadowed-staff", "939939b470ef2fcf"),
        ("v21-dialogue-plans-feedback", "1104776eeb4df2cd"),
        ("v22-competence-plan-cost-and-title-history", "5465ab72d6a0c2e8"),
        ("v23-shadowing-hypothesis-history", "fff6e5262fe473e8"),
        ("v24-competence-knowledge-spreading", "e66c3a0e4be13121"),
        ("v25-shadowing-supervisors", "5eeff812a50f4034"),
        ("v26-participant-ladder-and-employment", "14618390d2afb54d"),
        ("v27-dialogue-chef-names", "6fdf1fb14a3a0077"),
    ]

    func testTheIdentifiersAreSQLitesInSQLitesOrder() {
        XCTAssertEqual(PostgresMigrator.identifiers, SchemaMigrations.identifiers)
    }

    func testShippedMigrationsAreUnchanged() {
        let migrations = PostgresMigrations.all
        XCTAssertEqual(Array(migrations.map(\.identifier).prefix(Self.shipped.count)), Self.shipped.map(\.id),
                       "A shipped PostgreSQL migration was removed, renamed or moved; they are frozen.")
        for (migration, expected) in zip(migrations, Self.shipped) {
            XCTAssertEqual(Self.checksum(migration.sql), expected.checksum, """
                PostgreSQL migration \(migration.identifier) has changed since it shipped. Leave it as it \
                was and put the change into a new migration at the end (with a new SQLite migration of the same identifier).
                """)
        }
        XCTAssertEqual(migrations.count, Self.shipped.count,
                       "A new migration: add its identifier and checksum to `shipped` once it is final: "
                       + migrations.dropFirst(Self.shipped.count).map { "(\"\($0.identifier)\", \"\(Self.checksum($0.sql))\")" }
                       .joined(separator: ", "))
    }

    /// FNV-1a (64-bit) of the UTF-8 bytes, as 16 hexadecimal digits.
    static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
