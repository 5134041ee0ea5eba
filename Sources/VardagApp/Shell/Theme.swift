import TerminalKit

/// The styles the screens draw with; one place to make colours calm or absent.
public struct Theme: Sendable {
    public var normal: Style
    public var title: Style
    public var header: Style
    public var selected: Style
    public var selectedInactive: Style
    public var dim: Style
    public var hintKey: Style
    public var statusBar: Style
    public var error: Style
    public var warning: Style
    public var success: Style
    public var flag: Style
    public var border: Style
    public var field: Style
    public var focusedField: Style

    /// The colour theme: dark text on the terminal's own background, blue accents.
    public static let color = Theme(
        normal: .plain,
        title: Style(foreground: .cyan, bold: true),
        header: Style(bold: true, underline: true),
        selected: Style(foreground: .black, background: .cyan),
        selectedInactive: Style(reverse: true),
        dim: Style(foreground: .brightBlack),
        hintKey: Style(foreground: .cyan, bold: true),
        statusBar: Style(foreground: .black, background: .white),
        error: Style(foreground: .red, bold: true),
        warning: Style(foreground: .yellow, bold: true),
        success: Style(foreground: .green),
        flag: Style(foreground: .red, bold: true),
        border: Style(foreground: .brightBlack),
        field: Style(underline: true),
        focusedField: Style(foreground: .black, background: .white))

    /// The theme without colours, for `NO_COLOR`, `--no-color` and monochrome terminals.
    public static let monochrome = Theme(
        normal: .plain,
        title: Style(bold: true),
        header: Style(bold: true, underline: true),
        selected: Style(reverse: true),
        selectedInactive: Style(underline: true),
        dim: Style(dim: true),
        hintKey: Style(bold: true),
        statusBar: Style(reverse: true),
        error: Style(bold: true),
        warning: Style(bold: true),
        success: .plain,
        flag: Style(bold: true, reverse: true),
        border: .plain,
        field: Style(underline: true),
        focusedField: Style(reverse: true))
}
