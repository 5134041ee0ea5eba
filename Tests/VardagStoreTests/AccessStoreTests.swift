import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// Logins, grants and who is working, on the backend under test (`VARDAG_TEST_BACKEND`).
final class AccessStoreTests: XCTestCase {
    private func demoStore(_ database: TemporaryDatabase, user: String = "agare") throws -> AppDatabase {
        let store = try database.open(user: user)
        try DemoData.populate(store)
        return store
    }

    func testAGrantTiesTheLoginToThePersonAndIsListedAndAudited() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        let grant = try store.grantAccess(login: "maja.nilsson", personName: "maja nilsson", role: .teamledare,
                                          scope: "team:Älvdala/LSS-boende Björken/Team Björk")
        XCTAssertEqual(grant.personName, "Maja Nilsson")
        XCTAssertEqual(grant.scope?.name, "LSS-boende Björken/Team Björk")
        try store.grantAccess(login: "maja.nilsson", personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        XCTAssertEqual(try store.accessGrants().map { "\($0.login) \($0.role.rawValue) \($0.scope?.kind.rawValue ?? "-")" },
                       ["maja.nilsson medarbetare -", "maja.nilsson teamledare team"])
        let audit = try store.auditEntries(entity: "access_grant")
        XCTAssertEqual(audit.count, 2)
        XCTAssertEqual(audit.last?.after?["role"], .text("teamledare"))
        XCTAssertEqual(audit.last?.user, store.login)
        XCTAssertEqual(try store.auditEntries(entity: "access_login").count, 1)
    }

    func testRefusalsNameWhatIsWrongAndChangeNothing() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        let before = try store.auditCount()
        func refusal(_ body: () throws -> Void) -> AccessFailure? {
            do { try body(); return nil } catch let failure as AccessFailure { return failure } catch { XCTFail("\(error)"); return nil }
        }
        XCTAssertEqual(refusal { try store.grantAccess(login: "Maja", personName: "Maja Nilsson", role: .medarbetare, scope: nil) },
                       .badLogin("Maja"))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Ingen Alls", role: .medarbetare, scope: nil) },
                       .unknownPerson("Ingen Alls"))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .teamledare, scope: nil) },
                       .scopeNeeded(.teamledare, .team))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .medarbetare, scope: "team:Team Björk") },
                       .scopeNotTaken(.medarbetare))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .enhetschef, scope: "team:Team Björk") },
                       .wrongScopeKind(.enhetschef, expected: .enhet))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .kompetensstrateg, scope: "kommun Älvdala") },
                       .badScope("kommun Älvdala"))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .kompetensstrateg, scope: "kommun:Ingenstans") },
                       .unknownScope("kommun:Ingenstans"))
        guard case .ambiguousScope(_, let choices)? = refusal({
            try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .teamledare, scope: "team:Team Björk")
        }) else { return XCTFail("several Team Björk") }
        XCTAssertEqual(choices.count, 3)
        XCTAssertEqual(refusal { try store.revokeAccess(login: "x", role: .medarbetare, scope: nil) }, .notGranted)
        try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Maja Nilsson", role: .medarbetare, scope: nil) }, .alreadyGranted)
        XCTAssertEqual(refusal { try store.grantAccess(login: "y", personName: "Maja Nilsson", role: .medarbetare, scope: nil) },
                       .personHasAnotherLogin(person: "Maja Nilsson", login: "x"))
        XCTAssertEqual(refusal { try store.grantAccess(login: "x", personName: "Tove Ali", role: .medarbetare, scope: nil) },
                       .loginBelongsToAnother(login: "x", person: "Maja Nilsson"))
        XCTAssertEqual(try store.auditCount(), before + 2, "only the one grant (login and role) was stored")
    }

    func testRevokingTheLastRoleUntiesTheLogin() throws {
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        try store.grantAccess(login: "tove.ali", personName: "Tove Ali", role: .enhetschef, scope: "enhet:Älvdala/Hemtjänst Norr")
        try store.grantAccess(login: "tove.ali", personName: "Tove Ali", role: .vagledare, scope: nil)
        try store.revokeAccess(login: "tove.ali", role: .enhetschef, scope: "enhet:Älvdala/Hemtjänst Norr")
        XCTAssertEqual(try store.accessGrants().map(\.role), [.vagledare])
        try store.revokeAccess(login: "tove.ali", role: .vagledare, scope: nil)
        XCTAssertEqual(try store.accessGrants(), [])
        // The login is free again, for another person.
        try store.grantAccess(login: "tove.ali", personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        XCTAssertEqual(try store.accessGrants().map(\.personName), ["Maja Nilsson"])
    }

    /// Who is working is the login the store was opened as, and the audit names her person.
    func testTheAuditNamesTheLoginAndItsPerson() throws {
        let database = try TemporaryDatabase()
        let owner = try demoStore(database)
        XCTAssertTrue(try owner.viewer().seesEverything)
        XCTAssertNil(try owner.viewer().personId)
        try owner.grantAccess(login: "agare", personName: "Nils Sandberg", role: .systemforvaltare, scope: nil)
        let viewer = try owner.viewer()
        XCTAssertEqual(viewer.login, "agare")
        XCTAssertEqual(viewer.personName, "Nils Sandberg")
        XCTAssertTrue(viewer.seesEverything)
        try owner.grantAccess(login: "tove.ali", personName: "Tove Ali", role: .medarbetare, scope: nil)
        let row = try XCTUnwrap(try owner.auditEntries(entity: "access_grant").first)
        XCTAssertEqual(row.user, "agare")
        XCTAssertEqual(try owner.auditPersonId(auditId: row.id), viewer.personId)
    }

    /// The audit's reads and its export name the person a login belongs to: CSV's "Person"
    /// column and JSON's `person` and `personId`; a login without a person has none.
    func testTheAuditExportNamesThePersonTheLoginBelongsTo() throws {
        let database = try TemporaryDatabase()
        let owner = try demoStore(database)
        let before = try owner.auditCount()
        try owner.grantAccess(login: "agare", personName: "Nils Sandberg", role: .systemforvaltare, scope: nil)
        try owner.grantAccess(login: "tove.ali", personName: "Tove Ali", role: .medarbetare, scope: nil)
        let nils = try XCTUnwrap(try owner.viewer().personId)
        let newest = try owner.auditEntries(limit: 3)
        XCTAssertEqual(newest.map(\.entity), ["access_grant", "access_login", "access_grant"])
        XCTAssertEqual(newest.map(\.personName), ["Nils Sandberg", "Nils Sandberg", "Nils Sandberg"],
                       "the grant of her own login is already in her name: access_login is written first")
        XCTAssertEqual(newest.map(\.personId), [nils, nils, nils])
        let oldest = try XCTUnwrap(try owner.auditPage(entity: nil, offset: try owner.auditCount() - 1, limit: 1).first)
        XCTAssertNil(oldest.personName, "the register's rows were written before the login had a person")
        XCTAssertGreaterThan(before, 0)

        let csv = String(decoding: try AuditExport.data(from: owner, from: nil, to: nil, format: .csv), as: UTF8.self)
        let lines = csv.dropFirst().split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(lines.first, AuditExport.csvHeader)
        XCTAssertEqual(AuditExport.csvHeader[2...4], ["Användare", "Person", "Händelse"])
        XCTAssertEqual(lines.count, 1 + before + 4, "the header and a row per audit row (a login and a grant for each)")
        XCTAssertEqual(lines[1][2...4], ["agare", "", "insert"])
        XCTAssertEqual(lines.last?[2...5], ["agare", "Nils Sandberg", "insert", "access_grant"])

        let json = try AuditExport.data(from: owner, from: nil, to: nil, format: .json)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        XCTAssertEqual(rows.last?["person"] as? String, "Nils Sandberg")
        XCTAssertEqual((rows.last?["personId"] as? NSNumber)?.int64Value, nils)
        XCTAssertNil(rows.first?["person"])
        XCTAssertNil(rows.first?["personId"])
    }

    /// On SQLite a login with a person is kept to her grants (the app shows her part), and
    /// only a systemförvaltare or the file's owner may change access. (On PostgreSQL the
    /// server's policies do this: `AccessPolicyTests`.)
    func testOnSQLiteALoginWithAPersonIsKeptToHerGrants() throws {
        guard TemporaryDatabase.backendUnderTest == .sqlite else { return }
        let database = try TemporaryDatabase()
        let owner = try demoStore(database)
        try owner.grantAccess(login: "maja.nilsson", personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        let maja = try database.open(user: "maja.nilsson")
        let viewer = try maja.viewer()
        XCTAssertEqual(viewer.personName, "Maja Nilsson")
        XCTAssertEqual(viewer.grants.map(\.role), [.medarbetare])
        XCTAssertFalse(viewer.seesEverything)
        XCTAssertThrowsError(try maja.grantAccess(login: "x", personName: "Tove Ali", role: .medarbetare, scope: nil)) {
            XCTAssertEqual($0 as? AccessFailure, .notAllowed(login: "maja.nilsson"))
        }
    }

    /// On PostgreSQL a grant creates the login role and makes it a member of the database's
    /// app role; the last revocation takes the membership away and leaves the role.
    func testOnTheServerAGrantMakesTheLoginRole() throws {
        guard TemporaryDatabase.backendUnderTest == .postgres else { return }
        let database = try TemporaryDatabase()
        let store = try demoStore(database)
        let login = "ny.\(UUID().uuidString.prefix(8).lowercased())"
        try store.grantAccess(login: login, personName: "Maja Nilsson", role: .medarbetare, scope: nil)
        let server = try XCTUnwrap(database.server)
        XCTAssertEqual(try server.psql("SELECT rolcanlogin FROM pg_roles WHERE rolname = '\(login)'"), "t")
        XCTAssertEqual(try server.psql("SELECT pg_has_role('\(login)', vardag_app_role(), 'MEMBER')"), "t")
        try store.revokeAccess(login: login, role: .medarbetare, scope: nil)
        XCTAssertEqual(try server.psql("SELECT pg_has_role('\(login)', vardag_app_role(), 'MEMBER')"), "f")
        XCTAssertEqual(try server.psql("SELECT count(*) FROM pg_roles WHERE rolname = '\(login)'"), "1")
    }
}
