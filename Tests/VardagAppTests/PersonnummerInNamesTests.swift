import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// The forms say why a personnummer in a name, or a person's name as a case reference, is
/// refused, and store nothing, not even on a second Enter.
final class PersonnummerInNamesTests: XCTestCase {
    private func screen(_ app: AppHarness) -> String { app.lines.joined(separator: "\n") }

    func testTheStaffFormRefusesAPersonnummerInTheNameAtTheField() throws {
        let app = try AppHarness()
        app.open(.register)
        app.press(.char("a"))
        app.type("Anna Berg 121212-1212")
        app.press(.tab)
        app.type("Undersköterska")
        app.press(.enter, .enter)
        XCTAssertTrue(screen(app).contains("Liknar ett personnummer – får inte sparas."), screen(app))
        XCTAssertEqual(try app.store.staffCount(), 2, "nothing stored, not even on the second Enter")
    }

    func testTheStaffFormSaysItInEnglishToo() throws {
        let app = try AppHarness(language: .en)
        app.open(.register)
        app.press(.char("a"))
        app.type("Anna Berg")
        app.press(.tab)
        app.type("Nurse 19121212-1212")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Looks like a personnummer – not allowed here."), screen(app))
        XCTAssertEqual(try app.store.staffCount(), 2)
    }

    func testACaseReferenceThatReadsAsANameIsRefusedWithWhatToWriteInstead() throws {
        let app = try AppHarness(seed: WorkloadScreenTests.seed)
        app.open(.workload)
        app.press(.enter, .enter, .char("a"))
        app.type("Anna Berg")
        app.press(.tab, .tab)
        app.type("2")
        app.press(.tab)
        app.type("4")
        app.press(.enter, .enter)
        XCTAssertTrue(screen(app).contains("Ett namn? Skriv ett ärendenummer eller en kod."), screen(app))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 4)
    }
}
