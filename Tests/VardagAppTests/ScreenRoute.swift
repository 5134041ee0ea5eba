import TerminalKit
@testable import VardagApp

/// A screen (or a mode of one, such as an open form) and how to reach it: the tool
/// opened on top of the main menu (see `AppTool`), then keys, for tests that must visit
/// every screen of the app.
struct ScreenRoute: CustomStringConvertible, Sendable {
    /// A name for messages: "register: add staff form".
    let name: String
    /// The tool opened first; nil for the main menu itself.
    let tool: AppTool?
    /// The keys pressed after that, in order.
    let keys: [Key]
    /// Whether the app still shows this screen; nil means "as deep as the route went,
    /// with the same breadcrumb" (enough for a screen of its own; a form or dialog
    /// inside a screen says how to tell it is still open).
    let isShowing: (@Sendable (AppModel) -> Bool)?

    init(_ name: String, in tool: AppTool? = nil, _ keys: [Key], isShowing: (@Sendable (AppModel) -> Bool)? = nil) {
        self.name = name
        self.tool = tool
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
