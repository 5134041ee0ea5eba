import Foundation
import TerminalKit
import TestSupport
import XCTest
@testable import VardagApp

/// Random keys, pastes and resizes on every screen of the real app, on the in-memory
/// terminal over a real temporary database: no crash, no hang, no event slower than
/// a second, nothing unsafe sent to the terminal, and a sound database at the end.
///
/// Every screen gets `VARDAG_MONKEY_EVENTS` events: 20,000 by default, which is what
/// `make test` runs (an optimised test build, see the Makefile). A debug build (plain
/// `swift test`) draws frames about ten times slower, so there the default is 1,000 per
/// screen; set the variable to run the full count anyway. `VARDAG_MONKEY_SEED` replays
/// a run (the seed is printed first). Each test is one part of the app (the main menu
/// with the register, or one tool), on one database. When random keys quit the app or
/// leave the screen under test, the app is started again at the main menu and the
/// screen's route is pressed again.
final class MonkeyTests: XCTestCase {
    #if DEBUG
    static let defaultEventsPerScreen = 1_000
    #else
    static let defaultEventsPerScreen = 20_000
    #endif
    /// Events sent to every screen.
    static var eventsPerScreen: Int { ReplayableRandom.count("VARDAG_MONKEY_EVENTS", default: defaultEventsPerScreen) }
    /// The most one event may take, drawing included.
    static let eventBudget: TimeInterval = 1

    func testMonkeyOnMainMenuAndRegister() throws {
        try runMonkey(on: ScreenRoutes.mainMenu + ScreenRoutes.register, label: "main menu and register")
    }

    func testMonkeyOnFyrfaltaren() throws {
        try runMonkey(on: ScreenRoutes.workload, label: "Fyrfältaren")
    }

    func testMonkeyOnDelaktighetsmodellen() throws {
        try runMonkey(on: ScreenRoutes.dialogue, label: "Delaktighetsmodellen")
    }

    func testMonkeyOnSkuggning() throws {
        try runMonkey(on: ScreenRoutes.shadowing, label: "Skuggning")
    }

    func testMonkeyOnKompetenstrappa() throws {
        try runMonkey(on: ScreenRoutes.competence, label: "Kompetenstrappa")
    }

    /// Runs the monkey on each route in turn, on one database per part of the app
    /// (seeded with the demo data once; what the monkey writes stays for the next
    /// screen). When random keys used up what a route needs (removed every case, say),
    /// the database is checked and put back as it was after seeding, so every screen
    /// really gets its events. `VARDAG_MONKEY_ONLY` keeps the routes whose name holds it.
    private func runMonkey(on allRoutes: [ScreenRoute], label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let events = Self.eventsPerScreen
        let only = ProcessInfo.processInfo.environment["VARDAG_MONKEY_ONLY"] ?? ""
        let routes = only.isEmpty ? allRoutes : allRoutes.filter { $0.name.contains(only) }
        var random = ReplayableRandom(fromEnvironment: "VARDAG_MONKEY_SEED", label: "monkey \(label)")
        let watchdog = Watchdog(limit: 60)
        defer { watchdog.stop() }
        var report: [String] = []
        let testStarted = Date()
        let app = try AppDriver(seed: AppDriver.demo)
        for route in routes {
            var source = MonkeyEvents(random: ReplayableRandom(seed: random.next()))
            let started = Date()
            var slowest: TimeInterval = 0
            var reentries = 0
            var resets = 0
            /// Enters the route, on the seeded database again if it cannot be reached.
            func arrive() throws -> [String]? {
                let breadcrumb = app.enter(route)
                if app.isShowing(route, enteredWith: breadcrumb) { return breadcrumb }
                XCTAssertEqual(try app.store.integrityCheck(), ["ok"], "\(route) before a reset", file: file, line: line)
                try app.resetDatabase()
                resets += 1
                let again = app.enter(route)
                return app.isShowing(route, enteredWith: again) ? again : nil
            }
            guard var breadcrumb = try arrive() else {
                XCTFail("\(route) cannot be reached even on the seeded database", file: file, line: line)
                continue
            }
            for index in 0..<events {
                let event = source.next()
                let name = route.name
                watchdog.beat { "\(name) event \(index): \(event)" }
                let before = Date()
                let outcome = app.send(event)
                let took = Date().timeIntervalSince(before)
                slowest = max(slowest, took)
                if took >= Self.eventBudget {
                    XCTFail("\(route): event \(index) (\(event)) took \(took) s", file: file, line: line)
                }
                if outcome != nil || !app.isShowing(route, enteredWith: breadcrumb) {
                    reentries += 1
                    guard let arrived = try arrive() else {
                        XCTFail("\(route) cannot be reached even on the seeded database", file: file, line: line)
                        break
                    }
                    breadcrumb = arrived
                }
                if index % 1000 == 999 {
                    XCTAssertEqual(app.takeUnsafeOutput(), [], "\(route) up to event \(index)", file: file, line: line)
                }
            }
            XCTAssertEqual(app.takeUnsafeOutput(), [], "\(route)", file: file, line: line)
            XCTAssertEqual(try app.store.integrityCheck(), ["ok"], "\(route)", file: file, line: line)
            let seconds = Date().timeIntervalSince(started)
            report.append(String(format: "%@: %d events in %.1f s, slowest %.0f ms, re-entered %d times, database reset %d times",
                                 route.name, events, seconds, slowest * 1000, reentries, resets))
        }
        let total = Date().timeIntervalSince(testStarted)
        print(String(format: "monkey %@: %d screens × %d events = %d events in %.0f s\n  ", label, routes.count, events,
                     routes.count * events, total) + report.joined(separator: "\n  "))
    }
}
