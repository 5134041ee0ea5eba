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
    /// The database file shown in the status bar.
    public var databasePath: String
    /// Today's date; fixed in tests so screens render the same every run.
    public var today: LocalDate
    /// The area the top screen is drawn in, so `update` knows the page size.
    public var screenArea: Rect = Rect(x: 0, y: 1, width: 80, height: 21)

    public init(store: AppDatabase, strings: Strings, theme: Theme, user: String, databasePath: String, today: LocalDate) {
        self.store = store
        self.strings = strings
        self.theme = theme
        self.user = user
        self.databasePath = databasePath
        self.today = today
    }
}
