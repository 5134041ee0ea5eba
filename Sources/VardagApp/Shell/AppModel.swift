import TerminalKit

/// The whole app's state: the stack of open screens, the help overlay and the
/// status line. Turns events into screen messages and draws the frame around them.
public struct AppModel {
    public private(set) var context: AppContext {
        didSet { keyMaps = KeyMapMemo() }
    }
    private(set) var stack: [any Screen] {
        didSet { keyMaps = KeyMapMemo() }
    }
    /// The top screen's key map and hints for the state it is in now: a new memo on
    /// every change of the stack or the context, so each state builds its map once.
    private var keyMaps = KeyMapMemo()
    public private(set) var isShowingHelp = false
    private var help = HelpOverlayState()
    /// A short message for the status line, cleared by the next key.
    public private(set) var statusMessage: (text: String, isError: Bool)?
    public private(set) var wantsQuit = false
    /// Another program changed the database while a form was open: the screen reloads
    /// when the form closes, so nothing typed is lost.
    private var outsideChangePending = false
    /// The database server could not be reached at the last look.
    public private(set) var serverUnreachable = false
    /// The smallest window the screens are drawn for.
    public static let minimumSize = Size(width: 80, height: 24)

    /// Creates the model with a root screen, loading its data.
    public init(context: AppContext, root: any Screen) {
        self.context = context
        // Start counting other programs' changes before the first read, so a change made
        // while the first screen loads is not missed.
        _ = try? context.store.hasOutsideChanges()
        var root = root
        let failure = Self.reloading(&root, context: context)
        self.stack = [root]
        if let failure { statusMessage = (failure, true) }
    }

    /// The screen on top.
    public var top: any Screen { stack[stack.count - 1] }

    /// The titles of the open screens, bottom first (the breadcrumb).
    public var breadcrumb: [String] { stack.map { $0.title(context) } }

    /// Reads today's date from the clock again. When the day has changed since the last
    /// reading (a session open past midnight), the screen on top reloads, so what it shows
    /// from "today" (due lists, the current period, defaults) is the new day's.
    /// - Returns: true when the day changed (the frame should be drawn again).
    @discardableResult
    public mutating func refreshToday() -> Bool {
        let now = context.clock()
        guard now != context.today else { return false }
        context.today = now
        reloadTop()
        return true
    }

    /// Looks whether another program changed the database, and when so reloads the screen
    /// on top (unless a form or search is open; then when it closes). A server that went
    /// away is said once in the status line, and again when it is back.
    /// - Returns: true when the frame should be drawn again.
    @discardableResult
    public mutating func refreshOutsideChanges() -> Bool {
        var redraw = false
        do {
            if try context.store.hasOutsideChanges() { outsideChangePending = true }
            if serverUnreachable {
                serverUnreachable = false
                statusMessage = (context.strings["status.serverBack"], false)
                outsideChangePending = true
                redraw = true
            }
        } catch {
            guard !serverUnreachable else { return false }
            serverUnreachable = true
            statusMessage = (ErrorText.describe(error, context.strings), true)
            return true
        }
        guard outsideChangePending, !top.isEditingText, !isShowingHelp else { return redraw }
        outsideChangePending = false
        let kept = statusMessage
        reloadTop()
        if statusMessage == nil || kept != nil && statusMessage?.text == kept?.text { statusMessage = kept }
        return true
    }

    /// Handles one event. Returns false when the app should end.
    public mutating func handle(_ event: Event) -> Bool {
        refreshToday()
        switch event {
        case .signal:
            wantsQuit = true
            return false
        case .resize:
            // The runner has set the new size; the screen on top fits its page to it.
            var screen = stack.removeLast()
            do {
                try screen.sizeChanged(context: context)
            } catch {
                statusMessage = (context.strings.couldNotRead(error), true)
            }
            stack.append(screen)
            return true
        case .key, .paste:
            break
        }
        if case .key = event { clearStatus() }
        if isShowingHelp {
            handleHelpKey(event)
            return true
        }
        // The memo of the state the key arrives in (taking the screen off makes a new one).
        let keys = keyMaps
        var screen = stack.removeLast()
        let editing = screen.isEditingText
        if !editing, case .key(let key) = event, key == .char("?") || key == .function(1) {
            stack.append(screen)
            keyMaps = keys  // The screen is as it was.
            isShowingHelp = true
            help = HelpOverlayState()
            return true
        }
        let effect = screen.handle(event, context: context, keyMap: keys)
        stack.append(screen)
        // A key the screen ignored left it as it was, and its map with it.
        if effect == nil { keyMaps = keys }
        if let effect {
            apply(effect)
        } else if case .key(.escape) = event, stack.count > 1 {
            apply(.pop)
        } else if !editing, case .key(.char("q")) = event, stack.count == 1 {
            apply(.quit)
        }
        return !wantsQuit
    }

    /// Clears the status line: a message stays until the next key.
    mutating func clearStatus() { statusMessage = nil }

    private mutating func handleHelpKey(_ event: Event) {
        guard case .key(let key) = event else { return }
        switch key {
        case .escape, .char("?"), .char("q"), .enter, .function(1): isShowingHelp = false
        default: _ = helpOverlay().handle(key, state: &help, area: context.screenArea)
        }
    }

    /// The help overlay for the top screen, with the keys that work everywhere.
    private func helpOverlay() -> HelpOverlay {
        let s = context.strings
        var overlay = HelpOverlay(title: s["help.title"], footer: s["help.footer"], sections: [
            keyMaps.helpSection(of: top, context),
            HelpSection(title: s["help.global"], entries: [
                ("?", s["help.toggle"]),
                (s["key.esc"], s["help.back"]),
                (s["help.conflictKeys"], s["help.conflict"]),
                ("q", s["help.quit"]),
                ("Ctrl-L", s["help.redraw"]),
            ]),
        ])
        overlay.keyStyle = context.theme.hintKey
        overlay.sectionStyle = context.theme.header
        return overlay
    }

    /// Tells the model the terminal's size, so screens know their area.
    public mutating func setSize(_ size: Size) {
        let body = Self.layout(Rect(size: size)).body
        // Called before every frame: only a real change is a change of state.
        if body != context.screenArea { context.screenArea = body }
    }

    /// The frame's rows: title line, the screen's body, hint line, status line.
    static func layout(_ area: Rect) -> (title: Rect, body: Rect, hint: Rect, status: Rect) {
        let (title, belowTitle) = area.splitTop(1)
        let (body, bars) = belowTitle.splitBottom(2)
        let (hint, status) = bars.splitTop(1)
        return (title, body, hint, status)
    }

    /// Carries out what a screen asked for.
    public mutating func apply(_ effect: Effect) {
        switch effect {
        case .none: break
        case .push(let screen):
            stack.append(screen)
            reloadTop()
        case .pop:
            guard stack.count > 1 else { return }
            stack.removeLast()
            reloadTop()
        case .quit: wantsQuit = true
        case .status(let text): statusMessage = (text, false)
        case .error(let text): statusMessage = (text, true)
        case .batch(let effects): for e in effects { apply(e) }
        }
    }

    /// Reloads the screen on top; a failed read becomes an error in the status line.
    private mutating func reloadTop() {
        var screen = stack.removeLast()
        let failure = Self.reloading(&screen, context: context)
        stack.append(screen)
        if let failure { statusMessage = (failure, true) }
    }

    /// Reloads a screen; the failure in words when its read failed.
    private static func reloading(_ screen: inout any Screen, context: AppContext) -> String? {
        do {
            try screen.reload(context: context)
            return nil
        } catch {
            return context.strings.couldNotRead(error)
        }
    }

    /// Draws the whole frame: title line, the top screen, hint bar and status bar,
    /// and the help overlay over it; or a "window too small" notice.
    public func render(into buffer: inout Buffer) {
        let s = context.strings
        let theme = context.theme
        let area = buffer.area
        if area.width < Self.minimumSize.width || area.height < Self.minimumSize.height {
            renderTooSmall(into: &buffer)
            return
        }
        let rows = Self.layout(area)
        let trail = [s["app.name"]] + breadcrumb.dropFirst()
        buffer.putPadded(" " + trail.joined(separator: " › "), in: rows.title, style: theme.title)
        top.render(into: &buffer, area: rows.body, context: context)
        var hints = keyMaps.hints(of: top, context)
        // A form's own Esc ("Esc avbryt") says what Esc does there: no second Esc beside it.
        if stack.count > 1 {
            if !hints.contains(where: { $0.0 == s["key.esc"] }) { hints.append((s["key.esc"], s["hint.back"])) }
        } else {
            hints.append(("q", s["hint.quit"]))
        }
        hints.append(("?", s["hint.help"]))
        HintBar(hints: hints, keyStyle: theme.hintKey, textStyle: theme.normal).render(into: &buffer, area: rows.hint)
        let right = Self.statusText(context, width: rows.status.width)
        if let message = statusMessage {
            let style = message.isError ? theme.error.merged(with: Style(reverse: true)) : theme.statusBar
            let lines = Self.statusLines(message.text, beside: right, width: rows.status.width)
            if lines.count == 1 && DisplayWidth.of(lines[0]) + 1 + DisplayWidth.of(right) <= rows.status.width {
                StatusBar(left: lines[0], right: right, style: style).render(into: &buffer, area: rows.status)
            } else {
                // A long message takes the status line, and the hint line above it too,
                // rather than losing words: the keys come back with the next key press.
                if lines.count > 1 { StatusBar(left: lines[0], style: style).render(into: &buffer, area: rows.hint) }
                StatusBar(left: lines[lines.count - 1], style: style).render(into: &buffer, area: rows.status)
            }
        } else {
            StatusBar(left: right, right: "", style: theme.statusBar).render(into: &buffer, area: rows.status)
        }
        if isShowingHelp {
            helpOverlay().render(into: &buffer, area: rows.body, state: help)
            // The field under the overlay is not where the reader is now.
            buffer.cursor = nil
        }
    }

    /// The status bar's own text: the database and the login working, whose name the audit
    /// records (PostgreSQL's session user, or the OS login on SQLite); under a preview
    /// (`vardag --as LOGIN`) also the login whose view is shown, marked as a preview.
    ///
    /// Who is working is never cut: a path too long for the line loses its middle instead.
    /// - Parameters:
    ///   - context: the database, the login and the viewer.
    ///   - width: the status line's width.
    /// - Returns: `PATH · LOGIN`, or `PATH · LOGIN · PREVIEWED (förhandsvisning)`.
    static func statusText(_ context: AppContext, width: Int) -> String {
        let s = context.strings
        let who = context.viewer.login == context.user
            ? context.user : s.format("status.preview", context.user, context.viewer.login)
        let room = max(8, width - DisplayWidth.of(s.format("status.dbUser", "", who)))
        return s.format("status.dbUser", TextLayout.truncateMiddle(context.databasePath, to: room), who)
    }

    /// A status message as one or two lines of at most `width` cells, broken between
    /// words and never inside one: one line when it fits beside the database path (or
    /// alone), else two; a message longer than two lines ends its second at a word with "…".
    /// - Parameters:
    ///   - text: the message.
    ///   - right: the database path and user shown beside a short message.
    ///   - width: the window's width.
    /// - Returns: one or two lines.
    public static func statusLines(_ text: String, beside right: String, width: Int) -> [String] {
        let clean = TextSanitizer.clean(text)
        if DisplayWidth.of(clean) <= width { return [clean] }
        let wrapped = TextLayout.wrap(clean, width: width)
        guard wrapped.count > 2 else { return wrapped }
        var second = ""
        for word in wrapped.dropFirst().joined(separator: " ").split(separator: " ") {
            let candidate = second.isEmpty ? String(word) : second + " " + word
            if DisplayWidth.of(candidate) + 2 > width { break }
            second = candidate
        }
        return [wrapped[0], second + " …"]
    }

    /// A calm notice instead of a squeezed screen, until the window grows.
    private func renderTooSmall(into buffer: inout Buffer) {
        let s = context.strings
        let area = buffer.area
        let text = s.format("tooSmall.body", Self.minimumSize.width, Self.minimumSize.height, area.width, area.height)
        let lines = [s["tooSmall.title"]] + TextLayout.wrap(text, width: max(1, area.width - 2))
        let top = max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.height {
            let row = Rect(x: 0, y: top + i, width: area.width, height: 1)
            buffer.putPadded(line, in: row, style: i == 0 ? context.theme.title : context.theme.normal, alignment: .center)
        }
    }
}
