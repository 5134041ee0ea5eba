import VardagDomain

/// The screen the app opens on: Idag for a login that belongs to a person, else the main
/// menu (the data's owner without a person of her own, and every existing start).
public enum StartScreen {
    /// The first screen for a viewer.
    /// - Parameter viewer: who is working.
    /// - Returns: `TodayScreen` when the login has a person, else `MainMenuScreen`.
    public static func root(for viewer: Viewer) -> any Screen {
        viewer.personId != nil ? TodayScreen() : MainMenuScreen()
    }
}
