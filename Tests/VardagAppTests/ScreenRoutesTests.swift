import TerminalKit
import XCTest
@testable import VardagApp

/// The routes the monkey and hostile-text tests walk really arrive where they say:
/// otherwise those tests would hammer the wrong screen and prove nothing.
final class ScreenRoutesTests: XCTestCase {
    func testEveryRouteReachesItsScreenOnTheDemoData() throws {
        let app = try AppDriver(seed: AppDriver.demo)
        var names = Set<String>()
        for route in ScreenRoutes.all {
            XCTAssertTrue(names.insert(route.name).inserted, "route names are unique: \(route)")
            let breadcrumb = app.enter(route)
            if (route.tool != nil || !route.keys.isEmpty) && route.isShowing == nil {
                XCTAssertGreaterThan(breadcrumb.count, 1, "\(route) opens a screen from the main menu: \(breadcrumb)")
            }
            if let check = route.isShowing {
                XCTAssertTrue(check(app.model), "\(route) shows its form, dialog or overlay:\n\(app.lines.joined(separator: "\n"))")
            }
            XCTAssertTrue(app.isShowing(route, enteredWith: breadcrumb), "\(route)")
        }
    }
}
