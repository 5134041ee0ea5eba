import VardagDomain
import XCTest

/// The README's "Vem ser vad" table has one row per role, in the roles' order, each with the
/// kind of scope the role takes. Runs on both backends (it reads only the README);
/// `AccessPolicyTests` holds the Skriver column to what the server lets each login write.
final class AccessPolicyReadmeTests: XCTestCase {
    func testTheTableHasOneRowPerRoleWithItsScope() throws {
        let readme = try AccessPolicyReadme()
        XCTAssertEqual(readme.rows.map(\.role), AccessRole.allCases.map(\.swedishName))
        for role in AccessRole.allCases {
            let row = try XCTUnwrap(readme.row(role))
            XCTAssertFalse(row.reads.isEmpty || row.writes.isEmpty, role.swedishName)
            if let kind = role.scopeKind {
                XCTAssertTrue(row.scope.hasSuffix(kind.rawValue), "\(role.swedishName): \(row.scope) names a \(kind.rawValue)")
            }
        }
        // A medarbetare writes exactly her own workload, diary and competence.
        XCTAssertEqual(AccessPolicyReadme.tables(in: try XCTUnwrap(readme.row(.medarbetare)).writes), [
            "workload_case", "workload_rating", "workload_overall", "timediary_entry",
            "competence_mapping", "competence_step_done", "competence_plan",
        ])
    }
}
