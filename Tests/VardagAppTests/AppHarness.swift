import Foundation
import TerminalKit
import TestSupport
import VardagApp
import VardagDomain
import VardagStore

/// An app running on the in-memory terminal over a real temporary database.
final class AppHarness {
    let database: TemporaryDatabase
    let store: AppDatabase
    let terminal: InMemoryTerminal
    private(set) var runner: AppRunner

    /// Starts the app at the main menu, or where `StartScreen` starts a viewer.
    /// - Parameters:
    ///   - width/height: the terminal size.
    ///   - language: the UI language.
    ///   - seed: fills the store before the first frame.
    ///   - clock: today's date, asked before each event; 2026-11-23 for ever by default.
    ///   - viewer: who is working, read from the seeded store; nil for the data's owner (the main menu).
    ///   - browserSearchPath: the folders searched for Chromium when a report is printed to PDF;
    ///     nil for this process's PATH. Reports are written to the database's temporary folder.
    init(width: Int = 80, height: Int = 24, language: Language = .sv, seed: (AppDatabase) throws -> Void = AppHarness.smallRegister,
         clock: (@Sendable () -> LocalDate)? = nil, viewer: ((AppDatabase) throws -> Viewer)? = nil,
         browserSearchPath: String? = nil) throws {
        database = try TemporaryDatabase()
        store = try database.open(user: "testare")
        try seed(store)
        terminal = InMemoryTerminal(width: width, height: height)
        let fixed = try LocalDate(year: 2026, month: 11, day: 23)
        var context = AppContext(
            store: store, strings: try Strings.load(language), theme: .color, user: "testare",
            databasePath: "/tmp/vardag.sqlite", clock: clock ?? { fixed }, viewer: try viewer?(store))
        context.documentFolder = database.directory.path
        if let browserSearchPath { context.browserSearchPath = browserSearchPath }
        runner = AppRunner(model: AppModel(context: context, root: StartScreen.root(for: context.viewer)), terminal: terminal)
        runner.drawFrame()
    }

    /// Opens a tool on top of the main menu, as choosing it there does, and draws it.
    ///
    /// Pushes the tool's screen rather than pressing the menu's keys, so that a test of
    /// a tool does not depend on the menu's order or wording (the main menu's own tests
    /// press its keys).
    func open(_ tool: AppTool) {
        var model = runner.model
        model.apply(.push(tool.screen))
        runner = AppRunner(model: model, terminal: terminal)
        runner.renderer.invalidate()
        runner.drawFrame()
    }

    /// Sends keys one by one, drawing after each, as the real loop does.
    func press(_ keys: Key...) { for key in keys { runner.step(.key(key)) } }

    /// Types text key by key.
    func type(_ text: String) { for ch in text { runner.step(.key(.char(ch))) } }

    /// Resizes the terminal and lets the app redraw.
    func resize(width: Int, height: Int) {
        terminal.resize(width: width, height: height)
        _ = runner.runUntilIdle()
    }

    /// Every row of the frame.
    var lines: [String] { terminal.lines }

    /// The title row and the screen's own area: the frame without the hint bar and the
    /// status line, which follow the key bindings and the database path, so a test of
    /// what a screen shows does not break when a hint's wording changes. Row numbers are
    /// those of `lines`.
    var screenLines: [String] { Array(lines.dropLast(2)) }

    /// The hint bar: the keys of the screen on top (or the first line of a long message).
    var hintLine: String { lines[lines.count - 2] }

    /// The status line: a message, or the database path and the user.
    var statusLine: String { lines[lines.count - 1] }

    /// A small register with one of each, with Swedish letters.
    static func smallRegister(_ store: AppDatabase) throws {
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        _ = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2019-03-01"))
        _ = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Märta Öhman", title: "Undersköterska", role: .teamledare, startDate: "2015-08-17"))
    }
}

/// Asserts that the app's screen (title row and the screen's own area, without the hint
/// bar and the status line) equals the expected rows; see `assertLines`.
func assertScreen(
    _ app: AppHarness, _ expected: [String], _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    assertLines(app.screenLines, expected, message, file: file, line: line)
}
