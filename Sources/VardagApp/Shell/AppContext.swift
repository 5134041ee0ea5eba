import Foundation
import TerminalKit
import VardagDomain
import VardagStore

/// What every screen may use: the store, the language, the theme, who is working
/// and what day it is. Passed in, never global, so tests build their own.
public struct AppContext: Sendable {
    public var store: AppDatabase
    public var strings: Strings
    public var theme: Theme
    /// The person making changes, recorded in the audit trail.
    public var user: String
    /// Who is working: her login, person and roles. Decides the start screen (Idag for a
    /// login with a person) and what the screens offer her. By default the data's owner, who
    /// is kept to no part of it (tests, benchmarks and the app before it knows who is working).
    public var viewer: Viewer
    /// The database file shown in the status bar.
    public var databasePath: String
    /// Today's date as of the event being handled: the app model reads `clock` again
    /// before each event, so a session left open past midnight moves on to the new day.
    public var today: LocalDate
    /// Where `today` comes from: the wall clock in the app, a fixed or moving date in tests.
    public let clock: @Sendable () -> LocalDate
    /// The area the top screen is drawn in, so `update` knows the page size.
    public var screenArea: Rect = Rect(x: 0, y: 1, width: 80, height: 21)
    /// The folder the Rapport screen suggests writing a report to, and where a relative
    /// path typed there is taken from: the home folder; tests give a folder of their own.
    public var documentFolder: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    /// Vardag's version, for the colophon of a report written from the app.
    public var version = ""
    /// The folders searched for a browser that prints PDF (the PATH); tests give their own.
    public var browserSearchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

    /// A context whose day never changes (tests and benchmarks that render a fixed day).
    public init(store: AppDatabase, strings: Strings, theme: Theme, user: String, databasePath: String, today: LocalDate,
                viewer: Viewer? = nil) {
        self.init(store: store, strings: strings, theme: theme, user: user, databasePath: databasePath, clock: { today },
                  viewer: viewer)
    }

    /// A context that asks `clock` for today's date (the app passes `{ LocalDate.today() }`).
    public init(store: AppDatabase, strings: Strings, theme: Theme, user: String, databasePath: String,
                clock: @escaping @Sendable () -> LocalDate, viewer: Viewer? = nil) {
        self.store = store
        self.strings = strings
        self.theme = theme
        self.user = user
        self.databasePath = databasePath
        self.clock = clock
        self.today = clock()
        self.viewer = viewer ?? Viewer(login: user, personId: nil, personName: nil, grants: [], ownsData: true)
    }
}
