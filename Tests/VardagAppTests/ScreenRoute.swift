import TerminalKit
@testable import VardagApp

/// A screen (or a mode of one, such as an open form) and the keys that reach it from
/// the main menu, for tests that must visit every screen of the app.
struct ScreenRoute: CustomStringConvertible, Sendable {
    /// A name for messages: "register: add staff form".
    let name: String
    /// The keys pressed from the main menu, in order.
    let keys: [Key]
    /// Whether the app still shows this screen; nil means "as deep as the route went,
    /// with the same breadcrumb" (enough for a screen of its own; a form or dialog
    /// inside a screen says how to tell it is still open).
    let isShowing: (@Sendable (AppModel) -> Bool)?

    init(_ name: String, _ keys: [Key], isShowing: (@Sendable (AppModel) -> Bool)? = nil) {
        self.name = name
        self.keys = keys
        self.isShowing = isShowing
    }

    /// A form, dialog or search field is open on the top screen.
    static let editing: @Sendable (AppModel) -> Bool = { $0.top.isEditingText }
    /// The help overlay is open.
    static let help: @Sendable (AppModel) -> Bool = { $0.isShowingHelp }

    var description: String { name }

    /// Keys typed as text, one `Key.char` per character.
    static func typed(_ text: String) -> [Key] { text.map { .char($0) } }
}
