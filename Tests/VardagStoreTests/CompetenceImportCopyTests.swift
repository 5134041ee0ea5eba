import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// The competence import on PostgreSQL goes through COPY; these tests run the same files on
/// a SQLite file and on the real server and ask for the same rows, the same audit trail,
/// the same summaries and the same exports, byte for byte, with wishes that would break a
/// COPY row written carelessly (backslashes, `\.`, `\N`, quotes, `;`, å ä ö, emoji).
final class CompetenceImportCopyTests: XCTestCase {
    private let today = try! LocalDate.parse("2026-11-23")
    private let header = "Id;Kommun;Enhet;Team;Namn;Titel;Utbildning;Poäng;Utbildningsår;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål"
    /// Wishes as stored: a CSV cell of the first file holds each as it is (quoted where needed).
    private let hostileWishes = [
        #"C:\temp\ny \. och \N; "citat" Åsa 🙂 👩‍⚕️"#,
        #"\."#,
        #"\\N"#,
    ]

    /// What an import run left: its summary, the rows, the audit trail and the export.
    private struct Outcome: Equatable {
        var summary: String
        var rows: [String: [[StoreValue]]]
        var audit: [[StoreValue]]
        var importAudit: [String]
        var export: Data
    }

    /// Runs the files one after the other on a new database; returns what each left.
    private func runFiles(on store: AppDatabase) throws -> [Outcome] {
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        let asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
        let bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        func cell(_ text: String) -> String {
            text.contains(";") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        // A first load, a new hire among them, and a tab in a wish (which becomes a space).
        let first = header + "\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;Nej;Ja;2020-02-01;2021-03-01 V;;;;\(cell(hostileWishes[0]))\n"
            + "\(bo.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Bo Ek;Vårdbiträde;Gymnasial;800;;Ja;Nej;2024-06-01;;;;;\(cell(hostileWishes[1]))\n"
            + ";Åsbro;Hemtjänst Norr;Grupp Ängen;Dan Ny;Vårdbiträde;Ingen;0;;Nej;Nej;;;;;;\"rad 1\trad 2 \(hostileWishes[2])\"\n"
        // Stored rows changed: a wish that reads as COPY's NULL, a step date, a step gone
        // (an empty cell clears it), a step added, a person left as she was.
        let second = header + "\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;Nej;Ja;2020-02-01;2021-04-01;2022-01-01;;;\\N\n"
            + "\(bo.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Bo Ek;Vårdbiträde;Gymnasial;900;2019;Ja;Nej;;;;;;\(cell(hostileWishes[1]))\n"
        var outcomes: [Outcome] = []
        func run(_ text: String, createMissing: Bool = false) throws {
            let dry = try store.importCompetence(Data(text.utf8), source: "hr.csv", dryRun: true, createMissing: createMissing, today: today)
            let summary = try store.importCompetence(Data(text.utf8), source: "hr.csv", createMissing: createMissing, today: today)
            XCTAssertEqual(dry.cleared, summary.cleared, "a dry run lists what the import clears")
            outcomes.append(try outcome(of: store, summary))
        }
        try run(first, createMissing: true)
        try run(second)
        // The export imported again: nothing changes, and it exports to the same bytes.
        try run(String(decoding: outcomes[1].export, as: UTF8.self))
        return outcomes
    }

    private func outcome(of store: AppDatabase, _ summary: CompetenceImportSummary) throws -> Outcome {
        let (rows, audit) = try store.writer.read { db in
            var tables: [String: [[StoreValue]]] = [:]
            for (table, order) in [("competence_mapping", "medarbetare_id"), ("competence_step_done", "medarbetare_id, step_no"),
                                   ("medarbetare", "id")] {
                tables[table] = try StoreRow.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)").map(\.values)
            }
            let audit = try StoreRow.fetchAll(db, sql: "SELECT action, entity, entity_id FROM audit ORDER BY id").map(\.values)
            return (tables, audit)
        }
        let imports = try store.auditEntries(entity: "competence_import").map { "\($0.action) \($0.after?.sorted { $0.key < $1.key } ?? [])" }
        let export = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        return Outcome(summary: "\(summary)", rows: rows, audit: audit, importAudit: imports, export: export)
    }

    func testTheServerStoresAndExportsWhatSQLiteDoesByteForByte() throws {
        let server = try TemporaryPostgresDatabase()
        let file = try TemporaryDatabase()
        defer { file.remove() }
        let onSQLite = try runFiles(on: try AppDatabase.open(path: file.path, user: "testare"))
        let postgres = try AppDatabase.open(server: server.conninfo, user: "testare")
        let onServer = try runFiles(on: postgres)
        XCTAssertEqual(onServer.count, 3)
        for (index, (server, sqlite)) in zip(onServer, onSQLite).enumerated() {
            XCTAssertEqual(server.summary, sqlite.summary, "file \(index + 1)")
            XCTAssertEqual(server.rows, sqlite.rows, "file \(index + 1)")
            XCTAssertEqual(server.audit, sqlite.audit, "file \(index + 1)")
            XCTAssertEqual(server.importAudit, sqlite.importAudit, "file \(index + 1)")
            XCTAssertEqual(server.export, sqlite.export, "file \(index + 1): the same export, byte for byte")
        }
        XCTAssertEqual(onServer[2].export, onServer[1].export, "an export imported again exports the same bytes")
        XCTAssertEqual(onServer[2].rows, onServer[1].rows, "and changes nothing")

        // The hostile wishes as stored, read back by the app and by psql.
        let wishes = try postgres.competencePeople().map(\.mapping.wishes)
        XCTAssertEqual(Set(wishes), ["\\N", hostileWishes[1], "rad 1 rad 2 \\\\N"])
        XCTAssertEqual(try server.psql("SELECT count(*) FROM competence_mapping WHERE wishes IS NULL OR wishes = ''"), "0")
        XCTAssertEqual(try server.psql("SELECT wishes FROM competence_mapping ORDER BY medarbetare_id LIMIT 1"), "\\N")
        let firstExport = String(decoding: onServer[0].export, as: UTF8.self)
        XCTAssertTrue(firstExport.contains(#""C:\temp\ny \. och \N; ""citat"" Åsa 🙂 👩‍⚕️""#), firstExport)
        XCTAssertEqual(try server.psql("SELECT count(*) FROM pg_class WHERE relname LIKE 'competence_import%'"), "0", "no temporary table outlives its import")
    }

    /// A role without the TEMPORARY privilege (a locked-down server) imports the same rows:
    /// stored rows then go through the batched statements instead of temporary tables.
    func testWithoutTheTemporaryPrivilegeTheImportStoresTheSame() throws {
        let server = try TemporaryPostgresDatabase()
        _ = try AppDatabase.open(server: server.conninfo, user: "testare")
        let role = "vardag_notemp_" + server.name.suffix(8)
        try server.psql("""
            CREATE ROLE \(role) LOGIN BYPASSRLS; REVOKE TEMPORARY ON DATABASE \(server.name) FROM PUBLIC;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(role);
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \(role);
            GRANT SET ON PARAMETER lc_messages TO \(role)
            """)
        defer { _ = try? server.psql("REVOKE SET ON PARAMETER lc_messages FROM \(role); DROP OWNED BY \(role); DROP ROLE \(role)") }
        XCTAssertEqual(try server.psql("SELECT has_database_privilege('\(role)', '\(server.name)', 'TEMPORARY')"), "f")
        let limited = try AppDatabase.open(server: "host=\(server.server.host) user=\(role) dbname=\(server.name)", user: "testare")
        let onServer = try runFiles(on: limited)

        let file = try TemporaryDatabase()
        defer { file.remove() }
        let onSQLite = try runFiles(on: try AppDatabase.open(path: file.path, user: "testare"))
        XCTAssertEqual(onServer.map(\.rows), onSQLite.map(\.rows))
        XCTAssertEqual(onServer.map(\.summary), onSQLite.map(\.summary))
        XCTAssertEqual(onServer.map(\.export), onSQLite.map(\.export))
        XCTAssertEqual(onServer.map(\.audit), onSQLite.map(\.audit))
    }
}
