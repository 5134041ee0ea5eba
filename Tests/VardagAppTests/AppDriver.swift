import Foundation
import TerminalKit
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
@testable import VardagApp

/// The real app on the in-memory terminal over a real temporary database, which,
/// unlike `AppHarness`, can start over at the main menu (after a quit, or when random
/// keys left the screen under test) while keeping the database and the terminal.
final class AppDriver {
    let database: TemporaryDatabase
    private(set) var store: AppDatabase
    let terminal: InMemoryTerminal
    private var context: AppContext
    private(set) var runner: AppRunner
    /// How many times the app was started again at the main menu.
    private(set) var restarts = 0
    /// How many times the database was put back as it was after seeding.
    private(set) var databaseResets = 0
    /// A copy of the database right after seeding, for `resetDatabase()`.
    private let seeded: URL

    /// Starts the app at the main menu.
    /// - Parameters:
    ///   - width/height: the terminal size.
    ///   - language: the UI language.
    ///   - seed: fills the store before the first frame.
    init(width: Int = 80, height: Int = 24, language: Language = .sv, seed: (AppDatabase) throws -> Void = AppHarness.smallRegister) throws {
        database = try TemporaryDatabase()
        store = try database.open(user: "testare")
        try seed(store)
        seeded = database.directory.appendingPathComponent("seeded.sqlite")
        try store.backup(to: seeded)
        terminal = InMemoryTerminal(width: width, height: height)
        terminal.recordsOutput = false  // long runs: only unsafe texts are kept
        var made = AppContext(
            store: store, strings: try Strings.load(language), theme: .color, user: "testare",
            databasePath: database.path, today: try LocalDate(year: 2026, month: 11, day: 23))
        // Reports go to the temporary folder, and a PDF finds no browser (an empty folder as
        // the PATH): random keys write no file elsewhere and never wait a second for Chromium.
        made.documentFolder = database.directory.path
        let noBrowser = database.directory.appendingPathComponent("no-browser")
        try FileManager.default.createDirectory(at: noBrowser, withIntermediateDirectories: true)
        made.browserSearchPath = noBrowser.path
        context = made
        runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
        runner.drawFrame()
    }

    var model: AppModel { runner.model }

    /// Handles one event as the real loop does (draws after it).
    /// - Returns: the outcome when the app ended.
    @discardableResult
    func send(_ event: Event) -> AppRunner.Outcome? {
        if case .resize(let size) = event {
            terminal.resize(width: size.width, height: size.height)
            _ = terminal.readEvent(timeoutMilliseconds: 0)  // the queued copy of this resize
        }
        return runner.step(event)
    }

    /// Starts the app again at the main menu on the same database and terminal.
    func restart() {
        restarts += 1
        runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
        runner.renderer.invalidate()
        runner.drawFrame()
    }

    /// Starts at the main menu, opens the route's tool on top of it (as `AppHarness.open`
    /// does) and presses the route's keys, drawing only on arrival (the frames on the way
    /// are not what is under test).
    /// - Returns: the breadcrumb on arrival, which `isShowing` compares against.
    @discardableResult
    func enter(_ route: ScreenRoute) -> [String] {
        restarts += 1
        var model = AppModel(context: context, root: MainMenuScreen())
        if let tool = route.tool { model.apply(.push(tool.screen)) }
        runner = AppRunner(model: model, terminal: terminal)
        for key in route.keys { runner.step(.key(key), draws: false) }
        runner.drawFrame()
        return runner.model.breadcrumb
    }

    /// Puts the database back as it was right after seeding and starts the app again:
    /// for when random keys used up what a route needs (removed every case, say).
    /// - Throws: when the copy cannot be put back or opened.
    func resetDatabase() throws {
        databaseResets += 1
        try store.close()
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: database.path + suffix)
        }
        try FileManager.default.copyItem(at: seeded, to: database.url)
        store = try database.open(user: "testare")
        context.store = store
        restart()
    }

    /// Whether the app still shows the route's screen, entered with `breadcrumb`.
    func isShowing(_ route: ScreenRoute, enteredWith breadcrumb: [String]) -> Bool {
        let now = model.breadcrumb
        guard now.count >= breadcrumb.count, Array(now.prefix(breadcrumb.count)) == breadcrumb else { return false }
        if let check = route.isShowing, now.count == breadcrumb.count { return check(model) }
        return true
    }

    /// Cell texts the app sent that hold a control character, an escape or a bidi
    /// control: what must never reach a terminal. Clears the log.
    func takeUnsafeOutput() -> [String] {
        let unsafe = terminal.unsafeOutput
        terminal.resetCounters()
        return unsafe
    }

    var lines: [String] { terminal.lines }

    /// The demo register and every tool's demo data, as `vardag demo` makes them.
    static func demo(_ store: AppDatabase) throws {
        _ = try DemoData.populate(store)
        _ = try DialogueDemo.populate(store, today: try LocalDate(year: 2026, month: 11, day: 23))
        _ = try ShadowingDemoData.populate(store)
        _ = try WorkloadDemo.populate(store, today: try LocalDate(year: 2026, month: 11, day: 23))
        _ = try CompetenceDemo.populate(store)
        _ = try StaffDemo.populate(store, today: try LocalDate(year: 2026, month: 11, day: 23))
    }
}
