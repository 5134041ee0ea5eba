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

    func testMonkeyOnRapport() throws {
        try runMonkey(on: ScreenRoutes.report, label: "Rapport")
    }

    /// Runs the monkey on each route in turn, each on the demo database as seeded (so a
    /// route replays alone with `VARDAG_MONKEY_ONLY`, which keeps the routes whose name
    /// holds it). When random keys used up what a route needs (removed every case, say),
    /// the database is checked and put back as it was after seeding, so every screen
    /// really gets its events.
    private func runMonkey(on allRoutes: [ScreenRoute], label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let events = Self.eventsPerScreen
        let only = ProcessInfo.processInfo.environment["VARDAG_MONKEY_ONLY"] ?? ""
        let routes = allRoutes.filter { only.isEmpty || $0.name.contains(only) }
        var random = ReplayableRandom(fromEnvironment: "VARDAG_MONKEY_SEED", label: "monkey \(label)")
        let watchdog = Watchdog(limit: 60)
        defer { watchdog.stop() }
        var report: [String] = []
        let testStarted = Date()
        let app = try AppDriver(seed: AppDriver.demo)
        for route in allRoutes {
            // Every route draws its seed, so one replayed alone gets the same events.
            let routeSeed = random.next()
            guard only.isEmpty || route.name.contains(only) else { continue }
            var source = MonkeyEvents(random: ReplayableRandom(seed: routeSeed))
            // The same start for every route: the seeded database at 80x24.
            _ = app.send(.resize(Size(width: 80, height: 24)))
            if app.restarts > 0 { try app.resetDatabase() }
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
