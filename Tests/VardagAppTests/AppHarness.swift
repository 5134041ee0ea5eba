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
    let runner: AppRunner

    /// Starts the app at the main menu.
    /// - Parameters:
    ///   - width/height: the terminal size.
    ///   - language: the UI language.
    ///   - seed: fills the store before the first frame.
    ///   - clock: today's date, asked before each event; 2026-11-23 for ever by default.
    init(width: Int = 80, height: Int = 24, language: Language = .sv, seed: (AppDatabase) throws -> Void = AppHarness.smallRegister,
         clock: (@Sendable () -> LocalDate)? = nil) throws {
        database = try TemporaryDatabase()
        store = try database.open(user: "testare")
        try seed(store)
        terminal = InMemoryTerminal(width: width, height: height)
        let fixed = try LocalDate(year: 2026, month: 11, day: 23)
        let context = AppContext(
            store: store, strings: try Strings.load(language), theme: .color, user: "testare",
            databasePath: "/tmp/vardag.sqlite", clock: clock ?? { fixed })
        runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
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

    var lines: [String] { terminal.lines }

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
