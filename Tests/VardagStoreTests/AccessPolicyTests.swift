import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Row-level security on PostgreSQL (`v12-access-policies`): each demo login connects with
/// plain SQL through the driver, as she could with `psql`, and the server lets her read and
/// change exactly her part, table by table. PostgreSQL only: skipped without a server, failed
/// under `CI=true`.
final class AccessPolicyTests: XCTestCase {
    /// For each demo login and each table: she reads exactly the rows her roles reach (no
    /// more, no fewer), and an UPDATE of every row changes exactly those she may change; the
    /// audit refuses every change, also the systemförvaltare's.
    func testEachDemoLoginReadsAndChangesExactlyHerScopeTableByTable() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        XCTAssertEqual(Set(fixture.logins.map(\.role)), Set(AccessRole.allCases), "the demo gives every role a login")
        for login in Self.unique(fixture.logins.map(\.login)) {
            let scope = try AccessPolicyScope(login: login, fixture: fixture)
            let connection = try fixture.connect(as: login)
            for rule in scope.rules {
                let expected = try fixture.count(fixture.owner, "SELECT count(*) FROM \(rule.table) WHERE \(rule.reads)")
                XCTAssertEqual(try fixture.count(connection, "SELECT count(*) FROM \(rule.table)"), expected,
                               "\(login) reads \(rule.table)")
                XCTAssertEqual(try fixture.count(connection, "SELECT count(*) FROM \(rule.table) WHERE \(rule.reads)"), expected,
                               "\(login) reads \(rule.table) in her scope")
                let statement = rule.column.map { "UPDATE \(rule.table) SET \($0) = \($0)" } ?? "DELETE FROM \(rule.table)"
                let outcome = try fixture.attempt(connection, statement)
                if rule.table == "audit" {
                    XCTAssertEqual(outcome, .refused("42501"), "\(login) changes the audit")
                } else {
                    let writable = try fixture.count(fixture.owner,
                                                     "SELECT count(*) FROM \(rule.table) WHERE (\(rule.reads)) AND (\(rule.writes))")
                    XCTAssertEqual(outcome, .changed(writable), "\(login): \(statement)")
                }
            }
        }
    }

    /// The demo gives each role something to see, and a part of the table, not all of it:
    /// the table-by-table test above would pass for a role scoped to nothing otherwise.
    func testEachRoleSeesAPartOfItsKeyTable() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let keyTables: [(AccessRole, String)] = [
            (.medarbetare, "workload_rating"), (.teamledare, "workload_decision"), (.enhetschef, "dialogue_meeting"),
            (.vagledare, "dialogue_meeting"), (.handledare, "shadowing_entry"), (.kompetensstrateg, "competence_mapping"),
            (.regionalSamordnare, "vardag_competence_comparison(NULL)"), (.systemforvaltare, "medarbetare"),
        ]
        for (role, table) in keyTables {
            let login = try fixture.login(holding: role)
            let seen = try fixture.count(try fixture.connect(as: login), "SELECT count(*) FROM \(table)")
            let all = try fixture.count(fixture.owner, "SELECT count(*) FROM \(table)")
            XCTAssertGreaterThan(seen, 0, "\(login) (\(role)) sees \(table)")
            // The demo has one skuggningsteam, so its handledare sees all of its log.
            if [.handledare, .regionalSamordnare, .systemforvaltare].contains(role) {
                XCTAssertEqual(seen, all, "\(login) (\(role)) sees all of \(table)")
            } else {
                XCTAssertLessThan(seen, all, "\(login) (\(role)) sees only a part of \(table)")
            }
        }
        // The regional samordnare reads no other kommun's people one by one: herself and the guide pool.
        let fatima = try fixture.connect(as: try fixture.login(holding: .regionalSamordnare))
        XCTAssertEqual(try fixture.count(fatima, "SELECT count(*) FROM medarbetare"),
                       try fixture.count(fixture.owner, """
                           SELECT count(*) FROM medarbetare WHERE id IN (SELECT medarbetare_id FROM dialogue_guide)
                              OR id = (SELECT medarbetare_id FROM access_login WHERE login = 'fatima.nystrom')
                           """))
        XCTAssertEqual(try fixture.count(fatima, "SELECT count(*) FROM competence_mapping WHERE medarbetare_id <> "
                                         + "(SELECT medarbetare_id FROM access_login WHERE login = session_user)"), 0)
    }

    /// Inserts outside the scope are refused by the policies' checks; inside they pass.
    func testInsertsOutsideTheScopeAreRefused() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let johan = try fixture.connect(as: try fixture.login(holding: .medarbetare))
        let me = "(SELECT medarbetare_id FROM access_login WHERE login = session_user)"
        let colleague = try XCTUnwrap(fixture.ids("""
            SELECT m.id FROM medarbetare m JOIN medarbetare j ON j.team_id = m.team_id
            JOIN access_login l ON l.medarbetare_id = j.id AND l.login = 'johan.lindqvist' WHERE m.id <> j.id ORDER BY m.id LIMIT 1
            """).first)
        let colleagueCase = try XCTUnwrap(fixture.ids("SELECT id FROM workload_case WHERE medarbetare_id <> \(try XCTUnwrap(fixture.ids("SELECT medarbetare_id FROM access_login WHERE login = 'johan.lindqvist'").first)) ORDER BY id LIMIT 1").first)
        let hypothesis = try XCTUnwrap(fixture.ids("SELECT id FROM shadowing_hypothesis ORDER BY id LIMIT 1").first)
        let refused = AccessPolicyFixture.WriteOutcome.refused("42501")
        // Her own rows go in.
        XCTAssertEqual(try fixture.attempt(johan, """
            INSERT INTO timediary_entry (medarbetare_id, day, category, minutes) VALUES (\(me), '2026-11-30', 'direkt', 60)
            """), .changed(1))
        XCTAssertEqual(try fixture.attempt(johan, """
            INSERT INTO audit (at, "user", action, entity, entity_id) VALUES ('2026-11-30T10:00:00.000Z', session_user, 'insert', 'x', 1)
            """), .changed(1))
        // A colleague's, the register, another's audit, a decision and a skuggningsteam's log do not.
        let outside = [
            "INSERT INTO timediary_entry (medarbetare_id, day, category, minutes) VALUES (\(colleague), '2026-11-30', 'direkt', 60)",
            "INSERT INTO workload_rating (case_id, medarbetare_id, period, time, difficulty) VALUES (\(colleagueCase), \(colleague), '2026-W50', 3, 3)",
            "INSERT INTO workload_case (medarbetare_id, reference) VALUES (\(colleague), 'X-1')",
            "INSERT INTO kommun (name, name_key, sort_key) VALUES ('Ny', 'ny', 'ny')",
            "INSERT INTO access_grant (login, role) VALUES ('johan.lindqvist', 'systemforvaltare')",
            """
            INSERT INTO audit (at, "user", action, entity, entity_id) VALUES ('2026-11-30T10:00:00.000Z', 'nils.sandberg', 'insert', 'x', 1)
            """,
            "INSERT INTO shadowing_hypothesis (team_id, statement, status, review_date) SELECT id, 'H', 'att_prova', '2026-12-01' FROM shadowing_team LIMIT 1",
            "INSERT INTO shadowing_team_choice (\"user\", team_id) SELECT 'hanna.jonsson', id FROM shadowing_team LIMIT 1",
            """
            INSERT INTO shadowing_hypothesis_event (hypothesis_id, kind, text, written_by, at)
            VALUES (\(hypothesis), 'note', 'N', session_user, '2026-11-30T10:00:00.000Z')
            """,
            "DELETE FROM audit",
            "UPDATE audit SET entity = entity",
            "TRUNCATE workload_rating",
            // The scope views run as the owner: writing through them would pass every policy.
            "INSERT INTO vardag_scope_grant (role) VALUES ('systemforvaltare')",
            "UPDATE vardag_scope_person SET medarbetare_id = medarbetare_id + 1",
            "DELETE FROM vardag_scope_grant",
        ]
        for statement in outside {
            XCTAssertEqual(try fixture.attempt(johan, statement), refused, statement)
        }
        // The counts of open åtgärder are not updatable at all (55000), let alone hers to change.
        XCTAssertEqual(try fixture.attempt(johan, "DELETE FROM dialogue_open_actions"), .refused("55000"))
        // Her own choice of skuggningsteam is hers to keep.
        XCTAssertEqual(try fixture.attempt(johan, """
            INSERT INTO shadowing_team_choice ("user", team_id) SELECT session_user, id FROM shadowing_team LIMIT 1
            """), .changed(1))
        // A team leader may not decide about another team's cases.
        let jonas = try fixture.connect(as: try fixture.login(holding: .teamledare))
        let otherTeamCase = try XCTUnwrap(fixture.ids("""
            SELECT c.id FROM workload_case c JOIN medarbetare m ON m.id = c.medarbetare_id
            WHERE m.team_id NOT IN (SELECT team_id FROM access_grant WHERE login = 'jonas.lundstrom' AND team_id IS NOT NULL)
            ORDER BY c.id LIMIT 1
            """).first)
        XCTAssertEqual(try fixture.attempt(jonas, """
            INSERT INTO workload_decision (case_id, period, kind, decided_by, decided_at)
            VALUES (\(otherTeamCase), '2026-W48', 'prioritera', session_user, '2026-11-30T10:00:00.000Z')
            """), refused)
        // Nobody but the systemförvaltare (and the owner) writes the register; she does.
        let nils = try fixture.connect(as: try fixture.login(holding: .systemforvaltare))
        XCTAssertEqual(try fixture.attempt(nils, "INSERT INTO kommun (name, name_key, sort_key) VALUES ('Ny', 'ny', 'ny')"), .changed(1))
        XCTAssertEqual(try fixture.attempt(nils, "DELETE FROM audit"), refused)
    }

    /// The Skriver column of the README's "Vem ser vad" table is what the server lets each
    /// role's demo login change: every table a role's cell names has rows she changes, and a
    /// table no cell of hers names (beyond a medarbetare's own) has none.
    func testTheReadmeTableSaysWhatEachLoginMayChange() throws {
        let fixture = try AccessPolicyFixture()
        defer { fixture.remove() }
        let readme = try AccessPolicyReadme()
        // Rows the demo leaves out of two scopes: a diary day in the team leader's team, an
        // åtgärd in the enhetschef's slinga.
        try fixture.owner.execute(script: """
            INSERT INTO timediary_entry (medarbetare_id, day, category, minutes)
            SELECT m.id, '2026-11-20', 'direkt', 30 FROM medarbetare m JOIN access_grant g ON g.team_id = m.team_id
            WHERE g.login = 'jonas.lundstrom' ORDER BY m.id LIMIT 1;
            INSERT INTO dialogue_action (loop_id, meeting_id, what, responsible, due_date, status)
            SELECT mt.loop_id, mt.id, 'Tydligare veckoschema', 'Enhetschefen', '2026-12-15', 'planerad'
            FROM dialogue_meeting mt JOIN dialogue_loop l ON l.id = mt.loop_id JOIN access_grant g ON g.enhet_id = l.enhet_id
            WHERE g.login = 'tove.ali' ORDER BY mt.id LIMIT 1
            """)
        let own = AccessPolicyReadme.tables(in: try XCTUnwrap(readme.row(.medarbetare)).writes)
        for role in AccessRole.allCases where role != .medarbetare {
            let login = try fixture.login(holding: role)
            let named = AccessPolicyReadme.tables(in: try XCTUnwrap(readme.row(role)).writes)
            let columns = Dictionary(try AccessPolicyScope(login: login, fixture: fixture).rules.map { ($0.table, $0.column) }) { a, _ in a }
            let connection = try fixture.connect(as: login)
            for table in Set(AccessPolicyReadme.tablesByWord.map(\.table)) {
                let column = try XCTUnwrap(columns[table] ?? nil, table)
                let outcome = try fixture.attempt(connection, "UPDATE \(table) SET \(column) = \(column)")
                if named.contains(table) {
                    XCTAssertNotEqual(outcome, .changed(0), "\(role.swedishName) (\(login)) writes \(table), says the README")
                    if case .refused = outcome { XCTFail("\(role.swedishName) (\(login)) is refused \(table)") }
                } else if !own.contains(table) && role != .systemforvaltare {
                    XCTAssertEqual(outcome, .changed(0), "\(role.swedishName) (\(login)) changes \(table); the README does not say so")
                }
            }
        }
    }

    private static func unique(_ logins: [String]) -> [String] {
        var seen = Set<String>()
        return logins.filter { seen.insert($0).inserted }
    }
}
