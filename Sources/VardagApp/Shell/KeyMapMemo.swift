import TerminalKit

/// The top screen's key map and hint bar, built once for one state of the screen.
///
/// A key press needs the key map to find its message, and the frame after it needs the
/// same map's hints; a screen's `keyMap` builds every binding (and a tab host wraps each
/// one again). The app model keeps one memo per state of its stack: any change to the
/// stack or the context replaces the memo, so a map is never used for a state it was
/// not built from, and an unchanged screen is asked for its map once, not on every key
/// and every frame.
final class KeyMapMemo {
    /// The map built last, as `KeyMap<S.Message>` of the screen it was built for.
    private var map: Any?
    private var hints: [(key: String, help: String)]?

    /// The screen's key map, built on first use.
    /// - Parameters:
    ///   - screen: the screen on top, in the state this memo was made for.
    ///   - context: the app's context.
    /// - Returns: what `screen.keyMap(context)` returns.
    func keyMap<S: Screen>(of screen: S, _ context: AppContext) -> KeyMap<S.Message> {
        if let map = map as? KeyMap<S.Message> { return map }
        let built = screen.keyMap(context)
        map = built
        return built
    }

    /// The key map's title and entries for the help overlay.
    /// - Parameters:
    ///   - screen: the screen on top, in the state this memo was made for.
    ///   - context: the app's context.
    /// - Returns: what `screen.helpSection(context)` returns.
    func helpSection<S: Screen>(of screen: S, _ context: AppContext) -> HelpSection {
        HelpSection(keyMap(of: screen, context))
    }

    /// The hint bar's (keys, help) pairs of the screen's key map, made on first use.
    /// - Parameters:
    ///   - screen: the screen on top, in the state this memo was made for.
    ///   - context: the app's context.
    /// - Returns: what `screen.hints(context)` returns.
    func hints<S: Screen>(of screen: S, _ context: AppContext) -> [(key: String, help: String)] {
        if let hints { return hints }
        let made = keyMap(of: screen, context).hints
        hints = made
        return made
    }
}
