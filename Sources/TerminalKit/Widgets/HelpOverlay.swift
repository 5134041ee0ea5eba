/// How far a `HelpOverlay` is scrolled.
public struct HelpOverlayState: Hashable, Sendable {
    /// The first content line shown.
    public var offset: Int
    public init(offset: Int = 0) { self.offset = max(0, offset) }
}

/// A centred box listing keys and what they do, two columns, scrollable when it is
/// longer than the window. Built from key maps, so help matches behaviour.
public struct HelpOverlay: Sendable {
    public var title: String
    /// Shown in the bottom edge, e.g. "Esc stänger".
    public var footer: String
    public var sections: [HelpSection]
    public var style = Style.plain
    public var keyStyle = Style(bold: true)
    public var sectionStyle = Style(underline: true)
    /// The most cells wide the box grows.
    public var maxWidth = 72

    public init(title: String, footer: String, sections: [HelpSection]) {
        self.title = title; self.footer = footer; self.sections = sections
    }

    /// An overlay for key maps of one action type.
    public init<Action>(title: String, footer: String, keyMaps: [KeyMap<Action>]) {
        self.init(title: title, footer: footer, sections: keyMaps.map(HelpSection.init))
    }

    /// One content row: a section title, a key line (or the continuation of a long
    /// description, with an empty key) or a gap.
    private enum Line { case section(String), entry(String, String), gap }

    /// The rows before wrapping: one per key.
    private var unwrappedLines: [Line] {
        var out: [Line] = []
        for (i, s) in sections.enumerated() {
            if i > 0 { out.append(.gap) }
            if !s.title.isEmpty { out.append(.section(s.title)) }
            out += s.entries.map { .entry($0.key, $0.help) }
        }
        return out
    }

    /// The box's width in `area`: wide enough for the longest row, at most `maxWidth`.
    private func boxWidth(in area: Rect) -> Int {
        let keyWidth = keyColumnWidth
        let widest = unwrappedLines.map { line -> Int in
            switch line {
            case .section(let t): return DisplayWidth.of(t)
            case .entry(_, let h): return keyWidth + 2 + DisplayWidth.of(h)
            case .gap: return 0
            }
        }.max() ?? 0
        return min(max(widest, DisplayWidth.of(title) + 4, DisplayWidth.of(footer) + 4) + 4, maxWidth, area.width)
    }

    /// The rows in a box drawn in `area`: a description longer than its column goes on
    /// over the next rows, broken between words, instead of being cut.
    private func lines(in area: Rect) -> [Line] {
        let helpWidth = max(1, boxWidth(in: area) - 4 - keyColumnWidth - 2)
        return unwrappedLines.flatMap { line -> [Line] in
            guard case .entry(let key, let help) = line, DisplayWidth.of(help) > helpWidth else { return [line] }
            let parts = TextLayout.wrap(help, width: helpWidth)
            return parts.enumerated().map { index, part in .entry(index == 0 ? key : "", part) }
        }
    }

    /// The box's rectangle, centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let height = min(lines(in: area).count + 2, area.height)
        return area.centered(Size(width: boxWidth(in: area), height: height))
    }

    private var keyColumnWidth: Int {
        min(24, sections.flatMap(\.entries).map { DisplayWidth.of($0.key) }.max() ?? 0)
    }

    /// How many content lines fit in the box drawn in `area`.
    public func pageSize(in area: Rect) -> Int { max(1, frame(in: area).height - 2) }

    /// Scrolls with ↑ ↓ k j PgUp PgDn Home End.
    /// - Returns: true when the key was used; Esc is left to the caller.
    public func handle(_ key: Key, state: inout HelpOverlayState, area: Rect) -> Bool {
        let page = pageSize(in: area)
        let maxOffset = max(0, lines(in: area).count - page)
        switch key {
        case .up, .char("k"): state.offset -= 1
        case .down, .char("j"): state.offset += 1
        case .pageUp: state.offset -= page
        case .pageDown: state.offset += page
        case .home: state.offset = 0
        case .end: state.offset = maxOffset
        default: return false
        }
        state.offset = max(0, min(state.offset, maxOffset))
        return true
    }

    /// Draws the box; ▲ / ▼ in the right edge show there is more above or below.
    public func render(into buffer: inout Buffer, area: Rect, state: HelpOverlayState) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, with: Cell(" ", style: style))
        buffer.box(box, title: title, style: style)
        if !footer.isEmpty, box.width > 4 {
            let w = min(DisplayWidth.of(footer) + 2, box.width - 2)
            buffer.put(" \(footer) ", x: box.maxX - 1 - w, y: box.maxY - 1, maxWidth: w, style: style)
        }
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let all = lines(in: area)
        let offset = max(0, min(state.offset, all.count - inner.height))
        let keyWidth = keyColumnWidth
        for (row, line) in all.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .section(let t):
                buffer.put(t, x: inner.x, y: y, maxWidth: inner.width, style: style.merged(with: sectionStyle))
            case .entry(let key, let help):
                buffer.put(key, x: inner.x, y: y, maxWidth: min(keyWidth, inner.width), style: style.merged(with: keyStyle))
                let helpX = inner.x + keyWidth + 2
                buffer.put(help, x: helpX, y: y, maxWidth: inner.maxX - helpX, style: style)
            case .gap:
                break
            }
        }
        if offset > 0 { buffer.put("▲", x: box.maxX - 1, y: box.y + 1, style: style) }
        if offset + inner.height < all.count { buffer.put("▼", x: box.maxX - 1, y: box.maxY - 2, style: style) }
    }
}
