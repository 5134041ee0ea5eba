import TerminalKit

/// The whole app's state: the stack of open screens, the help overlay and the
/// status line. Turns events into screen messages and draws the frame around them.
public struct AppModel {
    public private(set) var context: AppContext
    private(set) var stack: [any Screen]
    public private(set) var isShowingHelp = false
    private var helpScroll = 0
    /// A short message for the status line, cleared by the next key.
    public private(set) var statusMessage: (text: String, isError: Bool)?
    public private(set) var wantsQuit = false
    /// The smallest window the screens are drawn for.
    public static let minimumSize = Size(width: 80, height: 24)

    /// Creates the model with a root screen, loading its data.
    public init(context: AppContext, root: any Screen) {
        self.context = context
        var root = root
        root.reload(context: context)
        self.stack = [root]
    }

    /// The screen on top.
    public var top: any Screen { stack[stack.count - 1] }

    /// The titles of the open screens, bottom first (the breadcrumb).
    public var breadcrumb: [String] { stack.map { $0.title(context) } }

    /// Handles one event. Returns false when the app should end.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .signal:
            wantsQuit = true
            return false
        case .resize:
            return true
        case .key, .paste:
            break
        }
        if case .key = event { statusMessage = nil }
        if isShowingHelp {
            handleHelpKey(event)
            return true
        }
        var screen = stack.removeLast()
        let editing = screen.isEditingText
        if !editing, case .key(let key) = event, key == .char("?") || key == .function(1) {
            stack.append(screen)
            isShowingHelp = true
            helpScroll = 0
            return true
        }
        let effect = screen.handle(event, context: context)
        stack.append(screen)
        if let effect {
            apply(effect)
        } else if case .key(.escape) = event, stack.count > 1 {
            apply(.pop)
        } else if !editing, case .key(.char("q")) = event, stack.count == 1 {
            apply(.quit)
        }
        return !wantsQuit
    }

    private mutating func handleHelpKey(_ event: Event) {
        guard case .key(let key) = event else { return }
        switch key {
        case .escape, .char("?"), .char("q"), .enter, .function(1): isShowingHelp = false
        case .down, .char("j"): helpScroll += 1
        case .up, .char("k"): helpScroll = max(0, helpScroll - 1)
        case .pageDown: helpScroll += 10
        case .pageUp: helpScroll = max(0, helpScroll - 10)
        default: break
        }
    }

    /// Carries out what a screen asked for.
    public mutating func apply(_ effect: Effect) {
        switch effect {
        case .none: break
        case .push(var screen):
            screen.reload(context: context)
            stack.append(screen)
        case .pop:
            guard stack.count > 1 else { return }
            stack.removeLast()
            var below = stack.removeLast()
            below.reload(context: context)
            stack.append(below)
        case .quit: wantsQuit = true
        case .status(let text): statusMessage = (text, false)
        case .error(let text): statusMessage = (text, true)
        case .batch(let effects): for e in effects { apply(e) }
        }
    }

    /// Draws the whole frame: title line, the top screen, hint bar and status bar,
    /// and the help overlay over it; or a "window too small" notice.
    public func render(into buffer: inout Buffer) {
        let area = buffer.area
        let s = context.strings
        let theme = context.theme
        if area.width < Self.minimumSize.width || area.height < Self.minimumSize.height {
            ChromeRenderer.tooSmall(into: &buffer, strings: s, theme: theme, minimum: Self.minimumSize)
            return
        }
        let (titleRow, belowTitle) = area.splitTop(1)
        let (body, bars) = belowTitle.splitBottom(2)
        ChromeRenderer.titleLine(into: &buffer, area: titleRow, appName: s["app.name"], breadcrumb: breadcrumb, theme: theme)
        top.render(into: &buffer, area: body, context: context)
        let (hintRow, statusRow) = bars.splitTop(1)
        var hints = top.hints(context)
        if stack.count > 1 { hints.append((s["key.esc"], s["hint.back"])) } else { hints.append(("q", s["hint.quit"])) }
        hints.append(("?", s["hint.help"]))
        ChromeRenderer.hintLine(into: &buffer, area: hintRow, hints: hints, theme: theme)
        ChromeRenderer.statusLine(
            into: &buffer, area: statusRow, message: statusMessage,
            right: s.format("status.dbUser", context.databasePath, context.user), theme: theme)
        if isShowingHelp {
            var sections = [top.helpSection(context)]
            sections.append((s["help.global"], [
                ("?", s["help.toggle"]),
                (s["key.esc"], s["help.back"]),
                ("q", s["help.quit"]),
                ("Ctrl-L", s["help.redraw"]),
            ]))
            ChromeRenderer.helpOverlay(
                into: &buffer, area: body, title: s["help.title"], footer: s["help.footer"],
                sections: sections, scroll: helpScroll, theme: theme)
        }
    }
}
