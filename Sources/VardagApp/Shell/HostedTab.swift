import TerminalKit

/// One tab of a `TabHost`: a screen of its own, with its own state, `Message` and key
/// map, that shares one value with the other tabs of its host (the chosen unit, say).
///
/// A tab draws into the host's whole area except the first row, where the host draws
/// the tab bar (`TabHost.body(of:)`); forms and dialogs it opens are centred on the
/// whole area, as on any screen.
protocol HostedTab<Shared>: Screen {
    associatedtype Shared: Sendable

    /// The tab's name on the tab bar.
    func tabTitle(_ context: AppContext) -> String

    /// The value the host's tabs share. The host sets it before it asks the tab
    /// anything and takes it back after `update`, so a change made in one tab holds in all.
    var shared: Shared { get set }

    /// The host has just switched to this tab (Tab / Shift-Tab), before it reloads it.
    /// A tab that starts afresh each time it is shown (its cursor on the first row, say)
    /// resets here; by default a tab keeps its state.
    mutating func tabShown(context: AppContext)
}

extension HostedTab {
    /// The screen's title is the host's; a tab's own title is its tab name.
    func title(_ context: AppContext) -> String { tabTitle(context) }

    mutating func tabShown(context: AppContext) {}

    /// Updates the tab with a message its key map made, which the host carried without
    /// knowing its type. A message of another tab (the host switched tabs between the map
    /// and the key, which one state of the host cannot do) is ignored.
    mutating func update(forwarded message: any Sendable, context: AppContext) -> Effect {
        guard let message = message as? Message else { return .none }
        return update(message, context: context)
    }
}
